#include "CameraCalibrationPanel.h"

#include "WizardStepList.h"

#include "plots/ResidualPlot.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace reticle {

namespace {

QDoubleSpinBox *positionSpin(QWidget *parent, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-1000.0, 1000.0);
    spin->setDecimals(3);
    spin->setSuffix(QStringLiteral(" mm"));
    return spin;
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setMinimumHeight(110);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QVariant &value = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    return item;
}

QString sourceText(const SurveyPoint &p)
{
    if (!p.measured)
        return QCoreApplication::translate("reticle::CameraCalibrationPanel", "pending");
    if (p.skipped)
        return QCoreApplication::translate("reticle::CameraCalibrationPanel", "skipped");
    return p.manual ? QCoreApplication::translate("reticle::CameraCalibrationPanel", "clicked")
                    : QCoreApplication::translate("reticle::CameraCalibrationPanel", "detected");
}

} // namespace

CameraCalibrationPanel::CameraCalibrationPanel(QWidget *parent)
    : QWidget(parent)
    , m_steps(new WizardStepList(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pages(new QStackedWidget(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_retry(new QPushButton(tr("Re&try step"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("cameraCalibrationPanel"));
    m_steps->setObjectName(QStringLiteral("camcalSteps"));
    m_steps->setSteps({tr("1. Home and prepare"), tr("2. Pixel scale"), tr("3. Reference points"),
                       tr("4. Accuracy check")},
                      {});
    m_status->setObjectName(QStringLiteral("camcalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("camcalMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_progress->setObjectName(QStringLiteral("camcalProgress"));
    m_progress->setRange(0, 400);
    m_pages->setObjectName(QStringLiteral("camcalPages"));
    m_pages->addWidget(buildPreparePage());
    m_pages->addWidget(buildScalePage());
    m_pages->addWidget(buildReferencePage());
    m_pages->addWidget(buildAccuracyPage());

    m_start->setObjectName(QStringLiteral("camcalStart"));
    m_next->setObjectName(QStringLiteral("camcalNext"));
    m_retry->setObjectName(QStringLiteral("camcalRetry"));
    m_resume->setObjectName(QStringLiteral("camcalResume"));
    m_cancel->setObjectName(QStringLiteral("camcalCancel"));
    m_next->setToolTip(tr("Go on to the next step (Ctrl+Return)"));
    m_cancel->setToolTip(tr("Stop, return to the start position and save nothing (Esc)"));
    m_retry->setToolTip(tr("Run this step again"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, m_next, &QPushButton::click);

    connect(m_start, &QPushButton::clicked, this, [this] {
        m_message->clear();
        emit startRequested();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_wizard && m_wizard->canGoNext()) {
            pushSettings();
            m_message->clear();
            m_wizard->next();
        }
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_wizard) {
            pushSettings();
            m_wizard->retry();
        }
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_wizard)
            m_wizard->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_wizard)
            m_wizard->cancel();
    });
    render();
}

QWidget *CameraCalibrationPanel::buildPreparePage()
{
    auto *page = new QWidget(this);
    m_camera = new QComboBox(page);
    m_camera->setObjectName(QStringLiteral("camcalCamera"));
    m_setup = new QComboBox(page);
    m_setup->setObjectName(QStringLiteral("camcalSetup"));
    m_setup->addItem(tr("Nozzle camera (fixed, looking up)"), QStringLiteral("nozzle-camera"));
    m_setup->addItem(tr("Camera tool (C0, looking down)"), QStringLiteral("camera-tool"));
    m_posX = positionSpin(page, QStringLiteral("camcalPositionX"));
    m_posY = positionSpin(page, QStringLiteral("camcalPositionY"));
    m_posZ = positionSpin(page, QStringLiteral("camcalPositionZ"));
    m_useCurrent = new QPushButton(tr("&Use current position"), page);
    m_useCurrent->setObjectName(QStringLiteral("camcalUseCurrent"));
    m_useCurrent->setToolTip(tr("Take the printer's position after you jogged the nozzle over the camera"));
    m_minSharpness = new QDoubleSpinBox(page);
    m_minSharpness->setObjectName(QStringLiteral("camcalMinSharpness"));
    m_minSharpness->setRange(0.0, 100000.0);
    m_minSharpness->setDecimals(1);
    m_minSharpness->setToolTip(tr("Variance of the Laplacian over the central half of the frame; below this the "
                                  "wizard warns that the nozzle looks out of focus"));
    m_sharpness = new QLabel(tr("not measured"), page);
    m_sharpness->setObjectName(QStringLiteral("camcalSharpness"));
    m_nozzle = new QLabel(tr("not looked for"), page);
    m_nozzle->setObjectName(QStringLiteral("camcalNozzle"));
    m_nozzle->setWordWrap(true);

    auto *position = new QHBoxLayout;
    position->addWidget(m_posX);
    position->addWidget(m_posY);
    position->addWidget(m_posZ);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Ca&mera:"), m_camera);
    form->addRow(tr("Set-&up:"), m_setup);
    auto *positionLabel = new QLabel(tr("Camera &position X, Y, Z:"), page);
    positionLabel->setBuddy(m_posX);
    form->addRow(positionLabel, position);
    form->addRow(QString(), m_useCurrent);
    form->addRow(tr("Warn below s&harpness:"), m_minSharpness);
    form->addRow(tr("Sharpness:"), m_sharpness);
    form->addRow(tr("Nozzle:"), m_nozzle);
    connect(m_useCurrent, &QPushButton::clicked, this, &CameraCalibrationPanel::useCurrentPositionRequested);
    connect(m_camera, &QComboBox::activated, this, [this] { emit cameraChosen(m_camera->currentText()); });
    return page;
}

QWidget *CameraCalibrationPanel::buildScalePage()
{
    auto *page = new QWidget(this);
    m_byLine = new QRadioButton(tr("Draw a scale &line over a reference of known length"), page);
    m_byLine->setObjectName(QStringLiteral("camcalByLine"));
    m_byMoves = new QRadioButton(tr("Calibrate &by moves (the nozzle is moved and detected)"), page);
    m_byMoves->setObjectName(QStringLiteral("camcalByMoves"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_byLine);
    group->addButton(m_byMoves);
    m_byLine->setChecked(true);

    m_lineBox = new QWidget(page);
    m_scaleTool = new QPushButton(tr("Scale line &tool"), m_lineBox);
    m_scaleTool->setObjectName(QStringLiteral("camcalScaleTool"));
    m_scaleTool->setCheckable(true);
    m_scaleTool->setToolTip(tr("Drag a line in the camera view along the reference"));
    m_lineLabel = new QLabel(tr("No line drawn"), m_lineBox);
    m_lineLabel->setObjectName(QStringLiteral("camcalLine"));
    m_lineMm = new QDoubleSpinBox(m_lineBox);
    m_lineMm->setObjectName(QStringLiteral("camcalLineMm"));
    m_lineMm->setRange(0.0, 500.0);
    m_lineMm->setDecimals(3);
    m_lineMm->setValue(1.0);
    m_lineMm->setSuffix(QStringLiteral(" mm"));
    m_lineAxis = new QComboBox(m_lineBox);
    m_lineAxis->setObjectName(QStringLiteral("camcalLineAxis"));
    m_lineAxis->addItem(tr("Both axes"), int(ScaleFromLine::Axis::Both));
    m_lineAxis->addItem(tr("Image X only"), int(ScaleFromLine::Axis::ImageX));
    m_lineAxis->addItem(tr("Image Y only"), int(ScaleFromLine::Axis::ImageY));
    m_applyLine = new QPushButton(tr("&Apply line"), m_lineBox);
    m_applyLine->setObjectName(QStringLiteral("camcalApplyLine"));
    auto *lineForm = new QFormLayout(m_lineBox);
    lineForm->setContentsMargins(16, 0, 0, 0);
    lineForm->addRow(m_scaleTool, m_lineLabel);
    lineForm->addRow(tr("Reference &length:"), m_lineMm);
    lineForm->addRow(tr("Applies &to:"), m_lineAxis);
    lineForm->addRow(QString(), m_applyLine);

    m_movesBox = new QWidget(page);
    m_backlash = new QDoubleSpinBox(m_movesBox);
    m_backlash->setObjectName(QStringLiteral("camcalBacklash"));
    m_backlash->setRange(0.0, 2.0);
    m_backlash->setDecimals(2);
    m_backlash->setSuffix(QStringLiteral(" mm"));
    m_backlash->setToolTip(tr("Every point is approached from −X/−Y by this distance, so backlash cancels"));
    m_runMoves = new QPushButton(tr("&Run calibration by moves"), m_movesBox);
    m_runMoves->setObjectName(QStringLiteral("camcalRunMoves"));
    auto *movesForm = new QFormLayout(m_movesBox);
    movesForm->setContentsMargins(16, 0, 0, 0);
    movesForm->addRow(tr("Approach distance:"), m_backlash);
    movesForm->addRow(new QLabel(tr("Two probe moves, then 12 points on a circle sized from the field of view; "
                                    "affine fit with outlier rejection."),
                                 m_movesBox));
    movesForm->addRow(QString(), m_runMoves);

    m_scaleResult = new QLabel(page);
    m_scaleResult->setObjectName(QStringLiteral("camcalScaleResult"));
    m_scaleResult->setWordWrap(true);
    m_movesPlot = new ResidualPlot(page);
    m_movesPlot->setObjectName(QStringLiteral("camcalMovesPlot"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_byLine);
    layout->addWidget(m_lineBox);
    layout->addWidget(m_byMoves);
    layout->addWidget(m_movesBox);
    layout->addWidget(m_scaleResult);
    layout->addWidget(m_movesPlot, 1);

    connect(m_byLine, &QRadioButton::toggled, this, [this] { render(); });
    connect(m_scaleTool, &QPushButton::toggled, this, &CameraCalibrationPanel::scaleToolRequested);
    connect(m_applyLine, &QPushButton::clicked, this, [this] {
        if (!m_wizard)
            return;
        QString error;
        const auto axis = ScaleFromLine::Axis(m_lineAxis->currentData().toInt());
        if (m_wizard->applyScaleLine(axis, m_line, m_lineMm->value(), &error))
            m_message->clear();
        else
            m_message->setText(error);
        render();
    });
    connect(m_runMoves, &QPushButton::clicked, this, [this] {
        if (!m_wizard)
            return;
        m_message->clear();
        m_wizard->options().moves.backlashMm = m_backlash->value();
        m_wizard->runScaleByMoves();
    });
    return page;
}

QWidget *CameraCalibrationPanel::buildReferencePage()
{
    auto *page = new QWidget(this);
    m_model = new QComboBox(page);
    m_model->setObjectName(QStringLiteral("camcalModel"));
    m_model->addItem(tr("Similarity (scale, rotation, mirror)"), int(PixelMap::Model::Similarity));
    m_model->addItem(tr("Affine (per-axis scale, shear)"), int(PixelMap::Model::Affine));
    m_model->addItem(tr("Quadratic (lens distortion, tilt)"), int(PixelMap::Model::Quadratic));
    m_model->setCurrentIndex(1);
    m_grid = new QSpinBox(page);
    m_grid->setObjectName(QStringLiteral("camcalGrid"));
    m_grid->setRange(2, 7);
    m_grid->setSuffix(tr(" × n"));
    m_grid->setToolTip(tr("Positions per row and column across the field of view"));
    m_skip = new QPushButton(tr("S&kip point"), page);
    m_skip->setObjectName(QStringLiteral("camcalSkip"));
    m_skip->setToolTip(tr("When the nozzle is not detected: click it in the camera view, or skip this point"));
    m_referenceTable = makeTable(page, QStringLiteral("camcalReferenceTable"),
                                 {tr("#"), tr("Pixel x"), tr("Pixel y"), tr("Printer X"), tr("Printer Y"),
                                  tr("Residual (µm)"), tr("Source")});
    m_referencePlot = new ResidualPlot(page);
    m_referencePlot->setObjectName(QStringLiteral("camcalReferencePlot"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Grid:"), m_grid);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_referenceTable, 2);
    layout->addWidget(m_referencePlot, 3);
    layout->addWidget(m_skip, 0, Qt::AlignLeft);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (m_wizard)
            m_wizard->skipPoint();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, &CameraCalibrationPanel::pushSettings);
    connect(m_grid, &QSpinBox::valueChanged, this, &CameraCalibrationPanel::pushSettings);
    return page;
}

QWidget *CameraCalibrationPanel::buildAccuracyPage()
{
    auto *page = new QWidget(this);
    m_points = new QSpinBox(page);
    m_points->setObjectName(QStringLiteral("camcalPoints"));
    m_points->setRange(3, 50);
    m_points->setToolTip(tr("Random positions inside the field of view"));
    m_accuracyTable = makeTable(page, QStringLiteral("camcalAccuracyTable"),
                                {tr("#"), tr("Printer X"), tr("Printer Y"), tr("Pixel x"), tr("Pixel y"),
                                 tr("Error (µm)"), tr("Source")});
    m_accuracyPlot = new ResidualPlot(page);
    m_accuracyPlot->setObjectName(QStringLiteral("camcalAccuracyPlot"));
    m_accuracyResult = new QLabel(page);
    m_accuracyResult->setObjectName(QStringLiteral("camcalAccuracyResult"));
    m_accuracyResult->setWordWrap(true);
    m_save = new QPushButton(tr("Sa&ve calibration"), page);
    m_save->setObjectName(QStringLiteral("camcalSave"));
    m_save->setToolTip(tr("Write the map to calibration.json (the previous file is kept as a backup)"));
    m_discard = new QPushButton(tr("&Discard"), page);
    m_discard->setObjectName(QStringLiteral("camcalDiscard"));
    m_discard->setToolTip(tr("Return to the start position and save nothing"));
    m_skipAccuracy = new QPushButton(tr("S&kip point"), page);
    m_skipAccuracy->setObjectName(QStringLiteral("camcalSkipAccuracy"));
    m_skipAccuracy->setToolTip(tr("When the nozzle is not detected: click it in the camera view, or skip this point"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Points:"), m_points);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skipAccuracy);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_accuracyTable, 2);
    layout->addWidget(m_accuracyPlot, 3);
    layout->addWidget(m_accuracyResult);
    layout->addLayout(buttons);
    connect(m_points, &QSpinBox::valueChanged, this, &CameraCalibrationPanel::pushSettings);
    connect(m_skipAccuracy, &QPushButton::clicked, this, [this] {
        if (m_wizard)
            m_wizard->skipPoint();
    });
    connect(m_save, &QPushButton::clicked, this, &CameraCalibrationPanel::saveRequested);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_wizard)
            m_wizard->discard();
    });
    return page;
}

void CameraCalibrationPanel::setWizard(CameraCalibrationWizard *wizard)
{
    if (m_wizard)
        disconnect(m_wizard, nullptr, this, nullptr);
    m_wizard = wizard;
    m_hasLine = false;
    m_lineLabel->setText(tr("No line drawn"));
    if (m_wizard)
        connect(m_wizard, &CameraCalibrationWizard::changed, this, &CameraCalibrationPanel::render);
    render();
}

CameraCalibrationOptions CameraCalibrationPanel::options(CameraCalibrationOptions base) const
{
    base.prepare.cameraPosition = Offset3{m_posX->value(), m_posY->value(), m_posZ->value()};
    base.prepare.minSharpness = m_minSharpness->value();
    base.setup = m_setup->currentData().toString();
    base.reference.gridSize = m_grid->value();
    base.reference.fit.model = PixelMap::Model(m_model->currentData().toInt());
    base.accuracy.points = m_points->value();
    base.moves.backlashMm = m_backlash->value();
    base.reference.backlashMm = base.accuracy.backlashMm = m_backlash->value();
    return base;
}

void CameraCalibrationPanel::setOptions(const CameraCalibrationOptions &o)
{
    if (o.prepare.cameraPosition)
        setCameraPosition(*o.prepare.cameraPosition);
    m_minSharpness->setValue(o.prepare.minSharpness);
    m_setup->setCurrentIndex(std::max(0, m_setup->findData(o.setup)));
    m_grid->setValue(o.reference.gridSize);
    m_model->setCurrentIndex(std::max(0, m_model->findData(int(o.reference.fit.model))));
    m_points->setValue(o.accuracy.points);
    m_backlash->setValue(o.moves.backlashMm);
}

void CameraCalibrationPanel::setCameras(const QStringList &names, const QString &current)
{
    m_camera->clear();
    m_camera->addItems(names);
    if (!current.isEmpty() && !names.contains(current))
        m_camera->addItem(current);
    m_camera->setCurrentText(current);
}

QString CameraCalibrationPanel::chosenCamera() const
{
    return m_camera->currentText();
}

void CameraCalibrationPanel::setCameraPosition(const Offset3 &p)
{
    m_posX->setValue(p.x);
    m_posY->setValue(p.y);
    m_posZ->setValue(p.z);
}

void CameraCalibrationPanel::setScaleLine(const QLineF &imageLine)
{
    m_line = imageLine;
    m_hasLine = imageLine.length() > 0.0;
    m_lineLabel->setText(m_hasLine ? tr("%1 px (Δx %2, Δy %3)")
                                         .arg(imageLine.length(), 0, 'f', 1)
                                         .arg(imageLine.dx(), 0, 'f', 1)
                                         .arg(imageLine.dy(), 0, 'f', 1)
                                   : tr("No line drawn"));
    render();
}

void CameraCalibrationPanel::setMessage(const QString &text)
{
    m_message->setText(text);
}

void CameraCalibrationPanel::pushSettings()
{
    if (!m_wizard)
        return;
    CameraCalibrationOptions &o = m_wizard->options();
    o.reference.gridSize = m_grid->value();
    o.reference.fit.model = PixelMap::Model(m_model->currentData().toInt());
    o.accuracy.points = m_points->value();
}

void CameraCalibrationPanel::render()
{
    using State = CameraCalibrationWizard::State;
    const CameraCalibrationWizard *w = m_wizard;
    const State state = w ? w->state() : State::Idle;
    const int step = w ? int(w->step()) : 0;
    const bool over = !w || w->isFinishedForGood() || state == State::Idle;

    QVector<WizardStepList::Mark> marks(m_steps->count(), WizardStepList::Mark::Pending);
    for (int row = 0; row < marks.size(); ++row) {
        if (row == step && !over)
            marks[row] = WizardStepList::Mark::Current;
        else if (w && (row < step || (row == step && state == State::Saved)))
            marks[row] = WizardStepList::Mark::Done;
    }
    m_steps->setMarks(marks);
    if (w && !over)
        m_pages->setCurrentIndex(step);

    // Overall progress: a quarter per step, the current one by its points.
    double within = 0.0;
    if (w) {
        const PointSurveyWorkflow *survey = step == 2 ? static_cast<PointSurveyWorkflow *>(w->reference())
            : step == 3                                ? w->accuracy()
                                                       : nullptr;
        if (survey && !survey->points().isEmpty())
            within = double(survey->measuredCount()) / survey->points().size();
        if (w->stepComplete())
            within = 1.0;
    }
    m_progress->setValue(state == State::Saved ? 400 : int(std::lround((step + within) * 100)));
    m_progress->setFormat(w && !over ? tr("Step %1 of 4").arg(step + 1) : QStringLiteral("%p%"));

    QString status = w ? w->stateText() : tr("Connect to the printer and open the nozzle camera, then press Start.");
    if (w && !w->stepError().isEmpty() && state == State::AwaitingOperator)
        status += QLatin1Char('\n') + tr("Fix the cause, then press Retry step (or Cancel).");
    m_status->setText(status);

    m_start->setEnabled(over);
    m_start->setText(w && state != State::Idle ? tr("&Start again") : tr("&Start"));
    m_next->setEnabled(w && w->canGoNext());
    m_retry->setEnabled(w && state == State::AwaitingOperator && !w->stepError().isEmpty());
    m_resume->setVisible(state == State::Paused);
    m_resume->setEnabled(w && w->canResume());
    m_cancel->setEnabled(w && !over && state != State::Returning);

    renderPrepare();
    renderScale();
    renderReference();
    renderAccuracy();
}

void CameraCalibrationPanel::renderPrepare()
{
    const CameraCalibrationWizard *w = m_wizard;
    const bool editable = !w || w->isFinishedForGood() || w->state() == CameraCalibrationWizard::State::Idle;
    for (QWidget *field : {static_cast<QWidget *>(m_camera), static_cast<QWidget *>(m_setup),
                           static_cast<QWidget *>(m_posX), static_cast<QWidget *>(m_posY),
                           static_cast<QWidget *>(m_posZ), static_cast<QWidget *>(m_useCurrent),
                           static_cast<QWidget *>(m_minSharpness)})
        field->setEnabled(editable);
    const CameraPrepareWorkflow *prepare = w ? w->prepare() : nullptr;
    if (!prepare || !prepare->sharpness().ok) {
        m_sharpness->setText(prepare && !prepare->sharpness().error.isEmpty() ? prepare->sharpness().error
                                                                             : tr("not measured"));
        m_sharpness->setStyleSheet(QString());
    } else if (prepare->sharpnessPassed()) {
        m_sharpness->setText(tr("%1 — pass").arg(prepare->sharpness().value, 0, 'f', 1));
        m_sharpness->setStyleSheet(QStringLiteral("color: #2c7a2c; font-weight: bold;"));
    } else {
        m_sharpness->setText(tr("%1 — warning: below %2, the nozzle may be out of focus (check Z or the camera "
                                "focus)")
                                 .arg(prepare->sharpness().value, 0, 'f', 1)
                                 .arg(prepare->minSharpness(), 0, 'f', 1));
        m_sharpness->setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
    }
    m_sharpness->setWordWrap(true);
    if (!prepare || prepare->state() != CameraPrepareWorkflow::State::Ready)
        m_nozzle->setText(tr("not looked for"));
    else if (prepare->nozzle().found)
        m_nozzle->setText(tr("found at %1, %2 px").arg(prepare->nozzle().pixel.x(), 0, 'f', 1).arg(prepare->nozzle().pixel.y(), 0, 'f', 1));
    else
        m_nozzle->setText(tr("not detected (%1): jog it over the camera, or go on and click it when asked")
                              .arg(prepare->nozzle().reason));
}

void CameraCalibrationPanel::renderScale()
{
    const CameraCalibrationWizard *w = m_wizard;
    const bool active = w && w->step() == CameraCalibrationWizard::Step::PixelScale
        && w->state() == CameraCalibrationWizard::State::AwaitingOperator;
    const bool byLine = m_byLine->isChecked();
    m_byLine->setEnabled(active);
    m_byMoves->setEnabled(active);
    m_lineBox->setEnabled(active && byLine);
    m_movesBox->setEnabled(active && !byLine);
    m_applyLine->setEnabled(active && byLine && m_hasLine);
    if (!active && m_scaleTool->isChecked())
        m_scaleTool->setChecked(false);

    const PixelScale scale = w ? w->pixelScale() : PixelScale{};
    m_scaleResult->setText(scale.isValid() ? tr("Scale: %1 µm/px along image X, %2 µm/px along image Y (%3)")
                                                 .arg(scale.micronsPerPixelX, 0, 'f', 3)
                                                 .arg(scale.micronsPerPixelY, 0, 'f', 3)
                                                 .arg(scale.method == QLatin1String("line") ? tr("drawn line")
                                                                                            : tr("by moves"))
                                           : tr("Scale: not set"));
    const CameraCalibrationWorkflow *moves = w ? w->moves() : nullptr;
    m_movesPlot->setVisible(moves != nullptr);
    if (moves && moves->fit().ok) {
        QVector<ResidualPlot::Point> points;
        for (size_t i = 0; i < moves->fit().residuals.size(); ++i) {
            const PointResidual &r = moves->fit().residuals[i];
            points.append({r.dxUm, r.dyUm, r.inlier, int(i) + 1});
        }
        m_movesPlot->setResiduals(points, tr("Calibration by moves"));
    } else if (moves) {
        m_movesPlot->clearResiduals(tr("Calibration by moves: %1 moves so far").arg(moves->movesIssued()));
    }
}

void CameraCalibrationPanel::renderReference()
{
    const CameraCalibrationWizard *w = m_wizard;
    const bool editable = !w || int(w->step()) < int(CameraCalibrationWizard::Step::ReferencePoints)
        || (w->step() == CameraCalibrationWizard::Step::ReferencePoints
            && w->state() == CameraCalibrationWizard::State::AwaitingOperator);
    m_model->setEnabled(editable);
    m_grid->setEnabled(editable);
    m_skip->setEnabled(w && w->step() == CameraCalibrationWizard::Step::ReferencePoints && w->awaitingClick());
    const ReferencePointsWorkflow *ref = w ? w->reference() : nullptr;
    if (!ref) {
        m_referenceTable->setRowCount(0);
        m_referencePlot->clearResiduals(tr("Reference points: residuals appear after the fit"));
        return;
    }
    const QVector<SurveyPoint> &points = ref->points();
    m_referenceTable->setRowCount(int(points.size()));
    const MapFit &fit = ref->fit();
    QVector<ResidualPlot::Point> plotted;
    for (int i = 0; i < points.size(); ++i) {
        const SurveyPoint &p = points[i];
        const int pair = i < ref->pairIndex().size() ? ref->pairIndex()[i] : -1;
        const bool hasResidual = fit.ok && pair >= 0 && size_t(pair) < fit.residuals.size();
        m_referenceTable->setItem(i, 0, cell(QString::number(i + 1)));
        m_referenceTable->setItem(i, 1, cell(p.found ? QString::number(p.pixel.x(), 'f', 2) : QStringLiteral("—")));
        m_referenceTable->setItem(i, 2, cell(p.found ? QString::number(p.pixel.y(), 'f', 2) : QStringLiteral("—")));
        m_referenceTable->setItem(i, 3, cell(QString::number(p.target.x(), 'f', 3)));
        m_referenceTable->setItem(i, 4, cell(QString::number(p.target.y(), 'f', 3)));
        QString residual = QStringLiteral("—");
        if (hasResidual) {
            const PointResidual &r = fit.residuals[size_t(pair)];
            residual = r.inlier ? QString::number(r.magnitudeUm, 'f', 2)
                                : tr("%1 (rejected)").arg(r.magnitudeUm, 0, 'f', 2);
            plotted.append({r.dxUm, r.dyUm, r.inlier, i + 1});
        }
        m_referenceTable->setItem(i, 5, cell(residual, hasResidual ? QVariant(fit.residuals[size_t(pair)].magnitudeUm) : QVariant()));
        m_referenceTable->setItem(i, 6, new QTableWidgetItem(sourceText(p)));
        if (i == ref->currentIndex() && ref->isRunning())
            m_referenceTable->selectRow(i);
    }
    if (fit.ok)
        m_referencePlot->setResiduals(plotted, tr("Reference points (%1)").arg(PixelMap::modelName(ref->settings().fit.model)));
    else
        m_referencePlot->clearResiduals(tr("Reference points: %1 of %2 measured").arg(ref->measuredCount()).arg(points.size()));
}

void CameraCalibrationPanel::renderAccuracy()
{
    const CameraCalibrationWizard *w = m_wizard;
    const bool editable = !w || int(w->step()) < int(CameraCalibrationWizard::Step::AccuracyCheck)
        || (w->step() == CameraCalibrationWizard::Step::AccuracyCheck
            && w->state() == CameraCalibrationWizard::State::AwaitingOperator);
    m_points->setEnabled(editable);
    m_save->setEnabled(w && w->canSave());
    m_discard->setEnabled(w && w->canSave());
    m_skipAccuracy->setEnabled(w && w->step() == CameraCalibrationWizard::Step::AccuracyCheck && w->awaitingClick());
    const AccuracyCheckWorkflow *acc = w ? w->accuracy() : nullptr;
    if (!acc) {
        m_accuracyTable->setRowCount(0);
        m_accuracyPlot->clearResiduals(tr("Accuracy check: errors appear as points are measured"));
        m_accuracyResult->clear();
        return;
    }
    const QVector<SurveyPoint> &points = acc->points();
    const bool done = acc->state() == PointSurveyWorkflow::State::Done;
    m_accuracyTable->setRowCount(int(points.size()));
    QVector<ResidualPlot::Point> plotted;
    for (int i = 0; i < points.size(); ++i) {
        const SurveyPoint &p = points[i];
        const AccuracyResidual r = done && i < acc->residuals().size() ? acc->residuals()[i] : AccuracyResidual{};
        m_accuracyTable->setItem(i, 0, cell(QString::number(i + 1)));
        m_accuracyTable->setItem(i, 1, cell(QString::number(p.target.x(), 'f', 3)));
        m_accuracyTable->setItem(i, 2, cell(QString::number(p.target.y(), 'f', 3)));
        m_accuracyTable->setItem(i, 3, cell(p.found ? QString::number(p.pixel.x(), 'f', 2) : QStringLiteral("—")));
        m_accuracyTable->setItem(i, 4, cell(p.found ? QString::number(p.pixel.y(), 'f', 2) : QStringLiteral("—")));
        m_accuracyTable->setItem(i, 5, cell(r.valid ? QString::number(r.errorUm, 'f', 2) : QStringLiteral("—"),
                                            r.valid ? QVariant(r.errorUm) : QVariant()));
        m_accuracyTable->setItem(i, 6, new QTableWidgetItem(sourceText(p)));
        if (r.valid)
            plotted.append({r.dxUm, r.dyUm, true, i + 1});
    }
    if (done) {
        m_accuracyPlot->setResiduals(plotted, tr("Accuracy check"));
        m_accuracyResult->setText(tr("Predicted by the map vs detected over %1 random points: RMS %2 µm, max %3 µm. "
                                     "Save it to calibration.json, or discard it.")
                                      .arg(acc->checkedPoints())
                                      .arg(acc->rmsUm(), 0, 'f', 2)
                                      .arg(acc->maxUm(), 0, 'f', 2));
    } else {
        m_accuracyPlot->clearResiduals(tr("Accuracy check: %1 of %2 measured").arg(acc->measuredCount()).arg(points.size()));
        m_accuracyResult->clear();
    }
}

} // namespace reticle
