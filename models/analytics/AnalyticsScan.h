#pragma once

#include "CaseDeadline.h"
#include "CaseFilterMatcher.h"
#include "CaseTable.h"
#include "domain/ClosureMethod.h"

#include <QDate>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

namespace caseload {

/// The analytics engine's pass over the cases (Analytics' internals, not an API of its own): the
/// parameters of one computation (Frame, Calendar), the counters one thread accumulates over its rows
/// (Partial), and the scan that fills them for one period. PeriodSetScan fills the same counters for
/// several periods in one pass; Analytics turns them into an AnalyticsResult.
class AnalyticsScan
{
public:
    static constexpr int MethodCount = ClosureMethodCount;
    static constexpr int MeasureCount = CaseTable::MeasureCount;
    /// Rows between two looks at the cancel flag.
    static constexpr qint64 CheckEvery = 1 << 16;

    /// Calendar arithmetic on day numbers through tables: the scan needs "which month is day d in"
    /// for every case, and QDate would cost more than the rest of the scan.
    class Calendar
    {
    public:
        Calendar() = default;
        /// Covers days [firstDay, lastDay] and months `monthsBefore` earlier / `monthsAfter` later.
        Calendar(qint32 firstDay, qint32 lastDay, int monthsBefore, int monthsAfter);

        static int absoluteMonth(QDate date) { return date.year() * 12 + date.month() - 1; }

        /// Index of the month of `day` (0 = the calendar's first month); `day` must be covered.
        qint32 monthIndex(qint32 day) const { return m_monthOfDay[size_t(day - m_dayLo)]; }
        qint32 monthIndexOf(QDate date) const { return absoluteMonth(date) - m_firstMonth; }
        qint32 monthStart(qint32 index) const { return m_monthStart[size_t(index)]; }
        qint32 monthEnd(qint32 index) const { return m_monthStart[size_t(index) + 1] - 1; }
        QDate monthDate(qint32 index) const;
        int monthCount() const { return int(m_monthStart.size()) - 1; }
        /// Absolute month (year × 12 + month - 1) of index 0.
        int firstMonth() const { return m_firstMonth; }

    private:
        int m_firstMonth = 0;
        qint32 m_dayLo = 0;
        std::vector<qint32> m_monthStart; ///< first day of each month, plus the one after the last
        std::vector<qint32> m_monthOfDay;
    };

    /// The fixed days and settings of one computation, as day numbers.
    struct Frame
    {
        qint32 periodStart = 0;
        qint32 periodEnd = 0;
        qint32 asOf = 0;
        qint32 windowStart = 0; ///< indicator 4's window
        int timeLimitMonths = 6;
        int inquiryWindowMonths = 3;
        quint32 excluded = 0; ///< bit per ClosureMethod left out of the core indicators
        bool checks[MeasureCount] = {}; ///< indicator 2's checks in use, by measure
        bool anyCheck = false;
        bool measureColumns[MeasureCount] = {}; ///< the table has the measure's column
        bool anyMeasure = false;
        /// The table's measure column (MeasureCount offsets per case); null when it has no measure.
        const qint16 *measures = nullptr;
        qint16 wideMeasure = 0; ///< the column's marker of an offset kept in the side table
        /// Filing days of the cases whose measures may be dated in the period (from the table's range
        /// of measure offsets).
        qint64 measureFiledFrom = 0;
        qint64 measureFiledTo = -1;
        qint32 monthCount = 0;
        qint32 span = 0; ///< length of the day histograms
        /// Per-court medians from per-court day histograms (slot × span counts) when they are small;
        /// otherwise from the days gathered per closed case.
        bool courtHistograms = false;
        const qint32 *courtSlot = nullptr; ///< court id -> histogram slot (-1: not selected)
    };

    /// Per-court counters.
    struct CourtCounts
    {
        qint64 selected = 0;
        qint64 filed = 0;
        qint64 closed = 0;
        qint64 pendingEnd = 0;
        qint64 withinLimitNet = 0;
        qint64 recoveryCases = 0;
        qint64 applied = 0;
        qint64 recovered = 0;
        qint64 core1Num = 0, core1Den = 0;
        qint64 core2Num = 0, core2Den = 0;
        qint64 core4Closed = 0, core4Base = 0;
        qint64 measureUsed[MeasureCount] = {}; ///< as MeasureCounts::used

