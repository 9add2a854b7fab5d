// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverhints.h"

#include "retryafter.h"
#include "structuredfields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bw {

namespace {

using namespace std::chrono;

// Every reading saturates here, far beyond maxPlausibleWait, so sums and differences of
// nanosecond counts can never overflow and a huge reading is still reported as huge.
constexpr nanoseconds saturation = duration_cast<nanoseconds>(years{200});

/// a + b for two durations in [0, saturation], pinned at saturation: two parts near it would
/// overflow 64-bit nanoseconds if added first and clamped after (found by fuzz_serverhints).
constexpr nanoseconds saturatingSum(nanoseconds a, nanoseconds b)
{
    return b >= saturation - a ? saturation : a + b;
}
constexpr qint64 nanosPerSecond = 1'000'000'000;
constexpr qint64 nanosPerMilli = 1'000'000;

// The thresholds of the Auto sniffing: epoch seconds passed 1e9 in 2001 and epoch
// milliseconds 1e12 in the same year, while no server asks for a 31-year delta.
constexpr qint64 epochSecondsAbove = 1'000'000'000;
constexpr qint64 epochMillisAbove = 1'000'000'000'000;

constexpr seconds githubSecondaryWait{60};
// Where parseRetryAfter saturates.
constexpr Millis retryAfterSaturation = duration_cast<Millis>(years{10});
constexpr seconds googleMinimumWait{30};
constexpr int maxJsonDepth = 6;
constexpr qsizetype maxQuotedChars = 60;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty()
           && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'
               || text.back() == '\n'))
        text.chop(1);
    return text;
}

