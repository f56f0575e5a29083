#include "VirtualKlipper.h"

#include "SimLogging.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace reticle::sim {

namespace {

const char *const kMessageReady = "Printer is ready";
const char *const kMessageStartup = "\nPrinter is not ready\n"
                                    "The klippy host software is attempting to connect.  Please\n"
                                    "retry in a few moments.\n";
const char *const kMessageShutdown = "\nOnce the underlying issue is corrected, use the\n"
                                     "\"FIRMWARE_RESTART\" command to reset the firmware, reload the\n"
                                     "config, and restart the host software.\n"
                                     "Printer is shutdown\n";
const char *const kSoftwareVersion = "v0.13.0-reticle-sim";
const double kStepsPerMm[3] = {80.0, 80.0, 400.0};
const char *const kAxisNames = "XYZ";

QJsonArray coord(const std::array<double, 4> &p)
{
    return QJsonArray{p[0], p[1], p[2], p[3]};
}

// Python's str(float): shortest repr, always with a decimal point.
QString pythonFloat(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) && !text.contains(QLatin1String("n")))
        text += QStringLiteral(".0");
    return text;
}

QString moveError(const char *message, const std::array<double, 4> &p)
{
    return QString::asprintf("%s: %.3f %.3f %.3f [%.3f]", message, p[0], p[1], p[2], p[3]);
}

} // namespace

QString VirtualKlipper::Tool::extruderName() const
{
    if (camera)
        return {};
    return number == 0 ? QStringLiteral("extruder") : QStringLiteral("extruder%1").arg(number);
}

VirtualKlipper::VirtualKlipper(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_planner(options.backlash, options.positionNoise, options.seed)
    , m_maxVelocity(options.maxVelocity)
    , m_maxAccel(options.maxAccel)
{
    m_clock.start();
    m_clockBaseMs = double(m_clock.msecsSinceReference());
    m_planner.setLimits({options.maxVelocity, options.maxAccel, options.maxZVelocity, options.maxZAccel});
    m_processId = 4000 + qint64(options.seed % 1000);
    for (int n = 0; n < options.toolCount(); ++n) {
        Tool tool;
        tool.number = n;
        tool.camera = options.cameraTool && n == options.tools;
        tool.name = options.toolName(n);
        m_tools.append(tool);
    }
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        QMutexLocker locker(&m_mutex);
        if (!m_waiting)
            return;
        if (m_planner.isMoving(nowMs())) {
            armWaitTimer();
            return;
        }
        m_waiting = false;
        auto continuation = std::move(m_continuation);
        m_continuation = {};
        handleResult(continuation ? continuation() : StepResult::done());
        pump();
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        QMutexLocker locker(&m_mutex);
        if (m_idleState == QLatin1String("Ready") && m_state == State::Ready) {
            m_idleState = QStringLiteral("Idle");
            m_homedAxes.clear(); // the default idle_timeout gcode turns the motors off
        }
    });
    m_idleCheck.setSingleShot(true);
    connect(&m_idleCheck, &QTimer::timeout, this, [this] {
        QMutexLocker locker(&m_mutex);
        updateIdleState();
    });
    resetHostState();
    m_selectedTool = 0;
    m_mountedTool = 0;
    m_stateMessage = QString::fromLatin1(kMessageStartup);
}

VirtualKlipper::~VirtualKlipper() = default;

double VirtualKlipper::nowMs() const
{
    return m_clockBaseMs + double(m_clock.nsecsElapsed()) / 1e6;
}

double VirtualKlipper::eventtime() const
{
    return nowMs() / 1000.0;
}

void VirtualKlipper::start()
{
    const int generation = m_generation;
    QTimer::singleShot(m_options.connectDelayMs, this, [this, generation] { connectNow(generation); });
}

bool VirtualKlipper::isConnected() const
{
    QMutexLocker locker(&m_mutex);
    return m_connected;
}

bool VirtualKlipper::hasConnectedOnce() const
{
    QMutexLocker locker(&m_mutex);
    return m_everConnected;
}

VirtualKlipper::State VirtualKlipper::state() const
{
    QMutexLocker locker(&m_mutex);
    return m_state;
}

QString VirtualKlipper::stateName() const
{
    QMutexLocker locker(&m_mutex);
    switch (m_state) {
    case State::Startup:
        return QStringLiteral("startup");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Shutdown:
        return QStringLiteral("shutdown");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString VirtualKlipper::stateMessage() const
{
    QMutexLocker locker(&m_mutex);
    return m_stateMessage;
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

void VirtualKlipper::connectNow(int generation)
{
    {
        QMutexLocker locker(&m_mutex);
        if (generation != m_generation || m_connected)
            return;
        m_connected = true;
        m_everConnected = true;
        m_state = State::Startup;
        m_stateMessage = QString::fromLatin1(kMessageStartup);
    }
    qCDebug(lcSimPrinter) << "klippy connected (startup)";
    emit connectedToMoonraker();
    QTimer::singleShot(m_options.startupMs, this, [this, generation] { becomeReadyNow(generation); });
}

void VirtualKlipper::becomeReadyNow(int generation)
{
    {
        QMutexLocker locker(&m_mutex);
        if (generation != m_generation || !m_connected || m_state != State::Startup)
            return;
        m_state = State::Ready;
        m_stateMessage = QString::fromLatin1(kMessageReady);
        // The toolchanger initialises with the tool its detection pins see on the carriage.
        m_selectedTool = m_mountedTool;
        m_toolchangerStatus = QStringLiteral("ready");
        resetLastPosition();
    }
    qCDebug(lcSimPrinter) << "klippy ready";
    respondInfo(QStringLiteral("Klipper state: Ready"));
    emit becameReady();
    QMutexLocker locker(&m_mutex);
    pump();
}

void VirtualKlipper::goDown(bool respondDisconnect)
{
    {
        QMutexLocker locker(&m_mutex);
        if (!m_connected)
            return;
        if (respondDisconnect)
            respondInfo(QStringLiteral("Klipper state: Disconnect"));
        ++m_generation;
        m_connected = false;
        m_planner.loseReference(nowMs());
        m_state = State::Startup;
        m_stateMessage = QString::fromLatin1(kMessageStartup);
        resetHostState();
        failAll(503, QStringLiteral("Klippy Disconnected"));
    }
    qCDebug(lcSimPrinter) << "klippy disconnected";
    emit disconnectedFromMoonraker();
    const int generation = m_generation;
    QTimer::singleShot(m_options.restartDownMs, this, [this, generation] { connectNow(generation); });
}

void VirtualKlipper::resetHostState()
{
    m_homedAxes.clear();
    m_gcode.absoluteCoord = true;
    m_gcode.absoluteExtrude = true;
    m_gcode.base = {0.0, 0.0, 0.0, 0.0};
    m_gcode.last = {0.0, 0.0, 0.0, 0.0};
    m_gcode.homing = {0.0, 0.0, 0.0, 0.0};
    m_gcode.speed = 25.0;
    m_gcode.speedFactor = 1.0 / 60.0;
    m_gcode.extrudeFactor = 1.0;
    m_savedStates.clear();
    m_maxVelocity = m_options.maxVelocity;
    m_maxAccel = m_options.maxAccel;
    m_minimumCruiseRatio = 0.5;
    m_squareCornerVelocity = 5.0;
    m_planner.setLimits({m_maxVelocity, m_maxAccel, m_options.maxZVelocity, m_options.maxZAccel});
    for (Tool &tool : m_tools) {
        for (int i = 0; i < 3; ++i)
            tool.offset[i] = tool.savedOffset[i];
        tool.setParameters.clear();
    }
    m_pendingSaveItems = {};
    m_selectedTool = -1;
    m_toolchangerStatus = QStringLiteral("uninitialized");
    m_targets.clear();
    m_idleState = QStringLiteral("Idle");
    m_idleTimer.stop();
}

void VirtualKlipper::invokeShutdown(const QString &message)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_state == State::Shutdown || !m_connected)
            return;
        m_state = State::Shutdown;
        m_stateMessage = message + QString::fromLatin1(kMessageShutdown);
        m_planner.stopNow(nowMs());
        m_toolchangerStatus = QStringLiteral("uninitialized");
        m_selectedTool = -1;
        if (m_waiting) {
            // The move being waited for was aborted: the script fails with the shutdown message.
            m_waiting = false;
            m_continuation = {};
            m_waitTimer.stop();
            finishCurrent(400, m_stateMessage);
        }
    }
    qCInfo(lcSimPrinter) << "klippy shutdown:" << message;
    respondInfo(QStringLiteral("Klipper state: Shutdown"));
    emit becameShutdown();
    QMutexLocker locker(&m_mutex);
    pump();
}

