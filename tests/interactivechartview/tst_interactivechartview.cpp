#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <memory>

using namespace caseload;

namespace {

qreal msecs(int year, int month)
{
    return qreal(QDateTime(QDate(year, month, 1), QTime(0, 0)).toMSecsSinceEpoch());
}

/// A 12-month chart of two line series on a date axis, shown offscreen.
struct DateChart
{
    QChart *chart = new QChart;
    QLineSeries *filed = new QLineSeries;
    QLineSeries *closed = new QLineSeries;
    QDateTimeAxis *axis = new QDateTimeAxis;
    QValueAxis *counts = new QValueAxis;
    std::unique_ptr<InteractiveChartView> view;

    DateChart()
    {
        QList<QPointF> f;
        QList<QPointF> c;
        for (int m = 1; m <= 12; ++m) {
            f.append(QPointF(msecs(2018, m), 1000 + 10 * m));
            c.append(QPointF(msecs(2018, m), 900 + 20 * m));
        }
        filed->replace(f);
        closed->replace(c);
        filed->setName(QStringLiteral("Filed"));
        closed->setName(QStringLiteral("Closed"));
        filed->setPointsVisible(true);
        chart->addSeries(filed);
        chart->addSeries(closed);
        chart->addAxis(axis, Qt::AlignBottom);
        chart->addAxis(counts, Qt::AlignLeft);
        for (QLineSeries *s : {filed, closed}) {
            s->attachAxis(axis);
            s->attachAxis(counts);
        }
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(msecs(2018, 1))),
            QDateTime::fromMSecsSinceEpoch(qint64(msecs(2018, 12))));
        counts->setRange(800, 1200);
        view = std::make_unique<InteractiveChartView>(chart);
        view->attachSeries(filed);
        view->attachSeries(closed);
        view->setTimeZoomEnabled(true);
        view->resize(800, 500);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QCoreApplication::processEvents();
        view->setFullRange();
    }

    QPointF plotCentre() const { return view->mapFromScene(chart->mapToScene(chart->plotArea().center())); }
};

void sendWheel(QWidget *target, QPointF pos, int delta)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

QPointF legendLabelPos(InteractiveChartView *view, const QString &label)
{
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->toPlainText() == label)
            return view->mapFromScene(text->mapToScene(text->boundingRect().center()));
    }
    return {};
}

} // namespace

class TestInteractiveChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void wheelZoomsAroundTheCursor()
    {
        DateChart c;
        QSignalSpy zoomed(c.view.get(), &InteractiveChartView::zoomChanged);
        QSignalSpy ranged(c.view.get(), &InteractiveChartView::rangeChanged);
        const QPointF before = c.view->horizontalRange();
        QCOMPARE(before, QPointF(msecs(2018, 1), msecs(2018, 12)));
        QVERIFY(!c.view->isZoomed());

        sendWheel(c.view->viewport(), c.plotCentre(), 240);
        const QPointF after = c.view->horizontalRange();
        QVERIFY(c.view->isZoomed());
        QCOMPARE(zoomed.count(), 1);
        QCOMPARE(zoomed.at(0).at(0).toBool(), true);
        QCOMPARE(ranged.count(), 1);
        // 240 units of wheel zoom in by 1.0015^240 ≈ 1.433 around the centre.
        const qreal span = after.y() - after.x();
        QVERIFY(qAbs(span - (before.y() - before.x()) / std::pow(1.0015, 240)) < 1000);
        QVERIFY(after.x() > before.x());
        QVERIFY(after.y() < before.y());
        const qreal mid = (before.x() + before.y()) / 2;
        QVERIFY(qAbs((after.x() + after.y()) / 2 - mid) < 0.02 * (before.y() - before.x()));

        // Zooming out never goes past the full range.
        sendWheel(c.view->viewport(), c.plotCentre(), -1200);
        QCOMPARE(c.view->horizontalRange(), before);
        QVERIFY(!c.view->isZoomed());
        QCOMPARE(zoomed.count(), 2);
    }

    void doubleClickResets()
    {
        DateChart c;
        c.view->zoomBy(3);
        QVERIFY(c.view->isZoomed());
        QTest::mouseDClick(c.view->viewport(), Qt::LeftButton, {}, c.plotCentre().toPoint());
        QVERIFY(!c.view->isZoomed());
        QCOMPARE(c.view->horizontalRange(), QPointF(msecs(2018, 1), msecs(2018, 12)));
    }

    void dragPans()
    {
        DateChart c;
        c.view->zoomBy(4);
        const QPointF zoomed = c.view->horizontalRange();
        const QPoint start = c.plotCentre().toPoint();
        QTest::mousePress(c.view->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(c.view->viewport(), start - QPoint(60, 0));
        QTest::mouseMove(c.view->viewport(), start - QPoint(120, 0));
        QTest::mouseRelease(c.view->viewport(), Qt::LeftButton, {}, start - QPoint(120, 0));
        const QPointF panned = c.view->horizontalRange();
        // Dragging left shows later dates; the span stays.
        QVERIFY(panned.x() > zoomed.x());
        QVERIFY(qAbs((panned.y() - panned.x()) - (zoomed.y() - zoomed.x())) < 2);
        const qreal expectedShift = 120 / c.chart->plotArea().width() * (zoomed.y() - zoomed.x());
        QVERIFY(qAbs(panned.x() - zoomed.x() - expectedShift) < 0.02 * expectedShift);

        // Panning stops at the end of the full range.
        c.view->panBy(100000);
        QCOMPARE(c.view->horizontalRange().y(), msecs(2018, 12));
    }

    void keyboard()
    {
        DateChart c;
        c.view->setFocus();
        QTest::keyClick(c.view.get(), Qt::Key_Plus);
        QVERIFY(c.view->isZoomed());
        const QPointF zoomed = c.view->horizontalRange();
        QTest::keyClick(c.view.get(), Qt::Key_Right);
        QVERIFY(c.view->horizontalRange().x() > zoomed.x());
        QTest::keyClick(c.view.get(), Qt::Key_Left);
        QTest::keyClick(c.view.get(), Qt::Key_Left);
        QVERIFY(c.view->horizontalRange().x() < zoomed.x());
        QTest::keyClick(c.view.get(), Qt::Key_0);
        QVERIFY(!c.view->isZoomed());
    }

    void zoomDisabledLeavesTheAxis()
    {
        DateChart c;
        c.view->setTimeZoomEnabled(false);
        sendWheel(c.view->viewport(), c.plotCentre(), 240);
        QVERIFY(!c.view->isZoomed());
        QCOMPARE(c.view->horizontalRange(), QPointF(msecs(2018, 1), msecs(2018, 12)));
    }

    void valueAxisZoomAndFullRange()
    {
        auto *chart = new QChart;
        auto *series = new QLineSeries;
        series->replace({QPointF(0, 1), QPointF(50, 3), QPointF(100, 2)});
        chart->addSeries(series);
        chart->createDefaultAxes();
        auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        axis->setRange(0, 100);
        InteractiveChartView view(chart);
        view.attachSeries(series);
        view.setTimeZoomEnabled(true);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFullRange();
        view.zoomBy(2);
        QCOMPARE(axis->min(), 25.0);
        QCOMPARE(axis->max(), 75.0);
        // A new full range (after a data change) is what reset returns to.
        axis->setRange(0, 200);
        view.setFullRange();
        view.zoomBy(4);
        view.resetZoom();
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 200.0);
    }

    void syncedViewsFollowEachOther()
    {
        DateChart a;
        DateChart b;
        connect(a.view.get(), &InteractiveChartView::rangeChanged, b.view.get(),
            &InteractiveChartView::setHorizontalRange);
        a.view->zoomBy(2);
        QCOMPARE(b.view->horizontalRange(), a.view->horizontalRange());
        QVERIFY(b.view->isZoomed());
        a.view->resetZoom();
        QVERIFY(!b.view->isZoomed());
    }

    void legendClickTogglesSeries()
    {
        DateChart c;
        const QPointF label = legendLabelPos(c.view.get(), QStringLiteral("Closed"));
        QVERIFY(!label.isNull());
        QTest::mouseClick(c.view->viewport(), Qt::LeftButton, {}, label.toPoint());
        QVERIFY(!c.closed->isVisible());
        QVERIFY(c.filed->isVisible());
        const auto markers = c.chart->legend()->markers(c.closed);
        QCOMPARE(markers.size(), 1);
        QVERIFY(markers.constFirst()->isVisible());
        QVERIFY(markers.constFirst()->labelBrush().color().alphaF() < 0.5);
        QVERIFY(markers.constFirst()->font().strikeOut());

        QTest::mouseClick(c.view->viewport(), Qt::LeftButton, {},
            legendLabelPos(c.view.get(), QStringLiteral("Closed")).toPoint());
        QVERIFY(c.closed->isVisible());
        QCOMPARE(c.chart->legend()->markers(c.closed).constFirst()->labelBrush().color().alphaF(), 1.0);
    }

    void tooltipTextDefaultAndFormatter()
    {
        DateChart c;
        QCOMPARE(c.view->tooltipText(c.filed, nullptr, 2, c.filed->at(2)), QStringLiteral("Filed: 1,030"));
        QCOMPARE(c.view->tooltipText(c.filed, nullptr, 0, QPointF(0, 0.125)), QStringLiteral("Filed: 0.13"));
        c.view->setTooltipFormatter([](QAbstractSeries *series, QBarSet *, int index, QPointF value) {
            return QStringLiteral("%1 #%2 = %3").arg(series->name()).arg(index).arg(value.y());
        });
        QCOMPARE(
            c.view->tooltipText(c.closed, nullptr, 4, c.closed->at(4)), QStringLiteral("Closed #4 = 1000"));
    }

    void hoverShowsNearestPointsValue()
    {
        DateChart c;
        const QPointF pos = c.view->viewPosition(c.filed, 5);
        QVERIFY(!pos.isNull());
        QCOMPARE(c.view->pointAt(pos + QPointF(3, -2)),
            std::make_pair(static_cast<QAbstractSeries *>(c.filed), 5));
        QTest::mouseMove(c.view->viewport(), (pos + QPointF(3, -2)).toPoint());
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Filed: 1,060"));
        // Far from every point: no tooltip.
        QCOMPARE(c.view->pointAt(QPointF(2, 2)).second, -1);
    }

    void clickEmitsPointClicked()
    {
        DateChart c;
        QSignalSpy clicked(c.view.get(), &InteractiveChartView::pointClicked);
        const QPointF pos = c.view->viewPosition(c.closed, 7);
        QTest::mouseClick(c.view->viewport(), Qt::LeftButton, {}, (pos + QPointF(-2, 3)).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).value<QAbstractSeries *>(), static_cast<QAbstractSeries *>(c.closed));
        QCOMPARE(clicked.at(0).at(1).toInt(), 7);
        // A hidden series cannot be clicked.
        c.closed->setVisible(false);
        QTest::mouseClick(c.view->viewport(), Qt::LeftButton, {}, pos.toPoint());
        QCOMPARE(clicked.count(), 1);
    }

    void barsTooltipAndClick()
    {
        auto *chart = new QChart;
        auto *set = new QBarSet(QStringLiteral("Cases"));
        set->append({5, 12, 7});
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        categories->append({QStringLiteral("0-90"), QStringLiteral("91-180"), QStringLiteral("181-365")});
        chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        auto *values = new QValueAxis;
        values->setRange(0, 15);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        InteractiveChartView view(chart);
        view.attachSeries(series);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.tooltipText(series, set, 1, QPointF(1, 12)), QStringLiteral("91-180 · Cases: 12"));

        QSignalSpy clicked(&view, &InteractiveChartView::pointClicked);
        const QPointF bar = chart->mapToPosition(QPointF(1, 6), series);
        const QPoint pos = view.mapFromScene(chart->mapToScene(bar));
        QTest::mouseMove(view.viewport(), pos);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("91-180 · Cases: 12"));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(1).toInt(), 1);
        // Zoom does nothing on a category axis.
        view.setTimeZoomEnabled(true);
        view.zoomBy(2);
        QVERIFY(!view.isZoomed());
    }

    void areaTooltipAndClick()
    {
        auto *chart = new QChart;
        auto *upper = new QLineSeries;
        upper->replace({QPointF(0, 10), QPointF(1, 20), QPointF(2, 15), QPointF(3, 30)});
        auto *area = new QAreaSeries(upper);
        area->setName(QStringLiteral("Pending"));
        chart->addSeries(area);
        chart->createDefaultAxes();
        chart->axes(Qt::Vertical).constFirst()->setRange(0, 40);
        InteractiveChartView view(chart);
        view.attachSeries(area);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &InteractiveChartView::pointClicked);
        const QPoint pos = view.mapFromScene(chart->mapToScene(chart->mapToPosition(QPointF(2.1, 5), area)));
        QTest::mouseMove(view.viewport(), pos);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(1).toInt(), 2);
        QCOMPARE(view.tooltipText(area, nullptr, 2, upper->at(2)), QStringLiteral("Pending: 15"));
    }

    void styleFollowsPalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QVERIFY(!chartStyle::isDark(light));
        QVERIFY(chartStyle::isDark(dark));

        using chartStyle::Role;
        for (const QPalette &palette : {light, dark}) {
            const QColor window = palette.color(QPalette::Window);
            const QList<Role> roles = {Role::Filed, Role::Closed, Role::Pending, Role::Clearance};
            for (int i = 0; i < roles.size(); ++i) {
                const QColor a = chartStyle::color(roles.at(i), palette);
                // Readable on the window colour: a clear difference in lightness.
                QVERIFY2(qAbs(a.lightness() - window.lightness()) > 60, qPrintable(a.name()));
                for (int j = i + 1; j < roles.size(); ++j)
                    QVERIFY(a != chartStyle::color(roles.at(j), palette));
            }
            QVERIFY(chartStyle::seriesColor(0, palette) != chartStyle::seriesColor(8, palette));
        }

        auto chart = std::make_unique<QChart>();
        auto *line = new QLineSeries;
        line->append(0, 1);
        line->append(1, 2);
        chart->addSeries(line);
        chart->createDefaultAxes();
        QPen dashed(Qt::DashLine);
        dashed.setWidthF(2);
        line->setPen(dashed);
        chartStyle::setRole(line, Role::Reference, light);
        chartStyle::apply(chart.get(), light);
        QCOMPARE(line->pen().color(), chartStyle::color(Role::Reference, light));
        QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
        chartStyle::apply(chart.get(), dark);
        QCOMPARE(line->pen().color(), chartStyle::color(Role::Reference, dark));
        QCOMPARE(line->pen().style(), Qt::DashLine);
        QCOMPARE(line->pen().widthF(), 2.0);
        QCOMPARE(chart->axes(Qt::Horizontal).constFirst()->labelsColor(), QColor(0xee, 0xee, 0xee));
        QCOMPARE(chart->legend()->labelColor(), QColor(0xee, 0xee, 0xee));
        QVERIFY(chartStyle::font().families().contains(QStringLiteral("WenQuanYi Micro Hei")));
    }
};

QTEST_MAIN(TestInteractiveChartView)
#include "tst_interactivechartview.moc"
