#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QBarSet;
class QLegendMarker;

namespace caseload {

/// The dashboard's chart view. For every series of its chart (call attachSeries() after adding one):
/// - a tooltip with the exact value on hovering a point or bar (setTooltipFormatter() to word it);
/// - clicking the series' legend marker hides or shows the series (the marker is dimmed while hidden);
/// - a click on a point or bar emits pointClicked() with the index of the nearest point (bars: the
///   category index).
/// With setTimeZoomEnabled(true), the mouse wheel zooms and a left-button drag pans the horizontal
/// axis (a QDateTimeAxis or QValueAxis); a double click or resetZoom() returns to the full range,
/// which is the range the axis had when setFullRange() was last called (pages call it after each
/// data change). Keyboard: +/- zoom, arrow keys pan, 0 resets (the view takes focus).
class InteractiveChartView : public QChartView
{
    Q_OBJECT

public:
    /// Words the tooltip of point `index` of `series` (value in chart coordinates; for bars x is the
    /// category index and y the bar's value, `barSet` set). Default: "<series or set name>: <y>".
    using TooltipFormatter
        = std::function<QString(QAbstractSeries *series, QBarSet *barSet, int index, QPointF value)>;

    explicit InteractiveChartView(QChart *chart, QWidget *parent = nullptr);
    ~InteractiveChartView() override;

    void setTooltipFormatter(TooltipFormatter formatter);
    /// Connects hover tooltips, clicks and legend toggling of `series` (once per series; idempotent).
    void attachSeries(QAbstractSeries *series);

    void setTimeZoomEnabled(bool enabled);
    bool isTimeZoomEnabled() const { return m_zoomEnabled; }
    /// Remembers the horizontal axis' current range as the full range (resetZoom() returns to it).
    void setFullRange();
    /// Back to the full range.
    void resetZoom();
    /// True while zoomed or panned away from the full range.
    bool isZoomed() const;

    /// Zooms the horizontal axis by `factor` (> 1 zooms in) around the scene x position `centreX`
    /// (default: the plot area's centre). For the wheel, the keyboard and tests.
    void zoomBy(qreal factor, qreal centreX = -1);
    /// Pans the horizontal axis by `pixels` (positive: later dates to the left, like a drag left).
    void panBy(qreal pixels);

    /// The text the tooltip would show for `series` / `barSet` at `index` (tests, accessibility).
    QString tooltipText(QAbstractSeries *series, QBarSet *barSet, int index, QPointF value) const;

    /// The horizontal axis' range (milliseconds since the epoch for a QDateTimeAxis); {0, 0} without
    /// a zoomable horizontal axis.
    QPointF horizontalRange() const;
    /// Sets the horizontal axis' range, clamped to the full range, without emitting rangeChanged()
    /// (for views that zoom together: connect one's rangeChanged() to the others' setHorizontalRange()).
    void setHorizontalRange(qreal min, qreal max);

    /// The point of an attached line or scatter series nearest to `viewPos` (viewport coordinates)
    /// within `radius` pixels: the series and the index, or {nullptr, -1}.
    std::pair<QAbstractSeries *, int> pointAt(QPointF viewPos, qreal radius = 16) const;
    /// Viewport position of point `index` of the attached line, scatter or area series `series`
    /// (tests, keyboard); a null point when out of range.
    QPointF viewPosition(QAbstractSeries *series, int index) const;

Q_SIGNALS:
    /// A point or bar was clicked: the index of the point (nearest to the click) or bar category.
    void pointClicked(QAbstractSeries *series, int index);
    void zoomChanged(bool zoomed);
    /// The user zoomed, panned or reset the horizontal axis (range as in horizontalRange()).
    void rangeChanged(qreal min, qreal max);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QAbstractAxis *zoomAxis() const;
    void setAxisRange(qreal min, qreal max);
    /// Applies a user's zoom or pan: sets the range and emits the signals.
    void changeRange(qreal min, qreal max);
    void connectMarkers();
    void updateMarker(QLegendMarker *marker);
    void showTooltip(const QString &text, QPoint globalPos);
    void hideTooltip();
    /// Nearest point of `area`'s upper series to chart x `x` (-1 when empty).
    int nearestByX(QAreaSeries *area, qreal x) const;

    QList<QPointer<QAbstractSeries>> m_series;
    QPointer<QAreaSeries> m_hoveredArea;
    bool m_barHovered = false;
    bool m_tooltipShown = false;
    bool m_leftPressed = false;
    bool m_pressInPlot = false;
    QPointF m_pressPos;
    int m_lastZoomed = -1;
    TooltipFormatter m_formatter;
    bool m_zoomEnabled = false;
    bool m_dragging = false;
    qreal m_lastDragX = 0;
    qreal m_fullMin = 0;
    qreal m_fullMax = 0;
    bool m_hasFullRange = false;
};

} // namespace caseload
