#include "CameraCalibrationWizard.h"

#include "MachineIo.h"
#include "NozzleProbe.h"
#include "PrepareIo.h"
#include "WorkflowLogging.h"
#include "store/CalibrationStore.h"

#include <cmath>

namespace reticle {

namespace {

// Legs to `target`: rise before travelling, sink after it.
QVector<Offset3> legsTo(const Offset3 &here, const Offset3 &target)
{
    QVector<Offset3> legs;
    if (target.z > here.z)
        legs = {{here.x, here.y, target.z}, target};
    else
        legs = {{target.x, target.y, here.z}, target};
    QVector<Offset3> moving;
    Offset3 from = here;
    for (const Offset3 &leg : std::as_const(legs)) {
        if (!(leg == from))
            moving.append(leg);
        from = leg;
    }
    return moving;
}

bool surveyBusy(const PointSurveyWorkflow *w)
{
    using S = PointSurveyWorkflow::State;
    return w && (w->state() == S::Moving || w->state() == S::Probing || w->state() == S::Returning);
}

} // namespace

CameraCalibrationWizard::CameraCalibrationWizard(MachineIo &machine, NozzleProbe &probe, PrepareIo &io,
                                                 CameraCalibrationOptions options, QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
    , m_io(io)
    , m_options(std::move(options))
    , m_links(machine, probe)
{
    connect(&m_machine, &MachineIo::operationFinished, this, [this](bool ok, const QString &error) {
        if (!m_returnInFlight)
            return;
        m_returnInFlight = false;
        if (isFinishedForGood())
            return;
        if (!ok) {
            fail(tr("Could not return to the start position: %1").arg(error));
            return;
        }
        nextReturnLeg();
    });
    connect(&m_links, &LinkWatch::lost, this, [this](bool printer, const QString &reason) {
        if (printer && m_state == State::Returning) {
            // Nothing more is sent without the operator.
            m_returnInFlight = false;
            m_returnLegs.clear();
            m_failure = tr("Stopped on the way back to the start position: %1").arg(reason);
            setState(State::Cancelled);
        }
        emit changed();
    });
    connect(&m_links, &LinkWatch::restored, this, &CameraCalibrationWizard::changed);
    connect(&m_links, &LinkWatch::shutdown, this, [this](const QString &reason) {
        if (m_state != State::Idle && !isFinishedForGood())
            fail(reason);
    });
}

CameraCalibrationWizard::~CameraCalibrationWizard() = default;

QString CameraCalibrationWizard::stateText() const
{
    switch (m_state) {
    case State::Idle: return tr("Press Start to home (if needed) and move to the camera.");
    case State::Returning: return tr("Returning to the start position");
    case State::Saved: return tr("Saved to %1").arg(m_options.calibrationPath);
    case State::Cancelled:
        return m_failure.isEmpty() ? tr("Cancelled; nothing was saved.")
                                   : tr("Cancelled; nothing was saved. %1").arg(m_failure);
    case State::Failed: return tr("Failed: %1").arg(m_failure);
    default: break;
    }
    switch (m_step) {
    case Step::Prepare:
        if (m_prepare && m_prepare->state() == CameraPrepareWorkflow::State::Ready)
            return tr("At the camera position. Check the sharpness and the nozzle below, then press Next.");
        return m_prepare ? m_prepare->stateText() : QString();
    case Step::PixelScale:
        if (m_moves && (stepRunning() || stepPaused() || !m_scale.isValid())) {
            switch (m_moves->state()) {
            case CameraCalibrationWorkflow::State::Moving: return tr("Pixel scale: moving (%1 moves)").arg(m_moves->movesIssued());
            case CameraCalibrationWorkflow::State::Probing: return tr("Pixel scale: detecting the nozzle");
            case CameraCalibrationWorkflow::State::Returning: return tr("Pixel scale: returning to the camera position");
            case CameraCalibrationWorkflow::State::Paused: return tr("Paused: the printer or camera was lost");
            case CameraCalibrationWorkflow::State::Failed: return tr("Calibration by moves failed: %1").arg(m_moves->failureReason());
            case CameraCalibrationWorkflow::State::Cancelled: return tr("Cancelled");
            default: break;
            }
        }
        if (m_scale.isValid())
            return tr("Pixel scale %1 × %2 µm/px (%3). Next: reference points.")
                .arg(m_scale.micronsPerPixelX, 0, 'f', 3)
                .arg(m_scale.micronsPerPixelY, 0, 'f', 3)
                .arg(m_scale.method == QLatin1String("line") ? tr("drawn line") : tr("by moves"));
        return tr("Draw a line over a reference of known length and enter its length, or calibrate by moves.");
    case Step::ReferencePoints:
        if (m_reference && m_reference->state() == PointSurveyWorkflow::State::Done && m_reference->fit().ok)
            return tr("Map fitted (%1): RMS %2 µm, max %3 µm over %4 points. Next: accuracy check.")
                .arg(PixelMap::modelName(m_reference->settings().fit.model))
                .arg(m_reference->fit().rmsUm, 0, 'f', 2)
                .arg(m_reference->fit().maxUm, 0, 'f', 2)
                .arg(m_reference->fit().inliers);
        return m_reference ? m_reference->stateText() : QString();
    case Step::AccuracyCheck:
        if (m_accuracy && m_accuracy->state() == PointSurveyWorkflow::State::Done)
            return tr("Accuracy: RMS %1 µm, max %2 µm over %3 points. Save or discard.")
                .arg(m_accuracy->rmsUm(), 0, 'f', 2)
                .arg(m_accuracy->maxUm(), 0, 'f', 2)
                .arg(m_accuracy->checkedPoints());
        return m_accuracy ? m_accuracy->stateText() : QString();
    }
    return {};
}

bool CameraCalibrationWizard::stepComplete() const
{
    switch (m_step) {
    case Step::Prepare: return m_prepare && m_prepare->state() == CameraPrepareWorkflow::State::Ready;
    case Step::PixelScale: return m_scale.isValid() && !stepRunning();
    case Step::ReferencePoints:
        return m_reference && m_reference->state() == PointSurveyWorkflow::State::Done && m_reference->fit().ok;
    case Step::AccuracyCheck: return m_accuracy && m_accuracy->state() == PointSurveyWorkflow::State::Done;
    }
    return false;
}

bool CameraCalibrationWizard::canGoNext() const
{
    return m_state == State::AwaitingOperator && m_step != Step::AccuracyCheck && stepComplete();
}

bool CameraCalibrationWizard::canResume() const
{
    if (m_state != State::Paused)
        return false;
    switch (m_step) {
    case Step::Prepare: return m_prepare && m_prepare->canResume();
    case Step::PixelScale: return m_moves && m_moves->canResume();
    case Step::ReferencePoints: return m_reference && m_reference->canResume();
    case Step::AccuracyCheck: return m_accuracy && m_accuracy->canResume();
    }
    return false;
}

bool CameraCalibrationWizard::canSave() const
{
    return m_state == State::AwaitingOperator && m_step == Step::AccuracyCheck && stepComplete();
}

bool CameraCalibrationWizard::awaitingHomingConfirmation() const
{
    return m_step == Step::Prepare && m_prepare
        && m_prepare->state() == CameraPrepareWorkflow::State::AwaitingHomeConfirmation;
}

bool CameraCalibrationWizard::awaitingClick() const
{
    const PointSurveyWorkflow *w = m_step == Step::ReferencePoints ? static_cast<PointSurveyWorkflow *>(m_reference.get())
        : m_step == Step::AccuracyCheck                            ? m_accuracy.get()
                                                                   : nullptr;
    return w && w->state() == PointSurveyWorkflow::State::AwaitingClick;
}

Offset3 CameraCalibrationWizard::startPosition() const
{
    return m_prepare ? m_prepare->startPosition() : Offset3{};
}

int CameraCalibrationWizard::totalMoves() const
{
    return (m_prepare ? m_prepare->movesIssued() : 0) + (m_moves ? m_moves->movesIssued() : 0)
        + (m_reference ? m_reference->movesIssued() : 0) + (m_accuracy ? m_accuracy->movesIssued() : 0)
        + m_returnMoves;
}

void CameraCalibrationWizard::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcWorkflow) << "camera calibration wizard:" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
    emit changed();
}

