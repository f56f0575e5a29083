#include "ToolsConfigStore.h"

#include "AtomicJsonFile.h"
#include "JsonValidator.h"
#include "StoreLogging.h"

#include <QFileInfo>
#include <QJsonArray>

namespace reticle {

namespace {

const QString kTools = QStringLiteral("tools");

QString toolPath(qsizetype i)
{
    return QStringLiteral("tools[%1]").arg(i);
}

} // namespace

ToolsConfigStore::ToolsConfigStore(const QString &path)
    : m_path(path)
{
}

bool ToolsConfigStore::load()
{
    m_loaded = false;
    m_root = {};
    const AtomicJsonFile file(m_path);
    const AtomicJsonFile::ReadResult read = file.read();
    if (!read.ok) {
        m_error = read.error;
        return false;
    }
    JsonValidator check(m_path);
    const QJsonObject root = read.object;
    if (root.contains(kTools)) {
        if (!root.value(kTools).isArray()) {
            check.fail(kTools, tr("an array of tools"), root.value(kTools));
        } else {
            const QJsonArray tools = root.value(kTools).toArray();
            for (qsizetype i = 0; i < tools.size() && check.ok(); ++i) {
                if (!tools.at(i).isObject()) {
                    check.fail(toolPath(i), tr("an object"), tools.at(i));
                    break;
                }
                const QJsonObject t = tools.at(i).toObject();
                const QString p = toolPath(i);
                check.integer(t, QStringLiteral("id"), p);
                check.string(t, QStringLiteral("name"), p);
                check.string(t, QStringLiteral("type"), p);
                check.string(t, QStringLiteral("klipperTool"), p);
                for (const char *key : {"offsetX", "offsetY", "offsetZ"})
                    check.number(t, QLatin1String(key), p, false, 10000.0);
                for (const char *key : {"preciseX", "preciseY", "preciseZ"})
                    check.optionalNumber(t, QLatin1String(key), p, 10000.0);
            }
        }
    }
    if (!check.ok()) {
        m_error = check.error();
        return false;
    }
    m_root = root;
    m_error.clear();
    m_loaded = true;
    return true;
}

QList<ToolEntry> ToolsConfigStore::tools() const
{
    QList<ToolEntry> out;
    const QJsonArray tools = m_root.value(kTools).toArray();
    for (const QJsonValue &v : tools) {
        const QJsonObject t = v.toObject();
        ToolEntry e;
        e.id = t.value(QStringLiteral("id")).toInt();
        e.name = t.value(QStringLiteral("name")).toString();
        e.type = t.value(QStringLiteral("type")).toString();
        e.klipperTool = t.value(QStringLiteral("klipperTool")).toString();
        e.offsetX = t.value(QStringLiteral("offsetX")).toDouble();
        e.offsetY = t.value(QStringLiteral("offsetY")).toDouble();
        e.offsetZ = t.value(QStringLiteral("offsetZ")).toDouble();
        auto opt = [&t](const char *key) -> std::optional<double> {
            const QJsonValue x = t.value(QLatin1String(key));
            return x.isDouble() ? std::optional<double>(x.toDouble()) : std::nullopt;
        };
        e.preciseX = opt("preciseX");
        e.preciseY = opt("preciseY");
        e.preciseZ = opt("preciseZ");
        out.push_back(e);
    }
    return out;
}

int ToolsConfigStore::indexOf(int number, const QString &printerName) const
{
    const QString tName = QStringLiteral("T%1").arg(number);
    const QJsonArray tools = m_root.value(kTools).toArray();
    // 1. klipperTool
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString k = tools.at(i).toObject().value(QStringLiteral("klipperTool")).toString();
        if (!k.isEmpty() && (k.compare(tName, Qt::CaseInsensitive) == 0 || (!printerName.isEmpty() && k == printerName)))
            return int(i);
    }
    // 2. name, 3. id — only among entries not claimed by a klipperTool key.
    auto unclaimed = [](const QJsonObject &t) { return t.value(QStringLiteral("klipperTool")).toString().isEmpty(); };
    if (!printerName.isEmpty()) {
        for (qsizetype i = 0; i < tools.size(); ++i) {
            const QJsonObject t = tools.at(i).toObject();
            if (unclaimed(t) && t.value(QStringLiteral("name")).toString() == printerName)
                return int(i);
        }
    }
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QJsonObject t = tools.at(i).toObject();
        if (unclaimed(t) && t.value(QStringLiteral("id")).isDouble() && t.value(QStringLiteral("id")).toInt() == number)
            return int(i);
    }
    return -1;
}

int ToolsConfigStore::ensureTool(int number, const QString &printerName, const QString &type)
{
    const int found = indexOf(number, printerName);
    if (found >= 0)
        return found;
    QJsonArray tools = m_root.value(kTools).toArray();
    // Keep ids unique: the tool number when free, else the next free one.
    int id = number;
    auto idTaken = [&tools](int candidate) {
        for (const QJsonValue &v : tools)
            if (v.toObject().value(QStringLiteral("id")).toInt(-1) == candidate)
                return true;
        return false;
    };
    while (idTaken(id))
        ++id;
    const QString tName = QStringLiteral("T%1").arg(number);
    tools.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), printerName.isEmpty() ? tName : printerName},
        {QStringLiteral("type"), type},
        {QStringLiteral("klipperTool"), tName},
        {QStringLiteral("offsetX"), 0.0},
        {QStringLiteral("offsetY"), 0.0},
        {QStringLiteral("offsetZ"), 0.0},
    });
    m_root.insert(kTools, tools);
    return int(tools.size() - 1);
}

