// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "history/exporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace bw {

/// File → Export CSV…: writes history of chosen endpoints over a time range at a level (raw,
/// 1 min, 1 h) to a CSV file, with the same rows and columns as `breakwater export` (both call
/// exportHistoryCsv). The export runs on a thread of its own with its own read-only connection
/// to the history file; a progress bar follows it and Cancel stops it. The file is written
/// through QSaveFile, so a cancelled or failed export leaves no file behind (and an existing
/// file at that path untouched).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &historyPath, const QList<EndpointConfig> &endpoints,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setSelectedEndpoints(const QStringList &ids);
    QStringList selectedEndpoints() const;
    /// The range in the From/To fields, epoch ms (shown in UTC).
    void setRange(qint64 fromMs, qint64 toMs);
    std::pair<qint64, qint64> range() const;
    /// The chart's visible range, offered by the "Visible range" button.
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    void setLevel(ExportLevel level);
    ExportLevel level() const;
    void setOutputPath(const QString &path);
    QString outputPath() const;

    /// Starts the export with the current choices; false (with a message shown) when they
    /// are incomplete.
    bool startExport();
    void cancelExport();
    bool isRunning() const { return m_thread != nullptr; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;

signals:
    /// The export ended: `ok` with `rows` written, or not (failed or cancelled).
    void exportFinished(bool ok, qint64 rows, bool cancelled, const QString &message);

protected:
    void reject() override;

private:
    void onProgress(int permille, qint64 rows);
    void onFinished(bool ok, qint64 rows, const QString &error);
    void updateButtons();

    QString m_historyPath;
    QListWidget *m_endpoints;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_visibleButton;
    QComboBox *m_level;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_visibleFrom = 0;
    qint64 m_visibleTo = 0;
};

} // namespace bw
