// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliverystore.h"
#include "scriptedserver.h"
#include "testpeers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bw;

/// `breakwater enqueue`, `breakwater deadletters` and the --intake-listen intake, run as the
/// real binary against queue files in a temporary folder.
class tst_QueueCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enqueueAcceptsAFile();
    void enqueueRefusesBadLinesByNumber();
    void enqueueChecksTheEndpointAndItsLimits();
    void deadLettersListRequeuePurge();
    void intakeAnswers202WithTheId();
    void intakeRefusesNonLoopback();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    /// `enqueue --queue-db queue --endpoint e1 --file file`, without a configuration.
    Run enqueueForE1(const QString &queue, const QString &file);
    QString write(const QString &name, const QByteArray &text);
    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_QueueCli::initTestCase()
{
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    QVERIFY(m_dir.isValid());
}

tst_QueueCli::Run tst_QueueCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(20000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

tst_QueueCli::Run tst_QueueCli::enqueueForE1(const QString &queue, const QString &file)
{
    return run({QStringLiteral("enqueue"), QStringLiteral("--queue-db"), queue,
                QStringLiteral("--endpoint"), QStringLiteral("e1"), QStringLiteral("--file"),
                file});
}

QString tst_QueueCli::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(text);
    return path;
}

void tst_QueueCli::enqueueAcceptsAFile()
{
    const QString queue = m_dir.filePath(QStringLiteral("accept.sqlite"));
    const QString events = write(QStringLiteral("accept.jsonl"),
                                 "{\"a\":1}\n\n"
                                 "{\"method\":\"PUT\",\"path\":\"/x\",\"body\":\"t\"}\n"
                                 "[1,2]\r\n");
    const Run r = enqueueForE1(queue, events);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("deliveries accepted for e1: 3"), r.out.constData());
    DeliveryStore store;
    QVERIFY(store.open(queue));
    const auto pending = store.pending(QStringLiteral("e1"), 0, 10);
    QCOMPARE(pending->size(), 3);
    QCOMPARE(pending->at(0).request.body, QByteArray("{\"a\":1}"));
    QCOMPARE(pending->at(1).request.method, QByteArray("PUT"));
    QCOMPARE(pending->at(2).request.body, QByteArray("[1,2]"));
}

void tst_QueueCli::enqueueRefusesBadLinesByNumber()
{
    const QString queue = m_dir.filePath(QStringLiteral("bad.sqlite"));
    const QString events = write(QStringLiteral("bad.jsonl"),
                                 "{\"a\":1}\n{broken\n{\"a\":2}\n"
                                 "{\"method\":\"BREW\",\"body\":1}\n");
    const Run r = enqueueForE1(queue, events);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("bad.jsonl:2:"), r.err.constData());
    QVERIFY2(r.err.contains("bad.jsonl:4:"), r.err.constData());
    QVERIFY2(r.err.contains("nothing was enqueued"), r.err.constData());
    QVERIFY(!r.err.contains("bad.jsonl:1:"));
    DeliveryStore store;
    QVERIFY(store.open(queue));
    QCOMPARE(store.counts(QStringLiteral("e1"))->pending, 0);

    const Run missing = run({QStringLiteral("enqueue"), QStringLiteral("--endpoint"),
                             QStringLiteral("e1")});
    QCOMPARE(missing.exitCode, 2);
    const Run noFile = enqueueForE1(queue, m_dir.filePath(QStringLiteral("none")));
    QCOMPARE(noFile.exitCode, 2);
}

