#include "VirtualMoonraker.h"

#include "SimLogging.h"
#include "VirtualKlipper.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace reticle::sim {

namespace {

const int kSubscriptionIntervalMs = 250; // Klipper's SUBSCRIPTION_REFRESH_TIME

QJsonObject errorMessage(int code, const QString &message, const QJsonValue &id)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}},
                       {QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id}};
}

QString pythonRepr(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("'%1'").arg(escaped);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("<class 'bool'>");
    case QJsonValue::Double:
        return QStringLiteral("<class 'float'>");
    case QJsonValue::Object:
        return QStringLiteral("<class 'dict'>");
    case QJsonValue::Null:
        return QStringLiteral("<class 'NoneType'>");
    default:
        return QStringLiteral("<class 'str'>");
    }
}

// Random 32-character base32 token, as Moonraker's oneshot tokens.
QString makeToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString token;
    for (int i = 0; i < 32; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    return token;
}

bool isLoopbackPair(const QHostAddress &a, const QHostAddress &b)
{
    bool okA = false, okB = false;
    const quint32 ipA = a.toIPv4Address(&okA);
    const quint32 ipB = b.toIPv4Address(&okB);
    if (okA && okB)
        return ipA == ipB;
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

struct VirtualMoonraker::Client
{
    QPointer<QWebSocket> socket;
    qint64 connectionId = 0;
    QHostAddress peer;
    bool authenticated = false;
    bool identified = false;
    QString clientName, version, type, url;
    bool subscribed = false;
    QJsonObject subscription; // objects -> null | [fields]
    QJsonObject lastStatus;   // what this connection was last told
    qint64 lastSentMs = 0;
};

VirtualMoonraker::VirtualMoonraker(VirtualKlipper *klipper, const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_klipper(klipper)
    , m_options(options)
    , m_tcp(new QTcpServer(this))
    , m_wsServer(new QWebSocketServer(QStringLiteral("Moonraker"), QWebSocketServer::NonSecureMode, this))
    , m_webcams(options.webcams)
{
    m_clock.start();
    m_database.insert(QStringLiteral("moonraker"),
                      QJsonObject{{QStringLiteral("database_version"), 2}, {QStringLiteral("instance_id"),
                                                                           QStringLiteral("reticle-sim")}});
    connect(m_tcp, &QTcpServer::newConnection, this, &VirtualMoonraker::onTcpConnection);
    connect(m_wsServer, &QWebSocketServer::newConnection, this, &VirtualMoonraker::onWebSocketConnection);

    m_subscriptionTimer.setInterval(50);
    connect(&m_subscriptionTimer, &QTimer::timeout, this, &VirtualMoonraker::pushStatusDiffs);
    m_subscriptionTimer.start();

    connect(m_klipper, &VirtualKlipper::becameReady, this, [this] {
        broadcast(QStringLiteral("notify_klippy_ready"), nullptr);
    });
    connect(m_klipper, &VirtualKlipper::becameShutdown, this, [this] {
        broadcast(QStringLiteral("notify_klippy_shutdown"), nullptr);
    });
    connect(m_klipper, &VirtualKlipper::disconnectedFromMoonraker, this, [this] {
        // Moonraker throws away every subscription and its status cache.
        for (Client *client : std::as_const(m_clients)) {
            client->subscribed = false;
            client->subscription = {};
            client->lastStatus = {};
        }
        broadcast(QStringLiteral("notify_klippy_disconnected"), nullptr);
    });
    connect(m_klipper, &VirtualKlipper::gcodeResponse, this, [this](const QString &text) {
        recordGcode(text, QStringLiteral("response"));
        const QJsonArray params{text};
        broadcast(QStringLiteral("notify_gcode_response"), &params);
    });
}

VirtualMoonraker::~VirtualMoonraker()
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->socket) {
            client->socket->disconnect(this);
            client->socket->abort();
        }
        delete client;
    }
    m_clients.clear();
}

bool VirtualMoonraker::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    return m_tcp->listen(address, port);
}

QString VirtualMoonraker::errorString() const
{
    return m_tcp->errorString();
}

quint16 VirtualMoonraker::port() const
{
    return m_tcp->serverPort();
}

QUrl VirtualMoonraker::serverUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/websocket"));
    return url;
}

