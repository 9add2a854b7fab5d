// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <limits>

namespace bw {

bool isSecretHeader(QByteArrayView name)
{
    static const QByteArrayView secrets[] = {"authorization", "proxy-authorization", "cookie",
                                             "set-cookie",    "x-api-key",           "api-key",
                                             "x-auth-token"};
    const QByteArray lower = name.toByteArray().toLower();
    for (QByteArrayView secret : secrets) {
        if (lower == secret)
            return true;
    }
    return lower.contains("token") || lower.contains("secret") || lower.contains("password");
}

namespace {

const QRegularExpression &referencePattern()
{
    static const QRegularExpression reference(QStringLiteral(R"(\$\{(env|file):([^}]*)\})"));
    return reference;
}

} // namespace

bool hasReference(QByteArrayView value)
{
    return referencePattern().match(QString::fromUtf8(value)).hasMatch();
}

Result<QByteArray> resolveReferences(const QByteArray &value)
{
    const QRegularExpression &reference = referencePattern();
    const QString text = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString kind = m.captured(1);
        const QString name = m.captured(2);
        if (name.isEmpty())
            return Unexpected(QStringLiteral("${%1:} names nothing").arg(kind));
        if (kind == QLatin1String("env")) {
            if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
                return Unexpected(
                    QStringLiteral("environment variable %1 is not set").arg(name));
            out += qEnvironmentVariable(name.toLocal8Bit().constData());
            continue;
        }
        // A FIFO or a device (/dev/stdin, /dev/zero) would block the load or never end.
        if (const QFileInfo info(name); info.exists() && !info.isFile())
            return Unexpected(QStringLiteral("%1 is not a regular file").arg(name));
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return Unexpected(QStringLiteral("file %1 cannot be read: %2")
                                  .arg(name, file.errorString()));
        const QByteArray content = file.read(64 * 1024 + 1);
        if (content.size() > 64 * 1024)
            return Unexpected(QStringLiteral("file %1 is larger than 64 KiB").arg(name));
        out += QString::fromUtf8(content.trimmed());
    }
    out += text.mid(last);
    if (out.contains(QLatin1Char('\r')) || out.contains(QLatin1Char('\n')))
        return Unexpected(QStringLiteral("the resolved value contains a line break"));
    return out.toUtf8();
}

namespace {

/// Numbers in messages as people write them: 604800000, not 6.048e+08.
QString plain(double d)
{
    if (d == std::floor(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 12);
}

constexpr qint64 maxDurationMs = 7LL * 24 * 3600 * 1000; // a week: past that it is a typo

/// Walks one JSON object, collecting errors and warnings with their paths. Each getter
/// returns the default when the key is absent and records an error when it is present but
/// wrong, so one pass reports every problem.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QStringList &errors,
                 QStringList &warnings)
        : m_object(object), m_path(std::move(path)), m_errors(errors), m_warnings(warnings)
    {}

    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void error(const QString &key, const QString &reason)
    {
        m_errors.append(pathOf(key) + QStringLiteral(": ") + reason);
    }

    bool has(const QString &key)
    {
        m_known.insert(key);
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    QJsonValue value(const QString &key) { return (m_known.insert(key), m_object.value(key)); }

    QString string(const QString &key, const QString &fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            error(key, QStringLiteral("must be a string, got %1").arg(typeName(v)));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            error(key, QStringLiteral("must be true or false, got %1").arg(typeName(v)));
            return fallback;
        }
        return v.toBool();
    }

