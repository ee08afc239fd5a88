#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"
#include "measures/MeasureCourtsPanel.h"
#include "measures/MeasureTrendPanel.h"
#include "measures/MeasureUsageModel.h"
#include "measures/MeasuresPage.h"
#include "measures/TerminationChecksPanel.h"

#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace caseload;
using Measure = CaseTable::Measure;

namespace {

const QString courtA = QStringLiteral("北京市朝阳区人民法院");
const QString courtB = QStringLiteral("北京市海淀区人民法院");

struct Dates
{
    QDate inquiry, dishonest, restriction, interview;
};

CaseRecord makeCase(int sequence, const QString &court, QDate filed, QDate closed, ClosureMethod method,
    const Dates &measures)
{
    CaseRecord r;
    r.caseNumber = QStringLiteral("（2016）京0105执%1号").arg(sequence);
    r.courtName = court;
    r.courtCode = court == courtA ? QStringLiteral("京0105") : QStringLiteral("京0108");
    r.type = CaseType::FirstEnforcement;
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = method;
    r.appliedFen = 100000;
    if (closed.isValid())
        r.recoveredFen = method == ClosureMethod::Performed ? 100000 : 0;
    r.networkInquiryOn = measures.inquiry;
    r.dishonestListOn = measures.dishonest;
    r.consumptionRestrictionOn = measures.restriction;
    r.applicantInterviewOn = measures.interview;
    return r;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Six cases, period January-April 2016 (as-of: 2016-04-30). The measures per case:
//  1 A filed 01-05, 执行完毕 03-20: inquiry 01-10, restriction 02-03, interview 01-15
//  2 A filed 01-20, 终本 04-10: inquiry 03-01, restriction 02-15, interview 04-01  -> passes every check
//  3 A filed 02-10, 终本 04-20: inquiry 02-12, dishonest 03-05, interview 04-25    -> fails restriction,
//                                                                                   interview (after closure)
//  4 B filed 02-01, 终本 03-31: restriction 03-10                                  -> fails inquiry,
//  interview 5 B filed 03-15, pending:    inquiry 03-20, dishonest 04-05 6 B filed 2015-11-01, 终本 01-25:
//  inquiry 2015-11-05 (within 3 months)          -> fails restriction, interview
CaseTable fixture(bool withMeasures)
{
    const Dates none;
    QList<CaseRecord> cases = {
        makeCase(1, courtA, d(2016, 1, 5), d(2016, 3, 20), ClosureMethod::Performed,
            withMeasures ? Dates {d(2016, 1, 10), {}, d(2016, 2, 3), d(2016, 1, 15)} : none),
        makeCase(2, courtA, d(2016, 1, 20), d(2016, 4, 10), ClosureMethod::TerminatedThisRound,
            withMeasures ? Dates {d(2016, 3, 1), {}, d(2016, 2, 15), d(2016, 4, 1)} : none),
        makeCase(3, courtA, d(2016, 2, 10), d(2016, 4, 20), ClosureMethod::TerminatedThisRound,
            withMeasures ? Dates {d(2016, 2, 12), d(2016, 3, 5), {}, d(2016, 4, 25)} : none),
        makeCase(4, courtB, d(2016, 2, 1), d(2016, 3, 31), ClosureMethod::TerminatedThisRound,
            withMeasures ? Dates {{}, {}, d(2016, 3, 10), {}} : none),
        makeCase(5, courtB, d(2016, 3, 15), {}, ClosureMethod::None,
            withMeasures ? Dates {d(2016, 3, 20), d(2016, 4, 5), {}, {}} : none),
        makeCase(6, courtB, d(2015, 11, 1), d(2016, 1, 25), ClosureMethod::TerminatedThisRound,
            withMeasures ? Dates {d(2015, 11, 5), {}, {}, {}} : none),
    };
    CaseTable table;
    for (const CaseRecord &r : cases) {
        QString error;
        if (!table.append(r, &error))
            qFatal("append failed: %s", qPrintable(error));
    }
    return table;
}

DashboardData dashboardData(bool withMeasures)
{
    DashboardData data;
    auto table = std::make_shared<CaseTable>(fixture(withMeasures));
    data.input.filter.from = d(2016, 1, 1);
    data.input.filter.to = d(2016, 4, 30);
    QString error;
    auto result = Analytics::compute(*table, data.input, &error);
    if (!result)
        qFatal("compute failed: %s", qPrintable(error));
    data.table = table;
    data.result = std::make_shared<AnalyticsResult>(std::move(*result));
    data.allCourts = data.result;
    return data;
}

QList<qreal> yValues(const QLineSeries *series)
{
    QList<qreal> values;
    for (const QPointF &p : series->points())
        values.append(p.y());
    return values;
}

QList<qreal> barValues(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

bool nearlyEqual(const QList<qreal> &actual, const QList<qreal> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (std::abs(actual[i] - expected[i]) > 1e-9)
            return false;
    }
    return true;
}

QString listText(const QList<qreal> &values)
{
    QStringList parts;
    for (qreal v : values)
        parts.append(QString::number(v));
    return parts.join(QStringLiteral(", "));
}

#define COMPARE_VALUES(actual, expected)                                                                     \
    do {                                                                                                     \
        const QList<qreal> a_ = (actual);                                                                    \
        const QList<qreal> e_ = (expected);                                                                  \
        QVERIFY2(nearlyEqual(a_, e_),                                                                        \
            qPrintable(QStringLiteral("got [%1], expected [%2]").arg(listText(a_), listText(e_))));          \
    } while (false)

// Share of the pixels that differ from the most common colour.
} // namespace

class tst_MeasuresPage : public QObject
{
    Q_OBJECT

private slots:
    void monthlySeries_data();
    void monthlySeries();
    void seriesEqualTheEngine();
    void sharesByCourt();
    void terminationChecks();
    void usageTable();
    void courtClickDrillsDown();
    void messageWithoutMeasureColumns();
    void messageWithoutData();
    void paletteChangeRestyles();
    void rendersToPng();
};

void tst_MeasuresPage::monthlySeries_data()
{
    QTest::addColumn<int>("measure");
    QTest::addColumn<QList<qreal>>("expected"); // January to April 2016
    QTest::newRow("network inquiry") << int(Measure::NetworkInquiry) << QList<qreal> {1, 1, 2, 0};
    QTest::newRow("dishonest list") << int(Measure::DishonestList) << QList<qreal> {0, 0, 1, 1};
    QTest::newRow("consumption restriction")
        << int(Measure::ConsumptionRestriction) << QList<qreal> {0, 2, 1, 0};
    QTest::newRow("applicant interview") << int(Measure::ApplicantInterview) << QList<qreal> {1, 0, 0, 2};
}

void tst_MeasuresPage::monthlySeries()
{
    QFETCH(int, measure);
    QFETCH(QList<qreal>, expected);
    MeasuresPage page;
    page.setData(dashboardData(true));
    QVERIFY(!page.isShowingMessage());
    const QLineSeries *series = page.trendPanel()->series(Measure(measure));
    QVERIFY(series);
    COMPARE_VALUES(yValues(series), expected);
    // One point per month, in month order.
    const QList<QPointF> points = series->points();
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() > points[i - 1].x());
}

