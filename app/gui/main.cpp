#include "GuiOptions.h"
#include "HeadlessDemo.h"
#include "MainWindow.h"
#include "base/AppInfo.h"
#include "base/Languages.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace reticle;

int main(int argc, char **argv)
{
    if (GuiCommandLine::requestsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setDesktopFileName(AppInfo::applicationId());

    GuiOptions options;
    const ParseOutcome outcome = GuiCommandLine::parse(QApplication::arguments(), options);
    if (outcome.shouldExit()) {
        CommandLine::print(outcome);
        return *outcome.exitCode;
    }

    if (options.demo && options.headless && options.screenshotPath.isEmpty()) {
        // The main job without a window: a full calibration on the embedded simulator.
        QLoggingCategory::setFilterRules(QStringLiteral("reticle.*.debug=false\nreticle.*.info=false"));
        QTextStream out(stdout), err(stderr);
        return HeadlessDemo::run(out, err, QRandomGenerator::global()->generate());
    }

    auto settings = options.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                                   : std::make_unique<Settings>(options.settingsFile);
    Languages languages;
    QString language = options.language;
    if (language.isEmpty())
        language = settings->value(keys::language);
    if (language.isEmpty())
        language = Languages::forLocale(QLocale::system());
    languages.install(language);

    MainWindow window(*settings);
    if (!options.resetLayout)
        window.restoreLayout();
    window.show();

    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(800, &window, [&window, path = options.screenshotPath] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                qCritical("reticle: could not write the screenshot to %s", qUtf8Printable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
