#pragma once

#include "ChartPanel.h"
#include "analytics/AnalyticsResult.h"

#include <QList>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace caseload {

/// Cases filed and closed per calendar month, as two lines over a date axis. Each month's point is
/// drawn at the 15th of the month (local time), so that axis ticks spaced in whole months fall
/// inside the month they label.
class MonthlyFlowChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit MonthlyFlowChart(QWidget *parent = nullptr);

    /// Shows "loading" until setFlow() or setLoadError() is called.
    void setLoading();
    /// Replaces the data in one batch; an empty list shows the "no cases yet" message.
    void setFlow(const QList<MonthlyPoint> &flow);
    void setLoadError(const QString &error);

    const QLineSeries *filedSeries() const { return m_filed; }
    const QLineSeries *closedSeries() const { return m_closed; }
    const QDateTimeAxis *dateAxis() const { return m_dateAxis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Loading, Empty, Failed, Data };

    void retranslate();
    void updateAxes(const QList<MonthlyPoint> &flow, qreal maxCount);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_filed = nullptr;
    QLineSeries *m_closed = nullptr;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    State m_state = State::Empty;
    QString m_error;
};

} // namespace caseload
