#pragma once

#include <QDate>

namespace caseload {

/// Dates are stored and computed as day numbers: days since 1970-01-01 (that day is 0). Whole-day
/// arithmetic (durations, deadlines) becomes integer arithmetic, and a date fits in 32 bits.
inline constexpr qint64 UnixEpochJulianDay = 2440588;

inline qint64 toDayNumber(QDate date)
{
    return date.toJulianDay() - UnixEpochJulianDay;
}

inline QDate fromDayNumber(qint64 day)
{
    return QDate::fromJulianDay(day + UnixEpochJulianDay);
}

} // namespace caseload
