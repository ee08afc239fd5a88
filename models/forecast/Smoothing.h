#pragma once

#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace caseload {

/// Options of the exponential-smoothing family.
struct SmoothingOptions
{
    enum class Method {
        /// The Theta method as R's forecast::thetaf: simple exponential smoothing with drift (half the
        /// slope of a linear trend) on seasonally adjusted data.
        Theta,
        /// Holt's additive damped trend (ETS(A,Ad,N)) on seasonally adjusted data.
        DampedTrend,
    };
    Method method = Method::Theta;
    int period = 12;
    /// DampedTrend only: start the search from these parameters (alpha, beta, phi) instead of a grid,
    /// with a short local search: a backtest refits nearly the same series many times.
    std::optional<std::array<double, 3>> dampedStart;
};

/// Exponential smoothing on a seasonally adjusted series: when the series has more than two full
/// years and its seasonality is significant (thetaf's test: the lag-`period` autocorrelation at 90%),
/// it is divided by classical multiplicative decomposition indices (as R's decompose(type =
/// "multiplicative")), smoothed, forecast and reseasonalised. Parameters by maximum likelihood
/// (alpha for Theta; alpha, beta, phi in 0.8..0.98 for DampedTrend), intervals analytic (the
/// ETS variance formulas), clamped at 0. Theta's intervals are thetaf's: the reseasonalised mean
/// ± z times the SES standard error of the adjusted series; DampedTrend's bounds are reseasonalised
/// like its mean. Fallbacks with a message, never NaN: empty → 0; all zeros or a constant → that
/// constant; at most 2 · period months → no seasonal adjustment; a zero month in a multiplicative
/// season → additive indices; fewer than 12 months → DampedTrend is plain SES; fewer than 3 →
/// the mean, with zero-width intervals.
class Smoothing
{
public:
    explicit Smoothing(SmoothingOptions options = {});

    void fit(const MonthlySeries &series);
    ForecastResult forecast(int horizon) const;

    /// Gaussian AICc of the one-step errors (on the series' scale); comparable between Theta and
    /// DampedTrend fits of the same series. n log(SSE / n) + 2k + 2k(k + 1) / (n - k - 1) with k = 4
    /// for Theta (alpha, level, drift, sigma), 6 for DampedTrend, 3 for its SES fallback; +infinity
    /// when n <= k + 1.
    double aicc() const { return m_aicc; }
    double alpha() const { return m_alpha; }
    double beta() const { return m_beta; }
    double phi() const { return m_phi; }
    /// Drift per month (Theta) on the seasonally adjusted scale.
    double drift() const { return m_drift; }
    /// Residual standard deviation of the one-step errors of the smoothing on the seasonally
    /// adjusted series (sqrt(SSE / (n - parameters)) as R's ets(): for Theta that of the SES
    /// without drift, which thetaf's intervals use); in cases when the adjustment is additive or
    /// absent, in adjusted cases when it is multiplicative.
    double sigma() const { return m_sigma; }
    bool seasonallyAdjusted() const { return m_seasonal; }
    /// Seasonal indices by calendar position: index k belongs to the months i of the series with
    /// (first.month() - 1 + i) % period == k, so January first for period 12 (period values; all 1
    /// when not adjusted; additive indices, in cases and summing to 0, when the adjustment is additive).
    const std::vector<double> &seasonalIndices() const { return m_indices; }
    /// In-sample one-step-ahead fitted values on the series' scale (size n). Theta's include its
    /// drift term as the method forecasts from each origin, l(t-1) + b (1 - (1 - alpha)^(t-1)) /
    /// alpha (thetaf's own fitted values are those of the SES alone); aicc() uses these.
    const std::vector<double> &fitted() const { return m_fitted; }
    const SmoothingOptions &options() const { return m_options; }
    const QStringList &messages() const { return m_messages; }

    static ForecastResult forecast(const MonthlySeries &series, int horizon, const SmoothingOptions &options);

private:
    SmoothingOptions m_options;
    QDate m_origin;
    int m_n = 0;
    bool m_seasonal = false;
    bool m_multiplicative = true;
    std::vector<double> m_indices;
    double m_alpha = 0;
    double m_beta = 0;
    double m_phi = 1;
    double m_drift = 0;
    double m_level = 0;
    double m_slope = 0;
    double m_sigma = 0;
    double m_aicc = 0;
    std::vector<double> m_fitted;
    QStringList m_messages;
};

} // namespace caseload
