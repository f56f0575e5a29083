#include "PrinterUi.h"

#include "ConnectionIndicator.h"
#include "MainWindow.h"
#include "printer/ConnectionDialog.h"
#include "printer/ConsoleWidget.h"
#include "printer/JogPanel.h"
#include "printer/ToolPanel.h"
#include "printer/MoonrakerClient.h"
#include "printer/MotionGuard.h"
#include "printer/PrinterProfile.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace reticle {

namespace {

void replaceDockContent(MainWindow &window, const char *dockName, QWidget *content)
{
    auto *dock = window.findChild<QDockWidget *>(QLatin1String(dockName));
    if (!dock)
        return;
    QWidget *old = dock->widget();
    dock->setWidget(content);
    delete old;
}

} // namespace

PrinterUi::PrinterUi(Settings &settings, MainWindow &window)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_client(new MoonrakerClient(this))
    , m_guard(new MotionGuard(*m_client, MotionLimits::fromSettings(settings), this))
    , m_connectAction(new QAction(tr("&Connect to printer…"), this))
    , m_disconnectAction(new QAction(tr("&Disconnect from printer"), this))
{
    setObjectName(QStringLiteral("printerUi"));
    auto *jog = new JogPanel(*m_client, *m_guard, settings.value(keys::jogStepMm));
    connect(jog, &JogPanel::stepChanged, this, [this](double step) { m_settings.setValue(keys::jogStepMm, step); });
    replaceDockContent(window, "jogDock", jog);
    replaceDockContent(window, "toolsDock", new ToolPanel(*m_client, *m_guard));
    replaceDockContent(window, "consoleDock", new ConsoleWidget(*m_client));

    m_connectAction->setObjectName(QStringLiteral("connectPrinterAction"));
    m_disconnectAction->setObjectName(QStringLiteral("disconnectPrinterAction"));
    m_disconnectAction->setEnabled(false);
    connect(m_connectAction, &QAction::triggered, this, &PrinterUi::showConnectionDialog);
    connect(m_disconnectAction, &QAction::triggered, m_client, &MoonrakerClient::close);
    if (auto *machine = window.findChild<QMenu *>(QStringLiteral("machineMenu"))) {
        QAction *first = machine->actions().value(0);
        machine->insertAction(first, m_connectAction);
        machine->insertAction(first, m_disconnectAction);
        machine->insertSeparator(first);
    }

    // One click, always enabled while connected (also in shutdown: harmless, and never hidden).
    connect(window.emergencyStopAction(), &QAction::triggered, this, [this] {
        m_client->emergencyStop()->then(this, [this](PrinterReply *r) {
            m_window.statusBar()->showMessage(r->isError() ? tr("Emergency stop failed: %1").arg(r->error()->toString())
                                                           : tr("Emergency stop sent."),
                                              8000);
        });
    });
    connect(m_client, &PrinterLink::connectionStateChanged, this, &PrinterUi::updateIndicator);
    connect(m_client, &PrinterLink::stateChanged, this, &PrinterUi::updateIndicator);
    connect(m_client, &PrinterLink::connectionError, this, &PrinterUi::onConnectionError);
    updateIndicator();
}

PrinterUi::~PrinterUi() = default;

void PrinterUi::showConnectionDialog()
{
    ConnectionDialog dialog(m_settings, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.profile());
}

void PrinterUi::connectTo(const PrinterProfile &profile)
{
    m_client->setUseOneshotToken(profile.useOneshotToken);
    connectTo(MoonrakerClient::websocketUrl(profile.address), profile.apiKey);
}

void PrinterUi::connectTo(const QUrl &websocketUrl, const QString &apiKey)
{
    m_client->close();
    m_lastError.clear();
    m_guard->setLimits(MotionLimits::fromSettings(m_settings));
    m_client->setServer(websocketUrl);
    m_client->setApiKey(apiKey);
    m_client->open();
}

void PrinterUi::onConnectionError(const PrinterError &error)
{
    m_lastError = error.toString();
    m_window.statusBar()->showMessage(tr("Printer: %1").arg(m_lastError), 10000);
    updateIndicator();
}

void PrinterUi::updateIndicator()
{
    using Level = ConnectionIndicator::Level;
    ConnectionIndicator *indicator = m_window.printerIndicator();
    const PrinterState &state = m_client->state();
    const QString where = m_client->server().toString();
    switch (m_client->connectionState()) {
    case PrinterLink::ConnectionState::Disconnected:
        if (!m_lastError.isEmpty())
            indicator->setState(Level::Error, m_lastError, where);
        else
            indicator->setState(Level::Off, tr("not connected"));
        break;
    case PrinterLink::ConnectionState::Connecting:
        indicator->setState(Level::Working, tr("connecting…"), where);
        break;
    case PrinterLink::ConnectionState::Reconnecting:
        indicator->setState(Level::Warning, tr("reconnecting…"), m_lastError.isEmpty() ? where : m_lastError);
        break;
    case PrinterLink::ConnectionState::Connected: {
        const auto klippy = state.klippyState();
        const Level level = (klippy == PrinterState::KlippyState::Shutdown || klippy == PrinterState::KlippyState::Error)
                                ? Level::Error
                                : Level::Warning;
        indicator->setState(level, PrinterState::klippyStateText(klippy),
                            state.klippyMessage().isEmpty() ? where : state.klippyMessage());
        break;
    }
    case PrinterLink::ConnectionState::Ready:
        indicator->setState(Level::Good, state.isPrinting() ? tr("printing") : tr("ready"), where);
        break;
    }
    // Klipper going down is worth a message of its own, with the reason Klipper gives.
    const auto klippy = state.klippyState();
    if (int(klippy) != m_lastKlippyState || state.klippyMessage() != m_lastKlippyMessage) {
        m_lastKlippyState = int(klippy);
        m_lastKlippyMessage = state.klippyMessage();
        if (klippy == PrinterState::KlippyState::Shutdown || klippy == PrinterState::KlippyState::Error)
            m_window.statusBar()->showMessage(
                tr("Klipper: %1").arg(state.klippyMessage().isEmpty() ? PrinterState::klippyStateText(klippy)
                                                                      : state.klippyMessage().section(QLatin1Char('\n'), 0, 0)),
                15000);
    }
    const bool connected = m_client->isConnected();
    m_window.emergencyStopAction()->setEnabled(connected);
    m_disconnectAction->setEnabled(m_client->connectionState() != PrinterLink::ConnectionState::Disconnected);
}

} // namespace reticle
