#include "PrinterLogging.h"

Q_LOGGING_CATEGORY(lcPrinter, "reticle.printer")
