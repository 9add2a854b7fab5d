// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoffpreview.h"
#include "config/configloader.h"
#include "endpointtablemodel.h"
#include "headerlistmodel.h"
#include "healthnotifier.h"
#include "mainwindow.h"
#include "palette.h"
#include "pipeline/enginehost.h"
#include "testpeers.h"
#include "tuningpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bw;

namespace {

constexpr char secret[] = "s3cr3t-token-value";

/// Endpoints on a loopback port nobody listens on: every attempt is refused at once, so the
/// engine runs for real without sending anything anywhere.
QList<EndpointConfig> loopbackEndpoints(quint16 port)
{
    QList<EndpointConfig> list;
    const std::pair<const char *, const char *> specs[] = {
        {"orders", "shop"}, {"billing", "shop"}, {"search", ""}};
    for (const auto &[id, group] : specs) {
        EndpointConfig e;
        e.id = QString::fromLatin1(id);
        e.name = e.id.toUpper();
        e.group = QString::fromLatin1(group);
        e.url = QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(e.id));
        e.interval = Millis(200);
        e.headers = {{"Accept", "application/json"},
                     {"Authorization", "Bearer ${env:BREAKWATER_TEST_TOKEN}"},
                     {"X-Literal-Token", secret}};
        list.append(e);
    }
    // As the loader gives them: references resolved, defaults applied.
    Config config;
    config.endpoints = list;
    return parseConfig(serializeConfig(config))->config.endpoints;
}

template<typename W>
W *fieldOf(TuningPanel *panel, const char *key)
{
    auto *widget = qobject_cast<W *>(panel->field(QString::fromLatin1(key)));
    if (!widget)
        qFatal("no editor for %s", key);
    return widget;
}

const EndpointConfig *find(const QList<EndpointConfig> &list, const QString &id)
{
    for (const EndpointConfig &e : list) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

mode_t modeOf(const QString &path)
{
    struct stat info{};
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 0777;
}

/// A window wired to a real engine the way app/main.cpp wires them.
struct Rig
{
    explicit Rig(const QString &configPath = {})
        : endpoints(loopbackEndpoints(freeLoopbackPort()))
    {
        QObject::connect(&host, &EngineHost::updated, &window, &MainWindow::applyUpdate);
        QObject::connect(&window, &MainWindow::endpointsEdited, &host,
                         &EngineHost::setEndpoints);
        QObject::connect(&host, &EngineHost::endpointsApplied, &window,
                         &MainWindow::confirmEndpointsApplied);
        window.setConfigPath(configPath);
        window.setEndpoints(endpoints);
        panel()->setLiveApply(false);
        window.tuningDock()->show();
        // Tests watch for later confirmations only: take the start's one here.
        QSignalSpy started(&host, &EngineHost::endpointsApplied);
        host.start(endpoints);
        started.wait(5000);
    }
    ~Rig() { host.stop(Millis(0)); }

    TuningPanel *panel() const { return window.tuningPanel(); }

    QList<EndpointConfig> endpoints;
    MainWindow window;
    EngineHost host;
};

} // namespace

class tst_TuningPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheSelectedEndpoint();
    void appliedSettingsReachTheRunningEngine();
    void liveEditsApplyOnTheirOwn();
    void everyPolicyKeyHasAnEditor();
    void everyPolicyKeyReachesTheRunningEngine();
    void policyFieldsShowTheLoaderReason();
    void invalidFieldsShowTheLoaderReason();
    void saveWritesOwnerOnlyAndKeepsReferences();
    void failedSaveKeepsTheOldFile();
    void saveWithoutAFileAsksForOne();
    void revertReturnsToTheSavedConfig();
    void addDuplicateAndRemove();
    void applyToGroupCopiesThePolicies();
    void secretValuesAreMasked();
    void urlPasswordIsMasked();
    void headerModelPassesTheTester();
    void previewFollowsTheSettings();
    void notifierOptsInAndDebounces();
    void statusBarShowsHostConnections();
    void shortcutsAreListed();
    void dockLayoutIsRestored();
    void chartsFollowTheTheme();

private:
    QTemporaryDir m_home;
};

void tst_TuningPanel::initTestCase()
{
    // Settings of our own: tst_mainwindow may run at the same time and clears its settings
    // (test mode puts them under $HOME/.qttest).
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("BREAKWATER_TEST_TOKEN", secret);
}

void tst_TuningPanel::cleanupTestCase()
{
    QSettings(QStringLiteral("Breakwater"), QStringLiteral("Breakwater")).clear();
}