void ToolsConfigStore::setApproximateOffset(int index, double x, double y, double z)
{
    QJsonArray tools = m_root.value(kTools).toArray();
    if (index < 0 || index >= tools.size())
        return;
    QJsonObject t = tools.at(index).toObject();
    t.insert(QStringLiteral("offsetX"), x);
    t.insert(QStringLiteral("offsetY"), y);
    t.insert(QStringLiteral("offsetZ"), z);
    tools.replace(index, t);
    m_root.insert(kTools, tools);
}

void ToolsConfigStore::setPreciseOffset(int index, double x, double y, double z, const PreciseOffsetInfo &info)
{
    QJsonArray tools = m_root.value(kTools).toArray();
    if (index < 0 || index >= tools.size())
        return;
    QJsonObject t = tools.at(index).toObject();
    const QString when = (info.measuredAt.isValid() ? info.measuredAt : QDateTime::currentDateTimeUtc())
                             .toUTC()
                             .toString(Qt::ISODateWithMs);
    t.insert(QStringLiteral("preciseX"), x);
    t.insert(QStringLiteral("preciseY"), y);
    t.insert(QStringLiteral("preciseZ"), z);
    if (!info.method.isEmpty())
        t.insert(QStringLiteral("preciseMethod"), info.method);
    if (info.repeatabilityUm >= 0)
        t.insert(QStringLiteral("repeatabilityUm"), info.repeatabilityUm);
    if (info.samples > 0)
        t.insert(QStringLiteral("samples"), info.samples);
    t.insert(QStringLiteral("measuredAt"), when);
    QJsonArray history = t.value(QStringLiteral("history")).toArray();
    QJsonObject h{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("z"), z},
                  {QStringLiteral("at"), when}};
    if (!info.method.isEmpty())
        h.insert(QStringLiteral("method"), info.method);
    if (info.repeatabilityUm >= 0)
        h.insert(QStringLiteral("repeatabilityUm"), info.repeatabilityUm);
    history.append(h);
    while (history.size() > kHistoryLimit)
        history.removeFirst();
    t.insert(QStringLiteral("history"), history);
    tools.replace(index, t);
    m_root.insert(kTools, tools);
}

QJsonObject ToolsConfigStore::entry(int index) const
{
    const QJsonArray tools = m_root.value(kTools).toArray();
    if (index < 0 || index >= tools.size())
        return {};
    return tools.at(index).toObject();
}

void ToolsConfigStore::replaceEntry(int index, const QJsonObject &entry)
{
    QJsonArray tools = m_root.value(kTools).toArray();
    if (index < 0 || index >= tools.size())
        return;
    tools.replace(index, entry);
    m_root.insert(kTools, tools);
}

QList<ToolHistoryPoint> ToolsConfigStore::history(int index) const
{
    QList<ToolHistoryPoint> out;
    const QJsonArray lines = entry(index).value(QStringLiteral("history")).toArray();
    for (const QJsonValue &value : lines) {
        if (!value.isObject())
            continue;
        const QJsonObject line = value.toObject();
        ToolHistoryPoint point;
        point.at = QDateTime::fromString(line.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        auto number = [&line](const char *key) -> std::optional<double> {
            const QJsonValue v = line.value(QLatin1String(key));
            return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
        };
        point.x = number("x");
        point.y = number("y");
        point.z = number("z");
        point.method = line.value(QStringLiteral("method")).toString();
        point.repeatabilityUm = line.value(QStringLiteral("repeatabilityUm")).toDouble(-1.0);
        out.append(point);
    }
    return out;
}

void ToolsConfigStore::appendHistory(int index, const QJsonObject &line)
{
    QJsonArray tools = m_root.value(kTools).toArray();
    if (index < 0 || index >= tools.size())
        return;
    QJsonObject t = tools.at(index).toObject();
    QJsonArray history = t.value(QStringLiteral("history")).toArray();
    history.append(line);
    while (history.size() > kHistoryLimit)
        history.removeFirst();
    t.insert(QStringLiteral("history"), history);
    tools.replace(index, t);
    m_root.insert(kTools, tools);
}

bool ToolsConfigStore::save()
{
    if (!m_loaded) {
        // Never overwrite a file we could not read: the error of load() stays as the reason.
        if (m_error.isEmpty())
            m_error = tr("%1: not saved because it was not loaded.").arg(m_path);
        return false;
    }
    if (!m_root.contains(kTools))
        m_root.insert(kTools, QJsonArray());
    QString error;
    if (!AtomicJsonFile(m_path).write(m_root, &error)) {
        m_error = error;
        return false;
    }
    qCInfo(lcStore) << "saved" << m_path;
    return true;
}

} // namespace reticle
