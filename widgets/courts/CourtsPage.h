#pragma once

#include "dashboard/DashboardPage.h"

#include <QStringList>
#include <QTimer>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace caseload {

class CourtComparisonModel;
class CourtRankingChart;
class CourtTableProxy;

/// The Courts page: every court's indicators side by side in a sortable table, a ranking bar chart by
/// the sorted column (or by clearance rate) and the share of courts meeting the standard. It lists
/// every court even while a court selection is active (DashboardData::allCourts) and marks the
/// selected ones. Selecting rows selects those courts on every page (courtsSelected()); a double
/// click on a row or a click on a bar lists the court's cases filed in the period.
class CourtsPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit CourtsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void setData(const DashboardData &data) override;

    /// Names of the courts selected in the table, in table order.
    QStringList selectedCourts() const;
    /// Selects exactly `courts` (names or codes) in the table, without emitting courtsSelected().
    void selectCourts(const QStringList &courts);

    QTableView *table() const { return m_table; }
    CourtComparisonModel *model() const { return m_model; }
    CourtRankingChart *rankingChart() const { return m_chart; }
    /// The share of courts meeting the standard as shown ("65.0%", or an em dash).
    QString shareText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateChart();
    void updateShare();
    void updateFilterLine();
    void userSelectionChanged();
    void drillDown(const QString &court);
    QStringList filterCourts() const;

    DashboardData m_data;
    CourtComparisonModel *m_model = nullptr;
    CourtTableProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    CourtRankingChart *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_shareCaption = nullptr;
    QLabel *m_shareValue = nullptr;
    QLabel *m_shareDetail = nullptr;
    QLabel *m_filterLine = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_clearButton = nullptr;
    /// Debounces courtsSelected() while the user extends a selection.
    QTimer m_selectionTimer;
    bool m_restoringSelection = false;
};

} // namespace caseload
