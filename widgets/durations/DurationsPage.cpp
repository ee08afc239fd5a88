#include "DurationsPage.h"

#include "ChartPanel.h"

#include "cases/CaseListModel.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caseload {

namespace {

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double share)
{
    const QLocale locale;
    return locale.toString(share * 100, 'f', 1) + locale.percent();
}

QString days(double value)
{
    const QLocale locale;
    return value == std::round(value) ? locale.toString(qint64(value)) : locale.toString(value, 'f', 1);
}

void setMarkerVisible(QChart *chart, QAbstractSeries *series, bool visible)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(visible);
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QPen dashedPen()
{
    QPen pen(Qt::DashLine);
    pen.setWidthF(1.5);
    return pen;
}

} // namespace

DurationsPage::DurationsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    ChartPanel::styleMessage(m_message);
    m_stack->addWidget(m_message);

    buildHistogram();
    buildSurvival();
    buildPendingAge();

    auto *content = new QWidget(m_stack);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    grid->addWidget(m_histogramView, 0, 0, 1, 2);
    grid->addWidget(m_survivalView, 0, 2, 1, 2);
    grid->addWidget(m_ageView, 0, 4, 1, 2);
    grid->addWidget(buildList(m_overdue, List::Overdue), 1, 0, 1, 3);
    grid->addWidget(buildList(m_dueSoon, List::DueSoon), 1, 3, 1, 3);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    m_stack->addWidget(content);

    setTabOrder(m_histogramView, m_survivalView);
    setTabOrder(m_survivalView, m_ageView);
    setTabOrder(m_ageView, m_overdue.open);
    setTabOrder(m_overdue.open, m_overdue.table);
    setTabOrder(m_overdue.table, m_dueSoon.open);
    setTabOrder(m_dueSoon.open, m_dueSoon.table);

    restyle();
    retranslate();
    showResult();
}

DurationsPage::~DurationsPage()
{
    // The workers hold their own copy of the table; waiting only keeps them from outliving the page.
    for (ListPanel *p : {&m_overdue, &m_dueSoon}) {
        if (p->cancel)
            p->cancel->store(true);
        p->watcher->disconnect(this);
        p->watcher->waitForFinished();
    }
}

QString DurationsPage::title() const
{
    return tr("Durations");
}

QString DurationsPage::key() const
{
    return QStringLiteral("durations");
}

InteractiveChartView *DurationsPage::view(Chart chart) const
{
    switch (chart) {
    case Chart::Histogram:
        return m_histogramView;
    case Chart::Survival:
        return m_survivalView;
    case Chart::PendingAge:
        return m_ageView;
    }
    return nullptr;
}

CaseListModel *DurationsPage::listModel(List list) const
{
    return panel(list).model;
}

QString DurationsPage::listHeader(List list) const
{
    return panel(list).header->text();
}

QTableView *DurationsPage::listView(List list) const
{
    return panel(list).table;
}

QString DurationsPage::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool DurationsPage::isSelecting() const
{
    return m_overdue.watcher->isRunning() || m_dueSoon.watcher->isRunning();
}

DurationsPage::ListPanel &DurationsPage::panel(List list)
{
    return list == List::Overdue ? m_overdue : m_dueSoon;
}

const DurationsPage::ListPanel &DurationsPage::panel(List list) const
{
    return list == List::Overdue ? m_overdue : m_dueSoon;
}

// --- building ---------------------------------------------------------------------------------

