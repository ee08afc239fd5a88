#include "normalize/ValueParsers.h"

#include <QTest>

#include <limits>

using namespace caseload;

// Status as a column value: the tables read more easily with names than with enum casts.
Q_DECLARE_METATYPE(caseload::ParseStatus)

namespace {
constexpr ParseStatus Empty = ParseStatus::Empty;
constexpr ParseStatus Ok = ParseStatus::Ok;
constexpr ParseStatus Invalid = ParseStatus::Invalid;
} // namespace

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void cleanText_data();
    void cleanText();
    void toHalfWidth_data();
    void toHalfWidth();
    void parseDate_data();
    void parseDate();
    void parseDateResetsOutput();
    void parseAmountFen_data();
    void parseAmountFen();
    void parseDays_data();
    void parseDays();
    void parseFlag_data();
    void parseFlag();
};

void TestValueParsers::cleanText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ideographic spaces") << QStringLiteral("\u3000北京\u3000") << QStringLiteral("北京");
    QTest::newRow("tabs, nbsp, inner kept") << QStringLiteral("\t a  b \u00A0\r\n") << QStringLiteral("a  b");
    QTest::newRow("zero-width and BOM") << QStringLiteral("\u200Babc\uFEFF") << QStringLiteral("abc");
    QTest::newRow("only blanks") << QStringLiteral(" \u3000\u200B ") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestValueParsers::cleanText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(values::cleanText(text), expected);
}

void TestValueParsers::toHalfWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("letters digits brackets")
        << QStringLiteral("ＡＢｃ１２３（）") << QStringLiteral("ABc123()");
    QTest::newRow("punctuation") << QStringLiteral("１，２３４．５！～") << QStringLiteral("1,234.5!~");
    QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << QStringLiteral("a b");
    QTest::newRow("chinese kept") << QStringLiteral("执行完毕。") << QStringLiteral("执行完毕。");
    QTest::newRow("yen sign kept") << QStringLiteral("￥5") << QStringLiteral("￥5");
    QTest::newRow("empty") << QString() << QString();
}

void TestValueParsers::toHalfWidth()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(values::toHalfWidth(text), expected);
}

