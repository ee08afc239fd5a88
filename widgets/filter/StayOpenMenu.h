#pragma once

#include <QMenu>

namespace caseload {

/// A menu of check boxes that stays open while the user ticks several of them (mouse click, Space or
/// Enter); other actions close it as usual. QMenu::triggered() is emitted for every tick.
class StayOpenMenu : public QMenu
{
    Q_OBJECT

public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Triggers the active action if it is a check box; true when it did.
    bool toggleActive();
};

} // namespace caseload