void DurationsPage::buildHistogram()
{
    m_histogramChart = newChart();
    m_histogramSet = new QBarSet(QString());
    m_histogram = new QBarSeries;
    m_histogram->setObjectName(QStringLiteral("histogram"));
    m_histogram->setBarWidth(0.92);
    m_histogram->append(m_histogramSet);
    m_timeLimit = new QLineSeries;
    m_timeLimit->setObjectName(QStringLiteral("timeLimit"));
    m_timeLimit->setPen(dashedPen());
    m_histogramChart->addSeries(m_histogram);
    m_histogramChart->addSeries(m_timeLimit);
    // Bars sit at x = bin index; a category axis of values labels them in days and lets the time
    // limit line be placed between bars.
    m_histogramDays = new QCategoryAxis;
    m_histogramDays->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_histogramCounts = new QValueAxis;
    m_histogramCounts->setLabelFormat(QStringLiteral("%.0f"));
    m_histogramChart->addAxis(m_histogramDays, Qt::AlignBottom);
    m_histogramChart->addAxis(m_histogramCounts, Qt::AlignLeft);
    for (QAbstractSeries *series :
        {static_cast<QAbstractSeries *>(m_histogram), static_cast<QAbstractSeries *>(m_timeLimit)}) {
        series->attachAxis(m_histogramDays);
        series->attachAxis(m_histogramCounts);
    }
    m_histogramView = new InteractiveChartView(m_histogramChart, this);
    m_histogramView->setMinimumSize(280, 220);
    m_histogramView->attachSeries(m_histogram);
    m_histogramView->attachSeries(m_timeLimit);
    m_histogramView->setTooltipFormatter([this](QAbstractSeries *series, QBarSet *, int index, QPointF) {
        if (series == m_timeLimit && m_data.hasResult())
            return tr("Time limit: %1 days").arg(count(m_data.result->durations.histogram.limitDays));
        return histogramTooltip(index);
    });
}

void DurationsPage::buildSurvival()
{
    m_survivalChart = newChart();
    m_band = new QAreaSeries(new QLineSeries, new QLineSeries);
    m_band->setObjectName(QStringLiteral("band"));
    m_band->setPen(Qt::NoPen);
    m_survival = new QLineSeries;
    m_survival->setObjectName(QStringLiteral("survival"));
    QPen line = m_survival->pen();
    line.setWidthF(2);
    m_survival->setPen(line);
    m_survivalLimit = new QLineSeries;
    m_survivalLimit->setObjectName(QStringLiteral("survivalLimit"));
    m_survivalLimit->setPen(dashedPen());
    m_medianGuide = new QLineSeries;
    m_medianGuide->setObjectName(QStringLiteral("medianGuide"));
    QPen guide(Qt::DotLine);
    guide.setWidthF(1.2);
    m_medianGuide->setPen(guide);
    m_median = new QScatterSeries;
    m_median->setObjectName(QStringLiteral("median"));
    m_median->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_median->setMarkerSize(10);

    m_survivalDays = new QValueAxis;
    m_survivalDays->setLabelFormat(QStringLiteral("%.0f"));
    m_survivalShare = new QValueAxis;
    m_survivalShare->setLabelFormat(QStringLiteral("%.0f%%"));
    m_survivalShare->setRange(0, 100);
    m_survivalShare->setTickCount(6);
    m_survivalChart->addAxis(m_survivalDays, Qt::AlignBottom);
    m_survivalChart->addAxis(m_survivalShare, Qt::AlignLeft);
    const QList<QAbstractSeries *> all = {m_band, m_survivalLimit, m_medianGuide, m_survival, m_median};
    for (QAbstractSeries *series : all) {
        m_survivalChart->addSeries(series);
        series->attachAxis(m_survivalDays);
        series->attachAxis(m_survivalShare);
    }
    m_survivalView = new InteractiveChartView(m_survivalChart, this);
    m_survivalView->setMinimumSize(280, 220);
    m_survivalView->setTimeZoomEnabled(true);
    // The median before the curve: where both are under the cursor, the median's tooltip wins.
    for (QAbstractSeries *series :
        {static_cast<QAbstractSeries *>(m_median), static_cast<QAbstractSeries *>(m_survival),
            static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_survivalLimit)}) {
        m_survivalView->attachSeries(series);
    }
    setMarkerVisible(m_survivalChart, m_medianGuide, false);
    // The title says what the curve is; its legend entry would crowd out the median's.
    setMarkerVisible(m_survivalChart, m_survival, false);
    m_survivalView->setTooltipFormatter([this](QAbstractSeries *series, QBarSet *, int index, QPointF) {
        return survivalTooltip(series, index);
    });
}