        void add(const CourtCounts &o);
    };

    struct MeasureCounts
    {
        qint64 used = 0;
        std::vector<qint64> days; ///< histogram of days from filing (before filing counts as 0)
        /// Cases closed by the as-of date, without ([0]) and with ([1]) the measure: counted by
        /// indexing, not by branching on a coin toss.
        qint64 closed[2] = {}, performed[2] = {}, applied[2] = {}, recovered[2] = {};
    };

    /// What one thread accumulates over its rows; partials are added up at the end. Cache-line
    /// aligned: the threads write their partials on every case and must not share a line.
    struct alignas(64) Partial
    {
        Partial(const Frame &frame, size_t courtCount, size_t courtSlots);

        qint64 selected = 0;
        qint64 filedInPeriod = 0;
        qint64 pendingStart = 0;
        std::vector<qint64> filed; ///< by month
        std::vector<qint64> closed; ///< by month and method
        /// Measures dated in the period, by day of the period and measure (MeasureCount per day), plus
        /// one day for the dates outside it (or none).
        std::vector<quint32> measureDays;
        std::vector<qint64> ages; ///< pending at the as-of date, by age in days
        qint64 overdue = 0; ///< pending at the as-of date, deadline before it
        qint64 dueSoon = 0; ///< pending at the as-of date, deadline within 30 days from it
        std::vector<qint64> raw; ///< closed in the period, by raw days
        std::vector<qint64> net; ///< closed in the period, by net days
        qint64 withinRaw = 0;
        qint64 withinNet = 0;
        std::vector<qint64> events; ///< Kaplan–Meier
        std::vector<qint64> censored;
        qint64 recoveryCases = 0, applied = 0, recovered = 0;
        MeasureCounts measures[MeasureCount];
        qint64 checkFailing[MeasureCount] = {}; ///< indicator 2's terminations failing each check
        std::vector<CourtCounts> courts;
        std::vector<qint64> courtHist; ///< slot × span + raw days, per case closed in the period
        std::vector<quint32> courtDays; ///< without histograms: court << 16 | raw days, per such case

        void add(const Partial &o);
    };

    /// Every counter of `p` for the rows [begin, end) and the period of `frame`. Returns false when
    /// `cancelled` was set; calls `tick` (when set) with the rows done every CheckEvery rows.
    static bool scan(const CaseTable &t, const CaseFilterMatcher &filter, const Calendar &cal,
        const Frame &fr, qint64 begin, qint64 end, Partial &p, const std::atomic<bool> &cancelled,
        const std::function<void(qint64)> &tick);

    /// Clears the upper halves of the AVX registers (see AnalyticsScan.cpp); call before a long loop.
    static void clearUpperVectorState();

    // The per-case rules both scans apply (inline: they run for every case).

    /// A closed case's amounts, read once (the accessors check the side table, so the compiler
    /// cannot merge repeated reads); both zero unless both amounts are known.
    struct Amounts
    {
        bool known = false;
        qint64 applied = 0;
        qint64 recovered = 0;
    };
    static Amounts amountsOf(const CaseTable &t, qint64 row)
    {
        const bool known = t.hasAmountApplied(row) && t.hasAmountRecovered(row);
        return {known, known ? t.amountAppliedFen(row) : 0, known ? t.amountRecoveredFen(row) : 0};
    }

    /// Counts a case closed in the period: durations, the time limit, per-court medians, recovery.
    static void countClosure(Partial &p, CourtCounts &cc, const Frame &fr, quint16 court, qint32 delay,
        qint32 deducted, bool withinRaw, bool withinNet, const Amounts &a)
    {
        const qint32 last = fr.span - 1;
        ++cc.closed;
        ++p.raw[size_t(std::min(delay, last))];
        ++p.net[size_t(std::clamp(delay - deducted, 0, last))];
        p.withinRaw += withinRaw;
        p.withinNet += withinNet;
        cc.withinLimitNet += withinNet;
        if (fr.courtHistograms)
            ++p.courtHist[size_t(fr.courtSlot[court]) * size_t(fr.span) + size_t(std::min(delay, last))];
        else
            p.courtDays.push_back(quint32(court) << 16 | quint32(delay));
        if (a.known) {
            ++p.recoveryCases;
            p.applied += a.applied;
            p.recovered += a.recovered;
            ++cc.recoveryCases;
            cc.applied += a.applied;
            cc.recovered += a.recovered;
        }
    }

