#include "forecast/CalendarRegressors.h"
#include "forecast/CountGlm.h"
#include "forecast/MonthlySeries.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace caseload;

Q_DECLARE_METATYPE(MonthlySeries)
Q_DECLARE_METATYPE(CountGlmOptions::Family)

namespace {

using Family = CountGlmOptions::Family;

// The fixture of fixture.R: 60 months from January 2016, NB(mu, size = 12) with
// log mu = 4.5 + 0.01 t + season − 0.6 · Spring Festival share (set.seed(20160101); rnbinom).
const std::vector<double> FixtureCounts
    = {74, 39, 83, 71, 113, 91, 69, 82, 112, 177, 102, 187, 102, 82, 104, 87, 196, 71, 136, 128, 72, 206, 106,
        263, 156, 78, 115, 157, 156, 89, 131, 136, 65, 177, 195, 174, 140, 57, 201, 104, 117, 140, 303, 106,
        194, 176, 168, 171, 105, 158, 276, 229, 110, 126, 237, 153, 76, 115, 244, 252};

struct Reference
{
    std::vector<double> beta;
    std::vector<double> se;
    double aic = 0;
    double logLik = 0;
    double deviance = 0;
    double theta = std::numeric_limits<double>::infinity();
    double thetaSe = 0;
};

// Rscript tests/forecastglm/fixture.R, default glm.control (epsilon 1e-8):
//   glm(y ~ t + month + share, family = poisson)
const Reference RPoisson
    = {{4.6493958817, 0.0105398432069, -0.217055155875, 0.109199707925, -0.0854604848006, -0.0303050687411,
           -0.332387993058, 0.184395380164, -0.19628209595, -0.360146513959, 0.12382188818, 0.0700580296398,
           0.310014284063, -0.518487155164},
        {0.0493416066824, 0.000652583428095, 0.0667554594528, 0.0586842320439, 0.0608824665695,
            0.0601059478768, 0.0640851224052, 0.0576202757688, 0.0619529484562, 0.0641842491413,
            0.0581066029879, 0.058630790358, 0.0563544357423, 0.0733063658551},
        1076.13737247, -524.068686235, 647.269013346};
//   MASS::glm.nb(y ~ t + month + share)
const Reference RNegativeBinomial
    = {{4.63946718541, 0.0111743521249, -0.254510149161, 0.0569294141296, -0.124763485715, 0.00533930776479,
           -0.342757017543, 0.132749493079, -0.200301238691, -0.352559571675, 0.164676510213, 0.0363844555435,
           0.32532858041, -0.512983428929},
        {0.151408773192, 0.00210589949677, 0.189402224575, 0.188302368825, 0.189048389877, 0.188559903029,
            0.19018432886, 0.188271823501, 0.189671807717, 0.190532614743, 0.188600111635, 0.189209547667,
            0.188555800518, 0.206827661998},
        628.379333963, -299.189666981, 60.1032115441, 14.5841124684, 2.92325256691};

// Rscript tests/forecastglm/fixture.R, second fixture: the first 36 months,
//   glm(y36 ~ t36 + share36 + december + shift, family = poisson) and glm.nb(...) of the same.
const Reference RPoisson36
    = {{4.55474169972, 0.00983022612328, -0.529725995271, 0.491893337007, 0.0843034386161},
        {0.0355871925474, 0.00294556601092, 0.077823327155, 0.0443880641731, 0.0608295908359}, 630.660131498,
        -310.330065749, 384.555018035};
const Reference RNegativeBinomial36
    = {{4.50005544132, 0.0151729198698, -0.539485666375, 0.498809199936, 0.00278323328416},
        {0.111902152367, 0.00967679639438, 0.202885009647, 0.178456438651, 0.198519919803}, 367.472779741,
        -177.73638987, 36.2290353672, 12.6294310066, 3.26082159602};

bool close(double actual, double expected, double relative, double scale = 0)
{
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), scale);
}