void DurationsPage::buildPendingAge()
{
    m_ageChart = newChart();
    m_ageSet = new QBarSet(QString());
    m_age = new QBarSeries;
    m_age->setObjectName(QStringLiteral("pendingAge"));
    m_age->append(m_ageSet);
    m_age->setBarWidth(0.7);
    m_age->setLabelsVisible(true);
    m_age->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_ageChart->addSeries(m_age);
    m_ageBuckets = new QBarCategoryAxis;
    QStringList buckets;
    for (int b = 0; b < PendingAge::BucketCount; ++b)
        buckets.append(PendingAge::bucketKey(b));
    m_ageBuckets->append(buckets);
    m_ageCounts = new QValueAxis;
    m_ageCounts->setLabelFormat(QStringLiteral("%.0f"));
    m_ageChart->addAxis(m_ageBuckets, Qt::AlignBottom);
    m_ageChart->addAxis(m_ageCounts, Qt::AlignLeft);
    m_age->attachAxis(m_ageBuckets);
    m_age->attachAxis(m_ageCounts);
    m_ageView = new InteractiveChartView(m_ageChart, this);
    m_ageView->setMinimumSize(260, 220);
    m_ageView->attachSeries(m_age);
    m_ageView->setTooltipFormatter(
        [this](QAbstractSeries *, QBarSet *, int index, QPointF) { return pendingAgeTooltip(index); });
}

QWidget *DurationsPage::buildList(ListPanel &p, List list)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    p.header = new QLabel(box);
    QFont bold = p.header->font();
    bold.setBold(true);
    p.header->setFont(bold);
    p.open = new QPushButton(box);
    bar->addWidget(p.header, 1);
    bar->addWidget(p.open);
    layout->addLayout(bar);

    p.model = new CaseListModel(this);
    p.table = new QTableView(box);
    p.table->setModel(p.model);
    p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.table->setAlternatingRowColors(true);
    p.table->setWordWrap(false);
    p.table->verticalHeader()->hide();
    p.table->verticalHeader()->setDefaultSectionSize(p.table->fontMetrics().height() + 6);
    p.table->horizontalHeader()->setStretchLastSection(true);
    p.table->setMinimumHeight(140);
    // The warning lists need which case, where and how late; the Cases page has every column.
    for (int column : {int(CaseListModel::Type), int(CaseListModel::Cause), int(CaseListModel::Closed),
             int(CaseListModel::Method), int(CaseListModel::Days), int(CaseListModel::Applied),
             int(CaseListModel::Recovered)}) {
        p.table->setColumnHidden(column, true);
    }
    const QFontMetrics metrics = p.table->fontMetrics();
    const int date = metrics.horizontalAdvance(QStringLiteral("2018-01-01")) + 16;
    QHeaderView *header = p.table->horizontalHeader();
    header->resizeSection(CaseListModel::CaseNumber,
        metrics.horizontalAdvance(QStringLiteral("（2018）京0105执恢12345号")) + 16);
    header->resizeSection(
        CaseListModel::Court, metrics.horizontalAdvance(QStringLiteral("北京市朝阳区人民法院")) + 16);
    header->resizeSection(CaseListModel::Filed, date);
    header->resizeSection(CaseListModel::Deadline, date);
    header->resizeSection(
        CaseListModel::DaysLeft, metrics.horizontalAdvance(QStringLiteral("Days left")) + 24);
    // How late first: on a narrow screen the court and handler are what scrolls out of view.
    header->moveSection(header->visualIndex(CaseListModel::DaysLeft), 1);
    header->moveSection(header->visualIndex(CaseListModel::Deadline), 2);
    layout->addWidget(p.table, 1);

    p.watcher = new QFutureWatcher<Selection>(this);
    connect(p.watcher, &QFutureWatcher<Selection>::finished, this, [this, list] { selectionFinished(list); });
    connect(p.open, &QPushButton::clicked, this, [this, list] { drillDown(list); });
    connect(p.table, &QTableView::doubleClicked, this, [this, list] { drillDown(list); });
    return box;
}

// --- data -------------------------------------------------------------------------------------

void DurationsPage::setData(const DashboardData &data)
{
    m_data = data;
    showResult();
    for (ListPanel *p : {&m_overdue, &m_dueSoon}) {
        if (p->cancel)
            p->cancel->store(true);
        p->ready = false;
        p->model->clear();
    }
    m_listsDirty = true;
    // Selecting costs a pass over every case: only for a page someone looks at.
    if (isVisible())
        startSelection();
}

void DurationsPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_listsDirty)
        startSelection();
}

void DurationsPage::showResult()
{
    static const AnalyticsResult empty;
    const AnalyticsResult &result = m_data.hasResult() ? *m_data.result : empty;
    showHistogram(result);
    showSurvival(result);
    showPendingAge(result);
    retranslateHeaders();
    updateState();
}

