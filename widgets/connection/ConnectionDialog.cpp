#include "ConnectionDialog.h"

#include "PasswordVault.h"
#include "PgPassFile.h"
#include "ServerProfileSettings.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <memory>

namespace caseload {

namespace {

constexpr ServerProfile::SslMode sslChoices[] = {ServerProfile::SslMode::Disable,
    ServerProfile::SslMode::Prefer, ServerProfile::SslMode::Require, ServerProfile::SslMode::VerifyFull};

} // namespace

ConnectionDialog::ConnectionDialog(QSettings &settings, PasswordVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("connectionDialog"));
    buildLayout();
    retranslate();

    const ServerProfileSettings profiles(m_settings);
    const QString last = profiles.lastUsed();
    reloadProfiles(last);
    if (const auto chosen = profiles.profile(last))
        setProfile(*chosen);
    else
        fieldsChanged();

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConnectionDialog::onTested);
    if (m_vault) {
        m_vault->probe(this, [this](bool available, const QString &reason) {
            m_keychainProbed = true;
            m_keychainAvailable = available;
            m_keychainReason = reason;
            updateRememberText();
            if (available)
                lookUpPassword();
            Q_EMIT keychainProbed(available);
        });
    } else {
        m_keychainProbed = true;
        m_keychainAvailable = false;
        updateRememberText();
    }
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildLayout()
{
    m_profiles = new QComboBox;
    m_profiles->setEditable(true);
    m_profiles->setInsertPolicy(QComboBox::NoInsert);
    m_profiles->setMinimumContentsLength(18);
    m_saveProfile = new QPushButton;
    m_deleteProfile = new QPushButton;
    m_host = new QLineEdit;
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(ServerProfile::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit;
    m_user = new QLineEdit;
    m_ssl = new QComboBox;
    for (const ServerProfile::SslMode mode : sslChoices)
        m_ssl->addItem(QString(), ServerProfile::sslModeKey(mode));
    m_ssl->setCurrentIndex(1);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox;
    m_keychainNote = new QLabel;
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    m_url = new QLineEdit; // read-only, so that a long URL scrolls instead of being cut
    m_url->setReadOnly(true);
    m_url->setFrame(false);
    m_url->setFocusPolicy(Qt::ClickFocus);
    m_url->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    m_test = new QPushButton;
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // indeterminate: a connection gives no progress
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for libpq's few lines, so that an error does not resize the dialog under the pointer.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 4);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    m_profileLabel = new QLabel;
    m_profileLabel->setBuddy(m_profiles);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileLabel);
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_deleteProfile);

    auto *form = new QFormLayout;
    m_hostLabel = new QLabel;
    m_portLabel = new QLabel;
    m_databaseLabel = new QLabel;
    m_userLabel = new QLabel;
    m_sslLabel = new QLabel;
    m_passwordLabel = new QLabel;
    m_urlLabel = new QLabel;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_sslLabel, m_ssl);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    form->addRow(m_urlLabel, m_url);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_sslLabel->setBuddy(m_ssl);
    m_passwordLabel->setBuddy(m_password);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_result); // a row of its own: libpq's errors run over several lines
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    setTabOrder(m_profiles, m_saveProfile);
    setTabOrder(m_saveProfile, m_deleteProfile);
    setTabOrder(m_deleteProfile, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_ssl);
    setTabOrder(m_ssl, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_test);
    setTabOrder(m_test, m_buttons);

    connect(m_profiles, &QComboBox::activated, this, &ConnectionDialog::chooseProfile);
    connect(m_saveProfile, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_profiles, &QComboBox::editTextChanged, this,
        [this](const QString &name) { m_deleteProfile->setEnabled(m_profiles->findText(name) >= 0); });
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsChanged);
    connect(m_ssl, &QComboBox::currentIndexChanged, this, &ConnectionDialog::fieldsChanged);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        ++m_generation; // a look-up still running must not overwrite what the user types
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

