#pragma once

#include "analytics/AnalyticsQuery.h"
#include "analytics/AnalyticsResult.h"
#include "forecast/MonthlySeries.h"

#include <QStringList>

namespace caseload {

class CaseTable;

/// Which monthly series is forecast.
enum class ForecastSeriesKind { Filed, Closed, Pending };

/// The three monthly series of one filter, ready for the forecast engine.
struct ForecastSeriesSet
{
    MonthlySeries filed;
    MonthlySeries closed;
    MonthlySeries pending; ///< month-end stock
    /// Months left out (an incomplete last month), in the user's language.
    QStringList messages;

    const MonthlySeries &series(ForecastSeriesKind kind) const;
};

/// Building the forecast's history from the analytics engine, so that every forecast is of the
/// same figures the dashboard shows.
class ForecastInput
{
public:
    /// The dashboard's input widened to the whole history: from the data's first month to the end
    /// of the selected period (the same courts, groups, case types and settings).
    static AnalyticsInput historyInput(const AnalyticsInput &input);
    /// The monthly series of `result` (computed for historyInput()). A last month that the data do
    /// not cover to its end (`table.lastDay()` before the month's last day) is left out, with a
    /// message: a half month would read as a collapse in filings.
    static ForecastSeriesSet series(const AnalyticsResult &result, const CaseTable &table);
    /// Parses a "month,value" CSV (header required, months YYYY-MM, ascending, no gaps; values >= 0).
    /// On failure returns false with `error` naming the file, line and field.
    static bool readMonthlyCsv(const QString &path, MonthlySeries *out, QString *error);
    /// Parses a series name (filed, closed, pending); false when unknown.
    static bool parseKind(const QString &name, ForecastSeriesKind *kind);
};

} // namespace caseload
