#include "MoonrakerClient.h"

#include "PrinterLogging.h"
#include "base/AppInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace reticle {

namespace {

constexpr int kMoonrakerPort = 7125;

QString shortened(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

} // namespace

MoonrakerClient::MoonrakerClient(QObject *parent)
    : PrinterLink(parent)
    // An empty origin: QWebSocket then sends no Origin header (Moonraker answers a foreign
    // Origin with 403, §1.2).
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_reconnectTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    qRegisterMetaType<PrinterError>();
    m_reconnectTimer->setSingleShot(true);
    m_pollTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_useOneshotToken && !m_apiKey.isEmpty())
            fetchOneshotToken();
        else
            openSocket({});
    });
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_pollStep == PollStep::PrinterInfo)
            requestPrinterInfo();
        else
            requestServerInfo();
    });
    connect(m_socket, &QWebSocket::connected, this, &MoonrakerClient::onSocketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &MoonrakerClient::onSocketDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &MoonrakerClient::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [](const QByteArray &data) {
        qCWarning(lcPrinter) << "ignoring a binary frame of" << data.size() << "bytes";
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        qCInfo(lcPrinter) << "socket error:" << m_socket->errorString();
        // A failed connect may not emit disconnected(); make sure a retry is scheduled.
        const bool opening = m_connectionState == ConnectionState::Connecting
                             || m_connectionState == ConnectionState::Reconnecting;
        if (opening && !m_reconnectTimer->isActive() && m_socket->state() == QAbstractSocket::UnconnectedState)
            onSocketDisconnected();
    });
}

MoonrakerClient::~MoonrakerClient()
{
    // Nothing may call back into this object once its members start to go: silence the socket
    // and the token request first, and drop (not fail) what is pending; the replies are
    // children and go with the client.
    m_userClosed = true;
    ++m_generation;
    m_socket->disconnect(this);
    m_reconnectTimer->stop();
    m_pollTimer->stop();
    delete m_network;
    m_network = nullptr;
    for (const Pending &p : std::as_const(m_pending))
        if (p.reply)
            p.reply->disconnect();
    m_pending.clear();
}

QUrl MoonrakerClient::websocketUrl(const QString &address)
{
    QString text = address.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("ws://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return {};
    if (!address.contains(QLatin1String("://")) && url.port() == -1)
        url.setPort(kMoonrakerPort);
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/websocket"));
    return url;
}

QUrl MoonrakerClient::oneshotTokenUrl(const QUrl &websocketUrl)
{
    QUrl url = websocketUrl;
    url.setScheme(websocketUrl.scheme() == QLatin1String("wss") ? QStringLiteral("https") : QStringLiteral("http"));
    QString path = url.path();
    if (path.endsWith(QLatin1String("/websocket")))
        path.chop(int(qstrlen("/websocket")));
    url.setPath(path + QStringLiteral("/access/oneshot_token"));
    url.setQuery(QString());
    return url;
}

void MoonrakerClient::setConnectionState(ConnectionState state)
{
    if (m_connectionState == state)
        return;
    m_connectionState = state;
    qCInfo(lcPrinter) << "connection state" << state;
    emit connectionStateChanged(state);
}

void MoonrakerClient::open()
{
    m_userClosed = false;
    m_lastError.reset();
    m_policy.reset();
    m_reconnectTimer->stop();
    setConnectionState(ConnectionState::Connecting);
    if (m_useOneshotToken && !m_apiKey.isEmpty())
        fetchOneshotToken();
    else
        openSocket({});
}

void MoonrakerClient::close()
{
    m_userClosed = true;
    m_reconnectTimer->stop();
    m_pollTimer->stop();
    ++m_generation;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close();
    failAllPending(PrinterError::connectionLost());
    m_state.clearObjects();
    m_state.setKlippyState(PrinterState::KlippyState::Unknown);
    setConnectionState(ConnectionState::Disconnected);
    emit stateChanged();
}

void MoonrakerClient::fetchOneshotToken()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(oneshotTokenUrl(m_url));
    request.setRawHeader("X-Api-Key", m_apiKey.toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    const int generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation || m_userClosed)
            return;
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (reply->error() == QNetworkReply::NoError && json.value(QStringLiteral("result")).isString()) {
            openSocket(json.value(QStringLiteral("result")).toString());
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        if (status == 401 || status == 403) {
            // HTTP keeps the 401; over the websocket the same failure would be -32602 (§2.3).
            fatal({-32602, error.value(QStringLiteral("message")).toString(QStringLiteral("Unauthorized"))});
            return;
        }
        const QString detail = error.contains(QStringLiteral("message"))
                                   ? error.value(QStringLiteral("message")).toString()
                                   : reply->errorString();
        qCWarning(lcPrinter) << "oneshot token request failed:" << detail;
        emit connectionError(PrinterError::connectionLost(detail));
        scheduleReconnect();
    });
}

