// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "detailpanel.h"
#include "endpointtablemodel.h"
#include "eventlog.h"
#include "healthnotifier.h"
#include "metrics/metricsstore.h"
#include "palette.h"

#include <QMainWindow>
#include <QSet>

class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QAbstractItemView;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QTreeView;

namespace bw {

class DeadLettersDialog;
class EndpointGroupModel;
class EndpointTableModel;
class ExportDialog;
class TuningPanel;

/// The main window: the endpoint overview above, the selected endpoint's charts below, the
/// selected endpoint's settings in a dock (TuningPanel).
///
/// It never talks to the engine. The composition root calls setEndpoints() once the
/// configuration is known, connects the engine's update signal to applyUpdate(), which
/// only feeds the window's own MetricsStore, hands endpointsEdited() to the engine and the
/// engine's endpointsApplied back to confirmEndpointsApplied(). A 4 Hz timer redraws the
/// table and the charts of the selected endpoint when something changed (and once a second
/// regardless, so that ages such as "4 s ago" move on).
///
/// The overview is a flat table, or with View → Group by Group a tree with one row per
/// endpoint group (EndpointGroupModel) over the same sort and filter proxy. Geometry, docks,
/// splitter, column layout (widths, order, the columns hidden from the header's context
/// menu), grouping and collapsed groups, time range, theme and
/// notification choices are kept in QSettings("Breakwater", "Breakwater").
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The endpoints to show, in display order, as loaded: the settings panel's Revert comes
    /// back to them. Data of ids that remain is kept.
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    /// The configuration file the endpoints came from; empty for the demo (Save asks).
    void setConfigPath(const QString &path);
    /// Where the data comes from, e.g. "Embedded demo on 127.0.0.1:8080"; shown in the
    /// status bar.
    void setSourceDescription(const QString &description);
    /// The history file the charts read earlier data from and File → Export CSV… exports;
    /// empty when there is none.
    void setHistoryPath(const QString &path);
    /// Opens File → Export CSV… for the selected endpoint and the charts' visible range.
    ExportDialog *openExportDialog();
    /// The delivery queue file deliver-mode endpoints drain; empty when none is open. Enables
    /// Endpoint → Dead Letters… and Enqueue from File… for deliver-mode endpoints.
    void setQueuePath(const QString &path);
    /// Opens Endpoint → Dead Letters… for the selected endpoint; null when it has no queue.
    DeadLettersDialog *openDeadLettersDialog();
    /// Loads a JSONL file into the selected endpoint's queue on a worker thread; emits
    /// batchLoaded with the message shown. False when the endpoint has no queue or a load
    /// is running.
    bool enqueueFromFile(const QString &path);
    /// Whether a finished batch load shows a message box (tests turn it off).
    void setBatchLoadMessageBoxes(bool shown) { m_batchMessageBoxes = shown; }

    /// Redraws now instead of at the next tick; for tests and after bulk changes.
    void refreshNow();
    void selectEndpoint(const QString &id);
    QString selectedEndpointId() const;

