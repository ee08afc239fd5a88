#include "forecast/CountGlm.h"

#include "forecast/ModelSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <utility>

namespace caseload {

namespace {

// exp(700) is about 1e304: keeps an extrapolated trend finite.
constexpr double LogCap = 700;
constexpr double MaxCount = 1e300;
constexpr int MaxIterations = 50;
// Converged when a Newton step moves beta by less than 1e-6 standard errors (δ'Hδ < 1e-12).
constexpr double StepTolerance = 1e-12;
constexpr double ThetaTolerance = 1e-8;
constexpr double ThetaLimit = 1e6;
constexpr double ThetaFloor = 1e-6;
// A coefficient with a standard error beyond this (on the log scale) belongs to months that are all 0
// (the estimate runs towards −infinity, as in R): it is held fixed in the simulation.
constexpr double SeparatedSe = 10;
// Below this the differences of log-gamma / digamma / trigamma at theta + y and theta are summed
// term by term: exact, and free of cancellation when theta is large.
constexpr int DirectSumLimit = 16;

const double Infinity = std::numeric_limits<double>::infinity();

// log Γ(x), x > 0: recurrence up to x >= 10, then Stirling's series (relative error ~1e-15).
double logGamma(double x)
{
    double product = 1;
    while (x < 10) {
        product *= x;
        x += 1;
    }
    const double f = 1 / (x * x);
    const double series
        = (1.0 / 12 + f * (-1.0 / 360 + f * (1.0 / 1260 + f * (-1.0 / 1680 + f * (1.0 / 1188))))) / x;
    return (x - 0.5) * std::log(x) - x + 0.5 * std::log(2 * std::numbers::pi) + series - std::log(product);
}

double digamma(double x)
{
    double result = 0;
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double f = 1 / (x * x);
    return result + std::log(x) - 0.5 / x
        - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
}

double trigamma(double x)
{
    double result = 0;
    while (x < 10) {
        result += 1 / (x * x);
        x += 1;
    }
    const double f = 1 / (x * x);
    return result + 1 / x + f / 2
        + f / x * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f * (1.0 / 30 - f * (5.0 / 66)))));
}

// Debian 12's glibc (2.36) picks an AVX-512 memset that, for some small sizes, leaves the upper
// halves of the vector registers dirty; until something clears them every switch between SSE code
// (ours) and libm's AVX/FMA exp and log stalls, and a fit or a simulation runs three to four times
// slower. One vzeroupper (free when the state is clean) restores full speed.
void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        asm volatile("vzeroupper");
#endif
}

/// The IRLS state of one fit on the kept columns. The first step from a Poisson mustart is R's IRLS
/// step; later ones are Newton steps on the observed information, whose weights
/// theta (theta + y) mu / (theta + mu)² stay positive for the NB log link, so the iteration converges
/// quadratically to the same maximum that R's Fisher scoring approaches linearly.
struct Irls
{
    const Eigen::MatrixXd &x; // both outlive the Irls
    const Eigen::VectorXd &y;
    Eigen::VectorXd logFactorial; // log y!
    bool nb = false;
    double theta = Infinity;
    Eigen::VectorXd beta;
    Eigen::VectorXd eta;
    Eigen::VectorXd mu;
    Eigen::VectorXd sqrtW;
    Eigen::MatrixXd xw;
    Eigen::MatrixXd a;
    int iterations = 0;

    Irls(const Eigen::MatrixXd &design, const Eigen::VectorXd &counts)
        : x(design)
        , y(counts)
        , logFactorial(counts.size())
    {
        for (Eigen::Index i = 0; i < y.size(); ++i)
            logFactorial(i) = y(i) < 2 ? 0.0 : logGamma(y(i) + 1);
    }

    void setEta(const Eigen::VectorXd &e)
    {
        eta = e.cwiseMax(-LogCap).cwiseMin(LogCap);
        mu = eta.array().exp().matrix();
    }

    /// The part of the log-likelihood that depends on beta (theta fixed): cheap, for step-halving.
    double objective() const
    {
        double sum = 0;
        if (!nb) {
            for (Eigen::Index i = 0; i < y.size(); ++i)
                sum += y(i) * eta(i) - mu(i);
        } else {
            for (Eigen::Index i = 0; i < y.size(); ++i)
                sum += y(i) * eta(i) - (theta + y(i)) * std::log1p(mu(i) / theta);
        }
        return sum;
    }

