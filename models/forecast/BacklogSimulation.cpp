#include "forecast/BacklogSimulation.h"

#include "forecast/CalendarRegressors.h"
#include "forecast/ModelSupport.h"

#include <QCoreApplication>

#include <Eigen/Cholesky>
#include <Eigen/QR>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace caseload {

namespace {

constexpr int MinClosureMonths = 12;
constexpr int MinSeasonalMonths = 24;

// Normal scores of the forecast's five quantile points (2.5%, 10%, 50%, 90%, 97.5%).
constexpr std::array<double, 5> Scores
    = {-1.959963984540054, -1.2815515655446004, 0.0, 1.2815515655446004, 1.959963984540054};

// Inverse of the filings forecast's predictive distribution at normal score z, interpolated
// linearly on the log(1 + y) scale between the five points and extrapolated with the outer slopes.
double filingsAt(const ForecastResult &f, size_t h, double z)
{
    const std::array<double, 5> q = {std::log1p(f.lo95[h]), std::log1p(f.lo80[h]), std::log1p(f.mean[h]),
        std::log1p(f.hi80[h]), std::log1p(f.hi95[h])};
    size_t segment = 0;
    if (z >= Scores[3])
        segment = 3;
    else if (z >= Scores[2])
        segment = 2;
    else if (z >= Scores[1])
        segment = 1;
    const double slope = (q[segment + 1] - q[segment]) / (Scores[segment + 1] - Scores[segment]);
    return std::max(0.0, std::expm1(std::min(q[segment] + slope * (z - Scores[segment]), 700.0)));
}

} // namespace

BacklogSimulation::BacklogSimulation(
    const MonthlySeries &filed, const MonthlySeries &closed, const MonthlySeries &pending)
    : m_filed(filed.sanitised())
    , m_closed(closed.sanitised())
    , m_pending(pending.sanitised())
{
    const int n = std::min({m_filed.size(), m_closed.size(), m_pending.size()});
    // Month t's workload: pending at the end of t − 1 plus filed in t; months 1..n−1 have it.
    const int rows = n - 1;
    if (rows < MinClosureMonths) {
        m_messages << QCoreApplication::translate("caseload::Forecast",
            "Fewer than %1 months of history: closures are taken as the recent share of the workload.")
                          .arg(MinClosureMonths + 1);
    } else {
        RegressorOptions options;
        options.trend = true;
        options.monthDummies = rows >= MinSeasonalMonths;
        options.springFestival = rows >= MinSeasonalMonths;
        const CalendarRegressors regressors(m_filed.monthAt(1), options);
        const Eigen::MatrixXd calendar = regressors.matrix(0, rows);
        Eigen::MatrixXd x(rows, calendar.cols() + 1);
        x.leftCols(calendar.cols()) = calendar;
        Eigen::VectorXd y(rows);
        for (int t = 1; t < n; ++t) {
            const auto at = static_cast<size_t>(t);
            x(t - 1, calendar.cols()) = std::log1p(m_pending.values[at - 1] + m_filed.values[at]);
            y(t - 1) = std::log1p(m_closed.values[at]);
        }
        m_kept = modelSupport::independentColumns(x);
        const int r = static_cast<int>(m_kept.size());
        const Eigen::MatrixXd xk = modelSupport::columns(x, m_kept);
        const Eigen::HouseholderQR<Eigen::MatrixXd> qr(xk);
        const Eigen::VectorXd beta = qr.solve(y);
        const double rss = (y - xk * beta).squaredNorm();
        const int df = rows - r;
        const double sigma = df > 0 ? std::sqrt(rss / df) : 0;
        const Eigen::MatrixXd rFactor = qr.matrixQR().topLeftCorner(r, r).triangularView<Eigen::Upper>();
        const Eigen::MatrixXd rInv
            = rFactor.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(r, r));
        const Eigen::MatrixXd cov = sigma * sigma * rInv * rInv.transpose();
        Eigen::LLT<Eigen::MatrixXd> llt(cov);
        Eigen::MatrixXd lower = Eigen::MatrixXd::Zero(r, r);
        if (llt.info() == Eigen::Success)
            lower = llt.matrixL();
        m_beta.assign(beta.data(), beta.data() + r);
        m_cholesky.resize(static_cast<size_t>(r * r));
        for (int i = 0; i < r; ++i)
            for (int j = 0; j < r; ++j)
                m_cholesky[static_cast<size_t>(i * r + j)] = lower(i, j);
        m_model.sigma = sigma;
        m_model.observations = rows;
        const QStringList names = regressors.columnNames();
        for (int j = 0; j < r; ++j) {
            const int column = m_kept[static_cast<size_t>(j)];
            Coefficient c;
            c.name = column < calendar.cols()
                ? names.value(column)
                : QCoreApplication::translate("caseload::Forecast", "log workload (pending + filed)");
            c.estimate = beta(j);
            c.standardError = std::sqrt(std::max(0.0, cov(j, j)));
            m_model.coefficients.push_back(c);
            if (column == calendar.cols()) {
                m_model.elasticity = c.estimate;
                m_model.elasticityStandardError = c.standardError;
            }
        }
        if (m_kept.empty() || m_kept.back() != calendar.cols())
            m_messages << QCoreApplication::translate(
                "caseload::Forecast", "The workload did not vary enough to estimate its effect on closures.");
    }

    // Filings residual autocorrelation: months of a simulated path move together as history did.
    if (m_filed.size() >= MinClosureMonths) {
        RegressorOptions options;
        options.monthDummies = m_filed.size() >= MinSeasonalMonths;
        options.springFestival = options.monthDummies;
        LogLinearModel model(options);
        model.fit(m_filed);
        const std::vector<double> &e = model.residuals();
        double num = 0;
        double den = 0;
        for (size_t t = 0; t < e.size(); ++t) {
            den += e[t] * e[t];
            if (t > 0)
                num += e[t] * e[t - 1];
        }
        m_filingsCorrelation = den > 0 ? std::clamp(num / den, 0.0, 0.9) : 0;
    }
}

