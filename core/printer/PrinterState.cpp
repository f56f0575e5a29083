#include "PrinterState.h"

#include "PrinterLogging.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace reticle {

namespace {

// Positions are arrays of at least 3 numbers; only indices 0-2 are X, Y, Z (§4.2).
std::optional<Vec3> readVec3(const QJsonObject &object, const QString &key, bool acceptStrings = false)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (!value.isArray() || value.toArray().size() < 3) {
        qCWarning(lcPrinter) << "ignoring" << key << ": expected an array of at least 3 numbers";
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    Vec3 v;
    for (int i = 0; i < 3; ++i) {
        const QJsonValue element = array.at(i);
        if (element.isDouble()) {
            v[i] = element.toDouble();
        } else if (acceptStrings && element.isString()) {
            bool ok = false;
            v[i] = element.toString().trimmed().toDouble(&ok);
            if (!ok) {
                qCWarning(lcPrinter) << "ignoring" << key << ": not a number:" << element.toString();
                return std::nullopt;
            }
        } else {
            qCWarning(lcPrinter) << "ignoring" << key << ": element" << i << "is not a number";
            return std::nullopt;
        }
    }
    if (!v.isFinite())
        return std::nullopt;
    return v;
}

std::optional<QString> readString(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return QString();
    if (!value.isString()) {
        qCWarning(lcPrinter) << "ignoring" << key << ": expected a string";
        return std::nullopt;
    }
    return value.toString();
}

std::optional<double> readNumber(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) { // KTCC and some macros keep numbers as strings
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

void PrinterState::applyStatus(const QJsonObject &status)
{
    bool toolhead = false, gcodeMove = false, tools = false;
    for (auto it = status.begin(); it != status.end(); ++it) {
        if (!it.value().isObject()) {
            qCWarning(lcPrinter) << "ignoring status of" << it.key() << ": not an object";
            continue;
        }
        QJsonObject merged = m_objects.value(it.key()).toObject();
        const QJsonObject diff = it.value().toObject();
        for (auto f = diff.begin(); f != diff.end(); ++f)
            merged.insert(f.key(), f.value());
        m_objects.insert(it.key(), merged);

        const QString &name = it.key();
        if (name == QLatin1String("toolhead") || name == QLatin1String("motion_report")) {
            toolhead = true;
        } else if (name == QLatin1String("gcode_move")) {
            gcodeMove = true;
        } else if (name == QLatin1String("toolchanger") || name.startsWith(QLatin1String("tool "))) {
            tools = true;
        } else if (name == QLatin1String("webhooks")) {
            const auto state = readString(diff, QStringLiteral("state"));
            const auto message = readString(diff, QStringLiteral("state_message"));
            if (state)
                m_klippyState = parseKlippyState(*state);
            if (message)
                m_klippyMessage = *message;
        } else if (name == QLatin1String("print_stats")) {
            if (const auto s = readString(diff, QStringLiteral("state")))
                m_printState = *s;
        } else if (name == QLatin1String("idle_timeout")) {
            if (const auto s = readString(diff, QStringLiteral("state")))
                m_idleState = *s;
        }
    }
    if (toolhead)
        deriveToolhead();
    if (gcodeMove)
        deriveGcodeMove();
    if (tools)
        deriveTools();
}

void PrinterState::deriveToolhead()
{
    const QJsonObject th = object(QStringLiteral("toolhead"));
    if (const auto v = readVec3(th, QStringLiteral("position")))
        m_toolheadPosition = v;
    if (const auto v = readVec3(th, QStringLiteral("axis_minimum")))
        m_axisMinimum = v;
    if (const auto v = readVec3(th, QStringLiteral("axis_maximum")))
        m_axisMaximum = v;
    if (const auto s = readString(th, QStringLiteral("homed_axes")))
        m_homedAxes = s->toLower();
    const QJsonObject mr = object(QStringLiteral("motion_report"));
    if (const auto v = readVec3(mr, QStringLiteral("live_position")))
        m_livePosition = v;
}

void PrinterState::deriveGcodeMove()
{
    const QJsonObject gm = object(QStringLiteral("gcode_move"));
    if (const auto v = readVec3(gm, QStringLiteral("gcode_position")))
        m_gcodePosition = v;
    if (const auto v = readVec3(gm, QStringLiteral("homing_origin")))
        m_homingOrigin = v;
    const QJsonValue abs = gm.value(QStringLiteral("absolute_coordinates"));
    if (abs.isBool())
        m_absoluteCoordinates = abs.toBool();
}

void PrinterState::deriveTools()
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
    QList<ToolInfo> tools;
    for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("tool ")))
            continue;
        const QJsonObject o = it.value().toObject();
        ToolInfo tool;
        tool.objectName = it.key();
        tool.name = it.key().mid(5);
        if (const auto n = readNumber(o, QStringLiteral("tool_number")))
            tool.number = int(*n);
        else if (const auto m = digits.match(tool.name); m.hasMatch())
            tool.number = m.captured(1).toInt();
        if (o.contains(QStringLiteral("gcode_x_offset")) || o.contains(QStringLiteral("gcode_y_offset"))) {
            tool.offset.x = readNumber(o, QStringLiteral("gcode_x_offset")).value_or(0.0);
            tool.offset.y = readNumber(o, QStringLiteral("gcode_y_offset")).value_or(0.0);
            tool.offset.z = readNumber(o, QStringLiteral("gcode_z_offset")).value_or(0.0);
        } else if (const auto v = readVec3(o, QStringLiteral("offset"), /*acceptStrings=*/true)) {
            tool.offset = *v; // KTCC: strings from the config, floats after SET_TOOL_OFFSET
        }
        tool.active = o.value(QStringLiteral("active")).toBool(false);
        tools.append(tool);
    }
    const QJsonObject tc = object(QStringLiteral("toolchanger"));
    if (tc.contains(QStringLiteral("tool"))) {
        const QJsonValue active = tc.value(QStringLiteral("tool"));
        m_activeToolObject = active.isString() ? active.toString() : QString();
        for (ToolInfo &tool : tools)
            tool.active = tool.objectName == m_activeToolObject;
    } else {
        m_activeToolObject.clear();
        for (const ToolInfo &tool : std::as_const(tools))
            if (tool.active)
                m_activeToolObject = tool.objectName;
    }
    std::sort(tools.begin(), tools.end(), [](const ToolInfo &a, const ToolInfo &b) {
        if (a.number != b.number)
            return a.number < b.number;
        return a.name < b.name;
    });
    m_tools = tools;
}

