#pragma once

#include "forecast/MonthlySeries.h"

#include <vector>

namespace caseload {

/// Forecast accuracy measures. Vectors are compared position by position over the shorter length;
/// an empty comparison gives 0. Forecast errors are forecast − actual.
class Accuracy
{
public:
    /// MASE denominator: the in-sample mean absolute seasonal difference |y(t) − y(t−m)| of
    /// `training`. Fallbacks, in order, when it is unavailable (n <= m) or 0 (a series repeating
    /// itself exactly every year): the mean absolute first difference; then the mean absolute
    /// value; then 1 (an all-zero training series: MASE is then the MAE in cases).
    static double maseScale(const MonthlySeries &training, int period = 12);
    /// Mean absolute error divided by `scale` (scale <= 0 is read as 1).
    static double mase(const std::vector<double> &actual, const std::vector<double> &forecast, double scale);
    /// Symmetric MAPE in percent (0..200): mean of 200·|f − y| / (|y| + |f|), a term with y = f = 0
    /// counting as 0.
    static double smape(const std::vector<double> &actual, const std::vector<double> &forecast);
    /// Mean of forecast − actual, in cases (positive: over-forecast).
    static double bias(const std::vector<double> &actual, const std::vector<double> &forecast);
    /// Share (0..1) of actuals inside [lo, hi], bounds included.
    static double coverage(
        const std::vector<double> &actual, const std::vector<double> &lo, const std::vector<double> &hi);
};

} // namespace caseload
