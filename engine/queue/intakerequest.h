// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bw {

/// The bounds the intake puts on one request (IntakeServer's constants).
struct IntakeLimits
{
    qsizetype maxHeadBytes = 16 * 1024;
    qsizetype maxBodyBytes = 1024 * 1024;
    /// A body over maxBodyBytes but at most this long is read and dropped after the 413, so
    /// that a client still sending it receives the answer instead of a reset.
    qint64 maxDiscardBytes = 64 * 1024 * 1024;
};

/// An answer decided from the request's bytes alone, before any route or queue is consulted.
struct IntakeRefusal
{
    int status = 400;
    QString message; ///< English, for the JSON answer's "error"
    /// Body bytes still to read and drop after answering (only for a 413 whose body is small
    /// enough to drain); 0 means close once the answer is sent.
    qint64 discard = 0;
};

/// What the bytes received so far on one connection say.
struct IntakeParse
{
    enum class State {
        NeedMore, ///< incomplete: read until the buffer holds `wanted` bytes
        Complete, ///< method, target and body are set
        Refused,  ///< answer with `refusal`
    };
    State state = State::NeedMore;
    qsizetype wanted = 0;
    QByteArray method;
    QByteArray target; ///< starts with '/'; may carry a query
    QByteArray body;
    IntakeRefusal refusal;
};

/// Reads one HTTP/1.x request from the start of `received`, all the bytes a connection has
/// delivered so far (call again with more when the answer is NeedMore; bytes past `wanted`
/// are ignored). Pure: the same bytes always give the same answer.
///
/// The head ends at the first blank line, CRLF or bare LF. Decisions, in this order:
///  431 when no head ends within limits.maxHeadBytes, decided as soon as no byte still to
///      come could change that (so however the network splits the bytes);
///  411 for any Transfer-Encoding (only Content-Length bodies are taken), and for a POST
///      without a valid, non-negative Content-Length (the first such header counts);
///  413 for a Content-Length over limits.maxBodyBytes, with `discard` set when the body is
///      small enough to drain;
///  400 for a request line that is not "METHOD /target HTTP/1.x", decided only once the
///      announced body has arrived, so that the client is reading when the answer comes.
/// Any other method gets no body (a Content-Length is honoured for reading, never required).
[[nodiscard]] IntakeParse parseIntakeRequest(QByteArrayView received,
                                             const IntakeLimits &limits = {});

/// The route of a parsed request: the endpoint id of `POST /v1/endpoints/{id}/deliveries`
/// (query ignored), or the refusal: 404 for any other path, 405 (with an Allow header) for
/// another method on that path.
struct IntakeRoute
{
    QString endpointId; ///< empty when refused
    IntakeRefusal refusal;
    QByteArray extraHeaders; ///< raw header lines for the refusal, e.g. "Allow: POST\r\n"
};

[[nodiscard]] IntakeRoute routeIntakeRequest(QByteArrayView method, QByteArrayView target);

} // namespace bw
