#include "Analytics.h"

#include "AnalyticsScan.h"
#include "CaseFilterMatcher.h"
#include "CaseTable.h"
#include "KaplanMeier.h"
#include "PeriodSetScan.h"
#include "Quantiles.h"
#include "domain/DayNumber.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <span>
#include <thread>

namespace caseload {

namespace {

using Measure = CaseTable::Measure;
using Calendar = AnalyticsScan::Calendar;
using Frame = AnalyticsScan::Frame;
using Partial = AnalyticsScan::Partial;
using CourtCounts = AnalyticsScan::CourtCounts;
using MeasureCounts = AnalyticsScan::MeasureCounts;
constexpr int MethodCount = AnalyticsScan::MethodCount;
constexpr int MeasureCount = AnalyticsScan::MeasureCount;
/// Per-court day histograms cost slots × span counts per thread: fine for a province, too much for
/// every court of the country over many years, where the days are gathered instead.
constexpr qint64 MaxCourtHistogramCells = qint64(1) << 21;
/// The same for all periods of a computeMany() pass together: 2 MB of counts per thread.
constexpr qint64 MaxPeriodSetHistogramCells = qint64(1) << 18;

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? std::optional<double>(double(numerator) / double(denominator)) : std::nullopt;
}

std::optional<double> ratio(double numerator, qint64 denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / double(denominator)) : std::nullopt;
}

/// Months the calendar of a computation reaches back before its first day: indicator 2's inquiry
/// window and indicator 4's window.
int monthsBack(const IndicatorSettings &s)
{
    return std::max(s.inquiryWindowMonths, 12 * s.overallClosureYears) + 1;
}

/// Threads for a scan of `table`: `requested`, or one per core once the table is large enough to pay
/// for them.
int threadCount(const CaseTable &table, int requested)
{
    return requested > 0
        ? requested
        : int(std::clamp<qint64>(table.size() / (1 << 18), 1, std::max(1, QThread::idealThreadCount())));
}

