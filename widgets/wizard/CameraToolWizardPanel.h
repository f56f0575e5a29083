#pragma once

#include "workflow/CameraToolOffsetWorkflow.h"

#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace reticle {

class WizardStepList;

class OffsetReviewTable;

// Renders a CameraToolOffsetWorkflow (camera-tool mode: every tool deposits a mark, the camera
// tool measures them) and forwards the operator's input: the deposit settings, start, the
// confirmation before any tool extrudes, cancel, resume and — in the review — the request to apply.
// It holds no workflow logic of its own.
class CameraToolWizardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CameraToolWizardPanel(QWidget *parent = nullptr);

    void setWorkflow(CameraToolOffsetWorkflow *workflow);
    OffsetReviewTable *reviewTable() const { return m_review; }

    // The deposit settings the operator can edit before a run (mark row, spacing, height, amount,
    // feed, travel and camera heights), into and out of `settings`.
    void showDepositSettings(const CameraToolSettings &settings);
    void readDepositSettings(CameraToolSettings &settings) const;

signals:
    void startRequested();
    void depositSettingsEdited();
    void applyRequested(const QVector<reticle::ToolOffsetResult> &results);

private:
    void render();
    QDoubleSpinBox *addSpin(const QString &objectName, double min, double max, int decimals, const QString &suffix);

    QPointer<CameraToolOffsetWorkflow> m_workflow;
    QWidget *m_form;
    QDoubleSpinBox *m_markX;
    QDoubleSpinBox *m_markY;
    QDoubleSpinBox *m_spacing;
    QDoubleSpinBox *m_depositZ;
    QDoubleSpinBox *m_extrude;
    QDoubleSpinBox *m_feed;
    QDoubleSpinBox *m_travelZ;
    QDoubleSpinBox *m_cameraZ;
    WizardStepList *m_steps;
    QLabel *m_status;
    QProgressBar *m_progress;
    OffsetReviewTable *m_review;
    QPushButton *m_start;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_apply;
};

} // namespace reticle
