#include "overview/IndicatorCard.h"
#include "overview/OverviewPage.h"
#include "overview/Sparkline.h"

#include "analytics/Analytics.h"
#include "charts/ChartStyle.h"
#include "dashboard/DashboardController.h"

#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <map>

using namespace caseload;

using Indicator = OverviewPage::Indicator;
using Light = IndicatorCard::Light;
Q_DECLARE_METATYPE(caseload::IndicatorCard::Light)

namespace {

const QString court = QString::fromUtf8("北京市朝阳区人民法院");

CaseRecord make(QDate filed, QDate closed = {}, ClosureMethod method = ClosureMethod::None,
    std::optional<qint64> appliedYuan = {}, std::optional<qint64> recoveredYuan = {})
{
    CaseRecord r;
    r.courtName = court;
    r.courtCode = QString::fromUtf8("京0105");
    r.type = CaseType::FirstEnforcement;
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = method;
    r.hasProperty = true;
    if (appliedYuan)
        r.appliedFen = *appliedYuan * 100;
    if (recoveredYuan)
        r.recoveredFen = *recoveredYuan * 100;
    return r;
}

// Worked by hand for March 2018:
//   filed 4 (03-01, 03-02, 03-03, 03-05), closed 3 → clearance 75.0%;
//   pending at 03-31: the January case and 03-05 → 2; disposition 31 × 2 ÷ 3 = 20.7 days;
//   days to closure 9, 10, 12 → median 10; all within six months → 100.0%;
//   recovered 1000 + 0 + 250 of 1000 + 500 + 500 yuan → 62.5%.
// February 2018: filed 2, closed 2 → 100.0%; pending at 02-28: 1 (the January case).
std::shared_ptr<const CaseTable> smallTable()
{
    auto table = std::make_shared<CaseTable>();
    const QList<CaseRecord> cases = {
        make(QDate(2018, 1, 10)),
        make(QDate(2018, 2, 1), QDate(2018, 2, 20), ClosureMethod::Performed),
        make(QDate(2018, 2, 5), QDate(2018, 2, 25), ClosureMethod::Performed),
        make(QDate(2018, 3, 1), QDate(2018, 3, 10), ClosureMethod::Performed, 1000, 1000),
        make(QDate(2018, 3, 2), QDate(2018, 3, 12), ClosureMethod::TerminatedThisRound, 500, 0),
        make(QDate(2018, 3, 3), QDate(2018, 3, 15), ClosureMethod::Performed, 500, 250),
        make(QDate(2018, 3, 5)),
    };
    for (const CaseRecord &r : cases)
        table->append(r);
    return table;
}

std::shared_ptr<const AnalyticsResult> compute(const CaseTable &table, QDate from, QDate to)
{
    AnalyticsInput in;
    in.filter.from = from;
    in.filter.to = to;
    QString error;
    auto r = Analytics::compute(table, in, &error);
    if (!r)
        qFatal("compute: %s", qPrintable(error));
    return std::make_shared<const AnalyticsResult>(std::move(*r));
}

DashboardData marchData(bool comparisons)
{
    DashboardData d;
    d.table = smallTable();
    d.input.filter.from = QDate(2018, 3, 1);
    d.input.filter.to = QDate(2018, 3, 31);
    d.result = compute(*d.table, QDate(2018, 3, 1), QDate(2018, 3, 31));
    d.allCourts = d.result;
    if (comparisons) {
        d.previous = compute(*d.table, QDate(2018, 2, 1), QDate(2018, 2, 28));
        d.trailing12 = compute(*d.table, QDate(2017, 4, 1), QDate(2018, 3, 31));
    }
    return d;
}

QString pct(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

/// More than one colour over a good share of the image.
bool notBlank(const QImage &image)
{
    std::map<QRgb, qint64> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    }
    qint64 total = 0, most = 0;
    for (const auto &[colour, n] : counts) {
        total += n;
        most = std::max(most, n);
    }
    return counts.size() > 10 && double(total - most) / double(total) > 0.05;
}

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheEngineValues();
    void handWorkedFigures();
    void changesAndSparklines();
    void missingComparisons();
    void notComputableShowsTheReason();
    void lightFor_data();
    void lightFor();
    void lightOnTheCards_data();
    void lightOnTheCards();
    void changeColours();
    void messages();
    void responsiveGrid_data();
    void responsiveGrid();
    void fitsWithoutScrolling();
    void keyboardAndDrillDown();
    void screenshot();
};

void TestOverviewPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOverviewPage::showsTheEngineValues()
{
    OverviewPage page;
    QCOMPARE(page.key(), QStringLiteral("overview"));
    const DashboardData d = marchData(true);
    page.setData(d);
    QVERIFY(!page.isShowingMessage());
    const AnalyticsResult &r = *d.result;

    QCOMPARE(page.card(Indicator::ClearanceRate)->valueLabel()->text(), pct(*r.flow.clearanceRate));
    QCOMPARE(page.card(Indicator::Pending)->valueLabel()->text(), QLocale().toString(r.flow.pendingEnd));
    QCOMPARE(page.card(Indicator::DispositionTime)->valueLabel()->text(),
        QLocale().toString(*r.flow.dispositionTimeDays, 'f', 0));
    QCOMPARE(page.card(Indicator::MedianDays)->valueLabel()->text(),
        QLocale().toString(*r.durations.medianDays, 'f', 0));
    QCOMPARE(page.card(Indicator::WithinLimit)->valueLabel()->text(), pct(*r.durations.withinLimitShareNet));
    QCOMPARE(page.card(Indicator::RecoveryRatio)->valueLabel()->text(), pct(*r.recovery.ratio));
    for (int i = 0; i < 5; ++i) {
        const CoreIndicator &c = r.core[size_t(i)];
        IndicatorCard *card = page.card(Indicator(int(Indicator::Core1) + i));
        if (c.computable) {
            QCOMPARE(card->valueLabel()->text(), pct(*c.value));
            QVERIFY(card->reasonLabel()->isHidden());
            QCOMPARE(card->content().target, QStringLiteral("Target ≥ ") + pct(c.target));
        } else {
            QCOMPARE(card->reasonLabel()->text(), c.reason);
        }
    }
    // Tooltips carry the exact numbers.
    QCOMPARE(page.card(Indicator::ClearanceRate)->toolTip().section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("Closed %1 ÷ filed %2 = %3")
            .arg(r.flow.closed)
            .arg(r.flow.filed)
            .arg(pct(*r.flow.clearanceRate)));
    QVERIFY(
        page.card(Indicator::Core1)
            ->toolTip()
            .startsWith(QStringLiteral("%1 ÷ %2 = ").arg(r.core[0].numerator).arg(r.core[0].denominator)));
}

void TestOverviewPage::handWorkedFigures()
{
    OverviewPage page;
    page.setData(marchData(true));
    QCOMPARE(page.card(Indicator::ClearanceRate)->valueLabel()->text(), QStringLiteral("75.0%"));
    QCOMPARE(page.card(Indicator::ClearanceRate)->content().target, QStringLiteral("Aim ≥ 100.0%"));
    QCOMPARE(page.card(Indicator::ClearanceRate)->content().light, Light::Bad);
    QCOMPARE(page.card(Indicator::Pending)->valueLabel()->text(), QStringLiteral("2"));
    QCOMPARE(page.card(Indicator::Pending)->content().light, Light::Neutral);
    QCOMPARE(page.card(Indicator::DispositionTime)->valueLabel()->text(), QStringLiteral("21"));
    QVERIFY(page.card(Indicator::DispositionTime)
                ->toolTip()
                .startsWith(QStringLiteral("31 days × 2 pending ÷ 3 closed = 20.7 days")));
    QCOMPARE(page.card(Indicator::MedianDays)->valueLabel()->text(), QStringLiteral("10"));
    QCOMPARE(page.card(Indicator::WithinLimit)->valueLabel()->text(), QStringLiteral("100.0%"));
    QCOMPARE(page.card(Indicator::RecoveryRatio)->valueLabel()->text(), QStringLiteral("62.5%"));
    QVERIFY(page.card(Indicator::RecoveryRatio)
                ->toolTip()
                .startsWith(
                    QStringLiteral("Recovered ¥1,250.00 ÷ applied ¥2,000.00 over 3 closed cases = 62.5%")));
}

