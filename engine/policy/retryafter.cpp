// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retryafter.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace bw {

namespace {

using namespace std::chrono;

// Anything longer is as good as "never" for a monitor, and the bound keeps every later sum
// (now + wait) far from overflowing.
constexpr seconds maxWait = duration_cast<seconds>(years{10});

constexpr std::array<std::string_view, 7> shortDays{"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> longDays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> monthNames{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimmed(QByteArrayView text)
{
    std::string_view s(text.data(), static_cast<size_t>(text.size()));
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isSpace(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

/// Reads the fixed-layout HTTP-date grammar left to right; every step fails on the first
/// character out of place, and HTTP-date is case-sensitive, so no folding anywhere.
class Reader
{
public:
    explicit Reader(std::string_view text)
        : m_text(text)
    {
    }

    bool literal(std::string_view expected)
    {
        if (m_text.substr(m_pos, expected.size()) != expected) {
            return false;
        }
        m_pos += expected.size();
        return true;
    }

    std::optional<int> digits(size_t count)
    {
        if (m_text.size() - m_pos < count) {
            return std::nullopt;
        }
        int value = 0;
        for (size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (!isDigit(c)) {
                return std::nullopt;
            }
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        return value;
    }

    /// Index of the name that appears next; a longer name that continues past a shorter one
    /// is not mistaken for it, since the caller checks what follows.
    template <size_t N> std::optional<int> oneOf(const std::array<std::string_view, N> &names)
    {
        for (size_t i = 0; i < N; ++i) {
            if (literal(names[i])) {
                return static_cast<int>(i);
            }
        }
        return std::nullopt;
    }

    bool atEnd() const { return m_pos == m_text.size(); }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

struct DateFields
{
    int year = 0;
    int month = 0; ///< 1..12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// time-of-day = hour ":" minute ":" second, 00:00:00 to 23:59:60 (RFC 9110 allows a leap
// second, which the arithmetic below carries into the next minute).
bool readTime(Reader &in, DateFields &f)
{
    const auto h = in.digits(2);
    if (!h || !in.literal(":")) {
        return false;
    }
    const auto m = in.digits(2);
    if (!m || !in.literal(":")) {
        return false;
    }
    const auto s = in.digits(2);
    if (!s || *h > 23 || *m > 59 || *s > 60) {
        return false;
    }
    f.hour = *h;
    f.minute = *m;
    f.second = *s;
    return true;
}

bool readMonth(Reader &in, DateFields &f)
{
    const auto m = in.oneOf(monthNames);
    if (!m) {
        return false;
    }
    f.month = *m + 1;
    return true;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
std::optional<DateFields> readImfFixdate(std::string_view text)
{
    Reader in(text);
    DateFields f;
    if (!in.oneOf(shortDays) || !in.literal(", ")) {
        return std::nullopt;
    }
    const auto day = in.digits(2);
    if (!day || !in.literal(" ") || !readMonth(in, f) || !in.literal(" ")) {
        return std::nullopt;
    }
    const auto year = in.digits(4);
    if (!year || !in.literal(" ") || !readTime(in, f) || !in.literal(" GMT") || !in.atEnd()) {
        return std::nullopt;
    }
    f.day = *day;
    f.year = *year;
    return f;
}

// RFC 9110: a two-digit year that would lie more than 50 years after `reference` means the
// most recent past year with those digits. So the year is the one with those digits in the
// hundred years that end 50 years after `reference`.
int resolveTwoDigitYear(int yy, const DateFields &f, sys_seconds reference)
{
    const year_month_day refDate{floor<days>(reference)};
    const int refYear = static_cast<int>(refDate.year());

    // The same calendar instant 50 years on; sys_days normalises a 29 February that does not
    // exist in that year to 1 March.
    const year_month_day limitDate{refDate.year() + years{50}, refDate.month(), refDate.day()};
    const sys_seconds limit = sys_days{limitDate} + (reference - floor<days>(reference));
    const auto instantIn = [&f](int y) {
        return sys_days{year{y} / f.month / f.day} + hours{f.hour} + minutes{f.minute}
               + seconds{f.second};
    };

    int candidate = refYear - refYear % 100 + yy;
    if (instantIn(candidate) > limit) {
        candidate -= 100;
    } else if (instantIn(candidate + 100) <= limit) {
        candidate += 100;
    }
    return candidate;
}

// "Sunday, 06-Nov-94 08:49:37 GMT"
std::optional<DateFields> readRfc850(std::string_view text, sys_seconds reference)
{
    Reader in(text);
    DateFields f;
    if (!in.oneOf(longDays) || !in.literal(", ")) {
        return std::nullopt;
    }
    const auto day = in.digits(2);
    if (!day || !in.literal("-") || !readMonth(in, f) || !in.literal("-")) {
        return std::nullopt;
    }
    const auto yy = in.digits(2);
    if (!yy || !in.literal(" ") || !readTime(in, f) || !in.literal(" GMT") || !in.atEnd()) {
        return std::nullopt;
    }
    f.day = *day;
    f.year = resolveTwoDigitYear(*yy, f, reference);
    return f;
}

// "Sun Nov  6 08:49:37 1994": the day is two digits or a space and one digit.
std::optional<DateFields> readAsctime(std::string_view text)
{
    Reader in(text);
    DateFields f;
    if (!in.oneOf(shortDays) || !in.literal(" ") || !readMonth(in, f) || !in.literal(" ")) {
        return std::nullopt;
    }
    const auto day = in.literal(" ") ? in.digits(1) : in.digits(2);
    if (!day || !in.literal(" ") || !readTime(in, f) || !in.literal(" ")) {
        return std::nullopt;
    }
    const auto year = in.digits(4);
    if (!year || !in.atEnd()) {
        return std::nullopt;
    }
    f.day = *day;
    f.year = *year;
    return f;
}

// Whole seconds since the epoch. Years 0000 to 9999 fit easily here, though not all of them
// fit WallTime's nanoseconds.
std::optional<sys_seconds> parseDateSeconds(std::string_view text, sys_seconds reference)
{
    std::optional<DateFields> f = readImfFixdate(text);
    if (!f) {
        f = readRfc850(text, reference);
    }
    if (!f) {
        f = readAsctime(text);
    }
    if (!f) {
        return std::nullopt;
    }

    // The weekday is not compared with the date: a wrong one costs nothing to ignore, while
    // rejecting it would drop the server's instant in favour of a guess.
    const year_month_day date{year{f->year}, month{static_cast<unsigned>(f->month)},
                              day{static_cast<unsigned>(f->day)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return sys_days{date} + hours{f->hour} + minutes{f->minute} + seconds{f->second};
}

// delay-seconds, plus the non-conforming "299.997" rounded up. Digits past the bound are still
// checked, only no longer accumulated.
std::optional<seconds> parseSeconds(std::string_view text)
{
    const size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction
        = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) {
        return std::nullopt;
    }

    seconds::rep value = 0;
    for (const char c : whole) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        if (value <= maxWait.count()) {
            value = value * 10 + (c - '0');
        }
    }
    bool roundUp = false;
    for (const char c : fraction) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        roundUp = roundUp || c != '0';
    }
    return std::min(seconds{value + (roundUp ? 1 : 0)}, maxWait);
}

} // namespace

std::optional<WallTime> parseHttpDate(QByteArrayView text, WallTime reference)
{
    const auto instant = parseDateSeconds(trimmed(text), floor<seconds>(reference));
    if (!instant) {
        return std::nullopt;
    }
    // Dates beyond what WallTime holds (about 1678 to 2262 with nanoseconds) are pinned to its
    // ends: still "long ago" or "far ahead", and never an overflow.
    const auto earliest = ceil<seconds>(WallTime::min());
    const auto latest = floor<seconds>(WallTime::max());
    return time_point_cast<WallTime::duration>(std::clamp(*instant, earliest, latest));
}

std::optional<Millis> parseRetryAfter(QByteArrayView value, WallTime reference)
{
    const std::string_view text = trimmed(value);
    if (text.empty()) {
        return std::nullopt;
    }
    if (isDigit(text.front())) {
        if (const auto wait = parseSeconds(text)) {
            return duration_cast<Millis>(*wait);
        }
        return std::nullopt;
    }

    const auto instant = parseDateSeconds(text, floor<seconds>(reference));
    if (!instant) {
        return std::nullopt;
    }
    // The instant is whole seconds, so subtracting the floored reference rounds the wait up.
    const Millis wait = *instant - floor<Millis>(reference);
    return std::clamp(wait, Millis{0}, duration_cast<Millis>(maxWait));
}

} // namespace bw
