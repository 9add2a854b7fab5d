// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuredfields.h"

#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// RFC 9651 section 3.3.1 and 3.3.2: the digit limits keep every value exact in an IEEE double
// and in 64 bits, which is why the parser refuses longer numbers instead of rounding them.
constexpr qsizetype maxIntegerDigits = 15;
constexpr qsizetype maxDecimalIntegerDigits = 12;
constexpr qsizetype maxDecimalFractionDigits = 3;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLowerAlpha(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isAlpha(char c)
{
    return isLowerAlpha(c) || (c >= 'A' && c <= 'Z');
}

// tchar from RFC 9110 section 5.6.2.
bool isTchar(char c)
{
    static constexpr QByteArrayView extra("!#$%&'*+-.^_`|~");
    return isAlpha(c) || isDigit(c) || extra.contains(c);
}

bool isBase64Char(char c)
{
    return isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=';
}

int lowerHexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// The parsing algorithms of RFC 9651 section 4.2, over one combined field value. Each method
/// consumes what it recognises and returns nullopt at the first byte out of place; the caller
/// then abandons the whole field.
class Parser
{
public:
    explicit Parser(QByteArrayView input)
        : m_in(input)
    {
    }

    std::optional<SfList> field()
    {
        skipSpaces();
        auto list = parseList();
        skipSpaces();
        if (!list || !atEnd())
            return std::nullopt;
        return list;
    }

private:
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return m_in[m_pos]; }
    char take() { return m_in[m_pos++]; }

    void skipSpaces()
    {
        while (!atEnd() && peek() == ' ')
            ++m_pos;
    }

    void skipOptionalWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }

    std::optional<SfList> parseList()
    {
        SfList members;
        while (!atEnd()) {
            auto member = parseMember();
            if (!member)
                return std::nullopt;
            members.append(std::move(*member));
            if (members.size() > sfMaxListMembers)
                return std::nullopt;
            skipOptionalWhitespace();
            if (atEnd())
                return members;
            if (take() != ',')
                return std::nullopt;
            skipOptionalWhitespace();
            if (atEnd()) // a trailing comma
                return std::nullopt;
        }
        return members;
    }

    std::optional<SfMember> parseMember()
    {
        if (peek() == '(') {
            auto inner = parseInnerList();
            if (!inner)
                return std::nullopt;
            return SfMember(std::move(*inner));
        }
        auto item = parseItem();
        if (!item)
            return std::nullopt;
        return SfMember(std::move(*item));
    }

    std::optional<SfInnerList> parseInnerList()
    {
        ++m_pos; // '('
        SfInnerList inner;
        while (!atEnd()) {
            skipSpaces();
            if (atEnd())
                break;
            if (peek() == ')') {
                ++m_pos;
                auto parameters = parseParameters();
                if (!parameters)
                    return std::nullopt;
                inner.parameters = std::move(*parameters);
                return inner;
            }
            auto item = parseItem();
            if (!item)
                return std::nullopt;
            inner.items.append(std::move(*item));
            if (atEnd() || (peek() != ' ' && peek() != ')'))
                return std::nullopt;
        }
        return std::nullopt; // no closing parenthesis
    }

    std::optional<SfItem> parseItem()
    {
        auto value = parseBareItem();
        if (!value)
            return std::nullopt;
        auto parameters = parseParameters();
        if (!parameters)
            return std::nullopt;
        return SfItem{std::move(*value), std::move(*parameters)};
    }

    std::optional<SfParameters> parseParameters()
    {
        SfParameters parameters;
        while (!atEnd() && peek() == ';') {
            ++m_pos;
            skipSpaces();
            auto key = parseKey();
            if (!key)
                return std::nullopt;
            SfBareItem value = true;
            if (!atEnd() && peek() == '=') {
                ++m_pos;
                auto bare = parseBareItem();
                if (!bare)
                    return std::nullopt;
                value = std::move(*bare);
            }
            auto existing = std::find_if(parameters.begin(), parameters.end(),
                                         [&key](const auto &p) { return p.first == *key; });
            if (existing != parameters.end())
                existing->second = std::move(value);
            else
                parameters.append({std::move(*key), std::move(value)});
        }
        return parameters;
    }

    std::optional<QByteArray> parseKey()
    {
        if (atEnd() || !(isLowerAlpha(peek()) || peek() == '*'))
            return std::nullopt;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (!(isLowerAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*'))
                break;
            ++m_pos;
        }
        return m_in.sliced(start, m_pos - start).toByteArray();
    }

    std::optional<SfBareItem> parseBareItem()
    {
        if (atEnd())
            return std::nullopt;
        const char c = peek();
        if (c == '-' || isDigit(c))
            return parseNumber();
        if (c == '"')
            return wrap(parseString());
        if (isAlpha(c) || c == '*')
            return wrap(parseToken());
        if (c == ':')
            return wrap(parseByteSequence());
        if (c == '?')
            return wrap(parseBoolean());
        if (c == '@')
            return wrap(parseDate());
        if (c == '%')
            return wrap(parseDisplayString());
        return std::nullopt;
    }

    template <typename T> static std::optional<SfBareItem> wrap(std::optional<T> value)
    {
        if (!value)
            return std::nullopt;
        return SfBareItem(std::move(*value));
    }

    std::optional<SfBareItem> parseNumber()
    {
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_pos;
        }
        if (atEnd() || !isDigit(peek()))
            return std::nullopt;

        QByteArray digits;
        qsizetype dot = -1;
        while (!atEnd()) {
            const char c = peek();
            if (isDigit(c)) {
                digits.append(c);
            } else if (c == '.' && dot < 0) {
                if (digits.size() > maxDecimalIntegerDigits)
                    return std::nullopt;
                dot = digits.size();
                digits.append(c);
            } else {
                break;
            }
            ++m_pos;
            if (dot < 0 && digits.size() > maxIntegerDigits)
                return std::nullopt;
            if (dot >= 0 && digits.size() > maxDecimalIntegerDigits + 1 + maxDecimalFractionDigits)
                return std::nullopt;
        }

        if (dot < 0) {
            const qint64 magnitude = digits.toLongLong();
            return SfBareItem(negative ? -magnitude : magnitude);
        }
        const qsizetype fractionDigits = digits.size() - dot - 1;
        if (fractionDigits < 1 || fractionDigits > maxDecimalFractionDigits)
            return std::nullopt;
        const double magnitude = digits.toDouble();
        return SfBareItem(negative ? -magnitude : magnitude);
    }

    std::optional<QByteArray> parseString()
    {
        ++m_pos; // '"'
        QByteArray text;
        while (!atEnd()) {
            const char c = take();
            if (c == '\\') {
                if (atEnd())
                    return std::nullopt;
                const char escaped = take();
                if (escaped != '"' && escaped != '\\')
                    return std::nullopt;
                text.append(escaped);
            } else if (c == '"') {
                return text;
            } else if (static_cast<unsigned char>(c) < 0x20
                       || static_cast<unsigned char>(c) > 0x7e) {
                return std::nullopt;
            } else {
                text.append(c);
            }
        }
        return std::nullopt;
    }

    std::optional<SfToken> parseToken()
    {
        const qsizetype start = m_pos;
        ++m_pos; // ALPHA or '*', checked by the caller
        while (!atEnd() && (isTchar(peek()) || peek() == ':' || peek() == '/'))
            ++m_pos;
        return SfToken{m_in.sliced(start, m_pos - start).toByteArray()};
    }

    std::optional<SfByteSequence> parseByteSequence()
    {
        ++m_pos; // ':'
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ':') {
            if (!isBase64Char(peek()))
                return std::nullopt;
            ++m_pos;
        }
        if (atEnd())
            return std::nullopt;
        const QByteArrayView encoded = m_in.sliced(start, m_pos - start);
        ++m_pos; // ':'

        // Padding may be missing (the RFC asks parsers to accept that), but '=' anywhere
        // other than at the end is not base64.
        const qsizetype firstPad = encoded.indexOf('=');
        if (firstPad >= 0) {
            for (qsizetype i = firstPad; i < encoded.size(); ++i) {
                if (encoded[i] != '=')
                    return std::nullopt;
            }
            if (encoded.size() % 4 != 0 || encoded.size() - firstPad > 2)
                return std::nullopt;
        } else if (encoded.size() % 4 == 1) {
            return std::nullopt;
        }
        auto decoded = QByteArray::fromBase64Encoding(encoded.toByteArray(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return SfByteSequence{std::move(decoded.decoded)};
    }

    std::optional<bool> parseBoolean()
    {
        ++m_pos; // '?'
        if (atEnd())
            return std::nullopt;
        const char c = take();
        if (c == '1')
            return true;
        if (c == '0')
            return false;
        return std::nullopt;
    }

    std::optional<SfDate> parseDate()
    {
        ++m_pos; // '@'
        if (atEnd() || !(peek() == '-' || isDigit(peek())))
            return std::nullopt;
        const auto number = parseNumber();
        if (!number || !std::holds_alternative<qint64>(*number))
            return std::nullopt;
        return SfDate{std::get<qint64>(*number)};
    }

    std::optional<SfDisplayString> parseDisplayString()
    {
        ++m_pos; // '%'
        if (atEnd() || take() != '"')
            return std::nullopt;
        QByteArray utf8;
        while (!atEnd()) {
            const char c = take();
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u > 0x7e)
                return std::nullopt;
            if (c == '%') {
                if (m_in.size() - m_pos < 2)
                    return std::nullopt;
                const int high = lowerHexValue(take());
                const int low = lowerHexValue(take());
                if (high < 0 || low < 0)
                    return std::nullopt;
                utf8.append(static_cast<char>(high * 16 + low));
            } else if (c == '"') {
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                QString text = decoder.decode(utf8);
                if (decoder.hasError())
                    return std::nullopt;
                return SfDisplayString{std::move(text)};
            } else {
                utf8.append(c);
            }
        }
        return std::nullopt;
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

bool isOptionalWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedLine(QByteArrayView line)
{
    while (!line.isEmpty() && isOptionalWhitespace(line.front()))
        line = line.sliced(1);
    while (!line.isEmpty() && isOptionalWhitespace(line.back()))
        line.chop(1);
    return line;
}

QByteArray serializeDecimal(double value)
{
    // Round half to even at three digits, then drop trailing zeros but keep one digit.
    const double scaled = std::nearbyint(value * 1000.0);
    QByteArray text = QByteArray::number(scaled / 1000.0, 'f', 3);
    while (text.endsWith('0') && !text.endsWith(".0"))
        text.chop(1);
    return text;
}

QByteArray serializeBareItem(const SfBareItem &value)
{
    struct Visitor
    {
        QByteArray operator()(qint64 v) const { return QByteArray::number(v); }
        QByteArray operator()(double v) const { return serializeDecimal(v); }
        QByteArray operator()(const QByteArray &v) const
        {
            QByteArray out = "\"";
            for (const char c : v) {
                if (c == '"' || c == '\\')
                    out.append('\\');
                out.append(c);
            }
            return out + '"';
        }
        QByteArray operator()(const SfToken &v) const { return v.text; }
        QByteArray operator()(const SfByteSequence &v) const
        {
            return ':' + v.bytes.toBase64() + ':';
        }
        QByteArray operator()(bool v) const { return v ? "?1" : "?0"; }
        QByteArray operator()(const SfDate &v) const
        {
            return '@' + QByteArray::number(v.secondsSinceEpoch);
        }
        QByteArray operator()(const SfDisplayString &v) const
        {
            QByteArray out = "%\"";
            for (const char c : v.text.toUtf8()) {
                const auto u = static_cast<unsigned char>(c);
                if (c == '%' || c == '"' || u < 0x20 || u > 0x7e)
                    out.append('%').append(QByteArray::number(u, 16).rightJustified(2, '0'));
                else
                    out.append(c);
            }
            return out + '"';
        }
    };
    return std::visit(Visitor{}, value);
}

QByteArray serializeParameters(const SfParameters &parameters)
{
    QByteArray out;
    for (const auto &[key, value] : parameters) {
        out.append(';').append(key);
        const bool *flag = std::get_if<bool>(&value);
        if (!flag || !*flag)
            out.append('=').append(serializeBareItem(value));
    }
    return out;
}

QByteArray serializeItem(const SfItem &item)
{
    return serializeBareItem(item.value) + serializeParameters(item.parameters);
}

} // namespace

