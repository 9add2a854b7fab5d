// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"
#include "pipeline/engine.h"
#include "scriptedserver.h"

#include <QProcess>
#include <QSet>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace Qt::StringLiterals;

/// An https server on 127.0.0.1 that answers every request the same way (200 "ok" unless
/// told otherwise) and closes.
class TlsPeer final : public QObject
{
public:
    TlsPeer(const QString &certFile, const QString &keyFile)
    {
        QFile cert(certFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll()));
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        m_server.setSslConfiguration(ssl);
        // A connection only becomes pending once its handshake succeeded; this counts the
        // failed ones too.
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                [this] { ++m_connections; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1/tls"_s.arg(m_server.serverPort())); }
    int answered() const { return m_answered; }
    /// What the peer answers every request with; by default a 200 "ok".
    void setResponse(QByteArray response) { m_response = std::move(response); }
    /// Handshakes the server started, whether they succeeded or not.
    int connections() const { return m_connections; }

private:
    void serve(QSslSocket *socket)
    {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            m_heads[socket] += socket->readAll();
            if (!m_heads[socket].contains("\r\n\r\n"))
                return;
            m_heads.remove(socket);
            ++m_answered;
            socket->write(m_response);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    QHash<QSslSocket *, QByteArray> m_heads;
    int m_answered = 0;
    int m_connections = 0;
    QByteArray m_response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
};

/// TLS against certificates made at test time with the openssl command: a self-signed one and
/// one issued by a throwaway CA. Nothing is trusted by default; a per-endpoint CA file or pin
/// is the only way in.
class tst_Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesASelfSignedCertificate();
    void refusesACertificateFromAnUnknownCa();
    void trustsACertificateThroughTheEndpointsCaFile();
    void trustsASelfSignedCertificateThroughItsKeyPin();
    void trustsASelfSignedCertificateThroughItsFingerprint();
    void refusesAWrongPin();
    void refusesAWrongPinEvenWhenTheCaVouches();
    void anotherEndpointOnTheSameHostStaysUntrusted();
    void neverRetriesATlsFailure_data();
    void neverRetriesATlsFailure();
    void neverRetriesARedirectToPlainHttp();

private:
    /// Runs until `enough` attempts ended (default: one per endpoint), at most `limit`.
    static QList<AttemptRecord> runOnce(const QList<EndpointConfig> &endpoints, int enough = 0,
                                        Millis limit = Millis(8000));
    EndpointConfig endpoint(const TlsPeer &peer, const QString &tlsJson = {}) const;
    static Result<QByteArray> openssl(const QStringList &arguments, const QByteArray &input = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QByteArray m_selfSignedKeyPin; // base64 SHA-256 of the public key, as curl writes pins
    QByteArray m_selfSignedFingerprint; // "AB:CD:..." SHA-256 of the whole certificate
};

Result<QByteArray> tst_Tls::openssl(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(u"openssl"_s, arguments);
    if (!process.waitForStarted(5000))
        return Unexpected(u"openssl did not start"_s);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return Unexpected(u"openssl %1 failed: %2"_s.arg(arguments.join(u' '),
                                                         QString::fromLocal8Bit(
                                                             process.readAllStandardError())));
    return process.readAllStandardOutput();
}

void tst_Tls::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command is not installed (Debian package openssl)");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY(m_dir.isValid());
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s};
    const auto must = [](const Result<QByteArray> &r) {
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error()));
    };
    // Self-signed, for 127.0.0.1 (so only trust is in question, never the name).
    must(openssl(QStringList{u"req"_s, u"-x509"_s} + ec
                 + QStringList{u"-keyout"_s, path(u"self.key"_s), u"-out"_s, path(u"self.pem"_s),
                               u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                               u"subjectAltName=IP:127.0.0.1"_s}));
    // A CA, and a server certificate it issued.
    must(openssl(QStringList{u"req"_s, u"-x509"_s} + ec
                 + QStringList{u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s),
                               u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Breakwater test CA"_s}));
    // Issued by that CA for another name: trusted issuer, wrong host.
    must(openssl(QStringList{u"req"_s} + ec
                 + QStringList{u"-keyout"_s, path(u"other.key"_s), u"-out"_s,
                               path(u"other.csr"_s), u"-subj"_s, u"/CN=other.invalid"_s}));
    QFile otherExt(path(u"other.ext"_s));
    QVERIFY(otherExt.open(QIODevice::WriteOnly));
    otherExt.write("subjectAltName=DNS:other.invalid\n");
    otherExt.close();
    must(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"other.csr"_s), u"-CA"_s,
                  path(u"ca.pem"_s), u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s,
                  u"-out"_s, path(u"other.pem"_s), u"-days"_s, u"2"_s, u"-extfile"_s,
                  otherExt.fileName()}));
    must(openssl(QStringList{u"req"_s} + ec
                 + QStringList{u"-keyout"_s, path(u"leaf.key"_s), u"-out"_s, path(u"leaf.csr"_s),
                               u"-subj"_s, u"/CN=127.0.0.1"_s}));
    QFile ext(path(u"leaf.ext"_s));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    must(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"leaf.csr"_s), u"-CA"_s, path(u"ca.pem"_s),
                  u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s,
                  path(u"leaf.pem"_s), u"-days"_s, u"2"_s, u"-extfile"_s, ext.fileName()}));

    // The pins as a user would compute them, with openssl rather than with Qt.
    const auto publicKey = openssl({u"x509"_s, u"-in"_s, path(u"self.pem"_s), u"-pubkey"_s,
                                    u"-noout"_s});
    must(publicKey);
    const auto der = openssl({u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"der"_s}, *publicKey);
    must(der);
    const auto digest = openssl({u"dgst"_s, u"-sha256"_s, u"-binary"_s}, *der);
    must(digest);
    m_selfSignedKeyPin = digest->toBase64();
    const auto fingerprint = openssl({u"x509"_s, u"-in"_s, path(u"self.pem"_s), u"-noout"_s,
                                      u"-fingerprint"_s, u"-sha256"_s});
    must(fingerprint);
    m_selfSignedFingerprint = fingerprint->trimmed().split('=').last();
    QCOMPARE(m_selfSignedFingerprint.size(), 95);
}

