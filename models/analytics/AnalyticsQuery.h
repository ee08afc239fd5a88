#pragma once

#include "IndicatorSettings.h"
#include "domain/CaseType.h"
#include "domain/ClosureMethod.h"
#include "domain/PetitionFigure.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace caseload {

/// Which cases, which period, which as-of date. Empty lists mean "all". Courts and court groups
/// together select the union of their courts.
struct CaseFilter
{
    /// First day of the period (its month is the first month); invalid: the first month of the data.
    QDate from;
    /// Last day of the period (the whole month is taken); invalid: the last month of the data.
    QDate to;
    /// Date for the pending caseload's age and the Kaplan–Meier censoring; invalid: the period's end.
    QDate asOf;

    QStringList courts; ///< court names (or codes)
    /// Intermediate-court groups by code prefix (京01) or user-defined group names (see
    /// AnalyticsInput::courtGroups).
    QStringList courtGroups;
    QList<CaseType> types;
    QStringList causes;
    QStringList handlers;
    QList<ClosureMethod> methods; ///< closed cases with these methods only (pending cases drop out)
};

/// Everything the analytics need besides the cases.
struct AnalyticsInput
{
    CaseFilter filter;
    IndicatorSettings settings;
    /// User-defined court groups (the reform's pilot courts, ...): group name -> court names.
    QMap<QString, QStringList> courtGroups;
    /// Petition figures; those of the selected courts lying wholly inside the period are used.
    QList<PetitionFigure> petitions;
    /// Threads scanning the cases; 0: one per core once the table is large enough to pay for them.
    int threads = 0;
};

} // namespace caseload
