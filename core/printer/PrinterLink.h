#pragma once

#include "PrinterError.h"
#include "PrinterReply.h"
#include "PrinterState.h"

#include <QJsonObject>
#include <QObject>

namespace reticle {

// The seam every workflow and panel uses to talk to a printer: requests, state, G-code output.
// MoonrakerClient implements it over Moonraker's websocket; tests use a fake that records every
// G-code line sent.
class PrinterLink : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState {
        Disconnected,  // not connected and not trying (never opened, closed, or refused)
        Connecting,    // opening the socket and identifying
        Connected,     // identified; Klippy not ready yet (startup, shutdown, error, disconnected)
        Ready,         // Klippy ready and subscribed: state is live
        Reconnecting,  // the socket dropped; waiting for the next attempt
    };
    Q_ENUM(ConnectionState)

    static constexpr int kNoTimeout = 0;
    static constexpr int kDefaultTimeout = -1;
    static constexpr int kDefaultCallTimeoutMs = 10000;
    static constexpr int kDefaultGcodeTimeoutMs = 60000;

    using QObject::QObject;

    virtual ConnectionState connectionState() const = 0;
    virtual const PrinterState &state() const = 0;
    // A JSON-RPC call. timeoutMs: kNoTimeout waits for ever (still cancellable),
    // kDefaultTimeout uses kDefaultCallTimeoutMs.
    virtual PrinterReply *call(const QString &method, const QJsonObject &params = {},
                               int timeoutMs = kDefaultTimeout) = 0;

    // printer.gcode.script. kDefaultTimeout means none for scripts that wait (G28, M400, G4,
    // heating, SAVE_CONFIG, tool changes) and kDefaultGcodeTimeoutMs for the rest.
    PrinterReply *sendGcode(const QString &script, int timeoutMs = kDefaultTimeout);
    PrinterReply *emergencyStop();
    PrinterReply *listWebcams();
    PrinterReply *queryObjects(const QJsonObject &objects);
    // printer.objects.query {"objects":{"gcode":["commands"]}}; the result's command names
    // come from gcodeCommandsFrom().
    PrinterReply *queryGcodeCommands();
    static QStringList gcodeCommandsFrom(const QJsonValue &queryResult);

    static int defaultGcodeTimeoutMs(const QString &script);
    bool isReady() const { return connectionState() == ConnectionState::Ready; }
    bool isConnected() const
    {
        return connectionState() == ConnectionState::Ready || connectionState() == ConnectionState::Connected;
    }

signals:
    void connectionStateChanged(reticle::PrinterLink::ConnectionState state);
    void stateChanged();          // PrinterState changed (status diff, Klippy state, cleared)
    void gcodeResponse(const QString &line);
    void gcodeSent(const QString &script); // a script sent while connected
    void connectionError(const reticle::PrinterError &error);
    void subscribed();            // after every (re)subscription
    void webcamsChanged();
};

} // namespace reticle
