#pragma once

// A scripted printer and nozzle camera for workflow tests: the printer records every command as
// the G-code it stands for, models backlash and the Klipper offset convention
// (carriage = gcode + applied offset; nozzle = physical carriage − true offset), and the probe
// reports nozzle minus camera centre in millimetres.

#include "workflow/MachineIo.h"
#include "workflow/NozzleProbe.h"

#include <QHash>
#include <QSizeF>
#include <QStringList>
#include <QTimer>

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

} // namespace reticle::test
