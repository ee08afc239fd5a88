#include "RecentDatabasesMenu.h"

#include "connection/ServerProfile.h"
#include "store/ServerCredentials.h"
#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace caseload {

namespace {

const QString recentKey = QStringLiteral("recentDatabases");
constexpr int MaximumEntries = 8;

} // namespace

RecentDatabasesMenu::RecentDatabasesMenu(QSettings &settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
{
    retranslate();
    rebuild();
}

QStringList RecentDatabasesMenu::paths() const
{
    QStringList existing;
    const QStringList stored = m_settings.value(recentKey).toStringList();
    for (const QString &path : stored) {
        const bool available = Store::isServerLocation(path) || QFileInfo::exists(path);
        if (available && !existing.contains(path))
            existing.append(path);
    }
    return existing;
}

void RecentDatabasesMenu::add(const QString &path)
{
    const QString absolute
        = Store::isServerLocation(path) ? ServerCredentials::key(path) : QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumEntries)
        list.removeLast();
    m_settings.setValue(recentKey, list);
    rebuild();
}

void RecentDatabasesMenu::rebuild()
{
    clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 caseload.sqlite" with the full path as the tooltip, as editors list recent files; a
        // server as "&2 analyst@db.court/caseload".
        const bool server = Store::isServerLocation(path);
        const QString name = server ? ServerProfile::displayName(path) : QFileInfo(path).fileName();
        const QString full = server ? path : QDir::toNativeSeparators(path);
        auto *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(full);
        action->setStatusTip(full);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT databaseChosen(path); });
    }
    setEnabled(!list.isEmpty());
    setToolTipsVisible(true);
}

void RecentDatabasesMenu::retranslate()
{
    setTitle(tr("&Recent databases"));
}

void RecentDatabasesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace caseload
