#include "TestSupport.h"

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "domain/DayNumber.h"
#include "store/Store.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace caseload;

namespace {

// Four courts: 甲 京0101, 乙 京0102 and 丁 京0103 under the intermediate court 京01; 丙 粤0701.
const QString A = QStringLiteral("甲法院");
const QString B = QStringLiteral("乙法院");
const QString C = QStringLiteral("丙法院");
const QString D = QStringLiteral("丁法院");

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct Spec
{
    int number;
    QString court;
    QString code;
    CaseType type;
    QDate filed;
    QDate closed;
    ClosureMethod method;
    std::optional<qint64> appliedYuan;
    std::optional<qint64> recoveredYuan;
    std::optional<bool> property;
    int deducted = 0;
    int extension = 0;
    QDate inquiry = {};
    QDate restriction = {};
    QDate interview = {};
};

CaseRecord makeCase(const Spec &s)
{
    CaseRecord r;
    const QString code = typeCode(s.type);
    r.caseNumber = QStringLiteral("（%1）%2%3%4号").arg(s.filed.year()).arg(s.code, code).arg(s.number);
    r.courtName = s.court;
    r.courtCode = s.code;
    r.type = s.type;
    r.cause = s.number % 2 ? QStringLiteral("民间借贷纠纷") : QStringLiteral("买卖合同纠纷");
    r.filedOn = s.filed;
    r.closedOn = s.closed;
    r.closureMethod = s.method;
    if (s.appliedYuan)
        r.appliedFen = *s.appliedYuan * 100;
    if (s.recoveredYuan)
        r.recoveredFen = *s.recoveredYuan * 100;
    r.hasProperty = s.property;
    r.deductedDays = s.deducted;
    r.extensionDays = s.extension;
    r.networkInquiryOn = s.inquiry;
    r.consumptionRestrictionOn = s.restriction;
    r.applicantInterviewOn = s.interview;
    r.handler = s.court == A ? QStringLiteral("张三") : QStringLiteral("李四");
    return r;
}

/// The hand-worked fixture. Period 2016 (366 days), as of 2016-12-31. The expected values in the
/// tests below are worked out from this table by hand; the comments show the arithmetic.
QList<CaseRecord> fixture()
{
    using CT = CaseType;
    using CM = ClosureMethod;
    const QString a = QStringLiteral("京0101"), b = QStringLiteral("京0102"), c = QStringLiteral("粤0701"),
                  dd = QStringLiteral("京0103");
    const std::optional<bool> unknown;
    const QList<Spec> specs = {
        // 1: 101 days (2015-11-01 → 2016-02-10), deadline 2016-05-01.
        {1, A, a, CT::FirstEnforcement, d(2015, 11, 1), d(2016, 2, 10), CM::Performed, 10000, 10000, true},
        // 2: 60 days, deadline 2016-07-05.
        {2, A, a, CT::FirstEnforcement, d(2016, 1, 5), d(2016, 3, 5), CM::Performed, 5000, 5000, unknown},
        // 3: 335 days, 终本, all three checks pass (inquiry 2016-10-01 within 3 months of 2016-12-20).
        {3, A, a, CT::FirstEnforcement, d(2016, 1, 20), d(2016, 12, 20), CM::TerminatedThisRound, 20000, 0,
            false, 0, 90, d(2016, 10, 1), d(2016, 2, 1), d(2016, 12, 1)},
        // 4: pending, deadline 2016-09-01 falls in the period.
        {4, A, a, CT::FirstEnforcement, d(2016, 3, 1), {}, CM::None, {}, {}, true},
        // 5: closed after the period, deadline 2016-12-15 in it.
        {5, B, b, CT::FirstEnforcement, d(2016, 6, 15), d(2017, 1, 10), CM::Performed, 1000, 1000, unknown},
        // 6: 30 days.
        {6, B, b, CT::Resumed, d(2016, 12, 1), d(2016, 12, 31), CM::Terminated, 3000, 300, unknown},
        // 7: old backlog, pending.
        {7, B, b, CT::FirstEnforcement, d(2014, 1, 10), {}, CM::None, {}, {}, unknown},
        // 8: 30 days, no amounts.
        {8, B, b, CT::Objection, d(2016, 7, 1), d(2016, 7, 31), CM::Rejected, {}, {}, unknown},
        // 9: 214 days raw, 174 net; 终本 whose inquiry (2016-05-01) is older than 3 months before closure.
        {9, C, c, CT::FirstEnforcement, d(2016, 2, 29), d(2016, 9, 30), CM::TerminatedThisRound, 8000, 0,
            unknown, 40, 0, d(2016, 5, 1), d(2016, 3, 1), d(2016, 9, 1)},
        // 10: 销案, 30 days: left out of the core indicators.
        {10, C, c, CT::FirstEnforcement, d(2016, 4, 10), d(2016, 5, 10), CM::Cancelled, {}, {}, unknown},
        // 11: closed after the period; deadline 2017-02-28 (31 August + 6 months, clamped).
        {11, C, c, CT::FirstEnforcement, d(2016, 8, 31), d(2017, 2, 28), CM::Performed, {}, {}, unknown},
        // 12: 60 days.
        {12, D, dd, CT::FirstEnforcement, d(2016, 2, 1), d(2016, 4, 1), CM::Performed, 100, 100, true},
    };
    QList<CaseRecord> cases;
    for (const Spec &s : specs)
        cases.append(makeCase(s));
    return cases;
}

QList<PetitionFigure> petitions()
{
    return {
        {A, d(2016, 1, 1), d(2016, 6, 30), 10, 9}, {A, d(2016, 7, 1), d(2016, 12, 31), 10, 10},
        {B, d(2016, 1, 1), d(2016, 12, 31), 5, 4},
        {C, d(2015, 1, 1), d(2015, 12, 31), 3, 3}, // outside the period
    };
}

AnalyticsInput year2016()
{
    AnalyticsInput input;
    input.filter.from = d(2016, 1, 1);
    input.filter.to = d(2016, 12, 31);
    input.petitions = petitions();
    return input;
}

bool near(const std::optional<double> &actual, double expected, double tolerance = 1e-9)
{
    return actual && std::abs(*actual - expected) <= tolerance;
}

#define QCOMPARE_OPT(actual, expected)                                                                       \
    do {                                                                                                     \
        const auto value_ = (actual);                                                                        \
        if (!near(value_, (expected)))                                                                       \
            QFAIL(qPrintable(QStringLiteral("%1: got %2, expected %3")                                       \
                                 .arg(QStringLiteral(#actual))                                               \
                                 .arg(value_ ? QString::number(*value_, 'g', 12) : QStringLiteral("none"))   \
                                 .arg(double(expected), 0, 'g', 12)));                                       \
    } while (false)

const CourtRow *courtRow(const AnalyticsResult &r, const QString &name)
{
    for (const CourtRow &row : r.courts) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

qint64 method(const MethodCounts &counts, ClosureMethod m)
{
    return counts[size_t(m)];
}

/// Exact equality, NaN equal to NaN: computeMany must give compute's numbers to the last bit.
bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

template<typename T> bool same(const T &a, const T &b)
{
    return a == b;
}

/// The paths of the fields in which two results differ (every field of AnalyticsResult).
class ResultDiff
{
public:
    QStringList paths;

    template<typename T> void field(const QString &path, const T &a, const T &b)
    {
        if (!same(a, b))
            paths.append(path);
    }

    void indicator(const QString &path, const CoreIndicator &a, const CoreIndicator &b)
    {
        field(path + QStringLiteral(".number"), a.number, b.number);
        field(path + QStringLiteral(".key"), a.key, b.key);
        field(path + QStringLiteral(".computable"), a.computable, b.computable);
        field(path + QStringLiteral(".reason"), a.reason, b.reason);
        field(path + QStringLiteral(".numerator"), a.numerator, b.numerator);
        field(path + QStringLiteral(".denominator"), a.denominator, b.denominator);
        field(path + QStringLiteral(".value"), a.value, b.value);
        field(path + QStringLiteral(".target"), a.target, b.target);
        field(path + QStringLiteral(".meetsTarget"), a.meetsTarget, b.meetsTarget);
        field(path + QStringLiteral(".checks"), a.checks, b.checks);
    }

    void compare(const AnalyticsResult &a, const AnalyticsResult &b)
    {
        field(QStringLiteral("from"), a.from, b.from);
        field(QStringLiteral("to"), a.to, b.to);
        field(QStringLiteral("asOf"), a.asOf, b.asOf);
        field(QStringLiteral("settings"), a.settings, b.settings);
        field(QStringLiteral("casesSelected"), a.casesSelected, b.casesSelected);

        field(QStringLiteral("flow.daysInPeriod"), a.flow.daysInPeriod, b.flow.daysInPeriod);
        field(QStringLiteral("flow.filed"), a.flow.filed, b.flow.filed);
        field(QStringLiteral("flow.closed"), a.flow.closed, b.flow.closed);
        field(QStringLiteral("flow.closedByMethod"), a.flow.closedByMethod, b.flow.closedByMethod);
        field(QStringLiteral("flow.pendingStart"), a.flow.pendingStart, b.flow.pendingStart);
        field(QStringLiteral("flow.pendingEnd"), a.flow.pendingEnd, b.flow.pendingEnd);
        field(QStringLiteral("flow.clearanceRate"), a.flow.clearanceRate, b.flow.clearanceRate);
        field(QStringLiteral("flow.dispositionTimeDays"), a.flow.dispositionTimeDays,
            b.flow.dispositionTimeDays);
        field(QStringLiteral("flow.decemberShare"), a.flow.decemberShare, b.flow.decemberShare);

        field(QStringLiteral("monthly.size"), a.monthly.size(), b.monthly.size());
        for (size_t i = 0; i < std::min(a.monthly.size(), b.monthly.size()); ++i) {
            const MonthlyPoint &x = a.monthly[i];
            const MonthlyPoint &y = b.monthly[i];
            const QString m = QStringLiteral("monthly[%1].").arg(i);
            field(m + QStringLiteral("month"), x.month, y.month);
            field(m + QStringLiteral("filed"), x.filed, y.filed);
            field(m + QStringLiteral("closed"), x.closed, y.closed);
            field(m + QStringLiteral("closedByMethod"), x.closedByMethod, y.closedByMethod);
            field(m + QStringLiteral("pendingEnd"), x.pendingEnd, y.pendingEnd);
            field(m + QStringLiteral("clearanceRate"), x.clearanceRate, y.clearanceRate);
            field(m + QStringLiteral("clearanceYearToDate"), x.clearanceYearToDate, y.clearanceYearToDate);
            field(m + QStringLiteral("clearanceRolling12"), x.clearanceRolling12, y.clearanceRolling12);
            field(m + QStringLiteral("dispositionTimeDays"), x.dispositionTimeDays, y.dispositionTimeDays);
            field(m + QStringLiteral("closureIndex"), x.closureIndex, y.closureIndex);
            field(m + QStringLiteral("measuresApplied"), x.measuresApplied, y.measuresApplied);
        }

        field(QStringLiteral("pendingAge.counts"), a.pendingAge.counts, b.pendingAge.counts);
        field(QStringLiteral("pendingAge.total"), a.pendingAge.total, b.pendingAge.total);
        field(QStringLiteral("pendingAge.medianAgeDays"), a.pendingAge.medianAgeDays,
            b.pendingAge.medianAgeDays);
        field(QStringLiteral("pendingAge.overdue"), a.pendingAge.overdue, b.pendingAge.overdue);
        field(QStringLiteral("pendingAge.dueWithin30Days"), a.pendingAge.dueWithin30Days,
            b.pendingAge.dueWithin30Days);

        const DurationStats &da = a.durations;
        const DurationStats &db = b.durations;
        field(QStringLiteral("durations.closedCases"), da.closedCases, db.closedCases);
        field(QStringLiteral("durations.meanDays"), da.meanDays, db.meanDays);
        field(QStringLiteral("durations.medianDays"), da.medianDays, db.medianDays);
        field(QStringLiteral("durations.p75Days"), da.p75Days, db.p75Days);
        field(QStringLiteral("durations.p90Days"), da.p90Days, db.p90Days);
        field(QStringLiteral("durations.netMedianDays"), da.netMedianDays, db.netMedianDays);
        field(QStringLiteral("durations.netP75Days"), da.netP75Days, db.netP75Days);
        field(QStringLiteral("durations.netP90Days"), da.netP90Days, db.netP90Days);
        field(QStringLiteral("durations.withinLimitRaw"), da.withinLimitRaw, db.withinLimitRaw);
        field(QStringLiteral("durations.withinLimitNet"), da.withinLimitNet, db.withinLimitNet);
        field(
            QStringLiteral("durations.withinLimitShareRaw"), da.withinLimitShareRaw, db.withinLimitShareRaw);
        field(
            QStringLiteral("durations.withinLimitShareNet"), da.withinLimitShareNet, db.withinLimitShareNet);
        field(QStringLiteral("durations.histogram.binDays"), da.histogram.binDays, db.histogram.binDays);
        field(QStringLiteral("durations.histogram.counts"), da.histogram.counts, db.histogram.counts);
        field(
            QStringLiteral("durations.histogram.limitDays"), da.histogram.limitDays, db.histogram.limitDays);

        const SurvivalCurve &sa = a.survival;
        const SurvivalCurve &sb = b.survival;
        field(QStringLiteral("survival.confidenceLevel"), sa.confidenceLevel, sb.confidenceLevel);
        field(QStringLiteral("survival.cases"), sa.cases, sb.cases);
        field(QStringLiteral("survival.events"), sa.events, sb.events);
        field(QStringLiteral("survival.points.size"), sa.points.size(), sb.points.size());
        for (size_t i = 0; i < std::min(sa.points.size(), sb.points.size()); ++i) {
            const SurvivalPoint &x = sa.points[i];
            const SurvivalPoint &y = sb.points[i];
            const QString m = QStringLiteral("survival.points[%1].").arg(i);
            field(m + QStringLiteral("day"), x.day, y.day);
            field(m + QStringLiteral("atRisk"), x.atRisk, y.atRisk);
            field(m + QStringLiteral("events"), x.events, y.events);
            field(m + QStringLiteral("censored"), x.censored, y.censored);
            field(m + QStringLiteral("survival"), x.survival, y.survival);
            field(m + QStringLiteral("stdErr"), x.stdErr, y.stdErr);
            field(m + QStringLiteral("lower"), x.lower, y.lower);
            field(m + QStringLiteral("upper"), x.upper, y.upper);
        }
        field(QStringLiteral("survival.medianDays"), sa.medianDays, sb.medianDays);
        field(QStringLiteral("survival.medianLower"), sa.medianLower, sb.medianLower);
        field(QStringLiteral("survival.medianUpper"), sa.medianUpper, sb.medianUpper);

        field(QStringLiteral("recovery.cases"), a.recovery.cases, b.recovery.cases);
        field(QStringLiteral("recovery.appliedFen"), a.recovery.appliedFen, b.recovery.appliedFen);
        field(QStringLiteral("recovery.recoveredFen"), a.recovery.recoveredFen, b.recovery.recoveredFen);
        field(QStringLiteral("recovery.ratio"), a.recovery.ratio, b.recovery.ratio);

        for (size_t i = 0; i < a.measures.size(); ++i) {
            const MeasureUsage &x = a.measures[i];
            const MeasureUsage &y = b.measures[i];
            const QString m = QStringLiteral("measures[%1].").arg(i);
            field(m + QStringLiteral("available"), x.available, y.available);
            field(m + QStringLiteral("cases"), x.cases, y.cases);
            field(m + QStringLiteral("used"), x.used, y.used);
            field(m + QStringLiteral("share"), x.share, y.share);
            field(m + QStringLiteral("medianDaysFromFiling"), x.medianDaysFromFiling, y.medianDaysFromFiling);
            field(m + QStringLiteral("recoveryWith"), x.recoveryWith, y.recoveryWith);
            field(m + QStringLiteral("recoveryWithout"), x.recoveryWithout, y.recoveryWithout);
            field(m + QStringLiteral("performedShareWith"), x.performedShareWith, y.performedShareWith);
            field(m + QStringLiteral("performedShareWithout"), x.performedShareWithout,
                y.performedShareWithout);
        }

        const TerminationChecks &ta = a.terminationChecks;
        const TerminationChecks &tb = b.terminationChecks;
        field(QStringLiteral("terminationChecks.terminations"), ta.terminations, tb.terminations);
        field(QStringLiteral("terminationChecks.failing"), ta.failing, tb.failing);
        field(QStringLiteral("terminationChecks.inUse"), ta.inUse, tb.inUse);
        field(QStringLiteral("terminationChecks.failingAny"), ta.failingAny, tb.failingAny);

        for (size_t i = 0; i < a.core.size(); ++i)
            indicator(QStringLiteral("core[%1]").arg(i), a.core[i], b.core[i]);

        field(QStringLiteral("courts.size"), a.courts.size(), b.courts.size());
        for (size_t i = 0; i < std::min(a.courts.size(), b.courts.size()); ++i) {
            const CourtRow &x = a.courts[i];
            const CourtRow &y = b.courts[i];
            const QString m = QStringLiteral("courts[%1].").arg(i);
            field(m + QStringLiteral("courtId"), x.courtId, y.courtId);
            field(m + QStringLiteral("name"), x.name, y.name);
            field(m + QStringLiteral("code"), x.code, y.code);
            field(m + QStringLiteral("group"), x.group, y.group);
            field(m + QStringLiteral("filed"), x.filed, y.filed);
            field(m + QStringLiteral("closed"), x.closed, y.closed);
            field(m + QStringLiteral("pendingEnd"), x.pendingEnd, y.pendingEnd);
            field(m + QStringLiteral("clearanceRate"), x.clearanceRate, y.clearanceRate);
            field(m + QStringLiteral("dispositionTimeDays"), x.dispositionTimeDays, y.dispositionTimeDays);
            field(m + QStringLiteral("medianDaysToClose"), x.medianDaysToClose, y.medianDaysToClose);
            field(m + QStringLiteral("withinLimitShare"), x.withinLimitShare, y.withinLimitShare);
            field(m + QStringLiteral("recoveryRatio"), x.recoveryRatio, y.recoveryRatio);
            for (size_t k = 0; k < x.indicators.size(); ++k)
                indicator(m + QStringLiteral("indicators[%1]").arg(k), x.indicators[k], y.indicators[k]);
            field(m + QStringLiteral("indicatorsAvailable"), x.indicatorsAvailable, y.indicatorsAvailable);
            field(m + QStringLiteral("indicatorsMet"), x.indicatorsMet, y.indicatorsMet);
            field(m + QStringLiteral("meetsStandard"), x.meetsStandard, y.meetsStandard);
            field(m + QStringLiteral("rank"), x.rank, y.rank);
            for (size_t k = 0; k < x.measureShare.size(); ++k)
                field(m + QStringLiteral("measureShare[%1]").arg(k), x.measureShare[k], y.measureShare[k]);
        }
    }
};

/// Random cases over nine years (2012..2020, closures into 2021) in `courtCount` courts, with every
/// column: amounts (some missing), property flags, deductions, extensions, all four measures (some
/// before filing, one beyond the measure column's 16 bits).
CaseTable randomTable(int courtCount, int cases)
{
    QRandomGenerator rng(quint32(20240229 + courtCount));
    CaseTable table;
    const QDate base(2012, 1, 1);
    const auto sometimes = [&](int outOf) { return rng.bounded(outOf) == 0; };
    for (int i = 0; i < cases; ++i) {
        CaseRecord r;
        r.courtName = QStringLiteral("法院%1").arg(rng.bounded(courtCount));
        r.courtCode = QStringLiteral("京%1%2")
                          .arg(rng.bounded(2) + 1, 2, 10, QLatin1Char('0'))
                          .arg(r.courtName.mid(2).toInt() % 100, 2, 10, QLatin1Char('0'));
        r.type = CaseType(1 + rng.bounded(8));
        r.filedOn = base.addDays(rng.bounded(3000));
        if (rng.bounded(10) < 8) {
            r.closedOn = r.filedOn.addDays(rng.bounded(rng.bounded(4) ? 400 : 1500));
            r.closureMethod = ClosureMethod(1 + rng.bounded(6));
        }
        if (!sometimes(5))
            r.appliedFen = rng.bounded(1000000);
        if (!sometimes(5))
            r.recoveredFen = rng.bounded(1000000);
        if (!sometimes(3))
            r.hasProperty = rng.bounded(2) == 1;
        r.deductedDays = rng.bounded(3) ? 0 : rng.bounded(100);
        r.extensionDays = rng.bounded(5) ? 0 : rng.bounded(60);
        if (rng.bounded(2))
            r.networkInquiryOn = r.filedOn.addDays(rng.bounded(400) - 30);
        if (sometimes(3))
            r.dishonestListOn = r.filedOn.addDays(rng.bounded(700));
        if (sometimes(2))
            r.consumptionRestrictionOn = r.filedOn.addDays(rng.bounded(2000) - 100);
        if (rng.bounded(3))
            r.applicantInterviewOn = r.filedOn.addDays(rng.bounded(300));
        if (i == 17)
            r.applicantInterviewOn = r.filedOn.addYears(95);
        table.append(r);
    }
    return table;
}

/// The dashboard's comparison periods of from..to (as DashboardController::computeComparisons asks
/// for them): previous and year ago when they start in the data, trailing 12 months, its months.
QList<CaseFilter> comparisonPeriods(QDate from, QDate to, QDate dataFirst)
{
    const auto period = [](QDate first, QDate last) {
        CaseFilter f;
        f.from = first;
        f.to = last;
        return f;
    };
    const auto end = [](QDate month) { return QDate(month.year(), month.month(), month.daysInMonth()); };
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    QList<CaseFilter> periods;
    if (from.addMonths(-months) >= dataFirst)
        periods.append(period(from.addMonths(-months), from.addDays(-1)));
    if (from.addYears(-1) >= dataFirst)
        periods.append(period(from.addYears(-1), end(to.addYears(-1))));
    const QDate lastMonth(to.year(), to.month(), 1);
    const QDate trailingFrom = std::max(lastMonth.addMonths(-11), std::min(dataFirst, lastMonth));
    periods.append(period(trailingFrom, to));
    for (QDate month = trailingFrom; month <= to; month = month.addMonths(1))
        periods.append(period(month, end(month)));
    return periods;
}

/// Periods by name, for computeManyEqualsCompute (from, to, as of; invalid: the default).
QList<CaseFilter> periodSet(const QString &name)
{
    const auto period = [](QDate from, QDate to, QDate asOf = QDate()) {
        CaseFilter f;
        f.from = from;
        f.to = to;
        f.asOf = asOf;
        return f;
    };
    if (name == QLatin1String("dashboard, a year"))
        return comparisonPeriods(d(2019, 1, 1), d(2019, 12, 31), d(2012, 1, 1));
    if (name == QLatin1String("dashboard, all data"))
        return comparisonPeriods(d(2012, 1, 1), d(2021, 11, 30), d(2012, 1, 1));
    if (name == QLatin1String("dashboard, a quarter early on"))
        return comparisonPeriods(d(2012, 4, 1), d(2012, 6, 30), d(2012, 1, 1));
    if (name == QLatin1String("as-of dates")) {
        return {period(d(2014, 3, 1), d(2016, 8, 31), d(2015, 1, 15)),
            period(d(2015, 1, 1), d(2015, 1, 31), d(2019, 6, 30)), period(d(2016, 5, 1), d(2017, 4, 30)),
            period(d(2013, 7, 1), d(2013, 9, 30), d(2013, 8, 10)),
            period(d(2013, 7, 1), d(2013, 9, 30), d(2013, 8, 10)), // twice
            period(d(2016, 5, 1), d(2017, 4, 30), d(2017, 4, 29)), // same end, another as-of date
            period(d(2016, 2, 1), d(2016, 2, 29), d(2016, 2, 1))};
    }
    if (name == QLatin1String("outside the data")) {
        return {period(d(2005, 1, 1), d(2005, 12, 31)), period(d(2030, 1, 1), d(2030, 3, 31)),
            period(d(2011, 6, 1), d(2012, 2, 29)), period(d(2021, 6, 1), d(2022, 3, 31), d(2040, 1, 1)),
            period(d(2018, 1, 1), d(2018, 3, 31), d(2009, 5, 5)), period(QDate(), QDate()),
            period(QDate(), d(2014, 6, 30)), period(d(2019, 10, 1), QDate())};
    }
    QList<CaseFilter> months; // "70 months": more periods than one pass takes
    for (int m = 0; m < 70; ++m)
        months.append(period(d(2013, 1, 1).addMonths(m), d(2013, 1, 1).addMonths(m + 1).addDays(-1)));
    return months;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flow();
    void monthly();
    void pendingAge();
    void pendingDeadlines_data();
    void pendingDeadlines();
    void durations();
    void durationHistogram_data();
    void durationHistogram();
    void measuresAppliedByMonth();
    void measureSharePerCourt();
    void terminationChecks();
    void survival();
    void recoveryAndMeasures();
    void coreIndicators();
    void coreIndicatorSettings();
    void notComputable();
    void perCourt();
    void filters_data();
    void filters();
    void filterErrors();
    void defaultPeriodIsTheDataWithEmptyMonths();
    void invariantsOnRandomCases_data();
    void invariantsOnRandomCases();
    void periodFiguresAgainstDirectCounts_data();
    void periodFiguresAgainstDirectCounts();
    void cancel();
    void computeManyEqualsCompute_data();
    void computeManyEqualsCompute();
    void computeManyOfDifferentFilters();
    void computeManyErrorAndCancel();

private:
    QTemporaryDir m_dir;
    std::optional<CaseTable> m_table;
    AnalyticsResult m_year;
};

void TestAnalytics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    // Through a real SQLite store: the table is loaded as the program loads it.
    auto store = Store::open(m_dir.filePath(QStringLiteral("fixture.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(test::writeCases(*store, fixture()));
    m_table = CaseTable::load(*store, &error);
    QVERIFY2(m_table, qPrintable(error));
    QCOMPARE(m_table->size(), 12);
    const auto result = Analytics::compute(*m_table, year2016(), &error);
    QVERIFY2(result, qPrintable(error));
    m_year = *result;
}

void TestAnalytics::flow()
{
    const AnalyticsResult &r = m_year;
    QCOMPARE(r.from, d(2016, 1, 1));
    QCOMPARE(r.to, d(2016, 12, 31));
    QCOMPARE(r.asOf, d(2016, 12, 31));
    QCOMPARE(r.casesSelected, 12);
    const FlowSummary &f = r.flow;
    QCOMPARE(f.daysInPeriod, 366);
    // Filed in 2016: every case but 1 (2015) and 7 (2014).
    QCOMPARE(f.filed, 10);
    // Closed in 2016: 1, 2, 3, 6, 8, 9, 10, 12.
    QCOMPARE(f.closed, 8);
    QCOMPARE(method(f.closedByMethod, ClosureMethod::Performed), 3); // 1, 2, 12
    QCOMPARE(method(f.closedByMethod, ClosureMethod::TerminatedThisRound), 2); // 3, 9
    QCOMPARE(method(f.closedByMethod, ClosureMethod::Terminated), 1); // 6
    QCOMPARE(method(f.closedByMethod, ClosureMethod::Rejected), 1); // 8
    QCOMPARE(method(f.closedByMethod, ClosureMethod::Cancelled), 1); // 10
    QCOMPARE(method(f.closedByMethod, ClosureMethod::NotEnforced), 0);
    // Pending on 2016-01-01: 1 and 7. At the end: 4, 5, 7, 11 (= 2 + 10 - 8).
    QCOMPARE(f.pendingStart, 2);
    QCOMPARE(f.pendingEnd, 4);
    QCOMPARE_OPT(f.clearanceRate, 8.0 / 10.0);
    QCOMPARE_OPT(f.dispositionTimeDays, 366.0 * 4 / 8); // 183
    QCOMPARE_OPT(f.decemberShare, 2.0 / 8); // 3 and 6 closed in December
}

void TestAnalytics::monthly()
{
    const auto &m = m_year.monthly;
    QCOMPARE(int(m.size()), 12);
    const qint64 filed[12] = {2, 2, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1};
    const qint64 closed[12] = {0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 2};
    const qint64 pending[12] = {4, 5, 5, 5, 4, 5, 5, 6, 5, 5, 5, 4};
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(m[size_t(i)].month, d(2016, i + 1, 1));
        QCOMPARE(m[size_t(i)].filed, filed[i]);
        QCOMPARE(m[size_t(i)].closed, closed[i]);
        QCOMPARE(m[size_t(i)].pendingEnd, pending[i]);
    }
    QCOMPARE(method(m[11].closedByMethod, ClosureMethod::TerminatedThisRound), 1);
    QCOMPARE(method(m[11].closedByMethod, ClosureMethod::Terminated), 1);
    QVERIFY(!m[4].clearanceRate); // May: nothing filed
    QCOMPARE_OPT(m[1].clearanceRate, 0.5); // February: 1 of 2
    // Year to date in June: filed 2+2+1+1+0+1 = 7, closed 0+1+1+1+1+0 = 4.
    QCOMPARE_OPT(m[5].clearanceYearToDate, 4.0 / 7);
    // Rolling 12 months to January 2016: February 2015 .. January 2016: case 1 (November 2015) and
    // the two January filings; nothing closed.
    QCOMPARE_OPT(m[0].clearanceRolling12, 0.0);
    QCOMPARE_OPT(m[11].clearanceRolling12, 8.0 / 10);
    // December: 31 days × 4 pending ÷ 2 closed.
    QCOMPARE_OPT(m[11].dispositionTimeDays, 31.0 * 4 / 2);
    QVERIFY(!m[0].dispositionTimeDays);
    // December holds 2 of 2016's 8 closures: 2 ÷ (8 / 12).
    QCOMPARE_OPT(m[11].closureIndex, 3.0);
    QCOMPARE_OPT(m[0].closureIndex, 0.0);
}

void TestAnalytics::pendingAge()
{
    const PendingAge &p = m_year.pendingAge;
    // At 2016-12-31: 4 (filed 2016-03-01, 305 days), 5 (2016-06-15, 199), 7 (2014-01-10, 1086),
    // 11 (2016-08-31, 122).
    QCOMPARE(p.total, 4);
    QCOMPARE(p.counts[0], 0);
    QCOMPARE(p.counts[1], 1);
    QCOMPARE(p.counts[2], 2);
    QCOMPARE(p.counts[3], 0);
    QCOMPARE(p.counts[4], 1);
    QCOMPARE_OPT(p.medianAgeDays, 199 + 0.5 * (305 - 199)); // 122, 199, 305, 1086
    QCOMPARE(PendingAge::bucketKey(0), QStringLiteral("0-90"));
    QCOMPARE(PendingAge::bucketKey(4), QStringLiteral(">730"));
}

void TestAnalytics::pendingDeadlines_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("overdue");
    QTest::addColumn<qint64>("dueSoon");
    // Deadlines (filing + 6 months + extension + deducted days) of the cases pending at 2016-12-31:
    // 4 2016-09-01, 5 2016-12-15 (closes in 2017), 7 2014-07-10: overdue; 11 2017-02-28: after
    // 2017-01-30, not due soon.
    QTest::newRow("2016-12-31") << d(2016, 12, 31) << 3LL << 0LL;
    // Pending at 2016-09-20: 3 (2016-07-20 + 90 = 10-18), 4 (09-01), 5 (12-15), 7 (2014-07-10),
    // 9 (2016-08-29 + 40 = 10-08), 11 (2017-02-28). Overdue: 4, 7. Due by 10-20: 3 and 9.
    QTest::newRow("2016-09-20") << d(2016, 9, 20) << 2LL << 2LL;
    // Pending at 2016-08-02 (deadline < 08-02 overdue; 08-02..09-01 due soon): 3, 4, 5, 7, 9. 4's
    // deadline 09-01 is the 30th day: due soon. Overdue: 7.
    QTest::newRow("2016-08-02, the 30th day") << d(2016, 8, 2) << 1LL << 1LL;
    // At 2016-08-01 4's deadline is 31 days away.
    QTest::newRow("2016-08-01") << d(2016, 8, 1) << 1LL << 0LL;
}

void TestAnalytics::pendingDeadlines()
{
    QFETCH(QDate, asOf);
    AnalyticsInput input = year2016();
    input.filter.asOf = asOf;
    QString error;
    const auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QTEST(r->pendingAge.overdue, "overdue");
    QTEST(r->pendingAge.dueWithin30Days, "dueSoon");
}

void TestAnalytics::durations()
{
    const DurationStats &s = m_year.durations;
    // Raw days of the 8 closures: 30 30 30 60 60 101 214 335 (cases 6 8 10 2 12 1 9 3).
    QCOMPARE(s.closedCases, 8);
    QCOMPARE_OPT(s.meanDays, 860.0 / 8);
    QCOMPARE_OPT(s.medianDays, 60.0); // h = 3.5 between 60 and 60
    QCOMPARE_OPT(s.p75Days, 101 + 0.25 * (214 - 101)); // h = 5.25
    QCOMPARE_OPT(s.p90Days, 214 + 0.3 * (335 - 214)); // h = 6.3
    // Net: case 9 has 40 deducted days → 174.
    QCOMPARE_OPT(s.netMedianDays, 60.0);
    QCOMPARE_OPT(s.netP75Days, 101 + 0.25 * (174 - 101));
    QCOMPARE_OPT(s.netP90Days, 174 + 0.3 * (335 - 174));
    // Within filing + 6 months: all but 3 (deadline 2016-07-20) and 9 (2016-08-29).
    QCOMPARE(s.withinLimitRaw, 6);
    QCOMPARE_OPT(s.withinLimitShareRaw, 6.0 / 8);
    // Net: 9's deadline moves to 2016-10-08 (40 deducted days) and it is in; 3's extension of 90
    // days moves its deadline only to 2016-10-18.
    QCOMPARE(s.withinLimitNet, 7);
    QCOMPARE_OPT(s.withinLimitShareNet, 7.0 / 8);
}

void TestAnalytics::durationHistogram_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("limitDays");
    QTest::addColumn<int>("binDays");
    QTest::addColumn<QList<int>>("nonZero"); // bin, count, bin, count, ...
    // Raw days of the 8 closures of 2016: 30 30 30 60 60 101 214 335.
    // 6 months: 6 × 365 / 12 = 182.5 → 183 days; bins of 182.5 / 6 = 30.4 → 30 days.
    // 30 → bin 1 (×3), 60 → 2 (×2), 101 → 3, 214 → 7, 335 → 11.
    QTest::newRow("6 months") << 6 << 183 << 30 << QList<int> {1, 3, 2, 2, 3, 1, 7, 1, 11, 1};
    // 3 months: 91.25 → 91 days; 15.2 → 15. 30 → 2, 60 → 4, 101 → 6, 214 → 14, 335 → 22.
    QTest::newRow("3 months") << 3 << 91 << 15 << QList<int> {2, 3, 4, 2, 6, 1, 14, 1, 22, 1};
    // 1 month: 30.4 → 30 days; 5.07 → 5. 30 → 6, 60 → 12, 101 → 20; 214 (42) and 335 (67) go to the
    // last, open bin 23.
    QTest::newRow("1 month, open last bin") << 1 << 30 << 5 << QList<int> {6, 3, 12, 2, 20, 1, 23, 2};
}

void TestAnalytics::durationHistogram()
{
    QFETCH(int, months);
    QFETCH(QList<int>, nonZero);
    AnalyticsInput input = year2016();
    input.settings.timeLimitMonths = months;
    QString error;
    const auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    const DurationHistogram &h = r->durations.histogram;
    QTEST(h.limitDays, "limitDays");
    QTEST(h.binDays, "binDays");
    std::vector<qint64> expected(24, 0);
    for (qsizetype i = 0; i + 1 < nonZero.size(); i += 2)
        expected[size_t(nonZero[i])] = nonZero[i + 1];
    QCOMPARE(h.counts, expected);
}

void TestAnalytics::measuresAppliedByMonth()
{
    // Measure dates: case 3 restriction 2016-02-01, inquiry 10-01, interview 12-01; case 9
    // restriction 03-01, inquiry 05-01, interview 09-01. No dishonest-list column.
    const int ni = int(CaseTable::Measure::NetworkInquiry), dl = int(CaseTable::Measure::DishonestList),
              cr = int(CaseTable::Measure::ConsumptionRestriction),
              ai = int(CaseTable::Measure::ApplicantInterview);
    std::array<std::array<qint64, 4>, 12> expected = {};
    expected[1][cr] = 1; // February
    expected[2][cr] = 1; // March
    expected[4][ni] = 1; // May
    expected[8][ai] = 1; // September
    expected[9][ni] = 1; // October
    expected[11][ai] = 1; // December
    for (int m = 0; m < 12; ++m) {
        QCOMPARE(m_year.monthly[size_t(m)].measuresApplied, expected[size_t(m)]);
        QCOMPARE(m_year.monthly[size_t(m)].measuresApplied[size_t(dl)], 0);
    }

    // Whatever the filing date: in July..December 2016, case 3 (filed in January) still counts.
    AnalyticsInput input = year2016();
    input.filter.from = d(2016, 7, 1);
    QString error;
    const auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(int(r->monthly.size()), 6);
    QCOMPARE(r->monthly[2].measuresApplied, expected[8]); // September
    QCOMPARE(r->monthly[3].measuresApplied, expected[9]); // October
    QCOMPARE(r->monthly[5].measuresApplied, expected[11]); // December

    // The filter applies: 甲 alone keeps case 3's dates only.
    input = year2016();
    input.filter.courts = {A};
    const auto a = Analytics::compute(*m_table, input, &error);
    QVERIFY(a);
    QCOMPARE(a->monthly[1].measuresApplied[size_t(cr)], 1);
    QCOMPARE(a->monthly[2].measuresApplied[size_t(cr)], 0); // 9's restriction is 丙's
    QCOMPARE(a->monthly[9].measuresApplied[size_t(ni)], 1);
    QCOMPARE(a->monthly[4].measuresApplied[size_t(ni)], 0);
}

void TestAnalytics::measureSharePerCourt()
{
    const auto ni = size_t(CaseTable::Measure::NetworkInquiry),
               dl = size_t(CaseTable::Measure::DishonestList),
               cr = size_t(CaseTable::Measure::ConsumptionRestriction),
               ai = size_t(CaseTable::Measure::ApplicantInterview);
    // Filed in 2016: 甲 2 3 4, 乙 5 6 8, 丙 9 10 11, 丁 12. Case 3 (甲) and 9 (丙) have an inquiry, a
    // restriction and an interview dated by 2016-12-31.
    const CourtRow *a = courtRow(m_year, A);
    const CourtRow *b = courtRow(m_year, B);
    const CourtRow *c = courtRow(m_year, C);
    const CourtRow *dd = courtRow(m_year, D);
    QVERIFY(a && b && c && dd);
    for (size_t m : {ni, cr, ai}) {
        QCOMPARE_OPT(a->measureShare[m], 1.0 / 3);
        QCOMPARE_OPT(b->measureShare[m], 0.0);
        QCOMPARE_OPT(c->measureShare[m], 1.0 / 3);
        QCOMPARE_OPT(dd->measureShare[m], 0.0);
    }
    // No column: no share.
    for (const CourtRow &row : m_year.courts)
        QVERIFY(!row.measureShare[dl]);

    // In 2015 乙 filed nothing (its case 7 dates from 2014): no share; 甲 filed case 1, without measures.
    AnalyticsInput input = year2016();
    input.filter.from = d(2015, 1, 1);
    input.filter.to = d(2015, 12, 31);
    QString error;
    const auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!courtRow(*r, B)->measureShare[ni]);
    QCOMPARE_OPT(courtRow(*r, A)->measureShare[ni], 0.0);
}

void TestAnalytics::terminationChecks()
{
    const auto ni = size_t(CaseTable::Measure::NetworkInquiry),
               dl = size_t(CaseTable::Measure::DishonestList),
               cr = size_t(CaseTable::Measure::ConsumptionRestriction),
               ai = size_t(CaseTable::Measure::ApplicantInterview);
    // 终本 closures of 2016: 3 (closed 12-20) and 9 (closed 09-30). 3 passes every check (inquiry
    // 10-01 within 3 months, i.e. on or after 09-20); 9's inquiry 05-01 is before 06-30: it fails the
    // inquiry check only (restriction 03-01 and interview 09-01 precede its closure).
    const TerminationChecks &tc = m_year.terminationChecks;
    QCOMPARE(tc.terminations, 2);
    QCOMPARE(tc.failing[ni], 1);
    QCOMPARE(tc.failing[cr], 0);
    QCOMPARE(tc.failing[ai], 0);
    QCOMPARE(tc.failing[dl], 0);
    QCOMPARE(tc.inUse, (std::array<bool, 4> {true, false, true, true}));
    QCOMPARE(tc.failingAny, 1);
    QCOMPARE(tc.failingAny, m_year.core[1].denominator - m_year.core[1].numerator);

    // A one-month window: 3's inquiry (10-01) is before 11-20 too. Both fail, each on the inquiry.
    AnalyticsInput input = year2016();
    input.settings.inquiryWindowMonths = 1;
    QString error;
    auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->terminationChecks.failing[ni], 2);
    QCOMPARE(r->terminationChecks.failingAny, 2);
    QCOMPARE(r->terminationChecks.failingAny, r->core[1].denominator - r->core[1].numerator);

    // Inquiry check off: nobody fails; the check is not in use.
    input = year2016();
    input.settings.checkNetworkInquiry = false;
    r = Analytics::compute(*m_table, input, &error);
    QVERIFY(r);
    QVERIFY(!r->terminationChecks.inUse[ni]);
    QCOMPARE(r->terminationChecks.failing[ni], 0);
    QCOMPARE(r->terminationChecks.failingAny, 0);
    QCOMPARE(r->terminationChecks.terminations, 2);

    // No check in use: indicator 2 counts nothing, and neither do the checks.
    input.settings.checkConsumptionRestriction = false;
    input.settings.checkApplicantInterview = false;
    r = Analytics::compute(*m_table, input, &error);
    QVERIFY(r);
    QCOMPARE(r->terminationChecks.terminations, 0);
    QCOMPARE(r->terminationChecks.inUse, (std::array<bool, 4> {}));
}

void TestAnalytics::survival()
{
    const SurvivalCurve &k = m_year.survival;
    // Cohort: the 10 cases filed in 2016. Closures (days): 30 ×3, 60 ×2, 214, 335; open at the as-of
    // date: 122, 199, 305 days.
    QCOMPARE(k.cases, 10);
    QCOMPARE(k.events, 7);
    QCOMPARE(int(k.points.size()), 7);
    const int days[] = {30, 60, 122, 199, 214, 305, 335};
    const qint64 atRisk[] = {10, 7, 5, 4, 3, 2, 1};
    // S: 7/10; × 5/7 = 0.5; 0.5; 0.5; × 2/3 = 1/3; 1/3; 0.
    const double survival[] = {0.7, 0.5, 0.5, 0.5, 1.0 / 3, 1.0 / 3, 0.0};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(k.points[size_t(i)].day, days[i]);
        QCOMPARE(k.points[size_t(i)].atRisk, atRisk[i]);
        QVERIFY(std::abs(k.points[size_t(i)].survival - survival[i]) < 1e-12);
    }
    // Greenwood at day 30: 0.7 × sqrt(3 / (10 × 7)).
    QVERIFY(std::abs(k.points[0].stdErr - 0.7 * std::sqrt(3.0 / 70)) < 1e-12);
    // S is exactly 0.5 from day 60 to the next closure (214): R's median is the midpoint.
    QCOMPARE_OPT(k.medianDays, (60 + 214) / 2.0);
}