void CameraCalibrationWizard::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    m_stepError.clear();
    emit stepChanged(step);
    emit changed();
}

void CameraCalibrationWizard::fail(const QString &reason)
{
    qCWarning(lcWorkflow) << "camera calibration wizard failed:" << reason;
    m_failure = reason;
    m_returnLegs.clear();
    m_returnInFlight = false;
    setState(State::Failed);
}

bool CameraCalibrationWizard::stepRunning() const
{
    switch (m_step) {
    case Step::Prepare: {
        if (!m_prepare)
            return false;
        using S = CameraPrepareWorkflow::State;
        const S s = m_prepare->state();
        return s == S::Homing || s == S::Moving || s == S::CheckingSharpness || s == S::DetectingNozzle
            || s == S::Returning;
    }
    case Step::PixelScale: {
        if (!m_moves)
            return false;
        using S = CameraCalibrationWorkflow::State;
        const S s = m_moves->state();
        return s == S::Moving || s == S::Probing || s == S::Returning;
    }
    case Step::ReferencePoints: return surveyBusy(m_reference.get());
    case Step::AccuracyCheck: return surveyBusy(m_accuracy.get());
    }
    return false;
}

bool CameraCalibrationWizard::stepPaused() const
{
    switch (m_step) {
    case Step::Prepare: return m_prepare && m_prepare->state() == CameraPrepareWorkflow::State::Paused;
    case Step::PixelScale: return m_moves && m_moves->state() == CameraCalibrationWorkflow::State::Paused;
    case Step::ReferencePoints: return m_reference && m_reference->state() == PointSurveyWorkflow::State::Paused;
    case Step::AccuracyCheck: return m_accuracy && m_accuracy->state() == PointSurveyWorkflow::State::Paused;
    }
    return false;
}

