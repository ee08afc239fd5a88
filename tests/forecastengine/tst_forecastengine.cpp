#include "TestSupport.h"

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "forecast/BacklogSimulation.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastInput.h"
#include "forecast/ForecastSettings.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace caseload;

namespace {

// exp(level + trend·t + season(month) + noise): a count series with known structure.
MonthlySeries simulated(QDate first, int months, double level, double trendPerMonth, double seasonAmplitude,
    double noise, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0, noise);
    std::vector<double> values;
    for (int t = 0; t < months; ++t) {
        const int month = first.addMonths(t).month();
        const double season = seasonAmplitude * std::sin(2 * 3.141592653589793 * month / 12.0);
        values.push_back(std::round(std::exp(level + trendPerMonth * t + season + normal(rng))));
    }
    return MonthlySeries(first, values);
}

void verifySane(const ForecastResult &f, int horizon)
{
    QCOMPARE(f.horizon(), horizon);
    for (int i = 0; i < f.horizon(); ++i) {
        const auto at = static_cast<size_t>(i);
        for (const double v : {f.lo95[at], f.lo80[at], f.mean[at], f.hi80[at], f.hi95[at]})
            QVERIFY2(std::isfinite(v) && v >= 0, qPrintable(QString::number(v)));
        QVERIFY(f.lo95[at] <= f.lo80[at]);
        QVERIFY(f.lo80[at] <= f.mean[at]);
        QVERIFY(f.mean[at] <= f.hi80[at]);
        QVERIFY(f.hi80[at] <= f.hi95[at]);
    }
}

const CandidateModel *candidate(const ForecastReport &report, const QString &id, bool familyChoice = true)
{
    for (const CandidateModel &c : report.candidates)
        if (c.id == id && (!familyChoice || c.familyChoice))
            return &c;
    return nullptr;
}

} // namespace

class TestForecastEngine : public QObject
{
    Q_OBJECT

private slots:
    void selectsByAiccThenBacktestMase();
    void secondBestFarBehindIsLeftOut();
    void combinationIsTheMeanOfTheBestTwo();
    void beatsSeasonalNaiveOnTrendingSeries();
    void widensIntervalsThatCoverTooLittle();
    void capsImplausibleTrend();
    void recoversLevelShift();
    void interventionOutsideTheSeriesIsIgnored();
    void degenerateInputs_data();
    void degenerateInputs();
    void wholeCountBounds();
    void cancelled();
    void chosenForecasterMatchesBacktest();
    void backlogByHand();
    void backlogWhatIfs();
    void backlogProbabilities();
    void backlogBacktest();
    void settingsJson();
    void settingsPersistInStore();
    void monthlyCsv();
    void monthlyCsvErrors_data();
    void monthlyCsvErrors();
    void seriesFromAnalyticsDropsIncompleteMonth();
};

void TestForecastEngine::selectsByAiccThenBacktestMase()
{
    const MonthlySeries series = simulated(QDate(2014, 1, 1), 96, 5, 0.01, 0.3, 0.08, 7);
    ForecastOptions options;
    const ForecastReport report = ForecastEngine::run(series, options);
    verifySane(report.forecast, 12);

    // Within each family the model with the lowest AICc is the family's choice.
    for (const QString &family :
        {QStringLiteral("regression"), QStringLiteral("glm"), QStringLiteral("smoothing")}) {
        double best = std::numeric_limits<double>::infinity();
        const CandidateModel *chosen = nullptr;
        int choices = 0;
        for (const CandidateModel &c : report.candidates) {
            if (c.family != family)
                continue;
            best = std::min(best, c.aicc);
            if (c.familyChoice) {
                chosen = &c;
                ++choices;
            }
        }
        QCOMPARE(choices, 1);
        QCOMPARE(chosen->aicc, best);
        QVERIFY(!chosen->backtest.perHorizon.empty());
    }
    // Across families: the two lowest backtest MASEs, seasonal naive competing too.
    std::vector<std::pair<double, QString>> scores;
    for (const CandidateModel &c : report.candidates)
        if (c.familyChoice)
            scores.emplace_back(c.backtest.mean.mase, c.id);
    QCOMPARE(scores.size(), size_t(4));
    std::sort(scores.begin(), scores.end());
    QVERIFY(scores[1].first <= 1.5 * scores[0].first);
    QCOMPARE(report.chosenIds, (QStringList {scores[0].second, scores[1].second}));
    QVERIFY(report.reason.contains(QStringLiteral("MASE")));
    // The default backtest: the 18 latest origins of an expanding window, h = 1..12.
    QCOMPARE(report.backtest.origins, 18);
    QCOMPARE(report.backtest.perHorizon.size(), size_t(12));
    QCOMPARE(report.backtest.perHorizon[0].count, 18);
    QCOMPARE(report.backtest.perHorizon[11].count, 7);
    QCOMPARE(report.baseline.origins, 18);
    QCOMPARE(report.residuals.size(), size_t(96));
}

