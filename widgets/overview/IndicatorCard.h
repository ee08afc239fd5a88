#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;

namespace caseload {

class Sparkline;

/// One indicator on the Overview page: title, value, target, a traffic light, the change against the
/// previous period and the same period last year, and a sparkline of the last twelve months. A card
/// that cannot be computed shows why instead of a value. The card takes keyboard focus; Enter, Space
/// or a click emit activated() (the page drills down where it can).
class IndicatorCard : public QWidget
{
    Q_OBJECT

public:
    /// The traffic light.
    enum class Light {
        Off, ///< nothing to judge (not computable, no data)
        Neutral, ///< no target
        Good, ///< meets the target
        Warning, ///< less than 5 percentage points below the target
        Bad, ///< further below
    };
    /// Whether a change is for the better (coloured good), the worse (bad) or neither.
    enum class Trend { Neutral, Better, Worse };

    struct Change
    {
        QString text = QStringLiteral("—"); ///< "▲ 2.3 pp", "▼ 4.1%"; "—" when there is nothing to compare
        Trend trend = Trend::Neutral;
        QString toolTip; ///< the compared period and its exact value
    };

    /// Everything a card shows (already formatted; the page builds it from the results).
    struct Content
    {
        QString title;
        QString value; ///< the big figure; empty when not computable
        QString unit; ///< beside the value ("days")
        QString target; ///< "Target ≥ 90.0%"; empty without a target
        Light light = Light::Off;
        QString reason; ///< why not computable (shown instead of the value)
        Change previous;
        Change yearAgo;
        QList<double> sparkline; ///< the last twelve months, NaN where missing; empty: no series
        std::optional<double> sparklineReference;
        QString sparklineToolTip;
        QString toolTip; ///< exact numbers (numerator ÷ denominator)
    };

    explicit IndicatorCard(QWidget *parent = nullptr);

    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    /// Shows the pointing-hand cursor (the card drills down).
    void setClickable(bool clickable);

    /// The light for `value` against `target` (shares): Good when value >= target, Warning within 5
    /// percentage points below, Bad further below.
    static Light lightFor(double value, double target);
    /// A short description of the light, for tooltips and screen readers ("meets the target").
    static QString lightText(Light light);

    /// Labels (tests and screenshots).
    QLabel *valueLabel() const { return m_value; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *previousLabel() const { return m_previous; }
    QLabel *yearAgoLabel() const { return m_yearAgo; }
    Sparkline *sparkline() const { return m_sparkline; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyColours();
    void retranslate();
    QColor lightColour() const;

    Content m_content;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_reason = nullptr;
    Sparkline *m_sparkline = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_yearAgo = nullptr;
    bool m_clickable = false;
};

} // namespace caseload
