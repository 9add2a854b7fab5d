// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuningpanel.h"

#include "backoffpreview.h"
#include "config/configloader.h"
#include "displaytext.h"
#include "headerlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace bw {

namespace {

// Stands for a password in a URL; asterisks need no percent-encoding in the user info.
const QString urlPasswordMask = QStringLiteral("********");

// Long enough not to apply half-typed numbers, short enough to feel immediate.
constexpr auto liveApplyDelay = std::chrono::milliseconds(400);

// Ranges are wider than the loader allows on purpose: the loader's rules judge the value and
// its reason is shown, instead of a spin box silently refusing a keystroke.
QSpinBox *intSpin(int min, int max, const QString &suffix = {})
{
    auto *spin = new QSpinBox;
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    spin->setKeyboardTracking(true);
    return spin;
}

QDoubleSpinBox *doubleSpin(double min, double max, int decimals, double step,
                           const QString &suffix = {})
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

template<typename E>
QComboBox *choiceBox(std::initializer_list<std::pair<QString, E>> options)
{
    auto *box = new QComboBox;
    for (const auto &[text, value] : options)
        box->addItem(text, int(value));
    return box;
}

template<typename E>
E choiceOf(const QComboBox *box)
{
    return E(box->currentData().toInt());
}

void selectChoice(QComboBox *box, int value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

// "retry.maxAttempts: must be ..." -> "retry.maxAttempts"; header problems belong to the
// header table.
/// The Retry on field: names and status numbers separated by commas or spaces, as the
/// configuration's retryOn list; empty means never retry.
std::optional<RetryOn> parseRetryOn(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList names = text.split(separators, Qt::SkipEmptyParts);
    QString why;
    auto parsed = RetryOn::fromNames(names, &why);
    if (!parsed && error)
        *error = why;
    return parsed;
}

QString keyOfError(const QString &error)
{
    const QString key = error.section(QStringLiteral(": "), 0, 0);
    if (key.startsWith(QLatin1String("headers.")))
        return QStringLiteral("headers");
    return key;
}

QString reasonOfError(const QString &error)
{
    return error.section(QStringLiteral(": "), 1);
}

// Edits that change where requests go or what they carry wait for Apply even in live mode:
// a URL typed letter by letter must not be polled at every pause.
bool changesTarget(const EndpointConfig &a, const EndpointConfig &b)
{
    return a.id != b.id || a.url != b.url || a.method != b.method || a.headers != b.headers;
}

} // namespace

TuningPanel::TuningPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_generalErrors(new QLabel(this))
    , m_headers(new HeaderListModel(this))
    , m_headerView(new QTableView(this))
    , m_preview(new BackoffPreview(this))
    , m_previewCaption(new QLabel(this))
    , m_liveBox(new QCheckBox(tr("Apply while editing"), this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_groupButton(new QPushButton(tr("Apply to &Group"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_addButton(new QToolButton(this))
    , m_duplicateButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_engineState(new QLabel(this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tuningPanel"));
    m_savePathProvider = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save Configuration"), m_path,
                                            tr("Configuration (*.json)"));
    };

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_generalErrors->setWordWrap(true);
    m_generalErrors->hide();

    m_addButton->setText(tr("New"));
    m_addButton->setToolTip(tr("Add an endpoint (disabled until you enable it)"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_duplicateButton->setToolTip(tr("Copy this endpoint under a new id"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove this endpoint (Revert brings it back until you save)"));
    connect(m_addButton, &QToolButton::clicked, this, &TuningPanel::addEndpoint);
    connect(m_duplicateButton, &QToolButton::clicked, this, &TuningPanel::duplicateEndpoint);
    connect(m_removeButton, &QToolButton::clicked, this, &TuningPanel::removeEndpoint);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_addButton);
    top->addWidget(m_duplicateButton);
    top->addWidget(m_removeButton);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addWidget(m_generalErrors);
    contentLayout->addWidget(buildRetry());
    contentLayout->addWidget(buildRateLimit());
    contentLayout->addWidget(buildBreaker());
    contentLayout->addWidget(buildTimeouts());
    contentLayout->addWidget(buildGeneral());
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_liveBox->setChecked(true);
    m_liveBox->setToolTip(tr("Valid changes reach the running engine a moment after you stop "
                             "typing"));
    connect(m_liveBox, &QCheckBox::toggled, this, &TuningPanel::setLiveApply);
    m_applyButton->setToolTip(tr("Apply this endpoint's settings to the running engine "
                                 "(Ctrl+Return)"));
    m_groupButton->setToolTip(tr("Give every endpoint of this group the same retry, rate "
                                 "limit, breaker, timeout and concurrency settings"));
    m_revertButton->setToolTip(tr("Return every endpoint to the configuration as loaded or "
                                  "last saved"));
    m_saveButton->setToolTip(tr("Write the configuration file (Ctrl+S)"));
    connect(m_applyButton, &QPushButton::clicked, this, &TuningPanel::apply);
    connect(m_groupButton, &QPushButton::clicked, this, &TuningPanel::applyToGroup);
    connect(m_revertButton, &QPushButton::clicked, this, &TuningPanel::revert);
    connect(m_saveButton, &QPushButton::clicked, this, &TuningPanel::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_liveBox);
    buttons->addStretch(1);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_groupButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_engineState->setWordWrap(true);
    m_engineState->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_engineState);

    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(liveApplyDelay);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        if (m_formDirty)
            apply();
    });
    connect(m_headers, &HeaderListModel::edited, this, &TuningPanel::onEdited);

    setMinimumWidth(380);
    loadForm(EndpointConfig());
}

TuningPanel::~TuningPanel() = default;

void TuningPanel::addRow(QFormLayout *form, const QString &label, const QString &key,
                         QWidget *editor, const QString &toolTip)
{
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    auto *error = new QLabel;
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    cellLayout->addWidget(editor);
    cellLayout->addWidget(error);
    editor->setToolTip(toolTip.isEmpty() ? key : toolTip + QStringLiteral("\n(") + key
                                                   + QLatin1Char(')'));
    editor->setObjectName(key);
    form->addRow(label, cell);
    m_fields.insert(key, {editor, error});
    watch(editor);
}

void TuningPanel::watch(QWidget *editor)
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &TuningPanel::onEdited);
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        connect(dspin, &QDoubleSpinBox::valueChanged, this, &TuningPanel::onEdited);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, &TuningPanel::onEdited);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, &TuningPanel::onEdited);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, &TuningPanel::onEdited);
}

