#include "InteractiveChartView.h"

#include "export/ChartExportAction.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caseload {

namespace {

// Dynamic properties on legend markers (markers are recreated by Qt Charts whenever a series
// changes, so per-marker state cannot live in the view).
constexpr char MarkerConnected[] = "caseloadMarkerConnected";
constexpr char MarkerStyled[] = "caseloadMarkerStyled";

constexpr qreal HiddenAlpha = 0.3;
// The narrowest span a zoom may reach, as a share of the full range.
constexpr qreal MinSpanShare = 1.0 / 400;

bool isXY(QAbstractSeries *series)
{
    return series->type() == QAbstractSeries::SeriesTypeLine
        || series->type() == QAbstractSeries::SeriesTypeSpline
        || series->type() == QAbstractSeries::SeriesTypeScatter;
}

QString formatNumber(qreal value)
{
    const QLocale locale;
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::round(value))
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'f', 2);
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(color.alphaF() * alpha));
    return color;
}

} // namespace

InteractiveChartView::InteractiveChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    chart->setAcceptHoverEvents(true);
    connect(chart->legend(), &QLegend::labelColorChanged, this, [this] { connectMarkers(); });
    new ChartExportAction(this);
}

InteractiveChartView::~InteractiveChartView()
{
    // QChartView's destructor deletes the chart and its series after this class' members are gone:
    // no signal of theirs may reach this object any more.
    for (const QPointer<QAbstractSeries> &series : std::as_const(m_series)) {
        if (!series)
            continue;
        series->disconnect(this);
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.data())) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                set->disconnect(this);
        }
    }
    if (QChart *c = chart()) {
        c->legend()->disconnect(this);
        const auto markers = c->legend()->markers();
        for (QLegendMarker *marker : markers)
            marker->disconnect(this);
    }
}

void InteractiveChartView::setTooltipFormatter(TooltipFormatter formatter)
{
    m_formatter = std::move(formatter);
}

void InteractiveChartView::attachSeries(QAbstractSeries *series)
{
    if (!series)
        return;
    for (const QPointer<QAbstractSeries> &known : std::as_const(m_series)) {
        if (known == series) {
            connectMarkers();
            return;
        }
    }
    m_series.removeAll(QPointer<QAbstractSeries>());
    m_series.append(series);
    connect(series, &QAbstractSeries::visibleChanged, this, &InteractiveChartView::connectMarkers);

    if (auto *xy = qobject_cast<QXYSeries *>(series)) {
        // Clicks and hovers of lines are found by proximity in the mouse handlers: a line is too thin
        // to hit, and its own signals only report entering and leaving it.
        connect(xy, &QXYSeries::colorChanged, this, &InteractiveChartView::connectMarkers);
        connect(xy, &QXYSeries::penChanged, this, &InteractiveChartView::connectMarkers);
    } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        connect(area, &QAreaSeries::hovered, this, [this, area](const QPointF &point, bool state) {
            if (state) {
                m_hoveredArea = area;
                const int index = nearestByX(area, point.x());
                if (index >= 0) {
                    showTooltip(
                        tooltipText(area, nullptr, index, area->upperSeries()->at(index)), QCursor::pos());
                }
            } else if (m_hoveredArea == area) {
                m_hoveredArea = nullptr;
                hideTooltip();
            }
        });
        connect(area, &QAreaSeries::clicked, this, [this, area](const QPointF &point) {
            const int index = nearestByX(area, point.x());
            if (index >= 0)
                Q_EMIT pointClicked(area, index);
        });
        connect(area, &QAreaSeries::colorChanged, this, &InteractiveChartView::connectMarkers);
        connect(area, &QAreaSeries::borderColorChanged, this, &InteractiveChartView::connectMarkers);
    } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool status, int index, QBarSet *set) {
            m_barHovered = status;
            if (status && set && index >= 0 && index < set->count())
                showTooltip(tooltipText(bars, set, index, QPointF(index, set->at(index))), QCursor::pos());
            else
                hideTooltip();
        });
        connect(bars, &QAbstractBarSeries::clicked, this,
            [this, bars](int index, QBarSet *) { Q_EMIT pointClicked(bars, index); });
        auto watchSets = [this](const QList<QBarSet *> &sets) {
            for (QBarSet *set : sets) {
                connect(set, &QBarSet::colorChanged, this, &InteractiveChartView::connectMarkers,
                    Qt::UniqueConnection);
                connect(set, &QBarSet::brushChanged, this, &InteractiveChartView::connectMarkers,
                    Qt::UniqueConnection);
            }
            connectMarkers();
        };
        watchSets(bars->barSets());
        connect(bars, &QAbstractBarSeries::barsetsAdded, this, watchSets);
        connect(bars, &QAbstractBarSeries::barsetsRemoved, this, &InteractiveChartView::connectMarkers);
    } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
        connect(pie, &QPieSeries::hovered, this, [this, pie](QPieSlice *slice, bool state) {
            m_barHovered = state;
            const int index = int(pie->slices().indexOf(slice));
            if (state && index >= 0)
                showTooltip(tooltipText(pie, nullptr, index, QPointF(index, slice->value())), QCursor::pos());
            else
                hideTooltip();
        });
        connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice *slice) {
            const int index = int(pie->slices().indexOf(slice));
            if (index >= 0)
                Q_EMIT pointClicked(pie, index);
        });
    }
    connectMarkers();
}