void TestOverviewPage::changesAndSparklines()
{
    OverviewPage page;
    const DashboardData d = marchData(true);
    page.setData(d);
    // Clearance 75.0% against 100.0% in February: 25.0 points down, for the worse.
    IndicatorCard *clearance = page.card(Indicator::ClearanceRate);
    QCOMPARE(clearance->content().previous.text, QStringLiteral("▼ 25.0 pp"));
    QCOMPARE(clearance->content().previous.trend, IndicatorCard::Trend::Worse);
    QCOMPARE(clearance->previousLabel()->text(), QStringLiteral("▼ 25.0 pp vs previous period"));
    QCOMPARE(clearance->previousLabel()->toolTip(),
        QStringLiteral("Previous period (2018-02-01 to 2018-02-28): 100.0%"));
    // Pending 2 against 1: +100.0%, up is bad.
    IndicatorCard *pending = page.card(Indicator::Pending);
    QCOMPARE(pending->content().previous.text, QStringLiteral("▲ 100.0%"));
    QCOMPARE(pending->content().previous.trend, IndicatorCard::Trend::Worse);
    // Median 10 days against February's 19 and 20 (19.5): -48.7%, down is good.
    IndicatorCard *median = page.card(Indicator::MedianDays);
    QCOMPARE(*d.previous->durations.medianDays, 19.5);
    QCOMPARE(median->content().previous.text, QStringLiteral("▼ 48.7%"));
    QCOMPARE(median->content().previous.trend, IndicatorCard::Trend::Better);
    // No year-ago data: a dash.
    QCOMPARE(clearance->content().yearAgo.text, QStringLiteral("—"));
    QCOMPARE(clearance->yearAgoLabel()->text(), QStringLiteral("— vs same period last year"));

    // Sparklines: the trailing twelve months of the engine's monthly series.
    const auto &months = d.trailing12->monthly;
    QCOMPARE(months.size(), size_t(12));
    const QList<double> clearanceLine = clearance->sparkline()->values();
    QCOMPARE(clearanceLine.size(), 12);
    for (size_t m = 0; m < months.size(); ++m) {
        if (months[m].clearanceRate)
            QCOMPARE(clearanceLine[qsizetype(m)], *months[m].clearanceRate);
        else
            QVERIFY(std::isnan(clearanceLine[qsizetype(m)]));
    }
    QCOMPARE(clearanceLine.constLast(), 0.75);
    QCOMPARE(clearanceLine[10], 1.0);
    QCOMPARE(clearanceLine[9], 0.0); // January: 1 filed, none closed
    QVERIFY(clearance->sparkline()->isVisibleTo(clearance));
    QCOMPARE(clearance->sparkline()->points().size(), 3);
    const QList<double> pendingLine = pending->sparkline()->values();
    QCOMPARE(pendingLine.mid(9), (QList<double> {1, 1, 2}));
    QVERIFY(clearance->toolTip().contains(QStringLiteral("2018-03: 75.0%")));
    // Indicators without a monthly series have no sparkline.
    QVERIFY(median->sparkline()->values().isEmpty());
    QVERIFY(!median->sparkline()->isVisibleTo(median));
}

