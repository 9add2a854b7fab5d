// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include "history/historystore.h"

#include <QPointer>
#include <QThread>

#include <memory>

namespace bw {

namespace {

/// Lives on the reader thread; keeps the last file open between reads.
class HistoryReadWorker final : public QObject
{
public:
    HistorySlice read(const QString &path, const QString &endpointId, HistoryLevel level,
                      qint64 fromMs, qint64 toMs, qint64 bucketMs)
    {
        if (!m_store || m_path != path) {
            m_store = std::make_unique<HistoryStore>();
            m_path = path;
            if (const auto opened = m_store->open(path, HistoryStore::Mode::Read); !opened) {
                m_store.reset();
                HistorySlice failed;
                failed.endpointId = endpointId;
                failed.level = level;
                failed.fromMs = fromMs;
                failed.toMs = toMs;
                failed.error = opened.error();
                return failed;
            }
        }
        return readHistorySlice(*m_store, endpointId, level, fromMs, toMs, bucketMs);
    }

    ~HistoryReadWorker() override
    {
        if (m_store)
            m_store->close();
    }

private:
    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
};

} // namespace

HistoryReader::HistoryReader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new HistoryReadWorker)
{
    m_thread->setObjectName(QStringLiteral("breakwater-history-reader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HistoryReader::~HistoryReader()
{
    // The worker is deleted on its own thread as the thread finishes, closing the store there.
    m_thread->quit();
    m_thread->wait();
}

quint64 HistoryReader::request(const QString &path, const QString &endpointId,
                               HistoryLevel level, qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    const Request request{m_nextId++, path, endpointId, level, fromMs, toMs, bucketMs};
    if (m_busy)
        m_pending = request;
    else
        start(request);
    return request.id;
}

void HistoryReader::start(const Request &request)
{
    m_busy = true;
    auto *worker = static_cast<HistoryReadWorker *>(m_worker);
    QPointer<HistoryReader> self(this);
    QMetaObject::invokeMethod(worker, [worker, self, request] {
        HistorySlice slice = worker->read(request.path, request.endpointId, request.level,
                                          request.fromMs, request.toMs, request.bucketMs);
        slice.requestId = request.id;
        slice.path = request.path;
        // Posted to the reader's thread; dropped if the reader is gone by then.
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, slice] {
                if (self)
                    self->deliver(slice);
            }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void HistoryReader::deliver(const HistorySlice &slice)
{
    m_busy = false;
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        start(next);
    }
    emit sliceReady(slice);
}

} // namespace bw
