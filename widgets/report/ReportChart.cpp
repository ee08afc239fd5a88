#include "ReportChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace caseload {

namespace {

/// A "nice" axis maximum and step (1, 2, 2.5 or 5 × 10^k) giving four to eight intervals.
std::pair<double, double> niceAxis(double maximum)
{
    if (maximum <= 0)
        return {1.0, 0.25};
    const double rough = maximum / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * power >= rough) {
            step = f * power;
            break;
        }
    }
    return {std::ceil(maximum / step) * step, step};
}

QString tickLabel(double value, double step, bool percent)
{
    if (percent)
        return QLocale().toString(value * 100.0, 'f', step * 100.0 < 1.0 ? 1 : 0) + QLatin1Char('%');
    const int decimals = step >= 1.0 ? 0 : (step >= 0.1 ? 1 : 2);
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

void ReportChart::paint(QPainter &painter, const QRectF &rect, const QFont &font, double unit) const
{
    painter.save();
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.15);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    QRectF titleRect(rect.left(), rect.top(), rect.width(), titleMetrics.height() * 1.2);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(title, Qt::ElideRight, rect.width()));

    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    double top = titleRect.bottom() + unit;
    // Legend (only with several series or bands).
    if (series.size() + bands.size() > 1) {
        double x = rect.left();
        const double h = metrics.height();
        const auto entry = [&](const QString &name, double width) {
            x += width + unit;
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x, top + metrics.ascent()), name);
            x += metrics.horizontalAdvance(name) + unit * 4;
        };
        for (const Series &s : series) {
            if (s.line) {
                painter.setPen(QPen(s.color, unit * 0.5, s.style, Qt::FlatCap));
                painter.drawLine(QPointF(x, top + h / 2), QPointF(x + unit * 6, top + h / 2));
                entry(s.name, unit * 6);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(s.color);
                painter.drawRect(QRectF(x, top + h / 2 - unit * 1.2, unit * 2.4, unit * 2.4));
                entry(s.name, unit * 2.4);
            }
        }
        for (const Band &b : bands) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(b.color);
            painter.drawRect(QRectF(x, top + h / 2 - unit * 1.2, unit * 4, unit * 2.4));
            entry(b.name, unit * 4);
        }
        top += h + unit;
    }
    const QRectF plot(rect.left(), top, rect.width(), rect.bottom() - top);
    if (kind == Kind::Vertical)
        paintVertical(painter, plot, font, unit);
    else
        paintHorizontal(painter, plot, font, unit);
    painter.restore();
}

