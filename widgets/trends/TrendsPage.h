#pragma once

#include "dashboard/DashboardPage.h"

#include <QDate>
#include <QList>

#include <vector>

class QAbstractSeries;
class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QStackedWidget;
class QValueAxis;

namespace caseload {

class InteractiveChartView;

/// The Trends page: three monthly charts of the period on one shared time axis (zooming or panning
/// one moves all three):
/// - cases filed and closed per month (lines), December closures marked;
/// - cases pending at each month's end (area);
/// - the clearance rate per month with the 100% reference line and, lighter, the rolling 12 months.
/// The month of each Spring Festival is shaded on every chart. Clicking a month of the filed,
/// closed or pending series asks for those cases (drillDownRequested).
class TrendsPage : public DashboardPage
{
    Q_OBJECT

public:
    enum class Chart { Flow, Pending, Clearance };

    explicit TrendsPage(QWidget *parent = nullptr);
    ~TrendsPage() override;

    QString title() const override;
    QString key() const override;
    void setData(const DashboardData &data) override;

    /// The view of one chart (tests, keyboard focus). Series carry object names: "filed", "closed",
    /// "december", "pending", "clearance", "clearanceRolling12", "reference", "springFestival".
    InteractiveChartView *view(Chart chart) const;
    /// The message shown instead of the charts (no data, loading, error); empty while charts show.
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ChartParts
    {
        QChart *chart = nullptr;
        InteractiveChartView *view = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *values = nullptr;
        QAreaSeries *springFestival = nullptr;
    };

    void buildFlowChart();
    void buildPendingChart();
    void buildClearanceChart();
    ChartParts makeChart(const QString &name);
    QAreaSeries *addSpringFestivalShading(ChartParts &parts);
    void addSeries(ChartParts &parts, QAbstractSeries *series);

    void showResult();
    void updateTimeAxes();
    void updateShading(ChartParts &parts);
    void updateTicks();
    void syncRange(InteractiveChartView *source, qreal min, qreal max);
    void onPointClicked(QAbstractSeries *series, int index);
    QString tooltip(QAbstractSeries *series, int index) const;
    void retranslate();
    void restyle();
    void updateState();

    DashboardData m_data;
    /// The months shown (first days), as in result.monthly.
    QList<QDate> m_months;
    /// Index into m_months of each point of the clearance, rolling and December series (they skip
    /// months without a value).
    std::vector<int> m_clearanceMonths;
    std::vector<int> m_rollingMonths;
    std::vector<int> m_decemberMonths;
    QList<QDate> m_festivals;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_resetZoom = nullptr;
    ChartParts m_flow;
    ChartParts m_pending;
    ChartParts m_clearance;
    QLineSeries *m_filed = nullptr;
    QLineSeries *m_closed = nullptr;
    QScatterSeries *m_december = nullptr;
    QAreaSeries *m_pendingArea = nullptr;
    QLineSeries *m_pendingLine = nullptr;
    QLineSeries *m_clearanceRate = nullptr;
    QLineSeries *m_rolling = nullptr;
    QLineSeries *m_reference = nullptr;
    bool m_syncing = false;
};

} // namespace caseload
