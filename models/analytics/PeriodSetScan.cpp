#include "PeriodSetScan.h"

#include "CaseDeadline.h"
#include "CaseFilterMatcher.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace caseload {

namespace {

using Measure = CaseTable::Measure;
constexpr int MethodCount = AnalyticsScan::MethodCount;
constexpr int MeasureCount = AnalyticsScan::MeasureCount;

std::vector<qint32> distinctDays(
    const std::vector<const AnalyticsScan::Frame *> &frames, qint32 AnalyticsScan::Frame::*day)
{
    std::vector<qint32> days;
    for (const AnalyticsScan::Frame *fr : frames)
        days.push_back(fr->*day);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

/// Indicator 4's window starts of the distinct period ends, in their order. The window follows from
/// the end (same settings), so equal ends have equal windows and later ends later ones.
std::vector<qint32> windowsOfEnds(const std::vector<const AnalyticsScan::Frame *> &frames)
{
    const std::vector<qint32> ends = distinctDays(frames, &AnalyticsScan::Frame::periodEnd);
    std::vector<qint32> windows(ends.size());
    for (const AnalyticsScan::Frame *fr : frames) {
        const auto at = std::lower_bound(ends.begin(), ends.end(), fr->periodEnd) - ends.begin();
        windows[size_t(at)] = fr->windowStart;
    }
    return windows;
}

/// Counts [from, to) of a difference array: +1 at from, -1 at to.
template<typename T> void addRange(T *diff, int from, int to)
{
    if (from < to) {
        ++diff[from];
        --diff[to];
    }
}

template<typename T> void addVector(std::vector<T> &a, const std::vector<T> &b)
{
    for (size_t i = 0; i < a.size(); ++i)
        a[i] += b[i];
}

/// Running sums of each `stride` values (a difference array each) in place.
template<typename T> void integrateRuns(std::vector<T> &values, size_t stride)
{
    for (size_t start = 0; start + stride <= values.size(); start += stride) {
        for (size_t j = 1; j < stride; ++j)
            values[start + j] += values[start + j - 1];
    }
}

} // namespace

PeriodSetScan::DaySet::DaySet(std::vector<qint32> days)
    : m_days(std::move(days))
{
    Q_ASSERT(!m_days.empty() && m_days.size() <= size_t(MaxPeriods));
    m_before.resize(size_t(m_days.back() - m_days.front()) + 1);
    size_t next = 0;
    for (size_t i = 0; i < m_before.size(); ++i) {
        while (m_days[next] < m_days.front() + qint64(i))
            ++next;
        m_before[i] = quint8(next);
    }
}

void PeriodSetScan::Part::add(const Part &o)
{
    selected += o.selected;
    addVector(courtSelected, o.courtSelected);
    addVector(filed, o.filed);
    addVector(closed, o.closed);
    addVector(measureDays, o.measureDays);
    addVector(ages, o.ages);
    addVector(overdue, o.overdue);
    addVector(dueSoon, o.dueSoon);
    addVector(courtAtEnd, o.courtAtEnd);
    for (size_t k = 0; k < periods.size(); ++k)
        periods[k].add(o.periods[k]);
}

PeriodSetScan::PeriodSetScan(const CaseTable &table, const Calendar &calendar,
    std::vector<const Frame *> frames, std::vector<const Calendar *> calendars)
    : m_table(table)
    , m_cal(calendar)
    , m_frames(std::move(frames))
    , m_calendars(std::move(calendars))
    , m_asOfs(distinctDays(m_frames, &Frame::asOf))
    , m_ends(distinctDays(m_frames, &Frame::periodEnd))
    , m_windows(windowsOfEnds(m_frames))
{
    Q_ASSERT(!m_frames.empty() && m_frames.size() <= size_t(MaxPeriods));
    m_maskFirst = std::numeric_limits<qint32>::max();
    m_maskLast = std::numeric_limits<qint32>::min();
    for (const Frame *fr : m_frames) {
        m_maskFirst = std::min(m_maskFirst, fr->periodStart);
        m_maskLast = std::max(m_maskLast, fr->periodEnd);
    }
    m_periodsOfDay.assign(size_t(m_maskLast - m_maskFirst) + 1, 0);
    for (size_t k = 0; k < m_frames.size(); ++k) {
        for (qint32 day = m_frames[k]->periodStart; day <= m_frames[k]->periodEnd; ++day)
            m_periodsOfDay[size_t(day - m_maskFirst)] |= quint64(1) << k;
    }
    if (table.size() > 0 && m_frames.front()->measures) {
        m_measureFiledFrom = std::numeric_limits<qint64>::max();
        m_measureFiledTo = std::numeric_limits<qint64>::min();
        for (const Frame *fr : m_frames) {
            m_measureFiledFrom = std::min(m_measureFiledFrom, fr->measureFiledFrom);
            m_measureFiledTo = std::max(m_measureFiledTo, fr->measureFiledTo);
        }
    }
    m_firstFiled = table.firstDay();
    m_filingDays = size_t(std::max(0, table.lastDay() - table.firstDay()) + 1);
}

PeriodSetScan::Part PeriodSetScan::makePart() const
{
    const size_t courts = m_table.courts().size();
    Part p;
    p.courtSelected.assign(courts, 0);
    p.filed.assign(size_t(m_cal.monthCount()), 0);
    p.closed.assign(size_t(m_cal.monthCount()) * MethodCount, 0);
    if (m_frames.front()->anyMeasure)
        p.measureDays.assign((size_t(m_maskLast - m_maskFirst) + 2) * MeasureCount, 0);
    p.ages.assign(m_filingDays * size_t(m_asOfs.size() + 1), 0);
    p.overdue.assign(size_t(m_asOfs.size() + 1), 0);
    p.dueSoon.assign(size_t(m_asOfs.size() + 1), 0);
    p.courtAtEnd.assign(courts * 3 * size_t(m_ends.size() + 1), 0);
    p.periods.reserve(m_frames.size());
    for (const Frame *fr : m_frames) {
        size_t slotCount = 0;
        for (size_t c = 0; c < courts; ++c)
            slotCount += fr->courtSlot[c] >= 0;
        p.periods.emplace_back(*fr, courts, slotCount);
    }
    return p;
}

// The per-period counting below is AnalyticsScan::scan's, line for line, for each period the row
// falls in; keep the two in step.
bool PeriodSetScan::scan(const CaseFilterMatcher &filter, qint64 begin, qint64 end, Part &p,
    const std::atomic<bool> &cancelled, const std::function<void(qint64)> &tick) const
{
    const CaseTable &t = m_table;
    // Settings are the same for every period.
    const Frame &settings = *m_frames.front();
    const qint16 *const measures = settings.measures;
    const qint16 wideMeasure = settings.wideMeasure;
    quint32 *const measureDays = p.measureDays.data();
    const quint64 measureSpan = quint64(m_maskLast - m_maskFirst + 1);
    const size_t asOfStride = size_t(m_asOfs.size() + 1);
    const size_t endStride = size_t(m_ends.size() + 1);
    const CaseDeadline::MonthTable &months = CaseDeadline::monthTable();
    for (qint64 row = begin; row < end; ++row) {
        if ((row - begin) % AnalyticsScan::CheckEvery == 0) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            if (tick)
                tick(row - begin);
        }
        if (!filter.accepts(t, row))
            continue;
        ++p.selected;
        const quint16 court = t.court(row);
        ++p.courtSelected[court];
        const qint32 filed = t.filedDay(row);
        const bool closed = t.isClosed(row);
        const qint32 delay = closed ? t.closeDelay(row) : 0;
        const qint32 closedOn = closed ? filed + delay : std::numeric_limits<qint32>::max();
        const ClosureMethod method = t.closureMethod(row);

        ++p.filed[size_t(m_cal.monthIndex(filed))];
        if (closed)
            ++p.closed[size_t(m_cal.monthIndex(closedOn)) * MethodCount + size_t(method)];

        const quint64 filedIn = periodsOf(filed);
        const quint64 closedIn = closed ? periodsOf(closedOn) : 0;

        // Pending at the period's end: filed <= end < closedOn.
        qint32 *const atEnd = p.courtAtEnd.data() + size_t(court) * 3 * endStride;
        const int endFiled = m_ends.before(filed);
        const int endClosed = m_ends.before(closedOn);
        addRange(atEnd, endFiled, endClosed);

        const auto [limitEnd, deadline] = CaseDeadline::of(t, row, settings.timeLimitMonths, months);
        const qint32 deducted = t.deductedDays(row);
        // Pending at the as-of date: filed <= asOf < closedOn; overdue: deadline < asOf; due soon:
        // deadline - 30 <= asOf <= deadline.
        const int asOfFiled = m_asOfs.before(filed);
        const int asOfClosed = m_asOfs.before(closedOn);
        if (asOfFiled < asOfClosed) {
            qint32 *const ages = p.ages.data() + size_t(filed - m_firstFiled) * asOfStride;
            addRange(ages, asOfFiled, asOfClosed);
            const int afterDeadline = m_asOfs.before(qint64(deadline) + 1);
            const int dueFrom = m_asOfs.before(qint64(deadline) - 30);
            addRange(p.overdue.data(), std::max(asOfFiled, afterDeadline), asOfClosed);
            addRange(p.dueSoon.data(), std::max(asOfFiled, dueFrom), std::min(asOfClosed, afterDeadline));
        }

        bool has[MeasureCount] = {};
        qint32 offset[MeasureCount] = {};
        if (measures && (filedIn || closedIn || (filed >= m_measureFiledFrom && filed <= m_measureFiledTo))) {
            for (int m = 0; m < MeasureCount; ++m) {
                const qint16 v = measures[size_t(row) * MeasureCount + size_t(m)];
                has[m] = v != CaseTable::NoDate;
                offset[m] = Q_UNLIKELY(v == wideMeasure) ? *t.measureOffset(row, Measure(m)) : v;
                const quint64 noDate = quint64(0) - quint64(!has[m]);
                const quint64 slot
                    = std::min(quint64(qint64(filed) + offset[m] - m_maskFirst) | noDate, measureSpan);
                ++measureDays[slot * MeasureCount + size_t(m)];
            }
        }
        const AnalyticsScan::Amounts amounts = AnalyticsScan::amountsOf(t, row);
        const bool performed = method == ClosureMethod::Performed;
        const bool withinRaw = closedOn <= limitEnd;
        const bool withinNet = closedOn <= deadline;
        for (quint64 bits = closedIn; bits; bits &= bits - 1) {
            const int k = std::countr_zero(bits);
            Partial &pk = p.periods[size_t(k)];
            AnalyticsScan::countClosure(pk, pk.courts[court], *m_frames[size_t(k)], court, delay, deducted,
                withinRaw, withinNet, amounts);
        }

        for (quint64 bits = filedIn; bits; bits &= bits - 1) {
            const int k = std::countr_zero(bits);
            const Frame &fr = *m_frames[size_t(k)];
            Partial &pk = p.periods[size_t(k)];
            AnalyticsScan::CourtCounts &cc = pk.courts[court];
            ++pk.filedInPeriod;
            ++cc.filed;
            if (filed <= fr.asOf)
                AnalyticsScan::countCohort(pk, cc, fr, filed, closedOn, delay, has, offset, performed, amounts);
        }

        // Core indicators leave out cases closed by the excluded methods altogether.
        if (closed && (settings.excluded & (1u << quint32(method))))
            continue;
        if (t.type(row) == CaseType::FirstEnforcement && AnalyticsScan::withProperty(t, row, closed, method)) {
            const int num = performed && closedOn <= deadline;
            for (quint64 bits = closedIn | periodsOf(deadline); bits; bits &= bits - 1) {
                AnalyticsScan::CourtCounts &cc = p.periods[size_t(std::countr_zero(bits))].courts[court];
                ++cc.core1Den;
                cc.core1Num += num;
            }
        }
        if (closedIn && method == ClosureMethod::TerminatedThisRound && settings.anyCheck) {
            bool failing[MeasureCount] = {};
            const bool pass = AnalyticsScan::passesChecks(
                settings.checks, settings.inquiryWindowMonths, has, offset, filed, closedOn, months, failing);
            for (quint64 bits = closedIn; bits; bits &= bits - 1) {
                Partial &pk = p.periods[size_t(std::countr_zero(bits))];
                for (int m = 0; m < MeasureCount; ++m)
                    pk.checkFailing[m] += failing[m];
                AnalyticsScan::CourtCounts &cc = pk.courts[court];
                ++cc.core2Den;
                cc.core2Num += pass;
            }
        }
        // Indicator 4: filed <= end and closedOn >= window start (pending at the window's start or
        // filed in it); closed by the end for the numerator.
        const int windowClosed = m_windows.before(qint64(closedOn) + 1);
        addRange(atEnd + endStride, endFiled, windowClosed);
        addRange(atEnd + 2 * endStride, endClosed, windowClosed);
    }
    return true;
}

