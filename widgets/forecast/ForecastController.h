#pragma once

#include "ForecastOutcome.h"
#include "dashboard/DashboardData.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace caseload {

/// Runs the Forecast page's work on worker threads: the whole-history analytics, the forecast engine
/// and the backlog simulation (request()), the what-if re-simulations (setScenario()) and the saving
/// of the forecast settings (applySettings()). The latest request wins: a newer request stops the
/// older one at its next check and drops its result, so a result never replaces a newer one.
class ForecastController : public QObject
{
    Q_OBJECT

public:
    explicit ForecastController(QObject *parent = nullptr);
    /// Stops running work at its next check; its results are dropped.
    ~ForecastController() override;

    /// Forecasts `kind` for `data`'s filter. The settings are read from `data.storeLocation` on the
    /// worker on the first request for a store (ForecastSettings::defaults() without a store); later
    /// requests reuse them (applySettings() replaces them).
    void request(const DashboardData &data, ForecastSeriesKind kind);
    /// Runs the last request again (after a language change, say); nothing without one.
    void rerun();
    /// Stops the running forecast; its result is dropped and cancelled() is emitted.
    void cancel();
    /// Changes the backlog what-ifs: the fan is simulated again in the background (fanReady()).
    void setScenario(const BacklogScenario &scenario);
    /// Uses `settings` from now on: reruns the forecast at once and saves them into the store in
    /// the background (settingsSaved()).
    void applySettings(const ForecastSettings &settings);

    /// True while a forecast runs (not a re-simulation or a save).
    bool isBusy() const { return m_busy; }
    /// The latest result shown; null before the first.
    const ForecastOutcome *outcome() const { return m_outcome.get(); }
    const BacklogScenario &scenario() const { return m_scenario; }
    /// The settings in use; nullopt until read from the store.
    const std::optional<ForecastSettings> &settings() const { return m_settings; }
    /// Results that arrived after a newer request and were dropped (tests).
    int droppedResults() const { return m_dropped; }

Q_SIGNALS:
    /// Reading the store at `location` failed for a lost or failed server connection (see
    /// isLostConnection): the window shows its one lost-connection bar.
    void connectionLost(const QString &location, const QString &error);
    void started();
    /// outcome() holds the new result (or its error).
    void finished();
    void cancelled();
    /// outcome()'s fan, pending forecast and scenario were simulated again.
    void fanReady();
    /// The settings were written (`ok`), or not, with a translated `error`.
    void settingsSaved(bool ok, const QString &error);

private:
    void start();
    void simulate();

    DashboardData m_data;
    ForecastSeriesKind m_kind = ForecastSeriesKind::Filed;
    bool m_hasRequest = false;
    std::optional<ForecastSettings> m_settings;
    QString m_settingsLocation;
    BacklogScenario m_scenario;
    std::shared_ptr<ForecastOutcome> m_outcome;
    /// Request numbers: a worker whose number is no longer current stops early and is ignored.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    quint64 m_simulation = 0;
    bool m_simulating = false;
    bool m_busy = false;
    int m_dropped = 0;
};

} // namespace caseload
