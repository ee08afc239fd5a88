#include "forecast/Accuracy.h"
#include "forecast/Backtest.h"
#include "forecast/CalendarRegressors.h"
#include "forecast/LogLinearModel.h"
#include "forecast/MonthlySeries.h"
#include "forecast/SeasonalNaive.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace caseload;

Q_DECLARE_METATYPE(MonthlySeries)

namespace {

// Hand-worked expectations: exact up to the rounding of a few floating-point operations.
bool closeByHand(double actual, double expected)
{
    return std::fabs(actual - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

// Simulated monthly counts: log(y + 1) = 5 + 0.01 t + 0.2 [March] − 0.3 SF + 0.4 [t >= 48] + e,
// e ~ N(0, 0.01²), 96 months from January 2012 (so the level shift starts in January 2016).
MonthlySeries simulated(double noise = 0.01, unsigned seed = 20261127, int months = 96)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, noise);
    const QDate first(2012, 1, 1);
    std::vector<double> values;
    for (int t = 0; t < months; ++t) {
        const QDate month = first.addMonths(t);
        const double log = 5 + 0.01 * t + (month.month() == 3 ? 0.2 : 0.0)
            - 0.3 * CalendarRegressors::springFestivalShare(month) + (t >= 48 ? 0.4 : 0.0) + normal(rng);
        values.push_back(std::expm1(log));
    }
    return MonthlySeries(first, values);
}

void checkSane(const ForecastResult &f, int horizon)
{
    QCOMPARE(f.horizon(), horizon);
    QCOMPARE(static_cast<int>(f.lo80.size()), horizon);
    QCOMPARE(static_cast<int>(f.hi95.size()), horizon);
    for (int i = 0; i < horizon; ++i) {
        const auto at = static_cast<size_t>(i);
        for (double v : {f.mean[at], f.lo80[at], f.hi80[at], f.lo95[at], f.hi95[at]}) {
            QVERIFY2(std::isfinite(v), qPrintable(QStringLiteral("step %1").arg(i + 1)));
            QVERIFY(v >= 0);
        }
        QVERIFY(f.lo95[at] <= f.lo80[at]);
        QVERIFY(f.lo80[at] <= f.mean[at]);
        QVERIFY(f.mean[at] <= f.hi80[at]);
        QVERIFY(f.hi80[at] <= f.hi95[at]);
    }
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void springFestivalShare_data();
    void springFestivalShare();
    void designMatrix();
    void recoversKnownCoefficients();
    void dropsEmptyColumns();
    void studentQuantile_data();
    void studentQuantile();
    void seasonalNaiveByHand();
    void seasonalNaiveShortSeries();
    void accuracyByHand();
    void maseScaleFallbacks_data();
    void maseScaleFallbacks();
    void degenerateInputs_data();
    void degenerateInputs();
    void intervalCoverage();
    void backtestLinearSeries();
    void backtestComparesWithSeasonalNaive();
};

void TestForecast::springFestivalShare_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<double>("share");
    // 2020-01-25: holiday 01-24..01-30, all in January.
    QTest::newRow("2020 Jan") << QDate(2020, 1, 1) << 1.0;
    QTest::newRow("2020 Feb") << QDate(2020, 2, 1) << 0.0;
    // 2022-02-01: eve 01-31 in January, 02-01..02-06 in February.
    QTest::newRow("2022 Jan") << QDate(2022, 1, 15) << 1.0 / 7;
    QTest::newRow("2022 Feb") << QDate(2022, 2, 1) << 6.0 / 7;
    // 2024-02-10: 02-09..02-15.
    QTest::newRow("2024 Feb") << QDate(2024, 2, 1) << 1.0;
    QTest::newRow("2024 Mar") << QDate(2024, 3, 1) << 0.0;
    QTest::newRow("outside table") << QDate(2060, 2, 1) << 0.0;
}

void TestForecast::springFestivalShare()
{
    QFETCH(QDate, month);
    QFETCH(double, share);
    QVERIFY(closeByHand(CalendarRegressors::springFestivalShare(month), share));
}

