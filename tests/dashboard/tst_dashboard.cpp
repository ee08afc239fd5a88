#include "DashboardView.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "cases/CaseListModel.h"
#include "cases/CasesPage.h"
#include "charts/InteractiveChartView.h"
#include "courts/CourtsPage.h"
#include "dashboard/DashboardController.h"
#include "dashboard/DashboardPage.h"
#include "filter/FilterBar.h"
#include "filter/FilterState.h"
#include "overview/IndicatorCard.h"
#include "overview/OverviewPage.h"
#include "store/Store.h"
#include "trends/TrendsPage.h"

#include <QAction>
#include <QChart>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace caseload;

namespace {

const QString courtA = QString::fromUtf8("北京市朝阳区人民法院");
const QString courtB = QString::fromUtf8("北京市海淀区人民法院");

CaseRecord makeCase(int n, const QString &court, const QString &code, QDate filed, QDate closed = {},
    ClosureMethod method = ClosureMethod::None)
{
    CaseRecord r;
    r.caseNumber = QString::fromUtf8("（2018）%1执%2号").arg(code).arg(n);
    r.courtName = court;
    r.courtCode = code;
    r.type = CaseType::FirstEnforcement;
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = closed.isValid() ? method : ClosureMethod::None;
    return r;
}

/// Seven cases in two courts, January to March 2018. By hand:
/// filed per month, both courts: 3, 1, 3; court A: 2, 1, 1; court B: 1, 0, 2.
/// closed per month, both courts: 0, 2, 2 (court A: 0, 2, 1).
QList<CaseRecord> fixture()
{
    return {
        makeCase(1, courtA, QStringLiteral("京0105"), {2018, 1, 5}, {2018, 2, 10}, ClosureMethod::Performed),
        makeCase(2, courtA, QStringLiteral("京0105"), {2018, 1, 20}),
        makeCase(3, courtA, QStringLiteral("京0105"), {2018, 2, 3}, {2018, 2, 25},
            ClosureMethod::TerminatedThisRound),
        makeCase(4, courtA, QStringLiteral("京0105"), {2018, 3, 15}, {2018, 3, 30}, ClosureMethod::Performed),
        makeCase(5, courtB, QStringLiteral("京0108"), {2018, 1, 10}, {2018, 3, 5}, ClosureMethod::Performed),
        makeCase(6, courtB, QStringLiteral("京0108"), {2018, 3, 1}),
        makeCase(7, courtB, QStringLiteral("京0108"), {2018, 3, 20}),
    };
}

QList<qreal> yValues(const QXYSeries *series)
{
    QList<qreal> ys;
    const QList<QPointF> points = series->points();
    for (const QPointF &p : points)
        ys.append(p.y());
    return ys;
}

} // namespace

/// The dashboard as a whole: the filter bar, the controller and the pages wired by DashboardView.
class tst_Dashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filterChangeUpdatesCardsAndCharts();
    void sparklinesOfFiguresWithoutMonthlySeries();
    void monthClickDrillsDownToCasesAndBackReturns();
    void courtSelectionFiltersEveryPage();
    void everyPageRendersToANonBlankPng();
    void pageAndFilterPersist();

private:
    /// A view on the fixture, with the whole data as the period; waits for its first refresh.
    std::unique_ptr<DashboardView> openView();
    TrendsPage *trends() const { return qobject_cast<TrendsPage *>(m_view->page(QStringLiteral("trends"))); }
    QXYSeries *series(TrendsPage *page, TrendsPage::Chart chart, const QString &name) const;
    bool waitForData();

    QTemporaryDir m_dir;
    QString m_location;
    std::shared_ptr<const CaseTable> m_table;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DashboardView> m_view;
};

void tst_Dashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = m_dir.filePath(QStringLiteral("cases.sqlite"));
    m_table = test::storeAndLoad(m_location, fixture());
    QVERIFY(m_table);
}

void tst_Dashboard::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FilterState state;
    state.preset = FilterState::Preset::AllData;
    state.save(*m_settings);
    m_view = openView();
    QVERIFY(m_view);
}

void tst_Dashboard::cleanup()
{
    m_view.reset();
    m_settings.reset();
}

