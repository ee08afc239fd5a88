#include "forecast/Smoothing.h"

#include "forecast/ModelSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace caseload {

namespace {

// Standard normal quantiles: 0.90 and 0.975 (two-sided 80% and 95%), 0.95 (thetaf's one-sided 90% test).
constexpr double Z80 = 1.2815515655446004;
constexpr double Z95 = 1.959963984540054;
constexpr double Z90OneSided = 1.6448536269514722;

// R's ets() "usual" bounds.
constexpr double AlphaLow = 1e-4;
constexpr double AlphaHigh = 0.9999;
constexpr double BetaLow = 1e-4;
constexpr double PhiLow = 0.8;
constexpr double PhiHigh = 0.98;

// Below this many months a damped trend (five parameters) is not estimated: plain SES instead.
constexpr int MinDampedMonths = 12;
// SES needs alpha, the initial level and at least one degree of freedom for sigma.
constexpr int MinSesMonths = 3;

// thetaf's seasonality test: the lag-m autocorrelation (R's acf) against its standard error under
// the hypothesis that only lags below m are non-zero (Bartlett), one-sided at 90%.
bool seasonalityTest(const std::vector<double> &y, int m)
{
    const int n = static_cast<int>(y.size());
    double mean = 0;
    for (double v : y)
        mean += v;
    mean /= n;
    double denominator = 0;
    for (double v : y)
        denominator += (v - mean) * (v - mean);
    if (!(denominator > 0))
        return false;
    double sumSquares = 0;
    double rm = 0;
    for (int k = 1; k <= m; ++k) {
        double s = 0;
        for (int t = 0; t + k < n; ++t)
            s += (y[static_cast<size_t>(t)] - mean) * (y[static_cast<size_t>(t + k)] - mean);
        const double r = s / denominator;
        if (k < m)
            sumSquares += r * r;
        else
            rm = r;
    }
    const double stat = std::sqrt((1 + 2 * sumSquares) / n);
    return std::fabs(rm) / stat > Z90OneSided;
}

// Seasonal figure of R's decompose(): ratios (or differences) to a centred moving average of
// order m (2 x m for even m), averaged by position from the start of the series and normalised to
// mean 1 (or 0). False when a multiplicative figure cannot be formed (a trend value or an index
// not clearly positive).
bool decomposeFigure(const std::vector<double> &y, int m, bool multiplicative, std::vector<double> &figure)
{
    const int n = static_cast<int>(y.size());
    const int half = m / 2;
    std::vector<double> sums(static_cast<size_t>(m), 0.0);
    std::vector<int> counts(static_cast<size_t>(m), 0);
    for (int t = half; t + half < n; ++t) {
        double trend = 0;
        for (int j = -half; j <= half; ++j) {
            const double w = (m % 2 == 0 && (j == -half || j == half)) ? 0.5 : 1.0;
            trend += w * y[static_cast<size_t>(t + j)];
        }
        trend /= m;
        const double v = y[static_cast<size_t>(t)];
        double ratio = 0;
        if (multiplicative) {
            if (!(trend > 0))
                return false;
            ratio = v / trend;
        } else {
            ratio = v - trend;
        }
        sums[static_cast<size_t>(t % m)] += ratio;
        ++counts[static_cast<size_t>(t % m)];
    }
    figure.assign(static_cast<size_t>(m), multiplicative ? 1.0 : 0.0);
    double total = 0;
    for (int i = 0; i < m; ++i) {
        const auto at = static_cast<size_t>(i);
        if (counts[at] == 0)
            return false;
        figure[at] = sums[at] / counts[at];
        total += figure[at];
    }
    const double mean = total / m;
    for (double &f : figure) {
        if (multiplicative) {
            if (!(mean > 0))
                return false;
            f /= mean;
            if (!(f >= 1e-4))
                return false;
        } else {
            f -= mean;
        }
    }
    return true;
}

// SSE of simple exponential smoothing with the initial level concentrated out: the one-step
// errors are affine in the initial level l0 (e_t = a_t - (1 - alpha)^(t-1) l0), so the best l0
// for a given alpha is a one-variable least-squares fit and the search is over alpha alone.
double sesProfile(const std::vector<double> &z, double alpha, double *level0 = nullptr)
{
    double level = 0;
    double sensitivity = 1;
    double saa = 0;
    double sad = 0;
    double sdd = 0;
    const double decay = 1 - alpha;
    for (double v : z) {
        const double a = v - level;
        saa += a * a;
        sad += a * sensitivity;
        sdd += sensitivity * sensitivity;
        level += alpha * a;
        sensitivity *= decay;
    }
    const double l0 = sad / sdd;
    if (level0)
        *level0 = l0;
    return std::max(0.0, saa - sad * l0);
}

// The same for ETS(A,Ad,N): the errors are affine in the initial level and slope, so both are
// solved from 2 x 2 normal equations and the search is over alpha, beta and phi.
double dampedProfile(const std::vector<double> &z, double alpha, double beta, double phi,
    double *level0 = nullptr, double *slope0 = nullptr)
{
    double l = 0, b = 0;
    double l1 = 1, b1 = 0;
    double l2 = 0, b2 = 1;
    double see = 0, se1 = 0, se2 = 0, s11 = 0, s12 = 0, s22 = 0;
    for (double v : z) {
        const double f0 = l + phi * b;
        const double e0 = v - f0;
        const double c1 = l1 + phi * b1;
        const double c2 = l2 + phi * b2;
        see += e0 * e0;
        se1 += e0 * c1;
        se2 += e0 * c2;
        s11 += c1 * c1;
        s12 += c1 * c2;
        s22 += c2 * c2;
        l = f0 + alpha * e0;
        b = phi * b + beta * e0;
        l1 = c1 - alpha * c1;
        b1 = phi * b1 - beta * c1;
        l2 = c2 - alpha * c2;
        b2 = phi * b2 - beta * c2;
    }
    double x1 = 0, x2 = 0;
    const double det = s11 * s22 - s12 * s12;
    if (det > 1e-12 * s11 * s22) {
        x1 = (se1 * s22 - se2 * s12) / det;
        x2 = (s11 * se2 - s12 * se1) / det;
    } else if (s11 > 0) {
        x1 = se1 / s11;
    }
    if (level0)
        *level0 = x1;
    if (slope0)
        *slope0 = x2;
    return std::max(0.0, see - x1 * se1 - x2 * se2);
}

// Brent's minimisation without derivatives on [a, b] (the algorithm of R's optimize()).
template<typename F> double brentMinimise(F f, double a, double b, double tolerance)
{
    constexpr double golden = 0.3819660112501051;
    const double eps = std::sqrt(std::numeric_limits<double>::epsilon());
    double v = a + golden * (b - a);
    double w = v, x = v;
    double fx = f(x);
    double fv = fx, fw = fx;
    double d = 0, e = 0;
    for (int iteration = 0; iteration < 100; ++iteration) {
        const double middle = (a + b) / 2;
        const double tol1 = eps * std::fabs(x) + tolerance / 3;
        const double tol2 = 2 * tol1;
        if (std::fabs(x - middle) <= tol2 - (b - a) / 2)
            break;
        bool goldenStep = true;
        if (std::fabs(e) > tol1) {
            double r = (x - w) * (fx - fv);
            double q = (x - v) * (fx - fw);
            double p = (x - v) * q - (x - w) * r;
            q = 2 * (q - r);
            if (q > 0)
                p = -p;
            else
                q = -q;
            r = e;
            e = d;
            if (std::fabs(p) < std::fabs(q * r / 2) && p > q * (a - x) && p < q * (b - x)) {
                d = p / q;
                const double u = x + d;
                if (u - a < tol2 || b - u < tol2)
                    d = x < middle ? tol1 : -tol1;
                goldenStep = false;
            }
        }
        if (goldenStep) {
            e = (x < middle ? b : a) - x;
            d = golden * e;
        }
        const double u = std::fabs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
        const double fu = f(u);
        if (fu <= fx) {
            (u < x ? b : a) = x;
            v = w;
            fv = fw;
            w = x;
            fw = fx;
            x = u;
            fx = fu;
        } else {
            (u < x ? a : b) = u;
            if (fu <= fw || w == x) {
                v = w;
                fv = fw;
                w = u;
                fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u;
                fv = fu;
            }
        }
    }
    return x;
}

// Nelder–Mead on the unit cube (points are clamped into it before evaluation). Stops when the
// simplex spans less than `size` in every coordinate and its values agree to `relative`.
template<typename F>
std::array<double, 3> nelderMead(F f, std::array<double, 3> start, double step, int maxEvaluations,
    double size = 1e-3, double relative = 1e-8)
{
    using Point = std::array<double, 3>;
    auto clamp = [](Point p) {
        for (double &c : p)
            c = std::clamp(c, 0.0, 1.0);
        return p;
    };
    std::array<Point, 4> simplex;
    std::array<double, 4> values {};
    simplex[0] = clamp(start);
    for (int i = 0; i < 3; ++i) {
        Point p = simplex[0];
        p[static_cast<size_t>(i)] += p[static_cast<size_t>(i)] + step <= 1 ? step : -step;
        simplex[static_cast<size_t>(i + 1)] = clamp(p);
    }
    int evaluations = 0;
    auto eval = [&](const Point &p) {
        ++evaluations;
        return f(p);
    };
    for (size_t i = 0; i < 4; ++i)
        values[i] = eval(simplex[i]);
    while (evaluations < maxEvaluations) {
        std::array<size_t, 4> order {0, 1, 2, 3};
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
        const size_t best = order[0], secondWorst = order[2], worst = order[3];
        double diameter = 0;
        for (size_t i = 1; i < 4; ++i)
            for (size_t c = 0; c < 3; ++c)
                diameter = std::max(diameter, std::fabs(simplex[i][c] - simplex[0][c]));
        if (values[worst] - values[best] <= relative * std::fabs(values[best]) + 1e-300 && diameter < size)
            break;
        if (diameter < 1e-9)
            break;
        Point centroid {0, 0, 0};
        for (size_t i = 0; i < 4; ++i)
            if (i != worst)
                for (size_t c = 0; c < 3; ++c)
                    centroid[c] += simplex[i][c] / 3;
        auto along = [&](double t) {
            Point p;
            for (size_t c = 0; c < 3; ++c)
                p[c] = centroid[c] + t * (simplex[worst][c] - centroid[c]);
            return clamp(p);
        };
        const Point reflected = along(-1);
        const double fr = eval(reflected);
        if (fr < values[best]) {
            const Point expanded = along(-2);
            const double fe = eval(expanded);
            if (fe < fr) {
                simplex[worst] = expanded;
                values[worst] = fe;
            } else {
                simplex[worst] = reflected;
                values[worst] = fr;
            }
            continue;
        }
        if (fr < values[secondWorst]) {
            simplex[worst] = reflected;
            values[worst] = fr;
            continue;
        }
        const bool outside = fr < values[worst];
        const Point contracted = along(outside ? -0.5 : 0.5);
        const double fc = eval(contracted);
        if (fc < (outside ? fr : values[worst])) {
            simplex[worst] = contracted;
            values[worst] = fc;
            continue;
        }
        for (size_t i = 0; i < 4; ++i) {
            if (i == best)
                continue;
            for (size_t c = 0; c < 3; ++c)
                simplex[i][c] = simplex[best][c] + 0.5 * (simplex[i][c] - simplex[best][c]);
            values[i] = eval(simplex[i]);
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < 4; ++i)
        if (values[i] < values[best])
            best = i;
    return simplex[best];
}

struct DampedParameters
{
    double alpha = 0;
    double beta = 0;
    double phi = 0;
};

DampedParameters dampedFromUnit(const std::array<double, 3> &p)
{
    DampedParameters d;
    d.alpha = AlphaLow + (AlphaHigh - AlphaLow) * p[0];
    // R's usual region also asks beta < alpha.
    d.beta = BetaLow + (std::max(d.alpha, BetaLow) - BetaLow) * p[1];
    d.phi = PhiLow + (PhiHigh - PhiLow) * p[2];
    return d;
}

// Gaussian AICc without the constants (as LogLinearModel): k counts sigma.
double aiccOf(double sse, int n, int k)
{
    if (n - k - 1 <= 0)
        return std::numeric_limits<double>::infinity();
    return n * std::log(std::max(sse / n, 1e-300)) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
}

double finiteNonNegative(double v)
{
    if (std::isnan(v))
        return 0;
    return std::clamp(v, 0.0, std::numeric_limits<double>::max());
}

} // namespace

Smoothing::Smoothing(SmoothingOptions options)
    : m_options(options)
{ }

void Smoothing::fit(const MonthlySeries &input)
{
    m_messages.clear();
    m_fitted.clear();
    m_seasonal = false;
    m_multiplicative = true;
    m_alpha = 0;
    m_beta = 0;
    m_phi = 1;
    m_drift = 0;
    m_level = 0;
    m_slope = 0;
    m_sigma = 0;
    m_aicc = std::numeric_limits<double>::infinity();
    const bool theta = m_options.method == SmoothingOptions::Method::Theta;
    const int m = std::max(m_options.period, 1);
    m_indices.assign(static_cast<size_t>(m), 1.0);

    const modelSupport::Prepared prepared = modelSupport::prepare(input, &m_messages);
    const MonthlySeries &series = prepared.series;
    m_origin = prepared.origin;
    m_n = series.size();
    if (m_n == 0)
        return;
    const std::vector<double> &y = series.values;
    const auto n = static_cast<size_t>(m_n);
    const auto [lowest, highest] = std::minmax_element(y.begin(), y.end());
    if (*highest - *lowest <= 1e-12 * *highest) {
        m_level = y.back();
        m_alpha = theta ? 1 : 0;
        m_fitted.assign(n, m_level);
        m_aicc = aiccOf(0, m_n, theta ? 4 : 6);
        m_messages << (m_level == 0
                ? QCoreApplication::translate("caseload::Forecast", "All months are 0: the forecast is 0.")
                : QCoreApplication::translate(
                    "caseload::Forecast", "The series is constant: the forecast repeats it."));
        return;
    }

    // Work on the series divided by its largest value, so that sums of squares stay far from
    // overflow whatever the counts are.
    const double scale = *highest;
    std::vector<double> x(n);
    for (size_t t = 0; t < n; ++t)
        x[t] = y[t] / scale;

    const int calendar = m_origin.month() - 1;
    std::vector<double> figure;
    if (m > 1) {
        if (m_n <= 2 * m) {
            m_messages << QCoreApplication::translate(
                "caseload::Forecast", "Less than %1 months: the series is not seasonally adjusted.")
                              .arg(2 * m + 1);
        } else if (seasonalityTest(x, m)) {
            const bool anyZero = std::any_of(x.begin(), x.end(), [](double v) { return v == 0; });
            m_multiplicative = !anyZero && decomposeFigure(x, m, true, figure);
            if (!m_multiplicative) {
                m_messages << QCoreApplication::translate(
                    "caseload::Forecast", "Months without cases: the seasonal indices are additive.");
                decomposeFigure(x, m, false, figure);
            }
            m_seasonal = true;
        }
    }
    // Seasonally adjusted series (same scale as x).
    auto indexAt = [&](int i) { return figure[static_cast<size_t>(i % m)]; };
    std::vector<double> adjusted = x;
    if (m_seasonal) {
        for (int i = 0; i < m_n; ++i) {
            const auto at = static_cast<size_t>(i);
            adjusted[at] = m_multiplicative ? x[at] / indexAt(i) : x[at] - indexAt(i);
        }
        for (int i = 0; i < m; ++i)
            m_indices[static_cast<size_t>((calendar + i) % m)]
                = m_multiplicative ? indexAt(i) : indexAt(i) * scale;
    }
    auto reseasonalise = [&](int i, double value) {
        if (!m_seasonal)
            return value;
        return m_multiplicative ? value * indexAt(i) : value + indexAt(i);
    };

    // Centre on the first value: both models are equivariant to a shift of the level, and the
    // concentrated sums of squares then lose no digits to cancellation.
    const double centre = adjusted.front();
    std::vector<double> z(n);
    for (size_t t = 0; t < n; ++t)
        z[t] = adjusted[t] - centre;

    std::vector<double> fittedAdjusted(n);
    double sse = 0;
    int parameters = 0;
    int aiccParameters = 0;
    bool tooShort = false;

    if (m_n < MinSesMonths) {
        // Nothing to estimate: the mean of the months, with no spread.
        double mean = 0;
        for (double v : adjusted)
            mean += v;
        mean /= m_n;
        m_level = mean;
        m_alpha = theta ? 1 : 0;
        std::fill(fittedAdjusted.begin(), fittedAdjusted.end(), mean);
        for (size_t t = 0; t < n; ++t)
            sse += (adjusted[t] - mean) * (adjusted[t] - mean);
        tooShort = true;
        aiccParameters = 2;
    } else if (theta || m_n < MinDampedMonths) {
        if (!theta)
            m_messages << QCoreApplication::translate("caseload::Forecast",
                "Less than %1 months: simple exponential smoothing instead of a damped trend.")
                              .arg(MinDampedMonths);
        // Grid first (the profile can have more than one dip), then Brent around the best point.
        constexpr int GridSteps = 20;
        int bestStep = 0;
        double bestValue = std::numeric_limits<double>::infinity();
        for (int k = 0; k <= GridSteps; ++k) {
            const double a = AlphaLow + (AlphaHigh - AlphaLow) * k / GridSteps;
            const double value = sesProfile(z, a);
            if (value < bestValue) {
                bestValue = value;
                bestStep = k;
            }
        }
        const double lo = AlphaLow + (AlphaHigh - AlphaLow) * std::max(bestStep - 1, 0) / GridSteps;
        const double hi = AlphaLow + (AlphaHigh - AlphaLow) * std::min(bestStep + 1, GridSteps) / GridSteps;
        m_alpha = brentMinimise([&](double a) { return sesProfile(z, a); }, lo, hi, 1e-10);
        double level0 = 0;
        sesProfile(z, m_alpha, &level0);
        double level = level0 + centre;
        for (size_t t = 0; t < n; ++t) {
            fittedAdjusted[t] = level;
            const double e = adjusted[t] - level;
            sse += e * e;
            level += m_alpha * e;
        }
        m_level = level;
        parameters = 2;
        aiccParameters = theta ? 4 : 3;
        if (theta) {
            // Half the least-squares slope of the adjusted series on time (0, 1, ..., n - 1).
            const double tMean = (m_n - 1) / 2.0;
            double yMean = 0;
            for (double v : adjusted)
                yMean += v;
            yMean /= m_n;
            double sxy = 0, sxx = 0;
            for (int t = 0; t < m_n; ++t) {
                sxy += (t - tMean) * (adjusted[static_cast<size_t>(t)] - yMean);
                sxx += (t - tMean) * (t - tMean);
            }
            m_drift = sxy / sxx / 2;
        }
    } else {
        auto objective = [&](const std::array<double, 3> &p) {
            const DampedParameters d = dampedFromUnit(p);
            return dampedProfile(z, d.alpha, d.beta, d.phi);
        };
        std::array<double, 3> best {0.5, 0.1, 0.5};
        if (m_options.dampedStart) {
            const auto [alpha, beta, phi] = *m_options.dampedStart;
            const auto unit = [](double v, double low, double high) {
                return high > low ? std::clamp((v - low) / (high - low), 0.0, 1.0) : 0.0;
            };
            const std::array<double, 3> start {unit(alpha, AlphaLow, AlphaHigh),
                unit(beta, BetaLow, std::max(std::clamp(alpha, AlphaLow, AlphaHigh), BetaLow)),
                unit(phi, PhiLow, PhiHigh)};
            // Near the optimum already: a coarser stop is plenty for a backtest's forecasts.
            best = nelderMead(objective, start, 0.05, 80, 1e-2, 1e-6);
        } else {
            double bestValue = std::numeric_limits<double>::infinity();
            for (double p0 : {0.1, 0.5, 0.9})
                for (double p1 : {0.05, 0.4})
                    for (double p2 : {0.2, 0.8}) {
                        const std::array<double, 3> p {p0, p1, p2};
                        const double value = objective(p);
                        if (value < bestValue) {
                            bestValue = value;
                            best = p;
                        }
                    }
            best = nelderMead(objective, best, 0.1, 400);
            // A restart from the optimum guards against a simplex that collapsed early.
            best = nelderMead(objective, best, 0.05, 200);
        }
        const DampedParameters d = dampedFromUnit(best);
        m_alpha = d.alpha;
        m_beta = d.beta;
        m_phi = d.phi;
        double level0 = 0, slope0 = 0;
        dampedProfile(z, m_alpha, m_beta, m_phi, &level0, &slope0);
        double level = level0 + centre;
        double slope = slope0;
        for (size_t t = 0; t < n; ++t) {
            const double forecast = level + m_phi * slope;
            fittedAdjusted[t] = forecast;
            const double e = adjusted[t] - forecast;
            sse += e * e;
            level = forecast + m_alpha * e;
            slope = m_phi * slope + m_beta * e;
        }
        m_level = level;
        m_slope = slope;
        parameters = 5;
        aiccParameters = 6;
    }

    // One-step fitted values on the series' scale, clamped at 0 as the forecasts are; Theta's
    // include its drift term as the method would forecast from each origin (thetaf's own fitted
    // values are the SES ones without it).
    m_fitted.resize(n);
    double sseSeries = 0;
    for (int i = 0; i < m_n; ++i) {
        const auto at = static_cast<size_t>(i);
        double f = fittedAdjusted[at];
        if (theta && !tooShort)
            f += m_drift * (-std::expm1(i * std::log1p(-m_alpha))) / m_alpha;
        m_fitted[at] = finiteNonNegative(reseasonalise(i, f) * scale);
        const double e = y[at] - m_fitted[at];
        sseSeries += e * e;
    }
    m_aicc = aiccOf(sseSeries, m_n, aiccParameters);

    const int df = m_n - parameters;
    if (tooShort || df <= 0) {
        m_sigma = 0;
        m_messages << QCoreApplication::translate(
            "caseload::Forecast", "Too few months to estimate the spread: the intervals have zero width.");
    } else {
        m_sigma = std::sqrt(sse / df) * scale;
        if (m_sigma <= 1e-10 * scale) {
            m_sigma = 0;
            m_messages << QCoreApplication::translate(
                "caseload::Forecast", "The model fits the series exactly: the intervals have zero width.");
        }
    }
    m_level *= scale;
    m_slope *= scale;
    m_drift *= scale;

    // Months far from their one-step forecast by a robust scale (1.4826 · median |error|). The
    // errors are taken relative to the forecast, since the spread of counts grows with their level
    // (the late months of a growing series would otherwise all look unusual), and a month must also
    // lie beyond Poisson noise, so that a single case in a sparse series is not reported.
    std::vector<double> errors(n);
    std::vector<bool> beyondNoise(n);
    for (size_t t = 0; t < n; ++t) {
        const double f = std::max(std::fabs(m_fitted[t]), 1.0);
        const double e = std::fabs(y[t] - m_fitted[t]);
        errors[t] = e / f;
        beyondNoise[t] = e > 3 * std::sqrt(f);
    }
    if (!tooShort)
        modelSupport::reportUnusualMonths(m_origin, errors, 0, &m_messages, beyondNoise);
}

ForecastResult Smoothing::forecast(int horizon) const
{
    ForecastResult out = modelSupport::zeros(m_origin.addMonths(m_n), horizon, m_messages);
    const int h = out.horizon();
    if (m_n == 0)
        return out;

    const bool theta = m_options.method == SmoothingOptions::Method::Theta;
    const int m = static_cast<int>(m_indices.size());
    const int calendar = m_origin.month() - 1;
    // thetaf's drift term: b (j - 1 + (1 - (1 - alpha)^n) / alpha) for step j.
    const double thetaStart = theta && m_alpha > 0 ? -std::expm1(m_n * std::log1p(-m_alpha)) / m_alpha : 0;
    double dampedSum = 0;
    double phiPower = 1;
    double varianceSum = 0;
    for (int i = 0; i < h; ++i) {
        const double index = m_seasonal ? m_indices[static_cast<size_t>((calendar + m_n + i) % m)] : 0;
        double point = 0;
        double se = 0;
        double lo80 = 0, hi80 = 0, lo95 = 0, hi95 = 0;
        if (theta) {
            point = m_level + m_drift * (i + thetaStart);
            se = m_sigma * std::sqrt(i * m_alpha * m_alpha + 1);
            // As thetaf: the mean is reseasonalised, the spread stays that of the adjusted series.
            if (m_seasonal)
                point = m_multiplicative ? point * index : point + index;
            lo80 = point - Z80 * se;
            hi80 = point + Z80 * se;
            lo95 = point - Z95 * se;
            hi95 = point + Z95 * se;
        } else {
            phiPower *= m_phi;
            dampedSum += phiPower;
            point = m_level + dampedSum * m_slope;
            // Hyndman et al. (2008), class 1: sigma^2 (1 + sum_{j<h} (alpha + beta phi_j)^2), phi_j
            // = phi + ... + phi^j; the sum lags one step behind dampedSum.
            se = m_sigma * std::sqrt(1 + varianceSum);
            const double c = m_alpha + m_beta * dampedSum;
            varianceSum += c * c;
            lo80 = point - Z80 * se;
            hi80 = point + Z80 * se;
            lo95 = point - Z95 * se;
            hi95 = point + Z95 * se;
            if (m_seasonal) {
                for (double *v : {&point, &lo80, &hi80, &lo95, &hi95})
                    *v = m_multiplicative ? *v * index : *v + index;
            }
        }
        const auto at = static_cast<size_t>(i);
        out.mean[at] = finiteNonNegative(point);
        out.lo80[at] = finiteNonNegative(lo80);
        out.hi80[at] = finiteNonNegative(hi80);
        out.lo95[at] = finiteNonNegative(lo95);
        out.hi95[at] = finiteNonNegative(hi95);
    }
    return out;
}

ForecastResult Smoothing::forecast(const MonthlySeries &series, int horizon, const SmoothingOptions &options)
{
    Smoothing model(options);
    model.fit(series);
    return model.forecast(horizon);
}

} // namespace caseload
