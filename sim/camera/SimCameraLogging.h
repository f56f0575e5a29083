#pragma once

#include <QLoggingCategory>

// Logging category of the virtual camera (sim/camera).
Q_DECLARE_LOGGING_CATEGORY(lcSimCamera)