QUrl VirtualMoonraker::httpUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void VirtualMoonraker::setWebcams(const QVector<SimWebcam> &webcams)
{
    m_webcams = webcams;
}

void VirtualMoonraker::dropAllConnections()
{
    const auto clients = m_clients.values();
    for (Client *client : clients) {
        if (client->socket)
            client->socket->abort();
    }
}

void VirtualMoonraker::setReplyDelayMs(int ms)
{
    m_replyDelayMs = std::max(0, ms);
}

void VirtualMoonraker::failNextRequest(int code, const QString &message)
{
    m_failNext = true;
    m_failCode = code;
    m_failMessage = message;
}

// ---------------------------------------------------------------------------------------------
// HTTP and the websocket upgrade on one port

void VirtualMoonraker::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onHttpData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void VirtualMoonraker::onHttpData(QTcpSocket *socket)
{
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (data.size() > 65536)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        socket->abort();
        return;
    }
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    const QString path = target.path();
    if (path == QLatin1String("/websocket") && headers.value("upgrade").toLower() == "websocket") {
        PendingUpgrade pending;
        pending.peer = socket->peerAddress();
        pending.apiKeyHeader = headers.value("x-api-key");
        pending.token = QUrlQuery(target).queryItemValue(QStringLiteral("token"));
        m_pendingUpgrades.insert(socket->peerPort(), pending);
        socket->disconnect(this);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_wsServer->handleConnection(socket);
        return;
    }
    socket->readAll();
    serveHttp(socket, requestLine.at(0), path, headers);
}

void VirtualMoonraker::serveHttp(QTcpSocket *socket, const QByteArray &method, const QString &path,
                                 const QHash<QByteArray, QByteArray> &headers)
{
    const bool authorized =
        m_options.apiKey.isEmpty() || headers.value("x-api-key") == m_options.apiKey.toUtf8();
    auto unauthorized = [&] {
        writeHttp(socket, 401,
                  QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 401},
                                                                    {QStringLiteral("message"),
                                                                     QStringLiteral("Unauthorized")}}}});
    };
    if (method == "GET" && path == QLatin1String("/access/oneshot_token")) {
        if (!authorized)
            return unauthorized();
        writeHttp(socket, 200, QJsonObject{{QStringLiteral("result"), createOneshotToken(socket->peerAddress())}});
        return;
    }
    if (method == "GET" && path == QLatin1String("/server/info")) {
        if (!authorized)
            return unauthorized();
        writeHttp(socket, 200, QJsonObject{{QStringLiteral("result"), serverInfo()}});
        return;
    }
    writeHttp(socket, 404,
              QJsonObject{{QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), 404}, {QStringLiteral("message"), QStringLiteral("Not Found")}}}});
}

void VirtualMoonraker::writeHttp(QTcpSocket *socket, int status, const QJsonObject &body)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray reason = "OK";
    if (status == 401)
        reason = "Unauthorized";
    else if (status == 404)
        reason = "Not Found";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: application/json; charset=UTF-8\r\n";
    response += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    response += payload;
    socket->write(response);
    socket->disconnectFromHost();
}

QString VirtualMoonraker::createOneshotToken(const QHostAddress &peer)
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresMs <= now)
            it = m_tokens.erase(it);
        else
            ++it;
    }
    const QString token = makeToken();
    m_tokens.insert(token, Token{peer, now + m_oneshotLifetimeMs});
    return token;
}

bool VirtualMoonraker::consumeOneshotToken(const QString &token, const QHostAddress &peer)
{
    if (token.isEmpty() || !m_tokens.contains(token))
        return false;
    const Token entry = m_tokens.take(token); // single use, even when refused
    if (entry.expiresMs <= m_clock.elapsed())
        return false;
    return isLoopbackPair(entry.peer, peer);
}

// ---------------------------------------------------------------------------------------------
// Websocket connections

