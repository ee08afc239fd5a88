#pragma once

#include "AnalyticsResult.h"

#include <QJsonObject>

namespace caseload {

/// The result as JSON, for `caseload kpi --json` and scripts. Keys are snake_case; rates and shares
/// are fractions (0.973), days are numbers, amounts are yuan; a value that cannot be computed is
/// null. Closure methods are keyed by their Chinese labels, pending-age buckets by
/// PendingAge::bucketKey. Top level: from, to, as_of, cases_selected, filed, closed, pending_start,
/// pending_end, clearance_rate, disposition_time_days, december_share, mean/median/p75/p90
/// _days_to_close (raw) and net_median/net_p75/net_p90_days_to_close, within_limit_share (net),
/// within_limit_share_raw, recovery_ratio, applied_yuan, recovered_yuan, closure_methods{},
/// pending_age{}, pending_median_age_days, monthly[], survival{}, measures{}, core_indicators[],
/// courts[], settings{}.
QJsonObject analyticsToJson(const AnalyticsResult &result);

/// One core indicator as JSON: number, key, status ("computed" | "not_computable"), value,
/// numerator, denominator, target, meets_target, reason, checks.
QJsonObject coreIndicatorToJson(const CoreIndicator &indicator);

} // namespace caseload
