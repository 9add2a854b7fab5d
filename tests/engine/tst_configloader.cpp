// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace bw;

class tst_ConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedExample();
    void appliesDefaults();
    void refusesBadInput_data();
    void refusesBadInput();
    void reportsEveryProblemAtOnce();
    void warnsAboutUnknownKeys();
    void refusesFilesThatAreNotConfigs();
    void neverWritesTheFile();
    void refusesAnUnreadableFile();
    void readsTlsSettings();
    void refusesACaFileWithoutCertificates();
    void roundTripsThroughSerialize();
    void resolvesSecretReferences();
    void refusesUnresolvableReferences();
    void refusesReferencesToDevicesAndPipes();
    void readsRetryOnAndDeadline();
    void readsDeliverModeAndQueueLimits();
};

static const char example[] = R"({
  "version": 1,
  "endpoints": [
    {
      "id": "orders",
      "name": "Orders API",
      "url": "http://127.0.0.1:8080/status/200",
      "method": "GET",
      "headers": { "Accept": "application/json" },
      "intervalMs": 1000,
      "timeoutMs": 5000,
      "retry": { "maxAttempts": 4, "baseDelayMs": 200, "maxDelayMs": 5000, "jitter": "full" },
      "rateLimit": { "requestsPerSecond": 5, "burst": 5 },
      "breaker": { "failureRateThreshold": 0.5, "minimumCalls": 10, "windowSeconds": 30,
                   "openSeconds": 15, "halfOpenProbes": 1,
                   "slowCallMs": 2000, "slowCallRateThreshold": 1.0 }
    }
  ]
})";

void tst_ConfigLoader::readsTheDocumentedExample()
{
    const auto loaded = parseConfig(example);
    QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error()));
    QVERIFY(loaded->warnings.isEmpty());
    QCOMPARE(loaded->config.endpoints.size(), 1);
    const EndpointConfig &e = loaded->config.endpoints.first();
    QCOMPARE(e.id, QStringLiteral("orders"));
    QCOMPARE(e.name, QStringLiteral("Orders API"));
    QCOMPARE(e.url, QUrl(QStringLiteral("http://127.0.0.1:8080/status/200")));
    QCOMPARE(e.method, QByteArray("GET"));
    QCOMPARE(e.headers.size(), 1);
    QCOMPARE(e.headers.first().first, QByteArray("Accept"));
    QCOMPARE(e.interval, Millis(1000));
    QCOMPARE(e.timeout, Millis(5000));
    QCOMPARE(e.retry.maxAttempts, 4);
    QCOMPARE(e.retry.baseDelay, Millis(200));
    QCOMPARE(e.retry.maxDelay, Millis(5000));
    QCOMPARE(e.retry.jitter, Jitter::Full);
    QCOMPARE(e.rateLimit.requestsPerSecond, 5.0);
    QCOMPARE(e.rateLimit.burst, 5.0);
    QCOMPARE(e.breaker.failureRateThreshold, 0.5);
    QCOMPARE(e.breaker.minimumCalls, 10);
    QCOMPARE(e.breaker.window, std::chrono::seconds(30));
    QCOMPARE(e.breaker.openDuration, std::chrono::seconds(15));
    QCOMPARE(e.breaker.halfOpenProbes, 1);
    QCOMPARE(e.breaker.slowCall, Millis(2000));
    QCOMPARE(e.breaker.slowCallRateThreshold, 1.0);
}