void ConnectionDialog::retranslate()
{
    setWindowTitle(tr("Connect to a PostgreSQL server"));
    m_profileLabel->setText(tr("P&rofile:"));
    m_profiles->lineEdit()->setPlaceholderText(tr("Name of the profile"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setToolTip(tr("Choose a saved connection, or type a name and press Save to keep the "
                              "fields below (never the password) under it"));
    m_saveProfile->setText(tr("&Save"));
    m_saveProfile->setAccessibleName(tr("Save profile"));
    m_deleteProfile->setText(tr("De&lete"));
    m_deleteProfile->setAccessibleName(tr("Delete profile"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(tr("db.court.example or 10.0.0.5"));
    m_portLabel->setText(tr("P&ort:"));
    m_port->setAccessibleName(tr("Port"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setAccessibleName(tr("Database"));
    m_userLabel->setText(tr("&User:"));
    m_user->setAccessibleName(tr("User"));
    m_sslLabel->setText(tr("&TLS:"));
    m_ssl->setAccessibleName(tr("TLS mode"));
    m_ssl->setItemText(0, tr("Disable (no encryption)"));
    m_ssl->setItemText(1, tr("Prefer (encrypt when the server offers it)"));
    m_ssl->setItemText(2, tr("Require (always encrypt)"));
    m_ssl->setItemText(3, tr("Verify full (encrypt and check the server's certificate)"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Password"));
    m_urlLabel->setText(tr("Address:"));
    m_url->setAccessibleName(tr("Server address"));
    m_test->setText(tr("T&est connection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    updateRememberText();
}

void ConnectionDialog::updateRememberText()
{
    const QString pgpass = QDir::toNativeSeparators(PgPassFile::defaultPath());
    if (!m_keychainProbed || m_keychainAvailable) {
        m_remember->setText(tr("Re&member the password in the system keychain"));
        m_remember->setToolTip(tr("The password is kept by the system keychain (Secret Service, KWallet, "
                                  "macOS Keychain or Windows Credential Manager), never in Caseload's "
                                  "settings. Untick to forget a remembered password."));
        m_keychainNote->setVisible(false);
    } else {
        m_remember->setText(tr("Re&member the password in libpq's password file"));
        m_remember->setToolTip(tr("No system keychain can be used here, so a remembered password is "
                                  "written to libpq's password file %1 (one line per server: "
                                  "host:port:database:user:password), which only you may read and which "
                                  "psql and other PostgreSQL tools use as well. Caseload's settings never "
                                  "hold a password.")
                                   .arg(pgpass));
        const QString &reason = m_keychainReason;
        m_keychainNote->setText((reason.isEmpty() ? tr("No system keychain is available.")
                                                  : tr("No system keychain is available (%1).").arg(reason))
            + u' ' + tr("Passwords are remembered in libpq's password file %1 instead.").arg(pgpass)
            + (m_fromPgPass ? u' ' + tr("It already holds a password for this server.") : QString()));
        m_keychainNote->setToolTip(m_remember->toolTip());
        m_keychainNote->setVisible(true);
    }
    m_remember->setAccessibleName(tr("Remember the password"));
    m_password->setPlaceholderText(
        m_fromPgPass ? tr("from %1").arg(pgpass) : tr("empty: from ~/.pgpass or PGPASSWORD"));
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fieldsChanged();
    }
    QDialog::changeEvent(event);
}

ServerProfile ConnectionDialog::profile() const
{
    ServerProfile profile;
    profile.name = m_profiles->currentText().trimmed();
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text();
    profile.user = m_user->text();
    profile.sslMode = ServerProfile::sslModeFromKey(m_ssl->currentData().toString())
                          .value_or(ServerProfile::SslMode::Prefer);
    return profile;
}

void ConnectionDialog::setProfile(const ServerProfile &profile)
{
    m_profiles->setEditText(profile.name);
    m_host->setText(profile.host);
    {
        const QSignalBlocker blockPort(m_port);
        const QSignalBlocker blockSsl(m_ssl);
        m_port->setValue(profile.port);
        m_ssl->setCurrentIndex(m_ssl->findData(ServerProfile::sslModeKey(profile.sslMode)));
    }
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_password->clear();
    fieldsChanged();
    lookUpPassword();
}

QString ConnectionDialog::location() const
{
    return profile().location();
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

bool ConnectionDialog::isTesting() const
{
    return m_watcher.isRunning();
}

void ConnectionDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker block(m_profiles);
    m_profiles->clear();
    const QList<ServerProfile> list = ServerProfileSettings(m_settings).profiles();
    for (const ServerProfile &profile : list)
        m_profiles->addItem(profile.name);
    m_profiles->setEditText(select);
    m_deleteProfile->setEnabled(m_profiles->findText(select) >= 0);
}

void ConnectionDialog::chooseProfile(int index)
{
    if (const auto chosen = ServerProfileSettings(m_settings).profile(m_profiles->itemText(index)))
        setProfile(*chosen);
}

void ConnectionDialog::saveProfile()
{
    const ServerProfile current = profile();
    if (current.name.isEmpty()) {
        setResult(tr("Type a name for the profile first."), true);
        m_profiles->setFocus();
        return;
    }
    ServerProfileSettings(m_settings).save(current);
    reloadProfiles(current.name);
    setResult(tr("Saved the profile “%1” (without the password).").arg(current.name), false);
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_profiles->currentText().trimmed();
    if (!ServerProfileSettings(m_settings).remove(name))
        return;
    reloadProfiles(QString());
    setResult(tr("Deleted the profile “%1”.").arg(name), false);
}

void ConnectionDialog::fieldsChanged()
{
    ++m_generation;
    const ServerProfile current = profile();
    const QString location = current.location();
    m_url->setText(location.isEmpty() ? tr("(host and database needed)") : location);
    m_url->setCursorPosition(0);
    m_test->setEnabled(!location.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!location.isEmpty());
    const bool fromPgPass = !location.isEmpty() && PgPassFile().password(current).has_value();
    if (fromPgPass != m_fromPgPass) {
        m_fromPgPass = fromPgPass;
        updateRememberText();
    }
    if (m_busy->isVisible()) {
        m_busy->setVisible(false); // the running test is for other values: its answer will be dropped
        m_test->setEnabled(!location.isEmpty());
    }
    m_result->clear();
}

void ConnectionDialog::lookUpPassword()
{
    const QString location = this->location();
    if (!m_vault || !m_keychainProbed || !m_keychainAvailable || location.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_vault->read(location, this, [this, generation](bool found, const QString &password, const QString &) {
        if (generation != m_generation)
            return; // the fields changed meanwhile: the password belongs to another server
        if (found) {
            m_password->setText(password);
            m_remember->setChecked(true);
        }
        Q_EMIT passwordLookedUp(found);
    });
}

void ConnectionDialog::testConnection()
{
    const QString location = profile().locationWithPassword(m_password->text());
    if (location.isEmpty())
        return;
    m_testGeneration = m_generation;
    m_busy->setVisible(true);
    m_test->setEnabled(false);
    setResult(tr("Connecting to %1…").arg(profile().displayName()), false);
    m_watcher.setFuture(QtConcurrent::run(&ConnectionDialog::test, location));
}

ConnectionDialog::TestResult ConnectionDialog::test(const QString &location)
{
    TestResult result;
    // As found: testing an empty database must not create the tables (connecting does).
    const std::unique_ptr<Store> store = Store::open(location, &result.error, Store::Migration::None);
    if (!store)
        return result;
    result.ok = true;
    result.schemaVersion = store->schemaVersion();
    if (result.schemaVersion != Store::currentSchemaVersion())
        return result;
    result.caseCount = store->caseCount();
    result.canImport = store->canImport(&result.readOnlyReason);
    if (result.canImport)
        result.readOnlyReason.clear();
    return result;
}

void ConnectionDialog::onTested()
{
    // The watcher reports only the latest test started, so the indicator always goes here.
    m_busy->setVisible(false);
    m_test->setEnabled(!location().isEmpty());
    const QFuture<TestResult> future = m_watcher.future();
    if (future.resultCount() == 0 || m_testGeneration != m_generation) {
        m_result->clear(); // tested values the user has changed since
        return;
    }
    const TestResult result = future.result();
    QString message;
    if (!result.ok) {
        message = tr("Cannot connect: %1").arg(result.error);
    } else if (result.schemaVersion == 0) {
        message = tr("Connected. The database has no Caseload tables yet: connecting creates them.");
    } else if (result.schemaVersion != Store::currentSchemaVersion()) {
        message = tr("Connected. The database has Caseload's schema version %1: connecting upgrades it to "
                     "version %2 (which needs the role that owns the tables).")
                      .arg(result.schemaVersion)
                      .arg(Store::currentSchemaVersion());
    } else {
        message = tr("Connected: %1 cases.").arg(QLocale().toString(result.caseCount));
        if (!result.canImport)
            message += u' ' + tr("This role may only read: %1").arg(result.readOnlyReason);
    }
    setResult(message, !result.ok);
    Q_EMIT connectionTested(result, message);
}

void ConnectionDialog::setResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setToolTip(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void ConnectionDialog::accept()
{
    const ServerProfile current = profile();
    const QString location = current.location();
    if (location.isEmpty()) {
        setResult(tr("Enter the server's host and the database."), true);
        return;
    }
    const QString password = m_password->text();
    if (m_remember->isChecked() && !password.isEmpty()) {
        if (m_keychainAvailable && m_vault) {
            // The vault outlives the dialog, so the write completes after it closed.
            m_vault->write(location, password, m_vault, [](bool ok, const QString &error) {
                if (!ok)
                    qWarning(
                        "caseload: cannot remember the password in the keychain: %s", qUtf8Printable(error));
            });
        } else {
            QString error;
            if (!PgPassFile().store(current, password, &error)) {
                setResult(error, true);
                return;
            }
        }
    } else if (!m_remember->isChecked() && m_keychainAvailable && m_vault) {
        m_vault->remove(location, m_vault, {});
    }
    ServerProfileSettings profiles(m_settings);
    if (!current.name.isEmpty()) {
        profiles.save(current);
        profiles.setLastUsed(current.name);
    }
    QDialog::accept();
}

} // namespace caseload