void tst_TuningPanel::showsTheSelectedEndpoint()
{
    Rig rig;
    rig.window.selectEndpoint(QStringLiteral("billing"));
    QCOMPARE(rig.panel()->currentEndpointId(), QStringLiteral("billing"));
    QCOMPARE(fieldOf<QLineEdit>(rig.panel(), "id")->text(), QStringLiteral("billing"));
    QCOMPARE(fieldOf<QSpinBox>(rig.panel(), "retry.maxAttempts")->value(), 4);
    QCOMPARE(fieldOf<QLineEdit>(rig.panel(), "group")->text(), QStringLiteral("shop"));
}

void tst_TuningPanel::appliedSettingsReachTheRunningEngine()
{
    Rig rig;
    QSignalSpy applied(&rig.host, &EngineHost::endpointsApplied);
    QSignalSpy updates(&rig.host, &EngineHost::updated);
    rig.window.selectEndpoint(QStringLiteral("orders"));

    // Let the runner send a few attempts, so we can tell it was kept and not rebuilt.
    quint64 sentBefore = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const EndpointSeries *series = rig.window.metrics().series(QStringLiteral("orders"));
            sentBefore = series ? series->status.sentRequests : 0;
            return sentBefore >= 2;
        }(),
        10'000);
    applied.clear();

    TuningPanel *panel = rig.panel();
    fieldOf<QSpinBox>(panel, "retry.maxAttempts")->setValue(7);
    fieldOf<QSpinBox>(panel, "breaker.openSeconds")->setValue(42);
    fieldOf<QDoubleSpinBox>(panel, "rateLimit.requestsPerSecond")->setValue(3);
    fieldOf<QDoubleSpinBox>(panel, "rateLimit.burst")->setValue(2);
    fieldOf<QSpinBox>(panel, "timeoutMs")->setValue(1500);
    fieldOf<QSpinBox>(panel, "maxInFlight")->setValue(2);
    auto *jitter = fieldOf<QComboBox>(panel, "retry.jitter");
    jitter->setCurrentIndex(jitter->findData(int(Jitter::Equal)));
    QVERIFY(panel->apply());

    // What the engine's runners hold, read in the engine thread.
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 5000);
    const auto running = applied.last().first().value<QList<EndpointConfig>>();
    const EndpointConfig *orders = find(running, QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->retry.maxAttempts, 7);
    QCOMPARE(orders->breaker.openDuration, std::chrono::seconds(42));
    QCOMPARE(orders->rateLimit.requestsPerSecond, 3.0);
    QCOMPARE(orders->rateLimit.burst, 2.0);
    QCOMPARE(orders->timeout, Millis(1500));
    QCOMPARE(orders->maxInFlight, 2);
    QCOMPARE(orders->retry.jitter, Jitter::Equal);
    // The secret reached the engine resolved, as the loader would have resolved it.
    QVERIFY(orders->resolvedHeaders.contains(
        std::pair<QByteArray, QByteArray>("Authorization", QByteArray("Bearer ") + secret)));
    // The others are untouched.
    QCOMPARE(find(running, QStringLiteral("billing"))->retry.maxAttempts, 4);
    QTRY_COMPARE(panel->engineStateText(), QStringLiteral("The engine runs these settings."));

    // The runner was reconfigured in place: its request counter goes on from where it was.
    updates.clear();
    QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 2, 5000);
    const auto update = updates.last().first().value<EngineUpdate>();
    for (const EndpointStatus &status : update.statuses) {
        if (status.endpointId == QStringLiteral("orders"))
            QVERIFY2(status.sentRequests >= sentBefore,
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(status.sentRequests)
                                    .arg(sentBefore)));
    }
}

void tst_TuningPanel::everyPolicyKeyHasAnEditor()
{
    Rig rig;
    // Every per-endpoint key of retry and backoff, rate limit, breaker, timeouts and
    // concurrency, as the README's configuration reference lists them.
    const char *const keys[] = {
        "retry.maxAttempts", "retry.backoff", "retry.multiplier", "retry.baseDelayMs",
        "retry.maxDelayMs", "retry.minDelayMs", "retry.jitter", "retry.maxServerDelayMs",
        "retry.deadlineMs", "retry.retryOn", "retryBudget.enabled", "retryBudget.ratio",
        "retryBudget.windowSeconds", "retryBudget.minRetriesPerSecond",
        "rateLimit.requestsPerSecond", "rateLimit.burst", "rateLimit.adaptive",
        "rateLimit.decreaseFactor", "rateLimit.increasePerSecond", "resetFormat",
        "adaptiveThrottle.enabled", "adaptiveThrottle.k", "adaptiveThrottle.windowSeconds",
        "breaker.mode", "breaker.failureRateThreshold", "breaker.minimumCalls",
        "breaker.windowSeconds", "breaker.openSeconds", "breaker.halfOpenProbes",
        "breaker.slowCallMs", "breaker.slowCallRateThreshold", "breaker.windowKind",
        "breaker.windowSize", "breaker.openBackoffMultiplier", "breaker.maxOpenSeconds",
        "timeoutMs", "maxInFlight"};
    for (const char *key : keys)
        QVERIFY2(rig.panel()->field(QString::fromLatin1(key)), key);
    // The form shows what the endpoint holds.
    QCOMPARE(fieldOf<QLineEdit>(rig.panel(), "retry.retryOn")->text(),
             rig.endpoints.first().retry.retryOn.toNames().join(QStringLiteral(", ")));
    QCOMPARE(fieldOf<QDoubleSpinBox>(rig.panel(), "retryBudget.ratio")->value(),
             rig.endpoints.first().retryBudget.ratio);
}

