#include "PrinterLink.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace reticle {

PrinterReply *PrinterLink::sendGcode(const QString &script, int timeoutMs)
{
    if (timeoutMs == kDefaultTimeout)
        timeoutMs = defaultGcodeTimeoutMs(script);
    PrinterReply *reply = call(QStringLiteral("printer.gcode.script"),
                               QJsonObject{{QStringLiteral("script"), script}}, timeoutMs);
    if (isConnected()) // what reached Moonraker (the console echo, tests)
        emit gcodeSent(script);
    return reply;
}

PrinterReply *PrinterLink::emergencyStop()
{
    return call(QStringLiteral("printer.emergency_stop"), {}, 5000);
}

PrinterReply *PrinterLink::listWebcams()
{
    return call(QStringLiteral("server.webcams.list"));
}

PrinterReply *PrinterLink::queryObjects(const QJsonObject &objects)
{
    return call(QStringLiteral("printer.objects.query"), QJsonObject{{QStringLiteral("objects"), objects}});
}

PrinterReply *PrinterLink::queryGcodeCommands()
{
    return queryObjects(QJsonObject{{QStringLiteral("gcode"), QJsonArray{QStringLiteral("commands")}}});
}

QStringList PrinterLink::gcodeCommandsFrom(const QJsonValue &queryResult)
{
    const QJsonObject commands = queryResult.toObject()
                                     .value(QStringLiteral("status")).toObject()
                                     .value(QStringLiteral("gcode")).toObject()
                                     .value(QStringLiteral("commands")).toObject();
    QStringList names = commands.keys();
    for (QString &name : names)
        name = name.toUpper();
    return names;
}

int PrinterLink::defaultGcodeTimeoutMs(const QString &script)
{
    // Commands that block until something physical ends: homing, waiting for moves, dwell,
    // heating, restarts and tool changes. Moonraker itself waits without a timeout (§5.1).
    static const QRegularExpression waits(
        QStringLiteral("^\\s*(G28|M400|G4|M109|M190|M191|TEMPERATURE_WAIT|SAVE_CONFIG|RESTART|"
                       "FIRMWARE_RESTART|T\\d+|SELECT_TOOL|INITIALIZE_TOOLCHANGER|QUAD_GANTRY_LEVEL|"
                       "Z_TILT_ADJUST|BED_MESH_CALIBRATE|PROBE\\w*)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return waits.match(script).hasMatch() ? kNoTimeout : kDefaultGcodeTimeoutMs;
}

} // namespace reticle
