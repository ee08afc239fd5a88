#pragma once

#include "dashboard/DashboardData.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QAction;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace caseload {

class CasesPage;
class DashboardController;
class DashboardPage;
class FilterBar;
class ImportsPage;
class SettingsPage;

/// The dashboard: the filter bar above, the list of pages on the left and the current page on the
/// right. It feeds every page each refresh of its DashboardController and wires the pages together:
/// drill-downs open the Cases page, the Courts page's selection sets the filter bar's courts, Back
/// returns to the page (and list) shown before. The filter, the splitter and the last page persist in
/// the settings passed in.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    /// `settings` must outlive the view.
    explicit DashboardView(QSettings &settings, QWidget *parent = nullptr);
    ~DashboardView() override;

    /// The cases and setup of the store at `location` were (re)loaded. A null table with an empty
    /// `error` means loading; with `error`, loading failed.
    void setStore(const QString &location, std::shared_ptr<const CaseTable> table,
        const AnalyticsInput &setup, const QString &error = {});
    /// Shows "loading" on every page until setStore() is called.
    void setLoading(const QString &location);
    /// The setup (settings, court groups, petitions) changed.
    void setSetup(const AnalyticsInput &setup);

    QList<DashboardPage *> pages() const { return m_pages; }
    DashboardPage *page(const QString &key) const;
    DashboardPage *currentPage() const;
    void showPage(const QString &key);
    /// Lists `drillDown` on the Cases page (remembering the page shown for Back).
    void drillDown(const DrillDown &drillDown);
    /// Returns to the page shown before; false when there is none.
    bool back();
    bool canGoBack() const { return !m_history.isEmpty(); }

    /// Back (Alt+Left), then one action per page (Ctrl+1 ... Ctrl+9), for the View menu.
    QAction *backAction() const { return m_backAction; }
    QList<QAction *> pageActions() const { return m_pageActions; }

    FilterBar *filterBar() const { return m_filterBar; }
    DashboardController *controller() const { return m_controller; }
    CasesPage *casesPage() const { return m_cases; }
    SettingsPage *settingsPage() const { return m_settingsPage; }

    /// Writes the filter, the splitter and the current page to the settings.
    void saveState();

Q_SIGNALS:
    /// The Imports page asks to import files.
    void importRequested();
    /// The Settings page chose a language ("system", "zh_CN", "en").
    void languageRequested(const QString &key);
    /// The Settings page stored new settings, groups or petitions: the setup must be read again.
    void setupChanged();
    /// A page lost its connection to the server at `location` (see isLostConnection).
    void connectionLost(const QString &location, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Visit
    {
        QString pageKey;
        DrillDown drillDown; ///< the Cases page's list at the time
    };

    void addPage(DashboardPage *page);
    void connectPage(DashboardPage *page);
    void retranslate();
    void setCurrent(int index, bool remember);
    void distribute(const DashboardData &data);
    void restoreState();

    QSettings &m_settings;
    DashboardController *m_controller = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<DashboardPage *> m_pages;
    CasesPage *m_cases = nullptr;
    ImportsPage *m_imports = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QAction *m_backAction = nullptr;
    QList<QAction *> m_pageActions;
    QList<Visit> m_history;
    bool m_restoring = false;
};

} // namespace caseload
