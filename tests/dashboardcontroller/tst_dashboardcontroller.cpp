#include "dashboard/DashboardController.h"

#include "analytics/Analytics.h"
#include "domain/DayNumber.h"

#include <QSignalSpy>
#include <QTest>

using namespace caseload;

namespace {

const QString courtA = QString::fromUtf8("北京市朝阳区人民法院");
const QString courtB = QString::fromUtf8("北京市海淀区人民法院");

// 2016-01 to 2018-03, two courts. Each month court A files 4 cases and court B 2 (on the 3rd and
// 10th); a case filed in month i closes (20 × (i % 7) + 15) days later except every third one,
// which stays pending. The last filing is 2018-03-10; no closure later than 2018-03-15 is kept, so
// the data end on 2018-03-15 (a pending case filed that day).
std::shared_ptr<const CaseTable> makeTable()
{
    auto table = std::make_shared<CaseTable>();
    int n = 0;
    const QDate last(2018, 3, 15);
    for (QDate month(2016, 1, 1); month <= QDate(2018, 3, 1); month = month.addMonths(1)) {
        for (int k = 0; k < 6; ++k) {
            CaseRecord r;
            r.courtName = k < 4 ? courtA : courtB;
            r.courtCode = k < 4 ? QString::fromUtf8("京0105") : QString::fromUtf8("京0108");
            r.type = k % 2 ? CaseType::Resumed : CaseType::FirstEnforcement;
            r.filedOn = month.addDays(k < 3 ? 2 : 9);
            r.hasProperty = k % 3 != 0;
            r.appliedFen = 100000 * (k + 1);
            if (++n % 3 != 0) {
                const QDate closed = r.filedOn.addDays(20 * (n % 7) + 15);
                if (closed <= last) {
                    r.closedOn = closed;
                    r.closureMethod = n % 4 ? ClosureMethod::Performed : ClosureMethod::TerminatedThisRound;
                    r.recoveredFen = n % 4 ? *r.appliedFen : 0;
                }
            }
            QString error;
            if (!table->append(r, &error))
                qFatal("append failed: %s", qPrintable(error));
        }
    }
    CaseRecord lastCase;
    lastCase.courtName = courtA;
    lastCase.courtCode = QString::fromUtf8("京0105");
    lastCase.type = CaseType::FirstEnforcement;
    lastCase.filedOn = last;
    table->append(lastCase);
    return table;
}

CaseFilter period(QDate from, QDate to, const QStringList &courts = {})
{
    CaseFilter f;
    f.from = from;
    f.to = to;
    f.courts = courts;
    return f;
}

AnalyticsResult engine(const CaseTable &table, const AnalyticsInput &input)
{
    QString error;
    auto r = Analytics::compute(table, input, &error);
    if (!r)
        qFatal("compute failed: %s", qPrintable(error));
    return *r;
}

// Compares the figures every page shows.
bool sameFigures(const AnalyticsResult &a, const AnalyticsResult &b)
{
    return a.from == b.from && a.to == b.to && a.asOf == b.asOf && a.casesSelected == b.casesSelected
        && a.flow.filed == b.flow.filed && a.flow.closed == b.flow.closed
        && a.flow.pendingEnd == b.flow.pendingEnd && a.flow.clearanceRate == b.flow.clearanceRate
        && a.flow.dispositionTimeDays == b.flow.dispositionTimeDays
        && a.durations.medianDays == b.durations.medianDays && a.recovery.ratio == b.recovery.ratio
        && a.core[0].numerator == b.core[0].numerator && a.core[0].denominator == b.core[0].denominator
        && a.monthly.size() == b.monthly.size() && a.courts.size() == b.courts.size();
}

} // namespace

class TestDashboardController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dataEqualsEngine();
    void allCourtsWithoutSelection();
    void comparisonPeriods_data();
    void comparisonPeriods();
    void comparisonsEmitted();
    void defaultPeriodResolvedFromTheData();
    void comparisonsBeforeTheData();
    void staleRequestsDropped();
    void staleRequestsDroppedWhileRunning();
    void changeDuringComparisonsDropsThem();
    void errorPath();
    void noTable();

