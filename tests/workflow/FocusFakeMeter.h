#pragma once

// A scripted sharpness meter for the focus tests: it sees the FakeMachine's nozzle and reports a
// sharpness that peaks where the tip is `focalZ` from the camera.

#include "FakeRig.h"
#include "workflow/FocusMeter.h"

namespace reticle::test {

// Sharpness as a lens would give it: highest where the nozzle tip is at `focalZ`, halving about
// `widthMm` away (a Lorentzian), over a floor of sensor noise.
class FocusFakeMeter : public FocusMeter
{
public:
    explicit FocusFakeMeter(FakeMachine &machine)
        : m_machine(machine)
    { }
    double focalZ = 20.0;
    double widthMm = 0.5;
    bool hold = false;
    int measurements = 0;

    double sharpnessNow() const
    {
        const double d = (m_machine.nozzle().z - focalZ) / widthMm;
        return 1000.0 / (1.0 + d * d) + 20.0;
    }
    void measure() override
    {
        ++measurements;
        FocusMeasurement m;
        m.ok = true;
        m.laplacian = sharpnessNow();
        m.tenengrad = 2.0 * m.laplacian;
        m.frames = 2;
        m.settled = true;
        m_pending = m;
        if (!hold)
            QTimer::singleShot(0, this, [this] { deliver(); });
    }
    void deliver() { emit measured(m_pending); }

private:
    FakeMachine &m_machine;
    FocusMeasurement m_pending;
};

} // namespace reticle::test