void TestForecast::designMatrix()
{
    RegressorOptions options;
    options.interventions = {{Intervention::Kind::LevelShift, QDate(2020, 3, 1), {}},
        {Intervention::Kind::TrendHinge, QDate(2020, 3, 1), {}}};
    const CalendarRegressors regressors(QDate(2020, 1, 17), options);
    QCOMPARE(regressors.columnCount(), 1 + 1 + 11 + 1 + 2);
    QCOMPARE(regressors.columnNames().size(), regressors.columnCount());
    const Eigen::MatrixXd x = regressors.matrix(0, 5); // 2020-01 .. 2020-05
    QCOMPARE(x(0, 0), 1.0);
    QCOMPARE(x(4, 1), 4.0); // trend in months
    QCOMPARE(x.row(0).segment(2, 11).sum(), 0.0); // January is the baseline
    QCOMPARE(x(1, 2), 1.0); // February dummy
    QCOMPARE(x(4, 5), 1.0); // May dummy
    QCOMPARE(x(0, 13), 1.0); // Spring Festival 2020 entirely in January
    QCOMPARE(x(1, 14), 0.0); // level shift from March
    QCOMPARE(x(2, 14), 1.0);
    QCOMPARE(x(2, 15), 0.0); // hinge: 0 at March, 1 in April, 2 in May
    QCOMPARE(x(4, 15), 2.0);

    // December is its own column only without the month dummies (else it would be collinear).
    RegressorOptions december;
    december.december = true;
    QCOMPARE(CalendarRegressors(QDate(2020, 1, 1), december).columnCount(), 14);
    december.monthDummies = false;
    const CalendarRegressors noDummies(QDate(2020, 1, 1), december);
    QCOMPARE(noDummies.columnCount(), 4);
    QCOMPARE(noDummies.matrix(11, 1)(0, 3), 1.0);
    QCOMPARE(noDummies.matrix(10, 1)(0, 3), 0.0);

    // Every month of the Spring Festival table, from an origin in the middle of a year: the month
    // dummy and the festival share follow the calendar (the matrix counts months with integers).
    RegressorOptions plain;
    plain.trend = false;
    const CalendarRegressors calendar(QDate(1990, 7, 1), plain);
    const Eigen::MatrixXd all = calendar.matrix(-6, 61 * 12);
    for (int row = 0; row < 61 * 12; ++row) {
        const QDate month = QDate(1990, 1, 1).addMonths(row);
        QCOMPARE(all(row, 12), CalendarRegressors::springFestivalShare(month));
        for (int m = 2; m <= 12; ++m)
            QCOMPARE(all(row, m - 1), month.month() == m ? 1.0 : 0.0);
    }
}

void TestForecast::recoversKnownCoefficients()
{
    RegressorOptions options;
    options.interventions = {{Intervention::Kind::LevelShift, QDate(2016, 1, 1), {}}};
    LogLinearModel model(options);
    model.fit(simulated());
    QCOMPARE(model.rank(), 15);
    const auto &c = model.coefficients();
    QCOMPARE(static_cast<int>(c.size()), 15);
    // Noise sd 0.01 over 96 months: standard errors are about 0.0002 (trend), 0.006 (month),
    // 0.02 (Spring Festival), 0.007 (shift); tolerances are about 3 standard errors.
    QVERIFY2(std::fabs(c[0].estimate - 5.0) < 0.02, qPrintable(QString::number(c[0].estimate)));
    QVERIFY2(std::fabs(c[1].estimate - 0.01) < 0.001, qPrintable(QString::number(c[1].estimate)));
    QVERIFY2(std::fabs(c[3].estimate - 0.2) < 0.02, qPrintable(QString::number(c[3].estimate))); // March
    QVERIFY2(std::fabs(c[4].estimate) < 0.02, qPrintable(QString::number(c[4].estimate))); // April: none
    QVERIFY2(std::fabs(c[13].estimate + 0.3) < 0.06, qPrintable(QString::number(c[13].estimate)));
    QVERIFY2(std::fabs(c[14].estimate - 0.4) < 0.03, qPrintable(QString::number(c[14].estimate)));
    for (const Coefficient &coef : c) {
        QVERIFY(!coef.dropped);
        QVERIFY(coef.standardError > 0 && coef.standardError < 0.05);
    }
    QVERIFY2(model.sigma() > 0.007 && model.sigma() < 0.013, qPrintable(QString::number(model.sigma())));
    QVERIFY(std::isfinite(model.aicc()));
    QVERIFY(model.messages().isEmpty());

    const ForecastResult f = model.forecast(12);
    QCOMPARE(f.first, QDate(2020, 1, 1));
    checkSane(f, 12);
    // March 2020 (t = 98): 5 + 0.98 + 0.2 + 0.4 on the log scale; within 3% of the truth.
    const double truth = std::expm1(5 + 0.98 + 0.2 + 0.4);
    QVERIFY2(std::fabs(f.mean[2] / truth - 1) < 0.03, qPrintable(QString::number(f.mean[2])));
    QVERIFY(f.hi95[2] / f.lo95[2] < 1.1); // sd 0.01: 95% band about ±2%
}

