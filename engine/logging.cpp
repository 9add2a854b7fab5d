// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "breakwater.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "breakwater.engine.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAttempt, "breakwater.engine.attempt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBreaker, "breakwater.engine.breaker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRateLimit, "breakwater.engine.ratelimit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "breakwater.engine.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHeadless, "breakwater.headless", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "breakwater.engine.queue", QtInfoMsg)