void VirtualMoonraker::onWebSocketConnection()
{
    while (QWebSocket *socket = m_wsServer->nextPendingConnection()) {
        auto *client = new Client;
        client->socket = socket;
        client->connectionId = m_nextConnectionId;
        m_nextConnectionId += 96;
        client->peer = socket->peerAddress();
        const PendingUpgrade pending = m_pendingUpgrades.take(socket->peerPort());
        if (m_options.apiKey.isEmpty()) {
            client->authenticated = true;
        } else if (!pending.apiKeyHeader.isEmpty() && pending.apiKeyHeader == m_options.apiKey.toUtf8()) {
            client->authenticated = true;
        } else if (!pending.token.isEmpty() && consumeOneshotToken(pending.token, socket->peerAddress())) {
            client->authenticated = true;
        }
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, client](const QString &text) { onTextMessage(client, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            delete m_clients.take(socket);
            socket->deleteLater();
            emit clientDisconnected();
        });
        qCDebug(lcSimPrinter) << "websocket connected from" << client->peer << socket->peerPort() << "authenticated"
                              << client->authenticated << "key header" << !pending.apiKeyHeader.isEmpty();
        emit clientConnected();
    }
}

void VirtualMoonraker::send(QWebSocket *socket, const QJsonValue &message, bool delayed)
{
    if (!socket)
        return;
    const QString text = QString::fromUtf8(message.isArray()
                                               ? QJsonDocument(message.toArray()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact));
    if (delayed && m_replyDelayMs > 0) {
        QPointer<QWebSocket> guard(socket);
        QTimer::singleShot(m_replyDelayMs, this, [guard, text] {
            if (guard)
                guard->sendTextMessage(text);
        });
        return;
    }
    socket->sendTextMessage(text);
}

void VirtualMoonraker::broadcast(const QString &method, const QJsonArray *params)
{
    QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
    if (params)
        message.insert(QStringLiteral("params"), *params);
    for (Client *client : std::as_const(m_clients)) {
        if (client->authenticated)
            send(client->socket, message, false);
    }
}

void VirtualMoonraker::onTextMessage(Client *client, const QString &text)
{
    QPointer<QWebSocket> socket = client->socket;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        send(socket, errorMessage(-32700, QStringLiteral("Parse error"), QJsonValue()), true);
        return;
    }
    if (document.isObject()) {
        processObject(client, document.object(), [this, socket](const QJsonValue &reply) {
            if (!reply.isUndefined())
                send(socket, reply, true);
        });
        return;
    }
    // Batch: items run one after another; the replies come back as one array.
    const QJsonArray items = document.array();
    if (items.isEmpty()) {
        send(socket, errorMessage(-32600, QStringLiteral("Invalid Request"), QJsonValue()), true);
        return;
    }
    auto replies = std::make_shared<QJsonArray>();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, client, socket, items, replies, next](int index) {
        if (index >= items.size()) {
            if (!replies->isEmpty())
                send(socket, *replies, true);
            *next = nullptr; // break the cycle
            return;
        }
        if (!socket || !m_clients.contains(socket))
            return;
        processObject(client, items.at(index), [replies, next, index](const QJsonValue &reply) {
            if (!reply.isUndefined())
                replies->append(reply);
            if (*next)
                (*next)(index + 1);
        });
    };
    (*next)(0);
}

void VirtualMoonraker::processObject(Client *client, const QJsonValue &value, const Reply &done)
{
    if (!value.isObject()) {
        done(errorMessage(-32600, QStringLiteral("Invalid Request"), QJsonValue()));
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(QStringLiteral("id")).isNull() ? QJsonValue(QJsonValue::Undefined)
                                                                       : object.value(QStringLiteral("id"));
    if (object.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0")
        || !object.value(QStringLiteral("jsonrpc")).isString()) {
        done(errorMessage(-32600, QStringLiteral("Invalid Request"), id));
        return;
    }
    if (!object.contains(QStringLiteral("method"))) {
        done(QJsonValue(QJsonValue::Undefined)); // a response to a server request: ignored
        return;
    }
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isString()) {
        done(errorMessage(-32600, QStringLiteral("Invalid Request"), id));
        return;
    }
    const QString name = method.toString();
    const bool klippyMethod = isKlippyMethod(name);
    if (!isLocalMethod(name) && !(klippyMethod && m_klipper->hasConnectedOnce())) {
        done(errorMessage(-32601, QStringLiteral("Method not found"), id));
        return;
    }
    QJsonObject params;
    if (object.contains(QStringLiteral("params"))) {
        if (!object.value(QStringLiteral("params")).isObject()) {
            done(errorMessage(-32602, QStringLiteral("Invalid params:"), id));
            return;
        }
        params = object.value(QStringLiteral("params")).toObject();
    }
    callMethod(client, name, params, id, done);
}

