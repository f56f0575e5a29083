#pragma once

#include "printer/PrinterLink.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace reticle {

// A scripted PrinterLink for tests: records every call (and so every G-code line sent), lets the
// test feed status JSON, and answers each call with "ok" unless told otherwise.
class FakePrinterLink : public PrinterLink
{
public:
    using PrinterLink::PrinterLink;

    ConnectionState connectionState() const override { return m_connection; }
    const PrinterState &state() const override { return m_state; }

    PrinterReply *call(const QString &method, const QJsonObject &params, int timeoutMs) override
    {
        calls.append({method, params, timeoutMs});
        auto *reply = new PrinterReply(method, this);
        if (nextError) {
            reply->finishLaterWithError(*nextError);
            nextError.reset();
        } else {
            const QJsonValue result = results.value(method, QStringLiteral("ok"));
            QTimer::singleShot(0, reply, [reply, result] { reply->finishWithResult(result); });
        }
        return reply;
    }

    QStringList scripts() const
    {
        QStringList list;
        for (const Call &c : calls)
            if (c.method == QLatin1String("printer.gcode.script"))
                list << c.params.value(QStringLiteral("script")).toString();
        return list;
    }

    void setConnection(ConnectionState state)
    {
        m_connection = state;
        emit connectionStateChanged(state);
    }
    void setStatus(const QByteArray &json)
    {
        m_state.applyStatus(QJsonDocument::fromJson(json).object());
        emit stateChanged();
    }
    // Ready, homed xyz, 0..300 x 0..300 x -2..250, at (150, 100, 20).
    void makeReadyPrinter()
    {
        m_state.setKlippyState(PrinterState::KlippyState::Ready, QStringLiteral("Printer is ready"));
        setStatus(R"({"toolhead":{"position":[150.0,100.0,20.0,0.0],"homed_axes":"xyz",
                      "axis_minimum":[0.0,0.0,-2.0,0.0],"axis_maximum":[300.0,300.0,250.0,0.0]},
                      "gcode_move":{"absolute_coordinates":true},
                      "print_stats":{"state":"standby"},"idle_timeout":{"state":"Idle"}})");
        setConnection(ConnectionState::Ready);
    }

    struct Call
    {
        QString method;
        QJsonObject params;
        int timeoutMs;
    };
    QList<Call> calls;
    std::optional<PrinterError> nextError;
    QHash<QString, QJsonValue> results; // answer per method (default "ok")

private:
    ConnectionState m_connection = ConnectionState::Disconnected;
    PrinterState m_state;
};

} // namespace reticle
