// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/structuredfields.h"

#include <cstdlib>

// Any bytes as a Structured Field List (RFC 9651). What parses must serialize to text that
// parses again to the same canonical text.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = bw::parseSfList(value);
    if (!list)
        return 0;
    const QByteArray canonical = bw::serializeSfList(*list);
    const auto again = bw::parseSfList(canonical);
    if (!again || bw::serializeSfList(*again) != canonical)
        std::abort();
    return 0;
}
