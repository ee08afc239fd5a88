#include "StayOpenMenu.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>

namespace caseload {

bool StayOpenMenu::toggleActive()
{
    QAction *action = activeAction();
    if (!action || !action->isEnabled() || !action->isCheckable() || action->menu())
        return false;
    action->trigger();
    return true;
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    if (rect().contains(event->position().toPoint()) && toggleActive())
        return;
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && toggleActive())
        return;
    QMenu::keyPressEvent(event);
}

} // namespace caseload