QString mismatch(const char *what, int index, double actual, double expected)
{
    return QStringLiteral("%1[%2]: %3 vs R %4")
        .arg(QLatin1String(what))
        .arg(index)
        .arg(actual, 0, 'g', 12)
        .arg(expected, 0, 'g', 12);
}

void checkSane(const ForecastResult &f, int horizon)
{
    QCOMPARE(f.horizon(), horizon);
    QCOMPARE(static_cast<int>(f.lo95.size()), horizon);
    QCOMPARE(static_cast<int>(f.lo80.size()), horizon);
    QCOMPARE(static_cast<int>(f.hi80.size()), horizon);
    QCOMPARE(static_cast<int>(f.hi95.size()), horizon);
    for (int i = 0; i < horizon; ++i) {
        const auto at = static_cast<size_t>(i);
        for (double v : {f.mean[at], f.lo80[at], f.hi80[at], f.lo95[at], f.hi95[at]}) {
            QVERIFY2(std::isfinite(v), qPrintable(QStringLiteral("step %1").arg(i + 1)));
            QVERIFY(v >= 0);
            QCOMPARE(v, std::round(v));
        }
        QVERIFY(f.lo95[at] <= f.lo80[at]);
        QVERIFY(f.lo80[at] <= f.mean[at]);
        QVERIFY(f.mean[at] <= f.hi80[at]);
        QVERIFY(f.hi80[at] <= f.hi95[at]);
    }
}

// NB2 (or Poisson when theta is infinite) counts with log mean `eta`, via the gamma–Poisson
// mixture drawn with the standard library (independent of the model's own sampler).
double drawCount(std::mt19937_64 &rng, double eta, double theta)
{
    double lambda = std::exp(eta);
    if (std::isfinite(theta))
        lambda = std::gamma_distribution<double>(theta, lambda / theta)(rng);
    return static_cast<double>(std::poisson_distribution<long long>(lambda)(rng));
}

// The design's true coefficients for the simulations: intercept, trend, Feb..Dec, Spring Festival.
Eigen::VectorXd trueBeta(double intercept)
{
    Eigen::VectorXd beta(14);
    beta << intercept, 0.004, -0.25, 0.10, 0.00, 0.05, 0.10, 0.15, -0.05, 0.00, 0.05, 0.10, 0.35, -0.5;
    return beta;
}

MonthlySeries simulate(
    std::mt19937_64 &rng, QDate first, int months, const Eigen::VectorXd &beta, double theta)
{
    const Eigen::MatrixXd x = CalendarRegressors(first, RegressorOptions()).matrix(0, months);
    const Eigen::VectorXd eta = x * beta;
    std::vector<double> values(static_cast<size_t>(months));
    for (int i = 0; i < months; ++i)
        values[static_cast<size_t>(i)] = drawCount(rng, eta(i), theta);
    return MonthlySeries(first, values);
}

CountGlmOptions optionsFor(Family family, int draws = 1000)
{
    CountGlmOptions options;
    options.family = family;
    options.draws = draws;
    return options;
}

} // namespace

class TestForecastGlm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesR_data();
    void matchesR();
    void recoversKnownCoefficients_data();
    void recoversKnownCoefficients();
    void intervalCoverage_data();
    void intervalCoverage();
    void degenerateInput_data();
    void degenerateInput();
    void noOverdispersionIsPoisson();
    void monthsAllZeroAreHeldFixed();
    void sameSeedSameIntervals();
    void warmStartMatchesColdFit();
    void timing();
};

enum class Fixture { Full, EmptyColumn, Short };
Q_DECLARE_METATYPE(Fixture)

void TestForecastGlm::matchesR_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<Fixture>("fixture");
    QTest::newRow("poisson") << Family::Poisson << Fixture::Full;
    QTest::newRow("negative binomial") << Family::NegativeBinomial << Fixture::Full;
    // A level shift after the last month is an all-zero column: dropped, the rest as R without it.
    QTest::newRow("poisson, empty column") << Family::Poisson << Fixture::EmptyColumn;
    QTest::newRow("negative binomial, empty column") << Family::NegativeBinomial << Fixture::EmptyColumn;
    QTest::newRow("poisson, 36 months, December and level shift") << Family::Poisson << Fixture::Short;
    QTest::newRow("negative binomial, 36 months, December and level shift")
        << Family::NegativeBinomial << Fixture::Short;
}

