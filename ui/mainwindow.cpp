// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "deadlettersdialog.h"
#include "displaytext.h"
#include "endpointgroupmodel.h"
#include "endpointtablemodel.h"
#include "exportdialog.h"
#include "sparklinedelegate.h"
#include "tuningpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace bw {

namespace {

constexpr auto refreshInterval = std::chrono::milliseconds(250);
// Redraw at least this often without updates, so ages and the staleness note move on.
constexpr int idleTicksPerRedraw = 4;
constexpr qint64 staleAfterMs = 3'000;
constexpr qint64 rateWindowMs = 10'000;

QSettings settings()
{
    return QSettings(QStringLiteral("Breakwater"), QStringLiteral("Breakwater"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new EndpointTableModel(&m_store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_groupModel(new EndpointGroupModel(m_proxy, this))
    , m_tree(new QTreeView(this))
    , m_overviewStack(new QStackedWidget(this))
    , m_detail(new DetailPanel(&m_store, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timer(new QTimer(this))
    , m_endpointCount(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_attemptRate(new QLabel(this))
    , m_breakersOpen(new QLabel(this))
    , m_staleness(new QLabel(this))
    , m_source(new QLabel(this))
    , m_connections(new QLabel(this))
    , m_queued(new QLabel(this))
    , m_tuning(new TuningPanel(this))
    , m_tuningDock(new QDockWidget(tr("Endpoint Settings"), this))
{
    setWindowTitle(tr("Breakwater"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EndpointTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(EndpointTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setPlaceholderText(tr("Filter by name or id"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        ensureSelection();
    });

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Taller than text needs: the trend sparkline stacks two tick rows, a line and a band.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    // No sort column at first: rows keep the configuration's order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthFor
        = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 20; };
    using C = EndpointTableModel::Column;
    const std::array<std::pair<C, QString>, 16> widths{{
        {C::Endpoint, QStringLiteral("A typical endpoint name")},
        {C::Health, QStringLiteral("Breaker open  ")},
        {C::State, QStringLiteral("Paused until 00:00:00")},
        {C::Breaker, QStringLiteral("Half-open")},
        {C::RequestsPerSecond, QStringLiteral("000.0")},
        {C::ErrorPercent, QStringLiteral("100.0 %")},
        {C::LastLatency, QStringLiteral("Last ms")},
        {C::P50, QStringLiteral("p50 ms")},
        {C::P95, QStringLiteral("p95 ms")},
        {C::P99, QStringLiteral("p99 ms")},
        {C::RateLimited, QStringLiteral("0000")},
        {C::Retries, QStringLiteral("Retries")},
        {C::QueueDepth, QStringLiteral("Queue")},
        {C::OldestDelivery, QStringLiteral("Oldest")},
        {C::DrainRate, QStringLiteral("Drain/s")},
        {C::DeadLetters, QStringLiteral("00000")},
    }};
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(int(column), widthFor(sample));
    m_table->setItemDelegateForColumn(int(C::Trend), new SparklineDelegate(&m_store, m_table));
    m_table->setColumnWidth(int(C::Trend), SparklineDelegate::maxWidth + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);

    // The grouped overview: the same columns, delegate and sort, one parent row per group.
    m_tree->setModel(m_groupModel);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setItemDelegateForColumn(int(C::Trend), new SparklineDelegate(&m_store, m_tree));
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setHighlightSections(false);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tree->header()->setSectionsMovable(false);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_groupModel, &QAbstractItemModel::modelReset, this,
            &MainWindow::restoreGroupState);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsedGroups.insert(m_groupModel->groupName(index));
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsedGroups.remove(m_groupModel->groupName(index));
    });
    // One set of column widths: the table's, which the settings keep.
    connect(m_tree->header(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) {
                // Only what the user drags: the tree's own layout passes while hidden or
                // being synced must not shrink the table's columns.
                if (m_grouped && m_tree->isVisible() && !m_syncingColumns)
                    m_table->setColumnWidth(section, section == 0 ? size - treeIndent() : size);
            });
    // Right-clicking either header offers every column to show or hide.
    for (QHeaderView *header : {m_table->horizontalHeader(), m_tree->header()}) {
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QWidget::customContextMenuRequested, this, [this, header](QPoint pos) {
            QMenu *menu = columnMenu(header);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(header->viewport()->mapToGlobal(pos));
        });
    }
    m_overviewStack->addWidget(m_table);
    m_overviewStack->addWidget(m_tree);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(6, 6, 6, 0);
    overviewLayout->setSpacing(4);
    overviewLayout->addWidget(m_filter);
    overviewLayout->addWidget(m_overviewStack);

    m_splitter->addWidget(overview);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 520});
    setCentralWidget(m_splitter);

    connect(m_detail, &DetailPanel::timeRangeChanged, this, &MainWindow::setTimeRange);
    m_detail->setEventLog(&m_events);

    m_tuningDock->setObjectName(QStringLiteral("tuningDock"));
    m_tuningDock->setWidget(m_tuning);
    m_tuningDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    // Open on the first start so the panel is found; afterwards the saved state decides.
    addDockWidget(Qt::RightDockWidgetArea, m_tuningDock);
    connect(m_tuning, &TuningPanel::endpointsChanged, this, &MainWindow::onEndpointsEdited);
    connect(m_tuning, &TuningPanel::currentEndpointChanged, this, &MainWindow::selectEndpoint);
    connect(m_tuning, &TuningPanel::savedTo, this, &MainWindow::setConfigPath);

    const int theme = settings().value(QStringLiteral("ui/theme"), int(Theme::System)).toInt();
    if (theme == int(Theme::Light) || theme == int(Theme::Dark))
        applyTheme(Theme(theme));
    buildMenus();
    buildStatusBar();
    buildTray();
    // Wide enough for every overview column at its default width, Last error included.
    resize(1360, 860);
    readSettings();

    m_timer->setInterval(refreshInterval);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::onTick);
    m_timer->start();
    refreshNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save Configuration"), m_tuning, &TuningPanel::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs
        = file->addAction(tr("Save Configuration &As…"), m_tuning, &TuningPanel::saveAs);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addAction(tr("&Revert to Saved"), m_tuning, &TuningPanel::revert);
    file->addSeparator();
    QAction *exportCsv = file->addAction(tr("&Export CSV…"), this, [this] {
        openExportDialog()->open();
    });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *copyCsv = file->addAction(tr("&Copy Visible Data as CSV"), this,
                                       [this] { m_detail->copyVisibleCsv(); });
    copyCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addAction(tr("&Save Charts as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts"), QString(),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            m_detail->saveChartsPng(path);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    buildEndpointMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter Endpoints"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *settingsPanel = m_tuningDock->toggleViewAction();
    settingsPanel->setText(tr("&Endpoint Settings"));
    settingsPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    view->addAction(settingsPanel);
    m_groupAction = view->addAction(tr("&Group by Group"));
    m_groupAction->setCheckable(true);
    m_groupAction->setChecked(m_grouped);
    m_groupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_groupAction->setStatusTip(
        tr("Show one collapsible row per endpoint group, with the group's figures"));
    connect(m_groupAction, &QAction::toggled, this, &MainWindow::setGrouped);
    // The same choice as the headers' right-click menu, for the keyboard; filled as it opens
    // so its ticks follow what the header menu changed.
    m_columnsMenu = view->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] { fillColumnMenu(m_columnsMenu); });
    view->addSeparator();
    m_rangeActions = new QActionGroup(this);
    m_rangeActions->setExclusive(true);
    int key = Qt::Key_1;
    for (const TimeRange range : allTimeRanges) {
        QAction *action = view->addAction(timeRangeText(range));
        action->setCheckable(true);
        action->setData(int(range));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        action->setChecked(range == m_detail->timeRange());
        m_rangeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, range] { setTimeRange(range); });
    }
    view->addSeparator();
    buildAppearanceMenu(view->addMenu(tr("&Appearance")));
    buildNotificationMenu(view->addMenu(tr("&Notifications")));
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about = help->addAction(tr("&About Breakwater"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildEndpointMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Endpoint"));
    // Each action shows the settings panel first, so the change is visible where it happens.
    const auto withPanel = [this](void (TuningPanel::*slot)()) {
        return [this, slot] {
            m_tuningDock->show();
            (m_tuning->*slot)();
        };
    };
    QAction *add = menu->addAction(tr("&New Endpoint"), this, withPanel(&TuningPanel::addEndpoint));
    add->setShortcut(QKeySequence::New);
    QAction *duplicate = menu->addAction(tr("&Duplicate Endpoint"), this,
                                         withPanel(&TuningPanel::duplicateEndpoint));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *remove = menu->addAction(tr("&Remove Endpoint"), this,
                                      withPanel(&TuningPanel::removeEndpoint));
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    menu->addSeparator();
    QAction *apply = menu->addAction(tr("&Apply Settings"), this, [this] {
        m_tuningDock->show();
        m_tuning->apply();
    });
    apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *group = menu->addAction(tr("Apply to &Group"), this, [this] {
        m_tuningDock->show();
        m_tuning->applyToGroup();
    });
    group->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    menu->addSeparator();
    m_deadLettersAction = menu->addAction(tr("Dead &Letters…"), this, [this] {
        if (DeadLettersDialog *dialog = openDeadLettersDialog())
            dialog->open();
    });
    m_enqueueAction = menu->addAction(tr("En&queue from File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Enqueue Deliveries"), QString(),
            tr("JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
        if (!path.isEmpty())
            enqueueFromFile(path);
    });
    updateQueueActions();
}

void MainWindow::setQueuePath(const QString &path)
{
    m_queuePath = path;
    updateQueueActions();
}

std::optional<EndpointConfig> MainWindow::selectedDeliverEndpoint() const
{
    if (m_queuePath.isEmpty())
        return std::nullopt;
    const auto it = m_configs.constFind(m_selectedId);
    if (it == m_configs.cend() || it->mode != EndpointMode::Deliver)
        return std::nullopt;
    return *it;
}

void MainWindow::updateQueueActions()
{
    if (!m_deadLettersAction)
        return;
    const bool deliver = selectedDeliverEndpoint().has_value();
    const QString why = m_queuePath.isEmpty() || deliver
                            ? QString()
                            : tr("Only deliver-mode endpoints have a delivery queue.");
    m_deadLettersAction->setEnabled(deliver);
    m_enqueueAction->setEnabled(deliver && !m_batchLoading);
    m_deadLettersAction->setStatusTip(why);
    m_enqueueAction->setStatusTip(why);
}

DeadLettersDialog *MainWindow::openDeadLettersDialog()
{
    const auto endpoint = selectedDeliverEndpoint();
    if (!endpoint)
        return nullptr;
    auto *dialog = new DeadLettersDialog(m_queuePath, *endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

bool MainWindow::enqueueFromFile(const QString &path)
{
    const auto endpoint = selectedDeliverEndpoint();
    if (!endpoint || m_batchLoading)
        return false;
    m_batchLoading = true;
    updateQueueActions();
    statusBar()->showMessage(tr("Enqueueing %1…").arg(QFileInfo(path).fileName()));
    // Reading, checking and inserting a large file takes seconds: off the UI thread, with a
    // store connection of the worker's own.
    auto result = std::make_shared<BatchLoadResult>();
    QThread *worker = QThread::create(
        [result, path, queuePath = m_queuePath, config = *endpoint] {
            *result = loadDeliveryBatch(path, queuePath, config,
                                        QDateTime::currentMSecsSinceEpoch());
        });
    const QString name = endpoint->name.isEmpty() ? endpoint->id : endpoint->name;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, name] {
        m_batchLoading = false;
        updateQueueActions();
        const QString message = batchLoadMessage(*result, name);
        const bool accepted = result->errors.isEmpty() && result->error.isEmpty();
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10'000);
        m_dirty = true;
        emit batchLoaded(message, accepted);
        if (m_batchMessageBoxes) {
            if (accepted)
                QMessageBox::information(this, tr("Enqueue from File"), message);
            else
                QMessageBox::warning(this, tr("Enqueue from File"), message);
        }
    });
    worker->start();
    return true;
}

void MainWindow::buildAppearanceMenu(QMenu *menu)
{
    const std::pair<Theme, QString> themes[] = {
        {Theme::System, tr("Follow the &System")},
        {Theme::Light, tr("&Light")},
        {Theme::Dark, tr("&Dark")},
    };
    const int saved = settings().value(QStringLiteral("ui/theme"), int(Theme::System)).toInt();
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const auto &[theme, text] : themes) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(int(theme) == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { setTheme(theme); });
    }
}

