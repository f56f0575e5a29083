#pragma once

#include <QMap>
#include <QString>

namespace reticle::sim {

// One G-code line split the way Klipper's gcode.py does it: the command is upper-cased,
// comments after ';' are dropped, traditional commands (G1, M114, T1) take letter+value
// parameters, extended commands (SET_GCODE_OFFSET X=1) take KEY=VALUE parameters.
class GcodeLine
{
public:
    static GcodeLine parse(const QString &line);

    QString command() const { return m_command; }
    QString commandLine() const { return m_commandLine; } // the stripped original line
    bool isTraditional() const { return m_traditional; }
    // False when an extended command's parameters could not be split (Klipper: "Malformed command").
    bool isWellFormed() const { return m_wellFormed; }

    bool has(const QString &name) const { return m_params.contains(name); }
    QString value(const QString &name) const { return m_params.value(name); }
    const QMap<QString, QString> &params() const { return m_params; }

    static bool isTraditionalCommand(const QString &command);

private:
    QString m_command;
    QString m_commandLine;
    QMap<QString, QString> m_params;
    bool m_traditional = false;
    bool m_wellFormed = true;
};

} // namespace reticle::sim