BacklogFan BacklogSimulation::simulate(
    const ForecastResult &filings, const BacklogScenario &scenario, int paths, std::uint64_t seed) const
{
    BacklogFan fan;
    fan.first = filings.first;
    const int horizon = filings.horizon();
    paths = std::max(paths, 1);
    fan.paths = paths;
    const int n = std::min({m_filed.size(), m_closed.size(), m_pending.size()});
    const double startPending = n > 0 ? m_pending.values[static_cast<size_t>(n - 1)] : 0;
    const double filingsFactor = std::max(0.0, 1 + scenario.filingsChange);
    const double capacityFactor = std::max(0.0, 1 + scenario.capacityChange);

    // Fallback closure rate: closures ÷ workload over the last 12 months.
    double rate = 0;
    {
        double closedSum = 0;
        double workSum = 0;
        for (int t = std::max(1, n - 12); t < n; ++t) {
            closedSum += m_closed.values[static_cast<size_t>(t)];
            workSum += m_pending.values[static_cast<size_t>(t - 1)] + m_filed.values[static_cast<size_t>(t)];
        }
        rate = workSum > 0 ? closedSum / workSum : 0;
    }

    const int r = static_cast<int>(m_beta.size());
    const bool useModel = r > 0;
    Eigen::MatrixXd calendar;
    int workloadColumn = -1;
    if (useModel) {
        RegressorOptions options;
        options.trend = true;
        options.monthDummies = m_model.observations >= MinSeasonalMonths;
        options.springFestival = options.monthDummies;
        const CalendarRegressors regressors(m_filed.monthAt(1), options);
        calendar = regressors.matrix(n - 1, horizon);
        workloadColumn = static_cast<int>(calendar.cols());
    }

    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::vector<std::vector<double>> pendingPaths(static_cast<size_t>(horizon));
    std::vector<std::vector<double>> minPaths(static_cast<size_t>(horizon));
    std::vector<std::vector<double>> filedPaths(static_cast<size_t>(horizon));
    std::vector<std::vector<double>> closedPaths(static_cast<size_t>(horizon));
    for (int h = 0; h < horizon; ++h) {
        pendingPaths[static_cast<size_t>(h)].reserve(static_cast<size_t>(paths));
        minPaths[static_cast<size_t>(h)].reserve(static_cast<size_t>(paths));
    }
    std::vector<double> beta(static_cast<size_t>(r));
    std::vector<double> z(static_cast<size_t>(r));
    const double rho = m_filingsCorrelation;
    const double innovation = std::sqrt(1 - rho * rho);
    for (int p = 0; p < paths; ++p) {
        for (int i = 0; i < r; ++i)
            z[static_cast<size_t>(i)] = normal(rng);
        for (int i = 0; i < r; ++i) {
            double v = m_beta[static_cast<size_t>(i)];
            for (int j = 0; j <= i; ++j)
                v += m_cholesky[static_cast<size_t>(i * r + j)] * z[static_cast<size_t>(j)];
            beta[static_cast<size_t>(i)] = v;
        }
        double pending = startPending;
        double lowest = startPending;
        double score = normal(rng);
        for (int h = 0; h < horizon; ++h) {
            if (h > 0)
                score = rho * score + innovation * normal(rng);
            const double filed
                = std::round(filingsAt(filings, static_cast<size_t>(h), score) * filingsFactor);
            const double workload = pending + filed;
            double closed = 0;
            if (useModel) {
                double eta = 0;
                for (int j = 0; j < r; ++j) {
                    const int column = m_kept[static_cast<size_t>(j)];
                    const double xv = column == workloadColumn ? std::log1p(workload) : calendar(h, column);
                    eta += xv * beta[static_cast<size_t>(j)];
                }
                eta += m_model.sigma * normal(rng);
                closed = std::expm1(std::min(eta, 700.0));
            } else {
                closed = rate * workload;
            }
            closed = std::clamp(std::round(closed * capacityFactor), 0.0, workload);
            pending = workload - closed;
            lowest = std::min(lowest, pending);
            pendingPaths[static_cast<size_t>(h)].push_back(pending);
            minPaths[static_cast<size_t>(h)].push_back(lowest);
            filedPaths[static_cast<size_t>(h)].push_back(filed);
            closedPaths[static_cast<size_t>(h)].push_back(closed);
        }
    }
    for (int h = 0; h < horizon; ++h) {
        const auto at = static_cast<size_t>(h);
        std::sort(pendingPaths[at].begin(), pendingPaths[at].end());
        std::sort(minPaths[at].begin(), minPaths[at].end());
        std::sort(filedPaths[at].begin(), filedPaths[at].end());
        std::sort(closedPaths[at].begin(), closedPaths[at].end());
        // Pending is a count: lower quantiles rounded down, upper ones up, the median to the nearest.
        const std::vector<double> &s = pendingPaths[at];
        fan.p025.push_back(std::floor(modelSupport::sortedQuantile(s, 0.025)));
        fan.p10.push_back(std::floor(modelSupport::sortedQuantile(s, 0.10)));
        fan.p25.push_back(std::floor(modelSupport::sortedQuantile(s, 0.25)));
        fan.p50.push_back(std::round(modelSupport::sortedQuantile(s, 0.50)));
        fan.p75.push_back(std::ceil(modelSupport::sortedQuantile(s, 0.75)));
        fan.p90.push_back(std::ceil(modelSupport::sortedQuantile(s, 0.90)));
        fan.p975.push_back(std::ceil(modelSupport::sortedQuantile(s, 0.975)));
        fan.filedMedian.push_back(modelSupport::sortedQuantile(filedPaths[at], 0.5));
        fan.closedMedian.push_back(modelSupport::sortedQuantile(closedPaths[at], 0.5));
    }
    fan.sortedPending = std::move(pendingPaths);
    fan.sortedRunningMin = std::move(minPaths);
    return fan;
}