void tst_ConfigLoader::appliesDefaults()
{
    const auto loaded = parseConfig(R"({"endpoints":[{"id":"a","url":"https://example.test/"}]})");
    QVERIFY(loaded.has_value());
    const EndpointConfig &e = loaded->config.endpoints.first();
    QCOMPARE(e.name, QStringLiteral("a"));
    QCOMPARE(e.method, QByteArray("GET"));
    QCOMPARE(e.retry, RetrySettings());
    QCOMPARE(e.breaker, BreakerSettings());
    QCOMPARE(e.rateLimit.requestsPerSecond, 0.0);
}

void tst_ConfigLoader::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    auto endpoint = [](const char *fields) {
        return QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"http://127.0.0.1/",)")
               + fields + "}]}";
    };
    QTest::newRow("not json") << QByteArray("{\"version\": 1,\n  \"endpoints\": [")
                              << "(document): not valid JSON at line 2";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "(document): must be a JSON object";
    QTest::newRow("wrong version") << QByteArray(R"({"version":2,"endpoints":[]})")
                                   << "version: schema version 2 is not supported";
    QTest::newRow("version is text") << QByteArray(R"({"version":"1","endpoints":[]})")
                                     << "version: must be a number, got a string";
    QTest::newRow("endpoints missing") << QByteArray(R"({"version":1})")
                                       << "endpoints: is required";
    QTest::newRow("endpoints not array") << QByteArray(R"({"version":1,"endpoints":{}})")
                                         << "endpoints: must be an array, got an object";
    QTest::newRow("endpoint not object") << QByteArray(R"({"version":1,"endpoints":[3]})")
                                         << "endpoints[0]: must be an object, got a number";
    QTest::newRow("missing url") << QByteArray(R"({"version":1,"endpoints":[{"id":"a"}]})")
                                 << "endpoints[0].url: is required";
    QTest::newRow("missing id")
        << QByteArray(R"({"version":1,"endpoints":[{"url":"http://127.0.0.1/"}]})")
        << "endpoints[0].id: is required";
    QTest::newRow("bad id") << QByteArray(
        R"({"version":1,"endpoints":[{"id":"a b","url":"http://127.0.0.1/"}]})")
                            << "endpoints[0].id: must be 1-64 characters";
    QTest::newRow("ftp scheme")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"ftp://127.0.0.1/"}]})")
        << "endpoints[0].url: scheme \"ftp\" is not supported";
    QTest::newRow("file scheme")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"file:///etc/passwd"}]})")
        << "endpoints[0].url: scheme \"file\" is not supported";
    QTest::newRow("relative url")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"/status/200"}]})")
        << "endpoints[0].url: is not a valid absolute URL";
    QTest::newRow("url is number")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":12}]})")
        << "endpoints[0].url: must be a string, got a number";
    QTest::newRow("negative interval") << endpoint(R"("intervalMs":-5)")
                                       << "endpoints[0].intervalMs: must be at least 10, got -5";
    QTest::newRow("negative timeout") << endpoint(R"("timeoutMs":-1)")
                                      << "endpoints[0].timeoutMs: must be at least 1, got -1";
    QTest::newRow("zero timeout") << endpoint(R"("timeoutMs":0)")
                                  << "endpoints[0].timeoutMs: must be at least 1, got 0";
    QTest::newRow("absurd interval") << endpoint(R"("intervalMs":1e18)")
                                     << "endpoints[0].intervalMs: must be at most";
    QTest::newRow("fractional ms") << endpoint(R"("intervalMs":10.5)")
                                   << "endpoints[0].intervalMs: must be a whole number";
    QTest::newRow("zero attempts") << endpoint(R"("retry":{"maxAttempts":0})")
                                   << "endpoints[0].retry.maxAttempts: must be at least 1, got 0";
    QTest::newRow("negative base delay")
        << endpoint(R"("retry":{"baseDelayMs":-200})")
        << "endpoints[0].retry.baseDelayMs: must be at least 0, got -200";
    QTest::newRow("cap below base")
        << endpoint(R"("retry":{"baseDelayMs":500,"maxDelayMs":100})")
        << "endpoints[0].retry.maxDelayMs: must be at least baseDelayMs";
    QTest::newRow("unknown jitter") << endpoint(R"("retry":{"jitter":"lots"})")
                                    << "endpoints[0].retry.jitter: must be one of none, full";
    QTest::newRow("retry not object") << endpoint(R"("retry":5)")
                                      << "endpoints[0].retry: must be an object, got a number";
    QTest::newRow("negative rate")
        << endpoint(R"("rateLimit":{"requestsPerSecond":-1})")
        << "endpoints[0].rateLimit.requestsPerSecond: must be at least 0";
    QTest::newRow("threshold above 1")
        << endpoint(R"("breaker":{"failureRateThreshold":1.5})")
        << "endpoints[0].breaker.failureRateThreshold: must be at most 1, got 1.5";
    QTest::newRow("negative open")
        << endpoint(R"("breaker":{"openSeconds":-15})")
        << "endpoints[0].breaker.openSeconds: must be at least 1, got -15";
    QTest::newRow("header not string") << endpoint(R"("headers":{"Accept":1})")
                                       << "endpoints[0].headers.Accept: must be a string";
    QTest::newRow("header injection") << endpoint(R"("headers":{"X-A":"a\r\nHost: evil"})")
                                      << "endpoints[0].headers.X-A: must not contain line breaks";
    QTest::newRow("bad header name") << endpoint(R"("headers":{"Bad Name":"x"})")
                                     << "endpoints[0].headers.Bad Name: is not a valid HTTP";
    QTest::newRow("bad method") << endpoint(R"("method":"FETCH")")
                                << "endpoints[0].method: must be one of GET";
    QTest::newRow("enabled not bool") << endpoint(R"("enabled":"yes")")
                                      << "endpoints[0].enabled: must be true or false";
    QTest::newRow("bad mode") << endpoint(R"("mode":"push")")
                              << "endpoints[0].mode: must be one of poll, deliver";
    QTest::newRow("queue not object") << endpoint(R"("queue":5)")
                                      << "endpoints[0].queue: must be an object";
    QTest::newRow("queue limit") << endpoint(R"("queue":{"maxDeliveries":0})")
                                 << "endpoints[0].queue.maxDeliveries: must be at least 1";
    QTest::newRow("deliver without key header")
        << endpoint(R"("mode":"deliver","idempotencyKeyHeader":"")")
        << "endpoints[0].idempotencyKeyHeader: must not be empty when mode is \"deliver\"";
    QTest::newRow("zero in flight") << endpoint(R"("maxInFlight":0)")
                                    << "endpoints[0].maxInFlight: must be at least 1, got 0";
    QTest::newRow("absurd in flight")
        << endpoint(R"("maxInFlight":1e18)")
        << "endpoints[0].maxInFlight: must be at most 64, got 1e+18";
    QTest::newRow("negative redirects") << endpoint(R"("maxRedirects":-1)")
                                        << "endpoints[0].maxRedirects: must be at least 0, got -1";
    QTest::newRow("zero response cap")
        << endpoint(R"("maxResponseBytes":0)")
        << "endpoints[0].maxResponseBytes: must be at least 1024, got 0";
    QTest::newRow("absurd response cap") << endpoint(R"("maxResponseBytes":1e18)")
                                         << "endpoints[0].maxResponseBytes: must be at most";
    QTest::newRow("absurd attempts")
        << endpoint(R"("retry":{"maxAttempts":1e18})")
        << "endpoints[0].retry.maxAttempts: must be at most 100, got 1e+18";
    QTest::newRow("absurd minimum calls") << endpoint(R"("breaker":{"minimumCalls":1e18})")
                                          << "endpoints[0].breaker.minimumCalls: must be at most";
    QTest::newRow("negative window")
        << endpoint(R"("breaker":{"windowSeconds":-30})")
        << "endpoints[0].breaker.windowSeconds: must be at least 1, got -30";
    QTest::newRow("absurd rate") << endpoint(R"("rateLimit":{"requestsPerSecond":1e18})")
                                 << "endpoints[0].rateLimit.requestsPerSecond: must be at most";
    QTest::newRow("zero burst") << endpoint(R"("rateLimit":{"burst":0})")
                                << "endpoints[0].rateLimit.burst: must be at least 1, got 0";
    QTest::newRow("absurd budget window")
        << endpoint(R"("retryBudget":{"windowSeconds":1e18})")
        << "endpoints[0].retryBudget.windowSeconds: must be at most 3600";
    QTest::newRow("absurd version") << QByteArray(R"({"version":1e18,"endpoints":[]})")
                                    << "version: must be at most 1000";
    QTest::newRow("negative deadline") << endpoint(R"("retry":{"deadlineMs":-1})")
                                       << "endpoints[0].retry.deadlineMs: must be at least 0";
    QTest::newRow("tls on http")
        << endpoint(R"("tls":{"pinSha256":"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="})")
        << "endpoints[0].tls: applies to https URLs only";
    QTest::newRow("tls not object") << endpoint(R"("tls":true)")
                                    << "endpoints[0].tls: must be an object, got a boolean";
    QTest::newRow("short pin") << endpoint(R"("tls":{"pinSha256":"abcd"})")
                               << "endpoints[0].tls.pinSha256: must be a SHA-256 digest";
    QTest::newRow("pin not text") << endpoint(R"("tls":{"pinSha256":["ab", 5]})")
                                  << "endpoints[0].tls.pinSha256[1]: must be a SHA-256 digest";
    QTest::newRow("no pins") << endpoint(R"("tls":{"pinSha256":[]})")
                             << "endpoints[0].tls.pinSha256: must list at least one pin";
    QTest::newRow("missing ca file")
        << endpoint(R"("tls":{"caFile":"/nonexistent/ca.pem"})")
        << "endpoints[0].tls.caFile: file /nonexistent/ca.pem does not exist";
    QTest::newRow("ca file is a directory") << endpoint(R"("tls":{"caFile":"/"})")
                                            << "endpoints[0].tls.caFile: / is not a regular file";
    // Found by fuzz_config: a status number past qint64 was cast to one (undefined behaviour).
    QTest::newRow("absurd retryOn status") << endpoint(R"("retry":{"retryOn":[1e60]})")
                                           << "endpoints[0].retry.retryOn: ";
    QTest::newRow("duplicate id")
        << QByteArray(R"({"version":1,"endpoints":[{"id":"a","url":"http://127.0.0.1/"},)"
                      R"({"id":"a","url":"http://127.0.0.1/"}]})")
        << "endpoints[1].id: duplicate id \"a\"";
}

