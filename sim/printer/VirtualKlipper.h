#pragma once

#include "GcodeLine.h"
#include "MachineSnapshot.h"
#include "MotionPlanner.h"
#include "SimulatorOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRecursiveMutex>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>

namespace reticle::sim {

// A simulated Klipper host with a klipper-toolchanger: the printer objects of
// moonraker-api.md section 4.3, G-code with Klipper's texts and errors, motion in real time,
// the lifecycle (startup, ready, shutdown, restart) and a hidden physical model (true tool
// offsets, backlash, noise, deposited marks) for the virtual camera. Lives on one thread;
// snapshot() may be called from any thread.
class VirtualKlipper : public QObject
{
    Q_OBJECT

public:
    enum class State { Startup, Ready, Shutdown, Error };
    // code 0 = success; otherwise a Moonraker error code (400 Klippy error, 503 disconnected).
    using ScriptCallback = std::function<void(int code, const QString &message)>;

    explicit VirtualKlipper(const SimulatorOptions &options, QObject *parent = nullptr);
    ~VirtualKlipper() override;

    const SimulatorOptions &options() const { return m_options; }

    // Starts the "process": Moonraker connects after connectDelayMs, ready startupMs later.
    void start();

    bool isConnected() const;      // Moonraker's socket to Klippy is up
    bool hasConnectedOnce() const; // since start
    State state() const;
    QString stateName() const;     // "startup" | "ready" | "shutdown" | "error"
    QString stateMessage() const;
    double eventtime() const;      // Klipper's monotonic reactor clock, seconds
    double nowMs() const;          // the same clock in ms

    QJsonObject info() const;                             // Klippy "info" endpoint
    QStringList objectNames() const;                      // printer.objects.list
    QJsonObject objectStatus(const QString &name) const;  // full get_status of one object
    bool hasObject(const QString &name) const;
    // printer.objects.query / subscribe semantics: unknown object -> {}, unknown field -> null.
    QJsonObject query(const QJsonObject &objects) const;
    QJsonObject gcodeHelp() const;

    // Runs a script under the G-code mutex (one script at a time, in arrival order).
    void runScript(const QString &script, ScriptCallback done);
    void emergencyStop();

    // Fault injection: a Klippy shutdown with this reason, or the Klippy process dying and
    // coming back after restartDownMs.
    void triggerShutdown(const QString &reason);
    void triggerDisconnect();

    MachineSnapshot snapshot() const; // thread-safe

signals:
    void connectedToMoonraker();
    void becameReady();
    void becameShutdown();
    void disconnectedFromMoonraker();
    void gcodeResponse(const QString &text);

private:
    struct StepResult
    {
        enum Kind { Done, Error, WaitMotion } kind = Done;
        QString error;
        std::function<StepResult()> then; // for WaitMotion: runs once the motion queue is empty
        static StepResult done() { return {}; }
        static StepResult fail(const QString &message) { return {Error, message, {}}; }
        static StepResult wait(std::function<StepResult()> next) { return {WaitMotion, {}, std::move(next)}; }
    };
    struct PendingScript
    {
        QStringList lines;
        int next = 0;
        ScriptCallback done;
    };
    struct Tool
    {
        QString name; // "T1" / "C0"
        int number = 0;
        bool camera = false;
        double offset[3] = {0.0, 0.0, 0.0};      // runtime gcode_*_offset
        double savedOffset[3] = {0.0, 0.0, 0.0}; // in printer.cfg
        QSet<QString> setParameters;             // set by SET_TOOL_PARAMETER since start
        QString objectName() const { return QStringLiteral("tool ") + name; }
        QString extruderName() const;
    };
    struct GcodeState
    {
        bool absoluteCoord, absoluteExtrude;
        std::array<double, 4> base, last, homing;
        double speed, speedFactor, extrudeFactor;
    };

    // Lifecycle
    void connectNow(int generation);
    void becomeReadyNow(int generation);
    void goDown(bool respondDisconnect);
    void invokeShutdown(const QString &message);
    void resetHostState();

    // Script engine
    void pump();
    void handleResult(StepResult result);
    void finishCurrent(int code, const QString &message);
    void failAll(int code, const QString &message);
    void armWaitTimer();
    StepResult execute(const QString &line);
    void respondInfo(const QString &message);
    void respondRaw(const QString &message);
    void respondError(const QString &message);
    void updateIdleState();

