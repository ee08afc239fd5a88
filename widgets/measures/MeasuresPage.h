#pragma once

#include "dashboard/DashboardPage.h"

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace caseload {

class MeasureCourtsPanel;
class MeasureTrendPanel;
class MeasureUsageModel;
class TerminationChecksPanel;

/// The Measures page: use of the enforcement measures (network inquiry, dishonest list, consumption
/// restriction, applicant interview) over time and per court, which 终本 quality checks fail most, and
/// each measure's usage figures. Shown when the data has at least one measure column; otherwise a
/// message names the columns that would enable it.
class MeasuresPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit MeasuresPage(QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void setData(const DashboardData &data) override;

    /// True while the message (no data, or no measure column) is shown instead of the charts.
    bool isShowingMessage() const;
    /// The message shown, empty while the charts are shown.
    QString message() const;

    MeasureTrendPanel *trendPanel() const { return m_trend; }
    MeasureCourtsPanel *courtsPanel() const { return m_courts; }
    TerminationChecksPanel *checksPanel() const { return m_checks; }
    MeasureUsageModel *usageModel() const { return m_usage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Loading, NoData, Failed, NoMeasures, Data };

    void retranslate();
    void drillDownToCourt(const QString &court);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    MeasureTrendPanel *m_trend = nullptr;
    MeasureCourtsPanel *m_courts = nullptr;
    TerminationChecksPanel *m_checks = nullptr;
    QLabel *m_usageTitle = nullptr;
    QTableView *m_usageView = nullptr;
    MeasureUsageModel *m_usage = nullptr;
    State m_state = State::NoData;
    QString m_error;
    DashboardData m_data;
};

} // namespace caseload