EndpointConfig tst_Tls::endpoint(const TlsPeer &peer, const QString &tlsJson) const
{
    QString json = uR"({"version":1,"endpoints":[{"id":"tls","url":"%1","intervalMs":60000,
        "timeoutMs":5000,"retry":{"maxAttempts":1}%2}]})"_s.arg(peer.url().toString());
    json = json.arg(tlsJson.isEmpty() ? QString() : u",\"tls\":"_s + tlsJson);
    const auto loaded = parseConfig(json.toUtf8());
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error()));
        return {};
    }
    return loaded->config.endpoints.first();
}

QList<AttemptRecord> tst_Tls::runOnce(const QList<EndpointConfig> &endpoints, int enough,
                                      Millis limit)
{
    SystemClock clock;
    Engine engine(clock);
    QList<AttemptRecord> records;
    connect(&engine, &Engine::updated, &engine,
            [&records](const EngineUpdate &u) { records += u.records; });
    engine.setEndpoints(endpoints);
    engine.start();
    QDeadlineTimer deadline(limit);
    if (enough == 0)
        enough = int(endpoints.size());
    while (records.size() < enough && !deadline.hasExpired())
        QTest::qWait(50);
    engine.stop(Millis(2000));
    return records;
}

void tst_Tls::refusesASelfSignedCertificate()
{
    TlsPeer peer(path(u"self.pem"_s), path(u"self.key"_s));
    QVERIFY(peer.isListening());
    const auto records = runOnce({endpoint(peer)});
    QCOMPARE(records.size(), 1);
    const AttemptRecord &r = records.first();
    QCOMPARE(r.outcome, Outcome::TlsError);
    QCOMPARE(outcomeName(r.outcome), u"tls_error"_s);
    QCOMPARE(r.errorKind, ErrorKind::TlsUntrusted);
    QCOMPARE(r.networkError, int(QNetworkReply::SslHandshakeFailedError));
    QVERIFY2(r.error.contains(u"self-signed"_s), qPrintable(r.error));
    QCOMPARE(peer.answered(), 0);
}

