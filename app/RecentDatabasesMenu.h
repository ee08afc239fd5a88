#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

class QSettings;

namespace caseload {

/// File ▸ Recent databases: the databases opened last (newest first, at most eight), kept in the
/// settings under "recentDatabases": SQLite files that still exist and PostgreSQL servers (shown as
/// user@host/db; their URLs never hold a password).
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT

public:
    /// `settings` must outlive the menu.
    explicit RecentDatabasesMenu(QSettings &settings, QWidget *parent = nullptr);

    /// Puts `path` (a file path or a server URL, whose password is dropped) first in the list.
    void add(const QString &path);
    QStringList paths() const;

Q_SIGNALS:
    void databaseChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QSettings &m_settings;
};

} // namespace caseload
