#include "DashboardController.h"

#include "analytics/Analytics.h"
#include "domain/DayNumber.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QtConcurrentRun>

namespace caseload {

// QT_LOGGING_RULES="caseload.dashboard.debug=true" prints how long each refresh takes.
Q_LOGGING_CATEGORY(lcDashboard, "caseload.dashboard", QtWarningMsg)

namespace {

QDate monthStart(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate monthEnd(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

/// `input` with the period from..to, its pending and ages taken at the period's own end (not at the
/// current as-of date).
AnalyticsInput periodInput(AnalyticsInput input, QDate from, QDate to)
{
    input.filter.from = from;
    input.filter.to = to;
    input.filter.asOf = QDate();
    return input;
}

} // namespace

DashboardController::DashboardController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DashboardData>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_computing)
            startRefresh();
    });
    connect(&m_mainWatcher, &QFutureWatcherBase::finished, this, &DashboardController::onMainFinished);
    connect(&m_comparisonWatcher, &QFutureWatcherBase::finished, this,
        &DashboardController::onComparisonsFinished);
}

DashboardController::~DashboardController()
{
    m_timer.stop();
    m_mainWatcher.disconnect(this);
    m_comparisonWatcher.disconnect(this);
    if (m_cancel)
        m_cancel->store(true);
    m_mainWatcher.waitForFinished();
    m_comparisonWatcher.waitForFinished();
}

void DashboardController::setStoreLocation(const QString &location)
{
    m_location = location;
    scheduleRefresh();
}

void DashboardController::setTable(std::shared_ptr<const CaseTable> table)
{
    m_table = std::move(table);
    scheduleRefresh();
}

void DashboardController::setSetup(const AnalyticsInput &setup)
{
    m_setup = setup;
    scheduleRefresh();
}

void DashboardController::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    scheduleRefresh();
}

AnalyticsInput DashboardController::input() const
{
    AnalyticsInput in = m_setup;
    in.filter = m_filter;
    return in;
}

DashboardController::Periods DashboardController::comparisonPeriods(QDate from, QDate to)
{
    const QDate first = monthStart(from);
    const QDate last = monthEnd(to);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    Periods p;
    p.previousFrom = first.addMonths(-months);
    p.previousTo = first.addDays(-1);
    p.yearAgoFrom = first.addYears(-1);
    p.yearAgoTo = monthEnd(monthStart(last).addYears(-1));
    p.trailingFrom = monthStart(last).addMonths(-11);
    p.trailingTo = last;
    return p;
}

void DashboardController::scheduleRefresh()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    setBusy(true);
    m_requestClock.start();
    m_timer.start();
}

void DashboardController::startRefresh()
{
    m_timer.stop();
    m_runningGeneration = m_generation;
    m_pending = DashboardData();
    m_pending.storeLocation = m_location;
    m_pending.table = m_table;
    m_pending.input = input();
    if (!m_table) {
        // Whoever unloads the table tells the pages why (loading, an error); an empty refresh here
        // would overwrite that message.
        m_current = m_pending;
        setBusy(false);
        return;
    }
    m_computing = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_mainWatcher.setFuture(QtConcurrent::run([table = m_table, in = m_pending.input, cancel = m_cancel] {
        return computeMain(*table, in, *cancel);
    }));
}

DashboardController::MainOutcome DashboardController::computeMain(
    const CaseTable &table, const AnalyticsInput &input, const std::atomic_bool &cancel)
{
    const Analytics::Progress progress = [&cancel](double) { return !cancel.load(); };
    QElapsedTimer clock;
    clock.start();
    MainOutcome outcome;
    const auto timed = qScopeGuard([&] { outcome.computeNs = clock.nsecsElapsed(); });
    auto result = Analytics::compute(table, input, &outcome.error, progress);
    if (!result)
        return outcome;
    outcome.result = std::make_shared<const AnalyticsResult>(std::move(*result));
    if (input.filter.courts.isEmpty() && input.filter.courtGroups.isEmpty()) {
        outcome.allCourts = outcome.result;
        return outcome;
    }
    AnalyticsInput all = input;
    all.filter.courts.clear();
    all.filter.courtGroups.clear();
    QString error;
    if (auto allResult = Analytics::compute(table, all, &error, progress))
        outcome.allCourts = std::make_shared<const AnalyticsResult>(std::move(*allResult));
    return outcome;
}

