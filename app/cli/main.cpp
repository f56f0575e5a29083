#include "CliCommands.h"
#include "CliDispatcher.h"
#include "base/AppInfo.h"
#include "base/Languages.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace reticle;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Progress is printed by the commands; module debug logs only when asked for (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QStringLiteral("reticle.*.debug=false\nreticle.*.info=false"));
    AppInfo::applyToApplication();
    Languages languages;
    languages.install(Languages::forLocale(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};
    CliDispatcher dispatcher(createCliCommands());
    dispatcher.setLanguageHandler([&languages](const QString &code) { languages.install(code); });
    const int code = dispatcher.run(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