QWidget *TuningPanel::buildRetry()
{
    auto *box = new QGroupBox(tr("Retry and backoff"));
    auto *form = new QFormLayout(box);
    addRow(form, tr("Attempts"), QStringLiteral("retry.maxAttempts"), intSpin(0, 1000),
           tr("Attempts including the first; 1 never retries"));
    addRow(form, tr("Backoff"), QStringLiteral("retry.backoff"),
           choiceBox<BackoffKind>({{tr("exponential"), BackoffKind::Exponential},
                                   {tr("linear"), BackoffKind::Linear},
                                   {tr("constant"), BackoffKind::Constant}}));
    addRow(form, tr("Multiplier"), QStringLiteral("retry.multiplier"),
           doubleSpin(0, 1000, 2, 0.5), tr("Growth per retry, for exponential backoff"));
    addRow(form, tr("Base delay"), QStringLiteral("retry.baseDelayMs"),
           intSpin(0, INT_MAX, tr(" ms")));
    addRow(form, tr("Maximum delay"), QStringLiteral("retry.maxDelayMs"),
           intSpin(0, INT_MAX, tr(" ms")), tr("Cap on the wait, applied before jitter"));
    addRow(form, tr("Minimum delay"), QStringLiteral("retry.minDelayMs"),
           intSpin(0, INT_MAX, tr(" ms")));
    addRow(form, tr("Jitter"), QStringLiteral("retry.jitter"),
           choiceBox<Jitter>({{tr("full"), Jitter::Full},
                              {tr("equal"), Jitter::Equal},
                              {tr("decorrelated"), Jitter::Decorrelated},
                              {tr("none"), Jitter::None}}));
    addRow(form, tr("Longest server wait"), QStringLiteral("retry.maxServerDelayMs"),
           intSpin(0, INT_MAX, tr(" ms")),
           tr("A Retry-After longer than this is not waited for in-line"));
    auto *retryOn = new QLineEdit;
    retryOn->setPlaceholderText(tr("never retry"));
    addRow(form, tr("Retry on"), QStringLiteral("retry.retryOn"), retryOn,
           tr("Comma-separated: network_error, timeout, rate_limited, server_error (500, 502, "
              "503, 504), 5xx, or HTTP status numbers"));
    addRow(form, tr("Retry budget"), QStringLiteral("retryBudget.enabled"),
           new QCheckBox(tr("Cap retries at a share of first attempts")));
    addRow(form, tr("Budget ratio"), QStringLiteral("retryBudget.ratio"),
           doubleSpin(-1, 100, 2, 0.05), tr("Retries allowed per first attempt in the window"));
    addRow(form, tr("Budget window"), QStringLiteral("retryBudget.windowSeconds"),
           intSpin(0, INT_MAX, tr(" s")));
    addRow(form, tr("Budget floor"), QStringLiteral("retryBudget.minRetriesPerSecond"),
           doubleSpin(-1, 1e6, 2, 0.5, tr(" /s")),
           tr("Retries allowed per second however few first attempts there were"));
    m_previewCaption->setWordWrap(true);
    form->addRow(m_preview);
    form->addRow(m_previewCaption);
    return box;
}