    double number(const QString &key, double fallback, double min, double max,
                  bool integral = false)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            error(key, QStringLiteral("must be a number, got %1").arg(typeName(v)));
            return fallback;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            error(key, QStringLiteral("must be a finite number"));
            return fallback;
        }
        if (integral && d != std::floor(d)) {
            error(key, QStringLiteral("must be a whole number, got %1").arg(plain(d)));
            return fallback;
        }
        if (d < min) {
            error(key, QStringLiteral("must be at least %1, got %2").arg(plain(min), plain(d)));
            return fallback;
        }
        if (d > max) {
            error(key, QStringLiteral("must be at most %1, got %2").arg(plain(max), plain(d)));
            return fallback;
        }
        return d;
    }

    int integer(const QString &key, int fallback, int min, int max)
    {
        return static_cast<int>(number(key, fallback, min, max, true));
    }

    Millis millis(const QString &key, Millis fallback, qint64 min, qint64 max = maxDurationMs)
    {
        return Millis(static_cast<qint64>(
            number(key, static_cast<double>(fallback.count()), static_cast<double>(min),
                   static_cast<double>(max), true)));
    }

    /// A child object, or an empty one when absent. Errors when present and not an object.
    std::optional<QJsonObject> object(const QString &key)
    {
        if (!has(key))
            return QJsonObject();
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) {
            error(key, QStringLiteral("must be an object, got %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    /// A reader for the child object `key`; nullopt when it is absent (its defaults apply) or
    /// not an object (an error is recorded).
    std::optional<ObjectReader> child(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const auto object = this->object(key);
        if (!object)
            return std::nullopt;
        return ObjectReader(*object, pathOf(key), m_errors, m_warnings);
    }

    /// Warns about every key that no getter asked for.
    void warnUnknownKeys()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                m_warnings.append(pathOf(it.key()) + QStringLiteral(": unknown key, ignored"));
        }
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return QStringLiteral("a boolean");
        case QJsonValue::Double: return QStringLiteral("a number");
        case QJsonValue::String: return QStringLiteral("a string");
        case QJsonValue::Array: return QStringLiteral("an array");
        case QJsonValue::Object: return QStringLiteral("an object");
        case QJsonValue::Undefined: break;
        }
        return QStringLiteral("nothing");
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList &m_errors;
    QStringList &m_warnings;
    QSet<QString> m_known;
};

template<typename E>
E choice(ObjectReader &r, const QString &key, E fallback,
         std::initializer_list<std::pair<const char *, E>> options)
{
    const QString text = r.string(key, QString());
    if (text.isNull())
        return fallback;
    QStringList names;
    for (const auto &[name, value] : options) {
        if (text == QLatin1String(name))
            return value;
        names.append(QLatin1String(name));
    }
    r.error(key, QStringLiteral("must be one of %1, got \"%2\"")
                     .arg(names.join(QStringLiteral(", ")), text));
    return fallback;
}

void readRetry(ObjectReader &parent, RetrySettings &retry)
{
    auto child = parent.child(QStringLiteral("retry"));
    if (!child)
        return;
    ObjectReader &r = *child;
    retry.maxAttempts = r.integer(QStringLiteral("maxAttempts"), retry.maxAttempts, 1, 100);
    retry.baseDelay = r.millis(QStringLiteral("baseDelayMs"), retry.baseDelay, 0);
    retry.maxDelay = r.millis(QStringLiteral("maxDelayMs"), retry.maxDelay, 0);
    retry.minDelay = r.millis(QStringLiteral("minDelayMs"), retry.minDelay, 0);
    retry.maxServerDelay = r.millis(QStringLiteral("maxServerDelayMs"), retry.maxServerDelay, 0);
    retry.multiplier = r.number(QStringLiteral("multiplier"), retry.multiplier, 1.0, 100.0);
    retry.deadline = r.millis(QStringLiteral("deadlineMs"), retry.deadline, 0);
    if (r.has(QStringLiteral("retryOn"))) {
        const QJsonValue v = r.value(QStringLiteral("retryOn"));
        QStringList names;
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString())
                names.append(item.toString());
            else if (item.isDouble() && item.toDouble() == std::floor(item.toDouble()))
                names.append(plain(item.toDouble())); // never a cast: 1e60 has no qint64
            else
                ok = false;
        }
        QString why;
        if (!ok)
            r.error(QStringLiteral("retryOn"),
                    QStringLiteral("must be an array of outcome names and status numbers"));
        else if (const auto on = RetryOn::fromNames(names, &why))
            retry.retryOn = *on;
        else
            r.error(QStringLiteral("retryOn"), why);
    }
    retry.kind = choice(r, QStringLiteral("backoff"), retry.kind,
                        {{"constant", BackoffKind::Constant},
                         {"linear", BackoffKind::Linear},
                         {"exponential", BackoffKind::Exponential}});
    retry.jitter = choice(r, QStringLiteral("jitter"), retry.jitter,
                          {{"none", Jitter::None},
                           {"full", Jitter::Full},
                           {"equal", Jitter::Equal},
                           {"decorrelated", Jitter::Decorrelated}});
    if (retry.maxDelay < retry.baseDelay)
        r.error(QStringLiteral("maxDelayMs"),
                QStringLiteral("must be at least baseDelayMs (%1), got %2")
                    .arg(retry.baseDelay.count())
                    .arg(retry.maxDelay.count()));
    if (retry.minDelay > retry.maxDelay)
        r.error(QStringLiteral("minDelayMs"),
                QStringLiteral("must be at most maxDelayMs (%1), got %2")
                    .arg(retry.maxDelay.count())
                    .arg(retry.minDelay.count()));
    r.warnUnknownKeys();
}