void MoonrakerClient::openSocket(const QString &token)
{
    if (!m_url.isValid()) {
        fatal(PrinterError::badReply(tr("no printer address")));
        return;
    }
    setConnectionState(m_connectionState == ConnectionState::Reconnecting ? ConnectionState::Reconnecting
                                                                          : ConnectionState::Connecting);
    QUrl url = m_url;
    if (!token.isEmpty()) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("token"));
        query.addQueryItem(QStringLiteral("token"), token);
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    if (!m_apiKey.isEmpty() && token.isEmpty())
        request.setRawHeader("X-Api-Key", m_apiKey.toUtf8());
    qCInfo(lcPrinter) << "connecting to" << m_url.toString();
    m_socket->open(request);
}

void MoonrakerClient::onSocketConnected()
{
    qCInfo(lcPrinter) << "websocket open";
    ++m_generation;
    identify();
}

void MoonrakerClient::onSocketDisconnected()
{
    ++m_generation;
    m_pollTimer->stop();
    m_subscribing = false;
    const bool wasOpen = m_connectionState == ConnectionState::Connected
                         || m_connectionState == ConnectionState::Ready;
    const PrinterError lost = PrinterError::connectionLost(m_socket->errorString());
    failAllPending(lost);
    if (m_state.hasObjects() || m_state.klippyState() != PrinterState::KlippyState::Unknown) {
        m_state.clearObjects();
        m_state.setKlippyState(PrinterState::KlippyState::Unknown);
        emit stateChanged();
    }
    if (m_userClosed) {
        setConnectionState(ConnectionState::Disconnected);
        return;
    }
    if (wasOpen || !m_autoReconnect) {
        m_lastError = lost;
        emit connectionError(lost); // without retries (reticle-cli) a refused connect is final
    }
    scheduleReconnect();
}

void MoonrakerClient::scheduleReconnect()
{
    if (m_userClosed)
        return;
    if (!m_autoReconnect) {
        setConnectionState(ConnectionState::Disconnected);
        return;
    }
    setConnectionState(ConnectionState::Reconnecting);
    if (m_reconnectTimer->isActive())
        return;
    const int delay = m_policy.nextDelayMs();
    qCInfo(lcPrinter) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
}

void MoonrakerClient::fatal(const PrinterError &error)
{
    qCWarning(lcPrinter) << "giving up:" << error.toString();
    m_lastError = error;
    m_userClosed = true; // no automatic retry: a wrong key stays wrong
    m_reconnectTimer->stop();
    m_pollTimer->stop();
    emit connectionError(error);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close();
    failAllPending(error);
    setConnectionState(ConnectionState::Disconnected);
}

PrinterReply *MoonrakerClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    auto *reply = new PrinterReply(method, this);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        reply->finishLaterWithError(PrinterError::notConnected());
        return reply;
    }
    const qint64 id = m_nextId++;
    QJsonObject frame{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                      {QStringLiteral("method"), method},
                      {QStringLiteral("id"), id}};
    if (!params.isEmpty())
        frame.insert(QStringLiteral("params"), params);
    Pending pending{reply, nullptr};
    if (timeoutMs == kDefaultTimeout)
        timeoutMs = kDefaultCallTimeoutMs;
    if (timeoutMs > 0) {
        pending.timer = new QTimer(reply);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this, [this, id, timeoutMs] {
            const Pending p = m_pending.take(id);
            if (p.reply) {
                qCWarning(lcPrinter) << p.reply->method() << "timed out after" << timeoutMs << "ms";
                p.reply->finishWithError(PrinterError::timeout(timeoutMs));
            }
        });
        pending.timer->start(timeoutMs);
    }
    connect(reply, &PrinterReply::cancelRequested, this, [this, id] { m_pending.remove(id); });
    m_pending.insert(id, pending);
    qCDebug(lcPrinter) << "-->" << method << id;
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    return reply;
}

