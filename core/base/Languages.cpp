#include "Languages.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace reticle {

Languages::Languages() = default;

Languages::~Languages()
{
    removeInstalled();
}

QStringList Languages::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("cs")};
}

bool Languages::isAvailable(const QString &code)
{
    return available().contains(code);
}

QString Languages::forLocale(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Languages::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void Languages::removeInstalled()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

bool Languages::install(const QString &code)
{
    removeInstalled();
    m_current = QStringLiteral("en");
    if (code == QLatin1String("en"))
        return true;
    if (!isAvailable(code)) {
        qCWarning(lcI18n) << "no translation shipped for language" << code;
        return false;
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/reticle_%1.qm").arg(code))) {
        qCWarning(lcI18n) << "translation catalogue missing from resources for" << code;
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    m_installed.push_back(std::move(own));

    // Qt's own strings (standard buttons, file dialogs) come from the system's qt6-translations.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_installed.push_back(std::move(qt));
    } else {
        qCInfo(lcI18n) << "Qt's own translations for" << code << "are not installed";
    }
    m_current = code;
    return true;
}

} // namespace reticle
