#include "forecast/SeasonalNaive.h"

#include "forecast/ModelSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace caseload {

namespace {

// Standard normal quantiles at 0.90 and 0.975 (two-sided 80% and 95%).
constexpr double Z80 = 1.2815515655446004;
constexpr double Z95 = 1.959963984540054;

} // namespace

ForecastResult SeasonalNaive::forecast(const MonthlySeries &input, int horizon, int period)
{
    QStringList messages;
    const modelSupport::Prepared prepared = modelSupport::prepare(input, &messages);
    const MonthlySeries &series = prepared.series;
    ForecastResult out = modelSupport::zeros(series.monthAt(series.size()), horizon, messages);
    const int h = out.horizon();
    const int n = series.size();
    if (n == 0)
        return out;
    const int m = std::max(period, 1);
    const bool seasonal = n >= m;
    const int lag = seasonal ? m : 1;
    if (!seasonal)
        out.messages << QCoreApplication::translate(
            "caseload::Forecast", "Less than a year of data: the last value is repeated.");

    const auto &y = series.values;
    double sumSquares = 0;
    int count = 0;
    for (int t = lag; t < n; ++t) {
        const double e = y[static_cast<size_t>(t)] - y[static_cast<size_t>(t - lag)];
        sumSquares += e * e;
        ++count;
    }
    const double sigma = count > 0 ? std::sqrt(sumSquares / count) : 0.0;

    for (int i = 0; i < h; ++i) {
        const int step = i + 1;
        int source = 0;
        double steps = 0;
        if (seasonal) {
            const int k = (step - 1) / m;
            source = n - m + (step - 1) % m;
            steps = k + 1;
        } else {
            source = n - 1;
            steps = step;
        }
        const double point = y[static_cast<size_t>(source)];
        const double se = sigma * std::sqrt(steps);
        const auto at = static_cast<size_t>(i);
        out.mean[at] = point;
        out.lo80[at] = std::max(0.0, point - Z80 * se);
        out.hi80[at] = point + Z80 * se;
        out.lo95[at] = std::max(0.0, point - Z95 * se);
        out.hi95[at] = point + Z95 * se;
    }
    return out;
}

} // namespace caseload
