#include "CameraLogging.h"

// Debug messages (state transitions) are off unless QT_LOGGING_RULES="reticle.camera.debug=true".
Q_LOGGING_CATEGORY(lcCamera, "reticle.camera", QtInfoMsg)