void DurationsPage::showHistogram(const AnalyticsResult &result)
{
    const DurationHistogram &h = result.durations.histogram;
    QList<qreal> values;
    values.reserve(qsizetype(h.counts.size()));
    qint64 max = 0;
    for (qint64 c : h.counts) {
        values.append(qreal(c));
        max = std::max(max, c);
    }
    m_histogramSet->remove(0, m_histogramSet->count());
    m_histogramSet->append(values);
    const int bins = std::max<int>(1, int(h.counts.size()));
    const int binDays = std::max(1, h.binDays);

    // Day labels on bin edges, about eight of them: bin index i starts at i - 0.5.
    const auto labels = m_histogramDays->categoriesLabels();
    for (const QString &label : labels)
        m_histogramDays->remove(label);
    const int every = std::max(1, (bins + 7) / 8);
    m_histogramDays->setStartValue(-0.5);
    // A category needs a width; a sliver after the start carries the "0" label.
    m_histogramDays->append(QLocale().toString(0), -0.5 + 1e-6);
    for (int i = every; i < bins; i += every)
        m_histogramDays->append(QLocale().toString(i * binDays), i - 0.5);
    m_histogramDays->setRange(-0.5, bins - 0.5);

    m_histogramCounts->setRange(0, std::max<qreal>(qreal(max) * 1.05, 1));
    m_histogramCounts->applyNiceNumbers();
    const qreal limitX = qreal(h.limitDays) / binDays - 0.5;
    if (h.counts.empty()) {
        m_timeLimit->clear();
    } else {
        m_timeLimit->replace({QPointF(limitX, 0), QPointF(limitX, m_histogramCounts->max())});
    }
    setMarkerVisible(m_histogramChart, m_timeLimit, !h.counts.empty());
}

void DurationsPage::showSurvival(const AnalyticsResult &result)
{
    const SurvivalCurve &curve = result.survival;
    QList<QPointF> steps;
    QList<QPointF> upper;
    QList<QPointF> lower;
    m_stepPoints.clear();
    if (!curve.points.empty()) {
        steps.reserve(qsizetype(curve.points.size() * 2 + 1));
        steps.append(QPointF(0, 100));
        upper.append(QPointF(0, 100));
        lower.append(QPointF(0, 100));
        m_stepPoints.push_back(-1);
        double before = 1;
        double upperBefore = 1;
        double lowerBefore = 1;
        // A national curve has thousands of steps, more than the chart has pixels; drawing them all
        // costs tens of milliseconds a refresh. Steps closer than the chart can show are merged into
        // the next drawn step, which then drops by their sum: the curve looks the same.
        constexpr int MaximumSteps = 400;
        const int lastDay = curve.points.back().day;
        const int minimumGap = std::max(1, lastDay / MaximumSteps);
        int drawnDay = std::numeric_limits<int>::min() / 2;
        int drawnIndex = -1; ///< the curve point the horizontal segment continues
        for (size_t i = 0; i < curve.points.size(); ++i) {
            const SurvivalPoint &p = curve.points[i];
            if (i + 1 < curve.points.size() && p.day - drawnDay < minimumGap)
                continue;
            drawnDay = p.day;
            // The share is constant up to the day, then drops: a horizontal and a vertical segment.
            steps.append(QPointF(p.day, before * 100));
            upper.append(QPointF(p.day, upperBefore * 100));
            lower.append(QPointF(p.day, lowerBefore * 100));
            m_stepPoints.push_back(drawnIndex);
            steps.append(QPointF(p.day, p.survival * 100));
            upper.append(QPointF(p.day, p.upper * 100));
            lower.append(QPointF(p.day, p.lower * 100));
            m_stepPoints.push_back(int(i));
            drawnIndex = int(i);
            before = p.survival;
            upperBefore = p.upper;
            lowerBefore = p.lower;
        }
    }
    // The axis first, with the old steps gone: changing it with data in place lays every series out
    // again.
    m_survival->clear();
    m_band->upperSeries()->clear();
    m_band->lowerSeries()->clear();
    const int limitDays = result.durations.histogram.limitDays;
    const qreal lastDay = curve.points.empty() ? qreal(limitDays) : qreal(curve.points.back().day);
    m_survivalDays->setRange(0, std::max<qreal>(lastDay, 1));
    m_survivalDays->applyNiceNumbers();
    m_survival->replace(steps);
    m_band->upperSeries()->replace(upper);
    m_band->lowerSeries()->replace(lower);

    if (curve.points.empty()) {
        m_survivalLimit->clear();
    } else {
        m_survivalLimit->replace({QPointF(limitDays, 0), QPointF(limitDays, 100)});
    }
    if (curve.medianDays) {
        const qreal m = *curve.medianDays;
        m_median->replace({QPointF(m, 50)});
        m_medianGuide->replace({QPointF(0, 50), QPointF(m, 50), QPointF(m, 0)});
    } else {
        m_median->clear();
        m_medianGuide->clear();
    }
    setMarkerVisible(m_survivalChart, m_median, curve.medianDays.has_value());
    setMarkerVisible(m_survivalChart, m_survivalLimit, !curve.points.empty());
    setMarkerVisible(m_survivalChart, m_medianGuide, false);
    setMarkerVisible(m_survivalChart, m_survival, false);
    m_survivalView->setFullRange();
}

