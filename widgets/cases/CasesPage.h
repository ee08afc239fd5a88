#pragma once

#include "dashboard/DashboardPage.h"

#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace caseload {

class CaseDetailDialog;
class CaseListModel;

/// The Cases page: the cases of the current filter, or of a drill-down (showDrillDown()), in a lazy
/// table that scrolls smoothly through a million rows, with a search by case number and the whole
/// case on a double click or Enter. Selections and searches run on worker threads; a newer request
/// drops the older one's result.
class CasesPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit CasesPage(QWidget *parent = nullptr);
    ~CasesPage() override;

    QString title() const override;
    QString key() const override;
    /// Keeps the data; the list is recomputed at once while the page is visible, else when shown.
    void setData(const DashboardData &data) override;

    /// Lists `drillDown`'s cases (of the current filter) under its title; recomputed at once.
    void showDrillDown(const DrillDown &drillDown);
    /// Back to every case of the filter.
    void showAll();
    const DrillDown &drillDown() const { return m_drillDown; }

    /// Opens the detail of list row `row` (window-modal, not blocking); nullptr when out of range.
    CaseDetailDialog *openCase(int row);

    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QString headingText() const;
    QString countText() const;
    /// True while a selection or a search is running.
    bool isBusy() const { return m_selecting || m_searching; }

Q_SIGNALS:
    /// The list shows the result of the latest selection and search.
    void rowsShown();
    /// Reading the store at `location` failed for a lost or failed server connection (see
    /// isLostConnection): the window shows its one lost-connection bar.
    void connectionLost(const QString &location, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void recompute();
    void runSearch();
    void showRows(std::vector<quint32> rows);
    void updateHeading();
    void updateCount();

    DashboardData m_data;
    DrillDown m_drillDown;
    bool m_dirty = false;
    /// The drill-down's rows before the search narrows them.
    std::shared_ptr<const std::vector<quint32>> m_baseRows;
    /// Count requests: a worker whose number is no longer current stops early and is ignored.
    std::shared_ptr<std::atomic<quint64>> m_selectionGeneration;
    quint64 m_searchGeneration = 0;
    bool m_selecting = false;
    bool m_searching = false;
    QString m_error;

    CaseListModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_showAll = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer m_searchTimer;
};

} // namespace caseload