/// Runs `scanRows(index, begin, end, tick)` over one contiguous slice of rows per thread; the calling
/// thread takes the first slice and reports progress (0..0.9 of `progress`). Returns false when
/// cancelled.
bool scanInSlices(qint64 rows, int threads, const Analytics::Progress &progress,
    const std::function<bool(
        int, qint64, qint64, const std::atomic<bool> &, const std::function<void(qint64)> &)> &scanRows)
{
    std::atomic<bool> cancelled = false;
    const qint64 slice = (rows + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (int i = 1; i < threads; ++i) {
        workers.emplace_back([&, i] {
            scanRows(i, std::min(rows, i * slice), std::min(rows, (i + 1) * slice), cancelled, {});
        });
    }
    std::function<void(qint64)> tick;
    if (progress) {
        tick = [&](qint64 done) {
            if (!progress(0.9 * double(done) / double(std::max<qint64>(slice, 1))))
                cancelled = true;
        };
    }
    AnalyticsScan::clearUpperVectorState();
    scanRows(0, 0, std::min(rows, slice), cancelled, tick);
    for (auto &w : workers)
        w.join();
    return !cancelled;
}

/// Whether two inputs differ in their period (filter.from, to, asOf) and petitions at most, so
/// that one pass can serve both.
bool samePassInput(const AnalyticsInput &a, const AnalyticsInput &b)
{
    const CaseFilter &f = a.filter;
    const CaseFilter &g = b.filter;
    return f.courts == g.courts && f.courtGroups == g.courtGroups && f.types == g.types
        && f.causes == g.causes && f.handlers == g.handlers && f.methods == g.methods
        && a.settings == b.settings && a.courtGroups == b.courtGroups;
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

bool Analytics::prepare(
    const CaseTable &table, const AnalyticsInput &input, AnalyticsPlan *plan, QString *error)
{
    const IndicatorSettings &s = input.settings;
    std::optional<CaseFilterMatcher> matcher = CaseFilterMatcher::compile(table, input, error);
    if (!matcher)
        return false;
    plan->filter = std::move(*matcher);
    const CaseFilterMatcher &filter = plan->filter;

    // The period: whole months, by default the months of the data.
    const QDate today = QDate::currentDate();
    plan->dataFirst = table.isEmpty() ? today : fromDayNumber(table.firstDay());
    plan->dataLast = table.isEmpty() ? today : fromDayNumber(table.lastDay());
    plan->from = filter.from();
    plan->to = filter.to();
    plan->asOf = filter.asOf();

    const qint32 lo = qint32(toDayNumber(std::min({plan->dataFirst, plan->from, plan->asOf})));
    const qint32 hi = qint32(toDayNumber(std::max({plan->dataLast, plan->to, plan->asOf})));
    plan->calendar = Calendar(lo, hi, monthsBack(s), 1);
    const Calendar &cal = plan->calendar;

    Frame &fr = plan->frame;
    fr.periodStart = qint32(toDayNumber(plan->from));
    fr.periodEnd = qint32(toDayNumber(plan->to));
    fr.asOf = qint32(toDayNumber(plan->asOf));
    plan->periodEndMonth = cal.monthIndexOf(plan->to);
    fr.windowStart = cal.monthStart(plan->periodEndMonth - 12 * s.overallClosureYears + 1);
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
    plan->courtSlot.assign(table.courts().size(), -1);
    for (size_t c = 0; c < plan->courtSlot.size(); ++c) {
        if (filter.acceptsCourt(quint16(c)))
            plan->courtSlot[c] = plan->slotCount++;
    }
    fr.courtHistograms = qint64(plan->slotCount) * fr.span <= MaxCourtHistogramCells;
    fr.courtSlot = plan->courtSlot.data();
    return true;
}

namespace {

/// The figures of `plan`'s period from the counters of its scan over every row.
std::optional<AnalyticsResult> finish(const CaseTable &table, const AnalyticsInput &input,
    const AnalyticsPlan &plan, Partial &p, const Analytics::Progress &progress)
{
    const IndicatorSettings &s = input.settings;
    const CaseFilterMatcher &filter = plan.filter;
    const Calendar &cal = plan.calendar;
    const Frame &fr = plan.frame;
    const QDate &dataFirst = plan.dataFirst;
    const QDate &dataLast = plan.dataLast;
    const qint32 periodEndMonth = plan.periodEndMonth;
    const std::vector<qint32> &courtSlot = plan.courtSlot;
    AnalyticsResult r;
    r.from = plan.from;
    r.to = plan.to;
    r.asOf = plan.asOf;
    r.settings = s;
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

    AnalyticsScan::clearUpperVectorState();
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
    const QString overallReason
        = Analytics::tr("the data begin on %1; the %2-year window needs cases from %3 on")
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
    const QString noPetitions = Analytics::tr("no petition figures entered for the period");
    if (anyPetition)
        setValue(&r.core[2], resolved, received, Analytics::tr("no petitions received in the period"));
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
                Analytics::tr("no petitions received in the period"));
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
    setValue(
        &r.core[4], courtsMeeting, courtsAvailable, Analytics::tr("no court has a computable indicator"));
    if (progress)
        progress(1.0);
    return r;
}

} // namespace

std::optional<AnalyticsResult> Analytics::compute(
    const CaseTable &table, const AnalyticsInput &input, QString *error, const Progress &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    AnalyticsPlan plan;
    if (!prepare(table, input, &plan, error))
        return std::nullopt;

    const int threads = threadCount(table, input.threads);
    std::vector<Partial> partials;
    partials.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i)
        partials.emplace_back(plan.frame, table.courts().size(), size_t(plan.slotCount));
    const bool done = scanInSlices(table.size(), threads, progress,
        [&](int i, qint64 begin, qint64 end, const std::atomic<bool> &cancelled,
            const std::function<void(qint64)> &tick) {
            return AnalyticsScan::scan(table, plan.filter, plan.calendar, plan.frame, begin, end,
                partials[size_t(i)], cancelled, tick);
        });
    if (!done)
        return std::nullopt;
    Partial &p = partials[0];
    for (size_t i = 1; i < partials.size(); ++i)
        p.add(partials[i]);
    return finish(table, input, plan, p, progress);
}

