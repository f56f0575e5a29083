// reticle-sim's options: the parser's checks, and the executable as a user runs it.

#include "printer/SimulatorOptionsParser.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace reticle::sim;

namespace {

bool parse(const QStringList &args, SimulatorOptions *options, QString *error)
{
    QCommandLineParser parser;
    SimulatorOptionsParser simOptions;
    simOptions.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("reticle-sim")} + args)) {
        *error = parser.errorText();
        return false;
    }
    return simOptions.read(parser, options, error);
}

} // namespace

class TestSimOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        SimulatorOptions options;
        QString error;
        QVERIFY2(parse({}, &options, &error), qPrintable(error));
        QCOMPARE(options.host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(options.apiPort, quint16(7125));
        QCOMPARE(options.tools, 3);
        QVERIFY(options.apiKey.isEmpty());
        QCOMPARE(options.offsetModel, SimulatorOptions::OffsetModel::Transform);
        QVERIFY(!options.cameraTool);
    }

    void fullCommandLine()
    {
        SimulatorOptions options;
        QString error;
        QVERIFY2(parse({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--api-port"), QStringLiteral("0"),
                        QStringLiteral("--tools"), QStringLiteral("2"), QStringLiteral("--camera-tool"),
                        QStringLiteral("--offsets"), QStringLiteral("T1:0.3,-0.2; C0:1,2,0.5"), QStringLiteral("--api-key"),
                        QStringLiteral("k"), QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--backlash"),
                        QStringLiteral("0.05"), QStringLiteral("--position-noise"), QStringLiteral("0.002"),
                        QStringLiteral("--offset-model"), QStringLiteral("homing-origin"), QStringLiteral("--set-tool-offset")},
                       &options, &error),
                 qPrintable(error));
        QCOMPARE(options.apiPort, quint16(0));
        QCOMPARE(options.toolCount(), 3);
        QCOMPARE(options.toolName(2), QStringLiteral("C0"));
        QCOMPARE(options.trueOffset(1), QVector3D(0.3f, -0.2f, 0.0f));
        QCOMPARE(options.trueOffset(2), QVector3D(1.0f, 2.0f, 0.5f));
        QCOMPARE(options.trueOffset(0), QVector3D());
        QCOMPARE(options.apiKey, QStringLiteral("k"));
        QCOMPARE(options.seed, 9u);
        QCOMPARE(options.backlash, 0.05);
        QCOMPARE(options.positionNoise, 0.002);
        QCOMPARE(options.offsetModel, SimulatorOptions::OffsetModel::HomingOrigin);
        QVERIFY(options.setToolOffsetCommand);
    }

    void webcams()
    {
        SimulatorOptions options;
        QString error;
        QVERIFY2(parse({QStringLiteral("--webcam"), QStringLiteral("name=bed;stream=/webcam/?action=stream;snapshot=;rotation=90;flip=hv"),
                        QStringLiteral("--webcam"),
                        QStringLiteral("name=nozzle;stream=http://10.0.0.5:8080/stream;snapshot=http://10.0.0.5:8080/snapshot;uid=abc")},
                       &options, &error),
                 qPrintable(error));
        QCOMPARE(options.webcams.size(), 2);
        QCOMPARE(options.webcams.at(0).name, QStringLiteral("bed"));
        QCOMPARE(options.webcams.at(0).streamUrl, QStringLiteral("/webcam/?action=stream"));
        QVERIFY(options.webcams.at(0).snapshotUrl.isEmpty());
        QCOMPARE(options.webcams.at(0).rotation, 90);
        QVERIFY(options.webcams.at(0).flipHorizontal && options.webcams.at(0).flipVertical);
        QCOMPARE(options.webcams.at(1).snapshotUrl, QStringLiteral("http://10.0.0.5:8080/snapshot"));
        QCOMPARE(options.webcams.at(1).uid, QStringLiteral("abc"));
    }

    void invalidValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("localhost:1")}
                              << QStringLiteral("'localhost:1' is not an IP address");
        QTest::newRow("port") << QStringList{QStringLiteral("--api-port"), QStringLiteral("70000")}
                              << QStringLiteral("--api-port must be a port number from 0 to 65535, not '70000'");
        QTest::newRow("tools") << QStringList{QStringLiteral("--tools"), QStringLiteral("0")}
                               << QStringLiteral("--tools must be a whole number from 1 to 16, not '0'");
        QTest::newRow("offsets form") << QStringList{QStringLiteral("--offsets"), QStringLiteral("T1=0.3,0.2")}
                                      << QStringLiteral("--offsets entry 'T1=0.3,0.2' is not of the form T<n>:dx,dy[,dz]");
        QTest::newRow("offsets tool") << QStringList{QStringLiteral("--offsets"), QStringLiteral("T3:0.3,0.2")}
                                      << QStringLiteral("--offsets names tool T3 but only T0 to T2 exist");
        QTest::newRow("offsets number") << QStringList{QStringLiteral("--offsets"), QStringLiteral("T1:0.3,abc")}
                                        << QStringLiteral("--offsets entry 'T1:0.3,abc': 'abc' is not an offset in mm (at most 50)");
        QTest::newRow("offsets count") << QStringList{QStringLiteral("--offsets"), QStringLiteral("T1:0.3")}
                                       << QStringLiteral("--offsets entry 'T1:0.3' needs two or three numbers");
        QTest::newRow("camera without tool") << QStringList{QStringLiteral("--offsets"), QStringLiteral("C0:1,1")}
                                             << QStringLiteral("--offsets names 'C0:1,1' but there is no such camera tool (use --camera-tool for C0)");
        QTest::newRow("model") << QStringList{QStringLiteral("--offset-model"), QStringLiteral("magic")}
                               << QStringLiteral("--offset-model must be 'transform' or 'homing-origin', not 'magic'");
        QTest::newRow("backlash") << QStringList{QStringLiteral("--backlash"), QStringLiteral("-1")}
                                  << QStringLiteral("--backlash must be a number from 0 to 5, not '-1'");
        QTest::newRow("webcam without stream") << QStringList{QStringLiteral("--webcam"), QStringLiteral("name=a")}
                                               << QStringLiteral("--webcam needs at least name=... and stream=...");
        QTest::newRow("webcam rotation") << QStringList{QStringLiteral("--webcam"), QStringLiteral("name=a;stream=/s;rotation=45")}
                                         << QStringLiteral("--webcam rotation must be 0, 90, 180 or 270, not '45'");
        QTest::newRow("webcam key") << QStringList{QStringLiteral("--webcam"), QStringLiteral("name=a;stream=/s;zoom=2")}
                                    << QStringLiteral("--webcam has no setting 'zoom' (name, stream, snapshot, uid, service, rotation, flip)");
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("x")}
                              << QStringLiteral("--seed must be a whole number from 0 to 4294967295, not 'x'");
    }

    void invalidValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        SimulatorOptions options;
        QString error;
        QVERIFY(!parse(args, &options, &error));
        QCOMPARE(error, message);
    }

    // The executable: bad values exit 2 with the reason; good ones print the URLs and run
    // until SIGTERM, then exit cleanly.
    void executable()
    {
        QProcess bad;
        bad.start(QStringLiteral(RETICLE_SIM_BINARY), {QStringLiteral("--offsets"), QStringLiteral("T9:1,1")});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY2(bad.readAllStandardError().contains("--offsets names tool T9"), "no reason on stderr");

        QProcess sim;
        sim.start(QStringLiteral(RETICLE_SIM_BINARY), {QStringLiteral("--api-port"), QStringLiteral("0"), QStringLiteral("--tools"),
                                                       QStringLiteral("2")});
        QVERIFY(sim.waitForStarted(20000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += sim.readAllStandardOutput();
                return out.contains("Moonraker websocket: ");
            },
            20000));
        static const QRegularExpression url(QStringLiteral("Moonraker websocket: ws://127\\.0\\.0\\.1:(\\d+)/websocket"));
        QVERIFY2(url.match(QString::fromUtf8(out)).hasMatch(), out.constData());
        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(20000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimOptions)
#include "tst_simoptions.moc"
