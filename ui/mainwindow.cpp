// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "displaytext.h"
#include "endpointtablemodel.h"
#include "exportdialog.h"
#include "sparklinedelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
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
    , m_detail(new DetailPanel(&m_store, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timer(new QTimer(this))
    , m_endpointCount(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_attemptRate(new QLabel(this))
    , m_breakersOpen(new QLabel(this))
    , m_staleness(new QLabel(this))
    , m_source(new QLabel(this))
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
    const std::array<std::pair<C, QString>, 11> widths{{
        {C::Endpoint, QStringLiteral("A typical endpoint name")},
        {C::Health, QStringLiteral("Breaker open  ")},
        {C::State, QStringLiteral("Paused until 00:00:00")},
        {C::Breaker, QStringLiteral("Half-open")},
        {C::RequestsPerSecond, QStringLiteral("000.0")},
        {C::ErrorPercent, QStringLiteral("100.0 %")},
        {C::LastLatency, QStringLiteral("Last ms")},
        {C::P95, QStringLiteral("p95 ms")},
        {C::RateLimited, QStringLiteral("0000")},
        {C::Retries, QStringLiteral("Retries")},
        {C::QueueDepth, QStringLiteral("Queue")},
    }};
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(int(column), widthFor(sample));
    m_table->setItemDelegateForColumn(int(C::Trend), new SparklineDelegate(&m_store, m_table));
    m_table->setColumnWidth(int(C::Trend), SparklineDelegate::maxWidth + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(6, 6, 6, 0);
    overviewLayout->setSpacing(4);
    overviewLayout->addWidget(m_filter);
    overviewLayout->addWidget(m_table);

    m_splitter->addWidget(overview);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 520});
    setCentralWidget(m_splitter);

    connect(m_detail, &DetailPanel::timeRangeChanged, this, &MainWindow::setTimeRange);
    m_detail->setEventLog(&m_events);

    buildMenus();
    buildStatusBar();
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter Endpoints"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
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
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Breakwater"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    for (QLabel *label :
         {m_endpointCount, m_inFlight, m_attemptRate, m_breakersOpen, m_staleness}) {
        label->setContentsMargins(4, 0, 12, 0);
        statusBar()->addWidget(label);
    }
    m_endpointCount->setToolTip(tr("Endpoints configured"));
    m_inFlight->setToolTip(tr("Requests sent and not yet answered, all endpoints"));
    m_attemptRate->setToolTip(tr("Attempts per second over the last 10 seconds, all endpoints"));
    m_breakersOpen->setToolTip(tr("Endpoints whose circuit breaker is open"));
    m_source->setToolTip(tr("Where the monitored data comes from"));
    statusBar()->addPermanentWidget(m_source);
}

void MainWindow::setEndpoints(const QList<EndpointConfig> &endpoints)
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

    // The reset dropped the selection without a signal; restore it or pick the first row.
    const QString previous = m_selectedId;
    m_selectedId.clear();
    if (m_configs.contains(previous))
        selectEndpoint(previous);
    ensureSelection();
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
    m_dirty = true;
    m_lastUpdateLocalMs = QDateTime::currentMSecsSinceEpoch();
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
}

void MainWindow::refreshStatusBar()
{
    int inFlight = 0;
    int open = 0;
    int attempts = 0;
    const qint64 nowMs = m_store.latestMs();
    for (const QString &id : m_store.ids()) {
        const EndpointSeries *series = m_store.series(id);
        inFlight += series->status.inFlight;
        if (series->status.breaker == BreakerState::Open)
            ++open;
        attempts += windowStats(*series, nowMs - rateWindowMs, nowMs + 1).attempts;
    }

    const QLocale locale;
    m_endpointCount->setText(tr("Endpoints: %1").arg(m_store.ids().size()));
    m_inFlight->setText(tr("In flight: %1").arg(inFlight));
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
    for (const QLabel *label :
         {m_endpointCount, m_inFlight, m_attemptRate, m_breakersOpen, m_staleness, m_source}) {
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
    if (m_table->selectionModel()->hasSelection() || m_proxy->rowCount() == 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings s = settings();
    restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    // Not "overview/header", which holds layouts from before the Trend and Retries columns
    // and would put widths and order on the wrong columns.
    m_table->horizontalHeader()->restoreState(
        s.value(QStringLiteral("overview/columns")).toByteArray());
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
    s.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("overview/columns"), m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("detail/timeRange"), int(m_detail->timeRange()));
}

} // namespace bw