    /// The full log-likelihood, as R's logLik (Poisson) or glm.nb's loglik.
    double logLikelihood(double th) const
    {
        const Eigen::Index n = y.size();
        double sum = 0;
        if (!nb || !std::isfinite(th)) {
            for (Eigen::Index i = 0; i < n; ++i)
                sum += y(i) * eta(i) - mu(i) - logFactorial(i);
            return sum;
        }
        const double logGammaTheta = logGamma(th);
        const double logTheta = std::log(th);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double yi = y(i);
            double ratio = 0; // log Γ(θ + y) − log Γ(θ)
            if (yi < DirectSumLimit) {
                double product = 1;
                for (int j = 0; j < yi; ++j)
                    product *= th + j;
                ratio = std::log(product);
            } else {
                ratio = logGamma(th + yi) - logGammaTheta;
            }
            sum += ratio - logFactorial(i) - yi * logTheta + yi * eta(i) - (th + yi) * std::log1p(mu(i) / th);
        }
        return sum;
    }

    double logLikelihood() const { return logLikelihood(theta); }

    double deviance() const
    {
        double sum = 0;
        for (Eigen::Index i = 0; i < y.size(); ++i)
            sum += unitDeviance(i);
        return sum;
    }

    double unitDeviance(Eigen::Index i) const
    {
        const double yi = y(i);
        const double yLogRatio = yi > 0 ? yi * (std::log(yi) - eta(i)) : 0.0;
        if (!nb)
            return 2 * (yLogRatio - (yi - mu(i)));
        return 2 * (yLogRatio - (yi + theta) * std::log1p((yi - mu(i)) / (mu(i) + theta)));
    }

    /// X'WX into `a` (lower triangle) with xw = diag(sqrt w) X: the expected information (IRLS
    /// weights, as summary.glm) or the observed one (Newton).
    void weigh(bool observed)
    {
        if (!nb)
            sqrtW = mu.cwiseSqrt();
        else if (observed)
            sqrtW = (theta * (theta + y.array()) * mu.array())
                        .sqrt()
                        .matrix()
                        .cwiseQuotient((theta + mu.array()).matrix());
        else
            sqrtW = (mu.array() / (1 + mu.array() / theta)).sqrt().matrix();
        xw = x.array().colwise() * sqrtW.array();
        a.setZero(x.cols(), x.cols());
        a.selfadjointView<Eigen::Lower>().rankUpdate(xw.transpose());
    }

    Eigen::VectorXd solve(const Eigen::VectorXd &rhs) const
    {
        const Eigen::LLT<Eigen::MatrixXd> llt(a);
        if (llt.info() == Eigen::Success)
            return llt.solve(rhs);
        return a.selfadjointView<Eigen::Lower>().ldlt().solve(rhs);
    }

    /// The first step, from the means alone (mustart): R's IRLS step.
    bool startStep()
    {
        weigh(false);
        const Eigen::VectorXd z
            = (sqrtW.array() * (eta.array() + (y.array() - mu.array()) / mu.array())).matrix();
        const Eigen::VectorXd next = solve(xw.transpose() * z);
        if (!next.allFinite())
            return false;
        beta = next;
        setEta(x * beta);
        return std::isfinite(objective());
    }

    /// One Newton step on beta at the current theta, halved while the likelihood drops; `step`
    /// receives δ'Hδ, the squared length of the step in standard errors.
    bool newtonStep(double &step)
    {
        const double before = objective();
        weigh(true);
        Eigen::VectorXd gradient = y - mu;
        if (nb)
            gradient.array() *= theta / (theta + mu.array());
        const Eigen::VectorXd delta = solve(x.transpose() * gradient);
        if (!delta.allFinite())
            return false;
        step = (xw * delta).squaredNorm();
        const Eigen::VectorXd previous = beta;
        double fraction = 1;
        for (int halving = 0; halving <= 30; ++halving) {
            beta = previous + fraction * delta;
            setEta(x * beta);
            const double after = objective();
            if (std::isfinite(after) && after >= before - 1e-12 * (std::fabs(before) + 1))
                return true;
            fraction /= 2;
        }
        // No better point along the step: stay put (the maximum, up to rounding).
        beta = previous;
        setEta(x * beta);
        step = 0;
        return true;
    }

    /// Score and observed information of the likelihood in theta at the current means.
    void thetaDerivatives(double th, double &score, double &info) const
    {
        const double digammaTheta = digamma(th);
        const double trigammaTheta = trigamma(th);
        score = 0;
        info = 0;
        for (Eigen::Index i = 0; i < y.size(); ++i) {
            const double yi = y(i);
            double dg = 0; // digamma(θ + y) − digamma(θ)
            double tg = 0; // trigamma(θ) − trigamma(θ + y)
            if (yi < DirectSumLimit) {
                for (int j = 0; j < yi; ++j) {
                    const double inv = 1 / (th + j);
                    dg += inv;
                    tg += inv * inv;
                }
            } else {
                dg = digamma(th + yi) - digammaTheta;
                tg = trigammaTheta - trigamma(th + yi);
            }
            const double m = mu(i);
            const double r = (m - yi) / (m + th);
            score += dg - std::log1p(m / th) + r;
            info += tg - m / (th * (m + th)) + r / (m + th);
        }
    }

    /// One Newton step on theta (as MASS::theta.ml) at the current means; a step that is large or
    /// not uphill is checked against the likelihood and shortened on the log scale. Returns |Δθ|.
    double thetaStep()
    {
        double score = 0;
        double info = 0;
        thetaDerivatives(theta, score, info);
        double next = info > 0 ? theta + score / info : (score > 0 ? 2 * theta : 0.5 * theta);
        next = std::max(std::clamp(next, theta / 4, theta * 4), ThetaFloor);
        if (!(info > 0) || std::fabs(next - theta) > 0.25 * theta) {
            const double before = logLikelihood(theta);
            for (int halving = 0;; ++halving) {
                const double after = logLikelihood(next);
                if (std::isfinite(after) && after >= before - 1e-12 * (std::fabs(before) + 1))
                    break;
                if (halving == 30)
                    return 0;
                next = std::sqrt(next * theta);
            }
        }
        const double change = std::fabs(next - theta);
        theta = next;
        return change;
    }

    enum class Outcome { Converged, NotConverged, Failed, ThetaInfinite };

    /// Alternates Newton steps on beta and on theta until both settle: a step in beta below 1e-6
    /// standard errors and a relative change in theta below 1e-8 (tighter than glm.control's 1e-8 on
    /// the deviance, so the estimates are R's to many digits).
    Outcome run()
    {
        for (int it = 0; it < MaxIterations; ++it) {
            ++iterations;
            clearUpperVectorState();
            double step = Infinity;
            if (beta.size() == 0) {
                if (!startStep())
                    return Outcome::Failed;
            } else if (!newtonStep(step)) {
                return Outcome::Failed;
            }
            double thetaChange = 0;
            if (nb) {
                thetaChange = thetaStep();
                if (theta > ThetaLimit)
                    return Outcome::ThetaInfinite;
            }
            if (step <= StepTolerance && thetaChange <= ThetaTolerance * theta)
                return Outcome::Converged;
        }
        return Outcome::NotConverged;
    }
};