void TestAnalytics::recoveryAndMeasures()
{
    const RecoverySummary &rec = m_year.recovery;
    // Closed in 2016 with both amounts: 1, 2, 3, 6, 9, 12.
    QCOMPARE(rec.cases, 6);
    QCOMPARE(rec.appliedFen, (10000 + 5000 + 20000 + 3000 + 8000 + 100) * 100);
    QCOMPARE(rec.recoveredFen, (10000 + 5000 + 0 + 300 + 0 + 100) * 100);
    QCOMPARE_OPT(rec.ratio, 15400.0 / 46100);

    const MeasureUsage &inquiry = m_year.measures[size_t(CaseTable::Measure::NetworkInquiry)];
    QVERIFY(inquiry.available);
    QCOMPARE(inquiry.cases, 10);
    QCOMPARE(inquiry.used, 2); // 3 and 9
    QCOMPARE_OPT(inquiry.share, 0.2);
    // 3: 2016-01-20 → 2016-10-01 = 255 days; 9: 2016-02-29 → 2016-05-01 = 62 days.
    QCOMPARE_OPT(inquiry.medianDaysFromFiling, (62 + 255) / 2.0);
    // Closed by the as-of date among the 2016 filings: 2 3 6 8 9 10 12. With an inquiry: 3, 9 (终本,
    // nothing recovered). Without: 2 6 8 10 12, two performed; amounts 2, 6, 12.
    QCOMPARE_OPT(inquiry.performedShareWith, 0.0);
    QCOMPARE_OPT(inquiry.recoveryWith, 0.0);
    QCOMPARE_OPT(inquiry.performedShareWithout, 2.0 / 5);
    QCOMPARE_OPT(inquiry.recoveryWithout, 5400.0 / 8100);
    QVERIFY(!m_year.measures[size_t(CaseTable::Measure::DishonestList)].available);
}

