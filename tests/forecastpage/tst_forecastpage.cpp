#include "TestSupport.h"

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "forecast/AccuracyPanel.h"
#include "forecast/BacklogPanel.h"
#include "forecast/CoefficientText.h"
#include "forecast/ForecastChart.h"
#include "forecast/ForecastController.h"
#include "forecast/ForecastPage.h"
#include "forecast/InterventionEditor.h"
#include "forecast/ModelPanel.h"
#include "store/Store.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <memory>

using namespace caseload;

namespace {

constexpr int Timeout = 30000;

/// 48 months, 2015-01 to 2018-12, of one court: about 30 filings a month growing by 2 a year, fewer
/// in February (the Spring Festival) and more in December; cases close 15 to 214 days after filing,
/// one in ten never; the last case is filed on 2018-12-31 so that December 2018 is complete.
QList<CaseRecord> fixture()
{
    static const int seasonal[12] = {0, -9, 3, 2, 1, 0, 1, 2, 0, 1, 2, 5};
    QList<CaseRecord> cases;
    int number = 0;
    const QDate end(2018, 12, 31);
    for (int m = 0; m < 48; ++m) {
        const QDate month = QDate(2015, 1, 1).addMonths(m);
        const int n = 28 + 2 * (m / 12) + seasonal[m % 12] + (m * 7) % 5;
        for (int i = 0; i < n; ++i) {
            CaseRecord r;
            ++number;
            r.caseNumber = QStringLiteral("（%1）京0105执%2号").arg(month.year()).arg(number);
            r.courtName = QStringLiteral("北京市朝阳区人民法院");
            r.courtCode = QStringLiteral("京0105");
            r.type = CaseType::FirstEnforcement;
            r.filedOn = month.addDays((i * 7 + m) % month.daysInMonth());
            const QDate closed = r.filedOn.addDays(15 + (i * 37 + m * 11) % 200);
            if (i % 10 != 9 && closed <= end) {
                r.closedOn = closed;
                r.closureMethod = ClosureMethod::Performed;
            }
            cases.append(r);
        }
    }
    CaseRecord last;
    last.caseNumber = QStringLiteral("（2018）京0105执99999号");
    last.courtName = QStringLiteral("北京市朝阳区人民法院");
    last.courtCode = QStringLiteral("京0105");
    last.type = CaseType::FirstEnforcement;
    last.filedOn = end;
    cases.append(last);
    return cases;
}

QList<qreal> ys(const QList<QPointF> &points)
{
    QList<qreal> out;
    for (const QPointF &p : points)
        out.append(p.y());
    return out;
}

/// The forecast months of `chart`'s forecast line (without the last actual point it starts at).
QList<qreal> forecastYs(const ForecastChart *chart)
{
    return ys(chart->forecastSeries()->points()).mid(chart->firstForecastPoint());
}

QList<qreal> toList(const std::vector<double> &values)
{
    return QList<qreal>(values.cbegin(), values.cend());
}

ForecastOptions optionsFor(const ForecastSettings &settings, bool december)
{
    ForecastOptions options;
    options.interventions = settings.interventions;
    options.combineBestTwo = settings.combineBestTwo;
    options.unlockTrend = settings.unlockTrend;
    options.december = december;
    return options;
}

QString cellText(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestForecastPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coefficientWords_data();
    void coefficientWords();
    void deferredUntilShown();
    void showsTheEnginesForecast_data();
    void showsTheEnginesForecast();
    void pendingShowsTheBacklogSimulation();
    void switchingSeriesReruns();
    void filingsSliderMovesTheFan();
    void levelProbability();
    void hiddenSeriesStayHidden();
    void interventionPersisted();
    void staleResultDropped();
    void cancelStops();
    void noData();
    void incompleteMonthMessageShown();
    void sameHistoryKeepsTheForecast();
    void languageChangeReruns();
    void paletteRestyles();
    void renders();

private:
    DashboardData data(const QString &storeLocation = QString()) const;
    ForecastSeriesSet expectedSeries() const;
    /// Shows `page` at 1366×768 and waits for its first forecast.
    bool showAndWait(ForecastPage &page, const DashboardData &data);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const CaseTable> m_table;
};

void TestForecastPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("forecast.sqlite"));
    m_table = test::storeAndLoad(m_path, fixture());
    QVERIFY(m_table);
}

DashboardData TestForecastPage::data(const QString &storeLocation) const
{
    DashboardData data;
    data.storeLocation = storeLocation;
    data.table = m_table;
    data.input.filter.from = QDate(2018, 1, 1);
    data.input.filter.to = QDate(2018, 12, 31);
    QString error;
    auto result = Analytics::compute(*m_table, data.input, &error);
    if (!result)
        qFatal("compute failed: %s", qPrintable(error));
    data.result = std::make_shared<const AnalyticsResult>(std::move(*result));
    data.allCourts = data.result;
    return data;
}