std::optional<std::vector<AnalyticsResult>> Analytics::computeMany(const CaseTable &table,
    const std::vector<AnalyticsInput> &inputs, QString *error, const Progress &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    std::vector<AnalyticsResult> results;
    if (inputs.empty())
        return results;
    // Inputs that cannot share a pass are computed one by one (same results, no saving).
    const bool onePass = std::all_of(inputs.begin(), inputs.end(),
        [&](const AnalyticsInput &in) { return samePassInput(inputs.front(), in); });
    if (!onePass || inputs.size() == 1) {
        for (size_t i = 0; i < inputs.size(); ++i) {
            const auto part = [&](double done) {
                return !progress || progress((double(i) + done) / double(inputs.size()));
            };
            auto result = compute(table, inputs[i], error, part);
            if (!result)
                return std::nullopt;
            results.push_back(std::move(*result));
        }
        return results;
    }

    std::vector<AnalyticsPlan> plans(inputs.size());
    for (size_t k = 0; k < inputs.size(); ++k) {
        if (!prepare(table, inputs[k], &plans[k], error))
            return std::nullopt;
    }
    // One calendar covering every period's.
    qint32 lo = std::numeric_limits<qint32>::max(), hi = std::numeric_limits<qint32>::min();
    for (const AnalyticsPlan &pl : plans) {
        lo = std::min(lo, qint32(toDayNumber(std::min({pl.dataFirst, pl.from, pl.asOf}))));
        hi = std::max(hi, qint32(toDayNumber(std::max({pl.dataLast, pl.to, pl.asOf}))));
    }
    // Per-court day histograms for every period would not stay in the cache (measured: a tenth of
    // the pass spent on their misses): the longest periods get them within a budget, the others
    // gather the days of their closures. Both give the same medians.
    std::vector<size_t> longestFirst(plans.size());
    std::iota(longestFirst.begin(), longestFirst.end(), size_t(0));
    std::stable_sort(longestFirst.begin(), longestFirst.end(), [&](size_t a, size_t b) {
        return plans[a].frame.periodEnd - plans[a].frame.periodStart
            > plans[b].frame.periodEnd - plans[b].frame.periodStart;
    });
    qint64 histogramCells = 0;
    for (size_t k : longestFirst) {
        Frame &fr = plans[k].frame;
        const qint64 cells = qint64(plans[k].slotCount) * fr.span;
        fr.courtHistograms = histogramCells + cells <= MaxPeriodSetHistogramCells;
        histogramCells += fr.courtHistograms ? cells : 0;
    }
    const Calendar calendar(lo, hi, monthsBack(inputs.front().settings), 1);

    const int threads = threadCount(table, inputs.front().threads);
    // The scan's progress is 0..0.9; the figures of each period share the rest.
    const auto scanProgress = [&](double done) { return !progress || progress(done); };
    for (size_t first = 0; first < plans.size(); first += PeriodSetScan::MaxPeriods) {
        const size_t count = std::min(plans.size() - first, size_t(PeriodSetScan::MaxPeriods));
        std::vector<const Frame *> frames;
        std::vector<const Calendar *> calendars;
        for (size_t k = first; k < first + count; ++k) {
            frames.push_back(&plans[k].frame);
            calendars.push_back(&plans[k].calendar);
        }
        const PeriodSetScan periodScan(table, calendar, std::move(frames), std::move(calendars));
        std::vector<PeriodSetScan::Part> parts;
        parts.reserve(size_t(threads));
        for (int i = 0; i < threads; ++i)
            parts.push_back(periodScan.makePart());
        const double share = double(count) / double(plans.size());
        const double before = double(first) / double(plans.size());
        const bool done = scanInSlices(
            table.size(), threads, [&](double d) { return scanProgress(before + share * d); },
            [&](int i, qint64 begin, qint64 end, const std::atomic<bool> &cancelled,
                const std::function<void(qint64)> &tick) {
                return periodScan.scan(plans[first].filter, begin, end, parts[size_t(i)], cancelled, tick);
            });
        if (!done)
            return std::nullopt;
        PeriodSetScan::Part &total = parts[0];
        for (size_t i = 1; i < parts.size(); ++i)
            total.add(parts[i]);
        periodScan.integrate(total);
        for (size_t k = 0; k < count; ++k) {
            Partial p = periodScan.periodPartial(total, int(k));
            const double at = before + share * (0.9 + 0.1 * double(k) / double(count));
            const double step = share * 0.1 / double(count);
            auto result = finish(table, inputs[first + k], plans[first + k], p,
                [&](double d) { return scanProgress(at + step * d); });
            if (!result)
                return std::nullopt;
            results.push_back(std::move(*result));
        }
    }
    return results;
}

} // namespace caseload