void tst_QueueCli::enqueueChecksTheEndpointAndItsLimits()
{
    const QString config = write(
        QStringLiteral("limits.json"),
        R"({"version":1,"endpoints":[
            {"id":"small","url":"http://127.0.0.1:9/in","mode":"deliver",
             "queue":{"maxDeliveries":2}},
            {"id":"poller","url":"http://127.0.0.1:9/"}]})");
    const QString queue = m_dir.filePath(QStringLiteral("limits.sqlite"));
    const QString three = write(QStringLiteral("three.jsonl"), "1\n2\n3\n");
    const QString two = write(QStringLiteral("two.jsonl"), "1\n2\n");
    const QString foreign = write(QStringLiteral("foreign.jsonl"),
                                  "1\n{\"url\":\"http://127.0.0.2:9/x\",\"body\":\"\"}\n");
    auto enqueue = [&](const QString &endpoint, const QString &file) {
        return run({QStringLiteral("enqueue"), QStringLiteral("--config"), config,
                    QStringLiteral("--queue-db"), queue, QStringLiteral("--endpoint"), endpoint,
                    QStringLiteral("--file"), file});
    };
    const Run full = enqueue(QStringLiteral("small"), three);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains("full"), full.err.constData());
    QCOMPARE(enqueue(QStringLiteral("small"), two).exitCode, 0);
    QCOMPARE(enqueue(QStringLiteral("unknown"), two).exitCode, 2);
    const Run poller = enqueue(QStringLiteral("poller"), two);
    QCOMPARE(poller.exitCode, 2);
    QVERIFY2(poller.err.contains("deliver mode"), poller.err.constData());
    const Run offOrigin = enqueue(QStringLiteral("small"), foreign);
    QCOMPARE(offOrigin.exitCode, 2);
    QVERIFY2(offOrigin.err.contains("foreign.jsonl:2:"), offOrigin.err.constData());
}

void tst_QueueCli::deadLettersListRequeuePurge()
{
    const QString queue = m_dir.filePath(QStringLiteral("dead.sqlite"));
    QStringList ids;
    {
        DeliveryStore store;
        QVERIFY(store.open(queue));
        DeliveryRequest request;
        request.body = "x";
        request.headers.append({QByteArray("Authorization"), QByteArray("Bearer secret")});
        const auto added = store.enqueue(QStringLiteral("e1"), {request, request, request}, {},
                                         1'787'216'400'000);
        QVERIFY(added);
        ids = *added;
        for (const QString &id : ids)
            QVERIFY(store.apply({{DeliveryUpdate::Kind::DeadLetter, id, 1, 0,
                                  QStringLiteral("HTTP 422: will not succeed"), 1}}));
    }
    const QStringList base{QStringLiteral("--queue-db"), queue, QStringLiteral("--endpoint"),
                           QStringLiteral("e1")};
    const Run list = run(QStringList{QStringLiteral("deadletters"), QStringLiteral("list")} + base);
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value("id").toString(), ids.first());
    QVERIFY(first.value("reason").toString().contains(QStringLiteral("422")));
    QVERIFY(!list.out.contains("secret"));

    QCOMPARE(run(QStringList{QStringLiteral("deadletters"), QStringLiteral("purge")} + base)
                 .exitCode,
             2); // neither --id nor --all
    const Run requeue = run(QStringList{QStringLiteral("deadletters"), QStringLiteral("requeue"),
                                        QStringLiteral("--id"), ids.at(1)}
                            + base);
    QCOMPARE(requeue.exitCode, 0);
    QVERIFY2(requeue.out.contains("dead letters requeued: 1"), requeue.out.constData());
    const Run purge = run(QStringList{QStringLiteral("deadletters"), QStringLiteral("purge"),
                                      QStringLiteral("--all")}
                          + base);
    QCOMPARE(purge.exitCode, 0);
    QVERIFY2(purge.out.contains("dead letters purged: 2"), purge.out.constData());
    DeliveryStore store;
    QVERIFY(store.open(queue));
    const auto counts = store.counts(QStringLiteral("e1"));
    QCOMPARE(counts->pending, 1);
    QCOMPARE(counts->deadLetters, 0);
    QCOMPARE(run({QStringLiteral("deadletters"), QStringLiteral("frobnicate")}).exitCode, 2);
}