void MainWindow::setTheme(Theme theme)
{
    settings().setValue(QStringLiteral("ui/theme"), int(theme));
    applyTheme(theme);
}

void MainWindow::buildNotificationMenu(QMenu *menu)
{
    QSettings s = settings();
    m_notifier.setBreakerNotices(s.value(QStringLiteral("notify/breakerOpens"), false).toBool());
    const int threshold = s.value(QStringLiteral("notify/queueThreshold"), 20).toInt();
    const bool queueOn = s.value(QStringLiteral("notify/queue"), false).toBool();
    m_notifier.setQueueThreshold(queueOn ? threshold : 0);

    QAction *breakers = menu->addAction(tr("When a &Breaker Opens"));
    breakers->setCheckable(true);
    breakers->setChecked(m_notifier.breakerNotices());
    connect(breakers, &QAction::toggled, this, [this](bool on) {
        m_notifier.setBreakerNotices(on);
        settings().setValue(QStringLiteral("notify/breakerOpens"), on);
    });
    QAction *queue = menu->addAction(tr("When a &Queue Passes %1").arg(threshold));
    queue->setCheckable(true);
    queue->setChecked(queueOn);
    connect(queue, &QAction::toggled, this, [this](bool on) {
        const int depth = settings().value(QStringLiteral("notify/queueThreshold"), 20).toInt();
        m_notifier.setQueueThreshold(on ? depth : 0);
        settings().setValue(QStringLiteral("notify/queue"), on);
    });
    menu->addAction(tr("Queue &Threshold…"), this, [this, queue] {
        bool ok = false;
        const int current = settings().value(QStringLiteral("notify/queueThreshold"), 20).toInt();
        const int depth = QInputDialog::getInt(
            this, tr("Queue Threshold"),
            tr("Notify when an endpoint has more than this many pieces of work waiting:"),
            current, 1, 1000000, 1, &ok);
        if (!ok)
            return;
        settings().setValue(QStringLiteral("notify/queueThreshold"), depth);
        queue->setText(tr("When a &Queue Passes %1").arg(depth));
        if (queue->isChecked())
            m_notifier.setQueueThreshold(depth);
    });
    menu->setToolTipsVisible(true);
    menu->setToolTip(tr("Desktop notifications, off until you turn them on"));
}

