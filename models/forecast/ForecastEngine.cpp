#include "forecast/ForecastEngine.h"

#include "forecast/CountGlm.h"
#include "forecast/ModelSupport.h"
#include "forecast/SeasonalNaive.h"
#include "forecast/Smoothing.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caseload {

namespace {

constexpr int MinModelMonths = 24;
// The 12-month mean may move at most by this factor from the last 12 months' mean unless unlocked.
constexpr double TrendCap = 2.0;
// Coverage below these triggers widening (FORECASTING.md: 80% covering less than 75%).
constexpr double Floor80 = 0.75;
constexpr double Floor95 = 0.90;
// The best two are averaged only when the second's backtest MASE is within this factor of the best's.
constexpr double CombineWithin = 1.5;

struct Spec
{
    CandidateModel model;
    Forecaster forecaster;
};

// The family's choice: the candidate with the lowest AICc (the first of equals).
size_t lowestAicc(const std::vector<Spec> &family)
{
    size_t best = 0;
    for (size_t i = 1; i < family.size(); ++i)
        if (family[i].model.aicc < family[best].model.aicc)
            best = i;
    return best;
}

// Mean of two forecasts month by month, bounds averaged as quantiles (Vincentisation).
ForecastResult average(const ForecastResult &a, const ForecastResult &b)
{
    ForecastResult out = a;
    const size_t h = std::min(a.mean.size(), b.mean.size());
    out.mean.resize(h);
    out.lo80.resize(h);
    out.hi80.resize(h);
    out.lo95.resize(h);
    out.hi95.resize(h);
    for (size_t i = 0; i < h; ++i) {
        out.mean[i] = (a.mean[i] + b.mean[i]) / 2;
        out.lo80[i] = (a.lo80[i] + b.lo80[i]) / 2;
        out.hi80[i] = (a.hi80[i] + b.hi80[i]) / 2;
        out.lo95[i] = (a.lo95[i] + b.lo95[i]) / 2;
        out.hi95[i] = (a.hi95[i] + b.hi95[i]) / 2;
    }
    out.messages.clear();
    return out;
}

// Keeps lo95 <= lo80 <= mean <= hi80 <= hi95, all finite and >= 0.
void tidy(ForecastResult &f)
{
    for (size_t i = 0; i < f.mean.size(); ++i) {
        auto clean = [](double v) { return std::isfinite(v) ? std::max(0.0, v) : 0.0; };
        f.mean[i] = clean(f.mean[i]);
        f.lo80[i] = std::min(clean(f.lo80[i]), f.mean[i]);
        f.hi80[i] = std::max(clean(f.hi80[i]), f.mean[i]);
        f.lo95[i] = std::min(clean(f.lo95[i]), f.lo80[i]);
        f.hi95[i] = std::max(clean(f.hi95[i]), f.hi80[i]);
    }
}

double quantile(std::vector<double> values, double p)
{
    if (values.empty())
        return 1;
    std::sort(values.begin(), values.end());
    return modelSupport::sortedQuantile(values, p);
}

// How far, in units of the interval's half-width on the log(1 + y) scale, each backtest actual fell
// from the point forecast: 1 is on the bound. Used to widen intervals that cover too little.
std::vector<double> excessRatios(const MonthlySeries &series, const BacktestForecasts &made, bool wide)
{
    std::vector<double> ratios;
    for (size_t o = 0; o < made.origins.size(); ++o) {
        const ForecastResult &f = made.forecasts[o];
        for (int i = 0; i < f.horizon(); ++i) {
            const size_t at = static_cast<size_t>(i);
            const size_t t = static_cast<size_t>(made.origins[o] + i);
            if (t >= series.values.size())
                break;
            const double m = std::log1p(f.mean[at]);
            const double a = std::log1p(series.values[t]);
            const double bound
                = std::log1p(a >= m ? (wide ? f.hi95[at] : f.hi80[at]) : (wide ? f.lo95[at] : f.lo80[at]));
            const double half = std::fabs(bound - m);
            const double gap = std::fabs(a - m);
            ratios.push_back(gap == 0 ? 0 : (half > 0 ? gap / half : 1e6));
        }
    }
    return ratios;
}

void widen(ForecastResult &f, double k80, double k95)
{
    for (size_t i = 0; i < f.mean.size(); ++i) {
        const double m = std::log1p(f.mean[i]);
        const auto stretch = [m](double bound, double k) {
            return std::max(0.0, std::expm1(std::min(m + k * (std::log1p(bound) - m), 700.0)));
        };
        f.lo80[i] = stretch(f.lo80[i], k80);
        f.hi80[i] = stretch(f.hi80[i], k80);
        f.lo95[i] = stretch(f.lo95[i], k95);
        f.hi95[i] = stretch(f.hi95[i], k95);
    }
    tidy(f);
}

QString formatMase(double v)
{
    return QLocale().toString(v, 'f', 2);
}

RegressorOptions regressorOptions(const ForecastOptions &options, bool trend)
{
    RegressorOptions r;
    r.trend = trend;
    r.monthDummies = true;
    r.springFestival = options.springFestival;
    r.december = options.december;
    r.interventions = options.interventions;
    return r;
}

// Interventions outside the series (before its second month or after its last) have no effect on
// the fit and are left out quietly: a May 2015 reform for data starting in 2019, say.
std::vector<Intervention> relevantInterventions(
    const MonthlySeries &series, const std::vector<Intervention> &all)
{
    std::vector<Intervention> kept;
    for (const Intervention &iv : all) {
        const int index = series.indexOf(iv.month);
        if (index >= 1 && index < series.size())
            kept.push_back(iv);
    }
    return kept;
}

QString trendWords(bool trend)
{
    return trend ? QCoreApplication::translate("caseload::Forecast", "with trend")
                 : QCoreApplication::translate("caseload::Forecast", "no trend");
}

} // namespace

