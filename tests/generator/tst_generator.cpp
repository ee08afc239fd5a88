#include "generate/DemoGenerator.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace caseload;

Q_DECLARE_METATYPE(caseload::DemoGeneratorConfig)
Q_DECLARE_METATYPE(caseload::TextEncoding)

namespace {

enum Column {
    Number,
    CourtName,
    CourtCode,
    Type,
    Cause,
    Filed,
    Closed,
    Method,
    Applied,
    Recovered,
    Handler,
    Department,
    Deducted,
    Extension,
    Property,
    Inquiry,
    Dishonest,
    Restriction,
    Interview,
    Applicant,
    Debtor,
};
constexpr int BaseColumns = 19;

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray generate(const DemoGeneratorConfig &config, QString *error = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString message;
    if (!generateDemoExport(config, &buffer, &message)) {
        if (error)
            *error = message.isEmpty() ? QStringLiteral("failed without a message") : message;
        return {};
    }
    return bytes;
}

struct Export
{
    QStringList header;
    QList<QStringList> rows;
    QString problem; ///< empty when the bytes decoded and every line ended in CRLF
};

// A deliberately small RFC 4180 reader, independent of the project's CsvReader: quoted fields,
// doubled quotes, CRLF line ends (a bare LF outside quotes is reported).
Export readExport(const QByteArray &bytes, TextEncoding encoding)
{
    Export result;
    QByteArrayView body(bytes);
    QString text;
    if (encoding == TextEncoding::Utf8) {
        if (!body.startsWith("\xEF\xBB\xBF")) {
            result.problem = QStringLiteral("no UTF-8 BOM");
            return result;
        }
        QStringDecoder decoder(QStringConverter::Utf8);
        text = decoder.decode(body.sliced(3));
        if (decoder.hasError())
            result.problem = QStringLiteral("invalid UTF-8");
    } else {
        QStringDecoder decoder("GB18030");
        text = decoder.decode(body);
        if (decoder.hasError())
            result.problem = QStringLiteral("invalid GB18030");
    }
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (ch == u',') {
            row.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else if (ch == u'\n' || ch == u'\r') {
            result.problem = QStringLiteral("line end other than CRLF at character %1").arg(i);
            return result;
        } else {
            field += ch;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        result.problem = QStringLiteral("last line not terminated by CRLF");
    if (!rows.isEmpty())
        result.header = rows.takeFirst();
    result.rows = rows;
    return result;
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

// Amount in fen for `123.45`, -1 for empty, nullopt-like -2 for negative, -3 for anything else.
qint64 fen(const QString &text)
{
    static const QRegularExpression amount(QStringLiteral("^(-?)(\\d+)\\.(\\d\\d)$"));
    if (text.isEmpty())
        return -1;
    const QRegularExpressionMatch match = amount.match(text);
    if (!match.hasMatch())
        return -3;
    if (!match.captured(1).isEmpty())
        return -2;
    return match.captured(2).toLongLong() * 100 + match.captured(3).toLongLong();
}

const QHash<QString, QString> &typeLabelOfCode()
{
    static const QHash<QString, QString> labels = {{u8("执"), u8("首次执行")}, {u8("执恢"), u8("恢复执行")},
        {u8("执保"), u8("财产保全执行")}, {u8("执异"), u8("执行异议")}, {u8("执复"), u8("执行复议")},
        {u8("执监"), u8("执行监督")}, {u8("执协"), u8("执行协调")}, {u8("执他"), u8("其他执行")}};
    return labels;
}

const QSet<QString> &closureMethods()
{
    static const QSet<QString> methods = {
        u8("执行完毕"), u8("终结本次执行程序"), u8("终结执行"), u8("不予执行"), u8("驳回申请"), u8("销案")};
    return methods;
}

// What is wrong with a row, or an empty string. The kinds for the generator's defects come first,
// in the order a defect would be noticed; later checks are consistency rules that valid rows meet.
QString rowProblem(const QStringList &row, QSet<QString> &seenNumbers, QDate from, QDate to)
{
    static const QRegularExpression numberPattern(u8(
        "^([（(])(\\d{4})([）)])(浙01(?:\\d\\d)?)(执恢|执保|执异|执复|执监|执协|执他|执)(字第)?(\\d+)号$"));
    const QString &number = row[Number];
    if (number.isEmpty())
        return QStringLiteral("missing number");
    if (seenNumbers.contains(number))
        return QStringLiteral("duplicate number");
    seenNumbers.insert(number);
    const QDate filed = isoDate(row[Filed]);
    if (!filed.isValid())
        return QStringLiteral("bad filing date");
    const QDate closed = isoDate(row[Closed]);
    if (!row[Closed].isEmpty() && !closed.isValid())
        return QStringLiteral("bad closure date");
    if (closed.isValid() && closed < filed)
        return QStringLiteral("closure before filing");
    if (row[Closed].isEmpty() && !row[Method].isEmpty())
        return QStringLiteral("method without date");
    if (!row[Closed].isEmpty() && row[Method].isEmpty())
        return QStringLiteral("date without method");
    const qint64 applied = fen(row[Applied]);
    const qint64 recovered = fen(row[Recovered]);
    if (applied == -2 || recovered == -2)
        return QStringLiteral("negative amount");
    if (applied == -3 || recovered == -3)
        return QStringLiteral("unparseable amount");

    const QRegularExpressionMatch match = numberPattern.match(number);
    if (!match.hasMatch())
        return QStringLiteral("case number form: ") + number;
    const int year = match.captured(2).toInt();
    const bool asciiBrackets = match.captured(1) == u"(";
    if (asciiBrackets != (match.captured(3) == u")"))
        return QStringLiteral("mixed brackets");
    if ((asciiBrackets || !match.captured(6).isEmpty()) && year >= 2016)
        return QStringLiteral("legacy number form after 2016");
    if (asciiBrackets && match.captured(6).isEmpty())
        return QStringLiteral("ASCII brackets in a 2016-style number");
    if (year != filed.year())
        return QStringLiteral("case year is not the filing year");
    if (match.captured(4) != row[CourtCode])
        return QStringLiteral("court code differs from the case number");
    if (typeLabelOfCode().value(match.captured(5)) != row[Type])
        return QStringLiteral("type label differs from the type code");
    const QString expectedCourt = row[CourtCode].size() == 3
        ? u8("示例市中级人民法院")
        : u8("示例市%1区人民法院").arg(QStringView(row[CourtCode]).mid(3).toInt());
    if (row[CourtName] != expectedCourt)
        return QStringLiteral("court name does not match the code");
    if (filed < from || filed > to)
        return QStringLiteral("filing outside the period");
    if (closed.isValid() && closed > to)
        return QStringLiteral("closure after the as-of date");
    if (!row[Method].isEmpty() && !closureMethods().contains(row[Method]))
        return QStringLiteral("unknown closure method");
    if ((applied == -1) != (recovered == -1) || recovered > applied)
        return QStringLiteral("recovered amount inconsistent");
    if (row[Cause].isEmpty() || row[Handler].isEmpty() || row[Department].isEmpty())
        return QStringLiteral("empty cause, handler or department");
    bool ok = false;
    if (row[Deducted].toInt(&ok) < 0 || !ok)
        return QStringLiteral("bad deducted days");
    if (!row[Extension].isEmpty()
        && !QStringList({u8("0"), u8("30"), u8("60"), u8("90")}).contains(row[Extension]))
        return QStringLiteral("bad extension");
    if (!row[Property].isEmpty() && row[Property] != u8("是") && row[Property] != u8("否"))
        return QStringLiteral("bad property flag");
    for (int column : {Inquiry, Dishonest, Restriction, Interview}) {
        if (row[column].isEmpty())
            continue;
        const QDate date = isoDate(row[column]);
        if (!date.isValid() || date < filed || date > to)
            return QStringLiteral("bad measure date in column %1").arg(column);
    }
    return {};
}

struct Counts
{
    QMap<QString, int> filed; ///< by yyyy-MM
    QMap<QString, int> closed; ///< by yyyy-MM
};

Counts monthlyCounts(const QList<QStringList> &rows)
{
    Counts counts;
    for (const QStringList &row : rows) {
        ++counts.filed[row[Filed].left(7)];
        if (!row[Closed].isEmpty())
            ++counts.closed[row[Closed].left(7)];
    }
    return counts;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : double(values[values.size() / 2]);
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void header_data();
    void header();
    void exactRowCount_data();
    void exactRowCount();
    void deterministicForSeed();
    void partiesLeaveOtherColumnsUnchanged();
    void gb18030SameTextAsUtf8();
    void defectFreeRowsAreValid_data();
    void defectFreeRowsAreValid();
    void sequencesRunPerCourtYearAndType();
    void quotingIsExercised();
    void registrationReformStep();
    void springFestivalMonthDepressed_data();
    void springFestivalMonthDepressed();
    void januaryCatchUp();
    void decemberClosureSpike();
    void propertyAndClosurePatterns();
    void terminationMeasures();
    void pendingAtTheEnd();
    void defectRate_data();
    void defectRate();
    void cancelThroughProgress();
    void invalidConfig_data();
    void invalidConfig();
    void writeFailureReported();

private:
    DemoGeneratorConfig m_bigConfig;
    Export m_big; ///< 30,000 cases 2014-2018, shared by the pattern tests
};

void TestGenerator::initTestCase()
{
    m_bigConfig.cases = 30000;
    m_bigConfig.seed = 7;
    QString error;
    const QByteArray bytes = generate(m_bigConfig, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_big = readExport(bytes, TextEncoding::Utf8);
    QVERIFY2(m_big.problem.isEmpty(), qPrintable(m_big.problem));
    QCOMPARE(m_big.rows.size(), 30000);
}

void TestGenerator::header_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("parties");
    QTest::addColumn<QByteArray>("start");

    // 案 is E6 A1 88 in UTF-8 and B0 B8 in GB18030.
    QTest::newRow("utf-8") << TextEncoding::Utf8 << false << QByteArray("\xEF\xBB\xBF\xE6\xA1\x88");
    QTest::newRow("utf-8 parties") << TextEncoding::Utf8 << true << QByteArray("\xEF\xBB\xBF\xE6\xA1\x88");
    QTest::newRow("gb18030") << TextEncoding::Gb18030 << false << QByteArray("\xB0\xB8");
    QTest::newRow("gb18030 parties") << TextEncoding::Gb18030 << true << QByteArray("\xB0\xB8");
}

void TestGenerator::header()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, parties);
    QFETCH(QByteArray, start);

    DemoGeneratorConfig config;
    config.cases = 50;
    config.encoding = encoding;
    config.withParties = parties;
    const QByteArray bytes = generate(config);
    QVERIFY(bytes.startsWith(start));
    const Export file = readExport(bytes, encoding);
    QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));