void tst_TuningPanel::everyPolicyKeyReachesTheRunningEngine()
{
    Rig rig;
    QSignalSpy applied(&rig.host, &EngineHost::endpointsApplied);
    rig.window.selectEndpoint(QStringLiteral("orders"));
    TuningPanel *panel = rig.panel();
    const auto choose = [panel](const char *key, int value) {
        auto *box = fieldOf<QComboBox>(panel, key);
        box->setCurrentIndex(box->findData(value));
    };
    fieldOf<QLineEdit>(panel, "retry.retryOn")->setText(QStringLiteral("timeout, 503 429"));
    fieldOf<QCheckBox>(panel, "retryBudget.enabled")->setChecked(false);
    fieldOf<QDoubleSpinBox>(panel, "retryBudget.ratio")->setValue(0.25);
    fieldOf<QSpinBox>(panel, "retryBudget.windowSeconds")->setValue(20);
    fieldOf<QDoubleSpinBox>(panel, "retryBudget.minRetriesPerSecond")->setValue(2.5);
    fieldOf<QDoubleSpinBox>(panel, "rateLimit.decreaseFactor")->setValue(0.7);
    fieldOf<QDoubleSpinBox>(panel, "rateLimit.increasePerSecond")->setValue(0.5);
    choose("resetFormat", int(ResetFormat::EpochMillis));
    fieldOf<QCheckBox>(panel, "adaptiveThrottle.enabled")->setChecked(true);
    fieldOf<QDoubleSpinBox>(panel, "adaptiveThrottle.k")->setValue(1.5);
    fieldOf<QSpinBox>(panel, "adaptiveThrottle.windowSeconds")->setValue(90);
    choose("breaker.windowKind", int(BreakerSettings::WindowKind::Count));
    fieldOf<QSpinBox>(panel, "breaker.windowSize")->setValue(40);
    fieldOf<QDoubleSpinBox>(panel, "breaker.openBackoffMultiplier")->setValue(2);
    fieldOf<QSpinBox>(panel, "breaker.maxOpenSeconds")->setValue(600);
    QVERIFY2(panel->errors().isEmpty(), qPrintable(panel->errors().join(u'\n')));
    QVERIFY(panel->apply());

    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 5000);
    const auto running = applied.last().first().value<QList<EndpointConfig>>();
    const EndpointConfig *orders = find(running, QStringLiteral("orders"));
    QVERIFY(orders);
    const auto retryOn = RetryOn::fromNames(
        {QStringLiteral("timeout"), QStringLiteral("503"), QStringLiteral("429")}, nullptr);
    QVERIFY(retryOn);
    QCOMPARE(orders->retry.retryOn, *retryOn);
    QCOMPARE(orders->retryBudget.enabled, false);
    QCOMPARE(orders->retryBudget.ratio, 0.25);
    QCOMPARE(orders->retryBudget.window, std::chrono::seconds(20));
    QCOMPARE(orders->retryBudget.minRetriesPerSecond, 2.5);
    QCOMPARE(orders->rateLimit.decreaseFactor, 0.7);
    QCOMPARE(orders->rateLimit.increasePerSecond, 0.5);
    QCOMPARE(orders->resetFormat, ResetFormat::EpochMillis);
    QCOMPARE(orders->adaptiveThrottle.enabled, true);
    QCOMPARE(orders->adaptiveThrottle.k, 1.5);
    QCOMPARE(orders->adaptiveThrottle.window, std::chrono::seconds(90));
    QCOMPARE(orders->breaker.windowKind, BreakerSettings::WindowKind::Count);
    QCOMPARE(orders->breaker.windowSize, 40);
    QCOMPARE(orders->breaker.openBackoffMultiplier, 2.0);
    QCOMPARE(orders->breaker.maxOpenDuration, std::chrono::seconds(600));
    QCOMPARE(find(running, QStringLiteral("billing"))->breaker.windowSize, 100);
    QTRY_COMPARE(panel->engineStateText(), QStringLiteral("The engine runs these settings."));
    // Apply to Group carries them to the group's other endpoint.
    QCOMPARE(panel->applyToGroup(), 1);
    const EndpointConfig *billing = find(panel->endpoints(), QStringLiteral("billing"));
    QCOMPARE(billing->resetFormat, ResetFormat::EpochMillis);
    QCOMPARE(billing->breaker.windowSize, 40);
    QCOMPARE(billing->retryBudget.ratio, 0.25);
}

