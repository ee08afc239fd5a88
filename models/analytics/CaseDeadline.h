#pragma once

#include "CaseTable.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace caseload {

/// A case's time-limit dates (DOMAIN.md "Time limits"), as day numbers: the end of the statutory
/// limit (filing + the limit in calendar months) and the deadline (that + extension days + deducted
/// days). The one definition the analytics, the case lists and the case table's Deadline column use.
struct CaseDeadline
{
    qint32 limitEnd = 0; ///< filing + timeLimitMonths calendar months (no extension, no deduction)
    qint32 deadline = 0; ///< limitEnd + extension days + deducted days

    /// The first day of every month of the years 1900..2199 and the month of every day, for calendar
    /// arithmetic without QDate (the scans call it for every case).
    class MonthTable
    {
    public:
        MonthTable();

        /// `day` moved by `months` calendar months (negative: back), clamped to the end of a shorter
        /// month as QDate::addMonths does (31 January + 1 month = 28 or 29 February). Outside the
        /// table's years through QDate.
        qint32 addMonths(qint32 day, int months) const
        {
            const qint64 i = qint64(day) - m_firstDay;
            if (i >= 0 && i < qint64(m_monthOfDay.size())) {
                const int month = m_monthOfDay[size_t(i)];
                const qint64 target = qint64(month) + months;
                if (target >= 0 && target + 1 < qint64(m_monthStart.size())) {
                    const qint32 dayOfMonth = day - m_monthStart[size_t(month)];
                    return std::min(
                        m_monthStart[size_t(target)] + dayOfMonth, m_monthStart[size_t(target) + 1] - 1);
                }
            }
            return addMonthsSlow(day, months);
        }

    private:
        static qint32 addMonthsSlow(qint32 day, int months);

        qint32 m_firstDay = 0;
        std::vector<quint16> m_monthOfDay; ///< month index (0 = January 1900) of each day
        std::vector<qint32> m_monthStart; ///< first day of each month, plus the one after the last
    };

    /// The shared table (built on first use; thread-safe). A loop over many cases takes it once.
    static const MonthTable &monthTable()
    {
        static const MonthTable table;
        return table;
    }

    /// The dates of the case in `row` for a time limit of `timeLimitMonths` calendar months.
    static CaseDeadline of(
        const CaseTable &table, qint64 row, int timeLimitMonths, const MonthTable &months = monthTable())
    {
        const qint32 limitEnd = months.addMonths(table.filedDay(row), timeLimitMonths);
        return {limitEnd, limitEnd + table.extensionDays(row) + table.deductedDays(row)};
    }

    /// See MonthTable::addMonths.
    static qint32 addMonths(qint32 day, int months) { return monthTable().addMonths(day, months); }
};

} // namespace caseload