void TestAnalytics::coreIndicators()
{
    const auto &core = m_year.core;
    // 1: first-enforcement cases with property, closed in 2016 or due in it: 1, 2 (flag missing,
    // not 终本), 4 (due 2016-09-01, open), 5 (due 2016-12-15, closed late), 12. Performed by the
    // deadline: 1, 2, 12. Not counted: 3 (no property), 9 (终本 without a flag), 10 (销案),
    // 7 and 11 (due outside 2016).
    QVERIFY(core[0].computable);
    QCOMPARE(core[0].numerator, 3);
    QCOMPARE(core[0].denominator, 5);
    QCOMPARE_OPT(core[0].value, 0.6);
    QCOMPARE(core[0].meetsTarget, std::optional<bool>(false));
    QCOMPARE(core[0].target, 0.9);
    // 2: 终本 closures 3 (passes) and 9 (inquiry too old), with the three checks the data has.
    QVERIFY(core[1].computable);
    QCOMPARE(core[1].numerator, 1);
    QCOMPARE(core[1].denominator, 2);
    QCOMPARE(core[1].checks,
        QStringList({QStringLiteral("network_inquiry"), QStringLiteral("consumption_restriction"),
            QStringLiteral("applicant_interview")}));
    // 3: petitions inside 2016: received 10 + 10 + 5, resolved 9 + 10 + 4.
    QCOMPARE(core[2].numerator, 23);
    QCOMPARE(core[2].denominator, 25);
    QCOMPARE(core[2].meetsTarget, std::optional<bool>(true));
    // 4: window 2014-01-01 .. 2016-12-31, 10 left out: 11 cases pending at its start or filed in it,
    // 7 closed in it (1 2 3 6 8 9 12).
    QVERIFY(core[3].computable);
    QCOMPARE(core[3].numerator, 7);
    QCOMPARE(core[3].denominator, 11);
    QCOMPARE(core[3].target, 0.8);
    // 5: courts with an indicator: all four; only 丁 meets all of its own (see perCourt).
    QCOMPARE(core[4].numerator, 1);
    QCOMPARE(core[4].denominator, 4);
    QCOMPARE_OPT(core[4].value, 0.25);
}