void tst_TuningPanel::policyFieldsShowTheLoaderReason()
{
    Rig rig;
    QSignalSpy edited(&rig.window, &MainWindow::endpointsEdited);
    TuningPanel *panel = rig.panel();
    fieldOf<QLineEdit>(panel, "retry.retryOn")->setText(QStringLiteral("timeout, sometimes"));
    QVERIFY(panel->errorText(QStringLiteral("retry.retryOn"))
                .contains(QLatin1String("sometimes")));
    fieldOf<QDoubleSpinBox>(panel, "retryBudget.ratio")->setValue(20);
    QVERIFY(!panel->errorText(QStringLiteral("retryBudget.ratio")).isEmpty());
    fieldOf<QDoubleSpinBox>(panel, "rateLimit.decreaseFactor")->setValue(0.99);
    QVERIFY(!panel->errorText(QStringLiteral("rateLimit.decreaseFactor")).isEmpty());
    fieldOf<QSpinBox>(panel, "breaker.windowSize")->setValue(0);
    QVERIFY(!panel->errorText(QStringLiteral("breaker.windowSize")).isEmpty());
    fieldOf<QSpinBox>(panel, "adaptiveThrottle.windowSeconds")->setValue(0);
    QVERIFY(!panel->errorText(QStringLiteral("adaptiveThrottle.windowSeconds")).isEmpty());
    QCOMPARE(panel->errors().size(), 5);
    QVERIFY(!panel->apply());
    QCOMPARE(edited.count(), 0);

    fieldOf<QLineEdit>(panel, "retry.retryOn")->setText(QStringLiteral("5xx"));
    fieldOf<QDoubleSpinBox>(panel, "retryBudget.ratio")->setValue(1);
    fieldOf<QDoubleSpinBox>(panel, "rateLimit.decreaseFactor")->setValue(0.5);
    fieldOf<QSpinBox>(panel, "breaker.windowSize")->setValue(10);
    fieldOf<QSpinBox>(panel, "adaptiveThrottle.windowSeconds")->setValue(60);
    QVERIFY2(panel->errors().isEmpty(), qPrintable(panel->errors().join(u'\n')));
    QVERIFY(panel->apply());
    QCOMPARE(edited.count(), 1);
}

void tst_TuningPanel::liveEditsApplyOnTheirOwn()
{
    Rig rig;
    QSignalSpy applied(&rig.host, &EngineHost::endpointsApplied);
    rig.panel()->setLiveApply(true);
    fieldOf<QSpinBox>(rig.panel(), "breaker.minimumCalls")->setValue(33);
    QCOMPARE(applied.count(), 0); // not at once: typing goes on
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 5000);
    const auto running = applied.last().first().value<QList<EndpointConfig>>();
    QCOMPARE(find(running, QStringLiteral("orders"))->breaker.minimumCalls, 33);
    QVERIFY(rig.panel()->statusText().contains(QLatin1String("Applied orders")));

    // A URL being typed is not polled at every pause: it waits for Apply.
    applied.clear();
    fieldOf<QLineEdit>(rig.panel(), "url")->setText(QStringLiteral("http://127.0.0.1:9/ord"));
    QTest::qWait(800);
    QCOMPARE(applied.count(), 0);
    QVERIFY(rig.panel()->statusText().contains(QLatin1String("press Apply")));
    QVERIFY(rig.panel()->apply());
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 5000);
    QCOMPARE(find(applied.last().first().value<QList<EndpointConfig>>(),
                  QStringLiteral("orders"))->url,
             QUrl(QStringLiteral("http://127.0.0.1:9/ord")));
}

