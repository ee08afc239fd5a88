#include "AnalyticsScan.h"

#include "CaseDeadline.h"
#include "CaseFilterMatcher.h"
#include "domain/DayNumber.h"

#include <algorithm>
#include <limits>

namespace caseload {

using Measure = CaseTable::Measure;

AnalyticsScan::Calendar::Calendar(qint32 firstDay, qint32 lastDay, int monthsBefore, int monthsAfter)
{
    const QDate first = fromDayNumber(firstDay);
    const QDate last = fromDayNumber(lastDay);
    m_firstMonth = absoluteMonth(first) - monthsBefore;
    const int lastMonth = absoluteMonth(last) + monthsAfter;
    m_monthStart.reserve(size_t(lastMonth - m_firstMonth + 2));
    for (int m = m_firstMonth; m <= lastMonth + 1; ++m)
        m_monthStart.push_back(qint32(toDayNumber(QDate(m / 12, m % 12 + 1, 1))));
    m_dayLo = m_monthStart.front();
    m_monthOfDay.resize(size_t(m_monthStart.back() - m_dayLo));
    for (size_t m = 0; m + 1 < m_monthStart.size(); ++m)
        std::fill(m_monthOfDay.begin() + (m_monthStart[m] - m_dayLo),
            m_monthOfDay.begin() + (m_monthStart[m + 1] - m_dayLo), qint32(m));
}

QDate AnalyticsScan::Calendar::monthDate(qint32 index) const
{
    return fromDayNumber(monthStart(index));
}

void AnalyticsScan::CourtCounts::add(const CourtCounts &o)
{
    for (int m = 0; m < MeasureCount; ++m)
        measureUsed[m] += o.measureUsed[m];
    selected += o.selected;
    filed += o.filed;
    closed += o.closed;
    pendingEnd += o.pendingEnd;
    withinLimitNet += o.withinLimitNet;
    recoveryCases += o.recoveryCases;
    applied += o.applied;
    recovered += o.recovered;
    core1Num += o.core1Num;
    core1Den += o.core1Den;
    core2Num += o.core2Num;
    core2Den += o.core2Den;
    core4Closed += o.core4Closed;
    core4Base += o.core4Base;
}

AnalyticsScan::Partial::Partial(const Frame &frame, size_t courtCount, size_t courtSlots)
    : filed(size_t(frame.monthCount), 0)
    , closed(size_t(frame.monthCount) * MethodCount, 0)
    , measureDays(frame.anyMeasure ? size_t(frame.periodEnd - frame.periodStart + 2) * MeasureCount : 0, 0)
    , ages(size_t(frame.span), 0)
    , raw(size_t(frame.span), 0)
    , net(size_t(frame.span), 0)
    , events(size_t(frame.span), 0)
    , censored(size_t(frame.span), 0)
    , courts(courtCount)
    , courtHist(frame.courtHistograms ? courtSlots * size_t(frame.span) : 0, 0)
{
    for (auto &m : measures)
        m.days.assign(size_t(frame.span), 0);
}

void AnalyticsScan::Partial::add(const Partial &o)
{
    auto addVector = [](std::vector<qint64> &a, const std::vector<qint64> &b) {
        for (size_t i = 0; i < a.size(); ++i)
            a[i] += b[i];
    };
    selected += o.selected;
    filedInPeriod += o.filedInPeriod;
    pendingStart += o.pendingStart;
    addVector(filed, o.filed);
    addVector(closed, o.closed);
    for (size_t i = 0; i < measureDays.size(); ++i)
        measureDays[i] += o.measureDays[i];
    addVector(ages, o.ages);
    overdue += o.overdue;
    dueSoon += o.dueSoon;
    addVector(raw, o.raw);
    addVector(net, o.net);
    withinRaw += o.withinRaw;
    withinNet += o.withinNet;
    addVector(events, o.events);
    addVector(censored, o.censored);
    recoveryCases += o.recoveryCases;
    applied += o.applied;
    recovered += o.recovered;
    for (int m = 0; m < MeasureCount; ++m) {
        MeasureCounts &a = measures[m];
        const MeasureCounts &b = o.measures[m];
        a.used += b.used;
        addVector(a.days, b.days);
        for (int with = 0; with < 2; ++with) {
            a.closed[with] += b.closed[with];
            a.performed[with] += b.performed[with];
            a.applied[with] += b.applied[with];
            a.recovered[with] += b.recovered[with];
        }
        checkFailing[m] += o.checkFailing[m];
    }
    for (size_t c = 0; c < courts.size(); ++c)
        courts[c].add(o.courts[c]);
    addVector(courtHist, o.courtHist);
    courtDays.insert(courtDays.end(), o.courtDays.begin(), o.courtDays.end());
}

// Qt's vectorised string code can leave the upper halves of the AVX registers dirty, and some CPUs
// then slow down every later SSE instruction of the thread (measured on this project's build
// machine: the Kaplan–Meier loop 13× slower after one QHash insert). Clearing them costs nothing.
void AnalyticsScan::clearUpperVectorState()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        asm volatile("vzeroupper" ::: "memory");
#endif
}

