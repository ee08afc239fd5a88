#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "charts/InteractiveChartView.h"
#include "trends/TrendsPage.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace caseload;

namespace {

CaseRecord makeCase(QDate filed, QDate closed, ClosureMethod method = ClosureMethod::Performed)
{
    CaseRecord r;
    r.courtName = QStringLiteral("北京市朝阳区人民法院");
    r.courtCode = QStringLiteral("京0105");
    r.type = CaseType::FirstEnforcement;
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = closed.isValid() ? method : ClosureMethod::None;
    return r;
}

/// Cases filed from 2017-08 to 2018-04 at a few a month; three in four close after 20-120 days,
/// and a batch of old cases closes in December 2017 (the year-end spike).
std::shared_ptr<CaseTable> makeTable()
{
    auto table = std::make_shared<CaseTable>();
    for (QDate month(2017, 8, 1); month <= QDate(2018, 4, 1); month = month.addMonths(1)) {
        const int n = 4 + month.month() % 3;
        for (int i = 0; i < n; ++i) {
            const QDate filed = month.addDays(3 * i);
            const QDate closed = i % 4 == 3 ? QDate() : filed.addDays(20 + 25 * i);
            QString error;
            if (!table->append(makeCase(filed, closed), &error))
                qFatal("append: %s", qPrintable(error));
        }
    }
    for (int i = 0; i < 6; ++i)
        table->append(
            makeCase(QDate(2017, 6, 1 + i), QDate(2017, 12, 20 + i), ClosureMethod::TerminatedThisRound));
    return table;
}

DashboardData makeData(QDate from = QDate(2017, 10, 1), QDate to = QDate(2018, 4, 30))
{
    DashboardData data;
    auto table = makeTable();
    data.table = table;
    data.input.filter.from = from;
    data.input.filter.to = to;
    QString error;
    auto result = Analytics::compute(*table, data.input, &error);
    if (!result)
        qFatal("compute: %s", qPrintable(error));
    data.result = std::make_shared<const AnalyticsResult>(std::move(*result));
    data.allCourts = data.result;
    return data;
}

template<typename T> T *seriesNamed(InteractiveChartView *view, const QString &name)
{
    const auto all = view->chart()->series();
    for (QAbstractSeries *s : all) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

QList<qreal> ys(const QList<QPointF> &points)
{
    QList<qreal> out;
    for (const QPointF &p : points)
        out.append(p.y());
    return out;
}

} // namespace

class TestTrendsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QDir().mkpath(QStringLiteral("/tmp/shots"));
    }

    void messagesWithoutResult()
    {
        TrendsPage page;
        QCOMPARE(page.key(), QStringLiteral("trends"));
        QCOMPARE(page.message(), QStringLiteral("Loading…"));
        DashboardData failed;
        failed.error = QStringLiteral("The store could not be read.");
        page.setData(failed);
        QCOMPARE(page.message(), failed.error);
        // A period before any case: months but no cases.
        page.setData(makeData(QDate(2010, 1, 1), QDate(2010, 6, 30)));
        QCOMPARE(page.message(), QStringLiteral("No cases in this period"));
        page.setData(makeData());
        QVERIFY(page.message().isEmpty());
    }

    void seriesHoldTheEnginesNumbers()
    {
        TrendsPage page;
        const DashboardData data = makeData();
        page.setData(data);
        const auto &monthly = data.result->monthly;
        QCOMPARE(monthly.size(), size_t(7));

        auto *flow = page.view(TrendsPage::Chart::Flow);
        auto *filed = seriesNamed<QLineSeries>(flow, QStringLiteral("filed"));
        auto *closed = seriesNamed<QLineSeries>(flow, QStringLiteral("closed"));
        auto *pending
            = seriesNamed<QAreaSeries>(page.view(TrendsPage::Chart::Pending), QStringLiteral("pending"));
        auto *clearance
            = seriesNamed<QLineSeries>(page.view(TrendsPage::Chart::Clearance), QStringLiteral("clearance"));
        auto *rolling = seriesNamed<QLineSeries>(
            page.view(TrendsPage::Chart::Clearance), QStringLiteral("clearanceRolling12"));
        QVERIFY(filed && closed && pending && clearance && rolling);

        QList<qreal> expectedFiled;
        QList<qreal> expectedClosed;
        QList<qreal> expectedPending;
        QList<qreal> expectedClearance;
        for (const MonthlyPoint &m : monthly) {
            expectedFiled.append(qreal(m.filed));
            expectedClosed.append(qreal(m.closed));
            expectedPending.append(qreal(m.pendingEnd));
            if (m.clearanceRate)
                expectedClearance.append(*m.clearanceRate * 100);
        }
        QCOMPARE(ys(filed->points()), expectedFiled);
        QCOMPARE(ys(closed->points()), expectedClosed);
        QCOMPARE(ys(pending->upperSeries()->points()), expectedPending);
        QCOMPARE(ys(clearance->points()), expectedClearance);
        // The fixture's months: August and September 2017 are before the period, so the first pending
        // figure carries their open cases.
        QVERIFY(monthly.front().pendingEnd > monthly.front().filed - monthly.front().closed);
        // Points sit in their month, in order.
        for (int i = 0; i < filed->count(); ++i) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(filed->at(i).x())).date();
            QCOMPARE(QDate(day.year(), day.month(), 1), monthly[size_t(i)].month);
        }
        // The rolling rate needs 12 months of data: with the period starting 2017-10 and data from
        // 2017-06, the engine gives none or few; the series shows exactly those it gives.
        int rollingCount = 0;
        for (const MonthlyPoint &m : monthly)
            rollingCount += m.clearanceRolling12.has_value();
        QCOMPARE(rolling->count(), rollingCount);

        auto *reference
            = seriesNamed<QLineSeries>(page.view(TrendsPage::Chart::Clearance), QStringLiteral("reference"));
        QVERIFY(reference);
        QCOMPARE(ys(reference->points()), (QList<qreal> {100, 100}));
        QCOMPARE(reference->pen().style(), Qt::DashLine);
    }

    void decemberAndSpringFestivalMarked()
    {
        TrendsPage page;
        page.resize(1200, 700);
        const DashboardData data = makeData();
        page.setData(data);
        // Legend markers report their visibility once the chart is on screen.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *flow = page.view(TrendsPage::Chart::Flow);
        auto *december = seriesNamed<QScatterSeries>(flow, QStringLiteral("december"));
        QVERIFY(december);
        QCOMPARE(december->count(), 1);
        // December 2017 is month 2 of the period (2017-10, 11, 12).
        const MonthlyPoint &dec = data.result->monthly[2];
        QCOMPARE(dec.month, QDate(2017, 12, 1));
        QCOMPARE(december->at(0).y(), qreal(dec.closed));
        QVERIFY(dec.closureIndex && *dec.closureIndex > 1);
        const QString tip = flow->tooltipText(december, nullptr, 0, december->at(0));
        QVERIFY2(tip.contains(QStringLiteral("2017-12")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(*dec.closureIndex, 'f', 2)), qPrintable(tip));
        QVERIFY(flow->chart()->legend()->markers(december).constFirst()->isVisible());

        // Spring Festival 2018 fell on 16 February: February 2018 is shaded on all three charts.
        for (auto chart :
            {TrendsPage::Chart::Flow, TrendsPage::Chart::Pending, TrendsPage::Chart::Clearance}) {
            auto *view = page.view(chart);
            auto *shade = seriesNamed<QAreaSeries>(view, QStringLiteral("springFestival"));
            QVERIFY(shade);
            const auto points = shade->upperSeries()->points();
            QCOMPARE(points.size(), 4);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.at(0).x())).date(), QDate(2018, 2, 1));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.at(3).x())).date(), QDate(2018, 3, 1));
            QVERIFY(
                points.at(1).y() >= view->chart()->axes(Qt::Vertical).constFirst()->property("max").toReal());
            QVERIFY(view->chart()->legend()->markers(shade).constFirst()->isVisible());
            QCOMPARE(view->tooltipText(shade, nullptr, 1, points.at(1)),
                QStringLiteral("Spring Festival: 2018-02-16"));
        }

        // A period without either: no points, no legend entries.
        page.setData(makeData(QDate(2018, 3, 1), QDate(2018, 4, 30)));
        QCOMPARE(december->count(), 0);
        QVERIFY(!flow->chart()->legend()->markers(december).constFirst()->isVisible());
        auto *shade = seriesNamed<QAreaSeries>(flow, QStringLiteral("springFestival"));
        QCOMPARE(shade->upperSeries()->count(), 0);
        QVERIFY(!flow->chart()->legend()->markers(shade).constFirst()->isVisible());
    }

    void tooltipsHaveExactValues()
    {
        TrendsPage page;
        const DashboardData data = makeData();
        page.setData(data);
        auto *flow = page.view(TrendsPage::Chart::Flow);
        auto *filed = seriesNamed<QLineSeries>(flow, QStringLiteral("filed"));
        const MonthlyPoint &jan = data.result->monthly[3];
        QCOMPARE(flow->tooltipText(filed, nullptr, 3, filed->at(3)),
            QStringLiteral("2018-01 · Filed: %1").arg(jan.filed));
        auto *clearanceView = page.view(TrendsPage::Chart::Clearance);
        auto *clearance = seriesNamed<QLineSeries>(clearanceView, QStringLiteral("clearance"));
        QVERIFY(data.result->monthly[0].clearanceRate);
        const MonthlyPoint &oct = data.result->monthly[0];
        QCOMPARE(clearanceView->tooltipText(clearance, nullptr, 0, clearance->at(0)),
            QStringLiteral("2017-10 · Clearance rate: %1% (%2 closed ÷ %3 filed)")
                .arg(QLocale().toString(*oct.clearanceRate * 100, 'f', 1))
                .arg(oct.closed)
                .arg(oct.filed));
    }

    void clickingAMonthDrillsDown()
    {
        TrendsPage page;
        page.resize(1200, 700);
        page.setData(makeData());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy drill(&page, &TrendsPage::drillDownRequested);

        auto *flow = page.view(TrendsPage::Chart::Flow);
        auto *filed = seriesNamed<QLineSeries>(flow, QStringLiteral("filed"));
        QTest::mouseClick(flow->viewport(), Qt::LeftButton, {}, flow->viewPosition(filed, 3).toPoint());
        QCOMPARE(drill.count(), 1);
        auto d = drill.takeFirst().at(0).value<DrillDown>();
        QCOMPARE(d.subset.kind, CaseSubset::Kind::Filed);
        QCOMPARE(d.subset.from, QDate(2018, 1, 1));
        QCOMPARE(d.subset.to, QDate(2018, 1, 31));
        QCOMPARE(d.title, QStringLiteral("Filed in January 2018"));

        auto *closed = seriesNamed<QLineSeries>(flow, QStringLiteral("closed"));
        Q_EMIT flow->pointClicked(closed, 4);
        QCOMPARE(drill.count(), 1);
        d = drill.takeFirst().at(0).value<DrillDown>();
        QCOMPARE(d.subset.kind, CaseSubset::Kind::Closed);
        QCOMPARE(d.subset.from, QDate(2018, 2, 1));
        QCOMPARE(d.subset.to, QDate(2018, 2, 28));
        QCOMPARE(d.title, QStringLiteral("Closed in February 2018"));

        // The December marker lists that month's closures.
        auto *december = seriesNamed<QScatterSeries>(flow, QStringLiteral("december"));
        Q_EMIT flow->pointClicked(december, 0);
        d = drill.takeFirst().at(0).value<DrillDown>();
        QCOMPARE(d.subset.kind, CaseSubset::Kind::Closed);
        QCOMPARE(d.subset.from, QDate(2017, 12, 1));
        QCOMPARE(d.subset.to, QDate(2017, 12, 31));

        // A click inside the pending area, below March's point.
        auto *pendingView = page.view(TrendsPage::Chart::Pending);
        auto *pending = seriesNamed<QAreaSeries>(pendingView, QStringLiteral("pending"));
        const QPointF march = pending->upperSeries()->at(5);
        const QPointF inside
            = pendingView->chart()->mapToPosition(QPointF(march.x(), march.y() / 2), pending);
        QTest::mouseClick(pendingView->viewport(), Qt::LeftButton, {},
            pendingView->mapFromScene(pendingView->chart()->mapToScene(inside)));
        QCOMPARE(drill.count(), 1);
        d = drill.takeFirst().at(0).value<DrillDown>();
        QCOMPARE(d.subset.kind, CaseSubset::Kind::Pending);
        QCOMPARE(d.subset.asOf, QDate(2018, 3, 31));
        QCOMPARE(d.title, QStringLiteral("Pending at the end of March 2018"));
    }

    void zoomIsShared()
    {
        TrendsPage page;
        page.resize(1200, 700);
        page.setData(makeData());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *flow = page.view(TrendsPage::Chart::Flow);
        auto *pending = page.view(TrendsPage::Chart::Pending);
        auto *clearance = page.view(TrendsPage::Chart::Clearance);
        const QPointF full = flow->horizontalRange();
        QCOMPARE(pending->horizontalRange(), full);
        pending->zoomBy(2);
        QVERIFY(flow->isZoomed());
        QCOMPARE(flow->horizontalRange(), pending->horizontalRange());
        QCOMPARE(clearance->horizontalRange(), pending->horizontalRange());
        clearance->panBy(50);
        QCOMPARE(flow->horizontalRange(), clearance->horizontalRange());
        flow->resetZoom();
        QCOMPARE(pending->horizontalRange(), full);
        QCOMPARE(clearance->horizontalRange(), full);
        // New data resets the zoom.
        pending->zoomBy(3);
        page.setData(makeData());
        QVERIFY(!flow->isZoomed() && !pending->isZoomed() && !clearance->isZoomed());
    }

    void paletteChangeRestyles()
    {
        TrendsPage page;
        page.setData(makeData());
        QPalette dark = page.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        page.setPalette(dark);
        QCOMPARE(
            page.view(TrendsPage::Chart::Flow)->chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
        QCOMPARE(page.view(TrendsPage::Chart::Clearance)->chart()->legend()->labelColor(),
            QColor(0xee, 0xee, 0xee));
        QEvent language(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &language);
        QCOMPARE(page.title(), QStringLiteral("Trends"));
        QVERIFY(!page.view(TrendsPage::Chart::Flow)->accessibleName().isEmpty());
    }

    void rendersToPng_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("file");
        // The page's share of a 1366x768 window (page list and filter bar beside and above it) and
        // of a 1920x1080 one.
        QTest::newRow("1366x768") << QSize(1140, 620) << QStringLiteral("/tmp/shots/trends.png");
        QTest::newRow("1920x1080") << QSize(1690, 930) << QStringLiteral("/tmp/shots/trends-1920.png");
    }

    void rendersToPng()
    {
        QFETCH(QSize, size);
        QFETCH(QString, file);
        TrendsPage page;
        page.resize(size);
        page.setData(makeData(QDate(2016, 1, 1), QDate(2018, 4, 30)));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage image = page.grab().toImage();
        QVERIFY(image.save(file));
        // Not blank: the most common colour (the background) covers well under all of the page, and
        // there are many colours.
        QHash<QRgb, int> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                ++colours[image.pixel(x, y)];
        }
        int most = 0;
        int total = 0;
        for (int n : std::as_const(colours)) {
            most = std::max(most, n);
            total += n;
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY2(most < total * 0.95, qPrintable(QString::number(double(most) / total)));
    }
};

QTEST_MAIN(TestTrendsPage)
#include "tst_trendspage.moc"