void TestForecast::dropsEmptyColumns()
{
    RegressorOptions options;
    options.interventions = {{Intervention::Kind::TrendHinge, QDate(2030, 1, 1), {}}};
    LogLinearModel model(options);
    model.fit(simulated());
    QCOMPARE(model.droppedColumns().size(), 1);
    QVERIFY(model.coefficients().back().dropped);
    QCOMPARE(model.coefficients().back().estimate, 0.0);
    QVERIFY(!model.messages().isEmpty());
    checkSane(model.forecast(24), 24);
}

void TestForecast::studentQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    // R: qt(c(0.975, 0.9, 0.975, 0.9), c(1, 2, 10, 5)), qt(0.975, 30), qnorm(0.975)
    QTest::newRow("df 1") << 0.975 << 1.0 << 12.7062047361747 << 1e-9;
    QTest::newRow("df 2") << 0.9 << 2.0 << 1.88561808316413 << 1e-9;
    QTest::newRow("df 5") << 0.9 << 5.0 << 1.47588404105699 << 2e-3;
    QTest::newRow("df 10") << 0.975 << 10.0 << 2.22813885198627 << 2e-3;
    QTest::newRow("df 30") << 0.975 << 30.0 << 2.04227245630124 << 1e-4;
    QTest::newRow("normal") << 0.975 << 1e9 << 1.95996398454005 << 1e-8;
}

void TestForecast::studentQuantile()
{
    QFETCH(double, p);
    QFETCH(double, df);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const double q = LogLinearModel::studentQuantile(p, df);
    QVERIFY2(std::fabs(q - expected) < tolerance, qPrintable(QString::number(q, 'g', 12)));
}

void TestForecast::seasonalNaiveByHand()
{
    // Jan 2020 .. Feb 2021 = 1..14. March 2021 repeats March 2020 (3), February 2022 repeats
    // February 2021 (14), March 2022 repeats March 2020 again (3).
    std::vector<double> values;
    for (int i = 1; i <= 14; ++i)
        values.push_back(i);
    const ForecastResult f = SeasonalNaive::forecast(MonthlySeries(QDate(2020, 1, 1), values), 13);
    QCOMPARE(f.first, QDate(2021, 3, 1));
    checkSane(f, 13);
    QCOMPARE(f.mean[0], 3.0);
    QCOMPARE(f.mean[1], 4.0);
    QCOMPARE(f.mean[11], 14.0);
    QCOMPARE(f.mean[12], 3.0);
    // Seasonal differences 13 − 1 and 14 − 2: sigma = 12; h = 13 is two seasons out: 12·√2.
    QVERIFY(closeByHand(f.hi80[0], 3 + 1.2815515655446004 * 12));
    QVERIFY(closeByHand(f.hi95[0], 3 + 1.959963984540054 * 12));
    QCOMPARE(f.lo80[0], 0.0); // 3 − 15.4 clamped
    QVERIFY(closeByHand(f.hi95[12], 3 + 1.959963984540054 * 12 * std::sqrt(2.0)));
    QVERIFY(f.messages.isEmpty());
}

void TestForecast::seasonalNaiveShortSeries()
{
    // Five months: naive fallback repeats 5; first differences −2, 3, −3, 4: sigma² = 38/4.
    const ForecastResult f = SeasonalNaive::forecast(MonthlySeries(QDate(2020, 1, 1), {3, 1, 4, 1, 5}), 3);
    checkSane(f, 3);
    QCOMPARE(f.mean[0], 5.0);
    QCOMPARE(f.mean[2], 5.0);
    QVERIFY(closeByHand(f.hi95[2], 5 + 1.959963984540054 * std::sqrt(38.0 / 4 * 3)));
    QCOMPARE(f.messages.size(), 1);
}