    QStringList expected
        = u8("案号,经办法院,法院代字,案件类型,案由,立案日期,结案日期,结案方式,申请执行标的金额(元),"
             "实际到位金额(元),承办人,承办部门,扣除审限天数,延长期限(天),是否有财产,网络查控日期,"
             "纳入失信名单日期,限制消费令日期,约谈申请执行人日期")
              .split(u',');
    if (parties)
        expected << u8("申请执行人") << u8("被执行人");
    QCOMPARE(file.header, expected);
}

void TestGenerator::exactRowCount_data()
{
    QTest::addColumn<qint64>("cases");
    QTest::addColumn<int>("courts");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("parties");

    QTest::newRow("none") << qint64(0) << 8 << QDate(2014, 1, 1) << QDate(2018, 12, 31) << false;
    QTest::newRow("one") << qint64(1) << 8 << QDate(2014, 1, 1) << QDate(2018, 12, 31) << false;
    QTest::newRow("fewer than months") << qint64(7) << 3 << QDate(2014, 1, 1) << QDate(2018, 12, 31) << true;
    QTest::newRow("one court") << qint64(2500) << 1 << QDate(2016, 1, 1) << QDate(2016, 12, 31) << false;
    QTest::newRow("99 courts") << qint64(4321) << 99 << QDate(2012, 1, 1) << QDate(2020, 6, 30) << true;
    QTest::newRow("one month") << qint64(999) << 8 << QDate(2017, 2, 1) << QDate(2017, 2, 28) << false;
    QTest::newRow("one day") << qint64(13) << 8 << QDate(2017, 3, 15) << QDate(2017, 3, 15) << false;
}