ForecastSeriesSet TestForecastPage::expectedSeries() const
{
    QString error;
    const auto result = Analytics::compute(*m_table, ForecastInput::historyInput(data().input), &error);
    if (!result)
        qFatal("compute failed: %s", qPrintable(error));
    return ForecastInput::series(*result, *m_table);
}

bool TestForecastPage::showAndWait(ForecastPage &page, const DashboardData &d)
{
    page.resize(1366, 768);
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    page.setData(d);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    return QTest::qWaitFor([&] { return shown.count() > 0 && !page.controller()->isBusy(); }, Timeout);
}

void TestForecastPage::coefficientWords_data()
{
    QTest::addColumn<double>("estimate");
    QTest::addColumn<double>("error");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("effect");
    QTest::addColumn<QString>("plusMinus");
    const QString minus(QChar(0x2212));
    // exp(log 0.82) − 1 = −18%; exp(b) · se = 0.82 · 0.05 = 4.1%.
    QTest::newRow("Spring Festival") << std::log(0.82) << 0.05 << int(CoefficientText::Scale::Effect)
                                     << minus + QStringLiteral("18.0%") << QStringLiteral("± 4.1%");
    // exp(0.1) − 1 = 10.517%; exp(0.1) · 0.02 = 2.210%.
    QTest::newRow("level shift") << 0.1 << 0.02 << int(CoefficientText::Scale::Effect)
                                 << QStringLiteral("+10.5%") << QStringLiteral("± 2.2%");
    // Trend 0.01 per month: exp(0.12) − 1 = 12.75% per year; exp(0.12) · 12 · 0.001 = 1.353%.
    QTest::newRow("trend") << 0.01 << 0.001 << int(CoefficientText::Scale::PerMonth)
                           << QStringLiteral("+12.7% per year") << QStringLiteral("± 1.4%");
    QTest::newRow("intercept") << 3.4567 << 0.123 << int(CoefficientText::Scale::Intercept)
                               << QStringLiteral("3.46 (log scale)") << QStringLiteral("± 0.12");
    QTest::newRow("no error") << 0.0 << 0.0 << int(CoefficientText::Scale::Effect) << QStringLiteral("0.0%")
                              << QString();
}

void TestForecastPage::coefficientWords()
{
    QFETCH(double, estimate);
    QFETCH(double, error);
    QFETCH(int, scale);
    QFETCH(QString, effect);
    QFETCH(QString, plusMinus);
    Coefficient c;
    c.name = QStringLiteral("x");
    c.estimate = estimate;
    c.standardError = error;
    const CoefficientText::Words words = CoefficientText::describe(c, CoefficientText::Scale(scale));
    QCOMPARE(words.effect, effect);
    QCOMPARE(words.error, plusMinus);

    // The trend and trend hinges read per year; everything else as an effect.
    Intervention hinge;
    hinge.kind = Intervention::Kind::TrendHinge;
    hinge.month = QDate(2016, 3, 1);
    RegressorOptions options;
    options.interventions = {ForecastSettings::defaults().interventions.front(), hinge};
    const QStringList names = CalendarRegressors(QDate(2015, 1, 1), options).columnNames();
    QCOMPARE(CoefficientText::scaleOf(names.at(0), options.interventions), CoefficientText::Scale::Intercept);
    QCOMPARE(CoefficientText::scaleOf(names.at(1), options.interventions), CoefficientText::Scale::PerMonth);
    QCOMPARE(CoefficientText::scaleOf(names.at(names.size() - 1), options.interventions),
        CoefficientText::Scale::PerMonth);
    QCOMPARE(CoefficientText::scaleOf(names.at(names.size() - 2), options.interventions),
        CoefficientText::Scale::Effect);
    QCOMPARE(CoefficientText::scaleOf(names.at(names.size() - 3), options.interventions),
        CoefficientText::Scale::Effect); // Spring Festival
}

void TestForecastPage::deferredUntilShown()
{
    ForecastPage page;
    QCOMPARE(page.key(), QStringLiteral("forecast"));
    QCOMPARE(page.title(), QStringLiteral("Forecast"));
    QSignalSpy started(page.controller(), &ForecastController::started);
    page.setData(data());
    QCOMPARE(started.count(), 0);
    QVERIFY(!page.controller()->isBusy());
    QVERIFY(showAndWait(page, data()));
    QCOMPARE(started.count(), 1);
    // The GUI thread stayed free: the forecast arrived through the event loop.
    QVERIFY(page.controller()->outcome());
}

void TestForecastPage::showsTheEnginesForecast_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("filed") << int(ForecastSeriesKind::Filed);
    QTest::newRow("closed") << int(ForecastSeriesKind::Closed);
}

