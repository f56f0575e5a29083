#pragma once

// A scripted printer and nozzle camera for workflow tests: the printer records every command as
// the G-code it stands for, models backlash and the Klipper offset convention
// (carriage = gcode + applied offset; nozzle = physical carriage − true offset), and the probe
// reports nozzle minus camera centre in millimetres.

#include "workflow/MachineIo.h"
#include "workflow/MarkProbe.h"
#include "workflow/NozzleProbe.h"
#include "workflow/PrinterMachineIo.h"

#include <QHash>
#include <QSizeF>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <cmath>
#include <functional>

namespace reticle::test {

class FakeMachine : public MachineIo
{
public:
    QHash<int, Offset3> trueOffsets;    // hidden physics
    QHash<int, Offset3> appliedOffsets; // what the printer applies per tool
    double backlashMm = 0.0;
    int tool = 0;
    Offset3 gcode{100.0, 100.0, 30.0};
    bool ready = true;
    bool holdOperations = false;        // true: operations stay in flight until completePending()
    QStringList commands;
    std::function<void(const QString &)> onCommand;

    bool isReady() const override { return ready; }
    int activeTool() const override { return tool; }
    Offset3 toolOffset(int t) const override { return appliedOffsets.value(t); }
    Offset3 gcodePosition() const override { return gcode; }
    Offset3 toolheadPosition() const override { return gcode + appliedOffsets.value(tool); }

    // Where the carriage physically is: lags by half the backlash against the last direction.
    Offset3 physicalCarriage() const
    {
        const Offset3 commanded = toolheadPosition();
        return {commanded.x - m_lastDirX * backlashMm / 2.0, commanded.y - m_lastDirY * backlashMm / 2.0, commanded.z};
    }
    Offset3 nozzle() const { return physicalCarriage() - trueOffsets.value(tool); }

    void selectTool(int t) override
    {
        record(QStringLiteral("T%1").arg(t));
        // The toolchanger keeps the gcode position; the carriage shifts by the offset difference.
        const Offset3 before = toolheadPosition();
        tool = t;
        const Offset3 after = toolheadPosition();
        updateDirections(before, after);
        finishLater();
    }

    void moveTo(std::optional<double> x, std::optional<double> y, std::optional<double> z) override
    {
        QString line = QStringLiteral("G0");
        if (x)
            line += QStringLiteral(" X%1").arg(*x, 0, 'f', 4);
        if (y)
            line += QStringLiteral(" Y%1").arg(*y, 0, 'f', 4);
        if (z)
            line += QStringLiteral(" Z%1").arg(*z, 0, 'f', 4);
        record(line);
        const Offset3 before = toolheadPosition();
        gcode = {x.value_or(gcode.x), y.value_or(gcode.y), z.value_or(gcode.z)};
        updateDirections(before, toolheadPosition());
        finishLater();
    }

    // A mark left on the bed by an extruding nozzle (camera-tool mode): where the physical nozzle was.
    struct Mark
    {
        double x, y;
        int tool;
    };
    QVector<Mark> marks;
    int cameraTool = -1;                 // this tool has no extruder: extruding with it fails

    void extrude(double mm, double feedMmPerMin) override
    {
        // Recorded as the exact script the Moonraker adapter sends.
        for (const QString &line : PrinterMachineIo::extrudeScript(mm, feedMmPerMin).split(QLatin1Char('\n')))
            record(line);
        if (tool == cameraTool) {
            m_failNext = QStringLiteral("Extrude when no extruder present");
        } else {
            const Offset3 tip = nozzle();
            if (tip.z <= 1.0)
                marks.append({tip.x, tip.y, tool});
        }
        finishLater();
    }

    void completePending()
    {
        if (m_pending) {
            m_pending = false;
            emit operationFinished(true, {});
        }
    }
    bool hasPending() const { return m_pending; }
    void dropConnection()
    {
        m_pending = false;
        ready = false;
        emit connectionLost(QStringLiteral("socket closed"));
    }
    void reconnect()
    {
        ready = true;
        emit connectionRestored();
    }
    void failNext(const QString &error) { m_failNext = error; }

private:
    void record(const QString &line)
    {
        commands << line;
        if (onCommand)
            onCommand(line);
    }
    void updateDirections(const Offset3 &before, const Offset3 &after)
    {
        if (after.x != before.x)
            m_lastDirX = after.x > before.x ? 1 : -1;
        if (after.y != before.y)
            m_lastDirY = after.y > before.y ? 1 : -1;
    }
    void finishLater()
    {
        m_pending = true;
        if (holdOperations)
            return;
        QTimer::singleShot(0, this, [this] {
            if (!m_pending)
                return;
            m_pending = false;
            if (!m_failNext.isEmpty()) {
                const QString error = std::exchange(m_failNext, QString());
                emit operationFinished(false, error);
                return;
            }
            emit operationFinished(true, {});
        });
    }

    int m_lastDirX = 1;
    int m_lastDirY = 1;
    bool m_pending = false;
    QString m_failNext;
};

class FakeProbe : public NozzleProbe
{
public:
    explicit FakeProbe(FakeMachine &machine)
        : m_machine(machine)
    {
    }

    Offset3 cameraCentre{150.0, 150.0, 0.0};
    double mapScaleError = 1.0;   // a slightly wrong first map
    // The camera's view: image centre, scale, rotation and mirroring (for calibration by moves).
    QPointF centrePx{639.5, 479.5};
    double pxPerMm = 66.0;
    double rotationDeg = 20.0;
    bool mirrored = true;
    QSizeF imageSize{1280, 960};

