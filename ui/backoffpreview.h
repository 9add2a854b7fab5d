// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/backoff.h"

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace bw {

/// One retry's possible wait, as the preview draws it.
struct BackoffStep
{
    int attempt = 2;     ///< the attempt this wait comes before (2 = the first retry)
    Millis low{0};       ///< the shortest wait jitter can give
    Millis high{0};      ///< the longest
    Millis ceiling{0};   ///< the wait without jitter
};

/// The schedule of waits before attempts 2..maxAttempts, from backoffRange(). Decorrelated
/// jitter depends on the previous draw; its range is shown for the longest previous wait, the
/// widest it can be.
QList<BackoffStep> backoffSchedule(const RetrySettings &settings);

/// A small chart of the backoff schedule: attempt number against wait, the jitter range as a
/// band and the unjittered wait as a line. Colours follow the palette.
class BackoffPreview final : public QChartView
{
    Q_OBJECT

public:
    explicit BackoffPreview(QWidget *parent = nullptr);

    void setSettings(const RetrySettings &settings);
    const QList<BackoffStep> &schedule() const { return m_schedule; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QList<BackoffStep> m_schedule;
    QLineSeries *m_low;
    QLineSeries *m_high;
    QAreaSeries *m_band;
    QLineSeries *m_ceiling;
    QScatterSeries *m_points;
    QValueAxis *m_attemptAxis;
    QValueAxis *m_delayAxis;
};

} // namespace bw
