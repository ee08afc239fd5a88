#pragma once

#include <QDate>

#include <vector>

namespace caseload {

/// A regular monthly series: `values[i]` belongs to the month `first.addMonths(i)`. Counts (cases
/// filed or closed in the month) or stocks (pending at month end); no gaps: a month without cases
/// is a 0, not a missing entry.
struct MonthlySeries
{
    /// First day of the first month; `MonthlySeries` keeps it normalised to day 1.
    QDate first;
    std::vector<double> values;

    MonthlySeries() = default;
    /// `start` may be any day of the month; it is moved to the 1st.
    MonthlySeries(QDate start, std::vector<double> series);

    int size() const { return static_cast<int>(values.size()); }
    bool isEmpty() const { return values.empty(); }
    /// First day of month `index` (may lie beyond the end: used for forecast months).
    QDate monthAt(int index) const;
    /// Index of the month containing `date` relative to `first` (negative before it, may exceed
    /// size()); 0 when `first` is invalid.
    int indexOf(QDate date) const;
    /// The first `count` months (clamped to 0..size()).
    MonthlySeries head(int count) const;
    /// A copy with non-finite and negative values replaced by 0; `changed` (optional) tells whether
    /// any value was replaced.
    MonthlySeries sanitised(bool *changed = nullptr) const;
};

} // namespace caseload