void DurationsPage::showPendingAge(const AnalyticsResult &result)
{
    QList<qreal> values;
    qint64 max = 0;
    for (qint64 c : result.pendingAge.counts) {
        values.append(qreal(c));
        max = std::max(max, c);
    }
    m_ageSet->remove(0, m_ageSet->count());
    m_ageSet->append(values);
    // Room above the tallest bar for its label.
    m_ageCounts->setRange(0, std::max<qreal>(qreal(max) * 1.15, 1));
    m_ageCounts->applyNiceNumbers();
}

// --- lists ------------------------------------------------------------------------------------

CaseSubset DurationsPage::subset(List list) const
{
    CaseSubset s;
    s.kind = list == List::Overdue ? CaseSubset::Kind::Overdue : CaseSubset::Kind::DueSoon;
    s.days = 30;
    if (m_data.hasResult())
        s.asOf = m_data.result->asOf;
    return s;
}

void DurationsPage::startSelection()
{
    m_listsDirty = false;
    if (!m_data.hasResult())
        return;
    startSelection(m_overdue, List::Overdue);
    startSelection(m_dueSoon, List::DueSoon);
}

void DurationsPage::startSelection(ListPanel &p, List list)
{
    if (p.cancel)
        p.cancel->store(true);
    p.cancel = std::make_shared<std::atomic<bool>>(false);
    p.request = ++m_requests;
    p.ready = false;
    const quint64 request = p.request;
    const std::shared_ptr<const CaseTable> table = m_data.table;
    const AnalyticsInput input = m_data.input;
    const CaseSubset wanted = subset(list);
    const std::shared_ptr<std::atomic<bool>> cancel = p.cancel;
    p.watcher->setFuture(QtConcurrent::run([table, input, wanted, cancel, request] {
        Selection selection;
        selection.request = request;
        selection.rows = CaseSelection::select(*table, input, wanted, &selection.error,
            [cancel](double) { return !cancel->load(std::memory_order_relaxed); });
        return selection;
    }));
}

void DurationsPage::selectionFinished(List list)
{
    ListPanel &p = panel(list);
    if (p.watcher->future().isCanceled() || p.watcher->future().resultCount() == 0)
        return;
    const Selection selection = p.watcher->result();
    // A newer request replaced this one (new data): its rows belong to data no longer shown.
    if (selection.request != p.request || !m_data.hasResult())
        return;
    if (selection.rows) {
        p.model->setRows(
            m_data.table, *selection.rows, m_data.storeLocation, m_data.input.settings, m_data.result->asOf);
    } else {
        p.model->clear();
    }
    p.ready = true;
    p.table->setToolTip(selection.error);
    if (m_overdue.ready && m_dueSoon.ready)
        Q_EMIT listsReady();
}

void DurationsPage::drillDown(List list)
{
    if (!m_data.hasResult())
        return;
    DrillDown drill;
    drill.subset = subset(list);
    const QString asOf = QLocale().toString(m_data.result->asOf, QLocale::ShortFormat);
    drill.title = list == List::Overdue
        ? tr("Pending cases past their deadline on %1").arg(asOf)
        : tr("Pending cases reaching their deadline within 30 days of %1").arg(asOf);
    Q_EMIT drillDownRequested(drill);
}

