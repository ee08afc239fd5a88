#pragma once

#include "forecast/Backtest.h"
#include "forecast/ForecastResult.h"
#include "forecast/LogLinearModel.h"
#include "forecast/MonthlySeries.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace caseload {

/// What-if settings of the backlog simulation.
struct BacklogScenario
{
    /// Filings changed by this share (−0.2: 20% fewer cases filed than forecast).
    double filingsChange = 0;
    /// Closing capacity changed by this share (0.1: closures 10% higher for the same workload).
    double capacityChange = 0;
};

/// Fan of simulated month-end pending counts.
struct BacklogFan
{
    QDate first; ///< first forecast month
    /// Per forecast month: quantiles 2.5%, 10%, 25%, 50%, 75%, 90%, 97.5% of pending at month end, in
    /// whole cases (lower ones rounded down, upper ones up).
    std::vector<double> p025, p10, p25, p50, p75, p90, p975;
    /// Median simulated filings and closures per month (what the flows assume).
    std::vector<double> filedMedian, closedMedian;
    /// Per forecast month, every path's pending at month end, sorted ascending.
    std::vector<std::vector<double>> sortedPending;
    /// Per forecast month, every path's lowest month-end pending up to that month, sorted ascending.
    std::vector<std::vector<double>> sortedRunningMin;
    int paths = 0;

    int horizon() const { return static_cast<int>(p50.size()); }
};

/// The closure model the simulation relies on: log(closed + 1) ~ log(workload + 1) + months + trend,
/// workload = pending at the previous month end + filed in the month. `elasticity` is the
/// coefficient of log workload (1: closures proportional to workload).
struct ClosureModel
{
    std::vector<Coefficient> coefficients;
    double elasticity = 0;
    double elasticityStandardError = 0;
    double sigma = 0; ///< residual sd on the log scale
    int observations = 0;
};

/// Stock–flow simulation of the backlog (FORECASTING.md §5): pending(t) = pending(t−1) + filed(t) −
/// closed(t). Filings are drawn from the filings forecast's predictive distribution (interpolated
/// between its 2.5/10/50/90/97.5% points on the log scale, correlated across months as the filings
/// residuals are); closures from the closure model fitted on the history, with its coefficients
/// drawn from their covariance once per path (capacity uncertainty) and noise each month, and never
/// more than the workload. Deterministic for a given seed.
class BacklogSimulation
{
public:
    /// Fits the closure model on the history: monthly `filed`, `closed` and month-end `pending`
    /// series of the same months (pending(t) = pending(t−1) + filed(t) − closed(t)).
    BacklogSimulation(const MonthlySeries &filed, const MonthlySeries &closed, const MonthlySeries &pending);

    /// Simulates `paths` futures over the filings forecast's months.
    BacklogFan simulate(const ForecastResult &filingsForecast, const BacklogScenario &scenario,
        int paths = 2000, std::uint64_t seed = 20180101) const;

    /// Per forecast month M: the share of paths with pending below `level` at the end of M.
    static std::vector<double> probabilityBelow(const BacklogFan &fan, double level);
    /// Per forecast month M: the share of paths whose pending fell below `level` at some month end
    /// up to M ("below X by month M with probability p").
    static std::vector<double> probabilityReached(const BacklogFan &fan, double level);
    /// First forecast month (0-based index) at which probabilityReached >= `probability`; −1: none.
    static int firstMonthReached(const BacklogFan &fan, double level, double probability);

    /// The pending forecast as a ForecastResult (median, 80% = 10..90%, 95% = 2.5..97.5%).
    static ForecastResult asForecast(const BacklogFan &fan);

    /// Rolling-origin backtest of the pending forecast: at each origin the filings are forecast by
    /// `filings` on the filed months so far, the closure model is refitted on the history so far,
    /// and the simulated median and 80/95% bands are scored against the pending that followed.
    static BacktestResult backtest(const MonthlySeries &filed, const MonthlySeries &closed,
        const MonthlySeries &pending, const Forecaster &filings, const BacktestOptions &options,
        int paths = 500);

    const ClosureModel &closureModel() const { return m_model; }
    const QStringList &messages() const { return m_messages; }

private:
    ClosureModel m_model;
    MonthlySeries m_filed;
    MonthlySeries m_closed;
    MonthlySeries m_pending;
    std::vector<int> m_kept;
    std::vector<double> m_beta;
    std::vector<double> m_cholesky; ///< lower Cholesky factor of the coefficient covariance, row-major
    double m_filingsCorrelation = 0;
    QStringList m_messages;
};

} // namespace caseload