void TestValueParsers::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ParseStatus>("status");
    QTest::addColumn<QDate>("expected");

    const QDate d(2016, 3, 1);
    QTest::newRow("iso") << QStringLiteral("2016-03-01") << Ok << d;
    QTest::newRow("slashes") << QStringLiteral("2016/3/1") << Ok << d;
    QTest::newRow("dots") << QStringLiteral("2016.3.1") << Ok << d;
    QTest::newRow("compact") << QStringLiteral("20160301") << Ok << d;
    QTest::newRow("chinese") << QStringLiteral("2016年3月1日") << Ok << d;
    QTest::newRow("chinese padded") << QStringLiteral("2016年03月01日") << Ok << d;
    QTest::newRow("chinese without 日") << QStringLiteral("2016年3月1") << Ok << d;
    QTest::newRow("leap day") << QStringLiteral("2016年2月29日") << Ok << QDate(2016, 2, 29);
    QTest::newRow("full-width") << QStringLiteral("２０１６／３／１") << Ok << d;
    QTest::newRow("full-width dashes") << QStringLiteral("２０１６－０３－０１") << Ok << d;
    QTest::newRow("time") << QStringLiteral("2016-03-01 10:22:05") << Ok << d;
    QTest::newRow("short time") << QStringLiteral("2016/3/1 0:00") << Ok << d;
    QTest::newRow("T separator") << QStringLiteral("2016-03-01T10:22:05") << Ok << d;
    QTest::newRow("milliseconds") << QStringLiteral("2016-03-01 00:00:00.000") << Ok << d;
    QTest::newRow("chinese with time") << QStringLiteral("2016年3月1日 10:22") << Ok << d;
    QTest::newRow("chinese time attached") << QStringLiteral("2016年3月1日10:22") << Ok << d;
    QTest::newRow("blanks around") << QStringLiteral("\u3000 2016-03-01\t") << Ok << d;
    QTest::newRow("first year") << QStringLiteral("1949-01-01") << Ok << QDate(1949, 1, 1);
    QTest::newRow("last year") << QStringLiteral("2100-12-31") << Ok << QDate(2100, 12, 31);
    // Excel serials: 42370 is 2016-01-01, +31 (January) +29 (February 2016) = 42430.
    QTest::newRow("serial") << QStringLiteral("42430") << Ok << d;
    QTest::newRow("serial with time") << QStringLiteral("42430.5") << Ok << d;
    QTest::newRow("serial full-width") << QStringLiteral("４２４３０") << Ok << d;
    QTest::newRow("serial new year's eve") << QStringLiteral("42369") << Ok << QDate(2015, 12, 31);
    // 1949-01-01 is 24471 days (67 years, 16 leap days) before 2016-01-01: 42370 − 24471 = 17899.
    QTest::newRow("serial first day") << QStringLiteral("17899") << Ok << QDate(1949, 1, 1);
    QTest::newRow("serial before range") << QStringLiteral("17898") << Invalid << QDate();
    // 2101-01-01 is 31046 days (85 years, 21 leap days) after 2016-01-01: 73416.
    QTest::newRow("serial last day") << QStringLiteral("73415") << Ok << QDate(2100, 12, 31);
    QTest::newRow("serial after range") << QStringLiteral("73416") << Invalid << QDate();
    QTest::newRow("serial 60 is 1900-02-29") << QStringLiteral("60") << Invalid << QDate();
    QTest::newRow("serial 61 is 1900, out of range") << QStringLiteral("61") << Invalid << QDate();
    QTest::newRow("serial zero") << QStringLiteral("0") << Invalid << QDate();
    QTest::newRow("serial beyond Excel") << QStringLiteral("2958466") << Invalid << QDate();
    QTest::newRow("bare year") << QStringLiteral("2016") << Invalid << QDate();
    // Impossible or incomplete dates.
    QTest::newRow("30 February") << QStringLiteral("2016-02-30") << Invalid << QDate();
    QTest::newRow("29 February 2015") << QStringLiteral("2015-02-29") << Invalid << QDate();
    QTest::newRow("month 13") << QStringLiteral("2016-13-01") << Invalid << QDate();
    QTest::newRow("compact month 13") << QStringLiteral("20161301") << Invalid << QDate();
    QTest::newRow("day 0") << QStringLiteral("2016-03-00") << Invalid << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("16-03-01") << Invalid << QDate();
    QTest::newRow("two-digit year slashes") << QStringLiteral("16/3/1") << Invalid << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2016-3/1") << Invalid << QDate();
    QTest::newRow("year and month only") << QStringLiteral("2016-03") << Invalid << QDate();
    QTest::newRow("chinese month only") << QStringLiteral("2016年3月") << Invalid << QDate();
    QTest::newRow("three-digit day") << QStringLiteral("2016-03-011") << Invalid << QDate();
    QTest::newRow("before 1949") << QStringLiteral("1948-12-31") << Invalid << QDate();
    QTest::newRow("after 2100") << QStringLiteral("2101-01-01") << Invalid << QDate();
    QTest::newRow("hour 25") << QStringLiteral("2016-03-01 25:00") << Invalid << QDate();
    QTest::newRow("minute 60") << QStringLiteral("2016-03-01 10:60") << Invalid << QDate();
    QTest::newRow("trailing text") << QStringLiteral("2016-03-01x") << Invalid << QDate();
    QTest::newRow("trailing words") << QStringLiteral("2016-03-01 morning") << Invalid << QDate();
    QTest::newRow("text") << QStringLiteral("abc") << Invalid << QDate();
    QTest::newRow("negative serial") << QStringLiteral("-42430") << Invalid << QDate();
    // Blank cells and "no value" markers.
    QTest::newRow("empty") << QString() << Empty << QDate();
    QTest::newRow("ideographic space") << QStringLiteral("\u3000") << Empty << QDate();
    QTest::newRow("dash") << QStringLiteral("-") << Empty << QDate();
    QTest::newRow("double dash") << QStringLiteral("--") << Empty << QDate();
    QTest::newRow("em dash") << QStringLiteral("—") << Empty << QDate();
    QTest::newRow("full-width dash") << QStringLiteral("－") << Empty << QDate();
    QTest::newRow("slash") << QStringLiteral("/") << Empty << QDate();
    QTest::newRow("无") << QStringLiteral("无") << Empty << QDate();
    QTest::newRow("N/A") << QStringLiteral("N/A") << Empty << QDate();
    QTest::newRow("n/a") << QStringLiteral("n/a") << Empty << QDate();
    QTest::newRow("NULL") << QStringLiteral("NULL") << Empty << QDate();
    QTest::newRow("null") << QStringLiteral(" null ") << Empty << QDate();
}