private:
    std::shared_ptr<const CaseTable> m_table;
};

void TestDashboardController::initTestCase()
{
    m_table = makeTable();
    QCOMPARE(m_table->size(), 27 * 6 + 1);
    QCOMPARE(fromDayNumber(m_table->lastDay()), QDate(2018, 3, 15));
}

void TestDashboardController::dataEqualsEngine()
{
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    QSignalSpy busy(&controller, &DashboardController::busyChanged);
    AnalyticsInput setup;
    setup.settings.timeLimitMonths = 3;
    setup.courtGroups.insert(QStringLiteral("Pilot"), {courtB});
    setup.filter.courts = {QStringLiteral("ignored")};
    controller.setStoreLocation(QStringLiteral("/tmp/x.sqlite"));
    controller.setTable(m_table);
    controller.setSetup(setup);
    const CaseFilter filter = period(QDate(2017, 1, 1), QDate(2017, 12, 31), {courtA});
    controller.setFilter(filter);
    QVERIFY(controller.isBusy());
    QVERIFY(comparisons.wait(10000));
    QCOMPARE(data.count(), 1);
    QCOMPARE(comparisons.count(), 1);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(!controller.isBusy());

    const auto d = data.at(0).at(0).value<DashboardData>();
    QVERIFY(d.hasResult());
    QVERIFY(d.error.isEmpty());
    QCOMPARE(d.storeLocation, QStringLiteral("/tmp/x.sqlite"));
    QCOMPARE(d.table, m_table);
    QCOMPARE(d.input.filter.courts, QStringList {courtA});
    QCOMPARE(d.input.settings.timeLimitMonths, 3);
    QCOMPARE(d.input.courtGroups.value(QStringLiteral("Pilot")), QStringList {courtB});
    QVERIFY(!d.previous && !d.yearAgo && !d.trailing12);

    AnalyticsInput in = setup;
    in.filter = filter;
    const AnalyticsResult expected = engine(*m_table, in);
    QVERIFY(sameFigures(*d.result, expected));
    QCOMPARE(d.result->flow.filed, 48); // 12 months × 4 cases of court A
    QCOMPARE(d.result->courts.size(), size_t(1));

    // allCourts: the same input without the court selection.
    in.filter.courts.clear();
    const AnalyticsResult all = engine(*m_table, in);
    QVERIFY(d.allCourts && d.allCourts != d.result);
    QVERIFY(sameFigures(*d.allCourts, all));
    QCOMPARE(d.allCourts->flow.filed, 72);
    QCOMPARE(d.allCourts->courts.size(), size_t(2));

    const auto c = comparisons.at(0).at(0).value<DashboardData>();
    QCOMPARE(c.result, d.result);
    QCOMPARE(c.allCourts, d.allCourts);
    QVERIFY(c.previous && c.yearAgo && c.trailing12);
    QCOMPARE(controller.current().previous, c.previous);
    QCOMPARE(controller.current().result, d.result);
}

void TestDashboardController::allCourtsWithoutSelection()
{
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    controller.setTable(m_table);
    controller.setFilter(period(QDate(2017, 1, 1), QDate(2017, 3, 31)));
    QVERIFY(data.wait(10000));
    const auto d = data.at(0).at(0).value<DashboardData>();
    QVERIFY(d.result);
    QCOMPARE(d.allCourts, d.result);
}

