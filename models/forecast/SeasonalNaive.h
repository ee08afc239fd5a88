#pragma once

#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

namespace caseload {

/// Seasonal naive forecaster, the baseline every model is compared with: the forecast for month
/// n + h repeats the last observed value of the same calendar month, y(n + h - m·(floor((h-1)/m)+1)).
///
/// Intervals as R's forecast::snaive: normal, sigma² the mean of squared seasonal differences,
/// variance sigma²·(floor((h-1)/m) + 1), clamped at 0. With fewer than m months it falls back to
/// the naive forecast (last value, variance h·sigma² from first differences); an empty series gives
/// 0; negative or non-finite values are read as 0. Each fallback adds a message.
class SeasonalNaive
{
public:
    /// Forecasts `horizon` months after `series`; `period` is the season length (12 for months).
    static ForecastResult forecast(const MonthlySeries &series, int horizon, int period = 12);
};

} // namespace caseload