void TestValueParsers::parseDate()
{
    QFETCH(QString, text);
    QFETCH(ParseStatus, status);
    QFETCH(QDate, expected);

    QDate date;
    QCOMPARE(values::parseDate(text, &date), status);
    QCOMPARE(date, expected);
    QCOMPARE(values::parseDate(text, nullptr), status);
}

void TestValueParsers::parseDateResetsOutput()
{
    QDate date(2000, 1, 1);
    QCOMPARE(values::parseDate(QStringLiteral("2016-02-30"), &date), Invalid);
    QVERIFY(!date.isValid());
    date = QDate(2000, 1, 1);
    QCOMPARE(values::parseDate(QString(), &date), Empty);
    QVERIFY(!date.isValid());
}

void TestValueParsers::parseAmountFen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("unitYuan");
    QTest::addColumn<ParseStatus>("status");
    QTest::addColumn<qint64>("fen");

    const qint64 yuan = 1;
    const qint64 wan = 10000;
    QTest::newRow("plain") << QStringLiteral("560000.00") << yuan << Ok << qint64(56000000);
    QTest::newRow("integer") << QStringLiteral("125000") << yuan << Ok << qint64(12500000);
    QTest::newRow("zero") << QStringLiteral("0") << yuan << Ok << qint64(0);
    QTest::newRow("万元 column") << QStringLiteral("11.7369") << wan << Ok << qint64(11736900);
    QTest::newRow("万元 column, separators") << QStringLiteral("1,234") << wan << Ok << qint64(1234000000);
    QTest::newRow("half rounds up") << QStringLiteral("1,234.565") << yuan << Ok << qint64(123457);
    QTest::newRow("below half rounds down") << QStringLiteral("1,234.564") << yuan << Ok << qint64(123456);
    QTest::newRow("negative half away from zero")
        << QStringLiteral("-1,234.565") << yuan << Ok << qint64(-123457);
    QTest::newRow("negative") << QStringLiteral("-5") << yuan << Ok << qint64(-500);
    QTest::newRow("yen and 元") << QStringLiteral("￥1,234元") << yuan << Ok << qint64(123400);
    QTest::newRow("half-width yen") << QStringLiteral("¥1234") << yuan << Ok << qint64(123400);
    QTest::newRow("minus before yen") << QStringLiteral("-￥5") << yuan << Ok << qint64(-500);
    QTest::newRow("minus after yen") << QStringLiteral("￥-5") << yuan << Ok << qint64(-500);
    QTest::newRow("RMB prefix") << QStringLiteral("RMB 100") << yuan << Ok << qint64(10000);
    QTest::newRow("CNY suffix") << QStringLiteral("100 cny") << yuan << Ok << qint64(10000);
    QTest::newRow("人民币…元") << QStringLiteral("人民币100元") << yuan << Ok << qint64(10000);
    QTest::newRow("万 suffix") << QStringLiteral("12.5万") << yuan << Ok << qint64(12500000);
    QTest::newRow("万元 suffix") << QStringLiteral("12.5 万元") << yuan << Ok << qint64(12500000);
    QTest::newRow("万 suffix wins over column") << QStringLiteral("12.5万") << wan << Ok << qint64(12500000);
    QTest::newRow("full-width") << QStringLiteral("１２３４．５") << yuan << Ok << qint64(123450);
    QTest::newRow("full-width comma") << QStringLiteral("1，234") << yuan << Ok << qint64(123400);
    QTest::newRow("chinese grouping") << QStringLiteral("12,3456") << yuan << Ok << qint64(12345600);
    QTest::newRow("blanks around") << QStringLiteral("\u3000 100 \u3000") << yuan << Ok << qint64(10000);
    QTest::newRow("leading point") << QStringLiteral(".5") << yuan << Ok << qint64(50);
    QTest::newRow("trailing point") << QStringLiteral("5.") << yuan << Ok << qint64(500);
    QTest::newRow("exponent") << QStringLiteral("1.2E+05") << yuan << Ok << qint64(12000000);
    QTest::newRow("exponent lower") << QStringLiteral("1.5e3") << yuan << Ok << qint64(150000);
    QTest::newRow("negative exponent") << QStringLiteral("5E-3") << yuan << Ok << qint64(1);
    QTest::newRow("half a fen") << QStringLiteral("0.005") << yuan << Ok << qint64(1);
    QTest::newRow("minus half a fen") << QStringLiteral("-0.005") << yuan << Ok << qint64(-1);
    QTest::newRow("just under half a fen")
        << QStringLiteral("0.004999999999999999999") << yuan << Ok << qint64(0);
    QTest::newRow("just over half a fen")
        << QStringLiteral("0.005000000000000000001") << yuan << Ok << qint64(1);
    QTest::newRow("万元 half a fen") << QStringLiteral("0.0000005") << wan << Ok << qint64(1);
    QTest::newRow("万元 five fen") << QStringLiteral("0.000005") << wan << Ok << qint64(5);
    // A unit that is not a power of ten: 1.5 × 3 yuan = 4.5 yuan; 0.0025 × 3 = 0.0075 yuan = 0.75 fen.
    QTest::newRow("odd unit") << QStringLiteral("1.5") << qint64(3) << Ok << qint64(450);
    QTest::newRow("odd unit rounding") << QStringLiteral("0.0025") << qint64(3) << Ok << qint64(1);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << yuan << Ok
                             << std::numeric_limits<qint64>::max();
    QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << yuan << Invalid << qint64(0);
    QTest::newRow("overflow in 万元") << QStringLiteral("92233720368548") << wan << Invalid << qint64(0);
    QTest::newRow("huge exponent") << QStringLiteral("1E99") << yuan << Invalid << qint64(0);
    QTest::newRow("zero unit") << QStringLiteral("5") << qint64(0) << Invalid << qint64(0);
    QTest::newRow("text") << QStringLiteral("abc") << yuan << Invalid << qint64(0);
    QTest::newRow("trailing comma") << QStringLiteral("1,2,") << yuan << Invalid << qint64(0);
    QTest::newRow("leading comma") << QStringLiteral(",5") << yuan << Invalid << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1..2") << yuan << Invalid << qint64(0);
    QTest::newRow("three parts") << QStringLiteral("1.2.3") << yuan << Invalid << qint64(0);
    QTest::newRow("comma in fraction") << QStringLiteral("1,234.5,6") << yuan << Invalid << qint64(0);
    QTest::newRow("text after 元") << QStringLiteral("12元5") << yuan << Invalid << qint64(0);
    QTest::newRow("double 万") << QStringLiteral("5万万") << yuan << Invalid << qint64(0);
    QTest::newRow("double sign") << QStringLiteral("--5") << yuan << Invalid << qint64(0);
    QTest::newRow("bare exponent") << QStringLiteral("1e") << yuan << Invalid << qint64(0);
    QTest::newRow("unit only") << QStringLiteral("元") << yuan << Invalid << qint64(0);
    QTest::newRow("point only") << QStringLiteral(".") << yuan << Invalid << qint64(0);
    QTest::newRow("Excel error") << QStringLiteral("#N/A") << yuan << Invalid << qint64(0);
    QTest::newRow("empty") << QString() << yuan << Empty << qint64(0);
    QTest::newRow("blank") << QStringLiteral("\u3000") << yuan << Empty << qint64(0);
    QTest::newRow("dash") << QStringLiteral("-") << yuan << Empty << qint64(0);
    QTest::newRow("em dash") << QStringLiteral("—") << yuan << Empty << qint64(0);
    QTest::newRow("slash") << QStringLiteral("/") << yuan << Empty << qint64(0);
    QTest::newRow("无") << QStringLiteral("无") << yuan << Empty << qint64(0);
    QTest::newRow("N/A") << QStringLiteral("N/A") << yuan << Empty << qint64(0);
    QTest::newRow("NULL") << QStringLiteral("NULL") << yuan << Empty << qint64(0);
}