void tst_ConfigLoader::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto loaded = parseConfig(json);
    QVERIFY(!loaded.has_value());
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
}

void tst_ConfigLoader::reportsEveryProblemAtOnce()
{
    const auto loaded = parseConfig(
        R"({"version":1,"endpoints":[{"id":"a","url":"gopher://x/","timeoutMs":-1,)"
        R"("retry":{"maxAttempts":0}}]})");
    QVERIFY(!loaded.has_value());
    const QStringList lines = loaded.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
}

void tst_ConfigLoader::warnsAboutUnknownKeys()
{
    const auto loaded = parseConfig(
        R"({"version":1,"colour":"blue","endpoints":[{"id":"a","url":"http://127.0.0.1/",)"
        R"("retyr":{},"retry":{"maxAttempt":3}}]})");
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->warnings.size(), 3);
    QVERIFY(loaded->warnings.contains(QStringLiteral("colour: unknown key, ignored")));
    QVERIFY(loaded->warnings.contains(QStringLiteral("endpoints[0].retyr: unknown key, ignored")));
    QVERIFY(loaded->warnings.contains(
        QStringLiteral("endpoints[0].retry.maxAttempt: unknown key, ignored")));
}

void tst_ConfigLoader::refusesFilesThatAreNotConfigs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto missing = loadConfigFile(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("no such file")));
    auto directory = loadConfigFile(dir.path());
    QVERIFY(!directory);
    QVERIFY(directory.error().contains(QStringLiteral("is a directory")));
}

