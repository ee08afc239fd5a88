#include "IndicatorCard.h"

#include "Sparkline.h"
#include "charts/ChartStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <utility>

namespace caseload {

namespace {

constexpr int LightRadius = 7;
constexpr int LightInset = 18; ///< from the top right corner to the light's centre

QLabel *makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

IndicatorCard::IndicatorCard(QWidget *parent)
    : QWidget(parent)
    , m_title(makeLabel(this))
    , m_value(makeLabel(this))
    , m_unit(makeLabel(this))
    , m_target(makeLabel(this))
    , m_reason(makeLabel(this))
    , m_sparkline(new Sparkline(this))
    , m_previous(makeLabel(this))
    , m_yearAgo(makeLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMaximumHeight(260);

    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_unit->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_sparkline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_sparkline->setMaximumHeight(140);
    QSizePolicy keep = m_sparkline->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_sparkline->setSizePolicy(keep);
    // The reason replaces the value: reserve the value's height so cards line up.
    m_reason->setMinimumHeight(m_value->sizeHint().height());
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (QLabel *label : {m_title, m_value, m_unit, m_target, m_reason, m_previous, m_yearAgo})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_sparkline->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addSpacing(LightInset + LightRadius - 8);
    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(6);
    valueRow->addWidget(m_value, 0, Qt::AlignBottom);
    valueRow->addWidget(m_unit, 0, Qt::AlignBottom);
    valueRow->addWidget(m_reason, 1);
    valueRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(3);
    layout->addLayout(titleRow);
    layout->addLayout(valueRow);
    layout->addWidget(m_target);
    layout->addWidget(m_sparkline, 1); // the extra height of a tall card goes to the sparkline
    layout->addWidget(m_previous);
    layout->addWidget(m_yearAgo);
    setContent(Content());
}

QSize IndicatorCard::sizeHint() const
{
    return {260, QWidget::sizeHint().height()};
}

QSize IndicatorCard::minimumSizeHint() const
{
    return {220, QWidget::minimumSizeHint().height()};
}

void IndicatorCard::setContent(const Content &content)
{
    m_content = content;
    const bool computable = !content.value.isEmpty();
    m_title->setText(content.title);
    m_value->setText(content.value);
    m_value->setVisible(computable);
    m_unit->setText(content.unit);
    m_unit->setVisible(computable && !content.unit.isEmpty());
    m_reason->setText(content.reason);
    m_reason->setVisible(!computable);
    m_target->setText(content.target.isEmpty() ? tr("No target") : content.target);
    m_sparkline->setValues(content.sparkline);
    m_sparkline->setReference(content.sparklineReference);
    m_sparkline->setVisible(m_sparkline->hasValues());
    m_sparkline->setToolTip(content.sparklineToolTip);
    QString tip = content.toolTip;
    if (!content.sparklineToolTip.isEmpty())
        tip += QStringLiteral("\n\n") + content.sparklineToolTip;
    setToolTip(tip);
    retranslate();
    applyColours();
    update();
}

void IndicatorCard::retranslate()
{
    m_previous->setText(tr("%1 vs previous period").arg(m_content.previous.text));
    m_previous->setToolTip(m_content.previous.toolTip);
    m_yearAgo->setText(tr("%1 vs same period last year").arg(m_content.yearAgo.text));
    m_yearAgo->setToolTip(m_content.yearAgo.toolTip);

    setAccessibleName(m_content.title);
    QStringList description;
    description.append(m_content.value.isEmpty()
            ? tr("Not computable: %1").arg(m_content.reason)
            : (m_content.value + QLatin1Char(' ') + m_content.unit).trimmed());
    if (!m_content.target.isEmpty())
        description.append(m_content.target);
    if (m_content.light != Light::Off)
        description.append(lightText(m_content.light));
    description.append(m_previous->text());
    description.append(m_yearAgo->text());
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void IndicatorCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

IndicatorCard::Light IndicatorCard::lightFor(double value, double target)
{
    // Shares are compared to a tolerance so that 0.9 computed as 9 ÷ 10 meets a 90% target.
    constexpr double Epsilon = 1e-9;
    if (value >= target - Epsilon)
        return Light::Good;
    if (value >= target - 0.05 - Epsilon)
        return Light::Warning;
    return Light::Bad;
}

QString IndicatorCard::lightText(Light light)
{
    switch (light) {
    case Light::Off:
        return tr("not judged");
    case Light::Neutral:
        return tr("no target to judge against");
    case Light::Good:
        return tr("meets the target");
    case Light::Warning:
        return tr("less than 5 percentage points below the target");
    case Light::Bad:
        return tr("more than 5 percentage points below the target");
    }
    return {};
}

QColor IndicatorCard::lightColour() const
{
    using chartStyle::Role;
    switch (m_content.light) {
    case Light::Good:
        return chartStyle::color(Role::Good, palette());
    case Light::Warning:
        return chartStyle::color(Role::Warning, palette());
    case Light::Bad:
        return chartStyle::color(Role::Bad, palette());
    case Light::Neutral:
        return chartStyle::color(Role::Neutral, palette());
    case Light::Off:
        break;
    }
    return {};
}

void IndicatorCard::applyColours()
{
    auto colourFor = [this](Trend trend) {
        switch (trend) {
        case Trend::Better:
            return chartStyle::color(chartStyle::Role::Good, palette());
        case Trend::Worse:
            return chartStyle::color(chartStyle::Role::Bad, palette());
        case Trend::Neutral:
            break;
        }
        return palette().color(QPalette::WindowText);
    };
    for (auto [label, trend] :
        {std::pair {m_previous, m_content.previous.trend}, std::pair {m_yearAgo, m_content.yearAgo.trend}}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, colourFor(trend));
        label->setPalette(p);
    }
    m_sparkline->setColor(chartStyle::color(chartStyle::Role::Clearance, palette()));
}

void IndicatorCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool focused = hasFocus();
    QPen border(
        focused ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), focused ? 2 : 1);
    painter.setPen(border);
    QColor fill = palette().color(QPalette::Base);
    if (m_clickable && underMouse())
        fill = palette().color(QPalette::AlternateBase);
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, 6, 6);

    const QPointF centre(width() - LightInset, LightInset);
    if (m_content.light == Light::Off) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1.5));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(QPen(lightColour().darker(125), 1));
        painter.setBrush(lightColour());
    }
    painter.drawEllipse(centre, LightRadius, LightRadius);
}

void IndicatorCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void IndicatorCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void IndicatorCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void IndicatorCard::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void IndicatorCard::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace caseload