void TestForecastEngine::secondBestFarBehindIsLeftOut()
{
    // A smooth S-shaped level without season or noise: the smoothing family follows it closely,
    // seasonal naive lags a year behind; the best is used alone when the second misses by more than
    // half as much again.
    std::vector<double> values;
    for (int t = 0; t < 96; ++t)
        values.push_back(std::round(1000 + 800 * std::tanh((t - 60) / 15.0)));
    const ForecastReport report = ForecastEngine::run(MonthlySeries(QDate(2015, 1, 1), values), {});
    std::vector<std::pair<double, QString>> scores;
    for (const CandidateModel &c : report.candidates)
        if (c.familyChoice)
            scores.emplace_back(c.backtest.mean.mase, c.id);
    std::sort(scores.begin(), scores.end());
    qInfo("best %s %.3f, second %s %.3f", qPrintable(scores[0].second), scores[0].first,
        qPrintable(scores[1].second), scores[1].first);
    QVERIFY(scores[1].first > 1.5 * scores[0].first);
    QCOMPARE(report.chosenIds, QStringList {scores[0].second});
    QVERIFY(report.messages.join(u' ').contains(QStringLiteral("used alone")));
    const CandidateModel *best = candidate(report, scores[0].second);
    for (size_t i = 0; i < 12; ++i)
        QVERIFY(
            std::fabs(report.forecast.mean[i] - best->forecast.mean[i]) < 1e-6 * (1 + best->forecast.mean[i])
            || report.messages.join(u' ').contains(QStringLiteral("capped")));
}

void TestForecastEngine::combinationIsTheMeanOfTheBestTwo()
{
    const MonthlySeries series = simulated(QDate(2012, 1, 1), 84, 6, 0.004, 0.2, 0.05, 11);
    const ForecastReport report = ForecastEngine::run(series, {});
    QCOMPARE(report.chosenIds.size(), 2);
    const CandidateModel *a = candidate(report, report.chosenIds[0]);
    const CandidateModel *b = candidate(report, report.chosenIds[1]);
    QVERIFY(a && b);
    QVERIFY(report.modelName.contains(a->name) && report.modelName.contains(b->name));
    for (int i = 0; i < 12; ++i) {
        const auto at = static_cast<size_t>(i);
        QVERIFY(
            std::fabs(report.forecast.mean[at] - (a->forecast.mean[at] + b->forecast.mean[at]) / 2) < 1e-9);
        if (report.widen80 == 1) {
            QVERIFY(std::fabs(report.forecast.lo80[at]
                        - std::floor((a->forecast.lo80[at] + b->forecast.lo80[at]) / 2))
                < 1e-9);
            QVERIFY(std::fabs(report.forecast.hi80[at]
                        - std::ceil((a->forecast.hi80[at] + b->forecast.hi80[at]) / 2))
                < 1e-9);
        }
    }
    // The single best when combination is off.
    ForecastOptions single;
    single.combineBestTwo = false;
    const ForecastReport one = ForecastEngine::run(series, single);
    QCOMPARE(one.chosenIds, QStringList {report.chosenIds[0]});
    QCOMPARE(one.forecast.mean, a->forecast.mean);
}

void TestForecastEngine::beatsSeasonalNaiveOnTrendingSeries()
{
    // A steady 2% monthly growth with seasonality: seasonal naive lags a whole year of growth.
    const MonthlySeries series = simulated(QDate(2013, 1, 1), 90, 5, 0.02, 0.25, 0.04, 3);
    const ForecastReport report = ForecastEngine::run(series, {});
    QVERIFY2(report.backtest.mean.mase < 0.8 * report.baseline.mean.mase,
        qPrintable(QStringLiteral("%1 vs %2").arg(report.backtest.mean.mase).arg(report.baseline.mean.mase)));
    QVERIFY(!report.chosenIds.contains(QStringLiteral("snaive")));
}

