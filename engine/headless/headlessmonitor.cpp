// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessmonitor.h"

#include "logging.h"
#include "metrics/csv.h"

#include <QDateTime>

namespace bw {

HeadlessMonitor::HeadlessMonitor(const QList<EndpointConfig> &endpoints, FILE *out,
                                 QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_out(out)
    , m_statusTimer(this)
{
    QList<std::pair<QString, QString>> ids;
    for (const EndpointConfig &e : endpoints)
        ids.append({e.id, e.name});
    m_metrics.setEndpoints(ids);
    m_statusTimer.setInterval(Millis(5000));
    connect(&m_statusTimer, &QTimer::timeout, this, &HeadlessMonitor::printStatus);
    m_statusTimer.start();
    m_running.start();
}

HeadlessMonitor::~HeadlessMonitor()
{
    finish();
}

Result<void> HeadlessMonitor::openCsv(const QString &path)
{
    m_csv.setFileName(path);
    if (!m_csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Unexpected(QStringLiteral("%1: cannot be written: %2").arg(path, m_csv.errorString()));
    m_csv.write(attemptCsvHeader());
    m_csv.flush();
    return {};
}

void HeadlessMonitor::setStatusInterval(Millis interval)
{
    if (interval <= Millis(0)) {
        m_statusTimer.stop();
        return;
    }
    m_statusTimer.start(interval);
}

void HeadlessMonitor::applyUpdate(const EngineUpdate &update)
{
    m_metrics.apply(update);
    for (const BreakerEvent &event : update.breakerEvents)
        qCInfo(lcHeadless).noquote() << event.endpointId << "breaker"
                                     << breakerStateName(event.from) << "->"
                                     << breakerStateName(event.to) << "(" + event.reason + ")";
    if (!m_csv.isOpen())
        return;
    for (const AttemptRecord &record : update.records) {
        m_csv.write(attemptCsvRow(record));
        ++m_csvRows;
    }
    m_csv.flush();
}

static QString formatMs(double ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return ms < 10 ? QString::number(ms, 'f', 1) : QString::number(qRound64(ms));
}

void HeadlessMonitor::printStatus()
{
    const qint64 nowMs = m_metrics.latestMs();
    m_out << QStringLiteral("\n[%1] Breakwater, %2 endpoints, %3 s\n")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                 .arg(m_endpoints.size())
                 .arg(m_running.elapsed() / 1000);
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                 .arg(QStringLiteral("ENDPOINT"), -20)
                 .arg(QStringLiteral("BREAKER"), -9)
                 .arg(QStringLiteral("ATTEMPTS"), 8)
                 .arg(QStringLiteral("LAST_MS"), 8)
                 .arg(QStringLiteral("P95_MS"), 8)
                 .arg(QStringLiteral("429/MIN"), 7)
                 .arg(QStringLiteral("QUEUE"), 5)
                 .arg(QStringLiteral("STATE"), -12)
                 .arg(QStringLiteral("LAST_ERROR"));
    for (const QString &id : m_metrics.ids()) {
        const EndpointSeries *s = m_metrics.series(id);
        const SecondBucket minute = s->sumBuckets(nowMs - 60000, nowMs + 1000);
        QString state = QStringLiteral("ok");
        if (s->status.pausedUntil)
            state = QStringLiteral("paused");
        else if (s->status.breaker == BreakerState::Open)
            state = QStringLiteral("failing fast");
        else if (!s->last)
            state = QStringLiteral("waiting");
        else if (s->last->outcome != Outcome::Ok)
            state = s->last->willRetry ? QStringLiteral("retrying") : QStringLiteral("failing");
        const double lastMs = s->last && s->last->outcome != Outcome::ShortCircuited
                                  ? std::chrono::duration<double, std::milli>(s->last->latency).count()
                                  : -1;
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                     .arg(id.left(20), -20)
                     .arg(breakerStateName(s->status.breaker), -9)
                     .arg(s->totalAttempts, 8)
                     .arg(formatMs(lastMs), 8)
                     .arg(formatMs(s->p95Ms), 8)
                     .arg(minute.rateLimited, 7)
                     .arg(s->status.queueDepth, 5)
                     .arg(state, -12)
                     .arg(s->lastError.left(60));
    }
    m_out.flush();
}

qint64 HeadlessMonitor::finish()
{
    if (m_csv.isOpen()) {
        m_csv.flush();
        m_csv.close();
    }
    return m_csvRows;
}

} // namespace bw
