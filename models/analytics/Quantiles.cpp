#include "Quantiles.h"

#include <algorithm>
#include <cmath>

namespace caseload {

namespace {

// Position of quantile p among n sorted values, computed with R's own arithmetic
// (index = 1 + (n - 1) p, lo = floor(index)) so that the rounding of (n - 1) p matches R's.
struct Position
{
    qint64 lower = 0; ///< 0-based order statistic x_{lo}
    double fraction = 0; ///< index - lo; the next order statistic is needed only when > 0
};

Position positionOf(qint64 n, double p)
{
    const double index = 1 + double(n - 1) * std::clamp(p, 0.0, 1.0);
    const double lo = std::floor(index);
    Position position;
    position.lower = std::min(qint64(lo) - 1, n - 1);
    position.fraction = position.lower + 1 < n ? index - lo : 0;
    return position;
}

// R writes the interpolation as (1 - h) lo + h hi and skips it when both are equal; doing the
// same keeps results bit-identical with quantile(x, p).
double interpolate(double lower, double upper, double fraction)
{
    if (fraction <= 0 || lower == upper)
        return lower;
    return (1 - fraction) * lower + fraction * upper;
}

// Walks a histogram towards ever larger order statistics; each request is O(distance moved), so
// ascending requests cost O(length) in total.
class HistogramCursor
{
public:
    explicit HistogramCursor(std::span<const qint64> counts)
        : m_counts(counts)
    { }

    /// Value of the 0-based order statistic k; k must not decrease between calls.
    double valueAt(qint64 k)
    {
        while (m_value < m_counts.size() && m_through + m_counts[m_value] <= k) {
            m_through += m_counts[m_value];
            ++m_value;
        }
        if (m_value < m_counts.size())
            return double(m_value);
        // `total` larger than the histogram's sum (a caller's bug): answer with the largest value.
        return double(lastNonZero());
    }

private:
    size_t lastNonZero() const
    {
        for (size_t v = m_counts.size(); v > 0; --v) {
            if (m_counts[v - 1] > 0)
                return v - 1;
        }
        return 0;
    }

    std::span<const qint64> m_counts;
    size_t m_value = 0;
    qint64 m_through = 0; ///< number of values below m_value
};

bool ascendingIgnoringNan(const std::vector<double> &ps)
{
    double previous = -INFINITY;
    for (double p : ps) {
        if (std::isnan(p))
            continue;
        if (p < previous)
            return false;
        previous = p;
    }
    return true;
}

} // namespace

std::optional<double> histogramQuantile(std::span<const qint64> counts, qint64 total, double p)
{
    if (total <= 0 || std::isnan(p))
        return std::nullopt;
    const Position position = positionOf(total, p);
    HistogramCursor cursor(counts);
    const double lower = cursor.valueAt(position.lower);
    if (position.fraction <= 0)
        return lower;
    return interpolate(lower, cursor.valueAt(position.lower + 1), position.fraction);
}

std::vector<std::optional<double>> histogramQuantiles(
    std::span<const qint64> counts, qint64 total, const std::vector<double> &ps)
{
    std::vector<std::optional<double>> result(ps.size());
    if (total <= 0)
        return result;
    if (!ascendingIgnoringNan(ps)) {
        for (size_t i = 0; i < ps.size(); ++i)
            result[i] = histogramQuantile(counts, total, ps[i]);
        return result;
    }
    // The lower and upper order statistics each ascend with p, so one cursor per side is enough.
    HistogramCursor lowerCursor(counts);
    HistogramCursor upperCursor(counts);
    for (size_t i = 0; i < ps.size(); ++i) {
        if (std::isnan(ps[i]))
            continue;
        const Position position = positionOf(total, ps[i]);
        const double lower = lowerCursor.valueAt(position.lower);
        const double upper = upperCursor.valueAt(std::min(position.lower + 1, total - 1));
        result[i] = interpolate(lower, upper, position.fraction);
    }
    return result;
}

std::optional<double> quantileInPlace(std::vector<quint16> &values, double p)
{
    if (values.empty() || std::isnan(p))
        return std::nullopt;
    const Position position = positionOf(qint64(values.size()), p);
    const auto lowerIt = values.begin() + position.lower;
    std::nth_element(values.begin(), lowerIt, values.end());
    const double lower = *lowerIt;
    if (position.fraction <= 0)
        return lower;
    // After nth_element everything past lowerIt is >= it, so the next order statistic is their minimum.
    const double upper = *std::min_element(lowerIt + 1, values.end());
    return interpolate(lower, upper, position.fraction);
}

} // namespace caseload
