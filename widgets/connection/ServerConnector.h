#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSettings;
class QWidget;

namespace caseload {

class ConnectionLostBar;
class PasswordVault;

/// The window's side of PostgreSQL connections: File ▸ Connect to server… (ConnectionDialog), the
/// keychain look-up that must come before worker threads connect to a server, and the one bar shown
/// when a connection fails or is lost (ConnectionLostBar). The window places bar() and opens what
/// openRequested() names; the jobs themselves stay with the window's ImportController.
class ServerConnector : public QObject
{
    Q_OBJECT

public:
    /// `settings` (profiles) must outlive this object; `vault` too, the system keychain when null.
    /// `window` parents the dialog.
    ServerConnector(QSettings &settings, PasswordVault *vault, QWidget *window);

    ConnectionLostBar *bar() const { return m_bar; }
    PasswordVault *vault() const { return m_vault; }

    /// `location` without a password; one given in a server URL is remembered in memory
    /// (ServerCredentials) for the worker threads. Anything else comes back unchanged.
    static QString takePassword(const QString &location);
    /// Calls `ready` once worker threads can connect to `location`: at once for an SQLite path or a
    /// server whose password is already known, otherwise after the keychain was asked for one.
    void prepare(const QString &location, std::function<void()> ready);
    /// Shows the connection dialog (non-modal), on the connection of `current` when that is a server
    /// other than the last profile; emits openRequested() when the user connects.
    void showDialog(const QString &current);

    /// A job on `location` could not connect or lost its connection: shows (or updates) the bar,
    /// "Cannot connect" when the window never loaded that store, "Lost the connection" otherwise.
    void reportLost(const QString &location, const QString &error, bool neverConnected);
    /// The store loaded again: the bar goes.
    void reportConnected();

Q_SIGNALS:
    /// Open the store at `location` (without password; the password is remembered).
    void openRequested(const QString &location);
    /// The bar's Reconnect: load the store again.
    void reconnectRequested();

private:
    QSettings &m_settings;
    QWidget *m_window = nullptr;
    PasswordVault *m_vault = nullptr;
    ConnectionLostBar *m_bar = nullptr;
    QString m_lostLocation; ///< the server the bar is about
};

} // namespace caseload