void TestValueParsers::parseAmountFen()
{
    QFETCH(QString, text);
    QFETCH(qint64, unitYuan);
    QFETCH(ParseStatus, status);
    QFETCH(qint64, fen);

    qint64 value = 42;
    QCOMPARE(values::parseAmountFen(text, unitYuan, &value), status);
    QCOMPARE(value, fen);
}

void TestValueParsers::parseDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ParseStatus>("status");
    QTest::addColumn<int>("days");

    QTest::newRow("plain") << QStringLiteral("45") << Ok << 45;
    QTest::newRow("zero") << QStringLiteral("0") << Ok << 0;
    QTest::newRow("天") << QStringLiteral("45天") << Ok << 45;
    QTest::newRow("日") << QStringLiteral("90日") << Ok << 90;
    QTest::newRow("blanks") << QStringLiteral(" 45 天\u3000") << Ok << 45;
    QTest::newRow("full-width") << QStringLiteral("４５") << Ok << 45;
    QTest::newRow("excel float") << QStringLiteral("45.0") << Ok << 45;
    QTest::newRow("excel float 2") << QStringLiteral("45.00") << Ok << 45;
    QTest::newRow("negative") << QStringLiteral("-3") << Ok << -3;
    QTest::newRow("fraction") << QStringLiteral("45.5") << Invalid << 0;
    QTest::newRow("fraction after zero") << QStringLiteral("45.05") << Invalid << 0;
    QTest::newRow("inner blank") << QStringLiteral("4 5") << Invalid << 0;
    QTest::newRow("text") << QStringLiteral("abc") << Invalid << 0;
    QTest::newRow("overflow") << QStringLiteral("99999999999") << Invalid << 0;
    QTest::newRow("empty") << QString() << Empty << 0;
    QTest::newRow("dash") << QStringLiteral("-") << Empty << 0;
    QTest::newRow("无") << QStringLiteral("无") << Empty << 0;
}