/// A header value as it may appear in a reason: printable ASCII, shortened, quoted.
QString quoted(QByteArrayView raw)
{
    QString text;
    for (const char c : raw.first(std::min(raw.size(), maxQuotedChars))) {
        const auto u = static_cast<unsigned char>(c);
        text.append(u >= 0x20 && u < 0x7f ? QChar::fromLatin1(c) : QLatin1Char('?'));
    }
    if (raw.size() > maxQuotedChars)
        text.append(QStringLiteral("..."));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString plainNumber(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString describeDuration(nanoseconds d)
{
    const double s = duration<double>(d).count();
    if (d < 1s)
        return QStringLiteral("%1 ms").arg(ceilMillis(d).count());
    if (d < 120s)
        return QStringLiteral("%1 s").arg(plainNumber(s));
    if (d < 2h)
        return QStringLiteral("%1 min").arg(plainNumber(s / 60));
    if (d < days{2})
        return QStringLiteral("%1 h").arg(plainNumber(s / 3600));
    if (d < days{730})
        return QStringLiteral("%1 days").arg(plainNumber(s / 86400));
    return QStringLiteral("%1 years").arg(plainNumber(s / (365.2425 * 86400)));
}

QString utcText(WallTime t)
{
    const qint64 ms = duration_cast<milliseconds>(t.time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// A non-negative decimal such as "30", "0.0" or "1787216430.125", exactly: no sign, no
/// exponent, no spaces inside. Larger whole parts than any plausible reading saturate.
struct Decimal
{
    qint64 whole = 0;
    qint64 nanos = 0; ///< the fraction in units of 1e-9, rounded up past nine digits
    bool saturated = false;
};

constexpr qint64 decimalWholeLimit = 1'000'000'000'000'000;

std::optional<Decimal> parseDecimal(QByteArrayView text)
{
    text = trimmed(text);
    Decimal d;
    qsizetype i = 0;
    for (; i < text.size() && isDigit(text[i]); ++i) {
        if (d.whole < decimalWholeLimit)
            d.whole = d.whole * 10 + (text[i] - '0');
        else
            d.saturated = true;
    }
    if (i == 0)
        return std::nullopt;
    if (i == text.size())
        return d;
    if (text[i] != '.' || i + 1 == text.size())
        return std::nullopt;

    qint64 scale = nanosPerSecond / 10;
    bool roundUp = false;
    for (++i; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        if (scale > 0)
            d.nanos += (text[i] - '0') * scale;
        else
            roundUp = roundUp || text[i] != '0';
        scale /= 10;
    }
    if (roundUp && ++d.nanos == nanosPerSecond) {
        d.nanos = 0;
        ++d.whole;
    }
    return d;
}

/// `d` units of `nanosPerUnit` nanoseconds each, rounded up, saturating.
nanoseconds scaled(const Decimal &d, qint64 nanosPerUnit)
{
    if (d.saturated || d.whole > saturation.count() / nanosPerUnit)
        return saturation;
    const qint64 fraction
        = nanosPerUnit >= nanosPerSecond
              ? d.nanos * (nanosPerUnit / nanosPerSecond)
              : (d.nanos + nanosPerSecond / nanosPerUnit - 1) / (nanosPerSecond / nanosPerUnit);
    return std::min(nanoseconds{d.whole * nanosPerUnit + fraction}, saturation);
}

/// A count such as a remaining or limit header; fractions ("0.0", "598.0") are floored, since a
/// partial request cannot be sent.
std::optional<qint64> readCount(QByteArrayView text)
{
    const auto d = parseDecimal(text);
    if (!d || d->saturated)
        return std::nullopt;
    return d->whole;
}

/// Whole seconds from a header, saturating instead of overflowing nanoseconds.
nanoseconds fromSeconds(qint64 value)
{
    return value >= duration_cast<seconds>(saturation).count() ? saturation : seconds{value};
}

nanoseconds fromSecondsDouble(double value)
{
    // Rounded to whole microseconds first, so that 64.57 (really 64.5700000000000003) does not
    // become 64571 ms once rounded up.
    if (!(value >= 0) || value > duration<double>(saturation).count())
        return saturation;
    return microseconds{std::llround(value * 1e6)};
}

nanoseconds clampedSinceEpoch(sys_seconds instant)
{
    const auto limit = duration_cast<seconds>(saturation);
    return duration_cast<nanoseconds>(std::clamp(instant.time_since_epoch(), -limit, limit));
}

/// A tiny cursor for the fixed-layout ISO 8601 grammar.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {
    }

    std::optional<int> digits(int count)
    {
        if (m_text.size() - m_pos < count)
            return std::nullopt;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (!isDigit(c))
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        return value;
    }

    bool literal(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    /// The digits of a fraction, as nanoseconds (rounded up past nine digits).
    std::optional<qint64> fraction()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isDigit(m_text[m_pos]))
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        const QByteArray text = "0." + m_text.sliced(start, m_pos - start).toByteArray();
        return parseDecimal(text)->nanos;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

/// "Z", "+02:00", "-0530" or "+02": the offset from UTC in minutes.
std::optional<int> readZoneOffset(Cursor &in)
{
    if (in.literal('Z') || in.literal('z'))
        return 0;
    const bool plus = in.literal('+');
    if (!plus && !in.literal('-'))
        return std::nullopt;
    const auto hh = in.digits(2);
    if (!hh)
        return std::nullopt;
    int mm = 0;
    if (!in.atEnd()) {
        in.literal(':');
        const auto m = in.digits(2);
        if (!m)
            return std::nullopt;
        mm = *m;
    }
    if (*hh > 23 || mm > 59)
        return std::nullopt;
    return (plus ? 1 : -1) * (*hh * 60 + mm);
}

/// RFC 3339 / ISO 8601 date-time with a zone: "2026-08-20T09:15:00Z", "2026-08-20T09:15Z"
/// (Jira's minute precision), "2026-08-20T11:15:00.5+02:00". A time without a zone names no
/// instant and is refused.
std::optional<nanoseconds> parseIsoInstant(QByteArrayView text)
{
    Cursor in(trimmed(text));
    const auto y = in.digits(4);
    if (!y || !in.literal('-'))
        return std::nullopt;
    const auto mo = in.digits(2);
    if (!mo || !in.literal('-'))
        return std::nullopt;
    const auto d = in.digits(2);
    if (!d || !(in.literal('T') || in.literal('t') || in.literal(' ')))
        return std::nullopt;
    const auto h = in.digits(2);
    if (!h || !in.literal(':'))
        return std::nullopt;
    const auto mi = in.digits(2);
    if (!mi)
        return std::nullopt;
    int s = 0;
    qint64 nanos = 0;
    if (in.literal(':')) {
        const auto sec = in.digits(2);
        if (!sec)
            return std::nullopt;
        s = *sec;
        if (in.literal('.') || in.literal(',')) {
            const auto f = in.fraction();
            if (!f)
                return std::nullopt;
            nanos = *f;
        }
    }

    const auto offsetMinutes = readZoneOffset(in);
    if (!offsetMinutes || !in.atEnd() || *h > 23 || *mi > 59 || s > 60)
        return std::nullopt;

    const year_month_day date{year{*y}, month{static_cast<unsigned>(*mo)},
                              day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    const sys_seconds instant
        = sys_days{date} + hours{*h} + minutes{*mi} + seconds{s} - minutes{*offsetMinutes};
    return clampedSinceEpoch(instant) + nanoseconds{nanos};
}

struct DurationUnit
{
    QByteArrayView suffix;
    qint64 nanos;
};

// Longest suffixes first, so that "ms" is not read as "m" followed by garbage.
const DurationUnit goUnits[] = {
    {"ns", 1},
    {"us", 1'000},
    {"\xC2\xB5s", 1'000}, // U+00B5 MICRO SIGN, as Go writes it
    {"\xCE\xBCs", 1'000}, // U+03BC GREEK SMALL LETTER MU
    {"ms", nanosPerMilli},
    {"s", nanosPerSecond},
    {"m", 60 * nanosPerSecond},
    {"h", 3600 * nanosPerSecond},
};

/// ISO 8601 duration limited to days and time: "PT30S", "PT1M30.5S", "P1DT2H". Years and
/// months have no fixed length and are refused.
std::optional<nanoseconds> parseIsoDuration(QByteArrayView text)
{
    qsizetype pos = 1; // after 'P'
    bool inTime = false;
    bool any = false;
    QByteArrayView designators("D");
    nanoseconds total{0};
    while (pos < text.size()) {
        if (!inTime && (text[pos] == 'T' || text[pos] == 't')) {
            inTime = true;
            designators = "HMS";
            ++pos;
            continue;
        }
        const qsizetype start = pos;
        while (pos < text.size() && (isDigit(text[pos]) || text[pos] == '.'))
            ++pos;
        const auto number = parseDecimal(text.sliced(start, pos - start));
        if (!number || pos == text.size())
            return std::nullopt;
        const char designator
            = text[pos] >= 'a' && text[pos] <= 'z' ? text[pos] - 'a' + 'A' : text[pos];
        const qsizetype which = designators.indexOf(designator);
        if (which < 0)
            return std::nullopt;
        const qint64 unit = designator == 'D'   ? 86400 * nanosPerSecond
                            : designator == 'H' ? 3600 * nanosPerSecond
                            : designator == 'M' ? 60 * nanosPerSecond
                                                : nanosPerSecond;
        total = saturatingSum(total, scaled(*number, unit));
        designators = designators.sliced(which + 1); // each designator once, in order
        any = true;
        ++pos;
    }
    if (!any)
        return std::nullopt;
    return total;
}

/// A duration string: Go's time.Duration text ("6m0s", "1m30s", "250ms", "7.66s",
/// "2m59.56s"), which includes protobuf's Duration JSON ("12.5s"), or an ISO 8601 duration.
std::optional<nanoseconds> parseDurationText(QByteArrayView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    if (text.front() == 'P' || text.front() == 'p')
        return parseIsoDuration(text);
    if (text == "0")
        return nanoseconds{0};

    nanoseconds total{0};
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = pos;
        while (pos < text.size() && (isDigit(text[pos]) || text[pos] == '.'))
            ++pos;
        const auto number = parseDecimal(text.sliced(start, pos - start));
        if (!number)
            return std::nullopt;
        const QByteArrayView rest = text.sliced(pos);
        const auto unit
            = std::find_if(std::begin(goUnits), std::end(goUnits),
                           [rest](const DurationUnit &u) { return rest.startsWith(u.suffix); });
        if (unit == std::end(goUnits))
            return std::nullopt;
        pos += unit->suffix.size();
        total = saturatingSum(total, scaled(*number, unit->nanos));
    }
    return total;
}

/// What every reading needs besides its value; refusals are appended to `notes`.
struct Context
{
    WallTime reference; ///< the response's Date when valid, else receivedAt
    ResetFormat format = ResetFormat::Auto;
    QStringList *notes = nullptr;
};

std::optional<nanoseconds> plausibleDelta(nanoseconds wait, const QString &what, QByteArrayView raw,
                                          const Context &ctx)
{
    if (wait > maxPlausibleWait) {
        ctx.notes->append(QStringLiteral("%1 %2 ignored: it would mean waiting %3")
                              .arg(what, quoted(raw), describeDuration(wait)));
        return std::nullopt;
    }
    return wait;
}

std::optional<nanoseconds> plausibleInstant(nanoseconds sinceEpoch, const QString &what,
                                            QByteArrayView raw, const Context &ctx)
{
    const nanoseconds wait
        = sinceEpoch - duration_cast<nanoseconds>(ctx.reference.time_since_epoch());
    if (wait < -duration_cast<nanoseconds>(maxPlausibleWait)) {
        ctx.notes->append(QStringLiteral("%1 %2 ignored: it lies %3 in the past")
                              .arg(what, quoted(raw), describeDuration(-wait)));
        return std::nullopt;
    }
    return plausibleDelta(std::max(wait, nanoseconds{0}), what, raw, ctx);
}

std::optional<nanoseconds> httpDateSinceEpoch(QByteArrayView value, const Context &ctx)
{
    const auto instant = parseHttpDate(value, ctx.reference);
    if (!instant)
        return std::nullopt;
    return clampedSinceEpoch(floor<seconds>(*instant));
}

std::optional<nanoseconds> sniffedReading(QByteArrayView value, const QString &what,
                                          const Context &ctx, bool &understood)
{
    understood = true;
    if (const auto d = parseDecimal(value)) {
        const bool above = [&d](qint64 threshold) {
            return d->saturated || d->whole > threshold || (d->whole == threshold && d->nanos > 0);
        }(epochMillisAbove);
        if (above)
            return plausibleInstant(scaled(*d, nanosPerMilli), what, value, ctx);
        if (d->whole > epochSecondsAbove || (d->whole == epochSecondsAbove && d->nanos > 0))
            return plausibleInstant(scaled(*d, nanosPerSecond), what, value, ctx);
        return plausibleDelta(scaled(*d, nanosPerSecond), what, value, ctx);
    }
    if (const auto instant = parseIsoInstant(value))
        return plausibleInstant(*instant, what, value, ctx);
    if (const auto wait = parseDurationText(value))
        return plausibleDelta(*wait, what, value, ctx);
    if (const auto instant = httpDateSinceEpoch(value, ctx))
        return plausibleInstant(*instant, what, value, ctx);
    understood = false;
    return std::nullopt;
}

QString formatDescription(ResetFormat format)
{
    switch (format) {
    case ResetFormat::Auto:
        return QStringLiteral("a number, date or duration");
    case ResetFormat::EpochSeconds:
        return QStringLiteral("epoch seconds");
    case ResetFormat::EpochMillis:
        return QStringLiteral("epoch milliseconds");
    case ResetFormat::DeltaSeconds:
        return QStringLiteral("a number of seconds");
    case ResetFormat::HttpDate:
        return QStringLiteral("an HTTP-date");
    case ResetFormat::Iso8601:
        return QStringLiteral("an ISO 8601 time with a zone");
    case ResetFormat::Duration:
        return QStringLiteral("a duration");
    }
    Q_UNREACHABLE();
    return QString();
}

/// Reads a reset or delay value in `format`; anything unreadable or implausible is noted and
/// gives nullopt.
std::optional<nanoseconds> readTime(QByteArrayView raw, ResetFormat format, const QString &what,
                                    const Context &ctx)
{
    const QByteArrayView value = trimmed(raw);
    bool understood = true;
    std::optional<nanoseconds> wait;
    const auto decimal = parseDecimal(value);
    switch (format) {
    case ResetFormat::Auto:
        wait = sniffedReading(value, what, ctx, understood);
        break;
    case ResetFormat::EpochSeconds:
    case ResetFormat::EpochMillis:
        understood = decimal.has_value();
        if (understood) {
            const qint64 unit
                = format == ResetFormat::EpochSeconds ? nanosPerSecond : nanosPerMilli;
            wait = plausibleInstant(scaled(*decimal, unit), what, value, ctx);
        }
        break;
    case ResetFormat::DeltaSeconds:
        understood = decimal.has_value();
        if (understood)
            wait = plausibleDelta(scaled(*decimal, nanosPerSecond), what, value, ctx);
        break;
    case ResetFormat::HttpDate:
    case ResetFormat::Iso8601: {
        const auto instant = format == ResetFormat::HttpDate ? httpDateSinceEpoch(value, ctx)
                                                             : parseIsoInstant(value);
        understood = instant.has_value();
        if (understood)
            wait = plausibleInstant(*instant, what, value, ctx);
        break;
    }
    case ResetFormat::Duration: {
        const auto delta = parseDurationText(value);
        understood = delta.has_value();
        if (understood)
            wait = plausibleDelta(*delta, what, value, ctx);
        break;
    }
    }
    if (!understood) {
        ctx.notes->append(QStringLiteral("%1 %2 is not %3: ignored")
                              .arg(what, quoted(raw), formatDescription(format)));
    }
    return wait;
}

/// The response's fields with lower-case names and trimmed values, in arrival order.
class HeaderTable
{
public:
    explicit HeaderTable(const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        m_fields.reserve(headers.size());
        for (const auto &[name, value] : headers)
            m_fields.append({trimmed(name).toByteArray().toLower(), trimmed(value).toByteArray()});
    }

    std::optional<QByteArray> first(QByteArrayView name) const
    {
        for (const auto &[key, value] : m_fields) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    }

    /// first(prefix + suffix), without building the name: every response is read for a
    /// dozen header families, and allocating each candidate name once cost more than the
    /// rest of the reading.
    std::optional<QByteArray> first(QByteArrayView prefix, QByteArrayView suffix) const
    {
        for (const auto &[key, value] : m_fields) {
            if (key.size() == prefix.size() + suffix.size() && key.startsWith(prefix)
                && QByteArrayView(key).sliced(prefix.size()) == suffix)
                return value;
        }
        return std::nullopt;
    }

    QList<QByteArray> all(QByteArrayView name) const
    {
        QList<QByteArray> values;
        for (const auto &[key, value] : m_fields) {
            if (key == name)
                values.append(value);
        }
        return values;
    }

    bool has(QByteArrayView name) const { return first(name).has_value(); }
    const QList<std::pair<QByteArray, QByteArray>> &fields() const { return m_fields; }

private:
    QList<std::pair<QByteArray, QByteArray>> m_fields;
};

bool isTrue(const std::optional<QByteArray> &value)
{
    return value && value->compare("true", Qt::CaseInsensitive) == 0;
}

/// Scope and reason text must stay printable and short whatever the server sends.
QString cleanText(QByteArrayView raw)
{
    QString text = quoted(raw);
    return text.mid(1, text.size() - 2);
}

struct Counter
{
    QString label;       ///< for reasons: "X-RateLimit", "x-ratelimit-*-tokens"
    QString resetSource; ///< the header the reset came from
    QString scope;
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> windowSeconds;
    std::optional<nanoseconds> untilReset;
    /// A daily or monthly cap: exhausting it is a quota to report, not a wait.
    bool daily = false;
    QString dailySource;
    bool nearLimit = false;

    bool exhausted() const { return remaining && *remaining <= 0; }
    bool present() const { return limit || remaining || untilReset; }
};

/// "100" or the old draft's "100, 100;w=60": the first Integer, and the first w parameter.
void readLimitList(QByteArrayView value, Counter &counter)
{
    const auto list = parseSfList(value);
    if (!list || list->isEmpty()) {
        counter.limit = readCount(value);
        return;
    }
    for (const SfMember &member : *list) {
        const auto *item = std::get_if<SfItem>(&member);
        if (!item || !std::holds_alternative<qint64>(item->value))
            continue;
        if (!counter.limit && std::get<qint64>(item->value) >= 0)
            counter.limit = std::get<qint64>(item->value);
        const auto w = sfIntegerParameter(item->parameters, "w");
        if (!counter.windowSeconds && w && *w > 0)
            counter.windowSeconds = *w;
    }
}

struct PlainFamily
{
    QByteArrayView prefix;
    const char *label;
    const char *resetName;
};

// Same three suffixes, different meanings per vendor: the reset is sniffed or read in the
// configured format.
constexpr PlainFamily plainFamilies[] = {
    {"x-ratelimit-", "X-RateLimit", "X-RateLimit-Reset"},
    {"x-rate-limit-", "X-Rate-Limit", "X-Rate-Limit-Reset"},
    {"ratelimit-", "RateLimit", "RateLimit-Reset"},
    {"x-user-limit-24hour-", "x-user-limit-24hour", "x-user-limit-24hour-reset"},
    {"x-app-limit-24hour-", "x-app-limit-24hour", "x-app-limit-24hour-reset"},
};

/// The reset of a plain family, from the most precise header that gives one.
void readPlainReset(const HeaderTable &h, const PlainFamily &family, const Context &ctx, Counter &c)
{
    const auto field = [&h, &family](QByteArrayView suffix) {
        return h.first(family.prefix, suffix);
    };
    const QLatin1StringView name(family.resetName);
    // Discord: float seconds from now, free of clock skew, so preferred to the epoch.
    if (const auto after = field("reset-after")) {
        c.untilReset
            = readTime(*after, ResetFormat::DeltaSeconds, name + QStringLiteral("-After"), ctx);
        if (c.untilReset)
            c.resetSource = name + QStringLiteral("-After");
    }
    if (const auto reset = field("reset"); reset && !c.untilReset) {
        c.untilReset = readTime(*reset, ctx.format, name, ctx);
        if (c.untilReset)
            c.resetSource = name;
    }
    if (const auto resetTime = field("resettime"); resetTime && !c.untilReset) { // GitLab
        const QString timeName = c.label + QStringLiteral("-ResetTime");
        c.untilReset = readTime(*resetTime, ResetFormat::HttpDate, timeName, ctx);
        if (c.untilReset)
            c.resetSource = timeName;
    }
    if (const auto interval = field("interval-seconds")) { // Confluence and Jira Data Center
        c.windowSeconds = readCount(*interval);
        if (!c.untilReset && c.windowSeconds) {
            c.untilReset = fromSeconds(*c.windowSeconds);
            c.resetSource = c.label + QStringLiteral("-Interval-Seconds");
        }
    }
}

Counter readPlainFamily(const HeaderTable &h, const PlainFamily &family, const Context &ctx)
{
    Counter c;
    c.label = QString::fromLatin1(family.label);
    const auto field = [&h, &family](QByteArrayView suffix) {
        return h.first(family.prefix, suffix);
    };

    if (const auto limit = field("limit"))
        readLimitList(*limit, c);
    if (const auto remaining = field("remaining"))
        c.remaining = readCount(*remaining);
    if (const auto used = field("used"); used && !c.limit && c.remaining) {
        if (const auto n = readCount(*used))
            c.limit = *n + *c.remaining;
    }
    if (family.prefix == "x-rate-limit-" && !c.limit) {
        if (const auto bare = h.first("x-rate-limit")) // Zendesk's account limit
            c.limit = readCount(*bare);
    }
    if (family.prefix == "ratelimit-") {
        // Drafts -05 and -06 sent "RateLimit-Policy: 100;w=10" with Integer items; the current
        // draft's policies are named, and are read with the RateLimit field instead.
        const auto policy = parseSfList(h.all("ratelimit-policy"));
        if (policy && !policy->isEmpty() && std::holds_alternative<SfItem>(policy->front())
            && std::holds_alternative<qint64>(std::get<SfItem>(policy->front()).value)) {
            readLimitList(h.all("ratelimit-policy").join(", "), c);
        }
    }

    readPlainReset(h, family, ctx, c);
    c.nearLimit = isTrue(field("nearlimit"));
    return c;
}

constexpr QByteArrayView counterFields[] = {"limit", "remaining", "reset"};

/// OpenAI and Groq put the dimension last (x-ratelimit-reset-tokens), Linear first
/// (x-ratelimit-requests-reset), Anthropic after its own prefix
/// (anthropic-ratelimit-input-tokens-reset). One Counter per dimension.
void readDimensionFamilies(const HeaderTable &h, const Context &ctx, QList<Counter> &counters)
{
    QMap<QByteArray, Counter> byDimension;
    for (const auto &[name, value] : h.fields()) {
        QByteArray dimension;
        QByteArrayView field;
        ResetFormat format = ctx.format;
        if (name.startsWith("anthropic-ratelimit-")) {
            const QByteArrayView rest = QByteArrayView(name).sliced(20);
            for (const QByteArrayView f : counterFields) {
                if (rest.endsWith('-' + f.toByteArray()) && rest.size() > f.size() + 1) {
                    field = f;
                    dimension = "anthropic-ratelimit-" + rest.chopped(f.size() + 1).toByteArray();
                }
            }
            // RFC 3339 by the vendor's documentation, which sniffing recognises unambiguously.
            format = ResetFormat::Auto;
        } else if (name.startsWith("x-ratelimit-") && name != "x-ratelimit-reset-after") {
            const QByteArrayView rest = QByteArrayView(name).sliced(12);
            for (const QByteArrayView f : counterFields) {
                const QByteArray dashed = f.toByteArray() + '-';
                if (rest.startsWith(dashed) && rest.size() > dashed.size()) {
                    field = f;
                    dimension = "x-ratelimit-*-" + rest.sliced(dashed.size()).toByteArray();
                } else if (rest.endsWith('-' + f.toByteArray()) && rest.size() > dashed.size()) {
                    field = f;
                    dimension = "x-ratelimit-" + rest.chopped(dashed.size()).toByteArray() + "-*";
                }
            }
        }
        if (field.isEmpty())
            continue;

        Counter &c = byDimension[dimension];
        c.label = QString::fromLatin1(dimension);
        if (field == "limit")
            c.limit = readCount(value);
        else if (field == "remaining")
            c.remaining = readCount(value);
        else if (const QString source = QString::fromLatin1(name);
                 (c.untilReset = readTime(value, format, source, ctx)))
            c.resetSource = source;
    }
    for (const Counter &c : std::as_const(byDimension))
        counters.append(c);
}

void readHubSpot(const HeaderTable &h, QList<Counter> &counters)
{
    Counter interval;
    interval.label = QStringLiteral("X-HubSpot-RateLimit");
    if (const auto max = h.first("x-hubspot-ratelimit-max"))
        interval.limit = readCount(*max);
    if (const auto remaining = h.first("x-hubspot-ratelimit-remaining"))
        interval.remaining = readCount(*remaining);
    if (const auto ms = h.first("x-hubspot-ratelimit-interval-milliseconds")) {
        // A rolling window: a slot frees up within one interval at the latest.
        if (const auto n = readCount(*ms);
            n && *n <= duration_cast<milliseconds>(maxPlausibleWait).count()) {
            interval.untilReset = milliseconds{*n};
            interval.windowSeconds = (*n + 999) / 1000;
            interval.resetSource = QStringLiteral("X-HubSpot-RateLimit-Interval-Milliseconds");
        }
    }
    if (interval.present())
        counters.append(interval);

    Counter secondly;
    secondly.label = QStringLiteral("X-HubSpot-RateLimit-Secondly");
    if (const auto max = h.first("x-hubspot-ratelimit-secondly"))
        secondly.limit = readCount(*max);
    if (const auto remaining = h.first("x-hubspot-ratelimit-secondly-remaining"))
        secondly.remaining = readCount(*remaining);
    if (secondly.present()) {
        secondly.windowSeconds = 1;
        secondly.untilReset = 1s;
        secondly.resetSource = secondly.label;
        counters.append(secondly);
    }

    Counter daily;
    daily.label = QStringLiteral("X-HubSpot-RateLimit-Daily");
    if (const auto max = h.first("x-hubspot-ratelimit-daily"))
        daily.limit = readCount(*max);
    if (const auto remaining = h.first("x-hubspot-ratelimit-daily-remaining"))
        daily.remaining = readCount(*remaining);
    if (daily.present()) {
        daily.daily = true;
        daily.windowSeconds = 86400;
        daily.dailySource = QStringLiteral("X-HubSpot-RateLimit-Daily-Remaining");
        counters.append(daily);
    }
}

/// "total=700; remaining=699; resets=59": Zendesk's per-endpoint limits.
void readZendesk(const HeaderTable &h, const Context &ctx, QList<Counter> &counters)
{
    for (const auto &[name, value] : h.fields()) {
        if (!name.startsWith("zendesk-ratelimit-") || name.size() == 18)
            continue;
        Counter c;
        c.label = QString::fromLatin1(name);
        c.scope = QStringLiteral("zendesk:") + cleanText(QByteArrayView(name).sliced(18));
        for (const QByteArray &part : value.split(';')) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = part.first(eq).trimmed().toLower();
            const QByteArray number = part.sliced(eq + 1).trimmed();
            if (key == "total")
                c.limit = readCount(number);
            else if (key == "remaining")
                c.remaining = readCount(number);
            else if (key == "resets"
                     && (c.untilReset = readTime(number, ResetFormat::DeltaSeconds,
                                                 c.label + QStringLiteral(" resets"), ctx)))
                c.resetSource = c.label;
        }
        if (c.present())
            counters.append(c);
    }
}

/// "used/size" as Shopify and Salesforce write it.
bool readUsedOfSize(QByteArrayView text, Counter &c)
{
    const qsizetype slash = text.indexOf('/');
    if (slash < 0)
        return false;
    const auto used = readCount(text.first(slash));
    const auto size = readCount(text.sliced(slash + 1));
    if (!used || !size)
        return false;
    c.limit = *size;
    c.remaining = std::max<qint64>(0, *size - *used);
    return true;
}

void readVendorCounters(const HeaderTable &h, QList<Counter> &counters)
{
    if (const auto shopify = h.first("x-shopify-shop-api-call-limit")) {
        Counter c;
        c.label = QStringLiteral("X-Shopify-Shop-Api-Call-Limit");
        if (readUsedOfSize(*shopify, c))
            counters.append(c);
    }
    if (const auto sforce = h.first("sforce-limit-info")) {
        // "api-usage=18/15000", possibly among other entries: a rolling 24-hour cap.
        for (const QByteArray &part : sforce->split(';') + sforce->split(',')) {
            const QByteArray entry = part.trimmed();
            Counter c;
            c.label = QStringLiteral("Sforce-Limit-Info");
            if (entry.startsWith("api-usage=")
                && readUsedOfSize(QByteArrayView(entry).sliced(10), c)) {
                c.daily = true;
                c.windowSeconds = 86400;
                c.dailySource = c.label;
                counters.append(c);
                break;
            }
        }
    }

    // Azure Resource Manager: counts only, no reset. The lowest one is what matters.
    Counter azure;
    azure.label = QStringLiteral("x-ms-ratelimit-remaining");
    for (const auto &[name, value] : h.fields()) {
        if (!name.startsWith("x-ms-ratelimit-remaining-"))
            continue;
        for (const QByteArray &entry : value.split(',')) {
            const qsizetype semicolon = entry.lastIndexOf(';');
            const auto n = readCount(semicolon < 0 ? entry : entry.sliced(semicolon + 1));
            if (n && (!azure.remaining || *n < *azure.remaining))
                azure.remaining = n;
        }
    }
    if (azure.present())
        counters.append(azure);
}

QList<Counter> readCounters(const HeaderTable &h, const Context &ctx)
{
    QList<Counter> counters;
    for (const PlainFamily &family : plainFamilies) {
        Counter c = readPlainFamily(h, family, ctx);
        if (c.present())
            counters.append(std::move(c));
    }
    readDimensionFamilies(h, ctx, counters);
    readHubSpot(h, counters);
    readZendesk(h, ctx, counters);
    readVendorCounters(h, counters);
    return counters;
}

struct IetfItem
{
    QString name;
    qint64 remaining = 0;
    std::optional<qint64> resetSeconds;
    std::optional<qint64> quota;
    std::optional<qint64> windowSeconds;
};

struct IetfReading
{
    QString field;
    QList<IetfItem> items;
};

std::optional<QString> policyName(const SfBareItem &value)
{
    if (const auto *s = std::get_if<QByteArray>(&value))
        return QString::fromLatin1(*s);
    if (const auto *t = std::get_if<SfToken>(&value))
        return QString::fromLatin1(t->text);
    return std::nullopt;
}

/// Items of a RateLimit field: every member must be a named Item with r >= 0 and, if present,
/// t >= 0; otherwise the field is malformed and ignored as a whole.
std::optional<QList<IetfItem>> ietfItems(const SfList &list)
{
    QList<IetfItem> items;
    for (const SfMember &member : list) {
        const auto *item = std::get_if<SfItem>(&member);
        const auto name = item ? policyName(item->value) : std::nullopt;
        const auto r = item ? sfIntegerParameter(item->parameters, "r") : std::nullopt;
        const SfBareItem *t = item ? sfParameter(item->parameters, "t") : nullptr;
        if (!name || !r || *r < 0)
            return std::nullopt;
        IetfItem entry{*name, *r, std::nullopt, std::nullopt, std::nullopt};
        if (t) {
            const auto *seconds = std::get_if<qint64>(t);
            if (!seconds || *seconds < 0)
                return std::nullopt;
            entry.resetSeconds = *seconds;
        }
        items.append(entry);
    }
    return items;
}

void applyPolicies(const HeaderTable &h, const QByteArray &policyField, const QString &display,
                   QList<IetfItem> &items, QStringList &notes)
{
    const QList<QByteArray> lines = h.all(policyField);
    if (lines.isEmpty())
        return;
    const auto list = parseSfList(lines);
    if (!list) {
        notes.append(QStringLiteral("%1-Policy is malformed: ignored").arg(display));
        return;
    }
    for (const SfMember &member : *list) {
        const auto *item = std::get_if<SfItem>(&member);
        const auto name = item ? policyName(item->value) : std::nullopt;
        if (!name)
            continue;
        const auto q = sfIntegerParameter(item->parameters, "q");
        const auto w = sfIntegerParameter(item->parameters, "w");
        for (IetfItem &entry : items) {
            if (entry.name != *name)
                continue;
            if (q && *q >= 0)
                entry.quota = q;
            if (w && *w > 0)
                entry.windowSeconds = w;
        }
    }
}

std::optional<IetfReading> readIetf(const HeaderTable &h, QStringList &notes)
{
    struct Field
    {
        QByteArray name;
        QString display;
    };
    // Jira Cloud's beta copy of the same field is read only when the real one is absent.
    const Field fields[] = {{"ratelimit", QStringLiteral("RateLimit")},
                            {"beta-ratelimit", QStringLiteral("Beta-RateLimit")}};
    for (const Field &field : fields) {
        const QList<QByteArray> lines = h.all(field.name);
        if (lines.isEmpty())
            continue;
        const auto list = parseSfList(lines);
        const auto items = list ? ietfItems(*list) : std::nullopt;
        if (!items) {
            notes.append(QStringLiteral("%1 %2 is malformed: ignored")
                             .arg(field.display, quoted(lines.join(", "))));
            continue;
        }
        IetfReading reading{field.display, *items};
        applyPolicies(h, field.name + "-policy", field.display, reading.items, notes);
        return reading;
    }
    return std::nullopt;
}

struct BodyFacts
{
    QStringList codes;    ///< error codes and types, from wherever vendors put them
    QStringList messages; ///< error messages, for vendors that say it only in words
    std::optional<nanoseconds> retryAfter; ///< Discord retry_after
    std::optional<nanoseconds> retryDelay; ///< Google RetryInfo.retryDelay
    std::optional<nanoseconds> shopifyWait;
    std::optional<qint64> shopifyLimit;
    std::optional<qint64> shopifyRemaining;
    QString policyName; ///< HubSpot
    bool global = false;
    bool githubDocs = false;
};

void addScalarCode(const QJsonValue &value, QStringList &codes)
{
    // AWS type names run to some 80 characters; anything much longer is not a code.
    constexpr qsizetype maxCodeChars = 200;
    if (value.isString() && !value.toString().isEmpty())
        codes.append(value.toString().left(maxCodeChars));
    else if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
        codes.append(QString::number(value.toInteger()));
}

void readErrorValue(const QJsonValue &value, BodyFacts &facts, int depth);

/// The places vendors put error codes: OpenAI, Anthropic, Stripe and Google nest them in
/// "error", GraphQL APIs in "errors[].type" or "errors[].extensions.code", AWS in "__type",
/// Salesforce in an array of "errorCode", Anthropic's spend limit in "details.error_code".
void readErrorObject(const QJsonObject &object, BodyFacts &facts, int depth)
{
    if (depth > maxJsonDepth)
        return;
    static const char *const codeKeys[]
        = {"code",       "type",   "status",    "reason",  "errorCode",
           "error_code", "__type", "errorType", "category"};
    for (const char *key : codeKeys)
        addScalarCode(object.value(QLatin1String(key)), facts.codes);
    if (const QJsonValue message = object.value(QLatin1String("message")); message.isString())
        facts.messages.append(message.toString().left(500));
    if (const QJsonValue policy = object.value(QLatin1String("policyName")); policy.isString())
        facts.policyName = policy.toString().left(maxQuotedChars);
    if (object.value(QLatin1String("@type"))
            .toString()
            .endsWith(QLatin1String("google.rpc.RetryInfo"))) {
        const QByteArray delay = object.value(QLatin1String("retryDelay")).toString().toLatin1();
        if (const auto wait = parseDurationText(delay))
            facts.retryDelay = *wait;
    }
    for (const char *key : {"error", "errors", "details", "extensions"}) {
        const QJsonValue nested = object.value(QLatin1String(key));
        if (nested.isString() && qstrcmp(key, "error") == 0)
            addScalarCode(nested, facts.codes);
        else
            readErrorValue(nested, facts, depth + 1);
    }
}

void readErrorValue(const QJsonValue &value, BodyFacts &facts, int depth)
{
    if (value.isObject()) {
        readErrorObject(value.toObject(), facts, depth);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < std::min<qsizetype>(array.size(), 64); ++i)
            readErrorValue(array.at(i), facts, depth + 1);
    }
}

/// Shopify GraphQL: extensions.cost says how many points the query needs, how many are left
/// and how fast they come back.
void readShopifyCost(const QJsonObject &top, BodyFacts &facts)
{
    const QJsonObject cost
        = top.value(QLatin1String("extensions")).toObject().value(QLatin1String("cost")).toObject();
    const QJsonObject status = cost.value(QLatin1String("throttleStatus")).toObject();
    if (status.isEmpty())
        return;
    const double maximum = status.value(QLatin1String("maximumAvailable")).toDouble(-1);
    const double available = status.value(QLatin1String("currentlyAvailable")).toDouble(-1);
    const double restoreRate = status.value(QLatin1String("restoreRate")).toDouble(-1);
    const double requested = cost.value(QLatin1String("requestedQueryCost")).toDouble(-1);
    if (maximum >= 0 && maximum < 1e15)
        facts.shopifyLimit = static_cast<qint64>(maximum);
    if (available >= 0 && available < 1e15)
        facts.shopifyRemaining = static_cast<qint64>(available);
    if (requested >= 0 && available >= 0 && restoreRate > 0)
        facts.shopifyWait = fromSecondsDouble(std::max(0.0, requested - available) / restoreRate);
}

/// `<Code>SlowDown</Code>` (S3) and `<errorCode>REQUEST_LIMIT_EXCEEDED</errorCode>`
/// (Salesforce SOAP and XML REST): the first of each, without an XML parser.
void readXmlCodes(QByteArrayView text, BodyFacts &facts)
{
    for (const QByteArrayView tag : {QByteArrayView("Code"), QByteArrayView("errorCode")}) {
        const QByteArray open = '<' + tag.toByteArray() + '>';
        const QByteArray close = "</" + tag.toByteArray() + '>';
        const qsizetype start = text.indexOf(open);
        if (start < 0)
            continue;
        const qsizetype end = text.indexOf(close, start + open.size());
        if (end < 0 || end - start - open.size() > maxQuotedChars)
            continue;
        const QByteArrayView code
            = trimmed(text.sliced(start + open.size(), end - start - open.size()));
        if (!code.isEmpty())
            facts.codes.append(cleanText(code));
    }
}

BodyFacts readBody(QByteArrayView body)
{
    BodyFacts facts;
    const QByteArrayView prefix = body.first(std::min(body.size(), maxHintBodyBytes));
    if (prefix.isEmpty())
        return facts;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(prefix.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        readXmlCodes(prefix, facts);
        return facts;
    }
    if (document.isArray()) {
        readErrorValue(document.array(), facts, 0);
        return facts;
    }
    const QJsonObject top = document.object();
    readErrorObject(top, facts, 0);
    if (const QJsonValue after = top.value(QLatin1String("retry_after"));
        after.isDouble() && after.toDouble() >= 0)
        facts.retryAfter = fromSecondsDouble(after.toDouble());
    facts.global = top.value(QLatin1String("global")).toBool();
    facts.githubDocs = top.value(QLatin1String("documentation_url"))
                           .toString()
                           .contains(QLatin1String("github.com"));
    readShopifyCost(top, facts);
    return facts;
}

// Error codes that mean "too many requests, come back later", by vendor: OpenAI, Anthropic,
// Stripe, GitHub GraphQL, Linear, Shopify, Google, Twilio, HubSpot, and the AWS SDKs' list of
// throttling codes (S3's SlowDown among them).
constexpr QLatin1String throttleCodes[] = {
    QLatin1String("rate_limit_exceeded"),
    QLatin1String("rate_limit_error"),
    QLatin1String("overloaded_error"),
    QLatin1String("rate_limit"),
    QLatin1String("RATE_LIMITED"),
    QLatin1String("RATELIMITED"),
    QLatin1String("THROTTLED"),
    QLatin1String("userRateLimitExceeded"),
    QLatin1String("rateLimitExceeded"),
    QLatin1String("RESOURCE_EXHAUSTED"),
    QLatin1String("REQUEST_LIMIT_EXCEEDED"),
    QLatin1String("20429"),
    QLatin1String("RATE_LIMIT"),
    QLatin1String("RATE_LIMITS"),
    QLatin1String("Throttling"),
    QLatin1String("ThrottlingException"),
    QLatin1String("ThrottledException"),
    QLatin1String("RequestThrottledException"),
    QLatin1String("TooManyRequestsException"),
    QLatin1String("ProvisionedThroughputExceededException"),
    QLatin1String("TransactionInProgressException"),
    QLatin1String("RequestLimitExceeded"),
    QLatin1String("BandwidthLimitExceeded"),
    QLatin1String("LimitExceededException"),
    QLatin1String("RequestThrottled"),
    QLatin1String("SlowDown"),
    QLatin1String("PriorRequestNotComplete"),
    QLatin1String("EC2ThrottledException"),
};

// Codes after which waiting does not help: OpenAI's billing quota, Anthropic's monthly spend
// limit.
constexpr QLatin1String quotaCodes[] = {
    QLatin1String("insufficient_quota"),
    QLatin1String("enforced_spend_limit_reached"),
};

template <size_t N> bool isOneOf(const QString &code, const QLatin1String (&codes)[N])
{
    return std::find(std::begin(codes), std::end(codes), code) != std::end(codes);
}

bool anyMessageContains(const BodyFacts &facts, QLatin1String phrase)
{
    return std::any_of(facts.messages.cbegin(), facts.messages.cend(), [phrase](const QString &m) {
        return m.contains(phrase, Qt::CaseInsensitive);
    });
}

struct Classification
{
    bool throttled = false;
    QString throttleWhy;
    bool quota = false;
    QString quotaWhy;
    QString quotaSource;
    bool github = false;
    bool google = false;
};

QStringList normalisedCodes(const HeaderTable &h, const BodyFacts &facts)
{
    QStringList codes;
    // "com.amazonaws.dynamodb.v20120810#ThrottlingException" and
    // "ThrottlingException:http://internal.amazon.com/..." both name ThrottlingException.
    for (const QString &code : facts.codes)
        codes.append(code.section(QLatin1Char('#'), -1));
    if (const auto amzn = h.first("x-amzn-errortype"))
        codes.append(cleanText(*amzn).section(QLatin1Char(':'), 0, 0));
    return codes;
}

void classifyQuota(const QStringList &codes, const BodyFacts &facts, const QList<Counter> &counters,
                   Classification &c)
{
    const auto setQuota = [&c](const QString &why, const QString &source) {
        if (c.quota)
            return;
        c.quota = true;
        c.quotaWhy = why;
        c.quotaSource = source;
    };
    for (const QString &code : codes) {
        if (isOneOf(code, quotaCodes))
            setQuota(code, QStringLiteral("body:") + code);
    }
    // Salesforce uses the same code for its concurrent-request limit, which is a throttle.
    if (codes.contains(QStringLiteral("REQUEST_LIMIT_EXCEEDED"))
        && !anyMessageContains(facts, QLatin1String("concurrent")))
        setQuota(QStringLiteral("REQUEST_LIMIT_EXCEEDED, the daily API request cap"),
                 QStringLiteral("body:REQUEST_LIMIT_EXCEEDED"));
    if ((codes.contains(QStringLiteral("rate_limit_error"))
         || codes.contains(QStringLiteral("invalid_request_error")))
        && anyMessageContains(facts, QLatin1String("spend limit")))
        setQuota(QStringLiteral("a spend limit"), QStringLiteral("body:spend limit"));
    if (facts.policyName.compare(QLatin1String("DAILY"), Qt::CaseInsensitive) == 0)
        setQuota(QStringLiteral("the DAILY policy"), QStringLiteral("body:policyName"));
    for (const Counter &counter : counters) {
        if (counter.daily && counter.exhausted())
            setQuota(
                QStringLiteral("%1 at 0 of %2").arg(counter.label).arg(counter.limit.value_or(0)),
                counter.dailySource);
    }
}

Classification classify(int status, const HeaderTable &h, const BodyFacts &facts,
                        const QList<Counter> &counters)
{
    Classification c;
    const QStringList codes = normalisedCodes(h, facts);
    c.github = h.has("x-github-request-id") || h.has("x-ratelimit-resource") || facts.githubDocs;
    c.google = codes.contains(QStringLiteral("RESOURCE_EXHAUSTED"))
               || codes.contains(QStringLiteral("userRateLimitExceeded"))
               || codes.contains(QStringLiteral("rateLimitExceeded"));
    const bool secondaryMessage = anyMessageContains(facts, QLatin1String("secondary rate limit"))
                                  || anyMessageContains(facts, QLatin1String("abuse detection"));
    const auto throttleCode = std::find_if(codes.cbegin(), codes.cend(), [](const QString &code) {
        return isOneOf(code, throttleCodes);
    });
    const auto exhausted = std::find_if(counters.cbegin(), counters.cend(),
                                        [](const Counter &k) { return !k.daily && k.exhausted(); });

    c.throttled = true;
    if (status == 429)
        c.throttleWhy = QString(); // the status says it all
    else if (status == 529)
        c.throttleWhy = QStringLiteral("overloaded");
    else if (throttleCode != codes.cend())
        c.throttleWhy = QStringLiteral("error code %1").arg(*throttleCode);
    else if (status == 403 && exhausted != counters.cend())
        c.throttleWhy = QStringLiteral("%1 remaining 0").arg(exhausted->label);
    else if (secondaryMessage && (status == 403 || status == 200))
        c.throttleWhy = QStringLiteral("a secondary rate limit message");
    else if (status == 403 && c.github && h.has("retry-after"))
        c.throttleWhy = QStringLiteral("a GitHub 403 with Retry-After");
    else
        c.throttled = false;

    classifyQuota(codes, facts, counters, c);
    return c;
}

struct Candidate
{
    nanoseconds wait{0};
    QString source;
    bool quotaReset = false; ///< a counter's reset: beyond the ceiling it is a quota to report
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> windowSeconds;
    QString scope;
};

Candidate plainCandidate(nanoseconds wait, const QString &source)
{
    Candidate c;
    c.wait = wait;
    c.source = source;
    return c;
}

Candidate fromCounter(const Counter &c, bool quotaReset)
{
    return Candidate{*c.untilReset, c.resetSource,   quotaReset, c.limit,
                     c.remaining,   c.windowSeconds, c.scope};
}

std::optional<Candidate> fromRetryAfter(const HeaderTable &h, const Context &ctx)
{
    // Milliseconds first: they say the same thing as Retry-After, more precisely.
    for (const char *name : {"retry-after-ms", "x-ms-retry-after-ms", "x-amz-retry-after"}) {
        const auto value = h.first(name);
        if (!value)
            continue;
        const auto decimal = parseDecimal(*value);
        if (!decimal) {
            ctx.notes->append(QStringLiteral("%1 %2 is not a number of milliseconds: ignored")
                                  .arg(QLatin1String(name), quoted(*value)));
            continue;
        }
        if (const auto wait
            = plausibleDelta(scaled(*decimal, nanosPerMilli), QLatin1String(name), *value, ctx))
            return plainCandidate(*wait, QLatin1String(name));
    }
    if (const auto value = h.first("retry-after")) {
        const auto wait = parseRetryAfter(*value, ctx.reference);
        if (!wait) {
            ctx.notes->append(QStringLiteral("Retry-After %1 is neither seconds nor an HTTP-date: "
                                             "ignored")
                                  .arg(quoted(*value)));
        } else if (*wait >= retryAfterSaturation) {
            // parseRetryAfter stops counting there, so the real figure is unknown.
            ctx.notes->append(QStringLiteral("Retry-After %1 ignored: it would mean waiting 10 "
                                             "years or more")
                                  .arg(quoted(*value)));
        } else if (const auto plausible
                   = plausibleDelta(*wait, QStringLiteral("Retry-After"), *value, ctx)) {
            return plainCandidate(*plausible, QStringLiteral("Retry-After"));
        }
    }
    return std::nullopt;
}

std::optional<Candidate> fromIetf(const std::optional<IetfReading> &ietf, const Context &ctx)
{
    if (!ietf)
        return std::nullopt;
    std::optional<Candidate> best;
    for (const IetfItem &item : ietf->items) {
        if (item.remaining > 0 || !item.resetSeconds)
            continue;
        const auto wait = plausibleDelta(fromSeconds(*item.resetSeconds), ietf->field,
                                         QByteArray::number(*item.resetSeconds), ctx);
        if (wait && (!best || *wait > best->wait))
            best = Candidate{*wait,          ietf->field,        true,     item.quota,
                             item.remaining, item.windowSeconds, QString()};
    }
    return best;
}

/// The latest reset among counters; only exhausted ones when `exhaustedOnly`.
std::optional<Candidate> fromCounters(const QList<Counter> &counters, bool exhaustedOnly)
{
    std::optional<Candidate> best;
    for (const Counter &c : counters) {
        if (c.daily || !c.untilReset || (exhaustedOnly && !c.exhausted()))
            continue;
        if (!best || *c.untilReset > best->wait)
            best = fromCounter(c, exhaustedOnly);
    }
    return best;
}

std::optional<Candidate> fromBody(const BodyFacts &facts, const QList<Counter> &counters,
                                  const Context &ctx)
{
    const auto plausible
        = [&ctx](nanoseconds wait, const QString &source) -> std::optional<Candidate> {
        if (const auto w
            = plausibleDelta(wait, source, QByteArray::number(duration<double>(wait).count()), ctx))
            return plainCandidate(*w, source);
        return std::nullopt;
    };
    if (facts.retryAfter)
        return plausible(*facts.retryAfter, QStringLiteral("body:retry_after"));
    if (facts.retryDelay)
        return plausible(*facts.retryDelay, QStringLiteral("body:RetryInfo"));
    if (facts.shopifyWait) {
        auto c = plausible(*facts.shopifyWait, QStringLiteral("body:throttleStatus"));
        if (c) {
            c->limit = facts.shopifyLimit;
            c->remaining = facts.shopifyRemaining;
        }
        return c;
    }
    // HubSpot names the window it refused for; without the interval header, its length.
    const bool hubspotHeaders
        = std::any_of(counters.cbegin(), counters.cend(), [](const Counter &c) {
              return c.label == QLatin1String("X-HubSpot-RateLimit") && c.untilReset;
          });
    if (!hubspotHeaders && facts.policyName == QLatin1String("TEN_SECONDLY_ROLLING"))
        return plainCandidate(10s, QStringLiteral("body:policyName"));
    if (!hubspotHeaders && facts.policyName == QLatin1String("SECONDLY"))
        return plainCandidate(1s, QStringLiteral("body:policyName"));
    return std::nullopt;
}

std::optional<Candidate> chooseWait(int status, const Classification &kind, const HeaderTable &h,
                                    const QList<Counter> &counters,
                                    const std::optional<IetfReading> &ietf, const BodyFacts &facts,
                                    const Context &ctx)
{
    // Retry-After is about the response it came with; on a success (Jira Data Center sends
    // "retry-after: 0" there) it says nothing about the next request.
    std::optional<Candidate> chosen;
    if (kind.throttled || status >= 300)
        chosen = fromRetryAfter(h, ctx);
    if (chosen && kind.github) {
        // GitHub documents both rules, so whichever instant is later must be respected.
        for (const Counter &c : counters) {
            if (c.label == QLatin1String("X-RateLimit") && c.exhausted() && c.untilReset
                && *c.untilReset > chosen->wait)
                chosen = fromCounter(c, true);
        }
    }
    if (!chosen)
        chosen = fromIetf(ietf, ctx);
    if (!chosen)
        chosen = fromCounters(counters, true);
    if (chosen || !kind.throttled)
        return chosen;

    chosen = fromBody(facts, counters, ctx);
    // At GitHub a throttle with quota left is a secondary limit, which the primary limit's
    // reset says nothing about.
    if (!chosen && !kind.github)
        chosen = fromCounters(counters, false);
    if (!chosen && kind.github)
        chosen = plainCandidate(githubSecondaryWait, QStringLiteral("rule:github-secondary"));
    if (!chosen && kind.google)
        chosen = plainCandidate(googleMinimumWait, QStringLiteral("rule:google-minimum"));
    return chosen;
}

struct QuotaView
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> windowSeconds;
    std::optional<nanoseconds> untilReset;
    bool nearLimit = false;
};

QList<QuotaView> quotaViews(const QList<Counter> &counters, const std::optional<IetfReading> &ietf,
                            const BodyFacts &facts)
{
    QList<QuotaView> views;
    if (ietf) {
        for (const IetfItem &item : ietf->items) {
            std::optional<nanoseconds> reset;
            if (item.resetSeconds)
                reset = fromSeconds(*item.resetSeconds);
            views.append({item.quota, item.remaining, item.windowSeconds, reset, false});
        }
    }
    for (const Counter &c : counters)
        views.append({c.limit, c.remaining, c.windowSeconds, c.untilReset, c.nearLimit});
    if (facts.shopifyRemaining)
        views.append(
            {facts.shopifyLimit, facts.shopifyRemaining, std::nullopt, std::nullopt, false});
    return views;
}

/// How close a counter is to empty, for picking the one to report: 0 is exhausted.
double tightness(const QuotaView &v)
{
    if (!v.remaining)
        return std::numeric_limits<double>::infinity();
    if (*v.remaining <= 0)
        return 0;
    if (v.limit && *v.limit > 0)
        return static_cast<double>(*v.remaining) / static_cast<double>(*v.limit);
    return 1.0 + static_cast<double>(*v.remaining);
}

bool isLow(const QuotaView &v)
{
    if (!v.remaining || *v.remaining <= 0)
        return false;
    const qint64 threshold = v.limit ? std::max<qint64>(1, *v.limit / 10) : 10;
    return v.nearLimit || *v.remaining <= threshold;
}

/// The largest spacing any low counter asks for: its time to reset over remaining + 1.
std::optional<Millis> paceFor(const QList<QuotaView> &views)
{
    std::optional<Millis> pace;
    for (const QuotaView &v : views) {
        if (!isLow(v) || !v.untilReset || *v.untilReset <= nanoseconds{0})
            continue;
        const Millis spacing = ceilMillis(*v.untilReset / (*v.remaining + 1));
        if (!pace || spacing > *pace)
            pace = spacing;
    }
    return pace;
}

QString scopeOf(const HeaderTable &h, const BodyFacts &facts)
{
    if (const auto resource = h.first("x-ratelimit-resource"))
        return QStringLiteral("github:") + cleanText(*resource);
    if (facts.global || isTrue(h.first("x-ratelimit-global"))
        || h.first("x-ratelimit-scope").value_or(QByteArray()) == "global")
        return QStringLiteral("discord:global");
    if (const auto bucket = h.first("x-ratelimit-bucket"))
        return QStringLiteral("discord:bucket:") + cleanText(*bucket);
    if (const auto reason = h.first("ratelimit-reason"))
        return QStringLiteral("jira:") + cleanText(*reason);
    return QString();
}

std::optional<bool> shouldRetryHeader(const HeaderTable &h, QString &source)
{
    const std::pair<const char *, const char *> names[]
        = {{"stripe-should-retry", "Stripe-Should-Retry"}, {"x-should-retry", "x-should-retry"}};
    for (const auto &[name, display] : names) {
        const auto value = h.first(name);
        if (!value)
            continue;
        if (value->compare("true", Qt::CaseInsensitive) == 0
            || value->compare("false", Qt::CaseInsensitive) == 0) {
            source = QLatin1String(display);
            return isTrue(value);
        }
    }
    return std::nullopt;
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
}

void applyWait(const Candidate &chosen, Millis ceiling, WallTime receivedAt, ServerHints &hints,
               QStringList &reason)
{
    hints.wait = ceilMillis(chosen.wait);
    hints.notBefore = receivedAt + duration_cast<WallTime::duration>(*hints.wait);
    hints.source = chosen.source;
    hints.limit = chosen.limit;
    hints.remaining = chosen.remaining;
    hints.windowSeconds = chosen.windowSeconds;
    hints.scope = chosen.scope;
    hints.capped = *hints.wait > ceiling;
    if (!hints.capped) {
        reason.append(QStringLiteral("the server allows the next request in %1 (%2)")
                          .arg(describeDuration(*hints.wait), hints.source));
        return;
    }
    reason.append(QStringLiteral("the server asks to wait %1 (%2), beyond the %3 ceiling: not "
                                 "before %4")
                      .arg(describeDuration(*hints.wait), hints.source, describeDuration(ceiling),
                           utcText(*hints.notBefore)));
    if (chosen.quotaReset && !hints.quotaExhausted) {
        hints.quotaExhausted = true;
        reason.append(QStringLiteral("quota exhausted: it resets beyond the ceiling"));
    }
}

/// Sets `retry` (and `source` when no wait decided) and ends `reason` with the decision.
void decideRetry(int status, const Classification &kind, const HeaderTable &h, ServerHints &hints,
                 QStringList &reason)
{
    QString shouldRetrySource;
    const std::optional<bool> shouldRetry = shouldRetryHeader(h, shouldRetrySource);
    if (shouldRetry) {
        reason.append(QStringLiteral("%1: %2").arg(
            shouldRetrySource, *shouldRetry ? QStringLiteral("true") : QStringLiteral("false")));
    }
    if (hints.quotaExhausted || hints.capped || shouldRetry == false)
        hints.retry = false;
    else
        hints.retry = shouldRetry == true || kind.throttled || isRetryableStatus(status);

    if (hints.source.isEmpty() && kind.quota)
        hints.source = kind.quotaSource;
    else if (hints.source.isEmpty() && shouldRetry)
        hints.source = shouldRetrySource;

    if (hints.retry)
        reason.append(hints.wait ? QStringLiteral("retry after the wait")
                                 : QStringLiteral("retry with backoff"));
    else if (kind.throttled || hints.quotaExhausted || status >= 400 || shouldRetry == false)
        reason.append(QStringLiteral("do not retry"));
    else
        reason.append(QStringLiteral("nothing to retry"));
}

} // namespace

QString resetFormatName(ResetFormat format)
{
    switch (format) {
    case ResetFormat::Auto:
        return QStringLiteral("auto");
    case ResetFormat::EpochSeconds:
        return QStringLiteral("epoch-s");
    case ResetFormat::EpochMillis:
        return QStringLiteral("epoch-ms");
    case ResetFormat::DeltaSeconds:
        return QStringLiteral("delta-s");
    case ResetFormat::HttpDate:
        return QStringLiteral("http-date");
    case ResetFormat::Iso8601:
        return QStringLiteral("iso");
    case ResetFormat::Duration:
        return QStringLiteral("duration");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ResetFormat> resetFormatFromName(QStringView name)
{
    for (const ResetFormat format :
         {ResetFormat::Auto, ResetFormat::EpochSeconds, ResetFormat::EpochMillis,
          ResetFormat::DeltaSeconds, ResetFormat::HttpDate, ResetFormat::Iso8601,
          ResetFormat::Duration}) {
        if (name == resetFormatName(format))
            return format;
    }
    return std::nullopt;
}

ServerHints readServerHints(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                            QByteArrayView body, WallTime receivedAt, const HintSettings &settings)
{
    QStringList notes;
    const HeaderTable h(headers);
    Context ctx{receivedAt, settings.resetFormat, &notes};
    if (const auto date = h.first("date")) {
        // A Date more than a day from our own clock is a broken header, not clock skew, and
        // one pinned to the ends of WallTime (year 226, say) would overflow every instant
        // measured from it. Such a Date is left out and the reception time serves instead.
        const auto serverNow = parseHttpDate(*date, receivedAt);
        if (serverNow && *serverNow >= receivedAt - std::chrono::hours(24)
            && *serverNow <= receivedAt + std::chrono::hours(24))
            ctx.reference = *serverNow;
        else if (serverNow)
            notes.append(QStringLiteral("Date is more than a day from this machine's clock; "
                                        "ignored"));
    }

    const BodyFacts facts = readBody(body);
    const QList<Counter> counters = readCounters(h, ctx);
    const std::optional<IetfReading> ietf = readIetf(h, notes);
    const Classification kind = classify(status, h, facts, counters);
    const std::optional<Candidate> chosen = chooseWait(status, kind, h, counters, ietf, facts, ctx);

    ServerHints hints;
    hints.throttled = kind.throttled;
    hints.quotaExhausted = kind.quota;
    QStringList reason;
    if (!kind.throttled)
        reason.append(QStringLiteral("HTTP %1").arg(status));
    else if (kind.throttleWhy.isEmpty())
        reason.append(QStringLiteral("HTTP %1: throttled").arg(status));
    else
        reason.append(QStringLiteral("HTTP %1: throttled (%2)").arg(status).arg(kind.throttleWhy));
    if (chosen)
        applyWait(*chosen, settings.maxServerDelay, receivedAt, hints, reason);
    if (kind.quota)
        reason.append(QStringLiteral("quota exhausted: %1").arg(kind.quotaWhy));

    const QList<QuotaView> views = quotaViews(counters, ietf, facts);
    if (!hints.limit && !hints.remaining && !views.isEmpty()) {
        const QuotaView &tightest = *std::min_element(
            views.cbegin(), views.cend(),
            [](const QuotaView &a, const QuotaView &b) { return tightness(a) < tightness(b); });
        hints.limit = tightest.limit;
        hints.remaining = tightest.remaining;
        hints.windowSeconds = tightest.windowSeconds;
    }
    const QString scope = scopeOf(h, facts);
    if (!scope.isEmpty())
        hints.scope = scope;

    decideRetry(status, kind, h, hints, reason);
    hints.pace = paceFor(views);
    if (hints.pace)
        reason.insert(reason.size() - 1,
                      QStringLiteral("a counter is low: keep requests at least %1 apart")
                          .arg(describeDuration(*hints.pace)));
    for (const QString &note : std::as_const(notes))
        reason.insert(reason.size() - 1, note);
    hints.reason = reason.join(QStringLiteral("; "));
    return hints;
}

} // namespace bw