void TestForecastPage::showsTheEnginesForecast()
{
    QFETCH(int, kind);
    const auto seriesKind = ForecastSeriesKind(kind);
    const ForecastSeriesSet set = expectedSeries();
    QCOMPARE(set.filed.size(), 48);
    const ForecastReport expected = ForecastEngine::run(set.series(seriesKind),
        optionsFor(ForecastSettings::defaults(), seriesKind == ForecastSeriesKind::Closed));
    QCOMPARE(expected.forecast.horizon(), 12);

    ForecastPage page;
    page.setSeriesKind(seriesKind);
    QVERIFY(showAndWait(page, data()));
    QVERIFY2(page.controller()->outcome()->error.isEmpty(), qPrintable(page.controller()->outcome()->error));

    // The chart: the history and the engine's forecast and bands.
    ForecastChart *chart = page.forecastChart();
    QCOMPARE(ys(chart->historySeries()->points()), toList(set.series(seriesKind).values));
    QCOMPARE(forecastYs(chart), toList(expected.forecast.mean));
    // The forecast line starts at the last actual point (2018-12), so that the lines join; the bands
    // start at the first forecast month.
    const MonthlySeries &history = set.series(seriesKind);
    QCOMPARE(chart->firstForecastPoint(), 1);
    QCOMPARE(chart->forecastSeries()->at(0), chart->historySeries()->points().constLast());
    QCOMPARE(chart->forecastSeries()->at(0).y(), history.values.back());
    // No forecast marker on the actual point.
    QCOMPARE(chart->forecastSeries()->pointConfiguration(0).value(QXYSeries::PointConfiguration::Visibility),
        QVariant(false));
    QVERIFY(
        !chart->forecastSeries()->pointConfiguration(1).contains(QXYSeries::PointConfiguration::Visibility));
    QCOMPARE(chart->band95()->upperSeries()->at(0).x(), chart->forecastSeries()->at(1).x());
    QCOMPARE(chart->forecastSeries()->name(), QStringLiteral("Forecast"));
    QCOMPARE(ys(chart->band80()->upperSeries()->points()), toList(expected.forecast.hi80));
    QCOMPARE(ys(chart->band80()->lowerSeries()->points()), toList(expected.forecast.lo80));
    QCOMPARE(ys(chart->band95()->upperSeries()->points()), toList(expected.forecast.hi95));
    QCOMPARE(ys(chart->band95()->lowerSeries()->points()), toList(expected.forecast.lo95));
    // Tooltips with the exact values.
    const QString tip
        = chart->tooltipText(chart->forecastSeries(), nullptr, 1, chart->forecastSeries()->at(1));
    QVERIFY2(tip.contains(QStringLiteral("2019-01")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Forecast")), qPrintable(tip));
    QVERIFY2(
        tip.contains(QLocale().toString(qint64(std::llround(expected.forecast.mean[0])))), qPrintable(tip));
    QVERIFY2(
        tip.contains(QLocale().toString(qint64(std::llround(expected.forecast.hi95[0])))), qPrintable(tip));
    // The joining point is the actual value of 2018-12, said so, without forecast or interval.
    const QString joinTip
        = chart->tooltipText(chart->forecastSeries(), nullptr, 0, chart->forecastSeries()->at(0));
    QCOMPARE(joinTip,
        chart->tooltipText(chart->historySeries(), nullptr, history.size() - 1,
            chart->historySeries()->points().constLast()));
    QVERIFY2(joinTip.contains(QStringLiteral("2018-12")), qPrintable(joinTip));
    QVERIFY2(joinTip.contains(QLocale().toString(qint64(std::llround(history.values.back())))),
        qPrintable(joinTip));
    QVERIFY2(!joinTip.contains(QStringLiteral("interval")), qPrintable(joinTip));

    // The chosen model and why.
    QVERIFY2(page.modelText().contains(expected.modelName), qPrintable(page.modelText()));
    QVERIFY2(page.reasonText().contains(expected.reason), qPrintable(page.reasonText()));

    // Candidates: one row each (plus the combination when two were combined), chosen ones marked.
    QTableWidget *candidates = page.modelPanel()->candidatesTable();
    QVERIFY(candidates->rowCount() >= int(expected.candidates.size()));
    bool baselineRow = false;
    for (size_t i = 0; i < expected.candidates.size(); ++i) {
        const CandidateModel &c = expected.candidates[i];
        const int row = int(i);
        QCOMPARE(cellText(candidates, row, ModelPanel::Name), c.name);
        if (std::isfinite(c.aicc))
            QCOMPARE(cellText(candidates, row, ModelPanel::Aicc), QLocale().toString(c.aicc, 'f', 1));
        if (!c.backtest.perHorizon.empty())
            QCOMPARE(cellText(candidates, row, ModelPanel::Mase),
                QLocale().toString(c.backtest.mean.mase, 'f', 2));
        const bool chosen = c.familyChoice && expected.chosenIds.contains(c.id);
        QCOMPARE(candidates->item(row, ModelPanel::Name)->font().bold(), chosen);
        QCOMPARE(cellText(candidates, row, ModelPanel::Status).contains(QStringLiteral("chosen")), chosen);
        baselineRow = baselineRow || c.id == QLatin1String("snaive");
    }
    if (!baselineRow) {
        bool found = false;
        for (int row = 0; row < candidates->rowCount(); ++row)
            found = found || cellText(candidates, row, ModelPanel::Status) == QStringLiteral("baseline");
        QVERIFY(found);
    }

    // Coefficients of the first chosen model that has them, in plain words.
    const CandidateModel *withCoefficients = nullptr;
    int withCoefficientsIndex = -1;
    for (size_t i = 0; i < expected.candidates.size(); ++i) {
        const CandidateModel &c = expected.candidates[i];
        if (!withCoefficients && !c.coefficients.empty() && c.familyChoice
            && expected.chosenIds.contains(c.id)) {
            withCoefficients = &c;
            withCoefficientsIndex = int(i);
        }
    }
    if (withCoefficients) {
        QCOMPARE(page.modelPanel()->modelPicker()->currentData().toInt(), withCoefficientsIndex);
        QTableWidget *table = page.modelPanel()->coefficientsTable();
        QCOMPARE(table->rowCount(), int(withCoefficients->coefficients.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const Coefficient &c = withCoefficients->coefficients[size_t(row)];
            QCOMPARE(cellText(table, row, ModelPanel::Term), c.name);
            if (c.name == QStringLiteral("Spring Festival") && !c.dropped) {
                const double percent = (std::exp(c.estimate) - 1) * 100;
                const double se = std::exp(c.estimate) * c.standardError * 100;
                QCOMPARE(cellText(table, row, ModelPanel::Effect), CoefficientText::signedPercent(percent));
                QCOMPARE(cellText(table, row, ModelPanel::Error),
                    QStringLiteral("± %1%").arg(QLocale().toString(se, 'f', 1)));
            }
        }
    } else {
        qInfo("No chosen model with coefficients for this series");
    }

    // The backtest per horizon, beside seasonal naive.
    QTableWidget *backtest = page.accuracyPanel()->table();
    QCOMPARE(backtest->rowCount(), int(expected.backtest.perHorizon.size()) + 1);
    for (const HorizonAccuracy &h : expected.backtest.perHorizon) {
        const int row = h.horizon - 1;
        QCOMPARE(cellText(backtest, row, AccuracyPanel::Horizon), QString::number(h.horizon));
        QCOMPARE(cellText(backtest, row, AccuracyPanel::Mase), QLocale().toString(h.mase, 'f', 2));
        QCOMPARE(cellText(backtest, row, AccuracyPanel::Coverage80),
            QLocale().toString(h.coverage80 * 100, 'f', 1) + QLatin1Char('%'));
    }
    for (const HorizonAccuracy &h : expected.baseline.perHorizon) {
        QCOMPARE(
            cellText(backtest, h.horizon - 1, AccuracyPanel::NaiveMase), QLocale().toString(h.mase, 'f', 2));
        QCOMPARE(
            cellText(backtest, h.horizon - 1, AccuracyPanel::NaiveBias), QLocale().toString(h.bias, 'f', 1));
    }
    // Residuals: one point per month with a fitted value.
    int finite = 0;
    for (double r : expected.residuals)
        finite += std::isfinite(r) ? 1 : 0;
    QCOMPARE(page.accuracyPanel()->residualsSeries()->count(), finite);

    // Messages shown visibly when the engine has any.
    for (const QString &m : expected.messages)
        QVERIFY2(page.messagesText().contains(m), qPrintable(m));
}

void TestForecastPage::pendingShowsTheBacklogSimulation()
{
    const ForecastSeriesSet set = expectedSeries();
    const ForecastReport filings
        = ForecastEngine::run(set.filed, optionsFor(ForecastSettings::defaults(), false));
    const BacklogSimulation simulation(set.filed, set.closed, set.pending);
    const BacklogFan fan = simulation.simulate(filings.forecast, {});
    const ForecastResult expected = BacklogSimulation::asForecast(fan);

    ForecastPage page;
    page.setSeriesKind(ForecastSeriesKind::Pending);
    QVERIFY(showAndWait(page, data()));
    ForecastChart *chart = page.forecastChart();
    QCOMPARE(ys(chart->historySeries()->points()), toList(set.pending.values));
    QCOMPARE(forecastYs(chart), toList(expected.mean));
    QCOMPARE(chart->forecastSeries()->at(0).y(), set.pending.values.back());
    QCOMPARE(ys(chart->band95()->upperSeries()->points()), toList(expected.hi95));
    // The dashed line is the median of the simulated paths, and is named so.
    QCOMPARE(chart->forecastSeries()->name(), QStringLiteral("Median of simulated paths"));
    const QString tip
        = chart->tooltipText(chart->forecastSeries(), nullptr, 1, chart->forecastSeries()->at(1));
    QVERIFY2(tip.startsWith(QStringLiteral("2019-01 · Median of simulated paths: ")
                 + QLocale().toString(qint64(std::llround(expected.mean[0])))),
        qPrintable(tip));
    QCOMPARE(ys(chart->band50()->upperSeries()->points()), toList(fan.p75));
    QVERIFY2(page.modelText().contains(filings.modelName), qPrintable(page.modelText()));
    // The backlog tab shows the same fan and the closure model.
    ForecastChart *backlog = page.backlogPanel()->chart();
    QCOMPARE(forecastYs(backlog), toList(expected.mean));
    QCOMPARE(backlog->forecastSeries()->at(0).y(), set.pending.values.back());
    QCOMPARE(backlog->forecastSeries()->name(), QStringLiteral("Median of simulated paths"));
    const QString closure = page.backlogPanel()->closureModelText();
    const ClosureModel &model = simulation.closureModel();
    QVERIFY2(closure.contains(QLocale().toString(model.elasticity, 'f', 2)), qPrintable(closure));
    QVERIFY2(
        closure.contains(QLocale().toString(model.elasticityStandardError, 'f', 2)), qPrintable(closure));
}

void TestForecastPage::switchingSeriesReruns()
{
    const ForecastSeriesSet set = expectedSeries();
    ForecastPage page;
    QVERIFY(showAndWait(page, data()));
    QCOMPARE(ys(page.forecastChart()->historySeries()->points()), toList(set.filed.values));
    QSignalSpy started(page.controller(), &ForecastController::started);
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    page.seriesPicker()->setCurrentIndex(page.seriesPicker()->findData(int(ForecastSeriesKind::Closed)));
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, Timeout);
    QCOMPARE(page.seriesKind(), ForecastSeriesKind::Closed);
    QCOMPARE(ys(page.forecastChart()->historySeries()->points()), toList(set.closed.values));
    const ForecastReport closed
        = ForecastEngine::run(set.closed, optionsFor(ForecastSettings::defaults(), true));
    QCOMPARE(forecastYs(page.forecastChart()), toList(closed.forecast.mean));
    QCOMPARE(page.forecastChart()->forecastSeries()->at(0).y(), set.closed.values.back());
    QCOMPARE(page.forecastChart()->forecastSeries()->name(), QStringLiteral("Forecast"));
}

void TestForecastPage::filingsSliderMovesTheFan()
{
    const ForecastSeriesSet set = expectedSeries();
    const ForecastReport filings
        = ForecastEngine::run(set.filed, optionsFor(ForecastSettings::defaults(), false));
    const BacklogSimulation simulation(set.filed, set.closed, set.pending);
    BacklogScenario more;
    more.filingsChange = 0.3;
    const BacklogFan expected = simulation.simulate(filings.forecast, more);
    const BacklogFan base = simulation.simulate(filings.forecast, {});

    ForecastPage page;
    page.setSeriesKind(ForecastSeriesKind::Pending);
    QVERIFY(showAndWait(page, data()));
    page.tabs()->setCurrentIndex(int(ForecastPage::Tab::Backlog));
    ForecastChart *fan = page.backlogPanel()->chart();
    const QList<qreal> before = forecastYs(fan);
    QCOMPARE(before, toList(base.p50));

    QSignalSpy fanShown(&page, &ForecastPage::fanShown);
    // A drag: several values in a row; the latest wins.
    QSlider *slider = page.backlogPanel()->filingsSlider();
    for (int value : {10, 20, 30})
        slider->setValue(value);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.controller()->outcome()->scenario.filingsChange == 0.3 && !fanShown.isEmpty(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(forecastYs(fan), toList(expected.p50), Timeout);
    const QList<qreal> after = forecastYs(fan);
    QVERIFY(after.last() > before.last());
    QCOMPARE(fan->forecastSeries()->at(0).y(), set.pending.values.back());
    QCOMPARE(fan->forecastSeries()->name(), QStringLiteral("Median of simulated paths"));
    // The main chart shows the backlog too, and follows.
    QCOMPARE(forecastYs(page.forecastChart()), toList(expected.p50));

    // More closing capacity: a lower backlog.
    BacklogScenario capacity = more;
    capacity.capacityChange = 0.2;
    const BacklogFan faster = simulation.simulate(filings.forecast, capacity);
    page.backlogPanel()->capacitySlider()->setValue(20);
    QTRY_COMPARE_WITH_TIMEOUT(forecastYs(fan), toList(faster.p50), Timeout);
    QVERIFY(faster.p50.back() < expected.p50.back());
}

void TestForecastPage::levelProbability()
{
    const ForecastSeriesSet set = expectedSeries();
    const ForecastReport filings
        = ForecastEngine::run(set.filed, optionsFor(ForecastSettings::defaults(), false));
    const BacklogFan fan
        = BacklogSimulation(set.filed, set.closed, set.pending).simulate(filings.forecast, {});

    ForecastPage page;
    QVERIFY(showAndWait(page, data()));
    BacklogPanel *panel = page.backlogPanel();
    // The default level: a tenth below the backlog now.
    QCOMPARE(panel->level(), double(std::lround(set.pending.values.back() * 0.9)));
    // A level at the fan's median of month 6: reached by then with probability about a half or more.
    const double level = std::round(fan.p50[5]);
    panel->setLevel(level);
    const std::vector<double> reached = BacklogSimulation::probabilityReached(fan, level);
    const QString text = panel->probabilityText();
    const QString last = QLocale().toString(reached.back() * 100, 'f', 1) + QLatin1Char('%');
    QVERIFY2(text.contains(last), qPrintable(text));
    const int first = BacklogSimulation::firstMonthReached(fan, level, 0.5);
    if (first >= 0) {
        QVERIFY2(
            text.contains(fan.first.addMonths(first).toString(QStringLiteral("yyyy-MM"))), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(reached[size_t(first)] * 100, 'f', 1) + QLatin1Char('%')),
            qPrintable(text));
    }
    QCOMPARE(ys(panel->chart()->levelSeries()->points()).first(), level);
}

void TestForecastPage::interventionPersisted()
{
    ForecastPage page;
    QVERIFY(showAndWait(page, data(m_path)));
    InterventionEditor *editor = page.interventionEditor();
    QCOMPARE(editor->settings(), ForecastSettings::defaults());
    QVERIFY(!editor->applyButton()->isEnabled());

    Intervention hinge;
    hinge.kind = Intervention::Kind::TrendHinge;
    hinge.month = QDate(2017, 1, 1);
    hinge.label = QStringLiteral("new enforcement team");
    editor->addIntervention(hinge);
    QVERIFY(editor->isModified());
    QVERIFY(editor->applyButton()->isEnabled());
    ForecastSettings wanted = ForecastSettings::defaults();
    wanted.interventions.push_back(hinge);
    QCOMPARE(editor->settings(), wanted);

    QSignalSpy saved(page.controller(), &ForecastController::settingsSaved);
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
    QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && !page.controller()->isBusy(), Timeout);

    // In the store, read by a new connection.
    QString error;
    const std::unique_ptr<Store> store = Store::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(ForecastSettings::load(*store), wanted);
    // The rerun used it: the regression candidates have the hinge's coefficient.
    QCOMPARE(page.controller()->outcome()->settings, wanted);
    bool hingeShown = false;
    for (const CandidateModel &c : page.controller()->outcome()->report.candidates) {
        for (const Coefficient &coefficient : c.coefficients)
            hingeShown = hingeShown || coefficient.name.contains(hinge.label);
    }
    QVERIFY(hingeShown);
    QVERIFY(!editor->isModified());

    // A new page on the same store starts from the saved settings.
    ForecastPage again;
    QVERIFY(showAndWait(again, data(m_path)));
    QCOMPARE(again.interventionEditor()->settings(), wanted);

    // Back to the defaults for the other tests.
    QVERIFY(ForecastSettings::defaults().save(*store, &error));
}

void TestForecastPage::staleResultDropped()
{
    const ForecastSeriesSet set = expectedSeries();
    ForecastPage page;
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    page.setData(data());
    // A second request before the first one's result arrives: only the second is shown.
    page.setSeriesKind(ForecastSeriesKind::Closed);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && !page.controller()->isBusy(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->droppedResults(), 1, Timeout);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(page.controller()->outcome()->kind, ForecastSeriesKind::Closed);
    QCOMPARE(ys(page.forecastChart()->historySeries()->points()), toList(set.closed.values));
}

void TestForecastPage::cancelStops()
{
    ForecastPage page;
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    QSignalSpy cancelled(page.controller(), &ForecastController::cancelled);
    page.setData(data());
    QVERIFY(page.controller()->isBusy());
    QVERIFY(page.cancelButton()->isEnabled());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!page.controller()->isBusy());
    QVERIFY(!page.cancelButton()->isEnabled());
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(page.statusText()));
    // The cancelled run's result never shows.
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->droppedResults(), 1, Timeout);
    QCOMPARE(shown.count(), 0);
}