void MoonrakerClient::failAllPending(const PrinterError &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        if (p.reply)
            p.reply->finishWithError(error);
}

void MoonrakerClient::onTextMessage(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qCWarning(lcPrinter) << "ignoring a frame that is not JSON:" << parseError.errorString()
                             << shortened(text);
        return;
    }
    if (doc.isArray()) { // a batch reply
        for (const QJsonValue &element : doc.array()) {
            if (element.isObject())
                handleFrame(element.toObject());
            else
                qCWarning(lcPrinter) << "ignoring a batch element that is not an object";
        }
        return;
    }
    handleFrame(doc.object());
}

void MoonrakerClient::handleFrame(const QJsonObject &frame)
{
    if (frame.contains(QStringLiteral("result")) || frame.contains(QStringLiteral("error"))) {
        handleReply(frame);
        return;
    }
    const QJsonValue method = frame.value(QStringLiteral("method"));
    if (method.isString()) {
        handleNotification(method.toString(), frame.value(QStringLiteral("params")));
        return;
    }
    qCWarning(lcPrinter) << "ignoring a frame that is neither a reply nor a notification:"
                         << shortened(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void MoonrakerClient::handleReply(const QJsonObject &frame)
{
    const QJsonValue idValue = frame.value(QStringLiteral("id"));
    const QJsonValue errorValue = frame.value(QStringLiteral("error"));
    std::optional<PrinterError> error;
    if (frame.contains(QStringLiteral("error"))) {
        const QJsonObject e = errorValue.toObject();
        const QJsonValue code = e.value(QStringLiteral("code"));
        const QJsonValue message = e.value(QStringLiteral("message"));
        if (!errorValue.isObject() || !code.isDouble() || !message.isString())
            error = PrinterError::badReply(tr("malformed error object"));
        else
            error = PrinterError{code.toInt(), message.toString()};
    }
    if (!idValue.isDouble()) {
        if (error)
            qCWarning(lcPrinter) << "Moonraker reported an error for no request:" << error->toString();
        else
            qCWarning(lcPrinter) << "ignoring a reply without a numeric id";
        return;
    }
    const qint64 id = idValue.toInteger();
    const Pending pending = m_pending.take(id);
    if (!pending.reply) {
        qCDebug(lcPrinter) << "ignoring a reply to an unknown, timed-out or cancelled request" << id;
        return;
    }
    if (pending.timer)
        pending.timer->stop();
    if (error) {
        qCInfo(lcPrinter) << "<--" << pending.reply->method() << id << "error" << error->toString();
        pending.reply->finishWithError(*error);
    } else {
        qCDebug(lcPrinter) << "<--" << pending.reply->method() << id;
        pending.reply->finishWithResult(frame.value(QStringLiteral("result")));
    }
}

void MoonrakerClient::handleNotification(const QString &method, const QJsonValue &params)
{
    if (!params.isUndefined() && !params.isArray()) {
        qCWarning(lcPrinter) << "ignoring" << method << ": params is not an array";
        return;
    }
    const QJsonArray args = params.toArray();
    if (method == QLatin1String("notify_status_update")) {
        if (args.isEmpty() || !args.at(0).isObject()) {
            qCWarning(lcPrinter) << "ignoring notify_status_update without a status object";
            return;
        }
        if (!m_subscribedObjects.isEmpty()) {
            m_state.applyStatus(args.at(0).toObject());
            emit stateChanged();
        }
    } else if (method == QLatin1String("notify_gcode_response")) {
        for (const QJsonValue &line : args) {
            if (line.isString())
                emit gcodeResponse(line.toString());
            else
                qCWarning(lcPrinter) << "ignoring a G-code response that is not a string";
        }
    } else if (method == QLatin1String("notify_klippy_ready")) {
        qCInfo(lcPrinter) << "Klippy ready";
        m_pollTimer->stop();
        ++m_generation;
        subscribeObjects();
    } else if (method == QLatin1String("notify_klippy_shutdown")) {
        qCInfo(lcPrinter) << "Klippy shutdown";
        m_state.setKlippyState(PrinterState::KlippyState::Shutdown, m_state.klippyMessage());
        setConnectionState(ConnectionState::Connected);
        emit stateChanged();
        ++m_generation;
        requestPrinterInfo(); // fetches state_message, then polls until ready
    } else if (method == QLatin1String("notify_klippy_disconnected")) {
        qCInfo(lcPrinter) << "Klippy disconnected: dropping the cached printer state";
        m_state.clearObjects();
        m_subscribedObjects.clear();
        m_state.setKlippyState(PrinterState::KlippyState::Disconnected);
        setConnectionState(ConnectionState::Connected);
        emit stateChanged();
        restartStartup();
    } else if (method == QLatin1String("notify_webcams_changed")) {
        emit webcamsChanged();
    } else {
        qCDebug(lcPrinter) << "ignoring notification" << method;
    }
}

// --- startup sequence -------------------------------------------------------------------------

void MoonrakerClient::restartStartup()
{
    m_pollTimer->stop();
    m_subscribing = false;
    ++m_generation;
    requestServerInfo();
}

void MoonrakerClient::schedulePoll(PollStep step)
{
    m_pollStep = step;
    m_pollTimer->start(m_pollIntervalMs);
}

void MoonrakerClient::identify()
{
    const QJsonObject params{{QStringLiteral("client_name"), m_clientName},
                             {QStringLiteral("version"), AppInfo::version()},
                             {QStringLiteral("type"), QStringLiteral("desktop")},
                             {QStringLiteral("url"), AppInfo::homepageUrl()}};
    const int generation = m_generation;
    call(QStringLiteral("server.connection.identify"), params)->then(this, [this, generation](PrinterReply *r) {
        if (generation != m_generation)
            return;
        if (r->isError()) {
            if (r->error()->isUnauthorized()) {
                fatal(*r->error());
                return;
            }
            // e.g. an older Moonraker without identify: carry on, server.info tells the rest.
            qCWarning(lcPrinter) << "identify failed:" << r->error()->toString();
        } else {
            m_connectionId = r->result().toObject().value(QStringLiteral("connection_id")).toInteger(-1);
        }
        m_policy.reset();
        setConnectionState(ConnectionState::Connected);
        requestServerInfo();
    });
}

void MoonrakerClient::requestServerInfo()
{
    const int generation = m_generation;
    call(QStringLiteral("server.info"))->then(this, [this, generation](PrinterReply *r) {
        if (generation != m_generation)
            return;
        if (r->isError()) {
            if (r->error()->isUnauthorized()) {
                fatal(*r->error());
                return;
            }
            qCWarning(lcPrinter) << "server.info failed:" << r->error()->toString();
            if (r->error()->code != PrinterError::kConnectionLost)
                schedulePoll(PollStep::ServerInfo);
            return;
        }
        const QJsonObject info = r->result().toObject();
        if (!info.value(QStringLiteral("klippy_connected")).toBool(false)) {
            if (m_state.klippyState() != PrinterState::KlippyState::Disconnected) {
                m_state.setKlippyState(PrinterState::KlippyState::Disconnected);
                emit stateChanged();
            }
            schedulePoll(PollStep::ServerInfo);
            return;
        }
        const auto klippy = PrinterState::parseKlippyState(info.value(QStringLiteral("klippy_state")).toString());
        if (klippy == PrinterState::KlippyState::Ready)
            subscribeObjects();
        else
            requestPrinterInfo(); // state_message comes from printer.info
    });
}

void MoonrakerClient::requestPrinterInfo()
{
    const int generation = m_generation;
    call(QStringLiteral("printer.info"))->then(this, [this, generation](PrinterReply *r) {
        if (generation != m_generation)
            return;
        if (r->isError()) {
            if (r->error()->code == PrinterError::kConnectionLost)
                return;
            // -32601 before Klippy's first connection, 503 while disconnected: back to server.info.
            qCInfo(lcPrinter) << "printer.info failed:" << r->error()->toString();
            schedulePoll(PollStep::ServerInfo);
            return;
        }
        const QJsonObject info = r->result().toObject();
        const auto klippy = PrinterState::parseKlippyState(info.value(QStringLiteral("state")).toString());
        if (klippy == PrinterState::KlippyState::Ready) {
            subscribeObjects();
            return;
        }
        const QString message = info.value(QStringLiteral("state_message")).toString().trimmed();
        if (klippy != m_state.klippyState() || message != m_state.klippyMessage()) {
            m_state.setKlippyState(klippy, message);
            if (klippy == PrinterState::KlippyState::Shutdown || klippy == PrinterState::KlippyState::Error)
                qCWarning(lcPrinter) << "Klippy" << PrinterState::klippyStateName(klippy) << ":" << message;
            emit stateChanged();
        }
        schedulePoll(PollStep::PrinterInfo);
    });
}

void MoonrakerClient::subscribeObjects()
{
    if (m_subscribing)
        return;
    m_subscribing = true;
    m_pollTimer->stop();
    const int generation = m_generation;
    call(QStringLiteral("printer.objects.list"))->then(this, [this, generation](PrinterReply *r) {
        if (generation != m_generation)
            return;
        if (r->isError()) {
            m_subscribing = false;
            qCWarning(lcPrinter) << "printer.objects.list failed:" << r->error()->toString();
            if (r->error()->code != PrinterError::kConnectionLost)
                schedulePoll(PollStep::ServerInfo);
            return;
        }
        static const QStringList wanted{QStringLiteral("toolhead"),     QStringLiteral("gcode_move"),
                                        QStringLiteral("motion_report"), QStringLiteral("webhooks"),
                                        QStringLiteral("print_stats"),  QStringLiteral("idle_timeout"),
                                        QStringLiteral("toolchanger")};
        QJsonObject objects;
        QStringList names;
        const QJsonArray listed = r->result().toObject().value(QStringLiteral("objects")).toArray();
        for (const QJsonValue &value : listed) {
            const QString name = value.toString();
            if (wanted.contains(name) || name.startsWith(QLatin1String("tool "))) {
                objects.insert(name, QJsonValue::Null);
                names.append(name);
            }
        }
        // The core objects are asked for even when not listed: unknown objects come back as {}.
        for (const QString &name : wanted) {
            if (name != QLatin1String("toolchanger") && !objects.contains(name)) {
                objects.insert(name, QJsonValue::Null);
                names.append(name);
            }
        }
        call(QStringLiteral("printer.objects.subscribe"), QJsonObject{{QStringLiteral("objects"), objects}})
            ->then(this, [this, generation, names](PrinterReply *s) {
                if (generation != m_generation)
                    return;
                m_subscribing = false;
                if (s->isError()) {
                    qCWarning(lcPrinter) << "printer.objects.subscribe failed:" << s->error()->toString();
                    if (s->error()->code != PrinterError::kConnectionLost)
                        schedulePoll(PollStep::ServerInfo);
                    return;
                }
                const QJsonValue status = s->result().toObject().value(QStringLiteral("status"));
                if (!status.isObject()) {
                    qCWarning(lcPrinter) << "subscribe reply without a status object";
                    schedulePoll(PollStep::ServerInfo);
                    return;
                }
                m_state.clearObjects();
                m_state.setKlippyState(PrinterState::KlippyState::Ready, QString());
                m_state.applyStatus(status.toObject());
                m_subscribedObjects = names;
                ++m_subscriptionCount;
                m_policy.reset();
                setConnectionState(ConnectionState::Ready);
                emit stateChanged();
                emit subscribed();
                if (m_state.klippyState() != PrinterState::KlippyState::Ready) {
                    // The webhooks status says otherwise (shut down meanwhile): keep polling.
                    setConnectionState(ConnectionState::Connected);
                    schedulePoll(PollStep::PrinterInfo);
                }
            });
    });
}

} // namespace reticle
