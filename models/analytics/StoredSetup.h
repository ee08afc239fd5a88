#pragma once

#include "AnalyticsQuery.h"

#include <QString>

namespace caseload {

class Store;

/// What the analytics keep in the store besides the cases: the indicator settings (JSON under the
/// settings key "indicator_settings"), user-defined court groups and hand-entered petition figures.
/// The window and `caseload kpi` read them the same way, so both show the same figures.
namespace storedSetup {

inline constexpr char SettingsKey[] = "indicator_settings";

/// Fills `input`'s settings, court groups and petitions from `store` (the filter is left alone).
/// Returns false with `error` set when the store cannot be read or the stored settings are invalid.
bool load(const Store &store, AnalyticsInput *input, QString *error);

/// The stored settings, or the defaults when none are stored.
bool loadSettings(const Store &store, IndicatorSettings *settings, QString *error);
bool saveSettings(Store &store, const IndicatorSettings &settings, QString *error);

} // namespace storedSetup
} // namespace caseload