void tst_MeasuresPage::seriesEqualTheEngine()
{
    const DashboardData data = dashboardData(true);
    MeasuresPage page;
    page.setData(data);
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        QList<qreal> engine;
        for (const MonthlyPoint &month : data.result->monthly)
            engine.append(qreal(month.measuresApplied[size_t(m)]));
        COMPARE_VALUES(yValues(page.trendPanel()->series(Measure(m))), engine);
    }
    const QString tip = page.trendPanel()->view()->tooltipText(
        page.trendPanel()->series(Measure::NetworkInquiry), nullptr, 2, QPointF());
    QVERIFY2(tip.contains(QStringLiteral("2016-03")) && tip.contains(QStringLiteral(": 2")), qPrintable(tip));
}

void tst_MeasuresPage::sharesByCourt()
{
    MeasuresPage page;
    page.setData(dashboardData(true));
    const MeasureCourtsPanel *panel = page.courtsPanel();
    QCOMPARE(panel->courts(), (QStringList {courtA, courtB})); // top to bottom, by name
    // Bars run bottom to top: B, then A. A filed cases 1-3, B filed 4-5 in the period (6 is older).
    COMPARE_VALUES(barValues(panel->barSet(Measure::NetworkInquiry)), (QList<qreal> {50, 100}));
    COMPARE_VALUES(barValues(panel->barSet(Measure::DishonestList)), (QList<qreal> {50, 100.0 / 3}));
    COMPARE_VALUES(barValues(panel->barSet(Measure::ConsumptionRestriction)), (QList<qreal> {50, 200.0 / 3}));
    COMPARE_VALUES(barValues(panel->barSet(Measure::ApplicantInterview)), (QList<qreal> {0, 100}));
}