std::optional<SfList> parseSfList(QByteArrayView fieldValue)
{
    if (fieldValue.size() > sfMaxFieldBytes)
        return std::nullopt;
    return Parser(fieldValue).field();
}

std::optional<SfList> parseSfList(const QList<QByteArray> &fieldLines)
{
    QByteArray combined;
    for (const QByteArray &line : fieldLines) {
        const QByteArrayView value = trimmedLine(line);
        if (value.isEmpty())
            continue;
        if (!combined.isEmpty())
            combined.append(", ");
        combined.append(value);
        if (combined.size() > sfMaxFieldBytes)
            return std::nullopt;
    }
    return parseSfList(QByteArrayView(combined));
}

QByteArray serializeSfList(const SfList &list)
{
    QByteArrayList members;
    for (const SfMember &member : list) {
        if (const auto *item = std::get_if<SfItem>(&member)) {
            members.append(serializeItem(*item));
            continue;
        }
        const auto &inner = std::get<SfInnerList>(member);
        QByteArrayList items;
        for (const SfItem &item : inner.items)
            items.append(serializeItem(item));
        members.append('(' + items.join(' ') + ')' + serializeParameters(inner.parameters));
    }
    return members.join(", ");
}

const SfBareItem *sfParameter(const SfParameters &parameters, QByteArrayView key)
{
    for (const auto &[name, value] : parameters) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

std::optional<qint64> sfIntegerParameter(const SfParameters &parameters, QByteArrayView key)
{
    const SfBareItem *value = sfParameter(parameters, key);
    if (!value || !std::holds_alternative<qint64>(*value))
        return std::nullopt;
    return std::get<qint64>(*value);
}

} // namespace bw
