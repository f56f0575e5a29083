#include "StoreLogging.h"

Q_LOGGING_CATEGORY(lcStore, "reticle.store")
