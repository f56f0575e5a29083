#pragma once

#include "workflow/CameraCalibrationWizard.h"

#include <QLineF>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace reticle {

class WizardStepList;

class ResidualPlot;

// Renders a CameraCalibrationWizard — the step list with progress, one page per step with every
// setting it uses, tables and residual plots — and forwards the operator's input (start, confirm,
// next, retry, resume, cancel, save, discard, the scale line, settings). No workflow logic.
class CameraCalibrationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CameraCalibrationPanel(QWidget *parent = nullptr);

    void setWizard(CameraCalibrationWizard *wizard);
    CameraCalibrationWizard *wizard() const { return m_wizard; }

    // The form's settings over `base` (camera position, set-up, sharpness, grid, model, points).
    CameraCalibrationOptions options(CameraCalibrationOptions base) const;
    // Fills the form (from the saved settings).
    void setOptions(const CameraCalibrationOptions &options);
    void setCameras(const QStringList &names, const QString &current);
    QString chosenCamera() const;
    void setCameraPosition(const Offset3 &position);
    // The line drawn with the camera view's scale-line tool.
    void setScaleLine(const QLineF &imageLine);
    void setMessage(const QString &text);

    ResidualPlot *movesPlot() const { return m_movesPlot; }
    ResidualPlot *referencePlot() const { return m_referencePlot; }
    ResidualPlot *accuracyPlot() const { return m_accuracyPlot; }
    QTableWidget *referenceTable() const { return m_referenceTable; }
    QTableWidget *accuracyTable() const { return m_accuracyTable; }

signals:
    void startRequested();                 // the owner builds the wizard and starts it
    void cameraChosen(const QString &name);
    void useCurrentPositionRequested();
    void scaleToolRequested(bool on);
    void saveRequested();

private:
    QWidget *buildPreparePage();
    QWidget *buildScalePage();
    QWidget *buildReferencePage();
    QWidget *buildAccuracyPage();
    void render();
    void renderPrepare();
    void renderScale();
    void renderReference();
    void renderAccuracy();
    void pushSettings();

    QPointer<CameraCalibrationWizard> m_wizard;
    WizardStepList *m_steps;
    QLabel *m_status;
    QLabel *m_message;
    QProgressBar *m_progress;
    QStackedWidget *m_pages;
    // Prepare
    QComboBox *m_camera;
    QComboBox *m_setup;
    QDoubleSpinBox *m_posX;
    QDoubleSpinBox *m_posY;
    QDoubleSpinBox *m_posZ;
    QPushButton *m_useCurrent;
    QDoubleSpinBox *m_minSharpness;
    QLabel *m_sharpness;
    QLabel *m_nozzle;
    // Pixel scale
    QRadioButton *m_byLine;
    QRadioButton *m_byMoves;
    QWidget *m_lineBox;
    QWidget *m_movesBox;
    QPushButton *m_scaleTool;
    QLabel *m_lineLabel;
    QDoubleSpinBox *m_lineMm;
    QComboBox *m_lineAxis;
    QPushButton *m_applyLine;
    QDoubleSpinBox *m_backlash;
    QPushButton *m_runMoves;
    QLabel *m_scaleResult;
    ResidualPlot *m_movesPlot;
    QLineF m_line;
    bool m_hasLine = false;
    // Reference points
    QComboBox *m_model;
    QSpinBox *m_grid;
    QTableWidget *m_referenceTable;
    ResidualPlot *m_referencePlot;
    QPushButton *m_skip;
    // Accuracy
    QSpinBox *m_points;
    QTableWidget *m_accuracyTable;
    ResidualPlot *m_accuracyPlot;
    QLabel *m_accuracyResult;
    QPushButton *m_skipAccuracy;
    QPushButton *m_save;
    QPushButton *m_discard;
    // Always
    QPushButton *m_start;
    QPushButton *m_next;
    QPushButton *m_retry;
    QPushButton *m_resume;
    QPushButton *m_cancel;
};

} // namespace reticle