void TestForecastPage::noData()
{
    ForecastPage page;
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DashboardData failed;
    failed.error = QStringLiteral("The store could not be read.");
    page.setData(failed);
    QCOMPARE(page.statusText(), failed.error);
    QCOMPARE(page.forecastChart()->forecastSeries()->count(), 0);
    QVERIFY(!page.backlogPanel()->isEnabled());
}

void TestForecastPage::incompleteMonthMessageShown()
{
    // The fixture as exported on 20 December 2018: that month is left out of the history, and the page
    // says so.
    auto table = std::make_shared<CaseTable>();
    const QDate exported(2018, 12, 20);
    QString error;
    for (CaseRecord r : fixture()) {
        if (r.filedOn > exported)
            continue;
        if (r.closedOn.isValid() && r.closedOn > exported) {
            r.closedOn = QDate();
            r.closureMethod = ClosureMethod::None;
        }
        QVERIFY2(table->append(r, &error), qPrintable(error));
    }
    DashboardData d;
    d.table = table;
    d.input.filter.from = QDate(2018, 1, 1);
    d.input.filter.to = QDate(2018, 12, 31);
    auto result = Analytics::compute(*table, d.input, &error);
    QVERIFY2(result, qPrintable(error));
    d.result = std::make_shared<const AnalyticsResult>(std::move(*result));
    const auto history = Analytics::compute(*table, ForecastInput::historyInput(d.input), &error);
    QVERIFY(history);
    const ForecastSeriesSet set = ForecastInput::series(*history, *table);
    QCOMPARE(set.messages.size(), 1);
    QCOMPARE(set.filed.size(), 47);

    ForecastPage page;
    QVERIFY(showAndWait(page, d));
    QVERIFY2(page.messagesText().contains(set.messages.constFirst()), qPrintable(page.messagesText()));
    QCOMPARE(page.forecastChart()->historySeries()->count(), 47);
    QVERIFY2(page.statusText().contains(QStringLiteral("2018-11")), qPrintable(page.statusText()));
    QCoreApplication::processEvents();
    QVERIFY(page.grab().save(QStringLiteral("/tmp/shots/forecast-messages.png")));
}

