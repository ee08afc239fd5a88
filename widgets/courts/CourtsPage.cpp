#include "CourtsPage.h"

#include "CourtRankingChart.h"
#include "CourtTableProxy.h"
#include "analytics/CourtComparisonModel.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace caseload {

namespace {

using M = CourtComparisonModel;

enum class Unit { Count, Share, Days };

std::optional<Unit> unitOf(int column)
{
    switch (column) {
    case M::Filed:
    case M::Closed:
    case M::PendingEnd:
        return Unit::Count;
    case M::ClearanceRate:
    case M::WithinLimitShare:
    case M::RecoveryRatio:
    case M::Indicator1:
    case M::Indicator2:
    case M::Indicator3:
    case M::Indicator4:
        return Unit::Share;
    case M::DispositionTime:
    case M::MedianDays:
        return Unit::Days;
    default:
        return std::nullopt;
    }
}

// The court's value in `column` in chart units (percent for shares); nullopt when not computable.
std::optional<double> valueOf(const CourtRow &row, int column)
{
    auto percent = [](const std::optional<double> &share) {
        return share ? std::optional<double>(*share * 100) : std::nullopt;
    };
    switch (column) {
    case M::Filed:
        return double(row.filed);
    case M::Closed:
        return double(row.closed);
    case M::PendingEnd:
        return double(row.pendingEnd);
    case M::ClearanceRate:
        return percent(row.clearanceRate);
    case M::WithinLimitShare:
        return percent(row.withinLimitShare);
    case M::RecoveryRatio:
        return percent(row.recoveryRatio);
    case M::Indicator1:
    case M::Indicator2:
    case M::Indicator3:
    case M::Indicator4: {
        const CoreIndicator &indicator = row.indicators[size_t(column - M::Indicator1)];
        return indicator.computable ? percent(indicator.value) : std::nullopt;
    }
    case M::DispositionTime:
        return row.dispositionTimeDays;
    case M::MedianDays:
        return row.medianDaysToClose;
    default:
        return std::nullopt;
    }
}

QString formatValue(double value, Unit unit)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Count:
        return locale.toString(qint64(value));
    case Unit::Share:
        return locale.toString(value, 'f', 1) + u'%';
    case Unit::Days:
        return locale.toString(value, 'f', 1);
    }
    return {};
}

} // namespace

CourtsPage::CourtsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_model(new CourtComparisonModel(this))
    , m_proxy(new CourtTableProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setPalette(palette());

    // Header: the share of courts meeting the standard, the court filter and its buttons.
    auto *shareBox = new QFrame(this);
    shareBox->setFrameShape(QFrame::StyledPanel);
    auto *shareLayout = new QVBoxLayout(shareBox);
    m_shareCaption = new QLabel(shareBox);
    m_shareValue = new QLabel(shareBox);
    QFont big = m_shareValue->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_shareValue->setFont(big);
    m_shareDetail = new QLabel(shareBox);
    m_shareDetail->setWordWrap(true);
    m_shareDetail->setForegroundRole(QPalette::PlaceholderText);
    shareLayout->addWidget(m_shareCaption);
    shareLayout->addWidget(m_shareValue);
    shareLayout->addWidget(m_shareDetail);
    shareBox->setMinimumWidth(260);
    shareBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_filterLine = new QLabel(this);
    m_filterLine->setWordWrap(true);
    m_filterLine->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_clearButton = new QPushButton(this);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_selectionTimer.stop();
        m_restoringSelection = true;
        m_table->clearSelection();
        m_restoringSelection = false;
        Q_EMIT courtsSelected({});
    });
    auto *filterLayout = new QVBoxLayout;
    filterLayout->addWidget(m_filterLine);
    filterLayout->addWidget(m_hint);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_clearButton);
    buttonRow->addStretch(1);
    filterLayout->addLayout(buttonRow);
    filterLayout->addStretch(1);

    auto *header = new QHBoxLayout;
    header->addWidget(shareBox);
    header->addLayout(filterLayout, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(M::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CourtRow *row = m_model->row(m_proxy->mapToSource(index).row()))
            drillDown(row->name);
    });

    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(250);
    connect(&m_selectionTimer, &QTimer::timeout, this, [this] { Q_EMIT courtsSelected(selectedCourts()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoringSelection)
            m_selectionTimer.start();
        updateFilterLine();
    });
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, [this] { updateChart(); });

    m_chart = new CourtRankingChart(this);
    connect(m_chart, &CourtRankingChart::courtClicked, this, &CourtsPage::drillDown);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("courtsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The table's size hint covers every column: share the width instead.
    m_splitter->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_clearButton, m_table);
    setTabOrder(m_table, m_chart->view());

    retranslate();
}

