#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

class QSettings;

namespace caseload {

/// File ▸ Recent databases: the databases opened last (newest first, at most eight, only those that
/// still exist), kept in the settings under "recentDatabases".
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT

public:
    /// `settings` must outlive the menu.
    explicit RecentDatabasesMenu(QSettings &settings, QWidget *parent = nullptr);

    /// Puts `path` first in the list.
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
