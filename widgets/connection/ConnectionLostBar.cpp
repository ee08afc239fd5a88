#include "ConnectionLostBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace caseload {

ConnectionLostBar::ConnectionLostBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel)
    , m_reconnect(new QPushButton)
    , m_edit(new QPushButton)
{
    setObjectName(QStringLiteral("connectionLostBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#connectionLostBar { background: #fdecea; border: 1px solid #e3a49c; }"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_reconnect);
    layout->addWidget(m_edit);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionLostBar::editRequested);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        setReconnecting();
        Q_EMIT reconnectRequested();
    });
    setVisible(false);
    retranslate();
}

void ConnectionLostBar::showLost(const QString &displayName, const QString &detail, bool neverConnected)
{
    m_neverConnected = neverConnected;
    m_displayName = displayName;
    m_detail = detail;
    m_reconnecting = false;
    retranslate();
    setVisible(true);
}

void ConnectionLostBar::setReconnecting()
{
    m_reconnecting = true;
    retranslate();
}

void ConnectionLostBar::retranslate()
{
    QString text = m_reconnecting ? tr("Reconnecting to %1…").arg(m_displayName)
        : m_neverConnected        ? tr("Cannot connect to %1.").arg(m_displayName)
                                  : tr("Lost the connection to %1.").arg(m_displayName);
    if (!m_reconnecting && !m_detail.isEmpty())
        text += u'\n' + m_detail;
    m_message->setText(text);
    m_reconnect->setText(tr("&Reconnect"));
    m_reconnect->setAccessibleName(tr("Reconnect to the server"));
    m_reconnect->setEnabled(!m_reconnecting);
    m_edit->setText(tr("Connection &settings…"));
    m_edit->setAccessibleName(tr("Change the connection settings"));
    m_message->setAccessibleName(tr("Connection status"));
}

void ConnectionLostBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace caseload
