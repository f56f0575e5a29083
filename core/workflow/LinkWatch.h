#pragma once

#include <QCoreApplication>
#include <QObject>

namespace reticle {

class MachineIo;
class NozzleProbe;

// What every workflow needs to know about the printer and camera it depends on: which one went
// away and why, when one is back, whether both are usable again, and a Klippy shutdown.
class LinkWatch : public QObject
{
    Q_OBJECT
public:
    LinkWatch(MachineIo &machine, NozzleProbe &probe, QObject *parent = nullptr);

    bool printerLost() const { return m_printerLost; }
    bool cameraLost() const { return m_cameraLost; }
    // Both links are back and usable (a paused workflow may resume).
    bool bothBack() const;

signals:
    // `reason` is for the operator ("Printer connection lost: …", "Camera lost: …").
    void lost(bool printer, const QString &reason);
    void restored();
    void shutdown(const QString &reason);

private:
    MachineIo &m_machine;
    NozzleProbe &m_probe;
    bool m_printerLost = false;
    bool m_cameraLost = false;
};

} // namespace reticle