void TestForecastEngine::widensIntervalsThatCoverTooLittle()
{
    // Calm for six years, then a year and a half of wild swings: intervals fitted on the calm part
    // cover far less than they claim in the backtest, which must widen them and say so.
    MonthlySeries series = simulated(QDate(2010, 1, 1), 90, 5, 0, 0.2, 0.02, 5);
    std::mt19937_64 rng(99);
    std::normal_distribution<double> swing(0, 0.5);
    for (int t = 72; t < 90; ++t)
        series.values[static_cast<size_t>(t)]
            = std::round(series.values[static_cast<size_t>(t)] * std::exp(swing(rng)));
    const ForecastReport report = ForecastEngine::run(series, {});
    QVERIFY2(
        report.backtest.mean.coverage80 < 0.75, qPrintable(QString::number(report.backtest.mean.coverage80)));
    QVERIFY(report.widen80 > 1);
    QVERIFY(report.messages.join(u' ').contains(QStringLiteral("widened")));
    const CandidateModel *a = candidate(report, report.chosenIds[0]);
    const CandidateModel *b = candidate(report, report.chosenIds[1]);
    for (size_t i = 0; i < 12; ++i) {
        const double m = std::log1p(report.forecast.mean[i]);
        const double rawHalf = std::log1p((a->forecast.hi80[i] + b->forecast.hi80[i]) / 2) - m;
        const double half = std::log1p(report.forecast.hi80[i]) - m;
        // Widened by the measured factor on the log scale (the ceiling adds at most one case).
        QVERIFY2(half >= report.widen80 * rawHalf - 1e-9,
            qPrintable(QStringLiteral("%1 %2").arg(half).arg(rawHalf)));
    }
    verifySane(report.forecast, 12);
}

void TestForecastEngine::capsImplausibleTrend()
{
    // Doubling every six months: left alone, a trend model would promise ×4 within a year.
    std::vector<double> values;
    for (int t = 0; t < 60; ++t)
        values.push_back(std::round(10 * std::pow(2.0, t / 6.0)));
    const MonthlySeries series(QDate(2015, 1, 1), values);
    double last12 = 0;
    for (int t = 48; t < 60; ++t)
        last12 += values[static_cast<size_t>(t)] / 12;
    const auto ratio = [&](const ForecastResult &f) {
        double next = 0;
        for (double v : f.mean)
            next += v / 12;
        return next / last12;
    };
    const ForecastReport capped = ForecastEngine::run(series, {});
    QVERIFY2(ratio(capped.forecast) <= 2.0 + 1e-9, qPrintable(QString::number(ratio(capped.forecast))));
    QVERIFY(capped.messages.join(u' ').contains(QStringLiteral("capped")));
    ForecastOptions unlocked;
    unlocked.unlockTrend = true;
    const ForecastReport free = ForecastEngine::run(series, unlocked);
    QVERIFY2(ratio(free.forecast) > 2.0, qPrintable(QString::number(ratio(free.forecast))));
}

void TestForecastEngine::recoversLevelShift()
{
    // +50% from May 2015 (the registration reform), no trend.
    MonthlySeries series = simulated(QDate(2011, 1, 1), 96, 6, 0, 0.2, 0.03, 21);
    const int reform = series.indexOf(QDate(2015, 5, 1));
    for (int t = reform; t < series.size(); ++t)
        series.values[static_cast<size_t>(t)] = std::round(series.values[static_cast<size_t>(t)] * 1.5);
    ForecastOptions options;
    options.interventions = ForecastSettings::defaults().interventions;
    const ForecastReport report = ForecastEngine::run(series, options);
    const CandidateModel *regression = candidate(report, QStringLiteral("loglinear"));
    QVERIFY(regression);
    bool found = false;
    for (const Coefficient &c : regression->coefficients) {
        if (!c.name.contains(QStringLiteral("2015-05")))
            continue;
        found = true;
        QVERIFY2(std::fabs(c.estimate - std::log(1.5)) < 3 * c.standardError + 0.01,
            qPrintable(QStringLiteral("%1 ± %2").arg(c.estimate).arg(c.standardError)));
        QVERIFY(c.standardError > 0 && c.standardError < 0.05);
    }
    QVERIFY(found);
}

