#pragma once

#include "AnalyticsQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace caseload {

class CaseTable;

/// Which of the filtered cases a case list shows (the dashboard's drill-downs and warning lists).
/// Applied on top of AnalyticsInput::filter's courts, groups, types, causes, handlers and methods;
/// the filter's period is ignored except as the default date for the kinds that need one.
struct CaseSubset
{
    enum class Kind {
        All, ///< every case passing the filter, any date
        Filed, ///< filed on a day in from..to
        Closed, ///< closed on a day in from..to
        Pending, ///< filed on or before asOf and not closed by then
        Overdue, ///< pending at asOf with deadline < asOf
        DueSoon, ///< pending at asOf with asOf <= deadline <= asOf + days
    };
    Kind kind = Kind::All;
    QDate from; ///< Filed / Closed: first day (inclusive); invalid: the filter's period start
    QDate to; ///< Filed / Closed: last day (inclusive); invalid: the filter's period end
    QDate asOf; ///< Pending / Overdue / DueSoon; invalid: the filter's as-of date (or period end)
    int days = 30; ///< DueSoon
    /// Narrows to these courts (names) in addition to the filter (drill-down from a court).
    QStringList courts;

    friend bool operator==(const CaseSubset &, const CaseSubset &) = default;
};

/// Picks the rows of a CaseTable for a case list, with the same filter semantics as Analytics.
class CaseSelection
{
    Q_DECLARE_TR_FUNCTIONS(caseload::CaseSelection)

public:
    /// Progress: share done in 0..1; return false to cancel.
    using Progress = std::function<bool(double done)>;

    /// Rows (CaseTable row indices) of the cases in `subset`. Order: Filed, All and Pending by filing
    /// day (oldest first), Closed by closure day, Overdue and DueSoon by deadline (earliest first);
    /// ties by row. Returns nullopt when cancelled (error empty) or when the filter cannot be applied
    /// (error set, as Analytics::compute). The counts of Overdue / DueSoon (days 30) equal
    /// PendingAge::overdue / dueWithin30Days of the same input.
    static std::optional<std::vector<quint32>> select(const CaseTable &table, const AnalyticsInput &input,
        const CaseSubset &subset, QString *error, const Progress &progress = {});

    /// The case's deadline as a day number: filing + the time limit (IndicatorSettings::timeLimitMonths
    /// calendar months, DOMAIN.md) + extension days + deducted days.
    static qint32 deadlineDay(const CaseTable &table, qint64 row, const IndicatorSettings &settings);
};

} // namespace caseload