void TestAnalytics::coreIndicatorSettings()
{
    // Without the exclusion 销案 joins indicator 4 as a closure: 8 of 12.
    AnalyticsInput input = year2016();
    input.settings.excludedMethods.clear();
    input.settings.targetOverallClosure = 0.6;
    QString error;
    auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->core[3].numerator, 8);
    QCOMPARE(r->core[3].denominator, 12);
    QCOMPARE(r->core[3].meetsTarget, std::optional<bool>(true));
    QCOMPARE(r->settings.targetOverallClosure, 0.6);

    // A 3-month limit: case 2 (60 days) and 12 (60 days) still in time, 1 (101 days) not; 4's
    // deadline moves to 2016-06-01, still in the period, and 11's (2016-08-31) to 2016-11-30, into it.
    input = year2016();
    input.settings.timeLimitMonths = 3;
    r = Analytics::compute(*m_table, input, &error);
    QVERIFY(r);
    QCOMPARE(r->core[0].numerator, 2);
    QCOMPARE(r->core[0].denominator, 6);
    // Raw within 3 months: 2, 6, 8, 10, 12 (30-60 days).
    QCOMPARE(r->durations.withinLimitRaw, 5);

    // Only the consumption-restriction check: both 终本 cases pass it.
    input = year2016();
    input.settings.checkNetworkInquiry = false;
    input.settings.checkApplicantInterview = false;
    r = Analytics::compute(*m_table, input, &error);
    QVERIFY(r);
    QCOMPARE(r->core[1].numerator, 2);
    QCOMPARE(r->core[1].checks, QStringList {QStringLiteral("consumption_restriction")});

    // A one-month inquiry window: case 3's inquiry (2016-10-01) is older than 2016-11-20.
    input = year2016();
    input.settings.inquiryWindowMonths = 1;
    r = Analytics::compute(*m_table, input, &error);
    QVERIFY(r);
    QCOMPARE(r->core[1].numerator, 0);
}

