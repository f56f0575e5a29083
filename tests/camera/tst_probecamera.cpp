#include "CameraTestUtil.h"
#include "LoopbackCameraServer.h"
#include "ProbeCameraCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace reticle;

// `reticle-cli probe-camera` against a loopback camera, run in-process.
class TestProbeCamera : public QObject
{
    Q_OBJECT

private:
    int run(const QStringList &args, QString &out, QString &err)
    {
        QTextStream o(&out), e(&err);
        CliIo io{o, e};
        ProbeCameraCommand command;
        const int code = command.run(QStringList{QStringLiteral("probe-camera")} + args, io);
        o.flush();
        e.flush();
        return code;
    }

private slots:
    void reportsTheStreamAsJson()
    {
        LoopbackCameraServer server;
        server.setFrame(cameratest::makeJpeg(128, 96));
        QVERIFY(server.start());
        QString out, err;
        const int code = run({server.url(QStringLiteral("/stream")), QStringLiteral("--seconds"), QStringLiteral("1"),
                              QStringLiteral("--json")},
                             out, err);
        QCOMPARE(code, 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("stream_type")).toString(), QStringLiteral("multipart"));
        QCOMPARE(json.value(QStringLiteral("boundary")).toString(), QStringLiteral("boundarydonotcross"));
        QCOMPARE(json.value(QStringLiteral("width")).toInt(), 128);
        QCOMPARE(json.value(QStringLiteral("height")).toInt(), 96);
        QVERIFY(json.value(QStringLiteral("frames")).toInt() > 0);
        QVERIFY(json.value(QStringLiteral("fps")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("decode_ms_mean")).toDouble() >= 0);
        QVERIFY(json.value(QStringLiteral("bytes")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("source_timestamps")).toBool());
    }

    void aSnapshotUrlIsPolled()
    {
        LoopbackCameraServer server;
        server.setFrame(cameratest::makeJpeg(64, 48));
        QVERIFY(server.start());
        QString out, err;
        QCOMPARE(run({server.url(QStringLiteral("/snapshot")), QStringLiteral("--seconds"), QStringLiteral("1")}, out,
                     err),
                 0);
        QVERIFY2(out.contains(QString::fromUtf8("64×48")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("snapshot")));
    }

    void noFramesExitsOneWithTheReason()
    {
        LoopbackCameraServer server;
        QVERIFY(server.start());
        QString out, err;
        QCOMPARE(run({server.url(QStringLiteral("/missing")), QStringLiteral("--seconds"), QStringLiteral("2")}, out,
                     err),
                 1);
        QVERIFY2(err.contains(QLatin1String("404")), qPrintable(err));
    }

    void badUsageExitsTwo()
    {
        QString out, err;
        QCOMPARE(run({}, out, err), 2);
        QCOMPARE(run({QStringLiteral("http://127.0.0.1:1/stream"), QStringLiteral("--seconds"), QStringLiteral("zero")},
                     out, err),
                 2);
        QCOMPARE(run({QStringLiteral("http://127.0.0.1:1/stream"), QStringLiteral("--type"), QStringLiteral("webrtc")},
                     out, err),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestProbeCamera)
#include "tst_probecamera.moc"
