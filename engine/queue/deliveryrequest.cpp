// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace bw {

namespace {

const QSet<QString> &envelopeKeys()
{
    static const QSet<QString> keys{QStringLiteral("method"),  QStringLiteral("path"),
                                    QStringLiteral("url"),     QStringLiteral("headers"),
                                    QStringLiteral("body"),    QStringLiteral("idempotencyKey")};
    return keys;
}

bool isEnvelope(const QJsonObject &object)
{
    if (!object.contains(QStringLiteral("body")))
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!envelopeKeys().contains(it.key()))
            return false;
    }
    return true;
}

bool validHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$"));
    return token.match(name).hasMatch();
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(), [name](const auto &h) {
        return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

void addJsonContentType(HeaderList &headers)
{
    if (!hasHeader(headers, "Content-Type"))
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
}

Result<DeliveryRequest> readEnvelope(const QJsonObject &object)
{
    DeliveryRequest request;
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isUndefined() && !method.isNull()) {
        static const QStringList methods{QStringLiteral("POST"), QStringLiteral("PUT"),
                                         QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                                         QStringLiteral("GET")};
        const QString name = method.toString().toUpper();
        if (!method.isString() || !methods.contains(name))
            return Unexpected(QStringLiteral("method: must be one of POST, PUT, PATCH, DELETE, "
                                             "GET"));
        request.method = name.toLatin1();
    }
    const bool hasPath = object.contains(QStringLiteral("path"));
    const bool hasUrl = object.contains(QStringLiteral("url"));
    if (hasPath && hasUrl)
        return Unexpected(QStringLiteral("path and url: give one or the other"));
    if (hasPath || hasUrl) {
        const QString key = hasPath ? QStringLiteral("path") : QStringLiteral("url");
        const QJsonValue target = object.value(key);
        if (!target.isString() || target.toString().isEmpty())
            return Unexpected(QStringLiteral("%1: must be a non-empty string").arg(key));
        request.target = target.toString();
        if (hasPath && !request.target.startsWith(QLatin1Char('/')))
            return Unexpected(QStringLiteral("path: must start with /"));
        if (hasUrl) {
            const QUrl url(request.target, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                return Unexpected(QStringLiteral("url: must be an absolute http or https URL"));
        }
    }
    const QJsonValue headers = object.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject())
            return Unexpected(QStringLiteral("headers: must be an object of strings"));
        const QJsonObject map = headers.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!validHeaderName(it.key()))
                return Unexpected(QStringLiteral("headers: \"%1\" is not a valid header name")
                                      .arg(it.key().left(64)));
            if (!it.value().isString())
                return Unexpected(QStringLiteral("headers.%1: must be a string").arg(it.key()));
            const QByteArray value = it.value().toString().toUtf8();
            if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
                return Unexpected(QStringLiteral("headers.%1: must not contain line breaks")
                                      .arg(it.key()));
            request.headers.append({it.key().toLatin1(), value});
        }
    }
    const QJsonValue key = object.value(QStringLiteral("idempotencyKey"));
    if (!key.isUndefined() && !key.isNull()) {
        if (!key.isString() || key.toString().isEmpty() || key.toString().size() > 256)
            return Unexpected(QStringLiteral("idempotencyKey: must be a string of 1-256 "
                                             "characters"));
        const QString text = key.toString();
        if (std::any_of(text.begin(), text.end(),
                        [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; }))
            return Unexpected(QStringLiteral("idempotencyKey: printable ASCII only"));
        request.idempotencyKey = text;
    }
    const QJsonValue body = object.value(QStringLiteral("body"));
    if (body.isString()) {
        request.body = body.toString().toUtf8();
    } else if (body.isObject()) {
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        addJsonContentType(request.headers);
    } else if (body.isArray()) {
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        addJsonContentType(request.headers);
    } else if (!body.isNull()) {
        // Numbers and booleans: their JSON text.
        request.body = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact);
        request.body = request.body.mid(1, request.body.size() - 2);
        addJsonContentType(request.headers);
    }
    return request;
}

} // namespace

Result<DeliveryRequest> parseDeliveryLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > maxDeliveryLineBytes)
        return Unexpected(QStringLiteral("larger than %1 bytes").arg(maxDeliveryLineBytes));
    if (line.trimmed().isEmpty())
        return Unexpected(QStringLiteral("empty: expected a JSON value"));
    const QByteArray bytes = line.toByteArray();
    QJsonParseError error;
    // Qt only parses objects and arrays at the top level; wrapping the text in an array
    // accepts any JSON value ("a string", 42) with the same parser and the same limits.
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[" + bytes + "]"), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1) {
        const int offset = std::clamp(error.offset - 1, 0, int(bytes.size()));
        return Unexpected(QStringLiteral("not valid JSON at byte %1: %2")
                              .arg(offset + 1)
                              .arg(error.error == QJsonParseError::NoError
                                       ? QStringLiteral("more than one value")
                                       : error.errorString()));
    }
    const QJsonValue value = document.array().at(0);
    if (value.isObject() && isEnvelope(value.toObject()))
        return readEnvelope(value.toObject());
    DeliveryRequest request;
    request.body = bytes;
    addJsonContentType(request.headers);
    return request;
}

DeliveryBatch parseDeliveryLines(QByteArrayView text)
{
    DeliveryBatch batch;
    qsizetype number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        ++number;
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        auto parsed = parseDeliveryLine(line);
        if (parsed) {
            batch.requests.append(std::move(*parsed));
            batch.lines.append(number);
        }
        else
            batch.errors.append({number, parsed.error()});
    }
    return batch;
}

Result<QUrl> resolveDeliveryTarget(const QUrl &endpointUrl, const QString &target)
{
    if (target.isEmpty())
        return endpointUrl;
    if (target.startsWith(QLatin1Char('/'))) {
        QUrl url = endpointUrl;
        const qsizetype query = target.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? target : target.left(query), QUrl::StrictMode);
        url.setQuery(query < 0 ? QString() : target.mid(query + 1), QUrl::StrictMode);
        url.setFragment(QString());
        if (!url.isValid())
            return Unexpected(QStringLiteral("path \"%1\" is not valid").arg(target.left(200)));
        return url;
    }
    const QUrl url(target, QUrl::StrictMode);
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80);
    };
    if (!url.isValid() || url.scheme().toLower() != endpointUrl.scheme().toLower()
        || url.host().toLower() != endpointUrl.host().toLower() || port(url) != port(endpointUrl))
        return Unexpected(QStringLiteral("url \"%1\" is not on the endpoint's origin %2")
                              .arg(target.left(200),
                                   endpointUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                                        | QUrl::RemoveFragment
                                                        | QUrl::RemoveUserInfo)
                                       .toString()));
    return url;
}

} // namespace bw
