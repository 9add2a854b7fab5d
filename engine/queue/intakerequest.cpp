// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakerequest.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace bw {

namespace {

/// The request head's end (the index of the blank line's first byte) and the length of the
/// separator, or -1. Bare LF line ends are tolerated, as RFC 9112 allows.
std::pair<qsizetype, qsizetype> headEnd(QByteArrayView buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return {crlf, 4};
    return {lf, lf < 0 ? 0 : 2};
}

/// The value of the first header called `name` in a raw head, or a null array when there is
/// none (an empty value is not null).
QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0
            && QByteArrayView(line).first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

/// Whether bytes still to come could end the head within `maxHead` bytes: some tail of
/// `seen` starting at or before `maxHead` begins a blank line. Without this the answer would
/// depend on where the network split the bytes: a blank line arriving across the limit
/// would be refused when its first half came alone, and accepted when it came whole.
bool mayStillEndHead(QByteArrayView seen, qsizetype maxHead)
{
    for (qsizetype from = std::max<qsizetype>(0, seen.size() - 3);
         from <= maxHead && from < seen.size(); ++from) {
        const QByteArrayView tail = seen.sliced(from);
        if (QByteArrayView("\r\n\r\n").startsWith(tail) || QByteArrayView("\n\n").startsWith(tail))
            return true;
    }
    return false;
}

IntakeParse refused(int status, const QString &message, qint64 discard = 0)
{
    IntakeParse p;
    p.state = IntakeParse::State::Refused;
    p.refusal = IntakeRefusal{status, message, discard};
    return p;
}

IntakeParse needMore(qsizetype wanted)
{
    IntakeParse p;
    p.state = IntakeParse::State::NeedMore;
    p.wanted = wanted;
    return p;
}

} // namespace

IntakeParse parseIntakeRequest(QByteArrayView received, const IntakeLimits &limits)
{
    // The head is looked for in the bytes a head may span, and one blank line more.
    const qsizetype window = limits.maxHeadBytes + 4;
    const QByteArrayView seen = received.first(std::min(received.size(), window));
    const auto [end, separator] = headEnd(seen);
    if (end > limits.maxHeadBytes)
        return refused(431, QStringLiteral("request head too large"));
    if (end < 0) {
        if (seen.size() > limits.maxHeadBytes && !mayStillEndHead(seen, limits.maxHeadBytes))
            return refused(431, QStringLiteral("request head too large"));
        return needMore(window);
    }
    const qsizetype headLength = end + separator;
    const QByteArray head = received.first(end).toByteArray();
    if (!headerValue(head, "Transfer-Encoding").isNull())
        return refused(411, QStringLiteral("send a Content-Length, not chunks"));

    bool ok = false;
    qint64 bodyLength = headerValue(head, "Content-Length").toLongLong(&ok);
    // Without a space there is no method, and the request line is refused below.
    const qsizetype space = head.indexOf(' ');
    const QByteArrayView method = space < 0 ? QByteArrayView() : QByteArrayView(head).first(space);
    if (method == "POST" && (!ok || bodyLength < 0))
        return refused(411, QStringLiteral("Content-Length required"));
    if (!ok || bodyLength < 0)
        bodyLength = 0; // only another method gets here, and its body is never looked at
    if (bodyLength > limits.maxBodyBytes) {
        const qint64 arrived = received.size() - headLength;
        const qint64 discard
            = bodyLength <= limits.maxDiscardBytes ? std::max<qint64>(0, bodyLength - arrived) : 0;
        return refused(413, QStringLiteral("body over %1 bytes").arg(limits.maxBodyBytes), discard);
    }

    const qsizetype wanted = headLength + qsizetype(bodyLength);
    if (received.size() < wanted)
        return needMore(wanted);

    const qsizetype newline = head.indexOf('\n');
    const QByteArray requestLine = (newline < 0 ? head : head.first(newline)).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/'))
        return refused(400, QStringLiteral("bad request line"));
    IntakeParse p;
    p.state = IntakeParse::State::Complete;
    p.method = parts[0];
    p.target = parts[1];
    p.body = received.sliced(headLength, qsizetype(bodyLength)).toByteArray();
    return p;
}

IntakeRoute routeIntakeRequest(QByteArrayView method, QByteArrayView target)
{
    static const QRegularExpression route(
        QStringLiteral("^/v1/endpoints/([A-Za-z0-9_.-]{1,64})/deliveries$"));
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromLatin1(query < 0 ? target : target.first(query));
    const QRegularExpressionMatch match = route.match(path);
    IntakeRoute r;
    if (!match.hasMatch()) {
        r.refusal = IntakeRefusal{404,
                                  QStringLiteral("not found; POST to "
                                                 "/v1/endpoints/{id}/deliveries"),
                                  0};
        return r;
    }
    if (method != "POST") {
        r.refusal = IntakeRefusal{405, QStringLiteral("only POST"), 0};
        r.extraHeaders = "Allow: POST\r\n";
        return r;
    }
    r.endpointId = match.captured(1);
    return r;
}

} // namespace bw