bool VirtualMoonraker::isKlippyMethod(const QString &method) const
{
    static const QSet<QString> methods = {
        QStringLiteral("printer.info"),          QStringLiteral("printer.objects.list"),
        QStringLiteral("printer.objects.query"), QStringLiteral("printer.objects.subscribe"),
        QStringLiteral("printer.gcode.script"),  QStringLiteral("printer.gcode.help"),
        QStringLiteral("printer.emergency_stop"),
    };
    return methods.contains(method);
}

bool VirtualMoonraker::isLocalMethod(const QString &method) const
{
    static const QSet<QString> methods = {
        QStringLiteral("server.connection.identify"), QStringLiteral("server.websocket.id"),
        QStringLiteral("server.info"),                QStringLiteral("access.info"),
        QStringLiteral("access.oneshot_token"),       QStringLiteral("server.webcams.list"),
        QStringLiteral("server.webcams.get_item"),    QStringLiteral("server.database.list"),
        QStringLiteral("server.database.get_item"),   QStringLiteral("server.database.post_item"),
        QStringLiteral("server.database.delete_item"), QStringLiteral("server.gcode_store"),
        QStringLiteral("printer.restart"),            QStringLiteral("printer.firmware_restart"),
        QStringLiteral("access.login"),               QStringLiteral("access.refresh_jwt"),
    };
    return methods.contains(method);
}

void VirtualMoonraker::injectFaultOnScript(const QString &contains, ScriptFault fault, const QString &reason)
{
    m_armedFault = ArmedFault{contains, fault, reason};
}

void VirtualMoonraker::recordGcode(const QString &message, const QString &type)
{
    if (type == QLatin1String("command"))
        m_commandLog.append(message);
    m_gcodeStore.append(QJsonObject{{QStringLiteral("message"), message},
                                    {QStringLiteral("time"), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0},
                                    {QStringLiteral("type"), type}});
    while (m_gcodeStore.size() > 1000)
        m_gcodeStore.removeFirst();
}

QJsonObject VirtualMoonraker::serverInfo() const
{
    const bool connected = m_klipper->isConnected();
    return QJsonObject{
        {QStringLiteral("klippy_connected"), connected},
        {QStringLiteral("klippy_state"), connected ? m_klipper->stateName() : QStringLiteral("disconnected")},
        {QStringLiteral("components"),
         QJsonArray{QStringLiteral("database"), QStringLiteral("file_manager"), QStringLiteral("klippy_apis"),
                    QStringLiteral("authorization"), QStringLiteral("websockets"), QStringLiteral("webcam")}},
        {QStringLiteral("failed_components"), QJsonArray()},
        {QStringLiteral("registered_directories"),
         QJsonArray{QStringLiteral("config"), QStringLiteral("logs"), QStringLiteral("gcodes")}},
        {QStringLiteral("warnings"), QJsonArray()},
        {QStringLiteral("websocket_count"), int(m_clients.size())},
        {QStringLiteral("moonraker_version"), QStringLiteral("v0.9.3-reticle-sim")},
        {QStringLiteral("missing_klippy_requirements"), QJsonArray()},
        {QStringLiteral("api_version"), QJsonArray{1, 5, 0}},
        {QStringLiteral("api_version_string"), QStringLiteral("1.5.0")},
    };
}

QJsonArray VirtualMoonraker::webcamEntries() const
{
    QJsonArray entries;
    for (const SimWebcam &cam : m_webcams) {
        const QString uid = cam.uid.isEmpty()
                                ? QUuid::createUuidV5(QUuid(QStringLiteral("{9a4d5e8c-6f0b-4b51-8a39-2d6c1c6f2f11}")),
                                                      QStringLiteral("moonraker.webcam.") + cam.name)
                                      .toString(QUuid::WithoutBraces)
                                : cam.uid;
        entries.append(QJsonObject{
            {QStringLiteral("name"), cam.name},
            {QStringLiteral("location"), cam.location},
            {QStringLiteral("service"), cam.service},
            {QStringLiteral("enabled"), cam.enabled},
            {QStringLiteral("icon"), cam.icon},
            {QStringLiteral("target_fps"), cam.targetFps},
            {QStringLiteral("target_fps_idle"), cam.targetFpsIdle},
            {QStringLiteral("stream_url"), cam.streamUrl},
            {QStringLiteral("snapshot_url"), cam.snapshotUrl},
            {QStringLiteral("flip_horizontal"), cam.flipHorizontal},
            {QStringLiteral("flip_vertical"), cam.flipVertical},
            {QStringLiteral("rotation"), cam.rotation},
            {QStringLiteral("aspect_ratio"), cam.aspectRatio},
            {QStringLiteral("extra_data"), QJsonObject()},
            {QStringLiteral("source"), QStringLiteral("config")},
            {QStringLiteral("uid"), uid},
        });
    }
    return entries;
}

