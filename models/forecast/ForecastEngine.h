#pragma once

#include "forecast/Backtest.h"
#include "forecast/CalendarRegressors.h"
#include "forecast/ForecastResult.h"
#include "forecast/LogLinearModel.h"
#include "forecast/MonthlySeries.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace caseload {

/// Settings of one forecast run.
struct ForecastOptions
{
    int horizon = 12;
    /// Level shifts and trend hinges the user declared (persisted in ForecastSettings); they enter
    /// every regression candidate.
    std::vector<Intervention> interventions;
    /// Regressors of the calendar models. `december` adds the year-end term (for closures).
    bool springFestival = true;
    bool december = false;
    /// Forecast the mean of the two candidates with the lowest backtest MASE (FORECASTING.md's
    /// default); false: the single best.
    bool combineBestTwo = true;
    /// Allow trend forecasts beyond the plausibility cap (the 12-month mean may move at most by a
    /// factor of 2 from the last 12 months' mean, unless unlocked).
    bool unlockTrend = false;
    /// Rolling-origin backtest: training months of the first origin, and at most this many origins
    /// (the latest ones; 0 = every origin).
    int minTraining = 36;
    int maxOrigins = 18;
    /// Simulated paths for the GLM intervals in the final forecast and in the backtest.
    int draws = 1000;
    int backtestDraws = 100;
};

/// One candidate model after fitting on the whole series and backtesting.
struct CandidateModel
{
    /// Stable identifier: "loglinear", "poisson", "negbin", "theta", "damped", "snaive".
    QString id;
    /// Family the within-family AICc choice was made in: "regression", "glm", "smoothing", "baseline".
    QString family;
    /// User-visible name in the user's language ("Negative-binomial regression, linear trend").
    QString name;
    /// AICc on the model's own scale (comparable only within the family); +inf when not defined.
    double aicc = 0;
    /// True for the model its family chose by AICc (only those are backtested and can be selected).
    bool familyChoice = false;
    /// Backtest of this candidate (empty perHorizon when too short or not backtested).
    BacktestResult backtest;
    /// Whether the model has a trend term (regression and GLM families).
    bool trend = false;
    /// Coefficients in plain words where the model has them (regression and GLM families).
    std::vector<Coefficient> coefficients;
    /// In-sample fitted values (count scale), one per month of the series; may be empty.
    std::vector<double> fitted;
    /// The forecast on the whole series; computed for family choices only (empty otherwise).
    ForecastResult forecast;
    /// Refits this candidate on a training series and forecasts, exactly as its backtest did (the
    /// GLM and damped-trend searches start from the whole-series estimates).
    Forecaster refit;
    QStringList messages;
};

/// What the engine answers: the chosen forecast, why it was chosen, and everything considered.
struct ForecastReport
{
    MonthlySeries series; ///< the history that was modelled (sanitised)
    /// Chosen forecast (possibly the combination of two candidates, intervals possibly widened).
    ForecastResult forecast;
    /// Name of the chosen model ("Mean of negative-binomial regression and Theta").
    QString modelName;
    /// Ids of the candidates used (one or two).
    QStringList chosenIds;
    /// Why, in the user's language ("lowest backtest MASE: 0.62 and 0.71; seasonal naive 1.00").
    QString reason;
    /// Backtest of the chosen forecast (the combination evaluated on the same origins) before
    /// calibration, and the seasonal naive baseline beside it.
    BacktestResult backtest;
    BacktestResult baseline;
    /// Factors the 80% and 95% intervals were widened by (1 when coverage was adequate).
    double widen80 = 1;
    double widen95 = 1;
    /// Residuals (actual − fitted) of the chosen model on the history; months without a fitted value
    /// are NaN (the first months of smoothing, say). Same length as `series`.
    std::vector<double> residuals;
    std::vector<CandidateModel> candidates;
    QStringList messages;
};

/// Fits every candidate family, chooses within families by AICc and across them by rolling-origin
/// MASE, combines the best two and calibrates the intervals on the backtest (FORECASTING.md).
/// Pure computation, thread-safe (no shared state): call it from a worker thread.
class ForecastEngine
{
public:
    /// `cancelled` (optional) is polled between candidates; a cancelled run returns an empty report.
    static ForecastReport run(const MonthlySeries &series, const ForecastOptions &options,
        const std::function<bool()> &cancelled = {});

    /// A forecaster of candidate `id` ("loglinear", "negbin", ...): the report's own refit of that
    /// candidate when `report` chose it within its family (so backtests of derived forecasts, such as
    /// the backlog, repeat the report's exactly); otherwise a fresh one, with a trend. Unknown ids give
    /// seasonal naive.
    static Forecaster forecaster(
        const QString &id, const ForecastOptions &options, const ForecastReport &report = {});
    /// The report's chosen forecast as a forecaster: the mean of its chosen candidates refitted on
    /// the training months (without the calibration widening).
    static Forecaster chosenForecaster(const ForecastReport &report, const ForecastOptions &options);
};

} // namespace caseload
