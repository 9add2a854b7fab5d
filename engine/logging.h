// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcAttempt)
Q_DECLARE_LOGGING_CATEGORY(lcBreaker)
Q_DECLARE_LOGGING_CATEGORY(lcRateLimit)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcHeadless)
Q_DECLARE_LOGGING_CATEGORY(lcQueue)