/// The 128-layer ziggurat for the standard normal (Marsaglia & Tsang 2000): layer i covers
/// [0, x[i]] × [f(x[i]), f(x[i+1])], f(x) = exp(−x²/2), all of equal area; layer 0 includes the tail
/// beyond R.
struct Ziggurat
{
    static constexpr int Layers = 128;
    static constexpr double R = 3.442619855899;
    static constexpr double Area = 9.91256303526217e-3;
    double x[Layers + 1];
    double f[Layers + 1];
    double ratio[Layers]; // x[i+1] / x[i]: below it a point is inside the curve for sure

    Ziggurat()
    {
        const auto density = [](double v) { return std::exp(-0.5 * v * v); };
        x[0] = Area / density(R);
        x[1] = R;
        for (int i = 1; i < Layers - 1; ++i)
            x[i + 1] = std::sqrt(-2 * std::log(Area / x[i] + density(x[i])));
        x[Layers] = 0;
        for (int i = 0; i <= Layers; ++i)
            f[i] = density(x[i]);
        for (int i = 0; i < Layers; ++i)
            ratio[i] = x[i + 1] / x[i];
    }

    static const Ziggurat &instance()
    {
        static const Ziggurat table;
        return table;
    }
};

/// mt19937_64 with its own normal, gamma and Poisson variates: the same on every platform, and
/// far cheaper than std:: distributions constructed with a new parameter for each draw.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
        , m_zig(Ziggurat::instance())
    { }

    double uniform() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }

    double normal()
    {
        for (;;) {
            const std::uint64_t bits = m_engine();
            const int layer = static_cast<int>(bits & (Ziggurat::Layers - 1));
            const bool negative = (bits >> 7) & 1;
            const double u = static_cast<double>(bits >> 11) * 0x1.0p-53;
            double v = u * m_zig.x[layer];
            if (u < m_zig.ratio[layer])
                return negative ? -v : v;
            if (layer == 0) {
                double a = 0;
                double b = 0;
                do {
                    a = -std::log(uniform()) / Ziggurat::R;
                    b = -std::log(uniform());
                } while (2 * b < a * a);
                v = Ziggurat::R + a;
                return negative ? -v : v;
            }
            if (m_zig.f[layer] + uniform() * (m_zig.f[layer + 1] - m_zig.f[layer]) < std::exp(-0.5 * v * v))
                return negative ? -v : v;
        }
    }

    /// Poisson(lambda): inversion below 10, Hörmann's PTRS (1993) below 100 (the two uniforms of a
    /// trial share one 64-bit draw: 32 bits each are ample), and from 100 on the Cornish–Fisher
    /// quantile (to the λ^-1/2 term, continuity-corrected) of a normal draw: at twice the speed it
    /// is off by one count in 0.3% of draws at λ = 100 and 0.1% at λ = 1000 (checked against R's
    /// qpois), far below the simulation's own noise.
    double poisson(double lambda)
    {
        if (!(lambda > 0))
            return 0;
        if (lambda < 10) {
            double p = std::exp(-lambda);
            double cumulative = p;
            const double u = uniform();
            int k = 0;
            while (u > cumulative && k < 1000) {
                ++k;
                p *= lambda / k;
                cumulative += p;
            }
            return k;
        }
        if (lambda >= 100) {
            const double z = normal();
            const double root = std::sqrt(lambda);
            const double quantile = lambda + root * z + (z * z - 1) / 6 - (z * z - 1) * z / (72 * root);
            return std::max(0.0, std::floor(quantile + 0.5));
        }
        const double b = 0.931 + 2.53 * std::sqrt(lambda);
        const double a = -0.059 + 0.02483 * b;
        const double vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            const std::uint64_t bits = m_engine();
            const double u = (static_cast<double>(bits >> 32) + 0.5) * 0x1.0p-32 - 0.5;
            const double v = (static_cast<double>(bits & 0xffffffffu) + 0.5) * 0x1.0p-32;
            const double us = 0.5 - std::fabs(u);
            const double k = std::floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
                return k;
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            const double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
            if (std::log(v * invAlpha / (a / (us * us) + b))
                <= -lambda + k * std::log(lambda) - logGamma(k + 1))
                return k;
        }
    }

