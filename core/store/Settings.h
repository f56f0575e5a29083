#pragma once

#include "SettingKey.h"

#include <QSettings>

#include <memory>

namespace reticle {

// Typed access to QSettings through the keys in SettingsKeys.h. Reads never return a value
// outside a key's range; a stored value of the wrong type reads as the default.
class Settings
{
public:
    Settings();                                   // the application's QSettings
    explicit Settings(const QString &iniFile);    // a given INI file (tests, portable installs)

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const auto stored = key.fromVariant(m_backend->value(QLatin1String(key.key)));
        if (!stored)
            return key.defaultValue;
        return key.sanitized(*stored);
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_backend->setValue(QLatin1String(key.key), QVariant::fromValue(key.sanitized(value)));
    }

    template<typename T>
    bool contains(const SettingKey<T> &key) const
    {
        return m_backend->contains(QLatin1String(key.key));
    }

    template<typename T>
    void reset(const SettingKey<T> &key)
    {
        m_backend->remove(QLatin1String(key.key));
    }

    void sync();
    QSettings &backend() { return *m_backend; }

private:
    std::unique_ptr<QSettings> m_backend;
};

} // namespace reticle
