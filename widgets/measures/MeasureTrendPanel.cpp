#include "MeasureTrendPanel.h"

#include "CountAxis.h"
#include "MeasureText.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace caseload {

namespace {

qreal monthPosition(QDate month)
{
    return qreal(QDateTime(QDate(month.year(), month.month(), 15), QTime(0, 0)).toMSecsSinceEpoch());
}

// Tick step in months: the smallest "round" step that keeps at most eight intervals.
int tickStepMonths(int spanMonths)
{
    for (int step : {1, 2, 3, 6, 12, 24, 60, 120}) {
        if ((spanMonths + step - 1) / step <= 8)
            return step;
    }
    return 120;
}

} // namespace

MeasureTrendPanel::MeasureTrendPanel(QWidget *parent)
    : ChartPanel(parent)
    , m_chart(new QChart)
    , m_dateAxis(new QDateTimeAxis)
    , m_countAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_dateAxis->setFormat(QStringLiteral("yyyy-MM"));
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_view = new InteractiveChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setTimeZoomEnabled(true);
    m_view->setTooltipFormatter([this](QAbstractSeries *series, QBarSet *, int index, QPointF) {
        for (int m = 0; m < CaseTable::MeasureCount; ++m) {
            if (m_series[size_t(m)] == series)
                return tooltip(m, index);
        }
        return QString();
    });
    setContent(m_view);
    applyStyle();
    retranslate();
}

void MeasureTrendPanel::setResult(const AnalyticsResult &result)
{
    std::array<bool, CaseTable::MeasureCount> available = {};
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        available[size_t(m)] = result.measures[size_t(m)].available;
    rebuildSeries(available);

    m_months.clear();
    m_counts.clear();
    m_months.reserve(result.monthly.size());
    m_counts.reserve(result.monthly.size());
    for (const MonthlyPoint &month : result.monthly) {
        m_months.push_back(month.month);
        std::array<qint64, CaseTable::MeasureCount> counts = {};
        std::copy(month.measuresApplied.begin(), month.measuresApplied.end(), counts.begin());
        m_counts.push_back(counts);
    }

    qint64 maxCount = 0;
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        QLineSeries *line = m_series[size_t(m)];
        if (!line)
            continue;
        QList<QPointF> points;
        points.reserve(qsizetype(m_months.size()));
        for (size_t i = 0; i < m_months.size(); ++i) {
            points.append(QPointF(monthPosition(m_months[i]), qreal(m_counts[i][size_t(m)])));
            maxCount = std::max(maxCount, m_counts[i][size_t(m)]);
        }
        line->replace(points);
        // Markers help read a short period; on long ones they would bury the line.
        line->setPointsVisible(m_months.size() <= 24);
    }

    m_empty = m_months.empty() || std::none_of(available.begin(), available.end(), [](bool a) { return a; });
    if (!m_empty) {
        const QDate first = m_months.front();
        const QDate last = m_months.back();
        const int span = std::max(1, (last.year() - first.year()) * 12 + last.month() - first.month());
        const int step = tickStepMonths(span);
        const int intervals = (span + step - 1) / step;
        m_dateAxis->setTickCount(intervals + 1);
        m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first))),
            QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first.addMonths(intervals * step)))));
        setCountRange(m_countAxis, maxCount);
        m_view->setFullRange();
    }
    retranslate();
}

void MeasureTrendPanel::rebuildSeries(const std::array<bool, CaseTable::MeasureCount> &available)
{
    bool same = true;
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        same = same && (m_series[size_t(m)] != nullptr) == available[size_t(m)];
    if (same)
        return;
    // Series are made anew only when the table's columns change (a new store), not on each filter.
    for (QLineSeries *&line : m_series) {
        if (line) {
            m_chart->removeSeries(line);
            delete line;
            line = nullptr;
        }
    }
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (!available[size_t(m)])
            continue;
        auto *line = new QLineSeries;
        QPen pen = line->pen();
        pen.setWidthF(2);
        line->setPen(pen);
        chartStyle::setSeriesIndex(line, m, palette()); // the measure's colour on every chart
        m_chart->addSeries(line);
        line->attachAxis(m_dateAxis);
        line->attachAxis(m_countAxis);
        m_view->attachSeries(line);
        m_series[size_t(m)] = line;
    }
    applyStyle();
    retranslate();
}

QString MeasureTrendPanel::tooltip(int measure, int index) const
{
    if (index < 0 || size_t(index) >= m_months.size())
        return {};
    const QLocale locale;
    return tr("%1, %2: %3 cases")
        .arg(measureText::name(CaseTable::Measure(measure)),
            locale.toString(m_months[size_t(index)], QStringLiteral("yyyy-MM")),
            locale.toString(m_counts[size_t(index)][size_t(measure)]));
}

void MeasureTrendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyStyle();
    ChartPanel::changeEvent(event);
}

void MeasureTrendPanel::applyStyle()
{
    chartStyle::apply(m_chart, palette());
}

void MeasureTrendPanel::retranslate()
{
    m_chart->setTitle(tr("Measures applied per month"));
    m_countAxis->setTitleText(tr("Cases"));
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (QLineSeries *line = m_series[size_t(m)])
            line->setName(measureText::name(CaseTable::Measure(m)));
    }
    m_view->setAccessibleName(tr("Chart: enforcement measures applied per month"));
    if (m_empty)
        showMessage(tr("No month in the period."));
    else
        showContent();
}

} // namespace caseload
