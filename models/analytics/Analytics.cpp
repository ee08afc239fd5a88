#include "Analytics.h"

#include "CaseDeadline.h"
#include "CaseFilterMatcher.h"
#include "CaseTable.h"
#include "KaplanMeier.h"
#include "Quantiles.h"
#include "domain/DayNumber.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace caseload {

namespace {

using Measure = CaseTable::Measure;
constexpr int MethodCount = ClosureMethodCount;
constexpr int MeasureCount = CaseTable::MeasureCount;
/// Rows between two looks at the cancel flag.
constexpr qint64 CheckEvery = 1 << 16;

/// Qt's vectorised string code can leave the upper halves of the AVX registers dirty, and some CPUs
/// then slow down every later SSE instruction of the thread (measured on this project's build
/// machine: the Kaplan–Meier loop 13× slower after one QHash insert). Clearing them costs nothing.
void clearUpperVectorState()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        asm volatile("vzeroupper" ::: "memory");
#endif
}

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? std::optional<double>(double(numerator) / double(denominator)) : std::nullopt;
}

std::optional<double> ratio(double numerator, qint64 denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / double(denominator)) : std::nullopt;
}

/// Calendar arithmetic on day numbers through tables: the scan needs "which month is day d in" and
/// "day d plus n calendar months" for every case, and QDate would cost more than the rest of the scan.
class Calendar
{
public:
    /// Covers days [firstDay, lastDay] and months `monthsBefore` earlier / `monthsAfter` later.
    Calendar(qint32 firstDay, qint32 lastDay, int monthsBefore, int monthsAfter)
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

    static int absoluteMonth(QDate date) { return date.year() * 12 + date.month() - 1; }

    /// Index of the month of `day` (0 = the calendar's first month).
    qint32 monthIndex(qint32 day) const { return m_monthOfDay[size_t(day - m_dayLo)]; }
    qint32 monthIndexOf(QDate date) const { return absoluteMonth(date) - m_firstMonth; }
    qint32 monthStart(qint32 index) const { return m_monthStart[size_t(index)]; }
    qint32 monthEnd(qint32 index) const { return m_monthStart[size_t(index) + 1] - 1; }
    QDate monthDate(qint32 index) const { return fromDayNumber(monthStart(index)); }
    int monthCount() const { return int(m_monthStart.size()) - 1; }

private:
    int m_firstMonth = 0;
    qint32 m_dayLo = 0;
    std::vector<qint32> m_monthStart; ///< first day of each month, plus the one after the last
    std::vector<qint32> m_monthOfDay;
};

/// The fixed days of one computation, as day numbers.
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
    const std::vector<qint32> *courtSlot = nullptr; ///< court id -> histogram slot (-1: not selected)
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

    void add(const CourtCounts &o)
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
};

struct MeasureCounts
{
    qint64 used = 0;
    std::vector<qint64> days; ///< histogram of days from filing (before filing counts as 0)
    /// Cases closed by the as-of date, without ([0]) and with ([1]) the measure: counted by indexing,
    /// not by branching on a coin toss.
    qint64 closed[2] = {}, performed[2] = {}, applied[2] = {}, recovered[2] = {};
};

/// What one thread accumulates over its rows; partials are added up at the end. Cache-line aligned:
/// the threads write their partials on every case and must not share a line.
struct alignas(64) Partial
{
    explicit Partial(const Frame &frame, size_t courtCount, size_t courtSlots)
        : filed(size_t(frame.monthCount), 0)
        , closed(size_t(frame.monthCount) * MethodCount, 0)
        , measureDays(
              frame.anyMeasure ? size_t(frame.periodEnd - frame.periodStart + 2) * MeasureCount : 0, 0)
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

    void add(const Partial &o)
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
};