std::unique_ptr<DashboardView> tst_Dashboard::openView()
{
    auto view = std::make_unique<DashboardView>(*m_settings);
    view->resize(1366, 768);
    view->show();
    QSignalSpy comparisons(view->controller(), &DashboardController::comparisonsReady);
    view->setStore(m_location, m_table, AnalyticsInput());
    if (!comparisons.wait(10000))
        return nullptr;
    return view;
}

bool tst_Dashboard::waitForData()
{
    QSignalSpy comparisons(m_view->controller(), &DashboardController::comparisonsReady);
    return comparisons.wait(10000);
}

QXYSeries *tst_Dashboard::series(TrendsPage *page, TrendsPage::Chart chart, const QString &name) const
{
    const QList<QAbstractSeries *> all = page->view(chart)->chart()->series();
    for (QAbstractSeries *s : all) {
        if (s->objectName() == name)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

void tst_Dashboard::filterChangeUpdatesCardsAndCharts()
{
    auto *overview = qobject_cast<OverviewPage *>(m_view->page(QStringLiteral("overview")));
    QVERIFY(overview);
    QXYSeries *filed = series(trends(), TrendsPage::Chart::Flow, QStringLiteral("filed"));
    QVERIFY(filed);
    QCOMPARE(yValues(filed), (QList<qreal> {3, 1, 3}));
    // Clearance over the period: 4 closed ÷ 7 filed = 57.1%.
    QVERIFY2(overview->card(OverviewPage::Indicator::ClearanceRate)
                 ->valueLabel()
                 ->text()
                 .contains(QStringLiteral("57.1")),
        qPrintable(overview->card(OverviewPage::Indicator::ClearanceRate)->valueLabel()->text()));

    QSignalSpy changed(m_view->filterBar(), &FilterBar::filterChanged);
    m_view->filterBar()->setCourts({courtA});
    QCOMPARE(changed.count(), 1);
    QVERIFY(waitForData());
    filed = series(trends(), TrendsPage::Chart::Flow, QStringLiteral("filed"));
    QCOMPARE(yValues(filed), (QList<qreal> {2, 1, 1}));
    QCOMPARE(yValues(series(trends(), TrendsPage::Chart::Flow, QStringLiteral("closed"))),
        (QList<qreal> {0, 2, 1}));
    // Court A: 3 closed ÷ 4 filed = 75.0%, pending at the end 1 — the engine's figures for the same input.
    QVERIFY(overview->card(OverviewPage::Indicator::ClearanceRate)
                ->valueLabel()
                ->text()
                .contains(QStringLiteral("75.0")));
    const DashboardData data = m_view->controller()->current();
    QString error;
    const auto expected = Analytics::compute(*m_table, data.input, &error);
    QVERIFY2(expected, qPrintable(error));
    QCOMPARE(expected->flow.pendingEnd, 1);
    QCOMPARE(data.result->flow.pendingEnd, expected->flow.pendingEnd);
    QCOMPARE(overview->card(OverviewPage::Indicator::Pending)->valueLabel()->text(), QStringLiteral("1"));
}

void tst_Dashboard::sparklinesOfFiguresWithoutMonthlySeries()
{
    auto *overview = qobject_cast<OverviewPage *>(m_view->page(QStringLiteral("overview")));
    // The data start in January 2018: the trailing months are January to March, each computed alone.
    const DashboardData data = m_view->controller()->current();
    QCOMPARE(data.trailingMonths.size(), size_t(3));
    QCOMPARE(data.trailingMonths[1]->from, QDate(2018, 2, 1));
    QCOMPARE(data.trailingMonths[1]->to, QDate(2018, 2, 28));
    // Median days to closure by closure month, by hand: January none; February 36 (case 1) and 22
    // (case 3) -> 29; March 15 (case 4) and 54 (case 5) -> 34.5.
    const QList<double> medians = overview->card(OverviewPage::Indicator::MedianDays)->content().sparkline;
    QCOMPARE(medians.size(), 3);
    QVERIFY(std::isnan(medians[0]));
    QCOMPARE(medians[1], 29.0);
    QCOMPARE(medians[2], 34.5);
}

void tst_Dashboard::monthClickDrillsDownToCasesAndBackReturns()
{
    m_view->showPage(QStringLiteral("trends"));
    InteractiveChartView *view = trends()->view(TrendsPage::Chart::Flow);
    QXYSeries *filed = series(trends(), TrendsPage::Chart::Flow, QStringLiteral("filed"));
    QSignalSpy shown(m_view->casesPage(), &CasesPage::rowsShown);
    Q_EMIT view->pointClicked(filed, 0); // January 2018

    QCOMPARE(m_view->currentPage(), m_view->casesPage());
    QTRY_VERIFY(!m_view->casesPage()->isBusy());
    // Filed in January 2018, both courts: cases 1, 2 (court A) and 5 (court B).
    QCOMPARE(m_view->casesPage()->drillDown().subset.kind, CaseSubset::Kind::Filed);
    QCOMPARE(m_view->casesPage()->drillDown().subset.from, QDate(2018, 1, 1));
    QCOMPARE(m_view->casesPage()->drillDown().subset.to, QDate(2018, 1, 31));
    QCOMPARE(m_view->casesPage()->model()->rowCount(), 3);
    QSet<qint64> rows;
    for (int i = 0; i < 3; ++i)
        rows.insert(m_view->casesPage()->model()->tableRow(i));
    for (qint64 row : std::as_const(rows))
        QCOMPARE(m_table->filedDay(row) >= 0, true);
    QTRY_COMPARE(m_view->casesPage()->model()->caseNumber(0).isEmpty(), false);

    QVERIFY(m_view->canGoBack());
    m_view->backAction()->trigger();
    QCOMPARE(m_view->currentPage(), static_cast<DashboardPage *>(trends()));
}

void tst_Dashboard::courtSelectionFiltersEveryPage()
{
    m_view->showPage(QStringLiteral("courts"));
    auto *courts = qobject_cast<CourtsPage *>(m_view->page(QStringLiteral("courts")));
    QVERIFY(courts);
    QTableView *table = courts->table();
    QCOMPARE(table->model()->rowCount(), 2);
    // Select court B's row as a user would.
    int rowB = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->model()->index(r, c).data().toString() == courtB)
                rowB = r;
        }
    }
    QVERIFY(rowB >= 0);
    QSignalSpy changed(m_view->filterBar(), &FilterBar::filterChanged);
    QSignalSpy refreshed(m_view->controller(), &DashboardController::comparisonsReady);
    table->selectionModel()->select(
        table->model()->index(rowB, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_view->filterBar()->filter().courts, QStringList {courtB});
    QTRY_COMPARE(refreshed.count(), 1);
    // Every page follows: the trends now show court B alone (filed 1, 0, 2)...
    QCOMPARE(yValues(series(trends(), TrendsPage::Chart::Flow, QStringLiteral("filed"))),
        (QList<qreal> {1, 0, 2}));
    // ...while the Courts page still lists both courts, court B selected.
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(courts->selectedCourts(), QStringList {courtB});
}

void tst_Dashboard::everyPageRendersToANonBlankPng()
{
    const QList<DashboardPage *> pages = m_view->pages();
    QCOMPARE(pages.size(), 9);
    for (DashboardPage *page : pages) {
        m_view->showPage(page->key());
        QCOMPARE(m_view->currentPage(), page);
        const QString path = m_dir.filePath(page->key() + QStringLiteral(".png"));
        QVERIFY(m_view->grab().save(path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1366, 768));
        QVERIFY2(test::nonBackgroundShare(image) > 0.05, qPrintable(page->key()));
    }
}

void tst_Dashboard::pageAndFilterPersist()
{
    m_view->showPage(QStringLiteral("durations"));
    m_view->filterBar()->setCourts({courtA});
    QVERIFY(waitForData());
    m_view->saveState();
    m_view.reset();

    m_view = openView();
    QVERIFY(m_view);
    QCOMPARE(m_view->currentPage()->key(), QStringLiteral("durations"));
    QCOMPARE(m_view->filterBar()->filter().courts, QStringList {courtA});
    QCOMPARE(m_view->controller()->current().result->flow.filed, 4); // court A's four cases
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
