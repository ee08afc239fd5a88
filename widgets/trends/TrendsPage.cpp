#include "TrendsPage.h"

#include "ChartPanel.h"

#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"
#include "domain/SpringFestival.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace caseload {

namespace {

constexpr qreal DayMs = 24.0 * 3600 * 1000;

// Months are drawn at their 15th: the axis ticks fall on the 15ths too, so a label "2018-03" sits
// under March's point even though months differ in length.
qreal monthPosition(QDate month)
{
    return qreal(QDateTime(QDate(month.year(), month.month(), 15), QTime(0, 0)).toMSecsSinceEpoch());
}

qreal dayPosition(QDate day)
{
    return qreal(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

QDate monthStart(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate monthEnd(QDate month)
{
    return monthStart(month).addMonths(1).addDays(-1);
}

// Tick step in months: the smallest "round" step that keeps at most ten intervals.
int tickStepMonths(int spanMonths)
{
    for (int step : {1, 2, 3, 6, 12, 24, 60, 120}) {
        if ((spanMonths + step - 1) / step <= 10)
            return step;
    }
    return 120;
}

QString monthLabel(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double share)
{
    const QLocale locale;
    return locale.toString(share * 100, 'f', 1) + locale.percent();
}

void setMarkerVisible(QChart *chart, QAbstractSeries *series, bool visible)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(visible);
}

} // namespace

TrendsPage::TrendsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    ChartPanel::styleMessage(m_message);
    m_stack->addWidget(m_message);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->setSpacing(6);
    auto *bar = new QHBoxLayout;
    m_hint = new QLabel(content);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_resetZoom = new QPushButton(content);
    m_resetZoom->setEnabled(false);
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_resetZoom);
    contentLayout->addLayout(bar);