    QPointF pixelOf(const Offset3 &nozzle) const
    {
        const double dx = nozzle.x - cameraCentre.x, dy = nozzle.y - cameraCentre.y;
        const double a = rotationDeg * M_PI / 180.0;
        double u = std::cos(a) * dx - std::sin(a) * dy;
        const double v = std::sin(a) * dx + std::cos(a) * dy;
        if (mirrored)
            u = -u;
        return centrePx + QPointF(u, v) * pxPerMm;
    }
    int failNext = 0;             // the next N probes find no nozzle
    bool available = true;
    bool holdResults = false;
    int probes = 0;

    bool isAvailable() const override { return available; }
    void probe() override
    {
        ++probes;
        ProbeResult result;
        if (failNext > 0) {
            --failNext;
            result.reason = QStringLiteral("no circle found");
        } else {
            const Offset3 nozzle = m_machine.nozzle();
            result.found = true;
            result.pixel = pixelOf(nozzle);
            result.errorMm = QPointF(nozzle.x - cameraCentre.x, nozzle.y - cameraCentre.y) * mapScaleError;
            result.confidence = 0.98;
        }
        m_pending = result;
        m_hasPending = true;
        if (!holdResults)
            QTimer::singleShot(0, this, [this] { deliver(); });
    }
    void deliver()
    {
        if (m_hasPending) {
            m_hasPending = false;
            emit probed(m_pending);
        }
    }
    // The error the operator would click: the true one.
    QPointF trueError() const
    {
        const Offset3 nozzle = m_machine.nozzle();
        return {nozzle.x - cameraCentre.x, nozzle.y - cameraCentre.y};
    }
    void loseCamera()
    {
        available = false;
        m_hasPending = false;
        emit cameraLost(QStringLiteral("stream stalled"));
    }
    void restoreCamera()
    {
        available = true;
        emit cameraRestored();
    }

private:
    FakeMachine &m_machine;
    ProbeResult m_pending;
    bool m_hasPending = false;
};

// The camera tool looking down at the bed: the view centre is the physical carriage minus the
// camera tool's true offset; the one mark within the field of view is reported as a pixel (image of
// the bed through a rotated, maybe mirrored camera) and, once a map is set, as the error
// "toolhead now − toolhead that centres the mark" = view centre − mark.
class FakeMarkProbe : public MarkProbe
{
public:
    explicit FakeMarkProbe(FakeMachine &machine)
        : m_machine(machine)
    {
    }

    QPointF centrePx{639.5, 479.5};
    double pxPerMm = 66.0;
    double rotationDeg = -25.0;
    bool mirrored = true;
    QSize size{1280, 960};
    double fieldRadiusMm = 7.0;  // marks farther than this from the view centre are not seen
    int failNext = 0;            // the next N probes find nothing
    bool available = true;
    int probes = 0;

    Offset3 viewCentre() const { return m_machine.physicalCarriage() - m_machine.trueOffsets.value(m_machine.cameraTool); }

    void setCameraMap(const PixelMap &map, QSize imageSize) override
    {
        m_map = map;
        m_hasMap = true;
        size = imageSize;
    }
    bool hasCameraMap() const override { return m_hasMap; }
    // The manual click: the error of a pixel, from the true camera model.
    QPointF errorMmAt(const QPointF &pixel) const override
    {
        QPointF d = (pixel - centrePx) / pxPerMm;
        if (mirrored)
            d.setX(-d.x());
        const double a = -rotationDeg * M_PI / 180.0;
        const QPointF bed(std::cos(a) * d.x() - std::sin(a) * d.y(), std::sin(a) * d.x() + std::cos(a) * d.y());
        return -bed; // bed = mark − view centre; error = view centre − mark
    }
    double maxCorrectionMm() const override { return 3.0; }
    QSize imageSize() const override { return size; }
    bool isAvailable() const override { return available; }

    QPointF pixelOfBed(const QPointF &markMinusView) const
    {
        const double a = rotationDeg * M_PI / 180.0;
        QPointF p(std::cos(a) * markMinusView.x() - std::sin(a) * markMinusView.y(),
                  std::sin(a) * markMinusView.x() + std::cos(a) * markMinusView.y());
        if (mirrored)
            p.setX(-p.x());
        return centrePx + p * pxPerMm;
    }
    // The error the operator would click: the true one, for the mark of `tool`.
    QPointF trueErrorFor(int tool) const
    {
        const Offset3 view = viewCentre();
        for (const FakeMachine::Mark &m : m_machine.marks)
            if (m.tool == tool)
                return {view.x - m.x, view.y - m.y};
        return {};
    }

    void probe() override
    {
        ++probes;
        ProbeResult result;
        const Offset3 view = viewCentre();
        QVector<QPointF> seen;
        if (m_machine.activeTool() == m_machine.cameraTool)
            for (const FakeMachine::Mark &m : m_machine.marks)
                if (std::hypot(m.x - view.x, m.y - view.y) <= fieldRadiusMm)
                    seen.append(QPointF(m.x - view.x, m.y - view.y));
        if (failNext > 0) {
            --failNext;
            result.reason = QStringLiteral("no mark found");
        } else if (seen.size() != 1) {
            result.reason = seen.isEmpty() ? QStringLiteral("no mark found") : QStringLiteral("two marks in view");
        } else {
            result.found = true;
            result.pixel = pixelOfBed(seen.constFirst());
            if (m_hasMap)
                result.errorMm = -seen.constFirst();
            result.confidence = 0.95;
        }
        QTimer::singleShot(0, this, [this, result] { emit probed(result); });
    }
    void loseCamera()
    {
        available = false;
        emit cameraLost(QStringLiteral("stream stalled"));
    }
    void restoreCamera()
    {
        available = true;
        emit cameraRestored();
    }

private:
    FakeMachine &m_machine;
    PixelMap m_map;
    bool m_hasMap = false;
};

} // namespace reticle::test
