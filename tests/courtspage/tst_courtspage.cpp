#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "analytics/CourtComparisonModel.h"
#include "courts/CourtRankingChart.h"
#include "courts/CourtsPage.h"
#include "store/Store.h"

#include <QApplication>
#include <QBarSet>
#include <QDir>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace caseload;

namespace {

const QString courtNames[4] = {
    QStringLiteral("北京市朝阳区人民法院"),
    QStringLiteral("北京市海淀区人民法院"),
    QStringLiteral("北京市东城区人民法院"),
    QStringLiteral("北京市第一中级人民法院"),
};
const QString courtCodes[4]
    = {QStringLiteral("京0105"), QStringLiteral("京0108"), QStringLiteral("京0101"), QStringLiteral("京01")};

// 400 cases over 2016 in four courts; the fourth closes fewer of its cases.
QList<CaseRecord> fixture()
{
    QList<CaseRecord> cases;
    for (int i = 1; i <= 400; ++i) {
        const int court = i % 4;
        CaseRecord r;
        r.caseNumber = QStringLiteral("（2016）%1执%2号").arg(courtCodes[court]).arg(i);
        r.courtName = courtNames[court];
        r.courtCode = courtCodes[court];
        r.type = CaseType::FirstEnforcement;
        r.cause = QStringLiteral("民间借贷纠纷");
        r.filedOn = QDate(2016, 1, 1).addDays(i * 7 % 366);
        const bool closes = court == 3 ? i % 2 == 0 && i % 3 != 0 : i % 3 != 0 || court == 0;
        if (closes) {
            r.closedOn = r.filedOn.addDays(20 + i % 150);
            r.closureMethod = i % 3 == 2 ? ClosureMethod::TerminatedThisRound : ClosureMethod::Performed;
        }
        r.appliedFen = qint64(i) * 1000;
        if (r.closureMethod == ClosureMethod::Performed)
            r.recoveredFen = qint64(i) * 500;
        r.handler = QStringLiteral("承办人%1").arg(i % 5);
        cases.append(r);
    }
    return cases;
}

} // namespace

class TestCourtsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAreTheResultsCourts();
    void selectionAndAllCourts();
    void selectingRowsEmitsCourts();
    void doubleClickDrillsDown();
    void rankingFollowsSortedColumn();
    void shareOfCourts();
    void renders();

private:
    DashboardData dataFor(const QStringList &courts) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const CaseTable> m_table;
};

void TestCourtsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("cases.sqlite"));
    m_table = test::storeAndLoad(m_path, fixture());
    QVERIFY(m_table);
}

DashboardData TestCourtsPage::dataFor(const QStringList &courts) const
{
    DashboardData data;
    data.storeLocation = m_path;
    data.table = m_table;
    data.input.filter.from = QDate(2016, 1, 1);
    data.input.filter.to = QDate(2016, 12, 31);
    data.input.filter.courts = courts;
    QString error;
    auto result = Analytics::compute(*m_table, data.input, &error);
    if (!result)
        qFatal("compute failed: %s", qPrintable(error));
    data.result = std::make_shared<const AnalyticsResult>(std::move(*result));
    if (courts.isEmpty()) {
        data.allCourts = data.result;
    } else {
        AnalyticsInput all = data.input;
        all.filter.courts.clear();
        auto allResult = Analytics::compute(*m_table, all, &error);
        data.allCourts = std::make_shared<const AnalyticsResult>(std::move(*allResult));
    }
    return data;
}

void TestCourtsPage::rowsAreTheResultsCourts()
{
    CourtsPage page;
    const DashboardData data = dataFor({});
    page.setData(data);
    const std::vector<CourtRow> &courts = data.result->courts;
    QCOMPARE(courts.size(), size_t(4));
    QTableView *table = page.table();
    QCOMPARE(table->model()->rowCount(), 4);
    // Sorted by rank, as the engine ranks them.
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(
            table->model()->index(r, CourtComparisonModel::Court).data().toString(), courts[size_t(r)].name);
        QCOMPARE(table->model()->index(r, CourtComparisonModel::Rank).data().toString(),
            QString::number(courts[size_t(r)].rank));
        QCOMPARE(table->model()->index(r, CourtComparisonModel::Filed).data().toString(),
            QLocale().toString(courts[size_t(r)].filed));
    }
    QCOMPARE(page.key(), QStringLiteral("courts"));
}

void TestCourtsPage::selectionAndAllCourts()
{
    CourtsPage page;
    QSignalSpy selected(&page, &CourtsPage::courtsSelected);
    const QStringList filter = {courtNames[1], courtNames[3]};
    const DashboardData data = dataFor(filter);
    QCOMPARE(data.result->courts.size(), size_t(2));
    page.setData(data);
    // Every court, the filter's selected and in bold; restoring the selection emits nothing.
    QCOMPARE(page.table()->model()->rowCount(), 4);
    QStringList shown = page.selectedCourts();
    shown.sort();
    QStringList expected = filter;
    expected.sort();
    QCOMPARE(shown, expected);
    for (int r = 0; r < 4; ++r) {
        const QModelIndex index = page.table()->model()->index(r, CourtComparisonModel::Court);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), filter.contains(index.data().toString()));
    }
    // A refresh keeps the selection.
    page.setData(dataFor(filter));
    shown = page.selectedCourts();
    shown.sort();
    QCOMPARE(shown, expected);
    QTest::qWait(400);
    QCOMPARE(selected.size(), 0);
}