void VirtualKlipper::emergencyStop()
{
    invokeShutdown(QStringLiteral("Shutdown due to webhooks request"));
}

void VirtualKlipper::triggerShutdown(const QString &reason)
{
    invokeShutdown(reason);
}

void VirtualKlipper::triggerDisconnect()
{
    goDown(false);
}

// ---------------------------------------------------------------------------------------------
// Script engine

void VirtualKlipper::runScript(const QString &script, ScriptCallback done)
{
    QMutexLocker locker(&m_mutex);
    if (!m_connected) {
        if (done)
            done(503, QStringLiteral("Klippy Host not connected"));
        return;
    }
    PendingScript pending;
    pending.lines = script.split(QLatin1Char('\n'));
    pending.done = std::move(done);
    m_scripts.push_back(std::move(pending));
    pump();
}

void VirtualKlipper::pump()
{
    QMutexLocker locker(&m_mutex);
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_waiting && !m_scripts.empty()) {
        PendingScript &script = m_scripts.front();
        if (script.next >= script.lines.size()) {
            finishCurrent(0, {});
            continue;
        }
        const QString line = script.lines.at(script.next++);
        handleResult(execute(line));
    }
    m_pumping = false;
    updateIdleState();
}

void VirtualKlipper::handleResult(StepResult result)
{
    switch (result.kind) {
    case StepResult::Done:
        break;
    case StepResult::Error:
        respondError(result.error);
        resetLastPosition(); // gcode:command_error
        finishCurrent(400, result.error);
        break;
    case StepResult::WaitMotion:
        m_waiting = true;
        m_continuation = std::move(result.then);
        armWaitTimer();
        break;
    }
}

void VirtualKlipper::finishCurrent(int code, const QString &message)
{
    if (m_scripts.empty())
        return;
    PendingScript script = std::move(m_scripts.front());
    m_scripts.pop_front();
    if (script.done)
        script.done(code, message);
}

void VirtualKlipper::failAll(int code, const QString &message)
{
    m_waiting = false;
    m_continuation = {};
    m_waitTimer.stop();
    std::deque<PendingScript> scripts;
    scripts.swap(m_scripts);
    for (PendingScript &script : scripts) {
        if (script.done)
            script.done(code, message);
    }
}

void VirtualKlipper::armWaitTimer()
{
    const double remaining = std::max(0.0, m_planner.endMs() - nowMs());
    m_waitTimer.start(int(std::ceil(remaining)) + 1);
}

void VirtualKlipper::updateIdleState()
{
    const double now = nowMs();
    const bool moving = m_planner.isMoving(now);
    const bool busy = !m_scripts.empty() || moving;
    if (busy) {
        if (m_idleState != QLatin1String("Printing")) {
            m_idleState = QStringLiteral("Printing");
            m_busySinceMs = now;
            m_idleTimer.stop();
        }
        if (moving && m_scripts.empty())
            m_idleCheck.start(int(std::ceil(m_planner.endMs() - now)) + 1);
    } else if (m_idleState == QLatin1String("Printing")) {
        m_idleState = QStringLiteral("Ready");
        m_idleTimer.start(m_options.idleTimeoutS * 1000);
    }
}

void VirtualKlipper::respondRaw(const QString &message)
{
    emit gcodeResponse(message);
}

void VirtualKlipper::respondInfo(const QString &message)
{
    QStringList lines = message.trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    respondRaw(QStringLiteral("// ") + lines.join(QStringLiteral("\n// ")));
}

void VirtualKlipper::respondError(const QString &message)
{
    const QStringList lines = message.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > 1)
        respondInfo(lines.join(QLatin1Char('\n')));
    respondRaw(QStringLiteral("!! ") + lines.constFirst().trimmed());
}

bool VirtualKlipper::commandAllowedWhenNotReady(const QString &command) const
{
    static const QSet<QString> allowed = {
        QStringLiteral("M110"),   QStringLiteral("M112"),    QStringLiteral("M115"),
        QStringLiteral("RESTART"), QStringLiteral("FIRMWARE_RESTART"), QStringLiteral("ECHO"),
        QStringLiteral("STATUS"), QStringLiteral("HELP"),    QStringLiteral("M114"),
        QStringLiteral("GET_POSITION"),
    };
    return allowed.contains(command);
}

QStringList VirtualKlipper::registeredCommands() const
{
    QStringList commands = {
        QStringLiteral("G0"), QStringLiteral("G1"), QStringLiteral("G4"), QStringLiteral("G20"), QStringLiteral("G21"),
        QStringLiteral("G28"), QStringLiteral("G90"), QStringLiteral("G91"), QStringLiteral("G92"),
        QStringLiteral("M18"), QStringLiteral("M82"), QStringLiteral("M83"), QStringLiteral("M84"),
        QStringLiteral("M104"), QStringLiteral("M109"), QStringLiteral("M140"), QStringLiteral("M190"),
        QStringLiteral("M110"), QStringLiteral("M112"), QStringLiteral("M114"), QStringLiteral("M115"),
        QStringLiteral("M220"), QStringLiteral("M221"), QStringLiteral("M400"),
        QStringLiteral("SET_GCODE_OFFSET"), QStringLiteral("SAVE_GCODE_STATE"), QStringLiteral("RESTORE_GCODE_STATE"),
        QStringLiteral("GET_POSITION"), QStringLiteral("SET_VELOCITY_LIMIT"), QStringLiteral("RESTART"),
        QStringLiteral("FIRMWARE_RESTART"), QStringLiteral("ECHO"), QStringLiteral("STATUS"), QStringLiteral("HELP"),
        QStringLiteral("SAVE_CONFIG"), QStringLiteral("INITIALIZE_TOOLCHANGER"), QStringLiteral("SELECT_TOOL"),
        QStringLiteral("UNSELECT_TOOL"), QStringLiteral("SET_TOOL_PARAMETER"), QStringLiteral("RESET_TOOL_PARAMETER"),
        QStringLiteral("SAVE_TOOL_PARAMETER"),
    };
    if (m_options.setToolOffsetCommand)
        commands << QStringLiteral("SET_TOOL_OFFSET");
    for (const Tool &tool : m_tools)
        commands << QStringLiteral("T%1").arg(tool.number);
    return commands;
}

QJsonObject VirtualKlipper::gcodeHelp() const
{
    return QJsonObject{
        {QStringLiteral("SET_GCODE_OFFSET"), QStringLiteral("Set a virtual offset to g-code positions")},
        {QStringLiteral("SAVE_GCODE_STATE"), QStringLiteral("Save G-Code coordinate state")},
        {QStringLiteral("RESTORE_GCODE_STATE"), QStringLiteral("Restore a previously saved G-Code state")},
        {QStringLiteral("GET_POSITION"), QStringLiteral("Return information on the current location of the toolhead")},
        {QStringLiteral("SET_VELOCITY_LIMIT"), QStringLiteral("Set printer velocity limits")},
        {QStringLiteral("RESTART"), QStringLiteral("Reload config file and restart host software")},
        {QStringLiteral("FIRMWARE_RESTART"), QStringLiteral("Restart firmware, host, and reload config")},
        {QStringLiteral("STATUS"), QStringLiteral("Report the printer status")},
        {QStringLiteral("HELP"), QStringLiteral("Report the list of available extended G-Code commands")},
        {QStringLiteral("SAVE_CONFIG"), QStringLiteral("Overwrite config file and restart")},
        {QStringLiteral("INITIALIZE_TOOLCHANGER"), QStringLiteral("Initialize the toolchanger")},
        {QStringLiteral("SELECT_TOOL"), QStringLiteral("Select active tool")},
        {QStringLiteral("UNSELECT_TOOL"), QStringLiteral("Unselect active tool without selecting a new one")},
    };
}

