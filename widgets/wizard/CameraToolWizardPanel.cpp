#include "CameraToolWizardPanel.h"

#include "WizardStepList.h"

#include "OffsetReviewTable.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace reticle {

CameraToolWizardPanel::CameraToolWizardPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QWidget(this))
    , m_steps(new WizardStepList(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_review(new OffsetReviewTable(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_confirm(new QPushButton(tr("&Deposit marks"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_apply(new QPushButton(tr("&Apply offsets…"), this))
{
    setObjectName(QStringLiteral("cameraToolPanel"));
    m_markX = addSpin(QStringLiteral("cameraToolMarkX"), -1000.0, 1000.0, 1, tr(" mm"));
    m_markY = addSpin(QStringLiteral("cameraToolMarkY"), -1000.0, 1000.0, 1, tr(" mm"));
    m_spacing = addSpin(QStringLiteral("cameraToolSpacing"), 1.0, 200.0, 1, tr(" mm"));
    m_depositZ = addSpin(QStringLiteral("cameraToolDepositZ"), 0.0, 5.0, 2, tr(" mm"));
    m_extrude = addSpin(QStringLiteral("cameraToolExtrude"), 0.01, 10.0, 2, tr(" mm"));
    m_feed = addSpin(QStringLiteral("cameraToolFeed"), 10.0, 1200.0, 0, tr(" mm/min"));
    m_travelZ = addSpin(QStringLiteral("cameraToolTravelZ"), 0.5, 100.0, 1, tr(" mm"));
    m_cameraZ = addSpin(QStringLiteral("cameraToolCameraZ"), 0.5, 250.0, 1, tr(" mm"));
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_markX);
    row->addWidget(m_markY);
    form->addRow(tr("First mark X, Y:"), row);
    form->addRow(tr("Next mark in +X every:"), m_spacing);
    form->addRow(tr("Deposit height:"), m_depositZ);
    form->addRow(tr("Filament per mark:"), m_extrude);
    form->addRow(tr("Extrusion feed:"), m_feed);
    form->addRow(tr("Travel height:"), m_travelZ);
    form->addRow(tr("Camera height:"), m_cameraZ);
    m_markX->setToolTip(tr("Where the first tool leaves its mark: a clean, free part of the bed"));
    m_spacing->setToolTip(tr("More than the camera's field of view, so it sees one mark at a time"));

    m_steps->setObjectName(QStringLiteral("cameraToolSteps"));
    m_status->setObjectName(QStringLiteral("cameraToolStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("cameraToolProgress"));
    m_start->setObjectName(QStringLiteral("cameraToolStart"));
    m_confirm->setObjectName(QStringLiteral("cameraToolConfirm"));
    m_cancel->setObjectName(QStringLiteral("cameraToolCancel"));
    m_resume->setObjectName(QStringLiteral("cameraToolResume"));
    m_apply->setObjectName(QStringLiteral("cameraToolApply"));
    m_confirm->setToolTip(tr("Let every tool extrude its mark (the tools must be hot)"));
    m_cancel->setToolTip(tr("Stop, lift and put back the tool and position the wizard started from (Esc)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_review, 2);
    layout->addLayout(buttons);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    connect(m_start, &QPushButton::clicked, this, &CameraToolWizardPanel::startRequested);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->confirmDeposit();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->cancel();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->resume();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            emit applyRequested(m_workflow->results());
    });
    render();
}

QDoubleSpinBox *CameraToolWizardPanel::addSpin(const QString &objectName, double min, double max, int decimals,
                                               const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(m_form);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    connect(spin, &QDoubleSpinBox::editingFinished, this, &CameraToolWizardPanel::depositSettingsEdited);
    return spin;
}

void CameraToolWizardPanel::showDepositSettings(const CameraToolSettings &settings)
{
    m_markX->setValue(settings.firstMarkMm.x());
    m_markY->setValue(settings.firstMarkMm.y());
    m_spacing->setValue(settings.markSpacingMm);
    m_depositZ->setValue(settings.depositZ);
    m_extrude->setValue(settings.extrudeMm);
    m_feed->setValue(settings.extrudeFeedMmPerMin);
    m_travelZ->setValue(settings.travelZ);
    m_cameraZ->setValue(settings.cameraZ);
}

void CameraToolWizardPanel::readDepositSettings(CameraToolSettings &settings) const
{
    settings.firstMarkMm = QPointF(m_markX->value(), m_markY->value());
    settings.markSpacingMm = m_spacing->value();
    settings.depositZ = m_depositZ->value();
    settings.extrudeMm = m_extrude->value();
    settings.extrudeFeedMmPerMin = m_feed->value();
    settings.travelZ = m_travelZ->value();
    settings.cameraZ = m_cameraZ->value();
}

void CameraToolWizardPanel::setWorkflow(CameraToolOffsetWorkflow *workflow)
{
    if (m_workflow)
        disconnect(m_workflow, nullptr, this, nullptr);
    m_workflow = workflow;
    if (m_workflow) {
        connect(m_workflow, &CameraToolOffsetWorkflow::stateChanged, this, &CameraToolWizardPanel::render);
        connect(m_workflow, &CameraToolOffsetWorkflow::progress, this, &CameraToolWizardPanel::render);
        connect(m_workflow, &CameraToolOffsetWorkflow::toolMeasured, this, &CameraToolWizardPanel::render);
    }
    render();
}

void CameraToolWizardPanel::render()
{
    using State = CameraToolOffsetWorkflow::State;
    const State state = m_workflow ? m_workflow->state() : State::Idle;
    const bool running = state != State::Idle && state != State::Review && state != State::Cancelled
        && state != State::Failed;
    const int measured = m_workflow ? int(m_workflow->results().size()) : 0;

    QStringList labels;
    QVector<WizardStepList::Mark> marks;
    auto addStep = [&](const QString &text, bool isDone, bool isCurrent) {
        labels << text;
        marks << (isCurrent ? WizardStepList::Mark::Current
                            : isDone ? WizardStepList::Mark::Done : WizardStepList::Mark::Pending);
    };
    addStep(tr("Prepare: printer homed, camera tool's camera streaming, tools hot"), running || state == State::Review,
            !running && state != State::Review);
    if (m_workflow) {
        const CameraToolSettings &s = m_workflow->settings();
        const int deposited = m_workflow->marksDeposited();
        const int seen = m_workflow->marksMeasured();
        const bool depositing = state == State::AwaitingConfirmation
            || (running && deposited < s.tools.size() && seen == 0 && state != State::CalibratingCamera);
        for (int i = 0; i < s.tools.size(); ++i)
            addStep(tr("T%1 deposits its mark").arg(s.tools[i]), i < deposited, depositing && i == deposited);
        const bool calibrating = state == State::CalibratingCamera || m_workflow->calibratedCamera();
        if (calibrating)
            addStep(tr("Calibrate the camera on the first mark"), m_workflow->calibratedCamera(),
                    state == State::CalibratingCamera);
        for (int i = 0; i < s.tools.size(); ++i)
            addStep(tr("%1 measures the mark of T%2").arg(s.cameraToolName).arg(s.tools[i]), i < seen || measured > 0,
                    running && !depositing && state != State::CalibratingCamera && state != State::Restoring
                        && i == seen);
        addStep(tr("Review and apply"), false, state == State::Review);
    }
    m_steps->setSteps(labels, marks);

    m_status->setText(m_workflow ? m_workflow->stateText()
                                 : tr("Home the printer, open the camera tool's camera, heat the tools and check the "
                                      "deposit settings, then press Start."));
    const int steps = m_workflow ? 2 * int(m_workflow->settings().tools.size()) : 1;
    m_progress->setRange(0, std::max(1, steps));
    m_progress->setValue(m_workflow ? (state == State::Review ? steps
                                                               : m_workflow->marksDeposited() + m_workflow->marksMeasured())
                                    : 0);
    if (m_workflow)
        m_review->setResults(m_workflow->results());
    m_review->setVisible(measured > 0);

    m_form->setEnabled(!running);
    m_start->setEnabled(!running);
    m_start->setText(state == State::Idle ? tr("&Start") : tr("&Start again"));
    m_confirm->setVisible(state == State::AwaitingConfirmation);
    m_cancel->setEnabled(running);
    m_resume->setVisible(state == State::Paused);
    m_resume->setEnabled(m_workflow && m_workflow->canResume());
    m_apply->setEnabled(state == State::Review && measured > 0);
}

} // namespace reticle