    /// Counts a case filed in the period, by its as-of date: the Kaplan–Meier cohort and the measures'
    /// usage (with and without each measure, among the cases closed by then).
    static void countCohort(Partial &p, CourtCounts &cc, const Frame &fr, qint32 filed, qint32 closedOn,
        qint32 delay, const bool (&has)[MeasureCount], const qint32 (&offset)[MeasureCount], bool performed,
        const Amounts &a)
    {
        const qint32 asOf = fr.asOf;
        const qint32 last = fr.span - 1;
        if (closedOn <= asOf)
            ++p.events[size_t(std::min(delay, last))];
        else
            ++p.censored[size_t(std::min(asOf - filed, last))];
        const bool closedByAsOf = closedOn <= asOf;
        for (int m = 0; m < MeasureCount; ++m) {
            const int used = has[m] & (qint64(filed) + offset[m] <= asOf);
            MeasureCounts &mc = p.measures[m];
            cc.measureUsed[m] += used;
            mc.used += used;
            mc.days[size_t(std::clamp(offset[m], 0, last))] += used;
            if (closedByAsOf) {
                ++mc.closed[used];
                mc.performed[used] += performed;
                mc.applied[used] += a.applied;
                mc.recovered[used] += a.recovered;
            }
        }
    }

    /// Indicator 1: whether a first-enforcement case counts as one with property (the export's flag;
    /// without it, every case not closed by 终本 or cancellation).
    static bool withProperty(const CaseTable &t, qint64 row, bool closed, ClosureMethod method)
    {
        const auto property = t.hasProperty(row);
        return property
            ? *property
            : !(closed && (method == ClosureMethod::TerminatedThisRound || method == ClosureMethod::Cancelled));
    }

    /// Indicator 2: whether a 终本 closure on `closedOn` passes the checks in use (`checks`); sets
    /// `failing` for each check it fails.
    static bool passesChecks(const bool (&checks)[MeasureCount], int inquiryWindowMonths,
        const bool (&has)[MeasureCount], const qint32 (&offset)[MeasureCount], qint32 filed, qint32 closedOn,
        const CaseDeadline::MonthTable &months, bool (&failing)[MeasureCount])
    {
        bool pass = true;
        for (int m = 0; m < MeasureCount; ++m) {
            if (!checks[m])
                continue;
            bool ok = has[m] && qint64(filed) + offset[m] <= closedOn;
            if (ok && CaseTable::Measure(m) == CaseTable::Measure::NetworkInquiry)
                ok = qint64(filed) + offset[m] >= months.addMonths(closedOn, -inquiryWindowMonths);
            if (!ok) {
                pass = false;
                failing[m] = true;
            }
        }
        return pass;
    }
};

/// One input's filter, period, calendar and scan parameters (see Analytics::prepare()).
struct AnalyticsPlan
{
    AnalyticsPlan() = default;
    AnalyticsPlan(AnalyticsPlan &&) = default; // keeps courtSlot's buffer, which frame.courtSlot points into
    AnalyticsPlan(const AnalyticsPlan &) = delete;
    AnalyticsPlan &operator=(const AnalyticsPlan &) = delete;

    CaseFilterMatcher filter;
    QDate from; ///< the period, whole months
    QDate to;
    QDate asOf;
    QDate dataFirst; ///< the data's first and last day (today for an empty table)
    QDate dataLast;
    AnalyticsScan::Calendar calendar;
    AnalyticsScan::Frame frame;
    qint32 periodEndMonth = 0; ///< in `calendar`
    std::vector<qint32> courtSlot; ///< court id -> per-court histogram slot (-1: not selected)
    qint32 slotCount = 0;
};

} // namespace caseload