void tst_TuningPanel::invalidFieldsShowTheLoaderReason()
{
    Rig rig;
    QSignalSpy edited(&rig.window, &MainWindow::endpointsEdited);
    rig.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rig.window));
    TuningPanel *panel = rig.panel();
    fieldOf<QSpinBox>(panel, "retry.maxAttempts")->setValue(0);
    QCOMPARE(panel->errorText(QStringLiteral("retry.maxAttempts")),
             QStringLiteral("must be at least 1, got 0"));
    fieldOf<QSpinBox>(panel, "retry.maxDelayMs")->setValue(100);
    QCOMPARE(panel->errorText(QStringLiteral("retry.maxDelayMs")),
             QStringLiteral("must be at least baseDelayMs (200), got 100"));
    fieldOf<QLineEdit>(panel, "url")->setText(QStringLiteral("ftp://127.0.0.1/x"));
    QCOMPARE(panel->errorText(QStringLiteral("url")),
             QStringLiteral("scheme \"ftp\" is not supported (use http or https)"));
    fieldOf<QLineEdit>(panel, "id")->setText(QStringLiteral("billing"));
    QCOMPARE(panel->errorText(QStringLiteral("id")), QStringLiteral("duplicate id \"billing\""));
    // The error label is really on screen, next to its field.
    const auto labels = panel->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->isVisible() && label->text() == QStringLiteral("must be at least 1, got 0");
    }));

    QVERIFY(!panel->apply());
    QCOMPARE(edited.count(), 0);
    QVERIFY(panel->statusText().startsWith(QLatin1String("Not applied")));
    QCOMPARE(panel->engineStateText(),
             QStringLiteral("The engine runs the settings last applied, not these edits."));

    fieldOf<QSpinBox>(panel, "retry.maxAttempts")->setValue(3);
    fieldOf<QSpinBox>(panel, "retry.maxDelayMs")->setValue(4000);
    fieldOf<QLineEdit>(panel, "url")->setText(QStringLiteral("http://127.0.0.1:9/x"));
    fieldOf<QLineEdit>(panel, "id")->setText(QStringLiteral("orders"));
    QVERIFY(panel->errors().isEmpty());
    QCOMPARE(panel->errorText(QStringLiteral("retry.maxAttempts")), QString());
    QVERIFY(panel->apply());
    QCOMPARE(edited.count(), 1);
}

void tst_TuningPanel::saveWritesOwnerOnlyAndKeepsReferences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("apis.json"));
    Rig rig(path);
    fieldOf<QSpinBox>(rig.panel(), "retry.baseDelayMs")->setValue(250);
    // Save applies the pending edit first, then writes.
    QVERIFY(rig.panel()->save());
    QVERIFY(!rig.panel()->hasUnsavedChanges());
    QCOMPARE(modeOf(path), mode_t(0600));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("Bearer ${env:BREAKWATER_TEST_TOKEN}"));
    QVERIFY(!json.contains("Bearer s3cr3t"));
    const auto loaded = loadConfigFile(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->config.endpoints, rig.panel()->endpoints());
    QCOMPARE(loaded->config.endpoints.first().retry.baseDelay, Millis(250));
}

void tst_TuningPanel::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("apis.json"));
    Rig rig(path);
    QVERIFY(rig.panel()->save());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // The variable behind a reference disappears: the loader would refuse the file, so the
    // save is refused and the old file stays.
    fieldOf<QSpinBox>(rig.panel(), "retry.baseDelayMs")->setValue(300);
    QVERIFY(rig.panel()->apply());
    qunsetenv("BREAKWATER_TEST_TOKEN");
    const bool saved = rig.panel()->save();
    qputenv("BREAKWATER_TEST_TOKEN", secret);
    QVERIFY(!saved);
    QVERIFY2(rig.panel()->statusText().contains(QLatin1String("file on disk is unchanged")),
             qPrintable(rig.panel()->statusText()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(rig.panel()->hasUnsavedChanges());
}

void tst_TuningPanel::saveWithoutAFileAsksForOne()
{
    QTemporaryDir dir;
    Rig rig; // like the demo: no configuration file
    int asked = 0;
    const QString chosen = dir.filePath(QStringLiteral("demo.json"));
    rig.panel()->setSavePathProvider([&] {
        ++asked;
        return chosen;
    });
    QVERIFY(rig.panel()->save());
    QCOMPARE(asked, 1);
    QCOMPARE(rig.panel()->configPath(), chosen);
    QVERIFY(rig.window.windowTitle().startsWith(QLatin1String("demo.json")));
    QVERIFY(rig.panel()->save()); // now it has a file
    QCOMPARE(asked, 1);
    QVERIFY(loadConfigFile(chosen));
}

void tst_TuningPanel::revertReturnsToTheSavedConfig()
{
    Rig rig;
    QSignalSpy applied(&rig.host, &EngineHost::endpointsApplied);
    fieldOf<QSpinBox>(rig.panel(), "retry.maxAttempts")->setValue(9);
    QVERIFY(rig.panel()->apply());
    rig.panel()->removeEndpoint();
    QCOMPARE(rig.panel()->endpoints().size(), 2);
    QVERIFY(rig.panel()->hasUnsavedChanges());

    rig.panel()->revert();
    QCOMPARE(rig.panel()->endpoints(), rig.endpoints);
    QCOMPARE(rig.window.tableModel()->rowCount(), 3);
    QCOMPARE(fieldOf<QSpinBox>(rig.panel(), "retry.maxAttempts")->value(), 4);
    // The engine confirms the edit, the removal, then the revert, in that order.
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 3, 5000);
    QCOMPARE(applied.at(1).first().value<QList<EndpointConfig>>().size(), 2);
    QCOMPARE(applied.last().first().value<QList<EndpointConfig>>(), rig.endpoints);
}

