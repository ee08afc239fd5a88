#pragma once

#include "forecast/CalendarRegressors.h"

#include <QString>

#include <vector>

namespace caseload {

class Store;

/// The user's forecasting settings, persisted in the store (one JSON setting) so that every analyst
/// sharing the database sees the same level shifts.
struct ForecastSettings
{
    /// Level shifts and trend hinges entering every regression model.
    std::vector<Intervention> interventions;
    bool combineBestTwo = true;
    bool unlockTrend = false;

    /// The ready example: the May 2015 case-registration reform as a level shift.
    static ForecastSettings defaults();

    QString toJson() const;
    /// Parses toJson()'s output; on malformed input returns false, leaves `out` unchanged and sets
    /// `error` (translated).
    static bool fromJson(const QString &json, ForecastSettings *out, QString *error);

    /// Reads the store's setting: defaults() when never saved, and also when it cannot be read or is
    /// malformed, which `warning` (when given) then says (translated; empty otherwise).
    static ForecastSettings load(const Store &store, QString *warning = nullptr);
    /// The same from the store at `storeLocation`, opened (and closed) on the calling thread: the
    /// defaults when there is no store there (no SQLite file is created), with `warning` set when the
    /// store cannot be opened.
    static ForecastSettings loadFrom(const QString &storeLocation, QString *warning = nullptr);
    /// Saves into the store (transactional like every setting); false with `error` on failure.
    bool save(Store &store, QString *error) const;

    friend bool operator==(const ForecastSettings &, const ForecastSettings &) = default;
};

} // namespace caseload