std::vector<double> BacklogSimulation::probabilityBelow(const BacklogFan &fan, double level)
{
    std::vector<double> out;
    for (const std::vector<double> &s : fan.sortedPending) {
        const auto below = std::lower_bound(s.begin(), s.end(), level) - s.begin();
        out.push_back(s.empty() ? 0 : static_cast<double>(below) / static_cast<double>(s.size()));
    }
    return out;
}

std::vector<double> BacklogSimulation::probabilityReached(const BacklogFan &fan, double level)
{
    std::vector<double> out;
    for (const std::vector<double> &s : fan.sortedRunningMin) {
        const auto below = std::lower_bound(s.begin(), s.end(), level) - s.begin();
        out.push_back(s.empty() ? 0 : static_cast<double>(below) / static_cast<double>(s.size()));
    }
    return out;
}

int BacklogSimulation::firstMonthReached(const BacklogFan &fan, double level, double probability)
{
    const std::vector<double> p = probabilityReached(fan, level);
    for (size_t i = 0; i < p.size(); ++i)
        if (p[i] >= probability)
            return static_cast<int>(i);
    return -1;
}

BacktestResult BacklogSimulation::backtest(const MonthlySeries &filed, const MonthlySeries &closed,
    const MonthlySeries &pending, const Forecaster &filings, const BacktestOptions &options, int paths)
{
    BacktestForecasts made;
    const int n = std::min({filed.size(), closed.size(), pending.size()});
    const int maxH = std::max(options.maxHorizon, 1);
    made.origins = Backtest::origins(n, options);
    for (const int origin : made.origins) {
        const BacklogSimulation simulation(filed.head(origin), closed.head(origin), pending.head(origin));
        const ForecastResult f = filings(filed.head(origin), std::min(maxH, n - origin));
        made.forecasts.push_back(asForecast(simulation.simulate(f, {}, paths)));
    }
    return Backtest::score(pending.head(n), made, options);
}

ForecastResult BacklogSimulation::asForecast(const BacklogFan &fan)
{
    ForecastResult out;
    out.first = fan.first;
    out.mean = fan.p50;
    out.lo80 = fan.p10;
    out.hi80 = fan.p90;
    out.lo95 = fan.p025;
    out.hi95 = fan.p975;
    return out;
}

} // namespace caseload