ForecastReport ForecastEngine::run(
    const MonthlySeries &input, const ForecastOptions &givenOptions, const std::function<bool()> &cancelled)
{
    const auto stop = [&cancelled] { return cancelled && cancelled(); };
    ForecastReport report;
    bool changed = false;
    report.series = input.sanitised(&changed);
    if (!report.series.first.isValid())
        report.series.first = QDate(2000, 1, 1);
    if (changed)
        report.messages << QCoreApplication::translate(
            "caseload::Forecast", "Negative or missing values were read as 0.");
    const MonthlySeries &series = report.series;
    const int n = series.size();
    const int horizon = std::max(givenOptions.horizon, 1);
    ForecastOptions options = givenOptions;
    options.interventions = relevantInterventions(series, givenOptions.interventions);
    report.residuals.assign(static_cast<size_t>(n), std::numeric_limits<double>::quiet_NaN());

    if (n == 0) {
        report.forecast = modelSupport::zeros(series.first, horizon, {});
        report.modelName = QCoreApplication::translate("caseload::Forecast", "No data");
        report.reason
            = QCoreApplication::translate("caseload::Forecast", "The series is empty: the forecast is 0.");
        report.messages << report.reason;
        return report;
    }

    // Candidates on the whole series.
    std::vector<Spec> specs;
    const auto addBaseline = [&] {
        Spec s;
        s.model.id = QStringLiteral("snaive");
        s.model.family = QStringLiteral("baseline");
        s.model.name = n >= 12 ? QCoreApplication::translate("caseload::Forecast", "Seasonal naive")
                               : QCoreApplication::translate("caseload::Forecast", "Naive (last value)");
        s.model.aicc = std::numeric_limits<double>::infinity();
        s.model.familyChoice = true;
        s.model.forecast = SeasonalNaive::forecast(series, horizon);
        s.model.messages = s.model.forecast.messages;
        for (int t = 12; t < n; ++t)
            s.model.fitted.push_back(series.values[static_cast<size_t>(t - 12)]);
        if (!s.model.fitted.empty())
            s.model.fitted.insert(s.model.fitted.begin(), 12, std::numeric_limits<double>::quiet_NaN());
        s.forecaster
            = [](const MonthlySeries &training, int h) { return SeasonalNaive::forecast(training, h); };
        specs.push_back(std::move(s));
    };

    if (n < MinModelMonths) {
        addBaseline();
        report.candidates.push_back(specs.front().model);
        report.forecast = specs.front().model.forecast;
        report.forecast.messages.clear();
        tidy(report.forecast);
        report.modelName = specs.front().model.name;
        report.chosenIds << specs.front().model.id;
        report.reason = QCoreApplication::translate("caseload::Forecast",
            "Only %1 months of history: with fewer than 24, only the seasonal naive forecast is used.")
                            .arg(n);
        report.messages << report.reason;
        return report;
    }

    // Regression family: log-linear OLS with and without trend.
    {
        std::vector<Spec> family;
        for (const bool trend : {false, true}) {
            const RegressorOptions r = regressorOptions(options, trend);
            LogLinearModel model(r);
            model.fit(series);
            Spec s;
            s.model.id = QStringLiteral("loglinear");
            s.model.family = QStringLiteral("regression");
            s.model.name = QCoreApplication::translate("caseload::Forecast", "Log-linear regression, %1")
                               .arg(trendWords(trend));
            s.model.trend = trend;
            s.model.aicc = model.aicc();
            s.model.coefficients = model.coefficients();
            s.model.fitted = model.fitted();
            s.model.forecast = model.forecast(horizon);
            s.model.messages = model.messages();
            s.forecaster = [r](const MonthlySeries &training, int h) {
                return LogLinearModel::forecast(training, h, r);
            };
            family.push_back(std::move(s));
        }
        if (stop())
            return {};
        const size_t best = lowestAicc(family);
        family[best].model.familyChoice = true;
        for (Spec &s : family)
            specs.push_back(std::move(s));
    }

    // GLM family: Poisson and negative binomial, with and without trend.
    {
        std::vector<Spec> family;
        // Only the family's choice is forecast: the simulated intervals are the GLMs' costly part.
        std::vector<CountGlm> fits;
        for (const auto kind :
            {CountGlmOptions::Family::Poisson, CountGlmOptions::Family::NegativeBinomial}) {
            for (const bool trend : {false, true}) {
                CountGlmOptions o;
                o.family = kind;
                o.regressors = regressorOptions(options, trend);
                o.draws = options.draws;
                CountGlm model(o);
                model.fit(series);
                Spec s;
                const bool poisson = kind == CountGlmOptions::Family::Poisson;
                s.model.id = poisson ? QStringLiteral("poisson") : QStringLiteral("negbin");
                s.model.family = QStringLiteral("glm");
                s.model.trend = trend;
                s.model.name
                    = (poisson ? QCoreApplication::translate("caseload::Forecast", "Poisson regression, %1")
                               : QCoreApplication::translate(
                                   "caseload::Forecast", "Negative-binomial regression, %1"))
                          .arg(trendWords(trend));
                s.model.aicc = model.aicc();
                s.model.coefficients = model.coefficients();
                s.model.fitted = model.fitted();
                s.model.messages = model.messages();
                CountGlmOptions backtestOptions = o;
                backtestOptions.draws = options.backtestDraws;
                const Eigen::VectorXd start = model.fullBeta();
                const double theta = model.theta();
                s.forecaster = [backtestOptions, start, theta](const MonthlySeries &training, int h) {
                    CountGlm m(backtestOptions);
                    m.setStart(start, theta);
                    m.fit(training);
                    return m.forecast(h);
                };
                family.push_back(std::move(s));
                fits.push_back(std::move(model));
            }
            if (stop())
                return {};
        }
        const size_t best = lowestAicc(family);
        family[best].model.familyChoice = true;
        family[best].model.forecast = fits[best].forecast(horizon);
        for (Spec &s : family)
            specs.push_back(std::move(s));
    }

    // Smoothing family: Theta and damped trend.
    {
        std::vector<Spec> family;
        for (const auto method : {SmoothingOptions::Method::Theta, SmoothingOptions::Method::DampedTrend}) {
            SmoothingOptions o;
            o.method = method;
            Smoothing model(o);
            model.fit(series);
            Spec s;
            const bool theta = method == SmoothingOptions::Method::Theta;
            s.model.id = theta ? QStringLiteral("theta") : QStringLiteral("damped");
            s.model.family = QStringLiteral("smoothing");
            s.model.name = theta ? QCoreApplication::translate("caseload::Forecast", "Theta method")
                                 : QCoreApplication::translate("caseload::Forecast", "Damped trend");
            s.model.aicc = model.aicc();
            s.model.fitted = model.fitted();
            s.model.forecast = model.forecast(horizon);
            s.model.messages = model.messages();
            SmoothingOptions warm = o;
            if (!theta)
                warm.dampedStart = std::array<double, 3> {model.alpha(), model.beta(), model.phi()};
            s.forecaster = [warm](const MonthlySeries &training, int h) {
                return Smoothing::forecast(training, h, warm);
            };
            family.push_back(std::move(s));
        }
        if (stop())
            return {};
        const size_t best = lowestAicc(family);
        family[best].model.familyChoice = true;
        for (Spec &s : family)
            specs.push_back(std::move(s));
    }
    addBaseline();

    // Backtest every family's choice on the same origins.
    BacktestOptions bt;
    bt.minTraining = options.minTraining;
    bt.maxHorizon = 12;
    bt.maxOrigins = options.maxOrigins;
    const bool canBacktest = !Backtest::origins(n, bt).empty();
    std::vector<BacktestForecasts> made(specs.size());
    std::vector<size_t> ranked;
    for (size_t i = 0; i < specs.size(); ++i) {
        if (!specs[i].model.familyChoice)
            continue;
        if (canBacktest) {
            made[i] = Backtest::forecasts(series, specs[i].forecaster, bt);
            specs[i].model.backtest = Backtest::score(series, made[i], bt);
        }
        ranked.push_back(i);
        if (stop())
            return {};
    }
    const size_t baselineIndex = specs.size() - 1;

    std::vector<size_t> chosen;
    if (canBacktest) {
        // A candidate whose backtest went wrong (non-finite or absurd errors) ranks last.
        const auto score = [&specs](size_t i) {
            const double mase = specs[i].model.backtest.mean.mase;
            return std::isfinite(mase) && !specs[i].model.backtest.perHorizon.empty()
                ? mase
                : std::numeric_limits<double>::infinity();
        };
        std::stable_sort(
            ranked.begin(), ranked.end(), [&score](size_t a, size_t b) { return score(a) < score(b); });
        ranked.erase(std::remove_if(ranked.begin() + 1, ranked.end(),
                         [&score](size_t i) { return !std::isfinite(score(i)); }),
            ranked.end());
        chosen.push_back(ranked[0]);
        if (options.combineBestTwo && ranked.size() > 1) {
            // Averaging in a model that misses by half as much again mostly adds its error (co2 in
            // the benchmark: 0.28 alone, 0.53 averaged with seasonal naive): then the best alone.
            if (score(ranked[1]) <= CombineWithin * score(ranked[0]))
                chosen.push_back(ranked[1]);
            else
                report.messages << QCoreApplication::translate("caseload::Forecast",
                    "The second-best model (%1, MASE %2) misses by more than half as much again as the best "
                    "(%3): "
                    "the best is used alone instead of the mean of the two.")
                                       .arg(specs[ranked[1]].model.name, formatMase(score(ranked[1])),
                                           formatMase(score(ranked[0])));
        }
    } else {
        // No backtest possible: the regression and Theta choices, which need no tuning to the data.
        for (size_t i = 0; i < specs.size(); ++i)
            if (specs[i].model.familyChoice
                && (specs[i].model.family == QLatin1String("regression")
                    || specs[i].model.id == QLatin1String("theta")))
                chosen.push_back(i);
        if (!options.combineBestTwo)
            chosen.resize(1);
    }

    const CandidateModel &first = specs[chosen[0]].model;
    report.chosenIds << first.id;
    if (chosen.size() == 2) {
        const CandidateModel &second = specs[chosen[1]].model;
        report.chosenIds << second.id;
        report.forecast = average(first.forecast, second.forecast);
        report.modelName = QCoreApplication::translate("caseload::Forecast", "Mean of %1 and %2")
                               .arg(first.name, second.name);
    } else {
        report.forecast = first.forecast;
        report.forecast.messages.clear();
        report.modelName = first.name;
    }
    tidy(report.forecast);

    // Residuals of the chosen forecast's fitted values (the mean of the two where both have one).
    for (int t = 0; t < n; ++t) {
        double sum = 0;
        int count = 0;
        for (const size_t c : chosen) {
            const std::vector<double> &fitted = specs[c].model.fitted;
            if (static_cast<size_t>(t) < fitted.size() && std::isfinite(fitted[static_cast<size_t>(t)])) {
                sum += fitted[static_cast<size_t>(t)];
                ++count;
            }
        }
        if (count == static_cast<int>(chosen.size()))
            report.residuals[static_cast<size_t>(t)] = series.values[static_cast<size_t>(t)] - sum / count;
    }

    if (canBacktest) {
        BacktestForecasts combined = made[chosen[0]];
        if (chosen.size() == 2)
            for (size_t o = 0; o < combined.forecasts.size(); ++o)
                combined.forecasts[o] = average(made[chosen[0]].forecasts[o], made[chosen[1]].forecasts[o]);
        report.backtest = Backtest::score(series, combined, bt);
        report.baseline = specs[baselineIndex].model.backtest;

        QStringList scores;
        for (const size_t c : chosen)
            scores << QStringLiteral("%1 %2").arg(
                specs[c].model.name, formatMase(specs[c].model.backtest.mean.mase));
        report.reason = QCoreApplication::translate("caseload::Forecast",
            "Lowest mean MASE over %1 backtest origins (h = 1..12): %2; seasonal naive %3. "
            "Within each family the model with the lowest AICc was taken.")
                            .arg(report.backtest.origins)
                            .arg(scores.join(QStringLiteral("; ")), formatMase(report.baseline.mean.mase));

        // Calibration on the backtest.
        const double c80 = report.backtest.mean.coverage80;
        const double c95 = report.backtest.mean.coverage95;
        if (c80 < Floor80) {
            report.widen80 = std::max(1.0, quantile(excessRatios(series, combined, false), 0.80));
            report.messages << QCoreApplication::translate(
                "caseload::Forecast", "The 80% interval covered %1% of the backtest: widened ×%2.")
                                   .arg(QLocale().toString(100 * c80, 'f', 1),
                                       QLocale().toString(report.widen80, 'f', 2));
        }
        if (c95 < Floor95) {
            report.widen95 = std::max(1.0, quantile(excessRatios(series, combined, true), 0.95));
            report.messages << QCoreApplication::translate(
                "caseload::Forecast", "The 95% interval covered %1% of the backtest: widened ×%2.")
                                   .arg(QLocale().toString(100 * c95, 'f', 1),
                                       QLocale().toString(report.widen95, 'f', 2));
        }
        if (report.widen80 > 1 || report.widen95 > 1)
            widen(report.forecast, report.widen80, report.widen95);
    } else {
        report.reason = QCoreApplication::translate("caseload::Forecast",
            "Only %1 months of history: too few for a backtest (%2 needed), so the regression and "
            "Theta forecasts are averaged unchecked.")
                            .arg(n)
                            .arg(options.minTraining + 1);
        report.messages << report.reason;
    }

    // Plausibility cap on the trend.
    if (!options.unlockTrend && n >= 12) {
        double last = 0;
        for (int t = n - 12; t < n; ++t)
            last += series.values[static_cast<size_t>(t)] / 12;
        const int span = std::min(12, report.forecast.horizon());
        double next = 0;
        for (int i = 0; i < span; ++i)
            next += report.forecast.mean[static_cast<size_t>(i)] / span;
        if (last > 0 && next > 0) {
            const double ratio = next / last;
            double factor = 1;
            if (ratio > TrendCap)
                factor = TrendCap / ratio;
            else if (ratio < 1 / TrendCap)
                factor = 1 / (TrendCap * ratio);
            if (factor != 1) {
                for (std::vector<double> *v : {&report.forecast.mean, &report.forecast.lo80,
                         &report.forecast.hi80, &report.forecast.lo95, &report.forecast.hi95})
                    for (double &x : *v)
                        x *= factor;
                report.messages << QCoreApplication::translate("caseload::Forecast",
                    "The forecast implied a change ×%1 against the last 12 months; it is capped at "
                    "×%2 (unlock the trend in the forecast settings to allow it).")
                                       .arg(QLocale().toString(ratio, 'f', 2),
                                           QLocale().toString(ratio > 1 ? TrendCap : 1 / TrendCap, 'f', 2));
            }
        }
    }

    // Counts get whole-number bounds, rounded outwards.
    const bool counts = std::all_of(
        series.values.begin(), series.values.end(), [](double v) { return v == std::floor(v); });
    if (counts) {
        for (size_t i = 0; i < report.forecast.mean.size(); ++i) {
            report.forecast.lo80[i] = std::floor(report.forecast.lo80[i]);
            report.forecast.lo95[i] = std::floor(report.forecast.lo95[i]);
            report.forecast.hi80[i] = std::ceil(report.forecast.hi80[i]);
            report.forecast.hi95[i] = std::ceil(report.forecast.hi95[i]);
        }
    }

    for (const size_t c : chosen)
        for (const QString &m : specs[c].model.messages)
            if (!report.messages.contains(m))
                report.messages << m;
    for (Spec &s : specs) {
        s.model.refit = std::move(s.forecaster);
        report.candidates.push_back(std::move(s.model));
    }
    report.forecast.messages = report.messages;
    return report;
}