void MainWindow::buildStatusBar()
{
    for (QLabel *label : {m_endpointCount, m_inFlight, m_connections, m_queued, m_attemptRate,
                          m_breakersOpen, m_staleness}) {
        label->setContentsMargins(4, 0, 12, 0);
        statusBar()->addWidget(label);
    }
    m_endpointCount->setToolTip(tr("Endpoints configured"));
    m_inFlight->setToolTip(tr("Requests sent and not yet answered, all endpoints"));
    m_connections->setToolTip(
        tr("Connection slots in use, all hosts, and the busiest host; the engine uses at most "
           "%1 per host:port").arg(6));
    m_queued->setToolTip(tr("Work waiting for a token, a pause, a slot or a retry, all "
                            "endpoints"));
    m_attemptRate->setToolTip(tr("Attempts per second over the last 10 seconds, all endpoints"));
    m_breakersOpen->setToolTip(tr("Endpoints whose circuit breaker is open"));
    m_source->setToolTip(tr("Where the monitored data comes from"));
    statusBar()->addPermanentWidget(m_source);
}

void MainWindow::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    m_tuning->setConfig(endpoints, m_tuning->configPath());
    showEndpoints(endpoints);
}

void MainWindow::setConfigPath(const QString &path)
{
    if (path != m_tuning->configPath())
        m_tuning->setConfig(m_tuning->savedEndpoints(), path);
    setWindowTitle(path.isEmpty() ? tr("Breakwater")
                                  : tr("%1 — Breakwater").arg(QFileInfo(path).fileName()));
}

