#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QLabel;
class QStatusBar;

namespace caseload {

/// Whether the window may import into the store it shows (Store::canImport), and every control that
/// says so: the import actions and buttons are disabled with the reason as their tooltip, a permanent
/// "Read only" label sits in the status bar, and an import asked for anyway (a dropped file) gets the
/// reason as a status-bar message instead of a failed import.
class ImportPermission : public QObject
{
    Q_OBJECT

public:
    /// The label goes into `statusBar`, which must outlive this object.
    explicit ImportPermission(QStatusBar *statusBar, QObject *parent = nullptr);

    /// `action` is enabled only while import is allowed; its tooltip gives the reason otherwise.
    void addControl(QAction *action);

    bool isAllowed() const { return m_allowed; }
    /// Why import is not allowed (translated); empty while it is.
    QString reason() const { return m_reason; }
    /// Allows or forbids import with `reason`; forbidding says so once in the status bar.
    void setAllowed(bool allowed, const QString &reason = QString());
    /// For a user's attempt to import: false when allowed; otherwise shows why nothing is imported.
    bool refuse();
    /// Applies the state to the actions again (after a language change reset their tooltips).
    void apply();

Q_SIGNALS:
    /// The permission changed (or was set again): controls of their own, such as the Imports page's
    /// button, follow it.
    void changed(bool allowed, const QString &reason);

private:
    QStatusBar *m_statusBar = nullptr;
    QLabel *m_label = nullptr;
    QList<QPointer<QAction>> m_actions;
    QString m_reason;
    bool m_allowed = true;
};

} // namespace caseload