DashboardController::ComparisonOutcome DashboardController::computeComparisons(const CaseTable &table,
    const AnalyticsInput &input, const AnalyticsResult &result, const std::atomic_bool &cancel)
{
    const Analytics::Progress progress = [&cancel](double) { return !cancel.load(); };
    const Periods p = comparisonPeriods(result.from, result.to);
    // Analytics' default period starts with the data's first month (today's for an empty table).
    const QDate dataFirst
        = monthStart(table.isEmpty() ? QDate::currentDate() : fromDayNumber(table.firstDay()));
    QElapsedTimer clock;
    clock.start();
    ComparisonOutcome outcome;
    const auto timed = qScopeGuard([&] { outcome.computeNs = clock.nsecsElapsed(); });
    // Up to 15 periods of the same filter: one pass over the cases for all (Analytics::computeMany).
    std::vector<AnalyticsInput> inputs;
    const bool previous = p.previousFrom >= dataFirst;
    const bool yearAgo = p.yearAgoFrom >= dataFirst;
    if (previous)
        inputs.push_back(periodInput(input, p.previousFrom, p.previousTo));
    if (yearAgo)
        inputs.push_back(periodInput(input, p.yearAgoFrom, p.yearAgoTo));
    const QDate trailingFrom = std::max(p.trailingFrom, std::min(dataFirst, monthStart(p.trailingTo)));
    inputs.push_back(periodInput(input, trailingFrom, p.trailingTo));
    for (QDate month = trailingFrom; month <= p.trailingTo; month = month.addMonths(1))
        inputs.push_back(periodInput(input, month, month.addMonths(1).addDays(-1)));
    if (cancel.load())
        return outcome;
    QString error;
    auto results = Analytics::computeMany(table, inputs, &error, progress);
    if (!results || cancel.load())
        return outcome;
    size_t next = 0;
    const auto take = [&] { return std::make_shared<const AnalyticsResult>(std::move((*results)[next++])); };
    if (previous)
        outcome.previous = take();
    if (yearAgo)
        outcome.yearAgo = take();
    outcome.trailing12 = take();
    while (next < results->size())
        outcome.trailingMonths.push_back(take());
    return outcome;
}

void DashboardController::onMainFinished()
{
    m_computing = false;
    if (!isCurrent()) {
        restartIfStale();
        return;
    }
    const MainOutcome outcome = m_mainWatcher.result();
    qCDebug(lcDashboard, "result %.1f ms after the change (computed in %.1f ms)",
        double(m_requestClock.nsecsElapsed()) / 1e6, double(outcome.computeNs) / 1e6);
    m_pending.result = outcome.result;
    m_pending.allCourts = outcome.allCourts;
    m_pending.error = outcome.result ? QString() : outcome.error;
    m_current = m_pending;
    Q_EMIT dataReady(m_current);
    if (!isCurrent()) { // a slot connected to dataReady changed something: that refresh is under way
        restartIfStale();
        return;
    }
    if (!outcome.result) {
        setBusy(false);
        return;
    }
    m_computing = true;
    // The comparisons start once the pages have drawn the result (the paint events they posted come
    // before a zero timer): on two cores the comparisons would otherwise slow that drawing down.
    QTimer::singleShot(0, this, [this, result = outcome.result] {
        if (!isCurrent()) {
            m_computing = false;
            restartIfStale();
            return;
        }
        m_comparisonWatcher.setFuture(
            QtConcurrent::run([table = m_table, in = m_pending.input, result, cancel = m_cancel] {
                return computeComparisons(*table, in, *result, *cancel);
            }));
    });
}

void DashboardController::onComparisonsFinished()
{
    m_computing = false;
    if (!isCurrent()) {
        restartIfStale();
        return;
    }
    const ComparisonOutcome outcome = m_comparisonWatcher.result();
    qCDebug(lcDashboard, "comparisons %.1f ms after the change (computed in %.1f ms)",
        double(m_requestClock.nsecsElapsed()) / 1e6, double(outcome.computeNs) / 1e6);
    m_pending.previous = outcome.previous;
    m_pending.yearAgo = outcome.yearAgo;
    m_pending.trailing12 = outcome.trailing12;
    m_pending.trailingMonths = outcome.trailingMonths;
    m_current = m_pending;
    Q_EMIT comparisonsReady(m_current);
    if (isCurrent())
        setBusy(false);
}

void DashboardController::restartIfStale()
{
    // The timer of the newest change may not have fired yet; starting now saves its turn.
    if (!m_computing)
        startRefresh();
}

void DashboardController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace caseload