void TestOverviewPage::missingComparisons()
{
    // dataReady comes first: values without changes or sparklines; then comparisonsReady.
    OverviewPage page;
    page.setData(marchData(false));
    IndicatorCard *clearance = page.card(Indicator::ClearanceRate);
    QCOMPARE(clearance->valueLabel()->text(), QStringLiteral("75.0%"));
    QCOMPARE(clearance->content().previous.text, QStringLiteral("—"));
    QCOMPARE(clearance->content().yearAgo.text, QStringLiteral("—"));
    QVERIFY(clearance->sparkline()->values().isEmpty());
    page.setData(marchData(true));
    QCOMPARE(clearance->content().previous.text, QStringLiteral("▼ 25.0 pp"));
    QCOMPARE(clearance->sparkline()->values().size(), 12);
}

void TestOverviewPage::notComputableShowsTheReason()
{
    OverviewPage page;
    const DashboardData d = marchData(true);
    page.setData(d);
    // No measure columns (indicator 2), no petition figures (3), three years of data lacking (4).
    for (int i : {1, 2, 3}) {
        const CoreIndicator &c = d.result->core[size_t(i)];
        QVERIFY2(!c.computable, qPrintable(c.key));
        QVERIFY(!c.reason.isEmpty());
        IndicatorCard *card = page.card(Indicator(int(Indicator::Core1) + i));
        QVERIFY(card->valueLabel()->isHidden());
        QVERIFY(!card->reasonLabel()->isHidden());
        QCOMPARE(card->reasonLabel()->text(), c.reason);
        QCOMPARE(card->content().light, Light::Off);
        QVERIFY(card->accessibleDescription().contains(c.reason));
    }
    // Clearance with nothing filed: the page's own reason.
    DashboardData empty;
    empty.table = d.table;
    empty.result = compute(*d.table, QDate(2017, 6, 1), QDate(2017, 6, 30));
    page.setData(empty);
    QCOMPARE(page.card(Indicator::ClearanceRate)->reasonLabel()->text(),
        QStringLiteral("No case was filed in the period."));
    QCOMPARE(page.card(Indicator::Pending)->valueLabel()->text(), QStringLiteral("0"));
}

void TestOverviewPage::lightFor_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<Light>("light");
    QTest::newRow("above") << 0.95 << 0.90 << Light::Good;
    QTest::newRow("exactly the target") << 0.90 << 0.90 << Light::Good;
    QTest::newRow("9 of 10") << 9.0 / 10.0 << 0.90 << Light::Good;
    QTest::newRow("a hair below") << 0.8999 << 0.90 << Light::Warning;
    QTest::newRow("4.9 points below") << 0.851 << 0.90 << Light::Warning;
    QTest::newRow("5 points below") << 0.85 << 0.90 << Light::Warning;
    QTest::newRow("5.1 points below") << 0.849 << 0.90 << Light::Bad;
    QTest::newRow("clearance 100%") << 1.0 << 1.0 << Light::Good;
    QTest::newRow("clearance 96%") << 0.96 << 1.0 << Light::Warning;
    QTest::newRow("clearance 94%") << 0.94 << 1.0 << Light::Bad;
    QTest::newRow("zero") << 0.0 << 0.8 << Light::Bad;
}

void TestOverviewPage::lightFor()
{
    QFETCH(double, value);
    QFETCH(double, target);
    QTEST(IndicatorCard::lightFor(value, target), "light");
}

void TestOverviewPage::lightOnTheCards_data()
{
    QTest::addColumn<double>("clearance");
    QTest::addColumn<double>("indicator1");
    QTest::addColumn<Light>("clearanceLight");
    QTest::addColumn<Light>("indicator1Light");
    QTest::newRow("both met") << 1.02 << 0.91 << Light::Good << Light::Good;
    QTest::newRow("both close") << 0.97 << 0.88 << Light::Warning << Light::Warning;
    QTest::newRow("both far") << 0.90 << 0.80 << Light::Bad << Light::Bad;
}