void tst_ConfigLoader::neverWritesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray broken = "{\"version\":1,\"endpoints\":[{\"id\":";
    file.write(broken);
    file.close();
    QVERIFY(!loadConfigFile(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void tst_ConfigLoader::refusesAnUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(example);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    const auto loaded = loadConfigFile(path);
    if (::geteuid() == 0) {
        // Root reads a file whatever its mode, and so does Breakwater run as root: no error
        // is owed, only that the file is left as it was.
        QVERIFY(loaded.has_value());
    } else {
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().startsWith(QStringLiteral("(file): cannot be read")),
                 qPrintable(loaded.error()));
    }
    // Owner, group and other bits only: the "user" bits say what this process may do.
    constexpr auto modeBits = QFileDevice::Permissions::fromInt(0x7077);
    QCOMPARE(QFileInfo(path).permissions() & modeBits, QFileDevice::Permissions());
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(example));
}

void tst_ConfigLoader::readsTlsSettings()
{
    const auto loaded = parseConfig(
        R"({"version":1,"endpoints":[{"id":"a","url":"https://127.0.0.1/","tls":{"pinSha256":)"
        R"(["sha256//47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",)"
        R"("E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:27:AE:41:E4:)"
        R"(64:9B:93:4C:A4:95:99:1B:78:52:B8:55"]}}]})");
    QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error()));
    const TlsSettings &tls = loaded->config.endpoints.first().tls;
    // Both spell the SHA-256 of the empty string, one in base64, one in hex.
    QCOMPARE(tls.pinsSha256.size(), 2);
    QCOMPARE(tls.pinsSha256.at(0), tls.pinsSha256.at(1));
    QCOMPARE(tls.pinsSha256.at(0).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const auto again = parseConfig(serializeConfig(loaded->config));
    QVERIFY(again.has_value());
    QCOMPARE(again->config.endpoints.first().tls, tls);
}

