#pragma once

#include <QLoggingCategory>

// Logging categories of the base module. Every module declares its own (reticle.camera, ...).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
