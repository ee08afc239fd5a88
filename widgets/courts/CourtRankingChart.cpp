#include "CourtRankingChart.h"

#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QScrollBar>
#include <QValueAxis>

#include <algorithm>

namespace caseload {

CourtRankingChart::CourtRankingChart(QWidget *parent)
    : ChartPanel(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(QString()))
    , m_courtAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_courtAxis, Qt::AlignLeft);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_courtAxis);
    m_series->attachAxis(m_valueAxis);
    m_chart->legend()->hide();
    m_courtAxis->setTruncateLabels(false);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    chartStyle::apply(m_chart, palette());
    chartStyle::setRole(m_set, chartStyle::Role::Neutral, palette());
    m_set->setSelectedColor(chartStyle::color(chartStyle::Role::Highlight, palette()));

    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new InteractiveChartView(m_chart, content);
    m_view->setMinimumSize(320, 240);
    m_view->attachSeries(m_series);
    m_view->setTooltipFormatter([this](QAbstractSeries *, QBarSet *, int index, QPointF) {
        const int i = barAt(index);
        if (i < 0)
            return QString();
        return tr("%1: %2").arg(m_bars[i].court, m_bars[i].text);
    });
    connect(m_view, &InteractiveChartView::pointClicked, this, [this](QAbstractSeries *, int index) {
        const int i = barAt(index);
        if (i >= 0)
            Q_EMIT courtClicked(m_bars[i].court);
    });
    m_scroll = new QScrollBar(Qt::Vertical, content);
    m_scroll->setPageStep(VisibleBars);
    m_scroll->setSingleStep(1);
    connect(m_scroll, &QScrollBar::valueChanged, this, [this] { showWindow(); });
    layout->addWidget(m_view, 1);
    layout->addWidget(m_scroll);
    setContent(content);
    setFocusProxy(m_view);
}

int CourtRankingChart::firstVisible() const
{
    return m_scroll->isHidden() ? 0 : m_scroll->value();
}

int CourtRankingChart::barAt(int category) const
{
    const int count = m_set->count();
    if (category < 0 || category >= count)
        return -1;
    const int i = firstVisible() + count - 1 - category;
    return i < m_bars.size() ? i : -1;
}

void CourtRankingChart::scrollTo(int first)
{
    m_scroll->setValue(first);
}

void CourtRankingChart::setBars(
    const QList<Bar> &bars, const QString &title, const QString &axisTitle, const QString &emptyMessage)
{
    m_bars = bars;
    m_chart->setTitle(title);
    m_valueAxis->setTitleText(axisTitle);
    m_view->setAccessibleName(title);
    if (bars.isEmpty()) {
        showMessage(emptyMessage);
        return;
    }
    double maxValue = 0;
    double minValue = 0;
    for (const Bar &bar : bars) {
        maxValue = std::max(maxValue, bar.value);
        minValue = std::min(minValue, bar.value);
    }
    m_valueAxis->setRange(minValue, maxValue > minValue ? maxValue : minValue + 1);
    m_valueAxis->applyNiceNumbers();

    const int overflow = std::max(0, int(bars.size()) - VisibleBars);
    const QSignalBlocker blocker(m_scroll);
    m_scroll->setRange(0, overflow);
    m_scroll->setValue(std::min(m_scroll->value(), overflow));
    m_scroll->setHidden(overflow == 0);
    showWindow();
    showContent();
}

void CourtRankingChart::showWindow()
{
    const int first = firstVisible();
    const int count = std::min<int>(VisibleBars, int(m_bars.size()) - first);
    // A horizontal bar chart draws its first category at the bottom: the best court goes last.
    QStringList courts;
    QList<qreal> values;
    QList<int> highlighted;
    for (int i = count - 1; i >= 0; --i) {
        const Bar &bar = m_bars[first + i];
        // Categories must be unique; two courts never share a name, but guard against blanks.
        courts.append(bar.court.isEmpty() ? QStringLiteral(" ").repeated(i + 1) : bar.court);
        values.append(bar.value);
        if (bar.highlighted)
            highlighted.append(int(values.size()) - 1);
    }
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    // Thin bars when there are few courts: a bar as tall as a third of the chart reads as a block.
    m_series->setBarWidth(0.7 * std::clamp(count / 8.0, 0.45, 1.0));
    m_courtAxis->clear();
    m_courtAxis->append(courts);
    m_set->append(values);
    m_set->selectBars(highlighted);
}

void CourtRankingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        chartStyle::apply(m_chart, palette());
        m_set->setSelectedColor(chartStyle::color(chartStyle::Role::Highlight, palette()));
    }
    ChartPanel::changeEvent(event);
}

} // namespace caseload