QWidget *TuningPanel::buildRateLimit()
{
    auto *box = new QGroupBox(tr("Rate limit"));
    auto *form = new QFormLayout(box);
    addRow(form, tr("Requests per second"), QStringLiteral("rateLimit.requestsPerSecond"),
           doubleSpin(-1, 1e6, 2, 1), tr("0 means unlimited"));
    addRow(form, tr("Burst"), QStringLiteral("rateLimit.burst"), doubleSpin(0, 1e6, 1, 1),
           tr("Bucket size"));
    auto *adaptive = new QCheckBox(tr("Slow down on each 429"));
    addRow(form, tr("Adaptive"), QStringLiteral("rateLimit.adaptive"), adaptive);
    addRow(form, tr("Decrease factor"), QStringLiteral("rateLimit.decreaseFactor"),
           doubleSpin(0, 10, 2, 0.05), tr("Each 429 multiplies the rate by this"));
    addRow(form, tr("Recovery"), QStringLiteral("rateLimit.increasePerSecond"),
           doubleSpin(-1, 1e6, 2, 0.1, tr(" /s per s")),
           tr("Requests/s regained per second of success; 0 for 5% of the rate at the last "
              "429"));
    addRow(form, tr("Reset header format"), QStringLiteral("resetFormat"),
           choiceBox<ResetFormat>({{tr("detect"), ResetFormat::Auto},
                                   {tr("epoch seconds"), ResetFormat::EpochSeconds},
                                   {tr("epoch milliseconds"), ResetFormat::EpochMillis},
                                   {tr("seconds from now"), ResetFormat::DeltaSeconds},
                                   {tr("HTTP date"), ResetFormat::HttpDate},
                                   {tr("ISO 8601 time"), ResetFormat::Iso8601},
                                   {tr("duration"), ResetFormat::Duration}}),
           tr("How this API writes X-RateLimit-Reset style headers"));
    addRow(form, tr("Client throttling"), QStringLiteral("adaptiveThrottle.enabled"),
           new QCheckBox(tr("Drop attempts locally while the server rejects many")));
    addRow(form, tr("Throttle k"), QStringLiteral("adaptiveThrottle.k"),
           doubleSpin(0, 1000, 2, 0.1),
           tr("Accepts needed per request before nothing is dropped; 2 tolerates half failing"));
    addRow(form, tr("Throttle window"), QStringLiteral("adaptiveThrottle.windowSeconds"),
           intSpin(0, INT_MAX, tr(" s")), tr("Keep it longer than the longest timeout"));
    return box;
}

QWidget *TuningPanel::buildBreaker()
{
    auto *box = new QGroupBox(tr("Circuit breaker"));
    auto *form = new QFormLayout(box);
    addRow(form, tr("Mode"), QStringLiteral("breaker.mode"),
           choiceBox<BreakerMode>({{tr("automatic"), BreakerMode::Automatic},
                                   {tr("held open"), BreakerMode::ForcedOpen},
                                   {tr("held closed"), BreakerMode::ForcedClosed},
                                   {tr("metrics only"), BreakerMode::MetricsOnly},
                                   {tr("disabled"), BreakerMode::Disabled}}));
    addRow(form, tr("Failure rate to open"), QStringLiteral("breaker.failureRateThreshold"),
           doubleSpin(0, 2, 2, 0.05));
    addRow(form, tr("Minimum calls"), QStringLiteral("breaker.minimumCalls"),
           intSpin(0, INT_MAX), tr("No verdict before this many calls in the window"));
    addRow(form, tr("Window"), QStringLiteral("breaker.windowSeconds"),
           intSpin(0, INT_MAX, tr(" s")));
    addRow(form, tr("Open for"), QStringLiteral("breaker.openSeconds"),
           intSpin(0, INT_MAX, tr(" s")), tr("Time open before half-open"));
    addRow(form, tr("Half-open probes"), QStringLiteral("breaker.halfOpenProbes"),
           intSpin(0, 100000));
    addRow(form, tr("Slow call"), QStringLiteral("breaker.slowCallMs"),
           intSpin(0, INT_MAX, tr(" ms")));
    addRow(form, tr("Slow rate to open"), QStringLiteral("breaker.slowCallRateThreshold"),
           doubleSpin(0, 2, 2, 0.05));
    addRow(form, tr("Window kind"), QStringLiteral("breaker.windowKind"),
           choiceBox<BreakerSettings::WindowKind>(
               {{tr("time"), BreakerSettings::WindowKind::Time},
                {tr("count"), BreakerSettings::WindowKind::Count}}),
           tr("The calls of the last Window seconds, or the last Window size calls"));
    addRow(form, tr("Window size"), QStringLiteral("breaker.windowSize"),
           intSpin(0, INT_MAX, tr(" calls")), tr("For a count window"));
    addRow(form, tr("Open backoff"), QStringLiteral("breaker.openBackoffMultiplier"),
           doubleSpin(0, 1000, 2, 0.5),
           tr("Each re-open from half-open multiplies the open time by this"));
    addRow(form, tr("Longest open"), QStringLiteral("breaker.maxOpenSeconds"),
           intSpin(0, INT_MAX, tr(" s")), tr("Ceiling for the grown open time"));
    return box;
}

QWidget *TuningPanel::buildTimeouts()
{
    auto *box = new QGroupBox(tr("Timeouts and concurrency"));
    auto *form = new QFormLayout(box);
    addRow(form, tr("Timeout"), QStringLiteral("timeoutMs"), intSpin(0, INT_MAX, tr(" ms")),
           tr("Per-attempt deadline"));
    addRow(form, tr("Deadline"), QStringLiteral("retry.deadlineMs"),
           intSpin(0, INT_MAX, tr(" ms")),
           tr("For the whole piece of work, retries included; 0 for none"));
    addRow(form, tr("In flight at most"), QStringLiteral("maxInFlight"), intSpin(0, 100000));
    return box;
}