/// The scan: every counter of the result for the rows [begin, end).
bool scan(const CaseTable &t, const CaseFilterMatcher &filter, const Calendar &cal, const Frame &fr,
    qint64 begin, qint64 end, Partial &p, const std::atomic<bool> &cancelled,
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
        const bool amounts = t.hasAmountApplied(row) && t.hasAmountRecovered(row);
        // Read once: the accessors check the side table, so the compiler cannot merge repeated reads.
        const qint64 applied = amounts ? t.amountAppliedFen(row) : 0;
        const qint64 recovered = amounts ? t.amountRecoveredFen(row) : 0;
        const bool performed = method == ClosureMethod::Performed;
        if (closedInPeriod) {
            ++cc.closed;
            ++p.raw[size_t(std::min(delay, last))];
            ++p.net[size_t(std::clamp(delay - deducted, 0, last))];
            p.withinRaw += closedOn <= limitEnd;
            const bool withinNet = closedOn <= deadline;
            p.withinNet += withinNet;
            cc.withinLimitNet += withinNet;
            if (fr.courtHistograms)
                ++p.courtHist[size_t((*fr.courtSlot)[court]) * size_t(fr.span)
                    + size_t(std::min(delay, last))];
            else
                p.courtDays.push_back(quint32(court) << 16 | quint32(delay));
            if (amounts) {
                ++p.recoveryCases;
                p.applied += applied;
                p.recovered += recovered;
                ++cc.recoveryCases;
                cc.applied += applied;
                cc.recovered += recovered;
            }
        }

        if (filedInPeriod && filed <= asOf) {
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
                    mc.applied[used] += applied;
                    mc.recovered[used] += recovered;
                }
            }
        }

        // Core indicators leave out cases closed by the excluded methods altogether.
        if (closed && (fr.excluded & (1u << quint32(method))))
            continue;
        if (t.type(row) == CaseType::FirstEnforcement) {
            const auto property = t.hasProperty(row);
            const bool withProperty = property
                ? *property
                : !(closed
                    && (method == ClosureMethod::TerminatedThisRound || method == ClosureMethod::Cancelled));
            if (withProperty && (closedInPeriod || (deadline >= pS && deadline <= pE))) {
                ++cc.core1Den;
                cc.core1Num += performed && closedOn <= deadline;
            }
        }
        if (closedInPeriod && method == ClosureMethod::TerminatedThisRound && fr.anyCheck) {
            bool pass = true;
            for (int m = 0; m < MeasureCount; ++m) {
                if (!fr.checks[m])
                    continue;
                bool ok = has[m] && qint64(filed) + offset[m] <= closedOn;
                if (ok && Measure(m) == Measure::NetworkInquiry)
                    ok = qint64(filed) + offset[m] >= months.addMonths(closedOn, -fr.inquiryWindowMonths);
                if (!ok) {
                    pass = false;
                    ++p.checkFailing[m];
                }
            }
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

CoreIndicator makeIndicator(int number, double target)
{
    static const char *const keys[] = {
        "actual_closure", "termination_quality", "petitions_resolved", "overall_closure", "courts_meeting"};
    CoreIndicator i;
    i.number = number;
    i.key = QString::fromLatin1(keys[number - 1]);
    i.target = target;
    return i;
}

void setValue(CoreIndicator *i, qint64 numerator, qint64 denominator, const QString &emptyReason)
{
    i->numerator = numerator;
    i->denominator = denominator;
    if (denominator <= 0) {
        i->computable = false;
        i->reason = emptyReason;
        return;
    }
    i->computable = true;
    i->value = double(numerator) / double(denominator);
    i->meetsTarget = *i->value >= i->target;
}

void notComputable(CoreIndicator *i, const QString &reason)
{
    i->computable = false;
    i->reason = reason;
    i->value.reset();
    i->meetsTarget.reset();
}

const char *const checkKeys[MeasureCount]
    = {"network_inquiry", "dishonest_list", "consumption_restriction", "applicant_interview"};

/// Indicators 1, 2 and 4 from one court's (or the total's) counters.
void coreFromCounts(const CourtCounts &c, const Frame &fr, const IndicatorSettings &s, bool overallComputable,
    const QString &overallReason, CoreIndicator *one, CoreIndicator *two, CoreIndicator *four)
{
    *one = makeIndicator(1, s.targetActualClosure);
    setValue(one, c.core1Num, c.core1Den,
        Analytics::tr("no first-enforcement cases with property closed or due in the period"));

    *two = makeIndicator(2, s.targetTerminationQuality);
    for (int m = 0; m < MeasureCount; ++m) {
        if (fr.checks[m])
            two->checks.append(QString::fromLatin1(checkKeys[m]));
    }
    if (!fr.anyCheck)
        notComputable(two,
            Analytics::tr(
                "the data has none of the columns of the checks in use (network inquiry, consumption "
                "restriction, applicant interview, dishonest-debtor list dates)"));
    else
        setValue(two, c.core2Num, c.core2Den, Analytics::tr("no 终本 closures in the period"));

    *four = makeIndicator(4, s.targetOverallClosure);
    if (!overallComputable)
        notComputable(four, overallReason);
    else
        setValue(four, c.core4Closed, c.core4Base, Analytics::tr("no cases pending or filed in the window"));
}

} // namespace

