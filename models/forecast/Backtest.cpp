#include "forecast/Backtest.h"

#include "forecast/Accuracy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace caseload {

namespace {

struct Sums
{
    int count = 0;
    double scaled = 0;
    double smape = 0;
    double bias = 0;
    int in80 = 0;
    int in95 = 0;
};

} // namespace

std::vector<int> Backtest::origins(int months, const BacktestOptions &options)
{
    std::vector<int> out;
    const int minTraining = std::max(options.minTraining, 1);
    int first = minTraining;
    if (options.maxOrigins > 0)
        first = std::max(first, months - options.maxOrigins);
    for (int origin = first; origin < months; ++origin)
        out.push_back(origin);
    return out;
}

BacktestForecasts Backtest::forecasts(
    const MonthlySeries &series, const Forecaster &forecaster, const BacktestOptions &options)
{
    BacktestForecasts out;
    if (!forecaster)
        return out;
    const int maxH = std::max(options.maxHorizon, 1);
    out.origins = origins(series.size(), options);
    out.forecasts.reserve(out.origins.size());
    for (const int origin : out.origins)
        out.forecasts.push_back(forecaster(series.head(origin), std::min(maxH, series.size() - origin)));
    return out;
}

BacktestResult Backtest::run(
    const MonthlySeries &series, const Forecaster &forecaster, const BacktestOptions &options)
{
    return score(series, forecasts(series, forecaster, options), options);
}

BacktestResult Backtest::score(
    const MonthlySeries &series, const BacktestForecasts &made, const BacktestOptions &options)
{
    BacktestResult result;
    const int n = series.size();
    const int maxH = std::max(options.maxHorizon, 1);
    if (made.origins.empty()) {
        result.messages << QCoreApplication::translate(
            "caseload::Forecast", "Too few months for a backtest: %1 needed, %2 available.")
                               .arg(std::max(options.minTraining, 1) + 1)
                               .arg(n);
        return result;
    }

    std::vector<Sums> sums(static_cast<size_t>(maxH));
    for (size_t o = 0; o < made.origins.size() && o < made.forecasts.size(); ++o) {
        const int origin = made.origins[o];
        const ForecastResult &f = made.forecasts[o];
        const double scale = Accuracy::maseScale(series.head(origin), options.period);
        const int h = std::min(maxH, n - origin);
        ++result.origins;
        for (int i = 0; i < std::min(h, f.horizon()); ++i) {
            const auto at = static_cast<size_t>(i);
            const double actual = series.values[static_cast<size_t>(origin + i)];
            const double point = f.mean[at];
            Sums &s = sums[at];
            ++s.count;
            s.scaled += std::fabs(point - actual) / (scale > 0 ? scale : 1);
            s.smape += Accuracy::smape({actual}, {point});
            s.bias += point - actual;
            s.in80 += actual >= f.lo80[at] && actual <= f.hi80[at] ? 1 : 0;
            s.in95 += actual >= f.lo95[at] && actual <= f.hi95[at] ? 1 : 0;
        }
    }

    for (int i = 0; i < maxH; ++i) {
        const Sums &s = sums[static_cast<size_t>(i)];
        if (s.count == 0)
            continue;
        HorizonAccuracy row;
        row.horizon = i + 1;
        row.count = s.count;
        row.mase = s.scaled / s.count;
        row.smape = s.smape / s.count;
        row.bias = s.bias / s.count;
        row.coverage80 = static_cast<double>(s.in80) / s.count;
        row.coverage95 = static_cast<double>(s.in95) / s.count;
        result.perHorizon.push_back(row);
    }
    const double rows = static_cast<double>(result.perHorizon.size());
    for (const HorizonAccuracy &row : result.perHorizon) {
        result.mean.count += row.count;
        result.mean.mase += row.mase / rows;
        result.mean.smape += row.smape / rows;
        result.mean.bias += row.bias / rows;
        result.mean.coverage80 += row.coverage80 / rows;
        result.mean.coverage95 += row.coverage95 / rows;
    }
    return result;
}

} // namespace caseload