void tst_MeasuresPage::terminationChecks()
{
    const DashboardData data = dashboardData(true);
    MeasuresPage page;
    page.setData(data);
    const TerminationChecksPanel *panel = page.checksPanel();
    QVERIFY(!panel->isShowingMessage());
    // Dishonest list is off by default. Interview fails for 3, 4, 6; restriction for 3, 6; inquiry for 4.
    QCOMPARE(panel->checks(),
        (QList<Measure> {
            Measure::ApplicantInterview, Measure::ConsumptionRestriction, Measure::NetworkInquiry}));
    COMPARE_VALUES(barValues(panel->failingSet()), (QList<qreal> {1, 2, 3})); // bottom to top
    QVERIFY2(panel->summary().startsWith(QStringLiteral("3 of 4 ")), qPrintable(panel->summary()));
    QVERIFY2(panel->summary().contains(QStringLiteral("75.0%")), qPrintable(panel->summary()));
    // The same figures as the engine's.
    const TerminationChecks &engine = data.result->terminationChecks;
    QCOMPARE(engine.terminations, 4);
    QCOMPARE(engine.failingAny, 3);
    const qsizetype n = panel->checks().size();
    for (qsizetype i = 0; i < n; ++i)
        QCOMPARE(qint64(panel->failingSet()->at(int(n - 1 - i))), engine.failing[size_t(panel->checks()[i])]);
    // The top bar (index 2 from the bottom) is the interview check.
    const QString tip = panel->view()->tooltipText(nullptr, panel->failingSet(), 2, QPointF(2, 3));
    QVERIFY2(
        tip.contains(QStringLiteral("3 of 4")) && tip.contains(QStringLiteral("75.0%")), qPrintable(tip));
}

void tst_MeasuresPage::usageTable()
{
    const DashboardData data = dashboardData(true);
    MeasuresPage page;
    page.setData(data);
    const MeasureUsageModel *model = page.usageModel();
    QCOMPARE(model->rowCount(), 4);
    // Five cases filed in the period: inquiry 1, 2, 3, 5; dishonest 3, 5; restriction 1, 2, 4; interview 1,
    // 2, 3.
    const QList<double> shares = {0.8, 0.4, 0.6, 0.6};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model->measure(row), Measure(row));
        QCOMPARE(
            model->data(model->index(row, MeasureUsageModel::Share), MeasureUsageModel::ValueRole).toDouble(),
            shares[row]);
        const MeasureUsage &u = data.result->measures[size_t(row)];
        QCOMPARE(model->data(model->index(row, MeasureUsageModel::Used), MeasureUsageModel::ValueRole)
                     .toLongLong(),
            u.used);
        QCOMPARE(
            model->data(model->index(row, MeasureUsageModel::RecoveryWith), MeasureUsageModel::ValueRole),
            u.recoveryWith ? QVariant(*u.recoveryWith) : QVariant());
        QCOMPARE(
            model->data(model->index(row, MeasureUsageModel::PerformedWithout), MeasureUsageModel::ValueRole),
            u.performedShareWithout ? QVariant(*u.performedShareWithout) : QVariant());
    }
    // Inquiry 5, 41, 2 and 5 days after filing: median 5.
    QCOMPARE(
        model->data(model->index(0, MeasureUsageModel::MedianDays), MeasureUsageModel::ValueRole).toDouble(),
        5.0);
    QCOMPARE(model->data(model->index(0, MeasureUsageModel::Share)).toString(), QStringLiteral("80.0%"));
    QCOMPARE(model->data(model->index(0, MeasureUsageModel::Used)).toString(), QStringLiteral("4 of 5"));
}