void TestAnalytics::notComputable()
{
    // No checks possible: every check switched off.
    AnalyticsInput input = year2016();
    input.settings.checkNetworkInquiry = false;
    input.settings.checkApplicantInterview = false;
    input.settings.checkConsumptionRestriction = false;
    input.settings.checkDishonestList = true; // the data has no such column
    input.petitions.clear();
    input.filter.from = d(2016, 7, 1);
    input.filter.to = d(2016, 12, 31);
    QString error;
    auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->core[1].computable);
    QVERIFY(!r->core[1].value);
    QVERIFY(!r->core[1].meetsTarget);
    QVERIFY(r->core[1].reason.contains(QStringLiteral("columns")));
    QVERIFY(!r->core[2].computable);
    QVERIFY(r->core[2].reason.contains(QStringLiteral("petition")));
    // A window of 5 years needs data from 2012; the first filing is in 2014.
    input.settings.overallClosureYears = 5;
    r = Analytics::compute(*m_table, input, &error);
    QVERIFY(r);
    QVERIFY(!r->core[3].computable);
    QVERIFY(r->core[3].reason.contains(QStringLiteral("2014-01-10")));
    QVERIFY(r->core[3].reason.contains(QStringLiteral("2012-01-01")));
}

void TestAnalytics::perCourt()
{
    const auto &courts = m_year.courts;
    QCOMPARE(int(courts.size()), 4);
    // Rank: indicators met, then clearance, then name. 丁 2/2 met, clearance 1/1; 甲 2/4 met,
    // clearance 3/3 (filed 2, 3, 4; closed 1, 2, 3); 丙 and 乙 0 met and 2/3 each: 丙 sorts first.
    QCOMPARE(courts[0].name, D);
    QCOMPARE(courts[1].name, A);
    QCOMPARE(courts[2].name, C);
    QCOMPARE(courts[3].name, B);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(courts[size_t(i)].rank, i + 1);

    const CourtRow *a = courtRow(m_year, A);
    QVERIFY(a);
    QCOMPARE(a->code, QStringLiteral("京0101"));
    QCOMPARE(a->group, QStringLiteral("京01"));
    QCOMPARE(a->filed, 3);
    QCOMPARE(a->closed, 3);
    QCOMPARE(a->pendingEnd, 1);
    QCOMPARE_OPT(a->medianDaysToClose, 101.0); // 60, 101, 335
    QCOMPARE_OPT(a->withinLimitShare, 2.0 / 3); // 3 misses its deadline
    QCOMPARE_OPT(a->recoveryRatio, 15000.0 / 35000);
    QCOMPARE(a->indicators[0].numerator, 2); // 1, 2 of 1, 2, 4
    QCOMPARE(a->indicators[0].denominator, 3);
    QCOMPARE(a->indicators[1].numerator, 1);
    QCOMPARE(a->indicators[2].numerator, 19);
    QCOMPARE(a->indicators[2].denominator, 20);
    QCOMPARE(a->indicators[3].numerator, 3); // 1 2 3 of 1 2 3 4
    QCOMPARE(a->indicators[3].denominator, 4);
    QCOMPARE(a->indicatorsAvailable, 4);
    QCOMPARE(a->indicatorsMet, 2); // 2 and 3
    QVERIFY(!a->meetsStandard);

    const CourtRow *b = courtRow(m_year, B);
    QVERIFY(!b->indicators[1].computable); // no 终本 closure
    QCOMPARE(b->indicators[2].numerator, 4);
    QCOMPARE(b->indicatorsAvailable, 3);
    QCOMPARE(b->indicatorsMet, 0);

    const CourtRow *c = courtRow(m_year, C);
    QCOMPARE(c->group, QStringLiteral("粤07"));
    QVERIFY(!c->indicators[0].computable); // 9 终本 without flag, 10 销案, 11 due in 2017
    QVERIFY(!c->indicators[2].computable); // its figures are for 2015
    QCOMPARE(c->indicatorsAvailable, 2);

    const CourtRow *dd = courtRow(m_year, D);
    QVERIFY(dd->meetsStandard);
    QCOMPARE(dd->indicatorsAvailable, 2);

    // The breakdown adds up to the total.
    qint64 filed = 0, closed = 0, pending = 0;
    for (const CourtRow &row : courts) {
        filed += row.filed;
        closed += row.closed;
        pending += row.pendingEnd;
    }
    QCOMPARE(filed, m_year.flow.filed);
    QCOMPARE(closed, m_year.flow.closed);
    QCOMPARE(pending, m_year.flow.pendingEnd);
}

