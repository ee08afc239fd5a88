#pragma once

#include <QDate>
#include <QStringList>

#include <vector>

namespace caseload {

/// Forecasts for months `first`, `first + 1`, ...: point forecast and 80% / 95% prediction
/// intervals, in the units of the series (cases). Every value is finite and non-negative, and
/// lo95 <= lo80 <= mean <= hi80 <= hi95. `messages` says, in the user's language, when a fallback
/// or a simplification was used.
struct ForecastResult
{
    QDate first;
    std::vector<double> mean;
    std::vector<double> lo80;
    std::vector<double> hi80;
    std::vector<double> lo95;
    std::vector<double> hi95;
    QStringList messages;

    int horizon() const { return static_cast<int>(mean.size()); }
};

} // namespace caseload