void tst_MeasuresPage::courtClickDrillsDown()
{
    MeasuresPage page;
    page.setData(dashboardData(true));
    QSignalSpy spy(&page, &DashboardPage::drillDownRequested);
    InteractiveChartView *view = page.courtsPanel()->view();
    // Bar category 1 is the top court (A).
    Q_EMIT view->pointClicked(nullptr, 1);
    QCOMPARE(spy.size(), 1);
    const auto drill = spy.at(0).at(0).value<DrillDown>();
    QCOMPARE(drill.subset.kind, CaseSubset::Kind::Filed);
    QCOMPARE(drill.subset.courts, QStringList {courtA});
    QCOMPARE(drill.subset.from, d(2016, 1, 1));
    QCOMPARE(drill.subset.to, d(2016, 4, 30));
    QVERIFY(drill.title.contains(courtA));
}

void tst_MeasuresPage::messageWithoutMeasureColumns()
{
    MeasuresPage page;
    page.setData(dashboardData(true));
    QVERIFY(!page.isShowingMessage());
    page.setData(dashboardData(false));
    QVERIFY(page.isShowingMessage());
    const QString message = page.message();
    for (const char *column : {"网络查控日期", "纳入失信名单日期", "限制消费令日期", "约谈申请执行人日期"})
        QVERIFY2(message.contains(QString::fromUtf8(column)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Network inquiry")), qPrintable(message));
}

void tst_MeasuresPage::messageWithoutData()
{
    MeasuresPage page;
    page.setData(DashboardData());
    QVERIFY(page.isShowingMessage());
    QVERIFY(page.message().contains(QStringLiteral("No cases loaded")));
    DashboardData loading;
    loading.loading = true;
    page.setData(loading);
    QCOMPARE(page.message(), QStringLiteral("Reading the cases…"));
    DashboardData failed;
    failed.error = QStringLiteral("unknown court X");
    page.setData(failed);
    QVERIFY(page.message().contains(QStringLiteral("unknown court X")));
}

void tst_MeasuresPage::paletteChangeRestyles()
{
    MeasuresPage page;
    page.setData(dashboardData(true));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x28, 0x28, 0x28));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QVERIFY(chartStyle::isDark(dark));
    page.setPalette(dark);
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        QCOMPARE(page.trendPanel()->series(Measure(m))->pen().color(), chartStyle::seriesColor(m, dark));
    QCOMPARE(page.courtsPanel()->barSet(Measure::DishonestList)->color(), chartStyle::seriesColor(1, dark));
    QCOMPARE(page.checksPanel()->failingSet()->color(), chartStyle::color(chartStyle::Role::Bad, dark));
    QCOMPARE(page.trendPanel()->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
}

void tst_MeasuresPage::rendersToPng()
{
    MeasuresPage page;
    page.resize(1200, 900);
    page.setData(dashboardData(true));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QVERIFY(test::nonBackgroundShare(image) > 0.05);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(image.save(QStringLiteral("/tmp/shots/measures.png")));
}

QTEST_MAIN(tst_MeasuresPage)
#include "tst_measurespage.moc"
