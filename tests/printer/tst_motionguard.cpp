#include "FakePrinterLink.h"
#include "printer/MotionGuard.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace reticle;

class TestMotionGuard : public QObject
{
    Q_OBJECT

private:
    MotionLimits limits() const
    {
        MotionLimits l;
        l.maxJogStepMm = 10.0;
        l.maxCentringStepMm = 2.0;
        l.axisLimitMarginMm = 0.5;
        l.feedMmPerMin = 3000.0;
        return l;
    }

    // Refused: the reply fails with kRefused, refused() carries the reason, nothing was sent.
    QString expectRefused(FakePrinterLink &link, MotionGuard &guard, PrinterReply *reply)
    {
        QSignalSpy finished(reply, &PrinterReply::finished);
        finished.wait(2000);
        [&] { QVERIFY(reply->isError()); }();
        [&] { QCOMPARE(reply->error()->code, PrinterError::kRefused); }();
        [&] { QVERIFY(link.calls.isEmpty()); }();
        Q_UNUSED(guard)
        return reply->error()->message;
    }

private slots:
    void jogIsARelativeMoveThatRestoresAbsoluteMode()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        PrinterReply *reply = guard.move(MoveRequest::jog(1.0, 0.0, 0.0));
        QSignalSpy finished(reply, &PrinterReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(!reply->isError());
        QCOMPARE(link.scripts(), QStringList{QStringLiteral("G91\nG1 X1.000 F3000\nG90")});
    }