void readRateLimit(ObjectReader &parent, RateLimitSettings &limit)
{
    auto child = parent.child(QStringLiteral("rateLimit"));
    if (!child)
        return;
    ObjectReader &r = *child;
    limit.requestsPerSecond =
        r.number(QStringLiteral("requestsPerSecond"), limit.requestsPerSecond, 0, 100000);
    limit.burst = r.number(QStringLiteral("burst"), std::max(1.0, limit.requestsPerSecond), 1,
                           100000);
    limit.adaptive = r.boolean(QStringLiteral("adaptive"), limit.adaptive);
    limit.decreaseFactor =
        r.number(QStringLiteral("decreaseFactor"), limit.decreaseFactor, 0.05, 0.95);
    limit.increasePerSecond =
        r.number(QStringLiteral("increasePerSecond"), limit.increasePerSecond, 0, 100000);
    r.warnUnknownKeys();
}

void readBreaker(ObjectReader &parent, BreakerSettings &breaker, BreakerMode &mode)
{
    auto child = parent.child(QStringLiteral("breaker"));
    if (!child)
        return;
    ObjectReader &r = *child;
    mode = choice(r, QStringLiteral("mode"), mode,
                  {{"automatic", BreakerMode::Automatic},
                   {"forced_open", BreakerMode::ForcedOpen},
                   {"forced_closed", BreakerMode::ForcedClosed},
                   {"disabled", BreakerMode::Disabled},
                   {"metrics_only", BreakerMode::MetricsOnly}});
    breaker.failureRateThreshold = r.number(QStringLiteral("failureRateThreshold"),
                                            breaker.failureRateThreshold, 0.01, 1.0);
    breaker.minimumCalls = r.integer(QStringLiteral("minimumCalls"), breaker.minimumCalls, 1,
                                     1000000);
    breaker.window = std::chrono::seconds(
        r.integer(QStringLiteral("windowSeconds"), int(breaker.window.count()), 1, 86400));
    breaker.openDuration = std::chrono::seconds(
        r.integer(QStringLiteral("openSeconds"), int(breaker.openDuration.count()), 1, 86400));
    breaker.halfOpenProbes =
        r.integer(QStringLiteral("halfOpenProbes"), breaker.halfOpenProbes, 1, 1000);
    breaker.slowCall = r.millis(QStringLiteral("slowCallMs"), breaker.slowCall, 1);
    breaker.slowCallRateThreshold = r.number(QStringLiteral("slowCallRateThreshold"),
                                             breaker.slowCallRateThreshold, 0.01, 1.0);
    breaker.windowKind = choice(r, QStringLiteral("windowKind"), breaker.windowKind,
                                {{"time", BreakerSettings::WindowKind::Time},
                                 {"count", BreakerSettings::WindowKind::Count}});
    breaker.windowSize = r.integer(QStringLiteral("windowSize"), breaker.windowSize, 1, 100000);
    breaker.openBackoffMultiplier = r.number(QStringLiteral("openBackoffMultiplier"),
                                             breaker.openBackoffMultiplier, 1.0, 100.0);
    breaker.maxOpenDuration = std::chrono::seconds(r.integer(
        QStringLiteral("maxOpenSeconds"), int(breaker.maxOpenDuration.count()), 1, 86400));
    r.warnUnknownKeys();
}

void readRetryBudget(ObjectReader &parent, RetryBudgetSettings &budget)
{
    auto child = parent.child(QStringLiteral("retryBudget"));
    if (!child)
        return;
    ObjectReader &r = *child;
    budget.enabled = r.boolean(QStringLiteral("enabled"), budget.enabled);
    budget.ratio = r.number(QStringLiteral("ratio"), budget.ratio, 0.0, 10.0);
    budget.window = std::chrono::seconds(
        r.integer(QStringLiteral("windowSeconds"), int(budget.window.count()), 1, 3600));
    budget.minRetriesPerSecond = r.number(QStringLiteral("minRetriesPerSecond"),
                                          budget.minRetriesPerSecond, 0.0, 100000.0);
    r.warnUnknownKeys();
}

