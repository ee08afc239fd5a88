#pragma once

#include "ChartPanel.h"
#include "analytics/AnalyticsResult.h"
#include "analytics/CaseTable.h"

#include <QStringList>

#include <array>
#include <optional>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QValueAxis;

namespace caseload {

class InteractiveChartView;

/// Each measure's share of the cases filed in the period, court by court (CourtRow::measureShare):
/// horizontal bars, one colour per measure, courts ordered by name from the top. A click on a court's
/// bar emits courtClicked().
class MeasureCourtsPanel : public ChartPanel
{
    Q_OBJECT

public:
    explicit MeasureCourtsPanel(QWidget *parent = nullptr);

    /// Shows the courts of `result` for the measures marked available in it.
    void setResult(const AnalyticsResult &result);

    /// Court names as drawn, top to bottom.
    const QStringList &courts() const { return m_courts; }
    /// The bars of `measure`, in percent, bottom to top (Qt Charts' category order); null when the
    /// data lacks the measure.
    QBarSet *barSet(CaseTable::Measure measure) const { return m_sets[size_t(measure)]; }
    InteractiveChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }

Q_SIGNALS:
    void courtClicked(const QString &court);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyStyle();
    QString tooltip(QBarSet *set, int index) const;

    QChart *m_chart = nullptr;
    InteractiveChartView *m_view = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_courtAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
    std::array<QBarSet *, CaseTable::MeasureCount> m_sets = {};
    QStringList m_courts; ///< top to bottom
    /// Shares by court (top to bottom), by measure.
    std::vector<std::array<std::optional<double>, CaseTable::MeasureCount>> m_shares;
};

} // namespace caseload
