#pragma once

#include "ChartPanel.h"
#include "analytics/AnalyticsResult.h"
#include "analytics/CaseTable.h"

#include <QDate>

#include <array>
#include <vector>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace caseload {

class InteractiveChartView;

/// Use of the enforcement measures over time: one line per measure the data has, the number of
/// measures dated in each month (MonthlyPoint::measuresApplied) over a zoomable date axis. Each
/// month's point is drawn at the 15th of the month.
class MeasureTrendPanel : public ChartPanel
{
    Q_OBJECT

public:
    explicit MeasureTrendPanel(QWidget *parent = nullptr);

    /// Shows the months of `result` for the measures marked available in it.
    void setResult(const AnalyticsResult &result);

    /// The line of `measure`; null when the data lacks the measure.
    QLineSeries *series(CaseTable::Measure measure) const { return m_series[size_t(measure)]; }
    InteractiveChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildSeries(const std::array<bool, CaseTable::MeasureCount> &available);
    void retranslate();
    void applyStyle();
    QString tooltip(int measure, int index) const;

    QChart *m_chart = nullptr;
    InteractiveChartView *m_view = nullptr;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    std::array<QLineSeries *, CaseTable::MeasureCount> m_series = {};
    std::vector<QDate> m_months;
    std::vector<std::array<qint64, CaseTable::MeasureCount>> m_counts;
    bool m_empty = true;
};

} // namespace caseload
