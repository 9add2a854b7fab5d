// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <cstdlib>

// Any bytes as a configuration file. Beyond not crashing: a configuration that loads must load
// again from what serializeConfig writes (the UI saves through it), to the same endpoints.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = bw::parseConfig(json);
    if (!loaded)
        return 0;
    const auto again = bw::parseConfig(bw::serializeConfig(loaded->config));
    if (!again || again->config.endpoints.size() != loaded->config.endpoints.size())
        std::abort();
    for (qsizetype i = 0; i < loaded->config.endpoints.size(); ++i) {
        if (!(again->config.endpoints.at(i) == loaded->config.endpoints.at(i)))
            std::abort();
    }
    return 0;
}