void TestForecastPage::hiddenSeriesStayHidden()
{
    ForecastPage page;
    page.setSeriesKind(ForecastSeriesKind::Pending);
    QVERIFY(showAndWait(page, data()));
    ForecastChart *main = page.forecastChart();
    ForecastChart *fan = page.backlogPanel()->chart();
    // The user hides series by clicking their legend entries (a real click on the entry's label).
    auto click = [](ForecastChart *chart, QAbstractSeries *series) {
        QGraphicsTextItem *label = nullptr;
        const auto items = chart->scene()->items();
        for (QGraphicsItem *item : items) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || !chart->chart()->legend()->isAncestorOf(text))
                continue;
            // Long labels are elided.
            QString shown = text->toPlainText();
            if (shown.endsWith(QStringLiteral("...")))
                shown.chop(3);
            else if (shown.endsWith(QChar(0x2026)))
                shown.chop(1);
            if (shown == series->name() || (shown.size() > 3 && series->name().startsWith(shown)))
                label = text;
        }
        QVERIFY2(label, qPrintable(series->name()));
        const QPoint at = chart->mapFromScene(label->sceneBoundingRect().center());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    };
    QCoreApplication::processEvents(); // lays the legend out
    click(main, main->band95());
    click(main, main->historySeries());
    click(main, main->band50());
    page.tabs()->setCurrentIndex(int(ForecastPage::Tab::Backlog));
    QCoreApplication::processEvents();
    click(fan, fan->band95());
    click(fan, fan->forecastSeries());
    click(fan, fan->band50());
    click(fan, fan->levelSeries());
    QVERIFY(!main->band95()->isVisible());
    QVERIFY(!fan->band95()->isVisible());
    QVERIFY(!fan->forecastSeries()->isVisible());
    QVERIFY(fan->historySeries()->isVisible());

    // A slider move: a new fan on both charts.
    QSignalSpy fanShown(&page, &ForecastPage::fanShown);
    page.backlogPanel()->filingsSlider()->setValue(20);
    QTRY_VERIFY_WITH_TIMEOUT(!fanShown.isEmpty() && !page.controller()->isBusy(), Timeout);
    QCoreApplication::processEvents();
    QVERIFY(!main->band95()->isVisible());
    QVERIFY(!fan->band95()->isVisible());
    QVERIFY(!fan->forecastSeries()->isVisible());
    QVERIFY(!fan->band50()->isVisible());
    QVERIFY(!fan->levelSeries()->isVisible());
    QVERIFY(!main->historySeries()->isVisible());
    QVERIFY(fan->historySeries()->isVisible());
    QVERIFY(main->forecastSeries()->isVisible());
    // The hidden series' legend entries stay, to be clicked again.
    QVERIFY(fan->chart()->legend()->markers(fan->band95()).first()->isVisible());

    // A new forecast (another series, then back): the choices stay.
    page.tabs()->setCurrentIndex(int(ForecastPage::Tab::Forecast));
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    page.setSeriesKind(ForecastSeriesKind::Filed);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && !page.controller()->isBusy(), Timeout);
    QVERIFY(!main->band95()->isVisible());
    QVERIFY(!main->historySeries()->isVisible());
    // The filed forecast has no middle half: no legend entry for it, hidden or not, even after the
    // view restyles its markers (it does on a mouse press).
    QTest::mousePress(main->viewport(), Qt::LeftButton, {}, main->viewport()->rect().center());
    QTest::mouseRelease(main->viewport(), Qt::LeftButton, {}, main->viewport()->rect().center());
    QVERIFY(!main->chart()->legend()->markers(main->band50()).first()->isVisible());
    page.setSeriesKind(ForecastSeriesKind::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2 && !page.controller()->isBusy(), Timeout);
    QCoreApplication::processEvents();
    QVERIFY(!main->band95()->isVisible());
    QVERIFY(!main->band50()->isVisible());
    QVERIFY(main->chart()->legend()->markers(main->band50()).first()->isVisible());
    QVERIFY(!fan->band95()->isVisible());
    QVERIFY(!fan->forecastSeries()->isVisible());

    // Shown again by a second click, and that choice stays too.
    page.tabs()->setCurrentIndex(int(ForecastPage::Tab::Backlog));
    QCoreApplication::processEvents();
    click(fan, fan->band95());
    QVERIFY(fan->band95()->isVisible());
    fanShown.clear();
    page.backlogPanel()->filingsSlider()->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(!fanShown.isEmpty() && !page.controller()->isBusy(), Timeout);
    QCOMPARE(page.controller()->outcome()->scenario.filingsChange, 0.0);
    QVERIFY(fan->band95()->isVisible());
    QVERIFY(!fan->forecastSeries()->isVisible());
    QVERIFY(!fan->levelSeries()->isVisible());
}

