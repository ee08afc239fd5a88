#pragma once

#include "forecast/CalendarRegressors.h"
#include "forecast/ForecastResult.h"
#include "forecast/LogLinearModel.h"
#include "forecast/MonthlySeries.h"

#include <QStringList>

#include <Eigen/Dense>

#include <cstdint>
#include <vector>

namespace caseload {

/// Options of a count GLM fit.
struct CountGlmOptions
{
    enum class Family { Poisson, NegativeBinomial };
    Family family = Family::NegativeBinomial;
    RegressorOptions regressors;
    /// Simulated paths for the prediction intervals (more: smoother quantiles, slower).
    int draws = 1000;
    /// Seed of the simulation: the same fit and seed give the same intervals.
    std::uint64_t seed = 20160101;
};

/// Poisson or negative-binomial (NB2: variance mu + mu²/theta) regression of a monthly count on the
/// calendar regressors with a log link: the maximum-likelihood estimates of R's
/// `glm(y ~ X, family = poisson)` and `MASS::glm.nb(y ~ X)` (theta by maximum likelihood,
/// alternating with the fit of the coefficients, as glm.nb does). Starts from R's mustart (y + 0.1,
/// Poisson first for NB) or a warm start; an IRLS step, then Newton steps with step-halving, until
/// a step moves the coefficients by less than 1e-6 standard errors and theta by less than 1e-8
/// relative (at most 50 iterations a stage), which agrees with R to about 1e-9.
/// Rank-deficient columns are dropped as in LogLinearModel (rank-revealing QR) and reported.
///
/// Forecasts: the mean exp(x'b) (rounded to whole cases); 80% / 95% intervals by simulation: draw
/// b from N(b̂, Cov(b̂)), then a Poisson or NB count with that mean, and take the quantiles of the
/// draws, so bounds are non-negative integers by construction. The NB draws use 1/theta scaled by
/// n / (n − k) (k coefficients), the degrees-of-freedom correction that the ML theta lacks; Poisson
/// counts with a mean of 100 or more come from an accurate normal (Cornish–Fisher) approximation.
/// The 2.5 / 10 / 90 / 97.5% bounds are order statistics of the draws, rounded outwards.
///
/// Degenerate input (empty, all zeros, a constant, too short, non-convergence, theta running to
/// infinity) gets a fallback and a message (an all-zero series forecasts 0; NB whose theta exceeds
/// 1e6, or whose counts vary no more than Poisson, is reported as Poisson with theta = +infinity; an
/// effect whose months are all 0 runs off towards −infinity as in R and is held fixed in the
/// intervals), never NaN. Months far from the fit on the log scale are reported as unusual.
class CountGlm
{
public:
    explicit CountGlm(CountGlmOptions options = {});

    /// Fits the model to `series` (values rounded to whole counts; negative or non-finite read as 0).
    void fit(const MonthlySeries &series);
    /// Optional warm start for the next fit (a backtest refits nearly the same series many times):
    /// coefficients in the column order of the full design (CalendarRegressors) and theta. Used by
    /// the next fit() only; a vector of another length is ignored, and a theta that is not finite
    /// and positive starts NB from its Poisson fit. The estimates are those of a cold fit.
    void setStart(const Eigen::VectorXd &beta, double theta);
    /// Forecasts for the `horizon` months after the fitted series (horizon <= 0: empty result);
    /// `options().draws` simulated paths seeded with `options().seed`.
    ForecastResult forecast(int horizon) const;

    /// Coefficients on the log scale (exp(b) − 1 is the relative change), with standard errors from
    /// the inverse Fisher information, as R's summary.glm reports them.
    const std::vector<Coefficient> &coefficients() const
    {
        nameCoefficients();
        return m_coefficients;
    }
    /// Estimated coefficients in the full design's column order (0 for dropped columns).
    Eigen::VectorXd fullBeta() const;
    /// NB dispersion theta (+infinity for Poisson).
    double theta() const { return m_theta; }
    double thetaStandardError() const { return m_thetaSe; }
    /// −2 log-likelihood + 2k, + the small-sample correction; k counts theta for NB. Comparable
    /// between Poisson and NB fits of the same series (same likelihood on the counts).
    double aicc() const { return m_aicc; }
    double aic() const { return m_aic; }
    double logLikelihood() const { return m_logLik; }
    double deviance() const { return m_deviance; }
    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }
    /// In-sample fitted means exp(x'b), one per month of the fitted series.
    const std::vector<double> &fitted() const { return m_fitted; }
    const RegressorOptions &usedOptions() const { return m_used; }
    const CountGlmOptions &options() const { return m_options; }
    const QStringList &messages() const { return m_messages; }

    /// Convenience for backtests: fits `series` with `options` and forecasts `horizon` months.
    static ForecastResult forecast(const MonthlySeries &series, int horizon, const CountGlmOptions &options);

private:
    CountGlmOptions m_options;
    RegressorOptions m_used;
    QDate m_origin;
    int m_n = 0;
    std::vector<int> m_kept;
    Eigen::VectorXd m_beta; ///< kept columns only
    Eigen::MatrixXd m_cov; ///< covariance of m_beta
    /// F with F F' = Cov for the simulation (coefficients fitted to all-zero months held fixed).
    Eigen::MatrixXd m_covFactor;
    Eigen::VectorXd m_startBeta;
    double m_startTheta = 0;
    double m_theta = 0;
    double m_simulationTheta = 0; ///< theta with the degrees-of-freedom correction, for the intervals
    double m_thetaSe = 0;
    double m_aicc = 0;
    double m_aic = 0;
    double m_logLik = 0;
    double m_deviance = 0;
    int m_iterations = 0;
    bool m_converged = false;
    std::vector<double> m_fitted;
    /// Names the coefficients on first use: translated names cost more than a backtest's fit.
    void nameCoefficients() const;

    mutable std::vector<Coefficient> m_coefficients;
    mutable bool m_named = false;
    QStringList m_messages;
};

} // namespace caseload