void readAdaptiveThrottle(ObjectReader &parent, AdaptiveThrottleSettings &throttle)
{
    auto child = parent.child(QStringLiteral("adaptiveThrottle"));
    if (!child)
        return;
    ObjectReader &r = *child;
    throttle.enabled = r.boolean(QStringLiteral("enabled"), throttle.enabled);
    throttle.k = r.number(QStringLiteral("k"), throttle.k, 1.0, 100.0);
    throttle.window = std::chrono::seconds(
        r.integer(QStringLiteral("windowSeconds"), int(throttle.window.count()), 1, 3600));
    r.warnUnknownKeys();
}

/// A SHA-256 digest written as 64 hex digits (colons allowed, as `openssl x509 -fingerprint`
/// prints them) or as base64 (as curl's `sha256//` pins), optionally prefixed `sha256/`.
std::optional<QByteArray> decodePin(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("sha256//"), Qt::CaseInsensitive))
        text = text.mid(8);
    else if (text.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        text = text.mid(7);
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$"));
    if (hex.match(text).hasMatch())
        return QByteArray::fromHex(text.remove(QLatin1Char(':')).toLatin1());
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32)
        return decoded.decoded;
    return std::nullopt;
}

void readTls(ObjectReader &parent, TlsSettings &tls)
{
    auto child = parent.child(QStringLiteral("tls"));
    if (!child)
        return;
    ObjectReader &r = *child;
    tls.caFile = r.string(QStringLiteral("caFile"), QString());
    if (!tls.caFile.isEmpty()) {
        const QFileInfo info(tls.caFile);
        QFile file(tls.caFile);
        const QString key = QStringLiteral("caFile");
        if (!info.exists())
            r.error(key, QStringLiteral("file %1 does not exist").arg(tls.caFile));
        else if (!info.isFile())
            r.error(key, QStringLiteral("%1 is not a regular file").arg(tls.caFile));
        else if (!file.open(QIODevice::ReadOnly))
            r.error(key, QStringLiteral("file %1 cannot be read: %2")
                             .arg(tls.caFile, file.errorString()));
        else if (tls.caCertificates = QSslCertificate::fromData(file.read(4 * 1024 * 1024));
                 tls.caCertificates.isEmpty())
            r.error(key, QStringLiteral("file %1 holds no PEM certificate").arg(tls.caFile));
    }
    if (r.has(QStringLiteral("pinSha256"))) {
        const QJsonValue v = r.value(QStringLiteral("pinSha256"));
        QJsonArray texts;
        if (v.isArray())
            texts = v.toArray();
        else
            texts.append(v);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString key = v.isArray() ? QStringLiteral("pinSha256[%1]").arg(i)
                                            : QStringLiteral("pinSha256");
            const auto pin = texts.at(i).isString() ? decodePin(texts.at(i).toString())
                                                    : std::nullopt;
            if (!pin)
                r.error(key, QStringLiteral("must be a SHA-256 digest: 64 hex digits or 44 "
                                            "base64 characters"));
            else
                tls.pinsSha256.append(*pin);
        }
        if (v.isArray() && texts.isEmpty())
            r.error(QStringLiteral("pinSha256"), QStringLiteral("must list at least one pin"));
    }
    r.warnUnknownKeys();
}

void readHeaders(ObjectReader &r, HeaderList &headers, HeaderList &resolvedHeaders)
{
    const auto object = r.object(QStringLiteral("headers"));
    if (!object)
        return;
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString key = QStringLiteral("headers.") + it.key();
        if (!token.match(it.key()).hasMatch()) {
            r.error(key, QStringLiteral("is not a valid HTTP header name"));
            continue;
        }
        if (!it.value().isString()) {
            r.error(key, QStringLiteral("must be a string, got %1")
                             .arg(ObjectReader::typeName(it.value())));
            continue;
        }
        const QString value = it.value().toString();
        if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))) {
            r.error(key, QStringLiteral("must not contain line breaks"));
            continue;
        }
        const auto resolved = resolveReferences(value.toUtf8());
        if (!resolved) {
            r.error(key, resolved.error());
            continue;
        }
        headers.append({it.key().toLatin1(), value.toUtf8()});
        resolvedHeaders.append({it.key().toLatin1(), *resolved});
    }
}

