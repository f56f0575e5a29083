#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace reticle {

// The languages Reticle ships translations for, and the loading of them (ours plus Qt's own).
class Languages
{
public:
    Languages();
    ~Languages();
    Languages(const Languages &) = delete;
    Languages &operator=(const Languages &) = delete;

    // Language codes accepted by --lang and the language setting, "en" first.
    static QStringList available();
    static bool isAvailable(const QString &code);
    // The best shipped language for a locale (falls back to "en").
    static QString forLocale(const QLocale &locale);
    // Native name, e.g. "Deutsch", for menus.
    static QString nativeName(const QString &code);

    // Installs the translators for `code` on the running application. Returns false (and logs)
    // when the compiled catalogue for a shipped language is missing from the resources.
    bool install(const QString &code);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_current = QStringLiteral("en");
};

} // namespace reticle