bool AnalyticsScan::scan(const CaseTable &t, const CaseFilterMatcher &filter, const Calendar &cal,
    const Frame &fr, qint64 begin, qint64 end, Partial &p, const std::atomic<bool> &cancelled,
    const std::function<void(qint64)> &tick)
{
    const qint32 pS = fr.periodStart;
    const qint32 pE = fr.periodEnd;
    const qint32 asOf = fr.asOf;
    const qint32 wS = fr.windowStart;
    const qint32 last = fr.span - 1;
    // Locals: the compiler reloads members through references on every case.
    const qint16 *const measures = fr.measures;
    const qint16 wideMeasure = fr.wideMeasure;
    quint32 *const measureDays = p.measureDays.data();
    const quint64 periodDays = quint64(pE - pS + 1);
    const CaseDeadline::MonthTable &months = CaseDeadline::monthTable();
    for (qint64 row = begin; row < end; ++row) {
        if ((row - begin) % CheckEvery == 0) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            if (tick)
                tick(row - begin);
        }
        if (!filter.accepts(t, row))
            continue;
        ++p.selected;
        const quint16 court = t.court(row);
        CourtCounts &cc = p.courts[court];
        ++cc.selected;
        const qint32 filed = t.filedDay(row);
        const bool closed = t.isClosed(row);
        const qint32 delay = closed ? t.closeDelay(row) : 0;
        const qint32 closedOn = closed ? filed + delay : std::numeric_limits<qint32>::max();
        const ClosureMethod method = t.closureMethod(row);

        ++p.filed[size_t(cal.monthIndex(filed))];
        if (closed)
            ++p.closed[size_t(cal.monthIndex(closedOn)) * MethodCount + size_t(method)];

        const bool filedInPeriod = filed >= pS && filed <= pE;
        const bool closedInPeriod = closed && closedOn >= pS && closedOn <= pE;
        if (filedInPeriod) {
            ++p.filedInPeriod;
            ++cc.filed;
        }
        if (filed < pS && closedOn >= pS)
            ++p.pendingStart;
        if (filed <= pE && closedOn > pE)
            ++cc.pendingEnd;
        const auto [limitEnd, deadline] = CaseDeadline::of(t, row, fr.timeLimitMonths, months);
        const qint32 deducted = t.deductedDays(row);
        if (filed <= asOf && closedOn > asOf) {
            ++p.ages[size_t(std::min(asOf - filed, last))];
            p.overdue += deadline < asOf;
            p.dueSoon += deadline >= asOf && qint64(deadline) <= qint64(asOf) + 30;
        }

        // Measures: read once from the column itself, used by the daily counts, the usage figures and
        // indicator 2. Whether a case has a date is a coin toss the branch predictor loses, so the
        // daily count does not branch on it: a missing or out-of-period date counts on a spare day.
        bool has[MeasureCount] = {};
        qint32 offset[MeasureCount] = {};
        if (measures
            && (filedInPeriod || closedInPeriod
                || (filed >= fr.measureFiledFrom && filed <= fr.measureFiledTo))) {
            for (int m = 0; m < MeasureCount; ++m) {
                const qint16 v = measures[size_t(row) * MeasureCount + size_t(m)];
                has[m] = v != CaseTable::NoDate;
                offset[m] = Q_UNLIKELY(v == wideMeasure) ? *t.measureOffset(row, Measure(m)) : v;
                // Days before pS wrap round to huge values, and so does every day without a date.
                const quint64 noDate = quint64(0) - quint64(!has[m]);
                const quint64 slot = std::min(quint64(qint64(filed) + offset[m] - pS) | noDate, periodDays);
                ++measureDays[slot * MeasureCount + size_t(m)];
            }
        }
        const Amounts amounts = amountsOf(t, row);
        const bool performed = method == ClosureMethod::Performed;
        if (closedInPeriod)
            countClosure(p, cc, fr, court, delay, deducted, closedOn <= limitEnd, closedOn <= deadline, amounts);
        if (filedInPeriod && filed <= asOf)
            countCohort(p, cc, fr, filed, closedOn, delay, has, offset, performed, amounts);

        // Core indicators leave out cases closed by the excluded methods altogether.
        if (closed && (fr.excluded & (1u << quint32(method))))
            continue;
        if (t.type(row) == CaseType::FirstEnforcement && withProperty(t, row, closed, method)
            && (closedInPeriod || (deadline >= pS && deadline <= pE))) {
            ++cc.core1Den;
            cc.core1Num += performed && closedOn <= deadline;
        }
        if (closedInPeriod && method == ClosureMethod::TerminatedThisRound && fr.anyCheck) {
            bool failing[MeasureCount] = {};
            const bool pass
                = passesChecks(fr.checks, fr.inquiryWindowMonths, has, offset, filed, closedOn, months, failing);
            for (int m = 0; m < MeasureCount; ++m)
                p.checkFailing[m] += failing[m];
            ++cc.core2Den;
            cc.core2Num += pass;
        }
        if (filed <= pE && closedOn >= wS) {
            // Pending at the window's start or filed in it; closed in it counts for the numerator.
            ++cc.core4Base;
            cc.core4Closed += closedOn <= pE;
        }
    }
    return true;
}

} // namespace caseload