void TestGenerator::exactRowCount()
{
    QFETCH(qint64, cases);
    QFETCH(int, courts);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, parties);

    DemoGeneratorConfig config;
    config.cases = cases;
    config.courts = courts;
    config.from = from;
    config.to = to;
    config.withParties = parties;
    QString error;
    const Export file = readExport(generate(config, &error), TextEncoding::Utf8);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
    QCOMPARE(file.rows.size(), cases);
    const int columns = BaseColumns + (parties ? 2 : 0);
    QCOMPARE(file.header.size(), columns);
    QSet<QString> seen;
    for (const QStringList &row : file.rows) {
        QCOMPARE(row.size(), columns);
        const QString problem = rowProblem(row, seen, from, to);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(": ") + row.join(u',')));
    }
}

void TestGenerator::deterministicForSeed()
{
    DemoGeneratorConfig config;
    config.cases = 3000;
    config.defectRate = 0.05;
    config.withParties = true;
    const QByteArray first = generate(config);
    QVERIFY(!first.isEmpty());
    QCOMPARE(generate(config), first);
    config.seed = 2;
    const QByteArray other = generate(config);
    QVERIFY(!other.isEmpty());
    QVERIFY(other != first);
}

void TestGenerator::partiesLeaveOtherColumnsUnchanged()
{
    DemoGeneratorConfig config;
    config.cases = 2000;
    const Export plain = readExport(generate(config), TextEncoding::Utf8);
    config.withParties = true;
    const Export withParties = readExport(generate(config), TextEncoding::Utf8);
    QCOMPARE(withParties.rows.size(), plain.rows.size());
    int companies = 0;
    for (qsizetype i = 0; i < plain.rows.size(); ++i) {
        QCOMPARE(withParties.rows[i].mid(0, BaseColumns), plain.rows[i]);
        QVERIFY(!withParties.rows[i][Applicant].isEmpty());
        QVERIFY(withParties.rows[i][Debtor].contains(u8("某")));
        companies += withParties.rows[i][Debtor].contains(u8("公司")) ? 1 : 0;
    }
    QVERIFY(companies > 0);
}

