#pragma once

#include "ServerProfile.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

namespace caseload {

class PasswordVault;

/// File ▸ Connect to server…: host, port, database, user, TLS mode and password of a PostgreSQL server,
/// under named profiles kept in the settings without the password (ServerProfileSettings). A password
/// is remembered only when asked to, in the system keychain (`vault`), or, where no keychain runs, in
/// libpq's password file (PgPassFile), never in the settings. "Test connection" opens the store on a
/// worker thread and shows the server's answer. After accept(), location() and password() say where
/// to connect.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// What a test of the connection found.
    struct TestResult
    {
        bool ok = false;
        /// The schema found (the test changes nothing: 0 for a database without Caseload's tables,
        /// below Store::currentSchemaVersion() for one that connecting will upgrade).
        int schemaVersion = 0;
        qint64 caseCount = -1; ///< -1 unless the schema is current
        bool canImport = false;
        QString readOnlyReason; ///< why this role may not import (translated); empty when it may
        QString error; ///< why the connection failed; empty on success
    };

    /// `settings` and `vault` must outlive the dialog. The last profile used is shown first.
    ConnectionDialog(QSettings &settings, PasswordVault *vault, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The connection as the fields give it (the name is the profile combo's text).
    ServerProfile profile() const;
    /// Fills the fields (and the profile name) from `profile`, clearing the password.
    void setProfile(const ServerProfile &profile);
    /// profile().location(): the URL to open, without the password.
    QString location() const;
    QString password() const;
    bool rememberPassword() const;
    /// False once the probe found no keychain service (passwords then go to libpq's password file).
    bool keychainAvailable() const { return m_keychainAvailable; }
    bool isTesting() const;

    /// Connects on a worker thread with the fields' values; connectionTested() follows. A test
    /// running for older values is dropped.
    void testConnection();
    /// Saves the profile (when it has a name) and the password as chosen, then closes; refused, with
    /// the reason shown, when host or database is missing or the password cannot be stored.
    void accept() override;

    /// Runs on a worker thread: opens the store at `location` (which may hold a password) and reads
    /// its case count and whether it may import.
    static TestResult test(const QString &location);

    // For tests and screenshots.
    QComboBox *profileBox() const { return m_profiles; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslBox() const { return m_ssl; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *keychainNote() const { return m_keychainNote; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QPushButton *saveProfileButton() const { return m_saveProfile; }
    QPushButton *deleteProfileButton() const { return m_deleteProfile; }
    QPushButton *testButton() const { return m_test; }

Q_SIGNALS:
    /// The keychain probe finished.
    void keychainProbed(bool available);
    /// A test of the current values finished; `message` is what the dialog shows.
    void connectionTested(const caseload::ConnectionDialog::TestResult &result, const QString &message);
    /// The password of the chosen profile was read from the keychain (found or not).
    void passwordLookedUp(bool found);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void reloadProfiles(const QString &select);
    void chooseProfile(int index);
    void saveProfile();
    void deleteProfile();
    void fieldsChanged();
    void onTested();
    void setResult(const QString &text, bool error);
    void updateRememberText();
    void lookUpPassword();

    QSettings &m_settings;
    PasswordVault *m_vault = nullptr;

    QComboBox *m_profiles = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QPushButton *m_deleteProfile = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_sslLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_ssl = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QFutureWatcher<TestResult> m_watcher;
    quint64 m_generation = 0; ///< bumped by every change of the fields: older tests and look-ups are stale
    quint64 m_testGeneration = 0;
    bool m_keychainAvailable = true;
    bool m_keychainProbed = false;
    QString m_keychainReason; ///< why no keychain can be used (translated by the vault)
    bool m_fromPgPass = false; ///< the password file has a line for the current fields
};

} // namespace caseload
