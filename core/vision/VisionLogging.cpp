#include "VisionLogging.h"

Q_LOGGING_CATEGORY(lcVision, "reticle.vision")
