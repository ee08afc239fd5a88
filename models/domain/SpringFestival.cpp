#include "SpringFestival.h"

#include <algorithm>
#include <array>

namespace caseload {

namespace {

struct MonthDay
{
    quint8 month;
    quint8 day;
};

constexpr std::array<MonthDay, SpringFestival::LastYear - SpringFestival::FirstYear + 1> Dates = {{
    {1, 27}, {2, 15}, {2, 4}, {1, 23}, {2, 10}, // 1990-1994
    {1, 31}, {2, 19}, {2, 7}, {1, 28}, {2, 16}, // 1995-1999
    {2, 5}, {1, 24}, {2, 12}, {2, 1}, {1, 22}, // 2000-2004
    {2, 9}, {1, 29}, {2, 18}, {2, 7}, {1, 26}, // 2005-2009
    {2, 14}, {2, 3}, {1, 23}, {2, 10}, {1, 31}, // 2010-2014
    {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5}, // 2015-2019
    {1, 25}, {2, 12}, {2, 1}, {1, 22}, {2, 10}, // 2020-2024
    {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, // 2025-2029
    {2, 3}, {1, 23}, {2, 11}, {1, 31}, {2, 19}, // 2030-2034
    {2, 8}, {1, 28}, {2, 15}, {2, 4}, {1, 24}, // 2035-2039
    {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 30}, // 2040-2044
    {2, 17}, {2, 6}, {1, 26}, {2, 14}, {2, 2}, // 2045-2049
    {1, 23}, // 2050
}};

} // namespace

QDate SpringFestival::date(int year)
{
    if (year < FirstYear || year > LastYear)
        return {};
    const MonthDay md = Dates[size_t(year - FirstYear)];
    return QDate(year, md.month, md.day);
}

QList<QDate> SpringFestival::between(QDate from, QDate to)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || to < from)
        return dates;
    const int first = std::max(from.year(), FirstYear);
    const int last = std::min(to.year(), LastYear);
    for (int year = first; year <= last; ++year) {
        const QDate d = date(year);
        if (d >= from && d <= to)
            dates.append(d);
    }
    return dates;
}

bool SpringFestival::isSpringFestivalMonth(QDate date)
{
    const QDate festival = SpringFestival::date(date.year());
    return festival.isValid() && festival.month() == date.month();
}

} // namespace caseload
