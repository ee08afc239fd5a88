#pragma once

#include "AnalyticsResult.h"

#include <vector>

namespace caseload {

/// Kaplan–Meier estimate from whole-day counts: `events[d]` cases closed after d days and
/// `censored[d]` cases still open after d days (observation ended), d = 0, 1, ... The two vectors may
/// differ in length. Survival S(t) = Π (1 - d_i / n_i) over event days t_i <= t, where n_i is the
/// number at risk (cases whose event or censoring day is >= t_i; a case censored on an event day
/// is at risk on it, as in R's survival package). Standard errors by Greenwood's formula,
/// se(S) = S · sqrt(Σ d_i / (n_i (n_i - d_i))); the band is R survfit's default "log" type:
/// S · exp(±z · sqrt(Σ d_i / (n_i (n_i - d_i)))), clipped to [0, 1]. Points are the days with an
/// event or a censoring, ascending. The median follows R's print.survfit rule; its band is where
/// the lower and upper curves cross 0.5.
SurvivalCurve kaplanMeier(
    const std::vector<qint64> &events, const std::vector<qint64> &censored, double confidenceLevel = 0.95);

} // namespace caseload