void TestForecastGlm::matchesR()
{
    QFETCH(Family, family);
    QFETCH(Fixture, fixture);
    const bool emptyColumn = fixture == Fixture::EmptyColumn;
    const bool poisson = family == Family::Poisson;
    const Reference &r = fixture == Fixture::Short ? (poisson ? RPoisson36 : RNegativeBinomial36)
                                                   : (poisson ? RPoisson : RNegativeBinomial);
    CountGlmOptions options = optionsFor(family);
    std::vector<double> counts = FixtureCounts;
    if (emptyColumn)
        options.regressors.interventions = {{Intervention::Kind::LevelShift, QDate(2021, 6, 1), QString()}};
    if (fixture == Fixture::Short) {
        counts.resize(36);
        options.regressors.monthDummies = false;
        options.regressors.december = true;
        options.regressors.interventions = {{Intervention::Kind::LevelShift, QDate(2017, 7, 1), QString()}};
    }
    const int n = static_cast<int>(counts.size());
    CountGlm model(options);
    model.fit(MonthlySeries(QDate(2016, 1, 1), counts));
    QVERIFY(model.converged());
    std::vector<Coefficient> c = model.coefficients();
    if (emptyColumn) {
        QCOMPARE(c.size(), r.beta.size() + 1);
        QVERIFY(c.back().dropped);
        QCOMPARE(c.back().estimate, 0.0);
        QVERIFY(model.messages().join(QLatin1Char(' ')).contains(c.back().name));
        c.pop_back();
    }
    QCOMPARE(c.size(), r.beta.size());
    double worstBeta = 0;
    double worstSe = 0;
    for (size_t j = 0; j < c.size(); ++j) {
        worstBeta = std::max(
            worstBeta, std::fabs(c[j].estimate - r.beta[j]) / std::max(std::fabs(r.beta[j]), r.se[j]));
        worstSe = std::max(worstSe, std::fabs(c[j].standardError - r.se[j]) / r.se[j]);
    }
    qInfo(
        "largest relative difference from R: coefficients %.1e, standard errors %.1e, AIC %.1e, theta %.1e, "
        "its SE %.1e",
        worstBeta, worstSe, std::fabs(model.aic() - r.aic) / r.aic,
        std::isfinite(r.theta) ? std::fabs(model.theta() - r.theta) / r.theta : 0.0,
        std::isfinite(r.theta) ? std::fabs(model.thetaStandardError() - r.thetaSe) / r.thetaSe : 0.0);
    for (size_t j = 0; j < c.size(); ++j) {
        QVERIFY(!c[j].dropped);
        // Relative 1e-5, or 1e-5 of a standard error for a coefficient near 0.
        QVERIFY2(close(c[j].estimate, r.beta[j], 1e-5, r.se[j]),
            qPrintable(mismatch("beta", int(j), c[j].estimate, r.beta[j])));
        QVERIFY2(close(c[j].standardError, r.se[j], 1e-5),
            qPrintable(mismatch("se", int(j), c[j].standardError, r.se[j])));
    }
    QVERIFY2(close(model.aic(), r.aic, 1e-8), qPrintable(mismatch("aic", 0, model.aic(), r.aic)));
    QVERIFY2(close(model.logLikelihood(), r.logLik, 1e-8),
        qPrintable(mismatch("loglik", 0, model.logLikelihood(), r.logLik)));
    QVERIFY2(close(model.deviance(), r.deviance, 1e-6),
        qPrintable(mismatch("deviance", 0, model.deviance(), r.deviance)));
    const int k = static_cast<int>(r.beta.size()) + (poisson ? 0 : 1);
    QVERIFY(close(model.aicc(), r.aic + 2.0 * k * (k + 1) / (n - k - 1), 1e-8));
    if (family == Family::Poisson) {
        QVERIFY(std::isinf(model.theta()));
    } else {
        QVERIFY2(
            close(model.theta(), r.theta, 1e-5), qPrintable(mismatch("theta", 0, model.theta(), r.theta)));
        QVERIFY2(close(model.thetaStandardError(), r.thetaSe, 1e-5),
            qPrintable(mismatch("theta se", 0, model.thetaStandardError(), r.thetaSe)));
    }
    QCOMPARE(static_cast<int>(model.fitted().size()), n);
    checkSane(model.forecast(12), 12);
}

