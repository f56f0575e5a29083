// The focus wizard's state machine against a scripted printer (every move recorded as G-code)
// and a scripted sharpness meter that sees the nozzle's distance from the focal plane: the sweep
// order and its one-sided approach, the best focus and Z offsets, cancel, pause on printer or
// camera loss, a Klippy shutdown, the CSV log and the Z-only apply commands.
#include "FocusFakeMeter.h"
#include "printer/OffsetWriter.h"
#include "workflow/FocusRunLog.h"
#include "workflow/FocusWorkflow.h"
#include "workflow/FocusZActuator.h"
#include "workflow/ZOffsetOutput.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reticle;
using namespace reticle::test;

namespace {

struct Bench
{
    FakeMachine machine;
    FakeProbe probe { machine };
    FocusFakeMeter meter { machine };
    FocusZActuator actuator { machine };

    Bench()
    {
        machine.gcode = { 150.0, 150.0, 19.6 };
        probe.cameraCentre = { 150.0, 150.0, 0.0 };
    }
};

// Z targets of the recorded G0 lines (the sweep moves only Z).
QVector<double> zMoves(const QStringList &commands)
{
    static const QRegularExpression z(QStringLiteral("^G0 Z(-?[0-9.]+)$"));
    QVector<double> out;
    for (const QString &line : commands) {
        const auto m = z.match(line);
        if (m.hasMatch())
            out.append(m.captured(1).toDouble());
    }
    return out;
}

FocusSettings bestFocusSettings()
{
    FocusSettings settings;
    settings.mode = FocusSettings::Mode::BestFocus;
    return settings;
}

} // namespace

class TestFocusWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void bestFocusIsCoarseThenFineFromBelow()
    {
        Bench b;
        b.machine.trueOffsets[0] = { 0.0, 0.0, 0.137 }; // focus at gcode Z 20.137
        QTemporaryDir dir;
        FocusSettings settings = bestFocusSettings();
        settings.logDirectory = dir.path();
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, settings);
        QSignalSpy samples(&workflow, &FocusWorkflow::sampleMeasured);
        QSignalSpy fits(&workflow, &FocusWorkflow::passFitted);
        QSignalSpy finished(&workflow, &FocusWorkflow::finished);
        workflow.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(workflow.state(), FocusWorkflow::State::Done);

        const FocusToolResult r = workflow.results().constFirst();
        QVERIFY2(
            std::abs(r.bestPosition - 20.137) < 0.005, qPrintable(QString::number(r.bestPosition, 'f', 4)));
        QVERIFY(r.fine.uncertainty < 0.01);
        // Ends at the best focus, reached from below.
        QVERIFY(std::abs(b.machine.gcode.z - r.bestPosition) < 1e-4);
        // Only Z moved: every command is a Z move (and the nozzle was located, not moved).
        for (const QString &line : std::as_const(b.machine.commands))
            QVERIFY2(line.startsWith(QStringLiteral("G0 Z")), qPrintable(line));

        // Coarse: 17 positions 0.25 apart around the start; fine: 21 positions 0.05 apart around the coarse
        // peak.
        QVector<double> coarse, fine;
        for (const QList<QVariant> &s : std::as_const(samples))
            (s.at(1).value<FocusPass>() == FocusPass::Coarse ? coarse : fine).append(s.at(2).toDouble());
        QCOMPARE(coarse.size(), 17);
        QCOMPARE(fine.size(), 21);
        QVERIFY(std::abs(coarse.constFirst() - 17.6) < 1e-9 && std::abs(coarse.constLast() - 21.6) < 1e-9);
        QVERIFY(std::abs(fine[1] - fine[0] - 0.05) < 1e-9);
        QVERIFY(std::abs((fine.constFirst() + fine.constLast()) / 2.0 - 20.137) < 0.13);
        QCOMPARE(fits.size(), 2);

        // One-sided: each measured position was reached by a move upwards of at least the take-up,
        // or by a step continuing upwards.
        const QVector<double> moves = zMoves(b.machine.commands);
        double previous = 19.6;
        bool movingUp = false;
        int measuredIndex = 0;
        QVector<double> measured = coarse + fine;
        for (double z : moves) {
            const bool up = z > previous;
            if (measuredIndex < measured.size()
                && std::abs(z - measured[measuredIndex]) < 1e-4) { // G0 has 4 decimals
                QVERIFY2(up && (movingUp || z - previous >= 0.2 - 1e-9),
                    qPrintable(QStringLiteral("Z%1 reached from %2").arg(z).arg(previous)));
                ++measuredIndex;
            }
            movingUp = up;
            previous = z;
        }
        QCOMPARE(measuredIndex, measured.size());
        QCOMPARE(r.moves, int(moves.size()));
    }

    void csvLogHoldsEverySampleAndFit()
    {
        Bench b;
        QTemporaryDir dir;
        FocusSettings settings = bestFocusSettings();
        settings.logDirectory = dir.filePath(QStringLiteral("focus"));
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, settings);
        QSignalSpy samples(&workflow, &FocusWorkflow::sampleMeasured);
        QSignalSpy finished(&workflow, &FocusWorkflow::finished);
        workflow.start();
        QVERIFY(finished.wait(5000));

        const QString path = workflow.logPath();
        QVERIFY(path.startsWith(dir.filePath(QStringLiteral("focus/focus-"))));
        QVERIFY(path.endsWith(QStringLiteral(".csv")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), FocusRunLog::header());
        QCOMPARE(lines.size(), 1 + samples.size() + 2);
        const QStringList first = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(first.size(), 13);
        QCOMPARE(first.at(2), QStringLiteral("T0"));
        QCOMPARE(first.at(3), QStringLiteral("coarse"));
        QCOMPARE(first.at(4).toDouble(), samples.first().at(2).toDouble());
        QVERIFY(QDateTime::fromString(first.at(0), Qt::ISODateWithMs).isValid());
        QVERIFY(std::abs(first.at(6).toDouble() - samples.first().at(3).toDouble()) < 0.001);
        QVERIFY(std::abs(first.at(7).toDouble() / first.at(6).toDouble() - 2.0) < 1e-4);
        const QStringList fit = lines.constLast().split(QLatin1Char(','));
        QCOMPARE(fit.at(3), QStringLiteral("fine-fit"));
        QVERIFY(std::abs(fit.at(10).toDouble() - workflow.results().constFirst().bestPosition) < 1e-4);
        QVERIFY(fit.at(11).toDouble() > 0.0);
    }

    void zOffsetsAreRelativeToTheReferenceInKlippersConvention()
    {
        Bench b;
        b.machine.trueOffsets
            = { { 0, { 0.0, 0.0, 0.05 } }, { 1, { 0.3, -0.2, 0.35 } }, { 2, { -0.1, 0.1, -0.4 } } };
        b.machine.appliedOffsets
            = { { 0, { 0.0, 0.0, 0.05 } }, { 1, { 0.3, -0.2, 0.1 } }, { 2, { -0.1, 0.1, 0.0 } } };
        b.machine.gcode = { 150.0, 150.0, 20.0 };
        b.machine.tool = 1;
        FocusSettings settings;
        settings.mode = FocusSettings::Mode::ZOffsets;
        settings.tools = { 1, 2, 0 };
        settings.referenceTool = 0;
        settings.cameraPosition = { 150.0, 150.0, 20.0 };
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, settings);
        QSignalSpy finished(&workflow, &FocusWorkflow::finished);
        workflow.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(workflow.order(), (QVector<int> { 0, 1, 2 }));
        const QVector<FocusToolResult> &results = workflow.results();
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].reference);
        QCOMPARE(results[0].newZ, 0.05);
        for (const FocusToolResult &r : results) {
            QVERIFY2(std::abs(r.newZ - b.machine.trueOffsets.value(r.tool).z) < 0.005,
                qPrintable(QStringLiteral("T%1: %2").arg(r.tool).arg(r.newZ)));
            if (!r.reference)
                QVERIFY(r.newZUncertainty > 0.0);
        }
        // Tool and position put back.
        QCOMPARE(b.machine.tool, 1);
        QCOMPARE(b.machine.gcode.z, 20.0);
        QCOMPARE(workflow.state(), FocusWorkflow::State::Done);

        // Apply only Z, through the detected writer; the reference is left alone.
        const auto writer = OffsetWriter::create(OffsetWriter::Kind::GcodeOffset);
        const QStringList lines = ZOffsetOutput::commands(*writer, results);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("SET_GCODE_OFFSET X=0.300 Y=-0.200 Z=0.350")),
            qPrintable(lines[0]));
    }

    void cancelReturnsToTheStartZ()
    {
        Bench b;
        b.machine.holdOperations = true;
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, bestFocusSettings());
        workflow.start();
        // Let a few moves and measurements happen.
        for (int i = 0; i < 6; ++i) {
            QTRY_VERIFY(b.machine.hasPending());
            b.machine.completePending();
            QTRY_VERIFY(b.machine.hasPending() || workflow.state() == FocusWorkflow::State::Measuring);
        }
        QTRY_VERIFY(b.machine.hasPending());
        QCOMPARE(workflow.state(), FocusWorkflow::State::Moving);
        workflow.cancel();
        QCOMPARE(workflow.state(), FocusWorkflow::State::Moving); // the move in flight finishes first
        b.machine.completePending();
        QTRY_COMPARE(workflow.state(), FocusWorkflow::State::Restoring);
        QTRY_VERIFY(b.machine.hasPending());
        QCOMPARE(b.machine.commands.constLast(), QStringLiteral("G0 Z19.6000"));
        b.machine.completePending();
        QTRY_COMPARE(workflow.state(), FocusWorkflow::State::Cancelled);
        QCOMPARE(b.machine.gcode.z, 19.6);
    }

    void printerLossPausesAndResumeTakesUpBacklashAgain()
    {
        Bench b;
        b.machine.trueOffsets[0] = { 0.0, 0.0, 0.2 };
        b.machine.holdOperations = true;
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, bestFocusSettings());
        workflow.start();
        for (int i = 0; i < 4; ++i) {
            QTRY_VERIFY(b.machine.hasPending());
            b.machine.completePending();
        }
        QTRY_VERIFY(b.machine.hasPending());
        const double interruptedTarget = zMoves(b.machine.commands).constLast();
        b.machine.dropConnection();
        QCOMPARE(workflow.state(), FocusWorkflow::State::Paused);
        QVERIFY(workflow.stateText().contains(QStringLiteral("Printer connection lost")));
        QVERIFY(!workflow.canResume());
        const int sent = int(b.machine.commands.size());
        QCoreApplication::processEvents(); // nothing is sent while paused
        QCOMPARE(int(b.machine.commands.size()), sent);
        b.machine.reconnect();
        QVERIFY(workflow.canResume());
        b.machine.holdOperations = false;
        QSignalSpy finished(&workflow, &FocusWorkflow::finished);
        workflow.resume();
        QVERIFY(finished.wait(5000));
        // The first move after resuming goes below the interrupted target, then up to it.
        const QVector<double> after = zMoves(b.machine.commands.mid(sent));
        QVERIFY(after.size() >= 2);
        QVERIFY(std::abs(after[0] - (interruptedTarget - 0.2)) < 1e-6);
        QVERIFY(std::abs(after[1] - interruptedTarget) < 1e-6);
        QVERIFY(std::abs(workflow.results().constFirst().bestPosition - 20.2) < 0.005);
    }

    void cameraLossPausesUntilTheCameraIsBack()
    {
        Bench b;
        b.meter.hold = true;
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, bestFocusSettings());
        workflow.start();
        QTRY_COMPARE(workflow.state(), FocusWorkflow::State::Measuring);
        b.probe.loseCamera();
        QCOMPARE(workflow.state(), FocusWorkflow::State::Paused);
        QVERIFY(workflow.stateText().contains(QStringLiteral("Camera lost")));
        b.meter.deliver(); // a late result of the abandoned measurement is ignored
        QCOMPARE(workflow.state(), FocusWorkflow::State::Paused);
        b.probe.restoreCamera();
        QVERIFY(workflow.canResume());
        b.meter.hold = false;
        QSignalSpy finished(&workflow, &FocusWorkflow::finished);
        workflow.resume();
        QVERIFY(finished.wait(5000));
        QCOMPARE(workflow.state(), FocusWorkflow::State::Done);
    }

    void klippyShutdownAbortsWithoutMoving()
    {
        Bench b;
        b.machine.holdOperations = true;
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, bestFocusSettings());
        QSignalSpy failed(&workflow, &FocusWorkflow::failed);
        workflow.start();
        QTRY_VERIFY(b.machine.hasPending());
        const int sent = int(b.machine.commands.size());
        emit b.machine.shutdown(QStringLiteral("MCU 'mcu' shutdown: Timer too close"));
        QCOMPARE(workflow.state(), FocusWorkflow::State::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY(workflow.failureReason().contains(QStringLiteral("Timer too close")));
        b.machine.completePending();
        QCOMPARE(int(b.machine.commands.size()), sent);
    }

    void peakOutsideTheSweepFailsAndPutsBackZ()
    {
        Bench b;
        b.machine.trueOffsets[0] = { 0.0, 0.0, 3.0 }; // focus at Z 23, the sweep covers 17.6–21.6
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, bestFocusSettings());
        QSignalSpy failed(&workflow, &FocusWorkflow::failed);
        workflow.start();
        QVERIFY(failed.wait(5000));
        QVERIFY2(workflow.failureReason().contains(QStringLiteral("end of the coarse sweep")),
            qPrintable(workflow.failureReason()));
        QCOMPARE(b.machine.gcode.z, 19.6);
    }

    void notReadyPrinterIsRefused()
    {
        Bench b;
        b.machine.ready = false;
        FocusWorkflow workflow(b.machine, b.probe, b.actuator, b.meter, bestFocusSettings());
        workflow.start();
        QCOMPARE(workflow.state(), FocusWorkflow::State::Failed);
        QVERIFY(b.machine.commands.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFocusWorkflow)
#include "tst_focusworkflow.moc"