void TestGenerator::gb18030SameTextAsUtf8()
{
    DemoGeneratorConfig config;
    config.cases = 3000;
    config.withParties = true;
    config.defectRate = 0.1;
    const Export utf8 = readExport(generate(config), TextEncoding::Utf8);
    config.encoding = TextEncoding::Gb18030;
    const QByteArray gbBytes = generate(config);
    QVERIFY(!gbBytes.startsWith("\xEF\xBB\xBF"));
    const Export gb = readExport(gbBytes, TextEncoding::Gb18030);
    QVERIFY2(gb.problem.isEmpty(), qPrintable(gb.problem));
    QCOMPARE(gb.header, utf8.header);
    QCOMPARE(gb.rows, utf8.rows);
}

void TestGenerator::defectFreeRowsAreValid_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("courts");
    QTest::addColumn<quint64>("seed");

    QTest::newRow("2014-2018") << QDate(2014, 1, 1) << QDate(2018, 12, 31) << 8 << quint64(1);
    QTest::newRow("legacy years") << QDate(2010, 1, 1) << QDate(2015, 12, 31) << 12 << quint64(3);
    QTest::newRow("mid-month period") << QDate(2016, 3, 17) << QDate(2019, 8, 9) << 2 << quint64(99);
}

void TestGenerator::defectFreeRowsAreValid()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, courts);
    QFETCH(quint64, seed);

    DemoGeneratorConfig config;
    config.cases = 15000;
    config.from = from;
    config.to = to;
    config.courts = courts;
    config.seed = seed;
    const Export file = readExport(generate(config), TextEncoding::Utf8);
    QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
    QCOMPARE(file.rows.size(), 15000);
    QSet<QString> seen;
    QSet<QString> codes;
    int legacy = 0;
    for (const QStringList &row : file.rows) {
        const QString problem = rowProblem(row, seen, from, to);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(": ") + row.join(u',')));
        codes.insert(row[CourtCode]);
        legacy += row[Number].contains(u8("字第")) ? 1 : 0;
    }
    QCOMPARE(codes.size(), courts + 1); // every court, the intermediate one included, has cases
    if (from.year() < 2016)
        QVERIFY(legacy > 0);
    else
        QCOMPARE(legacy, 0);
}