void tst_TuningPanel::addDuplicateAndRemove()
{
    Rig rig;
    QSignalSpy applied(&rig.host, &EngineHost::endpointsApplied);
    TuningPanel *panel = rig.panel();

    panel->addEndpoint();
    QCOMPARE(panel->endpoints().size(), 4);
    const QString added = panel->currentEndpointId();
    QCOMPARE(added, QStringLiteral("endpoint"));
    QCOMPARE(rig.window.selectedEndpointId(), added);
    QVERIFY(!find(panel->endpoints(), added)->enabled);
    QCOMPARE(rig.window.tableModel()->rowCount(), 4);

    fieldOf<QLineEdit>(panel, "name")->setText(QStringLiteral("Inventory"));
    fieldOf<QLineEdit>(panel, "url")->setText(QStringLiteral("http://127.0.0.1:9/inventory"));
    fieldOf<QCheckBox>(panel, "enabled")->setChecked(true);
    QVERIFY(panel->apply());
    QCOMPARE(find(panel->endpoints(), added)->name, QStringLiteral("Inventory"));

    rig.window.selectEndpoint(QStringLiteral("orders"));
    panel->duplicateEndpoint();
    QCOMPARE(panel->currentEndpointId(), QStringLiteral("orders-copy"));
    const EndpointConfig *copy = find(panel->endpoints(), QStringLiteral("orders-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("ORDERS (copy)"));
    QCOMPARE(copy->headers, find(panel->endpoints(), QStringLiteral("orders"))->headers);
    QVERIFY(!copy->enabled);
    panel->duplicateEndpoint();
    QCOMPARE(panel->currentEndpointId(), QStringLiteral("orders-copy-copy"));

    panel->removeEndpoint();
    QVERIFY(!find(panel->endpoints(), QStringLiteral("orders-copy-copy")));
    QCOMPARE(panel->endpoints().size(), 5);
    QCOMPARE(rig.window.tableModel()->rowCount(), 5);

    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty()
                                 && applied.last().first().value<QList<EndpointConfig>>().size()
                                        == 5,
                             5000);
    const auto running = applied.last().first().value<QList<EndpointConfig>>();
    QVERIFY(find(running, QStringLiteral("orders-copy")));
    QCOMPARE(find(running, added)->name, QStringLiteral("Inventory"));
}

void tst_TuningPanel::applyToGroupCopiesThePolicies()
{
    Rig rig;
    rig.window.selectEndpoint(QStringLiteral("orders"));
    fieldOf<QSpinBox>(rig.panel(), "retry.maxAttempts")->setValue(6);
    fieldOf<QSpinBox>(rig.panel(), "breaker.windowSeconds")->setValue(60);
    QCOMPARE(rig.panel()->applyToGroup(), 1);
    const auto &list = rig.panel()->endpoints();
    QCOMPARE(find(list, QStringLiteral("billing"))->retry.maxAttempts, 6);
    QCOMPARE(find(list, QStringLiteral("billing"))->breaker.window, std::chrono::seconds(60));
    QCOMPARE(find(list, QStringLiteral("billing"))->url, rig.endpoints.at(1).url);
    QCOMPARE(find(list, QStringLiteral("search"))->retry.maxAttempts, 4); // no group
}

void tst_TuningPanel::secretValuesAreMasked()
{
    Rig rig;
    HeaderListModel *model = rig.panel()->headerModel();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, HeaderListModel::Name).data().toString();
        const QModelIndex value = model->index(row, HeaderListModel::Value);
        const bool masked = name != QStringLiteral("Accept");
        QCOMPARE(value.data(HeaderListModel::MaskedRole).toBool(), masked);
        if (masked) {
            QCOMPARE(value.data().toString(), HeaderListModel::maskText);
            QCOMPARE(value.data(Qt::EditRole).toString(), QString());
        } else {
            QCOMPARE(value.data().toString(), QStringLiteral("application/json"));
        }
    }
    // Nothing on screen holds the secret or the reference.
    for (const QWidget *widget : rig.window.findChildren<QWidget *>()) {
        QString text;
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            text = line->text();
        else if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(widget->objectName()));
        QVERIFY(!text.contains(QLatin1String("${env:")));
    }
    // An empty edit keeps the hidden value; a new one replaces it.
    const QModelIndex authorization = model->index(1, HeaderListModel::Value);
    QVERIFY(!model->setData(authorization, QString()));
    QCOMPARE(model->headers().at(1).second, QByteArray("Bearer ${env:BREAKWATER_TEST_TOKEN}"));
    QVERIFY(model->setData(authorization, QStringLiteral("Bearer ${file:/nonexistent}")));
    QVERIFY(rig.panel()->errorText(QStringLiteral("headers"))
                .contains(QLatin1String("/nonexistent cannot be read")));
}