void readQueue(ObjectReader &r, EndpointConfig &e)
{
    e.mode = choice(r, QStringLiteral("mode"), e.mode,
                    {{"poll", EndpointMode::Poll}, {"deliver", EndpointMode::Deliver}});
    if (auto q = r.child(QStringLiteral("queue"))) {
        e.queue.maxDeliveries = qint64(q->number(QStringLiteral("maxDeliveries"),
                                                 double(e.queue.maxDeliveries), 1, 1e9, true));
        e.queue.maxBytes = qint64(q->number(QStringLiteral("maxBytes"), double(e.queue.maxBytes),
                                            1024, 1024.0 * 1024 * 1024 * 1024, true));
        q->warnUnknownKeys();
    }
    // Every attempt of a delivery carries its key; without a header name it could not.
    if (e.mode == EndpointMode::Deliver && e.idempotencyKeyHeader.isEmpty()
        && r.has(QStringLiteral("idempotencyKeyHeader")))
        r.error(QStringLiteral("idempotencyKeyHeader"),
                QStringLiteral("must not be empty when mode is \"deliver\""));
}

EndpointConfig readEndpoint(const QJsonObject &object, const QString &path, QStringList &errors,
                            QStringList &warnings)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    ObjectReader r(object, path, errors, warnings);
    EndpointConfig e;

    if (!r.has(QStringLiteral("id")))
        r.error(QStringLiteral("id"), QStringLiteral("is required"));
    e.id = r.string(QStringLiteral("id"), QString());
    if (!e.id.isEmpty() && !idPattern.match(e.id).hasMatch())
        r.error(QStringLiteral("id"),
                QStringLiteral("must be 1-64 characters of A-Z, a-z, 0-9, '_', '.', '-', got "
                               "\"%1\"")
                    .arg(e.id));
    e.name = r.string(QStringLiteral("name"), e.id);
    if (e.name.isEmpty())
        e.name = e.id;
    e.group = r.string(QStringLiteral("group"), QString()).trimmed();
    if (e.group.size() > 64)
        r.error(QStringLiteral("group"),
                QStringLiteral("must be at most 64 characters, got %1").arg(e.group.size()));

    if (!r.has(QStringLiteral("url"))) {
        r.error(QStringLiteral("url"), QStringLiteral("is required"));
    } else {
        const QString text = r.string(QStringLiteral("url"), QString());
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!text.isNull() && (!url.isValid() || url.isRelative()))
            r.error(QStringLiteral("url"), QStringLiteral("is not a valid absolute URL"));
        else if (!text.isNull() && scheme != QLatin1String("http")
                 && scheme != QLatin1String("https"))
            r.error(QStringLiteral("url"),
                    QStringLiteral("scheme \"%1\" is not supported (use http or https)")
                        .arg(url.scheme()));
        else if (!text.isNull() && url.host().isEmpty())
            r.error(QStringLiteral("url"), QStringLiteral("has no host"));
        else
            e.url = url;
    }

    const QString method = r.string(QStringLiteral("method"), QStringLiteral("GET")).toUpper();
    static const QStringList methods = {QStringLiteral("GET"),    QStringLiteral("HEAD"),
                                        QStringLiteral("POST"),   QStringLiteral("PUT"),
                                        QStringLiteral("PATCH"),  QStringLiteral("DELETE"),
                                        QStringLiteral("OPTIONS")};
    if (!methods.contains(method))
        r.error(QStringLiteral("method"), QStringLiteral("must be one of %1, got \"%2\"")
                                              .arg(methods.join(QStringLiteral(", ")), method));
    e.method = method.toLatin1();
    readHeaders(r, e.headers, e.resolvedHeaders);
    e.body = r.string(QStringLiteral("body"), QString()).toUtf8();
    e.interval = r.millis(QStringLiteral("intervalMs"), e.interval, 10);
    e.timeout = r.millis(QStringLiteral("timeoutMs"), e.timeout, 1, 3600 * 1000);
    e.maxInFlight = r.integer(QStringLiteral("maxInFlight"), e.maxInFlight, 1, 64);
    e.enabled = r.boolean(QStringLiteral("enabled"), e.enabled);
    e.requestIdHeader = r.string(QStringLiteral("requestIdHeader"),
                                 QString::fromLatin1(e.requestIdHeader))
                            .toLatin1();
    e.idempotencyKeyHeader = r.string(QStringLiteral("idempotencyKeyHeader"),
                                      QString::fromLatin1(e.idempotencyKeyHeader))
                                 .toLatin1();
    e.maxResponseBytes = qint64(r.number(QStringLiteral("maxResponseBytes"),
                                         double(e.maxResponseBytes), 1024,
                                         4.0 * 1024 * 1024 * 1024, true));
    e.maxRedirects = r.integer(QStringLiteral("maxRedirects"), e.maxRedirects, 0, 50);
    e.isolate = r.boolean(QStringLiteral("isolate"), e.isolate);
    readTls(r, e.tls);
    if (e.tls.isSet() && !e.url.isEmpty()
        && e.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        r.error(QStringLiteral("tls"), QStringLiteral("applies to https URLs only"));
    if (r.has(QStringLiteral("resetFormat"))) {
        const QString name = r.string(QStringLiteral("resetFormat"), QString());
        if (const auto format = resetFormatFromName(name))
            e.resetFormat = *format;
        else if (!name.isNull())
            r.error(QStringLiteral("resetFormat"),
                    QStringLiteral("must be one of auto, epoch-s, epoch-ms, delta-s, http-date, "
                                   "iso, duration, got \"%1\"")
                        .arg(name));
    }
    readQueue(r, e);
    readRetry(r, e.retry);
    readRateLimit(r, e.rateLimit);
    readBreaker(r, e.breaker, e.breakerMode);
    readRetryBudget(r, e.retryBudget);
    readAdaptiveThrottle(r, e.adaptiveThrottle);
    r.warnUnknownKeys();
    return e;
}

