#include "analytics/Analytics.h"
#include "analytics/CaseSelection.h"
#include "analytics/CaseTable.h"
#include "domain/DayNumber.h"

#include <QRandomGenerator>
#include <QTest>

using namespace caseload;

namespace {

using Kind = CaseSubset::Kind;
using Rows = std::vector<quint32>;

// 甲 and 乙 under the intermediate court 京01, 丙 under 粤07.
const QString A = QStringLiteral("甲法院");
const QString B = QStringLiteral("乙法院");
const QString C = QStringLiteral("丙法院");

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct Spec
{
    QString court;
    CaseType type;
    QDate filed;
    QDate closed;
    ClosureMethod method;
    int extension = 0;
    int deducted = 0;
};

/// The hand-worked fixture (row = index). Time limit 6 months; period 2016, as of 2016-12-31, so a
/// case is due soon (30 days) with a deadline in 2016-12-31..2017-01-30. Deadline = filing + 6
/// calendar months + extension + deducted days.
QList<CaseRecord> fixture()
{
    using CT = CaseType;
    using CM = ClosureMethod;
    const QList<Spec> specs = {
        // 0: closed in the period; deadline 2016-07-10.
        {A, CT::FirstEnforcement, d(2016, 1, 10), d(2016, 3, 10), CM::Performed},
        // 1: pending; 31 August + 6 months clamps to 2017-02-28: neither overdue nor due soon.
        {A, CT::FirstEnforcement, d(2016, 8, 31), {}, CM::None},
        // 2: pending; deadline 2016-12-15 < as-of: overdue.
        {B, CT::FirstEnforcement, d(2016, 6, 15), {}, CM::None},
        // 3: pending; 2017-01-10 + 10 extension days = 2017-01-20: due soon.
        {B, CT::Resumed, d(2016, 7, 10), {}, CM::None, 10},
        // 4: old backlog; 2015-09-01 + 30 deducted days = 2015-10-01: overdue.
        {C, CT::FirstEnforcement, d(2015, 3, 1), {}, CM::None, 0, 30},
        // 5: closed after the as-of date, so pending then; deadline 2017-01-01: due soon.
        {C, CT::FirstEnforcement, d(2016, 7, 1), d(2017, 1, 5), CM::Performed},
        // 6: closed on the as-of date: not pending.
        {A, CT::Objection, d(2016, 12, 1), d(2016, 12, 31), CM::Rejected},
        // 7: 2016-12-30 + 1 deducted day = 2016-12-31 = as-of: due soon, not overdue.
        {A, CT::FirstEnforcement, d(2016, 6, 30), {}, CM::None, 0, 1},
        // 8: deadline 2017-01-30 = as-of + 30: due soon (the last day).
        {B, CT::FirstEnforcement, d(2016, 7, 30), {}, CM::None},
        // 9: deadline 2017-01-31 = as-of + 31: not yet.
        {B, CT::FirstEnforcement, d(2016, 7, 31), {}, CM::None},
        // 10: deadline 2016-12-30 = as-of - 1: overdue.
        {C, CT::FirstEnforcement, d(2016, 6, 30), {}, CM::None},
        // 11: filed after the period and the as-of date.
        {C, CT::FirstEnforcement, d(2017, 1, 15), {}, CM::None},
        // 12: filed before the period, closed in it (终本).
        {A, CT::FirstEnforcement, d(2015, 12, 20), d(2016, 1, 20), CM::TerminatedThisRound},
    };
    QList<CaseRecord> cases;
    int number = 0;
    for (const Spec &s : specs) {
        CaseRecord r;
        r.caseNumber = QStringLiteral("（%1）京执%2号").arg(s.filed.year()).arg(++number);
        r.courtName = s.court;
        r.courtCode = s.court == A ? QStringLiteral("京0101")
            : s.court == B         ? QStringLiteral("京0102")
                                   : QStringLiteral("粤0701");
        r.type = s.type;
        r.filedOn = s.filed;
        r.closedOn = s.closed;
        r.closureMethod = s.method;
        r.extensionDays = s.extension;
        r.deductedDays = s.deducted;
        r.cause = number % 2 ? QStringLiteral("民间借贷纠纷") : QStringLiteral("买卖合同纠纷");
        cases.append(r);
    }
    return cases;
}

AnalyticsInput year2016()
{
    AnalyticsInput input;
    input.filter.from = d(2016, 1, 1);
    input.filter.to = d(2016, 12, 31);
    return input;
}

CaseSubset subset(Kind kind, QStringList courts = {})
{
    CaseSubset s;
    s.kind = kind;
    s.courts = std::move(courts);
    return s;
}

} // namespace

