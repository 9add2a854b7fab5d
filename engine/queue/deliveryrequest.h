// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bw {

/// One delivery as a producer handed it in, before it has an id or a place in a queue.
/// Pure data; parsing it needs neither a database nor an event loop (a fuzz target can call
/// parseDeliveryLine directly).
struct DeliveryRequest
{
    QByteArray method = "POST";
    /// Empty: the endpoint's url. "/path?query": that path on the endpoint's origin. An
    /// absolute http(s) URL must have the endpoint's scheme, host and port.
    QString target;
    HeaderList headers;
    QByteArray body;       ///< exactly the bytes that will be sent
    QString idempotencyKey; ///< empty: the delivery id is used

    friend bool operator==(const DeliveryRequest &, const DeliveryRequest &) = default;
};

/// Largest single line or intake body accepted (bytes).
inline constexpr qsizetype maxDeliveryLineBytes = 4 * 1024 * 1024;

/// Reads one delivery from one JSONL line (without its newline) or one intake request body.
///
/// The text must be JSON. A JSON object that has a "body" key and no key other than
/// method, path, url, headers, body and idempotencyKey is an envelope: its "body" is sent
/// (a string as its UTF-8 bytes, anything else as compact JSON), its "method" (default POST),
/// "path" or "url", "headers" (an object of strings) and "idempotencyKey" apply. Any other
/// JSON value is itself the body, sent byte for byte as given, with
/// Content-Type: application/json unless the envelope names one.
/// A trailing carriage return is dropped. Errors are English sentences without the payload.
Result<DeliveryRequest> parseDeliveryLine(QByteArrayView line);

/// A bad line of a batch: its 1-based number and why.
struct DeliveryLineError
{
    qsizetype line = 0;
    QString reason;
};

/// The result of reading a whole JSONL text: every good request in order and every bad line.
/// Blank lines are skipped and are not errors.
struct DeliveryBatch
{
    QList<DeliveryRequest> requests;
    QList<qsizetype> lines; ///< the line number of each request
    QList<DeliveryLineError> errors;
};

DeliveryBatch parseDeliveryLines(QByteArrayView text);

/// Where a delivery goes: `target` resolved against the endpoint's url. Refuses targets on
/// another scheme, host or port, so a queue never sends anywhere its endpoint does not name.
Result<QUrl> resolveDeliveryTarget(const QUrl &endpointUrl, const QString &target);

} // namespace bw
