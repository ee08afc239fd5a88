#pragma once

#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"
#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

#include <QString>

#include <optional>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace caseload {

/// A monthly history with its forecast: the history line, the forecast line (dashed) and the 80%
/// and 95% bands, optionally a 50% band (the backlog fan's middle half) and a horizontal level line.
/// Series carry object names: "history", "forecast", "band80", "band95", "band50", "level". Tooltips
/// give the month and the exact values (forecast and both intervals on the forecast months).
class ForecastChart : public InteractiveChartView
{
    Q_OBJECT

public:
    explicit ForecastChart(QWidget *parent = nullptr);

    /// Shows `history` and `forecast`; `historyName` names the history in the legend and tooltips
    /// ("Filed"), `role` colours both lines.
    void setSeries(const MonthlySeries &history, const ForecastResult &forecast, const QString &historyName,
        chartStyle::Role role);
    /// The 50% band (one value per forecast month each); empty vectors hide it.
    void setInnerBand(const std::vector<double> &lo, const std::vector<double> &hi);
    /// The level line; nullopt hides it.
    void setLevel(std::optional<double> level);
    void setTitle(const QString &title);

    QLineSeries *historySeries() const { return m_history; }
    QLineSeries *forecastSeries() const { return m_forecast; }
    QAreaSeries *band80() const { return m_band80; }
    QAreaSeries *band95() const { return m_band95; }
    QAreaSeries *band50() const { return m_band50; }
    QLineSeries *levelSeries() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void restyle();
    void updateAxes();
    QString tooltip(QAbstractSeries *series, int index) const;

    MonthlySeries m_historyData;
    ForecastResult m_forecastData;
    std::vector<double> m_innerLo;
    std::vector<double> m_innerHi;
    std::optional<double> m_levelValue;
    QString m_historyName;
    chartStyle::Role m_role = chartStyle::Role::Filed;

    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    QLineSeries *m_history = nullptr;
    QLineSeries *m_forecast = nullptr;
    QAreaSeries *m_band95 = nullptr;
    QAreaSeries *m_band80 = nullptr;
    QAreaSeries *m_band50 = nullptr;
    QLineSeries *m_level = nullptr;
};

} // namespace caseload
