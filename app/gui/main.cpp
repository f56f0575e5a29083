#include "GuiOptions.h"
#include "HeadlessDemo.h"
#include "MainWindow.h"
#include "CameraUi.h"
#include "PrinterUi.h"
#include "base/AppInfo.h"
#include "base/Languages.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QMessageBox>
#include <QTimer>

#include <memory>

#ifdef RETICLE_HAVE_EMBEDDED_SIM
#include "embedded/EmbeddedSimulator.h"
#endif

using namespace reticle;

int main(int argc, char **argv)
{
    // Parse before a display is needed: --help, --version and usage errors work over SSH too.
    GuiOptions options;
    {
        QCoreApplication parsing(argc, argv);
        AppInfo::applyToApplication();
        const ParseOutcome outcome = GuiCommandLine::parse(QCoreApplication::arguments(), options);
        if (outcome.shouldExit()) {
            CommandLine::print(outcome);
            return *outcome.exitCode;
        }
    }
    if (options.headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setDesktopFileName(AppInfo::applicationId());

    if (options.demo && options.headless && options.screenshotPath.isEmpty()) {
        // The main job without a window: a full calibration on the embedded simulator.
        QLoggingCategory::setFilterRules(QStringLiteral("reticle.*.debug=false\nreticle.*.info=false"));
        QTextStream out(stdout), err(stderr);
        return HeadlessDemo::run(out, err, QRandomGenerator::global()->generate(), options.cameraTool);
    }

    // The demo's printer and camera live on random local ports: keep them out of the user's
    // settings (profiles, last camera) by giving the demo a settings file of its own.
    QTemporaryDir demoSettings;
    if (options.demo && options.settingsFile.isEmpty())
        options.settingsFile = demoSettings.filePath(QStringLiteral("demo.ini"));
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

#ifdef RETICLE_HAVE_EMBEDDED_SIM
    // --demo: the simulated printer on a free 127.0.0.1 port, connected like a real one.
    std::unique_ptr<sim::EmbeddedSimulator> simulator;
    if (options.demo) {
        simulator = std::make_unique<sim::EmbeddedSimulator>();
        QString error;
        if (simulator->start(&error)) {
            window.printerUi()->connectTo(simulator->printerUrl(), simulator->apiKey());
            CameraProfile camera;
            camera.name = QApplication::translate("main", "Simulated nozzle camera");
            camera.url = simulator->cameraStreamUrl();
            camera.type = CameraProfile::Type::MjpegStream;
            window.cameraUi()->openProfile(camera);
        } else
            QMessageBox::warning(&window, QApplication::translate("main", "Demo"), error);
    }
#endif

    if (!options.screenshotPath.isEmpty()) {
        // Two seconds: connections are up and the camera health figures have settled.
        QTimer::singleShot(2000, &window, [&window, path = options.screenshotPath] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                qCritical("reticle: could not write the screenshot to %s", qUtf8Printable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
