#pragma once

#include "CaseType.h"
#include "ClosureMethod.h"

#include <QDate>
#include <QString>

#include <optional>

namespace caseload {

/// One normalised execution case (DOMAIN.md, "A case export"). Amounts are in fen (0.01 yuan) so
/// that sums are exact; dates are calendar dates without time. Empty QString / invalid QDate /
/// nullopt mean "not in the export".
struct CaseRecord
{
    QString caseNumber; ///< as written, blanks trimmed, brackets normalised to full-width
    QString courtName;
    QString courtCode; ///< from the court-code column, else from the case number
    CaseType type = CaseType::Unknown;
    QString cause;
    QDate filedOn; ///< always valid for an accepted case
    QDate closedOn; ///< invalid while pending
    ClosureMethod closureMethod = ClosureMethod::None;
    std::optional<qint64> appliedFen;
    std::optional<qint64> recoveredFen;
    QString handler;
    QString department;
    int deductedDays = 0; ///< days not counted toward the time limit
    int extensionDays = 0; ///< approved extension
    std::optional<bool> hasProperty;
    QDate networkInquiryOn;
    QDate dishonestListOn;
    QDate consumptionRestrictionOn;
    QDate applicantInterviewOn;
    QString parties; ///< personal data: only filled when the user opted in

    bool isClosed() const { return closedOn.isValid(); }
    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;
};

} // namespace caseload