QWidget *TuningPanel::buildGeneral()
{
    auto *box = new QGroupBox(tr("Endpoint"));
    auto *form = new QFormLayout(box);
    addRow(form, tr("Id"), QStringLiteral("id"), new QLineEdit,
           tr("Unique; used in CSV, logs and metrics"));
    addRow(form, tr("Name"), QStringLiteral("name"), new QLineEdit);
    addRow(form, tr("Group"), QStringLiteral("group"), new QLineEdit,
           tr("Endpoints of one group can be tuned together"));
    addRow(form, tr("URL"), QStringLiteral("url"), new QLineEdit);
    auto *method = new QComboBox;
    for (const char *name : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        method->addItem(QString::fromLatin1(name));
    addRow(form, tr("Method"), QStringLiteral("method"), method);
    addRow(form, tr("Interval"), QStringLiteral("intervalMs"), intSpin(0, INT_MAX, tr(" ms")),
           tr("One poll per interval"));
    addRow(form, tr("Enabled"), QStringLiteral("enabled"), new QCheckBox(tr("Poll it")));

    m_headerView->setModel(m_headers);
    m_headerView->verticalHeader()->hide();
    m_headerView->horizontalHeader()->setStretchLastSection(true);
    m_headerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerView->setMinimumHeight(90);
    m_headerView->setMaximumHeight(140);
    auto *headerCell = new QWidget;
    auto *headerLayout = new QVBoxLayout(headerCell);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    auto *addHeader = new QToolButton;
    addHeader->setText(tr("Add Header"));
    auto *removeHeader = new QToolButton;
    removeHeader->setText(tr("Remove Header"));
    connect(addHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->addHeader("X-Header");
        m_headerView->edit(m_headers->index(row, HeaderListModel::Name));
    });
    connect(removeHeader, &QToolButton::clicked, this, [this] {
        m_headers->removeHeader(m_headerView->currentIndex().row());
    });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    headerLayout->addWidget(m_headerView);
    headerLayout->addLayout(headerButtons);
    addRow(form, tr("Headers"), QStringLiteral("headers"), headerCell,
           tr("Secret values and ${env:...} / ${file:...} references are hidden"));
    return box;
}

void TuningPanel::setConfig(const QList<EndpointConfig> &endpoints, const QString &path)
{
    m_saved = endpoints;
    m_endpoints = endpoints;
    m_path = path;
    const QString previous = m_currentId;
    m_currentId.clear();
    const bool keep = std::any_of(endpoints.begin(), endpoints.end(),
                                  [&](const EndpointConfig &e) { return e.id == previous; });
    setCurrentEndpoint(keep ? previous : (endpoints.isEmpty() ? QString() : endpoints.first().id));
    setStatus(path.isEmpty() ? tr("Not saved to a file yet: Save asks where.")
                             : tr("Loaded from %1.").arg(path));
}

int TuningPanel::currentIndex() const
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).id == m_currentId)
            return int(i);
    }
    return -1;
}

void TuningPanel::setCurrentEndpoint(const QString &id)
{
    if (id == m_currentId && currentIndex() >= 0)
        return;
    if (m_formDirty && currentIndex() >= 0) {
        if (!apply())
            setStatus(tr("Edits of %1 were not valid and were dropped.").arg(m_currentId), true);
    }
    m_currentId = id;
    const int index = currentIndex();
    loadForm(index >= 0 ? m_endpoints.at(index) : EndpointConfig());
    m_engineStateValue = EngineState::Unknown;
    if (m_haveRunning)
        confirmApplied(m_running);
    showEngineState();
}

void TuningPanel::setLiveApply(bool live)
{
    m_live = live;
    if (m_liveBox->isChecked() != live)
        m_liveBox->setChecked(live);
    if (!live)
        m_liveTimer->stop();
}

