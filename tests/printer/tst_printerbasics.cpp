#include "printer/MoonrakerClient.h"
#include "printer/PrinterProfile.h"
#include "base/ReconnectPolicy.h"
#include "printer/WebcamInfo.h"

#include <QJsonDocument>
#include <QTest>

using namespace reticle;

class TestPrinterBasics : public QObject
{
    Q_OBJECT

private slots:
    void reconnectBacksOffFromOneToEightSeconds()
    {
        ReconnectPolicy policy;
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << policy.nextDelayMs();
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 8000, 8000}));
        policy.reset();
        QCOMPARE(policy.nextDelayMs(), 1000);
    }

    void addressesBecomeWebsocketUrls_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("url");
        QTest::newRow("bare host") << "voron.local" << "ws://voron.local:7125/websocket";
        QTest::newRow("host and port") << "10.0.0.5:7125" << "ws://10.0.0.5:7125/websocket";
        QTest::newRow("http") << "http://10.0.0.5:7125" << "ws://10.0.0.5:7125/websocket";
        QTest::newRow("nginx") << "http://voron.local/" << "ws://voron.local/websocket";
        QTest::newRow("https") << "https://voron.example:7130" << "wss://voron.example:7130/websocket";
        QTest::newRow("ws as is") << "ws://127.0.0.1:7125/websocket" << "ws://127.0.0.1:7125/websocket";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("other scheme") << "ftp://x" << "";
    }

    void addressesBecomeWebsocketUrls()
    {
        QFETCH(QString, address);
        QFETCH(QString, url);
        QCOMPARE(MoonrakerClient::websocketUrl(address).toString(), url);
    }

    void oneshotTokenUrl()
    {
        QCOMPARE(MoonrakerClient::oneshotTokenUrl(QUrl(QStringLiteral("ws://h:7125/websocket"))).toString(),
                 QStringLiteral("http://h:7125/access/oneshot_token"));
        QCOMPARE(MoonrakerClient::oneshotTokenUrl(QUrl(QStringLiteral("wss://h/websocket?token=x"))).toString(),
                 QStringLiteral("https://h/access/oneshot_token"));
    }

    void webcamUrlsResolveAgainstThePrinterHost_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("crowsnest path") << "/webcam/?action=stream" << "http://voron.local/webcam/?action=stream";
        QTest::newRow("second cam") << "/webcam2/?action=snapshot" << "http://voron.local/webcam2/?action=snapshot";
        QTest::newRow("no slash") << "webcam/stream" << "http://voron.local/webcam/stream";
        QTest::newRow("absolute") << "http://10.0.0.9:81/stream" << "http://10.0.0.9:81/stream";
        QTest::newRow("loopback") << "http://127.0.0.1:8080/?action=stream" << "http://voron.local:8080/?action=stream";
        QTest::newRow("localhost") << "http://localhost/snapshot" << "http://voron.local/snapshot";
        QTest::newRow("empty") << "" << "";
    }

    void webcamUrlsResolveAgainstThePrinterHost()
    {
        QFETCH(QString, value);
        QFETCH(QString, resolved);
        QCOMPARE(WebcamInfo::resolveUrl(value, QStringLiteral("voron.local")).toString(), resolved);
    }

    void webcamListParses()
    {
        const QByteArray json =
            "{\"webcams\":["
            "{\"name\":\"nozzle\",\"uid\":\"a1\",\"service\":\"mjpegstreamer-adaptive\",\"enabled\":true,"
            "\"stream_url\":\"/webcam2/?action=stream\",\"snapshot_url\":\"/webcam2/?action=snapshot\","
            "\"flip_horizontal\":true,\"flip_vertical\":false,\"rotation\":90,\"aspect_ratio\":\"4:3\",\"target_fps\":15},"
            "{\"name\":\"bed\",\"uid\":\"b2\",\"service\":\"webrtc-camerastreamer\",\"stream_url\":\"http://10.0.0.7/webrtc\","
            "\"snapshot_url\":\"\",\"rotation\":45},"
            "{\"name\":\"\",\"stream_url\":\"/x\"},"
            "{\"name\":\"broken\",\"stream_url\":\"\"}]}";
        const auto cams = WebcamInfo::fromListResult(QJsonDocument::fromJson(json).object(), QStringLiteral("10.0.0.5"));
        QCOMPARE(cams.size(), 2);
        QCOMPARE(cams[0].name, QStringLiteral("nozzle"));
        QCOMPARE(cams[0].streamUrl.toString(), QStringLiteral("http://10.0.0.5/webcam2/?action=stream"));
        QCOMPARE(cams[0].snapshotUrl.toString(), QStringLiteral("http://10.0.0.5/webcam2/?action=snapshot"));
        QVERIFY(cams[0].flipHorizontal);
        QVERIFY(!cams[0].flipVertical);
        QCOMPARE(cams[0].rotation, 90);
        QVERIFY(cams[1].snapshotUrl.isEmpty());
        QCOMPARE(cams[1].rotation, 0); // not a right angle
        QVERIFY(WebcamInfo::fromListResult(QJsonValue(QStringLiteral("nonsense")), QStringLiteral("h")).isEmpty());
    }

    void profilesRoundTripAndSurviveGarbage()
    {
        const QList<PrinterProfile> profiles{{QStringLiteral("Voron"), QStringLiteral("voron.local"),
                                              QStringLiteral("e514851f37b94c779d955212b6906f95"), false},
                                             {QStringLiteral("Jubilee"), QStringLiteral("http://10.0.0.8:7125"), {}, true}};
        QCOMPARE(PrinterProfile::listFromJson(PrinterProfile::listToJson(profiles)), profiles);
        QVERIFY(PrinterProfile::listFromJson("not json").isEmpty());
        QVERIFY(PrinterProfile::listFromJson(R"({"name":"x"})").isEmpty());
        QCOMPARE(PrinterProfile::listFromJson(R"([{"name":"a","address":"h"},{"name":"","address":"h"},7])").size(), 1);
    }

    void gcodeTimeouts()
    {
        QCOMPARE(PrinterLink::defaultGcodeTimeoutMs(QStringLiteral("G28")), PrinterLink::kNoTimeout);
        QCOMPARE(PrinterLink::defaultGcodeTimeoutMs(QStringLiteral("G91\nG1 X1\nG90\nM400")), PrinterLink::kNoTimeout);
        QCOMPARE(PrinterLink::defaultGcodeTimeoutMs(QStringLiteral("T1")), PrinterLink::kNoTimeout);
        QCOMPARE(PrinterLink::defaultGcodeTimeoutMs(QStringLiteral("M114")), PrinterLink::kDefaultGcodeTimeoutMs);
        QCOMPARE(PrinterLink::defaultGcodeTimeoutMs(QStringLiteral("G1 X10")), PrinterLink::kDefaultGcodeTimeoutMs);
    }

    void errorsReadAsTheOperatorSeesThem()
    {
        QCOMPARE((PrinterError{-32602, QStringLiteral("Unauthorized")}).toString(), QStringLiteral("Unauthorized (-32602)"));
        QVERIFY(PrinterError::timeout(2500).isClientSide());
        QVERIFY(!(PrinterError{400, QStringLiteral("x")}).isClientSide());
    }
};

QTEST_GUILESS_MAIN(TestPrinterBasics)
#include "tst_printerbasics.moc"
