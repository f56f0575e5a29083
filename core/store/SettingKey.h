#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <optional>
#include <type_traits>

namespace reticle {

// One typed setting: its QSettings key, default and allowed range or choices. All keys live in
// SettingsKeys.h so there is exactly one place that says what Reticle stores.
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
    std::optional<T> minimum = std::nullopt;
    std::optional<T> maximum = std::nullopt;
    QStringList choices = {}; // for QString settings: the accepted values (empty = any)

    // The value to store or return for a candidate: clamped into range, or the default when the
    // candidate is not acceptable (not a number, not one of the choices).
    T sanitized(const T &candidate) const
    {
        if constexpr (std::is_floating_point_v<T>) {
            if (!std::isfinite(candidate))
                return defaultValue;
        }
        if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
            T value = candidate;
            if (minimum)
                value = std::max(value, *minimum);
            if (maximum)
                value = std::min(value, *maximum);
            return value;
        } else if constexpr (std::is_same_v<T, QString>) {
            if (!choices.isEmpty() && !choices.contains(candidate))
                return defaultValue;
            return candidate;
        } else {
            return candidate;
        }
    }

    // Converts what QSettings holds (often a string after a round trip through an INI file).
    std::optional<T> fromVariant(const QVariant &stored) const
    {
        if (!stored.isValid())
            return std::nullopt;
        if constexpr (std::is_same_v<T, bool>) {
            if (stored.typeId() == QMetaType::Bool)
                return stored.toBool();
            const QString text = stored.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1"))
                return true;
            if (text == QLatin1String("false") || text == QLatin1String("0"))
                return false;
            return std::nullopt;
        } else if constexpr (std::is_integral_v<T>) {
            bool ok = false;
            const qlonglong v = stored.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            return static_cast<T>(v);
        } else if constexpr (std::is_floating_point_v<T>) {
            bool ok = false;
            const double v = stored.toDouble(&ok);
            if (!ok)
                return std::nullopt;
            return static_cast<T>(v);
        } else if constexpr (std::is_same_v<T, QString>) {
            if (!stored.canConvert<QString>())
                return std::nullopt;
            return stored.toString();
        } else if constexpr (std::is_same_v<T, QByteArray>) {
            return stored.toByteArray();
        } else {
            if (!stored.canConvert<T>())
                return std::nullopt;
            return stored.value<T>();
        }
    }
};

} // namespace reticle
