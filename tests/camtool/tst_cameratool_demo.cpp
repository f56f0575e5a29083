// `reticle --demo --headless` in camera-tool mode: the embedded simulator with random hidden
// offsets, a camera tool C0 rotated and maybe mirrored; every tool recovered within 5 µm.
#include "HeadlessDemo.h"

#include <QTest>

using namespace reticle;

class TestCameraToolDemo : public QObject
{
    Q_OBJECT

private slots:
    void headlessDemoInCameraToolMode()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = HeadlessDemo::run(o, e, 5, true);
        o.flush();
        e.flush();
        qInfo("%s", qPrintable(out));
        QVERIFY2(code == 0, qPrintable(err + out));
        QVERIFY(out.contains(QStringLiteral("Camera-tool mode")));
        QVERIFY(out.contains(QStringLiteral("Largest error")));
        // One line per measured tool (T0, T1, T2), none of them the camera tool.
        QVERIFY(out.contains(QStringLiteral("\nT2 ")));
        QVERIFY(!out.contains(QStringLiteral("\nT3 ")));
    }
};

QTEST_GUILESS_MAIN(TestCameraToolDemo)
#include "tst_cameratool_demo.moc"