void CameraCalibrationWizard::onStepState()
{
    if (isFinishedForGood() || m_state == State::Returning)
        return;
    if (m_cancelling) {
        if (!stepRunning() && !stepPaused())
            returnToStart();
        return;
    }
    if (stepRunning()) {
        setState(State::Working);
    } else if (stepPaused()) {
        setState(State::Paused);
    } else {
        m_stepError.clear();
        if (m_step == Step::Prepare && m_prepare) {
            if (m_prepare->state() == CameraPrepareWorkflow::State::Failed)
                m_stepError = m_prepare->failureReason();
            if (m_prepare->state() == CameraPrepareWorkflow::State::Cancelled) {
                // Homing declined: nothing moved.
                m_failure = m_prepare->failureReason();
                setState(State::Cancelled);
                return;
            }
        } else if (m_step == Step::PixelScale && m_moves && m_moves->state() == CameraCalibrationWorkflow::State::Failed) {
            m_stepError = m_moves->failureReason();
        } else if (m_step == Step::ReferencePoints && m_reference
                   && m_reference->state() == PointSurveyWorkflow::State::Failed) {
            m_stepError = m_reference->failureReason();
        } else if (m_step == Step::AccuracyCheck && m_accuracy
                   && m_accuracy->state() == PointSurveyWorkflow::State::Failed) {
            m_stepError = m_accuracy->failureReason();
        }
        setState(State::AwaitingOperator);
    }
    emit changed();
}

void CameraCalibrationWizard::start()
{
    if (m_state != State::Idle && !isFinishedForGood())
        return;
    m_failure.clear();
    m_stepError.clear();
    m_cancelling = false;
    m_returnLegs.clear();
    m_returnMoves = 0;
    m_scale = {};
    m_guide.reset();
    m_moves.reset();
    m_reference.reset();
    m_accuracy.reset();
    m_step = Step::Prepare;
    emit stepChanged(m_step);
    startPrepare();
}

void CameraCalibrationWizard::startPrepare()
{
    m_prepare = std::make_unique<CameraPrepareWorkflow>(m_machine, m_probe, m_io, m_options.prepare);
    connect(m_prepare.get(), &CameraPrepareWorkflow::stateChanged, this, &CameraCalibrationWizard::onStepState);
    connect(m_prepare.get(), &CameraPrepareWorkflow::homingConfirmationNeeded, this,
            &CameraCalibrationWizard::homingConfirmationNeeded);
    setState(State::Working);
    m_prepare->start();
    onStepState();
}

void CameraCalibrationWizard::confirmHoming(bool home)
{
    if (awaitingHomingConfirmation())
        m_prepare->confirmHoming(home);
}