QString describeParseError(const QByteArray &json, const QJsonParseError &error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("(document): not valid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

} // namespace

Result<LoadedConfig> parseConfig(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Unexpected(describeParseError(json, parseError));
    if (!document.isObject())
        return Unexpected(QStringLiteral("(document): must be a JSON object"));

    LoadedConfig loaded;
    QStringList errors;
    ObjectReader root(document.object(), QString(), errors, loaded.warnings);
    loaded.config.version = root.integer(QStringLiteral("version"), 1, 1, 1000);
    if (loaded.config.version != 1)
        root.error(QStringLiteral("version"),
                   QStringLiteral("schema version %1 is not supported (this Breakwater reads 1)")
                       .arg(loaded.config.version));

    const QJsonValue endpoints = root.value(QStringLiteral("endpoints"));
    if (endpoints.isUndefined() || endpoints.isNull()) {
        root.error(QStringLiteral("endpoints"), QStringLiteral("is required"));
    } else if (!endpoints.isArray()) {
        root.error(QStringLiteral("endpoints"), QStringLiteral("must be an array, got %1")
                                                    .arg(ObjectReader::typeName(endpoints)));
    } else {
        const QJsonArray array = endpoints.toArray();
        if (array.isEmpty())
            root.error(QStringLiteral("endpoints"),
                       QStringLiteral("must list at least one endpoint"));
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("endpoints[%1]").arg(i);
            if (!array.at(i).isObject()) {
                errors.append(path + QStringLiteral(": must be an object, got ")
                              + ObjectReader::typeName(array.at(i)));
                continue;
            }
            EndpointConfig e = readEndpoint(array.at(i).toObject(), path, errors, loaded.warnings);
            if (!e.id.isEmpty() && ids.contains(e.id))
                errors.append(path + QStringLiteral(".id: ") + duplicateIdError(e.id));
            ids.insert(e.id);
            loaded.config.endpoints.append(std::move(e));
        }
    }
    root.warnUnknownKeys();

    if (!errors.isEmpty())
        return Unexpected(errors.join(QLatin1Char('\n')));
    return loaded;
}

