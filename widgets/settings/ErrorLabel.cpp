#include "ErrorLabel.h"

#include "charts/ChartStyle.h"

#include <QEvent>

namespace caseload {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    applyColour();
}

void ErrorLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_colouring)
        applyColour();
    QLabel::changeEvent(event);
}

void ErrorLabel::applyColour()
{
    // Setting the palette sends a PaletteChange of its own.
    m_colouring = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, chartStyle::color(chartStyle::Role::Bad, p));
    setPalette(p);
    m_colouring = false;
}

} // namespace caseload