QString PendingAge::bucketKey(int bucket)
{
    static const char *const keys[BucketCount] = {"0-90", "91-180", "181-365", "366-730", ">730"};
    return bucket >= 0 && bucket < BucketCount ? QString::fromLatin1(keys[bucket]) : QString();
}

std::optional<AnalyticsResult> Analytics::compute(
    const CaseTable &table, const AnalyticsInput &input, QString *error, const Progress &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    const IndicatorSettings &s = input.settings;

    const std::optional<CaseFilterMatcher> matcher = CaseFilterMatcher::compile(table, input, error);
    if (!matcher)
        return std::nullopt;
    const CaseFilterMatcher &filter = *matcher;

    // The period: whole months, by default the months of the data.
    const QDate today = QDate::currentDate();
    const QDate dataFirst = table.isEmpty() ? today : fromDayNumber(table.firstDay());
    const QDate dataLast = table.isEmpty() ? today : fromDayNumber(table.lastDay());
    AnalyticsResult r;
    r.from = filter.from();
    r.to = filter.to();
    r.asOf = filter.asOf();
    r.settings = s;

    const qint32 lo = qint32(toDayNumber(std::min({dataFirst, r.from, r.asOf})));
    const qint32 hi = qint32(toDayNumber(std::max({dataLast, r.to, r.asOf})));
    const int monthsBack = std::max(s.inquiryWindowMonths, 12 * s.overallClosureYears) + 1;
    const Calendar cal(lo, hi, monthsBack, 1);

    Frame fr;
    fr.periodStart = qint32(toDayNumber(r.from));
    fr.periodEnd = qint32(toDayNumber(r.to));
    fr.asOf = qint32(toDayNumber(r.asOf));
    const qint32 periodEndMonth = cal.monthIndexOf(r.to);
    fr.windowStart = cal.monthStart(periodEndMonth - 12 * s.overallClosureYears + 1);
    fr.timeLimitMonths = s.timeLimitMonths;
    fr.inquiryWindowMonths = s.inquiryWindowMonths;
    for (ClosureMethod m : s.excludedMethods)
        fr.excluded |= 1u << quint32(m);
    fr.checks[int(Measure::NetworkInquiry)]
        = s.checkNetworkInquiry && table.hasMeasureColumn(Measure::NetworkInquiry);
    fr.checks[int(Measure::DishonestList)]
        = s.checkDishonestList && table.hasMeasureColumn(Measure::DishonestList);
    fr.checks[int(Measure::ConsumptionRestriction)]
        = s.checkConsumptionRestriction && table.hasMeasureColumn(Measure::ConsumptionRestriction);
    fr.checks[int(Measure::ApplicantInterview)]
        = s.checkApplicantInterview && table.hasMeasureColumn(Measure::ApplicantInterview);
    fr.anyCheck = std::any_of(std::begin(fr.checks), std::end(fr.checks), [](bool b) { return b; });
    for (int m = 0; m < MeasureCount; ++m)
        fr.measureColumns[m] = table.hasMeasureColumn(Measure(m));
    fr.anyMeasure
        = std::any_of(std::begin(fr.measureColumns), std::end(fr.measureColumns), [](bool b) { return b; });
    fr.measures = fr.anyMeasure ? table.m_measures.data() : nullptr;
    fr.wideMeasure = CaseTable::Wide16Signed;
    if (table.m_measureOffsetMin <= table.m_measureOffsetMax) {
        fr.measureFiledFrom = qint64(fr.periodStart) - table.m_measureOffsetMax;
        fr.measureFiledTo = qint64(fr.periodEnd) - table.m_measureOffsetMin;
    }
    fr.monthCount = cal.monthCount();
    fr.span = hi - lo + 1;
    // Per-court day histograms cost slots × span counts per thread: fine for a province, too much
    // for every court of the country over many years, where the days are gathered instead.
    constexpr qint64 MaxCourtHistogramCells = qint64(1) << 21;
    std::vector<qint32> courtSlot(table.courts().size(), -1);
    qint32 slotCount = 0;
    for (size_t c = 0; c < courtSlot.size(); ++c) {
        if (filter.acceptsCourt(quint16(c)))
            courtSlot[c] = slotCount++;
    }
    fr.courtHistograms = qint64(slotCount) * fr.span <= MaxCourtHistogramCells;
    fr.courtSlot = &courtSlot;

    // One contiguous slice of rows per thread; the calling thread takes the first and reports.
    const qint64 n = table.size();
    const int threads = input.threads > 0
        ? input.threads
        : int(std::clamp<qint64>(n / (1 << 18), 1, std::max(1, QThread::idealThreadCount())));
    std::vector<Partial> partials;
    partials.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i)
        partials.emplace_back(fr, table.courts().size(), size_t(slotCount));
    std::atomic<bool> cancelled = false;
    const qint64 slice = (n + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (int i = 1; i < threads; ++i) {
        workers.emplace_back([&, i] {
            scan(table, filter, cal, fr, std::min(n, i * slice), std::min(n, (i + 1) * slice),
                partials[size_t(i)], cancelled, {});
        });
    }
    std::function<void(qint64)> tick;
    if (progress) {
        tick = [&](qint64 done) {
            if (!progress(0.9 * double(done) / double(std::max<qint64>(slice, 1))))
                cancelled = true;
        };
    }
    clearUpperVectorState();
    scan(table, filter, cal, fr, 0, std::min(n, slice), partials[0], cancelled, tick);
    for (auto &w : workers)
        w.join();
    if (cancelled)
        return std::nullopt;
    Partial &p = partials[0];
    for (size_t i = 1; i < partials.size(); ++i)
        p.add(partials[i]);
    r.casesSelected = p.selected;

    // Monthly series over the calendar; totals and derived rates over the period's months.
    const int months = fr.monthCount;
    std::vector<qint64> closedByMonth(size_t(months), 0), pendingByMonth(size_t(months), 0);
    qint64 pending = 0;
    for (int m = 0; m < months; ++m) {
        for (int k = 0; k < MethodCount; ++k)
            closedByMonth[size_t(m)] += p.closed[size_t(m) * MethodCount + size_t(k)];
        pending += p.filed[size_t(m)] - closedByMonth[size_t(m)];
        pendingByMonth[size_t(m)] = pending;
    }
    const int dataFirstMonth = cal.monthIndexOf(dataFirst);
    const int dataLastMonth = cal.monthIndexOf(dataLast);
    const int firstMonth = cal.monthIndexOf(r.from);
    qint64 decemberClosed = 0;
    bool hasDecember = false;
    for (int m = firstMonth; m <= periodEndMonth; ++m) {
        MonthlyPoint point;
        point.month = cal.monthDate(m);
        point.filed = p.filed[size_t(m)];
        point.closed = closedByMonth[size_t(m)];
        for (int k = 0; k < MethodCount; ++k)
            point.closedByMethod[size_t(k)] = p.closed[size_t(m) * MethodCount + size_t(k)];
        point.pendingEnd = pendingByMonth[size_t(m)];
        if (fr.anyMeasure) {
            for (qint32 day = cal.monthStart(m); day <= cal.monthEnd(m); ++day) {
                for (int k = 0; k < MeasureCount; ++k)
                    point.measuresApplied[size_t(k)]
                        += p.measureDays[size_t(day - fr.periodStart) * MeasureCount + size_t(k)];
            }
        }
        point.clearanceRate = ratio(point.closed, point.filed);
        qint64 ytdFiled = 0, ytdClosed = 0;
        for (int k = m - (point.month.month() - 1); k <= m; ++k) {
            ytdFiled += p.filed[size_t(k)];
            ytdClosed += closedByMonth[size_t(k)];
        }
        point.clearanceYearToDate = ratio(ytdClosed, ytdFiled);
        qint64 rollFiled = 0, rollClosed = 0;
        for (int k = std::max(0, m - 11); k <= m; ++k) {
            rollFiled += p.filed[size_t(k)];
            rollClosed += closedByMonth[size_t(k)];
        }
        point.clearanceRolling12 = ratio(rollClosed, rollFiled);
        point.dispositionTimeDays
            = ratio(double(point.month.daysInMonth()) * double(point.pendingEnd), point.closed);
        qint64 yearClosed = 0;
        int yearMonths = 0;
        const int january = m - (point.month.month() - 1);
        for (int k = std::max(january, dataFirstMonth); k <= std::min(january + 11, dataLastMonth); ++k) {
            yearClosed += closedByMonth[size_t(k)];
            ++yearMonths;
        }
        if (yearClosed > 0 && yearMonths > 0)
            point.closureIndex = double(point.closed) * yearMonths / double(yearClosed);
        if (point.month.month() == 12) {
            hasDecember = true;
            decemberClosed += point.closed;
        }
        r.flow.filed += point.filed;
        r.flow.closed += point.closed;
        for (int k = 0; k < MethodCount; ++k)
            r.flow.closedByMethod[size_t(k)] += point.closedByMethod[size_t(k)];
        r.monthly.push_back(point);
    }
    FlowSummary &flow = r.flow;
    flow.daysInPeriod = r.from.daysTo(r.to) + 1;
    flow.pendingStart = p.pendingStart;
    flow.pendingEnd = pendingByMonth[size_t(periodEndMonth)];
    flow.clearanceRate = ratio(flow.closed, flow.filed);
    flow.dispositionTimeDays = ratio(double(flow.daysInPeriod) * double(flow.pendingEnd), flow.closed);
    if (hasDecember)
        flow.decemberShare = ratio(decemberClosed, flow.closed);

    // Pending age.
    for (size_t age = 0; age < p.ages.size(); ++age) {
        const qint64 count = p.ages[age];
        if (!count)
            continue;
        int bucket = 0;
        while (bucket < PendingAge::BucketCount - 1 && int(age) > PendingAge::upperBounds[size_t(bucket)])
            ++bucket;
        r.pendingAge.counts[size_t(bucket)] += count;
        r.pendingAge.total += count;
    }
    r.pendingAge.medianAgeDays = histogramQuantile(p.ages, r.pendingAge.total, 0.5);
    r.pendingAge.overdue = p.overdue;
    r.pendingAge.dueWithin30Days = p.dueSoon;

    // Durations.
    DurationStats &d = r.durations;
    d.closedCases = flow.closed;
    double sumDays = 0;
    for (size_t day = 0; day < p.raw.size(); ++day)
        sumDays += double(day) * double(p.raw[day]);
    d.meanDays = ratio(sumDays, d.closedCases);
    const std::vector<double> ps = {0.5, 0.75, 0.9};
    const auto rawQ = histogramQuantiles(p.raw, d.closedCases, ps);
    const auto netQ = histogramQuantiles(p.net, d.closedCases, ps);
    d.medianDays = rawQ[0];
    d.p75Days = rawQ[1];
    d.p90Days = rawQ[2];
    d.netMedianDays = netQ[0];
    d.netP75Days = netQ[1];
    d.netP90Days = netQ[2];
    d.withinLimitRaw = p.withinRaw;
    d.withinLimitNet = p.withinNet;
    d.withinLimitShareRaw = ratio(p.withinRaw, d.closedCases);
    d.withinLimitShareNet = ratio(p.withinNet, d.closedCases);
    // The histogram's bin is a sixth of the limit (30 days for 6 months), from the unrounded limit.
    DurationHistogram &h = d.histogram;
    h.limitDays = int(std::lround(s.timeLimitMonths * 365.0 / 12.0));
    h.binDays = std::max(1, int(std::lround(s.timeLimitMonths * 365.0 / 12.0 / 6.0)));
    constexpr size_t HistogramBins = 24;
    h.counts.assign(HistogramBins, 0);
    for (size_t day = 0; day < p.raw.size(); ++day) {
        if (p.raw[day])
            h.counts[std::min(day / size_t(h.binDays), HistogramBins - 1)] += p.raw[day];
    }
    if (progress && !progress(0.93))
        return std::nullopt;

    clearUpperVectorState();
    r.survival = kaplanMeier(p.events, p.censored);

    r.recovery.cases = p.recoveryCases;
    r.recovery.appliedFen = p.applied;
    r.recovery.recoveredFen = p.recovered;
    r.recovery.ratio = ratio(double(p.recovered), p.applied);

    for (int m = 0; m < MeasureCount; ++m) {
        const MeasureCounts &mc = p.measures[m];
        MeasureUsage &u = r.measures[size_t(m)];
        u.available = table.hasMeasureColumn(Measure(m));
        if (!u.available)
            continue;
        u.cases = p.filedInPeriod;
        u.used = mc.used;
        u.share = ratio(mc.used, u.cases);
        u.medianDaysFromFiling = histogramQuantile(mc.days, mc.used, 0.5);
        u.recoveryWith = ratio(double(mc.recovered[1]), mc.applied[1]);
        u.recoveryWithout = ratio(double(mc.recovered[0]), mc.applied[0]);
        u.performedShareWith = ratio(mc.performed[1], mc.closed[1]);
        u.performedShareWithout = ratio(mc.performed[0], mc.closed[0]);
    }

    // Core indicators, in total and per court.
    const bool overallComputable = cal.monthIndex(table.isEmpty() ? fr.periodStart : table.firstDay())
        <= cal.monthIndex(fr.windowStart);
    const QString overallReason = tr("the data begin on %1; the %2-year window needs cases from %3 on")
                                      .arg(dataFirst.toString(Qt::ISODate))
                                      .arg(s.overallClosureYears)
                                      .arg(fromDayNumber(fr.windowStart).toString(Qt::ISODate));
    CourtCounts total;
    for (const CourtCounts &c : p.courts)
        total.add(c);
    coreFromCounts(total, fr, s, overallComputable, overallReason, &r.core[0], &r.core[1], &r.core[3]);
    TerminationChecks &tc = r.terminationChecks;
    tc.terminations = total.core2Den;
    tc.failingAny = total.core2Den - total.core2Num;
    for (int m = 0; m < MeasureCount; ++m) {
        tc.inUse[size_t(m)] = fr.checks[m];
        tc.failing[size_t(m)] = p.checkFailing[m];
    }

    // Petitions: figures of the selected courts lying wholly inside the period.
    const auto &courts = table.courts();
    auto courtSelected = [&](const QString &name) {
        if (!filter.restrictsCourts())
            return true;
        const auto id = table.courtId(name);
        return id && filter.acceptsCourt(*id);
    };
    std::vector<qint64> petReceived(courts.size(), 0), petResolved(courts.size(), 0);
    std::vector<bool> petSeen(courts.size(), false);
    r.core[2] = makeIndicator(3, s.targetPetitionsResolved);
    qint64 received = 0, resolved = 0;
    bool anyPetition = false;
    for (const PetitionFigure &pf : input.petitions) {
        if (pf.from < r.from || pf.to > r.to || !courtSelected(pf.court))
            continue;
        anyPetition = true;
        received += pf.received;
        resolved += pf.resolved;
        if (const auto id = table.courtId(pf.court)) {
            petReceived[*id] += pf.received;
            petResolved[*id] += pf.resolved;
            petSeen[*id] = true;
        }
    }
    const QString noPetitions = tr("no petition figures entered for the period");
    if (anyPetition)
        setValue(&r.core[2], resolved, received, tr("no petitions received in the period"));
    else
        notComputable(&r.core[2], noPetitions);

    // Without histograms: group the closed cases' days by court (counting sort), then select.
    std::vector<qint64> courtStart(courts.size() + 1, 0);
    for (quint32 v : p.courtDays)
        ++courtStart[(v >> 16) + 1];
    for (size_t c = 1; c < courtStart.size(); ++c)
        courtStart[c] += courtStart[c - 1];
    std::vector<quint16> days(p.courtDays.size());
    {
        std::vector<qint64> next(courtStart.begin(), courtStart.end() - 1);
        for (quint32 v : p.courtDays)
            days[size_t(next[v >> 16]++)] = quint16(v & 0xFFFF);
    }

    int courtsAvailable = 0, courtsMeeting = 0;
    for (size_t c = 0; c < courts.size(); ++c) {
        const CourtCounts &cc = p.courts[c];
        if (cc.selected == 0)
            continue;
        CourtRow row;
        row.courtId = int(c);
        row.name = courts[c].name;
        row.code = courts[c].code;
        row.group = courts[c].intermediateGroup;
        row.filed = cc.filed;
        row.closed = cc.closed;
        row.pendingEnd = cc.pendingEnd;
        row.clearanceRate = ratio(cc.closed, cc.filed);
        row.dispositionTimeDays = ratio(double(flow.daysInPeriod) * double(cc.pendingEnd), cc.closed);
        if (fr.courtHistograms) {
            const auto hist = std::span<const qint64>(p.courtHist)
                                  .subspan(size_t(courtSlot[c]) * size_t(fr.span), size_t(fr.span));
            row.medianDaysToClose = histogramQuantile(hist, cc.closed, 0.5);
        } else {
            std::vector<quint16> courtDays(days.begin() + courtStart[c], days.begin() + courtStart[c + 1]);
            row.medianDaysToClose = quantileInPlace(courtDays, 0.5);
        }
        row.withinLimitShare = ratio(cc.withinLimitNet, cc.closed);
        row.recoveryRatio = ratio(double(cc.recovered), cc.applied);
        for (int m = 0; m < MeasureCount; ++m) {
            if (fr.measureColumns[m])
                row.measureShare[size_t(m)] = ratio(cc.measureUsed[m], cc.filed);
        }
        coreFromCounts(cc, fr, s, overallComputable, overallReason, &row.indicators[0], &row.indicators[1],
            &row.indicators[3]);
        row.indicators[2] = makeIndicator(3, s.targetPetitionsResolved);
        if (petSeen[c])
            setValue(&row.indicators[2], petResolved[c], petReceived[c],
                tr("no petitions received in the period"));
        else
            notComputable(&row.indicators[2], noPetitions);
        for (const CoreIndicator &i : row.indicators) {
            if (!i.computable)
                continue;
            ++row.indicatorsAvailable;
            row.indicatorsMet += *i.meetsTarget;
        }
        row.meetsStandard = row.indicatorsAvailable > 0 && row.indicatorsMet == row.indicatorsAvailable;
        if (row.indicatorsAvailable > 0) {
            ++courtsAvailable;
            courtsMeeting += row.meetsStandard;
        }
        r.courts.push_back(std::move(row));
    }
    std::sort(r.courts.begin(), r.courts.end(), [](const CourtRow &a, const CourtRow &b) {
        if (a.indicatorsMet != b.indicatorsMet)
            return a.indicatorsMet > b.indicatorsMet;
        const double ca = a.clearanceRate.value_or(-1);
        const double cb = b.clearanceRate.value_or(-1);
        if (ca != cb)
            return ca > cb;
        return a.name < b.name;
    });
    for (size_t i = 0; i < r.courts.size(); ++i)
        r.courts[i].rank = int(i) + 1;

    r.core[4] = makeIndicator(5, s.targetCourtsMeeting);
    setValue(&r.core[4], courtsMeeting, courtsAvailable, tr("no court has a computable indicator"));
    if (progress)
        progress(1.0);
    return r;
}

} // namespace caseload
