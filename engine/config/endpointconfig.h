// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/adaptivethrottle.h"
#include "policy/backoff.h"
#include "policy/circuitbreaker.h"
#include "policy/ratelimiter.h"
#include "policy/retrybudget.h"
#include "policy/serverhints.h"
#include "result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <utility>

namespace bw {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// What an endpoint does: poll its url on an interval, or drain a durable delivery queue.
enum class EndpointMode { Poll, Deliver };

/// Limits of a deliver-mode endpoint's queue (pending deliveries; dead letters not counted).
struct QueueSettings
{
    qint64 maxDeliveries = 100'000;
    qint64 maxBytes = 256LL * 1024 * 1024;

    friend bool operator==(const QueueSettings &, const QueueSettings &) = default;
};

/// Trust for one endpoint's https beyond what any client does. Empty means the system's CAs
/// and nothing else: there is deliberately no switch that ignores certificate errors.
struct TlsSettings
{
    /// As written. Its PEM certificates replace the system CAs for this endpoint only.
    QString caFile;
    QList<QSslCertificate> caCertificates; ///< read from caFile by the loader
    /// SHA-256 digests (32 bytes each) of the server certificate's public key (its DER
    /// SubjectPublicKeyInfo) or of the whole certificate (DER). When any is set, the server's
    /// certificate must match one; a match also stands in for a CA, so a self-signed
    /// certificate can be trusted.
    QList<QByteArray> pinsSha256;

    bool isSet() const { return !caFile.isEmpty() || !pinsSha256.isEmpty(); }
    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

/// A configured target and the policies that apply to it. A value type; the engine copies it.
struct EndpointConfig
{
    QString id;   ///< stable, unique, [A-Za-z0-9_.-]+
    QString name; ///< display name, defaults to id
    /// Free-form label shared by endpoints tuned together ("payments", "crm"); empty for none.
    /// The settings panel can apply one endpoint's policies to every endpoint of its group.
    QString group;
    QUrl url;
    /// Deliver: no polling; the endpoint sends the deliveries queued for it, each with its own
    /// method, path, headers and body, and `idempotencyKeyHeader` carrying its key.
    EndpointMode mode = EndpointMode::Poll;
    QueueSettings queue;
    QByteArray method = "GET";
    /// As written in the configuration: values may hold ${env:NAME} or ${file:PATH}
    /// references, which are kept as references when the configuration is saved.
    HeaderList headers;
    /// The same headers with references replaced by their values, filled by the loader.
    /// Never logged, exported or shown.
    HeaderList resolvedHeaders;
    QByteArray body;
    Millis interval{1000};
    Millis timeout{5000};    ///< per-attempt deadline, measured by our own timer
    int maxInFlight = 4;     ///< concurrency cap for this endpoint
    bool enabled = true;
    /// Sent with every attempt as "<request id>-<attempt>" so server logs can be matched with
    /// Breakwater's records; empty to send nothing.
    QByteArray requestIdHeader = "X-Request-Id";
    /// A request carrying this header may be repeated even when its method is not idempotent.
    QByteArray idempotencyKeyHeader = "Idempotency-Key";
    /// Bodies larger than this end the attempt as a network error; memory stays bounded.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    /// Redirects followed per attempt (never from https to http); 0 reports the 3xx as it is.
    int maxRedirects = 10;
    /// Give this endpoint a network manager (and so a network thread) of its own instead of
    /// the shared one. Qt 6.4 reads a reply's headers byte by byte on the manager's thread,
    /// so a server sending megabytes of headers stalls every endpoint sharing it; isolating an
    /// untrusted endpoint contains that, at the cost of its own connection pool.
    bool isolate = false;
    /// Endpoints with TLS settings always run on a manager of their own, so a connection
    /// trusted through their CA or pin is never reused by an endpoint without them.
    TlsSettings tls;
    RetrySettings retry;
    RateLimitSettings rateLimit;
    BreakerSettings breaker;
    /// Manual control: automatic, or held open, held closed, disabled, metrics only.
    BreakerMode breakerMode = BreakerMode::Automatic;
    RetryBudgetSettings retryBudget;
    /// How this API writes its X-RateLimit-Reset style headers; Auto sniffs each value.
    ResetFormat resetFormat = ResetFormat::Auto;
    AdaptiveThrottleSettings adaptiveThrottle;

    friend bool operator==(const EndpointConfig &, const EndpointConfig &) = default;
};

struct Config
{
    int version = 1;
    QList<EndpointConfig> endpoints;
};

/// True for header names whose values are secrets and are never shown, logged or exported.
bool isSecretHeader(QByteArrayView name);

/// True when `value` holds an ${env:NAME} or ${file:PATH} reference.
bool hasReference(QByteArrayView value);

/// Replaces ${env:NAME} and ${file:PATH} references in a header value. A missing variable or
/// an unreadable file is an error naming it (never its value). File contents are trimmed of
/// surrounding whitespace; a file over 64 KiB is refused.
Result<QByteArray> resolveReferences(const QByteArray &value);

} // namespace bw
