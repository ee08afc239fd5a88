#pragma once

#include "forecast/CalendarRegressors.h"
#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

#include <QString>
#include <QStringList>

#include <Eigen/Dense>

#include <vector>

namespace caseload {

/// One regression coefficient on the log(y + 1) scale: exp(estimate) - 1 is roughly the relative
/// change in the count for one unit of the regressor (one month of trend, being in a month, ...).
struct Coefficient
{
    QString name;
    double estimate = 0;
    /// Classical OLS standard error (sigma^2 (X'X)^-1); 0 when not estimable.
    double standardError = 0;
    /// True when the column was dropped as collinear or empty (estimate and error are then 0).
    bool dropped = false;
};

/// Log-linear regression of a monthly count on calendar regressors: log(y + 1) = X b + e, e normal,
/// fitted by least squares with rank-revealing QR (Eigen's ColPivHouseholderQR), so collinear or
/// empty columns (a level shift after the last month, say) are dropped and reported, not fatal.
///
/// Forecasts are exp(x'b) - 1, the median on the count scale (not the mean); 80% / 95% intervals are
/// x'b ± t(df) · s · sqrt(1 + x'(X'X)^-1 x), back-transformed the same way and clamped at 0.
/// Degenerate input never gives NaN or a negative value: fewer than 24 months drops the month and
/// Spring Festival terms (fewer than 4 also the trend); an empty series forecasts 0; negative or
/// non-finite values are read as 0; each of these adds a message, as do months whose residual lies
/// beyond 5 robust standard deviations (1.4826 · median |residual|) — a huge outlier.
class LogLinearModel
{
public:
    explicit LogLinearModel(RegressorOptions options = {});

    /// Fits the model to `series`; replaces any earlier fit.
    void fit(const MonthlySeries &series);
    /// Forecasts for the `horizon` months after the fitted series (horizon <= 0: empty result).
    ForecastResult forecast(int horizon) const;

    /// Coefficients in column order of the regressors actually used (see usedOptions()).
    const std::vector<Coefficient> &coefficients() const
    {
        nameCoefficients();
        return m_coefficients;
    }
    /// Names of the columns dropped by the rank-revealing QR.
    QStringList droppedColumns() const;
    /// The options after the short-series simplifications.
    const RegressorOptions &usedOptions() const { return m_used; }
    /// AICc of the Gaussian fit on the log scale (comparable only between models of the same series
    /// and transform); +infinity when n <= k + 1. A perfect fit is scored as if its residual variance
    /// were 1e-12.
    double aicc() const { return m_aicc; }
    /// Residual standard deviation on the log scale (0 when there is no residual degree of freedom).
    double sigma() const { return m_sigma; }
    int rank() const { return static_cast<int>(m_kept.size()); }
    /// In-sample fitted values on the count scale, expm1(x'b) clamped at 0, one per fitted month.
    const std::vector<double> &fitted() const { return m_fitted; }
    /// Residuals on the log scale, log(y + 1) − x'b, one per fitted month.
    const std::vector<double> &residuals() const { return m_residuals; }
    /// Estimates of the kept columns and the covariance s²(X'X)^-1 of those estimates (for
    /// simulation); the design column of estimate j is keptColumns()[j].
    const Eigen::VectorXd &estimates() const { return m_beta; }
    Eigen::MatrixXd covariance() const { return m_sigma * m_sigma * m_covUnscaled; }
    const std::vector<int> &keptColumns() const { return m_kept; }
    int observations() const { return m_n; }
    /// Fallbacks and simplifications applied, in the user's language.
    const QStringList &messages() const { return m_messages; }

    /// Convenience for backtests: fits `series` with `options` and forecasts `horizon` months.
    static ForecastResult forecast(
        const MonthlySeries &series, int horizon, const RegressorOptions &options = {});

    /// Quantile of Student's t with `df` degrees of freedom at probability p in (0.5, 1): exact for
    /// df 1 and 2, Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5) above; normal for df > 1e6.
    static double studentQuantile(double p, double df);

private:
    RegressorOptions m_options;
    RegressorOptions m_used;
    QDate m_origin;
    int m_n = 0;
    std::vector<int> m_kept;
    Eigen::VectorXd m_beta;
    Eigen::MatrixXd m_covUnscaled;
    /// Names the coefficients on first use: translated names cost more than a backtest's fit.
    void nameCoefficients() const;

    mutable std::vector<Coefficient> m_coefficients;
    mutable bool m_named = false;
    std::vector<double> m_fitted;
    std::vector<double> m_residuals;
    double m_sigma = 0;
    double m_aicc = 0;
    QStringList m_messages;
};

} // namespace caseload