void TestDashboardController::comparisonPeriods_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
    QTest::addColumn<QDate>("yearAgoFrom");
    QTest::addColumn<QDate>("yearAgoTo");
    QTest::addColumn<QDate>("trailingFrom");

    QTest::newRow("March 2018") << QDate(2018, 3, 1) << QDate(2018, 3, 31) << QDate(2018, 2, 1)
                                << QDate(2018, 2, 28) << QDate(2017, 3, 1) << QDate(2017, 3, 31)
                                << QDate(2017, 4, 1);
    QTest::newRow("2018 to March") << QDate(2018, 1, 1) << QDate(2018, 3, 31) << QDate(2017, 10, 1)
                                   << QDate(2017, 12, 31) << QDate(2017, 1, 1) << QDate(2017, 3, 31)
                                   << QDate(2017, 4, 1);
    QTest::newRow("leap February") << QDate(2016, 2, 1) << QDate(2016, 2, 29) << QDate(2016, 1, 1)
                                   << QDate(2016, 1, 31) << QDate(2015, 2, 1) << QDate(2015, 2, 28)
                                   << QDate(2015, 3, 1);
    QTest::newRow("12 months") << QDate(2017, 4, 1) << QDate(2018, 3, 31) << QDate(2016, 4, 1)
                               << QDate(2017, 3, 31) << QDate(2016, 4, 1) << QDate(2017, 3, 31)
                               << QDate(2017, 4, 1);
    QTest::newRow("across a year end")
        << QDate(2016, 11, 1) << QDate(2017, 2, 28) << QDate(2016, 7, 1) << QDate(2016, 10, 31)
        << QDate(2015, 11, 1) << QDate(2016, 2, 29) << QDate(2016, 3, 1);
    QTest::newRow("days inside months")
        << QDate(2018, 3, 15) << QDate(2018, 4, 2) << QDate(2018, 1, 1) << QDate(2018, 2, 28)
        << QDate(2017, 3, 1) << QDate(2017, 4, 30) << QDate(2017, 5, 1);
}

void TestDashboardController::comparisonPeriods()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto p = DashboardController::comparisonPeriods(from, to);
    QTEST(p.previousFrom, "previousFrom");
    QTEST(p.previousTo, "previousTo");
    QTEST(p.yearAgoFrom, "yearAgoFrom");
    QTEST(p.yearAgoTo, "yearAgoTo");
    QTEST(p.trailingFrom, "trailingFrom");
    QCOMPARE(p.trailingTo, QDate(to.year(), to.month(), to.daysInMonth()));
}

void TestDashboardController::comparisonsEmitted()
{
    DashboardController controller;
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    controller.setTable(m_table);
    CaseFilter f = period(QDate(2018, 1, 1), QDate(2018, 3, 31), {courtB});
    f.asOf = QDate(2018, 3, 15);
    controller.setFilter(f);
    QVERIFY(comparisons.wait(10000));
    const auto d = comparisons.at(0).at(0).value<DashboardData>();
    QCOMPARE(d.result->asOf, QDate(2018, 3, 15));
    QCOMPARE(d.previous->from, QDate(2017, 10, 1));
    QCOMPARE(d.previous->to, QDate(2017, 12, 31));
    QCOMPARE(d.yearAgo->from, QDate(2017, 1, 1));
    QCOMPARE(d.yearAgo->to, QDate(2017, 3, 31));
    QCOMPARE(d.trailing12->from, QDate(2017, 4, 1));
    QCOMPARE(d.trailing12->to, QDate(2018, 3, 31));
    QCOMPARE(d.trailing12->monthly.size(), size_t(12));
    // Comparisons are taken at their own period's end, with the same courts.
    QCOMPARE(d.previous->asOf, QDate(2017, 12, 31));
    AnalyticsInput in;
    in.filter = period(QDate(2017, 10, 1), QDate(2017, 12, 31), {courtB});
    QVERIFY(sameFigures(*d.previous, engine(*m_table, in)));
    QCOMPARE(d.previous->flow.filed, 6); // 3 months × 2 cases of court B
    in.filter = period(QDate(2017, 1, 1), QDate(2017, 3, 31), {courtB});
    QVERIFY(sameFigures(*d.yearAgo, engine(*m_table, in)));
    in.filter = period(QDate(2017, 4, 1), QDate(2018, 3, 31), {courtB});
    QVERIFY(sameFigures(*d.trailing12, engine(*m_table, in)));
    // Each trailing month alone (the overview's sparklines), at its own end, as the engine gives it.
    QCOMPARE(d.trailingMonths.size(), size_t(12));
    for (int i = 0; i < 12; ++i) {
        const AnalyticsResult &m = *d.trailingMonths[size_t(i)];
        QCOMPARE(m.from, QDate(2017, 4, 1).addMonths(i));
        QCOMPARE(m.to, m.from.addMonths(1).addDays(-1));
        QCOMPARE(m.asOf, m.to);
        QCOMPARE(m.flow.filed, 2); // court B files 2 cases a month
        in.filter = period(m.from, m.to, {courtB});
        QVERIFY(sameFigures(m, engine(*m_table, in)));
    }
}