void tst_TuningPanel::urlPasswordIsMasked()
{
    MainWindow window;
    QList<EndpointConfig> endpoints = loopbackEndpoints(9);
    endpoints[0].url = QUrl(QStringLiteral("http://alice:pa55word@127.0.0.1:9/orders"));
    window.setEndpoints(endpoints);
    TuningPanel *panel = window.tuningPanel();
    panel->setLiveApply(false);
    auto *url = fieldOf<QLineEdit>(panel, "url");
    QCOMPARE(url->text(), QStringLiteral("http://alice:********@127.0.0.1:9/orders"));
    fieldOf<QSpinBox>(panel, "retry.maxAttempts")->setValue(5);
    QVERIFY(panel->apply());
    QCOMPARE(panel->endpoints().first().url.password(), QStringLiteral("pa55word"));
    url->setText(QStringLiteral("http://alice:n3w@127.0.0.1:9/orders"));
    QVERIFY(panel->apply());
    QCOMPARE(panel->endpoints().first().url.password(), QStringLiteral("n3w"));
    // Shown again, it is masked again.
    window.selectEndpoint(QStringLiteral("billing"));
    window.selectEndpoint(QStringLiteral("orders"));
    QCOMPARE(url->text(), QStringLiteral("http://alice:********@127.0.0.1:9/orders"));
}

void tst_TuningPanel::headerModelPassesTheTester()
{
    HeaderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHeaders({{"Accept", "text/plain"}, {"Cookie", "a=b"}});
    const int row = model.addHeader("X-Trace");
    QVERIFY(model.setData(model.index(row, 1), QStringLiteral("on")));
    QVERIFY(model.setData(model.index(row, 0), QStringLiteral("X-Trace-Id")));
    model.removeHeader(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 1).data().toString(), HeaderListModel::maskText);
    model.setHeaders({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_TuningPanel::previewFollowsTheSettings()
{
    RetrySettings retry; // 4 attempts, 200 ms base, doubling, full jitter
    QList<BackoffStep> steps = backoffSchedule(retry);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).attempt, 2);
    QCOMPARE(steps.at(0).low, Millis(0));
    QCOMPARE(steps.at(0).high, Millis(200));
    QCOMPARE(steps.at(2).high, Millis(800));
    QCOMPARE(steps.at(2).ceiling, Millis(800));
    retry.jitter = Jitter::Equal;
    QCOMPARE(backoffSchedule(retry).at(1).low, Millis(200));

    Rig rig;
    fieldOf<QSpinBox>(rig.panel(), "retry.maxAttempts")->setValue(6);
    fieldOf<QSpinBox>(rig.panel(), "retry.baseDelayMs")->setValue(1000);
    const QList<BackoffStep> &shown = rig.panel()->preview()->schedule();
    QCOMPARE(shown.size(), 5);
    QCOMPARE(shown.at(0).high, Millis(1000));
    QCOMPARE(shown.at(4).high, Millis(5000)); // the 5000 ms cap
}

