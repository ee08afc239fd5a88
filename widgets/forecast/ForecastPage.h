#pragma once

#include "dashboard/DashboardPage.h"
#include "forecast/ForecastInput.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace caseload {

class AccuracyPanel;
class BacklogPanel;
class ForecastChart;
class ForecastController;
class InterventionEditor;
class ModelPanel;

/// The Forecast page: the next 12 months of filings, closures or the backlog for the dashboard's
/// filter, with honest intervals and measured accuracy (FORECASTING.md). Tabs:
/// - Forecast: the history with the forecast and its 80% / 95% bands, the chosen model and why, and
///   the engine's messages (fallbacks, widened intervals);
/// - Models: every candidate with AICc and backtest, coefficients in plain words;
/// - Accuracy: the backtest per horizon beside seasonal naive, and the residuals;
/// - Backlog: the simulated fan with the what-if sliders and "below X by month M with probability p";
/// - Level shifts: the interventions and model options, saved in the store.
/// All of it runs off the GUI thread (ForecastController); the work starts when the page is shown.
class ForecastPage : public DashboardPage
{
    Q_OBJECT

public:
    enum class Tab { Forecast, Models, Accuracy, Backlog, LevelShifts };

    explicit ForecastPage(QWidget *parent = nullptr);
    ~ForecastPage() override;

    QString title() const override;
    QString key() const override;
    /// Keeps the data; the forecast runs at once while the page is visible, else when it is shown.
    /// Data with the same history (only the period's start, the as-of date or the comparisons
    /// differ) keep the forecast shown.
    void setData(const DashboardData &data) override;

    ForecastSeriesKind seriesKind() const;
    void setSeriesKind(ForecastSeriesKind kind);

    ForecastController *controller() const { return m_controller; }
    QComboBox *seriesPicker() const { return m_series; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *tab(Tab tab) const;
    ForecastChart *forecastChart() const { return m_chart; }
    ModelPanel *modelPanel() const { return m_models; }
    AccuracyPanel *accuracyPanel() const { return m_accuracy; }
    BacklogPanel *backlogPanel() const { return m_backlog; }
    InterventionEditor *interventionEditor() const { return m_editor; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The chosen model's name and the reason, as shown.
    QString modelText() const;
    QString reasonText() const;
    /// The messages shown (fallbacks, widened intervals, left-out months); empty when none.
    QString messagesText() const;
    /// The status line: "Forecasting…", "Cancelled.", an error, or the span of the history used.
    QString statusText() const;

Q_SIGNALS:
    /// A forecast (or its error) is shown.
    void forecastShown();
    /// A new backlog fan is shown (what-if sliders).
    void fanShown();
    /// Reading the store at `location` failed for a lost or failed server connection (see
    /// isLostConnection): the window shows its one lost-connection bar.
    void connectionLost(const QString &location, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void run();
    void showOutcome();
    void showFan();
    void updateStatus();
    QString historyName(ForecastSeriesKind kind) const;

    DashboardData m_data;
    bool m_dirty = false;
    bool m_cancelled = false;
    ForecastController *m_controller = nullptr;

    QLabel *m_seriesLabel = nullptr;
    QComboBox *m_series = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_forecastTab = nullptr;
    ForecastChart *m_chart = nullptr;
    QLabel *m_model = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_messages = nullptr;
    ModelPanel *m_models = nullptr;
    AccuracyPanel *m_accuracy = nullptr;
    BacklogPanel *m_backlog = nullptr;
    InterventionEditor *m_editor = nullptr;
};

} // namespace caseload