void TestForecast::accuracyByHand()
{
    const std::vector<double> actual {10, 20, 30};
    const std::vector<double> forecast {12, 15, 30};
    // Training 0..12: one seasonal difference, 12 − 0, so the scale is 12.
    std::vector<double> training;
    for (int i = 0; i <= 12; ++i)
        training.push_back(i);
    const double scale = Accuracy::maseScale(MonthlySeries(QDate(2020, 1, 1), training));
    QCOMPARE(scale, 12.0);
    // |errors| 2, 5, 0: MAE 7/3, MASE 7/36.
    QVERIFY(closeByHand(Accuracy::mase(actual, forecast, scale), 7.0 / 36));
    // 200·2/22, 200·5/35, 0 over three terms.
    QVERIFY(closeByHand(Accuracy::smape(actual, forecast), (400.0 / 22 + 1000.0 / 35) / 3));
    QVERIFY(closeByHand(Accuracy::bias(actual, forecast), -1.0)); // (2 − 5 + 0) / 3
    // 10 in [9, 11], 20 not in [21, 25], 30 in [30, 31] (bounds count).
    QVERIFY(closeByHand(Accuracy::coverage(actual, {9, 21, 30}, {11, 25, 31}), 2.0 / 3));
    QCOMPARE(Accuracy::smape({0, 10}, {0, 10}), 0.0);
    QCOMPARE(Accuracy::mase({}, {}, 1), 0.0);
    QCOMPARE(Accuracy::mase({1}, {3}, 0), 2.0); // scale 0 read as 1
}

void TestForecast::maseScaleFallbacks_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<double>("scale");
    std::vector<double> seasonal;
    for (int i = 0; i < 24; ++i)
        seasonal.push_back(1 + i % 12);
    // Exactly seasonal: seasonal MAE 0; first differences are 22 ones and one 11 (December→January).
    QTest::newRow("exactly seasonal") << seasonal << 33.0 / 23;
    QTest::newRow("short") << std::vector<double> {1, 2, 4, 7, 11} << 10.0 / 4;
    QTest::newRow("constant") << std::vector<double>(30, 5.0) << 5.0;
    QTest::newRow("all zero") << std::vector<double>(30, 0.0) << 1.0;
    QTest::newRow("empty") << std::vector<double> {} << 1.0;
}

void TestForecast::maseScaleFallbacks()
{
    QFETCH(std::vector<double>, values);
    QFETCH(double, scale);
    QVERIFY(closeByHand(Accuracy::maseScale(MonthlySeries(QDate(2020, 1, 1), values)), scale));
}

void TestForecast::degenerateInputs_data()
{
    QTest::addColumn<MonthlySeries>("series");
    QTest::addColumn<QString>("message"); // part of the expected message
    const QDate first(2015, 1, 1);
    std::vector<double> outlier;
    for (int i = 0; i < 48; ++i)
        outlier.push_back(100 + (i * 7) % 13);
    outlier[30] = 1e6;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("all zeros") << MonthlySeries(first, std::vector<double>(36, 0.0))
                               << QStringLiteral("zero width");
    QTest::newRow("constant") << MonthlySeries(first, std::vector<double>(36, 7.0))
                              << QStringLiteral("zero width");
    QTest::newRow("5 points") << MonthlySeries(first, {3, 1, 4, 1, 5}) << QStringLiteral("24 months");
    QTest::newRow("1 point") << MonthlySeries(first, {9}) << QStringLiteral("spread");
    QTest::newRow("empty") << MonthlySeries(first, {}) << QStringLiteral("empty");
    QTest::newRow("huge outlier") << MonthlySeries(first, outlier) << QStringLiteral("2017-07"); // month 30
    QTest::newRow("NaN and negative")
        << MonthlySeries(first, {5, nan, 7, -3, 6, 8, 9, 4}) << QStringLiteral("read as 0");
}

void TestForecast::degenerateInputs()
{
    QFETCH(MonthlySeries, series);
    QFETCH(QString, message);
    LogLinearModel model;
    model.fit(series);
    const ForecastResult f = model.forecast(12);
    checkSane(f, 12);
    QVERIFY2(f.messages.join(u'|').contains(message), qPrintable(f.messages.join(u'|')));
    QCOMPARE(f.first, QDate(2015, 1, 1).addMonths(series.size()));
    checkSane(SeasonalNaive::forecast(series, 12), 12);
    for (const Coefficient &c : model.coefficients()) {
        QVERIFY(std::isfinite(c.estimate));
        QVERIFY(std::isfinite(c.standardError));
    }
}

