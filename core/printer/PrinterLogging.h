#pragma once

#include <QLoggingCategory>

// Logging category of the printer module (Moonraker client, state, motion guard, writers).
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)
