#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcSimPrinter, "reticle.sim.printer", QtInfoMsg)
