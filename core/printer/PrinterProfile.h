#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace reticle {

// A printer the operator connects to: a name, the Moonraker address and its API key. The list
// is kept as JSON in the printer/profiles setting.
struct PrinterProfile
{
    QString name;
    QString address;          // as typed: "voron.local", "http://10.0.0.5:7125", "ws://.../websocket"
    QString apiKey;           // empty when the printer trusts this machine
    bool useOneshotToken = false;

    friend bool operator==(const PrinterProfile &, const PrinterProfile &) = default;

    static QList<PrinterProfile> listFromJson(const QByteArray &json);
    static QByteArray listToJson(const QList<PrinterProfile> &profiles);
};

} // namespace reticle
