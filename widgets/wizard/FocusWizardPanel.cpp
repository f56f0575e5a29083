#include "FocusWizardPanel.h"

#include "WizardStepList.h"

#include "plots/SharpnessCurvePlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSizePolicy>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace reticle {

namespace {
QString mm(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}
} // namespace

FocusWizardPanel::FocusWizardPanel(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_settingsBox(new QGroupBox(tr("Sweep"), this))
    , m_coarseRange(addSpin(QStringLiteral("focusCoarseRange"), 0.1, 20.0, 0.25, 2, tr(" mm")))
    , m_coarseStep(addSpin(QStringLiteral("focusCoarseStep"), 0.01, 5.0, 0.05, 2, tr(" mm")))
    , m_fineRange(addSpin(QStringLiteral("focusFineRange"), 0.02, 5.0, 0.05, 2, tr(" mm")))
    , m_fineStep(addSpin(QStringLiteral("focusFineStep"), 0.005, 1.0, 0.01, 3, tr(" mm")))
    , m_takeUp(addSpin(QStringLiteral("focusTakeUp"), 0.0, 5.0, 0.05, 2, tr(" mm")))
    , m_region(addSpin(QStringLiteral("focusRegion"), 2.0, 100.0, 1.0, 0, tr(" %")))
    , m_onNozzle(new QCheckBox(tr("Centre on the &nozzle"), this))
    , m_metric(new QComboBox(this))
    , m_steps(new WizardStepList(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_plot(new SharpnessCurvePlot(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_logPath(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_apply(new QPushButton(tr("&Apply Z offsets…"), this))
{
    setObjectName(QStringLiteral("focusWizardPanel"));
    m_mode->setObjectName(QStringLiteral("focusMode"));
    m_mode->addItem(tr("Best focus (active tool)"), int(FocusSettings::Mode::BestFocus));
    m_mode->addItem(tr("Z offsets by focus (every tool)"), int(FocusSettings::Mode::ZOffsets));
    m_metric->setObjectName(QStringLiteral("focusMetric"));
    m_metric->addItem(tr("Variance of Laplacian"), int(FocusMetric::Laplacian));
    m_metric->addItem(tr("Tenengrad"), int(FocusMetric::Tenengrad));
    m_onNozzle->setObjectName(QStringLiteral("focusRegionOnNozzle"));
    m_coarseRange->setPrefix(QStringLiteral("± "));
    m_fineRange->setPrefix(QStringLiteral("± "));
    m_coarseRange->setToolTip(tr("The coarse pass covers the start position ± this"));
    m_fineRange->setToolTip(tr("The fine pass covers the coarse estimate ± this"));
    m_takeUp->setToolTip(tr("Every measured position is reached moving up at least this far, so backlash "
                            "is always taken up the same way"));
    m_region->setToolTip(tr("Sharpness is measured in a square of this size (of the image's shorter side)"));
    m_onNozzle->setToolTip(
        tr("Centre the measured square on the detected nozzle instead of the image centre"));

    auto *grid = new QGridLayout(m_settingsBox);
    auto addRow = [grid](int row, const QString &a, QWidget *wa, const QString &b, QWidget *wb) {
        auto *la = new QLabel(a);
        la->setBuddy(wa);
        grid->addWidget(la, row, 0);
        grid->addWidget(wa, row, 1);
        if (!b.isEmpty()) {
            auto *lb = new QLabel(b);
            lb->setBuddy(wb);
            grid->addWidget(lb, row, 2);
        }
        if (wb)
            grid->addWidget(wb, row, b.isEmpty() ? 2 : 3, 1, b.isEmpty() ? 2 : 1);
    };
    addRow(0, tr("C&oarse"), m_coarseRange, tr("s&tep"), m_coarseStep);
    addRow(1, tr("F&ine"), m_fineRange, tr("st&ep"), m_fineStep);
    addRow(2, tr("Take-&up"), m_takeUp, tr("Re&gion"), m_region);
    addRow(3, tr("&Measure"), m_metric, QString(), m_onNozzle);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_steps->setObjectName(QStringLiteral("focusSteps"));
    m_steps->setMaxVisibleRows(12);
    m_status->setObjectName(QStringLiteral("focusStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("focusProgress"));
    m_table->setObjectName(QStringLiteral("focusResults"));
    m_table->setHorizontalHeaderLabels(
        { tr("Tool"), tr("Best Z"), tr("Fit ±"), tr("Current Z"), tr("New Z"), tr("Δ Z"), tr("±") });
    m_table->horizontalHeaderItem(FitSigma)->setToolTip(
        tr("One standard deviation of the best focus, from the fit"));
    m_table->horizontalHeaderItem(OffsetSigma)
        ->setToolTip(tr("One standard deviation of the new Z offset (this tool's and the reference's fits)"));
    m_table->horizontalHeaderItem(BestZ)->setToolTip(tr("Toolhead Z at best focus (mm)"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_logPath->setObjectName(QStringLiteral("focusLogPath"));
    m_logPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logPath->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("focusStart"));
    m_cancel->setObjectName(QStringLiteral("focusCancel"));
    m_resume->setObjectName(QStringLiteral("focusResume"));
    m_apply->setObjectName(QStringLiteral("focusApply"));
    m_cancel->setToolTip(tr("Stop and go back to the tool and position the sweep started from (Esc)"));
    m_apply->setToolTip(
        tr("Send the new Z offsets to the printer after confirmation (X and Y stay as they are)"));

    auto *modeRow = new QHBoxLayout;
    auto *modeLabel = new QLabel(tr("Mo&de"));
    modeLabel->setBuddy(m_mode);
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_mode, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(m_settingsBox);
    layout->addWidget(m_steps);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    m_plot->setMinimumHeight(170);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_table);
    layout->addWidget(m_logPath);
    layout->addLayout(buttons);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    connect(m_start, &QPushButton::clicked, this, [this] { emit startRequested(mode()); });
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
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_workflow || !m_workflow->isRunning())
            render();
    });
    for (QDoubleSpinBox *spin : { m_coarseRange, m_coarseStep, m_fineRange, m_fineStep, m_takeUp, m_region })
        connect(spin, &QDoubleSpinBox::valueChanged, this, &FocusWizardPanel::settingsEdited);
    connect(m_onNozzle, &QCheckBox::toggled, this, &FocusWizardPanel::settingsEdited);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &FocusWizardPanel::settingsEdited);
    setSettings(FocusSettings {});
    render();
}

QDoubleSpinBox *FocusWizardPanel::addSpin(
    const QString &objectName, double min, double max, double step, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    return spin;
}

void FocusWizardPanel::setMode(FocusSettings::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

FocusSettings::Mode FocusWizardPanel::mode() const
{
    return FocusSettings::Mode(m_mode->currentData().toInt());
}

FocusSettings FocusWizardPanel::settings() const
{
    FocusSettings s;
    s.mode = mode();
    s.sweep.coarseHalfRange = m_coarseRange->value();
    s.sweep.coarseStep = m_coarseStep->value();
    s.sweep.fineHalfRange = m_fineRange->value();
    s.sweep.fineStep = m_fineStep->value();
    s.sweep.takeUp = m_takeUp->value();
    s.regionFraction = m_region->value() / 100.0;
    s.regionAroundNozzle = m_onNozzle->isChecked();
    s.metric = FocusMetric(m_metric->currentData().toInt());
    return s;
}

void FocusWizardPanel::setSettings(const FocusSettings &s)
{
    const QSignalBlocker blockers[] = { QSignalBlocker(m_coarseRange), QSignalBlocker(m_coarseStep),
        QSignalBlocker(m_fineRange), QSignalBlocker(m_fineStep), QSignalBlocker(m_takeUp),
        QSignalBlocker(m_region), QSignalBlocker(m_onNozzle), QSignalBlocker(m_metric) };
    m_coarseRange->setValue(s.sweep.coarseHalfRange);
    m_coarseStep->setValue(s.sweep.coarseStep);
    m_fineRange->setValue(s.sweep.fineHalfRange);
    m_fineStep->setValue(s.sweep.fineStep);
    m_takeUp->setValue(s.sweep.takeUp);
    m_region->setValue(s.regionFraction * 100.0);
    m_onNozzle->setChecked(s.regionAroundNozzle);
    m_metric->setCurrentIndex(m_metric->findData(int(s.metric)));
}

void FocusWizardPanel::setWorkflow(FocusWorkflow *workflow)
{
    if (m_workflow)
        disconnect(m_workflow, nullptr, this, nullptr);
    m_workflow = workflow;
    m_samples = 0;
    m_plot->reset(QString(), tr("Focus position"));
    if (m_workflow) {
        setMode(m_workflow->settings().mode);
        connect(m_workflow, &FocusWorkflow::stateChanged, this, &FocusWizardPanel::render);
        connect(m_workflow, &FocusWorkflow::progress, this, &FocusWizardPanel::render);
        connect(m_workflow, &FocusWorkflow::sweepStarted, this,
            [this](int tool) { m_plot->reset(tr("T%1").arg(tool), tr("Z (mm)")); });
        connect(m_workflow, &FocusWorkflow::sampleMeasured, this,
            [this](int, FocusPass pass, double position, double sharpness) {
                ++m_samples;
                m_plot->addSample(pass, position, sharpness);
                render();
            });
        connect(m_workflow, &FocusWorkflow::passFitted, this,
            [this](int, FocusPass pass, const FocusPeak &peak) { m_plot->setFit(pass, peak); });
        connect(m_workflow, &FocusWorkflow::toolMeasured, this, &FocusWizardPanel::fillTable);
    }
    fillTable();
    render();
}

void FocusWizardPanel::fillTable()
{
    const QVector<FocusToolResult> results = m_workflow ? m_workflow->results() : QVector<FocusToolResult>();
    const bool zOffsets = mode() == FocusSettings::Mode::ZOffsets;
    m_table->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const FocusToolResult &r = results[row];
        auto set = [&](int column, const QString &text, double value) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, value);
            item->setTextAlignment(column == Tool ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            m_table->setItem(row, column, item);
        };
        set(Tool, r.reference ? tr("T%1 (reference)").arg(r.tool) : tr("T%1").arg(r.tool), r.tool);
        set(BestZ, mm(r.bestToolheadZ), r.bestToolheadZ);
        set(FitSigma, mm(r.fine.uncertainty), r.fine.uncertainty);
        set(CurrentZ, mm(r.currentOffset.z), r.currentOffset.z);
        const double newZ = zOffsets ? r.newZ : r.currentOffset.z;
        set(NewZ, zOffsets ? mm(r.newZ) : QString(), newZ);
        set(DeltaZ, zOffsets ? mm(r.newZ - r.currentOffset.z) : QString(), newZ - r.currentOffset.z);
        set(OffsetSigma, zOffsets && !r.reference ? mm(r.newZUncertainty) : QString(), r.newZUncertainty);
    }
    m_table->setVisible(!results.isEmpty());
    // Tall enough for every tool (up to six) without a scroll bar.
    const int rows = std::min(int(results.size()), 6);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);
}

void FocusWizardPanel::render()
{
    using State = FocusWorkflow::State;
    const State state = m_workflow ? m_workflow->state() : State::Idle;
    const bool running = m_workflow && (m_workflow->isRunning() || state == State::Paused);
    const bool zOffsets = mode() == FocusSettings::Mode::ZOffsets;
    const QVector<int> tools = m_workflow ? m_workflow->order() : QVector<int>();

    QStringList steps{zOffsets ? tr("Prepare: reference nozzle over the camera")
                               : tr("Prepare: nozzle over the camera, near focus")};
    int current = 0;
    if (zOffsets) {
        for (int i = 0; i < tools.size(); ++i)
            steps << (i == 0 ? tr("Sweep T%1 (reference)").arg(tools[i]) : tr("Sweep T%1").arg(tools[i]));
        if (tools.isEmpty())
            steps << tr("Sweep every tool, the reference first");
        steps << tr("Review and apply Z offsets");
        if (state == State::Done)
            current = int(steps.size()) - 1;
        else if (running)
            current = 1 + std::max(0, m_workflow->toolIndex());
    } else {
        steps << tr("Coarse pass") << tr("Fine pass") << tr("Move to the best focus");
        if (state == State::Done)
            current = 3;
        else if (running)
            current = m_workflow->currentPass() == FocusPass::Coarse ? 1 : 2;
    }
    QVector<WizardStepList::Mark> marks(steps.size(), WizardStepList::Mark::Pending);
    for (int row = 0; row < steps.size(); ++row) {
        if (row == current && running)
            marks[row] = WizardStepList::Mark::Current;
        else if (row < current || (state == State::Done && row == current))
            marks[row] = WizardStepList::Mark::Done;
    }
    m_steps->setSteps(steps, marks);

    m_status->setText(m_workflow ? m_workflow->stateText()
            : zOffsets           ? tr("Home the printer, jog the reference nozzle over the camera near "
                                                "focus, then press Start.")
                                 : tr("Home the printer, jog the nozzle over the camera near focus, "
                                                "then press Start."));
    const FocusSettings s = m_workflow ? m_workflow->settings() : settings();
    const int perTool = int(FocusSweep::passPositions(0.0, s.sweep.coarseHalfRange, s.sweep.coarseStep).size()
        + FocusSweep::passPositions(0.0, s.sweep.fineHalfRange, s.sweep.fineStep).size());
    m_progress->setRange(0, std::max(1, perTool * std::max(1, int(tools.size()))));
    m_progress->setValue(
        state == State::Done ? m_progress->maximum() : std::min(m_samples, m_progress->maximum()));
    const QString log = m_workflow ? m_workflow->logPath() : QString();
    m_logPath->setText(log.isEmpty() ? QString() : tr("Log: %1").arg(log));
    m_logPath->setVisible(!log.isEmpty());

    m_mode->setEnabled(!running);
    m_settingsBox->setEnabled(!running);
    m_start->setEnabled(!running);
    m_start->setText(state == State::Idle ? tr("&Start") : tr("&Start again"));
    m_cancel->setEnabled(running);
    m_resume->setVisible(state == State::Paused);
    m_resume->setEnabled(m_workflow && m_workflow->canResume());
    m_apply->setVisible(zOffsets);
    m_apply->setEnabled(zOffsets && state == State::Done && m_workflow && m_workflow->results().size() > 1);
}

} // namespace reticle
