#include "Logging.h"

Q_LOGGING_CATEGORY(lcApp, "reticle.app")
Q_LOGGING_CATEGORY(lcI18n, "reticle.i18n")
