#pragma once

#include "dashboard/DashboardPage.h"

#include <QFutureWatcher>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QAbstractSeries;
class QAreaSeries;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QStackedWidget;
class QTableView;
class QValueAxis;

namespace caseload {

class CaseListModel;
class InteractiveChartView;

/// The Durations page: how long cases take and which pending ones are late.
/// - the days from filing to closure of the period's closed cases (histogram) with the time limit;
/// - the Kaplan–Meier curve of the share of cases still open by days since filing, its confidence
///   band and the median;
/// - the age of the pending caseload at the as-of date (five buckets);
/// - two lists: the pending cases past their deadline and those reaching it within 30 days, with a
///   button (or a double click) that opens them on the Cases page (drillDownRequested).
/// The lists' rows are selected on a worker thread, and only while the page is visible.
class DurationsPage : public DashboardPage
{
    Q_OBJECT

public:
    enum class Chart { Histogram, Survival, PendingAge };
    enum class List { Overdue, DueSoon };

    explicit DurationsPage(QWidget *parent = nullptr);
    ~DurationsPage() override;

    QString title() const override;
    QString key() const override;
    void setData(const DashboardData &data) override;

    /// The view of one chart (tests). Series carry object names: "histogram", "timeLimit";
    /// "survival", "band", "median", "medianGuide", "survivalLimit"; "pendingAge".
    InteractiveChartView *view(Chart chart) const;
    /// A list's model, count label and table (tests).
    CaseListModel *listModel(List list) const;
    QString listHeader(List list) const;
    QTableView *listView(List list) const;
    /// The message shown instead of the page (no data, loading, error); empty while content shows.
    QString message() const;
    /// True while a list selection runs on the worker (tests).
    bool isSelecting() const;

Q_SIGNALS:
    /// Both lists hold the rows of the current data (tests, busy indicators).
    void listsReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// What a list selection on the worker returns.
    struct Selection
    {
        quint64 request = 0;
        std::optional<std::vector<quint32>> rows;
        QString error;
    };

    struct ListPanel
    {
        QLabel *header = nullptr;
        QPushButton *open = nullptr;
        QTableView *table = nullptr;
        CaseListModel *model = nullptr;
        QFutureWatcher<Selection> *watcher = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
        quint64 request = 0;
        bool ready = false;
    };

    void buildHistogram();
    void buildSurvival();
    void buildPendingAge();
    QWidget *buildList(ListPanel &panel, List list);

    void showResult();
    void showHistogram(const AnalyticsResult &result);
    void showSurvival(const AnalyticsResult &result);
    void showPendingAge(const AnalyticsResult &result);
    void startSelection();
    void startSelection(ListPanel &panel, List list);
    void selectionFinished(List list);
    void drillDown(List list);
    CaseSubset subset(List list) const;
    ListPanel &panel(List list);
    const ListPanel &panel(List list) const;

    QString histogramTooltip(int bin) const;
    QString survivalTooltip(QAbstractSeries *series, int index) const;
    QString pendingAgeTooltip(int bucket) const;
    void retranslate();
    void retranslateHeaders();
    void restyle();
    void updateState();

    DashboardData m_data;
    bool m_listsDirty = false;
    quint64 m_requests = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;

    QChart *m_histogramChart = nullptr;
    InteractiveChartView *m_histogramView = nullptr;
    QBarSeries *m_histogram = nullptr;
    QBarSet *m_histogramSet = nullptr;
    QLineSeries *m_timeLimit = nullptr;
    QCategoryAxis *m_histogramDays = nullptr;
    QValueAxis *m_histogramCounts = nullptr;

    QChart *m_survivalChart = nullptr;
    InteractiveChartView *m_survivalView = nullptr;
    QLineSeries *m_survival = nullptr;
    QAreaSeries *m_band = nullptr;
    QScatterSeries *m_median = nullptr;
    QLineSeries *m_medianGuide = nullptr;
    QLineSeries *m_survivalLimit = nullptr;
    QValueAxis *m_survivalDays = nullptr;
    QValueAxis *m_survivalShare = nullptr;
    /// SurvivalCurve::points index of each point of the step line (-1: the start at day 0).
    std::vector<int> m_stepPoints;

    QChart *m_ageChart = nullptr;
    InteractiveChartView *m_ageView = nullptr;
    QBarSeries *m_age = nullptr;
    QBarSet *m_ageSet = nullptr;
    QBarCategoryAxis *m_ageBuckets = nullptr;
    QValueAxis *m_ageCounts = nullptr;

    ListPanel m_overdue;
    ListPanel m_dueSoon;
};

} // namespace caseload
