#include "ForecastChart.h"

#include "ForecastFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScopedValueRollback>
#include <QValueAxis>

#include <algorithm>
#include <initializer_list>

namespace caseload {

using forecastFormat::cases;
using forecastFormat::monthLabel;
using forecastFormat::monthPosition;

namespace {

int tickStepMonths(int spanMonths)
{
    for (int step : {1, 2, 3, 6, 12, 24, 60, 120}) {
        if ((spanMonths + step - 1) / step <= 10)
            return step;
    }
    return 120;
}

void setMarkerVisible(QChart *chart, QAbstractSeries *series, bool visible)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(visible);
}

QList<QPointF> points(QDate first, const std::vector<double> &values)
{
    QList<QPointF> out;
    out.reserve(qsizetype(values.size()));
    for (size_t i = 0; i < values.size(); ++i)
        out.append(QPointF(monthPosition(first.addMonths(int(i))), values[i]));
    return out;
}

} // namespace

ForecastChart::ForecastChart(QWidget *parent)
    : InteractiveChartView(new QChart, parent)
{
    QChart *c = chart();
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_values, Qt::AlignLeft);

    auto band = [](const QString &name) {
        auto *area = new QAreaSeries(new QLineSeries, new QLineSeries);
        area->setObjectName(name);
        area->setPen(Qt::NoPen);
        return area;
    };
    // Widest first: each band is drawn over the wider one.
    m_band95 = band(QStringLiteral("band95"));
    m_band80 = band(QStringLiteral("band80"));
    m_band50 = band(QStringLiteral("band50"));
    m_history = new QLineSeries;
    m_history->setObjectName(QStringLiteral("history"));
    QPen pen = m_history->pen();
    pen.setWidthF(2);
    m_history->setPen(pen);
    m_forecast = new QLineSeries;
    m_forecast->setObjectName(QStringLiteral("forecast"));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2.5);
    m_forecast->setPen(pen);
    m_forecast->setPointsVisible(true);
    m_forecast->setMarkerSize(5);
    m_level = new QLineSeries;
    m_level->setObjectName(QStringLiteral("level"));
    QPen dotted(Qt::DotLine);
    dotted.setWidthF(1.5);
    m_level->setPen(dotted);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *> {
             m_band95, m_band80, m_band50, m_level, m_history, m_forecast}) {
        c->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }
    // Tooltips: the lines first, so that a point on a line wins over the band beneath it.
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *> {
             m_forecast, m_history, m_level, m_band50, m_band80, m_band95}) {
        attachSeries(series);
        // Only the legend toggle changes a series' visibility outside applyVisibility(): that is
        // the user's choice, kept across data updates.
        connect(series, &QAbstractSeries::visibleChanged, this, [this, series] {
            if (!m_applyingVisibility)
                m_shown.insert(series->objectName(), series->isVisible());
        });
    }
    setTooltipFormatter(
        [this](QAbstractSeries *series, QBarSet *, int index, QPointF) { return tooltip(series, index); });
    setTimeZoomEnabled(true);
    setMinimumSize(300, 200);
    setRenderHint(QPainter::Antialiasing);
    restyle();
    retranslate();
    setSeries({}, {}, QString(), m_role);
}

void ForecastChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void ForecastChart::setSeries(const MonthlySeries &history, const ForecastResult &forecast,
    const QString &historyName, chartStyle::Role role)
{
    m_historyData = history;
    m_forecastData = forecast;
    m_historyName = historyName;
    if (role != m_role) {
        m_role = role;
        restyle();
    }
    m_innerLo.clear();
    m_innerHi.clear();
    m_history->setName(historyName);
    if (m_median) {
        m_median = false;
        retranslate();
    }
    updateAxes();
}

void ForecastChart::setForecastIsMedian(bool median)
{
    if (median == m_median)
        return;
    m_median = median;
    retranslate();
}

void ForecastChart::setInnerBand(const std::vector<double> &lo, const std::vector<double> &hi)
{
    m_innerLo = lo;
    m_innerHi = hi;
    updateAxes();
}

void ForecastChart::setLevel(std::optional<double> level)
{
    m_levelValue = level;
    updateAxes();
}