void tst_TuningPanel::notifierOptsInAndDebounces()
{
    HealthNotifier notifier;
    notifier.setNames({{QStringLiteral("orders"), QStringLiteral("Orders API")}});
    EngineUpdate update;
    update.breakerEvents = {{QStringLiteral("orders"), {}, BreakerState::Closed,
                             BreakerState::Open, QStringLiteral("failure rate")}};
    EndpointStatus status;
    status.endpointId = QStringLiteral("orders");
    status.queueDepth = 30;
    update.statuses = {status};
    QVERIFY(notifier.feed(update).isEmpty()); // off until the user opts in

    notifier.setBreakerNotices(true);
    notifier.setQueueThreshold(20);
    const QList<HealthNotice> notices = notifier.feed(update);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.at(0).title, QStringLiteral("Breaker open: Orders API"));
    QCOMPARE(notices.at(1).title, QStringLiteral("Queue growing: Orders API"));

    update.breakerEvents.clear();
    QVERIFY(notifier.feed(update).isEmpty()); // still above: no repeat
    update.statuses[0].queueDepth = 15;
    QVERIFY(notifier.feed(update).isEmpty()); // not yet down to half
    update.statuses[0].queueDepth = 10;
    QVERIFY(notifier.feed(update).isEmpty());
    update.statuses[0].queueDepth = 25;
    QCOMPARE(notifier.feed(update).size(), 1); // re-armed

    QCOMPARE(worstTone({Tone::Good, Tone::Holding, Tone::Caution}), Tone::Holding);
    QCOMPARE(worstTone({Tone::Good, Tone::Bad, Tone::Warning}), Tone::Bad);
    QCOMPARE(worstTone({}), Tone::Neutral);
}

void tst_TuningPanel::statusBarShowsHostConnections()
{
    MainWindow window;
    window.setEndpoints(loopbackEndpoints(9));
    EngineUpdate update;
    update.at = std::chrono::system_clock::now();
    update.hostConnections = {{QStringLiteral("127.0.0.1:9"), 6}, {QStringLiteral("h:1"), 1}};
    EndpointStatus status;
    status.endpointId = QStringLiteral("orders");
    status.queueDepth = 4;
    status.inFlight = 6;
    update.statuses = {status};
    window.applyUpdate(update);
    window.refreshNow();
    const QString text = window.statusText();
    QVERIFY2(text.contains(QStringLiteral("Connections: 7 (busiest 127.0.0.1:9: 6/6)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Queued: 4")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("In flight: 6")), qPrintable(text));
}

void tst_TuningPanel::shortcutsAreListed()
{
    MainWindow window;
    const QStringList shortcuts = window.shortcutList();
    const QString joined = shortcuts.join(QLatin1Char('\n'));
    for (const char *expected :
         {"Ctrl+S: Save Configuration", "Ctrl+Shift+S: Save Configuration As…",
          "Ctrl+N: New Endpoint", "Ctrl+D: Duplicate Endpoint", "Ctrl+,: Endpoint Settings",
          "Ctrl+E: Export CSV…", "Ctrl+G: Group by Group", "Ctrl+Return: Apply Settings",
          "F1: Keyboard Shortcuts", "Ctrl+Q: Quit"})
        QVERIFY2(shortcuts.contains(QString::fromUtf8(expected)), qPrintable(joined));
    // No key does two things.
    QStringList keys;
    for (const QString &line : shortcuts)
        keys.append(line.section(QStringLiteral(": "), 0, 0));
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());

    // Help → Keyboard Shortcuts shows the same list.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>()) != nullptr);
    auto *table = dialog->findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), shortcuts.size());
    QCOMPARE(table->item(0, 0)->text() + QStringLiteral(": ") + table->item(0, 1)->text(),
             shortcuts.first());
    dialog->close();
}

void tst_TuningPanel::dockLayoutIsRestored()
{
    {
        MainWindow window;
        window.setEndpoints(loopbackEndpoints(9));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tuningDock()->show();
        window.addDockWidget(Qt::LeftDockWidgetArea, window.tuningDock());
        window.close();
    }
    MainWindow again;
    again.setEndpoints(loopbackEndpoints(9));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.tuningDock()->isVisible());
    QCOMPARE(again.dockWidgetArea(again.tuningDock()), Qt::LeftDockWidgetArea);
}

void tst_TuningPanel::chartsFollowTheTheme()
{
    MainWindow window;
    window.setEndpoints(loopbackEndpoints(9));
    BackoffPreview *preview = window.tuningPanel()->preview();
    const QColor lightBase = preview->chart()->backgroundBrush().color();

    applyTheme(Theme::Dark);
    QCoreApplication::processEvents();
    QVERIFY(isDarkPalette(QApplication::palette()));
    const QColor darkBase = preview->chart()->backgroundBrush().color();
    QVERIFY2(darkBase.lightness() < 128, qPrintable(darkBase.name()));
    QCOMPARE(darkBase, QApplication::palette().color(QPalette::Base));
    QCOMPARE(chartColours(preview->palette()).primary, SeriesColour::sky);

    applyTheme(Theme::System);
    QCoreApplication::processEvents();
    QCOMPARE(preview->chart()->backgroundBrush().color(), lightBase);
}

QTEST_MAIN(tst_TuningPanel)
#include "tst_tuningpanel.moc"