    void centringWaitsWithM400AndHasNoTimeout()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        guard.move(MoveRequest::centring(-0.25, 0.125));
        QCOMPARE(link.scripts(), QStringList{QStringLiteral("G91\nG1 X-0.250 Y0.125 F3000\nG90\nM400")});
        QCOMPARE(link.calls.first().timeoutMs, PrinterLink::kNoTimeout);
    }

    void absoluteTargetsBecomeStepsFromThePhysicalPosition()
    {
        FakePrinterLink link;
        link.makeReadyPrinter(); // at (150, 100, 20)
        MotionGuard guard(link, limits());
        guard.move(MoveRequest::absolute(200.0, 50.0, std::nullopt));
        QCOMPARE(link.scripts(), QStringList{QStringLiteral("G91\nG1 X50.000 Y-50.000 F3000\nG90\nM400")});
    }

    void relativeModeIsLeftAlone()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        link.setStatus(R"({"gcode_move":{"absolute_coordinates":false}})");
        MotionGuard guard(link, limits());
        guard.move(MoveRequest::jog(0.0, 0.0, -0.1));
        QCOMPARE(link.scripts(), QStringList{QStringLiteral("G1 Z-0.100 F3000")});
    }

    void quickJogsStackOnThePendingTarget()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        // 150 + 10 * 14 = 290 is fine, the 15th step would reach 300 > 299.5 and is refused
        // although the subscription has not reported any of the moves yet.
        for (int i = 0; i < 14; ++i) {
            QVERIFY(guard.check(MoveRequest::jog(10.0, 0, 0)).allowed);
            guard.move(MoveRequest::jog(10.0, 0, 0));
        }
        QVERIFY(!guard.check(MoveRequest::jog(10.0, 0, 0)).allowed);
        QCOMPARE(link.scripts().size(), 14);
    }

    void theNextMoveStartsWhereTheRoundedGcodeSentTheHead()
    {
        FakePrinterLink link;
        link.makeReadyPrinter(); // at (150, 100, 20)
        MotionGuard guard(link, limits());
        // 1.4 µm goes out as 0.001 mm: the head ends at X 150.001, not 150.0014.
        guard.move(MoveRequest::jog(0.0014, 1.0, 0.0));
        // Before any status update: the target 150.0018 is 0.8 µm beyond where the head is, so
        // it takes another 0.001 mm step, and the two steps end 0.2 µm from it.
        guard.move(MoveRequest::absolute(150.0018, std::nullopt, std::nullopt));
        QCOMPARE(link.scripts(), (QStringList{QStringLiteral("G91\nG1 X0.001 Y1.000 F3000\nG90"),
                                              QStringLiteral("G91\nG1 X0.001 F3000\nG90\nM400")}));
        // And a target the sent steps reached exactly is "already there".
        QVERIFY(guard.check(MoveRequest::absolute(150.002, 101.0, std::nullopt)).empty);
    }

    void noMoveIsPlannedFromThePositionBeforeAToolChange()
    {
        // Lift, change tool, move down: the subscription still shows Z 20 from before the lift
        // when the change's reply comes, but the head is at Z 25 (the change read it back).
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        QSignalSpy lifted(guard.move(MoveRequest::jog(0.0, 0.0, 5.0)), &PrinterReply::finished);
        QVERIFY(lifted.wait(2000));
        link.results.insert(QStringLiteral("printer.objects.query"),
                            QJsonObject{{QStringLiteral("status"),
                                         QJsonObject{{QStringLiteral("toolhead"),
                                                      QJsonObject{{QStringLiteral("position"),
                                                                   QJsonArray{150.0, 100.0, 25.0, 0.0}}}}}}});
        PrinterReply *change = guard.selectTool(1);
        // While the change runs, nothing is planned from the stale position.
        const MoveDecision during = guard.check(MoveRequest::absolute(std::nullopt, std::nullopt, 20.0));
        QVERIFY(!during.allowed);
        QVERIFY(!during.empty);
        QCOMPARE(during.reason, QStringLiteral("The toolhead position is not known yet."));
        QSignalSpy changed(change, &PrinterReply::finished);
        QVERIFY(changed.wait(2000));
        QVERIFY(!change->isError());
        link.calls.clear();
        guard.move(MoveRequest::absolute(std::nullopt, std::nullopt, 20.0));
        QCOMPARE(link.scripts(), QStringList{QStringLiteral("G91\nG1 Z-5.000 F3000\nG90\nM400")});
    }

    void withoutAReadBackMovesWaitForAStatusUpdateAfterAToolChange()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        guard.move(MoveRequest::jog(0.0, 0.0, 5.0));
        PrinterReply *change = guard.selectTool(1); // the query's answer ("ok") has no position
        QSignalSpy changed(change, &PrinterReply::finished);
        QVERIFY(changed.wait(2000));
        QVERIFY(!change->isError());
        QVERIFY(!guard.check(MoveRequest::absolute(std::nullopt, std::nullopt, 20.0)).allowed);
        QVERIFY(!guard.check(MoveRequest::absolute(std::nullopt, std::nullopt, 20.0)).empty);
        link.setStatus(R"({"toolhead":{"position":[150.0,100.0,25.0,0.0]}})");
        const MoveDecision after = guard.check(MoveRequest::absolute(std::nullopt, std::nullopt, 20.0));
        QVERIFY(after.allowed);
        QCOMPARE(after.script, QStringLiteral("G91\nG1 Z-5.000 F3000\nG90\nM400"));
    }

    void unhomedAxisIsRefused()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        link.setStatus(R"({"toolhead":{"homed_axes":"xy"}})");
        MotionGuard guard(link, limits());
        QSignalSpy refused(&guard, &MotionGuard::refused);
        const QString reason = expectRefused(link, guard, guard.move(MoveRequest::jog(0, 0, 1.0)));
        QCOMPARE(reason, QStringLiteral("Axis Z is not homed. Home the printer first."));
        QCOMPARE(refused.size(), 1);
        // XY moves are fine.
        QVERIFY(guard.check(MoveRequest::jog(1.0, 1.0, 0)).allowed);
    }

    void outOfRangeIsRefused()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        const QString reason = expectRefused(link, guard, guard.move(MoveRequest::absolute(299.8, std::nullopt, std::nullopt)));
        QCOMPARE(reason, QStringLiteral("X 299.800 mm is outside the allowed range 0.500 to 299.500 mm "
                                        "(axis limits less a 0.500 mm margin)."));
        QVERIFY(!guard.check(MoveRequest::absolute(std::nullopt, std::nullopt, -1.8)).allowed);
        QVERIFY(guard.check(MoveRequest::absolute(299.5, 0.5, -1.5)).allowed);
    }

    void stepLimitsDependOnTheKind()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        QVERIFY(guard.check(MoveRequest::jog(6.0, 8.0, 0)).allowed);      // 10 mm
        QVERIFY(!guard.check(MoveRequest::jog(6.0, 8.1, 0)).allowed);
        QVERIFY(guard.check(MoveRequest::centring(1.2, 1.6)).allowed);    // 2 mm
        const MoveDecision d = guard.check(MoveRequest::centring(1.2, 1.7));
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, QStringLiteral("A 2.081 mm step is longer than the 2.000 mm allowed while centring."));
    }

    void printRunningOrNotReadyIsRefused()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        link.setStatus(R"({"print_stats":{"state":"printing"}})");
        MotionGuard guard(link, limits());
        QVERIFY(expectRefused(link, guard, guard.move(MoveRequest::jog(1, 0, 0))).contains(QLatin1String("print is running")));
        QVERIFY(expectRefused(link, guard, guard.home()).contains(QLatin1String("print is running")));
        link.setStatus(R"({"print_stats":{"state":"standby"},"webhooks":{"state":"shutdown"}})");
        QVERIFY(expectRefused(link, guard, guard.move(MoveRequest::jog(1, 0, 0))).startsWith(QLatin1String("The printer is not ready")));
        FakePrinterLink offline;
        MotionGuard offlineGuard(offline, limits());
        QVERIFY(!offlineGuard.check(MoveRequest::jog(1, 0, 0)).allowed);
    }

    void nonsenseIsRefused()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        MotionGuard guard(link, limits());
        QVERIFY(!guard.check(MoveRequest::jog(0, 0, 0)).allowed);
        QVERIFY(!guard.check(MoveRequest::jog(qQNaN(), 0, 0)).allowed);
        QVERIFY(!guard.check(MoveRequest::jog(qInf(), 0, 0)).allowed);
    }

    void homeAndToolChange()
    {
        FakePrinterLink link;
        link.makeReadyPrinter();
        link.setStatus(R"({"toolhead":{"homed_axes":""}})");
        MotionGuard guard(link, limits());
        guard.home();
        guard.home(QStringLiteral("xy"));
        QCOMPARE(link.scripts(), (QStringList{QStringLiteral("G28"), QStringLiteral("G28 X Y")}));
        QCOMPARE(link.calls.first().timeoutMs, PrinterLink::kNoTimeout);
        link.calls.clear();
        // A tool change moves the toolhead: it needs every axis homed.
        expectRefused(link, guard, guard.selectTool(1));
        link.setStatus(R"({"toolhead":{"homed_axes":"xyz"}})");
        guard.selectTool(1);
        QCOMPARE(link.scripts(), QStringList{QStringLiteral("T1")});
    }
};

QTEST_GUILESS_MAIN(TestMotionGuard)
#include "tst_motionguard.moc"
