#include "LinkWatch.h"

#include "MachineIo.h"
#include "NozzleProbe.h"

namespace reticle {

LinkWatch::LinkWatch(MachineIo &machine, NozzleProbe &probe, QObject *parent)
    : QObject(parent)
    , m_machine(machine)
    , m_probe(probe)
{
    connect(&m_machine, &MachineIo::connectionLost, this, [this](const QString &reason) {
        m_printerLost = true;
        emit lost(true, tr("Printer connection lost: %1").arg(reason));
    });
    connect(&m_machine, &MachineIo::connectionRestored, this, [this] {
        m_printerLost = false;
        emit restored();
    });
    connect(&m_machine, &MachineIo::shutdown, this, [this](const QString &message) {
        emit shutdown(tr("The printer shut down: %1").arg(message));
    });
    connect(&m_probe, &NozzleProbe::cameraLost, this, [this](const QString &reason) {
        m_cameraLost = true;
        emit lost(false, tr("Camera lost: %1").arg(reason));
    });
    connect(&m_probe, &NozzleProbe::cameraRestored, this, [this] {
        m_cameraLost = false;
        emit restored();
    });
}

bool LinkWatch::bothBack() const
{
    return !m_printerLost && !m_cameraLost && m_machine.isReady() && m_probe.isAvailable();
}

} // namespace reticle