Forecaster ForecastEngine::forecaster(
    const QString &id, const ForecastOptions &given, const ForecastReport &report)
{
    bool trend = true;
    for (const CandidateModel &c : report.candidates) {
        if (c.id == id && c.familyChoice) {
            if (c.refit)
                return c.refit;
            trend = c.trend;
        }
    }
    const ForecastOptions options = given;
    if (id == QLatin1String("loglinear")) {
        return [options, trend](const MonthlySeries &training, int h) {
            ForecastOptions relevant = options;
            relevant.interventions = relevantInterventions(training, options.interventions);
            return LogLinearModel::forecast(training, h, regressorOptions(relevant, trend));
        };
    }
    if (id == QLatin1String("poisson") || id == QLatin1String("negbin")) {
        return [options, trend, id](const MonthlySeries &training, int h) {
            CountGlmOptions o;
            o.family = id == QLatin1String("poisson") ? CountGlmOptions::Family::Poisson
                                                      : CountGlmOptions::Family::NegativeBinomial;
            ForecastOptions relevant = options;
            relevant.interventions = relevantInterventions(training, options.interventions);
            o.regressors = regressorOptions(relevant, trend);
            o.draws = options.backtestDraws;
            return CountGlm::forecast(training, h, o);
        };
    }
    if (id == QLatin1String("theta") || id == QLatin1String("damped")) {
        SmoothingOptions o;
        o.method = id == QLatin1String("theta") ? SmoothingOptions::Method::Theta
                                                : SmoothingOptions::Method::DampedTrend;
        return [o](const MonthlySeries &training, int h) { return Smoothing::forecast(training, h, o); };
    }
    return [](const MonthlySeries &training, int h) { return SeasonalNaive::forecast(training, h); };
}

Forecaster ForecastEngine::chosenForecaster(const ForecastReport &report, const ForecastOptions &options)
{
    std::vector<Forecaster> parts;
    for (const QString &id : report.chosenIds)
        parts.push_back(forecaster(id, options, report));
    if (parts.empty())
        parts.push_back(forecaster(QStringLiteral("snaive"), options));
    return [parts](const MonthlySeries &training, int h) {
        ForecastResult f = parts[0](training, h);
        if (parts.size() > 1)
            f = average(f, parts[1](training, h));
        tidy(f);
        return f;
    };
}

} // namespace caseload
