#include "CameraLogging.h"

Q_LOGGING_CATEGORY(lcCamera, "reticle.camera")
