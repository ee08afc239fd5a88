#include "forecast/LogLinearModel.h"

#include "forecast/ModelSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

namespace caseload {

namespace {

// expm1(700) is about 1e304: keeps an extrapolated trend or a wide interval finite.
constexpr double LogCap = 700;

// Inverse standard normal CDF by Acklam's rational approximation (relative error < 1.2e-9).
double normalQuantile(double p)
{
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[]
        = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    const double pLow = 0.02425;
    if (p < pLow) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - pLow)
        return -normalQuantile(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double backTransform(double logValue)
{
    return std::max(0.0, std::expm1(std::min(logValue, LogCap)));
}

} // namespace

LogLinearModel::LogLinearModel(RegressorOptions options)
    : m_options(std::move(options))
    , m_used(m_options)
{ }

double LogLinearModel::studentQuantile(double p, double df)
{
    if (df <= 1.5)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (df <= 2.5)
        return (2 * p - 1) / std::sqrt(2 * p * (1 - p));
    const double z = normalQuantile(p);
    if (df > 1e6)
        return z;
    const double z2 = z * z;
    const double g1 = (z2 + 1) * z / 4;
    const double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
    const double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
    const double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
    return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df);
}

void LogLinearModel::fit(const MonthlySeries &input)
{
    m_messages.clear();
    m_coefficients.clear();
    m_fitted.clear();
    m_residuals.clear();
    m_kept.clear();
    m_beta.resize(0);
    m_covUnscaled.resize(0, 0);
    m_sigma = 0;
    m_aicc = std::numeric_limits<double>::infinity();

    const modelSupport::Prepared prepared = modelSupport::prepare(input, &m_messages);
    const MonthlySeries &series = prepared.series;
    m_origin = prepared.origin;
    m_n = series.size();
    m_used = m_options;
    if (m_n == 0)
        return;
    m_used = modelSupport::forLength(m_options, m_n, &m_messages);

    const CalendarRegressors regressors(m_origin, m_used);
    const Eigen::MatrixXd x = regressors.matrix(0, m_n);
    Eigen::VectorXd y(m_n);
    for (int i = 0; i < m_n; ++i)
        y(i) = std::log1p(series.values[static_cast<size_t>(i)]);

    m_kept = modelSupport::independentColumns(x);
    const int r = static_cast<int>(m_kept.size());

    // Refit on the kept columns alone: their R factor gives (X'X)^-1 for the standard errors.
    const Eigen::MatrixXd xk = modelSupport::columns(x, m_kept);
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(xk);
    m_beta = qr.solve(y);
    const Eigen::MatrixXd rFactor = qr.matrixQR().topLeftCorner(r, r).triangularView<Eigen::Upper>();
    const Eigen::MatrixXd rInv
        = rFactor.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(r, r));
    m_covUnscaled = rInv * rInv.transpose();

    const Eigen::VectorXd fittedLog = xk * m_beta;
    const Eigen::VectorXd residuals = y - fittedLog;
    m_fitted.resize(static_cast<size_t>(m_n));
    m_residuals.resize(static_cast<size_t>(m_n));
    for (int i = 0; i < m_n; ++i) {
        m_fitted[static_cast<size_t>(i)] = backTransform(fittedLog(i));
        m_residuals[static_cast<size_t>(i)] = residuals(i);
    }
    const double rss = residuals.squaredNorm();
    const int df = m_n - r;
    if (df > 0) {
        m_sigma = std::sqrt(rss / df);
        // A constant series leaves rounding-level residuals; call that an exact fit.
        if (m_sigma < 1e-10)
            m_sigma = 0;
        if (m_sigma == 0)
            m_messages << QCoreApplication::translate(
                "caseload::Forecast", "The model fits the series exactly: the intervals have zero width.");
    } else {
        m_messages << QCoreApplication::translate(
            "caseload::Forecast", "Too few months to estimate the spread: the intervals have zero width.");
    }
    const double k = r + 1;
    if (m_n - k - 1 > 0)
        m_aicc = m_n * std::log(std::max(rss / m_n, 1e-12)) + 2 * k + 2 * k * (k + 1) / (m_n - k - 1);

    m_coefficients.resize(static_cast<size_t>(x.cols()));
    m_named = false;
    for (int c = 0; c < x.cols(); ++c)
        m_coefficients[static_cast<size_t>(c)].dropped = true;
    for (int j = 0; j < r; ++j) {
        Coefficient &coef = m_coefficients[static_cast<size_t>(m_kept[static_cast<size_t>(j)])];
        coef.dropped = false;
        coef.estimate = m_beta(j);
        coef.standardError = m_sigma * std::sqrt(std::max(0.0, m_covUnscaled(j, j)));
    }
    if (df > 0) {
        std::vector<double> errors(static_cast<size_t>(m_n));
        for (int i = 0; i < m_n; ++i)
            errors[static_cast<size_t>(i)] = std::fabs(residuals(i));
        modelSupport::reportUnusualMonths(m_origin, errors, 1e-9, &m_messages);
    }

    if (rank() < static_cast<int>(m_coefficients.size()))
        modelSupport::reportDroppedColumns(droppedColumns(), &m_messages);
}

void LogLinearModel::nameCoefficients() const
{
    if (m_named)
        return;
    const QStringList names = CalendarRegressors(m_origin, m_used).columnNames();
    for (size_t c = 0; c < m_coefficients.size(); ++c)
        m_coefficients[c].name = names.value(static_cast<int>(c));
    m_named = true;
}

QStringList LogLinearModel::droppedColumns() const
{
    nameCoefficients();
    QStringList names;
    for (const Coefficient &c : m_coefficients)
        if (c.dropped)
            names << c.name;
    return names;
}

ForecastResult LogLinearModel::forecast(int horizon) const
{
    ForecastResult out = modelSupport::zeros(m_origin.addMonths(m_n), horizon, m_messages);
    const int h = out.horizon();
    if (m_kept.empty())
        return out;

    const Eigen::MatrixXd xf = CalendarRegressors(m_origin, m_used).matrix(m_n, h);
    const double df = m_n - rank();
    const double q80 = df > 0 ? studentQuantile(0.90, df) : 0;
    const double q95 = df > 0 ? studentQuantile(0.975, df) : 0;
    for (int i = 0; i < h; ++i) {
        Eigen::VectorXd row(rank());
        for (int j = 0; j < rank(); ++j)
            row(j) = xf(i, m_kept[static_cast<size_t>(j)]);
        const double mu = row.dot(m_beta);
        const double se = m_sigma * std::sqrt(1 + std::max(0.0, row.dot(m_covUnscaled * row)));
        const auto at = static_cast<size_t>(i);
        out.mean[at] = backTransform(mu);
        out.lo80[at] = backTransform(mu - q80 * se);
        out.hi80[at] = backTransform(mu + q80 * se);
        out.lo95[at] = backTransform(mu - q95 * se);
        out.hi95[at] = backTransform(mu + q95 * se);
    }
    return out;
}

ForecastResult LogLinearModel::forecast(
    const MonthlySeries &series, int horizon, const RegressorOptions &options)
{
    LogLinearModel model(options);
    model.fit(series);
    return model.forecast(horizon);
}

} // namespace caseload
