#pragma once

#include "PrinterLink.h"
#include "base/ReconnectPolicy.h"

#include <QHash>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;
class QWebSocket;

namespace reticle {

// PrinterLink over Moonraker's websocket JSON-RPC API (moonraker-api.md):
// - ws:// or wss://; the API key goes in an X-Api-Key header on the upgrade request, or, with
//   setUseOneshotToken(), is traded for a oneshot token (GET /access/oneshot_token) passed as
//   ?token=; no Origin header;
// - identifies as a "desktop" client, then runs the startup sequence of §3.5: server.info
//   (polled every 2 s until Klippy is connected), printer.info (polled every 2 s until ready),
//   printer.objects.list, printer.objects.subscribe; subscribes again after every
//   notify_klippy_ready and drops the cached state on notify_klippy_disconnected;
// - reconnects after a dropped socket with ReconnectPolicy (1 s -> 8 s); requests in flight then
//   fail with kConnectionLost and are never re-sent;
// - an authorization failure (-32602) stops the connection: retrying cannot help.
// Frames that are not JSON, have wrong types or name unknown notifications are logged and ignored.
class MoonrakerClient : public PrinterLink
{
    Q_OBJECT
public:
    explicit MoonrakerClient(QObject *parent = nullptr);
    ~MoonrakerClient() override;

    // "printer.local", "printer.local:7125", "http://host:7125", "ws://host/websocket" ->
    // the websocket URL. A bare host gets Moonraker's port 7125; http(s) become ws(s); an empty
    // path becomes /websocket. Returns an invalid QUrl when the text is not a usable address.
    static QUrl websocketUrl(const QString &address);
    // ws://host:7125/websocket -> http://host:7125/access/oneshot_token
    static QUrl oneshotTokenUrl(const QUrl &websocketUrl);

    void setServer(const QUrl &websocketUrl) { m_url = websocketUrl; }
    QUrl server() const { return m_url; }
    QString host() const { return m_url.host(); }
    void setApiKey(const QString &apiKey) { m_apiKey = apiKey; }
    void setUseOneshotToken(bool use) { m_useOneshotToken = use; }
    void setAutoReconnect(bool reconnect) { m_autoReconnect = reconnect; }
    void setKlippyPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    void setClientName(const QString &name) { m_clientName = name; }

    void open();
    void close();

    ConnectionState connectionState() const override { return m_connectionState; }
    const PrinterState &state() const override { return m_state; }
    PrinterReply *call(const QString &method, const QJsonObject &params = {},
                       int timeoutMs = kDefaultTimeout) override;

    // The last connection-level error (auth failure, lost socket), or none.
    std::optional<PrinterError> lastError() const { return m_lastError; }
    qint64 connectionId() const { return m_connectionId; }
    int subscriptionCount() const { return m_subscriptionCount; }
    QStringList subscribedObjects() const { return m_subscribedObjects; }

private:
    struct Pending
    {
        QPointer<PrinterReply> reply;
        QTimer *timer = nullptr;
    };

    void setConnectionState(ConnectionState state);
    void fetchOneshotToken();
    void openSocket(const QString &token);
    void onSocketConnected();
    void onSocketDisconnected();
    void onTextMessage(const QString &text);
    void handleFrame(const QJsonObject &frame);
    void handleReply(const QJsonObject &frame);
    void handleNotification(const QString &method, const QJsonValue &params);
    void failAllPending(const PrinterError &error);
    void scheduleReconnect();
    void fatal(const PrinterError &error);

    // Startup sequence (§3.5); `generation` discards answers that arrive after the sequence
    // restarted (Klippy disconnected again, socket reopened).
    void identify();
    void requestServerInfo();
    void requestPrinterInfo();
    enum class PollStep { ServerInfo, PrinterInfo };
    void schedulePoll(PollStep step);
    void subscribeObjects();
    void restartStartup();

    QWebSocket *m_socket;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_reconnectTimer;
    QTimer *m_pollTimer;
    QUrl m_url;
    QString m_apiKey;
    QString m_clientName = QStringLiteral("Reticle");
    bool m_useOneshotToken = false;
    bool m_autoReconnect = true;
    bool m_userClosed = true;
    bool m_subscribing = false;
    int m_pollIntervalMs = 2000;
    int m_generation = 0;
    int m_subscriptionCount = 0;
    qint64 m_nextId = 1;
    qint64 m_connectionId = -1;
    ReconnectPolicy m_policy;
    ConnectionState m_connectionState = ConnectionState::Disconnected;
    PrinterState m_state;
    QHash<qint64, Pending> m_pending;
    std::optional<PrinterError> m_lastError;
    QStringList m_subscribedObjects;
    PollStep m_pollStep = PollStep::ServerInfo;
};

} // namespace reticle
