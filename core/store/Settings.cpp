#include "Settings.h"

namespace reticle {

Settings::Settings()
    : m_backend(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_backend(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

void Settings::sync()
{
    m_backend->sync();
}

} // namespace reticle