QString InteractiveChartView::tooltipText(
    QAbstractSeries *series, QBarSet *barSet, int index, QPointF value) const
{
    if (m_formatter)
        return m_formatter(series, barSet, index, value);
    QString name = barSet ? barSet->label() : (series ? series->name() : QString());
    if (barSet && series && chart()) {
        const auto axes = chart()->axes(Qt::Horizontal | Qt::Vertical, series);
        for (QAbstractAxis *axis : axes) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                if (index >= 0 && index < categories->count()) {
                    const QString category = categories->at(index);
                    name = name.isEmpty() ? category : category + QStringLiteral(" · ") + name;
                }
                break;
            }
        }
    }
    const QString number = formatNumber(value.y());
    return name.isEmpty() ? number : name + QStringLiteral(": ") + number;
}

// --- zoom -------------------------------------------------------------------------------------

QAbstractAxis *InteractiveChartView::zoomAxis() const
{
    if (!chart())
        return nullptr;
    const auto axes = chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (axis->type() == QAbstractAxis::AxisTypeDateTime || axis->type() == QAbstractAxis::AxisTypeValue)
            return axis;
    }
    return nullptr;
}

QPointF InteractiveChartView::horizontalRange() const
{
    QAbstractAxis *axis = zoomAxis();
    if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
        return QPointF(qreal(dates->min().toMSecsSinceEpoch()), qreal(dates->max().toMSecsSinceEpoch()));
    if (auto *values = qobject_cast<QValueAxis *>(axis))
        return QPointF(values->min(), values->max());
    return {};
}

void InteractiveChartView::setAxisRange(qreal min, qreal max)
{
    QAbstractAxis *axis = zoomAxis();
    if (auto *dates = qobject_cast<QDateTimeAxis *>(axis)) {
        dates->setRange(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(min))),
            QDateTime::fromMSecsSinceEpoch(qint64(std::llround(max))));
    } else if (auto *values = qobject_cast<QValueAxis *>(axis)) {
        values->setRange(min, max);
    }
}

void InteractiveChartView::setTimeZoomEnabled(bool enabled)
{
    m_zoomEnabled = enabled;
    if (!enabled && isZoomed())
        resetZoom();
}

void InteractiveChartView::setFullRange()
{
    const QPointF range = horizontalRange();
    m_fullMin = range.x();
    m_fullMax = range.y();
    m_hasFullRange = zoomAxis() != nullptr;
    const bool zoomed = isZoomed();
    if (m_lastZoomed != int(zoomed)) {
        m_lastZoomed = int(zoomed);
        Q_EMIT zoomChanged(zoomed);
    }
}

