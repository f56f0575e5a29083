#pragma once

#include "FocusActuator.h"

namespace reticle {

class MachineIo;

// Focus by moving the printer's Z (a fixed-focus camera): positions are gcode Z in millimetres.
// Every move goes through MachineIo (the MotionGuard and M400 in PrinterMachineIo); X and Y stay
// where they are.
class FocusZActuator : public FocusActuator
{
    Q_OBJECT
public:
    explicit FocusZActuator(MachineIo &machine, QObject *parent = nullptr);

    QString axisName() const override;
    QString unit() const override;
    double position() const override;
    void moveTo(double z) override;
    void abandon() override { m_busy = false; }

private:
    MachineIo &m_machine;
    bool m_busy = false;
};

} // namespace reticle