QString CourtsPage::title() const
{
    return tr("Courts");
}

QString CourtsPage::key() const
{
    return QStringLiteral("courts");
}

void CourtsPage::setData(const DashboardData &data)
{
    // While the user is still extending a selection, keep it; otherwise the table shows the filter.
    const QStringList keep = m_selectionTimer.isActive() ? selectedCourts() : data.input.filter.courts;
    m_data = data;
    const std::shared_ptr<const AnalyticsResult> all = data.allCourts ? data.allCourts : data.result;

    m_restoringSelection = true;
    m_model->setRows(all ? all->courts : std::vector<CourtRow>(), data.input.settings);
    m_proxy->setMarkedCourts(filterCourts());
    m_restoringSelection = false;
    selectCourts(keep);
    m_table->resizeColumnsToContents();

    updateChart();
    updateShare();
    updateFilterLine();
}

QStringList CourtsPage::filterCourts() const
{
    return m_data.input.filter.courts;
}

QStringList CourtsPage::selectedCourts() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const CourtRow *row = m_model->row(m_proxy->mapToSource(index).row()))
            names.append(row->name);
    }
    return names;
}

void CourtsPage::selectCourts(const QStringList &courts)
{
    QItemSelection selection;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const CourtRow *row = m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        if (row && (courts.contains(row->name) || (!row->code.isEmpty() && courts.contains(row->code))))
            selection.select(m_proxy->index(r, 0), m_proxy->index(r, m_proxy->columnCount() - 1));
    }
    m_restoringSelection = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_restoringSelection = false;
}

QString CourtsPage::shareText() const
{
    return m_shareValue->text();
}

void CourtsPage::drillDown(const QString &court)
{
    const std::shared_ptr<const AnalyticsResult> all = m_data.allCourts ? m_data.allCourts : m_data.result;
    if (!all)
        return;
    DrillDown drill;
    drill.subset.kind = CaseSubset::Kind::Filed;
    drill.subset.from = all->from;
    drill.subset.to = all->to;
    drill.subset.courts = {court};
    drill.title = tr("Filed in the period, %1").arg(court);
    Q_EMIT drillDownRequested(drill);
}

void CourtsPage::updateChart()
{
    const int sorted = m_proxy->sortColumn();
    const bool bySorted = unitOf(sorted).has_value();
    const int column = bySorted ? sorted : int(M::ClearanceRate);
    const Unit unit = *unitOf(column);
    const QStringList marked = filterCourts();

    QList<CourtRankingChart::Bar> bars;
    auto add = [&](const CourtRow &row) {
        const std::optional<double> value = valueOf(row, column);
        if (!value)
            return;
        const bool highlighted
            = marked.contains(row.name) || (!row.code.isEmpty() && marked.contains(row.code));
        bars.append({row.name, *value, formatValue(*value, unit), highlighted});
    };
    if (bySorted) {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (const CourtRow *row = m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
                add(*row);
        }
    } else {
        std::vector<const CourtRow *> rows;
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.push_back(m_model->row(r));
        std::stable_sort(rows.begin(), rows.end(), [](const CourtRow *a, const CourtRow *b) {
            return a->clearanceRate.value_or(-1) > b->clearanceRate.value_or(-1);
        });
        for (const CourtRow *row : rows)
            add(*row);
    }

    const QString header = m_model->headerData(column, Qt::Horizontal).toString();
    QString axisTitle;
    switch (unit) {
    case Unit::Count:
        axisTitle = tr("Cases");
        break;
    case Unit::Share:
        axisTitle = tr("Percent");
        break;
    case Unit::Days:
        axisTitle = tr("Days");
        break;
    }
    QString empty;
    if (!m_data.error.isEmpty())
        empty = m_data.error;
    else if (!m_data.hasResult())
        empty = tr("No cases loaded.");
    else
        empty = tr("No court has a value for %1.").arg(header);
    m_chart->setBars(bars, tr("Courts by %1").arg(header), axisTitle, empty);
}

