#pragma once

#include "forecast/ForecastEngine.h"

#include <QWidget>

class QLabel;
class QLineSeries;
class QScatterSeries;
class QDateTimeAxis;
class QTableWidget;
class QValueAxis;

namespace caseload {

class InteractiveChartView;

/// How well the chosen forecast did: the rolling-origin backtest per horizon 1..12 (MASE, sMAPE,
/// bias, 80% / 95% coverage) beside seasonal naive's on the same origins, with the mean over horizons
/// as the last row; and the residuals (actual − fitted) of the chosen model by month.
class AccuracyPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        Horizon,
        Origins,
        Mase,
        NaiveMase,
        Smape,
        NaiveSmape,
        Bias,
        NaiveBias,
        Coverage80,
        NaiveCoverage80,
        Coverage95,
        NaiveCoverage95,
        ColumnCount
    };

    explicit AccuracyPanel(QWidget *parent = nullptr);

    void setReport(const ForecastReport &report);

    QTableWidget *table() const { return m_table; }
    InteractiveChartView *residualsView() const { return m_view; }
    /// The residual points (months without a fitted value are left out).
    QScatterSeries *residualsSeries() const { return m_residuals; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void restyle();
    void fill();
    QString tooltip(int index) const;

    ForecastReport m_report;
    std::vector<int> m_residualMonths;
    QLabel *m_tableTitle = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    InteractiveChartView *m_view = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    QScatterSeries *m_residuals = nullptr;
    QLineSeries *m_zero = nullptr;
};

} // namespace caseload