void TestOverviewPage::lightOnTheCards()
{
    QFETCH(double, clearance);
    QFETCH(double, indicator1);
    // A hand-made result: the lights follow the values against the targets.
    auto r = std::make_shared<AnalyticsResult>(*marchData(false).result);
    r->flow.clearanceRate = clearance;
    r->core[0].computable = true;
    r->core[0].value = indicator1;
    r->core[0].target = 0.9;
    DashboardData d;
    d.table = smallTable();
    d.result = r;
    OverviewPage page;
    page.setData(d);
    QTEST(page.card(Indicator::ClearanceRate)->content().light, "clearanceLight");
    QTEST(page.card(Indicator::Core1)->content().light, "indicator1Light");
    QCOMPARE(page.card(Indicator::Core1)->valueLabel()->text(), pct(indicator1));
    // Indicators without a target: neutral light.
    QCOMPARE(page.card(Indicator::DispositionTime)->content().light, Light::Neutral);
    QCOMPARE(page.card(Indicator::RecoveryRatio)->content().light, Light::Neutral);
}

void TestOverviewPage::changeColours()
{
    OverviewPage page;
    page.setData(marchData(true));
    const QPalette palette = page.palette();
    // Pending up (bad), median down (good), clearance year-ago missing (plain text colour).
    QCOMPARE(page.card(Indicator::Pending)->previousLabel()->palette().color(QPalette::WindowText),
        chartStyle::color(chartStyle::Role::Bad, palette));
    QCOMPARE(page.card(Indicator::MedianDays)->previousLabel()->palette().color(QPalette::WindowText),
        chartStyle::color(chartStyle::Role::Good, palette));
    QCOMPARE(page.card(Indicator::ClearanceRate)->yearAgoLabel()->palette().color(QPalette::WindowText),
        palette.color(QPalette::WindowText));
}

void TestOverviewPage::messages()
{
    OverviewPage page;
    QVERIFY(page.isShowingMessage());
    QVERIFY(page.message().contains(QStringLiteral("No cases loaded")));
    DashboardData loading; // DashboardView::setLoading: the store's cases are being read
    loading.loading = true;
    page.setData(loading);
    QCOMPARE(page.message(), QStringLiteral("Reading the cases…"));
    DashboardData d;
    d.table = smallTable();
    d.error = QStringLiteral("unknown court: X");
    page.setData(d);
    QVERIFY(page.isShowingMessage());
    QCOMPARE(page.message(), QStringLiteral("The figures cannot be computed: unknown court: X"));
    page.setData(marchData(false));
    QVERIFY(!page.isShowingMessage());
}

void TestOverviewPage::responsiveGrid_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("columns");
    QTest::newRow("1366 wide window") << 1366 - 200 << 4;
    QTest::newRow("1920 wide window") << 1920 - 200 << 4;
    QTest::newRow("narrow") << 560 << 2;
    QTest::newRow("very narrow") << 300 << 1;
}

void TestOverviewPage::responsiveGrid()
{
    QFETCH(int, width);
    OverviewPage page;
    page.setData(marchData(true));
    page.resize(width, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTEST(page.columns(), "columns");
}

void TestOverviewPage::fitsWithoutScrolling()
{
    // 1366×768 less the window's title, menu, filter and status bars and the page list.
    OverviewPage page;
    page.setData(marchData(true));
    page.resize(1366 - 200, 768 - 130);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *scroll = page.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->widget()->height() > 0);
    qInfo("cards area %dx%d, needs %d", scroll->viewport()->width(), scroll->viewport()->height(),
        scroll->widget()->sizeHint().height());
    QVERIFY(!scroll->verticalScrollBar()->isVisible());
    // Every card shows its title in full (no card narrower than its minimum).
    for (int i = 0; i < OverviewPage::IndicatorCount; ++i) {
        IndicatorCard *card = page.card(Indicator(i));
        QVERIFY(card->width() >= card->minimumSizeHint().width());
    }
}

