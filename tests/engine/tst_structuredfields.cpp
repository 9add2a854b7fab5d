// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/structuredfields.h"

#include <QTest>

using namespace bw;

class tst_StructuredFields : public QObject
{
    Q_OBJECT

private slots:
    void validListsParseToTheirCanonicalForm_data();
    void validListsParseToTheirCanonicalForm();
    void malformedListsAreRefusedWhole_data();
    void malformedListsAreRefusedWhole();
    void bareItemsKeepTheirTypes();
    void rateLimitFieldsGiveNamesAndParameters();
    void repeatedParameterKeepsPositionTakesLastValue();
    void fieldLinesAreCombinedWithCommas_data();
    void fieldLinesAreCombinedWithCommas();
    void oversizedFieldsAreRefused();
    void tooManyMembersAreRefused();
    void integerParameterHelperChecksTheType();
};

void tst_StructuredFields::validListsParseToTheirCanonicalForm_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("IETF RateLimit")
        << QByteArray("\"api\";r=12;t=45") << QByteArray("\"api\";r=12;t=45");
    QTest::newRow("IETF RateLimit with pk") << QByteArray("\"per-user\";r=0;t=9;pk=:dXNlci00Mg==:")
                                            << QByteArray("\"per-user\";r=0;t=9;pk=:dXNlci00Mg==:");
    QTest::newRow("IETF RateLimit-Policy, two policies")
        << QByteArray("\"minute\";q=120;w=60,\"day\";q=5000;w=86400;qu=\"requests\"")
        << QByteArray("\"minute\";q=120;w=60, \"day\";q=5000;w=86400;qu=\"requests\"");
    QTest::newRow("old draft RateLimit-Limit")
        << QByteArray("250, 250;w=30") << QByteArray("250, 250;w=30");
    QTest::newRow("empty field") << QByteArray("") << QByteArray("");
    QTest::newRow("only spaces") << QByteArray("   ") << QByteArray("");

    QTest::newRow("integer") << QByteArray("7") << QByteArray("7");
    QTest::newRow("negative integer") << QByteArray("-73") << QByteArray("-73");
    QTest::newRow("leading zeros") << QByteArray("0081") << QByteArray("81");
    QTest::newRow("15-digit integer")
        << QByteArray("123456789012345") << QByteArray("123456789012345");
    QTest::newRow("15-digit negative")
        << QByteArray("-987654321098765") << QByteArray("-987654321098765");
    QTest::newRow("decimal") << QByteArray("2.25") << QByteArray("2.25");
    QTest::newRow("negative decimal") << QByteArray("-0.5") << QByteArray("-0.5");
    QTest::newRow("decimal zero") << QByteArray("0.0") << QByteArray("0.0");
    QTest::newRow("decimal trailing zeros") << QByteArray("3.100") << QByteArray("3.1");
    QTest::newRow("12.3-digit decimal")
        << QByteArray("987654321098.765") << QByteArray("987654321098.765");

    QTest::newRow("string") << QByteArray("\"plain words\"") << QByteArray("\"plain words\"");
    QTest::newRow("empty string") << QByteArray("\"\"") << QByteArray("\"\"");
    QTest::newRow("escaped quote and backslash")
        << QByteArray(R"("say \"hi\" \\ bye")") << QByteArray(R"("say \"hi\" \\ bye")");

    QTest::newRow("token") << QByteArray("burst") << QByteArray("burst");
    QTest::newRow("star token") << QByteArray("*") << QByteArray("*");
    QTest::newRow("token with slash and colon")
        << QByteArray("text/plain:v2") << QByteArray("text/plain:v2");
    QTest::newRow("token with every tchar")
        << QByteArray("Ab!#$%&'*+-.^_`|~9") << QByteArray("Ab!#$%&'*+-.^_`|~9");

    QTest::newRow("byte sequence") << QByteArray(":cXVvdGE=:") << QByteArray(":cXVvdGE=:");
    QTest::newRow("byte sequence without padding")
        << QByteArray(":cXVvdGE:") << QByteArray(":cXVvdGE=:");
    QTest::newRow("empty byte sequence") << QByteArray("::") << QByteArray("::");

    QTest::newRow("true") << QByteArray("?1") << QByteArray("?1");
    QTest::newRow("false") << QByteArray("?0") << QByteArray("?0");
    QTest::newRow("date") << QByteArray("@1787216400") << QByteArray("@1787216400");
    QTest::newRow("date before the epoch") << QByteArray("@-3600") << QByteArray("@-3600");
    QTest::newRow("display string")
        << QByteArray("%\"gr%c3%bc%c3%9f\"") << QByteArray("%\"gr%c3%bc%c3%9f\"");

    QTest::newRow("parameter flags") << QByteArray("x;a;b=?0;c=?1") << QByteArray("x;a;b=?0;c");
    QTest::newRow("parameter keys")
        << QByteArray("x;*k=1;k1_-.*=2") << QByteArray("x;*k=1;k1_-.*=2");
    QTest::newRow("space after semicolon") << QByteArray("x; r=1;  t=2") << QByteArray("x;r=1;t=2");
    QTest::newRow("inner list") << QByteArray("(a b c);n=3") << QByteArray("(a b c);n=3");
    QTest::newRow("empty inner list") << QByteArray("()") << QByteArray("()");
    QTest::newRow("inner list spacing") << QByteArray("(  1   2 )") << QByteArray("(1 2)");
    QTest::newRow("inner list item parameters")
        << QByteArray("(\"a\";x=1 b;y)") << QByteArray("(\"a\";x=1 b;y)");
    QTest::newRow("items and inner lists")
        << QByteArray("(1 2), a, (\"b\")") << QByteArray("(1 2), a, (\"b\")");

    QTest::newRow("spaces around the field") << QByteArray("  a , b  ") << QByteArray("a, b");
    QTest::newRow("tabs between members") << QByteArray("a,\tb\t,c") << QByteArray("a, b, c");
    QTest::newRow("no space after comma") << QByteArray("1,2,3") << QByteArray("1, 2, 3");
}