void TestForecastEngine::interventionOutsideTheSeriesIsIgnored()
{
    const MonthlySeries series = simulated(QDate(2019, 1, 1), 60, 5, 0, 0.2, 0.05, 2);
    ForecastOptions options;
    options.interventions = ForecastSettings::defaults().interventions;
    const ForecastReport report = ForecastEngine::run(series, options);
    for (const CandidateModel &c : report.candidates)
        for (const Coefficient &k : c.coefficients)
            QVERIFY2(!k.name.contains(QStringLiteral("2015")), qPrintable(k.name));
    QVERIFY(!report.messages.join(u' ').contains(QStringLiteral("collinear")));
}

void TestForecastEngine::degenerateInputs_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<bool>("expectMessage");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << std::vector<double> {} << true;
    QTest::newRow("five months") << std::vector<double> {3, 4, 5, 4, 3} << true;
    QTest::newRow("all zeros") << std::vector<double>(60, 0.0) << false;
    QTest::newRow("constant") << std::vector<double>(60, 42.0) << false;
    std::vector<double> thirty;
    for (int t = 0; t < 30; ++t)
        thirty.push_back(100 + 10 * (t % 12));
    QTest::newRow("30 months, no backtest") << thirty << true;
    std::vector<double> outlier(72, 100.0);
    for (size_t t = 0; t < outlier.size(); ++t)
        outlier[t] += static_cast<double>(t % 7);
    outlier[40] = 1e7;
    QTest::newRow("one huge outlier") << outlier << true;
    std::vector<double> gaps(72, 50.0);
    for (size_t t = 20; t < 30; ++t)
        gaps[t] = 0;
    QTest::newRow("gap of zeros") << gaps << false;
    std::vector<double> bad(60, 20.0);
    bad[5] = nan;
    bad[9] = -4;
    bad[11] = std::numeric_limits<double>::infinity();
    QTest::newRow("nan, negative, infinite") << bad << true;
    std::vector<double> sparse(60, 0.0);
    sparse[59] = 1;
    QTest::newRow("one case ever") << sparse << false;
}

void TestForecastEngine::degenerateInputs()
{
    QFETCH(std::vector<double>, values);
    QFETCH(bool, expectMessage);
    const ForecastReport report = ForecastEngine::run(MonthlySeries(QDate(2018, 1, 1), values), {});
    verifySane(report.forecast, 12);
    QVERIFY(!report.modelName.isEmpty());
    QVERIFY(!report.reason.isEmpty());
    if (expectMessage)
        QVERIFY(!report.messages.isEmpty());
    for (const double r : report.residuals)
        QVERIFY(std::isnan(r) || std::isfinite(r));
    if (!values.empty() && std::all_of(values.begin(), values.end(), [](double v) { return v == 0; }))
        for (double v : report.forecast.hi95)
            QCOMPARE(v, 0.0);
}

void TestForecastEngine::wholeCountBounds()
{
    const MonthlySeries counts = simulated(QDate(2015, 1, 1), 72, 4, 0.005, 0.2, 0.1, 8);
    const ForecastReport report = ForecastEngine::run(counts, {});
    for (size_t i = 0; i < 12; ++i)
        for (const double v : {report.forecast.lo80[i], report.forecast.hi80[i], report.forecast.lo95[i],
                 report.forecast.hi95[i]})
            QCOMPARE(v, std::floor(v));
    // A series of rates is not rounded.
    MonthlySeries rates = counts;
    for (double &v : rates.values)
        v = v / 7.0 + 0.05;
    const ForecastReport fractional = ForecastEngine::run(rates, {});
    bool someFraction = false;
    for (size_t i = 0; i < 12; ++i)
        someFraction = someFraction || fractional.forecast.hi80[i] != std::floor(fractional.forecast.hi80[i]);
    QVERIFY(someFraction);
}

void TestForecastEngine::cancelled()
{
    const MonthlySeries series = simulated(QDate(2014, 1, 1), 72, 5, 0, 0.2, 0.05, 1);
    const ForecastReport report = ForecastEngine::run(series, {}, [] { return true; });
    QVERIFY(report.candidates.empty());
    QCOMPARE(report.forecast.horizon(), 0);
}

