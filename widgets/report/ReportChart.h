#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace caseload {

/// A small chart drawn with QPainter as vectors (for printed reports): vertical bars and lines over
/// categories, or horizontal bars (a ranking). Sizes are in device pixels; `unit` is one millimetre.
class ReportChart
{
public:
    enum class Kind { Vertical, Horizontal };

    struct Series
    {
        QString name;
        QColor color;
        std::vector<double> values; ///< one per category
        bool line = false; ///< a line instead of bars (vertical charts)
        /// Pen of a line series (a forecast is dashed). Non-finite values leave a gap in a line and
        /// no bar.
        Qt::PenStyle style = Qt::SolidLine;
    };

    /// A shaded interval between `low` and `high` (vertical charts), drawn behind the series, over the
    /// categories where both are finite (a prediction interval).
    struct Band
    {
        QString name;
        QColor color;
        std::vector<double> low;
        std::vector<double> high;
    };

    Kind kind = Kind::Vertical;
    QString title;
    QStringList categories;
    /// Vertical charts: labels sit on the left edges of the categories (histogram bins) instead of
    /// their centres.
    bool labelsAtEdges = false;
    /// Show every n-th category label on the x axis (vertical charts); 0: pick one that fits.
    int labelEvery = 0;
    std::vector<Series> series;
    /// Shaded intervals, widest first (each is drawn over the previous one).
    std::vector<Band> bands;
    /// A vertical marker between categories (vertical charts): its position in category units
    /// (0 = left edge of the first category) and its label.
    std::optional<double> marker;
    QString markerLabel;
    /// Horizontal charts: the value shown at the end of each bar.
    QStringList valueLabels;
    /// Horizontal charts: values are shares (axis in percent).
    bool percentAxis = false;

    /// Paints the chart into `rect` with `font` (its point size is the label size).
    void paint(QPainter &painter, const QRectF &rect, const QFont &font, double unit) const;

private:
    void paintVertical(QPainter &painter, const QRectF &plot, const QFont &font, double unit) const;
    void paintHorizontal(QPainter &painter, const QRectF &plot, const QFont &font, double unit) const;
};

} // namespace caseload