private:
    std::mt19937_64 m_engine;
    const Ziggurat &m_zig;
};

/// Gamma(shape, 1/shape) variates (mean 1) by Marsaglia & Tsang (2000), constants computed once;
/// shape < 1 by the boost U^(1/shape).
class GammaMixer
{
public:
    explicit GammaMixer(double shape)
        : m_shape(shape)
        , m_d((shape < 1 ? shape + 1 : shape) - 1.0 / 3)
        , m_c(1 / std::sqrt(9 * m_d))
    { }

    double draw(Random &random) const
    {
        const double boost = m_shape < 1 ? std::pow(random.uniform(), 1 / m_shape) : 1.0;
        for (;;) {
            double z = 0;
            double v = 0;
            do {
                z = random.normal();
                v = 1 + m_c * z;
            } while (v <= 0);
            v = v * v * v;
            const double u = random.uniform();
            const double z2 = z * z;
            if (u < 1 - 0.0331 * z2 * z2 || std::log(u) < 0.5 * z2 + m_d * (1 - v + std::log(v)))
                return m_d * v * boost / m_shape;
        }
    }

private:
    double m_shape;
    double m_d;
    double m_c;
};

bool sameRegressors(const RegressorOptions &a, const RegressorOptions &b)
{
    return a.trend == b.trend && a.monthDummies == b.monthDummies && a.springFestival == b.springFestival
        && a.december == b.december && a.interventions == b.interventions;
}

