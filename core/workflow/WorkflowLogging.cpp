#include "WorkflowLogging.h"

Q_LOGGING_CATEGORY(lcWorkflow, "reticle.workflow")