bool CameraCalibrationWizard::applyScaleLine(ScaleFromLine::Axis axis, const QLineF &imageLine, double lengthMm,
                                             QString *error)
{
    if (m_step != Step::PixelScale || m_state != State::AwaitingOperator) {
        if (error)
            *error = tr("The pixel scale can be set in the pixel scale step only.");
        return false;
    }
    const std::optional<PixelScale> scale = ScaleFromLine::apply(m_scale, axis, imageLine, lengthMm, error);
    if (!scale)
        return false;
    m_scale = *scale;
    m_guide.reset();
    emit changed();
    return true;
}

void CameraCalibrationWizard::runScaleByMoves()
{
    if (m_step != Step::PixelScale || m_state != State::AwaitingOperator)
        return;
    MoveCalibrationPlanner::Config config = m_options.moves;
    config.imageSize = QSizeF(m_options.imageSize);
    m_moves = std::make_unique<CameraCalibrationWorkflow>(m_machine, m_probe, config);
    connect(m_moves.get(), &CameraCalibrationWorkflow::stateChanged, this, &CameraCalibrationWizard::onStepState);
    connect(m_moves.get(), &CameraCalibrationWorkflow::pointMeasured, this,
            [this](int index) { emit pointMeasured(Step::PixelScale, index); });
    connect(m_moves.get(), &CameraCalibrationWorkflow::finished, this, [this](const MapFit &fit) {
        const QPointF centre((m_options.imageSize.width() - 1) / 2.0, (m_options.imageSize.height() - 1) / 2.0);
        m_scale.micronsPerPixelX = std::abs(fit.map.micronsPerPixelX(centre));
        m_scale.micronsPerPixelY = std::abs(fit.map.micronsPerPixelY(centre));
        m_scale.method = QStringLiteral("moves");
        m_guide = fit.map;
        emit changed();
    });
    setState(State::Working);
    m_moves->start();
    onStepState();
}

void CameraCalibrationWizard::next()
{
    if (!canGoNext())
        return;
    switch (m_step) {
    case Step::Prepare:
        setStep(Step::PixelScale);
        setState(State::AwaitingOperator);
        emit changed();
        break;
    case Step::PixelScale:
        setStep(Step::ReferencePoints);
        startReference();
        break;
    case Step::ReferencePoints:
        setStep(Step::AccuracyCheck);
        startAccuracy();
        break;
    case Step::AccuracyCheck:
        break;
    }
}

void CameraCalibrationWizard::startReference()
{
    ReferencePointsSettings settings = m_options.reference;
    settings.imageSize = QSizeF(m_options.imageSize);
    settings.scale = m_scale;
    settings.guide = m_guide;
    // Never reject a point closer than 0.1 px (the detector's p95 error is 0.13 px, docs/vision.md):
    // with nine points, sigma clipping on sub-micron residuals would drop good points.
    settings.fit.floorUm = std::max(settings.fit.floorUm, 0.1 * m_scale.coarsest());
    if (m_prepare && m_prepare->nozzle().found)
        settings.startPixel = m_prepare->nozzle().pixel;
    m_reference = std::make_unique<ReferencePointsWorkflow>(m_machine, m_probe, settings);
    const Offset3 camera = m_prepare ? m_prepare->cameraPosition() : m_machine.gcodePosition();
    m_reference->setStartPosition(QPointF(camera.x, camera.y));
    connect(m_reference.get(), &PointSurveyWorkflow::stateChanged, this, &CameraCalibrationWizard::onStepState);
    connect(m_reference.get(), &PointSurveyWorkflow::pointMeasured, this,
            [this](int index) { emit pointMeasured(Step::ReferencePoints, index); });
    setState(State::Working);
    m_reference->start();
    onStepState();
}

void CameraCalibrationWizard::startAccuracy()
{
    AccuracyCheckSettings settings = m_options.accuracy;
    settings.imageSize = QSizeF(m_options.imageSize);
    settings.map = m_reference->fit().map;
    m_accuracy = std::make_unique<AccuracyCheckWorkflow>(m_machine, m_probe, settings);
    const Offset3 camera = m_prepare ? m_prepare->cameraPosition() : m_machine.gcodePosition();
    m_accuracy->setStartPosition(QPointF(camera.x, camera.y));
    connect(m_accuracy.get(), &PointSurveyWorkflow::stateChanged, this, &CameraCalibrationWizard::onStepState);
    connect(m_accuracy.get(), &PointSurveyWorkflow::pointMeasured, this,
            [this](int index) { emit pointMeasured(Step::AccuracyCheck, index); });
    setState(State::Working);
    m_accuracy->start();
    onStepState();
}