void TestGenerator::sequencesRunPerCourtYearAndType()
{
    // In filing order, each court, year and type code numbers its cases 1, 2, 3, ...
    static const QRegularExpression pattern(
        u8("^[（(](\\d{4})[）)](浙01(?:\\d\\d)?)(执恢|执保|执异|执复|执监|执协|执他|执)(?:字第)?(\\d+)号$"));
    QHash<QString, qint64> last;
    QDate previous;
    for (const QStringList &row : std::as_const(m_big.rows)) {
        const QRegularExpressionMatch match = pattern.match(row[Number]);
        QVERIFY(match.hasMatch());
        const QString key = match.captured(1) + match.captured(2) + match.captured(3);
        const qint64 sequence = match.captured(4).toLongLong();
        QCOMPARE(sequence, last.value(key) + 1);
        last[key] = sequence;
        const QDate filed = isoDate(row[Filed]);
        QVERIFY(!previous.isValid() || filed >= previous);
        previous = filed;
    }
}

void TestGenerator::quotingIsExercised()
{
    // The rare cause with an ASCII comma and the department with quotes survive a round trip.
    int commaCause = 0;
    int quotedDepartment = 0;
    for (const QStringList &row : std::as_const(m_big.rows)) {
        commaCause += row[Cause] == u8("民间借贷纠纷,保证合同纠纷") ? 1 : 0;
        quotedDepartment += row[Department] == u8("执行局\"速执团队\"") ? 1 : 0;
    }
    QVERIFY(commaCause > 0);
    QVERIFY(quotedDepartment > 0);
}

void TestGenerator::registrationReformStep()
{
    // Same calendar months a year apart, so seasonality cancels: June 2014-April 2015 against
    // June 2015-April 2016. The model's step is x1.4 and growth 5.5% a year (about x1.05 between
    // the two windows), so the ratio should be near 1.47.
    const Counts counts = monthlyCounts(m_big.rows);
    int before = 0;
    int after = 0;
    for (QDate month(2014, 6, 1); month <= QDate(2015, 4, 1); month = month.addMonths(1)) {
        before += counts.filed.value(month.toString(QStringLiteral("yyyy-MM")));
        after += counts.filed.value(month.addYears(1).toString(QStringLiteral("yyyy-MM")));
    }
    QVERIFY(before > 0);
    const double ratio = double(after) / before;
    QVERIFY2(ratio > 1.35 && ratio < 1.6, qPrintable(QString::number(ratio)));
}

void TestGenerator::springFestivalMonthDepressed_data()
{
    QTest::addColumn<int>("year");
    // Lunar new year: 2015-02-19, 2016-02-08, 2018-02-16, all in February. Counting weekdays as 1,
    // weekend days as 0.06, the holiday week (eve to sixth day) as 0.04, the week before at 70% and
    // the week after at 80%, February/March comes to 13.49/22.13 = 0.61 (2015), 14.10/23.48 = 0.60
    // (2016) and 13.08/22.54 = 0.58 (2018).
    QTest::newRow("2015") << 2015;
    QTest::newRow("2016") << 2016;
    QTest::newRow("2018") << 2018;
}

void TestGenerator::springFestivalMonthDepressed()
{
    QFETCH(int, year);
    const Counts counts = monthlyCounts(m_big.rows);
    const int february = counts.filed.value(QStringLiteral("%1-02").arg(year));
    const int march = counts.filed.value(QStringLiteral("%1-03").arg(year));
    QVERIFY(march > 0);
    const double ratio = double(february) / march;
    QVERIFY2(ratio > 0.52 && ratio < 0.7, qPrintable(QString::number(ratio)));
}

void TestGenerator::januaryCatchUp()
{
    // January 2016 (no Spring Festival in it) against December 2015: 20 working days, those up to
    // the 20th at 130%, against 23 with the 9 after the 20th at 50% (weekend days 0.06): 24.65 / 18.92
    // = 1.30.
    const Counts counts = monthlyCounts(m_big.rows);
    const double ratio = double(counts.filed.value(QStringLiteral("2016-01")))
        / counts.filed.value(QStringLiteral("2015-12"));
    QVERIFY2(ratio > 1.2 && ratio < 1.4, qPrintable(QString::number(ratio)));
}

void TestGenerator::decemberClosureSpike()
{
    const Counts counts = monthlyCounts(m_big.rows);
    int december = 0;
    int januaryFebruary = 0;
    int all = 0;
    for (int year = 2015; year <= 2017; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const int closed
                = counts.closed.value(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
            all += closed;
            december += month == 12 ? closed : 0;
            januaryFebruary += month <= 2 ? closed : 0;
        }
    }
    const double averageMonth = all / 36.0;
    const double decemberShare = december / 3.0 / averageMonth;
    QVERIFY2(decemberShare > 1.3, qPrintable(QString::number(decemberShare)));
    QVERIFY(januaryFebruary / 6.0 < averageMonth);
}

