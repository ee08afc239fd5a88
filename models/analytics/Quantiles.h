#pragma once

#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace caseload {

/// Quantile p (0..1) of the values described by the histogram `counts` (counts[v] values equal to
/// v, v = 0, 1, ...), by R's default rule (type 7): with n values sorted x_1..x_n and
/// h = (n - 1) p, the result is x_{⌊h⌋+1} + (h - ⌊h⌋)(x_{⌊h⌋+2} - x_{⌊h⌋+1}). nullopt when the
/// histogram is empty. `total` is the sum of counts (passed in because callers have it).
std::optional<double> histogramQuantile(std::span<const qint64> counts, qint64 total, double p);

/// Several quantiles in one pass; `ps` ascending. Same rule as histogramQuantile.
std::vector<std::optional<double>> histogramQuantiles(
    std::span<const qint64> counts, qint64 total, const std::vector<double> &ps);

/// Quantile p of unsorted values (reorders them), same rule. nullopt when empty.
std::optional<double> quantileInPlace(std::vector<quint16> &values, double p);

} // namespace caseload