void CameraCalibrationWizard::retry()
{
    if (m_state != State::AwaitingOperator)
        return;
    switch (m_step) {
    case Step::Prepare:
        setState(State::Working);
        m_prepare->start();
        onStepState();
        break;
    case Step::PixelScale:
        if (m_moves)
            runScaleByMoves();
        break;
    case Step::ReferencePoints:
        startReference();
        break;
    case Step::AccuracyCheck:
        startAccuracy();
        break;
    }
}

void CameraCalibrationWizard::provideClick(const QPointF &pixel)
{
    if (m_step == Step::ReferencePoints && m_reference)
        m_reference->provideClick(pixel);
    else if (m_step == Step::AccuracyCheck && m_accuracy)
        m_accuracy->provideClick(pixel);
}

void CameraCalibrationWizard::skipPoint()
{
    if (m_step == Step::ReferencePoints && m_reference)
        m_reference->skipPoint();
    else if (m_step == Step::AccuracyCheck && m_accuracy)
        m_accuracy->skipPoint();
}

void CameraCalibrationWizard::resume()
{
    if (!canResume())
        return;
    switch (m_step) {
    case Step::Prepare: m_prepare->resume(); break;
    case Step::PixelScale: m_moves->resume(); break;
    case Step::ReferencePoints: m_reference->resume(); break;
    case Step::AccuracyCheck: m_accuracy->resume(); break;
    }
    onStepState();
}

void CameraCalibrationWizard::cancel()
{
    if (m_state == State::Idle || isFinishedForGood() || m_state == State::Returning || m_cancelling)
        return;
    m_cancelling = true;
    emit changed();
    if (stepRunning() || stepPaused() || awaitingHomingConfirmation() || awaitingClick()) {
        switch (m_step) {
        case Step::Prepare: m_prepare->cancel(); break;
        case Step::PixelScale: m_moves->cancel(); break;
        case Step::ReferencePoints: m_reference->cancel(); break;
        case Step::AccuracyCheck: m_accuracy->cancel(); break;
        }
        // A step that stopped at once (nothing in flight) continues here; one that is moving
        // continues in onStepState() when it has stopped.
        if (m_state != State::Returning && !isFinishedForGood() && !stepRunning() && !stepPaused())
            returnToStart();
        return;
    }
    returnToStart();
}

void CameraCalibrationWizard::returnToStart()
{
    if (m_state == State::Returning || isFinishedForGood())
        return;
    if (!m_prepare || !m_prepare->hasStartPosition() || m_links.printerLost() || !m_machine.isReady()) {
        setState(State::Cancelled);
        return;
    }
    m_returnLegs = legsTo(m_machine.gcodePosition(), m_prepare->startPosition());
    setState(State::Returning);
    nextReturnLeg();
}

void CameraCalibrationWizard::nextReturnLeg()
{
    if (m_returnLegs.isEmpty()) {
        setState(State::Cancelled);
        return;
    }
    const Offset3 leg = m_returnLegs.takeFirst();
    ++m_returnMoves;
    m_returnInFlight = true;
    m_machine.moveTo(leg.x, leg.y, leg.z);
}

bool CameraCalibrationWizard::save(QString *error)
{
    if (!canSave()) {
        if (error)
            *error = tr("Finish the accuracy check before saving.");
        return false;
    }
    CalibrationStore store(m_options.calibrationPath);
    if (!store.load()) {
        if (error)
            *error = store.error();
        return false;
    }
    const Offset3 camera = m_prepare ? m_prepare->cameraPosition() : m_machine.gcodePosition();
    store.setCalibration(m_reference->fit(), m_reference->pairs(), camera.z, m_options.cameraName, m_options.imageSize,
                         QStringLiteral("reference-points"));
    store.setEnabled(true);
    if (!store.save()) {
        if (error)
            *error = store.error();
        return false;
    }
    setState(State::Saved);
    return true;
}

} // namespace reticle
