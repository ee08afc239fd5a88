#pragma once

namespace caseload {

/// The fields of an execution case that an export's columns can map onto.
enum class CaseField {
    CaseNumber,
    CourtName,
    CourtCode,
    CaseType,
    Cause,
    FiledOn,
    ClosedOn,
    ClosureMethod,
    AmountApplied,
    AmountRecovered,
    Handler,
    Department,
    DeductedDays,
    ExtensionDays,
    HasProperty,
    NetworkInquiryOn,
    DishonestListOn,
    ConsumptionRestrictionOn,
    ApplicantInterviewOn,
};
inline constexpr int CaseFieldCount = 19;

} // namespace caseload
