#include "ConnectionIndicator.h"
#include "MainWindow.h"
#include "base/Languages.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace reticle;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void everyDockIsThere()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char *name : {"toolsDock", "jogDock", "wizardDock", "consoleDock"}) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY2(dock, name);
            QVERIFY2(dock->isVisible(), name);
            QVERIFY(!dock->windowTitle().isEmpty());
        }
        QVERIFY(window.centralWidget());
    }

    void emergencyStopIsOneClickAway()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *estop = window.findChild<QAction *>(QStringLiteral("emergencyStopAction"));
        QVERIFY(estop);
        QCOMPARE(estop, window.emergencyStopAction());
        QVERIFY(!estop->shortcut().isEmpty());
        QCOMPARE(estop->shortcutContext(), Qt::ApplicationShortcut);
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("machineToolBar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->actions().contains(estop));
        QVERIFY(toolBar->isVisible());
        // Disabled until a printer is connected, then one trigger reaches whoever listens.
        QVERIFY(!estop->isEnabled());
        estop->setEnabled(true);
        int triggered = 0;
        connect(estop, &QAction::triggered, this, [&] { ++triggered; });
        QTest::keySequence(&window, estop->shortcut());
        QCOMPARE(triggered, 1);
    }

    void statusBarShowsTheThreeLinks()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        for (const char *name : {"printerIndicator", "cameraIndicator", "mqttIndicator"}) {
            auto *indicator = window.findChild<ConnectionIndicator *>(QLatin1String(name));
            QVERIFY2(indicator, name);
            QCOMPARE(indicator->level(), ConnectionIndicator::Level::Off);
        }
        window.printerIndicator()->setState(ConnectionIndicator::Level::Good, QStringLiteral("ready"));
        QCOMPARE(window.printerIndicator()->text(), QStringLiteral("Printer: ready"));
    }

    void layoutIsRestoredFromSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(file);
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(QStringLiteral("consoleDock"))->hide();
            window.close(); // saves geometry and dock state
        }
        {
            Settings settings(file);
            QVERIFY(!settings.value(keys::windowState).isEmpty());
            MainWindow window(settings);
            window.restoreLayout();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("consoleDock"))->isVisible());
            window.resetLayout();
            QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("consoleDock"))->isVisible());
        }
    }

    void translatedWindowWhenALanguageIsInstalled()
    {
        Languages languages;
        QVERIFY(languages.install(QStringLiteral("de")));
        {
            QTemporaryDir dir;
            Settings settings(dir.filePath(QStringLiteral("s.ini")));
            MainWindow window(settings);
            QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("toolsDock"))->windowTitle(),
                     QStringLiteral("Werkzeuge"));
            QCOMPARE(window.emergencyStopAction()->text(), QStringLiteral("Not-Halt"));
        }
        QVERIFY(languages.install(QStringLiteral("cs")));
        {
            QTemporaryDir dir;
            Settings settings(dir.filePath(QStringLiteral("s.ini")));
            MainWindow window(settings);
            QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("toolsDock"))->windowTitle(),
                     QStringLiteral("Nástroje"));
        }
        QVERIFY(languages.install(QStringLiteral("en")));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("toolsDock"))->windowTitle(), QStringLiteral("Tools"));
    }

    void menusAreThere()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        for (const char *name : {"fileMenu", "machineMenu", "viewMenu", "helpMenu", "languageMenu"})
            QVERIFY2(window.findChild<QMenu *>(QLatin1String(name)), name);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