    // Commands
    StepResult cmdG1(const GcodeLine &g);
    StepResult cmdG28(const GcodeLine &g);
    StepResult cmdG92(const GcodeLine &g);
    StepResult cmdG4(const GcodeLine &g);
    StepResult cmdM400();
    StepResult cmdSetGcodeOffset(const GcodeLine &g);
    StepResult cmdSaveGcodeState(const GcodeLine &g);
    StepResult cmdRestoreGcodeState(const GcodeLine &g);
    StepResult cmdGetPosition();
    StepResult cmdM114();
    StepResult cmdMotorsOff();
    StepResult cmdRestart(bool firmware);
    StepResult cmdSaveConfig();
    StepResult cmdSetVelocityLimit(const GcodeLine &g);
    StepResult cmdSetTemperature(const GcodeLine &g, bool bed);
    StepResult cmdHelp();
    StepResult cmdSelectTool(const GcodeLine &g);
    StepResult cmdToolNumber(int number);
    StepResult cmdUnselectTool();
    StepResult cmdSetToolParameter(const GcodeLine &g, bool save);
    StepResult cmdResetToolParameter(const GcodeLine &g);
    StepResult cmdSetToolOffset(const GcodeLine &g);
    StepResult cmdInitializeToolchanger(const GcodeLine &g);

    // Motion helpers
    StepResult selectTool(int number); // -1 = unselect
    StepResult moveTo(const std::array<double, 4> &gcodeMovePosition, double speed);
    std::array<double, 4> toolOffsetVector() const; // active transform offset (xyz, 0 e)
    std::array<double, 4> toolheadPosition() const;
    void resetLastPosition();
    std::array<double, 4> gcodePosition() const;
    bool allHomed() const { return m_homedAxes.size() == 3; }
    QString homedAxesString() const;
    Tool *toolFromParams(const GcodeLine &g, const QString &command, QString *error);
    Tool *toolByNumber(int number);
    bool getFloat(const GcodeLine &g, const QString &name, double *value, QString *error) const;

    // Status objects
    QJsonObject toolheadStatus() const;
    QJsonObject gcodeMoveStatus() const;
    QJsonObject motionReportStatus() const;
    QJsonObject toolchangerStatus() const;
    QJsonObject toolStatus(const Tool &tool) const;
    QJsonObject configfileStatus() const;
    QJsonObject extruderStatus(const QString &name) const;
    QJsonObject commandsStatus() const;
    QStringList registeredCommands() const;
    bool commandAllowedWhenNotReady(const QString &command) const;

    SimulatorOptions m_options;
    mutable QRecursiveMutex m_mutex;
    QElapsedTimer m_clock;
    double m_clockBaseMs = 0.0;
    MotionPlanner m_planner;

    // Lifecycle
    State m_state = State::Startup;
    QString m_stateMessage;
    bool m_connected = false;
    bool m_everConnected = false;
    int m_generation = 0;
    qint64 m_processId = 0;

    // Script engine
    std::deque<PendingScript> m_scripts;
    bool m_pumping = false;
    bool m_waiting = false;
    std::function<StepResult()> m_continuation;
    QTimer m_waitTimer;

    // Kinematics / gcode_move
    QSet<int> m_homedAxes;
    GcodeState m_gcode;
    QHash<QString, GcodeState> m_savedStates;
    double m_maxVelocity, m_maxAccel, m_minimumCruiseRatio = 0.5, m_squareCornerVelocity = 5.0;

    // Tools
    QVector<Tool> m_tools;
    int m_mountedTool = 0;   // physically on the carriage
    int m_selectedTool = 0;  // what the toolchanger reports, -1 when none
    QString m_toolchangerStatus = QStringLiteral("ready");
    QJsonObject m_pendingSaveItems; // configfile.save_config_pending_items
    QHash<QString, double> m_targets; // heater targets by heater name

    // Idle timeout
    QString m_idleState = QStringLiteral("Idle");
    double m_busySinceMs = 0.0;
    QTimer m_idleTimer;
    QTimer m_idleCheck;

    QVector<DepositedMark> m_marks;
    QVector<double> m_markAppearMs;
};

} // namespace reticle::sim