void PeriodSetScan::integrate(Part &total) const
{
    integrateRuns(total.ages, size_t(m_asOfs.size() + 1));
    integrateRuns(total.overdue, total.overdue.size());
    integrateRuns(total.dueSoon, total.dueSoon.size());
    integrateRuns(total.courtAtEnd, size_t(m_ends.size() + 1));
}

AnalyticsScan::Partial PeriodSetScan::periodPartial(Part &total, int k) const
{
    const Frame &fr = *m_frames[size_t(k)];
    const Calendar &cal = *m_calendars[size_t(k)];
    Partial p = std::move(total.periods[size_t(k)]);
    p.selected = total.selected;

    // The period's calendar is a run of months of the scan's.
    const size_t shift = size_t(cal.firstMonth() - m_cal.firstMonth());
    for (size_t m = 0; m < size_t(fr.monthCount); ++m) {
        p.filed[m] = total.filed[m + shift];
        for (size_t method = 0; method < size_t(MethodCount); ++method)
            p.closed[m * MethodCount + method] = total.closed[(m + shift) * MethodCount + method];
    }
    // Filed before the period and not closed before it.
    const qint32 startMonth = m_cal.monthIndex(fr.periodStart);
    for (qint32 m = 0; m < startMonth; ++m) {
        p.pendingStart += total.filed[size_t(m)];
        for (size_t method = 0; method < size_t(MethodCount); ++method)
            p.pendingStart -= total.closed[size_t(m) * MethodCount + method];
    }
    if (!p.measureDays.empty()) {
        const size_t from = size_t(fr.periodStart - m_maskFirst) * MeasureCount;
        const size_t count = size_t(fr.periodEnd - fr.periodStart + 1) * MeasureCount;
        std::copy_n(total.measureDays.begin() + qint64(from), count, p.measureDays.begin());
    }

    const int asOf = m_asOfs.indexOf(fr.asOf);
    const size_t asOfStride = size_t(m_asOfs.size() + 1);
    const qint32 last = fr.span - 1;
    for (size_t day = 0; day < m_filingDays; ++day) {
        const qint32 count = total.ages[day * asOfStride + size_t(asOf)];
        if (count)
            p.ages[size_t(std::min(fr.asOf - (m_firstFiled + qint32(day)), last))] += count;
    }
    p.overdue = total.overdue[size_t(asOf)];
    p.dueSoon = total.dueSoon[size_t(asOf)];

    const size_t end = size_t(m_ends.indexOf(fr.periodEnd));
    const size_t endStride = size_t(m_ends.size() + 1);
    for (size_t c = 0; c < p.courts.size(); ++c) {
        AnalyticsScan::CourtCounts &cc = p.courts[c];
        const qint32 *atEnd = total.courtAtEnd.data() + c * 3 * endStride;
        cc.selected = total.courtSelected[c];
        cc.pendingEnd = atEnd[end];
        cc.core4Base = atEnd[endStride + end];
        cc.core4Closed = atEnd[2 * endStride + end];
    }
    return p;
}

} // namespace caseload
