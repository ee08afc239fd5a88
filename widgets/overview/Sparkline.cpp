#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caseload {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
    , m_color(palette().color(QPalette::Highlight))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double> &values)
{
    m_values = values;
    update();
}

void Sparkline::setReference(std::optional<double> reference)
{
    m_reference = reference;
    update();
}

void Sparkline::setColor(const QColor &color)
{
    m_color = color;
    update();
}

bool Sparkline::hasValues() const
{
    return std::any_of(m_values.cbegin(), m_values.cend(), [](double v) { return std::isfinite(v); });
}

QSize Sparkline::sizeHint() const
{
    return {160, 30};
}

QSize Sparkline::minimumSizeHint() const
{
    return {60, 30};
}

std::pair<double, double> Sparkline::range() const
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (double v : m_values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    // A reference far from the data would flatten the line; show it only when it is within reach.
    if (m_reference && std::isfinite(lo)) {
        const double span = std::max(hi - lo, std::abs(hi) * 0.05);
        if (*m_reference >= lo - span && *m_reference <= hi + span) {
            lo = std::min(lo, *m_reference);
            hi = std::max(hi, *m_reference);
        }
    }
    if (hi - lo < 1e-12) {
        const double pad = std::max(std::abs(hi) * 0.1, 1.0);
        lo -= pad;
        hi += pad;
    }
    return {lo, hi};
}

QRectF Sparkline::plotRect() const
{
    return QRectF(rect()).adjusted(3, 3, -4, -3);
}

QList<QPointF> Sparkline::points() const
{
    QList<QPointF> result;
    if (!hasValues())
        return result;
    const auto [lo, hi] = range();
    const QRectF r = plotRect();
    const qsizetype n = m_values.size();
    for (qsizetype i = 0; i < n; ++i) {
        const double v = m_values[i];
        if (!std::isfinite(v))
            continue;
        const double x = n == 1 ? r.center().x() : r.left() + r.width() * double(i) / double(n - 1);
        const double y = r.bottom() - r.height() * (v - lo) / (hi - lo);
        result.append(QPointF(x, y));
    }
    return result;
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (!hasValues())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto [lo, hi] = range();
    const QRectF r = plotRect();
    if (m_reference && *m_reference >= lo && *m_reference <= hi) {
        const double y = r.bottom() - r.height() * (*m_reference - lo) / (hi - lo);
        QPen pen(palette().color(QPalette::PlaceholderText), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }

    // Missing months break the line into pieces.
    const qsizetype n = m_values.size();
    QPainterPath path;
    bool drawing = false;
    QPointF last;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = m_values[i];
        if (!std::isfinite(v)) {
            drawing = false;
            continue;
        }
        const double x = n == 1 ? r.center().x() : r.left() + r.width() * double(i) / double(n - 1);
        last = QPointF(x, r.bottom() - r.height() * (v - lo) / (hi - lo));
        if (drawing)
            path.lineTo(last);
        else
            path.moveTo(last);
        drawing = true;
    }
    painter.setPen(QPen(m_color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    if (std::isfinite(m_values.constLast())) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_color);
        painter.drawEllipse(last, 2.5, 2.5);
    }
}

} // namespace caseload
