#include "CasesPage.h"

#include "CaseDetailDialog.h"
#include "cases/CaseListModel.h"
#include "cases/CaseNumberFetcher.h"
#include "cases/CaseNumberSearch.h"
#include "connection/LostConnection.h"
#include "domain/CaseType.h"
#include "domain/ClosureMethod.h"
#include "domain/DayNumber.h"
#include "store/Store.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace caseload {

namespace {

struct Rows
{
    std::optional<std::vector<quint32>> rows;
    QString error;
};

bool isDrillDown(const DrillDown &drillDown)
{
    return drillDown.subset != CaseSubset() || !drillDown.title.isEmpty();
}

QString casesText(qint64 count)
{
    return count == 1 ? CasesPage::tr("1 case") : CasesPage::tr("%1 cases").arg(QLocale().toString(count));
}

} // namespace

CasesPage::CasesPage(QWidget *parent)
    : DashboardPage(parent)
    , m_selectionGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_model(new CaseListModel(this))
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_showAll = new QPushButton(this);
    connect(m_showAll, &QPushButton::clicked, this, &CasesPage::showAll);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::runSearch);
    connect(&m_searchTimer, &QTimer::timeout, this, &CasesPage::runSearch);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showAll);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_count, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Uniform rows: a million rows must never be measured one by one.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    const QString date = QStringLiteral("0000-00-00");
    m_table->setColumnWidth(CaseListModel::CaseNumber, width(QStringLiteral("（2016）京0105执恢12345号")));
    m_table->setColumnWidth(CaseListModel::Court, width(QStringLiteral("北京市朝阳区人民法院")));
    int typeWidth = 0;
    for (int t = 0; t < CaseTypeCount; ++t)
        typeWidth = std::max({typeWidth, width(englishLabel(CaseType(t))), width(chineseLabel(CaseType(t)))});
    int methodWidth = 0;
    for (int m = 0; m < ClosureMethodCount; ++m) {
        methodWidth = std::max(
            {methodWidth, width(englishLabel(ClosureMethod(m))), width(chineseLabel(ClosureMethod(m)))});
    }
    m_table->setColumnWidth(CaseListModel::Type, typeWidth);
    m_table->setColumnWidth(CaseListModel::Cause, width(QStringLiteral("民间借贷纠纷")));
    m_table->setColumnWidth(CaseListModel::Filed, width(date));
    m_table->setColumnWidth(CaseListModel::Closed, width(date));
    m_table->setColumnWidth(CaseListModel::Method, methodWidth);
    m_table->setColumnWidth(CaseListModel::Days, width(QStringLiteral("00,000")));
    m_table->setColumnWidth(CaseListModel::Deadline, width(date));
    m_table->setColumnWidth(CaseListModel::DaysLeft, width(QStringLiteral("Days left")));
    m_table->setColumnWidth(CaseListModel::Applied, width(QStringLiteral("000,000,000.00")));
    m_table->setColumnWidth(CaseListModel::Recovered, width(QStringLiteral("000,000,000.00")));
    m_table->setColumnWidth(CaseListModel::Handler, width(QStringLiteral("承办人名字")));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { openCase(index.row()); });
    connect(m_model, &CaseListModel::fetchFailed, this, [this](const QString &error) {
        m_error = error;
        if (isLostConnection(m_data.storeLocation, error))
            Q_EMIT connectionLost(m_data.storeLocation, error);
        updateCount();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);

    setTabOrder(m_showAll, m_search);
    setTabOrder(m_search, m_table);
    retranslate();
}

CasesPage::~CasesPage()
{
    // Running selections stop at their next progress report.
    m_selectionGeneration->fetch_add(1);
}

QString CasesPage::title() const
{
    return tr("Cases");
}

QString CasesPage::key() const
{
    return QStringLiteral("cases");
}

void CasesPage::setData(const DashboardData &data)
{
    m_data = data;
    if (isVisible())
        recompute();
    else
        m_dirty = true;
}

void CasesPage::showDrillDown(const DrillDown &drillDown)
{
    m_drillDown = drillDown;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchTimer.stop();
    updateHeading();
    recompute();
}

void CasesPage::showAll()
{
    showDrillDown({});
}

void CasesPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_dirty)
        recompute();
}

void CasesPage::recompute()
{
    m_dirty = false;
    const quint64 generation = m_selectionGeneration->fetch_add(1) + 1;
    ++m_searchGeneration;
    m_searching = false;
    m_error.clear();
    if (!m_data.hasResult()) {
        m_selecting = false;
        m_baseRows.reset();
        m_model->clear();
        m_error = m_data.error;
        updateCount();
        Q_EMIT rowsShown();
        return;
    }
    m_selecting = true;
    updateCount();

    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcher<Rows>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_selectionGeneration->load())
            return;
        m_selecting = false;
        Rows result = watcher->result();
        if (!result.rows) {
            m_baseRows.reset();
            m_model->clear();
            m_error = result.error;
            updateCount();
            Q_EMIT rowsShown();
            return;
        }
        m_baseRows = std::make_shared<const std::vector<quint32>>(std::move(*result.rows));
        runSearch();
    });
    watcher->setFuture(
        QtConcurrent::run([table = m_data.table, input = m_data.input, subset = m_drillDown.subset,
                              counter = m_selectionGeneration, generation] {
            Rows result;
            result.rows = CaseSelection::select(
                *table, input, subset, &result.error, [&](double) { return counter->load() == generation; });
            return result;
        }));
}