void tst_Tls::refusesACertificateFromAnUnknownCa()
{
    TlsPeer peer(path(u"leaf.pem"_s), path(u"leaf.key"_s));
    QVERIFY(peer.isListening());
    const auto records = runOnce({endpoint(peer)});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().errorKind, ErrorKind::TlsUntrusted);
    QVERIFY2(records.first().error.contains(u"does not trust"_s),
             qPrintable(records.first().error));
    QCOMPARE(peer.answered(), 0);
}

void tst_Tls::trustsACertificateThroughTheEndpointsCaFile()
{
    TlsPeer peer(path(u"leaf.pem"_s), path(u"leaf.key"_s));
    QVERIFY(peer.isListening());
    const auto records = runOnce({endpoint(peer, uR"({"caFile":"%1"})"_s.arg(path(u"ca.pem"_s)))});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, Outcome::Ok);
    QCOMPARE(records.first().httpStatus, 200);
    QCOMPARE(peer.answered(), 1);
}

void tst_Tls::trustsASelfSignedCertificateThroughItsKeyPin()
{
    TlsPeer peer(path(u"self.pem"_s), path(u"self.key"_s));
    QVERIFY(peer.isListening());
    const auto records = runOnce(
        {endpoint(peer, uR"({"pinSha256":"sha256//%1"})"_s.arg(
                            QLatin1String(m_selfSignedKeyPin)))});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, Outcome::Ok);
    QCOMPARE(peer.answered(), 1);
}

void tst_Tls::trustsASelfSignedCertificateThroughItsFingerprint()
{
    TlsPeer peer(path(u"self.pem"_s), path(u"self.key"_s));
    QVERIFY(peer.isListening());
    const auto records = runOnce({endpoint(
        peer, uR"({"pinSha256":["%1"]})"_s.arg(QLatin1String(m_selfSignedFingerprint)))});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, Outcome::Ok);
}

void tst_Tls::refusesAWrongPin()
{
    TlsPeer peer(path(u"self.pem"_s), path(u"self.key"_s));
    QVERIFY(peer.isListening());
    const QString wrong = QString::fromLatin1(QByteArray(32, '\x42').toBase64());
    const auto records = runOnce({endpoint(peer, uR"({"pinSha256":"%1"})"_s.arg(wrong))});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, Outcome::TlsError);
    QCOMPARE(records.first().errorKind, ErrorKind::TlsPinMismatch);
    QVERIFY2(records.first().error.contains(u"pins"_s), qPrintable(records.first().error));
    QCOMPARE(peer.answered(), 0);
}

void tst_Tls::refusesAWrongPinEvenWhenTheCaVouches()
{
    // A certificate valid under the CA raises no sslErrors; the pin is checked on `encrypted`.
    TlsPeer peer(path(u"leaf.pem"_s), path(u"leaf.key"_s));
    QVERIFY(peer.isListening());
    const auto records = runOnce({endpoint(
        peer, uR"({"caFile":"%1","pinSha256":"%2"})"_s.arg(path(u"ca.pem"_s),
                                                           QLatin1String(m_selfSignedKeyPin)))});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().errorKind, ErrorKind::TlsPinMismatch);
    QCOMPARE(peer.answered(), 0);
}

void tst_Tls::anotherEndpointOnTheSameHostStaysUntrusted()
{
    // The pinned endpoint runs on a manager of its own, so its trusted connection is never
    // lent to an endpoint without the pin.
    TlsPeer peer(path(u"self.pem"_s), path(u"self.key"_s));
    QVERIFY(peer.isListening());
    EndpointConfig pinned = endpoint(
        peer, uR"({"pinSha256":"%1"})"_s.arg(QLatin1String(m_selfSignedKeyPin)));
    pinned.id = u"pinned"_s;
    pinned.interval = Millis(500); // the engine spreads first polls over an interval
    EndpointConfig plain = endpoint(peer);
    plain.id = u"plain"_s;
    plain.interval = Millis(500);
    const auto records = runOnce({pinned, plain}, 4);
    QSet<QString> seen;
    for (const AttemptRecord &r : records) {
        seen.insert(r.endpointId);
        if (r.endpointId == u"pinned"_s)
            QCOMPARE(r.outcome, Outcome::Ok);
        else
            QCOMPARE(r.errorKind, ErrorKind::TlsUntrusted);
    }
    QCOMPARE(seen.size(), 2);
}