void TestOverviewPage::keyboardAndDrillDown()
{
    OverviewPage page;
    const DashboardData d = marchData(true);
    page.setData(d);
    QSignalSpy drill(&page, &DashboardPage::drillDownRequested);
    IndicatorCard *pending = page.card(Indicator::Pending);
    QCOMPARE(pending->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(pending->accessibleName(), QStringLiteral("Pending at period end"));
    QVERIFY(pending->accessibleDescription().startsWith(QStringLiteral("2; ")));
    QTest::keyClick(pending, Qt::Key_Return);
    QCOMPARE(drill.count(), 1);
    const auto pendingDrill = drill.at(0).at(0).value<DrillDown>();
    QCOMPARE(pendingDrill.subset.kind, CaseSubset::Kind::Pending);
    QCOMPARE(pendingDrill.subset.asOf, QDate(2018, 3, 31));
    QTest::mouseClick(page.card(Indicator::ClearanceRate), Qt::LeftButton);
    QCOMPARE(drill.count(), 2);
    const auto closedDrill = drill.at(1).at(0).value<DrillDown>();
    QCOMPARE(closedDrill.subset.kind, CaseSubset::Kind::Closed);
    QCOMPARE(closedDrill.subset.from, QDate(2018, 3, 1));
    QCOMPARE(closedDrill.subset.to, QDate(2018, 3, 31));
    // Core indicators do not drill down.
    QTest::keyClick(page.card(Indicator::Core1), Qt::Key_Space);
    QCOMPARE(drill.count(), 2);
}

void TestOverviewPage::screenshot()
{
    // Two years of cases in three courts, through the controller as the application does.
    auto table = std::make_shared<CaseTable>();
    const QStringList courts
        = {court, QString::fromUtf8("北京市海淀区人民法院"), QString::fromUtf8("北京市东城区人民法院")};
    int n = 0;
    for (QDate month(2016, 1, 1); month <= QDate(2018, 3, 1); month = month.addMonths(1)) {
        const int cases = 20 + (month.month() == 1 ? 8 : 0) - (month.month() == 2 ? 6 : 0);
        for (int k = 0; k < cases; ++k, ++n) {
            CaseRecord r = make(month.addDays(k % 27));
            r.courtName = courts[k % 3];
            r.courtCode = QStringLiteral("京01%1").arg(k % 3 + 1, 2, 10, QLatin1Char('0'));
            r.hasProperty = n % 5 != 0;
            r.appliedFen = 100000 * (1 + n % 7);
            r.networkInquiryOn = r.filedOn.addDays(10 + n % 20);
            if (n % 4 != 0) {
                const QDate closed = r.filedOn.addDays(15 + (n * 37) % 200);
                if (closed <= QDate(2018, 3, 20)) {
                    r.closedOn = closed;
                    r.closureMethod = n % 3 ? ClosureMethod::Performed : ClosureMethod::TerminatedThisRound;
                    r.recoveredFen = r.closureMethod == ClosureMethod::Performed ? *r.appliedFen : 0;
                }
            }
            table->append(r);
        }
    }
    DashboardController controller;
    QSignalSpy comparisons(&controller, &DashboardController::comparisonsReady);
    controller.setTable(table);
    CaseFilter f;
    f.from = QDate(2018, 1, 1);
    f.to = QDate(2018, 3, 31);
    controller.setFilter(f);
    QVERIFY(comparisons.wait(10000));

    OverviewPage page;
    page.setData(controller.current());
    page.resize(1366 - 200, 768 - 130);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QVERIFY(notBlank(image));
    QVERIFY(image.save(QStringLiteral("/tmp/shots/overview.png")));
    page.resize(1920 - 220, 1080 - 130);
    QTest::qWait(10);
    QVERIFY(page.grab().save(QStringLiteral("/tmp/shots/overview-1920.png")));

    // A dark palette recolours the changes (PaletteChange).
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    page.setPalette(dark);
    page.resize(1366 - 200, 768 - 130);
    IndicatorCard *pending = page.card(Indicator::Pending);
    QCOMPARE(pending->previousLabel()->palette().color(QPalette::WindowText),
        chartStyle::color(pending->content().previous.trend == IndicatorCard::Trend::Worse
                ? chartStyle::Role::Bad
                : chartStyle::Role::Good,
            pending->palette()));
    QVERIFY(page.grab().save(QStringLiteral("/tmp/shots/overview-dark.png")));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
