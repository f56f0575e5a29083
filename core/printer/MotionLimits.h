#pragma once

namespace reticle {

class Settings;

// The motion guard's configuration (settings motion/*).
struct MotionLimits
{
    double maxJogStepMm = 50.0;        // longest single jog
    double maxCentringStepMm = 2.0;    // longest single correction while centring a nozzle
    double axisLimitMarginMm = 0.5;    // keep this far inside axis_minimum/axis_maximum
    double feedMmPerMin = 3000.0;      // F of guarded moves

    static MotionLimits fromSettings(const Settings &settings);
};

} // namespace reticle