void PrinterState::clearObjects()
{
    m_objects = {};
    m_toolheadPosition.reset();
    m_livePosition.reset();
    m_gcodePosition.reset();
    m_homingOrigin.reset();
    m_absoluteCoordinates = true;
    m_homedAxes.clear();
    m_axisMinimum.reset();
    m_axisMaximum.reset();
    m_printState.clear();
    m_idleState.clear();
    m_tools.clear();
    m_activeToolObject.clear();
}

void PrinterState::setKlippyState(KlippyState state, const QString &message)
{
    m_klippyState = state;
    m_klippyMessage = message;
}

PrinterState::KlippyState PrinterState::parseKlippyState(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ready"))
        return KlippyState::Ready;
    if (t == QLatin1String("startup"))
        return KlippyState::Startup;
    if (t == QLatin1String("shutdown"))
        return KlippyState::Shutdown;
    if (t == QLatin1String("error"))
        return KlippyState::Error;
    if (t == QLatin1String("disconnected"))
        return KlippyState::Disconnected;
    return KlippyState::Unknown;
}

QString PrinterState::klippyStateName(KlippyState state)
{
    switch (state) {
    case KlippyState::Unknown: return QStringLiteral("unknown");
    case KlippyState::Disconnected: return QStringLiteral("disconnected");
    case KlippyState::Startup: return QStringLiteral("startup");
    case KlippyState::Ready: return QStringLiteral("ready");
    case KlippyState::Shutdown: return QStringLiteral("shutdown");
    case KlippyState::Error: return QStringLiteral("error");
    }
    return {};
}

QString PrinterState::klippyStateText(KlippyState state)
{
    switch (state) {
    case KlippyState::Unknown: return tr("unknown");
    case KlippyState::Disconnected: return tr("Klipper disconnected");
    case KlippyState::Startup: return tr("Klipper starting");
    case KlippyState::Ready: return tr("ready");
    case KlippyState::Shutdown: return tr("shutdown");
    case KlippyState::Error: return tr("Klipper error");
    }
    return {};
}

bool PrinterState::isPrinting() const
{
    return m_printState == QLatin1String("printing") || m_printState == QLatin1String("paused");
}

bool PrinterState::isBusy() const
{
    return isPrinting() || m_idleState == QLatin1String("Printing");
}

std::optional<ToolInfo> PrinterState::tool(const QString &name) const
{
    for (const ToolInfo &t : m_tools)
        if (t.name == name || t.objectName == name)
            return t;
    return std::nullopt;
}

QString PrinterState::activeTool() const
{
    return m_activeToolObject.startsWith(QLatin1String("tool ")) ? m_activeToolObject.mid(5) : m_activeToolObject;
}

} // namespace reticle
