#include "ImportPermission.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>

namespace caseload {

namespace {

constexpr int MessageMilliseconds = 20000;

} // namespace

ImportPermission::ImportPermission(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_label(new QLabel(statusBar))
{
    m_label->setObjectName(QStringLiteral("readOnlyLabel"));
    m_statusBar->addPermanentWidget(m_label);
    apply();
}

void ImportPermission::addControl(QAction *action)
{
    m_actions.append(action);
    apply();
}

void ImportPermission::setAllowed(bool allowed, const QString &reason)
{
    const bool changed = allowed != m_allowed || (!allowed && reason != m_reason);
    m_allowed = allowed;
    m_reason = allowed ? QString() : reason;
    if (changed && !allowed)
        m_statusBar->showMessage(tr("Import disabled: %1").arg(m_reason), MessageMilliseconds);
    apply();
    Q_EMIT this->changed(m_allowed, m_reason);
}

bool ImportPermission::refuse()
{
    if (m_allowed)
        return false;
    m_statusBar->showMessage(tr("Nothing was imported: %1").arg(m_reason), MessageMilliseconds);
    return true;
}

void ImportPermission::apply()
{
    m_label->setText(tr("Read only: import disabled"));
    m_label->setToolTip(m_reason);
    m_label->setVisible(!m_allowed);
    for (QAction *action : std::as_const(m_actions)) {
        if (!action)
            continue;
        action->setEnabled(m_allowed);
        action->setToolTip(m_allowed ? QString() : m_reason);
    }
}

} // namespace caseload