/// The design for at least `rows` months from `origin`, from the last few built on this thread:
/// CalendarRegressors costs about 0.2 µs a month (a third of a warm fit), and a backtest refits one
/// series cut at many months, each time with a new CountGlm. The reference stays valid until the
/// next call on this thread.
const Eigen::MatrixXd &cachedDesign(QDate origin, const RegressorOptions &options, int rows)
{
    // Months built beyond the request, for the forecasts and longer fits that follow.
    constexpr int SpareMonths = 24;
    constexpr int Entries = 4;
    struct Entry
    {
        QDate origin;
        RegressorOptions options;
        Eigen::MatrixXd design;
    };
    thread_local std::array<Entry, Entries> entries;
    thread_local int next = 0;
    Entry *slot = nullptr;
    for (Entry &e : entries) {
        if (e.design.size() > 0 && e.origin == origin && sameRegressors(e.options, options)) {
            if (e.design.rows() >= rows)
                return e.design;
            slot = &e;
            break;
        }
    }
    if (!slot) {
        slot = &entries[static_cast<size_t>(next)];
        next = (next + 1) % Entries;
        slot->origin = origin;
        slot->options = options;
    }
    slot->design = CalendarRegressors(origin, options).matrix(0, rows + SpareMonths);
    return slot->design;
}

} // namespace

CountGlm::CountGlm(CountGlmOptions options)
    : m_options(std::move(options))
    , m_used(m_options.regressors)
{ }

void CountGlm::setStart(const Eigen::VectorXd &beta, double theta)
{
    m_startBeta = beta;
    m_startTheta = theta;
}

Eigen::VectorXd CountGlm::fullBeta() const
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(m_coefficients.size()));
    for (size_t c = 0; c < m_coefficients.size(); ++c)
        out(static_cast<Eigen::Index>(c)) = m_coefficients[c].estimate;
    return out;
}