void tst_Tls::neverRetriesATlsFailure_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("tls"); // the endpoint's tls object, with %1 the CA file
    QTest::addColumn<int>("kind"); // an ErrorKind
    QTest::newRow("self-signed") << u"self"_s << QString() << int(ErrorKind::TlsUntrusted);
    QTest::newRow("host name mismatch")
        << u"other"_s << uR"({"caFile":"%1"})"_s << int(ErrorKind::TlsUntrusted);
    const QString wrong = QString::fromLatin1(QByteArray(32, '\x42').toBase64());
    QTest::newRow("pin mismatch")
        << u"self"_s << uR"({"pinSha256":"%1"})"_s.arg(wrong) << int(ErrorKind::TlsPinMismatch);
}

void tst_Tls::neverRetriesATlsFailure()
{
    // Retries allowed and quick: a TLS failure must still end after its first attempt, since
    // the same certificate fails the same way every time.
    QFETCH(QString, cert);
    QFETCH(QString, tls);
    QFETCH(int, kind);
    TlsPeer peer(path(cert + u".pem"_s), path(cert + u".key"_s));
    QVERIFY(peer.isListening());
    EndpointConfig e = endpoint(peer, tls.contains(u"%1"_s) ? tls.arg(path(u"ca.pem"_s)) : tls);
    QVERIFY(!e.id.isEmpty());
    e.retry.maxAttempts = 3;
    e.retry.baseDelay = Millis(20);
    e.retry.maxDelay = Millis(20);
    // Two records would mean a retry; waiting 1.5 s leaves dozens of backoff periods for one.
    const auto records = runOnce({e}, 2, Millis(1500));
    QCOMPARE(records.size(), 1);
    const AttemptRecord &r = records.first();
    QCOMPARE(r.attempt, 1);
    QCOMPARE(r.outcome, Outcome::TlsError);
    QCOMPARE(int(r.errorKind), kind);
    QVERIFY(!r.willRetry);
    QCOMPARE(peer.connections(), 1);
    QCOMPARE(peer.answered(), 0);
    if (cert == u"other"_s)
        QVERIFY2(r.error.contains(u"another host name"_s), qPrintable(r.error));
}

void tst_Tls::neverRetriesARedirectToPlainHttp()
{
    // A trusted https peer that sends the client to http: refused, as redirect_error, once.
    ScriptedServer plain;
    QVERIFY(plain.listen().has_value());
    TlsPeer peer(path(u"self.pem"_s), path(u"self.key"_s));
    QVERIFY(peer.isListening());
    peer.setResponse("HTTP/1.1 302 Found\r\nLocation: " + plain.url(u"/plain"_s).toEncoded()
                     + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    EndpointConfig e = endpoint(peer, uR"({"pinSha256":"sha256//%1"})"_s.arg(
                                          QLatin1String(m_selfSignedKeyPin)));
    QVERIFY(!e.id.isEmpty());
    e.retry.maxAttempts = 3;
    e.retry.baseDelay = Millis(20);
    e.retry.maxDelay = Millis(20);
    const auto records = runOnce({e}, 2, Millis(1500));
    QCOMPARE(records.size(), 1);
    const AttemptRecord &r = records.first();
    QCOMPARE(r.attempt, 1);
    QCOMPARE(r.outcome, Outcome::RedirectError);
    QCOMPARE(outcomeName(r.outcome), u"redirect_error"_s);
    QCOMPARE(r.networkError, int(QNetworkReply::InsecureRedirectError));
    QVERIFY(!r.willRetry);
    QCOMPARE(peer.answered(), 1);
    QCOMPARE(plain.requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
