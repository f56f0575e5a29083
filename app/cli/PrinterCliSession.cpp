#include "PrinterCliSession.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

namespace reticle {

PrinterCliSession::PrinterCliSession()
    : m_printer(QStringLiteral("printer"), tr("Moonraker address, e.g. voron.local or http://10.0.0.5:7125."),
                tr("URL"))
    , m_apiKey(QStringLiteral("api-key"), tr("Moonraker API key (sent as X-Api-Key)."), tr("KEY"))
    , m_oneshot(QStringLiteral("oneshot-token"), tr("Trade the API key for a oneshot token first."))
    , m_timeout(QStringLiteral("timeout"), tr("Seconds to wait for the printer (default 15)."), tr("SECONDS"),
                QStringLiteral("15"))
    , m_verbose(QStringLiteral("verbose"), tr("Log the Moonraker traffic on stderr."))
{
    m_client.setAutoReconnect(false);
    m_client.setClientName(QStringLiteral("Reticle CLI"));
}

void PrinterCliSession::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_printer);
    parser.addOption(m_apiKey);
    parser.addOption(m_oneshot);
    parser.addOption(m_timeout);
    parser.addOption(m_verbose);
}

QString PrinterCliSession::configure(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_printer))
        return tr("--printer is required");
    const QUrl url = MoonrakerClient::websocketUrl(parser.value(m_printer));
    if (!url.isValid())
        return tr("'%1' is not a printer address").arg(parser.value(m_printer));
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds <= 0.0 || seconds > 3600.0)
        return tr("--timeout needs a number of seconds between 0 and 3600");
    m_timeoutMs = int(seconds * 1000.0);
    // The protocol log is for --verbose (QT_LOGGING_RULES still overrides this).
    if (!parser.isSet(m_verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("reticle.printer.debug=false\nreticle.printer.info=false"));
    m_client.setServer(url);
    m_client.setApiKey(parser.value(m_apiKey));
    m_client.setUseOneshotToken(parser.isSet(m_oneshot));
    return {};
}

bool PrinterCliSession::connect(Need need, QString *error)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    std::optional<PrinterError> failure;
    auto met = [this, need] {
        switch (need) {
        case Need::Socket: return m_client.isConnected();
        case Need::Ready: return m_client.isReady();
        case Need::KlippyState:
            return m_client.isReady()
                   || (m_client.isConnected() && m_client.state().klippyState() != PrinterState::KlippyState::Unknown
                       && m_client.state().klippyState() != PrinterState::KlippyState::Disconnected);
        }
        return false;
    };
    auto check = [&] {
        if (met() || failure)
            loop.quit();
    };
    QObject::connect(&m_client, &PrinterLink::connectionStateChanged, &loop, check);
    QObject::connect(&m_client, &PrinterLink::stateChanged, &loop, check);
    QObject::connect(&m_client, &PrinterLink::connectionError, &loop, [&](const PrinterError &e) {
        failure = e;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    m_client.open();
    if (!met())
        loop.exec();
    if (met())
        return true;
    if (failure)
        *error = failure->toString();
    else if (m_client.isConnected() && need != Need::Socket)
        *error = tr("Klipper is not ready (%1): %2")
                     .arg(PrinterState::klippyStateText(m_client.state().klippyState()),
                          m_client.state().klippyMessage());
    else
        *error = tr("No connection to %1 within %2 s.").arg(m_client.server().toString()).arg(m_timeoutMs / 1000.0);
    return false;
}

void PrinterCliSession::wait(PrinterReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &PrinterReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace reticle
