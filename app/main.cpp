// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoupstream.h"
#include "exportcommand.h"
#include "hintscommand.h"
#include "queuecommand.h"
#include "signalwatcher.h"
#include "translations.h"

#include "config/configloader.h"
#include "headless/headlessmonitor.h"
#include "history/historywriter.h"
#include "metrics/csvwriter.h"
#include "metrics/metricsserver.h"
#include "pipeline/enginehost.h"
#include "queue/deliverystore.h"
#include "queue/intakeserver.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace bw;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Breakwater)
};

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "hints") == 0)
        return runHintsCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return runExportCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "enqueue") == 0)
        return runEnqueueCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "deadletters") == 0)
        return runDeadLettersCommand(argc, argv);

    // The application object must be chosen before the command line is parsed: a QApplication
    // needs a display, and the headless monitor and --help must work without one.
    const bool headlessRequested = hasArgument(argc, argv, "--headless");
    const bool needsNoWindow = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
                               || hasArgument(argc, argv, "--version")
                               || hasArgument(argc, argv, "-v");
    const bool gui = !headlessRequested && !needsNoWindow && displayAvailable();
    std::unique_ptr<QCoreApplication> app = gui
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("breakwater"));
    QCoreApplication::setOrganizationName(QStringLiteral("Breakwater"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BREAKWATER_VERSION));
    const QCommandLineOption langOption = installTranslations(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Breakwater watches HTTP APIs through a resilient engine (retry with backoff, "
               "Retry-After pauses, adaptive rate limiting, circuit breakers) and charts "
               "latency, 429s, breaker state and queue depth per endpoint.\n\n"
               "Without --config it starts an embedded demo upstream on 127.0.0.1.\n\n"
               "Subcommands (each has its own --help):\n"
               "  breakwater hints ...   explain what a response's rate-limit headers mean\n"
               "  breakwater export ...  write history for a time range as CSV\n"
               "  breakwater enqueue ... add deliveries to an endpoint's durable queue\n"
               "  breakwater deadletters list|requeue|purge ...  manage dead letters"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          Tr::tr("Endpoint configuration (JSON) to monitor."),
                                          Tr::tr("file"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        Tr::tr("Run without a window: print a status table every few seconds."));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), Tr::tr("Stop after this many seconds (default: run until "
                                           "interrupted)."),
        Tr::tr("seconds"));
    const QCommandLineOption csvOption(
        QStringLiteral("export-csv"),
        Tr::tr("Write one CSV row per attempt to this file, streamed as the run goes."),
        Tr::tr("file"));
    const QCommandLineOption statusOption(
        QStringLiteral("status-interval"),
        Tr::tr("Seconds between status tables in headless mode (default 5, 0 for none)."),
        Tr::tr("seconds"), QStringLiteral("5"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        Tr::tr("Record attempts and rollups in this SQLite file (default: %1).")
            .arg(defaultHistoryPath()),
        Tr::tr("file"));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics-listen"),
        Tr::tr("Serve Prometheus metrics at http://ADDR:PORT/metrics; loopback unless another "
               "address is given explicitly."),
        Tr::tr("addr:port"));
    const QCommandLineOption queueOption(
        QStringLiteral("queue-db"),
        Tr::tr("Delivery queue file drained by deliver-mode endpoints (default: %1).")
            .arg(defaultQueuePath()),
        Tr::tr("file"));
    const QCommandLineOption intakeOption(
        QStringLiteral("intake-listen"),
        Tr::tr("Accept deliveries at http://ADDR:PORT/v1/endpoints/ID/deliveries; loopback "
               "only unless --intake-allow-remote is given."),
        Tr::tr("addr:port"));
    const QCommandLineOption intakeRemoteOption(
        QStringLiteral("intake-allow-remote"),
        Tr::tr("Let --intake-listen bind an address other than loopback (anyone who reaches "
               "it can queue requests to your endpoints)."));
    parser.addOptions({configOption, headlessOption, durationOption, csvOption, statusOption,
                       historyOption, metricsOption, queueOption, intakeOption,
                       intakeRemoteOption, langOption});
    parser.process(*app);

    bool ok = true;
    double durationSeconds = 0;
    if (parser.isSet(durationOption)) {
        durationSeconds = parser.value(durationOption).toDouble(&ok);
        if (!ok || durationSeconds <= 0 || durationSeconds > 365.0 * 86400) {
            printErr(Tr::tr("breakwater: --duration: expected a positive number of seconds, got "
                            "\"%1\"")
                         .arg(parser.value(durationOption)));
            return 2;
        }
    }
    const double statusSeconds = parser.value(statusOption).toDouble(&ok);
    if (!ok || statusSeconds < 0) {
        printErr(Tr::tr("breakwater: --status-interval: expected seconds, got \"%1\"")
                     .arg(parser.value(statusOption)));
        return 2;
    }
    if (!gui && !headlessRequested)
        printErr(Tr::tr("breakwater: no display available (DISPLAY and WAYLAND_DISPLAY are not "
                        "set); running the headless monitor instead."));

    // Opened before anything starts, so a bad path is reported before the demo or engine runs.
    AttemptCsvWriter csv;
    if (parser.isSet(csvOption)) {
        const auto opened = csv.open(parser.value(csvOption));
        if (!opened) {
            printErr(QStringLiteral("breakwater: --export-csv: %1").arg(opened.error()));
            return 2;
        }
    }

    // An explicit --history that cannot be opened is an error; the default file is a
    // convenience, so failing to open it only costs the history of this run.
    SystemClock historyClock;
    HistoryWriter history(historyClock);
    const QString historyPath = parser.isSet(historyOption) ? parser.value(historyOption)
                                                            : defaultHistoryPath();
    if (const auto opened = history.start(historyPath); !opened) {
        printErr(QStringLiteral("breakwater: --history: %1").arg(opened.error()));
        if (parser.isSet(historyOption))
            return 2;
        printErr(Tr::tr("breakwater: running without history"));
    }

    // Bound before the engine starts, so a taken port is reported before any work is done.
    std::unique_ptr<MetricsServer> metrics;
    if (parser.isSet(metricsOption)) {
        const QString listenText = parser.value(metricsOption);
        const auto where = parseListenAddress(listenText);
        if (!where) {
            printErr(QStringLiteral("breakwater: --metrics-listen: %1").arg(where.error()));
            return 2;
        }
        if (!where->address.isLoopback())
            printErr(Tr::tr("breakwater: warning: --metrics-listen %1 is not a loopback "
                            "address; whoever reaches it can read the endpoint ids and their "
                            "statistics")
                         .arg(listenText));
        metrics = std::make_unique<MetricsServer>();
        if (const auto listening = metrics->listen(*where); !listening) {
            printErr(QStringLiteral("breakwater: --metrics-listen: %1").arg(listening.error()));
            return 2;
        }
    }

    std::unique_ptr<DemoUpstream> demo;
    QList<EndpointConfig> endpoints;
    QString source;
    if (parser.isSet(configOption)) {
        const QString path = parser.value(configOption);
        const auto loaded = loadConfigFile(path);
        if (!loaded) {
            printErr(Tr::tr("breakwater: the configuration was refused:"));
            for (const QString &line : loaded.error().split(QLatin1Char('\n')))
                printErr(QStringLiteral("  %1: %2").arg(path, line));
            return 2;
        }
        for (const QString &warning : loaded->warnings)
            printErr(Tr::tr("breakwater: warning: %1: %2").arg(path, warning));
        endpoints = loaded->config.endpoints;
        source = path;
    } else {
        demo = std::make_unique<DemoUpstream>();
        const auto started = demo->start();
        if (!started) {
            printErr(Tr::tr("breakwater: the embedded demo could not start: %1")
                         .arg(started.error()));
            return 1;
        }
        endpoints = *started;
        source = Tr::tr("embedded demo on 127.0.0.1:%1").arg(demo->port());
        printErr(Tr::tr("breakwater: no --config given, monitoring the %1").arg(source));
    }

    // Opened once here so that a bad file is reported before anything runs; the engine thread
    // opens its own connection. Without a deliver-mode endpoint no queue file is created.
    QString queuePath;
    const bool delivers = std::any_of(endpoints.begin(), endpoints.end(), [](const auto &e) {
        return e.mode == EndpointMode::Deliver;
    });
    // The demo's deliveries go to a file of the run's own unless --queue-db names one, so
    // they never mix with real ones.
    QTemporaryDir demoQueueDir;
    if (delivers || parser.isSet(queueOption)) {
        const QString path = parser.isSet(queueOption) ? parser.value(queueOption)
                             : demo ? demoQueueDir.filePath(QStringLiteral("demo-queue.sqlite"))
                                    : defaultQueuePath();
        DeliveryStore probe;
        if (const auto opened = probe.open(path); !opened) {
            printErr(QStringLiteral("breakwater: --queue-db: %1").arg(opened.error()));
            return 2;
        }
        queuePath = path;
        if (demo) {
            if (const auto feeding = demo->startFeeding(path); !feeding)
                printErr(Tr::tr("breakwater: the demo's delivery feed could not start: %1")
                             .arg(feeding.error()));
        }
    }

    std::unique_ptr<IntakeServer> intake;
    if (parser.isSet(intakeOption)) {
        const QString listenText = parser.value(intakeOption);
        const auto where = parseListenAddress(listenText);
        if (!where) {
            printErr(QStringLiteral("breakwater: --intake-listen: %1").arg(where.error()));
            return 2;
        }
        if (!where->address.isLoopback() && !parser.isSet(intakeRemoteOption)) {
            printErr(Tr::tr("breakwater: --intake-listen %1 is not a loopback address; add "
                            "--intake-allow-remote to expose the intake")
                         .arg(listenText));
            return 2;
        }
        if (!delivers) {
            printErr(Tr::tr("breakwater: --intake-listen: no endpoint is in deliver mode"));
            return 2;
        }
        intake = std::make_unique<IntakeServer>();
        intake->setEndpoints(endpoints);
        if (const auto opened = intake->openQueue(queuePath); !opened) {
            printErr(QStringLiteral("breakwater: --intake-listen: %1").arg(opened.error()));
            return 2;
        }
        if (const auto listening = intake->listen(*where); !listening) {
            printErr(QStringLiteral("breakwater: --intake-listen: %1").arg(listening.error()));
            return 2;
        }
    }

    EngineHost engine;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, app.get(),
                     [] { QCoreApplication::quit(); });
    if (durationSeconds > 0)
        QTimer::singleShot(Millis(qRound64(durationSeconds * 1000)), app.get(),
                           [] { QCoreApplication::quit(); });

    std::unique_ptr<HeadlessMonitor> monitor;
    std::unique_ptr<MainWindow> window;
    if (gui) {
        window = std::make_unique<MainWindow>();
        window->setConfigPath(parser.isSet(configOption) ? parser.value(configOption) : QString());
        window->setEndpoints(endpoints);
        window->setSourceDescription(source);
        window->setQueuePath(queuePath);
        if (history.isRunning())
            window->setHistoryPath(historyPath);
        QObject::connect(&engine, &EngineHost::updated, window.get(), &MainWindow::applyUpdate);
        QObject::connect(window.get(), &MainWindow::endpointsEdited, &engine,
                         &EngineHost::setEndpoints);
        QObject::connect(&engine, &EngineHost::endpointsApplied, window.get(),
                         &MainWindow::confirmEndpointsApplied);
        window->show();
    } else {
        monitor = std::make_unique<HeadlessMonitor>(endpoints);
        monitor->setStatusInterval(Millis(qRound64(statusSeconds * 1000)));
        QObject::connect(&engine, &EngineHost::updated, monitor.get(),
                         &HeadlessMonitor::applyUpdate);
    }

    if (csv.isOpen())
        QObject::connect(&engine, &EngineHost::updated, &engine,
                         [&csv](const EngineUpdate &update) { csv.write(update); });
    if (history.isRunning())
        QObject::connect(&engine, &EngineHost::updated, &engine,
                         [&history](const EngineUpdate &update) { history.enqueue(update); });
    if (metrics)
        QObject::connect(&engine, &EngineHost::updated, metrics.get(),
                         &MetricsServer::applyUpdate);
    engine.start(endpoints, queuePath);
    const int rc = app->exec();
    engine.stop();
    history.stop();
    if (demo)
        demo->stop();
    if (monitor)
        monitor->printStatus();
    if (csv.isOpen()) {
        const qint64 rows = csv.close();
        printErr(Tr::tr("breakwater: wrote %1 attempt rows to %2")
                     .arg(rows)
                     .arg(parser.value(csvOption)));
    }
    return rc;
}
