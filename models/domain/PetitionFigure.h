#pragma once

#include <QDate>
#include <QString>

namespace caseload {

/// Hand-entered figures from the petition system (信访) for core indicator 3: petitions about
/// execution received and resolved by one court in one period.
struct PetitionFigure
{
    QString court; ///< court name as in the cases
    QDate from; ///< first day of the period
    QDate to; ///< last day of the period
    qint64 received = 0;
    qint64 resolved = 0; ///< at most `received`

    friend bool operator==(const PetitionFigure &, const PetitionFigure &) = default;
};

} // namespace caseload
