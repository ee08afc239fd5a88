#pragma once

#include "IndicatorSettings.h"
#include "domain/ClosureMethod.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace caseload {

/// Case counts by closure method, indexed by ClosureMethod's value (index 0, None, stays 0).
using MethodCounts = std::array<qint64, ClosureMethodCount>;

/// One month of the flow series. Months are whole calendar months.
struct MonthlyPoint
{
    QDate month; ///< first day of the month
    qint64 filed = 0; ///< filing date in the month
    qint64 closed = 0; ///< closure date in the month
    MethodCounts closedByMethod = {}; ///< sums to `closed`
    /// Filed on or before the month's last day and not closed by then. For every month,
    /// pendingEnd = previous pendingEnd + filed - closed.
    qint64 pendingEnd = 0;
    std::optional<double> clearanceRate; ///< closed ÷ filed in the month
    std::optional<double> clearanceYearToDate; ///< from January of the same year to this month
    std::optional<double> clearanceRolling12; ///< the 12 months ending with this one
    std::optional<double> dispositionTimeDays; ///< days in month × pendingEnd ÷ closed
    /// Closure balance: closures of the month ÷ mean monthly closures of its calendar year (the
    /// year's months present in the data). 1 is an average month; a December spike shows as > 1.
    std::optional<double> closureIndex;
    /// Enforcement measures dated in the month (by measure, indexed by CaseTable::Measure), counted
    /// over the selected cases whatever their filing date: how much each measure was used that month.
    std::array<qint64, 4> measuresApplied = {};
};

/// Flow totals for the period.
struct FlowSummary
{
    qint64 daysInPeriod = 0;
    qint64 filed = 0; ///< filing date in the period
    qint64 closed = 0; ///< closure date in the period
    MethodCounts closedByMethod = {};
    qint64 pendingStart = 0; ///< filed before the period's first day and not closed before it
    qint64 pendingEnd = 0; ///< filed on or before the period's last day and not closed by then
    std::optional<double> clearanceRate; ///< closed ÷ filed
    std::optional<double> dispositionTimeDays; ///< daysInPeriod × pendingEnd ÷ closed (CEPEJ)
    /// Share of the period's closures that fell in December (for periods containing a December).
    std::optional<double> decemberShare;
};

/// Age of the pending caseload at the as-of date (DOMAIN.md buckets).
struct PendingAge
{
    static constexpr int BucketCount = 5;
    /// Upper bound of each bucket in days (inclusive); the last bucket is open.
    static constexpr std::array<int, BucketCount - 1> upperBounds = {90, 180, 365, 730};
    /// Keys used in JSON: "0-90", "91-180", "181-365", "366-730", ">730".
    static QString bucketKey(int bucket);

    std::array<qint64, BucketCount> counts = {};
    qint64 total = 0; ///< filed on or before the as-of date and not closed by then
    std::optional<double> medianAgeDays;
    /// Pending at the as-of date and past their deadline (filing + time limit + extension + deducted
    /// days, see CaseSelection::deadlineDay): deadline < as-of date.
    qint64 overdue = 0;
    /// Pending at the as-of date and reaching their deadline within the next 30 days:
    /// as-of <= deadline <= as-of + 30.
    qint64 dueWithin30Days = 0;
};

/// Days to closure (raw: closure - filing) of the cases closed in the period, in bins of `binDays`.
struct DurationHistogram
{
    /// Width of a bin in days: the time limit in days ÷ 6, rounded, at least 1 (30 for 6 months).
    int binDays = 30;
    /// counts[i]: closed cases with i × binDays <= days < (i + 1) × binDays; the last bin also holds
    /// everything longer (it is open-ended). 24 bins (four time limits); sums to closedCases.
    std::vector<qint64> counts;
    /// The time limit in days as the histogram draws it: timeLimitMonths × 365 ÷ 12, rounded.
    int limitDays = 183;
};

/// Time to closure of the cases closed in the period. Quantiles are R's default (type 7: linear
/// interpolation between order statistics). Raw days = closure - filing; net days subtract the
/// deducted days (never below 0).
struct DurationStats
{
    qint64 closedCases = 0;
    std::optional<double> meanDays;
    std::optional<double> medianDays;
    std::optional<double> p75Days;
    std::optional<double> p90Days;
    std::optional<double> netMedianDays;
    std::optional<double> netP75Days;
    std::optional<double> netP90Days;
    /// Closed on or before filing + the time limit (no extension, no deduction).
    qint64 withinLimitRaw = 0;
    /// Closed on or before the deadline: filing + time limit + extension + deducted days.
    qint64 withinLimitNet = 0;
    std::optional<double> withinLimitShareRaw;
    std::optional<double> withinLimitShareNet;
    DurationHistogram histogram;
};