void TuningPanel::loadForm(const EndpointConfig &e)
{
    m_loading = true;
    const auto spin = [this](const QString &key, int value) {
        static_cast<QSpinBox *>(m_fields.value(key).editor)
            ->setValue(int(std::clamp<qint64>(value, INT_MIN, INT_MAX)));
    };
    const auto dspin = [this](const QString &key, double value) {
        static_cast<QDoubleSpinBox *>(m_fields.value(key).editor)->setValue(value);
    };
    const auto text = [this](const QString &key, const QString &value) {
        static_cast<QLineEdit *>(m_fields.value(key).editor)->setText(value);
    };
    const auto check = [this](const QString &key, bool value) {
        static_cast<QCheckBox *>(m_fields.value(key).editor)->setChecked(value);
    };
    const auto combo = [this](const QString &key) {
        return static_cast<QComboBox *>(m_fields.value(key).editor);
    };
    text(QStringLiteral("id"), e.id);
    text(QStringLiteral("name"), e.name);
    text(QStringLiteral("group"), e.group);
    QUrl shownUrl = e.url;
    m_urlPassword = e.url.password();
    if (!m_urlPassword.isEmpty())
        shownUrl.setPassword(urlPasswordMask);
    text(QStringLiteral("url"), shownUrl.toString());
    combo(QStringLiteral("method"))->setCurrentText(QString::fromLatin1(e.method));
    spin(QStringLiteral("intervalMs"), int(e.interval.count()));
    check(QStringLiteral("enabled"), e.enabled);
    m_headers->setHeaders(e.headers);
    spin(QStringLiteral("timeoutMs"), int(e.timeout.count()));
    spin(QStringLiteral("retry.deadlineMs"), int(e.retry.deadline.count()));
    spin(QStringLiteral("maxInFlight"), e.maxInFlight);
    spin(QStringLiteral("retry.maxAttempts"), e.retry.maxAttempts);
    selectChoice(combo(QStringLiteral("retry.backoff")), int(e.retry.kind));
    dspin(QStringLiteral("retry.multiplier"), e.retry.multiplier);
    spin(QStringLiteral("retry.baseDelayMs"), int(e.retry.baseDelay.count()));
    spin(QStringLiteral("retry.maxDelayMs"), int(e.retry.maxDelay.count()));
    spin(QStringLiteral("retry.minDelayMs"), int(e.retry.minDelay.count()));
    selectChoice(combo(QStringLiteral("retry.jitter")), int(e.retry.jitter));
    spin(QStringLiteral("retry.maxServerDelayMs"), int(e.retry.maxServerDelay.count()));
    dspin(QStringLiteral("rateLimit.requestsPerSecond"), e.rateLimit.requestsPerSecond);
    dspin(QStringLiteral("rateLimit.burst"), e.rateLimit.burst);
    check(QStringLiteral("rateLimit.adaptive"), e.rateLimit.adaptive);
    selectChoice(combo(QStringLiteral("breaker.mode")), int(e.breakerMode));
    dspin(QStringLiteral("breaker.failureRateThreshold"), e.breaker.failureRateThreshold);
    spin(QStringLiteral("breaker.minimumCalls"), e.breaker.minimumCalls);
    spin(QStringLiteral("breaker.windowSeconds"), int(e.breaker.window.count()));
    spin(QStringLiteral("breaker.openSeconds"), int(e.breaker.openDuration.count()));
    spin(QStringLiteral("breaker.halfOpenProbes"), e.breaker.halfOpenProbes);
    spin(QStringLiteral("breaker.slowCallMs"), int(e.breaker.slowCall.count()));
    dspin(QStringLiteral("breaker.slowCallRateThreshold"), e.breaker.slowCallRateThreshold);
    selectChoice(combo(QStringLiteral("breaker.windowKind")), int(e.breaker.windowKind));
    spin(QStringLiteral("breaker.windowSize"), e.breaker.windowSize);
    dspin(QStringLiteral("breaker.openBackoffMultiplier"), e.breaker.openBackoffMultiplier);
    spin(QStringLiteral("breaker.maxOpenSeconds"), int(e.breaker.maxOpenDuration.count()));
    text(QStringLiteral("retry.retryOn"),
         e.retry.retryOn.toNames().join(QStringLiteral(", ")));
    check(QStringLiteral("retryBudget.enabled"), e.retryBudget.enabled);
    dspin(QStringLiteral("retryBudget.ratio"), e.retryBudget.ratio);
    spin(QStringLiteral("retryBudget.windowSeconds"), int(e.retryBudget.window.count()));
    dspin(QStringLiteral("retryBudget.minRetriesPerSecond"), e.retryBudget.minRetriesPerSecond);
    dspin(QStringLiteral("rateLimit.decreaseFactor"), e.rateLimit.decreaseFactor);
    dspin(QStringLiteral("rateLimit.increasePerSecond"), e.rateLimit.increasePerSecond);
    selectChoice(combo(QStringLiteral("resetFormat")), int(e.resetFormat));
    check(QStringLiteral("adaptiveThrottle.enabled"), e.adaptiveThrottle.enabled);
    dspin(QStringLiteral("adaptiveThrottle.k"), e.adaptiveThrottle.k);
    spin(QStringLiteral("adaptiveThrottle.windowSeconds"),
         int(e.adaptiveThrottle.window.count()));
    m_loading = false;
    m_formDirty = false;
    m_liveTimer->stop();
    showEngineState();
    m_title->setText(e.id.isEmpty() ? tr("No endpoint selected")
                                    : (e.name.isEmpty() ? e.id : e.name));
    validate();
    m_preview->setSettings(formConfig().retry);
    updateButtons();
}