void TestDashboardController::defaultPeriodResolvedFromTheData()
{
    // "All data": invalid from/to are the data's first and last months (2016-01-03 .. 2018-03-15).
    DashboardController controller;
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    controller.setTable(m_table);
    controller.setFilter(CaseFilter());
    QVERIFY(comparisons.wait(10000));
    const auto d = comparisons.at(0).at(0).value<DashboardData>();
    QCOMPARE(d.result->from, QDate(2016, 1, 1));
    QCOMPARE(d.result->to, QDate(2018, 3, 31));
    QVERIFY(sameFigures(*d.result, engine(*m_table, AnalyticsInput())));
    // 27 months before January 2016 and a year earlier both lie before the data.
    QVERIFY(!d.previous);
    QVERIFY(!d.yearAgo);
    QCOMPARE(d.trailing12->from, QDate(2017, 4, 1));
    QCOMPARE(d.trailing12->to, QDate(2018, 3, 31));

    // Only the to side given: from is the data's first month.
    controller.setFilter(period(QDate(), QDate(2016, 6, 10)));
    QVERIFY(comparisons.wait(10000));
    const auto e = comparisons.at(1).at(0).value<DashboardData>();
    QCOMPARE(e.result->from, QDate(2016, 1, 1));
    QCOMPARE(e.result->to, QDate(2016, 6, 30));
    QVERIFY(!e.previous);
    // The trailing months start with the data's first month.
    QCOMPARE(e.trailing12->from, QDate(2016, 1, 1));
    QCOMPARE(e.trailing12->monthly.size(), size_t(6));
}

void TestDashboardController::comparisonsBeforeTheData()
{
    // January-June 2016: previous (July-December 2015) is before the data, and so is a year ago.
    // July-December 2016: previous is January-June 2016 (in the data), a year ago is not.
    DashboardController controller;
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    controller.setTable(m_table);
    controller.setFilter(period(QDate(2016, 7, 1), QDate(2016, 12, 31)));
    QVERIFY(comparisons.wait(10000));
    const auto d = comparisons.at(0).at(0).value<DashboardData>();
    QVERIFY(d.previous);
    QCOMPARE(d.previous->from, QDate(2016, 1, 1));
    QVERIFY(!d.yearAgo);
    QCOMPARE(d.trailing12->from, QDate(2016, 1, 1));
}

void TestDashboardController::staleRequestsDropped()
{
    // Five changes in a row: exactly one refresh, for the last one.
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    controller.setTable(m_table);
    for (int m = 1; m <= 5; ++m)
        controller.setFilter(period(QDate(2017, m, 1), QDate(2017, m, 1)));
    QVERIFY(comparisons.wait(10000));
    QTest::qWait(100);
    QCOMPARE(data.count(), 1);
    QCOMPARE(comparisons.count(), 1);
    QCOMPARE(data.at(0).at(0).value<DashboardData>().result->from, QDate(2017, 5, 1));
    QCOMPARE(comparisons.at(0).at(0).value<DashboardData>().result->from, QDate(2017, 5, 1));
    QVERIFY(!controller.isBusy());
}

