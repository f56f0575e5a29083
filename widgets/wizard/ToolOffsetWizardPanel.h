#pragma once

#include "workflow/ToolOffsetWorkflow.h"

#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace reticle {

class WizardStepList;

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

    // The centring settings as shown (editable while no measurement runs; used by the next start).
    CentringSettings centringSettings() const;
    void setCentringSettings(const CentringSettings &settings);
    int measurementsPerTool() const;
    void setMeasurementsPerTool(int count);
    // Review: changes larger than this are flagged (editable at any time).
    double flagThresholdMm() const;
    void setFlagThresholdMm(double threshold);

    // An applied change can be undone (the button is shown with `toolTip`), or not any more.
    void setUndoAvailable(bool available, const QString &toolTip = QString());
    bool isUndoAvailable() const { return m_undoAvailable; }

signals:
    void applyRequested(const QVector<reticle::ToolOffsetResult> &results);
    void undoRequested();
    void startRequested(); // Start pressed before any workflow exists: the owner builds one
    void settingsChanged(); // an operator edited a centring setting or the flag threshold

private:
    void render();
    QGroupBox *createSettingsBox();

    QPointer<ToolOffsetWorkflow> m_workflow;
    QVector<int> m_tools;
    WizardStepList *m_steps;
    QLabel *m_status;
    QProgressBar *m_progress;
    OffsetReviewTable *m_review;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QLabel *m_flagNote;
    QGroupBox *m_settingsBox = nullptr;
    QDoubleSpinBox *m_gain = nullptr;
    QDoubleSpinBox *m_stepClamp = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QSpinBox *m_maxMoves = nullptr;
    QDoubleSpinBox *m_maxSeconds = nullptr;
    QSpinBox *m_measurements = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    bool m_undoAvailable = false;
    int m_toolIndex = -1;
};

} // namespace reticle
