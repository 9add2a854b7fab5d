// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlettersdialog.h"

#include "displaytext.h"
#include "logging.h"
#include "uitr.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace bw {

namespace {

/// Bad lines listed one by one in the message before the rest are counted.
constexpr int maxShownLines = 12;

} // namespace

DeadLetterModel::DeadLetterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeadLetterModel::setLetters(const QList<Delivery> &letters)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(letters.size());
    for (const Delivery &d : letters) {
        const QString target = d.request.target.isEmpty() ? tr("(endpoint URL)") : d.request.target;
        m_rows.append(Row{d.id, d.enqueuedMs, d.deadMs, d.attempts, d.deadReason,
                          QString::fromLatin1(d.request.method) + QLatin1Char(' ') + target,
                          qint64(d.request.body.size())});
    }
    endResetModel();
}

QString DeadLetterModel::id(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    const QLocale locale;
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == Column::Attempts || column == Column::BodySize;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole) {
        if (column == Column::Reason || column == Column::Request)
            return data(index, Qt::DisplayRole);
        if (column == Column::Enqueued)
            return tr("Enqueued %1, dead since %2")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(row.enqueuedMs),
                                     QLocale::ShortFormat),
                     locale.toString(QDateTime::fromMSecsSinceEpoch(row.deadMs),
                                     QLocale::ShortFormat));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Id:
        return row.id;
    case Column::Enqueued:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(row.enqueuedMs),
                               QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Column::Attempts:
        return locale.toString(row.attempts);
    case Column::Reason:
        return row.reason;
    case Column::Request:
        return row.request;
    case Column::BodySize:
        return locale.formattedDataSize(row.bodyBytes);
    }
    return {};
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Id:
        return tr("Id");
    case Column::Enqueued:
        return tr("Enqueued");
    case Column::Attempts:
        return tr("Attempts");
    case Column::Reason:
        return tr("Reason");
    case Column::Request:
        return tr("Request");
    case Column::BodySize:
        return tr("Body");
    }
    return {};
}

DeadLettersDialog::DeadLettersDialog(const QString &queuePath, const EndpointConfig &endpoint,
                                     QWidget *parent)
    : QDialog(parent)
    , m_queuePath(queuePath)
    , m_endpointId(endpoint.id)
    , m_model(new DeadLetterModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_requeueSelected(new QPushButton(tr("&Requeue Selected"), this))
    , m_requeueAll(new QPushButton(tr("Requeue &All"), this))
    , m_purgeSelected(new QPushButton(tr("&Purge Selected…"), this))
    , m_purgeAll(new QPushButton(tr("P&urge All…"), this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Purge Dead Letters"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    })
{
    const QString name = endpoint.name.isEmpty() ? endpoint.id : endpoint.name;
    setWindowTitle(tr("Dead Letters — %1").arg(name));
    resize(1100, 480);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(int(DeadLetterModel::Column::Reason),
                                                     QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(int(DeadLetterModel::Column::Id),
                           metrics.horizontalAdvance(
                               QStringLiteral("00000000-0000-0000-0000-000000000000"))
                               + 16);
    m_view->setColumnWidth(int(DeadLetterModel::Column::Enqueued),
                           metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    m_view->setColumnWidth(int(DeadLetterModel::Column::Request),
                           metrics.horizontalAdvance(QStringLiteral("POST /a/typical/path")) + 16);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadLettersDialog::updateButtons);

    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_requeueSelected->setToolTip(
        tr("Move the selected dead letters to the tail of the queue with their attempts reset; "
           "they keep their id and idempotency key."));
    m_requeueAll->setToolTip(tr("Move every dead letter of this endpoint back to the queue."));
    connect(m_requeueSelected, &QPushButton::clicked, this, &DeadLettersDialog::requeueSelected);
    connect(m_requeueAll, &QPushButton::clicked, this, &DeadLettersDialog::requeueAll);
    connect(m_purgeSelected, &QPushButton::clicked, this, &DeadLettersDialog::purgeSelected);
    connect(m_purgeAll, &QPushButton::clicked, this, &DeadLettersDialog::purgeAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &DeadLettersDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_requeueSelected);
    actions->addWidget(m_requeueAll);
    actions->addSpacing(12);
    actions->addWidget(m_purgeSelected);
    actions->addWidget(m_purgeAll);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (const auto opened = m_store.open(queuePath); !opened)
        m_openError = opened.error();
    reload();
}

DeadLettersDialog::~DeadLettersDialog() = default;

void DeadLettersDialog::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

QString DeadLettersDialog::statusText() const
{
    return m_status->text();
}

void DeadLettersDialog::noteCall(qint64 nanoseconds)
{
    m_slowestMs = std::max(m_slowestMs, double(nanoseconds) / 1e6);
}

void DeadLettersDialog::reload()
{
    if (!m_openError.isEmpty()) {
        m_summary->setText(tr("The queue file could not be opened: %1").arg(m_openError));
        m_model->setLetters({});
        m_total = 0;
        updateButtons();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto letters = m_store.deadLetters(m_endpointId, pageSize);
    const auto counts = m_store.counts(m_endpointId);
    noteCall(timer.nsecsElapsed());
    if (!letters || !counts) {
        m_summary->setText(tr("The dead letters could not be read: %1")
                               .arg(letters ? counts.error() : letters.error()));
        m_model->setLetters({});
        m_total = 0;
        updateButtons();
        return;
    }
    m_model->setLetters(*letters);
    m_total = counts->deadLetters;
    const QLocale locale;
    if (m_total > letters->size())
        m_summary->setText(tr("%1 dead letters; the oldest %2 are listed. Requeue All and Purge "
                              "All act on every one.")
                               .arg(locale.toString(m_total), locale.toString(letters->size())));
    else
        m_summary->setText(tr("Dead letters: %1. They are not sent again unless requeued. "
                              "Header values are not shown.")
                               .arg(locale.toString(letters->size())));
    updateButtons();
}

QStringList DeadLettersDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->id(index.row()));
    return ids;
}

void DeadLettersDialog::updateButtons()
{
    const bool usable = m_openError.isEmpty() && !m_busy;
    const bool selected = m_view->selectionModel()->hasSelection();
    m_requeueSelected->setEnabled(usable && selected);
    m_purgeSelected->setEnabled(usable && selected);
    m_requeueAll->setEnabled(usable && m_total > 0);
    m_purgeAll->setEnabled(usable && m_total > 0);
}

void DeadLettersDialog::requeueSelected()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        run(Action::Requeue, ids);
}

void DeadLettersDialog::requeueAll()
{
    if (m_total > 0)
        run(Action::Requeue, {});
}

void DeadLettersDialog::purgeSelected()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty()
        && m_confirm(tr("Delete the selected dead letters (%1)? They cannot be recovered.")
                         .arg(ids.size())))
        run(Action::Purge, ids);
}