    buildFlowChart();
    buildPendingChart();
    buildClearanceChart();

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(m_flow.view, 0, 0, 1, 2);
    grid->addWidget(m_pending.view, 1, 0);
    grid->addWidget(m_clearance.view, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    contentLayout->addLayout(grid, 1);
    m_stack->addWidget(content);

    for (InteractiveChartView *view : {m_flow.view, m_pending.view, m_clearance.view}) {
        connect(view, &InteractiveChartView::rangeChanged, this,
            [this, view](qreal min, qreal max) { syncRange(view, min, max); });
        connect(view, &InteractiveChartView::zoomChanged, this, [this] {
            m_resetZoom->setEnabled(
                m_flow.view->isZoomed() || m_pending.view->isZoomed() || m_clearance.view->isZoomed());
        });
        connect(view, &InteractiveChartView::pointClicked, this, &TrendsPage::onPointClicked);
        view->setTooltipFormatter([this](QAbstractSeries *series, QBarSet *, int index, QPointF) {
            return tooltip(series, index);
        });
    }
    connect(m_resetZoom, &QPushButton::clicked, this, [this] {
        for (InteractiveChartView *view : {m_flow.view, m_pending.view, m_clearance.view})
            view->resetZoom();
        updateTicks();
    });
    setTabOrder(m_resetZoom, m_flow.view);
    setTabOrder(m_flow.view, m_pending.view);
    setTabOrder(m_pending.view, m_clearance.view);

    restyle();
    retranslate();
    showResult();
}

TrendsPage::~TrendsPage() = default;

QString TrendsPage::title() const
{
    return tr("Trends");
}

QString TrendsPage::key() const
{
    return QStringLiteral("trends");
}

InteractiveChartView *TrendsPage::view(Chart chart) const
{
    switch (chart) {
    case Chart::Flow:
        return m_flow.view;
    case Chart::Pending:
        return m_pending.view;
    case Chart::Clearance:
        return m_clearance.view;
    }
    return nullptr;
}

QString TrendsPage::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

// --- building ---------------------------------------------------------------------------------

TrendsPage::ChartParts TrendsPage::makeChart(const QString &name)
{
    ChartParts parts;
    parts.chart = new QChart;
    parts.chart->setObjectName(name);
    parts.time = new QDateTimeAxis;
    parts.time->setFormat(QStringLiteral("yyyy-MM"));
    parts.values = new QValueAxis;
    parts.values->setLabelFormat(QStringLiteral("%.0f"));
    parts.chart->addAxis(parts.time, Qt::AlignBottom);
    parts.chart->addAxis(parts.values, Qt::AlignLeft);
    parts.view = new InteractiveChartView(parts.chart, this);
    parts.view->setObjectName(name + QStringLiteral("View"));
    parts.view->setTimeZoomEnabled(true);
    parts.view->setMinimumSize(320, 200);
    parts.springFestival = addSpringFestivalShading(parts);
    return parts;
}

QAreaSeries *TrendsPage::addSpringFestivalShading(ChartParts &parts)
{
    // First in the chart so that it is drawn beneath the lines.
    auto *area = new QAreaSeries(new QLineSeries);
    area->setObjectName(QStringLiteral("springFestival"));
    area->setPen(Qt::NoPen);
    addSeries(parts, area);
    return area;
}

void TrendsPage::addSeries(ChartParts &parts, QAbstractSeries *series)
{
    parts.chart->addSeries(series);
    series->attachAxis(parts.time);
    series->attachAxis(parts.values);
}

void TrendsPage::buildFlowChart()
{
    m_flow = makeChart(QStringLiteral("flow"));
    m_filed = new QLineSeries;
    m_filed->setObjectName(QStringLiteral("filed"));
    m_closed = new QLineSeries;
    m_closed->setObjectName(QStringLiteral("closed"));
    for (QLineSeries *line : {m_filed, m_closed}) {
        QPen pen = line->pen();
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(4);
        addSeries(m_flow, line);
    }
    m_december = new QScatterSeries;
    m_december->setObjectName(QStringLiteral("december"));
    m_december->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_december->setMarkerSize(13);
    addSeries(m_flow, m_december);
    // December before the closed line: where both are under the cursor, December's tooltip (with the
    // closure index) wins.
    for (QAbstractSeries *series :
        {static_cast<QAbstractSeries *>(m_flow.springFestival), static_cast<QAbstractSeries *>(m_filed),
            static_cast<QAbstractSeries *>(m_december), static_cast<QAbstractSeries *>(m_closed)}) {
        m_flow.view->attachSeries(series);
    }
}

void TrendsPage::buildPendingChart()
{
    m_pending = makeChart(QStringLiteral("pending"));
    m_pendingLine = new QLineSeries;
    m_pendingArea = new QAreaSeries(m_pendingLine);
    m_pendingArea->setObjectName(QStringLiteral("pending"));
    m_pendingArea->setPointsVisible(true);
    QPen pen = m_pendingArea->pen();
    pen.setWidthF(2);
    m_pendingArea->setPen(pen);
    addSeries(m_pending, m_pendingArea);
    m_pending.view->attachSeries(m_pending.springFestival);
    m_pending.view->attachSeries(m_pendingArea);
}

void TrendsPage::buildClearanceChart()
{
    m_clearance = makeChart(QStringLiteral("clearance"));
    m_clearance.values->setLabelFormat(QStringLiteral("%.0f%%"));
    m_reference = new QLineSeries;
    m_reference->setObjectName(QStringLiteral("reference"));
    QPen dashed(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_reference->setPen(dashed);
    m_rolling = new QLineSeries;
    m_rolling->setObjectName(QStringLiteral("clearanceRolling12"));
    QPen rolling(Qt::SolidLine);
    rolling.setWidthF(2.5);
    m_rolling->setPen(rolling);
    m_clearanceRate = new QLineSeries;
    m_clearanceRate->setObjectName(QStringLiteral("clearance"));
    QPen rate(Qt::SolidLine);
    rate.setWidthF(2);
    m_clearanceRate->setPen(rate);
    m_clearanceRate->setPointsVisible(true);
    m_clearanceRate->setMarkerSize(4);
    for (QLineSeries *line : {m_reference, m_rolling, m_clearanceRate}) {
        addSeries(m_clearance, line);
    }
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_clearance.springFestival),
             static_cast<QAbstractSeries *>(m_reference), static_cast<QAbstractSeries *>(m_clearanceRate),
             static_cast<QAbstractSeries *>(m_rolling)}) {
        m_clearance.view->attachSeries(series);
    }
}