// ---------------------------------------------------------------------------------------------
// Methods

void VirtualMoonraker::callMethod(Client *client, const QString &method, const QJsonObject &params,
                                  const QJsonValue &id, const Reply &done)
{
    const bool hasId = !id.isUndefined();
    auto ok = [done, id, hasId](const QJsonValue &result) {
        if (!hasId) {
            done(QJsonValue(QJsonValue::Undefined));
            return;
        }
        done(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                         {QStringLiteral("result"), result},
                         {QStringLiteral("id"), id}});
    };
    auto fail = [done, id](int code, const QString &message) {
        // JSON-RPC remaps: 404 -> -32601, 401 -> -32602.
        const int mapped = code == 404 ? -32601 : (code == 401 ? -32602 : code);
        done(errorMessage(mapped, message, id));
    };

    if (m_failNext) {
        m_failNext = false;
        fail(m_failCode, m_failMessage);
        return;
    }

    static const QSet<QString> noAuth = {QStringLiteral("server.connection.identify"), QStringLiteral("access.login"),
                                         QStringLiteral("access.refresh_jwt"), QStringLiteral("access.info")};
    if (!client->authenticated && !noAuth.contains(method)) {
        fail(401, QStringLiteral("Unauthorized"));
        return;
    }

    if (method == QLatin1String("server.connection.identify")) {
        if (params.contains(QStringLiteral("access_token"))) {
            fail(401, QStringLiteral("Failed to decode JWT: Not enough segments"));
            return;
        }
        if (params.contains(QStringLiteral("api_key")) && !client->authenticated) {
            if (params.value(QStringLiteral("api_key")).toString() != m_options.apiKey) {
                fail(401, QStringLiteral("Invalid API Key"));
                return;
            }
            client->authenticated = true;
        } else if (!client->authenticated) {
            fail(401, QStringLiteral("Unauthorized"));
            return;
        }
        if (client->identified) {
            fail(400, QStringLiteral("Connection already identified: {'name': %1, 'version': %2, 'type': %3, 'url': %4}")
                          .arg(pythonRepr(client->clientName), pythonRepr(client->version), pythonRepr(client->type),
                               pythonRepr(client->url)));
            return;
        }
        for (const char *argument : {"client_name", "version", "type", "url"}) {
            if (!params.contains(QLatin1String(argument))) {
                fail(400, QStringLiteral("No data for argument: %1").arg(QLatin1String(argument)));
                return;
            }
        }
        const QString type = params.value(QStringLiteral("type")).toString().toLower();
        static const QSet<QString> types = {QStringLiteral("web"),   QStringLiteral("mobile"), QStringLiteral("desktop"),
                                            QStringLiteral("display"), QStringLiteral("bot"),  QStringLiteral("agent"),
                                            QStringLiteral("other")};
        if (!types.contains(type)) {
            fail(400, QStringLiteral("Invalid Client Type: %1").arg(type));
            return;
        }
        client->identified = true;
        client->clientName = params.value(QStringLiteral("client_name")).toString();
        client->version = params.value(QStringLiteral("version")).toString();
        client->type = type;
        client->url = params.value(QStringLiteral("url")).toString();
        ok(QJsonObject{{QStringLiteral("connection_id"), client->connectionId}});
        return;
    }
    if (method == QLatin1String("server.websocket.id")) {
        ok(QJsonObject{{QStringLiteral("websocket_id"), client->connectionId}});
        return;
    }
    if (method == QLatin1String("access.info")) {
        ok(QJsonObject{{QStringLiteral("default_source"), QStringLiteral("moonraker")},
                       {QStringLiteral("available_sources"), QJsonArray{QStringLiteral("moonraker")}},
                       {QStringLiteral("login_required"), false},
                       {QStringLiteral("trusted"), m_options.apiKey.isEmpty()}});
        return;
    }
    if (method == QLatin1String("access.login")) {
        // No users exist on the simulated Moonraker.
        for (const char *argument : {"username", "password"}) {
            if (!params.contains(QLatin1String(argument))) {
                fail(400, QStringLiteral("No data for argument: %1").arg(QLatin1String(argument)));
                return;
            }
        }
        fail(400, QStringLiteral("Unregistered User: %1").arg(params.value(QStringLiteral("username")).toString()));
        return;
    }
    if (method == QLatin1String("access.refresh_jwt")) {
        if (!params.contains(QStringLiteral("refresh_token"))) {
            fail(400, QStringLiteral("No data for argument: refresh_token"));
            return;
        }
        fail(401, QStringLiteral("Invalid Refresh Token"));
        return;
    }
    if (method == QLatin1String("access.oneshot_token")) {
        ok(createOneshotToken(client->peer));
        return;
    }
    if (method == QLatin1String("server.info")) {
        ok(serverInfo());
        return;
    }
    if (method == QLatin1String("server.webcams.list")) {
        ok(QJsonObject{{QStringLiteral("webcams"), webcamEntries()}});
        return;
    }
    if (method == QLatin1String("server.webcams.get_item")) {
        const QString uid = params.value(QStringLiteral("uid")).toString();
        const QString name = params.value(QStringLiteral("name")).toString();
        if (uid.isEmpty() && name.isEmpty()) {
            fail(400, QStringLiteral("No data for argument: uid"));
            return;
        }
        for (const QJsonValue &entry : webcamEntries()) {
            const QJsonObject cam = entry.toObject();
            if ((!uid.isEmpty() && cam.value(QStringLiteral("uid")).toString() == uid)
                || (uid.isEmpty() && cam.value(QStringLiteral("name")).toString() == name)) {
                ok(QJsonObject{{QStringLiteral("webcam"), cam}});
                return;
            }
        }
        fail(404, uid.isEmpty() ? QStringLiteral("Webcam %1 not found").arg(name)
                                : QStringLiteral("Webcam with UID %1 not found").arg(uid));
        return;
    }
    if (method == QLatin1String("server.gcode_store")) {
        const int count = params.contains(QStringLiteral("count")) ? params.value(QStringLiteral("count")).toInt()
                                                                  : int(m_gcodeStore.size());
        QJsonArray store;
        for (qsizetype i = std::max<qsizetype>(0, m_gcodeStore.size() - count); i < m_gcodeStore.size(); ++i)
            store.append(m_gcodeStore.at(i));
        ok(QJsonObject{{QStringLiteral("gcode_store"), store}});
        return;
    }
    if (method.startsWith(QLatin1String("server.database."))) {
        static const QSet<QString> forbidden = {QStringLiteral("database"), QStringLiteral("simplyprint")};
        static const QSet<QString> readOnly = {QStringLiteral("moonraker"), QStringLiteral("gcode_metadata"),
                                               QStringLiteral("update_manager"), QStringLiteral("announcements")};
        if (method == QLatin1String("server.database.list")) {
            QJsonArray namespaces;
            for (const QString &ns : m_database.keys())
                namespaces.append(ns);
            ok(QJsonObject{{QStringLiteral("namespaces"), namespaces}, {QStringLiteral("backups"), QJsonArray()}});
            return;
        }
        if (!params.contains(QStringLiteral("namespace"))) {
            fail(400, QStringLiteral("No data for argument: namespace"));
            return;
        }
        const QString ns = params.value(QStringLiteral("namespace")).toString();
        if (forbidden.contains(ns)) {
            fail(403, QStringLiteral("Read/Write access to namespace '%1' is forbidden").arg(ns));
            return;
        }
        const bool write = method != QLatin1String("server.database.get_item");
        if (write && readOnly.contains(ns)) {
            fail(403, QStringLiteral("Write access to namespace '%1' is forbidden").arg(ns));
            return;
        }
        QStringList path;
        QString keyText;
        const QJsonValue key = params.value(QStringLiteral("key"));
        if (key.isString()) {
            keyText = key.toString();
            path = keyText.split(QLatin1Char('.'));
        } else if (key.isArray()) {
            for (const QJsonValue &part : key.toArray())
                path << part.toString();
            keyText = path.join(QLatin1Char('.'));
        } else if (!key.isUndefined() && !key.isNull()) {
            fail(400, QStringLiteral("Value for argument 'key' is an invalid type: %1").arg(jsonTypeName(key)));
            return;
        }
        if (method == QLatin1String("server.database.get_item")) {
            if (!m_database.contains(ns)) {
                fail(404, QStringLiteral("Namespace %1 not found").arg(ns));
                return;
            }
            QJsonValue current = m_database.value(ns);
            for (const QString &part : std::as_const(path)) {
                if (!current.isObject() || !current.toObject().contains(part)) {
                    fail(404, QStringLiteral("Key '%1' in namespace '%2' not found").arg(keyText, ns));
                    return;
                }
                current = current.toObject().value(part);
            }
            ok(QJsonObject{{QStringLiteral("namespace"), ns},
                           {QStringLiteral("key"), path.isEmpty() ? QJsonValue() : key},
                           {QStringLiteral("value"), current}});
            return;
        }
        if (path.isEmpty()) {
            fail(400, QStringLiteral("No data for argument: key"));
            return;
        }
        std::function<bool(QJsonObject &, int, QJsonValue *)> apply;
        if (method == QLatin1String("server.database.post_item")) {
            if (!params.contains(QStringLiteral("value"))) {
                fail(400, QStringLiteral("No data for argument: value"));
                return;
            }
            const QJsonValue value = params.value(QStringLiteral("value"));
            std::function<void(QJsonObject &, int)> set = [&](QJsonObject &node, int index) {
                if (index == path.size() - 1) {
                    node.insert(path.at(index), value);
                    return;
                }
                QJsonObject child = node.value(path.at(index)).toObject();
                set(child, index + 1);
                node.insert(path.at(index), child);
            };
            QJsonObject root = m_database.value(ns).toObject();
            set(root, 0);
            m_database.insert(ns, root);
            ok(QJsonObject{{QStringLiteral("namespace"), ns}, {QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
            return;
        }
        if (method == QLatin1String("server.database.delete_item")) {
            if (!m_database.contains(ns)) {
                fail(404, QStringLiteral("Namespace %1 not found").arg(ns));
                return;
            }
            QJsonValue removed(QJsonValue::Undefined);
            std::function<bool(QJsonObject &, int)> remove = [&](QJsonObject &node, int index) {
                if (!node.contains(path.at(index)))
                    return false;
                if (index == path.size() - 1) {
                    removed = node.take(path.at(index));
                    return true;
                }
                QJsonValue childValue = node.value(path.at(index));
                if (!childValue.isObject())
                    return false;
                QJsonObject child = childValue.toObject();
                if (!remove(child, index + 1))
                    return false;
                node.insert(path.at(index), child);
                return true;
            };
            QJsonObject root = m_database.value(ns).toObject();
            if (!remove(root, 0)) {
                fail(404, QStringLiteral("Key '%1' in namespace '%2' not found").arg(keyText, ns));
                return;
            }
            if (root.isEmpty())
                m_database.remove(ns);
            else
                m_database.insert(ns, root);
            ok(QJsonObject{{QStringLiteral("namespace"), ns}, {QStringLiteral("key"), key}, {QStringLiteral("value"), removed}});
            return;
        }
    }

    // Everything below talks to Klippy.
    if (!m_klipper->isConnected()) {
        fail(503, QStringLiteral("Klippy Host not connected"));
        return;
    }
    if (method == QLatin1String("printer.restart") || method == QLatin1String("printer.firmware_restart")) {
        const QString script = method == QLatin1String("printer.restart") ? QStringLiteral("RESTART")
                                                                          : QStringLiteral("FIRMWARE_RESTART");
        recordGcode(script, QStringLiteral("command"));
        m_klipper->runScript(script, [ok, fail](int code, const QString &message) {
            if (code == 0 || message == QLatin1String("Klippy Disconnected"))
                ok(QStringLiteral("ok"));
            else
                fail(code, message);
        });
        return;
    }
    if (method == QLatin1String("printer.info")) {
        ok(m_klipper->info());
        return;
    }
    if (method == QLatin1String("printer.objects.list")) {
        QJsonArray objects;
        for (const QString &name : m_klipper->objectNames())
            objects.append(name);
        ok(QJsonObject{{QStringLiteral("objects"), objects}});
        return;
    }
    if (method == QLatin1String("printer.objects.query") || method == QLatin1String("printer.objects.subscribe")) {
        if (!params.contains(QStringLiteral("objects"))) {
            fail(400, QStringLiteral("Missing Argument [objects]"));
            return;
        }
        if (!params.value(QStringLiteral("objects")).isObject()) {
            fail(400, QStringLiteral("Invalid Argument Type [objects]"));
            return;
        }
        const QJsonObject objects = params.value(QStringLiteral("objects")).toObject();
        const QJsonObject status = m_klipper->query(objects);
        if (method == QLatin1String("printer.objects.subscribe")) {
            client->subscribed = !objects.isEmpty();
            client->subscription = objects;
            client->lastStatus = status;
            client->lastSentMs = m_clock.elapsed();
        }
        ok(QJsonObject{{QStringLiteral("eventtime"), m_klipper->eventtime()}, {QStringLiteral("status"), status}});
        return;
    }
    if (method == QLatin1String("printer.gcode.script")) {
        if (!params.contains(QStringLiteral("script"))) {
            fail(400, QStringLiteral("Missing Argument [script]"));
            return;
        }
        if (!params.value(QStringLiteral("script")).isString()) {
            fail(400, QStringLiteral("Invalid Argument Type [script]"));
            return;
        }
        const QString script = params.value(QStringLiteral("script")).toString();
        recordGcode(script, QStringLiteral("command"));
        QPointer<QWebSocket> socket = client->socket;
        m_klipper->runScript(script, [this, ok, fail, socket](int code, const QString &message) {
            if (code == 0)
                ok(QStringLiteral("ok"));
            else
                fail(code, message);
            if (m_options.statusAfterScript && socket) {
                // Right behind the reply on the same socket (replies are sent at once unless
                // setReplyDelayMs() holds them back).
                QTimer::singleShot(0, this, [this, socket] {
                    if (socket)
                        if (Client *c = m_clients.value(socket))
                            pushStatusDiff(c, true);
                });
            }
        });
        if (m_armedFault && script.contains(m_armedFault->contains)) {
            const ArmedFault fault = *m_armedFault;
            m_armedFault.reset();
            // Next turn of the event loop: the script's moves are queued and running, its reply
            // (after M400, when the motion ends on a later timer) has not been sent.
            QTimer::singleShot(0, this, [this, fault] {
                qCInfo(lcSimPrinter).noquote() << "injected fault after script:" << fault.contains;
                if (fault.fault == ScriptFault::DropConnections)
                    dropAllConnections();
                else
                    m_klipper->triggerShutdown(fault.reason);
            });
        }
        return;
    }
    if (method == QLatin1String("printer.gcode.help")) {
        ok(m_klipper->gcodeHelp());
        return;
    }
    if (method == QLatin1String("printer.emergency_stop")) {
        m_klipper->emergencyStop();
        ok(QStringLiteral("ok"));
        return;
    }
    fail(404, QStringLiteral("Method not found"));
}

void VirtualMoonraker::pushStatusDiffs()
{
    if (!m_klipper->isConnected())
        return;
    for (Client *client : std::as_const(m_clients))
        pushStatusDiff(client, false);
}

void VirtualMoonraker::pushStatusDiff(Client *client, bool now)
{
    if (!m_klipper->isConnected() || !client->subscribed || !client->authenticated)
        return;
    const qint64 nowMs = m_clock.elapsed();
    if (!now && nowMs - client->lastSentMs < kSubscriptionIntervalMs)
        return;
    const QJsonObject status = m_klipper->query(client->subscription);
    QJsonObject diff;
    for (auto it = status.begin(); it != status.end(); ++it) {
        const QJsonObject current = it.value().toObject();
        const QJsonObject previous = client->lastStatus.value(it.key()).toObject();
        QJsonObject changed;
        for (auto field = current.begin(); field != current.end(); ++field) {
            if (!previous.contains(field.key()) || previous.value(field.key()) != field.value())
                changed.insert(field.key(), field.value());
        }
        if (!changed.isEmpty())
            diff.insert(it.key(), changed);
    }
    if (diff.isEmpty())
        return;
    client->lastStatus = status;
    client->lastSentMs = nowMs;
    const QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("method"), QStringLiteral("notify_status_update")},
                              {QStringLiteral("params"), QJsonArray{diff, m_klipper->eventtime()}}};
    send(client->socket, message, false);
}

} // namespace reticle::sim