Q_DECLARE_METATYPE(CaseSubset)
Q_DECLARE_METATYPE(AnalyticsInput)

class TestCaseSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deadlineDay_data();
    void deadlineDay();
    void select_data();
    void select();
    void errors_data();
    void errors();
    void cancel();
    void countsEqualPendingAge();
    void countsEqualAnalyticsOnRandomCases_data();
    void countsEqualAnalyticsOnRandomCases();

private:
    CaseTable m_table;
};

void TestCaseSelection::initTestCase()
{
    QString error;
    for (const CaseRecord &r : fixture())
        QVERIFY2(m_table.append(r, &error), qPrintable(error));
}

void TestCaseSelection::deadlineDay_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("plain") << 0 << 6 << d(2016, 7, 10);
    QTest::newRow("31 August clamps to February") << 1 << 6 << d(2017, 2, 28);
    QTest::newRow("extension") << 3 << 6 << d(2017, 1, 20);
    QTest::newRow("deduction") << 4 << 6 << d(2015, 10, 1);
    QTest::newRow("deduction of one day") << 7 << 6 << d(2016, 12, 31);
    // 2016-08-31 + 3 months = 2016-11-30 (clamped); 2016-07-10 + 3 months + 10 days = 2016-10-20.
    QTest::newRow("3 months, clamped") << 1 << 3 << d(2016, 11, 30);
    QTest::newRow("3 months, extension") << 3 << 3 << d(2016, 10, 20);
    // 2016-06-30 + 12 months = 2017-06-30; + 1 deducted day.
    QTest::newRow("12 months") << 7 << 12 << d(2017, 7, 1);
}

void TestCaseSelection::deadlineDay()
{
    QFETCH(int, row);
    QFETCH(int, months);
    QFETCH(QDate, deadline);
    IndicatorSettings settings;
    settings.timeLimitMonths = months;
    QCOMPARE(fromDayNumber(CaseSelection::deadlineDay(m_table, row, settings)), deadline);
}