// --- tooltips ---------------------------------------------------------------------------------

QString DurationsPage::histogramTooltip(int bin) const
{
    if (!m_data.hasResult())
        return {};
    const DurationStats &d = m_data.result->durations;
    const DurationHistogram &h = d.histogram;
    if (bin < 0 || size_t(bin) >= h.counts.size())
        return {};
    const qint64 n = h.counts[size_t(bin)];
    const QString share = d.closedCases > 0 ? percent(double(n) / double(d.closedCases)) : QString();
    const QLocale locale;
    QString range;
    if (size_t(bin) + 1 == h.counts.size())
        range = tr("%1 days or more").arg(locale.toString(bin * h.binDays));
    else
        range = tr("%1–%2 days")
                    .arg(locale.toString(bin * h.binDays), locale.toString((bin + 1) * h.binDays - 1));
    return tr("Closed after %1: %2 cases (%3)").arg(range, count(n), share);
}

QString DurationsPage::survivalTooltip(QAbstractSeries *series, int index) const
{
    if (!m_data.hasResult())
        return {};
    const SurvivalCurve &curve = m_data.result->survival;
    if (series == m_survivalLimit)
        return tr("Time limit: %1 days").arg(count(m_data.result->durations.histogram.limitDays));
    if (series == m_median) {
        if (!curve.medianDays)
            return {};
        QString text = tr("Median time to closure: %1 days").arg(days(*curve.medianDays));
        if (curve.medianLower && curve.medianUpper) {
            text += QStringLiteral("\n")
                + tr("%1% confidence interval: %2–%3 days")
                      .arg(QLocale().toString(curve.confidenceLevel * 100, 'f', 0), days(*curve.medianLower),
                          days(*curve.medianUpper));
        } else if (curve.medianLower) {
            text += QStringLiteral("\n")
                + tr("%1% confidence interval: from %2 days")
                      .arg(QLocale().toString(curve.confidenceLevel * 100, 'f', 0), days(*curve.medianLower));
        }
        return text;
    }
    if (series != m_survival && series != m_band)
        return {};
    if (index < 0 || size_t(index) >= m_stepPoints.size())
        return {};
    const int point = m_stepPoints[size_t(index)];
    if (point < 0)
        return tr("Day 0: 100% still open");
    const SurvivalPoint &p = curve.points[size_t(point)];
    return tr("Day %1: %2 still open (%3% band %4–%5)\n%6 open before the day, %7 closed on it, %8 censored")
        .arg(count(p.day), percent(p.survival), QLocale().toString(curve.confidenceLevel * 100, 'f', 0),
            percent(p.lower), percent(p.upper), count(p.atRisk), count(p.events), count(p.censored));
}

QString DurationsPage::pendingAgeTooltip(int bucket) const
{
    if (!m_data.hasResult() || bucket < 0 || bucket >= PendingAge::BucketCount)
        return {};
    const PendingAge &age = m_data.result->pendingAge;
    const qint64 n = age.counts[size_t(bucket)];
    const QString share = age.total > 0 ? percent(double(n) / double(age.total)) : QString();
    return tr("Pending %1 days: %2 cases (%3)").arg(PendingAge::bucketKey(bucket), count(n), share);
}

// --- language and palette ---------------------------------------------------------------------

void DurationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    DashboardPage::changeEvent(event);
}

void DurationsPage::retranslate()
{
    m_histogramChart->setTitle(tr("Days from filing to closure"));
    m_histogramSet->setLabel(tr("Closed cases"));
    m_histogramDays->setTitleText(tr("Days"));
    m_histogramCounts->setTitleText(tr("Cases"));
    m_survivalChart->setTitle(tr("Share still open by days since filing"));
    m_survival->setName(tr("Kaplan–Meier"));
    m_band->setName(tr("95% band"));
    m_survivalLimit->setName(tr("Time limit"));
    m_medianGuide->setName(tr("Median"));
    m_survivalDays->setTitleText(tr("Days since filing"));
    m_survivalShare->setTitleText(tr("Still open"));
    m_ageChart->setTitle(tr("Age of the pending caseload"));
    m_ageSet->setLabel(tr("Pending cases"));
    m_ageBuckets->setTitleText(tr("Days pending"));
    m_ageCounts->setTitleText(tr("Cases"));
    m_histogramView->setAccessibleName(tr("Chart: days from filing to closure"));
    m_survivalView->setAccessibleName(tr("Chart: share of cases still open by days since filing"));
    m_ageView->setAccessibleName(tr("Chart: age of the pending caseload"));
    m_overdue.open->setText(tr("Open in Cases"));
    m_overdue.open->setAccessibleName(tr("Open the overdue cases on the Cases page"));
    m_overdue.table->setAccessibleName(tr("Overdue pending cases"));
    m_dueSoon.open->setText(tr("Open in Cases"));
    m_dueSoon.open->setAccessibleName(tr("Open the cases due within 30 days on the Cases page"));
    m_dueSoon.table->setAccessibleName(tr("Pending cases due within 30 days"));
    retranslateHeaders();
    updateState();
}

