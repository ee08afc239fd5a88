#pragma once

#include "analytics/AnalyticsQuery.h"
#include "analytics/AnalyticsResult.h"
#include "analytics/CaseSelection.h"
#include "analytics/CaseTable.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace caseload {

/// What every dashboard page is given after a refresh: the cases, the input the figures were
/// computed for and the results. Cheap to copy (shared pointers); the results are immutable.
struct DashboardData
{
    QString storeLocation; ///< the store the table was loaded from (for pages that read it)
    std::shared_ptr<const CaseTable> table; ///< null while nothing is loaded
    AnalyticsInput input; ///< filter, settings, court groups and petitions of `result`
    std::shared_ptr<const AnalyticsResult> result; ///< null while nothing is loaded or on error
    /// The same input without the court selection (courts and court groups): the Courts page lists
    /// every court and marks the selected ones (cross-filtering). The same pointer as `result` when no
    /// court is selected.
    std::shared_ptr<const AnalyticsResult> allCourts;
    /// The period of the same length just before (for "change vs previous period"); may be null:
    /// comparisons arrive after the main result (DashboardController::comparisonsReady).
    std::shared_ptr<const AnalyticsResult> previous;
    /// The same period one year earlier (for "change vs same period last year"); may be null.
    std::shared_ptr<const AnalyticsResult> yearAgo;
    /// The 12 months ending with the period's last month, for sparklines; may be null.
    std::shared_ptr<const AnalyticsResult> trailing12;
    /// Each month of `trailing12` computed alone (oldest first), for the sparklines of figures that
    /// have no monthly series (median days, shares, recovery, core indicators); empty until the
    /// comparisons arrive.
    std::vector<std::shared_ptr<const AnalyticsResult>> trailingMonths;
    QString error; ///< why there is no result (translated); empty otherwise
    /// The store's cases are being read (DashboardView::setLoading): pages say so rather than that
    /// nothing is loaded.
    bool loading = false;

    bool hasResult() const { return table && result; }
};

/// A request to list cases: the Cases page shows `subset` of the dashboard's current filter.
struct DrillDown
{
    CaseSubset subset;
    QString title; ///< translated description shown above the list ("Filed in March 2018, 北京一中院")

    friend bool operator==(const DrillDown &, const DrillDown &) = default;
};

} // namespace caseload

Q_DECLARE_METATYPE(caseload::DashboardData)
Q_DECLARE_METATYPE(caseload::DrillDown)
