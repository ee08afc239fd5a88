#include "forecast/MonthlySeries.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace caseload {

MonthlySeries::MonthlySeries(QDate start, std::vector<double> series)
    : first(start.isValid() ? QDate(start.year(), start.month(), 1) : QDate())
    , values(std::move(series))
{ }

QDate MonthlySeries::monthAt(int index) const
{
    return first.isValid() ? first.addMonths(index) : QDate();
}

int MonthlySeries::indexOf(QDate date) const
{
    if (!first.isValid() || !date.isValid())
        return 0;
    return (date.year() - first.year()) * 12 + (date.month() - first.month());
}

MonthlySeries MonthlySeries::head(int count) const
{
    const int n = std::clamp(count, 0, size());
    return MonthlySeries(first, std::vector<double>(values.begin(), values.begin() + n));
}

MonthlySeries MonthlySeries::sanitised(bool *changed) const
{
    MonthlySeries out = *this;
    bool any = false;
    for (double &v : out.values) {
        if (!std::isfinite(v) || v < 0) {
            v = 0;
            any = true;
        }
    }
    if (changed)
        *changed = any;
    return out;
}

} // namespace caseload
