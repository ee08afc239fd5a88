#pragma once

#include "ChartPanel.h"
#include "analytics/AnalyticsResult.h"
#include "analytics/CaseTable.h"

#include <QList>

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QBarSet;
class QChart;
class QLabel;
class QValueAxis;

namespace caseload {

class InteractiveChartView;

/// Which 终本 (termination) quality checks of indicator 2 fail most (AnalyticsResult::terminationChecks):
/// a horizontal bar of failing terminations per check in use, most failing at the top, and the line "N of M
/// terminations fail at least one check".
class TerminationChecksPanel : public ChartPanel
{
    Q_OBJECT

public:
    explicit TerminationChecksPanel(QWidget *parent = nullptr);

    void setResult(const AnalyticsResult &result);

    /// The checks drawn, in bar order (most failing first).
    const QList<CaseTable::Measure> &checks() const { return m_checks; }
    /// Failing terminations per check, bottom to top (Qt Charts' order): the reverse of checks().
    QBarSet *failingSet() const { return m_failing; }
    /// The "N of M terminations fail at least one check" line.
    QString summary() const;
    InteractiveChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyStyle();
    QString tooltip(int index) const;

    QChart *m_chart = nullptr;
    InteractiveChartView *m_view = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_failing = nullptr;
    QBarCategoryAxis *m_checkAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QLabel *m_summary = nullptr;
    TerminationChecks m_data;
    QList<CaseTable::Measure> m_checks;
};

} // namespace caseload
