#include "CameraUi.h"

#include "ConnectionIndicator.h"
#include "camera/CameraPickerDialog.h"
#include "camera/CameraThread.h"
#include "camera/CameraView.h"
#include "camera/FrameMailbox.h"
#include "camera/FrameSource.h"
#include "camera/FrameSourceFactory.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>

namespace reticle {

CameraUi::CameraUi(Settings &settings, ConnectionIndicator *indicator, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_indicator(indicator)
    , m_view(new CameraView)
    , m_mailbox(new FrameMailbox(this))
    , m_countdown(this)
{
    connect(m_mailbox, &FrameMailbox::frameReady, m_view, &CameraView::setFrame);
    connect(m_view, &CameraView::reticleChanged, this, [this](ReticleOverlay::Kind kind) {
        m_active.reticle = ReticleOverlay::kindId(kind);
        storeActiveProfile();
    });
    connect(m_view, &CameraView::snapshotRequested, this, &CameraUi::saveSnapshot);
    m_countdown.setInterval(500);
    connect(&m_countdown, &QTimer::timeout, this, &CameraUi::updateViewState);
}

CameraUi::~CameraUi()
{
    m_mailbox->detach();
    m_thread.reset();
    CameraThread::waitForRetired(); // cameras closed earlier that are still shutting down
}

FrameSource *CameraUi::source() const
{
    return m_thread ? m_thread->source() : nullptr;
}

void CameraUi::install(QMainWindow *window)
{
    // setCentralWidget() deletes the placeholder it replaces.
    window->setCentralWidget(m_view);

    m_menu = new QMenu(tr("&Camera"), window);
    m_menu->setObjectName(QStringLiteral("cameraMenu"));
    QAction *choose = m_menu->addAction(tr("&Choose camera…"), this, &CameraUi::chooseCamera);
    choose->setObjectName(QStringLiteral("chooseCameraAction"));
    QAction *snapshot = m_menu->addAction(tr("&Save snapshot…"), this, &CameraUi::saveSnapshot);
    snapshot->setObjectName(QStringLiteral("saveSnapshotAction"));
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *close = m_menu->addAction(tr("&Disconnect camera"), this, &CameraUi::closeCamera);
    close->setObjectName(QStringLiteral("closeCameraAction"));
    m_menu->addSeparator();
    QAction *fit = m_menu->addAction(tr("&Fit picture to window"), m_view, &CameraView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *scaleTool = m_menu->addAction(tr("Scale &line tool"));
    scaleTool->setCheckable(true);
    connect(scaleTool, &QAction::toggled, m_view, [this](bool on) {
        m_view->setTool(on ? CameraView::Tool::ScaleLine : CameraView::Tool::Point);
    });

    QAction *before = nullptr;
    if (auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")))
        before = help->menuAction();
    if (before)
        window->menuBar()->insertMenu(before, m_menu);
    else
        window->menuBar()->addMenu(m_menu);

    updateIndicator();
    updateViewState();
    const QString activeName = m_settings.value(keys::cameraActive);
    if (!activeName.isEmpty()) {
        for (const CameraProfile &profile : CameraProfile::listFromJson(m_settings.value(keys::cameraProfiles))) {
            if (profile.name == activeName) {
                openProfile(profile);
                break;
            }
        }
    }
}

void CameraUi::setPrinterWebcams(const QList<MoonrakerWebcam> &webcams, const QString &printerHost)
{
    m_webcams = webcams;
    m_printerHost = printerHost;
}

void CameraUi::openProfile(const CameraProfile &profile)
{
    closeCamera();
    m_active = profile;
    m_view->setReticle(ReticleOverlay::kindFromId(profile.reticle));
    m_view->setMicronsPerPixel(profile.micronsPerPixel);
    m_thread = std::make_unique<CameraThread>(FrameSourceFactory::create(profile));
    FrameSource *source = m_thread->source();
    connect(source, &FrameSource::stateChanged, this, &CameraUi::onState);
    connect(source, &FrameSource::healthUpdated, this, &CameraUi::onHealth);
    connect(source, &FrameSource::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        updateIndicator();
    });
    connect(source->stateMachine(), &StreamStateMachine::reconnectScheduled, this, [this](int delayMs, int) {
        m_retryDelayMs = delayMs;
        m_retryClock.start();
        updateViewState();
    });
    m_mailbox->attach(source);
    m_thread->start();
    emit cameraChanged(source);
}

void CameraUi::closeCamera()
{
    if (!m_thread)
        return;
    m_mailbox->detach();
    emit cameraChanged(nullptr);
    // The old source stops on its own thread while this one goes on: a live RTSP player takes up
    // to 2 s to tear down, which the window must not wait for. It no longer reports here.
    FrameSource *old = m_thread->source();
    disconnect(old, nullptr, this, nullptr);
    disconnect(old->stateMachine(), nullptr, this, nullptr);
    m_thread->retire();
    m_thread.reset();
    m_state = StreamStateMachine::State::Idle;
    m_health = StreamHealth();
    m_lastError.clear();
    m_retryDelayMs = -1;
    m_view->clearFrame();
    m_view->setHealth(m_health);
    updateViewState();
    updateIndicator();
}

void CameraUi::onState(StreamStateMachine::State state)
{
    m_state = state;
    if (state != StreamStateMachine::State::Reconnecting)
        m_retryDelayMs = -1;
    if (state == StreamStateMachine::State::Streaming)
        m_lastError.clear();
    else if (FrameSource *s = source())
        m_lastError = s->lastError();
    updateViewState();
    updateIndicator();
}

void CameraUi::onHealth(const StreamHealth &health)
{
    m_health = health;
    m_view->setHealth(health);
    updateIndicator();
}

void CameraUi::updateViewState()
{
    int retry = -1;
    if (m_state == StreamStateMachine::State::Reconnecting && m_retryDelayMs >= 0)
        retry = std::max<int>(0, m_retryDelayMs - int(m_retryClock.elapsed()));
    if (m_state == StreamStateMachine::State::Reconnecting)
        m_countdown.start();
    else
        m_countdown.stop();
    m_view->setStreamState(m_state, m_lastError, retry);
}

void CameraUi::updateIndicator()
{
    if (!m_indicator)
        return;
    using State = StreamStateMachine::State;
    using Level = ConnectionIndicator::Level;
    const QString name = m_active.name;
    switch (m_state) {
    case State::Idle:
        m_indicator->setState(Level::Off, tr("off"));
        break;
    case State::Connecting:
        m_indicator->setState(Level::Working, tr("connecting"), name);
        break;
    case State::Streaming: {
        const StreamHealth::Level level = m_health.level();
        m_indicator->setState(level == StreamHealth::Level::Good || level == StreamHealth::Level::Unknown
                                  ? Level::Good
                                  : (level == StreamHealth::Level::Degraded ? Level::Warning : Level::Error),
                              m_health.framesDelivered > 0 ? m_health.summary() : tr("streaming"),
                              tr("%1: %2×%3, health %4")
                                  .arg(name)
                                  .arg(m_health.width)
                                  .arg(m_health.height)
                                  .arg(StreamHealth::levelName(level)));
        break;
    }
    case State::Stalled:
        m_indicator->setState(Level::Warning, tr("stalled"), name);
        break;
    case State::Reconnecting:
        m_indicator->setState(Level::Warning, tr("reconnecting"), m_lastError);
        break;
    case State::Failed:
        m_indicator->setState(Level::Error, tr("failed"), m_lastError);
        break;
    }
}

void CameraUi::storeActiveProfile()
{
    if (m_active.name.isEmpty())
        return;
    QList<CameraProfile> profiles = CameraProfile::listFromJson(m_settings.value(keys::cameraProfiles));
    bool found = false;
    for (CameraProfile &profile : profiles) {
        if (profile.name == m_active.name) {
            profile = m_active;
            found = true;
        }
    }
    if (!found)
        profiles.append(m_active);
    m_settings.setValue(keys::cameraProfiles, CameraProfile::listToJson(profiles));
}

void CameraUi::chooseCamera()
{
    const QList<CameraProfile> saved = CameraProfile::listFromJson(m_settings.value(keys::cameraProfiles));
    CameraPickerDialog dialog(saved, m_webcams, m_printerHost, m_active.name, m_view->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CameraProfile chosen = dialog.selectedProfile();
    m_settings.setValue(keys::cameraProfiles, CameraProfile::listToJson(dialog.profiles()));
    if (!chosen.isValid()) {
        QMessageBox::warning(m_view->window(), tr("Choose camera"),
                             tr("The camera needs a complete URL, such as http://printer.local/webcam/?action=stream."));
        return;
    }
    m_settings.setValue(keys::cameraActive, chosen.name);
    m_settings.sync();
    openProfile(chosen);
}

void CameraUi::saveSnapshot()
{
    if (m_view->image().isNull()) {
        QMessageBox::information(m_view->window(), tr("Save snapshot"), tr("There is no camera picture to save yet."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QStringLiteral("%1/reticle-%2.png")
                                  .arg(dir, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(m_view->window(), tr("Save snapshot"), suggested,
                                                      tr("Images (*.png *.jpg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->saveSnapshot(path, &error))
        QMessageBox::warning(m_view->window(), tr("Save snapshot"), error);
}

} // namespace reticle
