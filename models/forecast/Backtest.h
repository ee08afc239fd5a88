#pragma once

#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace caseload {

/// A forecaster under test: forecasts `horizon` months after the training series.
using Forecaster = std::function<ForecastResult(const MonthlySeries &training, int horizon)>;

/// Settings of a rolling-origin backtest.
struct BacktestOptions
{
    /// Months in the first training window (FORECASTING.md: at least 36).
    int minTraining = 36;
    int maxHorizon = 12;
    /// Season length for the MASE scale.
    int period = 12;
    /// At most this many origins, the latest ones (0: every origin from minTraining on).
    int maxOrigins = 0;
};

/// The forecasts a backtest made: `forecasts[i]` was made at origin `origins[i]` (trained on months
/// 0..origins[i]−1). Kept so that combinations of models can be scored without refitting.
struct BacktestForecasts
{
    std::vector<int> origins;
    std::vector<ForecastResult> forecasts;
};

/// Accuracy at one horizon (or averaged over horizons when `horizon` is 0).
struct HorizonAccuracy
{
    int horizon = 0;
    /// Forecast origins that reached this horizon.
    int count = 0;
    /// Mean absolute error scaled, per origin, by Accuracy::maseScale of that origin's training data.
    double mase = 0;
    double smape = 0;
    /// Mean forecast − actual, in cases.
    double bias = 0;
    /// Share (0..1) of actuals inside the 80% / 95% intervals.
    double coverage80 = 0;
    double coverage95 = 0;
};

/// Result of Backtest::run: one row per horizon 1..maxHorizon that had at least one origin, and
/// their unweighted mean over horizons.
struct BacktestResult
{
    std::vector<HorizonAccuracy> perHorizon;
    HorizonAccuracy mean;
    int origins = 0;
    QStringList messages;
};

/// Rolling-origin evaluation with an expanding window (R's tsCV): for each origin n0 =
/// minTraining .. n−1 the forecaster sees months 0..n0−1 and forecasts min(maxHorizon, n − n0)
/// months, compared with what happened.
class Backtest
{
public:
    /// Runs the backtest; a series with no more than minTraining months gives no rows and a message.
    static BacktestResult run(
        const MonthlySeries &series, const Forecaster &forecaster, const BacktestOptions &options = {});
    /// The origins run() uses for a series of `months` months (empty when too short).
    static std::vector<int> origins(int months, const BacktestOptions &options = {});
    /// The forecasts of run() without the scoring.
    static BacktestForecasts forecasts(
        const MonthlySeries &series, const Forecaster &forecaster, const BacktestOptions &options = {});
    /// Scores forecasts made at the given origins against `series` (what run() reports).
    static BacktestResult score(
        const MonthlySeries &series, const BacktestForecasts &forecasts, const BacktestOptions &options = {});
};

} // namespace caseload