void TestForecastGlm::recoversKnownCoefficients_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<double>("theta");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("nb theta 20") << Family::NegativeBinomial << 20.0 << quint64(1);
    QTest::newRow("nb theta 5") << Family::NegativeBinomial << 5.0 << quint64(2);
    QTest::newRow("nb theta 50") << Family::NegativeBinomial << 50.0 << quint64(3);
    QTest::newRow("poisson") << Family::Poisson << std::numeric_limits<double>::infinity() << quint64(4);
}

void TestForecastGlm::recoversKnownCoefficients()
{
    QFETCH(Family, family);
    QFETCH(double, theta);
    QFETCH(quint64, seed);
    std::mt19937_64 rng(seed);
    const Eigen::VectorXd beta = trueBeta(5.0);
    // 35 years (the Spring Festival table covers 1990-2050).
    const MonthlySeries series = simulate(rng, QDate(2000, 1, 1), 420, beta, theta);
    CountGlm model(optionsFor(family));
    model.fit(series);
    QVERIFY(model.converged());
    for (int j = 0; j < beta.size(); ++j) {
        const Coefficient &c = model.coefficients()[static_cast<size_t>(j)];
        QVERIFY2(std::fabs(c.estimate - beta(j)) < 4 * c.standardError,
            qPrintable(QStringLiteral("%1: %2 ± %3, true %4")
                           .arg(c.name)
                           .arg(c.estimate)
                           .arg(c.standardError)
                           .arg(beta(j))));
    }
    if (family == Family::NegativeBinomial)
        QVERIFY2(std::fabs(model.theta() - theta) < 4 * model.thetaStandardError(),
            qPrintable(QStringLiteral("theta %1 ± %2, true %3")
                           .arg(model.theta())
                           .arg(model.thetaStandardError())
                           .arg(theta)));
}

void TestForecastGlm::intervalCoverage_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<double>("theta");
    QTest::addColumn<double>("level");
    QTest::addColumn<int>("series");
    QTest::newRow("nb, theta 15, ~300 a month") << Family::NegativeBinomial << 15.0 << 300.0 << 1000;
    QTest::newRow("nb, theta 4, ~60 a month") << Family::NegativeBinomial << 4.0 << 60.0 << 400;
    QTest::newRow("poisson, ~2000 a month")
        << Family::Poisson << std::numeric_limits<double>::infinity() << 2000.0 << 400;
}

void TestForecastGlm::intervalCoverage()
{
    // Series of 8 years from a known model, each forecast 12 months ahead: the share of actual
    // counts inside the 80% and 95% intervals should be the nominal one.
    QFETCH(Family, family);
    QFETCH(double, theta);
    QFETCH(double, level);
    QFETCH(int, series);
    constexpr int Months = 96;
    constexpr int Horizon = 12;
    const Eigen::VectorXd beta = trueBeta(std::log(level));
    std::mt19937_64 rng(20240601);
    int inside80 = 0;
    int inside95 = 0;
    int total = 0;
    QElapsedTimer timer;
    timer.start();
    for (int s = 0; s < series; ++s) {
        const MonthlySeries full = simulate(rng, QDate(2008, 1, 1), Months + Horizon, beta, theta);
        // 200 draws, as the engine's backtest uses.
        CountGlmOptions options = optionsFor(family, 200);
        options.seed = 1000 + s;
        const ForecastResult f = CountGlm::forecast(full.head(Months), Horizon, options);
        for (int h = 0; h < Horizon; ++h) {
            const auto at = static_cast<size_t>(h);
            const double actual = full.values[static_cast<size_t>(Months + h)];
            inside80 += (actual >= f.lo80[at] && actual <= f.hi80[at]) ? 1 : 0;
            inside95 += (actual >= f.lo95[at] && actual <= f.hi95[at]) ? 1 : 0;
            ++total;
        }
    }
    const double coverage80 = double(inside80) / total;
    const double coverage95 = double(inside95) / total;
    qInfo("coverage over %d forecasts: 80%% interval %.2f%%, 95%% interval %.2f%% (%lld ms)", total,
        100 * coverage80, 100 * coverage95, static_cast<long long>(timer.elapsed()));
    QVERIFY(std::fabs(coverage80 - 0.80) <= 0.02);
    QVERIFY(std::fabs(coverage95 - 0.95) <= 0.02);
}