void tst_StructuredFields::validListsParseToTheirCanonicalForm()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, canonical);

    const auto list = parseSfList(QByteArrayView(field));
    QVERIFY(list.has_value());
    QCOMPARE(serializeSfList(*list), canonical);
    // The canonical form is itself valid and a fixed point.
    const auto again = parseSfList(QByteArrayView(canonical));
    QVERIFY(again.has_value());
    QCOMPARE(serializeSfList(*again), canonical);
}

void tst_StructuredFields::malformedListsAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("trailing comma") << QByteArray("a,");
    QTest::newRow("trailing comma and space") << QByteArray("a, ");
    QTest::newRow("leading comma") << QByteArray(",a");
    QTest::newRow("empty member") << QByteArray("a,,b");
    QTest::newRow("space-separated items") << QByteArray("a b");
    QTest::newRow("leading tab") << QByteArray("\ta");
    QTest::newRow("-07 dictionary syntax") << QByteArray("limit=100, remaining=50, reset=30");
    QTest::newRow("one bad member spoils the field") << QByteArray("\"ok\";r=1, \"bad\";r=");

    QTest::newRow("16-digit integer") << QByteArray("1234567890123456");
    QTest::newRow("13-digit decimal") << QByteArray("1234567890123.5");
    QTest::newRow("4 fraction digits") << QByteArray("0.1234");
    QTest::newRow("dot without fraction") << QByteArray("5.");
    QTest::newRow("two dots") << QByteArray("1.2.3");
    QTest::newRow("lone minus") << QByteArray("-");
    QTest::newRow("double minus") << QByteArray("--4");
    QTest::newRow("minus then space") << QByteArray("- 4");
    QTest::newRow("plus sign") << QByteArray("+4");
    QTest::newRow("exponent") << QByteArray("1e3");
    QTest::newRow("number glued to token") << QByteArray("30s");

    QTest::newRow("unterminated string") << QByteArray("\"open");
    QTest::newRow("bad escape") << QByteArray(R"("a\nb")");
    QTest::newRow("escape at the end") << QByteArray("\"a\\");
    QTest::newRow("tab inside string") << QByteArray("\"a\tb\"");
    QTest::newRow("non-ASCII inside string") << QByteArray("\"caf\xc3\xa9\"");
    QTest::newRow("non-ASCII token") << QByteArray("caf\xc3\xa9");
    QTest::newRow("token with bad character") << QByteArray("ab@c");

    QTest::newRow("unterminated byte sequence") << QByteArray(":cXVvdGE=");
    QTest::newRow("byte sequence with bad character") << QByteArray(":cX$vdGE=:");
    QTest::newRow("byte sequence with inner padding") << QByteArray(":cX=vdGE:");
    QTest::newRow("byte sequence of impossible length") << QByteArray(":cXVvd:");

    QTest::newRow("boolean 2") << QByteArray("?2");
    QTest::newRow("lone question mark") << QByteArray("?");
    QTest::newRow("decimal date") << QByteArray("@12.5");
    QTest::newRow("date without digits") << QByteArray("@x");
    QTest::newRow("display string upper-case hex") << QByteArray("%\"%C3%BC\"");
    QTest::newRow("display string invalid UTF-8") << QByteArray("%\"%ff%fe\"");
    QTest::newRow("display string truncated escape") << QByteArray("%\"%c\"");
    QTest::newRow("display string without quote") << QByteArray("%abc");
    QTest::newRow("unterminated display string") << QByteArray("%\"abc");

    QTest::newRow("unterminated inner list") << QByteArray("(a b");
    QTest::newRow("comma inside inner list") << QByteArray("(a,b)");
    QTest::newRow("inner list item glued") << QByteArray("(a\"b\")");
    QTest::newRow("upper-case key") << QByteArray("a;R=1");
    QTest::newRow("key starting with a digit") << QByteArray("a;1r=1");
    QTest::newRow("missing key") << QByteArray("a;=1");
    QTest::newRow("missing value") << QByteArray("a;r=");
    QTest::newRow("NUL byte") << QByteArray("a\0b", 3);
    QTest::newRow("garbage") << QByteArray("\x01\x02\xff\xfe");
}

