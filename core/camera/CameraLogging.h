#pragma once

#include <QLoggingCategory>

// Logging category of the camera module.
Q_DECLARE_LOGGING_CATEGORY(lcCamera)