void tst_QueueCli::intakeAnswers202WithTheId()
{
    // A sink that never answers keeps every delivery pending, so the queue fills up.
    ScriptedServer sink;
    QVERIFY(sink.listen());
    ScriptStep silent;
    silent.respond = false;
    sink.setFallback(silent);
    const QString config = write(
        QStringLiteral("intake.json"),
        QStringLiteral(R"({"version":1,"endpoints":[{"id":"in","url":"%1","mode":"deliver",
            "maxInFlight":1,"timeoutMs":60000,"queue":{"maxDeliveries":3}}]})")
            .arg(sink.url(QStringLiteral("/hook")).toString())
            .toUtf8());
    const QString queue = m_dir.filePath(QStringLiteral("intake.sqlite"));
    const quint16 port = freeLoopbackPort();
    QProcess agent;
    agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent.start(m_binary, {QStringLiteral("--config"), config, QStringLiteral("--headless"),
                           QStringLiteral("--queue-db"), queue, QStringLiteral("--history"),
                           m_dir.filePath(QStringLiteral("intake-history.sqlite")),
                           QStringLiteral("--status-interval"), QStringLiteral("0"),
                           QStringLiteral("--intake-listen"),
                           QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(agent.waitForStarted(10000));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return fetch(manager, request, 5s, "POST", body);
    };
    // QTRY_* evaluates its expression more than once: wait for the port, then post once.
    int first = 0;
    for (int i = 0; i < 100 && first == 0; ++i) {
        first = post(QStringLiteral("/v1/endpoints/in/deliveries"), "{\"n\":1}").status;
        if (first == 0)
            QTest::qWait(100);
    }
    QCOMPARE(first, 202);
    const FetchResult accepted = post(QStringLiteral("/v1/endpoints/in/deliveries"),
                                      R"({"idempotencyKey":"k-2","body":{"n":2}})");
    QCOMPARE(accepted.status, 202);
    const QJsonObject answer = QJsonDocument::fromJson(accepted.body).object();
    QCOMPARE(answer.value("idempotencyKey").toString(), QStringLiteral("k-2"));
    const QString id = answer.value("id").toString();
    QCOMPARE(id.size(), 36);

    QCOMPARE(post(QStringLiteral("/v1/endpoints/in/deliveries"), "{nope").status, 400);
    QCOMPARE(post(QStringLiteral("/v1/endpoints/other/deliveries"), "{}").status, 404);
    QCOMPARE(post(QStringLiteral("/v2/anything"), "{}").status, 404);
    QCOMPARE(post(QStringLiteral("/v1/endpoints/in/deliveries"),
                  "\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"")
                 .status,
             413);
    QCOMPARE(post(QStringLiteral("/v1/endpoints/in/deliveries"), "3").status, 202);
    const FetchResult full = post(QStringLiteral("/v1/endpoints/in/deliveries"), "4");
    QCOMPARE(full.status, 503);
    QVERIFY(full.body.contains("full"));
    QVERIFY(!full.header("Retry-After").isEmpty());

    // The accepted ones are durable: the same id is in the file, with its key.
    DeliveryStore store;
    QVERIFY(store.open(queue));
    const auto pending = store.pending(QStringLiteral("in"), 0, 10);
    QCOMPARE(pending->size(), 3);
    QCOMPARE(pending->at(1).id, id);
    QCOMPARE(pending->at(1).idempotencyKey, QStringLiteral("k-2"));
    // And the agent picks them up: the first one reached the sink.
    QTRY_VERIFY_WITH_TIMEOUT(sink.requestCount() >= 1, 10000);
    QCOMPARE(sink.requests().first().header("Idempotency-Key"),
             pending->at(0).idempotencyKey.toLatin1());
    agent.kill();
    QVERIFY(agent.waitForFinished(5000));
}

void tst_QueueCli::intakeRefusesNonLoopback()
{
    const QString config = write(
        QStringLiteral("remote.json"),
        R"({"version":1,"endpoints":[{"id":"in","url":"http://127.0.0.1:9/","mode":"deliver"}]})");
    const Run r = run({QStringLiteral("--config"), config, QStringLiteral("--headless"),
                       QStringLiteral("--queue-db"), m_dir.filePath(QStringLiteral("r.sqlite")),
                       QStringLiteral("--intake-listen"), QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--duration"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("loopback"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_QueueCli)
#include "tst_queuecli.moc"