// --- data -------------------------------------------------------------------------------------

void TrendsPage::setData(const DashboardData &data)
{
    m_data = data;
    showResult();
}

void TrendsPage::showResult()
{
    m_months.clear();
    m_clearanceMonths.clear();
    m_rollingMonths.clear();
    m_decemberMonths.clear();
    m_festivals.clear();

    const AnalyticsResult *result = m_data.hasResult() ? m_data.result.get() : nullptr;
    QList<QPointF> filed;
    QList<QPointF> closed;
    QList<QPointF> december;
    QList<QPointF> pending;
    QList<QPointF> clearance;
    QList<QPointF> rolling;
    qint64 maxCount = 0;
    qint64 maxPending = 0;
    double maxRate = 1;
    if (result) {
        const auto &monthly = result->monthly;
        for (size_t i = 0; i < monthly.size(); ++i) {
            const MonthlyPoint &m = monthly[i];
            const int index = int(m_months.size());
            m_months.append(m.month);
            const qreal x = monthPosition(m.month);
            filed.append(QPointF(x, qreal(m.filed)));
            closed.append(QPointF(x, qreal(m.closed)));
            pending.append(QPointF(x, qreal(m.pendingEnd)));
            if (m.month.month() == 12) {
                december.append(QPointF(x, qreal(m.closed)));
                m_decemberMonths.push_back(index);
            }
            if (m.clearanceRate) {
                clearance.append(QPointF(x, *m.clearanceRate * 100));
                m_clearanceMonths.push_back(index);
                maxRate = std::max(maxRate, *m.clearanceRate);
            }
            if (m.clearanceRolling12) {
                rolling.append(QPointF(x, *m.clearanceRolling12 * 100));
                m_rollingMonths.push_back(index);
                maxRate = std::max(maxRate, *m.clearanceRolling12);
            }
            maxCount = std::max({maxCount, m.filed, m.closed});
            maxPending = std::max(maxPending, m.pendingEnd);
        }
        if (!m_months.isEmpty())
            m_festivals = SpringFestival::between(m_months.constFirst(), monthEnd(m_months.constLast()));
    }
    // Axes first, with the old points gone: every axis change lays the series out again, and over
    // 200 months that costs more than the new data.
    for (QXYSeries *series : std::initializer_list<QXYSeries *> {
             m_filed, m_closed, m_december, m_pendingLine, m_clearanceRate, m_rolling})
        series->clear();
    m_flow.values->setRange(0, std::max<qreal>(qreal(maxCount) * 1.05, 1));
    m_flow.values->applyNiceNumbers();
    m_pending.values->setRange(0, std::max<qreal>(qreal(maxPending) * 1.05, 1));
    m_pending.values->applyNiceNumbers();
    m_clearance.values->setRange(0, std::max(maxRate * 100 * 1.05, 110.0));
    m_clearance.values->applyNiceNumbers();
    updateTimeAxes();
    // A dot per month helps to read a year or two; over longer periods the dots only clutter the
    // lines (and cost drawing time). Clicks still find the nearest month.
    const bool dots = m_months.size() <= 48;
    for (QXYSeries *series : std::initializer_list<QXYSeries *> {m_filed, m_closed, m_clearanceRate})
        series->setPointsVisible(dots);
    m_pendingArea->setPointsVisible(dots);
    m_filed->replace(filed);
    m_closed->replace(closed);
    m_december->replace(december);
    m_pendingLine->replace(pending);
    m_clearanceRate->replace(clearance);
    m_rolling->replace(rolling);
    const QPointF range = m_flow.view->horizontalRange();
    m_reference->replace({QPointF(range.x(), 100), QPointF(range.y(), 100)});
    for (ChartParts *parts : {&m_flow, &m_pending, &m_clearance})
        updateShading(*parts);
    setMarkerVisible(m_flow.chart, m_december, !december.isEmpty());
    for (InteractiveChartView *view : {m_flow.view, m_pending.view, m_clearance.view})
        view->setFullRange();
    m_resetZoom->setEnabled(false);
    updateTicks();
    updateState();
}