void CountGlm::fit(const MonthlySeries &input)
{
    clearUpperVectorState();
    const bool wantNb = m_options.family == CountGlmOptions::Family::NegativeBinomial;
    m_messages.clear();
    m_coefficients.clear();
    m_kept.clear();
    m_fitted.clear();
    m_beta.resize(0);
    m_cov.resize(0, 0);
    m_covFactor.resize(0, 0);
    m_theta = m_simulationTheta = Infinity;
    m_thetaSe = 0;
    m_aic = m_aicc = Infinity;
    m_logLik = 0;
    m_deviance = 0;
    m_iterations = 0;
    m_converged = false;

    // The start applies to this fit only.
    const Eigen::VectorXd startBeta = std::exchange(m_startBeta, Eigen::VectorXd());
    const double startTheta = std::exchange(m_startTheta, 0.0);

    modelSupport::Prepared prepared = modelSupport::prepare(input, &m_messages);
    MonthlySeries &series = prepared.series;
    for (double &v : series.values)
        v = std::min(std::round(v), MaxCount);
    m_origin = prepared.origin;
    m_n = series.size();
    m_used = m_options.regressors;
    if (m_n == 0)
        return;
    m_used = modelSupport::forLength(m_options.regressors, m_n, &m_messages);

    const auto x = cachedDesign(m_origin, m_used, m_n).topRows(m_n);
    m_coefficients.resize(static_cast<size_t>(x.cols()));
    m_named = false;
    for (Eigen::Index c = 0; c < x.cols(); ++c)
        m_coefficients[static_cast<size_t>(c)].dropped = true;
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(series.values.data(), m_n);

    if (y.maxCoeff() <= 0) {
        // The likelihood grows without bound as the mean goes to 0: forecast 0, scored as a
        // one-parameter model with likelihood 1.
        m_messages << QCoreApplication::translate(
            "caseload::Forecast", "Every month is 0: the forecast is 0.");
        m_fitted.assign(static_cast<size_t>(m_n), 0.0);
        m_converged = true;
        m_logLik = 0;
        m_aic = 2;
        m_aicc = m_n > 2 ? 2 + 4.0 / (m_n - 2) : Infinity;
        return;
    }

    m_kept = modelSupport::independentColumns(x);
    const int r = static_cast<int>(m_kept.size());
    Eigen::MatrixXd xk = modelSupport::columns(x, m_kept);

    Irls irls(xk, y);
    auto poissonStart = [&] {
        irls.beta.resize(0);
        irls.setEta((y.array() + 0.1).log().matrix());
    };
    bool warm = false;
    if (startBeta.size() == x.cols() && startBeta.allFinite()) {
        Eigen::VectorXd b(r);
        for (int j = 0; j < r; ++j)
            b(j) = startBeta(m_kept[static_cast<size_t>(j)]);
        irls.beta = b;
        irls.setEta(xk * b);
        warm = std::isfinite(irls.objective());
    }
    if (!warm)
        poissonStart();

    bool thetaInfinite = false;
    Irls::Outcome outcome = Irls::Outcome::Converged;
    const bool warmTheta
        = wantNb && warm && std::isfinite(startTheta) && startTheta > 0 && startTheta <= ThetaLimit;
    if (warmTheta) {
        irls.nb = true;
        irls.theta = startTheta;
        outcome = irls.run();
    }
    if (!warmTheta || outcome == Irls::Outcome::Failed) {
        // Poisson first, as glm.nb does; an NB fit then starts from theta's moment estimate.
        irls.nb = false;
        irls.theta = Infinity;
        if (outcome == Irls::Outcome::Failed)
            poissonStart();
        outcome = irls.run();
        if (outcome == Irls::Outcome::Failed && warm) {
            poissonStart();
            outcome = irls.run();
        }
        if (wantNb && outcome != Irls::Outcome::Failed) {
            // The likelihood's slope in 1/theta at the Poisson fit is ½ Σ((y − mu)² − y): not
            // positive, the maximum lies at theta = infinity (no overdispersion).
            const double slope = ((y - irls.mu).array().square() - y.array()).sum();
            const double moments = (y.array() / irls.mu.array() - 1).square().sum();
            if (slope <= 0 || !(moments > 0)) {
                thetaInfinite = true;
            } else {
                irls.nb = true;
                irls.theta = std::clamp(m_n / moments, ThetaFloor, ThetaLimit);
                outcome = irls.run();
            }
        }
    }
    if (outcome == Irls::Outcome::ThetaInfinite) {
        thetaInfinite = true;
        irls.nb = false;
        irls.theta = Infinity;
        outcome = irls.run();
    }
    if (outcome == Irls::Outcome::Failed) {
        // Intercept alone, Poisson: the mean of the series (cannot fail, y has a positive value).
        m_kept.assign(1, 0);
        xk = x.col(0);
        irls.nb = false;
        irls.theta = Infinity;
        irls.beta = Eigen::VectorXd::Constant(1, std::log(y.mean()));
        irls.setEta(xk * irls.beta);
        outcome = Irls::Outcome::Converged;
        m_messages << QCoreApplication::translate("caseload::Forecast",
            "The count model could not be fitted: the forecast is the mean of the series.");
    }
    if (thetaInfinite && wantNb)
        m_messages << QCoreApplication::translate(
            "caseload::Forecast", "The counts vary no more than a Poisson model allows: fitted as Poisson.");
    m_converged = outcome == Irls::Outcome::Converged;
    m_iterations = irls.iterations;
    if (!m_converged)
        m_messages << QCoreApplication::translate("caseload::Forecast",
            "The count model did not converge in %1 iterations: its estimates are approximate.")
                          .arg(m_iterations);

    // Covariance: inverse Fisher information at the estimates (summary.glm with dispersion 1).
    const int k = static_cast<int>(m_kept.size());
    irls.weigh(false);
    const Eigen::LDLT<Eigen::MatrixXd> information(irls.a.selfadjointView<Eigen::Lower>());
    m_cov = information.solve(Eigen::MatrixXd::Identity(k, k));
    if (!m_cov.allFinite())
        m_cov = Eigen::MatrixXd::Zero(k, k);
    m_beta = irls.beta;
    m_theta = irls.nb ? irls.theta : Infinity;
    // The ML theta ignores the k coefficients fitted alongside it (like RSS / n for a variance), so
    // the intervals would come out too narrow: simulate with 1/theta scaled by n / (n − k).
    m_simulationTheta = m_theta * std::max(m_n - k, 1) / m_n;
    if (irls.nb) {
        double score = 0;
        double info = 0;
        irls.thetaDerivatives(irls.theta, score, info);
        m_thetaSe = info > 0 ? 1 / std::sqrt(info) : 0;
    }
    m_logLik = irls.logLikelihood();
    m_deviance = irls.deviance();
    const int parameters = k + (irls.nb ? 1 : 0);
    m_aic = -2 * m_logLik + 2 * parameters;
    m_aicc = m_n - parameters - 1 > 0 ? m_aic + 2.0 * parameters * (parameters + 1) / (m_n - parameters - 1)
                                      : Infinity;
    m_fitted.assign(irls.mu.data(), irls.mu.data() + m_n);

    QStringList separated;
    Eigen::MatrixXd simulationCov = m_cov;
    for (int j = 0; j < k; ++j) {
        Coefficient &coef = m_coefficients[static_cast<size_t>(m_kept[static_cast<size_t>(j)])];
        coef.dropped = false;
        coef.estimate = m_beta(j);
        coef.standardError = std::sqrt(std::max(0.0, m_cov(j, j)));
        if (coef.standardError > SeparatedSe) {
            nameCoefficients();
            separated << coef.name;
            simulationCov.row(j).setZero();
            simulationCov.col(j).setZero();
        }
    }
    const Eigen::LDLT<Eigen::MatrixXd> factor(simulationCov);
    Eigen::MatrixXd lower = factor.matrixL();
    lower = lower * factor.vectorD().cwiseMax(0.0).cwiseSqrt().asDiagonal();
    m_covFactor = factor.transpositionsP().transpose() * lower;
    if (!m_covFactor.allFinite())
        m_covFactor = Eigen::MatrixXd::Zero(k, k);

    // Months far from the fit on the log scale (as LogLinearModel judges them), against a robust
    // scale (1.4826 · median |residual|) that one huge outlier or a run of zeros cannot inflate;
    // deviance residuals would let a 0 among counts of hundreds pass once theta has absorbed it.
    std::vector<double> residuals(static_cast<size_t>(m_n));
    for (int i = 0; i < m_n; ++i)
        residuals[static_cast<size_t>(i)] = std::fabs(std::log1p(y(i)) - std::log1p(irls.mu(i)));
    if (m_n > 1 && y.minCoeff() == y.maxCoeff())
        m_messages << QCoreApplication::translate(
            "caseload::Forecast", "Every month has the same count: the intervals show only count noise.");
    if (m_n > k)
        modelSupport::reportUnusualMonths(m_origin, residuals, 0.5, &m_messages);
    if (!separated.isEmpty())
        m_messages << QCoreApplication::translate("caseload::Forecast",
            "Effects fitted to months that are all 0 (held fixed in the intervals): %1.")
                          .arg(separated.join(QStringLiteral(", ")));
    QStringList dropped;
    for (const Coefficient &c : m_coefficients)
        if (c.dropped)
            dropped << c.name;
    if (!dropped.isEmpty()) {
        nameCoefficients();
        dropped.clear();
        for (const Coefficient &c : m_coefficients)
            if (c.dropped)
                dropped << c.name;
    }
    modelSupport::reportDroppedColumns(dropped, &m_messages);
}

