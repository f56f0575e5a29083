#include "GeometryLogging.h"

Q_LOGGING_CATEGORY(lcGeometry, "reticle.geometry")