void TestCaseSelection::select_data()
{
    QTest::addColumn<AnalyticsInput>("input");
    QTest::addColumn<CaseSubset>("subset");
    QTest::addColumn<Rows>("expected");
    const AnalyticsInput year = year2016();

    // By filing day, ties (7 and 10 on 2016-06-30) by row.
    QTest::newRow("all") << year << subset(Kind::All) << Rows {4, 12, 0, 2, 7, 10, 5, 3, 8, 9, 1, 6, 11};
    QTest::newRow("filed in the period")
        << year << subset(Kind::Filed) << Rows {0, 2, 7, 10, 5, 3, 8, 9, 1, 6};
    // By closure day: 12 on 01-20, 0 on 03-10, 6 on 12-31; 5 closed in 2017.
    QTest::newRow("closed in the period") << year << subset(Kind::Closed) << Rows {12, 0, 6};
    QTest::newRow("pending at the as-of date")
        << year << subset(Kind::Pending) << Rows {4, 2, 7, 10, 5, 3, 8, 9, 1};
    // By deadline: 4 (2015-10-01), 2 (2016-12-15), 10 (2016-12-30).
    QTest::newRow("overdue") << year << subset(Kind::Overdue) << Rows {4, 2, 10};
    // By deadline: 7 (12-31), 5 (01-01), 3 (01-20), 8 (01-30).
    QTest::newRow("due within 30 days") << year << subset(Kind::DueSoon) << Rows {7, 5, 3, 8};
    CaseSubset today = subset(Kind::DueSoon);
    today.days = 0;
    QTest::newRow("due today") << year << today << Rows {7};
    CaseSubset sixty = subset(Kind::DueSoon);
    sixty.days = 60; // to 2017-03-01: also 9 (01-31) and 1 (02-28)
    QTest::newRow("due within 60 days") << year << sixty << Rows {7, 5, 3, 8, 9, 1};

    // Explicit dates override the filter's period and as-of date.
    CaseSubset july = subset(Kind::Filed);
    july.from = d(2016, 7, 1);
    july.to = d(2016, 7, 31);
    QTest::newRow("filed in July") << year << july << Rows {5, 3, 8, 9};
    CaseSubset midYear = subset(Kind::Pending);
    midYear.asOf = d(2016, 6, 30);
    QTest::newRow("pending at 2016-06-30") << year << midYear << Rows {4, 2, 7, 10};
    midYear.kind = Kind::Overdue;
    QTest::newRow("overdue at 2016-06-30") << year << midYear << Rows {4};
    AnalyticsInput asOfJune = year;
    asOfJune.filter.asOf = d(2016, 6, 30);
    QTest::newRow("the filter's as-of date") << asOfJune << subset(Kind::Pending) << Rows {4, 2, 7, 10};
    // The filter's period is whole months: to = 2016-07-15 means all of July.
    AnalyticsInput toJuly = year;
    toJuly.filter.to = d(2016, 7, 15);
    QTest::newRow("period in whole months")
        << toJuly << subset(Kind::Filed) << Rows {0, 2, 7, 10, 5, 3, 8, 9};
    // Without a period: the months of the data (2015-03 .. 2017-01), as-of its last day (2017-01-31).
    QTest::newRow("default period") << AnalyticsInput {} << subset(Kind::Closed) << Rows {12, 0, 6, 5};
    QTest::newRow("default as-of date")
        << AnalyticsInput {} << subset(Kind::Pending) << Rows {4, 2, 7, 10, 3, 8, 9, 1, 11};

    // Court narrowing, on its own and on top of the filter's courts.
    QTest::newRow("court 乙, pending") << year << subset(Kind::Pending, {B}) << Rows {2, 3, 8, 9};
    QTest::newRow("court by code") << year << subset(Kind::Overdue, {QStringLiteral("粤0701")})
                                   << Rows {4, 10};
    QTest::newRow("two courts") << year << subset(Kind::DueSoon, {A, C}) << Rows {7, 5};
    AnalyticsInput onlyA = year;
    onlyA.filter.courts = {A};
    QTest::newRow("filter 甲, narrowed to 乙") << onlyA << subset(Kind::All, {B}) << Rows {};
    QTest::newRow("filter 甲") << onlyA << subset(Kind::All) << Rows {12, 0, 7, 1, 6};
    AnalyticsInput group = year;
    group.filter.courtGroups = {QStringLiteral("京01")};
    QTest::newRow("group 京01") << group << subset(Kind::Overdue) << Rows {2};
    QTest::newRow("group 京01, narrowed to 甲") << group << subset(Kind::DueSoon, {A}) << Rows {7};
    AnalyticsInput userGroup = year;
    userGroup.courtGroups.insert(QStringLiteral("试点"), {B, C});
    userGroup.filter.courtGroups = {QStringLiteral("试点")};
    QTest::newRow("user-defined group") << userGroup << subset(Kind::Overdue) << Rows {4, 2, 10};

    // The filter's other parts, exactly as Analytics reads them.
    AnalyticsInput firstOnly = year;
    firstOnly.filter.types = {CaseType::FirstEnforcement};
    QTest::newRow("type 首次执行") << firstOnly << subset(Kind::DueSoon) << Rows {7, 5, 8};
    AnalyticsInput performed = year;
    performed.filter.methods = {ClosureMethod::Performed};
    QTest::newRow("method 执行完毕 (pending cases drop out)")
        << performed << subset(Kind::All) << Rows {0, 5};
    QTest::newRow("method 执行完毕, pending at the as-of date")
        << performed << subset(Kind::Pending) << Rows {5};
    AnalyticsInput cause = year;
    cause.filter.causes = {QStringLiteral("买卖合同纠纷")}; // even case numbers: rows 1, 3, 5, 7, 9, 11
    QTest::newRow("cause") << cause << subset(Kind::Pending) << Rows {7, 5, 3, 9, 1};

    // A 3-month limit puts every pending case's deadline before the as-of date. Deadlines: 4 2015-07-01
    // (06-01 + 30); 2 09-15; 10 09-30; 5 10-01; 7 10-01 (09-30 + 1; the tie with 5 goes by row);
    // 3 10-20 (10-10 + 10); 8 10-30; 9 10-31; 1 11-30 (clamped).
    AnalyticsInput short3 = year;
    short3.settings.timeLimitMonths = 3;
    QTest::newRow("3-month limit, overdue")
        << short3 << subset(Kind::Overdue) << Rows {4, 2, 10, 5, 7, 3, 8, 9, 1};
}

