// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliveryrequest.h"

#include <QUrl>

#include <cstdlib>

// Any bytes as what a producer hands in: one intake request body (parseDeliveryLine) and a
// JSONL batch for `enqueue` (parseDeliveryLines). Beyond not crashing, two promises hold:
// a batch accounts for each of its lines at most once, and a target that resolves never
// leaves the endpoint's scheme, host and port.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QUrl endpoint(QStringLiteral("http://127.0.0.1:8080/sink"));

    if (const auto request = bw::parseDeliveryLine(bytes)) {
        if (request->method.isEmpty())
            std::abort();
        if (const auto target = bw::resolveDeliveryTarget(endpoint, request->target)) {
            if (target->scheme() != endpoint.scheme() || target->host() != endpoint.host()
                || target->port(80) != endpoint.port(80))
                std::abort();
        }
    }

    const bw::DeliveryBatch batch = bw::parseDeliveryLines(bytes);
    const qsizetype lines = bytes.count('\n') + 1;
    if (batch.requests.size() != batch.lines.size()
        || batch.requests.size() + batch.errors.size() > lines)
        std::abort();
    return 0;
}