void TestGenerator::propertyAndClosurePatterns()
{
    int withProperty = 0;
    int withoutProperty = 0;
    int closedWithout = 0;
    int terminatedWithout = 0;
    int nearDeadline = 0;
    int overDeadline = 0;
    QList<qint64> performedDays;
    QList<qint64> terminatedDays;
    for (const QStringList &row : std::as_const(m_big.rows)) {
        if (row[Type] != u8("首次执行"))
            continue;
        withProperty += row[Property] == u8("是") ? 1 : 0;
        withoutProperty += row[Property] == u8("否") ? 1 : 0;
        if (row[Closed].isEmpty())
            continue;
        const QDate filed = isoDate(row[Filed]);
        const QDate closed = isoDate(row[Closed]);
        const qint64 days = filed.daysTo(closed);
        if (row[Property] == u8("否")) {
            ++closedWithout;
            terminatedWithout += row[Method] == u8("终结本次执行程序") ? 1 : 0;
        }
        if (row[Method] == u8("执行完毕"))
            performedDays.append(days);
        if (row[Method] == u8("终结本次执行程序")) {
            terminatedDays.append(days);
            const QDate deadline = filed.addMonths(6).addDays(row[Deducted].toInt() + row[Extension].toInt());
            const qint64 left = closed.daysTo(deadline);
            nearDeadline += left >= 0 && left <= 30 ? 1 : 0;
            overDeadline += left < 0 ? 1 : 0;
        }
    }
    const double propertyShare = double(withProperty) / (withProperty + withoutProperty);
    QVERIFY2(propertyShare > 0.56 && propertyShare < 0.64, qPrintable(QString::number(propertyShare)));
    QVERIFY(double(terminatedWithout) / closedWithout > 0.7);
    QVERIFY(median(performedDays) * 2 < median(terminatedDays));
    // 终本 closures cluster in the last month before the deadline; a few run over it.
    QVERIFY2(double(nearDeadline) / terminatedDays.size() > 0.5,
        qPrintable(QString::number(double(nearDeadline) / terminatedDays.size())));
    QVERIFY(overDeadline > 0);
}

void TestGenerator::terminationMeasures()
{
    int terminated = 0;
    int interviewedBefore = 0;
    int interviewedAfter = 0;
    int recentInquiry = 0;
    int restricted = 0;
    for (const QStringList &row : std::as_const(m_big.rows)) {
        if (row[Method] != u8("终结本次执行程序") || isoDate(row[Filed]).year() < 2016)
            continue;
        ++terminated;
        const QDate closed = isoDate(row[Closed]);
        const QDate interview = isoDate(row[Interview]);
        interviewedBefore += interview.isValid() && interview <= closed ? 1 : 0;
        interviewedAfter += interview.isValid() && interview > closed ? 1 : 0;
        const QDate inquiry = isoDate(row[Inquiry]);
        recentInquiry += inquiry.isValid() && inquiry.daysTo(closed) <= 90 ? 1 : 0;
        restricted += row[Restriction].isEmpty() ? 0 : 1;
    }
    QVERIFY(terminated > 1000);
    // Most 终本 cases pass each check, but not all, so quality checks have failures to find.
    for (int passed : {interviewedBefore, recentInquiry, restricted}) {
        const double share = double(passed) / terminated;
        QVERIFY2(share > 0.7 && share < 0.97, qPrintable(QString::number(share)));
    }
    QVERIFY(interviewedAfter > 0);
}

void TestGenerator::pendingAtTheEnd()
{
    int lastMonth = 0;
    int lastMonthPending = 0;
    int oldPending = 0;
    for (const QStringList &row : std::as_const(m_big.rows)) {
        if (row[Filed].startsWith(QStringLiteral("2018-12"))) {
            ++lastMonth;
            lastMonthPending += row[Closed].isEmpty() ? 1 : 0;
        }
        if (row[Closed].isEmpty() && isoDate(row[Filed]) < QDate(2017, 1, 1))
            ++oldPending;
    }
    QVERIFY(lastMonth > 0);
    QVERIFY(double(lastMonthPending) / lastMonth > 0.7);
    QVERIFY(oldPending > 0); // cases older than two years still open at the as-of date
}