void TestForecastEngine::chosenForecasterMatchesBacktest()
{
    // The chosen forecast refitted at each origin scores exactly what the report says.
    const MonthlySeries series = simulated(QDate(2013, 1, 1), 84, 5, 0.005, 0.3, 0.06, 17);
    ForecastOptions options;
    const ForecastReport report = ForecastEngine::run(series, options);
    BacktestOptions bt;
    bt.maxOrigins = options.maxOrigins;
    const BacktestResult again = Backtest::run(series, ForecastEngine::chosenForecaster(report, options), bt);
    QCOMPARE(again.origins, report.backtest.origins);
    QVERIFY2(std::fabs(again.mean.mase - report.backtest.mean.mase) < 1e-12,
        qPrintable(QStringLiteral("%1 vs %2").arg(again.mean.mase).arg(report.backtest.mean.mase)));
}

namespace {

// History where every month closes exactly `rate` of its workload (pending at the previous month end
// plus filed): closures proportional to workload, elasticity 1.
void flowHistory(int months, double filedPerMonth, double rate, MonthlySeries *filed, MonthlySeries *closed,
    MonthlySeries *pending)
{
    std::vector<double> f;
    std::vector<double> c;
    std::vector<double> p;
    double stock = 400;
    std::mt19937_64 rng(4);
    std::uniform_real_distribution<double> wobble(0.7, 1.3);
    for (int t = 0; t < months; ++t) {
        const double in = std::round(filedPerMonth * wobble(rng));
        const double out = std::round(rate * (stock + in));
        stock = stock + in - out;
        f.push_back(in);
        c.push_back(out);
        p.push_back(stock);
    }
    *filed = MonthlySeries(QDate(2016, 1, 1), f);
    *closed = MonthlySeries(QDate(2016, 1, 1), c);
    *pending = MonthlySeries(QDate(2016, 1, 1), p);
}

ForecastResult flat(QDate first, int horizon, double value)
{
    ForecastResult f;
    f.first = first;
    f.mean.assign(static_cast<size_t>(horizon), value);
    f.lo80 = f.hi80 = f.lo95 = f.hi95 = f.mean;
    return f;
}

} // namespace

void TestForecastEngine::backlogByHand()
{
    MonthlySeries filed, closed, pending;
    flowHistory(60, 100, 0.2, &filed, &closed, &pending);
    const BacklogSimulation simulation(filed, closed, pending);
    QVERIFY2(std::fabs(simulation.closureModel().elasticity - 1) < 0.02,
        qPrintable(QString::number(simulation.closureModel().elasticity)));
    QVERIFY(simulation.closureModel().sigma < 0.02);
    const BacklogFan fan = simulation.simulate(flat(filed.monthAt(60), 12, 100), {}, 1000);
    QCOMPARE(fan.horizon(), 12);
    QCOMPARE(fan.first, QDate(2021, 1, 1));
    // pending(h) = 0.8 · (pending(h−1) + 100), from the last month's pending.
    double expected = pending.values.back();
    for (int h = 0; h < 12; ++h) {
        expected = 0.8 * (expected + 100);
        const double tolerance = 0.02 * expected + 2;
        QVERIFY2(std::fabs(fan.p50[static_cast<size_t>(h)] - expected) < tolerance,
            qPrintable(QStringLiteral("month %1: %2 vs %3")
                           .arg(h)
                           .arg(fan.p50[static_cast<size_t>(h)])
                           .arg(expected)));
        QCOMPARE(fan.filedMedian[static_cast<size_t>(h)], 100.0);
        QVERIFY(fan.p025[static_cast<size_t>(h)] <= fan.p10[static_cast<size_t>(h)]);
        QVERIFY(fan.p10[static_cast<size_t>(h)] <= fan.p50[static_cast<size_t>(h)]);
        QVERIFY(fan.p50[static_cast<size_t>(h)] <= fan.p90[static_cast<size_t>(h)]);
        QVERIFY(fan.p90[static_cast<size_t>(h)] <= fan.p975[static_cast<size_t>(h)]);
        QCOMPARE(fan.sortedPending[static_cast<size_t>(h)].size(), size_t(1000));
    }
    const ForecastResult asForecast = BacklogSimulation::asForecast(fan);
    QCOMPARE(asForecast.mean, fan.p50);
    QCOMPARE(asForecast.lo80, fan.p10);
    QCOMPARE(asForecast.hi95, fan.p975);
    // Same seed, same fan.
    QCOMPARE(simulation.simulate(flat(filed.monthAt(60), 12, 100), {}, 1000).p50, fan.p50);
}

