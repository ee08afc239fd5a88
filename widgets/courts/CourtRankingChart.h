#pragma once

#include "ChartPanel.h"

#include <QList>
#include <QString>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QScrollBar;
class QValueAxis;

namespace caseload {

class InteractiveChartView;

/// The Courts page's ranking: one horizontal bar per court, best first, at most `visibleBars` at a
/// time with a scroll bar beside the chart when there are more. Bars of the courts in the court
/// filter are highlighted. Clicking a bar emits courtClicked().
class CourtRankingChart : public ChartPanel
{
    Q_OBJECT

public:
    /// One court's bar.
    struct Bar
    {
        QString court;
        double value = 0; ///< in axis units (percent for shares)
        QString text; ///< the exact value as shown in the tooltip ("97.2%")
        bool highlighted = false; ///< in the court filter
    };

    static constexpr int VisibleBars = 15;

    explicit CourtRankingChart(QWidget *parent = nullptr);

    /// Shows `bars` in their order (the first on top) under `title`; `axisTitle` names the unit.
    /// An empty list shows `emptyMessage` instead.
    void setBars(
        const QList<Bar> &bars, const QString &title, const QString &axisTitle, const QString &emptyMessage);

    const QList<Bar> &bars() const { return m_bars; }
    /// Index into bars() of the top bar shown.
    int firstVisible() const;
    /// Scrolls so that bars()[first] is the top bar shown.
    void scrollTo(int first);
    /// Index into bars() of the bar drawn in category `category` of the chart (0: the bottom one);
    /// -1 when none.
    int barAt(int category) const;
    InteractiveChartView *view() const { return m_view; }
    QHorizontalBarSeries *series() const { return m_series; }

Q_SIGNALS:
    void courtClicked(const QString &court);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showWindow();

    QList<Bar> m_bars;
    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_courtAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    InteractiveChartView *m_view = nullptr;
    QScrollBar *m_scroll = nullptr;
};

} // namespace caseload