void TestGenerator::defectRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("cases");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("none") << 0.0 << qint64(20000) << qint64(0);
    QTest::newRow("1%") << 0.01 << qint64(20000) << qint64(200);
    QTest::newRow("5%") << 0.05 << qint64(20000) << qint64(1000);
    QTest::newRow("20%") << 0.2 << qint64(20000) << qint64(4000);
    QTest::newRow("rounding") << 0.1 << qint64(15) << qint64(2); // 1.5 rounds up
    QTest::newRow("all") << 1.0 << qint64(500) << qint64(500);
}

void TestGenerator::defectRate()
{
    QFETCH(double, rate);
    QFETCH(qint64, cases);
    QFETCH(qint64, expected);

    DemoGeneratorConfig config;
    config.cases = cases;
    config.defectRate = rate;
    config.seed = 11;
    const Export file = readExport(generate(config), TextEncoding::Utf8);
    QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
    QCOMPARE(file.rows.size(), cases);
    QSet<QString> seen;
    QMap<QString, int> kinds;
    qint64 defective = 0;
    for (const QStringList &row : file.rows) {
        const QString problem = rowProblem(row, seen, config.from, config.to);
        if (!problem.isEmpty()) {
            ++defective;
            ++kinds[problem];
        }
    }
    QCOMPARE(defective, expected);
    if (expected >= 1000) {
        const QStringList all = {QStringLiteral("bad filing date"), QStringLiteral("closure before filing"),
            QStringLiteral("date without method"), QStringLiteral("duplicate number"),
            QStringLiteral("method without date"), QStringLiteral("missing number"),
            QStringLiteral("negative amount"), QStringLiteral("unparseable amount")};
        QCOMPARE(kinds.keys(), all);
        // One kind in eight, each drawn independently: about expected/8 each.
        for (int count : std::as_const(kinds))
            QVERIFY(std::abs(count - expected / 8.0) < expected / 8.0 * 0.3);
    }
}

void TestGenerator::cancelThroughProgress()
{
    DemoGeneratorConfig config;
    config.cases = 100000;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    qint64 lastDone = -1;
    qint64 reportedTotal = 0;
    const bool ok = generateDemoExport(config, &buffer, &error, [&](qint64 done, qint64 total) {
        lastDone = done;
        reportedTotal = total;
        return done < 20000;
    });
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(reportedTotal, qint64(100000));
    QVERIFY(lastDone >= 20000 && lastDone < 100000);
}

void TestGenerator::invalidConfig_data()
{
    QTest::addColumn<DemoGeneratorConfig>("config");
    const auto with = [](auto change) {
        DemoGeneratorConfig config;
        change(config);
        return config;
    };
    QTest::newRow("negative cases") << with([](DemoGeneratorConfig &c) { c.cases = -1; });
    QTest::newRow("no courts") << with([](DemoGeneratorConfig &c) { c.courts = 0; });
    QTest::newRow("100 courts") << with([](DemoGeneratorConfig &c) { c.courts = 100; });
    QTest::newRow("to before from") << with([](DemoGeneratorConfig &c) { c.to = c.from.addDays(-1); });
    QTest::newRow("invalid from") << with([](DemoGeneratorConfig &c) { c.from = QDate(); });
    QTest::newRow("defect rate above 1") << with([](DemoGeneratorConfig &c) { c.defectRate = 1.5; });
    QTest::newRow("defect rate NaN") << with([](DemoGeneratorConfig &c) { c.defectRate = std::nan(""); });
    QTest::newRow("utf-16") << with([](DemoGeneratorConfig &c) { c.encoding = TextEncoding::Utf16LE; });
    QTest::newRow("auto") << with([](DemoGeneratorConfig &c) { c.encoding = TextEncoding::Auto; });
}

void TestGenerator::invalidConfig()
{
    QFETCH(DemoGeneratorConfig, config);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!generateDemoExport(config, &buffer, &error));
    QVERIFY(!error.isEmpty());
}

void TestGenerator::writeFailureReported()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("no /dev/full on this system");
    DemoGeneratorConfig config;
    config.cases = 20000; // several megabytes, well past one buffer
    QString error;
    QVERIFY(!generateDemoExport(config, &full, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