void TestForecastEngine::backlogWhatIfs()
{
    MonthlySeries filed, closed, pending;
    flowHistory(60, 100, 0.2, &filed, &closed, &pending);
    const BacklogSimulation simulation(filed, closed, pending);
    const ForecastResult filings = flat(filed.monthAt(60), 12, 100);
    BacklogScenario more;
    more.filingsChange = 0.2;
    BacklogScenario faster;
    faster.capacityChange = 0.2;
    const BacklogFan base = simulation.simulate(filings, {}, 1000);
    const BacklogFan moreFilings = simulation.simulate(filings, more, 1000);
    const BacklogFan moreCapacity = simulation.simulate(filings, faster, 1000);
    double p = pending.values.back();
    double q = pending.values.back();
    for (size_t h = 0; h < 12; ++h) {
        // +20% filings: 120 a month at the same 20% rate; +20% capacity: 24% of the workload closes.
        p = 0.8 * (p + 120);
        q = 0.76 * (q + 100);
        QCOMPARE(moreFilings.filedMedian[h], 120.0);
        QVERIFY2(std::fabs(moreFilings.p50[h] - p) < 0.02 * p + 2,
            qPrintable(QString::number(moreFilings.p50[h])));
        QVERIFY2(std::fabs(moreCapacity.p50[h] - q) < 0.02 * q + 2,
            qPrintable(QString::number(moreCapacity.p50[h])));
        QVERIFY(moreFilings.p50[h] > base.p50[h]);
        QVERIFY(moreCapacity.p50[h] < base.p50[h]);
    }
}

void TestForecastEngine::backlogProbabilities()
{
    MonthlySeries filed, closed, pending;
    flowHistory(60, 100, 0.2, &filed, &closed, &pending);
    const BacklogSimulation simulation(filed, closed, pending);
    // Uncertain filings: the fan has width.
    ForecastResult filings = flat(filed.monthAt(60), 12, 100);
    for (size_t h = 0; h < 12; ++h) {
        filings.lo95[h] = 50;
        filings.lo80[h] = 70;
        filings.hi80[h] = 140;
        filings.hi95[h] = 180;
    }
    BacklogScenario faster;
    faster.capacityChange = 0.3;
    const BacklogFan fan = simulation.simulate(filings, faster, 2000);
    QVERIFY(fan.p975.back() - fan.p025.back() > 10);
    const double level = fan.p50[5];
    const std::vector<double> reached = BacklogSimulation::probabilityReached(fan, level);
    const std::vector<double> below = BacklogSimulation::probabilityBelow(fan, level);
    for (size_t h = 0; h < 12; ++h) {
        QVERIFY(reached[h] >= below[h]);
        if (h > 0)
            QVERIFY(reached[h] >= reached[h - 1]);
    }
    // At the month whose median is the level, half the paths are below it.
    QVERIFY2(std::fabs(below[5] - 0.5) < 0.03, qPrintable(QString::number(below[5])));
    const int first = BacklogSimulation::firstMonthReached(fan, level, 0.5);
    QVERIFY(first >= 0 && first <= 5);
    QVERIFY(reached[static_cast<size_t>(first)] >= 0.5);
    if (first > 0)
        QVERIFY(reached[static_cast<size_t>(first - 1)] < 0.5);
    QCOMPARE(BacklogSimulation::firstMonthReached(fan, 0, 0.5), -1);
}