void tst_StructuredFields::malformedListsAreRefusedWhole()
{
    QFETCH(QByteArray, field);
    QVERIFY(!parseSfList(QByteArrayView(field)).has_value());
}

void tst_StructuredFields::bareItemsKeepTheirTypes()
{
    const auto list
        = parseSfList(QByteArrayView("12, 1.5, \"s\", t, :AQI=:, ?1, @86400, %\"%e2%82%ac\""));
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), 8);
    const auto value = [&list](qsizetype i) { return std::get<SfItem>(list->at(i)).value; };
    QCOMPARE(std::get<qint64>(value(0)), qint64(12));
    QCOMPARE(std::get<double>(value(1)), 1.5);
    QCOMPARE(std::get<QByteArray>(value(2)), QByteArray("s"));
    QCOMPARE(std::get<SfToken>(value(3)).text, QByteArray("t"));
    QCOMPARE(std::get<SfByteSequence>(value(4)).bytes, QByteArray("\x01\x02"));
    QCOMPARE(std::get<bool>(value(5)), true);
    QCOMPARE(std::get<SfDate>(value(6)).secondsSinceEpoch, qint64(86400));
    QCOMPARE(std::get<SfDisplayString>(value(7)).text, QString(QChar(0x20AC)));
}

void tst_StructuredFields::rateLimitFieldsGiveNamesAndParameters()
{
    const auto list = parseSfList(QByteArrayView("\"burst\";r=0;t=7, \"daily\";r=880;t=3600"));
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), 2);
    const auto &burst = std::get<SfItem>(list->at(0));
    QCOMPARE(std::get<QByteArray>(burst.value), QByteArray("burst"));
    QCOMPARE(sfIntegerParameter(burst.parameters, "r"), std::optional<qint64>(0));
    QCOMPARE(sfIntegerParameter(burst.parameters, "t"), std::optional<qint64>(7));
    const auto &daily = std::get<SfItem>(list->at(1));
    QCOMPARE(sfIntegerParameter(daily.parameters, "r"), std::optional<qint64>(880));
    QVERIFY(sfParameter(daily.parameters, "pk") == nullptr);
}

