#include "ChartPanel.h"

#include <QLabel>
#include <QStackedLayout>

namespace caseload {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_message(new QLabel(this))
{
    styleMessage(m_message);
    m_stack->addWidget(m_message);
}

void ChartPanel::styleMessage(QLabel *label)
{
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
}

void ChartPanel::setContent(QWidget *content)
{
    if (m_content) {
        m_stack->removeWidget(m_content);
        delete m_content;
    }
    m_content = content;
    m_stack->addWidget(content);
}

void ChartPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void ChartPanel::showContent()
{
    if (!m_content)
        return;
    m_message->clear();
    m_stack->setCurrentWidget(m_content);
}

bool ChartPanel::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString ChartPanel::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

} // namespace caseload