void TrendsPage::updateTimeAxes()
{
    QDateTime min;
    QDateTime max;
    int intervals = 1;
    if (m_months.isEmpty()) {
        const QDate today = monthStart(QDate::currentDate());
        min = QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(today)));
        max = QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(today.addMonths(1))));
    } else {
        const QDate first = m_months.constFirst();
        const QDate last = m_months.constLast();
        const int span = std::max(1, (last.year() - first.year()) * 12 + last.month() - first.month());
        const int step = tickStepMonths(span);
        intervals = (span + step - 1) / step;
        min = QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first)));
        max = QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first.addMonths(intervals * step))));
    }
    for (ChartParts *parts : {&m_flow, &m_pending, &m_clearance}) {
        parts->time->setTickCount(intervals + 1);
        parts->time->setRange(min, max);
    }
}

void TrendsPage::updateShading(ChartParts &parts)
{
    const qreal top = parts.values->max();
    QList<QPointF> upper;
    for (const QDate &festival : std::as_const(m_festivals)) {
        const qreal start = dayPosition(monthStart(festival));
        const qreal end = dayPosition(monthStart(festival).addMonths(1));
        upper << QPointF(start, 0) << QPointF(start, top) << QPointF(end, top) << QPointF(end, 0);
    }
    parts.springFestival->upperSeries()->replace(upper);
    setMarkerVisible(parts.chart, parts.springFestival, !upper.isEmpty());
}

void TrendsPage::updateTicks()
{
    for (ChartParts *parts : {&m_flow, &m_pending, &m_clearance}) {
        const qreal span
            = qreal(parts->time->max().toMSecsSinceEpoch() - parts->time->min().toMSecsSinceEpoch());
        const qreal interval = span / std::max(1, parts->time->tickCount() - 1);
        // Zoomed in so far that ticks are less than a month apart: months alone would repeat.
        parts->time->setFormat(
            interval < 28 * DayMs ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM"));
    }
}

void TrendsPage::syncRange(InteractiveChartView *source, qreal min, qreal max)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (InteractiveChartView *view : {m_flow.view, m_pending.view, m_clearance.view}) {
        if (view != source)
            view->setHorizontalRange(min, max);
    }
    m_syncing = false;
    updateTicks();
    m_resetZoom->setEnabled(
        m_flow.view->isZoomed() || m_pending.view->isZoomed() || m_clearance.view->isZoomed());
}

// --- interaction ------------------------------------------------------------------------------

