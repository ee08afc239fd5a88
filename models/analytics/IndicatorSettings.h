#pragma once

#include "domain/ClosureMethod.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace caseload {

/// The parameters of the indicator formulas (DOMAIN.md, "Time limits" and "Indicators"). The SPC never
/// published exact numerators and denominators, so every choice is here, stored with the database and
/// shown next to the figures.
struct IndicatorSettings
{
    /// Statutory time limit in calendar months from filing (6; 3 for non-litigation enforcement).
    int timeLimitMonths = 6;
    /// Indicator 2: the network inquiry must lie within this many months before the closure.
    int inquiryWindowMonths = 3;
    /// Indicator 4: length of the overall-closure window in years, ending at the period end.
    int overallClosureYears = 3;

    double targetActualClosure = 0.90; ///< indicator 1
    double targetTerminationQuality = 0.90; ///< indicator 2 (终本 quality)
    double targetPetitionsResolved = 0.90; ///< indicator 3
    double targetOverallClosure = 0.80; ///< indicator 4
    double targetCourtsMeeting = 0.90; ///< indicator 5

    /// Cases closed by these methods are left out of the core indicators (numerators and
    /// denominators alike); flow figures (filed, closed, pending) always count every closure.
    QList<ClosureMethod> excludedMethods = {ClosureMethod::Cancelled};

    /// Indicator 2's checks; each is used only when the data has its column.
    bool checkNetworkInquiry = true;
    bool checkConsumptionRestriction = true;
    bool checkApplicantInterview = true;
    /// Off by default: whether the law requires the listing depends on facts an export lacks.
    bool checkDishonestList = false;

    bool isExcluded(ClosureMethod method) const { return excludedMethods.contains(method); }

    /// JSON with the keys time_limit_months, inquiry_window_months, overall_closure_years,
    /// targets{actual_closure, termination_quality, petitions_resolved, overall_closure,
    /// courts_meeting}, excluded_methods [Chinese labels], checks{network_inquiry,
    /// consumption_restriction, applicant_interview, dishonest_list}.
    QJsonObject toJson() const;
    /// Reads what toJson writes; missing keys keep their defaults. Returns false with `error` naming
    /// the key on a wrong type or an out-of-range value (months 1..24, years 1..10, targets 0..1).
    static bool fromJson(const QJsonObject &json, IndicatorSettings *settings, QString *error);

    friend bool operator==(const IndicatorSettings &, const IndicatorSettings &) = default;
};

} // namespace caseload