void tst_ConfigLoader::refusesACaFileWithoutCertificates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    const auto loaded = parseConfig(
        QStringLiteral(R"({"version":1,"endpoints":[{"id":"a","url":"https://127.0.0.1/",)"
                       R"("tls":{"caFile":"%1"}}]})")
            .arg(path)
            .toUtf8());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(),
             QStringLiteral("endpoints[0].tls.caFile: file %1 holds no PEM certificate").arg(path));
}

void tst_ConfigLoader::roundTripsThroughSerialize()
{
    const auto loaded = parseConfig(example);
    QVERIFY(loaded.has_value());
    const auto again = parseConfig(serializeConfig(loaded->config));
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error()));
    QVERIFY(again->warnings.isEmpty());
    QCOMPARE(again->config.endpoints.first(), loaded->config.endpoints.first());
}

void tst_ConfigLoader::resolvesSecretReferences()
{
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file-secret\n");
    file.close();
    qputenv("BW_TEST_TOKEN", "env-secret");
    const QByteArray json = QStringLiteral(
        R"({"endpoints":[{"id":"a","url":"http://127.0.0.1/","headers":{)"
        R"("Authorization":"Bearer ${env:BW_TEST_TOKEN}","X-Key":"${file:%1}"}}]})")
                                .arg(tokenFile)
                                .toUtf8();
    const auto loaded = parseConfig(json);
    QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error()));
    const EndpointConfig &e = loaded->config.endpoints.first();
    QCOMPARE(e.headers.at(0).second, QByteArray("Bearer ${env:BW_TEST_TOKEN}"));
    QCOMPARE(e.resolvedHeaders.at(0).second, QByteArray("Bearer env-secret"));
    QCOMPARE(e.resolvedHeaders.at(1).second, QByteArray("file-secret"));
    // Saving keeps the references, never the values.
    const QByteArray saved = serializeConfig(loaded->config);
    QVERIFY(saved.contains("${env:BW_TEST_TOKEN}"));
    QVERIFY(!saved.contains("env-secret"));
    QVERIFY(!saved.contains("file-secret"));
}