Result<LoadedConfig> loadConfigFile(const QString &path)
{
    // Configs are small; refusing huge files keeps a mistaken path (a log, a disk image) from
    // being read into memory. Messages leave the path to the caller, which names the file.
    constexpr qint64 maxConfigBytes = 64LL * 1024 * 1024;
    const QFileInfo info(path);
    if (!info.exists())
        return Unexpected(QStringLiteral("(file): no such file"));
    if (info.isDir())
        return Unexpected(QStringLiteral("(file): is a directory, not a configuration file"));
    if (!info.isFile())
        return Unexpected(QStringLiteral("(file): not a regular file (a device or a pipe)"));
    if (info.size() > maxConfigBytes)
        return Unexpected(QStringLiteral("(file): larger than 64 MiB, not a configuration file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(QStringLiteral("(file): cannot be read: %1").arg(file.errorString()));
    // Sized to the file: read(n) reserves n bytes up front, and 64 MiB for every load showed
    // as the process's peak heap in heaptrack.
    const QByteArray json = file.read(std::min(info.size(), maxConfigBytes) + 1);
    if (json.trimmed().isEmpty())
        return Unexpected(QStringLiteral("(file): is empty"));
    return parseConfig(json);
}

} // namespace bw

namespace bw {

static QString choiceName(BackoffKind kind)
{
    switch (kind) {
    case BackoffKind::Constant: return QStringLiteral("constant");
    case BackoffKind::Linear: return QStringLiteral("linear");
    case BackoffKind::Exponential: return QStringLiteral("exponential");
    }
    return QString();
}

static QString choiceName(Jitter jitter)
{
    switch (jitter) {
    case Jitter::None: return QStringLiteral("none");
    case Jitter::Full: return QStringLiteral("full");
    case Jitter::Equal: return QStringLiteral("equal");
    case Jitter::Decorrelated: return QStringLiteral("decorrelated");
    }
    return QString();
}

static QJsonObject serializeEndpoint(const EndpointConfig &e)
{
    QJsonObject headers;
    for (const auto &[name, value] : e.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    const QJsonObject retry{
        {QStringLiteral("maxAttempts"), e.retry.maxAttempts},
        {QStringLiteral("baseDelayMs"), qint64(e.retry.baseDelay.count())},
        {QStringLiteral("maxDelayMs"), qint64(e.retry.maxDelay.count())},
        {QStringLiteral("minDelayMs"), qint64(e.retry.minDelay.count())},
        {QStringLiteral("maxServerDelayMs"), qint64(e.retry.maxServerDelay.count())},
        {QStringLiteral("multiplier"), e.retry.multiplier},
        {QStringLiteral("backoff"), choiceName(e.retry.kind)},
        {QStringLiteral("jitter"), choiceName(e.retry.jitter)},
        {QStringLiteral("deadlineMs"), qint64(e.retry.deadline.count())},
        {QStringLiteral("retryOn"), QJsonArray::fromStringList(e.retry.retryOn.toNames())}};
    const QJsonObject rateLimit{
        {QStringLiteral("requestsPerSecond"), e.rateLimit.requestsPerSecond},
        {QStringLiteral("burst"), e.rateLimit.burst},
        {QStringLiteral("adaptive"), e.rateLimit.adaptive},
        {QStringLiteral("decreaseFactor"), e.rateLimit.decreaseFactor},
        {QStringLiteral("increasePerSecond"), e.rateLimit.increasePerSecond}};
    const QJsonObject breaker{
        {QStringLiteral("failureRateThreshold"), e.breaker.failureRateThreshold},
        {QStringLiteral("minimumCalls"), e.breaker.minimumCalls},
        {QStringLiteral("windowSeconds"), qint64(e.breaker.window.count())},
        {QStringLiteral("openSeconds"), qint64(e.breaker.openDuration.count())},
        {QStringLiteral("halfOpenProbes"), e.breaker.halfOpenProbes},
        {QStringLiteral("slowCallMs"), qint64(e.breaker.slowCall.count())},
        {QStringLiteral("slowCallRateThreshold"), e.breaker.slowCallRateThreshold},
        {QStringLiteral("windowKind"),
         e.breaker.windowKind == BreakerSettings::WindowKind::Count ? QStringLiteral("count")
                                                                    : QStringLiteral("time")},
        {QStringLiteral("windowSize"), e.breaker.windowSize},
        {QStringLiteral("openBackoffMultiplier"), e.breaker.openBackoffMultiplier},
        {QStringLiteral("maxOpenSeconds"), qint64(e.breaker.maxOpenDuration.count())},
        {QStringLiteral("mode"), breakerModeName(e.breakerMode)}};
    const QJsonObject retryBudget{
        {QStringLiteral("enabled"), e.retryBudget.enabled},
        {QStringLiteral("ratio"), e.retryBudget.ratio},
        {QStringLiteral("windowSeconds"), qint64(e.retryBudget.window.count())},
        {QStringLiteral("minRetriesPerSecond"), e.retryBudget.minRetriesPerSecond}};
    const QJsonObject adaptiveThrottle{
        {QStringLiteral("enabled"), e.adaptiveThrottle.enabled},
        {QStringLiteral("k"), e.adaptiveThrottle.k},
        {QStringLiteral("windowSeconds"), qint64(e.adaptiveThrottle.window.count())}};
    QJsonObject object{{QStringLiteral("id"), e.id},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("url"), e.url.toString()},
                       {QStringLiteral("method"), QString::fromLatin1(e.method)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("intervalMs"), qint64(e.interval.count())},
                       {QStringLiteral("timeoutMs"), qint64(e.timeout.count())},
                       {QStringLiteral("maxInFlight"), e.maxInFlight},
                       {QStringLiteral("enabled"), e.enabled},
                       {QStringLiteral("requestIdHeader"),
                        QString::fromLatin1(e.requestIdHeader)},
                       {QStringLiteral("idempotencyKeyHeader"),
                        QString::fromLatin1(e.idempotencyKeyHeader)},
                       {QStringLiteral("maxResponseBytes"), e.maxResponseBytes},
                       {QStringLiteral("maxRedirects"), e.maxRedirects},
                       {QStringLiteral("isolate"), e.isolate},
                       {QStringLiteral("mode"), e.mode == EndpointMode::Deliver
                                                    ? QStringLiteral("deliver")
                                                    : QStringLiteral("poll")},
                       {QStringLiteral("queue"),
                        QJsonObject{{QStringLiteral("maxDeliveries"), e.queue.maxDeliveries},
                                    {QStringLiteral("maxBytes"), e.queue.maxBytes}}},
                       {QStringLiteral("resetFormat"), resetFormatName(e.resetFormat)},
                       {QStringLiteral("retry"), retry},
                       {QStringLiteral("rateLimit"), rateLimit},
                       {QStringLiteral("breaker"), breaker},
                       {QStringLiteral("retryBudget"), retryBudget},
                       {QStringLiteral("adaptiveThrottle"), adaptiveThrottle}};
    if (!e.body.isEmpty())
        object.insert(QStringLiteral("body"), QString::fromUtf8(e.body));
    if (!e.group.isEmpty())
        object.insert(QStringLiteral("group"), e.group);
    if (e.tls.isSet()) {
        QJsonObject tls;
        if (!e.tls.caFile.isEmpty())
            tls.insert(QStringLiteral("caFile"), e.tls.caFile);
        QJsonArray pins;
        for (const QByteArray &pin : e.tls.pinsSha256)
            pins.append(QString::fromLatin1(pin.toBase64()));
        if (!pins.isEmpty())
            tls.insert(QStringLiteral("pinSha256"), pins);
        object.insert(QStringLiteral("tls"), tls);
    }
    return object;
}

QByteArray serializeConfig(const Config &config)
{
    QJsonArray endpoints;
    for (const EndpointConfig &e : config.endpoints)
        endpoints.append(serializeEndpoint(e));
    const QJsonObject root{{QStringLiteral("version"), config.version},
                           {QStringLiteral("endpoints"), endpoints}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString duplicateIdError(const QString &id)
{
    return QStringLiteral("duplicate id \"%1\"").arg(id);
}

EndpointCheck checkEndpoint(const EndpointConfig &endpoint)
{
    EndpointCheck check;
    // The endpoint goes through the same reader a file does: serialized, then read back.
    check.endpoint = readEndpoint(serializeEndpoint(endpoint), QString(), check.errors,
                                  check.warnings);
    if (!check.errors.isEmpty())
        check.endpoint = endpoint;
    return check;
}

Result<void> saveConfigFile(const QString &path, const Config &config)
{
    const QByteArray json = serializeConfig(config);
    // What is written must load again: refuse now rather than leave a file the next start
    // rejects.
    if (const auto reread = parseConfig(json); !reread)
        return Unexpected(QStringLiteral("the configuration is not valid: %1")
                              .arg(reread.error().section(QLatin1Char('\n'), 0, 0)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Unexpected(QStringLiteral("cannot be written: %1").arg(file.errorString()));
    // While open, the permissions apply to the temporary file that will replace the target,
    // so the new file is 0600 from its first byte, whatever mode the old one had.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Unexpected(QStringLiteral("cannot restrict the file to its owner: %1")
                              .arg(file.errorString()));
    }
    if (file.write(json) != json.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Unexpected(QStringLiteral("cannot be written: %1").arg(why));
    }
    // commit() flushes the temporary file to disk before renaming it over the target.
    if (!file.commit())
        return Unexpected(QStringLiteral("cannot be written: %1").arg(file.errorString()));
    return {};
}

} // namespace bw