void TestDashboardController::staleRequestsDroppedWhileRunning()
{
    // The first request starts computing; four more arrive while it runs. The running one is
    // superseded, so nothing of it is emitted: again exactly one refresh, for the fifth.
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    QSignalSpy busy(&controller, &DashboardController::busyChanged);
    controller.setTable(m_table);
    controller.setFilter(period(QDate(2017, 1, 1), QDate(2017, 1, 1)));
    QCoreApplication::processEvents(); // the scheduled refresh starts on the thread pool
    for (int m = 2; m <= 5; ++m)
        controller.setFilter(period(QDate(2017, m, 1), QDate(2017, m, 1)));
    QVERIFY(comparisons.wait(10000));
    QTest::qWait(100);
    QCOMPARE(data.count(), 1);
    QCOMPARE(comparisons.count(), 1);
    QCOMPARE(data.at(0).at(0).value<DashboardData>().result->from, QDate(2017, 5, 1));
    QCOMPARE(busy.count(), 2); // busy through the whole sequence
}

void TestDashboardController::changeDuringComparisonsDropsThem()
{
    // A change right after dataReady: the first request's comparisons are never emitted.
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    controller.setTable(m_table);
    bool changed = false;
    connect(&controller, &DashboardController::dataReady, this, [&] {
        if (!changed) {
            changed = true;
            controller.setFilter(period(QDate(2017, 8, 1), QDate(2017, 8, 1)));
        }
    });
    controller.setFilter(period(QDate(2017, 7, 1), QDate(2017, 7, 1)));
    QVERIFY(comparisons.wait(10000));
    QTest::qWait(100);
    QCOMPARE(data.count(), 2);
    QCOMPARE(data.at(0).at(0).value<DashboardData>().result->from, QDate(2017, 7, 1));
    QCOMPARE(data.at(1).at(0).value<DashboardData>().result->from, QDate(2017, 8, 1));
    QCOMPARE(comparisons.count(), 1);
    QCOMPARE(comparisons.at(0).at(0).value<DashboardData>().result->from, QDate(2017, 8, 1));
    QCOMPARE(controller.current().result->from, QDate(2017, 8, 1));
}

void TestDashboardController::errorPath()
{
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    QSignalSpy busy(&controller, &DashboardController::busyChanged);
    controller.setTable(m_table);
    controller.setFilter(period(QDate(2017, 1, 1), QDate(2017, 3, 31), {QStringLiteral("No such court")}));
    QVERIFY(data.wait(10000));
    QTRY_VERIFY(!controller.isBusy());
    const auto d = data.at(0).at(0).value<DashboardData>();
    QVERIFY(!d.result);
    QVERIFY(!d.allCourts);
    QVERIFY(!d.hasResult());
    QVERIFY(d.error.contains(QStringLiteral("No such court")));
    QCOMPARE(d.table, m_table);
    QCOMPARE(comparisons.count(), 0);
    QCOMPARE(busy.count(), 2);

    // A period ending before it starts.
    controller.setFilter(period(QDate(2017, 3, 1), QDate(2017, 1, 31)));
    QVERIFY(data.wait(10000));
    QVERIFY(!data.at(1).at(0).value<DashboardData>().error.isEmpty());

    // The next good filter clears the error.
    controller.setFilter(period(QDate(2017, 1, 1), QDate(2017, 3, 31)));
    QVERIFY(comparisons.wait(10000));
    QVERIFY(controller.current().error.isEmpty());
    QVERIFY(controller.current().hasResult());
}

void TestDashboardController::noTable()
{
    // Without a table nothing is computed or emitted, and unloading the table drops a running refresh.
    DashboardController controller;
    QSignalSpy data(&controller, &DashboardController::dataReady);
    QSignalSpy busy(&controller, &DashboardController::busyChanged);
    controller.setFilter(period(QDate(2017, 1, 1), QDate(2017, 3, 31)));
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(data.count(), 0);
    QVERIFY(!controller.current().table);
    QVERIFY(!controller.current().result);

    controller.setTable(m_table);
    QCoreApplication::processEvents(); // the refresh starts
    controller.setTable(nullptr);
    QTRY_VERIFY(!controller.isBusy());
    QTest::qWait(100);
    QCOMPARE(data.count(), 0);
    QVERIFY(!controller.current().table);
}

QTEST_GUILESS_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
