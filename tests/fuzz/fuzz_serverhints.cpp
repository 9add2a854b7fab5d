// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/serverhints.h"

#include <QList>

#include <cstdlib>

// Input layout: the first line is the status and the reset format as "<status> <format>", then
// "Name: value" header lines up to an empty line, then the body. Anything goes in each part.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    const QByteArray body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.takeFirst().split(' ');
    const int status = first.value(0).toInt();
    bw::HintSettings settings;
    if (const auto format = bw::resetFormatFromName(QString::fromLatin1(first.value(1))))
        settings.resetFormat = *format;
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    // 2026-08-20T09:00:00Z: a fixed instant keeps every run reproducible.
    const bw::WallTime receivedAt{std::chrono::seconds(1787216400)};
    const bw::ServerHints hints = bw::readServerHints(status, headers, body, receivedAt, settings);
    // Neither a wait nor a pace is ever negative, whatever the server claims.
    if (hints.wait && *hints.wait < bw::Millis(0))
        std::abort();
    if (hints.pace && *hints.pace < bw::Millis(0))
        std::abort();
    return 0;
}
