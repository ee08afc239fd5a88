#pragma once

#include "forecast/BacklogSimulation.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastInput.h"
#include "forecast/ForecastSettings.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace caseload {

/// Everything one forecast run of the Forecast page produced (ForecastController).
struct ForecastOutcome
{
    ForecastSeriesKind kind = ForecastSeriesKind::Filed;
    /// The filed, closed and pending history of the dashboard's filter.
    ForecastSeriesSet series;
    /// The settings the run used (interventions, combination, trend lock).
    ForecastSettings settings;
    /// The engine's report on the picked series; for Pending, on filings (what the backlog is built on).
    ForecastReport report;
    /// The filings forecast the backlog simulation draws from.
    ForecastResult filingsForecast;
    /// The closure model fitted on the history; null when there is no history.
    std::shared_ptr<const BacklogSimulation> backlog;
    /// The what-if settings of `fan`.
    BacklogScenario scenario;
    BacklogFan fan;
    /// BacklogSimulation::asForecast(fan).
    ForecastResult pendingForecast;
    /// Why there is no forecast (translated); empty otherwise.
    QString error;
    /// Why the settings used are the defaults rather than the store's (they could not be read, or
    /// are malformed; translated); empty otherwise.
    QString settingsWarning;

    /// The history of the picked series.
    const MonthlySeries &history() const { return series.series(kind); }
    /// The forecast of the picked series (the backlog's median and bands for Pending).
    const ForecastResult &forecast() const
    {
        return kind == ForecastSeriesKind::Pending ? pendingForecast : report.forecast;
    }
};

} // namespace caseload