void TestForecastEngine::backlogBacktest()
{
    MonthlySeries filed, closed, pending;
    flowHistory(96, 100, 0.2, &filed, &closed, &pending);
    ForecastOptions options;
    const ForecastReport filings = ForecastEngine::run(filed, options);
    BacktestOptions bt;
    bt.maxOrigins = 48;
    const BacktestResult result = BacklogSimulation::backtest(
        filed, closed, pending, ForecastEngine::chosenForecaster(filings, options), bt, 300);
    QCOMPARE(result.origins, 48);
    QCOMPARE(result.perHorizon.size(), size_t(12));
    const BacktestResult naive
        = Backtest::run(pending, ForecastEngine::forecaster(QStringLiteral("snaive"), options), bt);
    qInfo("backlog MASE %.3f bias %.1f cov80 %.2f cov95 %.2f; seasonal naive MASE %.3f", result.mean.mase,
        result.mean.bias, result.mean.coverage80, result.mean.coverage95, naive.mean.mase);
    // A stable flow (pending reverting to 400) is forecast better than by repeating last year, without
    // bias, and the bands cover about what they claim.
    QVERIFY2(result.mean.mase < naive.mean.mase,
        qPrintable(QStringLiteral("%1 vs %2").arg(result.mean.mase).arg(naive.mean.mase)));
    QVERIFY2(std::fabs(result.mean.bias) < 10, qPrintable(QString::number(result.mean.bias)));
    QVERIFY2(result.mean.coverage80 > 0.65 && result.mean.coverage95 > 0.85,
        qPrintable(QStringLiteral("%1 %2").arg(result.mean.coverage80).arg(result.mean.coverage95)));
}

void TestForecastEngine::settingsJson()
{
    ForecastSettings settings;
    settings.interventions
        = {{Intervention::Kind::LevelShift, QDate(2015, 5, 1), QStringLiteral("立案登记制")},
            {Intervention::Kind::TrendHinge, QDate(2020, 2, 1), QStringLiteral("COVID")}};
    settings.combineBestTwo = false;
    settings.unlockTrend = true;
    ForecastSettings parsed;
    QString error;
    QVERIFY(ForecastSettings::fromJson(settings.toJson(), &parsed, &error));
    QCOMPARE(parsed, settings);

    const ForecastSettings before = parsed;
    QVERIFY(!ForecastSettings::fromJson(
        QStringLiteral("{\"interventions\":[{\"kind\":\"jump\",\"month\":\"2015-05\"}]}"), &parsed, &error));
    QVERIFY(error.contains(QStringLiteral("jump")));
    QVERIFY(!ForecastSettings::fromJson(
        QStringLiteral("{\"interventions\":[{\"kind\":\"level\",\"month\":\"2015-13\"}]}"), &parsed, &error));
    QVERIFY(error.contains(QStringLiteral("2015-13")));
    QVERIFY(!ForecastSettings::fromJson(QStringLiteral("[1,2"), &parsed, &error));
    QCOMPARE(parsed, before);

    const ForecastSettings defaults = ForecastSettings::defaults();
    QCOMPARE(defaults.interventions.size(), size_t(1));
    QCOMPARE(defaults.interventions[0].month, QDate(2015, 5, 1));
    QCOMPARE(defaults.interventions[0].kind, Intervention::Kind::LevelShift);
}

void TestForecastEngine::settingsPersistInStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString error;
    {
        const auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(ForecastSettings::load(*store), ForecastSettings::defaults());
        ForecastSettings settings;
        settings.interventions
            = {{Intervention::Kind::TrendHinge, QDate(2020, 2, 1), QStringLiteral("疫情")}};
        QVERIFY2(settings.save(*store, &error), qPrintable(error));
    }
    const auto reopened = Store::open(path, &error);
    QVERIFY(reopened);
    QString warning = QStringLiteral("not cleared");
    const ForecastSettings loaded = ForecastSettings::load(*reopened, &warning);
    QCOMPARE(warning, QString());
    QCOMPARE(loaded.interventions.size(), size_t(1));
    QCOMPARE(loaded.interventions[0].label, QStringLiteral("疫情"));
    QCOMPARE(loaded.interventions[0].kind, Intervention::Kind::TrendHinge);

    // Settings that cannot be used are never taken silently: the defaults come with a warning.
    QVERIFY(reopened->setSetting(QStringLiteral("forecast/settings"), QStringLiteral("{not json"), &error));
    QCOMPARE(ForecastSettings::load(*reopened, &warning), ForecastSettings::defaults());
    QVERIFY2(warning.contains(QStringLiteral("the defaults are used instead")), qPrintable(warning));
    QSqlQuery drop(reopened->database());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE settings"))); // a store that can no longer be read
    QCOMPARE(ForecastSettings::load(*reopened, &warning), ForecastSettings::defaults());
    QVERIFY2(warning.contains(QStringLiteral("cannot read the setting forecast/settings")), qPrintable(warning));
}