void DurationsPage::retranslateHeaders()
{
    const bool has = m_data.hasResult();
    const PendingAge *age = has ? &m_data.result->pendingAge : nullptr;
    m_overdue.header->setText(has ? tr("Overdue: %1").arg(count(age->overdue)) : tr("Overdue"));
    m_dueSoon.header->setText(
        has ? tr("Due within 30 days: %1").arg(count(age->dueWithin30Days)) : tr("Due within 30 days"));
    m_overdue.open->setEnabled(has && age->overdue > 0);
    m_dueSoon.open->setEnabled(has && age->dueWithin30Days > 0);
    QString band = tr("95% band");
    QString median = tr("Median");
    if (has) {
        const SurvivalCurve &curve = m_data.result->survival;
        band = tr("%1% band").arg(QLocale().toString(curve.confidenceLevel * 100, 'f', 0));
        if (curve.medianDays)
            median = tr("Median: %1 days").arg(days(*curve.medianDays));
        m_timeLimit->setName(
            tr("Time limit (%1 days)").arg(count(m_data.result->durations.histogram.limitDays)));
    } else {
        m_timeLimit->setName(tr("Time limit"));
    }
    m_band->setName(band);
    m_median->setName(median);
}

void DurationsPage::restyle()
{
    const QPalette pal = palette();
    using chartStyle::Role;
    chartStyle::setRole(m_histogramSet, Role::Closed, pal);
    chartStyle::setRole(m_timeLimit, Role::Reference, pal);
    chartStyle::setRole(m_survival, Role::Filed, pal);
    chartStyle::setRole(m_band, Role::Band, pal);
    chartStyle::setRole(m_survivalLimit, Role::Reference, pal);
    chartStyle::setRole(m_medianGuide, Role::Reference, pal);
    chartStyle::setRole(m_median, Role::Highlight, pal);
    chartStyle::setRole(m_ageSet, Role::Pending, pal);
    for (QChart *chart : {m_histogramChart, m_survivalChart, m_ageChart})
        chartStyle::apply(chart, pal);
    m_median->setBorderColor(pal.color(QPalette::WindowText));
    m_ageSet->setLabelColor(pal.color(QPalette::WindowText));
    m_age->setLabelsPrecision(12);
}

void DurationsPage::updateState()
{
    QString text;
    if (!m_data.error.isEmpty()) {
        text = m_data.error;
    } else if (!m_data.hasResult()) {
        text = tr("Loading…");
    } else {
        const AnalyticsResult &r = *m_data.result;
        if (r.durations.closedCases == 0 && r.pendingAge.total == 0 && r.survival.cases == 0)
            text = tr("No cases in this period");
    }
    if (!text.isEmpty()) {
        m_message->setText(text);
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_message->clear();
    m_stack->setCurrentIndex(1);

    const AnalyticsResult &r = *m_data.result;
    m_histogramView->setAccessibleDescription(r.durations.medianDays
            ? tr("%1 cases closed; median %2 days.")
                  .arg(count(r.durations.closedCases), days(*r.durations.medianDays))
            : tr("%1 cases closed.").arg(count(r.durations.closedCases)));
    m_survivalView->setAccessibleDescription(r.survival.medianDays
            ? tr("%1 cases; median time to closure %2 days.")
                  .arg(count(r.survival.cases), days(*r.survival.medianDays))
            : tr("%1 cases; more than half still open.").arg(count(r.survival.cases)));
    m_ageView->setAccessibleDescription(tr("%1 cases pending.").arg(count(r.pendingAge.total)));
}

} // namespace caseload
