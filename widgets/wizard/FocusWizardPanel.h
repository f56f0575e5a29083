#pragma once

#include "workflow/FocusWorkflow.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace reticle {

class WizardStepList;

class SharpnessCurvePlot;

// Renders a FocusWorkflow — the step list, what it is doing, the live sharpness curve, the
// per-tool Z results and the CSV log's path — and forwards the operator's input: the mode, the
// sweep settings, start, cancel, resume and (after Z offsets) the request to apply. It holds no
// workflow logic of its own.
class FocusWizardPanel : public QWidget
{
    Q_OBJECT
public:
    enum ResultColumn { Tool, BestZ, FitSigma, CurrentZ, NewZ, DeltaZ, OffsetSigma, ColumnCount };

    explicit FocusWizardPanel(QWidget *parent = nullptr);

    void setMode(FocusSettings::Mode mode);
    FocusSettings::Mode mode() const;
    // The sweep settings shown in the panel (mode, sweep, metric, region); the caller adds the rest.
    FocusSettings settings() const;
    void setSettings(const FocusSettings &settings);
    void setWorkflow(FocusWorkflow *workflow);

    SharpnessCurvePlot *plot() const { return m_plot; }
    QTableWidget *resultTable() const { return m_table; }

signals:
    void startRequested(reticle::FocusSettings::Mode mode);
    void applyRequested(const QVector<reticle::FocusToolResult> &results);
    void settingsEdited();

private:
    void render();
    void fillTable();
    QDoubleSpinBox *addSpin(
        const QString &objectName, double min, double max, double step, int decimals, const QString &suffix);

    QPointer<FocusWorkflow> m_workflow;
    QComboBox *m_mode;
    QGroupBox *m_settingsBox;
    QDoubleSpinBox *m_coarseRange;
    QDoubleSpinBox *m_coarseStep;
    QDoubleSpinBox *m_fineRange;
    QDoubleSpinBox *m_fineStep;
    QDoubleSpinBox *m_takeUp;
    QDoubleSpinBox *m_region;
    QCheckBox *m_onNozzle;
    QComboBox *m_metric;
    WizardStepList *m_steps;
    QLabel *m_status;
    QProgressBar *m_progress;
    SharpnessCurvePlot *m_plot;
    QTableWidget *m_table;
    QLabel *m_logPath;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_apply;
    int m_samples = 0;
};

} // namespace reticle