void InteractiveChartView::resetZoom()
{
    if (!m_hasFullRange)
        return;
    changeRange(m_fullMin, m_fullMax);
}

bool InteractiveChartView::isZoomed() const
{
    if (!m_hasFullRange)
        return false;
    const QPointF range = horizontalRange();
    const qreal tolerance = std::max<qreal>(1e-9, (m_fullMax - m_fullMin) * 1e-9);
    return std::abs(range.x() - m_fullMin) > tolerance || std::abs(range.y() - m_fullMax) > tolerance;
}

void InteractiveChartView::setHorizontalRange(qreal min, qreal max)
{
    if (!zoomAxis())
        return;
    if (!m_hasFullRange)
        setFullRange();
    const qreal fullSpan = m_fullMax - m_fullMin;
    qreal span = std::clamp(max - min, fullSpan * MinSpanShare, fullSpan);
    if (!(span > 0))
        return;
    min = std::clamp(min, m_fullMin, m_fullMax - span);
    setAxisRange(min, min + span);
    const bool zoomed = isZoomed();
    if (m_lastZoomed != int(zoomed)) {
        m_lastZoomed = int(zoomed);
        Q_EMIT zoomChanged(zoomed);
    }
}

void InteractiveChartView::changeRange(qreal min, qreal max)
{
    const QPointF before = horizontalRange();
    setHorizontalRange(min, max);
    const QPointF after = horizontalRange();
    if (after != before)
        Q_EMIT rangeChanged(after.x(), after.y());
}

void InteractiveChartView::zoomBy(qreal factor, qreal centreX)
{
    if (!zoomAxis() || !(factor > 0) || !chart())
        return;
    if (!m_hasFullRange)
        setFullRange();
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return;
    const QPointF range = horizontalRange();
    const qreal span = range.y() - range.x();
    if (centreX < 0)
        centreX = plot.center().x();
    const qreal share = std::clamp((centreX - plot.left()) / plot.width(), 0.0, 1.0);
    const qreal centre = range.x() + share * span;
    const qreal newSpan = span / factor;
    const qreal newMin = centre - share * newSpan;
    changeRange(newMin, newMin + newSpan);
}

void InteractiveChartView::panBy(qreal pixels)
{
    if (!zoomAxis() || !chart())
        return;
    if (!m_hasFullRange)
        setFullRange();
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return;
    const QPointF range = horizontalRange();
    const qreal shift = pixels / plot.width() * (range.y() - range.x());
    changeRange(range.x() + shift, range.y() + shift);
}

// --- points -----------------------------------------------------------------------------------

std::pair<QAbstractSeries *, int> InteractiveChartView::pointAt(QPointF viewPos, qreal radius) const
{
    if (!chart())
        return {nullptr, -1};
    const QPointF scenePos = mapToScene(viewPos.toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    const QRectF plot = chart()->plotArea().adjusted(-radius, -radius, radius, radius);
    if (!plot.contains(chartPos))
        return {nullptr, -1};
    QAbstractSeries *best = nullptr;
    int bestIndex = -1;
    qreal bestDistance = radius * radius;
    for (const QPointer<QAbstractSeries> &series : m_series) {
        if (!series || !series->isVisible() || !isXY(series) || series->chart() != chart())
            continue;
        auto *xy = static_cast<QXYSeries *>(series.data());
        // Only points within the radius horizontally are mapped to pixels: a Kaplan–Meier curve has
        // thousands, and this runs on every mouse move.
        const qreal x1 = chart()->mapToValue(chartPos - QPointF(radius, 0), xy).x();
        const qreal x2 = chart()->mapToValue(chartPos + QPointF(radius, 0), xy).x();
        const qreal minX = std::min(x1, x2);
        const qreal maxX = std::max(x1, x2);
        const QList<QPointF> points = xy->points();
        for (int i = 0; i < points.size(); ++i) {
            if (points.at(i).x() < minX || points.at(i).x() > maxX)
                continue;
            const QPointF p = chart()->mapToPosition(points.at(i), xy);
            if (!plot.contains(p))
                continue;
            const qreal dx = p.x() - chartPos.x();
            const qreal dy = p.y() - chartPos.y();
            const qreal distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = xy;
                bestIndex = i;
            }
        }
    }
    return {best, bestIndex};
}

