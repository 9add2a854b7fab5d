// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"

#include <QByteArrayView>

#include <optional>

namespace bw {

/// Parses an HTTP-date in any of the three forms RFC 9110 §5.6.7 requires recipients to
/// accept: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), RFC 850 ("Sunday, 06-Nov-94
/// 08:49:37 GMT", two-digit years by the 50-year rule relative to `reference`) and asctime
/// ("Sun Nov  6 08:49:37 1994"). Leading and trailing whitespace is ignored; anything else
/// that does not match exactly, or names an impossible date, gives nullopt.
std::optional<WallTime> parseHttpDate(QByteArrayView text, WallTime reference);

/// How long a Retry-After value asks the client to wait, judged at `reference`.
///
/// `reference` should be the response's own Date header when it has a valid one (so the
/// server's clock skew cancels out), else the local wall clock at receipt.
///   - delay-seconds (1*DIGIT): that many seconds; huge values saturate at 10 years.
///   - a decimal such as "0.503" or "299.997" is not valid per the RFC but is tolerated and
///     rounded up to whole seconds, never down.
///   - an HTTP-date: the time from `reference` to it, 0 when it lies in the past.
///   - negative numbers, empty values, anything else: nullopt (the caller's backoff applies).
std::optional<Millis> parseRetryAfter(QByteArrayView value, WallTime reference);

} // namespace bw