void TrendsPage::onPointClicked(QAbstractSeries *series, int index)
{
    int monthIndex = -1;
    CaseSubset::Kind kind = CaseSubset::Kind::All;
    if (series == m_filed) {
        kind = CaseSubset::Kind::Filed;
        monthIndex = index;
    } else if (series == m_closed) {
        kind = CaseSubset::Kind::Closed;
        monthIndex = index;
    } else if (series == m_december) {
        kind = CaseSubset::Kind::Closed;
        monthIndex
            = index >= 0 && size_t(index) < m_decemberMonths.size() ? m_decemberMonths[size_t(index)] : -1;
    } else if (series == m_pendingArea) {
        kind = CaseSubset::Kind::Pending;
        monthIndex = index;
    }
    if (monthIndex < 0 || monthIndex >= m_months.size())
        return;
    const QDate month = m_months.at(monthIndex);
    const QString monthName = QLocale().toString(month, tr("MMMM yyyy", "month (QLocale format)"));
    DrillDown drill;
    drill.subset.kind = kind;
    switch (kind) {
    case CaseSubset::Kind::Filed:
        drill.subset.from = month;
        drill.subset.to = monthEnd(month);
        drill.title = tr("Filed in %1").arg(monthName);
        break;
    case CaseSubset::Kind::Closed:
        drill.subset.from = month;
        drill.subset.to = monthEnd(month);
        drill.title = tr("Closed in %1").arg(monthName);
        break;
    default:
        drill.subset.asOf = monthEnd(month);
        drill.title = tr("Pending at the end of %1").arg(monthName);
        break;
    }
    Q_EMIT drillDownRequested(drill);
}

QString TrendsPage::tooltip(QAbstractSeries *series, int index) const
{
    const AnalyticsResult *result = m_data.hasResult() ? m_data.result.get() : nullptr;
    if (!result)
        return {};
    auto monthAt = [&](int i) -> const MonthlyPoint * {
        return i >= 0 && size_t(i) < result->monthly.size() ? &result->monthly[size_t(i)] : nullptr;
    };
    auto mapped = [](const std::vector<int> &months, int i) {
        return i >= 0 && size_t(i) < months.size() ? months[size_t(i)] : -1;
    };
    auto closureIndex = [](const MonthlyPoint &m) {
        return m.closureIndex ? QStringLiteral("\n")
                + tr("Closure index: %1 (1 = an average month of the year)")
                      .arg(QLocale().toString(*m.closureIndex, 'f', 2))
                              : QString();
    };

    if (series == m_flow.springFestival || series == m_pending.springFestival
        || series == m_clearance.springFestival) {
        const int festival = index / 4;
        if (festival < 0 || festival >= m_festivals.size())
            return {};
        return tr("Spring Festival: %1").arg(m_festivals.at(festival).toString(Qt::ISODate));
    }
    if (series == m_reference)
        return tr("Reference: %1").arg(percent(1.0));
    if (series == m_filed) {
        if (const MonthlyPoint *m = monthAt(index))
            return tr("%1 · Filed: %2").arg(monthLabel(m->month), count(m->filed));
    } else if (series == m_closed) {
        if (const MonthlyPoint *m = monthAt(index))
            return tr("%1 · Closed: %2").arg(monthLabel(m->month), count(m->closed)) + closureIndex(*m);
    } else if (series == m_december) {
        if (const MonthlyPoint *m = monthAt(mapped(m_decemberMonths, index)))
            return tr("%1 · December closures: %2").arg(monthLabel(m->month), count(m->closed))
                + closureIndex(*m);
    } else if (series == m_pendingArea) {
        if (const MonthlyPoint *m = monthAt(index))
            return tr("%1 · Pending at month end: %2").arg(monthLabel(m->month), count(m->pendingEnd));
    } else if (series == m_clearanceRate) {
        const MonthlyPoint *m = monthAt(mapped(m_clearanceMonths, index));
        if (m && m->clearanceRate) {
            return tr("%1 · Clearance rate: %2 (%3 closed ÷ %4 filed)")
                .arg(monthLabel(m->month), percent(*m->clearanceRate), count(m->closed), count(m->filed));
        }
    } else if (series == m_rolling) {
        const MonthlyPoint *m = monthAt(mapped(m_rollingMonths, index));
        if (m && m->clearanceRolling12) {
            return tr("%1 · Clearance rate, 12 months to this month: %2")
                .arg(monthLabel(m->month), percent(*m->clearanceRolling12));
        }
    }
    return {};
}

// --- language and palette ---------------------------------------------------------------------

void TrendsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    DashboardPage::changeEvent(event);
}