void CasesPage::runSearch()
{
    m_searchTimer.stop();
    // While a selection runs, its end starts the search with the text typed by then.
    if (m_selecting || !m_baseRows || !m_data.hasResult())
        return;
    const quint64 generation = ++m_searchGeneration;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searching = false;
        showRows(*m_baseRows);
        return;
    }
    m_searching = true;
    updateCount();

    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcher<Rows>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_searchGeneration)
            return;
        m_searching = false;
        Rows result = watcher->result();
        if (!result.rows) {
            m_error = result.error;
            if (isLostConnection(m_data.storeLocation, result.error))
                Q_EMIT connectionLost(m_data.storeLocation, result.error);
            updateCount();
            Q_EMIT rowsShown();
            return;
        }
        showRows(std::move(*result.rows));
    });
    watcher->setFuture(QtConcurrent::run(
        [location = m_data.storeLocation, table = m_data.table, base = m_baseRows, text]() -> Rows {
            // The store's connection belongs to this pool thread: opened and closed here.
            Rows result;
            const std::unique_ptr<Store> store = Store::open(location, &result.error);
            if (!store)
                return result;
            const std::optional<std::vector<qint64>> ids
                = CaseNumberSearch::storeIds(*store, text, &result.error);
            if (ids)
                result.rows = CaseNumberSearch::narrow(*table, *base, *ids);
            return result;
        }));
}

void CasesPage::showRows(std::vector<quint32> rows)
{
    m_error.clear();
    m_model->setRows(m_data.table, std::move(rows), m_data.storeLocation, m_data.input.settings,
        m_data.result ? m_data.result->asOf : QDate());
    updateCount();
    Q_EMIT rowsShown();
}

CaseDetailDialog *CasesPage::openCase(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_data.table)
        return nullptr;
    const qint64 tableRow = m_model->tableRow(row);
    // One indexed lookup: quick enough for the GUI thread.
    QString error;
    std::optional<CaseRecord> record;
    std::unique_ptr<Store> store
        = m_data.storeLocation.isEmpty() ? nullptr : Store::open(m_data.storeLocation, &error);
    if (store) {
        QString number = m_model->caseNumber(row);
        if (number.isEmpty()) {
            const std::optional<QStringList> numbers
                = CaseNumberFetcher::read(*store, {m_data.table->storeId(tableRow)}, &error);
            if (numbers)
                number = numbers->value(0);
        }
        if (!number.isEmpty())
            record = store->findCase(number);
        if (!record && error.isEmpty())
            error = tr("The case is no longer in the store; reload the data.");
    } else if (error.isEmpty()) {
        error = tr("No store is open.");
    }
    const QDate deadline
        = fromDayNumber(CaseSelection::deadlineDay(*m_data.table, tableRow, m_data.input.settings));
    auto *dialog
        = new CaseDetailDialog(record, deadline, m_data.result ? m_data.result->asOf : QDate(), error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString CasesPage::headingText() const
{
    return m_heading->text();
}

QString CasesPage::countText() const
{
    return m_count->text();
}

void CasesPage::updateHeading()
{
    const bool drill = isDrillDown(m_drillDown);
    m_heading->setText(
        drill && !m_drillDown.title.isEmpty() ? m_drillDown.title : tr("All cases matching the filter"));
    m_showAll->setVisible(drill);
}

void CasesPage::updateCount()
{
    if (!m_error.isEmpty()) {
        m_count->setText(m_error);
    } else if (m_selecting) {
        m_count->setText(tr("Selecting cases…"));
    } else if (m_searching) {
        m_count->setText(tr("Searching…"));
    } else if (!m_baseRows) {
        m_count->setText(m_data.hasResult() ? QString() : tr("No cases loaded."));
    } else if (m_search->text().trimmed().isEmpty()) {
        m_count->setText(casesText(qint64(m_baseRows->size())));
    } else {
        m_count->setText(
            tr("%1 of %2")
                .arg(QLocale().toString(m_model->rowCount()), casesText(qint64(m_baseRows->size()))));
    }
    m_table->setAccessibleDescription(m_count->text());
}

void CasesPage::retranslate()
{
    m_showAll->setText(tr("Show all"));
    m_showAll->setToolTip(tr("List every case matching the filter"));
    m_showAll->setAccessibleName(tr("Show all cases"));
    m_search->setPlaceholderText(tr("Search case number"));
    m_search->setAccessibleName(tr("Search case number"));
    m_search->setToolTip(tr("Cases whose number contains this text"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setToolTip(tr("Double-click a case or press Enter for all its fields"));
    updateHeading();
    updateCount();
    // The model is QtCore only: it learns about the new language from here.
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CaseListModel::ColumnCount - 1);
    if (m_model->rowCount() > 0) {
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
            m_model->index(m_model->rowCount() - 1, CaseListModel::ColumnCount - 1), {Qt::DisplayRole});
    }
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DashboardPage::changeEvent(event);
}

bool CasesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_table->currentIndex().isValid()) {
            openCase(m_table->currentIndex().row());
            return true;
        }
    }
    return DashboardPage::eventFilter(watched, event);
}

} // namespace caseload
