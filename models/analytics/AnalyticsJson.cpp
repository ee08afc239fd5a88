#include "AnalyticsJson.h"

#include "CaseTable.h"

#include <QJsonArray>

namespace caseload {

namespace {

const char *const measureKeys[CaseTable::MeasureCount]
    = {"network_inquiry", "dishonest_list", "consumption_restriction", "applicant_interview"};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(qint64 v)
{
    return QJsonValue(v);
}

QJsonValue yuan(qint64 fen)
{
    return QJsonValue(double(fen) / 100.0);
}

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonObject methodCounts(const MethodCounts &counts)
{
    QJsonObject o;
    for (int m = 1; m < ClosureMethodCount; ++m)
        o.insert(chineseLabel(ClosureMethod(m)), count(counts[size_t(m)]));
    return o;
}

/// {network_inquiry: ..., ...} from one value per measure.
template<typename Value, typename ToJson>
QJsonObject byMeasure(const std::array<Value, CaseTable::MeasureCount> &values, ToJson toJson)
{
    QJsonObject o;
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        o.insert(QString::fromLatin1(measureKeys[m]), toJson(values[size_t(m)]));
    return o;
}

QJsonObject survivalToJson(const SurvivalCurve &s)
{
    QJsonArray points;
    for (const SurvivalPoint &p : s.points) {
        points.append(
            QJsonObject {{QStringLiteral("day"), p.day}, {QStringLiteral("at_risk"), count(p.atRisk)},
                {QStringLiteral("events"), count(p.events)}, {QStringLiteral("censored"), count(p.censored)},
                {QStringLiteral("survival"), p.survival}, {QStringLiteral("std_err"), p.stdErr},
                {QStringLiteral("lower"), p.lower}, {QStringLiteral("upper"), p.upper}});
    }
    return {{QStringLiteral("confidence_level"), s.confidenceLevel},
        {QStringLiteral("cases"), count(s.cases)}, {QStringLiteral("events"), count(s.events)},
        {QStringLiteral("median_days"), number(s.medianDays)},
        {QStringLiteral("median_lower"), number(s.medianLower)},
        {QStringLiteral("median_upper"), number(s.medianUpper)}, {QStringLiteral("points"), points}};
}

QJsonObject measureToJson(const MeasureUsage &m)
{
    return {{QStringLiteral("available"), m.available}, {QStringLiteral("cases"), count(m.cases)},
        {QStringLiteral("used"), count(m.used)}, {QStringLiteral("share"), number(m.share)},
        {QStringLiteral("median_days_from_filing"), number(m.medianDaysFromFiling)},
        {QStringLiteral("recovery_with"), number(m.recoveryWith)},
        {QStringLiteral("recovery_without"), number(m.recoveryWithout)},
        {QStringLiteral("performed_share_with"), number(m.performedShareWith)},
        {QStringLiteral("performed_share_without"), number(m.performedShareWithout)}};
}

QJsonObject courtToJson(const CourtRow &c)
{
    QJsonArray indicators;
    for (const CoreIndicator &i : c.indicators)
        indicators.append(coreIndicatorToJson(i));
    return {{QStringLiteral("rank"), c.rank}, {QStringLiteral("court"), c.name},
        {QStringLiteral("code"), c.code}, {QStringLiteral("group"), c.group},
        {QStringLiteral("filed"), count(c.filed)}, {QStringLiteral("closed"), count(c.closed)},
        {QStringLiteral("pending_end"), count(c.pendingEnd)},
        {QStringLiteral("clearance_rate"), number(c.clearanceRate)},
        {QStringLiteral("disposition_time_days"), number(c.dispositionTimeDays)},
        {QStringLiteral("median_days_to_close"), number(c.medianDaysToClose)},
        {QStringLiteral("within_limit_share"), number(c.withinLimitShare)},
        {QStringLiteral("recovery_ratio"), number(c.recoveryRatio)},
        {QStringLiteral("indicators_available"), c.indicatorsAvailable},
        {QStringLiteral("indicators_met"), c.indicatorsMet},
        {QStringLiteral("meets_standard"), c.meetsStandard}, {QStringLiteral("core_indicators"), indicators},
        {QStringLiteral("measure_share"), byMeasure(c.measureShare, number)}};
}

} // namespace

QJsonObject coreIndicatorToJson(const CoreIndicator &i)
{
    QJsonObject o {{QStringLiteral("number"), i.number}, {QStringLiteral("key"), i.key},
        {QStringLiteral("status"),
            i.computable ? QStringLiteral("computed") : QStringLiteral("not_computable")},
        {QStringLiteral("value"), number(i.value)}, {QStringLiteral("numerator"), count(i.numerator)},
        {QStringLiteral("denominator"), count(i.denominator)}, {QStringLiteral("target"), i.target},
        {QStringLiteral("meets_target"), i.meetsTarget ? QJsonValue(*i.meetsTarget) : QJsonValue()},
        {QStringLiteral("reason"), i.reason}};
    if (!i.checks.isEmpty())
        o.insert(QStringLiteral("checks"), QJsonArray::fromStringList(i.checks));
    return o;
}

QJsonObject analyticsToJson(const AnalyticsResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), r.from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), r.to.toString(Qt::ISODate));
    o.insert(QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("cases_selected"), count(r.casesSelected));

    const FlowSummary &f = r.flow;
    o.insert(QStringLiteral("days_in_period"), count(f.daysInPeriod));
    o.insert(QStringLiteral("filed"), count(f.filed));
    o.insert(QStringLiteral("closed"), count(f.closed));
    o.insert(QStringLiteral("pending_start"), count(f.pendingStart));
    o.insert(QStringLiteral("pending_end"), count(f.pendingEnd));
    o.insert(QStringLiteral("clearance_rate"), number(f.clearanceRate));
    o.insert(QStringLiteral("disposition_time_days"), number(f.dispositionTimeDays));
    o.insert(QStringLiteral("december_share"), number(f.decemberShare));
    o.insert(QStringLiteral("closure_methods"), methodCounts(f.closedByMethod));

    const DurationStats &d = r.durations;
    o.insert(QStringLiteral("mean_days_to_close"), number(d.meanDays));
    o.insert(QStringLiteral("median_days_to_close"), number(d.medianDays));
    o.insert(QStringLiteral("p75_days_to_close"), number(d.p75Days));
    o.insert(QStringLiteral("p90_days_to_close"), number(d.p90Days));
    o.insert(QStringLiteral("net_median_days_to_close"), number(d.netMedianDays));
    o.insert(QStringLiteral("net_p75_days_to_close"), number(d.netP75Days));
    o.insert(QStringLiteral("net_p90_days_to_close"), number(d.netP90Days));
    o.insert(QStringLiteral("within_limit_share"), number(d.withinLimitShareNet));
    o.insert(QStringLiteral("within_limit_share_raw"), number(d.withinLimitShareRaw));
    QJsonArray bins;
    for (qint64 c : d.histogram.counts)
        bins.append(count(c));
    o.insert(QStringLiteral("histogram"),
        QJsonObject {{QStringLiteral("bin_days"), d.histogram.binDays},
            {QStringLiteral("limit_days"), d.histogram.limitDays}, {QStringLiteral("counts"), bins}});

    o.insert(QStringLiteral("recovery_ratio"), number(r.recovery.ratio));
    o.insert(QStringLiteral("recovery_cases"), count(r.recovery.cases));
    o.insert(QStringLiteral("applied_yuan"), yuan(r.recovery.appliedFen));
    o.insert(QStringLiteral("recovered_yuan"), yuan(r.recovery.recoveredFen));

    QJsonObject age;
    for (int b = 0; b < PendingAge::BucketCount; ++b)
        age.insert(PendingAge::bucketKey(b), count(r.pendingAge.counts[size_t(b)]));
    age.insert(QStringLiteral("overdue"), count(r.pendingAge.overdue));
    age.insert(QStringLiteral("due_within_30_days"), count(r.pendingAge.dueWithin30Days));
    o.insert(QStringLiteral("pending_age"), age);
    o.insert(QStringLiteral("pending_at_as_of"), count(r.pendingAge.total));
    o.insert(QStringLiteral("pending_median_age_days"), number(r.pendingAge.medianAgeDays));

    QJsonArray monthly;
    for (const MonthlyPoint &m : r.monthly) {
        monthly.append(QJsonObject {{QStringLiteral("month"), monthKey(m.month)},
            {QStringLiteral("filed"), count(m.filed)}, {QStringLiteral("closed"), count(m.closed)},
            {QStringLiteral("pending_end"), count(m.pendingEnd)},
            {QStringLiteral("closed_by_method"), methodCounts(m.closedByMethod)},
            {QStringLiteral("clearance_rate"), number(m.clearanceRate)},
            {QStringLiteral("clearance_ytd"), number(m.clearanceYearToDate)},
            {QStringLiteral("clearance_rolling12"), number(m.clearanceRolling12)},
            {QStringLiteral("disposition_time_days"), number(m.dispositionTimeDays)},
            {QStringLiteral("closure_index"), number(m.closureIndex)},
            {QStringLiteral("measures_applied"), byMeasure(m.measuresApplied, count)}});
    }
    o.insert(QStringLiteral("monthly"), monthly);
    o.insert(QStringLiteral("survival"), survivalToJson(r.survival));

    QJsonObject measures;
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        measures.insert(QString::fromLatin1(measureKeys[m]), measureToJson(r.measures[size_t(m)]));
    o.insert(QStringLiteral("measures"), measures);

    QJsonArray core;
    for (const CoreIndicator &i : r.core)
        core.append(coreIndicatorToJson(i));
    o.insert(QStringLiteral("core_indicators"), core);

    const TerminationChecks &tc = r.terminationChecks;
    QJsonObject failing;
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (tc.inUse[size_t(m)])
            failing.insert(QString::fromLatin1(measureKeys[m]), count(tc.failing[size_t(m)]));
    }
    o.insert(QStringLiteral("termination_checks"),
        QJsonObject {{QStringLiteral("terminations"), count(tc.terminations)},
            {QStringLiteral("failing_any"), count(tc.failingAny)}, {QStringLiteral("failing"), failing}});

    QJsonArray courts;
    for (const CourtRow &c : r.courts)
        courts.append(courtToJson(c));
    o.insert(QStringLiteral("courts"), courts);
    o.insert(QStringLiteral("settings"), r.settings.toJson());
    return o;
}

} // namespace caseload