bool VirtualKlipper::getFloat(const GcodeLine &g, const QString &name, double *value, QString *error) const
{
    if (!g.has(name))
        return true;
    bool ok = false;
    const double parsed = g.value(name).trimmed().toDouble(&ok);
    if (!ok) {
        *error = QStringLiteral("Error on '%1': unable to parse %2").arg(g.commandLine(), g.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

VirtualKlipper::StepResult VirtualKlipper::execute(const QString &line)
{
    const GcodeLine g = GcodeLine::parse(line);
    const QString cmd = g.command();
    if (m_state != State::Ready && !commandAllowedWhenNotReady(cmd)) {
        if (cmd == QLatin1String("M105") || cmd == QLatin1String("M21"))
            return StepResult::done();
        return StepResult::fail(m_stateMessage);
    }
    const bool registered = registeredCommands().contains(cmd);
    if (registered && !g.isWellFormed())
        return StepResult::fail(QStringLiteral("Malformed command '%1'").arg(g.commandLine()));

    if (cmd == QLatin1String("G0") || cmd == QLatin1String("G1"))
        return cmdG1(g);
    if (cmd == QLatin1String("G28"))
        return cmdG28(g);
    if (cmd == QLatin1String("G90")) {
        m_gcode.absoluteCoord = true;
        return StepResult::done();
    }
    if (cmd == QLatin1String("G91")) {
        m_gcode.absoluteCoord = false;
        return StepResult::done();
    }
    if (cmd == QLatin1String("M82")) {
        m_gcode.absoluteExtrude = true;
        return StepResult::done();
    }
    if (cmd == QLatin1String("M83")) {
        m_gcode.absoluteExtrude = false;
        return StepResult::done();
    }
    if (cmd == QLatin1String("G20"))
        return StepResult::fail(QStringLiteral("Machine does not support G20 (inches) command"));
    if (cmd == QLatin1String("G21") || cmd == QLatin1String("M110"))
        return StepResult::done();
    if (cmd == QLatin1String("G92"))
        return cmdG92(g);
    if (cmd == QLatin1String("G4"))
        return cmdG4(g);
    if (cmd == QLatin1String("M400"))
        return cmdM400();
    if (cmd == QLatin1String("M114"))
        return cmdM114();
    if (cmd == QLatin1String("GET_POSITION"))
        return cmdGetPosition();
    if (cmd == QLatin1String("M18") || cmd == QLatin1String("M84"))
        return cmdMotorsOff();
    if (cmd == QLatin1String("M220") || cmd == QLatin1String("M221")) {
        double s = 100.0;
        QString error;
        if (!getFloat(g, QStringLiteral("S"), &s, &error))
            return StepResult::fail(error);
        if (s <= 0.0)
            return StepResult::fail(QStringLiteral("Error on '%1': S must be above 0.0").arg(g.commandLine()));
        if (cmd == QLatin1String("M220")) {
            const double value = s / (60.0 * 100.0);
            m_gcode.speed = m_gcode.speed / m_gcode.speedFactor * value;
            m_gcode.speedFactor = value;
        } else {
            const double factor = s / 100.0;
            const double eValue = (m_gcode.last[3] - m_gcode.base[3]) / m_gcode.extrudeFactor;
            m_gcode.base[3] = m_gcode.last[3] - eValue * factor;
            m_gcode.extrudeFactor = factor;
        }
        return StepResult::done();
    }
    if (cmd == QLatin1String("SET_GCODE_OFFSET"))
        return cmdSetGcodeOffset(g);
    if (cmd == QLatin1String("SAVE_GCODE_STATE"))
        return cmdSaveGcodeState(g);
    if (cmd == QLatin1String("RESTORE_GCODE_STATE"))
        return cmdRestoreGcodeState(g);
    if (cmd == QLatin1String("SET_VELOCITY_LIMIT"))
        return cmdSetVelocityLimit(g);
    if (cmd == QLatin1String("M104") || cmd == QLatin1String("M109"))
        return cmdSetTemperature(g, false);
    if (cmd == QLatin1String("M140") || cmd == QLatin1String("M190"))
        return cmdSetTemperature(g, true);
    if (cmd == QLatin1String("M112")) {
        invokeShutdown(QStringLiteral("Shutdown due to M112 command"));
        return StepResult::done();
    }
    if (cmd == QLatin1String("M115")) {
        respondInfo(QStringLiteral("FIRMWARE_NAME:Klipper FIRMWARE_VERSION:%1").arg(QLatin1String(kSoftwareVersion)));
        return StepResult::done();
    }
    if (cmd == QLatin1String("ECHO")) {
        respondInfo(g.commandLine());
        return StepResult::done();
    }
    if (cmd == QLatin1String("STATUS")) {
        if (m_state == State::Ready) {
            respondInfo(QStringLiteral("Klipper state: Ready"));
            return StepResult::done();
        }
        QString message = m_stateMessage;
        while (message.endsWith(QLatin1Char('\n')) || message.endsWith(QLatin1Char(' ')))
            message.chop(1);
        return StepResult::fail(message + QStringLiteral("\nKlipper state: Not ready"));
    }
    if (cmd == QLatin1String("HELP"))
        return cmdHelp();
    if (cmd == QLatin1String("RESTART"))
        return cmdRestart(false);
    if (cmd == QLatin1String("FIRMWARE_RESTART"))
        return cmdRestart(true);
    if (cmd == QLatin1String("SAVE_CONFIG"))
        return cmdSaveConfig();
    if (cmd == QLatin1String("SELECT_TOOL"))
        return cmdSelectTool(g);
    if (cmd == QLatin1String("UNSELECT_TOOL"))
        return cmdUnselectTool();
    if (cmd == QLatin1String("INITIALIZE_TOOLCHANGER"))
        return cmdInitializeToolchanger(g);
    if (cmd == QLatin1String("SET_TOOL_PARAMETER"))
        return cmdSetToolParameter(g, false);
    if (cmd == QLatin1String("SAVE_TOOL_PARAMETER"))
        return cmdSetToolParameter(g, true);
    if (cmd == QLatin1String("RESET_TOOL_PARAMETER"))
        return cmdResetToolParameter(g);
    if (cmd == QLatin1String("SET_TOOL_OFFSET") && m_options.setToolOffsetCommand)
        return cmdSetToolOffset(g);
    if (registered && cmd.startsWith(QLatin1Char('T')))
        return cmdToolNumber(cmd.mid(1).toInt());

    // Klipper's cmd_default
    if (cmd.isEmpty())
        return StepResult::done();
    if (cmd == QLatin1String("M105") || cmd == QLatin1String("M21"))
        return StepResult::done();
    if (cmd == QLatin1String("M107"))
        return StepResult::done();
    if (cmd == QLatin1String("M106") && g.has(QStringLiteral("S")) && g.value(QStringLiteral("S")).toDouble() == 0.0)
        return StepResult::done();
    respondInfo(QStringLiteral("Unknown command:\"%1\"").arg(cmd));
    return StepResult::done();
}

// ---------------------------------------------------------------------------------------------
// Motion and coordinates

std::array<double, 4> VirtualKlipper::toolOffsetVector() const
{
    if (m_options.offsetModel != SimulatorOptions::OffsetModel::Transform || m_selectedTool < 0
        || m_selectedTool >= m_tools.size())
        return {0.0, 0.0, 0.0, 0.0};
    const Tool &tool = m_tools.at(m_selectedTool);
    return {tool.offset[0], tool.offset[1], tool.offset[2], 0.0};
}

std::array<double, 4> VirtualKlipper::toolheadPosition() const
{
    return m_planner.commanded();
}

void VirtualKlipper::resetLastPosition()
{
    const auto toolhead = toolheadPosition();
    const auto offset = toolOffsetVector();
    for (int i = 0; i < 4; ++i)
        m_gcode.last[i] = toolhead[i] - offset[i];
}

std::array<double, 4> VirtualKlipper::gcodePosition() const
{
    std::array<double, 4> p{};
    for (int i = 0; i < 4; ++i)
        p[i] = m_gcode.last[i] - m_gcode.base[i];
    p[3] /= m_gcode.extrudeFactor;
    return p;
}

QString VirtualKlipper::homedAxesString() const
{
    QString axes;
    for (int i = 0; i < 3; ++i) {
        if (m_homedAxes.contains(i))
            axes += QLatin1Char(QChar::fromLatin1(kAxisNames[i]).toLower().toLatin1());
    }
    return axes;
}

VirtualKlipper::StepResult VirtualKlipper::moveTo(const std::array<double, 4> &newLast, double speed)
{
    const auto offset = toolOffsetVector();
    std::array<double, 4> target{};
    for (int i = 0; i < 4; ++i)
        target[i] = newLast[i] + offset[i];
    const auto current = toolheadPosition();
    for (int i = 0; i < 3; ++i) {
        if (target[i] == current[i])
            continue;
        if (!m_homedAxes.contains(i))
            return StepResult::fail(moveError("Must home axis first", target));
        if (target[i] < m_options.axisMin[i] || target[i] > m_options.axisMax[i])
            return StepResult::fail(moveError("Move out of range", target));
    }
    const int toolIndex = m_mountedTool;
    const bool hasExtruder = toolIndex >= 0 && toolIndex < m_tools.size() && !m_tools.at(toolIndex).camera;
    const double extruded = target[3] - current[3];
    if (extruded != 0.0 && !hasExtruder)
        return StepResult::fail(QStringLiteral("Extrude when no extruder present"));
    m_gcode.last = newLast;
    const double now = nowMs();
    const double endMs = m_planner.queueMove(target, speed, now);
    if (extruded > 0.0) {
        const auto carriage = m_planner.physicalAtEnd();
        const QVector3D t = m_options.trueOffset(toolIndex);
        const double nozzleZ = carriage[2] - double(t.z());
        if (nozzleZ <= 1.0) {
            DepositedMark mark;
            mark.x = carriage[0] - double(t.x());
            mark.y = carriage[1] - double(t.y());
            mark.diameter = std::min(3.0, 0.4 + 0.5 * extruded);
            mark.tool = toolIndex;
            m_marks.append(mark);
            m_markAppearMs.append(endMs);
        }
    }
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdG1(const GcodeLine &g)
{
    static const QString axes[3] = {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z")};
    std::array<double, 4> last = m_gcode.last;
    const QString parseError = QStringLiteral("Unable to parse move '%1'").arg(g.commandLine());
    bool ok = true;
    for (int i = 0; i < 3; ++i) {
        if (!g.has(axes[i]))
            continue;
        const double v = g.value(axes[i]).toDouble(&ok);
        if (!ok)
            return StepResult::fail(parseError);
        if (!m_gcode.absoluteCoord)
            last[i] += v;
        else
            last[i] = v + m_gcode.base[i];
    }
    if (g.has(QStringLiteral("E"))) {
        const double v = g.value(QStringLiteral("E")).toDouble(&ok) * m_gcode.extrudeFactor;
        if (!ok)
            return StepResult::fail(parseError);
        if (!m_gcode.absoluteCoord || !m_gcode.absoluteExtrude)
            last[3] += v;
        else
            last[3] = v + m_gcode.base[3];
    }
    if (g.has(QStringLiteral("F"))) {
        const double f = g.value(QStringLiteral("F")).toDouble(&ok);
        if (!ok)
            return StepResult::fail(parseError);
        if (f <= 0.0)
            return StepResult::fail(QStringLiteral("Invalid speed in '%1'").arg(g.commandLine()));
        m_gcode.speed = f * m_gcode.speedFactor;
    }
    return moveTo(last, m_gcode.speed);
}

VirtualKlipper::StepResult VirtualKlipper::cmdG28(const GcodeLine &g)
{
    int mask = 0;
    for (int i = 0; i < 3; ++i) {
        if (g.has(QString(QLatin1Char(kAxisNames[i]))))
            mask |= 1 << i;
    }
    if (mask == 0)
        mask = 7;
    // Homing waits for queued moves, runs the homing moves, then sets the homed state.
    return StepResult::wait([this, mask] {
        const MotionPlanner::Vec3 endstop{m_options.homePosition[0], m_options.homePosition[1],
                                          m_options.homePosition[2]};
        m_planner.queueHoming(mask, endstop, m_options.homingSpeed, nowMs());
        return StepResult::wait([this, mask] {
            for (int i = 0; i < 3; ++i) {
                if (mask & (1 << i)) {
                    m_homedAxes.insert(i);
                    m_gcode.base[i] = m_gcode.homing[i];
                }
            }
            resetLastPosition();
            return StepResult::done();
        });
    });
}

VirtualKlipper::StepResult VirtualKlipper::cmdG92(const GcodeLine &g)
{
    static const QString names[4] = {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z"), QStringLiteral("E")};
    bool any = false;
    for (int i = 0; i < 4; ++i) {
        if (!g.has(names[i]))
            continue;
        double offset = 0.0;
        QString error;
        if (!getFloat(g, names[i], &offset, &error))
            return StepResult::fail(error);
        if (i == 3)
            offset *= m_gcode.extrudeFactor;
        m_gcode.base[i] = m_gcode.last[i] - offset;
        any = true;
    }
    if (!any)
        m_gcode.base = m_gcode.last;
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdG4(const GcodeLine &g)
{
    double ms = 0.0;
    QString error;
    if (g.has(QStringLiteral("S"))) {
        if (!getFloat(g, QStringLiteral("S"), &ms, &error))
            return StepResult::fail(error);
        ms *= 1000.0;
    } else if (!getFloat(g, QStringLiteral("P"), &ms, &error)) {
        return StepResult::fail(error);
    }
    if (ms < 0.0)
        return StepResult::fail(QStringLiteral("Error on '%1': P must have minimum of 0.0").arg(g.commandLine()));
    m_planner.queueDwell(ms / 1000.0, nowMs());
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdM400()
{
    return StepResult::wait([] { return StepResult::done(); });
}

VirtualKlipper::StepResult VirtualKlipper::cmdM114()
{
    const auto p = gcodePosition();
    respondRaw(QString::asprintf("X:%.3f Y:%.3f Z:%.3f E:%.3f", p[0], p[1], p[2], p[3]));
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdGetPosition()
{
    const auto toolhead = toolheadPosition();
    QStringList mcu, stepper;
    static const char *const steppers[3] = {"stepper_x", "stepper_y", "stepper_z"};
    for (int i = 0; i < 3; ++i) {
        mcu << QString::asprintf("%s:%lld", steppers[i], qint64(std::llround(toolhead[i] * kStepsPerMm[i])));
        stepper << QString::asprintf("%s:%.6f", steppers[i], toolhead[i]);
    }
    const auto &l = m_gcode.last;
    const auto &b = m_gcode.base;
    const auto &h = m_gcode.homing;
    QString text = QStringLiteral("mcu: ") + mcu.join(QLatin1Char(' ')) + QStringLiteral("\nstepper: ")
                   + stepper.join(QLatin1Char(' '));
    text += QString::asprintf("\nkinematic: X:%.6f Y:%.6f Z:%.6f", toolhead[0], toolhead[1], toolhead[2]);
    text += QString::asprintf("\ntoolhead: X:%.6f Y:%.6f Z:%.6f E:%.6f", toolhead[0], toolhead[1], toolhead[2],
                              toolhead[3]);
    text += QString::asprintf("\ngcode: X:%.6f Y:%.6f Z:%.6f E:%.6f", l[0], l[1], l[2], l[3]);
    text += QString::asprintf("\ngcode base: X:%.6f Y:%.6f Z:%.6f E:%.6f", b[0], b[1], b[2], b[3]);
    text += QString::asprintf("\ngcode homing: X:%.6f Y:%.6f Z:%.6f", h[0], h[1], h[2]);
    respondInfo(text);
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdMotorsOff()
{
    m_homedAxes.clear();
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSetGcodeOffset(const GcodeLine &g)
{
    static const QString names[4] = {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z"), QStringLiteral("E")};
    std::array<double, 4> delta{};
    QString error;
    for (int i = 0; i < 4; ++i) {
        double offset = 0.0;
        if (g.has(names[i])) {
            if (!getFloat(g, names[i], &offset, &error))
                return StepResult::fail(error);
        } else if (g.has(names[i] + QStringLiteral("_ADJUST"))) {
            if (!getFloat(g, names[i] + QStringLiteral("_ADJUST"), &offset, &error))
                return StepResult::fail(error);
            offset += m_gcode.homing[i];
        } else {
            continue;
        }
        delta[i] = offset - m_gcode.homing[i];
        m_gcode.base[i] += delta[i];
        m_gcode.homing[i] = offset;
    }
    if (g.has(QStringLiteral("MOVE"))) {
        bool ok = false;
        const int move = g.value(QStringLiteral("MOVE")).trimmed().toInt(&ok);
        if (!ok)
            return StepResult::fail(
                QStringLiteral("Error on '%1': unable to parse %2").arg(g.commandLine(), g.value(QStringLiteral("MOVE"))));
        if (move) {
            double speed = m_gcode.speed;
            if (!getFloat(g, QStringLiteral("MOVE_SPEED"), &speed, &error))
                return StepResult::fail(error);
            if (speed <= 0.0)
                return StepResult::fail(
                    QStringLiteral("Error on '%1': MOVE_SPEED must be above 0.0").arg(g.commandLine()));
            std::array<double, 4> last = m_gcode.last;
            for (int i = 0; i < 4; ++i)
                last[i] += delta[i];
            return moveTo(last, speed);
        }
    }
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSaveGcodeState(const GcodeLine &g)
{
    const QString name = g.has(QStringLiteral("NAME")) ? g.value(QStringLiteral("NAME")) : QStringLiteral("default");
    m_savedStates.insert(name, m_gcode);
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdRestoreGcodeState(const GcodeLine &g)
{
    const QString name = g.has(QStringLiteral("NAME")) ? g.value(QStringLiteral("NAME")) : QStringLiteral("default");
    if (!m_savedStates.contains(name))
        return StepResult::fail(QStringLiteral("Unknown g-code state: %1").arg(name));
    const GcodeState state = m_savedStates.value(name);
    const auto last = m_gcode.last;
    m_gcode.absoluteCoord = state.absoluteCoord;
    m_gcode.absoluteExtrude = state.absoluteExtrude;
    m_gcode.base = state.base;
    m_gcode.homing = state.homing;
    m_gcode.speed = state.speed;
    m_gcode.speedFactor = state.speedFactor;
    m_gcode.extrudeFactor = state.extrudeFactor;
    m_gcode.base[3] += last[3] - state.last[3];
    bool ok = true;
    const int move = g.has(QStringLiteral("MOVE")) ? g.value(QStringLiteral("MOVE")).toInt(&ok) : 0;
    if (!ok)
        return StepResult::fail(
            QStringLiteral("Error on '%1': unable to parse %2").arg(g.commandLine(), g.value(QStringLiteral("MOVE"))));
    if (move) {
        double speed = m_gcode.speed;
        QString error;
        if (!getFloat(g, QStringLiteral("MOVE_SPEED"), &speed, &error))
            return StepResult::fail(error);
        std::array<double, 4> target = m_gcode.last;
        for (int i = 0; i < 3; ++i)
            target[i] = state.last[i];
        return moveTo(target, speed);
    }
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSetVelocityLimit(const GcodeLine &g)
{
    QString error;
    double velocity = m_maxVelocity, accel = m_maxAccel, ratio = m_minimumCruiseRatio,
           corner = m_squareCornerVelocity;
    if (!getFloat(g, QStringLiteral("VELOCITY"), &velocity, &error)
        || !getFloat(g, QStringLiteral("ACCEL"), &accel, &error)
        || !getFloat(g, QStringLiteral("MINIMUM_CRUISE_RATIO"), &ratio, &error)
        || !getFloat(g, QStringLiteral("SQUARE_CORNER_VELOCITY"), &corner, &error))
        return StepResult::fail(error);
    m_maxVelocity = velocity;
    m_maxAccel = accel;
    m_minimumCruiseRatio = ratio;
    m_squareCornerVelocity = corner;
    m_planner.setLimits({m_maxVelocity, m_maxAccel, m_options.maxZVelocity, m_options.maxZAccel});
    if (g.params().isEmpty()) {
        respondInfo(QString::asprintf("max_velocity: %.6f\nmax_accel: %.6f\nminimum_cruise_ratio: %.6f\n"
                                      "square_corner_velocity: %.6f",
                                      m_maxVelocity, m_maxAccel, m_minimumCruiseRatio, m_squareCornerVelocity));
    }
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSetTemperature(const GcodeLine &g, bool bed)
{
    double target = 0.0;
    QString error;
    if (!getFloat(g, QStringLiteral("S"), &target, &error))
        return StepResult::fail(error);
    QString heater = QStringLiteral("heater_bed");
    if (!bed) {
        int index = m_mountedTool;
        if (g.has(QStringLiteral("T"))) {
            index = g.value(QStringLiteral("T")).toInt();
            if (index < 0 || index >= m_tools.size() || m_tools.at(index).camera)
                return StepResult::fail(QStringLiteral("Invalid extruder"));
        }
        if (index < 0 || index >= m_tools.size() || m_tools.at(index).camera)
            return StepResult::fail(QStringLiteral("Extruder not configured"));
        heater = m_tools.at(index).extruderName();
    }
    // Heaters are not simulated: the temperature follows the target at once.
    m_targets.insert(heater, target);
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdHelp()
{
    QStringList lines;
    if (m_state != State::Ready)
        lines << QStringLiteral("Printer is not ready - not all commands available.");
    lines << QStringLiteral("Available extended commands:");
    const QJsonObject help = gcodeHelp();
    QStringList commands = help.keys();
    commands.sort();
    for (const QString &command : commands) {
        if (m_state != State::Ready && !commandAllowedWhenNotReady(command))
            continue;
        lines << QStringLiteral("%1: %2").arg(command.leftJustified(10), help.value(command).toString());
    }
    respondInfo(lines.join(QLatin1Char('\n')));
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdRestart(bool firmware)
{
    Q_UNUSED(firmware)
    auto restart = [this] {
        // The rest of the script is not run: the host process exits.
        if (!m_scripts.empty())
            m_scripts.front().next = int(m_scripts.front().lines.size());
        QTimer::singleShot(0, this, [this] { goDown(true); });
        return StepResult::done();
    };
    if (m_state == State::Ready)
        return StepResult::wait(restart);
    return restart();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSaveConfig()
{
    bool anySaved = false;
    for (const Tool &tool : m_tools) {
        for (int i = 0; i < 3; ++i)
            anySaved = anySaved || tool.savedOffset[i] != 0.0;
    }
    if (m_pendingSaveItems.isEmpty() && !anySaved)
        return StepResult::done();
    for (Tool &tool : m_tools) {
        const QJsonObject items = m_pendingSaveItems.value(tool.objectName()).toObject();
        static const QString keys[3] = {QStringLiteral("gcode_x_offset"), QStringLiteral("gcode_y_offset"),
                                        QStringLiteral("gcode_z_offset")};
        for (int i = 0; i < 3; ++i) {
            if (items.contains(keys[i]))
                tool.savedOffset[i] = items.value(keys[i]).toString().toDouble();
        }
    }
    m_pendingSaveItems = {};
    return cmdRestart(false);
}

// ---------------------------------------------------------------------------------------------
// Toolchanger

VirtualKlipper::Tool *VirtualKlipper::toolByNumber(int number)
{
    if (number < 0 || number >= m_tools.size())
        return nullptr;
    return &m_tools[number];
}

VirtualKlipper::Tool *VirtualKlipper::toolFromParams(const GcodeLine &g, const QString &command, QString *error)
{
    if (g.has(QStringLiteral("TOOL"))) {
        const QString name = g.value(QStringLiteral("TOOL"));
        for (Tool &tool : m_tools) {
            if (tool.objectName() == name)
                return &tool;
        }
        *error = QStringLiteral("%1: TOOL: '%2' not found").arg(command, name);
        return nullptr;
    }
    if (g.has(QStringLiteral("T"))) {
        bool ok = false;
        const int number = g.value(QStringLiteral("T")).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("Error on '%1': unable to parse %2").arg(g.commandLine(), g.value(QStringLiteral("T")));
            return nullptr;
        }
        if (Tool *tool = toolByNumber(number))
            return tool;
        *error = QStringLiteral("%1: T%2 not found").arg(command).arg(number);
        return nullptr;
    }
    if (Tool *tool = toolByNumber(m_selectedTool))
        return tool;
    *error = QStringLiteral("%1: No tool specified and no active tool").arg(command);
    return nullptr;
}

VirtualKlipper::StepResult VirtualKlipper::cmdSelectTool(const GcodeLine &g)
{
    if (g.has(QStringLiteral("TOOL")) && !g.value(QStringLiteral("TOOL")).isEmpty()) {
        const QString name = g.value(QStringLiteral("TOOL"));
        for (const Tool &tool : std::as_const(m_tools)) {
            if (tool.objectName() == name)
                return selectTool(tool.number);
        }
        return StepResult::fail(QStringLiteral("Select tool: TOOL=%1 not found").arg(name));
    }
    if (g.has(QStringLiteral("T"))) {
        bool ok = false;
        const int number = g.value(QStringLiteral("T")).toInt(&ok);
        if (!ok)
            return StepResult::fail(
                QStringLiteral("Error on '%1': unable to parse %2").arg(g.commandLine(), g.value(QStringLiteral("T"))));
        if (!toolByNumber(number))
            return StepResult::fail(QStringLiteral("Select tool: T%1 not found").arg(number));
        return selectTool(number);
    }
    return StepResult::fail(QStringLiteral("Select tool: Either TOOL or T needs to be specified"));
}

VirtualKlipper::StepResult VirtualKlipper::cmdToolNumber(int number)
{
    return selectTool(number);
}

VirtualKlipper::StepResult VirtualKlipper::cmdUnselectTool()
{
    if (m_selectedTool < 0)
        return StepResult::done();
    return selectTool(-1);
}

VirtualKlipper::StepResult VirtualKlipper::cmdInitializeToolchanger(const GcodeLine &g)
{
    int number = m_mountedTool;
    if (g.has(QStringLiteral("T"))) {
        number = g.value(QStringLiteral("T")).toInt();
        if (!toolByNumber(number))
            return StepResult::fail(QStringLiteral("Tool #%1 is not assigned").arg(number));
    }
    m_selectedTool = number;
    m_mountedTool = number;
    m_toolchangerStatus = QStringLiteral("ready");
    resetLastPosition();
    respondInfo(QStringLiteral("toolchanger initialized, active %1")
                    .arg(number >= 0 ? m_tools.at(number).objectName() : QStringLiteral("None")));
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::selectTool(int number)
{
    if (m_toolchangerStatus == QLatin1String("uninitialized")) {
        // initialize_on: first-use
        m_selectedTool = m_mountedTool;
        m_toolchangerStatus = QStringLiteral("ready");
        resetLastPosition();
    }
    if (number == m_selectedTool) {
        if (number >= 0)
            respondInfo(QStringLiteral("Tool %1 already selected").arg(m_tools.at(number).objectName()));
        return StepResult::done();
    }
    auto change = [this, number]() -> StepResult {
        if (!allHomed()) {
            return StepResult::fail(
                QStringLiteral("Cannot perform toolchange, axis not homed. Required: xyz, homed: %1").arg(homedAxesString()));
        }
        const int previous = m_selectedTool;
        std::array<double, 4> last = m_gcode.last;
        if (m_options.offsetModel == SimulatorOptions::OffsetModel::Transform) {
            // The transform adds the new tool's offset from now on; the gcode position is kept.
            m_selectedTool = number;
            m_mountedTool = number;
        } else {
            // Older klipper-toolchanger: SET_GCODE_OFFSET with the tool's offsets, restore the
            // gcode position (plus any extra Z the user had added).
            const Tool *old = toolByNumber(previous);
            const double extraZ = m_gcode.homing[2] - (old ? old->offset[2] : 0.0);
            const Tool *next = toolByNumber(number);
            const std::array<double, 3> homing{next ? next->offset[0] : 0.0, next ? next->offset[1] : 0.0,
                                               (next ? next->offset[2] : 0.0) + extraZ};
            const auto gcodePos = gcodePosition();
            for (int i = 0; i < 3; ++i) {
                m_gcode.base[i] += homing[i] - m_gcode.homing[i];
                m_gcode.homing[i] = homing[i];
                last[i] = gcodePos[i] + m_gcode.base[i];
            }
            m_selectedTool = number;
            m_mountedTool = number;
        }
        const StepResult moved = moveTo(last, m_gcode.speed);
        if (moved.kind == StepResult::Error) {
            m_selectedTool = previous;
            m_mountedTool = previous;
            return moved;
        }
        if (number >= 0)
            respondInfo(QStringLiteral("Selected tool %1 (%2)").arg(number).arg(m_tools.at(number).objectName()));
        else
            respondInfo(QStringLiteral("Tool unselected"));
        return StepResult::done();
    };
    if (!allHomed())
        return StepResult::wait(change); // ensure_homed waits for moves before it decides
    return change();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSetToolParameter(const GcodeLine &g, bool save)
{
    const QString command = save ? QStringLiteral("SAVE_TOOL_PARAMETER") : QStringLiteral("SET_TOOL_PARAMETER");
    QString error;
    Tool *tool = toolFromParams(g, command, &error);
    if (!tool)
        return StepResult::fail(error);
    if (!g.has(QStringLiteral("PARAMETER")))
        return StepResult::fail(QStringLiteral("Error on '%1': missing PARAMETER").arg(g.commandLine()));
    const QString name = g.value(QStringLiteral("PARAMETER"));
    static const QStringList offsetKeys = {QStringLiteral("gcode_x_offset"), QStringLiteral("gcode_y_offset"),
                                           QStringLiteral("gcode_z_offset")};
    const int axis = int(offsetKeys.indexOf(name));
    if (save) {
        if (!tool->setParameters.contains(name))
            return StepResult::fail(QStringLiteral("Tool does not have parameter %1").arg(name));
        QJsonObject items = m_pendingSaveItems.value(tool->objectName()).toObject();
        items.insert(name, pythonFloat(tool->offset[axis]));
        m_pendingSaveItems.insert(tool->objectName(), items);
        return StepResult::done();
    }
    if (!g.has(QStringLiteral("VALUE")))
        return StepResult::fail(QStringLiteral("Error on '%1': missing VALUE").arg(g.commandLine()));
    if (axis < 0)
        return StepResult::fail(QStringLiteral("Tool does not have parameter %1").arg(name));
    bool ok = false;
    const double value = g.value(QStringLiteral("VALUE")).trimmed().toDouble(&ok);
    if (!ok)
        return StepResult::fail(QStringLiteral("Error on '%1': unable to parse VALUE %2")
                                    .arg(g.commandLine(), g.value(QStringLiteral("VALUE"))));
    // No move: the transform applies the new value from the next move on.
    tool->offset[axis] = value;
    tool->setParameters.insert(name);
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdResetToolParameter(const GcodeLine &g)
{
    QString error;
    if (!toolFromParams(g, QStringLiteral("RESET_TOOL_PARAMETER"), &error))
        return StepResult::fail(error);
    if (!g.has(QStringLiteral("PARAMETER")))
        return StepResult::fail(QStringLiteral("Error on '%1': missing PARAMETER").arg(g.commandLine()));
    // Quirk of klipper-toolchanger: offsets are not in the original params, so nothing resets.
    return StepResult::done();
}

VirtualKlipper::StepResult VirtualKlipper::cmdSetToolOffset(const GcodeLine &g)
{
    // KTCC style: SET_TOOL_OFFSET [TOOL=<n>] [X=|X_ADJUST=] [Y=|Y_ADJUST=] [Z=|Z_ADJUST=]
    Tool *tool = nullptr;
    if (g.has(QStringLiteral("TOOL"))) {
        const QString value = g.value(QStringLiteral("TOOL"));
        bool numeric = false;
        const int number = value.toInt(&numeric);
        tool = numeric ? toolByNumber(number) : nullptr;
        if (!numeric) {
            for (Tool &candidate : m_tools) {
                if (candidate.objectName() == value || candidate.name == value)
                    tool = &candidate;
            }
        }
        if (!tool)
            return StepResult::fail(QStringLiteral("SET_TOOL_OFFSET: Tool %1 not found").arg(value));
    } else {
        tool = toolByNumber(m_selectedTool);
        if (!tool)
            return StepResult::fail(QStringLiteral("SET_TOOL_OFFSET: No tool specified and no active tool"));
    }
    static const QString names[3] = {QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z")};
    for (int i = 0; i < 3; ++i) {
        double value = 0.0;
        QString error;
        if (g.has(names[i])) {
            if (!getFloat(g, names[i], &value, &error))
                return StepResult::fail(error);
            tool->offset[i] = value;
        } else if (g.has(names[i] + QStringLiteral("_ADJUST"))) {
            if (!getFloat(g, names[i] + QStringLiteral("_ADJUST"), &value, &error))
                return StepResult::fail(error);
            tool->offset[i] += value;
        }
    }
    respondInfo(QString::asprintf("Tool %d (%s) offset is now X=%.3f Y=%.3f Z=%.3f", tool->number,
                                  qPrintable(tool->objectName()), tool->offset[0], tool->offset[1], tool->offset[2]));
    return StepResult::done();
}

// ---------------------------------------------------------------------------------------------
// Status objects

QStringList VirtualKlipper::objectNames() const
{
    QMutexLocker locker(&m_mutex);
    QStringList names = {
        QStringLiteral("webhooks"),       QStringLiteral("configfile"),     QStringLiteral("mcu"),
        QStringLiteral("gcode"),          QStringLiteral("gcode_move"),     QStringLiteral("toolhead"),
        QStringLiteral("motion_report"),  QStringLiteral("print_stats"),    QStringLiteral("idle_timeout"),
        QStringLiteral("virtual_sdcard"), QStringLiteral("pause_resume"),   QStringLiteral("display_status"),
        QStringLiteral("heaters"),        QStringLiteral("heater_bed"),
    };
    for (const Tool &tool : m_tools) {
        if (!tool.camera)
            names << tool.extruderName();
    }
    names << QStringLiteral("toolchanger");
    for (const Tool &tool : m_tools)
        names << tool.objectName();
    return names;
}

bool VirtualKlipper::hasObject(const QString &name) const
{
    return objectNames().contains(name);
}

QJsonObject VirtualKlipper::toolheadStatus() const
{
    const double now = nowMs();
    const int tool = m_mountedTool;
    const QString extruder = tool >= 0 && tool < m_tools.size() ? m_tools.at(tool).extruderName() : QString();
    return QJsonObject{
        {QStringLiteral("homed_axes"), homedAxesString()},
        {QStringLiteral("axis_minimum"),
         QJsonArray{m_options.axisMin[0], m_options.axisMin[1], m_options.axisMin[2], 0.0}},
        {QStringLiteral("axis_maximum"),
         QJsonArray{m_options.axisMax[0], m_options.axisMax[1], m_options.axisMax[2], 0.0}},
        {QStringLiteral("print_time"), std::max(now, m_planner.endMs()) / 1000.0 - m_clockBaseMs / 1000.0},
        {QStringLiteral("estimated_print_time"), (now - m_clockBaseMs) / 1000.0},
        {QStringLiteral("stalls"), 0},
        {QStringLiteral("extruder"), extruder},
        {QStringLiteral("position"), coord(toolheadPosition())},
        {QStringLiteral("max_velocity"), m_maxVelocity},
        {QStringLiteral("max_accel"), m_maxAccel},
        {QStringLiteral("minimum_cruise_ratio"), m_minimumCruiseRatio},
        {QStringLiteral("square_corner_velocity"), m_squareCornerVelocity},
    };
}

QJsonObject VirtualKlipper::gcodeMoveStatus() const
{
    return QJsonObject{
        {QStringLiteral("speed_factor"), m_gcode.speedFactor * 60.0},
        {QStringLiteral("speed"), m_gcode.speed / m_gcode.speedFactor},
        {QStringLiteral("extrude_factor"), m_gcode.extrudeFactor},
        {QStringLiteral("absolute_coordinates"), m_gcode.absoluteCoord},
        {QStringLiteral("absolute_extrude"), m_gcode.absoluteExtrude},
        {QStringLiteral("homing_origin"), coord(m_gcode.homing)},
        {QStringLiteral("position"), coord(m_gcode.last)},
        {QStringLiteral("gcode_position"), coord(gcodePosition())},
        {QStringLiteral("axis_map"), QJsonObject{{QStringLiteral("X"), 0}, {QStringLiteral("Y"), 1},
                                                 {QStringLiteral("Z"), 2}, {QStringLiteral("E"), 3}}},
    };
}

QJsonObject VirtualKlipper::motionReportStatus() const
{
    const double now = nowMs();
    const auto live = m_planner.hasMoved() ? m_planner.live(now) : std::array<double, 4>{};
    QJsonArray trapq{QStringLiteral("toolhead")};
    QJsonArray steppers{QStringLiteral("stepper_x"), QStringLiteral("stepper_y"), QStringLiteral("stepper_z")};
    for (const Tool &tool : m_tools) {
        if (!tool.camera) {
            trapq.append(tool.extruderName());
            steppers.append(tool.extruderName());
        }
    }
    return QJsonObject{
        {QStringLiteral("live_position"), coord(live)},
        {QStringLiteral("live_velocity"), m_planner.liveVelocity(now)},
        {QStringLiteral("live_extruder_velocity"), m_planner.liveExtruderVelocity(now)},
        {QStringLiteral("steppers"), steppers},
        {QStringLiteral("trapq"), trapq},
    };
}

QJsonObject VirtualKlipper::toolchangerStatus() const
{
    QJsonArray numbers, names;
    for (const Tool &tool : m_tools) {
        numbers.append(tool.number);
        names.append(tool.objectName());
    }
    const bool selected = m_selectedTool >= 0 && m_selectedTool < m_tools.size();
    const bool mounted = m_mountedTool >= 0 && m_mountedTool < m_tools.size();
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("toolchanger")},
        {QStringLiteral("status"), m_toolchangerStatus},
        {QStringLiteral("tool"), selected ? QJsonValue(m_tools.at(m_selectedTool).objectName()) : QJsonValue()},
        {QStringLiteral("tool_number"), selected ? m_selectedTool : -1},
        {QStringLiteral("detected_tool"), mounted ? QJsonValue(m_tools.at(m_mountedTool).objectName()) : QJsonValue()},
        {QStringLiteral("detected_tool_number"), mounted ? m_mountedTool : -1},
        {QStringLiteral("tool_numbers"), numbers},
        {QStringLiteral("tool_names"), names},
        {QStringLiteral("has_detection"), true},
    };
}

QJsonObject VirtualKlipper::toolStatus(const Tool &tool) const
{
    const QString extruder = tool.extruderName();
    return QJsonObject{
        {QStringLiteral("name"), tool.objectName()},
        {QStringLiteral("toolchanger"), QStringLiteral("toolchanger")},
        {QStringLiteral("tool_number"), tool.number},
        {QStringLiteral("detect_state"), tool.number == m_mountedTool ? QStringLiteral("present") : QStringLiteral("absent")},
        {QStringLiteral("active"), tool.number == m_selectedTool},
        {QStringLiteral("extruder"), extruder.isEmpty() ? QJsonValue() : QJsonValue(extruder)},
        {QStringLiteral("heater"), extruder.isEmpty() ? QJsonValue() : QJsonValue(extruder)},
        {QStringLiteral("extruder_stepper"), QJsonValue()},
        {QStringLiteral("fan"), QJsonValue()},
        {QStringLiteral("gcode_x_offset"), tool.offset[0]},
        {QStringLiteral("gcode_y_offset"), tool.offset[1]},
        {QStringLiteral("gcode_z_offset"), tool.offset[2]},
        {QStringLiteral("params_type"), tool.camera ? QStringLiteral("camera") : QStringLiteral("extruder")},
    };
}

QJsonObject VirtualKlipper::extruderStatus(const QString &name) const
{
    const double target = m_targets.value(name, 0.0);
    return QJsonObject{
        {QStringLiteral("temperature"), target > 0.0 ? target : 25.0},
        {QStringLiteral("target"), target},
        {QStringLiteral("power"), 0.0},
        {QStringLiteral("can_extrude"), true},
        {QStringLiteral("pressure_advance"), 0.0},
        {QStringLiteral("smooth_time"), 0.04},
        {QStringLiteral("motion_queue"), QJsonValue()},
    };
}

QJsonObject VirtualKlipper::configfileStatus() const
{
    QJsonObject config, settings;
    auto section = [&](const QString &name, const QList<QPair<QString, QJsonValue>> &options) {
        QJsonObject raw, typed;
        for (const auto &option : options) {
            typed.insert(option.first, option.second);
            raw.insert(option.first, option.second.isString() ? option.second.toString()
                                                              : QString::number(option.second.toDouble()));
        }
        config.insert(name, raw);
        settings.insert(name.toLower(), typed); // Klipper lower-cases section names in settings
    };
    section(QStringLiteral("printer"), {{QStringLiteral("kinematics"), QStringLiteral("cartesian")},
                                        {QStringLiteral("max_velocity"), m_options.maxVelocity},
                                        {QStringLiteral("max_accel"), m_options.maxAccel},
                                        {QStringLiteral("max_z_velocity"), m_options.maxZVelocity},
                                        {QStringLiteral("max_z_accel"), m_options.maxZAccel}});
    for (int i = 0; i < 3; ++i) {
        section(QStringLiteral("stepper_%1").arg(QChar::fromLatin1(kAxisNames[i]).toLower()),
                {{QStringLiteral("position_min"), m_options.axisMin[i]},
                 {QStringLiteral("position_max"), m_options.axisMax[i]},
                 {QStringLiteral("position_endstop"), m_options.homePosition[i]},
                 {QStringLiteral("homing_speed"), m_options.homingSpeed},
                 {QStringLiteral("rotation_distance"), i == 2 ? 8.0 : 40.0}});
    }
    section(QStringLiteral("toolchanger"), {{QStringLiteral("initialize_on"), QStringLiteral("first-use")}});
    for (const Tool &tool : m_tools) {
        if (!tool.camera)
            section(tool.extruderName(), {{QStringLiteral("min_extrude_temp"), 0.0}});
        QList<QPair<QString, QJsonValue>> options = {{QStringLiteral("tool_number"), tool.number}};
        if (!tool.camera)
            options.append({QStringLiteral("extruder"), tool.extruderName()});
        options.append({QStringLiteral("params_type"), tool.camera ? QStringLiteral("camera") : QStringLiteral("extruder")});
        options.append({QStringLiteral("gcode_x_offset"), tool.savedOffset[0]});
        options.append({QStringLiteral("gcode_y_offset"), tool.savedOffset[1]});
        options.append({QStringLiteral("gcode_z_offset"), tool.savedOffset[2]});
        section(tool.objectName(), options);
    }
    return QJsonObject{
        {QStringLiteral("config"), config},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("save_config_pending"), !m_pendingSaveItems.isEmpty()},
        {QStringLiteral("save_config_pending_items"), m_pendingSaveItems},
        {QStringLiteral("warnings"), QJsonArray()},
    };
}

QJsonObject VirtualKlipper::commandsStatus() const
{
    QJsonObject commands;
    const QJsonObject help = gcodeHelp();
    for (const QString &command : registeredCommands()) {
        if (m_state != State::Ready && !commandAllowedWhenNotReady(command))
            continue;
        QJsonObject entry;
        if (help.contains(command))
            entry.insert(QStringLiteral("help"), help.value(command));
        commands.insert(command, entry);
    }
    return QJsonObject{{QStringLiteral("commands"), commands}};
}

QJsonObject VirtualKlipper::objectStatus(const QString &name) const
{
    QMutexLocker locker(&m_mutex);
    if (name == QLatin1String("toolhead"))
        return toolheadStatus();
    if (name == QLatin1String("gcode_move"))
        return gcodeMoveStatus();
    if (name == QLatin1String("motion_report"))
        return motionReportStatus();
    if (name == QLatin1String("webhooks"))
        return QJsonObject{{QStringLiteral("state"), stateName()}, {QStringLiteral("state_message"), m_stateMessage}};
    if (name == QLatin1String("print_stats")) {
        return QJsonObject{{QStringLiteral("filename"), QString()},
                           {QStringLiteral("total_duration"), 0.0},
                           {QStringLiteral("print_duration"), 0.0},
                           {QStringLiteral("filament_used"), 0.0},
                           {QStringLiteral("state"), QStringLiteral("standby")},
                           {QStringLiteral("message"), QString()},
                           {QStringLiteral("info"), QJsonObject{{QStringLiteral("total_layer"), QJsonValue()},
                                                                {QStringLiteral("current_layer"), QJsonValue()}}}};
    }
    if (name == QLatin1String("idle_timeout")) {
        const double printing =
            m_idleState == QLatin1String("Printing") ? (nowMs() - m_busySinceMs) / 1000.0 : 0.0;
        return QJsonObject{{QStringLiteral("state"), m_idleState}, {QStringLiteral("printing_time"), printing}};
    }
    if (name == QLatin1String("gcode"))
        return commandsStatus();
    if (name == QLatin1String("configfile"))
        return configfileStatus();
    if (name == QLatin1String("mcu")) {
        return QJsonObject{{QStringLiteral("mcu_version"), QLatin1String(kSoftwareVersion)},
                           {QStringLiteral("mcu_build_versions"), QStringLiteral("gcc: (simulated) binutils: (simulated)")},
                           {QStringLiteral("mcu_constants"), QJsonObject{{QStringLiteral("MCU"), QStringLiteral("sim")}}},
                           {QStringLiteral("last_stats"), QJsonObject()}};
    }
    if (name == QLatin1String("virtual_sdcard")) {
        return QJsonObject{{QStringLiteral("file_path"), QJsonValue()}, {QStringLiteral("progress"), 0.0},
                           {QStringLiteral("is_active"), false},   {QStringLiteral("file_position"), 0},
                           {QStringLiteral("file_size"), 0}};
    }
    if (name == QLatin1String("pause_resume"))
        return QJsonObject{{QStringLiteral("is_paused"), false}};
    if (name == QLatin1String("display_status"))
        return QJsonObject{{QStringLiteral("progress"), 0.0}, {QStringLiteral("message"), QJsonValue()}};
    if (name == QLatin1String("heaters")) {
        QJsonArray heaters{QStringLiteral("heater_bed")};
        for (const Tool &tool : m_tools) {
            if (!tool.camera)
                heaters.append(tool.extruderName());
        }
        return QJsonObject{{QStringLiteral("available_heaters"), heaters},
                           {QStringLiteral("available_sensors"), heaters},
                           {QStringLiteral("available_monitors"), QJsonArray()}};
    }
    if (name == QLatin1String("heater_bed")) {
        const double target = m_targets.value(name, 0.0);
        return QJsonObject{{QStringLiteral("temperature"), target > 0.0 ? target : 25.0},
                           {QStringLiteral("target"), target},
                           {QStringLiteral("power"), 0.0}};
    }
    if (name == QLatin1String("toolchanger"))
        return toolchangerStatus();
    for (const Tool &tool : m_tools) {
        if (name == tool.objectName())
            return toolStatus(tool);
        if (!tool.camera && name == tool.extruderName())
            return extruderStatus(name);
    }
    return {};
}

QJsonObject VirtualKlipper::query(const QJsonObject &objects) const
{
    QMutexLocker locker(&m_mutex);
    const QStringList known = objectNames();
    QJsonObject status;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (!known.contains(it.key())) {
            status.insert(it.key(), QJsonObject());
            continue;
        }
        const QJsonObject full = objectStatus(it.key());
        if (!it.value().isArray()) {
            status.insert(it.key(), full);
            continue;
        }
        QJsonObject selected;
        for (const QJsonValue &field : it.value().toArray()) {
            const QString key = field.toString();
            selected.insert(key, full.contains(key) ? full.value(key) : QJsonValue());
        }
        status.insert(it.key(), selected);
    }
    return status;
}

QJsonObject VirtualKlipper::info() const
{
    QMutexLocker locker(&m_mutex);
    return QJsonObject{
        {QStringLiteral("state"), stateName()},
        {QStringLiteral("state_message"), m_stateMessage},
        {QStringLiteral("hostname"), QStringLiteral("reticle-sim")},
        {QStringLiteral("klipper_path"), QStringLiteral("/home/pi/klipper")},
        {QStringLiteral("python_path"), QStringLiteral("/home/pi/klippy-env/bin/python")},
        {QStringLiteral("process_id"), m_processId + m_generation},
        {QStringLiteral("user_id"), 1000},
        {QStringLiteral("group_id"), 1000},
        {QStringLiteral("log_file"), QStringLiteral("/home/pi/printer_data/logs/klippy.log")},
        {QStringLiteral("config_file"), QStringLiteral("/home/pi/printer_data/config/printer.cfg")},
        {QStringLiteral("software_version"), QLatin1String(kSoftwareVersion)},
        {QStringLiteral("cpu_info"), QStringLiteral("simulated")},
        {QStringLiteral("app"), QStringLiteral("Klipper")},
    };
}

MachineSnapshot VirtualKlipper::snapshot() const
{
    QMutexLocker locker(&m_mutex);
    const double now = nowMs();
    MachineSnapshot shot;
    shot.monotonicMs = qint64(now);
    const auto carriage = m_planner.physical(now);
    for (int i = 0; i < 3; ++i)
        shot.carriage[i] = carriage[i];
    shot.moving = m_planner.isMoving(now);
    shot.lastMotionEndMs = qint64(m_planner.lastMotionEndMs(now));
    shot.activeTool = m_mountedTool;
    for (int n = 0; n < m_tools.size(); ++n)
        shot.trueOffsets.append(m_options.trueOffset(n));
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_markAppearMs.at(i) <= now)
            shot.marks.append(m_marks.at(i));
    }
    shot.homed = allHomed();
    shot.klippyState = m_connected ? stateName() : QStringLiteral("disconnected");
    return shot;
}

} // namespace reticle::sim