    const MetricsStore &metrics() const { return m_store; }
    EndpointTableModel *tableModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    EndpointGroupModel *groupModel() const { return m_groupModel; }
    QTreeView *treeView() const { return m_tree; }
    /// The view shown now: the tree when grouped, the table otherwise.
    QAbstractItemView *overviewView() const;
    bool isGrouped() const { return m_grouped; }
    /// Shows the overview as groups (View → Group by Group) or flat; kept in the settings.
    void setGrouped(bool grouped);
    QLineEdit *filterEdit() const { return m_filter; }
    /// Shows or hides an overview column in the table and the tree alike (Endpoint always
    /// shows); kept in the settings with the column widths.
    void setColumnShown(EndpointTableModel::Column column, bool shown);
    bool isColumnShown(EndpointTableModel::Column column) const;
    /// The menu either overview header opens on a right click: one checkable action per
    /// column (its data the column number), Endpoint disabled. Owned by `parent`.
    QMenu *columnMenu(QWidget *parent);
    /// View → Columns: the same actions as columnMenu(), refilled each time it opens.
    QMenu *viewColumnsMenu() const { return m_columnsMenu; }
    DetailPanel *detailPanel() const { return m_detail; }
    const EventLog &events() const { return m_events; }
    TuningPanel *tuningPanel() const { return m_tuning; }
    QDockWidget *tuningDock() const { return m_tuningDock; }
    HealthNotifier &notifier() { return m_notifier; }
    /// The worst health among the endpoints, as the tray icon shows it; judged only when
    /// the desktop has a system tray.
    Tone overallTone() const { return m_overallTone; }
    /// Every menu action that has a shortcut, as "shortcut: text", for the Help list and
    /// tests.
    QStringList shortcutList() const;
    /// The status bar text, joined, for tests.
    QString statusText() const;

public slots:
    /// Feeds one update into the store. Cheap: the redraw waits for the timer.
    void applyUpdate(const bw::EngineUpdate &update);
    /// What the engine's runners hold after an edit (EngineHost::endpointsApplied).
    void confirmEndpointsApplied(const QList<bw::EndpointConfig> &endpoints);

signals:
    /// The settings panel changed the endpoints; the engine should run these now.
    void endpointsEdited(const QList<bw::EndpointConfig> &endpoints);
    /// A batch load finished; `message` is what the window showed.
    void batchLoaded(const QString &message, bool accepted);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildEndpointMenu();
    void updateQueueActions();
    /// The selected endpoint when it is in deliver mode and a queue file is open.
    std::optional<EndpointConfig> selectedDeliverEndpoint() const;
    void buildAppearanceMenu(QMenu *menu);
    void buildNotificationMenu(QMenu *menu);
    void buildStatusBar();
    void buildTray();
    void showEndpoints(const QList<EndpointConfig> &endpoints);
    void onEndpointsEdited(const QList<EndpointConfig> &endpoints);
    void refreshTray();
    void showShortcuts();
    void setTheme(Theme theme);
    void onTick();
    void onSelectionChanged();
    void ensureSelection();
    void restoreGroupState();
    void syncTreeColumns();
    /// Replaces `menu`'s actions with one checkable action per overview column.
    void fillColumnMenu(QMenu *menu);
    int treeIndent() const;
    void refreshStatusBar();
    void setTimeRange(TimeRange range);
    void showAbout();
    void buildLanguageMenu(QMenu *menu);
    /// Saves `code` ("de", "fr", "en", or empty for the system's) as "ui/language".
    void setLanguage(const QString &code);
    void readSettings();
    void writeSettings() const;

    MetricsStore m_store;
    EventLog m_events;
    QString m_historyPath;
    QString m_queuePath;
    QAction *m_deadLettersAction = nullptr;
    QAction *m_enqueueAction = nullptr;
    bool m_batchLoading = false;
    bool m_batchMessageBoxes = true;
    QHash<QString, EndpointConfig> m_configs;
    EndpointTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    EndpointGroupModel *m_groupModel;
    QTreeView *m_tree;
    QStackedWidget *m_overviewStack;
    QAction *m_groupAction = nullptr;
    bool m_grouped = false;
    bool m_syncingColumns = false;
    QMenu *m_columnsMenu = nullptr;
    /// Groups the user collapsed, by name; every other group shows its endpoints.
    QSet<QString> m_collapsedGroups;
    DetailPanel *m_detail;
    QSplitter *m_splitter;
    QTimer *m_timer;
    QActionGroup *m_rangeActions = nullptr;
    QLabel *m_endpointCount;
    QLabel *m_inFlight;
    QLabel *m_attemptRate;
    QLabel *m_breakersOpen;
    QLabel *m_staleness;
    QLabel *m_source;
    QLabel *m_connections;
    QLabel *m_queued;
    TuningPanel *m_tuning;
    QDockWidget *m_tuningDock;
    QSystemTrayIcon *m_tray = nullptr;
    HealthNotifier m_notifier;
    Tone m_overallTone = Tone::Neutral;
    QList<std::pair<QString, int>> m_hostConnections;
    QString m_selectedId;
    bool m_dirty = false;
    int m_idleTicks = 0;
    qint64 m_lastUpdateLocalMs = 0;
};

} // namespace bw
