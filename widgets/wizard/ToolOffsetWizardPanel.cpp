#include "ToolOffsetWizardPanel.h"

#include "OffsetReviewTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace reticle {

ToolOffsetWizardPanel::ToolOffsetWizardPanel(QWidget *parent)
    : QWidget(parent)
    , m_steps(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_review(new OffsetReviewTable(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_apply(new QPushButton(tr("&Apply offsets…"), this))
{
    setObjectName(QStringLiteral("toolOffsetWizardPanel"));
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("wizardProgress"));
    m_start->setObjectName(QStringLiteral("wizardStart"));
    m_cancel->setObjectName(QStringLiteral("wizardCancel"));
    m_resume->setObjectName(QStringLiteral("wizardResume"));
    m_apply->setObjectName(QStringLiteral("wizardApply"));
    m_cancel->setToolTip(tr("Stop and put back the tool and position the wizard started from (Esc)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_review, 2);
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

    m_steps->clear();
    m_steps->addItem(tr("Prepare: printer ready and homed, camera streaming"));
    for (int i = 0; i < m_tools.size(); ++i)
        m_steps->addItem(i == 0 ? tr("Measure T%1 (reference)").arg(m_tools[i]) : tr("Measure T%1").arg(m_tools[i]));
    m_steps->addItem(tr("Review and apply"));
    const bool running = state != State::Idle && state != State::Review && state != State::Cancelled
        && state != State::Failed;
    const int current = state == State::Review ? m_steps->count() - 1 : running ? 1 + std::max(0, m_toolIndex) : 0;
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        const bool done = row == 0 ? (running || state == State::Review) : row <= measured;
        if (done && row != current)
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        if (row == current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
        }
    }

    m_status->setText(m_workflow ? m_workflow->stateText()
                                 : tr("Home the printer, jog the reference nozzle over the camera, then press Start."));
    m_progress->setRange(0, std::max(1, int(m_tools.size())));
    m_progress->setValue(measured);
    if (m_workflow)
        m_review->setResults(m_workflow->results());
    m_review->setVisible(measured > 0);

    m_start->setEnabled(!running);
    m_start->setText(state == State::Idle ? tr("&Start") : tr("&Start again"));
    m_cancel->setEnabled(running);
    m_resume->setVisible(state == State::Paused);
    m_resume->setEnabled(m_workflow && m_workflow->canResume());
    m_apply->setEnabled(state == State::Review && measured > 0);
}

} // namespace reticle