void TestCaseSelection::select()
{
    QFETCH(AnalyticsInput, input);
    QFETCH(CaseSubset, subset);
    QFETCH(Rows, expected);
    QString error = QStringLiteral("stale");
    const std::optional<Rows> rows = CaseSelection::select(m_table, input, subset, &error);
    QVERIFY2(rows, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(*rows, expected);
}

void TestCaseSelection::errors_data()
{
    QTest::addColumn<AnalyticsInput>("input");
    QTest::addColumn<CaseSubset>("subset");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown court in the subset")
        << year2016() << subset(Kind::All, {QStringLiteral("戊法院")}) << QStringLiteral("戊法院");
    AnalyticsInput court = year2016();
    court.filter.courts = {QStringLiteral("己法院")};
    QTest::newRow("unknown court in the filter")
        << court << subset(Kind::Pending) << QStringLiteral("己法院");
    AnalyticsInput group = year2016();
    group.filter.courtGroups = {QStringLiteral("沪01")};
    QTest::newRow("unknown group") << group << subset(Kind::Overdue) << QStringLiteral("沪01");
    AnalyticsInput cause = year2016();
    cause.filter.causes = {QStringLiteral("无此案由")};
    QTest::newRow("unknown cause") << cause << subset(Kind::Filed) << QStringLiteral("无此案由");
    AnalyticsInput backwards = year2016();
    backwards.filter.from = d(2016, 5, 1);
    backwards.filter.to = d(2016, 3, 1);
    QTest::newRow("period ends before it starts")
        << backwards << subset(Kind::Closed) << QStringLiteral("2016-03-31");
}

void TestCaseSelection::errors()
{
    QFETCH(AnalyticsInput, input);
    QFETCH(CaseSubset, subset);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!CaseSelection::select(m_table, input, subset, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // Analytics refuses the same filters with the same message (the subset's courts are its own).
    if (subset.courts.isEmpty()) {
        QString analyticsError;
        QVERIFY(!Analytics::compute(m_table, input, &analyticsError));
        QCOMPARE(analyticsError, error);
    }
    QVERIFY(!CaseSelection::select(m_table, input, subset, nullptr)); // no error string wanted
}

void TestCaseSelection::cancel()
{
    QString error = QStringLiteral("stale");
    int calls = 0;
    const auto rows = CaseSelection::select(m_table, year2016(), subset(Kind::All), &error, [&](double) {
        ++calls;
        return false;
    });
    QVERIFY(!rows);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // a cancel is not an error
    QCOMPARE(calls, 1);

    // Without cancelling, progress runs up to 1.
    double last = -1;
    bool ascending = true;
    const auto all = CaseSelection::select(m_table, year2016(), subset(Kind::All), &error, [&](double done) {
        ascending = ascending && done >= last;
        last = done;
        return true;
    });
    QVERIFY(all);
    QVERIFY(ascending);
    QCOMPARE(last, 1.0);
}

void TestCaseSelection::countsEqualPendingAge()
{
    QString error;
    const auto result = Analytics::compute(m_table, year2016(), &error);
    QVERIFY2(result, qPrintable(error));
    // Rows 4, 2, 10 overdue; 7, 5, 3, 8 due within 30 days (see select_data).
    QCOMPARE(result->pendingAge.overdue, 3);
    QCOMPARE(result->pendingAge.dueWithin30Days, 4);
    QCOMPARE(result->pendingAge.total, 9);
}

void TestCaseSelection::countsEqualAnalyticsOnRandomCases_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("months");
    QTest::newRow("seed 1, 6 months") << 1u << 6;
    QTest::newRow("seed 2, 3 months") << 2u << 3;
    QTest::newRow("seed 3, 12 months") << 3u << 12;
}

void TestCaseSelection::countsEqualAnalyticsOnRandomCases()
{
    QFETCH(quint32, seed);
    QFETCH(int, months);
    QRandomGenerator random(seed);
    CaseTable table;
    const QStringList courts = {A, B, C};
    for (int i = 0; i < 4000; ++i) {
        CaseRecord r;
        r.courtName = courts[random.bounded(3)];
        r.type = random.bounded(2) ? CaseType::FirstEnforcement : CaseType::Resumed;
        r.filedOn = d(2014, 1, 1).addDays(random.bounded(4 * 365));
        if (random.bounded(3)) {
            r.closedOn = r.filedOn.addDays(random.bounded(500));
            r.closureMethod
                = random.bounded(2) ? ClosureMethod::Performed : ClosureMethod::TerminatedThisRound;
        }
        r.extensionDays = random.bounded(4) ? 0 : random.bounded(90);
        r.deductedDays = random.bounded(4) ? 0 : random.bounded(200);
        QVERIFY(table.append(r));
    }
    for (const QDate &asOf : {d(2016, 6, 30), d(2016, 12, 31), d(2017, 3, 15)}) {
        for (const QStringList &filterCourts : {QStringList {}, QStringList {B}}) {
            AnalyticsInput input;
            input.filter.from = d(2016, 1, 1);
            input.filter.to = d(2016, 12, 31);
            input.filter.asOf = asOf;
            input.filter.courts = filterCourts;
            input.settings.timeLimitMonths = months;
            QString error;
            const auto result = Analytics::compute(table, input, &error);
            QVERIFY2(result, qPrintable(error));
            const auto count = [&](Kind kind) {
                const auto rows = CaseSelection::select(table, input, subset(kind), &error);
                return rows ? qint64(rows->size()) : -1;
            };
            QCOMPARE(count(Kind::All), result->casesSelected);
            QCOMPARE(count(Kind::Filed), result->flow.filed);
            QCOMPARE(count(Kind::Closed), result->flow.closed);
            QCOMPARE(count(Kind::Pending), result->pendingAge.total);
            QCOMPARE(count(Kind::Overdue), result->pendingAge.overdue);
            QCOMPARE(count(Kind::DueSoon), result->pendingAge.dueWithin30Days);
            QVERIFY(result->pendingAge.overdue > 0);
            QVERIFY(result->pendingAge.dueWithin30Days > 0);

            // Every listed deadline lies where its kind says, and in order.
            const auto dueSoon = CaseSelection::select(table, input, subset(Kind::DueSoon), &error);
            QVERIFY(dueSoon);
            const qint64 asOfDay = toDayNumber(asOf);
            qint64 previous = std::numeric_limits<qint64>::min();
            for (quint32 row : *dueSoon) {
                const qint64 deadline = CaseSelection::deadlineDay(table, row, input.settings);
                QVERIFY(deadline >= asOfDay && deadline <= asOfDay + 30);
                QVERIFY(deadline >= previous);
                previous = deadline;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCaseSelection)
#include "tst_caseselection.moc"
