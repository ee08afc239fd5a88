#include "DashboardView.h"

#include "cases/CasesPage.h"
#include "courts/CourtsPage.h"
#include "dashboard/DashboardController.h"
#include "dashboard/DashboardPage.h"
#include "durations/DurationsPage.h"
#include "export/TableExportAction.h"
#include "filter/FilterBar.h"
#include "filter/FilterState.h"
#include "forecast/ForecastPage.h"
#include "imports/ImportsPage.h"
#include "measures/MeasuresPage.h"
#include "overview/OverviewPage.h"
#include "settings/SettingsPage.h"
#include "trends/TrendsPage.h"

#include <QAction>
#include <QEvent>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace caseload {

namespace {

const QString pageKey = QStringLiteral("dashboard/page");
const QString splitterKey = QStringLiteral("dashboard/splitter");
constexpr int HistoryLimit = 50;

} // namespace

DashboardView::DashboardView(QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_controller(new DashboardController(this))
    , m_filterBar(new FilterBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pageList(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageList->setUniformItemSizes(true);
    m_pageList->setSpacing(2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    m_cases = new CasesPage(this);
    m_imports = new ImportsPage(this);
    m_settingsPage = new SettingsPage(this);
    addPage(new OverviewPage(this));
    addPage(new TrendsPage(this));
    addPage(new DurationsPage(this));
    addPage(new MeasuresPage(this));
    addPage(new CourtsPage(this));
    auto *forecast = new ForecastPage(this);
    addPage(forecast);
    addPage(m_cases);
    addPage(m_imports);
    // The pages' own connections to a server, lost: the window's one bar says so.
    connect(forecast, &ForecastPage::connectionLost, this, &DashboardView::connectionLost);
    connect(m_cases, &CasesPage::connectionLost, this, &DashboardView::connectionLost);
    connect(m_imports, &ImportsPage::connectionLost, this, &DashboardView::connectionLost);
    addPage(m_settingsPage);
    for (DashboardPage *p : std::as_const(m_pages))
        TableExportAction::installInTables(p);

    m_backAction = new QAction(this);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &DashboardView::back);
    addAction(m_backAction);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) { setCurrent(row, true); });
    connect(m_controller, &DashboardController::dataReady, this, &DashboardView::distribute);
    connect(m_controller, &DashboardController::comparisonsReady, this, &DashboardView::distribute);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this] {
        m_controller->setFilter(m_filterBar->filter());
        m_filterBar->state().save(m_settings);
    });
    connect(m_imports, &ImportsPage::importRequested, this, &DashboardView::importRequested);
    connect(m_settingsPage, &SettingsPage::languageRequested, this, &DashboardView::languageRequested);
    connect(m_settingsPage, &SettingsPage::setupChanged, this, &DashboardView::setupChanged);

    retranslate();
    restoreState();
}

DashboardView::~DashboardView() = default;

void DashboardView::addPage(DashboardPage *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_pageList->addItem(page->title());
    auto *action = new QAction(this);
    const int index = int(m_pages.size()) - 1;
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { setCurrent(index, true); });
    addAction(action);
    m_pageActions.append(action);
    connectPage(page);
}

void DashboardView::connectPage(DashboardPage *page)
{
    connect(page, &DashboardPage::drillDownRequested, this, &DashboardView::drillDown);
    connect(page, &DashboardPage::courtsSelected, m_filterBar, &FilterBar::setCourts);
}

DashboardPage *DashboardView::page(const QString &key) const
{
    for (DashboardPage *p : m_pages) {
        if (p->key() == key)
            return p;
    }
    return nullptr;
}

DashboardPage *DashboardView::currentPage() const
{
    return qobject_cast<DashboardPage *>(m_stack->currentWidget());
}

void DashboardView::showPage(const QString &key)
{
    if (DashboardPage *p = page(key))
        setCurrent(int(m_pages.indexOf(p)), true);
}

void DashboardView::setCurrent(int index, bool remember)
{
    if (index < 0 || index >= m_pages.size() || index == m_stack->currentIndex())
        return;
    if (remember && !m_restoring && currentPage()) {
        m_history.append({currentPage()->key(), m_cases->drillDown()});
        if (m_history.size() > HistoryLimit)
            m_history.removeFirst();
    }
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_pageList);
        m_pageList->setCurrentRow(index);
    }
    m_backAction->setEnabled(canGoBack());
}

void DashboardView::drillDown(const DrillDown &drillDown)
{
    if (currentPage() == m_cases) {
        // A new list on the Cases page itself: Back returns to the list shown before.
        m_history.append({m_cases->key(), m_cases->drillDown()});
        m_backAction->setEnabled(true);
    }
    m_cases->showDrillDown(drillDown);
    setCurrent(int(m_pages.indexOf(m_cases)), true);
}

bool DashboardView::back()
{
    if (m_history.isEmpty())
        return false;
    const Visit visit = m_history.takeLast();
    if (visit.drillDown != m_cases->drillDown())
        m_cases->showDrillDown(visit.drillDown);
    if (DashboardPage *p = page(visit.pageKey))
        setCurrent(int(m_pages.indexOf(p)), false);
    m_backAction->setEnabled(canGoBack());
    return true;
}

void DashboardView::setStore(const QString &location, std::shared_ptr<const CaseTable> table,
    const AnalyticsInput &setup, const QString &error)
{
    m_filterBar->setTable(table);
    m_filterBar->setCourtGroups(setup.courtGroups);
    m_controller->setStoreLocation(location);
    m_controller->setSetup(setup);
    m_controller->setFilter(m_filterBar->filter());
    if (!error.isEmpty() || !table) {
        DashboardData data;
        data.storeLocation = location;
        data.error = error;
        distribute(data);
    }
    m_controller->setTable(std::move(table));
}

void DashboardView::setLoading(const QString &location)
{
    m_controller->setTable(nullptr);
    DashboardData data;
    data.storeLocation = location;
    data.loading = true;
    distribute(data);
}

void DashboardView::setSetup(const AnalyticsInput &setup)
{
    m_filterBar->setCourtGroups(setup.courtGroups);
    m_controller->setSetup(setup);
    // A checked group the new setup no longer has was dropped by the bar without filterChanged().
    m_controller->setFilter(m_filterBar->filter());
}

void DashboardView::distribute(const DashboardData &data)
{
    for (DashboardPage *p : std::as_const(m_pages))
        p->setData(data);
}

void DashboardView::saveState()
{
    m_settings.setValue(splitterKey, m_splitter->saveState());
    if (const DashboardPage *p = currentPage())
        m_settings.setValue(pageKey, p->key());
    m_filterBar->state().save(m_settings);
}

void DashboardView::restoreState()
{
    m_restoring = true;
    FilterState state;
    state.restore(m_settings);
    m_filterBar->setState(state);
    m_controller->setFilter(m_filterBar->filter());
    if (!m_splitter->restoreState(m_settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({180, 1000});
    DashboardPage *p = page(m_settings.value(pageKey).toString());
    setCurrent(p ? int(m_pages.indexOf(p)) : 0, false);
    if (m_stack->currentIndex() == 0) {
        const QSignalBlocker blocker(m_pageList);
        m_pageList->setCurrentRow(0);
    }
    m_restoring = false;
}

void DashboardView::retranslate()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pageList->item(i)->setText(m_pages.at(i)->title());
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    m_backAction->setText(tr("&Back"));
    m_pageList->setAccessibleName(tr("Pages"));
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace caseload
