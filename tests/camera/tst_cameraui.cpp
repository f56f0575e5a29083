#include "CameraTestUtil.h"
#include "CameraUi.h"
#include "ConnectionIndicator.h"
#include "LoopbackCameraServer.h"
#include "MainWindow.h"
#include "camera/CameraView.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

// The camera in the main window: the view replaces the placeholder, the last camera starts with
// the window, and the status bar follows the stream.
class TestCameraUi : public QObject
{
    Q_OBJECT

private slots:
    void viewReplacesThePlaceholderAndShowsTheStream()
    {
        LoopbackCameraServer server;
        server.setFrame(cameratest::makeJpeg(96, 64));
        QVERIFY(server.start());
        const quint16 port = server.port();

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        CameraProfile profile;
        profile.name = QStringLiteral("loopback");
        profile.url = QUrl(server.url(QStringLiteral("/stream")));
        profile.reticle = QStringLiteral("circle");
        settings.setValue(keys::cameraProfiles, CameraProfile::listToJson({profile}));
        settings.setValue(keys::cameraActive, profile.name);

        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = qobject_cast<CameraView *>(window.centralWidget());
        QVERIFY(view);
        QCOMPARE(view->objectName(), QStringLiteral("cameraView"));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("cameraPlaceholder")));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("cameraMenu")));
        QVERIFY(window.menuBar()->actions().contains(window.cameraUi()->menu()->menuAction()));
        QCOMPARE(view->reticle(), ReticleOverlay::Kind::Circle);

        QTRY_VERIFY_WITH_TIMEOUT(!view->image().isNull(), 15000);
        QCOMPARE(view->image().size(), QSize(96, 64));
        QTRY_COMPARE_WITH_TIMEOUT(window.cameraIndicator()->level(), ConnectionIndicator::Level::Good, 15000);

        // The reticle choice is saved with the camera.
        view->setReticle(ReticleOverlay::Kind::Ruler);
        QCOMPARE(CameraProfile::listFromJson(settings.value(keys::cameraProfiles)).value(0).reticle,
                 QStringLiteral("ruler"));

        // The camera goes away: the indicator says so, and it comes back by itself.
        QVERIFY(window.cameraUi()->source()); // open
        server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(window.cameraIndicator()->level(), ConnectionIndicator::Level::Warning, 15000);
        QVERIFY(server.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(window.cameraIndicator()->level(), ConnectionIndicator::Level::Good, 20000);

        window.cameraUi()->closeCamera();
        QCOMPARE(window.cameraIndicator()->level(), ConnectionIndicator::Level::Off);
        QVERIFY(view->image().isNull());
    }
};

QTEST_MAIN(TestCameraUi)
#include "tst_cameraui.moc"