void TestAnalytics::filters_data()
{
    QTest::addColumn<QStringList>("courts");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QList<CaseType>>("types");
    QTest::addColumn<QList<ClosureMethod>>("methods");
    QTest::addColumn<QStringList>("causes");
    QTest::addColumn<QStringList>("handlers");
    QTest::addColumn<qint64>("selected");
    QTest::addColumn<qint64>("filed");
    QTest::addColumn<qint64>("closed");
    QTest::addColumn<qint64>("pendingEnd");

    const QStringList none;
    const QList<CaseType> allTypes;
    const QList<ClosureMethod> allMethods;
    QTest::newRow("all") << none << none << allTypes << allMethods << none << none << 12LL << 10LL << 8LL
                         << 4LL;
    // 甲: 1 2 3 4.
    QTest::newRow("court") << QStringList {A} << none << allTypes << allMethods << none << none << 4LL << 3LL
                           << 3LL << 1LL;
    QTest::newRow("court by code") << QStringList {QStringLiteral("粤0701")} << none << allTypes << allMethods
                                   << none << none << 3LL << 3LL << 2LL << 1LL;
    // 京01: everything but 丙's 9 10 11.
    QTest::newRow("intermediate group") << none << QStringList {QStringLiteral("京01")} << allTypes
                                        << allMethods << none << none << 9LL << 7LL << 6LL << 3LL;
    QTest::newRow("user group") << none << QStringList {QStringLiteral("试点法院")} << allTypes << allMethods
                                << none << none << 5LL << 4LL << 4LL << 1LL;
    // 执恢 6 and 执异 8.
    QTest::newRow("types") << none << none << QList<CaseType> {CaseType::Resumed, CaseType::Objection}
                           << allMethods << none << none << 2LL << 2LL << 2LL << 0LL;
    // 终本: 3 and 9; pending cases drop out.
    QTest::newRow("method") << none << none << allTypes
                            << QList<ClosureMethod> {ClosureMethod::TerminatedThisRound} << none << none
                            << 2LL << 2LL << 2LL << 0LL;
    // Odd case numbers: 1 3 5 7 9 11.
    QTest::newRow("cause") << none << none << allTypes << allMethods
                           << QStringList {QStringLiteral("民间借贷纠纷")} << none << 6LL << 4LL << 3LL
                           << 3LL;
    QTest::newRow("handler") << none << none << allTypes << allMethods << none
                             << QStringList {QStringLiteral("张三")} << 4LL << 3LL << 3LL << 1LL;
}

void TestAnalytics::filters()
{
    QFETCH(QStringList, courts);
    QFETCH(QStringList, groups);
    QFETCH(QList<CaseType>, types);
    QFETCH(QList<ClosureMethod>, methods);
    QFETCH(QStringList, causes);
    QFETCH(QStringList, handlers);
    AnalyticsInput input = year2016();
    input.filter.courts = courts;
    input.filter.courtGroups = groups;
    input.filter.types = types;
    input.filter.methods = methods;
    input.filter.causes = causes;
    input.filter.handlers = handlers;
    // The user-defined group: 甲 (1 2 3 4) and 丁 (12), and a court without cases yet.
    input.courtGroups.insert(QStringLiteral("试点法院"), {A, D, QStringLiteral("戊法院")});
    QString error;
    const auto r = Analytics::compute(*m_table, input, &error);
    QVERIFY2(r, qPrintable(error));
    QTEST(r->casesSelected, "selected");
    QTEST(r->flow.filed, "filed");
    QTEST(r->flow.closed, "closed");
    QTEST(r->flow.pendingEnd, "pendingEnd");
}

void TestAnalytics::filterErrors()
{
    QString error;
    AnalyticsInput input = year2016();
    input.filter.courts = {QStringLiteral("不存在法院")};
    QVERIFY(!Analytics::compute(*m_table, input, &error));
    QVERIFY(error.contains(QStringLiteral("不存在法院")));

    input = year2016();
    input.filter.courtGroups = {QStringLiteral("沪01")};
    QVERIFY(!Analytics::compute(*m_table, input, &error));
    QVERIFY(error.contains(QStringLiteral("沪01")));

    input = year2016();
    input.filter.handlers = {QStringLiteral("王五")};
    QVERIFY(!Analytics::compute(*m_table, input, &error));
    QVERIFY(error.contains(QStringLiteral("王五")));

    input = year2016();
    input.filter.from = d(2017, 1, 1);
    input.filter.to = d(2016, 1, 1);
    QVERIFY(!Analytics::compute(*m_table, input, &error));
    QVERIFY(error.contains(QStringLiteral("2016-01-31")));
}

void TestAnalytics::defaultPeriodIsTheDataWithEmptyMonths()
{
    // Filed 2016-01-05 (closed 2016-03-31), 2016-01-31, 2016-04-01 (closed 2016-04-02): January to
    // April, February without a case.
    CaseTable table;
    CaseRecord r;
    r.courtName = A;
    r.filedOn = d(2016, 1, 5);
    r.closedOn = d(2016, 3, 31);
    r.closureMethod = ClosureMethod::Performed;
    QVERIFY(table.append(r));
    r.filedOn = d(2016, 1, 31);
    r.closedOn = {};
    r.closureMethod = ClosureMethod::None;
    QVERIFY(table.append(r));
    r.filedOn = d(2016, 4, 1);
    r.closedOn = d(2016, 4, 2);
    r.closureMethod = ClosureMethod::Cancelled;
    QVERIFY(table.append(r));
    QString error;
    const auto result = Analytics::compute(table, AnalyticsInput(), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->from, d(2016, 1, 1));
    QCOMPARE(result->to, d(2016, 4, 30));
    const auto &m = result->monthly;
    QCOMPARE(int(m.size()), 4);
    QCOMPARE(m[0].filed, 2);
    QCOMPARE(m[0].closed, 0);
    QCOMPARE(m[1].month, d(2016, 2, 1));
    QCOMPARE(m[1].filed, 0);
    QCOMPARE(m[1].closed, 0);
    QCOMPARE(m[1].pendingEnd, 2);
    QCOMPARE(m[2].closed, 1);
    QCOMPARE(m[3].filed, 1);
    QCOMPARE(m[3].closed, 1);
    QCOMPARE(m[3].pendingEnd, 1);
}

void TestAnalytics::invariantsOnRandomCases_data()
{
    // 8 courts: per-court medians from day histograms; 800 courts over 9 years exceed their budget
    // and the days are gathered per case instead. Both must give the same figures.
    QTest::addColumn<int>("courtCount");
    QTest::newRow("8 courts") << 8;
    QTest::newRow("800 courts") << 800;
}