/// One step of a Kaplan–Meier curve: a day on which cases closed or were censored.
struct SurvivalPoint
{
    int day = 0; ///< days since filing
    qint64 atRisk = 0;
    qint64 events = 0; ///< closures on that day
    qint64 censored = 0;
    double survival = 1; ///< share still open after the day
    double stdErr = 0; ///< standard error of `survival` (Greenwood); 0 once survival is 0 (R: NaN)
    double lower = 1; ///< confidence band (log transform, as R's survfit default)
    double upper = 1; ///< both bounds are 0 once survival is 0 (R: NA)
};

/// Kaplan–Meier estimate of the time to closure for the cases filed in the period (up to the as-of
/// date): a closure on or before the as-of date is an event, a case still open then is censored at
/// its age. Unlike averages over closed cases, it is not biased by the cases still open.
struct SurvivalCurve
{
    double confidenceLevel = 0.95;
    qint64 cases = 0;
    qint64 events = 0;
    std::vector<SurvivalPoint> points;
    /// First day with survival <= 0.5 (R's rule when a step lands exactly on 0.5: the midpoint to the
    /// next event day); nullopt when the curve stays above 0.5.
    std::optional<double> medianDays;
    std::optional<double> medianLower;
    std::optional<double> medianUpper;
};

/// Recovery (执行到位率) over the cases closed in the period that have both amounts.
struct RecoverySummary
{
    qint64 cases = 0;
    qint64 appliedFen = 0;
    qint64 recoveredFen = 0;
    std::optional<double> ratio; ///< recovered ÷ applied
};

/// Use of one enforcement measure among the cases filed in the period, and its association with
/// recovery among those of them closed by the as-of date.
struct MeasureUsage
{
    bool available = false; ///< the data has the column
    qint64 cases = 0; ///< filed in the period
    qint64 used = 0; ///< with the measure dated on or before the as-of date
    std::optional<double> share;
    std::optional<double> medianDaysFromFiling;
    std::optional<double> recoveryWith; ///< recovery ratio of closed cases with the measure
    std::optional<double> recoveryWithout;
    std::optional<double> performedShareWith; ///< share closed as 执行完毕 among closed cases with it
    std::optional<double> performedShareWithout;
};

/// One of the campaign's core indicators (DOMAIN.md 1-5).
struct CoreIndicator
{
    int number = 0; ///< 1..5
    QString key; ///< actual_closure, termination_quality, petitions_resolved, overall_closure, courts_meeting
    bool computable = false;
    QString reason; ///< why not computable (translated); empty when computable
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> value; ///< numerator ÷ denominator
    double target = 0;
    std::optional<bool> meetsTarget;
    /// Indicator 2: the checks applied (keys network_inquiry, consumption_restriction,
    /// applicant_interview, dishonest_list).
    QStringList checks;
};

/// Every indicator of one court, for the side-by-side comparison.
struct CourtRow
{
    int courtId = 0;
    QString name;
    QString code;
    QString group; ///< intermediate-court group
    qint64 filed = 0;
    qint64 closed = 0;
    qint64 pendingEnd = 0;
    std::optional<double> clearanceRate;
    std::optional<double> dispositionTimeDays;
    std::optional<double> medianDaysToClose;
    std::optional<double> withinLimitShare; ///< net (deadline per DOMAIN.md)
    std::optional<double> recoveryRatio;
    /// Indicators 1-4 for this court (index 0 = indicator 1).
    std::array<CoreIndicator, 4> indicators;
    int indicatorsAvailable = 0;
    int indicatorsMet = 0;
    /// At least one indicator available and all available ones met.
    bool meetsStandard = false;
    /// 1 = best: more indicators met first, then higher clearance rate, then name.
    int rank = 0;
    /// MeasureUsage::share for this court (by CaseTable::Measure); nullopt when the data lacks the
    /// column or the court filed no case in the period.
    std::array<std::optional<double>, 4> measureShare = {};
};

/// Indicator 2's checks over the 终本 (termination) closures of the period: how many fail each one.
struct TerminationChecks
{
    qint64 terminations = 0; ///< 终本 closures in the period counted by indicator 2
    /// By CaseTable::Measure: terminations failing that check (only for checks in use with data;
    /// otherwise 0 and `inUse` false).
    std::array<qint64, 4> failing = {};
    std::array<bool, 4> inUse = {};
    qint64 failingAny = 0; ///< failing at least one check in use (= denominator - numerator of indicator 2)
};

/// Everything the dashboard shows for one filter.
struct AnalyticsResult
{
    QDate from; ///< first day of the period
    QDate to; ///< last day of the period
    QDate asOf;
    IndicatorSettings settings;
    qint64 casesSelected = 0; ///< cases passing the filter (any date)
    FlowSummary flow;
    std::vector<MonthlyPoint> monthly; ///< each month of the period
    PendingAge pendingAge;
    DurationStats durations;
    SurvivalCurve survival;
    RecoverySummary recovery;
    std::array<MeasureUsage, 4> measures; ///< indexed by CaseTable::Measure
    TerminationChecks terminationChecks;
    std::array<CoreIndicator, 5> core; ///< indicators 1..5
    std::vector<CourtRow> courts; ///< courts with selected cases, by rank
};

} // namespace caseload
