#include "KaplanMeier.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace caseload {

namespace {

// Standard normal quantile by Wichura's algorithm AS 241 (PPND16), the one behind R's qnorm: about
// 1e-16 relative accuracy, so the bands agree with R's to the last digits.
double normalQuantile(double p)
{
    if (p <= 0)
        return -INFINITY;
    if (p >= 1)
        return INFINITY;
    const double q = p - 0.5;
    if (std::fabs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q
            * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                      + 45921.953931549871457)
                         * r
                     + 13731.693765509461125)
                        * r
                    + 1971.5909503065514427)
                       * r
                   + 133.14166789178437745)
                    * r
                + 3.387132872796366608)
            / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                      + 21213.794301586595867)
                         * r
                     + 5394.1960214247511077)
                        * r
                    + 687.1870074920579083)
                       * r
                   + 42.313330701600911252)
                    * r
                + 1.0);
    }
    double r = std::sqrt(-std::log(q < 0 ? p : 1 - p));
    double value;
    if (r <= 5) {
        r -= 1.6;
        value = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177)
                            * r
                        + 1.27045825245236838258)
                           * r
                       + 3.64784832476320460504)
                          * r
                      + 5.7694972214606914055)
                         * r
                     + 4.6303378461565452959)
                        * r
                    + 1.42343711074968357734)
            / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966)
                          * r
                      + 0.14810397642748007459)
                         * r
                     + 0.68976733498510000455)
                        * r
                    + 1.6763848301838038494)
                       * r
                   + 2.05319162663775882187)
                    * r
                + 1.0);
    } else {
        r -= 5;
        value = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r
                         + 0.0012426609473880784386)
                            * r
                        + 0.026532189526576123093)
                           * r
                       + 0.29656057182850489123)
                          * r
                      + 1.7848265399172913358)
                         * r
                     + 5.4637849111641143699)
                        * r
                    + 6.6579046435011037772)
            / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
                       + 1.8463183175100546818e-5)
                          * r
                      + 7.868691311456132591e-4)
                         * r
                     + 0.0148753612908506148525)
                        * r
                    + 0.13692988092273580531)
                       * r
                   + 0.59983220655588793769)
                    * r
                + 1.0);
    }
    return q < 0 ? -value : value;
}

// R's survmean()/print.survfit rule for the time where a curve reaches 0.5: the first point with
// y < 0.5 + tol; if that y is 0.5 within tol (a flat step exactly at one half, which floating-point
// products hit only approximately: 40 cases give 0.49999999999999994 in R), the midpoint between
// it and the first later point with a smaller y, else its day. `skipZeroSurvival` drops the points
// where S = 0, whose band R leaves NA (we store 0 there, which must not count as a crossing).
std::optional<double> crossingHalf(
    const std::vector<SurvivalPoint> &points, double SurvivalPoint::*curve, bool skipZeroSurvival)
{
    const double tolerance = std::sqrt(DBL_EPSILON);
    for (size_t i = 0; i < points.size(); ++i) {
        if (skipZeroSurvival && points[i].survival <= 0)
            continue;
        const double y = points[i].*curve;
        if (!(y < 0.5 + tolerance))
            continue;
        if (std::fabs(y - 0.5) < tolerance) {
            for (size_t j = i + 1; j < points.size(); ++j) {
                if (skipZeroSurvival && points[j].survival <= 0)
                    continue;
                if (points[j].*curve < y)
                    return (double(points[i].day) + double(points[j].day)) / 2;
            }
        }
        return double(points[i].day);
    }
    return std::nullopt;
}

} // namespace

SurvivalCurve kaplanMeier(
    const std::vector<qint64> &events, const std::vector<qint64> &censored, double confidenceLevel)
{
    SurvivalCurve curve;
    // Outside [0, 1] the band is meaningless; clamp rather than produce NaN (0 gives a band equal to
    // the curve, 1 gives [0, 1]).
    curve.confidenceLevel = std::isnan(confidenceLevel) ? 0.95 : std::clamp(confidenceLevel, 0.0, 1.0);
    const double z = normalQuantile(0.5 + curve.confidenceLevel / 2);

    const size_t length = std::max(events.size(), censored.size());
    const auto eventsOn = [&](size_t day) { return day < events.size() ? events[day] : 0; };
    const auto censoredOn = [&](size_t day) { return day < censored.size() ? censored[day] : 0; };

    size_t pointCount = 0;
    for (size_t day = 0; day < length; ++day) {
        const qint64 e = eventsOn(day);
        const qint64 c = censoredOn(day);
        Q_ASSERT(e >= 0 && c >= 0);
        curve.cases += e + c;
        curve.events += e;
        if (e != 0 || c != 0)
            ++pointCount;
    }
    curve.points.reserve(pointCount);

    qint64 atRisk = curve.cases;
    double survival = 1;
    double greenwood = 0; // Σ d / (n (n - d)): the variance of log S (R's survfit$std.err squared)
    for (size_t day = 0; day < length; ++day) {
        const qint64 e = eventsOn(day);
        const qint64 c = censoredOn(day);
        if (e == 0 && c == 0)
            continue;
        if (e > 0) {
            survival *= double(atRisk - e) / double(atRisk);
            if (atRisk > e)
                greenwood += double(e) / (double(atRisk) * double(atRisk - e));
        }
        SurvivalPoint &point = curve.points.emplace_back();
        point.day = int(day);
        point.atRisk = atRisk;
        point.events = e;
        point.censored = c;
        point.survival = survival;
        if (survival > 0) {
            const double logStdErr = std::sqrt(greenwood);
            point.stdErr = survival * logStdErr;
            if (logStdErr > 0) {
                point.lower = survival * std::exp(-z * logStdErr);
                point.upper = std::min(1.0, survival * std::exp(z * logStdErr));
            } else {
                point.lower = survival;
                point.upper = survival;
            }
        } else {
            // Everyone left at risk closed: S = 0 with Greenwood's sum infinite. R reports NaN for the
            // standard error and NA for the band; we store 0 for all three (the band is ignored for the
            // median's limits, as R's NA is).
            point.stdErr = 0;
            point.lower = 0;
            point.upper = 0;
        }
        atRisk -= e + c;
    }

    curve.medianDays = crossingHalf(curve.points, &SurvivalPoint::survival, false);
    // The lower band reaches 0.5 first, so it gives the median's lower limit (R's survmean does the same).
    curve.medianLower = crossingHalf(curve.points, &SurvivalPoint::lower, true);
    curve.medianUpper = crossingHalf(curve.points, &SurvivalPoint::upper, true);
    return curve;
}

} // namespace caseload
