// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displaytext.h"
#include "metrics/attemptrecord.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace bw {

/// A desktop notification to show.
struct HealthNotice
{
    QString title;
    QString text;
};

/// Decides which desktop notifications an update deserves; both kinds are off until enabled
/// (the user opts in). A breaker notice fires once per transition into Open; several in one
/// update become one notice. A queue notice fires when an endpoint's queue depth rises above
/// the threshold and fires again only after the depth fell to half the threshold or less, so
/// a queue hovering at the threshold does not flood the desktop.
class HealthNotifier
{
public:
    void setBreakerNotices(bool on) { m_breakers = on; }
    bool breakerNotices() const { return m_breakers; }
    /// 0 turns queue notices off.
    void setQueueThreshold(int depth);
    int queueThreshold() const { return m_queueThreshold; }
    /// Display names by id; ids without one are shown as they are.
    void setNames(const QHash<QString, QString> &names) { m_names = names; }

    QList<HealthNotice> feed(const EngineUpdate &update);

private:
    QString nameOf(const QString &id) const;

    bool m_breakers = false;
    int m_queueThreshold = 0;
    QHash<QString, QString> m_names;
    QSet<QString> m_queueOver; ///< endpoints noticed above the threshold, not yet back down
};

/// The tone of the worst verdict among `tones` (Bad over Warning over Holding over Caution
/// over Good); Neutral when there is nothing to judge.
Tone worstTone(const QList<Tone> &tones);

} // namespace bw