void TestForecast::intervalCoverage()
{
    // Under the model's own assumptions the t intervals are exact: over 4,000 simulated series
    // (fit on 60 months, check months 61 and 72) coverage must be within 2 points of nominal
    // (binomial sd 0.6 points at 80%, 0.35 at 95%).
    constexpr int Series = 4000;
    RegressorOptions options;
    options.interventions = {{Intervention::Kind::LevelShift, QDate(2016, 1, 1), {}}};
    int in80[2] = {0, 0};
    int in95[2] = {0, 0};
    for (int k = 0; k < Series; ++k) {
        const MonthlySeries full = simulated(0.1, 1000 + k, 72);
        const ForecastResult f = LogLinearModel::forecast(full.head(60), 12, options);
        for (int j = 0; j < 2; ++j) {
            const auto step = static_cast<size_t>(j == 0 ? 0 : 11);
            const double actual = full.values[60 + step];
            in80[j] += actual >= f.lo80[step] && actual <= f.hi80[step] ? 1 : 0;
            in95[j] += actual >= f.lo95[step] && actual <= f.hi95[step] ? 1 : 0;
        }
    }
    for (int j = 0; j < 2; ++j) {
        const double c80 = static_cast<double>(in80[j]) / Series;
        const double c95 = static_cast<double>(in95[j]) / Series;
        QVERIFY2(std::fabs(c80 - 0.80) < 0.02, qPrintable(QString::number(c80)));
        QVERIFY2(std::fabs(c95 - 0.95) < 0.02, qPrintable(QString::number(c95)));
    }
}

void TestForecast::backtestLinearSeries()
{
    // y = t over 48 months; seasonal naive forecasts y(n0 + h − 13) for y(n0 + h − 1): every error
    // is −12 and every scale 12, so MASE is exactly 1 and bias −12 at each horizon.
    std::vector<double> values;
    for (int t = 0; t < 48; ++t)
        values.push_back(t);
    const BacktestResult r = Backtest::run(MonthlySeries(QDate(2020, 1, 1), values),
        [](const MonthlySeries &s, int h) { return SeasonalNaive::forecast(s, h); });
    QCOMPARE(r.origins, 12);
    QCOMPARE(static_cast<int>(r.perHorizon.size()), 12);
    QCOMPARE(r.perHorizon.front().count, 12);
    QCOMPARE(r.perHorizon.back().count, 1);
    for (const HorizonAccuracy &row : r.perHorizon) {
        QVERIFY(closeByHand(row.mase, 1.0));
        QVERIFY(closeByHand(row.bias, -12.0));
        // Seasonal differences are all 12, so sigma = 12 and the 80% half-width 1.28·12 > |error|.
        QCOMPARE(row.coverage80, 1.0);
        QCOMPARE(row.coverage95, 1.0);
    }
    QVERIFY(closeByHand(r.mean.mase, 1.0));

    const BacktestResult tooShort = Backtest::run(MonthlySeries(QDate(2020, 1, 1), {1, 2, 3}),
        [](const MonthlySeries &s, int h) { return SeasonalNaive::forecast(s, h); });
    QCOMPARE(tooShort.origins, 0);
    QVERIFY(tooShort.perHorizon.empty());
    QCOMPARE(tooShort.messages.size(), 1);
}

void TestForecast::backtestComparesWithSeasonalNaive()
{
    // On a log-linear series with noise sd 0.05 the right model beats seasonal naive, and its
    // intervals are not wildly off nominal (loose: 12 origins of one series only).
    const MonthlySeries series = simulated(0.05, 7);
    RegressorOptions options;
    options.interventions = {{Intervention::Kind::LevelShift, QDate(2016, 1, 1), {}}};
    const BacktestResult model = Backtest::run(series,
        [&options](const MonthlySeries &s, int h) { return LogLinearModel::forecast(s, h, options); },
        {.minTraining = 60});
    const BacktestResult naive = Backtest::run(series,
        [](const MonthlySeries &s, int h) { return SeasonalNaive::forecast(s, h); }, {.minTraining = 60});
    QCOMPARE(model.origins, 36);
    QVERIFY(std::isfinite(model.mean.mase) && std::isfinite(naive.mean.mase));
    QVERIFY2(model.mean.mase < naive.mean.mase,
        qPrintable(QStringLiteral("%1 vs %2").arg(model.mean.mase).arg(naive.mean.mase)));
    QVERIFY2(model.mean.coverage95 > 0.8, qPrintable(QString::number(model.mean.coverage95)));
    QVERIFY(model.mean.coverage95 >= model.mean.coverage80);
}

QTEST_GUILESS_MAIN(TestForecast)

#include "tst_forecast.moc"