void DeadLettersDialog::purgeAll()
{
    if (m_total > 0
        && m_confirm(tr("Delete every dead letter of this endpoint (%1)? They cannot be "
                        "recovered.")
                         .arg(m_total)))
        run(Action::Purge, {});
}

void DeadLettersDialog::run(Action action, const QStringList &ids)
{
    if (m_busy || !m_openError.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(action == Action::Requeue ? tr("Requeueing…") : tr("Purging…"));
    struct ActionOutcome
    {
        Result<qint64> done = qint64(0);
        qint64 nanoseconds = 0;
    };
    auto outcome = std::make_shared<ActionOutcome>();
    QThread *worker = QThread::create([outcome, action, ids, path = m_queuePath,
                                       endpointId = m_endpointId] {
        QElapsedTimer timer;
        timer.start();
        DeliveryStore store;
        if (const auto opened = store.open(path); !opened)
            outcome->done = Unexpected(opened.error());
        else if (action == Action::Requeue)
            outcome->done = store.requeue(endpointId, ids, QDateTime::currentMSecsSinceEpoch());
        else
            outcome->done = store.purge(endpointId, ids);
        outcome->nanoseconds = timer.nsecsElapsed();
    });
    // The thread object outlives the dialog when the dialog closes first.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, outcome, action] {
        noteCall(outcome->nanoseconds);
        const Result<qint64> &done = outcome->done;
        if (action == Action::Requeue)
            m_status->setText(done ? tr("Dead letters requeued: %1.").arg(*done)
                                   : tr("Requeue failed: %1").arg(done.error()));
        else
            m_status->setText(done ? tr("Dead letters purged: %1.").arg(*done)
                                   : tr("Purge failed: %1").arg(done.error()));
        qCInfo(lcQueue) << (action == Action::Requeue ? "dead letters requeued for"
                                                      : "dead letters purged for")
                        << m_endpointId << ":" << (done ? *done : -1) << "in"
                        << outcome->nanoseconds / 1'000'000 << "ms";
        m_busy = false;
        reload();
        emit actionFinished();
    });
    worker->start();
}

BatchLoadResult loadDeliveryBatch(const QString &file, const QString &queuePath,
                                  const EndpointConfig &endpoint, qint64 nowMs)
{
    BatchLoadResult result;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: %2").arg(file, input.errorString());
        return result;
    }
    const QByteArray text = input.readAll();
    // As `breakwater enqueue`: a bad line refuses the whole file, so loading the fixed file
    // again never duplicates the good lines.
    DeliveryBatch batch = parseDeliveryLines(text);
    for (qsizetype i = 0; i < batch.requests.size(); ++i) {
        const auto target = resolveDeliveryTarget(endpoint.url, batch.requests.at(i).target);
        if (!target)
            batch.errors.append({batch.lines.at(i), target.error()});
    }
    if (!batch.errors.isEmpty()) {
        std::stable_sort(batch.errors.begin(), batch.errors.end(),
                         [](const auto &a, const auto &b) { return a.line < b.line; });
        result.errors = batch.errors;
        return result;
    }
    if (batch.requests.isEmpty())
        return result;
    DeliveryStore store;
    if (const auto opened = store.open(queuePath); !opened) {
        result.error = opened.error();
        return result;
    }
    const auto ids = store.enqueue(
        endpoint.id, batch.requests,
        QueueLimits{endpoint.queue.maxDeliveries, endpoint.queue.maxBytes}, nowMs);
    if (!ids) {
        result.queueFull = ids.error().kind == EnqueueError::Kind::QueueFull;
        result.error = ids.error().message;
        return result;
    }
    result.accepted = ids->size();
    return result;
}

QString batchLoadMessage(const BatchLoadResult &result, const QString &endpointName)
{
    if (result.queueFull)
        return Tr::tr("The queue of %1 is full; nothing was enqueued (%2).")
            .arg(endpointName, result.error);
    if (!result.error.isEmpty())
        return Tr::tr("Nothing was enqueued: %1").arg(result.error);
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < result.errors.size() && i < maxShownLines; ++i)
            lines << Tr::tr("Line %1: %2").arg(result.errors.at(i).line)
                         .arg(result.errors.at(i).reason);
        if (result.errors.size() > maxShownLines)
            lines << Tr::tr("More bad lines not listed: %1.")
                         .arg(result.errors.size() - maxShownLines);
        return Tr::tr("Bad lines: %1; nothing was enqueued.").arg(result.errors.size())
               + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return Tr::tr("Deliveries accepted for %1: %2.").arg(endpointName).arg(result.accepted);
}

} // namespace bw
