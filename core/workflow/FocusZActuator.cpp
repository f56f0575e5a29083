#include "FocusZActuator.h"

#include "MachineIo.h"

namespace reticle {

FocusZActuator::FocusZActuator(MachineIo &machine, QObject *parent)
    : FocusActuator(parent)
    , m_machine(machine)
{
    connect(&m_machine, &MachineIo::operationFinished, this, [this](bool ok, const QString &error) {
        if (!m_busy)
            return; // another client's operation (a tool change, a positioning move)
        m_busy = false;
        emit moveFinished(ok, error);
    });
    connect(&m_machine, &MachineIo::connectionLost, this, [this] { m_busy = false; });
}

QString FocusZActuator::axisName() const
{
    return QStringLiteral("Z");
}

QString FocusZActuator::unit() const
{
    return QStringLiteral("mm");
}

double FocusZActuator::position() const
{
    return m_machine.gcodePosition().z;
}

void FocusZActuator::moveTo(double z)
{
    m_busy = true;
    m_machine.moveTo(std::nullopt, std::nullopt, z);
}

} // namespace reticle