void MainWindow::onEndpointsEdited(const QList<EndpointConfig> &endpoints)
{
    showEndpoints(endpoints);
    emit endpointsEdited(endpoints);
}

void MainWindow::confirmEndpointsApplied(const QList<EndpointConfig> &endpoints)
{
    m_tuning->confirmApplied(endpoints);
}

void MainWindow::showEndpoints(const QList<EndpointConfig> &endpoints)
{
    QList<std::pair<QString, QString>> idsAndNames;
    const QHash<QString, EndpointConfig> previousConfigs = std::exchange(m_configs, {});
    for (const EndpointConfig &endpoint : endpoints) {
        idsAndNames.append({endpoint.id, endpoint.name.isEmpty() ? endpoint.id : endpoint.name});
        m_configs.insert(endpoint.id, endpoint);
    }
    m_store.setEndpoints(idsAndNames);
    m_model->setEndpoints(endpoints);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const EndpointConfig &endpoint : endpoints) {
        const auto before = previousConfigs.constFind(endpoint.id);
        if (before == previousConfigs.cend())
            m_events.addConfigChange(endpoint.id, nowMs, tr("loaded"));
        else if (!(*before == endpoint))
            m_events.addConfigChange(endpoint.id, nowMs, tr("changed"));
    }
    QHash<QString, QString> names;
    for (const auto &[id, name] : idsAndNames)
        names.insert(id, name);
    m_notifier.setNames(names);

    // The reset dropped the selection without a signal; restore it or pick the first row.
    const QString previous = m_selectedId;
    m_selectedId.clear();
    if (m_configs.contains(previous))
        selectEndpoint(previous);
    ensureSelection();
    // A mode changed in the settings panel changes what the queue actions apply to.
    updateQueueActions();
    refreshNow();
}