void tst_StructuredFields::repeatedParameterKeepsPositionTakesLastValue()
{
    const auto list = parseSfList(QByteArrayView("p;r=1;t=2;r=9"));
    QVERIFY(list.has_value());
    const auto &item = std::get<SfItem>(list->front());
    QCOMPARE(item.parameters.size(), 2);
    QCOMPARE(item.parameters.at(0).first, QByteArray("r"));
    QCOMPARE(sfIntegerParameter(item.parameters, "r"), std::optional<qint64>(9));
    QCOMPARE(serializeSfList(*list), QByteArray("p;r=9;t=2"));
}

void tst_StructuredFields::fieldLinesAreCombinedWithCommas_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("two lines") << QByteArrayList{"\"a\";r=1;t=2", "\"b\";r=3;t=4"} << true
                               << QByteArray("\"a\";r=1;t=2, \"b\";r=3;t=4");
    QTest::newRow("surrounding whitespace per line")
        << QByteArrayList{"  \"a\";r=1 \t", "\t\"b\";r=2  "} << true
        << QByteArray("\"a\";r=1, \"b\";r=2");
    QTest::newRow("empty lines are dropped")
        << QByteArrayList{"", "x", "  ", "y"} << true << QByteArray("x, y");
    QTest::newRow("a line with several members")
        << QByteArrayList{"a, b", "c"} << true << QByteArray("a, b, c");
    QTest::newRow("no lines") << QByteArrayList{} << true << QByteArray("");
    QTest::newRow("a malformed line spoils all")
        << QByteArrayList{"\"a\";r=1", "\"b\";r=?"} << false << QByteArray();
    QTest::newRow("trailing comma on a line") << QByteArrayList{"a,", "b"} << false << QByteArray();
    QTest::newRow("inner list split across lines")
        << QByteArrayList{"(a", "b)"} << false << QByteArray();
}

void tst_StructuredFields::fieldLinesAreCombinedWithCommas()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(bool, valid);
    QFETCH(QByteArray, canonical);

    const auto list = parseSfList(QList<QByteArray>(lines));
    QCOMPARE(list.has_value(), valid);
    if (valid)
        QCOMPARE(serializeSfList(*list), canonical);
}

void tst_StructuredFields::oversizedFieldsAreRefused()
{
    // One string exactly at the limit, then one byte over.
    QByteArray atLimit = QByteArray("\"") + QByteArray(sfMaxFieldBytes - 2, 'x') + '"';
    QCOMPARE(atLimit.size(), sfMaxFieldBytes);
    QVERIFY(parseSfList(QByteArrayView(atLimit)).has_value());

    const QByteArray over = QByteArray("\"") + QByteArray(sfMaxFieldBytes - 1, 'x') + '"';
    QVERIFY(!parseSfList(QByteArrayView(over)).has_value());

    // The bound applies to the combined lines too.
    const QByteArray half(sfMaxFieldBytes / 2, 'y');
    QVERIFY(!parseSfList(QList<QByteArray>{half, half}).has_value());
    QVERIFY(parseSfList(QList<QByteArray>{half.first(100), half.first(100)}).has_value());
}

void tst_StructuredFields::tooManyMembersAreRefused()
{
    QByteArrayList members(sfMaxListMembers, "1");
    const auto atLimit = parseSfList(QByteArrayView(members.join(',')));
    QVERIFY(atLimit.has_value());
    QCOMPARE(atLimit->size(), sfMaxListMembers);

    members.append("1");
    QVERIFY(!parseSfList(QByteArrayView(members.join(','))).has_value());
}

void tst_StructuredFields::integerParameterHelperChecksTheType()
{
    const auto list = parseSfList(QByteArrayView("p;r=1.0;t=\"5\";q=4"));
    QVERIFY(list.has_value());
    const auto &parameters = std::get<SfItem>(list->front()).parameters;
    QCOMPARE(sfIntegerParameter(parameters, "r"), std::nullopt);
    QCOMPARE(sfIntegerParameter(parameters, "t"), std::nullopt);
    QCOMPARE(sfIntegerParameter(parameters, "q"), std::optional<qint64>(4));
    QCOMPARE(sfIntegerParameter(parameters, "w"), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_StructuredFields)
#include "tst_structuredfields.moc"
