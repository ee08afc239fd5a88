#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "cases/CaseListModel.h"
#include "charts/InteractiveChartView.h"
#include "durations/DurationsPage.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace caseload;

namespace {

CaseRecord makeCase(QDate filed, QDate closed, int extension = 0)
{
    CaseRecord r;
    r.courtName = QStringLiteral("北京市朝阳区人民法院");
    r.courtCode = QStringLiteral("京0105");
    r.type = CaseType::FirstEnforcement;
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = closed.isValid() ? ClosureMethod::Performed : ClosureMethod::None;
    r.extensionDays = extension;
    return r;
}

/// 2017-2018: cases closing after 10 to 400 days, and pending ones of every age at 2018-06-30:
/// some past their deadline, some reaching it in July 2018.
std::shared_ptr<CaseTable> makeTable()
{
    auto table = std::make_shared<CaseTable>();
    QString error;
    for (int i = 0; i < 60; ++i) {
        const QDate filed = QDate(2017, 1, 3).addDays(7 * i);
        table->append(makeCase(filed, filed.addDays(10 + (i * 37) % 390)), &error);
    }
    // Pending at 2018-06-30. Deadlines (filing + 6 months + extension): 2017-03-10 → 2017-09-10 (overdue),
    // 2017-12-01 + 90 days → 2018-08-30 (not yet due), 2018-01-05 → 2018-07-05 and 2018-01-20 →
    // 2018-07-20 (due soon), 2018-05-01 → 2018-11-01.
    const QList<std::pair<QDate, int>> pending
        = {{QDate(2016, 5, 2), 0}, {QDate(2017, 3, 10), 0}, {QDate(2017, 10, 1), 0}, {QDate(2017, 12, 1), 90},
            {QDate(2018, 1, 5), 0}, {QDate(2018, 1, 20), 0}, {QDate(2018, 5, 1), 0}};
    for (const auto &[filed, extension] : pending)
        table->append(makeCase(filed, QDate(), extension), &error);
    return table;
}

DashboardData makeData(QDate asOf = QDate(2018, 6, 30))
{
    DashboardData data;
    auto table = makeTable();
    data.table = table;
    data.input.filter.from = QDate(2017, 1, 1);
    data.input.filter.to = QDate(2018, 6, 30);
    data.input.filter.asOf = asOf;
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

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

} // namespace

class TestDurationsPage : public QObject
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
        DurationsPage page;
        QCOMPARE(page.key(), QStringLiteral("durations"));
        QCOMPARE(page.message(), QStringLiteral("Loading…"));
        DashboardData failed;
        failed.error = QStringLiteral("No such court: X");
        page.setData(failed);
        QCOMPARE(page.message(), failed.error);
        page.setData(makeData());
        QVERIFY(page.message().isEmpty());
    }

    void histogramHoldsTheEnginesCounts()
    {
        DurationsPage page;
        const DashboardData data = makeData();
        page.setData(data);
        const DurationHistogram &h = data.result->durations.histogram;
        QCOMPARE(h.counts.size(), size_t(24));
        auto *view = page.view(DurationsPage::Chart::Histogram);
        auto *bars = seriesNamed<QBarSeries>(view, QStringLiteral("histogram"));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        QList<qreal> expected;
        qint64 sum = 0;
        for (qint64 c : h.counts) {
            expected.append(qreal(c));
            sum += c;
        }
        QCOMPARE(values(bars->barSets().constFirst()), expected);
        QCOMPARE(sum, data.result->durations.closedCases);
        // The time limit (183 days in 30-day bins) between bars 5 and 6: x = 183 / 30 - 0.5.
        auto *limit = seriesNamed<QLineSeries>(view, QStringLiteral("timeLimit"));
        QVERIFY(limit);
        QCOMPARE(limit->count(), 2);
        QCOMPARE(limit->at(0).x(), qreal(h.limitDays) / h.binDays - 0.5);
        QCOMPARE(h.limitDays, 183);
        QVERIFY(limit->at(1).y() >= *std::max_element(expected.cbegin(), expected.cend()));
        // Tooltip: bin 2 is 60-89 days.
        const QString tip
            = view->tooltipText(bars, bars->barSets().constFirst(), 2, QPointF(2, expected.at(2)));
        QVERIFY2(tip.startsWith(QStringLiteral("Closed after 60–89 days: %1 cases").arg(h.counts[2])),
            qPrintable(tip));
    }

    void survivalCurveHoldsTheEnginesPoints()
    {
        DurationsPage page;
        const DashboardData data = makeData();
        page.setData(data);
        const SurvivalCurve &curve = data.result->survival;
        QVERIFY(curve.points.size() > 10);
        auto *view = page.view(DurationsPage::Chart::Survival);
        auto *line = seriesNamed<QLineSeries>(view, QStringLiteral("survival"));
        auto *band = seriesNamed<QAreaSeries>(view, QStringLiteral("band"));
        auto *median = seriesNamed<QScatterSeries>(view, QStringLiteral("median"));
        QVERIFY(line && band && median);
        // A step line: the start, then two points a day (before and after the drop).
        QCOMPARE(line->count(), int(curve.points.size() * 2 + 1));
        QCOMPARE(line->at(0), QPointF(0, 100));
        for (size_t i = 0; i < curve.points.size(); ++i) {
            const SurvivalPoint &p = curve.points[i];
            const QPointF after = line->at(int(2 * i + 2));
            QCOMPARE(after.x(), qreal(p.day));
            QCOMPARE(after.y(), p.survival * 100);
            QCOMPARE(band->upperSeries()->at(int(2 * i + 2)).y(), p.upper * 100);
            QCOMPARE(band->lowerSeries()->at(int(2 * i + 2)).y(), p.lower * 100);
            const double before = i == 0 ? 1.0 : curve.points[i - 1].survival;
            QCOMPARE(line->at(int(2 * i + 1)), QPointF(p.day, before * 100));
        }
        QVERIFY(curve.medianDays);
        QCOMPARE(median->count(), 1);
        QCOMPARE(median->at(0), QPointF(*curve.medianDays, 50));
        QVERIFY(view->tooltipText(median, nullptr, 0, median->at(0))
                    .startsWith(QStringLiteral("Median time to closure: %1 days").arg(*curve.medianDays)));
        const SurvivalPoint &p = curve.points[3];
        const QString tip = view->tooltipText(line, nullptr, 8, line->at(8));
        QVERIFY2(tip.startsWith(QStringLiteral("Day %1: %2% still open")
                                    .arg(p.day)
                                    .arg(QLocale().toString(p.survival * 100, 'f', 1))),
            qPrintable(tip));
        QVERIFY(view->isTimeZoomEnabled());
    }

    void pendingAgeHoldsTheEnginesCounts()
    {
        DurationsPage page;
        const DashboardData data = makeData();
        page.setData(data);
        auto *view = page.view(DurationsPage::Chart::PendingAge);
        auto *bars = seriesNamed<QBarSeries>(view, QStringLiteral("pendingAge"));
        QVERIFY(bars);
        const PendingAge &age = data.result->pendingAge;
        QList<qreal> expected;
        for (qint64 c : age.counts)
            expected.append(qreal(c));
        QCOMPARE(values(bars->barSets().constFirst()), expected);
        // By hand: at 2018-06-30 the pending cases are 59, 150, 181, 211, 272, 475 and 789 days old,
        // plus the closed-later ones still open then.
        QCOMPARE(age.counts[4] >= 1, true);
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->categories(),
            (QStringList {QStringLiteral("0-90"), QStringLiteral("91-180"), QStringLiteral("181-365"),
                QStringLiteral("366-730"), QStringLiteral(">730")}));
    }

    void listsSelectOnlyWhenVisible()
    {
        DurationsPage page;
        page.resize(1200, 700);
        const DashboardData data = makeData();
        page.setData(data);
        QVERIFY(!page.isSelecting());
        QCOMPARE(page.listModel(DurationsPage::List::Overdue)->rowCount(), 0);
        // The header shows the engine's count at once.
        const PendingAge &age = data.result->pendingAge;
        QCOMPARE(
            page.listHeader(DurationsPage::List::Overdue), QStringLiteral("Overdue: %1").arg(age.overdue));
        QCOMPARE(page.listHeader(DurationsPage::List::DueSoon),
            QStringLiteral("Due within 30 days: %1").arg(age.dueWithin30Days));

        QSignalSpy ready(&page, &DurationsPage::listsReady);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 5000);
        QCOMPARE(page.listModel(DurationsPage::List::Overdue)->rowCount(), int(age.overdue));
        QCOMPARE(page.listModel(DurationsPage::List::DueSoon)->rowCount(), int(age.dueWithin30Days));
        // By hand (deadline = filing + 6 months + extension, as-of 2018-06-30): overdue are the cases
        // filed 2016-05-02, 2017-03-10 and 2017-10-01 plus closed ones still open then; due soon
        // 2018-01-05 and 2018-01-20 at least.
        QVERIFY(age.overdue >= 3);
        QVERIFY(age.dueWithin30Days >= 2);
        // Overdue rows come by deadline, earliest first: the oldest case leads.
        auto *overdue = page.listModel(DurationsPage::List::Overdue);
        QCOMPARE(data.table->record(overdue->tableRow(0)).filedOn, QDate(2016, 5, 2));

        // New data while visible: selected again, and the lists follow the new as-of date.
        const DashboardData later = makeData(QDate(2018, 7, 31));
        const DashboardData earlier = makeData(QDate(2018, 3, 31));
        QVERIFY(earlier.result->pendingAge.overdue != later.result->pendingAge.overdue);
        ready.clear();
        page.setData(earlier);
        page.setData(later);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 5000);
        QTRY_VERIFY(!page.isSelecting());
        QCOMPARE(
            page.listModel(DurationsPage::List::Overdue)->rowCount(), int(later.result->pendingAge.overdue));
        QCOMPARE(page.listModel(DurationsPage::List::DueSoon)->rowCount(),
            int(later.result->pendingAge.dueWithin30Days));
        QCOMPARE(page.listHeader(DurationsPage::List::Overdue),
            QStringLiteral("Overdue: %1").arg(later.result->pendingAge.overdue));
    }

    void drillDown()
    {
        DurationsPage page;
        page.resize(1200, 700);
        const DashboardData data = makeData();
        page.setData(data);
        QSignalSpy ready(&page, &DurationsPage::listsReady);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 5000);
        QSignalSpy drill(&page, &DurationsPage::drillDownRequested);

        auto buttons = page.findChildren<QPushButton *>();
        QPushButton *openOverdue = nullptr;
        for (QPushButton *b : buttons) {
            if (b->accessibleName().contains(QStringLiteral("overdue")))
                openOverdue = b;
        }
        QVERIFY(openOverdue);
        QTest::mouseClick(openOverdue, Qt::LeftButton);
        QCOMPARE(drill.count(), 1);
        auto d = drill.takeFirst().at(0).value<DrillDown>();
        QCOMPARE(d.subset.kind, CaseSubset::Kind::Overdue);
        QCOMPARE(d.subset.asOf, QDate(2018, 6, 30));
        QVERIFY(!d.title.isEmpty());

        QTableView *dueSoon = page.listView(DurationsPage::List::DueSoon);
        const QModelIndex first = dueSoon->model()->index(0, CaseListModel::Court);
        const QPoint pos = dueSoon->visualRect(first).center();
        QTest::mouseClick(dueSoon->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(dueSoon->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(drill.count(), 1);
        d = drill.takeFirst().at(0).value<DrillDown>();
        QCOMPARE(d.subset.kind, CaseSubset::Kind::DueSoon);
        QCOMPARE(d.subset.days, 30);
    }

    void paletteAndLanguage()
    {
        DurationsPage page;
        page.setData(makeData());
        QPalette dark = page.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        page.setPalette(dark);
        QCOMPARE(page.view(DurationsPage::Chart::Survival)->chart()->backgroundBrush().color(),
            QColor(0x18, 0x18, 0x18));
        QEvent language(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &language);
        QCOMPARE(page.title(), QStringLiteral("Durations"));
        QVERIFY(!page.view(DurationsPage::Chart::Histogram)->accessibleName().isEmpty());
    }

    void rendersToPng_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("file");
        QTest::newRow("1366x768") << QSize(1140, 620) << QStringLiteral("/tmp/shots/durations.png");
        QTest::newRow("1920x1080") << QSize(1690, 930) << QStringLiteral("/tmp/shots/durations-1920.png");
    }

    void rendersToPng()
    {
        QFETCH(QSize, size);
        QFETCH(QString, file);
        DurationsPage page;
        page.resize(size);
        page.setData(makeData());
        QSignalSpy ready(&page, &DurationsPage::listsReady);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 5000);
        const QImage image = page.grab().toImage();
        QVERIFY(image.save(file));
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

QTEST_MAIN(TestDurationsPage)
#include "tst_durationspage.moc"