EndpointConfig TuningPanel::formConfig() const
{
    const int index = currentIndex();
    EndpointConfig e = index >= 0 ? m_endpoints.at(index) : EndpointConfig();
    const auto spin = [this](const QString &key) {
        return static_cast<QSpinBox *>(m_fields.value(key).editor)->value();
    };
    const auto dspin = [this](const QString &key) {
        return static_cast<QDoubleSpinBox *>(m_fields.value(key).editor)->value();
    };
    const auto text = [this](const QString &key) {
        return static_cast<QLineEdit *>(m_fields.value(key).editor)->text();
    };
    const auto check = [this](const QString &key) {
        return static_cast<QCheckBox *>(m_fields.value(key).editor)->isChecked();
    };
    const auto combo = [this](const QString &key) {
        return static_cast<QComboBox *>(m_fields.value(key).editor);
    };
    e.id = text(QStringLiteral("id")).trimmed();
    e.name = text(QStringLiteral("name")).trimmed();
    e.group = text(QStringLiteral("group")).trimmed();
    e.url = QUrl(text(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
    if (!m_urlPassword.isEmpty() && e.url.password() == urlPasswordMask)
        e.url.setPassword(m_urlPassword);
    e.method = combo(QStringLiteral("method"))->currentText().toLatin1();
    e.interval = Millis(spin(QStringLiteral("intervalMs")));
    e.enabled = check(QStringLiteral("enabled"));
    e.headers = m_headers->headers();
    e.timeout = Millis(spin(QStringLiteral("timeoutMs")));
    e.retry.deadline = Millis(spin(QStringLiteral("retry.deadlineMs")));
    e.maxInFlight = spin(QStringLiteral("maxInFlight"));
    e.retry.maxAttempts = spin(QStringLiteral("retry.maxAttempts"));
    e.retry.kind = choiceOf<BackoffKind>(combo(QStringLiteral("retry.backoff")));
    e.retry.multiplier = dspin(QStringLiteral("retry.multiplier"));
    e.retry.baseDelay = Millis(spin(QStringLiteral("retry.baseDelayMs")));
    e.retry.maxDelay = Millis(spin(QStringLiteral("retry.maxDelayMs")));
    e.retry.minDelay = Millis(spin(QStringLiteral("retry.minDelayMs")));
    e.retry.jitter = choiceOf<Jitter>(combo(QStringLiteral("retry.jitter")));
    e.retry.maxServerDelay = Millis(spin(QStringLiteral("retry.maxServerDelayMs")));
    e.rateLimit.requestsPerSecond = dspin(QStringLiteral("rateLimit.requestsPerSecond"));
    e.rateLimit.burst = dspin(QStringLiteral("rateLimit.burst"));
    e.rateLimit.adaptive = check(QStringLiteral("rateLimit.adaptive"));
    e.breakerMode = choiceOf<BreakerMode>(combo(QStringLiteral("breaker.mode")));
    e.breaker.failureRateThreshold = dspin(QStringLiteral("breaker.failureRateThreshold"));
    e.breaker.minimumCalls = spin(QStringLiteral("breaker.minimumCalls"));
    e.breaker.window = std::chrono::seconds(spin(QStringLiteral("breaker.windowSeconds")));
    e.breaker.openDuration = std::chrono::seconds(spin(QStringLiteral("breaker.openSeconds")));
    e.breaker.halfOpenProbes = spin(QStringLiteral("breaker.halfOpenProbes"));
    e.breaker.slowCall = Millis(spin(QStringLiteral("breaker.slowCallMs")));
    e.breaker.slowCallRateThreshold = dspin(QStringLiteral("breaker.slowCallRateThreshold"));
    e.breaker.windowKind
        = choiceOf<BreakerSettings::WindowKind>(combo(QStringLiteral("breaker.windowKind")));
    e.breaker.windowSize = spin(QStringLiteral("breaker.windowSize"));
    e.breaker.openBackoffMultiplier = dspin(QStringLiteral("breaker.openBackoffMultiplier"));
    e.breaker.maxOpenDuration
        = std::chrono::seconds(spin(QStringLiteral("breaker.maxOpenSeconds")));
    // A list that does not parse keeps the last valid one; validate() names the problem.
    if (const auto retryOn = parseRetryOn(text(QStringLiteral("retry.retryOn")), nullptr))
        e.retry.retryOn = *retryOn;
    e.retryBudget.enabled = check(QStringLiteral("retryBudget.enabled"));
    e.retryBudget.ratio = dspin(QStringLiteral("retryBudget.ratio"));
    e.retryBudget.window
        = std::chrono::seconds(spin(QStringLiteral("retryBudget.windowSeconds")));
    e.retryBudget.minRetriesPerSecond = dspin(QStringLiteral("retryBudget.minRetriesPerSecond"));
    e.rateLimit.decreaseFactor = dspin(QStringLiteral("rateLimit.decreaseFactor"));
    e.rateLimit.increasePerSecond = dspin(QStringLiteral("rateLimit.increasePerSecond"));
    e.resetFormat = choiceOf<ResetFormat>(combo(QStringLiteral("resetFormat")));
    e.adaptiveThrottle.enabled = check(QStringLiteral("adaptiveThrottle.enabled"));
    e.adaptiveThrottle.k = dspin(QStringLiteral("adaptiveThrottle.k"));
    e.adaptiveThrottle.window
        = std::chrono::seconds(spin(QStringLiteral("adaptiveThrottle.windowSeconds")));
    return e;
}

void TuningPanel::onEdited()
{
    if (m_loading)
        return;
    m_formDirty = true;
    const bool valid = validate();
    m_preview->setSettings(formConfig().retry);
    updateButtons();
    showEngineState();
    if (!valid) {
        m_liveTimer->stop();
        setStatus(tr("Not applied: %n field(s) need attention.", nullptr, int(m_errors.size())),
                  true);
        return;
    }
    const int index = currentIndex();
    if (m_live && index >= 0 && changesTarget(m_checked, m_endpoints.at(index))) {
        m_liveTimer->stop();
        setStatus(tr("Id, URL, method or headers changed: press Apply to use them."));
        return;
    }
    setStatus(m_live ? tr("Applying…") : tr("Edited; Apply sends it to the engine."));
    if (m_live)
        m_liveTimer->start();
}

bool TuningPanel::validate()
{
    m_errors.clear();
    if (currentIndex() < 0) {
        showErrors();
        return false;
    }
    const EndpointConfig edited = formConfig();
    EndpointCheck check = checkEndpoint(edited);
    m_errors = check.errors;
    QString retryOnProblem;
    const QString retryOnText
        = static_cast<QLineEdit *>(m_fields.value(QStringLiteral("retry.retryOn")).editor)
              ->text();
    if (!parseRetryOn(retryOnText, &retryOnProblem))
        m_errors.append(QStringLiteral("retry.retryOn: ") + retryOnProblem);
    for (const EndpointConfig &other : std::as_const(m_endpoints)) {
        if (other.id != m_currentId && other.id == edited.id)
            m_errors.append(QStringLiteral("id: ") + duplicateIdError(edited.id));
    }
    if (m_errors.isEmpty())
        m_checked = check.endpoint;
    showErrors();
    return m_errors.isEmpty();
}

void TuningPanel::showErrors()
{
    QHash<QString, QStringList> byKey;
    QStringList general;
    for (const QString &error : std::as_const(m_errors)) {
        const QString key = keyOfError(error);
        if (m_fields.contains(key))
            byKey[key].append(reasonOfError(error));
        else
            general.append(error);
    }
    const QColor bad = toneColour(Tone::Bad, palette());
    const QString style = QStringLiteral("color: %1").arg(bad.name());
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QStringList reasons = byKey.value(it.key());
        it->error->setText(reasons.join(QLatin1Char('\n')));
        it->error->setStyleSheet(style);
        it->error->setVisible(!reasons.isEmpty());
    }
    m_generalErrors->setText(general.join(QLatin1Char('\n')));
    m_generalErrors->setStyleSheet(style);
    m_generalErrors->setVisible(!general.isEmpty());

    // The caption under the preview sums up what the schedule means.
    const QList<BackoffStep> &schedule = m_preview->schedule();
    qint64 worst = 0;
    for (const BackoffStep &step : schedule)
        worst += step.high.count();
    const QLocale locale;
    m_previewCaption->setText(
        schedule.isEmpty()
            ? tr("One attempt: no retries, no waits.")
            : tr("Wait before each retry: the band is the jitter range, the dashed line the "
                 "wait without jitter. %n retries; waits add up to at most %1 s before the last "
                 "attempt.",
                 nullptr, int(schedule.size()))
                  .arg(locale.toString(double(worst) / 1000.0, 'f', 1)));
}

bool TuningPanel::apply()
{
    m_liveTimer->stop();
    const int index = currentIndex();
    if (index < 0)
        return false;
    if (!validate()) {
        setStatus(tr("Not applied: %n field(s) need attention.", nullptr, int(m_errors.size())),
                  true);
        return false;
    }
    m_formDirty = false;
    if (m_endpoints.at(index) == m_checked) {
        setStatus(tr("No change to apply."));
        showEngineState();
        return true;
    }
    const bool renamed = m_checked.id != m_currentId;
    m_endpoints[index] = m_checked;
    m_currentId = m_checked.id;
    m_title->setText(m_checked.name);
    setStatus(tr("Applied %1 at %2; not saved yet.")
                  .arg(m_checked.id, QLocale().toString(QTime::currentTime(),
                                                        QLocale::ShortFormat)));
    m_engineStateValue = EngineState::Waiting;
    showEngineState();
    updateButtons();
    emit endpointsChanged(m_endpoints);
    if (renamed)
        emit currentEndpointChanged(m_currentId);
    return true;
}

int TuningPanel::applyToGroup()
{
    if (!apply())
        return 0;
    const EndpointConfig &source = m_endpoints.at(currentIndex());
    if (source.group.isEmpty()) {
        setStatus(tr("%1 belongs to no group; set one under Endpoint.").arg(source.id), true);
        return 0;
    }
    int changed = 0;
    for (EndpointConfig &e : m_endpoints) {
        if (e.id == source.id || e.group != source.group)
            continue;
        EndpointConfig next = e;
        next.retry = source.retry;
        next.rateLimit = source.rateLimit;
        next.breaker = source.breaker;
        next.breakerMode = source.breakerMode;
        next.retryBudget = source.retryBudget;
        next.adaptiveThrottle = source.adaptiveThrottle;
        next.resetFormat = source.resetFormat;
        next.timeout = source.timeout;
        next.maxInFlight = source.maxInFlight;
        if (next != e) {
            e = next;
            ++changed;
        }
    }
    setStatus(tr("Applied to %n other endpoint(s) of group %1.", nullptr, changed)
                  .arg(source.group));
    if (changed > 0) {
        updateButtons();
        emit endpointsChanged(m_endpoints);
    }
    return changed;
}

void TuningPanel::revert()
{
    m_liveTimer->stop();
    m_formDirty = false;
    const bool changed = m_endpoints != m_saved;
    m_endpoints = m_saved;
    const QString previous = m_currentId;
    m_currentId.clear();
    const bool keep = std::any_of(m_endpoints.begin(), m_endpoints.end(),
                                  [&](const EndpointConfig &e) { return e.id == previous; });
    setCurrentEndpoint(keep ? previous
                            : (m_endpoints.isEmpty() ? QString() : m_endpoints.first().id));
    setStatus(tr("Reverted to the configuration as last loaded or saved."));
    if (changed) {
        m_engineStateValue = EngineState::Waiting;
        showEngineState();
        emit endpointsChanged(m_endpoints);
    }
    if (m_currentId != previous)
        emit currentEndpointChanged(m_currentId);
}

bool TuningPanel::save()
{
    if (m_path.isEmpty())
        return saveAs();
    return writeTo(m_path);
}

bool TuningPanel::saveAs()
{
    const QString path = m_savePathProvider ? m_savePathProvider() : QString();
    if (path.isEmpty())
        return false;
    return writeTo(path);
}

bool TuningPanel::writeTo(const QString &path)
{
    // Save what the form shows: pending valid edits go in first, invalid ones stop the save.
    if (m_formDirty && !apply()) {
        setStatus(tr("Not saved: %n field(s) need attention.", nullptr, int(m_errors.size())),
                  true);
        return false;
    }
    const auto written = saveConfigFile(path, Config{1, m_endpoints});
    if (!written) {
        setStatus(tr("Not saved to %1: %2. The file on disk is unchanged.")
                      .arg(path, written.error()),
                  true);
        return false;
    }
    m_path = path;
    m_saved = m_endpoints;
    setStatus(tr("Saved to %1 (readable by you only).").arg(path));
    updateButtons();
    emit savedTo(path);
    return true;
}

QString TuningPanel::uniqueId(const QString &stem) const
{
    const auto taken = [this](const QString &id) {
        return std::any_of(m_endpoints.begin(), m_endpoints.end(),
                           [&](const EndpointConfig &e) { return e.id == id; });
    };
    QString base = stem.left(56);
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

void TuningPanel::insertEndpoint(EndpointConfig endpoint)
{
    // New endpoints start disabled: nothing is sent until someone has looked at the URL.
    endpoint.enabled = false;
    const int index = currentIndex();
    const qsizetype at = index >= 0 ? index + 1 : m_endpoints.size();
    m_endpoints.insert(at, endpoint);
    m_formDirty = false;
    m_currentId.clear();
    setCurrentEndpoint(endpoint.id);
    setStatus(tr("Added %1, disabled: check its URL, tick Enabled, and it starts.")
                  .arg(endpoint.id));
    emit endpointsChanged(m_endpoints);
    emit currentEndpointChanged(endpoint.id);
}

void TuningPanel::addEndpoint()
{
    if (m_formDirty && !apply())
        return;
    EndpointConfig endpoint;
    endpoint.id = uniqueId(QStringLiteral("endpoint"));
    endpoint.name = tr("New endpoint");
    endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:8080/health"));
    const auto check = checkEndpoint(endpoint);
    insertEndpoint(check.errors.isEmpty() ? check.endpoint : endpoint);
}

void TuningPanel::duplicateEndpoint()
{
    if (m_formDirty && !apply())
        return;
    const int index = currentIndex();
    if (index < 0)
        return;
    EndpointConfig copy = m_endpoints.at(index);
    copy.id = uniqueId(copy.id + QStringLiteral("-copy"));
    copy.name = tr("%1 (copy)").arg(copy.name.isEmpty() ? m_endpoints.at(index).id : copy.name);
    insertEndpoint(copy);
}

void TuningPanel::removeEndpoint()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    const QString removed = m_currentId;
    m_endpoints.removeAt(index);
    m_formDirty = false;
    m_currentId.clear();
    const qsizetype nextIndex = std::min<qsizetype>(index, m_endpoints.size() - 1);
    const QString next = m_endpoints.isEmpty() ? QString() : m_endpoints.at(nextIndex).id;
    setCurrentEndpoint(next);
    setStatus(tr("Removed %1; Revert brings it back until you save.").arg(removed));
    emit endpointsChanged(m_endpoints);
    emit currentEndpointChanged(next);
}

void TuningPanel::confirmApplied(const QList<EndpointConfig> &running)
{
    if (&running != &m_running) {
        m_running = running;
        m_haveRunning = true;
    }
    const int index = currentIndex();
    const auto it = std::find_if(running.begin(), running.end(), [this](const EndpointConfig &e) {
        return e.id == m_currentId;
    });
    if (index < 0)
        m_engineStateValue = EngineState::Unknown;
    else if (it != running.end() && *it == m_endpoints.at(index))
        m_engineStateValue = EngineState::Runs;
    else
        m_engineStateValue = EngineState::Differs;
    showEngineState();
}

void TuningPanel::showEngineState()
{
    switch (m_engineStateValue) {
    case EngineState::Unknown:
        m_engineState->clear();
        return;
    case EngineState::Waiting:
        m_engineState->setText(tr("Waiting for the engine to confirm…"));
        return;
    case EngineState::Runs:
        m_engineState->setText(m_formDirty ? tr("The engine runs the settings last applied, "
                                                "not these edits.")
                                           : tr("The engine runs these settings."));
        return;
    case EngineState::Differs:
        m_engineState->setText(tr("The engine has not taken these settings yet."));
        return;
    }
}

QWidget *TuningPanel::field(const QString &key) const
{
    return m_fields.value(key).editor;
}

QString TuningPanel::errorText(const QString &key) const
{
    const Field field = m_fields.value(key);
    return field.error && field.error->isVisibleTo(this) ? field.error->text() : QString();
}

QString TuningPanel::statusText() const
{
    return m_status->text();
}

QString TuningPanel::engineStateText() const
{
    return m_engineState->text();
}

void TuningPanel::setSavePathProvider(std::function<QString()> provider)
{
    m_savePathProvider = std::move(provider);
}

void TuningPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        problem ? QStringLiteral("color: %1").arg(toneColour(Tone::Bad, palette()).name())
                : QString());
}

void TuningPanel::updateButtons()
{
    const int index = currentIndex();
    const bool has = index >= 0;
    m_applyButton->setEnabled(has);
    m_groupButton->setEnabled(has && !m_endpoints.at(index).group.isEmpty());
    m_duplicateButton->setEnabled(has);
    m_removeButton->setEnabled(has);
    m_revertButton->setEnabled(m_endpoints != m_saved || m_formDirty);
    m_saveButton->setEnabled(m_path.isEmpty() || m_endpoints != m_saved || m_formDirty);
}

void TuningPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showErrors();
}

} // namespace bw
