#pragma once

#include "workflow/ToolOffsetWorkflow.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace reticle {

class OffsetReviewTable;

// Renders a ToolOffsetWorkflow (step list, progress, what it is doing, why it paused) and forwards
// the operator's input: start, cancel, resume, and — in the review — the request to apply.
// It holds no workflow logic of its own.
class ToolOffsetWizardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ToolOffsetWizardPanel(QWidget *parent = nullptr);

    void setWorkflow(ToolOffsetWorkflow *workflow, const QVector<int> &tools);
    OffsetReviewTable *reviewTable() const { return m_review; }

signals:
    void applyRequested(const QVector<reticle::ToolOffsetResult> &results);
    void startRequested(); // Start pressed before any workflow exists: the owner builds one

private:
    void render();

    QPointer<ToolOffsetWorkflow> m_workflow;
    QVector<int> m_tools;
    QListWidget *m_steps;
    QLabel *m_status;
    QProgressBar *m_progress;
    OffsetReviewTable *m_review;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_apply;
    int m_toolIndex = -1;
};

} // namespace reticle