void TestForecastEngine::monthlyCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.csv"));
    QVERIFY(test::writeText(path,
        QStringLiteral("Month,Value\r\n2019-11,10\r\n2019-12,0\r\n\r\n2020-01,12.5\r\n"), "UTF-8", true));
    MonthlySeries series;
    QString error;
    QVERIFY2(ForecastInput::readMonthlyCsv(path, &series, &error), qPrintable(error));
    QCOMPARE(series.first, QDate(2019, 11, 1));
    QCOMPARE(series.values, (std::vector<double> {10, 0, 12.5}));
}

void TestForecastEngine::monthlyCsvErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("line 1, field “month”");
    QTest::newRow("header") << QStringLiteral("date,count\n2019-01,3\n")
                            << QStringLiteral("line 1, field “month”");
    QTest::newRow("bad month") << QStringLiteral("month,value\n2019-01,3\n2019/02,4\n")
                               << QStringLiteral("line 3, field “month”: “2019/02”");
    QTest::newRow("month 13") << QStringLiteral("month,value\n2019-13,3\n")
                              << QStringLiteral("line 2, field “month”");
    QTest::newRow("gap") << QStringLiteral("month,value\n2019-01,3\n2019-03,4\n")
                         << QStringLiteral(
                                "line 3, field “month”: months missing between 2019-01 and 2019-03");
    QTest::newRow("descending") << QStringLiteral("month,value\n2019-02,3\n2019-01,4\n")
                                << QStringLiteral("line 3, field “month”: 2019-01 is not after 2019-02");
    QTest::newRow("negative") << QStringLiteral("month,value\n2019-01,-3\n")
                              << QStringLiteral("line 2, field “value”: “-3”");
    QTest::newRow("text value") << QStringLiteral("month,value\n2019-01,3\n2019-02,many\n")
                                << QStringLiteral("line 3, field “value”: “many”");
    QTest::newRow("three fields") << QStringLiteral("month,value\n2019-01,3,4\n")
                                  << QStringLiteral("line 2, field “value”: expected 2 fields, found 3");
}

void TestForecastEngine::monthlyCsvErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(test::writeText(path, text));
    MonthlySeries series;
    QString error;
    QVERIFY(!ForecastInput::readMonthlyCsv(path, &series, &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.csv, ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QString missing;
    QVERIFY(!ForecastInput::readMonthlyCsv(dir.filePath(QStringLiteral("none.csv")), &series, &missing));
    QVERIFY(missing.contains(QStringLiteral("none.csv")));
}

void TestForecastEngine::seriesFromAnalyticsDropsIncompleteMonth()
{
    // Three months of cases; the data end on 2020-03-15, so March is incomplete.
    CaseTable table;
    const auto add = [&table](int number, QDate filed, QDate closed) {
        CaseRecord r;
        r.caseNumber = QStringLiteral("（2020）京0101执%1号").arg(number);
        r.courtName = QStringLiteral("甲法院");
        r.courtCode = QStringLiteral("京0101");
        r.type = CaseType::FirstEnforcement;
        r.filedOn = filed;
        r.closedOn = closed;
        if (closed.isValid())
            r.closureMethod = ClosureMethod::Performed;
        table.append(r);
    };
    add(1, QDate(2020, 1, 5), QDate(2020, 2, 10));
    add(2, QDate(2020, 1, 20), QDate());
    add(3, QDate(2020, 2, 3), QDate(2020, 3, 15));
    add(4, QDate(2020, 3, 2), QDate());
    AnalyticsInput input;
    input.filter.from = QDate(2020, 2, 1);
    QString error;
    const auto result = Analytics::compute(table, ForecastInput::historyInput(input), &error);
    QVERIFY2(result, qPrintable(error));
    const ForecastSeriesSet set = ForecastInput::series(*result, table);
    QCOMPARE(set.filed.first, QDate(2020, 1, 1));
    QCOMPARE(set.filed.values, (std::vector<double> {2, 1}));
    QCOMPARE(set.closed.values, (std::vector<double> {0, 1}));
    QCOMPARE(set.pending.values, (std::vector<double> {2, 2}));
    QCOMPARE(set.series(ForecastSeriesKind::Pending).values, set.pending.values);
    QCOMPARE(set.messages.size(), 1);
    QVERIFY(set.messages[0].contains(QStringLiteral("2020-03")));
    QVERIFY(set.messages[0].contains(QStringLiteral("2020-03-15")));
}

QTEST_GUILESS_MAIN(TestForecastEngine)
#include "tst_forecastengine.moc"