void TrendsPage::retranslate()
{
    m_flow.chart->setTitle(tr("Cases filed and closed per month"));
    m_pending.chart->setTitle(tr("Cases pending at month end"));
    m_clearance.chart->setTitle(tr("Clearance rate (closed ÷ filed)"));
    m_filed->setName(tr("Filed"));
    m_closed->setName(tr("Closed"));
    m_december->setName(tr("December (year-end closures)"));
    m_pendingArea->setName(tr("Pending at month end"));
    m_clearanceRate->setName(tr("Clearance rate"));
    m_rolling->setName(tr("Last 12 months"));
    m_reference->setName(tr("100%"));
    for (ChartParts *parts : {&m_flow, &m_pending, &m_clearance})
        parts->springFestival->setName(tr("Spring Festival month"));
    m_flow.values->setTitleText(tr("Cases"));
    m_pending.values->setTitleText(tr("Cases"));
    m_clearance.values->setTitleText(tr("Clearance rate"));
    m_flow.view->setAccessibleName(tr("Chart: cases filed and closed per month"));
    m_pending.view->setAccessibleName(tr("Chart: cases pending at month end"));
    m_clearance.view->setAccessibleName(tr("Chart: clearance rate per month"));
    m_hint->setText(tr("Wheel or +/−: zoom · drag or arrow keys: pan · double-click or 0: reset · "
                       "click a month to list its cases"));
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setAccessibleName(tr("Reset the zoom of the trend charts"));
    updateState();
}

void TrendsPage::restyle()
{
    const QPalette pal = palette();
    using chartStyle::Role;
    chartStyle::setRole(m_filed, Role::Filed, pal);
    chartStyle::setRole(m_closed, Role::Closed, pal);
    chartStyle::setRole(m_december, Role::Highlight, pal);
    chartStyle::setRole(m_pendingArea, Role::Pending, pal);
    chartStyle::setRole(m_clearanceRate, Role::Clearance, pal);
    chartStyle::setRole(m_reference, Role::Reference, pal);
    for (ChartParts *parts : {&m_flow, &m_pending, &m_clearance}) {
        chartStyle::setRole(parts->springFestival, Role::Highlight, pal);
        chartStyle::apply(parts->chart, pal);
    }
    m_december->setBorderColor(pal.color(QPalette::WindowText));
    // The rolling rate is context for the monthly one: the same colour, paler.
    QColor rolling = chartStyle::color(Role::Clearance, pal);
    rolling.setAlphaF(0.4f);
    QPen pen = m_rolling->pen();
    pen.setColor(rolling);
    m_rolling->setPen(pen);
}

void TrendsPage::updateState()
{
    QString text;
    if (!m_data.error.isEmpty()) {
        text = m_data.error;
    } else if (!m_data.hasResult()) {
        text = tr("Loading…");
    } else {
        const auto &monthly = m_data.result->monthly;
        const bool any = std::any_of(monthly.cbegin(), monthly.cend(),
            [](const MonthlyPoint &m) { return m.filed > 0 || m.closed > 0 || m.pendingEnd > 0; });
        if (!any)
            text = tr("No cases in this period");
    }
    if (!text.isEmpty()) {
        m_message->setText(text);
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_message->clear();
    m_stack->setCurrentIndex(1);

    const auto &monthly = m_data.result->monthly;
    const FlowSummary &flow = m_data.result->flow;
    const QString period
        = tr("%1 to %2").arg(monthLabel(monthly.front().month), monthLabel(monthly.back().month));
    m_flow.view->setAccessibleDescription(
        tr("%1: %2 cases filed, %3 closed.").arg(period, count(flow.filed), count(flow.closed)));
    m_pending.view->setAccessibleDescription(
        tr("%1: %2 cases pending at the end.").arg(period, count(monthly.back().pendingEnd)));
    m_clearance.view->setAccessibleDescription(
        flow.clearanceRate ? tr("%1: clearance rate %2.").arg(period, percent(*flow.clearanceRate)) : period);
}

} // namespace caseload
