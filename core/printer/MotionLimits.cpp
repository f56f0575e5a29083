#include "MotionLimits.h"

#include "store/Settings.h"
#include "store/SettingsKeys.h"

namespace reticle {

MotionLimits MotionLimits::fromSettings(const Settings &settings)
{
    MotionLimits limits;
    limits.maxJogStepMm = settings.value(keys::maxJogStepMm);
    limits.maxCentringStepMm = settings.value(keys::maxCentringStepMm);
    limits.axisLimitMarginMm = settings.value(keys::axisLimitMarginMm);
    limits.feedMmPerMin = settings.value(keys::jogFeedMmPerMin);
    return limits;
}

} // namespace reticle