void ReportChart::paintVertical(QPainter &painter, const QRectF &area, const QFont &font, double unit) const
{
    const QFontMetricsF metrics(font, painter.device());
    double maximum = 0;
    for (const Series &s : series) {
        for (double v : s.values) {
            if (std::isfinite(v))
                maximum = std::max(maximum, v);
        }
    }
    for (const Band &b : bands) {
        for (double v : b.high) {
            if (std::isfinite(v))
                maximum = std::max(maximum, v);
        }
    }
    const auto [axisMax, step] = niceAxis(maximum);
    double labelWidth = 0;
    for (double v = 0; v <= axisMax + step / 2; v += step)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(tickLabel(v, step, false)));
    const QRectF plot(area.left() + labelWidth + unit, area.top() + metrics.height() / 2,
        area.width() - labelWidth - unit * 1.5, area.height() - metrics.height() * 1.5 - unit * 1.5);
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / axisMax; };

    painter.setFont(font);
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const double y = yOf(v);
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), unit * 0.15));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        const QString label = tickLabel(v, step, false);
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2, labelWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, label);
    }
    const int n = int(categories.size());
    if (n == 0)
        return;
    const double slot = plot.width() / n;
    int every = labelEvery;
    if (every <= 0) {
        double widest = 0;
        for (const QString &c : categories)
            widest = std::max(widest, metrics.horizontalAdvance(c));
        every = std::max(1, int(std::ceil((widest + unit * 2) / slot)));
    }
    painter.setPen(Qt::black);
    for (int i = 0; i < n; i += every) {
        const double cx = plot.left() + slot * (labelsAtEdges ? i : i + 0.5);
        const double w = metrics.horizontalAdvance(categories[i]);
        const double x = std::clamp(cx - w / 2, area.left(), area.right() - w);
        painter.drawText(QPointF(x, plot.bottom() + unit + metrics.ascent()), categories[i]);
        painter.setPen(QPen(Qt::black, unit * 0.15));
        painter.drawLine(QPointF(cx, plot.bottom()), QPointF(cx, plot.bottom() + unit * 0.6));
    }

    for (const Band &b : bands) {
        // One polygon per run of categories where the band is defined: upper edge left to right,
        // lower edge back.
        const int m = std::min({n, int(b.low.size()), int(b.high.size())});
        const auto defined
            = [&](int i) { return std::isfinite(b.low[size_t(i)]) && std::isfinite(b.high[size_t(i)]); };
        painter.setPen(Qt::NoPen);
        painter.setBrush(b.color);
        for (int i = 0; i < m;) {
            if (!defined(i)) {
                ++i;
                continue;
            }
            int j = i;
            while (j < m && defined(j))
                ++j;
            QPolygonF polygon;
            for (int k = i; k < j; ++k)
                polygon << QPointF(plot.left() + slot * (k + 0.5), yOf(b.high[size_t(k)]));
            for (int k = j - 1; k >= i; --k)
                polygon << QPointF(plot.left() + slot * (k + 0.5), yOf(b.low[size_t(k)]));
            painter.drawPolygon(polygon);
            i = j;
        }
    }

    int barSeries = 0;
    for (const Series &s : series)
        barSeries += s.line ? 0 : 1;
    const double groupWidth = slot * 0.8;
    const double barWidth = barSeries ? groupWidth / barSeries : 0;
    int barIndex = 0;
    for (const Series &s : series) {
        if (s.line) {
            QPainterPath path;
            bool open = false;
            for (int i = 0; i < n && i < int(s.values.size()); ++i) {
                const double v = s.values[size_t(i)];
                if (!std::isfinite(v)) {
                    open = false;
                    continue;
                }
                const QPointF p(plot.left() + slot * (i + 0.5), yOf(v));
                if (open)
                    path.lineTo(p);
                else
                    path.moveTo(p);
                open = true;
            }
            painter.setPen(QPen(s.color, unit * 0.5, s.style, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            continue;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.color);
        for (int i = 0; i < n && i < int(s.values.size()); ++i) {
            if (!std::isfinite(s.values[size_t(i)]))
                continue;
            const double x = plot.left() + slot * i + (slot - groupWidth) / 2 + barWidth * barIndex;
            const double y = yOf(s.values[size_t(i)]);
            painter.drawRect(QRectF(x, y, barWidth, plot.bottom() - y));
        }
        ++barIndex;
    }
    painter.setPen(QPen(Qt::black, unit * 0.2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    if (marker) {
        const double x = plot.left() + slot * *marker;
        painter.setPen(QPen(QColor(0xc0, 0x20, 0x20), unit * 0.4, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QColor(0xc0, 0x20, 0x20));
        const double w = metrics.horizontalAdvance(markerLabel);
        const double lx = x + unit + w <= plot.right() ? x + unit : x - unit - w;
        painter.drawText(QPointF(lx, plot.top() + metrics.ascent()), markerLabel);
    }
}

void ReportChart::paintHorizontal(QPainter &painter, const QRectF &area, const QFont &font, double unit) const
{
    const QFontMetricsF metrics(font, painter.device());
    const int n = int(categories.size());
    if (n == 0 || series.empty())
        return;
    const Series &s = series.front();
    double labelWidth = 0;
    for (const QString &c : categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(c));
    labelWidth = std::min(labelWidth, area.width() * 0.35);
    double valueWidth = 0;
    for (const QString &v : valueLabels)
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(v));
    double maximum = 0;
    for (double v : s.values)
        maximum = std::max(maximum, v);
    const auto [axisMax, step] = niceAxis(maximum);
    const QRectF plot(area.left() + labelWidth + unit, area.top(),
        area.width() - labelWidth - valueWidth - unit * 3, area.height() - metrics.height() - unit);
    const double slot = plot.height() / n;
    const auto xOf = [&](double v) { return plot.left() + plot.width() * v / axisMax; };

    painter.setFont(font);
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const double x = xOf(v);
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), unit * 0.15));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Qt::black);
        const QString label = tickLabel(v, step, percentAxis);
        const double w = metrics.horizontalAdvance(label);
        painter.drawText(QPointF(x - w / 2, plot.bottom() + unit * 0.5 + metrics.ascent()), label);
    }
    // The marker (a target) goes behind the bars and their values so that it never hides a figure.
    if (marker) {
        const double x = xOf(*marker);
        painter.setPen(QPen(QColor(0xc0, 0x20, 0x20), unit * 0.3, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    for (int i = 0; i < n; ++i) {
        const double top = plot.top() + slot * i;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), top, labelWidth, slot), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(categories[i], Qt::ElideRight, labelWidth));
        const double v = i < int(s.values.size()) ? s.values[size_t(i)] : 0;
        const double barHeight = std::min(slot * 0.7, unit * 5);
        const QRectF bar(plot.left(), top + (slot - barHeight) / 2, xOf(v) - plot.left(), barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.color);
        painter.drawRect(bar);
        if (i < valueLabels.size() && !valueLabels[i].isEmpty()) {
            const QRectF valueRect(bar.right() + unit, top, valueWidth + unit, slot);
            const double textWidth = metrics.horizontalAdvance(valueLabels[i]);
            painter.setBrush(Qt::white);
            painter.drawRect(QRectF(valueRect.left() - unit * 0.3, top + (slot - metrics.height()) / 2,
                textWidth + unit * 0.6, metrics.height()));
            painter.setPen(Qt::black);
            painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, valueLabels[i]);
        }
    }
    painter.setPen(QPen(Qt::black, unit * 0.2));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
}

} // namespace caseload
