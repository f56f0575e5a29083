#include "SimCameraLogging.h"

Q_LOGGING_CATEGORY(lcSimCamera, "reticle.sim.camera")