void TestForecastPage::sameHistoryKeepsTheForecast()
{
    ForecastPage page;
    QVERIFY(showAndWait(page, data()));
    QSignalSpy started(page.controller(), &ForecastController::started);
    // Another period start: the history (from the first month to the period's end) is the same.
    DashboardData other = data();
    other.input.filter.from = QDate(2017, 1, 1);
    page.setData(other);
    QCOMPARE(started.count(), 0);
    // Another period end: a new history.
    other.input.filter.to = QDate(2018, 6, 30);
    QString error;
    other.result
        = std::make_shared<const AnalyticsResult>(*Analytics::compute(*m_table, other.input, &error));
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    page.setData(other);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, Timeout);
    QCOMPARE(page.forecastChart()->historySeries()->count(), 42);
    QCOMPARE(page.controller()->outcome()->forecast().first, QDate(2018, 7, 1));
}

void TestForecastPage::languageChangeReruns()
{
    ForecastPage page;
    QVERIFY(showAndWait(page, data()));
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);
    // Engine texts (model names, reasons) come in the language of their run: it runs again.
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, Timeout);
    QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Forecast"));
    QCOMPARE(page.seriesPicker()->itemText(2), QStringLiteral("Pending backlog"));
}

void TestForecastPage::paletteRestyles()
{
    ForecastPage page;
    QVERIFY(showAndWait(page, data()));
    const QColor before = page.forecastChart()->chart()->backgroundBrush().color();
    QPalette dark = page.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    page.setPalette(dark);
    QVERIFY(page.forecastChart()->chart()->backgroundBrush().color() != before);
    QCOMPARE(page.forecastChart()->forecastSeries()->pen().color(),
        chartStyle::color(chartStyle::Role::Filed, dark));
}

