// EmbeddedSimulator: the virtual printer on its own thread on a free 127.0.0.1 port, as
// `reticle --demo` uses it.

#include "SimTestClient.h"
#include "embedded/EmbeddedSimulator.h"

#include <QSignalSpy>
#include <QThread>

using namespace reticle::sim;
using namespace reticle::sim::test;

class TestSimEmbedded : public QObject
{
    Q_OBJECT

private slots:
    void runsOnItsOwnThread()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiPort = 7125; // ignored: the embedded simulator always takes a free port
        options.trueOffsets.insert(1, QVector3D(0.2f, 0.1f, 0.0f));
        EmbeddedSimulator sim(options);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QCOMPARE(sim.printerUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sim.printerUrl().port() > 0);
        QCOMPARE(sim.printerUrl().path(), QStringLiteral("/websocket"));
        QVERIFY(sim.klipper()->thread() != QThread::currentThread());

        EmbeddedSimulator second(options);
        QVERIFY(second.start());
        QVERIFY(second.printerUrl().port() != sim.printerUrl().port());
        second.stop();
        QVERIFY(!second.isRunning());

        SimTestClient client;
        QVERIFY(client.open(sim.printerUrl()));
        QTRY_COMPARE(client.result(QStringLiteral("server.info")).toObject().value(QStringLiteral("klippy_state")).toString(),
                     QStringLiteral("ready"));
        QCOMPARE(client.gcode(QStringLiteral("G28\nG1 X100 Y50 Z20 F600000\nT1\nM400")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("ok"));
        const MachineSnapshot shot = sim.snapshot();
        QCOMPARE(shot.activeTool, 1);
        QCOMPARE(shot.carriage[0], 100.0);
        QCOMPARE(shot.carriage[1], 50.0);
        QCOMPARE(shot.trueOffsets.size(), options.toolCount());
        QCOMPARE(double(shot.trueOffsets.at(1).x()), double(0.2f));

        // Fault injection goes through the simulator thread.
        QSignalSpy closed(&client.socket(), &QWebSocket::disconnected);
        QMetaObject::invokeMethod(sim.moonraker(), [&sim] { sim.moonraker()->dropAllConnections(); },
                                  Qt::BlockingQueuedConnection);
        QVERIFY(closed.wait(5000));
        sim.stop();
        QVERIFY(!sim.isRunning());
        QCOMPARE(sim.snapshot().klippyState, QString());
    }
};

QTEST_GUILESS_MAIN(TestSimEmbedded)
#include "tst_simembedded.moc"
