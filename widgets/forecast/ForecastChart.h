#pragma once

#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"
#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

#include <QHash>
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
/// The forecast line starts at the last actual point when the forecast follows the history directly,
/// so that the two lines join (that point's tooltip is the actual value); the bands start at the
/// first forecast month. A series the user hid or showed through the legend keeps that state across
/// data updates.
class ForecastChart : public InteractiveChartView
{
    Q_OBJECT

public:
    explicit ForecastChart(QWidget *parent = nullptr);

    /// Shows `history` and `forecast`; `historyName` names the history in the legend and tooltips
    /// ("Filed"), `role` colours both lines. Resets the inner band and setForecastIsMedian().
    void setSeries(const MonthlySeries &history, const ForecastResult &forecast, const QString &historyName,
        chartStyle::Role role);
    /// The forecast line is the median of simulated paths (the backlog fan): the legend and tooltips
    /// call it so instead of "Forecast".
    void setForecastIsMedian(bool median);
    bool forecastIsMedian() const { return m_median; }
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
    /// Index in forecastSeries() of the first forecast month: 1 when the line starts at the last
    /// actual point, else 0.
    int firstForecastPoint() const { return m_joined ? 1 : 0; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void restyle();
    void updateAxes();
    /// Sets each series' visibility to the user's legend choice (series without data stay visible,
    /// empty, with their legend marker hidden).
    void applyVisibility(bool innerShown, bool levelShown);
    QString tooltip(QAbstractSeries *series, int index) const;

    MonthlySeries m_historyData;
    ForecastResult m_forecastData;
    std::vector<double> m_innerLo;
    std::vector<double> m_innerHi;
    std::optional<double> m_levelValue;
    QString m_historyName;
    chartStyle::Role m_role = chartStyle::Role::Filed;
    bool m_median = false;
    bool m_joined = false;
    /// The user's legend choice per series object name (absent: shown).
    QHash<QString, bool> m_shown;
    bool m_applyingVisibility = false;

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