void TestForecastPage::renders()
{
    ForecastPage page;
    page.setSeriesKind(ForecastSeriesKind::Pending);
    QVERIFY(showAndWait(page, data()));
    const QStringList names
        = {QStringLiteral("forecast"), QStringLiteral("forecast-models"), QStringLiteral("forecast-accuracy"),
            QStringLiteral("forecast-backlog"), QStringLiteral("forecast-levels")};
    for (int tab = 0; tab < names.size(); ++tab) {
        page.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QImage image = page.grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768));
        const QString path = QStringLiteral("/tmp/shots/%1.png").arg(names.at(tab));
        QVERIFY(image.save(path));
        const double share = test::nonBackgroundShare(image);
        QVERIFY2(share > 0.05, qPrintable(QStringLiteral("%1: %2").arg(path).arg(share)));
    }
    // Inside the main window at 1366×768 the page gets about 1100×560 (page list, filter bar, menus):
    // everything still fits without clipping.
    QVERIFY2(page.minimumSizeHint().width() <= 1100 && page.minimumSizeHint().height() <= 560,
        qPrintable(QStringLiteral("%1×%2")
                       .arg(page.minimumSizeHint().width())
                       .arg(page.minimumSizeHint().height())));
    page.resize(1100, 560);
    for (int tab : {int(ForecastPage::Tab::Accuracy), int(ForecastPage::Tab::Backlog)}) {
        page.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(QStringLiteral("/tmp/shots/%1-small.png").arg(names.at(tab))));
    }
    // The filed forecast at 1920×1080 too.
    page.setSeriesKind(ForecastSeriesKind::Filed);
    page.resize(1920, 1080);
    page.tabs()->setCurrentIndex(0);
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, Timeout);
    QCOMPARE(page.forecastChart()->forecastSeries()->name(), QStringLiteral("Forecast"));
    QCoreApplication::processEvents(); // the chart lays its title and legend out
    const QImage large = page.grab().toImage();
    QVERIFY(large.save(QStringLiteral("/tmp/shots/forecast-1920.png")));
    QVERIFY(test::nonBackgroundShare(large) > 0.05);
}

QTEST_MAIN(TestForecastPage)
#include "tst_forecastpage.moc"