void tst_ConfigLoader::refusesUnresolvableReferences()
{
    qunsetenv("BW_TEST_MISSING");
    const auto loaded = parseConfig(
        R"({"endpoints":[{"id":"a","url":"http://127.0.0.1/","headers":{)"
        R"("Authorization":"${env:BW_TEST_MISSING}","X-B":"${file:/nonexistent/x}"}}]})");
    QVERIFY(!loaded.has_value());
    QVERIFY2(loaded.error().contains(QStringLiteral(
                 "endpoints[0].headers.Authorization: environment variable BW_TEST_MISSING is "
                 "not set")),
             qPrintable(loaded.error()));
    QVERIFY(loaded.error().contains(QStringLiteral("endpoints[0].headers.X-B: file "
                                                   "/nonexistent/x cannot be read")));
}

void tst_ConfigLoader::refusesReferencesToDevicesAndPipes()
{
    // Reading /dev/stdin or a FIFO would block the load for good, /dev/zero would never end.
    const auto loaded = parseConfig(
        R"({"endpoints":[{"id":"a","url":"http://127.0.0.1/","headers":{)"
        R"("X-A":"${file:/dev/null}","X-B":"${file:/dev/zero}","X-C":"${file:/tmp}"}}]})");
    QVERIFY(!loaded.has_value());
    const QStringList lines = loaded.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.contains(QStringLiteral("endpoints[0].headers.X-A: /dev/null is not a "
                                           "regular file")),
             qPrintable(loaded.error()));
}

void tst_ConfigLoader::readsRetryOnAndDeadline()
{
    const auto loaded = parseConfig(
        R"({"endpoints":[{"id":"a","url":"http://127.0.0.1/","retry":{)"
        R"("retryOn":["timeout",503,"5xx"],"deadlineMs":2500}}]})");
    QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error()));
    const RetrySettings &r = loaded->config.endpoints.first().retry;
    QCOMPARE(r.deadline, Millis(2500));
    QVERIFY(r.retryOn.timeout);
    QVERIFY(!r.retryOn.networkError);
    QVERIFY(r.retryOn.anyServerError);
    QCOMPARE(r.retryOn.statuses, QList<int>{503});
    const auto bad = parseConfig(
        R"({"endpoints":[{"id":"a","url":"http://127.0.0.1/","retry":{"retryOn":["often"]}}]})");
    QVERIFY(!bad.has_value());
    QVERIFY(bad.error().startsWith(QStringLiteral("endpoints[0].retry.retryOn: \"often\"")));
}


void tst_ConfigLoader::readsDeliverModeAndQueueLimits()
{
    const auto loaded = parseConfig(
        R"({"version":1,"endpoints":[{"id":"a","url":"http://127.0.0.1/in","mode":"deliver",)"
        R"("queue":{"maxDeliveries":50,"maxBytes":4096}},{"id":"b","url":"http://127.0.0.1/"}]})");
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QVERIFY(loaded->warnings.isEmpty());
    const EndpointConfig &a = loaded->config.endpoints.at(0);
    QCOMPARE(a.mode, EndpointMode::Deliver);
    QCOMPARE(a.queue.maxDeliveries, 50);
    QCOMPARE(a.queue.maxBytes, 4096);
    QCOMPARE(a.idempotencyKeyHeader, QByteArray("Idempotency-Key"));
    QCOMPARE(loaded->config.endpoints.at(1).mode, EndpointMode::Poll);
    const auto again = parseConfig(serializeConfig(loaded->config));
    QVERIFY(again);
    QCOMPARE(again->config.endpoints, loaded->config.endpoints);
}

QTEST_GUILESS_MAIN(tst_ConfigLoader)
#include "tst_configloader.moc"
