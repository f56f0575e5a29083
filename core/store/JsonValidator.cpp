#include "JsonValidator.h"

#include <cmath>

namespace reticle {

QString JsonValidator::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return std::isfinite(value.toDouble()) ? tr("the number %1").arg(value.toDouble()) : tr("a non-finite number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        return tr("nothing");
    }
    return tr("nothing");
}

void JsonValidator::fail(const QString &path, const QString &expected, const QJsonValue &found)
{
    if (!m_error.isEmpty())
        return;
    m_error = tr("%1: %2: expected %3, found %4.").arg(m_file, path, expected, describe(found));
}

static QString keyPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

std::optional<double> JsonValidator::number(const QJsonObject &o, const QString &key, const QString &path,
                                            bool required, double maxAbs)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(keyPath(path, key), tr("a number"), v);
        return std::nullopt;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::abs(v.toDouble()) > maxAbs) {
        fail(keyPath(path, key), tr("a finite number within ±%1").arg(maxAbs), v);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<double> JsonValidator::optionalNumber(const QJsonObject &o, const QString &key, const QString &path,
                                                    double maxAbs)
{
    if (o.value(key).isNull())
        return std::nullopt;
    return number(o, key, path, false, maxAbs);
}

std::optional<int> JsonValidator::integer(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(keyPath(path, key), tr("a whole number"), v);
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e9) {
        fail(keyPath(path, key), tr("a whole number"), v);
        return std::nullopt;
    }
    return int(d);
}

std::optional<QString> JsonValidator::string(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(keyPath(path, key), tr("a string"), v);
        return std::nullopt;
    }
    if (!v.isString()) {
        fail(keyPath(path, key), tr("a string"), v);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> JsonValidator::boolean(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(keyPath(path, key), tr("true or false"), v);
        return std::nullopt;
    }
    if (!v.isBool()) {
        fail(keyPath(path, key), tr("true or false"), v);
        return std::nullopt;
    }
    return v.toBool();
}

} // namespace reticle
