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

BacktestResult Backtest::run(
    const MonthlySeries &series, const Forecaster &forecaster, const BacktestOptions &options)
{
    BacktestResult result;
    const int n = series.size();
    const int maxH = std::max(options.maxHorizon, 1);
    const int minTraining = std::max(options.minTraining, 1);
    if (n <= minTraining || !forecaster) {
        result.messages << QCoreApplication::translate(
            "caseload::Forecast", "Too few months for a backtest: %1 needed, %2 available.")
                               .arg(minTraining + 1)
                               .arg(n);
        return result;
    }

    std::vector<Sums> sums(static_cast<size_t>(maxH));
    for (int origin = minTraining; origin < n; ++origin) {
        const MonthlySeries training = series.head(origin);
        const int h = std::min(maxH, n - origin);
        const ForecastResult f = forecaster(training, h);
        const double scale = Accuracy::maseScale(training, options.period);
        ++result.origins;
        for (int i = 0; i < std::min(h, f.horizon()); ++i) {
            const auto at = static_cast<size_t>(i);
            const std::vector<double> actual {series.values[static_cast<size_t>(origin + i)]};
            const std::vector<double> point {f.mean[at]};
            Sums &s = sums[at];
            ++s.count;
            s.scaled += Accuracy::mase(actual, point, scale);
            s.smape += Accuracy::smape(actual, point);
            s.bias += Accuracy::bias(actual, point);
            s.in80 += actual[0] >= f.lo80[at] && actual[0] <= f.hi80[at] ? 1 : 0;
            s.in95 += actual[0] >= f.lo95[at] && actual[0] <= f.hi95[at] ? 1 : 0;
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
