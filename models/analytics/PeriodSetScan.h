#pragma once

#include "AnalyticsScan.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <vector>

namespace caseload {

class CaseFilterMatcher;

/// One pass over the cases for several periods of the same filter and settings (Analytics'
/// internals, for Analytics::computeMany): each row is read, filtered and dated once, and gives
/// period k's counters exactly what AnalyticsScan::scan would give them for period k alone.
///
/// What does not depend on the period is counted once: the monthly filed and closed series (over a
/// calendar covering every period's), the measures by day, the selection. "In the period" is a bit
/// per period in a table by day (periods are whole months), so a row only touches the periods it is
/// filed or closed in. "Pending at a date" (pending age, overdue and due soon at the as-of date;
/// pending at the period's end and indicator 4's window per court) is a range of the sorted distinct
/// dates for each row, added to difference arrays and summed up after the scan.
class PeriodSetScan
{
public:
    using Calendar = AnalyticsScan::Calendar;
    using Frame = AnalyticsScan::Frame;
    using Partial = AnalyticsScan::Partial;

    /// Periods a pass can take (one bit each).
    static constexpr int MaxPeriods = 64;

    /// What one thread accumulates over its rows: the shared counters and a Partial per period (with
    /// only its period's own counters filled until periodPartial()).
    struct alignas(64) Part
    {
        qint64 selected = 0;
        std::vector<qint64> courtSelected; ///< by court id
        std::vector<qint64> filed; ///< by month of the scan's calendar
        std::vector<qint64> closed; ///< by month and method
        std::vector<quint32> measureDays; ///< by day from the first period's start and measure, + 1 day
        /// Pending at each distinct as-of date, by filing day: difference arrays over the dates, then
        /// (after integrate()) the counts.
        std::vector<qint32> ages;
        std::vector<qint64> overdue; ///< by distinct as-of date, as `ages`
        std::vector<qint64> dueSoon;
        /// By court, then pendingEnd, core4Base, core4Closed, then distinct period end; as `ages`.
        std::vector<qint32> courtAtEnd;
        std::vector<Partial> periods;

        void add(const Part &o);
    };

    /// The pass for the periods of `frames` (with their calendars), all of the same settings and with
    /// at most MaxPeriods; `calendar` must cover every period's calendar. The frames, calendars and
    /// table must outlive the scan.
    PeriodSetScan(const CaseTable &table, const Calendar &calendar, std::vector<const Frame *> frames,
        std::vector<const Calendar *> calendars);

    /// A zeroed Part for one thread.
    Part makePart() const;

    /// Every counter of `p` for the rows [begin, end). Returns false when `cancelled` was set; calls
    /// `tick` (when set) with the rows done every AnalyticsScan::CheckEvery rows.
    bool scan(const CaseFilterMatcher &filter, qint64 begin, qint64 end, Part &p,
        const std::atomic<bool> &cancelled, const std::function<void(qint64)> &tick) const;

    /// Turns the difference arrays of the sum of all threads' parts into counts (once, after add()).
    void integrate(Part &total) const;

    /// Period k's counters from the integrated total, as AnalyticsScan::scan gives them over all rows
    /// (moved out of `total`, whose period k is left empty).
    Partial periodPartial(Part &total, int k) const;

private:
    /// The sorted distinct days of one kind of date (as-of dates, period ends, window starts) and, by
    /// day, how many of them come before it.
    class DaySet
    {
    public:
        explicit DaySet(std::vector<qint32> days);
        /// Number of days in the set before `day`.
        int before(qint64 day) const
        {
            if (day <= m_days.front())
                return 0;
            if (day > m_days.back())
                return int(m_days.size());
            return m_before[size_t(day - m_days.front())];
        }
        /// Index of `day`, which must be in the set.
        int indexOf(qint32 day) const { return before(day); }
        int size() const { return int(m_days.size()); }

    private:
        std::vector<qint32> m_days;
        std::vector<quint8> m_before;
    };

    /// Bits of the periods containing `day`.
    quint64 periodsOf(qint64 day) const
    {
        return day >= m_maskFirst && day <= m_maskLast ? m_periodsOfDay[size_t(day - m_maskFirst)] : 0;
    }

    const CaseTable &m_table;
    const Calendar &m_cal;
    std::vector<const Frame *> m_frames;
    std::vector<const Calendar *> m_calendars;
    qint32 m_maskFirst = 0; ///< earliest period start
    qint32 m_maskLast = 0; ///< latest period end
    std::vector<quint64> m_periodsOfDay; ///< from m_maskFirst to m_maskLast
    qint64 m_measureFiledFrom = 0; ///< filing days whose measures may fall in some period
    qint64 m_measureFiledTo = -1;
    DaySet m_asOfs;
    DaySet m_ends;
    DaySet m_windows; ///< indicator 4's window start of each of m_ends, in the same order
    qint32 m_firstFiled = 0; ///< the table's first filing day
    size_t m_filingDays = 0;
};

} // namespace caseload