void ForecastChart::updateAxes()
{
    const QDate first = m_historyData.isEmpty() ? m_forecastData.first : m_historyData.first;
    const QDate forecastFirst = m_forecastData.first.isValid()
        ? m_forecastData.first
        : (m_historyData.isEmpty() ? QDate() : m_historyData.monthAt(m_historyData.size()));
    double top = 1;
    for (const std::vector<double> *values :
        {&m_historyData.values, &m_forecastData.hi95, &m_forecastData.mean, &m_innerHi}) {
        for (double v : *values)
            top = std::max(top, v);
    }
    if (m_levelValue)
        top = std::max(top, *m_levelValue);

    for (QLineSeries *line : {m_history, m_forecast, m_level})
        line->clear();
    for (QAreaSeries *area : {m_band95, m_band80, m_band50}) {
        area->upperSeries()->clear();
        area->lowerSeries()->clear();
    }

    m_values->setTickCount(6);
    m_values->setRange(0, top * 1.05);
    m_values->applyNiceNumbers();
    QDate last = first;
    if (m_forecastData.horizon() > 0)
        last = m_forecastData.first.addMonths(m_forecastData.horizon() - 1);
    else if (!m_historyData.isEmpty())
        last = m_historyData.monthAt(m_historyData.size() - 1);
    if (first.isValid()) {
        const int span = std::max(1, (last.year() - first.year()) * 12 + last.month() - first.month());
        const int step = tickStepMonths(span);
        const int intervals = (span + step - 1) / step;
        m_time->setTickCount(intervals + 1);
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first))),
            QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first.addMonths(intervals * step)))));
    }

    m_history->setPointsVisible(m_historyData.size() <= 48);
    m_history->replace(points(m_historyData.first, m_historyData.values));
    // The forecast line starts at the last actual point so that history and forecast join; the
    // bands do not (the last actual month has no interval).
    QList<QPointF> forecastLine = points(m_forecastData.first, m_forecastData.mean);
    m_joined = !forecastLine.isEmpty() && !m_historyData.isEmpty()
        && m_historyData.monthAt(m_historyData.size()) == m_forecastData.first;
    if (m_joined) {
        const int lastActual = m_historyData.size() - 1;
        forecastLine.prepend(QPointF(
            monthPosition(m_historyData.monthAt(lastActual)), m_historyData.values[size_t(lastActual)]));
    }
    m_forecast->clearPointsConfiguration();
    m_forecast->replace(forecastLine);
    if (m_joined) // the history's own point marks it (or none, as on the rest of a long history)
        m_forecast->setPointConfiguration(0, QXYSeries::PointConfiguration::Visibility, false);
    m_band95->upperSeries()->replace(points(m_forecastData.first, m_forecastData.hi95));
    m_band95->lowerSeries()->replace(points(m_forecastData.first, m_forecastData.lo95));
    m_band80->upperSeries()->replace(points(m_forecastData.first, m_forecastData.hi80));
    m_band80->lowerSeries()->replace(points(m_forecastData.first, m_forecastData.lo80));
    const bool inner = !m_innerLo.empty() && m_innerLo.size() == m_innerHi.size();
    if (inner) {
        m_band50->upperSeries()->replace(points(m_forecastData.first, m_innerHi));
        m_band50->lowerSeries()->replace(points(m_forecastData.first, m_innerLo));
    }
    if (m_levelValue && first.isValid()) {
        const QPointF range(monthPosition(first), monthPosition(forecastFirst.isValid() ? last : first));
        m_level->replace({QPointF(range.x(), *m_levelValue), QPointF(range.y(), *m_levelValue)});
    }
    applyVisibility(inner, m_levelValue.has_value());
    setFullRange();
}

void ForecastChart::applyVisibility(bool innerShown, bool levelShown)
{
    const QScopedValueRollback guard(m_applyingVisibility, true);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *> {
             m_band95, m_band80, m_band50, m_level, m_history, m_forecast}) {
        const bool hasData = series == m_band50 ? innerShown : series == m_level ? levelShown : true;
        // A series without data stays visible (empty) with its legend marker gone: a hidden
        // series' marker is kept by the view, to be clicked again.
        const bool shown = !hasData || m_shown.value(series->objectName(), true);
        if (series->isVisible() != shown)
            series->setVisible(shown);
        if (series == m_band50 || series == m_level)
            setMarkerVisible(chart(), series, hasData);
    }
}

QString ForecastChart::tooltip(QAbstractSeries *series, int index) const
{
    if (series == m_history) {
        if (index < 0 || index >= m_historyData.size())
            return {};
        return tr("%1 · %2: %3")
            .arg(monthLabel(m_historyData.monthAt(index)), m_historyName,
                cases(m_historyData.values[size_t(index)]));
    }
    if (series == m_level)
        return m_levelValue ? tr("Level: %1").arg(cases(*m_levelValue)) : QString();
    if (series == m_forecast && m_joined) {
        // The joining point is the last actual value.
        if (index == 0)
            return tooltip(m_history, m_historyData.size() - 1);
        --index;
    }
    if (series == m_forecast || series == m_band80 || series == m_band95 || series == m_band50) {
        if (index < 0 || index >= m_forecastData.horizon())
            return {};
        const size_t i = size_t(index);
        const QString format = m_median
            ? tr("%1 · Median of simulated paths: %2\n80% interval: %3 – %4\n95% interval: %5 – %6")
            : tr("%1 · Forecast: %2\n80% interval: %3 – %4\n95% interval: %5 – %6");
        QString text = format.arg(monthLabel(m_forecastData.first.addMonths(index)),
            cases(m_forecastData.mean[i]), cases(m_forecastData.lo80[i]), cases(m_forecastData.hi80[i]),
            cases(m_forecastData.lo95[i]), cases(m_forecastData.hi95[i]));
        if (i < m_innerLo.size() && i < m_innerHi.size())
            text += QLatin1Char('\n')
                + tr("Middle half of paths: %1 – %2").arg(cases(m_innerLo[i]), cases(m_innerHi[i]));
        return text;
    }
    return {};
}

void ForecastChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    InteractiveChartView::changeEvent(event);
}

void ForecastChart::retranslate()
{
    m_forecast->setName(m_median ? tr("Median of simulated paths") : tr("Forecast"));
    m_band80->setName(tr("80% interval"));
    m_band95->setName(tr("95% interval"));
    m_band50->setName(tr("Middle half of paths"));
    m_level->setName(tr("Level"));
    m_values->setTitleText(tr("Cases"));
}

void ForecastChart::restyle()
{
    const QPalette pal = palette();
    chartStyle::setRole(m_history, m_role, pal);
    chartStyle::setRole(m_forecast, m_role, pal);
    chartStyle::setRole(m_level, chartStyle::Role::Reference, pal);
    chartStyle::apply(chart(), pal);
    // The bands take the series' colour, paler the wider they are, so that the 80% band shows
    // through the 95% one.
    const QColor base = chartStyle::color(m_role, pal);
    const std::initializer_list<std::pair<QAreaSeries *, float>> bands
        = {{m_band95, 0.16f}, {m_band80, 0.22f}, {m_band50, 0.3f}};
    for (const auto &[area, alpha] : bands) {
        QColor fill = base;
        fill.setAlphaF(alpha);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
    }
}

} // namespace caseload
