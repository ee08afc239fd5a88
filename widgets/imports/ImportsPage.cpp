#include "ImportsPage.h"

#include "ImportHistoryModel.h"
#include "connection/LostConnection.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caseload {

ImportsPage::ImportsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_model(new ImportHistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel)
    , m_view(new QTableView)
    , m_import(new QPushButton)
    , m_openReport(new QPushButton)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportHistoryModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportHistoryModel::ImportedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::File, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ImportHistoryModel::File, 180);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_openReport->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_openReport);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    setTabOrder(m_view, m_openReport);
    setTabOrder(m_openReport, m_import);

    connect(m_import, &QPushButton::clicked, this, &ImportsPage::importRequested);
    connect(m_openReport, &QPushButton::clicked, this, &ImportsPage::openRejectReport);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_openReport->isEnabled())
            openRejectReport();
    });
    connect(&m_watcher, &QFutureWatcher<HistoryRead>::finished, this, &ImportsPage::onHistoryRead);
    retranslate();
}

ImportsPage::~ImportsPage()
{
    // A read is short; waiting keeps its Store from outliving the application's SQL driver.
    m_watcher.waitForFinished();
}

QString ImportsPage::title() const
{
    return tr("Imports");
}

QString ImportsPage::key() const
{
    return QStringLiteral("imports");
}

void ImportsPage::setData(const DashboardData &data)
{
    // A filter change keeps the table; an import or another store brings a new one.
    const bool changed = data.storeLocation != m_location || data.table.get() != m_table;
    m_location = data.storeLocation;
    m_table = data.table.get();
    if (!changed)
        return;
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ImportsPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_stale)
        reload();
}

void ImportsPage::reload()
{
    m_stale = false;
    ++m_generation;
    if (m_watcher.isRunning())
        return; // onHistoryRead drops that result and starts again
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&ImportsPage::readHistory, m_location));
    retranslate();
}

bool ImportsPage::isLoading() const
{
    return m_watcher.isRunning();
}

ImportsPage::HistoryRead ImportsPage::readHistory(const QString &location)
{
    HistoryRead read;
    if (location.isEmpty())
        return read;
    // A Store belongs to the thread that opened it: this one is opened, read and closed here.
    const std::unique_ptr<Store> store = Store::open(location, &read.error);
    if (store)
        read.history = store->importHistory();
    return read;
}

void ImportsPage::onHistoryRead()
{
    if (m_runningGeneration != m_generation) {
        m_runningGeneration = m_generation;
        m_watcher.setFuture(QtConcurrent::run(&ImportsPage::readHistory, m_location));
        return;
    }
    const HistoryRead read = m_watcher.result();
    const qint64 selectedId = selectedImport() ? selectedImport()->id : -1;
    m_error = read.error;
    if (isLostConnection(m_location, read.error))
        Q_EMIT connectionLost(m_location, read.error);
    m_model->setHistory(read.history);
    m_loaded = true;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id == selectedId)
            m_view->selectRow(row);
    }
    updateButtons();
    retranslate();
    Q_EMIT historyLoaded();
}

const ImportRecord *ImportsPage::selectedImport() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    return source.isValid() ? &m_model->record(source.row()) : nullptr;
}

void ImportsPage::updateButtons()
{
    const ImportRecord *record = selectedImport();
    const bool hasReport = record && !record->rejectReportPath.isEmpty();
    const bool exists = hasReport && QFileInfo::exists(record->rejectReportPath);
    m_openReport->setEnabled(exists);
    if (exists)
        m_openReport->setToolTip(record->rejectReportPath);
    else if (hasReport)
        m_openReport->setToolTip(tr("The reject report %1 no longer exists").arg(record->rejectReportPath));
    else if (record)
        m_openReport->setToolTip(tr("This import wrote no reject report"));
    else
        m_openReport->setToolTip(tr("Select an import to open its reject report"));
}

void ImportsPage::openRejectReport()
{
    if (const ImportRecord *record = selectedImport(); record && !record->rejectReportPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(record->rejectReportPath));
}

void ImportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateButtons();
    }
    DashboardPage::changeEvent(event);
}

void ImportsPage::setImportAllowed(bool allowed, const QString &reason)
{
    m_importRefusal = allowed ? QString() : reason;
    retranslate();
}

void ImportsPage::retranslate()
{
    m_import->setText(tr("&Import files…"));
    m_import->setEnabled(m_importRefusal.isEmpty());
    m_import->setToolTip(m_importRefusal.isEmpty() ? tr("Import court exports (CSV, Excel) into this database")
                                                   : m_importRefusal);
    m_openReport->setText(tr("Open &reject report"));
    m_view->setAccessibleName(tr("Import history"));
    const QLocale locale;
    const QList<ImportRecord> &history = m_model->history();
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The import history could not be read: %1").arg(m_error));
    } else if (m_location.isEmpty()) {
        m_summary->setText(tr("No database is open."));
    } else if (!m_loaded) {
        m_summary->setText(tr("Loading the import history…"));
    } else if (history.isEmpty()) {
        m_summary->setText(tr("No imports yet. Import court exports with Import files… or drop them onto "
                              "the window."));
    } else {
        qint64 read = 0, rejected = 0, inserted = 0;
        for (const ImportRecord &r : history) {
            read += r.rowsRead;
            rejected += r.rejected;
            inserted += r.inserted;
        }
        m_summary->setText(tr("Imports: %1 · rows read: %2 · rejected: %3 · new cases: %4")
                               .arg(locale.toString(history.size()), locale.toString(read),
                                   locale.toString(rejected), locale.toString(inserted)));
    }
}

} // namespace caseload
