#pragma once

#include "DashboardData.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

namespace caseload {

/// Computes what the dashboard shows, off the GUI thread. Every change (store, table, setup, filter)
/// schedules a refresh; changes made in one pass of the event loop are computed once. A refresh runs in
/// two stages on the thread pool:
/// 1. the result for the filter (and `allCourts`, the same without the court selection) → dataReady();
/// 2. the comparison periods (previous, yearAgo, trailing12 and each of its months), all in one pass over
///    the cases (Analytics::computeMany) → comparisonsReady() with everything filled.
///
/// The latest request wins: a change while a refresh runs cancels it (through the engine's progress
/// callback) and starts the newest request once the worker has stopped; requests superseded in
/// between are never computed, and nothing of a superseded request is ever emitted. So however
/// many changes come in, exactly one dataReady() (and, without error, one comparisonsReady()) follows,
/// for the state after the last change (none while there is no table).
class DashboardController : public QObject
{
    Q_OBJECT

public:
    /// The comparison periods of a period of whole months from..to (see comparisonPeriods()).
    struct Periods
    {
        QDate previousFrom; ///< the same number of months just before
        QDate previousTo;
        QDate yearAgoFrom; ///< the same months one year earlier
        QDate yearAgoTo;
        QDate trailingFrom; ///< the 12 months ending with the period's last month
        QDate trailingTo;
    };

    explicit DashboardController(QObject *parent = nullptr);
    /// Cancels the running computation and waits for it.
    ~DashboardController() override;

    void setStoreLocation(const QString &location);
    /// The cases; null while nothing is loaded: nothing is computed or emitted then (a running
    /// refresh is dropped) and current() holds no table.
    void setTable(std::shared_ptr<const CaseTable> table);
    /// Settings, court groups, petitions and thread count; `setup.filter` is ignored (see setFilter()).
    void setSetup(const AnalyticsInput &setup);
    void setFilter(const CaseFilter &filter);

    /// The input a refresh computes now (setup with the filter).
    AnalyticsInput input() const;
    /// The data last emitted (with the comparisons once comparisonsReady() was emitted).
    DashboardData current() const { return m_current; }
    /// True from a change until the latest refresh has emitted everything.
    bool isBusy() const { return m_busy; }

    /// Comparison periods of the period from..to, which Analytics makes whole months (first day of
    /// from's month to last day of to's month): for n months, previous = the n months before, yearAgo =
    /// the same months a year earlier (February 2016 → February 2015, 1..28), trailing = the 12 months
    /// ending with to's month.
    static Periods comparisonPeriods(QDate from, QDate to);

Q_SIGNALS:
    /// The result for the current filter (or `error` set and `result` null).
    void dataReady(const caseload::DashboardData &data);
    /// The same data with `previous`, `yearAgo` and `trailing12` filled. `previous` and `yearAgo` stay
    /// null when their period starts before the data's first month (a comparison with months that
    /// have no data would mislead); `trailing12` then starts with the data's first month.
    void comparisonsReady(const caseload::DashboardData &data);
    void busyChanged(bool busy);

private:
    struct MainOutcome
    {
        std::shared_ptr<const AnalyticsResult> result;
        std::shared_ptr<const AnalyticsResult> allCourts;
        QString error;
        qint64 computeNs = 0; ///< for the "caseload.dashboard" debug log
    };
    struct ComparisonOutcome
    {
        std::shared_ptr<const AnalyticsResult> previous;
        std::shared_ptr<const AnalyticsResult> yearAgo;
        std::shared_ptr<const AnalyticsResult> trailing12;
        std::vector<std::shared_ptr<const AnalyticsResult>> trailingMonths;
        qint64 computeNs = 0;
    };

    void scheduleRefresh();
    void startRefresh();
    void onMainFinished();
    void onComparisonsFinished();
    /// After a superseded stage finished: starts the newest request.
    void restartIfStale();
    bool isCurrent() const { return m_runningGeneration == m_generation; }
    void setBusy(bool busy);

    static MainOutcome computeMain(
        const CaseTable &table, const AnalyticsInput &input, const std::atomic_bool &cancel);
    static ComparisonOutcome computeComparisons(const CaseTable &table, const AnalyticsInput &input,
        const AnalyticsResult &result, const std::atomic_bool &cancel);

    QString m_location;
    std::shared_ptr<const CaseTable> m_table;
    AnalyticsInput m_setup;
    CaseFilter m_filter;

    DashboardData m_current; ///< last emitted
    DashboardData m_pending; ///< the refresh being computed
    quint64 m_generation = 0; ///< counts requests
    quint64 m_runningGeneration = 0; ///< the request the running stage computes
    bool m_computing = false;
    bool m_busy = false;
    QTimer m_timer;
    QElapsedTimer m_requestClock; ///< since the latest change, for the debug log
    QFutureWatcher<MainOutcome> m_mainWatcher;
    QFutureWatcher<ComparisonOutcome> m_comparisonWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace caseload
