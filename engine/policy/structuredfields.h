// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bw {

// Structured Field Values (RFC 8941, extended by RFC 9651), the syntax of the IETF RateLimit and
// RateLimit-Policy fields. Only Lists are parsed: those two fields are Lists, and a Dictionary
// or a lone Item would add code that nothing here reads.

/// A token such as `foo` or `*/*`. Kept apart from strings because the RFC gives them
/// different meanings even when the characters agree.
struct SfToken
{
    QByteArray text;
    friend bool operator==(const SfToken &, const SfToken &) = default;
};

/// `:base64:`, already decoded.
struct SfByteSequence
{
    QByteArray bytes;
    friend bool operator==(const SfByteSequence &, const SfByteSequence &) = default;
};

/// `@1659578233` (RFC 9651): whole seconds since 1970-01-01T00:00:00Z.
struct SfDate
{
    qint64 secondsSinceEpoch = 0;
    friend bool operator==(const SfDate &, const SfDate &) = default;
};

/// `%"f%c3%bc%c3%bc"` (RFC 9651), already decoded from percent-encoded UTF-8.
struct SfDisplayString
{
    QString text;
    friend bool operator==(const SfDisplayString &, const SfDisplayString &) = default;
};

/// One bare item: Integer (qint64, at most 15 digits), Decimal (double, at most 12 integer and
/// 3 fractional digits), String (QByteArray, printable ASCII only), Token, Byte Sequence,
/// Boolean, Date or Display String.
using SfBareItem = std::variant<qint64, double, QByteArray, SfToken, SfByteSequence, bool, SfDate,
                                SfDisplayString>;

/// Parameters in their order of first appearance. Keys are unique: a repeated key keeps its
/// first position and takes the last value, as the RFC requires.
using SfParameters = QList<std::pair<QByteArray, SfBareItem>>;

struct SfItem
{
    SfBareItem value;
    SfParameters parameters;
    friend bool operator==(const SfItem &, const SfItem &) = default;
};

struct SfInnerList
{
    QList<SfItem> items;
    SfParameters parameters;
    friend bool operator==(const SfInnerList &, const SfInnerList &) = default;
};

using SfMember = std::variant<SfItem, SfInnerList>;
using SfList = QList<SfMember>;

/// Larger fields are refused unread: no rate-limit field comes near this, and the bound keeps a
/// hostile response from costing more than a glance.
constexpr qsizetype sfMaxFieldBytes = 16 * 1024;
constexpr qsizetype sfMaxListMembers = 1024;

/// Parses one field value as a List, strictly: any deviation from the grammar, a field longer
/// than sfMaxFieldBytes or a list of more than sfMaxListMembers members gives nullopt, since
/// malformed fields must be ignored as a whole. An empty value is an empty List.
std::optional<SfList> parseSfList(QByteArrayView fieldValue);

/// Parses a field sent on several lines: each line loses its surrounding whitespace (as an HTTP
/// parser would strip it), empty lines are dropped (an empty list element counts for nothing in
/// HTTP), and the rest are joined with ", " before parsing. The size bound applies to the
/// joined value.
std::optional<SfList> parseSfList(const QList<QByteArray> &fieldLines);

/// The canonical text of a List (RFC 9651 section 4.1): what a conforming sender would send.
/// Decimals are rounded to three fractional digits.
QByteArray serializeSfList(const SfList &list);

/// The value of parameter `key`, or nullptr.
const SfBareItem *sfParameter(const SfParameters &parameters, QByteArrayView key);

/// Parameter `key` when it is present and an Integer.
std::optional<qint64> sfIntegerParameter(const SfParameters &parameters, QByteArrayView key);

} // namespace bw
