// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "queue/deliverystore.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace bw {

/// Dead letters of one endpoint as a table. Keeps only what is shown: never header values
/// (they may be secrets), never bodies (only their size).
class DeadLetterModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Id, Enqueued, Attempts, Reason, Request, BodySize };
    static constexpr int columnTotal = int(Column::BodySize) + 1;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit DeadLetterModel(QObject *parent = nullptr);

    void setLetters(const QList<Delivery> &letters);
    QString id(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        qint64 enqueuedMs = 0;
        qint64 deadMs = 0;
        int attempts = 0;
        QString reason;
        QString request; ///< "POST /path"
        qint64 bodyBytes = 0;
    };
    QList<Row> m_rows;
};

/// Endpoint → Dead Letters…: lists one deliver-mode endpoint's dead letters and requeues or
/// purges them, selected or all.
///
/// The list is read on the UI thread over the dialog's own connection to the queue file: one
/// query for the oldest `pageSize` dead letters (about 7 ms for 1000 of 5000 on the 2-core
/// test machine). Requeue and purge can touch every dead letter of the endpoint (5000 take
/// about 180 ms with synchronous=FULL) and may wait up to 5 s for the engine's writer, so
/// they run on a worker thread with a connection of its own; the buttons are disabled until
/// actionFinished().
///
/// Known limitation: only the oldest `pageSize` dead letters are listed (Requeue All and
/// Purge All still act on every one), and the list is read again only after an action or
/// Refresh, not when the engine adds dead letters meanwhile.
class DeadLettersDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int pageSize = 1000;

    DeadLettersDialog(const QString &queuePath, const EndpointConfig &endpoint,
                      QWidget *parent = nullptr);
    ~DeadLettersDialog() override;

    /// Asks before purging; tests replace it. Returns true to go ahead.
    void setConfirmation(std::function<bool(const QString &question)> confirm);

    DeadLetterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    /// How long the slowest store call of this dialog took, in ms.
    double slowestCallMs() const { return m_slowestMs; }

    /// True while a requeue or purge runs.
    bool isBusy() const { return m_busy; }

signals:
    /// A requeue or purge finished and the list was read again.
    void actionFinished();

public slots:
    void reload();
    void requeueSelected();
    void requeueAll();
    void purgeSelected();
    void purgeAll();

private:
    QStringList selectedIds() const;
    enum class Action { Requeue, Purge };
    void run(Action action, const QStringList &ids);
    void noteCall(qint64 nanoseconds);
    void updateButtons();

    DeliveryStore m_store;
    QString m_queuePath;
    QString m_endpointId;
    bool m_busy = false;
    QString m_openError;
    DeadLetterModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_requeueSelected;
    QPushButton *m_requeueAll;
    QPushButton *m_purgeSelected;
    QPushButton *m_purgeAll;
    std::function<bool(const QString &)> m_confirm;
    double m_slowestMs = 0;
    qint64 m_total = 0;
};

/// What loading a JSONL batch into a queue came to.
struct BatchLoadResult
{
    qsizetype accepted = 0;
    QList<DeliveryLineError> errors; ///< bad lines, by line number; nothing was enqueued
    bool queueFull = false;
    QString error; ///< the file or the store failed (English from the store)
};

/// Endpoint → Enqueue from File…, as `breakwater enqueue --config` does it: reads the JSONL
/// file, checks every line and target, and enqueues all of them in one transaction or none.
/// Synchronous and thread-agnostic (it opens its own store connection): the window runs it
/// on a worker thread.
BatchLoadResult loadDeliveryBatch(const QString &file, const QString &queuePath,
                                  const EndpointConfig &endpoint, qint64 nowMs);
/// The message the window shows for a result.
QString batchLoadMessage(const BatchLoadResult &result, const QString &endpointName);

} // namespace bw