QPointF InteractiveChartView::viewPosition(QAbstractSeries *series, int index) const
{
    if (!series || !chart())
        return {};
    QXYSeries *xy = qobject_cast<QXYSeries *>(series);
    if (auto *area = qobject_cast<QAreaSeries *>(series))
        xy = area->upperSeries();
    if (!xy || index < 0 || index >= xy->count())
        return {};
    const QPointF chartPos = chart()->mapToPosition(xy->at(index), series);
    return mapFromScene(chart()->mapToScene(chartPos));
}

int InteractiveChartView::nearestByX(QAreaSeries *area, qreal x) const
{
    const QLineSeries *upper = area->upperSeries();
    if (!upper)
        return -1;
    int best = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int i = 0; i < upper->count(); ++i) {
        const qreal distance = std::abs(upper->at(i).x() - x);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

// --- tooltips ---------------------------------------------------------------------------------

void InteractiveChartView::showTooltip(const QString &text, QPoint globalPos)
{
    if (text.isEmpty()) {
        hideTooltip();
        return;
    }
    QToolTip::showText(globalPos, text, this, QRect(), 15000);
    m_tooltipShown = true;
}

void InteractiveChartView::hideTooltip()
{
    if (m_tooltipShown)
        QToolTip::hideText();
    m_tooltipShown = false;
}

// --- legend -----------------------------------------------------------------------------------

void InteractiveChartView::connectMarkers()
{
    if (!chart())
        return;
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        QAbstractSeries *series = marker->series();
        const bool attached = std::any_of(m_series.cbegin(), m_series.cend(),
            [series](const QPointer<QAbstractSeries> &s) { return s == series; });
        if (!attached)
            continue;
        if (!marker->property(MarkerConnected).toBool()) {
            marker->setProperty(MarkerConnected, true);
            connect(marker, &QLegendMarker::clicked, this, [this, marker] {
                if (QAbstractSeries *s = marker->series())
                    s->setVisible(!s->isVisible());
                connectMarkers();
            });
        }
        updateMarker(marker);
    }
}

void InteractiveChartView::updateMarker(QLegendMarker *marker)
{
    QAbstractSeries *series = marker->series();
    const bool hidden = !series->isVisible();
    // Qt hides a hidden series' marker; it must stay to be clicked again. (A visible series' marker
    // is left alone: a page may hide the marker of a series that is empty for the period.)
    if (hidden)
        marker->setVisible(true);
    if (!hidden && !marker->property(MarkerStyled).toBool())
        return; // untouched markers follow their series by themselves
    marker->setProperty(MarkerStyled, true);

    QBrush brush;
    QPen pen;
    if (auto *xy = qobject_cast<QXYSeries *>(series)) {
        pen = xy->pen();
        brush = series->type() == QAbstractSeries::SeriesTypeScatter ? xy->brush() : QBrush(xy->color());
    } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        pen = area->pen();
        brush = area->brush();
    } else if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
        pen = barMarker->barset()->pen();
        brush = barMarker->barset()->brush();
    } else if (auto *pieMarker = qobject_cast<QPieLegendMarker *>(marker)) {
        pen = pieMarker->slice()->pen();
        brush = pieMarker->slice()->brush();
    }
    const qreal alpha = hidden ? HiddenAlpha : 1.0;
    brush.setColor(withAlpha(brush.color(), alpha));
    pen.setColor(withAlpha(pen.color(), alpha));
    marker->setBrush(brush);
    marker->setPen(pen);
    marker->setLabelBrush(QBrush(withAlpha(chart()->legend()->labelColor(), alpha)));
    QFont font = marker->font();
    font.setStrikeOut(hidden);
    marker->setFont(font);
}

