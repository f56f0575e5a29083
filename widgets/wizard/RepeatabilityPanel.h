#pragma once

#include "workflow/RepeatabilityWorkflow.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace reticle {

class WizardStepList;

class DriftPlot;
class ScatterPlot;
struct DriftSeries;

// Renders a RepeatabilityWorkflow: the step list (prepare, each cycle, review) with progress,
// what it is doing, the per-tool table (std and range per axis), a scatter plot of the chosen tool
// and the drift of every tool over tools_config.json's history. Forwards start, pause after the
// cycle, resume, cancel (Esc) and "save to history"; holds no workflow logic of its own.
class RepeatabilityPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { Tool, Cycles, StdX, StdY, RangeX, RangeY, MeanX, MeanY, ColumnCount };

    explicit RepeatabilityPanel(QWidget *parent = nullptr);

    void setWorkflow(RepeatabilityWorkflow *workflow);
    int cycles() const;
    void setCycles(int cycles);
    void setDriftSeries(const QVector<DriftSeries> &series);
    // After the owner saved the results: Save is disabled until the next run.
    void setSaved(bool saved);

    QTableWidget *resultsTable() const { return m_table; }
    ScatterPlot *scatterPlot() const { return m_scatter; }
    DriftPlot *driftPlot() const { return m_drift; }
    QComboBox *toolChooser() const { return m_toolChooser; }

signals:
    void startRequested(int cycles);
    void saveRequested(const QVector<reticle::RepeatabilityToolResult> &results);
    void cyclesChanged(int cycles);

private:
    void render();
    void fillResults();
    void showScatterOf(int row);

    QPointer<RepeatabilityWorkflow> m_workflow;
    WizardStepList *m_steps;
    QLabel *m_status;
    QProgressBar *m_progress;
    QSpinBox *m_cycles;
    QTableWidget *m_table;
    QComboBox *m_toolChooser;
    ScatterPlot *m_scatter;
    DriftPlot *m_drift;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QVector<RepeatabilityToolResult> m_results;
    int m_toolIndex = 0;
    int m_toolCount = 0;
    bool m_saved = false;
};

} // namespace reticle
