#include "RepeatabilityPanel.h"

#include "WizardStepList.h"

#include "plots/DriftPlot.h"
#include "plots/ScatterPlot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace reticle {

namespace {

QTableWidgetItem *cell(const QString &text, const QVariant &value = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    return item;
}

QTableWidgetItem *um(double mm)
{
    return cell(QString::number(mm * 1000.0, 'f', 2), mm * 1000.0);
}

QTableWidgetItem *mmCell(double mm)
{
    return cell(QString::number(mm, 'f', 4), mm);
}

} // namespace

RepeatabilityPanel::RepeatabilityPanel(QWidget *parent)
    : QWidget(parent)
    , m_steps(new WizardStepList(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cycles(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_toolChooser(new QComboBox(this))
    , m_scatter(new ScatterPlot(this))
    , m_drift(new DriftPlot(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_pause(new QPushButton(tr("&Pause after cycle"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_save(new QPushButton(tr("Sa&ve to history"), this))
{
    setObjectName(QStringLiteral("repeatabilityPanel"));
    m_steps->setObjectName(QStringLiteral("repeatSteps"));
    m_steps->setMaxVisibleRows(4);
    m_status->setObjectName(QStringLiteral("repeatStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("repeatProgress"));
    m_cycles->setObjectName(QStringLiteral("repeatCycles"));
    m_cycles->setRange(2, 50);
    m_cycles->setValue(5);
    m_cycles->setToolTip(tr("Complete tool-change cycles over every tool; each gives one measurement per tool"));
    m_table->setObjectName(QStringLiteral("repeatTable"));
    m_toolChooser->setObjectName(QStringLiteral("repeatTool"));
    m_start->setObjectName(QStringLiteral("repeatStart"));
    m_pause->setObjectName(QStringLiteral("repeatPause"));
    m_pause->setToolTip(tr("Finish the cycle under way, put back the tool and position, then wait"));
    m_resume->setObjectName(QStringLiteral("repeatResume"));
    m_cancel->setObjectName(QStringLiteral("repeatCancel"));
    m_cancel->setToolTip(tr("Stop and put back the tool and position the run started from (Esc)"));
    m_save->setObjectName(QStringLiteral("repeatSave"));
    m_save->setToolTip(tr("Add every tool's mean offset and its scatter to the measurement history in "
                          "tools_config.json (the measured offsets themselves are not changed)"));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Tool"), tr("n"), tr("Std X"), tr("Std Y"), tr("Range X"), tr("Range Y"),
                                        tr("Mean X"), tr("Mean Y")});
    const QStringList headerTips{tr("Tool"), tr("Cycles measured"), tr("Standard deviation in X, µm"),
                                 tr("Standard deviation in Y, µm"), tr("Largest minus smallest in X, µm"),
                                 tr("Largest minus smallest in Y, µm"), tr("Mean measured offset in X, mm"),
                                 tr("Mean measured offset in Y, mm")};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(headerTips.at(column));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Tool, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("Other tools: the measured offset per cycle. The reference: the position that "
                           "centres its nozzle (its offset is the reference by definition)."));

    auto *cyclesRow = new QHBoxLayout;
    auto *cyclesLabel = new QLabel(tr("C&ycles:"), this);
    cyclesLabel->setBuddy(m_cycles);
    cyclesRow->addWidget(cyclesLabel);
    cyclesRow->addWidget(m_cycles);
    cyclesRow->addStretch(1);

    auto *scatterPage = new QWidget(this);
    auto *scatterLayout = new QVBoxLayout(scatterPage);
    scatterLayout->setContentsMargins(0, 0, 0, 0);
    scatterLayout->addWidget(m_toolChooser);
    scatterLayout->addWidget(m_scatter, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("repeatTabs"));
    tabs->addTab(scatterPage, tr("Scatter"));
    tabs->addTab(m_drift, tr("Drift over history"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(cyclesRow);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    connect(m_start, &QPushButton::clicked, this, [this] { emit startRequested(m_cycles->value()); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->pauseAfterCycle();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_workflow)
            m_workflow->cancel();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(m_results); });
    connect(m_cycles, &QSpinBox::valueChanged, this, [this](int value) {
        emit cyclesChanged(value);
        render();
    });
    connect(m_toolChooser, &QComboBox::currentIndexChanged, this, &RepeatabilityPanel::showScatterOf);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            m_toolChooser->setCurrentIndex(row);
    });
    render();
}

void RepeatabilityPanel::setWorkflow(RepeatabilityWorkflow *workflow)
{
    if (m_workflow)
        disconnect(m_workflow, nullptr, this, nullptr);
    m_workflow = workflow;
    m_results.clear();
    m_saved = false;
    m_toolIndex = 0;
    if (m_workflow) {
        {
            const QSignalBlocker blocker(m_cycles);
            m_cycles->setValue(m_workflow->cycles());
        }
        m_toolCount = int(m_workflow->settings().measurement.tools.size());
        connect(m_workflow, &RepeatabilityWorkflow::stateChanged, this, &RepeatabilityPanel::render);
        connect(m_workflow, &RepeatabilityWorkflow::progress, this,
                [this](int, int, int toolIndex, int toolCount, const QString &) {
                    m_toolIndex = toolIndex;
                    m_toolCount = toolCount;
                    render();
                });
        connect(m_workflow, &RepeatabilityWorkflow::cycleFinished, this, [this] {
            m_toolIndex = 0;
            fillResults();
            render();
        });
    }
    fillResults();
    render();
}

int RepeatabilityPanel::cycles() const
{
    return m_cycles->value();
}

void RepeatabilityPanel::setCycles(int cycles)
{
    m_cycles->setValue(cycles);
}

void RepeatabilityPanel::setDriftSeries(const QVector<DriftSeries> &series)
{
    m_drift->setSeries(series);
}

void RepeatabilityPanel::setSaved(bool saved)
{
    m_saved = saved;
    render();
}

void RepeatabilityPanel::fillResults()
{
    m_results = m_workflow ? m_workflow->results() : QVector<RepeatabilityToolResult>();
    const int keep = std::max(0, m_toolChooser->currentIndex());
    m_table->setRowCount(int(m_results.size()));
    {
        const QSignalBlocker blocker(m_toolChooser);
        m_toolChooser->clear();
        for (int row = 0; row < m_results.size(); ++row) {
            const RepeatabilityToolResult &r = m_results.at(row);
            const QString name = r.reference ? tr("T%1 (reference)").arg(r.tool) : tr("T%1").arg(r.tool);
            auto *tool = new QTableWidgetItem(r.manual ? tr("%1, clicked").arg(name) : name);
            if (r.reference)
                tool->setToolTip(tr("The reference's scatter is that of the position centring its nozzle"));
            m_table->setItem(row, Tool, tool);
            m_table->setItem(row, Cycles, cell(QString::number(r.samples.size()), int(r.samples.size())));
            m_table->setItem(row, StdX, um(r.stdMm.x()));
            m_table->setItem(row, StdY, um(r.stdMm.y()));
            m_table->setItem(row, RangeX, um(r.rangeMm.x()));
            m_table->setItem(row, RangeY, um(r.rangeMm.y()));
            m_table->setItem(row, MeanX, mmCell(r.meanOffset.x));
            m_table->setItem(row, MeanY, mmCell(r.meanOffset.y));
            m_toolChooser->addItem(name);
        }
        m_toolChooser->setCurrentIndex(std::min(keep, int(m_results.size()) - 1));
    }
    // Every row visible without scrolling (up to eight tools).
    const int rows = std::clamp(int(m_results.size()), 1, 8);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
                            + 2 * m_table->frameWidth() + 2);
    showScatterOf(m_toolChooser->currentIndex());
}

void RepeatabilityPanel::showScatterOf(int row)
{
    if (row < 0 || row >= m_results.size()) {
        m_scatter->clearSamples();
        return;
    }
    const RepeatabilityToolResult &r = m_results.at(row);
    m_scatter->setSamples(r.reference ? tr("T%1 (reference): centre").arg(r.tool) : tr("T%1: offset").arg(r.tool),
                          r.deviationsUm(), r.stdMm * 1000.0);
}

void RepeatabilityPanel::render()
{
    using State = RepeatabilityWorkflow::State;
    const State state = m_workflow ? m_workflow->state() : State::Idle;
    const int cycles = m_workflow ? m_workflow->cycles() : m_cycles->value();
    const int done = m_workflow ? m_workflow->cyclesDone() : 0;
    const bool running = state == State::Measuring || state == State::AwaitingClick || state == State::Paused;

    QStringList steps{tr("Prepare: printer ready and homed, camera streaming")};
    for (int i = 0; i < cycles; ++i)
        steps << tr("Cycle %1: select and measure every tool").arg(i + 1);
    steps << tr("Review the scatter and save it to the history");
    const int current = state == State::Review ? int(steps.size()) - 1 : running ? 1 + std::min(done, cycles - 1) : 0;
    QVector<WizardStepList::Mark> marks(steps.size(), WizardStepList::Mark::Pending);
    for (int row = 0; row < steps.size(); ++row) {
        const bool finished = row == 0 ? (running || state == State::Review) : row <= done;
        if (row == current)
            marks[row] = WizardStepList::Mark::Current;
        else if (finished)
            marks[row] = WizardStepList::Mark::Done;
    }
    m_steps->setSteps(steps, marks);

    QString status = m_workflow ? m_workflow->stateText()
                                : tr("Home the printer, jog the reference nozzle over the camera, then press Start.");
    if (m_saved)
        status += QLatin1Char(' ') + tr("Saved to the history.");
    m_status->setText(status);
    const int perCycle = std::max(1, m_toolCount);
    m_progress->setRange(0, std::max(1, cycles * perCycle));
    const int inCycle = state == State::Measuring || state == State::AwaitingClick ? m_toolIndex : 0;
    m_progress->setValue(std::min(cycles * perCycle, done * perCycle + inCycle));

    m_cycles->setEnabled(!running);
    m_start->setEnabled(!running);
    m_start->setText(state == State::Idle ? tr("&Start") : tr("&Start again"));
    m_pause->setEnabled((state == State::Measuring || state == State::AwaitingClick) && m_workflow
                        && !m_workflow->pauseRequested());
    m_resume->setVisible(state == State::Paused);
    m_resume->setEnabled(m_workflow && m_workflow->canResume());
    m_cancel->setEnabled(running);
    m_save->setEnabled(state == State::Review && !m_results.isEmpty() && !m_saved);
}

} // namespace reticle