// --- events -----------------------------------------------------------------------------------

void InteractiveChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_zoomEnabled || !zoomAxis() || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const qreal factor = std::pow(1.0015, qreal(event->angleDelta().y()));
    const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    zoomBy(factor, chartPos.x());
    event->accept();
}

void InteractiveChartView::mousePressEvent(QMouseEvent *event)
{
    // Legend markers are recreated when series change; connect the new ones before the click lands.
    connectMarkers();
    if (event->button() == Qt::LeftButton) {
        m_leftPressed = true;
        m_dragging = false;
        m_pressPos = event->position();
        m_lastDragX = event->position().x();
        const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        m_pressInPlot = chart()->plotArea().contains(chartPos);
    }
    QChartView::mousePressEvent(event);
    // The view takes the press even when no chart item did, so that the release (a click on a point
    // near the cursor) and the moves of a drag come back here rather than to the parent.
    if (event->button() == Qt::LeftButton)
        event->accept();
}

void InteractiveChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_leftPressed && m_zoomEnabled && m_pressInPlot && zoomAxis()) {
        if (!m_dragging
            && std::abs(event->position().x() - m_pressPos.x()) >= QApplication::startDragDistance()) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
            hideTooltip();
        }
        if (m_dragging) {
            panBy(m_lastDragX - event->position().x());
            m_lastDragX = event->position().x();
            event->accept();
            return;
        }
    }
    QChartView::mouseMoveEvent(event);

    const auto [series, index] = pointAt(event->position());
    if (series) {
        auto *xy = static_cast<QXYSeries *>(series);
        showTooltip(tooltipText(xy, nullptr, index, xy->at(index)), event->globalPosition().toPoint());
    } else if (m_hoveredArea) {
        const QPointF value = chart()->mapToValue(
            chart()->mapFromScene(mapToScene(event->position().toPoint())), m_hoveredArea);
        const int areaIndex = nearestByX(m_hoveredArea, value.x());
        if (areaIndex >= 0) {
            showTooltip(
                tooltipText(m_hoveredArea, nullptr, areaIndex, m_hoveredArea->upperSeries()->at(areaIndex)),
                event->globalPosition().toPoint());
        }
    } else if (!m_barHovered) {
        hideTooltip();
    }
}

void InteractiveChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasDragging = m_dragging;
    if (event->button() == Qt::LeftButton) {
        m_leftPressed = false;
        m_dragging = false;
        if (wasDragging)
            viewport()->unsetCursor();
    }
    QChartView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !wasDragging) {
        const auto [series, index] = pointAt(event->position());
        if (series)
            Q_EMIT pointClicked(series, index);
    }
}

void InteractiveChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_zoomEnabled && event->button() == Qt::LeftButton && isZoomed()) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void InteractiveChartView::keyPressEvent(QKeyEvent *event)
{
    if (m_zoomEnabled && zoomAxis() && chart()) {
        const qreal step = chart()->plotArea().width() / 10;
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return;
        case Qt::Key_Minus:
        case Qt::Key_Underscore:
            zoomBy(0.8);
            return;
        case Qt::Key_Left:
            panBy(-step);
            return;
        case Qt::Key_Right:
            panBy(step);
            return;
        case Qt::Key_0:
        case Qt::Key_Home:
            resetZoom();
            return;
        default:
            break;
        }
    }
    QChartView::keyPressEvent(event);
}

void InteractiveChartView::leaveEvent(QEvent *event)
{
    m_hoveredArea = nullptr;
    m_barHovered = false;
    hideTooltip();
    QChartView::leaveEvent(event);
}

} // namespace caseload
