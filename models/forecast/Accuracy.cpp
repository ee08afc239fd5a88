#include "forecast/Accuracy.h"

#include <algorithm>
#include <cmath>

namespace caseload {

namespace {

double meanAbsDifference(const std::vector<double> &y, size_t lag)
{
    if (y.size() <= lag)
        return 0;
    double sum = 0;
    for (size_t t = lag; t < y.size(); ++t)
        sum += std::fabs(y[t] - y[t - lag]);
    return sum / static_cast<double>(y.size() - lag);
}

} // namespace

double Accuracy::maseScale(const MonthlySeries &training, int period)
{
    const std::vector<double> &y = training.values;
    const double seasonal = meanAbsDifference(y, static_cast<size_t>(std::max(period, 1)));
    if (seasonal > 0)
        return seasonal;
    const double firstDifference = meanAbsDifference(y, 1);
    if (firstDifference > 0)
        return firstDifference;
    double sum = 0;
    for (double v : y)
        sum += std::fabs(v);
    if (!y.empty() && sum > 0)
        return sum / static_cast<double>(y.size());
    return 1;
}

double Accuracy::mase(const std::vector<double> &actual, const std::vector<double> &forecast, double scale)
{
    const size_t n = std::min(actual.size(), forecast.size());
    if (n == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += std::fabs(forecast[i] - actual[i]);
    return sum / static_cast<double>(n) / (scale > 0 ? scale : 1.0);
}

double Accuracy::smape(const std::vector<double> &actual, const std::vector<double> &forecast)
{
    const size_t n = std::min(actual.size(), forecast.size());
    if (n == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const double denominator = std::fabs(actual[i]) + std::fabs(forecast[i]);
        if (denominator > 0)
            sum += 200.0 * std::fabs(forecast[i] - actual[i]) / denominator;
    }
    return sum / static_cast<double>(n);
}

double Accuracy::bias(const std::vector<double> &actual, const std::vector<double> &forecast)
{
    const size_t n = std::min(actual.size(), forecast.size());
    if (n == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += forecast[i] - actual[i];
    return sum / static_cast<double>(n);
}

double Accuracy::coverage(
    const std::vector<double> &actual, const std::vector<double> &lo, const std::vector<double> &hi)
{
    const size_t n = std::min({actual.size(), lo.size(), hi.size()});
    if (n == 0)
        return 0;
    size_t inside = 0;
    for (size_t i = 0; i < n; ++i)
        if (actual[i] >= lo[i] && actual[i] <= hi[i])
            ++inside;
    return static_cast<double>(inside) / static_cast<double>(n);
}

} // namespace caseload
