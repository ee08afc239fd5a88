#include "ServerConnector.h"

#include "ConnectionDialog.h"
#include "ConnectionLostBar.h"
#include "KeychainVault.h"
#include "ServerProfile.h"
#include "store/ServerCredentials.h"
#include "store/Store.h"

#include <QUrl>
#include <QWidget>

namespace caseload {

ServerConnector::ServerConnector(QSettings &settings, PasswordVault *vault, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_vault(vault ? vault : new KeychainVault(this))
    , m_bar(new ConnectionLostBar)
{
    connect(m_bar, &ConnectionLostBar::reconnectRequested, this, &ServerConnector::reconnectRequested);
    connect(m_bar, &ConnectionLostBar::editRequested, this, [this] { showDialog(m_lostLocation); });
}

QString ServerConnector::takePassword(const QString &location)
{
    if (!Store::isServerLocation(location))
        return location;
    const QUrl url(location, QUrl::StrictMode);
    const QString key = ServerCredentials::key(location);
    if (url.isValid() && !url.password(QUrl::FullyDecoded).isEmpty())
        ServerCredentials::remember(key, url.password(QUrl::FullyDecoded));
    return key;
}

void ServerConnector::prepare(const QString &location, std::function<void()> ready)
{
    if (!Store::isServerLocation(location) || !ServerCredentials::password(location).isEmpty()) {
        ready();
        return;
    }
    m_vault->read(location, this,
        [location, ready = std::move(ready)](bool found, const QString &password, const QString &) {
            if (found)
                ServerCredentials::remember(location, password);
            ready(); // without a password libpq's ~/.pgpass or PGPASSWORD may still serve
        });
}

void ServerConnector::showDialog(const QString &current)
{
    auto *dialog = new ConnectionDialog(m_settings, m_vault, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto server = ServerProfile::fromLocation(current);
        server && !server->sameConnection(dialog->profile()))
        dialog->setProfile(*server);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString location = dialog->location();
        ServerCredentials::remember(location, dialog->password());
        Q_EMIT openRequested(location);
    });
    dialog->open();
}

void ServerConnector::reportLost(const QString &location, const QString &error, bool neverConnected)
{
    m_lostLocation = location;
    m_bar->showLost(ServerProfile::displayName(location), error, neverConnected);
}

void ServerConnector::reportConnected()
{
    m_bar->hide();
}

} // namespace caseload