void TestAnalytics::invariantsOnRandomCases()
{
    QFETCH(int, courtCount);
    // 60,000 random cases over 9 years, through CaseTable::append, scanned by three threads (so that
    // their partial counts are merged); every count is checked against a direct count over the records.
    QRandomGenerator rng(20161231);
    CaseTable table;
    QList<CaseRecord> cases;
    const QDate base(2012, 1, 1);
    for (int i = 0; i < 60000; ++i) {
        CaseRecord r;
        r.courtName = QStringLiteral("法院%1").arg(rng.bounded(courtCount));
        r.courtCode = QStringLiteral("京01%1").arg(r.courtName.right(1).toInt() + 1, 2, 10, QLatin1Char('0'));
        r.type = CaseType(1 + rng.bounded(8));
        r.filedOn = base.addDays(rng.bounded(3000));
        if (rng.bounded(10) < 8) {
            r.closedOn = r.filedOn.addDays(rng.bounded(600));
            r.closureMethod = ClosureMethod(1 + rng.bounded(6));
        }
        r.appliedFen = rng.bounded(1000000);
        r.recoveredFen = rng.bounded(1000000);
        r.deductedDays = rng.bounded(3) ? 0 : rng.bounded(100);
        r.extensionDays = rng.bounded(5) ? 0 : rng.bounded(60);
        if (rng.bounded(2))
            r.networkInquiryOn = r.filedOn.addDays(rng.bounded(400) - 30);
        if (rng.bounded(3))
            r.applicantInterviewOn = r.filedOn.addDays(rng.bounded(300));
        QVERIFY(table.append(r));
        cases.append(r);
    }
    AnalyticsInput input;
    input.threads = 3;
    input.filter.from = QDate(2014, 3, 1);
    input.filter.to = QDate(2018, 6, 30);
    QString error;
    const auto r = Analytics::compute(table, input, &error);
    QVERIFY2(r, qPrintable(error));

    // Months: pending(t) = pending(t-1) + filed(t) - closed(t); methods sum to closures; each month
    // matches a direct count.
    qint64 previous = r->flow.pendingStart;
    for (const MonthlyPoint &m : r->monthly) {
        qint64 methods = 0;
        for (qint64 n : m.closedByMethod)
            methods += n;
        QCOMPARE(methods, m.closed);
        QCOMPARE(m.pendingEnd, previous + m.filed - m.closed);
        previous = m.pendingEnd;
        const QDate last = m.month.addMonths(1).addDays(-1);
        qint64 filed = 0, closed = 0, pending = 0;
        for (const CaseRecord &c : cases) {
            filed += c.filedOn >= m.month && c.filedOn <= last;
            closed += c.closedOn.isValid() && c.closedOn >= m.month && c.closedOn <= last;
            pending += c.filedOn <= last && (!c.closedOn.isValid() || c.closedOn > last);
        }
        QCOMPARE(m.filed, filed);
        QCOMPARE(m.closed, closed);
        QCOMPARE(m.pendingEnd, pending);
    }
    QCOMPARE(r->flow.pendingEnd, previous);

    // Measures by month, against a direct count.
    for (const MonthlyPoint &m : r->monthly) {
        const QDate last = m.month.addMonths(1).addDays(-1);
        qint64 inquiries = 0, interviews = 0;
        for (const CaseRecord &c : cases) {
            inquiries += c.networkInquiryOn >= m.month && c.networkInquiryOn <= last;
            interviews += c.applicantInterviewOn >= m.month && c.applicantInterviewOn <= last;
        }
        QCOMPARE(m.measuresApplied[size_t(CaseTable::Measure::NetworkInquiry)], inquiries);
        QCOMPARE(m.measuresApplied[size_t(CaseTable::Measure::ApplicantInterview)], interviews);
        QCOMPARE(m.measuresApplied[size_t(CaseTable::Measure::DishonestList)], 0);
    }
    qint64 methods = 0;
    for (qint64 n : r->flow.closedByMethod)
        methods += n;
    QCOMPARE(methods, r->flow.closed);

    // Courts add up to the total; so do the pending-age buckets.
    qint64 filed = 0, closed = 0, pending = 0;
    for (const CourtRow &row : r->courts) {
        filed += row.filed;
        closed += row.closed;
        pending += row.pendingEnd;
    }
    QCOMPARE(int(r->courts.size()), courtCount);
    QCOMPARE(filed, r->flow.filed);
    QCOMPARE(closed, r->flow.closed);
    QCOMPARE(pending, r->flow.pendingEnd);
    qint64 ages = 0;
    for (qint64 n : r->pendingAge.counts)
        ages += n;
    QCOMPARE(ages, r->pendingAge.total);
    QCOMPARE(r->pendingAge.total, r->flow.pendingEnd); // as of the period's end
    qint64 overdue = 0, dueSoon = 0;
    for (const CaseRecord &c : cases) {
        const QDate asOf = input.filter.to;
        if (c.filedOn > asOf || (c.closedOn.isValid() && c.closedOn <= asOf))
            continue;
        const QDate deadline = c.filedOn.addMonths(6).addDays(c.extensionDays + c.deductedDays);
        overdue += deadline < asOf;
        dueSoon += deadline >= asOf && deadline <= asOf.addDays(30);
    }
    QCOMPARE(r->pendingAge.overdue, overdue);
    QCOMPARE(r->pendingAge.dueWithin30Days, dueSoon);

    // 终本 checks: the failures of each check add up to at least those failing any.
    const TerminationChecks &tc = r->terminationChecks;
    QCOMPARE(tc.failingAny, r->core[1].denominator - r->core[1].numerator);
    QCOMPARE(tc.terminations, r->core[1].denominator);
    QVERIFY(tc.failingAny > 0);
    QVERIFY(tc.failingAny <= tc.failing[0] + tc.failing[3]);
    QVERIFY(tc.failingAny >= std::max(tc.failing[0], tc.failing[3]));

    // Durations against a direct computation over the closed cases of the period.
    std::vector<int> days;
    qint64 within = 0;
    for (const CaseRecord &c : cases) {
        if (c.closedOn.isValid() && c.closedOn >= input.filter.from && c.closedOn <= input.filter.to) {
            days.push_back(int(c.filedOn.daysTo(c.closedOn)));
            within += c.closedOn <= c.filedOn.addMonths(6).addDays(c.extensionDays + c.deductedDays);
        }
    }
    std::sort(days.begin(), days.end());
    const double h = (double(days.size()) - 1) * 0.9;
    const size_t lo = size_t(std::floor(h));
    const double p90 = days[lo] + (h - double(lo)) * (days[std::min(lo + 1, days.size() - 1)] - days[lo]);
    QCOMPARE_OPT(r->durations.p90Days, p90);
    QCOMPARE(r->durations.withinLimitNet, within);
    std::vector<qint64> bins(24, 0);
    for (int day : days)
        ++bins[size_t(std::min(day / 30, 23))];
    QCOMPARE(r->durations.histogram.counts, bins);

    // Each court's median against a direct computation.
    QHash<QString, std::vector<int>> daysByCourt;
    for (const CaseRecord &c : cases) {
        if (c.closedOn.isValid() && c.closedOn >= input.filter.from && c.closedOn <= input.filter.to)
            daysByCourt[c.courtName].push_back(int(c.filedOn.daysTo(c.closedOn)));
    }
    for (const CourtRow &row : r->courts) {
        std::vector<int> &courtDays = daysByCourt[row.name];
        std::sort(courtDays.begin(), courtDays.end());
        const double m = (double(courtDays.size()) - 1) / 2;
        const size_t i = size_t(std::floor(m));
        const double median = courtDays[i]
            + (m - double(i)) * (courtDays[std::min(i + 1, courtDays.size() - 1)] - courtDays[i]);
        QCOMPARE_OPT(row.medianDaysToClose, median);
    }

    // The Kaplan–Meier cohort: every 2014-03..2018-06 filing, events plus censored.
    qint64 cohort = 0;
    for (const CaseRecord &c : cases)
        cohort += c.filedOn >= input.filter.from && c.filedOn <= input.filter.to;
    QCOMPARE(r->survival.cases, cohort);
}

void TestAnalytics::periodFiguresAgainstDirectCounts_data()
{
    // The period-dependent figures (the comparison periods' months among them): short periods at both
    // ends of a long history, long ones, as-of dates before and after the period's end, against
    // counts taken directly from the records.
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("asOfDate");
    QTest::newRow("a late month") << d(2019, 11, 1) << d(2019, 11, 30) << QDate();
    QTest::newRow("an early month") << d(2012, 2, 1) << d(2012, 2, 29) << QDate();
    QTest::newRow("a month in the middle") << d(2016, 7, 1) << d(2016, 7, 31) << QDate();
    QTest::newRow("five years") << d(2013, 1, 1) << d(2017, 12, 31) << QDate();
    QTest::newRow("as of before the end") << d(2018, 1, 1) << d(2018, 12, 31) << d(2017, 6, 15);
    QTest::newRow("as of after the end") << d(2015, 4, 1) << d(2015, 6, 30) << d(2019, 2, 1);
    QTest::newRow("after the data") << d(2021, 6, 1) << d(2021, 6, 30) << QDate();
}

