#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include <optional>

namespace caseload {

/// A small line of monthly values without axes (an indicator card's last twelve months), painted with
/// QPainter. Missing values (NaN) break the line; the last value is marked with a dot; an optional
/// reference value (100% clearance) is drawn as a dashed line when it lies within reach of the data.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    /// The values, oldest first; NaN for a month without a value.
    void setValues(const QList<double> &values);
    QList<double> values() const { return m_values; }
    void setReference(std::optional<double> reference);
    void setColor(const QColor &color);
    QColor color() const { return m_color; }

    /// True when at least one value can be drawn.
    bool hasValues() const;
    /// The points the line goes through, in widget coordinates (one per drawable value; tests).
    QList<QPointF> points() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The value range drawn (values and a reference within reach).
    std::pair<double, double> range() const;
    QRectF plotRect() const;

    QList<double> m_values;
    std::optional<double> m_reference;
    QColor m_color;
};

} // namespace caseload
