// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QObject>

#include <optional>

class QThread;

namespace bw {

/// Reads history slices for the detail charts on a thread of its own, so that a 24-hour or
/// custom range never blocks the UI thread. The worker keeps its own read-only HistoryStore
/// connection (SQLite connections belong to the thread that opened them; WAL lets it read
/// while the HistoryWriter writes). One read runs at a time; of requests made meanwhile only
/// the newest is kept and run next.
class HistoryReader final : public QObject
{
    Q_OBJECT

public:
    explicit HistoryReader(QObject *parent = nullptr);
    ~HistoryReader() override;

    /// Requests a slice; sliceReady() delivers it on this object's thread. Returns its id.
    quint64 request(const QString &path, const QString &endpointId, HistoryLevel level,
                    qint64 fromMs, qint64 toMs, qint64 bucketMs);
    bool isBusy() const { return m_busy; }

signals:
    void sliceReady(const bw::HistorySlice &slice);

private:
    struct Request
    {
        quint64 id = 0;
        QString path;
        QString endpointId;
        HistoryLevel level = HistoryLevel::Raw;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 bucketMs = 0;
    };
    void start(const Request &request);
    void deliver(const HistorySlice &slice);

    QThread *m_thread;
    QObject *m_worker;
    quint64 m_nextId = 1;
    bool m_busy = false;
    std::optional<Request> m_pending;
};

} // namespace bw