void TestCourtsPage::selectingRowsEmitsCourts()
{
    CourtsPage page;
    page.resize(1200, 700);
    page.setData(dataFor({}));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy selected(&page, &CourtsPage::courtsSelected);
    QTableView *table = page.table();
    const QString first = table->model()->index(0, CourtComparisonModel::Court).data().toString();
    const QString third = table->model()->index(2, CourtComparisonModel::Court).data().toString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, CourtComparisonModel::Court)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
        table->visualRect(table->model()->index(2, CourtComparisonModel::Court)).center());
    QTRY_COMPARE(selected.size(), 1); // debounced: the two clicks make one request
    QCOMPARE(selected.at(0).at(0).toStringList(), (QStringList {first, third}));

    // The clear button empties the court filter.
    selected.clear();
    QPushButton *clear = nullptr;
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Clear court filter"))
            clear = button;
    }
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toStringList(), QStringList());
    QTest::qWait(400);
    QCOMPARE(selected.size(), 1);
}

void TestCourtsPage::doubleClickDrillsDown()
{
    CourtsPage page;
    page.resize(1200, 700);
    const DashboardData data = dataFor({});
    page.setData(data);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy drill(&page, &CourtsPage::drillDownRequested);
    QTableView *table = page.table();
    const QModelIndex index = table->model()->index(1, CourtComparisonModel::Court);
    const QString court = index.data().toString();
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(drill.size(), 1);
    const auto drillDown = drill.at(0).at(0).value<DrillDown>();
    QCOMPARE(drillDown.subset.kind, CaseSubset::Kind::Filed);
    QCOMPARE(drillDown.subset.from, data.result->from);
    QCOMPARE(drillDown.subset.to, data.result->to);
    QCOMPARE(drillDown.subset.courts, QStringList {court});
    QCOMPARE(drillDown.title, QStringLiteral("Filed in the period, %1").arg(court));

    // Enter on the current row does the same; so does a bar of the ranking.
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(drill.size(), 2);
    QCOMPARE(drill.at(1).at(0).value<DrillDown>().subset.courts, QStringList {court});
    Q_EMIT page.rankingChart()->courtClicked(court);
    QCOMPARE(drill.size(), 3);
}

void TestCourtsPage::rankingFollowsSortedColumn()
{
    CourtsPage page;
    const DashboardData data = dataFor({courtNames[2]});
    page.setData(data);
    const std::vector<CourtRow> &courts = data.allCourts->courts;

    // Sorted by rank: the chart ranks by clearance rate, highest first.
    std::vector<CourtRow> byClearance = courts;
    std::stable_sort(byClearance.begin(), byClearance.end(), [](const CourtRow &a, const CourtRow &b) {
        return a.clearanceRate.value_or(-1) > b.clearanceRate.value_or(-1);
    });
    const QList<CourtRankingChart::Bar> &bars = page.rankingChart()->bars();
    QCOMPARE(bars.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(bars[i].court, byClearance[size_t(i)].name);
        QCOMPARE(bars[i].value, *byClearance[size_t(i)].clearanceRate * 100);
        QCOMPARE(bars[i].highlighted, bars[i].court == courtNames[2]);
    }
    // The top bar is drawn last (a horizontal bar chart starts at the bottom).
    QCOMPARE(page.rankingChart()->barAt(3), 0);
    QCOMPARE(page.rankingChart()->series()->barSets().first()->count(), 4);

    // Sorted by cases filed, descending: the chart follows.
    page.table()->sortByColumn(CourtComparisonModel::Filed, Qt::DescendingOrder);
    std::vector<CourtRow> byFiled = courts;
    std::stable_sort(byFiled.begin(), byFiled.end(),
        [](const CourtRow &a, const CourtRow &b) { return a.filed > b.filed; });
    const QList<CourtRankingChart::Bar> &filedBars = page.rankingChart()->bars();
    QCOMPARE(filedBars.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(filedBars[i].value, double(byFiled[size_t(i)].filed));
    QCOMPARE(filedBars[0].text, QLocale().toString(byFiled[0].filed));
}

void TestCourtsPage::shareOfCourts()
{
    CourtsPage page;
    const DashboardData data = dataFor({});
    page.setData(data);
    const CoreIndicator &share = data.allCourts->core[4];
    if (share.computable && share.value)
        QCOMPARE(page.shareText(), QLocale().toString(*share.value * 100, 'f', 1) + u'%');
    else
        QCOMPARE(page.shareText(), QStringLiteral("—"));

    CourtsPage empty;
    empty.setData({});
    QCOMPARE(empty.shareText(), QStringLiteral("—"));
    QCOMPARE(empty.table()->model()->rowCount(), 0);
    QVERIFY(empty.rankingChart()->isShowingMessage());
}

void TestCourtsPage::renders()
{
    CourtsPage page;
    page.resize(1366, 768);
    page.setData(dataFor({courtNames[0], courtNames[3]}));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(image.save(QStringLiteral("/tmp/shots/courts.png")));
    // Not blank: the most common colour covers well under the whole image.
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    const int total = ((image.height() + 1) / 2) * ((image.width() + 1) / 2);
    const int most = *std::max_element(counts.cbegin(), counts.cend());
    QVERIFY2(counts.size() > 20, "too few colours");
    QVERIFY2(most < total * 0.9, "one colour covers 90% of the page");
}

QTEST_MAIN(TestCourtsPage)
#include "tst_courtspage.moc"