void TestAnalytics::periodFiguresAgainstDirectCounts()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, asOfDate);
    // Eight years of cases, some open for years, deadlines stretched by extensions and deductions,
    // measures dated from two months before filing to six months after.
    QRandomGenerator rng(20170315);
    CaseTable table;
    QList<CaseRecord> cases;
    const QDate base(2012, 1, 1);
    for (int i = 0; i < 40000; ++i) {
        CaseRecord r;
        r.courtName = QStringLiteral("法院%1").arg(rng.bounded(5));
        r.type = CaseType(1 + rng.bounded(8));
        r.filedOn = base.addDays(rng.bounded(2900));
        if (rng.bounded(10) < 8) {
            r.closedOn = r.filedOn.addDays(rng.bounded(10) ? rng.bounded(400) : rng.bounded(2500));
            r.closureMethod = ClosureMethod(1 + rng.bounded(6));
        }
        r.deductedDays = rng.bounded(4) ? 0 : rng.bounded(400);
        r.extensionDays = rng.bounded(4) ? 0 : rng.bounded(300);
        if (rng.bounded(3))
            r.hasProperty = rng.bounded(2) == 0;
        if (rng.bounded(2))
            r.networkInquiryOn = r.filedOn.addDays(rng.bounded(240) - 60);
        if (rng.bounded(3))
            r.applicantInterviewOn = r.filedOn.addDays(rng.bounded(200));
        QVERIFY(table.append(r));
        cases.append(r);
    }
    AnalyticsInput input;
    input.threads = 2;
    input.filter.from = from;
    input.filter.to = to;
    input.filter.asOf = asOfDate;
    QString error;
    const auto r = Analytics::compute(table, input, &error);
    QVERIFY2(r, qPrintable(error));
    const QDate asOf = asOfDate.isValid() ? asOfDate : to;
    QCOMPARE(r->asOf, asOf);

    const QDate windowStart = QDate(to.year(), to.month(), 1).addMonths(-12 * 3 + 1);
    qint64 pendingStart = 0, pendingEnd = 0, filed = 0, closed = 0, pendingAtAsOf = 0, overdue = 0,
           cohort = 0, withinNet = 0, core1Num = 0, core1Den = 0, core4Closed = 0, core4Base = 0,
           inquiries = 0, interviews = 0;
    for (const CaseRecord &c : cases) {
        const bool isClosed = c.closedOn.isValid();
        const bool closedInPeriod = isClosed && c.closedOn >= from && c.closedOn <= to;
        const QDate deadline = c.filedOn.addMonths(6).addDays(c.extensionDays + c.deductedDays);
        const auto closedAfter = [&](QDate day) { return !isClosed || c.closedOn > day; };
        pendingStart += c.filedOn < from && closedAfter(from.addDays(-1));
        pendingEnd += c.filedOn <= to && closedAfter(to);
        filed += c.filedOn >= from && c.filedOn <= to;
        closed += closedInPeriod;
        withinNet += closedInPeriod && c.closedOn <= deadline;
        if (c.filedOn <= asOf && closedAfter(asOf)) {
            ++pendingAtAsOf;
            overdue += deadline < asOf;
        }
        if (c.filedOn >= from && c.filedOn <= to && c.filedOn <= asOf) {
            ++cohort;
            inquiries += c.networkInquiryOn.isValid() && c.networkInquiryOn <= asOf;
            interviews += c.applicantInterviewOn.isValid() && c.applicantInterviewOn <= asOf;
        }
        if (isClosed && c.closureMethod == ClosureMethod::Cancelled)
            continue; // left out of the core indicators by default
        if (c.type == CaseType::FirstEnforcement) {
            const bool withProperty = c.hasProperty ? *c.hasProperty
                                                    : !(isClosed
                                                        && c.closureMethod == ClosureMethod::TerminatedThisRound);
            if (withProperty && (closedInPeriod || (deadline >= from && deadline <= to))) {
                ++core1Den;
                core1Num += isClosed && c.closureMethod == ClosureMethod::Performed && c.closedOn <= deadline;
            }
        }
        if (c.filedOn <= to && closedAfter(windowStart.addDays(-1))) {
            ++core4Base;
            core4Closed += isClosed && c.closedOn <= to;
        }
    }
    QCOMPARE(r->flow.pendingStart, pendingStart);
    QCOMPARE(r->flow.pendingEnd, pendingEnd);
    QCOMPARE(r->flow.filed, filed);
    QCOMPARE(r->flow.closed, closed);
    qint64 courtsPending = 0;
    for (const CourtRow &row : r->courts)
        courtsPending += row.pendingEnd;
    QCOMPARE(courtsPending, pendingEnd);
    QCOMPARE(r->durations.closedCases, closed);
    QCOMPARE(r->durations.withinLimitNet, withinNet);
    QCOMPARE(r->pendingAge.total, pendingAtAsOf);
    QCOMPARE(r->pendingAge.overdue, overdue);
    QCOMPARE(r->survival.cases, cohort);
    QCOMPARE(r->measures[size_t(CaseTable::Measure::NetworkInquiry)].used, inquiries);
    QCOMPARE(r->measures[size_t(CaseTable::Measure::ApplicantInterview)].used, interviews);
    QCOMPARE(r->core[0].numerator, core1Num);
    QCOMPARE(r->core[0].denominator, core1Den);
    if (r->core[3].computable) {
        QCOMPARE(r->core[3].numerator, core4Closed);
        QCOMPARE(r->core[3].denominator, core4Base);
    }
    // Measures dated in the period, month by month (also dates before filing).
    for (const MonthlyPoint &m : r->monthly) {
        const QDate last = m.month.addMonths(1).addDays(-1);
        qint64 n = 0;
        for (const CaseRecord &c : cases)
            n += c.networkInquiryOn >= std::max(m.month, from) && c.networkInquiryOn <= std::min(last, to);
        QCOMPARE(m.measuresApplied[size_t(CaseTable::Measure::NetworkInquiry)], n);
    }
}

void TestAnalytics::cancel()
{
    int calls = 0;
    QString error;
    const auto r = Analytics::compute(*m_table, year2016(), &error, [&](double) { return ++calls < 1; });
    QVERIFY(!r);
    QVERIFY(error.isEmpty());
    QVERIFY(calls >= 1);
}

void TestAnalytics::computeManyEqualsCompute_data()
{
    // One pass for many periods against compute() for each: several courts (100 courts: compute's
    // per-court histograms, computeMany's budget for them exceeded, the days gathered instead; 800:
    // days in both), filters, settings, as-of dates off the period's end, periods outside the data.
    QTest::addColumn<int>("courtCount");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("periods");
    QTest::addColumn<int>("threads");
    const QStringList sets = {QStringLiteral("dashboard, a year"), QStringLiteral("dashboard, all data"),
        QStringLiteral("dashboard, a quarter early on"), QStringLiteral("as-of dates"),
        QStringLiteral("outside the data")};
    for (const QString &set : sets) {
        QTest::addRow("8 courts, all, %s", qPrintable(set)) << 8 << QStringLiteral("all") << set << 3;
        QTest::addRow("8 courts, one court, %s", qPrintable(set)) << 8 << QStringLiteral("court") << set << 2;
        QTest::addRow("8 courts, types, %s", qPrintable(set)) << 8 << QStringLiteral("types") << set << 1;
        QTest::addRow("8 courts, methods, %s", qPrintable(set)) << 8 << QStringLiteral("methods") << set << 2;
        QTest::addRow("8 courts, settings, %s", qPrintable(set))
            << 8 << QStringLiteral("settings") << set << 3;
        QTest::addRow("100 courts, group, %s", qPrintable(set)) << 100 << QStringLiteral("group") << set << 2;
    }
    QTest::newRow("800 courts, dashboard") << 800 << QStringLiteral("all") << sets[0] << 2;
    QTest::newRow("8 courts, 70 months") << 8 << QStringLiteral("all") << QStringLiteral("70 months") << 2;
}

void TestAnalytics::computeManyEqualsCompute()
{
    QFETCH(int, courtCount);
    QFETCH(QString, filter);
    QFETCH(QString, periods);
    QFETCH(int, threads);
    const CaseTable table = randomTable(courtCount, 20000);
    AnalyticsInput base;
    base.threads = threads;
    base.petitions = {{QStringLiteral("法院1"), d(2019, 1, 1), d(2019, 6, 30), 10, 9},
        {QStringLiteral("法院2"), d(2016, 1, 1), d(2016, 12, 31), 4, 1}};
    if (filter == QLatin1String("court"))
        base.filter.courts = {QStringLiteral("法院1")};
    else if (filter == QLatin1String("types"))
        base.filter.types = {CaseType::FirstEnforcement, CaseType::Resumed};
    else if (filter == QLatin1String("methods"))
        base.filter.methods = {ClosureMethod::Performed, ClosureMethod::TerminatedThisRound};
    else if (filter == QLatin1String("group"))
        base.filter.courtGroups = {QStringLiteral("京02")};
    if (filter == QLatin1String("settings")) {
        base.settings.timeLimitMonths = 3;
        base.settings.overallClosureYears = 1;
        base.settings.inquiryWindowMonths = 5;
        base.settings.excludedMethods = {ClosureMethod::Cancelled, ClosureMethod::Rejected};
        base.settings.checkDishonestList = true;
        base.settings.checkApplicantInterview = false;
    }
    std::vector<AnalyticsInput> inputs;
    for (const CaseFilter &period : periodSet(periods)) {
        AnalyticsInput in = base;
        in.filter.from = period.from;
        in.filter.to = period.to;
        in.filter.asOf = period.asOf;
        inputs.push_back(in);
    }
    QString error;
    const auto many = Analytics::computeMany(table, inputs, &error);
    QVERIFY2(many, qPrintable(error));
    QCOMPARE(many->size(), inputs.size());
    for (size_t k = 0; k < inputs.size(); ++k) {
        const auto one = Analytics::compute(table, inputs[k], &error);
        QVERIFY2(one, qPrintable(error));
        QVERIFY(one->casesSelected > 0);
        ResultDiff diff;
        diff.compare(*one, (*many)[k]);
        QVERIFY2(diff.paths.isEmpty(),
            qPrintable(
                QStringLiteral("period %1 (%2 .. %3, as of %4) differs in %5")
                    .arg(k)
                    .arg(one->from.toString(Qt::ISODate), one->to.toString(Qt::ISODate),
                        one->asOf.toString(Qt::ISODate), diff.paths.mid(0, 8).join(QStringLiteral(", ")))));
    }
}

void TestAnalytics::computeManyOfDifferentFilters()
{
    // Inputs that cannot share a pass (other courts, other settings) are computed one by one.
    const CaseTable table = randomTable(8, 5000);
    std::vector<AnalyticsInput> inputs(3);
    inputs[0].filter.from = d(2016, 1, 1);
    inputs[0].filter.to = d(2016, 12, 31);
    inputs[1] = inputs[0];
    inputs[1].filter.courts = {QStringLiteral("法院3")};
    inputs[2] = inputs[0];
    inputs[2].settings.timeLimitMonths = 3;
    QString error;
    const auto many = Analytics::computeMany(table, inputs, &error);
    QVERIFY2(many, qPrintable(error));
    QCOMPARE(many->size(), size_t(3));
    for (size_t k = 0; k < inputs.size(); ++k) {
        ResultDiff diff;
        diff.compare(*Analytics::compute(table, inputs[k], &error), (*many)[k]);
        QVERIFY2(diff.paths.isEmpty(), qPrintable(diff.paths.join(QStringLiteral(", "))));
    }
    QCOMPARE((*many)[1].courts.size(), size_t(1));
    QVERIFY(Analytics::computeMany(table, {}, &error)->empty());
}

void TestAnalytics::computeManyErrorAndCancel()
{
    const CaseTable table = randomTable(8, 5000);
    std::vector<AnalyticsInput> inputs(2);
    inputs[0].filter.from = d(2016, 1, 1);
    inputs[0].filter.to = d(2016, 12, 31);
    inputs[1].filter.from = d(2017, 1, 1);
    inputs[1].filter.to = d(2016, 12, 31); // ends before it starts
    QString error;
    QVERIFY(!Analytics::computeMany(table, inputs, &error));
    QVERIFY(error.contains(QStringLiteral("2016-12-31")));

    inputs[1].filter.to = d(2017, 3, 31);
    int calls = 0;
    QVERIFY(!Analytics::computeMany(table, inputs, &error, [&](double) { return ++calls < 1; }));
    QVERIFY(error.isEmpty());
    QVERIFY(calls >= 1);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