void MainWindow::setSourceDescription(const QString &description)
{
    m_source->setText(description);
}

void MainWindow::setHistoryPath(const QString &path)
{
    m_historyPath = path;
    m_detail->setHistoryPath(path);
}

ExportDialog *MainWindow::openExportDialog()
{
    QList<EndpointConfig> endpoints;
    for (const QString &id : m_store.ids())
        endpoints.append(m_configs.value(id));
    auto *dialog = new ExportDialog(m_historyPath, endpoints, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto [fromMs, toMs] = m_detail->viewWindow();
    dialog->setVisibleRange(fromMs, toMs);
    dialog->setRange(fromMs, toMs);
    if (!m_selectedId.isEmpty())
        dialog->setSelectedEndpoints({m_selectedId});
    dialog->setOutputPath(QDir::home().filePath(
        QStringLiteral("breakwater-%1.csv")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    return dialog;
}

void MainWindow::applyUpdate(const EngineUpdate &update)
{
    m_store.apply(update);
    m_events.apply(update);
    m_hostConnections = update.hostConnections;
    m_dirty = true;
    m_lastUpdateLocalMs = QDateTime::currentMSecsSinceEpoch();
    const QList<HealthNotice> notices = m_notifier.feed(update);
    if (m_tray && m_tray->isVisible()) {
        for (const HealthNotice &notice : notices)
            m_tray->showMessage(notice.title, notice.text, QSystemTrayIcon::Warning);
    }
}

void MainWindow::onTick()
{
    if (!isVisible() || isMinimized())
        return;
    if (!m_dirty && ++m_idleTicks < idleTicksPerRedraw)
        return;
    refreshNow();
}

void MainWindow::refreshNow()
{
    m_dirty = false;
    m_idleTicks = 0;
    m_model->refresh();
    m_detail->refresh();
    refreshStatusBar();
    refreshTray();
}

void MainWindow::refreshStatusBar()
{
    int inFlight = 0;
    int open = 0;
    int attempts = 0;
    int queued = 0;
    const qint64 nowMs = m_store.latestMs();
    for (const QString &id : m_store.ids()) {
        const EndpointSeries *series = m_store.series(id);
        inFlight += series->status.inFlight;
        queued += series->status.queueDepth;
        if (series->status.breaker == BreakerState::Open)
            ++open;
        attempts += windowStats(*series, nowMs - rateWindowMs, nowMs + 1).attempts;
    }

    const QLocale locale;
    m_endpointCount->setText(tr("Endpoints: %1").arg(m_store.ids().size()));
    m_inFlight->setText(tr("In flight: %1").arg(inFlight));
    m_queued->setText(tr("Queued: %1").arg(queued));
    int connections = 0;
    std::pair<QString, int> busiest;
    for (const auto &host : std::as_const(m_hostConnections)) {
        connections += host.second;
        if (host.second > busiest.second)
            busiest = host;
    }
    busiest.first.remove(QRegularExpression(QStringLiteral("^[a-z]+://")));
    m_connections->setText(busiest.second > 0
                               ? tr("Connections: %1 (busiest %2: %3/%4)")
                                     .arg(connections)
                                     .arg(busiest.first)
                                     .arg(busiest.second)
                                     .arg(6)
                               : tr("Connections: %1").arg(connections));
    m_attemptRate->setText(
        tr("Attempts/s: %1").arg(locale.toString(attempts / (rateWindowMs / 1000.0), 'f', 1)));
    m_breakersOpen->setText(tr("Breakers open: %1").arg(open));
    m_breakersOpen->setStyleSheet(open > 0 ? QStringLiteral("color: %1; font-weight: bold")
                                                 .arg(toneColour(Tone::Bad, palette()).name())
                                           : QString());

    const qint64 sinceUpdate = QDateTime::currentMSecsSinceEpoch() - m_lastUpdateLocalMs;
    if (m_lastUpdateLocalMs == 0)
        m_staleness->setText(tr("Waiting for data"));
    else if (sinceUpdate > staleAfterMs)
        m_staleness->setText(tr("No update for %1 s").arg(sinceUpdate / 1000));
    else
        m_staleness->clear();
    m_staleness->setVisible(!m_staleness->text().isEmpty());
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (const QLabel *label : {m_endpointCount, m_inFlight, m_connections, m_queued,
                                m_attemptRate, m_breakersOpen, m_staleness, m_source}) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" | "));
}

void MainWindow::selectEndpoint(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    if (m_grouped) {
        const QModelIndex child = m_groupModel->mapFromSource(index);
        if (!child.isValid())
            return;
        m_tree->expand(child.parent());
        m_tree->selectionModel()->setCurrentIndex(
            child, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(child);
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString MainWindow::selectedEndpointId() const
{
    return m_selectedId;
}

void MainWindow::ensureSelection()
{
    if (m_grouped) {
        if (m_tree->selectionModel()->hasSelection())
            return;
        // The first endpoint of the first group that shows its endpoints.
        for (int g = 0; g < m_groupModel->rowCount(); ++g) {
            const QModelIndex group = m_groupModel->index(g, 0);
            if (m_tree->isExpanded(group) && m_groupModel->rowCount(group) > 0) {
                m_tree->selectionModel()->setCurrentIndex(
                    m_groupModel->index(0, 0, group),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        return;
    }
    if (m_table->selectionModel()->hasSelection() || m_proxy->rowCount() == 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = overviewView()->selectionModel()->selectedRows();
    // A group row has no detail of its own: the charts keep the endpoint they show.
    if (m_grouped && !rows.isEmpty() && m_groupModel->isGroup(rows.first()))
        return;
    const QString id
        = rows.isEmpty() ? QString() : rows.first().data(EndpointTableModel::IdRole).toString();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (id.isEmpty())
        m_detail->clearEndpoint();
    else
        m_detail->setEndpoint(m_configs.value(id));
    m_detail->refresh();
    if (!id.isEmpty())
        m_tuning->setCurrentEndpoint(id);
    updateQueueActions();
}

int MainWindow::treeIndent() const
{
    // An endpoint's name is indented twice: once for the branch arrows' column, once for its
    // level under the group. The first column is wider by as much, or names would be cut
    // where the flat table shows them whole.
    return 2 * m_tree->indentation();
}

QAbstractItemView *MainWindow::overviewView() const
{
    if (m_grouped)
        return m_tree;
    return m_table;
}

void MainWindow::setGrouped(bool grouped)
{
    if (m_groupAction && m_groupAction->isChecked() != grouped)
        m_groupAction->setChecked(grouped);
    if (grouped == m_grouped)
        return;
    m_grouped = grouped;
    // Resets the group model, which restores the collapsed groups and the selection.
    m_groupModel->setActive(grouped);
    // Both views show the one proxy's sort; the shown one's header names it.
    QHeaderView *header = grouped ? m_tree->header() : m_table->horizontalHeader();
    header->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    if (grouped) {
        syncTreeColumns();
    } else {
        selectEndpoint(m_selectedId);
        ensureSelection();
    }
    m_overviewStack->setCurrentWidget(overviewView());
    settings().setValue(QStringLiteral("overview/grouped"), grouped);
}

QMenu *MainWindow::columnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    fillColumnMenu(menu);
    return menu;
}

void MainWindow::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    using C = EndpointTableModel::Column;
    for (int column = 0; column < EndpointTableModel::columnTotal; ++column) {
        // The trend's header names its time span, which says little in a list of columns.
        const QString name
            = column == int(C::Trend)
                  ? tr("Trend")
                  : m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(isColumnShown(C(column)));
        action->setData(column);
        // Without its name a row cannot be told apart from the others.
        action->setEnabled(column != int(C::Endpoint));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(C(column), shown); });
    }
}

bool MainWindow::isColumnShown(EndpointTableModel::Column column) const
{
    return !m_table->isColumnHidden(int(column));
}

void MainWindow::setColumnShown(EndpointTableModel::Column column, bool shown)
{
    if (column == EndpointTableModel::Column::Endpoint || isColumnShown(column) == shown)
        return;
    // The table's header holds the layout the settings keep; the tree follows it.
    m_table->setColumnHidden(int(column), !shown);
    syncTreeColumns();
}

void MainWindow::syncTreeColumns()
{
    m_syncingColumns = true;
    for (int column = 0; column < EndpointTableModel::columnTotal; ++column) {
        const bool hidden = m_table->isColumnHidden(column);
        m_tree->setColumnHidden(column, hidden);
        // A hidden section reports a width of 0; the tree keeps its own until shown again.
        if (!hidden)
            m_tree->setColumnWidth(column, m_table->columnWidth(column));
    }
    m_tree->setColumnWidth(0, m_table->columnWidth(0) + treeIndent());
    m_syncingColumns = false;
}

void MainWindow::restoreGroupState()
{
    if (!m_grouped)
        return;
    for (int g = 0; g < m_groupModel->rowCount(); ++g) {
        const QModelIndex group = m_groupModel->index(g, 0);
        m_tree->setExpanded(group, !m_collapsedGroups.contains(m_groupModel->groupName(group)));
    }
    // A reset dropped the selection without a signal; put it back or pick the first row.
    selectEndpoint(m_selectedId);
    ensureSelection();
}

void MainWindow::setTimeRange(TimeRange range)
{
    m_detail->setTimeRange(range);
    if (!m_rangeActions)
        return;
    for (QAction *action : m_rangeActions->actions()) {
        if (action->data().toInt() == int(range))
            action->setChecked(true);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Breakwater"),
        tr("<h3>Breakwater %1</h3>"
           "<p>A desktop monitor for the HTTP APIs an organisation depends on: latency, "
           "rate limits, circuit breakers and queues, live.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later).</p>")
            .arg(QStringLiteral(BREAKWATER_VERSION)));
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    // Language names stay in their own language, so anyone can find theirs.
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    const QString saved = settings().value(QStringLiteral("ui/language")).toString();
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings s = settings();
    if (s.value(QStringLiteral("ui/language")).toString() == code)
        return;
    s.setValue(QStringLiteral("ui/language"), code);
    // Texts are translated once at start; retranslating every widget live is not supported.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies the next time Breakwater starts."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Breakwater"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Quit"), this, &QWidget::close);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    refreshTray();
    m_tray->show();
}

void MainWindow::refreshTray()
{
    // Judging every endpoint again costs refresh time; without a tray nobody sees it.
    if (!m_tray)
        return;
    const qint64 nowMs = m_store.latestMs();
    QList<Tone> tones;
    int bad = 0;
    for (const QString &id : m_store.ids()) {
        const Tone tone = judgeHealth(*m_store.series(id), nowMs).tone;
        tones.append(tone);
        if (tone == Tone::Bad || tone == Tone::Warning)
            ++bad;
    }
    const Tone worst = worstTone(tones);
    const bool toneChanged = worst != m_overallTone;
    m_overallTone = worst;
    if (toneChanged || m_tray->icon().isNull()) {
        // A dot in the worst tone on the light shades, which read on any panel colour.
        QPixmap pixmap(64, 64);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = worst == Tone::Neutral ? QColor(0x90, 0x90, 0x90)
                                                     : toneColour(worst, QPalette(Qt::white));
        painter.setBrush(colour);
        painter.setPen(QPen(colour.darker(160), 4));
        painter.drawEllipse(QRectF(6, 6, 52, 52));
        painter.end();
        m_tray->setIcon(QIcon(pixmap));
    }
    m_tray->setToolTip(bad == 0 ? tr("Breakwater: %n endpoint(s), none failing", nullptr,
                                     int(tones.size()))
                                : tr("Breakwater: %n endpoint(s) failing or open", nullptr, bad));
}

QStringList MainWindow::shortcutList() const
{
    QStringList lines;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu());
            else if (!action->shortcut().isEmpty())
                lines.append(action->shortcut().toString(QKeySequence::NativeText)
                             + QStringLiteral(": ")
                             + QString(action->text()).remove(QLatin1Char('&')));
        }
    };
    for (const QAction *action : menuBar()->actions()) {
        if (action->menu())
            walk(action->menu());
    }
    return lines;
}

void MainWindow::showShortcuts()
{
    // Built from the menus themselves, so the list can never disagree with them.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    const QStringList lines = shortcutList();
    auto *table = new QTableWidget(int(lines.size()), 2, dialog);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    const QString separator = QStringLiteral(": ");
    for (int row = 0; row < lines.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(lines.at(row).section(separator, 0, 0)));
        table->setItem(row, 1, new QTableWidgetItem(lines.at(row).section(separator, 1)));
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("In tables and editors, the usual keys of your desktop "
                                    "apply as well."), dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(460, 520);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tuning->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Settings"),
            tr("The endpoint settings were changed but not saved. Save them before quitting?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_tuning->save())) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings s = settings();
    const QByteArray geometry = s.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() && screen()) {
        // First start: room for the overview's columns and the settings panel beside them.
        const QRect available = screen()->availableGeometry();
        // Never smaller than the default above; larger when the screen has room.
        resize(std::max(width(), std::min(1800, available.width() - 40)),
               std::max(height(), std::min(1000, available.height() - 40)));
    }
    restoreGeometry(geometry);
    // Docks: whether the settings panel is open, on which side and how wide.
    restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    // Widths, order and hidden columns. Not "overview/header", "overview/columns" or
    // "overview/queueColumns": they hold layouts from before the Trend and Retries columns,
    // the queue columns, or the p50 and p99 columns, and would put widths and order on the
    // wrong columns.
    m_table->horizontalHeader()->restoreState(
        s.value(QStringLiteral("overview/percentileColumns")).toByteArray());
    m_table->setColumnHidden(int(EndpointTableModel::Column::Endpoint), false);
    syncTreeColumns();
    const QStringList collapsed
        = s.value(QStringLiteral("overview/collapsedGroups")).toStringList();
    m_collapsedGroups = QSet<QString>(collapsed.cbegin(), collapsed.cend());
    setGrouped(s.value(QStringLiteral("overview/grouped"), false).toBool());
    const int range = s.value(QStringLiteral("detail/timeRange"), -1).toInt();
    for (const TimeRange candidate : allTimeRanges) {
        if (int(candidate) == range)
            setTimeRange(candidate);
    }
}

void MainWindow::writeSettings() const
{
    QSettings s = settings();
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
    s.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("overview/percentileColumns"),
               m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("detail/timeRange"), int(m_detail->timeRange()));
    s.setValue(QStringLiteral("overview/grouped"), m_grouped);
    s.setValue(QStringLiteral("overview/collapsedGroups"),
               QStringList(m_collapsedGroups.cbegin(), m_collapsedGroups.cend()));
}

} // namespace bw
