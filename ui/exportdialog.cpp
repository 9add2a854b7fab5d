// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "history/historystore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>
#include <QVBoxLayout>

namespace bw {

ExportDialog::ExportDialog(const QString &historyPath, const QList<EndpointConfig> &endpoints,
                           QWidget *parent)
    : QDialog(parent)
    , m_historyPath(historyPath)
    , m_endpoints(new QListWidget(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_visibleButton(new QPushButton(tr("Visible Range"), this))
    , m_level(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export CSV"));
    for (const EndpointConfig &endpoint : endpoints) {
        auto *item = new QListWidgetItem(
            endpoint.name.isEmpty() ? endpoint.id
                                    : QStringLiteral("%1 (%2)").arg(endpoint.name, endpoint.id),
            m_endpoints);
        item->setData(Qt::UserRole, endpoint.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_endpoints->setMaximumHeight(fontMetrics().height() * 8);
    auto *allButton = new QPushButton(tr("All"), this);
    auto *noneButton = new QPushButton(tr("None"), this);
    connect(allButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_endpoints->count(); ++i)
            m_endpoints->item(i)->setCheckState(Qt::Checked);
    });
    connect(noneButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_endpoints->count(); ++i)
            m_endpoints->item(i)->setCheckState(Qt::Unchecked);
    });

    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setCalendarPopup(true);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_to->setDateTime(now);
    m_from->setDateTime(now.addSecs(-3600));
    m_visibleButton->setEnabled(false);
    m_visibleButton->setToolTip(tr("Use the time range visible in the charts"));
    connect(m_visibleButton, &QPushButton::clicked, this,
            [this] { setRange(m_visibleFrom, m_visibleTo); });

    m_level->addItem(tr("Raw attempts"), int(ExportLevel::Raw));
    m_level->addItem(tr("1-minute rollups"), int(ExportLevel::Minute));
    m_level->addItem(tr("1-hour rollups"), int(ExportLevel::Hour));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_path->text(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_path->setPlaceholderText(tr("File to write"));

    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_status->setWordWrap(true);
    m_status->setText(historyPath.isEmpty() ? tr("No history file is open; nothing to export.")
                                            : tr("History file: %1").arg(historyPath));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *endpointButtons = new QVBoxLayout;
    endpointButtons->addWidget(allButton);
    endpointButtons->addWidget(noneButton);
    endpointButtons->addStretch();
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoints, 1);
    endpointRow->addLayout(endpointButtons);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(QStringLiteral("–"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(m_visibleButton);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoints:"), endpointRow);
    form->addRow(tr("Range:"), rangeRow);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ExportDialog::setSelectedEndpoints(const QStringList &ids)
{
    for (int i = 0; i < m_endpoints->count(); ++i) {
        QListWidgetItem *item = m_endpoints->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

QStringList ExportDialog::selectedEndpoints() const
{
    QStringList ids;
    for (int i = 0; i < m_endpoints->count(); ++i) {
        if (m_endpoints->item(i)->checkState() == Qt::Checked)
            ids << m_endpoints->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void ExportDialog::setRange(qint64 fromMs, qint64 toMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
}

std::pair<qint64, qint64> ExportDialog::range() const
{
    return {m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()};
}

void ExportDialog::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    m_visibleFrom = fromMs;
    m_visibleTo = toMs;
    m_visibleButton->setEnabled(toMs > fromMs);
}

void ExportDialog::setLevel(ExportLevel level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

ExportLevel ExportDialog::level() const
{
    return static_cast<ExportLevel>(m_level->currentData().toInt());
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::outputPath() const
{
    return m_path->text();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

bool ExportDialog::startExport()
{
    if (m_thread)
        return false;
    const QStringList ids = selectedEndpoints();
    const auto [fromMs, toMs] = range();
    const QString outPath = m_path->text().trimmed();
    QString problem;
    if (m_historyPath.isEmpty())
        problem = tr("No history file is open; nothing to export.");
    else if (ids.isEmpty())
        problem = tr("Choose at least one endpoint.");
    else if (toMs <= fromMs)
        problem = tr("The end of the range must be after its start.");
    else if (outPath.isEmpty())
        problem = tr("Choose a file to write.");
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }

    const HistoryRange historyRange{fromMs, toMs, ids};
    const ExportLevel exportLevel = level();
    const QString historyPath = m_historyPath;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<ExportDialog> self(this);
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    m_thread = QThread::create([self, cancel, historyPath, historyRange, exportLevel, outPath] {
        const auto post = [self](auto function) {
            QMetaObject::invokeMethod(self.data(), function, Qt::QueuedConnection);
        };
        HistoryStore store;
        if (const auto opened = store.open(historyPath, HistoryStore::Mode::Read); !opened) {
            const QString error = opened.error();
            post([self, error] { if (self) self->onFinished(false, 0, error); });
            return;
        }
        QSaveFile out(outPath);
        if (!out.open(QIODevice::WriteOnly)) {
            const QString error = QStringLiteral("%1: %2").arg(outPath, out.errorString());
            post([self, error] { if (self) self->onFinished(false, 0, error); });
            return;
        }
        int lastPermille = -1;
        ExportHooks hooks;
        hooks.progress = [&](double fraction, qint64 rows) {
            const int permille = int(fraction * 1000);
            if (permille != lastPermille) {
                lastPermille = permille;
                post([self, permille, rows] { if (self) self->onProgress(permille, rows); });
            }
            return !cancel->load();
        };
        const auto rows = exportHistoryCsv(store, exportLevel, historyRange, out, hooks);
        store.close();
        if (!rows) {
            out.cancelWriting();
            const QString error = rows.error();
            post([self, error] { if (self) self->onFinished(false, 0, error); });
            return;
        }
        if (!out.commit()) {
            const QString error = QStringLiteral("%1: %2").arg(outPath, out.errorString());
            post([self, error] { if (self) self->onFinished(false, 0, error); });
            return;
        }
        const qint64 written = *rows;
        post([self, written] { if (self) self->onFinished(true, written, QString()); });
    });
    m_thread->setObjectName(QStringLiteral("breakwater-export"));
    m_thread->start();
    updateButtons();
    return true;
}

void ExportDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_status->setText(tr("Cancelling…"));
}

void ExportDialog::onProgress(int permille, qint64 rows)
{
    if (!m_thread)
        return;
    m_progress->setValue(permille);
    m_status->setText(tr("Exporting… %1 rows").arg(rows));
}

void ExportDialog::onFinished(bool ok, qint64 rows, const QString &error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    const bool cancelled = !ok && error == exportCancelledText();
    QString message;
    if (ok) {
        m_progress->setValue(m_progress->maximum());
        message = tr("%1 rows written to %2").arg(rows).arg(m_path->text());
    } else if (cancelled) {
        m_progress->setValue(0);
        message = tr("Export cancelled; no file was written.");
    } else {
        message = tr("Export failed: %1").arg(error);
    }
    m_status->setText(message);
    updateButtons();
    emit exportFinished(ok, rows, cancelled, message);
}

void ExportDialog::updateButtons()
{
    const bool running = m_thread != nullptr;
    m_exportButton->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("Cancel") : tr("Close"));
    for (QWidget *w : {static_cast<QWidget *>(m_endpoints), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_level),
                       static_cast<QWidget *>(m_path)})
        w->setEnabled(!running);
}

void ExportDialog::reject()
{
    if (m_thread) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace bw
