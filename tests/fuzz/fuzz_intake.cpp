// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/intakerequest.h"

#include <algorithm>
#include <cstdlib>

// Any bytes as what a client sends to the intake (--intake-listen). Beyond not crashing:
// every answer is one the intake documents, a complete request's body is exactly what its
// Content-Length announced and lies inside the input, "need more" always asks for more than
// it has, and the bytes fed as the server reads them (never past what was asked for, in
// chunks of 1 to 16 bytes) end, once decided, in the same decision as the whole input.
namespace {

void check(QByteArrayView bytes, const bw::IntakeLimits &limits, const bw::IntakeParse &p)
{
    using State = bw::IntakeParse::State;
    switch (p.state) {
    case State::NeedMore:
        if (p.wanted <= bytes.size() || p.wanted > limits.maxHeadBytes + 4 + limits.maxBodyBytes)
            std::abort();
        break;
    case State::Refused: {
        const int s = p.refusal.status;
        if (s != 400 && s != 411 && s != 413 && s != 431)
            std::abort();
        if (p.refusal.discard < 0 || (s != 413 && p.refusal.discard != 0)
            || p.refusal.discard > limits.maxDiscardBytes || p.refusal.message.isEmpty())
            std::abort();
        break;
    }
    case State::Complete: {
        if (p.method.isEmpty() || !p.target.startsWith('/') || p.body.size() > limits.maxBodyBytes
            || p.body.size() > bytes.size() || !bytes.contains(p.body))
            std::abort();
        const bw::IntakeRoute route = bw::routeIntakeRequest(p.method, p.target);
        if (route.endpointId.isEmpty() && route.refusal.status != 404
            && route.refusal.status != 405)
            std::abort();
        if (!route.endpointId.isEmpty()
            && (p.method != "POST" || route.endpointId.size() > 64
                || !p.target.contains(route.endpointId.toLatin1())))
            std::abort();
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const bw::IntakeLimits defaults;
    check(bytes, defaults, bw::parseIntakeRequest(bytes, defaults));

    // Small limits, so that the fuzzer reaches every bound with short inputs.
    const bw::IntakeLimits small{48, 24, 96};
    const bw::IntakeParse whole = bw::parseIntakeRequest(bytes, small);
    check(bytes, small, whole);

    const qsizetype step = size > 0 ? 1 + data[0] % 16 : 1;
    qsizetype wanted = small.maxHeadBytes + 4;
    qsizetype offset = 0;
    bw::IntakeParse fed;
    // Each round takes at least one byte or stops, so the loop ends within size rounds.
    while (offset < bytes.size()) {
        const qsizetype take = std::min({step, wanted - offset, bytes.size() - offset});
        if (take <= 0)
            break;
        offset += take;
        fed = bw::parseIntakeRequest(bytes.first(offset), small);
        check(bytes.first(offset), small, fed);
        if (fed.state != bw::IntakeParse::State::NeedMore)
            break;
        wanted = fed.wanted;
    }
    // A decision, once reached, is final: more bytes after it change nothing the client sees.
    if (fed.state != bw::IntakeParse::State::NeedMore
        && (fed.state != whole.state || fed.refusal.status != whole.refusal.status
            || fed.body != whole.body || fed.target != whole.target))
        std::abort();
    return 0;
}