void TestForecastGlm::degenerateInput_data()
{
    QTest::addColumn<MonthlySeries>("series");
    const QDate first(2015, 1, 1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> gap = FixtureCounts;
    std::fill(gap.begin() + 20, gap.begin() + 34, 0.0);
    std::vector<double> outlier = FixtureCounts;
    outlier[30] = 100000;
    std::vector<double> bad = FixtureCounts;
    bad[3] = -5;
    bad[10] = nan;
    bad[11] = inf;
    bad[40] = -inf;
    std::vector<double> endsInZeros = FixtureCounts;
    std::fill(endsInZeros.end() - 8, endsInZeros.end(), 0.0);
    QTest::newRow("empty") << MonthlySeries(first, {});
    QTest::newRow("all zeros") << MonthlySeries(first, std::vector<double>(48, 0.0));
    QTest::newRow("constant") << MonthlySeries(first, std::vector<double>(48, 7.0));
    QTest::newRow("one month") << MonthlySeries(first, {5});
    QTest::newRow("3 months") << MonthlySeries(first, {4, 9, 6});
    QTest::newRow("gap of zeros") << MonthlySeries(first, gap);
    QTest::newRow("ends in zeros") << MonthlySeries(first, endsInZeros);
    QTest::newRow("huge outlier") << MonthlySeries(first, outlier);
    QTest::newRow("negative and non-finite") << MonthlySeries(first, bad);
    QTest::newRow("one non-zero") << MonthlySeries(first, [] {
        std::vector<double> v(36, 0.0);
        v[17] = 3;
        return v;
    }());
    QTest::newRow("huge counts") << MonthlySeries(
        first, std::vector<double> {1e12, 3e12, 2e12, 5e12, 4e12, 1e12});
    QTest::newRow("invalid start") << MonthlySeries(QDate(), FixtureCounts);
}

void TestForecastGlm::degenerateInput()
{
    QFETCH(MonthlySeries, series);
    for (Family family : {Family::Poisson, Family::NegativeBinomial}) {
        CountGlm model(optionsFor(family, 200));
        model.fit(series);
        checkSane(model.forecast(12), 12);
        QCOMPARE(model.forecast(0).horizon(), 0);
        QVERIFY(!std::isnan(model.aic()));
        QVERIFY(!std::isnan(model.aicc()));
        QVERIFY(!std::isnan(model.theta()));
        QVERIFY(std::isfinite(model.thetaStandardError()));
        QVERIFY(std::isfinite(model.logLikelihood()));
        for (const Coefficient &c : model.coefficients())
            QVERIFY(std::isfinite(c.estimate) && std::isfinite(c.standardError));
        for (double v : model.fitted())
            QVERIFY(std::isfinite(v) && v >= 0);
        const QString tag = QLatin1String(QTest::currentDataTag());
        if (tag != QLatin1String("invalid start"))
            QVERIFY2(!model.messages().isEmpty(), QTest::currentDataTag());
    }
}

void TestForecastGlm::noOverdispersionIsPoisson()
{
    // Counts that vary less than Poisson: theta runs to infinity, reported as a Poisson fit.
    std::vector<double> values;
    for (int i = 0; i < 60; ++i)
        values.push_back(100 + (i % 3) - 1);
    CountGlm nb(optionsFor(Family::NegativeBinomial));
    nb.fit(MonthlySeries(QDate(2016, 1, 1), values));
    CountGlm poisson(optionsFor(Family::Poisson));
    poisson.fit(MonthlySeries(QDate(2016, 1, 1), values));
    QVERIFY(std::isinf(nb.theta()));
    QVERIFY(!nb.messages().isEmpty());
    QCOMPARE(nb.aic(), poisson.aic());
    QVERIFY(close(nb.fullBeta()(0), poisson.fullBeta()(0), 1e-12));
}

void TestForecastGlm::monthsAllZeroAreHeldFixed()
{
    // Every February is 0: its coefficient runs off towards −infinity with a huge standard error;
    // the intervals must not explode, and February forecasts 0.
    std::vector<double> values = FixtureCounts;
    for (size_t i = 1; i < values.size(); i += 12)
        values[i] = 0;
    CountGlmOptions options = optionsFor(Family::NegativeBinomial);
    options.regressors.springFestival = false;
    CountGlm model(options);
    model.fit(MonthlySeries(QDate(2016, 1, 1), values));
    const Coefficient &february = model.coefficients()[2];
    QVERIFY(february.estimate < -10);
    const ForecastResult f = model.forecast(12);
    checkSane(f, 12);
    QCOMPARE(f.hi95[1], 0.0);
    for (size_t i = 0; i < 12; ++i)
        QVERIFY2(f.hi95[i] < 2000, qPrintable(QString::number(f.hi95[i])));
    QVERIFY(!model.messages().isEmpty());
}

void TestForecastGlm::sameSeedSameIntervals()
{
    const MonthlySeries series(QDate(2016, 1, 1), FixtureCounts);
    for (Family family : {Family::Poisson, Family::NegativeBinomial}) {
        CountGlmOptions options = optionsFor(family, 200);
        const ForecastResult a = CountGlm::forecast(series, 12, options);
        const ForecastResult b = CountGlm::forecast(series, 12, options);
        QCOMPARE(a.mean, b.mean);
        QCOMPARE(a.lo80, b.lo80);
        QCOMPARE(a.hi80, b.hi80);
        QCOMPARE(a.lo95, b.lo95);
        QCOMPARE(a.hi95, b.hi95);
        options.seed += 1;
        const ForecastResult c = CountGlm::forecast(series, 12, options);
        QVERIFY(c.lo80 != a.lo80 || c.hi80 != a.hi80 || c.lo95 != a.lo95 || c.hi95 != a.hi95);
    }
}

void TestForecastGlm::warmStartMatchesColdFit()
{
    const MonthlySeries series(QDate(2016, 1, 1), FixtureCounts);
    for (Family family : {Family::Poisson, Family::NegativeBinomial}) {
        // As a backtest does: start the fit of the full series from the fit one month shorter.
        CountGlm shorter(optionsFor(family));
        shorter.fit(series.head(59));
        CountGlm cold(optionsFor(family));
        cold.fit(series);
        CountGlm warm(optionsFor(family));
        warm.setStart(shorter.fullBeta(), shorter.theta());
        warm.fit(series);
        QVERIFY(warm.converged());
        QVERIFY2(warm.iterations() < cold.iterations(),
            qPrintable(QStringLiteral("%1 vs %2").arg(warm.iterations()).arg(cold.iterations())));
        for (size_t j = 0; j < cold.coefficients().size(); ++j) {
            const Coefficient &a = cold.coefficients()[j];
            const Coefficient &b = warm.coefficients()[j];
            QVERIFY(close(b.estimate, a.estimate, 1e-7, a.standardError));
            QVERIFY(close(b.standardError, a.standardError, 1e-7));
        }
        if (family == Family::NegativeBinomial)
            QVERIFY(close(warm.theta(), cold.theta(), 1e-7));
        QVERIFY(close(warm.aic(), cold.aic(), 1e-10));
        // A start of the wrong length is ignored.
        CountGlm wrong(optionsFor(family));
        wrong.setStart(Eigen::VectorXd::Zero(3), 1.0);
        wrong.fit(series);
        QVERIFY(close(wrong.aic(), cold.aic(), 1e-10));
    }
}

void TestForecastGlm::timing()
{
    // 120 months × 16 columns (intercept, trend, 11 months, Spring Festival, a level shift and a
    // trend change); a backtest refits with one month more, warm-started from the previous fit.
    // Medians of single calls (the machine may be shared); printed, not asserted.
    CountGlmOptions options = optionsFor(Family::NegativeBinomial, 200);
    options.regressors.interventions = {{Intervention::Kind::LevelShift, QDate(2015, 5, 1), QString()},
        {Intervention::Kind::TrendHinge, QDate(2016, 1, 1), QString()}};
    std::mt19937_64 rng(7);
    const MonthlySeries series = simulate(rng, QDate(2010, 1, 1), 132, trueBeta(std::log(400.0)), 20);
    constexpr int Rounds = 12;
    constexpr int Repeats = 40;
    auto median = [](std::vector<qint64> &v) {
        std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
        return v[v.size() / 2] / 1000.0;
    };
    {
        // The design alone (CalendarRegressors, paid by every fit of a new CountGlm object).
        std::vector<qint64> designNs;
        QElapsedTimer timer;
        for (int repeat = 0; repeat < 200; ++repeat) {
            timer.start();
            const Eigen::MatrixXd x
                = CalendarRegressors(QDate(2010, 1, 1), options.regressors).matrix(0, 144);
            designNs.push_back(timer.nsecsElapsed());
            QCOMPARE(x.cols(), Eigen::Index(16));
        }
        qInfo("CalendarRegressors::matrix, 144 months x 16 columns: median %.1f us", median(designNs));
    }
    for (Family family : {Family::Poisson, Family::NegativeBinomial}) {
        options.family = family;
        std::vector<qint64> coldNs;
        std::vector<qint64> warmNs;
        std::vector<qint64> engineNs;
        std::vector<qint64> forecastNs;
        int coldIterations = 0;
        int warmIterations = 0;
        int engineIterations = 0;
        QElapsedTimer timer;
        CountGlm full(options);
        full.fit(series.head(120 + Rounds));
        for (int repeat = 0; repeat < Repeats; ++repeat) {
            CountGlm model(options);
            for (int r = 0; r < Rounds; ++r) {
                const MonthlySeries head = series.head(120 + r);
                CountGlm cold(options);
                timer.start();
                cold.fit(head);
                coldNs.push_back(timer.nsecsElapsed());
                coldIterations += cold.iterations();
                // Warm, one object refitted with a month more each time.
                if (r > 0)
                    model.setStart(model.fullBeta(), model.theta());
                timer.start();
                model.fit(head);
                if (r > 0) {
                    warmNs.push_back(timer.nsecsElapsed());
                    warmIterations += model.iterations();
                }
                QCOMPARE(model.coefficients().size(), size_t(16));
                // As ForecastEngine's backtest: a new object started from the full series' fit.
                CountGlm origin(options);
                origin.setStart(full.fullBeta(), full.theta());
                timer.start();
                origin.fit(head);
                engineNs.push_back(timer.nsecsElapsed());
                engineIterations += origin.iterations();
                timer.start();
                const ForecastResult f = model.forecast(12);
                forecastNs.push_back(timer.nsecsElapsed());
                QCOMPARE(f.horizon(), 12);
            }
        }
        qInfo("%s, 120-131 months x 16 columns, median: cold fit %.1f us (%.1f iterations); warm fit, same "
              "object %.1f us (%.1f iterations); warm fit, new object started from the full fit %.1f us "
              "(%.1f iterations); forecast 12 months x 200 draws %.1f us",
            family == Family::Poisson ? "Poisson" : "NB", median(coldNs),
            double(coldIterations) / coldNs.size(), median(warmNs), double(warmIterations) / warmNs.size(),
            median(engineNs), double(engineIterations) / engineNs.size(), median(forecastNs));
    }
}

QTEST_GUILESS_MAIN(TestForecastGlm)
#include "tst_forecastglm.moc"