void CourtsPage::updateShare()
{
    const std::shared_ptr<const AnalyticsResult> all = m_data.allCourts ? m_data.allCourts : m_data.result;
    const QLocale locale;
    QPalette valuePalette = m_shareValue->palette();
    valuePalette.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    if (!all) {
        m_shareValue->setText(QStringLiteral("—"));
        m_shareDetail->setText(m_data.error.isEmpty() ? tr("No cases loaded.") : m_data.error);
        m_shareValue->setPalette(valuePalette);
        return;
    }
    const CoreIndicator &indicator = all->core[4];
    const QString target = locale.toString(indicator.target * 100, 'g', 4) + u'%';
    if (!indicator.computable || !indicator.value) {
        m_shareValue->setText(QStringLiteral("—"));
        m_shareDetail->setText(tr("Not computable: %1").arg(indicator.reason));
        m_shareValue->setToolTip(indicator.reason);
    } else {
        m_shareValue->setText(locale.toString(*indicator.value * 100, 'f', 1) + u'%');
        QString detail
            = tr("%1 of %2 courts meet the standard; target %3")
                  .arg(locale.toString(indicator.numerator), locale.toString(indicator.denominator), target);
        if (m_data.result && m_data.result != all) {
            const CoreIndicator &selected = m_data.result->core[4];
            if (selected.computable && selected.value) {
                detail += u'\n'
                    + tr("Selected courts: %1 of %2 (%3)")
                          .arg(locale.toString(selected.numerator), locale.toString(selected.denominator),
                              locale.toString(*selected.value * 100, 'f', 1) + u'%');
            }
        }
        m_shareDetail->setText(detail);
        m_shareValue->setToolTip(detail);
        if (indicator.meetsTarget) {
            valuePalette.setColor(QPalette::WindowText,
                chartStyle::color(
                    *indicator.meetsTarget ? chartStyle::Role::Good : chartStyle::Role::Bad, palette()));
        }
    }
    m_shareValue->setPalette(valuePalette);
    m_shareValue->setAccessibleName(m_shareCaption->text() + QStringLiteral(": ") + m_shareValue->text());
}

void CourtsPage::updateFilterLine()
{
    const QStringList courts = m_data.input.filter.courts;
    const QStringList groups = m_data.input.filter.courtGroups;
    const QLocale locale;
    if (courts.isEmpty() && groups.isEmpty()) {
        m_filterLine->setText(tr("No court filter: the other pages count every court."));
    } else {
        QStringList parts;
        constexpr int Shown = 3;
        for (int i = 0; i < std::min<int>(Shown, int(courts.size())); ++i)
            parts.append(courts[i]);
        if (courts.size() > Shown)
            parts.append(tr("%1 more").arg(locale.toString(courts.size() - Shown)));
        for (const QString &group : groups)
            parts.append(tr("group %1").arg(group));
        m_filterLine->setText(tr("Court filter: %1").arg(parts.join(tr(", "))));
    }
    m_clearButton->setEnabled(
        !courts.isEmpty() || !groups.isEmpty() || m_table->selectionModel()->hasSelection());
}

void CourtsPage::retranslate()
{
    m_shareCaption->setText(tr("Courts meeting the standard"));
    m_hint->setText(tr("Select courts (Ctrl or Shift for several) to show only them on every page. "
                       "Double-click a court or click its bar to list its cases filed in the period."));
    m_clearButton->setText(tr("Clear court filter"));
    m_clearButton->setToolTip(tr("Show every court on every page"));
    m_clearButton->setAccessibleName(tr("Clear court filter"));
    m_table->setAccessibleName(tr("Courts compared"));
    m_chart->setAccessibleName(tr("Court ranking"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, M::ColumnCount - 1);
    updateChart();
    updateShare();
    updateFilterLine();
}

void CourtsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_proxy->setPalette(palette());
        updateShare();
    }
    DashboardPage::changeEvent(event);
}

bool CourtsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_table->currentIndex().isValid()) {
            if (const CourtRow *row = m_model->row(m_proxy->mapToSource(m_table->currentIndex()).row()))
                drillDown(row->name);
            return true;
        }
    }
    return DashboardPage::eventFilter(watched, event);
}

} // namespace caseload
