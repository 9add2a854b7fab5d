// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/retryafter.h"

#include <cstdlib>

// Any bytes as a Retry-After value and as an HTTP-date.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    const bw::WallTime reference{std::chrono::seconds(1787216400)};
    if (const auto wait = bw::parseRetryAfter(value, reference); wait && *wait < bw::Millis(0))
        std::abort();
    (void)bw::parseHttpDate(value, reference);
    return 0;
}
