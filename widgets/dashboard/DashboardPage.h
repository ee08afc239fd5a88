#pragma once

#include "DashboardData.h"

#include <QString>
#include <QStringList>
#include <QWidget>

namespace caseload {

/// Base of the dashboard's pages (Overview, Trends, Durations, Measures, Courts, Cases, Imports,
/// Settings). MainWindow puts them in a stack, hands every page each refresh through setData() and
/// connects their requests (drill-down, court selection) to the other pages and the filter bar.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The page's name in the page list (translated); changes with the language.
    virtual QString title() const = 0;
    /// A stable key for settings ("overview", "trends", ...).
    virtual QString key() const = 0;
    /// Shows the data of a refresh. Called on every refresh, also while the page is hidden: pages with
    /// costly work of their own (the Cases page's selection) defer it until they are shown.
    virtual void setData(const DashboardData &data) = 0;

Q_SIGNALS:
    /// Asks to list these cases on the Cases page (a click on a month, a court, a warning).
    void drillDownRequested(const caseload::DrillDown &drillDown);
    /// Asks the filter bar to select exactly these courts (names); empty selects all (cross-filter).
    void courtsSelected(const QStringList &courts);
};

} // namespace caseload
