#include "PrinterProfile.h"

#include "PrinterLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace reticle {

QList<PrinterProfile> PrinterProfile::listFromJson(const QByteArray &json)
{
    QList<PrinterProfile> profiles;
    if (json.isEmpty())
        return profiles;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qCWarning(lcPrinter) << "ignoring stored printer profiles: not a JSON array";
        return profiles;
    }
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        PrinterProfile p;
        p.name = o.value(QStringLiteral("name")).toString().trimmed();
        p.address = o.value(QStringLiteral("address")).toString().trimmed();
        p.apiKey = o.value(QStringLiteral("apiKey")).toString();
        p.useOneshotToken = o.value(QStringLiteral("oneshotToken")).toBool(false);
        if (p.name.isEmpty() || p.address.isEmpty())
            continue;
        profiles.append(p);
    }
    return profiles;
}

QByteArray PrinterProfile::listToJson(const QList<PrinterProfile> &profiles)
{
    QJsonArray array;
    for (const PrinterProfile &p : profiles)
        array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("address"), p.address},
                                 {QStringLiteral("apiKey"), p.apiKey},
                                 {QStringLiteral("oneshotToken"), p.useOneshotToken}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace reticle