void TestValueParsers::parseDays()
{
    QFETCH(QString, text);
    QFETCH(ParseStatus, status);
    QFETCH(int, days);

    int value = 42;
    QCOMPARE(values::parseDays(text, &value), status);
    QCOMPARE(value, days);
}

void TestValueParsers::parseFlag_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ParseStatus>("status");
    QTest::addColumn<bool>("flag");

    QTest::newRow("是") << QStringLiteral("是") << Ok << true;
    QTest::newRow("否") << QStringLiteral("否") << Ok << false;
    QTest::newRow("有") << QStringLiteral("有") << Ok << true;
    QTest::newRow("无 means no") << QStringLiteral("无") << Ok << false;
    QTest::newRow("Y") << QStringLiteral("Y") << Ok << true;
    QTest::newRow("n") << QStringLiteral("n") << Ok << false;
    QTest::newRow("YES") << QStringLiteral("YES") << Ok << true;
    QTest::newRow("No") << QStringLiteral("No") << Ok << false;
    QTest::newRow("TRUE") << QStringLiteral("TRUE") << Ok << true;
    QTest::newRow("false") << QStringLiteral("false") << Ok << false;
    QTest::newRow("1") << QStringLiteral("1") << Ok << true;
    QTest::newRow("0") << QStringLiteral("0") << Ok << false;
    QTest::newRow("full-width yes") << QStringLiteral("ｙｅｓ") << Ok << true;
    QTest::newRow("check mark") << QStringLiteral("√") << Ok << true;
    QTest::newRow("cross") << QStringLiteral("×") << Ok << false;
    QTest::newRow("blanks") << QStringLiteral("\u3000是 ") << Ok << true;
    QTest::newRow("empty") << QString() << Empty << false;
    QTest::newRow("dash") << QStringLiteral("-") << Empty << false;
    QTest::newRow("N/A") << QStringLiteral("N/A") << Empty << false;
    QTest::newRow("maybe") << QStringLiteral("maybe") << Invalid << false;
    QTest::newRow("2") << QStringLiteral("2") << Invalid << false;
    QTest::newRow("是否") << QStringLiteral("是否") << Invalid << false;
}

void TestValueParsers::parseFlag()
{
    QFETCH(QString, text);
    QFETCH(ParseStatus, status);
    QFETCH(bool, flag);

    bool value = true;
    QCOMPARE(values::parseFlag(text, &value), status);
    QCOMPARE(value, flag);
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
