// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthnotifier.h"

#include "uitr.h"

namespace bw {

void HealthNotifier::setQueueThreshold(int depth)
{
    m_queueThreshold = std::max(depth, 0);
    m_queueOver.clear();
}

QString HealthNotifier::nameOf(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

QList<HealthNotice> HealthNotifier::feed(const EngineUpdate &update)
{
    QList<HealthNotice> notices;
    if (m_breakers) {
        QStringList opened;
        for (const BreakerEvent &event : update.breakerEvents) {
            if (event.to == BreakerState::Open && !opened.contains(nameOf(event.endpointId)))
                opened.append(nameOf(event.endpointId));
        }
        if (opened.size() == 1)
            notices.append({Tr::tr("Breaker open: %1").arg(opened.first()),
                            Tr::tr("Requests to %1 fail fast until a probe succeeds.")
                                .arg(opened.first())});
        else if (opened.size() > 1)
            notices.append({Tr::tr("%n breakers opened", nullptr, int(opened.size())),
                            opened.join(QStringLiteral(", "))});
    }
    if (m_queueThreshold > 0) {
        for (const EndpointStatus &status : update.statuses) {
            const QString &id = status.endpointId;
            if (status.queueDepth > m_queueThreshold && !m_queueOver.contains(id)) {
                m_queueOver.insert(id);
                notices.append({Tr::tr("Queue growing: %1").arg(nameOf(id)),
                                Tr::tr("%1 has %2 pieces of work waiting (threshold %3).")
                                    .arg(nameOf(id))
                                    .arg(status.queueDepth)
                                    .arg(m_queueThreshold)});
            } else if (status.queueDepth * 2 <= m_queueThreshold) {
                m_queueOver.remove(id);
            }
        }
    }
    return notices;
}

Tone worstTone(const QList<Tone> &tones)
{
    // Severity order, mildest first; Neutral (no data) ranks below everything.
    const auto rank = [](Tone tone) {
        switch (tone) {
        case Tone::Neutral: return 0;
        case Tone::Good: return 1;
        case Tone::Caution: return 2;
        case Tone::Holding: return 3;
        case Tone::Warning: return 4;
        case Tone::Bad: return 5;
        }
        return 0;
    };
    Tone worst = Tone::Neutral;
    for (const Tone tone : tones) {
        if (rank(tone) > rank(worst))
            worst = tone;
    }
    return worst;
}

} // namespace bw
