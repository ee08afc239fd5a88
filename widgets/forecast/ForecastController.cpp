#include "ForecastController.h"

#include "connection/LostConnection.h"
#include "analytics/Analytics.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace caseload {

namespace {

struct Job
{
    std::shared_ptr<const CaseTable> table;
    AnalyticsInput input;
    QString storeLocation;
    ForecastSeriesKind kind = ForecastSeriesKind::Filed;
    std::optional<ForecastSettings> settings;
    BacklogScenario scenario;
};

ForecastOptions optionsFor(const ForecastSettings &settings, bool december)
{
    ForecastOptions options;
    options.interventions = settings.interventions;
    options.combineBestTwo = settings.combineBestTwo;
    options.unlockTrend = settings.unlockTrend;
    options.december = december;
    return options;
}

// Runs on a pool thread; `cancelled` is polled between the steps and inside them.
std::shared_ptr<ForecastOutcome> compute(const Job &job, const std::function<bool()> &cancelled)
{
    auto outcome = std::make_shared<ForecastOutcome>();
    outcome->kind = job.kind;
    outcome->scenario = job.scenario;
    if (job.settings) {
        outcome->settings = *job.settings;
    } else if (!job.storeLocation.isEmpty()) {
        // The store's connection belongs to this pool thread: opened and closed here.
        outcome->settings = ForecastSettings::loadFrom(job.storeLocation, &outcome->settingsWarning);
    } else {
        outcome->settings = ForecastSettings::defaults();
    }
    if (cancelled())
        return nullptr;

    QString error;
    const std::optional<AnalyticsResult> result = Analytics::compute(
        *job.table, ForecastInput::historyInput(job.input), &error, [&](double) { return !cancelled(); });
    if (!result) {
        if (cancelled())
            return nullptr;
        outcome->error = error;
        return outcome;
    }
    outcome->series = ForecastInput::series(*result, *job.table);
    if (outcome->series.filed.isEmpty()) {
        outcome->error = ForecastController::tr("No complete month of data to forecast from.");
        return outcome;
    }
    if (cancelled())
        return nullptr;

    const ForecastOptions filingsOptions = optionsFor(outcome->settings, false);
    if (job.kind == ForecastSeriesKind::Closed) {
        outcome->report
            = ForecastEngine::run(outcome->series.closed, optionsFor(outcome->settings, true), cancelled);
        if (cancelled())
            return nullptr;
        outcome->filingsForecast
            = ForecastEngine::run(outcome->series.filed, filingsOptions, cancelled).forecast;
    } else {
        outcome->report = ForecastEngine::run(outcome->series.filed, filingsOptions, cancelled);
        outcome->filingsForecast = outcome->report.forecast;
    }
    if (cancelled())
        return nullptr;

    auto backlog = std::make_shared<const BacklogSimulation>(
        outcome->series.filed, outcome->series.closed, outcome->series.pending);
    outcome->fan = backlog->simulate(outcome->filingsForecast, job.scenario);
    outcome->pendingForecast = BacklogSimulation::asForecast(outcome->fan);
    outcome->backlog = std::move(backlog);
    return outcome;
}

struct Saved
{
    bool ok = false;
    QString error;
};

} // namespace

ForecastController::ForecastController(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{ }

ForecastController::~ForecastController()
{
    m_generation->fetch_add(1);
}

void ForecastController::request(const DashboardData &data, ForecastSeriesKind kind)
{
    if (data.storeLocation != m_settingsLocation) {
        m_settings.reset();
        m_settingsLocation = data.storeLocation;
    }
    m_data = data;
    m_kind = kind;
    m_hasRequest = true;
    start();
}

void ForecastController::rerun()
{
    if (m_hasRequest)
        start();
}

void ForecastController::start()
{
    const quint64 generation = m_generation->fetch_add(1) + 1;
    if (!m_data.hasResult()) {
        m_busy = false;
        auto outcome = std::make_shared<ForecastOutcome>();
        outcome->kind = m_kind;
        outcome->error = m_data.error.isEmpty() ? tr("No data loaded.") : m_data.error;
        m_outcome = std::move(outcome);
        Q_EMIT finished();
        return;
    }
    m_busy = true;
    Q_EMIT started();

    Job job;
    job.table = m_data.table;
    job.input = m_data.input;
    job.storeLocation = m_data.storeLocation;
    job.kind = m_kind;
    job.settings = m_settings;
    job.scenario = m_scenario;

    using Result = std::shared_ptr<ForecastOutcome>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation->load()) {
            ++m_dropped;
            return;
        }
        Result outcome = watcher->result();
        m_busy = false;
        if (!outcome)
            return;
        if (!m_settings && outcome->error.isEmpty())
            m_settings = outcome->settings;
        m_outcome = std::move(outcome);
        // The sliders moved while the forecast ran: the fan follows them.
        const bool stale = m_outcome->backlog
            && (m_outcome->scenario.filingsChange != m_scenario.filingsChange
                || m_outcome->scenario.capacityChange != m_scenario.capacityChange);
        ++m_simulation;
        m_simulating = false;
        Q_EMIT finished();
        if (stale)
            simulate();
    });
    watcher->setFuture(QtConcurrent::run([job = std::move(job), counter = m_generation, generation] {
        return compute(job, [&] { return counter->load() != generation; });
    }));
}

void ForecastController::cancel()
{
    if (!m_busy)
        return;
    m_generation->fetch_add(1);
    m_busy = false;
    Q_EMIT cancelled();
}

void ForecastController::setScenario(const BacklogScenario &scenario)
{
    m_scenario = scenario;
    // While one simulation runs, the next waits for it: a fast slider drag queues one, not dozens.
    if (!m_simulating)
        simulate();
}

void ForecastController::simulate()
{
    if (!m_outcome || !m_outcome->backlog)
        return;
    const quint64 simulation = ++m_simulation;
    m_simulating = true;
    const BacklogScenario scenario = m_scenario;
    auto *watcher = new QFutureWatcher<BacklogFan>(this);
    connect(watcher, &QFutureWatcher<BacklogFan>::finished, this, [this, watcher, simulation, scenario] {
        watcher->deleteLater();
        if (simulation != m_simulation || !m_outcome) {
            ++m_dropped;
            return;
        }
        m_simulating = false;
        m_outcome->fan = watcher->result();
        m_outcome->pendingForecast = BacklogSimulation::asForecast(m_outcome->fan);
        m_outcome->scenario = scenario;
        Q_EMIT fanReady();
        if (scenario.filingsChange != m_scenario.filingsChange
            || scenario.capacityChange != m_scenario.capacityChange)
            simulate();
    });
    watcher->setFuture(QtConcurrent::run([backlog = m_outcome->backlog, filings = m_outcome->filingsForecast,
                                             scenario] { return backlog->simulate(filings, scenario); }));
}

void ForecastController::applySettings(const ForecastSettings &settings)
{
    m_settings = settings;
    const QString location = m_data.storeLocation;
    rerun();
    if (location.isEmpty()) {
        Q_EMIT settingsSaved(false, tr("No store is open: the change holds until Caseload closes."));
        return;
    }
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher, location] {
        watcher->deleteLater();
        const Saved saved = watcher->result();
        if (isLostConnection(location, saved.error))
            Q_EMIT connectionLost(location, saved.error);
        Q_EMIT settingsSaved(saved.ok, saved.error);
    });
    watcher->setFuture(QtConcurrent::run([location, settings] {
        Saved saved;
        const std::unique_ptr<Store> store = Store::open(location, &saved.error);
        if (store)
            saved.ok = settings.save(*store, &saved.error);
        return saved;
    }));
}

} // namespace caseload