ForecastResult CountGlm::forecast(int horizon) const
{
    ForecastResult out = modelSupport::zeros(m_origin.addMonths(m_n), horizon, m_messages);
    const int h = out.horizon();
    if (m_kept.empty() || h == 0)
        return out;

    const int k = static_cast<int>(m_kept.size());
    const Eigen::MatrixXd xf = cachedDesign(m_origin, m_used, m_n + h).middleRows(m_n, h);
    Eigen::MatrixXd xfk(h, k);
    for (int j = 0; j < k; ++j)
        xfk.col(j) = xf.col(m_kept[static_cast<size_t>(j)]);
    const Eigen::VectorXd etaHat = xfk * m_beta;

    // Paths: b ~ N(b̂, Cov), so x'b − x'b̂ ~ N(0, X_f Cov X_f'), then a count per month given
    // exp(x'b) (times a gamma factor of mean 1 for NB: the gamma–Poisson mixture). Over a horizon
    // shorter than the coefficients, drawing the linear predictors directly needs fewer normals.
    const int draws = std::max(m_options.draws, 1);
    Random random(m_options.seed);
    Eigen::MatrixXd spread = xfk * m_covFactor; // h × k
    if (h < k) {
        const Eigen::MatrixXd etaCov = spread * spread.transpose();
        const Eigen::LDLT<Eigen::MatrixXd> factor(etaCov);
        Eigen::MatrixXd lower = factor.matrixL();
        lower = lower * factor.vectorD().cwiseMax(0.0).cwiseSqrt().asDiagonal();
        spread = factor.transpositionsP().transpose() * lower;
        if (!spread.allFinite())
            spread = xfk * m_covFactor;
    }
    const auto width = spread.cols();
    Eigen::MatrixXd z(width, draws);
    for (int d = 0; d < draws; ++d)
        for (Eigen::Index j = 0; j < width; ++j)
            z(j, d) = random.normal();
    const Eigen::MatrixXd eta = spread * z; // h × draws
    clearUpperVectorState();
    const bool nb = std::isfinite(m_simulationTheta);
    const GammaMixer mixer(nb ? m_simulationTheta : 1.0);
    std::vector<double> paths(static_cast<size_t>(h) * static_cast<size_t>(draws));
    for (int d = 0; d < draws; ++d) {
        for (int i = 0; i < h; ++i) {
            double lambda = std::exp(std::min(etaHat(i) + eta(i, d), LogCap));
            if (nb)
                lambda = std::min(mixer.draw(random) * lambda, MaxCount);
            paths[static_cast<size_t>(i) * static_cast<size_t>(draws) + static_cast<size_t>(d)]
                = std::min(random.poisson(lambda), MaxCount);
        }
    }

    // Order statistics, rounded outwards (lower bounds at floor(p (D − 1)), upper at ceil), so the
    // bounds are counts that occurred in the draws.
    auto lowIndex = [&](double p) { return static_cast<int>(std::floor(p * (draws - 1) + 1e-9)); };
    auto highIndex = [&](double p) { return static_cast<int>(std::ceil(p * (draws - 1) - 1e-9)); };
    const int i95Low = lowIndex(0.025);
    const int i80Low = std::max(lowIndex(0.10), i95Low);
    const int i80High = std::max(highIndex(0.90), i80Low);
    const int i95High = std::max(highIndex(0.975), i80High);
    const int wanted[4] = {i95Low, i80Low, i80High, i95High};
    double found[4] = {0, 0, 0, 0};
    std::vector<int> histogram;
    for (int i = 0; i < h; ++i) {
        auto begin = paths.begin() + static_cast<std::ptrdiff_t>(i) * draws;
        auto end = begin + draws;
        const auto [low, high] = std::minmax_element(begin, end);
        const double range = *high - *low;
        if (range <= 8.0 * draws + 256) {
            // Counts are integers over a narrow range: counting beats selection.
            const double base = *low;
            histogram.assign(static_cast<size_t>(range) + 1, 0);
            for (auto it = begin; it != end; ++it)
                ++histogram[static_cast<size_t>(*it - base)];
            int cumulative = 0;
            int next = 0;
            for (size_t bin = 0; bin < histogram.size() && next < 4; ++bin) {
                cumulative += histogram[bin];
                while (next < 4 && wanted[next] < cumulative)
                    found[next++] = base + static_cast<double>(bin);
            }
        } else {
            // Split at the 10% point, find 2.5% below it; split the rest at 90%, find 97.5% above.
            std::nth_element(begin, begin + i80Low, end);
            if (i95Low < i80Low)
                std::nth_element(begin, begin + i95Low, begin + i80Low);
            if (i80High > i80Low)
                std::nth_element(begin + i80Low + 1, begin + i80High, end);
            if (i95High > i80High)
                std::nth_element(begin + i80High + 1, begin + i95High, end);
            for (int q = 0; q < 4; ++q)
                found[q] = *(begin + wanted[q]);
        }
        const auto at = static_cast<size_t>(i);
        out.lo95[at] = found[0];
        out.lo80[at] = found[1];
        out.hi80[at] = found[2];
        out.hi95[at] = found[3];
        const double mean = std::round(std::min(std::exp(std::min(etaHat(i), LogCap)), MaxCount));
        out.mean[at] = std::clamp(mean, out.lo80[at], out.hi80[at]);
    }
    return out;
}

ForecastResult CountGlm::forecast(const MonthlySeries &series, int horizon, const CountGlmOptions &options)
{
    CountGlm model(options);
    model.fit(series);
    return model.forecast(horizon);
}

void CountGlm::nameCoefficients() const
{
    if (m_named)
        return;
    const QStringList names = CalendarRegressors(m_origin, m_used).columnNames();
    for (size_t c = 0; c < m_coefficients.size(); ++c)
        m_coefficients[c].name = names.value(static_cast<int>(c));
    m_named = true;
}

} // namespace caseload
