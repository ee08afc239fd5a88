#pragma once

#include <QDate>
#include <QList>

namespace caseload {

/// Spring Festival (春节, Chinese New Year: the first day of the first month of the Chinese
/// lunisolar calendar, China Standard Time) as a Gregorian date, for the years 1990–2050. Courts
/// close few cases in the month it falls in, so charts mark that month.
///
/// The dates are a table, not a calculation: computed with ICU's Chinese calendar (ICU 72) and checked
/// year by year against the independent table of the python-holidays project
/// (holidays/calendars/chinese.py). The two agree except for 2027 and 2030, where the new moon falls
/// within minutes of midnight in Beijing and ICU is a day off; the table has 2027-02-06 and
/// 2030-02-03 (new moons at 23:56 on 6 February 2027 and 00:07 on 3 February 2030, Beijing time).
class SpringFestival
{
public:
    static constexpr int FirstYear = 1990;
    static constexpr int LastYear = 2050;

    /// The Gregorian date of Spring Festival in `year` (always in January or February); an invalid
    /// QDate outside FirstYear..LastYear.
    static QDate date(int year);
    /// The Spring Festivals on days from `from` to `to` (inclusive), oldest first; years outside
    /// the table are skipped.
    static QList<QDate> between(QDate from, QDate to);
    /// True when `date` lies in the calendar month of its year's Spring Festival.
    static bool isSpringFestivalMonth(QDate date);
};

} // namespace caseload
