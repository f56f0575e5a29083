#include "ToolOffsetWizardPanel.h"

#include "WizardStepList.h"

#include "OffsetReviewTable.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace reticle {

ToolOffsetWizardPanel::ToolOffsetWizardPanel(QWidget *parent)
    : QWidget(parent)
    , m_steps(new WizardStepList(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_review(new OffsetReviewTable(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_apply(new QPushButton(tr("&Apply offsets…"), this))
    , m_undo(new QPushButton(tr("&Undo apply…"), this))
    , m_flagNote(new QLabel(this))
{
    m_flagNote->setObjectName(QStringLiteral("reviewFlagNote"));
    m_flagNote->setWordWrap(true);
    setObjectName(QStringLiteral("toolOffsetWizardPanel"));
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("wizardProgress"));
    m_start->setObjectName(QStringLiteral("wizardStart"));
    m_cancel->setObjectName(QStringLiteral("wizardCancel"));
    m_resume->setObjectName(QStringLiteral("wizardResume"));
    m_apply->setObjectName(QStringLiteral("wizardApply"));
    m_undo->setObjectName(QStringLiteral("wizardUndo"));
    m_undo->setVisible(false);
    m_cancel->setToolTip(tr("Stop and put back the tool and position the wizard started from (Esc)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(createSettingsBox());
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_review, 1);
    layout->addWidget(m_flagNote);
    layout->addLayout(buttons);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->start();
        else
            emit startRequested();
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
    connect(m_undo, &QPushButton::clicked, this, &ToolOffsetWizardPanel::undoRequested);
    render();
}

QGroupBox *ToolOffsetWizardPanel::createSettingsBox()
{
    m_settingsBox = new QGroupBox(tr("Centring and review settings"), this);
    m_settingsBox->setObjectName(QStringLiteral("centringSettings"));
    auto doubleBox = [this](const char *name, double min, double max, double step, int decimals, const QString &suffix,
                            const QString &tip) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        box->setSingleStep(step);
        box->setDecimals(decimals);
        box->setSuffix(suffix);
        box->setToolTip(tip);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ToolOffsetWizardPanel::settingsChanged);
        return box;
    };
    auto intBox = [this](const char *name, int min, int max, const QString &tip) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        box->setToolTip(tip);
        connect(box, &QSpinBox::valueChanged, this, &ToolOffsetWizardPanel::settingsChanged);
        return box;
    };
    m_gain = doubleBox("centringGain", 0.1, 1.0, 0.05, 2, QString(),
                       tr("Fraction of the measured error corrected by each move (1 = all of it)"));
    m_stepClamp = doubleBox("centringStepClamp", 0.05, 10.0, 0.1, 2, tr(" mm"),
                            tr("Largest single correction move; the camera's field of view may limit it further"));
    m_tolerance = doubleBox("centringTolerance", 1.0, 500.0, 1.0, 1, tr(" µm"),
                            tr("The nozzle counts as centred when it is this close to the image centre"));
    m_maxMoves = intBox("centringMaxMoves", 1, 50, tr("Corrections per tool before the wizard gives up"));
    m_maxSeconds = doubleBox("centringMaxSeconds", 5.0, 1800.0, 10.0, 0, tr(" s"),
                             tr("Time per tool before the wizard gives up"));
    m_measurements = intBox("measurementsPerTool", 1, 20,
                            tr("Measurements per tool once centred, each approached from the same side; their "
                               "scatter is shown in the review"));
    m_threshold = doubleBox("flagThreshold", 0.001, 10.0, 0.05, 3, tr(" mm"),
                            tr("Changes larger than this are flagged in the review"));
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_review->setFlagThresholdMm(value);
        render();
    });
    setCentringSettings(CentringSettings());
    m_measurements->setValue(3);
    {
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(m_review->flagThresholdMm());
    }

    auto *grid = new QGridLayout(m_settingsBox);
    const QList<QPair<QString, QWidget *>> rows{
        {tr("&Gain:"), m_gain},           {tr("Step &clamp:"), m_stepClamp},
        {tr("&Tolerance:"), m_tolerance}, {tr("Max. &iterations:"), m_maxMoves},
        {tr("Max. ti&me:"), m_maxSeconds}, {tr("Measure&ments:"), m_measurements},
        {tr("&Flag Δ above:"), m_threshold},
    };
    for (int i = 0; i < rows.size(); ++i) {
        auto *label = new QLabel(rows[i].first, m_settingsBox);
        label->setBuddy(rows[i].second);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(rows[i].second, i / 2, (i % 2) * 2 + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return m_settingsBox;
}

CentringSettings ToolOffsetWizardPanel::centringSettings() const
{
    CentringSettings settings;
    settings.gain = m_gain->value();
    settings.maxStepMm = m_stepClamp->value();
    settings.toleranceUm = m_tolerance->value();
    settings.maxMoves = m_maxMoves->value();
    settings.maxSeconds = m_maxSeconds->value();
    return settings;
}

void ToolOffsetWizardPanel::setCentringSettings(const CentringSettings &settings)
{
    const QSignalBlocker b1(m_gain), b2(m_stepClamp), b3(m_tolerance), b4(m_maxMoves), b5(m_maxSeconds);
    m_gain->setValue(settings.gain);
    m_stepClamp->setValue(settings.maxStepMm);
    m_tolerance->setValue(settings.toleranceUm);
    m_maxMoves->setValue(settings.maxMoves);
    m_maxSeconds->setValue(settings.maxSeconds);
}

int ToolOffsetWizardPanel::measurementsPerTool() const
{
    return m_measurements->value();
}

void ToolOffsetWizardPanel::setMeasurementsPerTool(int count)
{
    const QSignalBlocker blocker(m_measurements);
    m_measurements->setValue(count);
}

double ToolOffsetWizardPanel::flagThresholdMm() const
{
    return m_threshold->value();
}

void ToolOffsetWizardPanel::setFlagThresholdMm(double threshold)
{
    const QSignalBlocker blocker(m_threshold);
    m_threshold->setValue(threshold);
    m_review->setFlagThresholdMm(m_threshold->value());
    render();
}

void ToolOffsetWizardPanel::setUndoAvailable(bool available, const QString &toolTip)
{
    m_undoAvailable = available;
    m_undo->setToolTip(toolTip);
    render();
}

void ToolOffsetWizardPanel::setWorkflow(ToolOffsetWorkflow *workflow, const QVector<int> &tools)
{
    if (m_workflow)
        disconnect(m_workflow, nullptr, this, nullptr);
    m_workflow = workflow;
    m_tools = tools;
    m_toolIndex = -1;
    if (m_workflow) {
        connect(m_workflow, &ToolOffsetWorkflow::stateChanged, this, &ToolOffsetWizardPanel::render);
        connect(m_workflow, &ToolOffsetWorkflow::progress, this, [this](int index, int, const QString &) {
            m_toolIndex = index;
            render();
        });
        connect(m_workflow, &ToolOffsetWorkflow::toolMeasured, this, [this] { render(); });
    }
    render();
}

void ToolOffsetWizardPanel::render()
{
    using State = ToolOffsetWorkflow::State;
    const State state = m_workflow ? m_workflow->state() : State::Idle;
    const int measured = m_workflow ? int(m_workflow->results().size()) : 0;

    QStringList steps{tr("Prepare: printer ready and homed, camera streaming")};
    for (int i = 0; i < m_tools.size(); ++i)
        steps << (i == 0 ? tr("Measure T%1 (reference)").arg(m_tools[i]) : tr("Measure T%1").arg(m_tools[i]));
    steps << tr("Review and apply");
    const bool running = state != State::Idle && state != State::Review && state != State::Cancelled
        && state != State::Failed;
    const int current = state == State::Review ? int(steps.size()) - 1 : running ? 1 + std::max(0, m_toolIndex) : 0;
    QVector<WizardStepList::Mark> marks(steps.size(), WizardStepList::Mark::Pending);
    for (int row = 0; row < steps.size(); ++row) {
        const bool done = row == 0 ? (running || state == State::Review) : row <= measured;
        if (row == current)
            marks[row] = WizardStepList::Mark::Current;
        else if (done)
            marks[row] = WizardStepList::Mark::Done;
    }
    m_steps->setSteps(steps, marks);

    m_status->setText(m_workflow ? m_workflow->stateText()
                                 : tr("Home the printer, jog the reference nozzle over the camera, then press Start."));
    m_progress->setRange(0, std::max(1, int(m_tools.size())));
    m_progress->setValue(measured);
    if (m_workflow)
        m_review->setResults(m_workflow->results());
    m_review->setVisible(measured > 0);
    QStringList flagged;
    for (int row = 0; row < m_review->rowCount(); ++row)
        if (m_review->isFlagged(row))
            flagged << m_review->item(row, OffsetReviewTable::Tool)->text();
    m_flagNote->setVisible(measured > 0 && !flagged.isEmpty());
    m_flagNote->setText(tr("Flagged (Δ above %1 mm): %2. Check these tools before applying.")
                            .arg(m_review->flagThresholdMm(), 0, 'f', 3)
                            .arg(flagged.join(QStringLiteral(", "))));

    m_start->setEnabled(!running);
    m_start->setText(state == State::Idle ? tr("&Start") : tr("&Start again"));
    m_cancel->setEnabled(running);
    m_resume->setVisible(state == State::Paused);
    m_resume->setEnabled(m_workflow && m_workflow->canResume());
    m_apply->setEnabled(state == State::Review && measured > 0);
    m_undo->setVisible(m_undoAvailable);
    m_undo->setEnabled(m_undoAvailable && !running);
    // The settings apply to the next start: fixed while a measurement runs (the threshold is not).
    for (QWidget *box : {static_cast<QWidget *>(m_gain), static_cast<QWidget *>(m_stepClamp),
                         static_cast<QWidget *>(m_tolerance), static_cast<QWidget *>(m_maxMoves),
                         static_cast<QWidget *>(m_maxSeconds), static_cast<QWidget *>(m_measurements)})
        box->setEnabled(!running);
}

} // namespace reticle
