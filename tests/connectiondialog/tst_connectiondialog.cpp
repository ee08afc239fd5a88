#include "DashboardView.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionLostBar.h"
#include "connection/LostConnection.h"
#include "connection/ImportPermission.h"
#include "connection/KeychainVault.h"
#include "connection/PasswordVault.h"
#include "connection/PgPassFile.h"
#include "connection/ServerProfile.h"
#include "connection/ServerProfileSettings.h"
#include "dashboard/DashboardController.h"
#include "imports/ImportsPage.h"
#include "store/ServerCredentials.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace caseload;

namespace {

/// A keychain stand-in: a hash in memory, or no keychain at all.
class FakeVault : public PasswordVault
{
    Q_OBJECT

public:
    explicit FakeVault(bool available)
        : m_available(available)
    { }

    void probe(QObject *context, Probed done) override
    {
        later(context,
            [this, done] { done(m_available, m_available ? QString() : QStringLiteral("test: none")); });
    }
    void read(const QString &key, QObject *context, Read done) override
    {
        later(context, [this, key, done] {
            if (!m_available)
                done(false, QString(), QStringLiteral("test: none"));
            else
                done(passwords.contains(key), passwords.value(key), QString());
        });
    }
    void write(const QString &key, const QString &password, QObject *context, Written done) override
    {
        if (m_available)
            passwords.insert(key, password);
        later(context, [this, done] {
            if (done)
                done(m_available, QString());
        });
    }
    void remove(const QString &key, QObject *context, Written done) override
    {
        passwords.remove(key);
        later(context, [done] {
            if (done)
                done(true, QString());
        });
    }

    QHash<QString, QString> passwords;

private:
    template<typename F> void later(QObject *context, F f)
    {
        QTimer::singleShot(0, context, f); // asynchronous, as a real keychain is
    }
    bool m_available = true;
};

/// Forwards TCP connections to a PostgreSQL server until stopped: a network that can break and come back.
class Proxy : public QObject
{
    Q_OBJECT

public:
    Proxy(quint16 upstream)
        : m_upstream(upstream)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Proxy::accept);
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    /// Stops listening and drops every forwarded connection.
    void stop()
    {
        m_server.close();
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto *server = new QTcpSocket(this);
            server->connectToHost(QHostAddress::LocalHost, m_upstream);
            connect(client, &QTcpSocket::readyRead, server,
                [client, server] { server->write(client->readAll()); });
            connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
};

const QString header = QString::fromUtf8("案号,经办法院,立案日期,结案日期,结案方式\n");

QList<CaseRecord> threeCases()
{
    QList<CaseRecord> cases;
    for (int i = 1; i <= 3; ++i) {
        CaseRecord record;
        record.caseNumber = QString::fromUtf8("（2016）京0105执%1号").arg(i);
        record.courtName = QString::fromUtf8("北京市朝阳区人民法院");
        record.filedOn = QDate(2016, 1, i * 5);
        cases.append(record);
    }
    return cases;
}

QString serverUrl()
{
    return qEnvironmentVariable("CASELOAD_TEST_PG");
}

/// A fresh database `name` on the test server (dropped first), with its schema and `cases`, written by
/// the server's superuser. Empty URL on failure, with a warning.
QString freshDatabase(const QString &name, const QList<CaseRecord> &cases, bool withSchema = true)
{
    const QUrl admin(serverUrl());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setDatabaseName(admin.path().mid(1));
        if (!db.open()) {
            qWarning("admin connection: %s", qPrintable(db.lastError().text()));
            return QString();
        }
        QSqlQuery query(db);
        // Identifiers cannot be bound; these are the test's own constants.
        if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            qWarning("create database: %s", qPrintable(query.lastError().text()));
            return QString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QUrl url = admin;
    url.setPath(u'/' + name);
    const QString location = url.toString();
    if (!withSchema)
        return location;
    QString error;
    const std::unique_ptr<Store> store = Store::open(location, &error);
    if (!store) {
        qWarning("open %s: %s", qPrintable(location), qPrintable(error));
        return QString();
    }
    if (!cases.isEmpty() && !test::writeCases(*store, cases))
        return QString();
    return location;
}

/// Runs `statements` on `location` as its user.
bool runSql(const QString &location, const QStringList &statements)
{
    bool ok = true;
    {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("sql"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql"));
    return ok;
}

/// Drops the test's databases (and, on the private cluster, its role) from the server's base database.
void dropTestObjects()
{
    QStringList statements;
    for (const char *name : {"caseload_dialog_test", "caseload_readonly_test", "caseload_lost_test"})
        statements << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(name));
    if (qEnvironmentVariable("CASELOAD_TEST_PG_PRIVATE") == QLatin1String("1"))
        statements << QStringLiteral("DROP ROLE IF EXISTS caseload_dialog_reader");
    runSql(serverUrl(), statements);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CASELOAD_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

void fill(ConnectionDialog &dialog, const QString &host, int port, const QString &database,
    const QString &user, ServerProfile::SslMode mode)
{
    dialog.hostEdit()->setText(host);
    dialog.portBox()->setValue(port);
    dialog.databaseEdit()->setText(database);
    dialog.userEdit()->setText(user);
    dialog.sslBox()->setCurrentIndex(dialog.sslBox()->findData(ServerProfile::sslModeKey(mode)));
    // setText() does not emit textEdited: tell the dialog as typing would.
    Q_EMIT dialog.hostEdit()->textEdited(host);
}

} // namespace

/// The connection dialog and the window on a PostgreSQL server: URLs, profiles without passwords, the
/// keychain and its fallback, read-only roles and lost connections against the fixture's real server.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void urlFromFields_data();
    void urlFromFields();
    void passwordIsEncodedOnlyInConnectionUrl();
    void profilesSavedLoadedDeletedWithoutPassword();
    void keychainRemembersPasswordPerServer();
    void keychainUnavailableFallsBackToPgPass();
    void pgPassLineReplacedNotDuplicated();
    void realKeychainProbeAnswers();
    void recentMenuListsServerWithoutPassword();
    void testConnectionShowsServerAnswer();
    void readOnlySqliteFileDisablesImport();
    void readOnlyRoleDisablesImport();
    void lostConnectionShowsOneBarAndReconnects();
    void lostConnectionOnlyForServerConnections();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_settingsPath;
    int m_round = 0;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("pgpass"))));
}

void TestConnectionDialog::cleanupTestCase()
{
    if (!serverUrl().isEmpty())
        dropTestObjects();
}

void TestConnectionDialog::init()
{
    // Each test its own settings file, so that no profile or recent entry leaks between them.
    m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_round));
    m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    QFile::remove(m_dir.filePath(QStringLiteral("pgpass")));
}

void TestConnectionDialog::urlFromFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("shown");

    // Expected URLs percent-encoded by hand (UTF-8 bytes of the Chinese names from the code charts).
    QTest::newRow("defaults") << QStringLiteral("db.court.example") << 5432 << QStringLiteral("caseload")
                              << QStringLiteral("analyst") << int(ServerProfile::SslMode::Prefer)
                              << QStringLiteral("postgresql://analyst@db.court.example:5432/caseload")
                              << QStringLiteral("analyst@db.court.example/caseload");
    QTest::newRow("require") << QStringLiteral("10.0.0.5") << 6432 << QStringLiteral("cases")
                             << QStringLiteral("import") << int(ServerProfile::SslMode::Require)
                             << QStringLiteral("postgresql://import@10.0.0.5:6432/cases?sslmode=require")
                             << QStringLiteral("import@10.0.0.5:6432/cases");
    QTest::newRow("disable") << QStringLiteral("localhost") << 5432 << QStringLiteral("c")
                             << QStringLiteral("u") << int(ServerProfile::SslMode::Disable)
                             << QStringLiteral("postgresql://u@localhost:5432/c?sslmode=disable")
                             << QStringLiteral("u@localhost/c");
    QTest::newRow("ipv6 verify-full")
        << QStringLiteral("::1") << 5433 << QStringLiteral("caseload") << QStringLiteral("postgres")
        << int(ServerProfile::SslMode::VerifyFull)
        << QStringLiteral("postgresql://postgres@[::1]:5433/caseload?sslmode=verify-full")
        << QStringLiteral("postgres@[::1]:5433/caseload");
    QTest::newRow("special characters")
        << QStringLiteral("fe80::1") << 5432 << QStringLiteral("a/b?c#d%") << QStringLiteral("da@ta:office")
        << int(ServerProfile::SslMode::Prefer)
        << QStringLiteral("postgresql://da%40ta%3Aoffice@[fe80::1]:5432/a%2Fb%3Fc%23d%25")
        << QStringLiteral("da@ta:office@[fe80::1]/a/b?c#d%");
    QTest::newRow("chinese and space")
        << QStringLiteral(" pg.example ") << 5432 << QString::fromUtf8("执行案件")
        << QString::fromUtf8("用户 一") << int(ServerProfile::SslMode::Prefer)
        << QStringLiteral("postgresql://%E7%94%A8%E6%88%B7%20%E4%B8%80@pg.example:5432/"
                          "%E6%89%A7%E8%A1%8C%E6%A1%88%E4%BB%B6")
        << QString::fromUtf8("用户 一@pg.example/执行案件");
}

void TestConnectionDialog::urlFromFields()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QFETCH(QString, shown);

    FakeVault vault(true);
    ConnectionDialog dialog(*m_settings, &vault);
    fill(dialog, host, port, database, user, ServerProfile::SslMode(mode));
    QCOMPARE(dialog.location(), expected);
    QCOMPARE(dialog.profile().displayName(), shown);

    // The URL means what the fields say to the parser the store uses.
    const QUrl url(expected, QUrl::StrictMode);
    QVERIFY(url.isValid());
    QCOMPARE(url.userName(QUrl::FullyDecoded), user);
    QCOMPARE(url.host(), host.trimmed());
    QCOMPARE(url.port(), port);
    QCOMPARE(url.path(QUrl::FullyDecoded).mid(1), database);
    QVERIFY(Store::isServerLocation(expected));
    // And back into a profile.
    const std::optional<ServerProfile> parsed = ServerProfile::fromLocation(expected);
    QVERIFY(parsed);
    QCOMPARE(parsed->host, host.trimmed());
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->database, database);
    QCOMPARE(parsed->user, user);
    QCOMPARE(int(parsed->sslMode), mode);
}

void TestConnectionDialog::passwordIsEncodedOnlyInConnectionUrl()
{
    ServerProfile profile;
    profile.host = QStringLiteral("db");
    profile.database = QStringLiteral("caseload");
    profile.user = QStringLiteral("analyst");
    profile.sslMode = ServerProfile::SslMode::Require;
    QCOMPARE(profile.locationWithPassword(QStringLiteral("p@ss:w/rd")),
        QStringLiteral("postgresql://analyst:p%40ss%3Aw%2Frd@db:5432/caseload?sslmode=require"));
    QCOMPARE(QUrl(profile.locationWithPassword(QStringLiteral("p@ss:w/rd"))).password(QUrl::FullyDecoded),
        QStringLiteral("p@ss:w/rd"));
    QCOMPARE(profile.location(), QStringLiteral("postgresql://analyst@db:5432/caseload?sslmode=require"));
    // Missing host or database: no location at all, and the dialog's Connect is off.
    FakeVault vault(true);
    ConnectionDialog dialog(*m_settings, &vault);
    fill(dialog, QStringLiteral("db"), 5432, QString(), QStringLiteral("u"), ServerProfile::SslMode::Prefer);
    QCOMPARE(dialog.location(), QString());
    QVERIFY(!dialog.testButton()->isEnabled());
}

void TestConnectionDialog::profilesSavedLoadedDeletedWithoutPassword()
{
    const QString secret = QStringLiteral("Secret-Pw-4711");
    FakeVault vault(true);
    {
        ConnectionDialog dialog(*m_settings, &vault);
        QCOMPARE(dialog.profileBox()->count(), 0);
        fill(dialog, QStringLiteral("db.court.example"), 6543, QStringLiteral("caseload"),
            QStringLiteral("analyst"), ServerProfile::SslMode::VerifyFull);
        dialog.passwordEdit()->setText(secret);
        // Save without a name is refused with a message.
        dialog.profileBox()->setEditText(QString());
        dialog.saveProfileButton()->click();
        QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("name")));
        QCOMPARE(ServerProfileSettings(*m_settings).profiles().size(), 0);

        dialog.profileBox()->setEditText(QString::fromUtf8("省高院"));
        dialog.saveProfileButton()->click();
        fill(dialog, QStringLiteral("10.1.1.1"), 5432, QStringLiteral("test"), QStringLiteral("import"),
            ServerProfile::SslMode::Disable);
        dialog.profileBox()->setEditText(QStringLiteral("Analysis"));
        dialog.saveProfileButton()->click();
        QCOMPARE(dialog.profileBox()->count(), 2);
    }
    m_settings->sync();
    const QString raw = readAll(m_settingsPath);
    QVERIFY(raw.contains(QStringLiteral("db.court.example")));
    QVERIFY(raw.contains(QStringLiteral("verify-full")));
    QVERIFY2(!raw.contains(secret, Qt::CaseInsensitive), qPrintable(raw));
    QVERIFY(!raw.contains(QStringLiteral("password"), Qt::CaseInsensitive));

    {
        // A new dialog lists both, by name, and choosing one fills the fields.
        ConnectionDialog dialog(*m_settings, &vault);
        QCOMPARE(dialog.profileBox()->count(), 2);
        const int index = dialog.profileBox()->findText(QString::fromUtf8("省高院"));
        QVERIFY(index >= 0);
        dialog.profileBox()->setCurrentIndex(index);
        Q_EMIT dialog.profileBox()->activated(index);
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db.court.example"));
        QCOMPARE(dialog.portBox()->value(), 6543);
        QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("caseload"));
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("analyst"));
        QCOMPARE(dialog.sslBox()->currentData().toString(), QStringLiteral("verify-full"));
        QCOMPARE(dialog.passwordEdit()->text(), QString()); // never saved with the profile

        dialog.deleteProfileButton()->click();
        QCOMPARE(dialog.profileBox()->count(), 1);
        QCOMPARE(dialog.profileBox()->itemText(0), QStringLiteral("Analysis"));
    }
    m_settings->sync();
    const QList<ServerProfile> left = ServerProfileSettings(*m_settings).profiles();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().host, QStringLiteral("10.1.1.1"));
    QCOMPARE(left.constFirst().sslMode, ServerProfile::SslMode::Disable);
    QVERIFY(!readAll(m_settingsPath).contains(QStringLiteral("db.court.example")));
}

void TestConnectionDialog::keychainRemembersPasswordPerServer()
{
    const QString secret = QStringLiteral("kc-secret-99");
    FakeVault vault(true);
    QString location;
    {
        ConnectionDialog dialog(*m_settings, &vault);
        QSignalSpy probed(&dialog, &ConnectionDialog::keychainProbed);
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.at(0).at(0).toBool(), true);
        QVERIFY(!dialog.keychainNote()->isVisibleTo(&dialog));
        QVERIFY(dialog.rememberBox()->text().contains(QStringLiteral("keychain")));
        fill(dialog, QStringLiteral("db.court.example"), 5432, QStringLiteral("caseload"),
            QStringLiteral("analyst"), ServerProfile::SslMode::Require);
        dialog.profileBox()->setEditText(QStringLiteral("Province"));
        dialog.passwordEdit()->setText(secret);
        dialog.rememberBox()->setChecked(true);
        location = dialog.location();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(vault.passwords.value(
                 QStringLiteral("postgresql://analyst@db.court.example:5432/caseload?sslmode=require")),
        secret);
    m_settings->sync();
    const QString raw = readAll(m_settingsPath);
    QVERIFY(raw.contains(QStringLiteral("Province"))); // Connect saved the named profile
    QVERIFY(!raw.contains(secret));
    QVERIFY(!QFile::exists(PgPassFile::defaultPath())); // the keychain was there: no password file

    {
        // The next dialog opens on the last profile and finds its password in the keychain.
        ConnectionDialog dialog(*m_settings, &vault);
        QSignalSpy looked(&dialog, &ConnectionDialog::passwordLookedUp);
        QVERIFY(looked.wait(5000));
        QCOMPARE(looked.at(0).at(0).toBool(), true);
        QCOMPARE(dialog.location(), location);
        QCOMPARE(dialog.passwordEdit()->text(), secret);
        QVERIFY(dialog.rememberBox()->isChecked());
        // Unticking "remember" and connecting forgets it.
        dialog.rememberBox()->setChecked(false);
        dialog.accept();
    }
    QTRY_VERIFY(!vault.passwords.contains(location));
}

void TestConnectionDialog::keychainUnavailableFallsBackToPgPass()
{
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QCOMPARE(PgPassFile::defaultPath(), pgpass);
    FakeVault vault(false);
    ConnectionDialog dialog(*m_settings, &vault);
    QSignalSpy probed(&dialog, &ConnectionDialog::keychainProbed);
    QVERIFY(probed.wait(5000));
    QCOMPARE(probed.at(0).at(0).toBool(), false);
    QVERIFY(!dialog.keychainAvailable());
    // The dialog says so, and where the password goes instead.
    QVERIFY(dialog.keychainNote()->isVisibleTo(&dialog));
    QVERIFY(dialog.keychainNote()->text().contains(QStringLiteral("No system keychain")));
    QVERIFY(dialog.keychainNote()->text().contains(QDir::toNativeSeparators(pgpass)));
    QVERIFY(dialog.rememberBox()->text().contains(QStringLiteral("password file")));
    QVERIFY(dialog.rememberBox()->toolTip().contains(QStringLiteral("host:port:database:user:password")));

    fill(dialog, QStringLiteral("::1"), 5433, QStringLiteral("case:load"), QStringLiteral("ana\\lyst"),
        ServerProfile::SslMode::Prefer);
    dialog.profileBox()->setEditText(QStringLiteral("Headless"));
    dialog.passwordEdit()->setText(QStringLiteral("pa:ss\\word"));
    dialog.rememberBox()->setChecked(true);
    dialog.show();
    saveShot(&dialog, QStringLiteral("connection-nokeychain.png"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // One line, ':' and '\' escaped with '\' as libpq reads them, readable by the owner alone.
    QCOMPARE(readAll(pgpass), QStringLiteral("\\:\\:1:5433:case\\:load:ana\\\\lyst:pa\\:ss\\\\word\n"));
    QCOMPARE(QFile::permissions(pgpass) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // And libpq's reading of it gives the password back.
    ServerProfile profile = dialog.profile();
    QCOMPARE(PgPassFile().password(profile), QStringLiteral("pa:ss\\word"));
    // Nothing of it in the settings.
    m_settings->sync();
    const QString raw = readAll(m_settingsPath);
    QVERIFY(raw.contains(QStringLiteral("Headless")));
    QVERIFY(!raw.contains(QStringLiteral("pa:ss")) && !raw.contains(QStringLiteral("ss\\\\word")));
    QVERIFY(vault.passwords.isEmpty());

    // A new dialog on the same profile says the password file serves it.
    ConnectionDialog again(*m_settings, &vault);
    QSignalSpy probedAgain(&again, &ConnectionDialog::keychainProbed);
    QVERIFY(probedAgain.wait(5000));
    QVERIFY(again.keychainNote()->text().contains(QStringLiteral("already holds a password")));
    QVERIFY(again.passwordEdit()->placeholderText().contains(QDir::toNativeSeparators(pgpass)));
}

void TestConnectionDialog::pgPassLineReplacedNotDuplicated()
{
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QVERIFY(test::writeText(pgpass, QStringLiteral("# mine\n*:*:*:postgres:other\nh:5432:db:u:old\n")));
    ServerProfile profile;
    profile.host = QStringLiteral("h");
    profile.database = QStringLiteral("db");
    profile.user = QStringLiteral("u");
    // The wildcard line above matches user postgres only: the old password is found.
    QCOMPARE(PgPassFile().password(profile), QStringLiteral("old"));
    QString error;
    QVERIFY2(PgPassFile().store(profile, QStringLiteral("new"), &error), qPrintable(error));
    QCOMPARE(readAll(pgpass), QStringLiteral("h:5432:db:u:new\n# mine\n*:*:*:postgres:other\n"));
    QCOMPARE(PgPassFile().password(profile), QStringLiteral("new"));
    profile.user = QStringLiteral("postgres");
    QCOMPARE(PgPassFile().password(profile), QStringLiteral("other"));
}

void TestConnectionDialog::realKeychainProbeAnswers()
{
    KeychainVault vault;
    bool answered = false;
    bool available = true;
    QString reason;
    QObject context;
    vault.probe(&context, [&](bool ok, const QString &why) {
        answered = true;
        available = ok;
        reason = why;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    if (available)
        QSKIP("a system keychain runs here: the unavailable path is covered by the stand-in");
    QVERIFY(!reason.isEmpty());
    ConnectionDialog dialog(*m_settings, &vault);
    QSignalSpy probed(&dialog, &ConnectionDialog::keychainProbed);
    QVERIFY(probed.wait(30000));
    QVERIFY(dialog.keychainNote()->isVisibleTo(&dialog));
    QVERIFY(dialog.keychainNote()->text().contains(reason));
}

void TestConnectionDialog::recentMenuListsServerWithoutPassword()
{
    FakeVault vault(false);
    MainWindow::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("recent.sqlite"));
    MainWindow window(options, *m_settings, nullptr, &vault);
    QSignalSpy first(window.importController(), &ImportController::finished);
    QVERIFY(first.wait(20000)); // the SQLite file exists once loaded: the menu lists existing files only
    QVERIFY(window.connectAction());
    QCOMPARE(window.connectAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    // Nothing listens on port 1: the window stays usable and says it cannot connect.
    window.openDatabase(QStringLiteral("postgresql://analyst:TopSecret@127.0.0.1:1/caseload"));
    QCOMPARE(window.importController()->storeLocation(),
        QStringLiteral("postgresql://analyst@127.0.0.1:1/caseload"));
    QCOMPARE(ServerCredentials::password(QStringLiteral("postgresql://analyst@127.0.0.1:1/caseload")),
        QStringLiteral("TopSecret"));
    QCOMPARE(window.windowTitle(), QString::fromUtf8("Caseload — analyst@127.0.0.1:1/caseload"));
    QVERIFY(window.statusBar()->findChildren<QLabel *>().size() > 0);
    bool shown = false;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels)
        shown = shown || label->text().contains(QStringLiteral("analyst@127.0.0.1:1/caseload"));
    QVERIFY(shown);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->isVisibleTo(&window), 20000);
    // Never connected: "Cannot connect", and the settings are a click away.
    QVERIFY(window.connectionBar()->messageLabel()->text().startsWith(
        QStringLiteral("Cannot connect to analyst@127.0.0.1:1/caseload.")));
    window.connectionBar()->editButton()->click();
    auto *dialog = window.findChild<ConnectionDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->location(), QStringLiteral("postgresql://analyst@127.0.0.1:1/caseload"));
    dialog->reject();
    ServerCredentials::forget(QStringLiteral("postgresql://analyst@127.0.0.1:1/caseload"));

    m_settings->sync();
    const QString raw = readAll(m_settingsPath);
    QVERIFY(raw.contains(QStringLiteral("127.0.0.1:1/caseload")));
    QVERIFY(!raw.contains(QStringLiteral("TopSecret")));
    QMenu *recent = nullptr;
    const QList<QMenu *> menus = window.findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->title().remove(u'&') == QStringLiteral("Recent databases"))
            recent = menu;
    }
    QVERIFY(recent);
    QStringList texts;
    const QList<QAction *> actions = recent->actions();
    for (QAction *action : actions)
        texts << action->text();
    QCOMPARE(texts,
        QStringList({QStringLiteral("&1 analyst@127.0.0.1:1/caseload"), QStringLiteral("&2 recent.sqlite")}));
}

void TestConnectionDialog::testConnectionShowsServerAnswer()
{
    if (serverUrl().isEmpty())
        QSKIP("no PostgreSQL server: set CASELOAD_TEST_PG or run through CTest's pgcluster fixture");
    const QString location = freshDatabase(QStringLiteral("caseload_dialog_test"), threeCases());
    QVERIFY(!location.isEmpty());
    const std::optional<ServerProfile> server = ServerProfile::fromLocation(location);
    QVERIFY(server);

    FakeVault vault(true);
    ConnectionDialog dialog(*m_settings, &vault);
    dialog.resize(560, dialog.sizeHint().height());
    fill(dialog, server->host, server->port, server->database, server->user, ServerProfile::SslMode::Disable);
    dialog.profileBox()->setEditText(QStringLiteral("Test cluster"));
    dialog.passwordEdit()->setText(QStringLiteral("ignored-by-trust"));
    dialog.show();
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    dialog.testButton()->click();
    QVERIFY(dialog.busyIndicator()->isVisibleTo(&dialog));
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY(tested.wait(20000));
    const auto result = tested.at(0).at(0).value<ConnectionDialog::TestResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.caseCount, 3);
    QVERIFY(result.canImport); // the superuser
    QVERIFY(!dialog.busyIndicator()->isVisibleTo(&dialog));
    QCOMPARE(dialog.resultLabel()->text(), QStringLiteral("Connected: 3 cases."));
    saveShot(&dialog, QStringLiteral("connection.png"));

    // An empty database, and one of an older schema: the test says what connecting will do, and
    // changes nothing.
    const QString empty = freshDatabase(QStringLiteral("caseload_dialog_empty"), {}, false);
    QVERIFY(!empty.isEmpty());
    const QString older = freshDatabase(QStringLiteral("caseload_dialog_older"), threeCases());
    QVERIFY(runSql(older,
        {QStringLiteral("DROP TABLE case_table_snapshot"), QStringLiteral("DROP INDEX cases_import"),
            QStringLiteral("UPDATE schema_info SET version = 3")}));
    const auto tablesOf = [](const QString &url) {
        QString error;
        const auto store = Store::open(url, &error, Store::Migration::None);
        return store ? store->database().tables() : QStringList({error});
    };
    const auto testDatabase = [&](const QString &name) {
        const int before = int(tested.count());
        dialog.databaseEdit()->setText(name);
        Q_EMIT dialog.databaseEdit()->textEdited(name);
        dialog.testButton()->click();
        return tested.wait(20000) && tested.count() == before + 1;
    };
    QVERIFY(testDatabase(QStringLiteral("caseload_dialog_empty")));
    QCOMPARE(tested.constLast().at(0).value<ConnectionDialog::TestResult>().schemaVersion, 0);
    QCOMPARE(dialog.resultLabel()->text(),
        QStringLiteral("Connected. The database has no Caseload tables yet: connecting creates them."));
    QCOMPARE(tablesOf(empty), QStringList());
    QVERIFY(testDatabase(QStringLiteral("caseload_dialog_older")));
    QVERIFY2(dialog.resultLabel()->text().contains(
                 QStringLiteral("schema version 3: connecting upgrades it to version %1")
                     .arg(Store::currentSchemaVersion())),
        qPrintable(dialog.resultLabel()->text()));
    QVERIFY(!tablesOf(older).contains(QStringLiteral("case_table_snapshot")));
    dialog.databaseEdit()->setText(server->database);
    Q_EMIT dialog.databaseEdit()->textEdited(server->database);

    // A port nobody listens on: the error, in the dialog.
    dialog.portBox()->setValue(1);
    dialog.testButton()->click();
    QVERIFY(tested.wait(20000));
    const auto failed = tested.constLast().at(0).value<ConnectionDialog::TestResult>();
    QVERIFY(!failed.ok);
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(dialog.resultLabel()->text().startsWith(QStringLiteral("Cannot connect: ")));
    saveShot(&dialog, QStringLiteral("connection-error.png"));
    QVERIFY(!dialog.resultLabel()->text().contains(QStringLiteral("ignored-by-trust")));

    // A test for values changed meanwhile is dropped.
    dialog.portBox()->setValue(server->port);
    dialog.testButton()->click();
    dialog.databaseEdit()->setText(QStringLiteral("other"));
    Q_EMIT dialog.databaseEdit()->textEdited(QStringLiteral("other"));
    QVERIFY(!tested.wait(1500));
    QCOMPARE(dialog.resultLabel()->text(), QString());
    // Typing the password while a test runs drops its answer too, and the busy indicator still goes.
    dialog.databaseEdit()->setText(server->database);
    Q_EMIT dialog.databaseEdit()->textEdited(server->database);
    dialog.testButton()->click();
    QVERIFY(dialog.busyIndicator()->isVisibleTo(&dialog));
    Q_EMIT dialog.passwordEdit()->textEdited(QStringLiteral("x"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.busyIndicator()->isVisibleTo(&dialog), 20000);
    QVERIFY(dialog.testButton()->isEnabled());
    QCOMPARE(tested.count(), 4);
    QCOMPARE(dialog.resultLabel()->text(), QString());
}

void TestConnectionDialog::readOnlySqliteFileDisablesImport()
{
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    const QString path = QDir(folder).filePath(QStringLiteral("cases.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::storeAndLoad(path, threeCases()));
    const QFileDevice::Permissions readOnly
        = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ExeOwner | QFileDevice::ExeUser;
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    QVERIFY(QFile::setPermissions(folder, readOnly));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, readOnly | QFileDevice::WriteOwner | QFileDevice::WriteUser);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
    QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QSKIP("the OS ignores the read-only permissions here (running as root)");
    }
    FakeVault vault(false);
    MainWindow::Options options;
    options.databasePath = path;
    MainWindow window(options, *m_settings, nullptr, &vault);
    QSignalSpy loaded(window.importController(), &ImportController::loaded);
    QVERIFY(loaded.wait(20000));
    const auto snapshot = loaded.at(0).at(0).value<ImportController::Snapshot>();
    // The store opens such a file read-only (immutable in a read-only folder): the dashboard loads.
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.caseCount, 3);
    QVERIFY(!window.importPermission()->isAllowed());
    QVERIFY(!window.importAction()->isEnabled());
    QVERIFY(!window.importAction()->toolTip().isEmpty());
}

void TestConnectionDialog::readOnlyRoleDisablesImport()
{
    if (serverUrl().isEmpty())
        QSKIP("no PostgreSQL server: set CASELOAD_TEST_PG or run through CTest's pgcluster fixture");
    if (qEnvironmentVariable("CASELOAD_TEST_PG_PRIVATE") != QLatin1String("1"))
        QSKIP("creates a database role: only on the private cluster (CASELOAD_TEST_PG_PRIVATE=1)");
    const QString database = QStringLiteral("caseload_readonly_test");
    const QString owner = freshDatabase(database, threeCases());
    QVERIFY(!owner.isEmpty());
    QVERIFY(runSql(owner,
        {QStringLiteral(
             "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caseload_dialog_reader') "
             "THEN CREATE ROLE caseload_dialog_reader LOGIN; END IF; END $$"),
            QStringLiteral("GRANT CONNECT ON DATABASE caseload_readonly_test TO caseload_dialog_reader"),
            QStringLiteral("GRANT USAGE ON SCHEMA public TO caseload_dialog_reader"),
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO caseload_dialog_reader")}));
    QUrl url(owner);
    url.setUserName(QStringLiteral("caseload_dialog_reader"));
    const QString reader = url.toString();

    const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
    QVERIFY(test::writeText(
        csv, header + QString::fromUtf8("（2016）京0105执9号,北京市朝阳区人民法院,2016-04-01,,\n")));
    FakeVault vault(false);
    MainWindow::Options options;
    options.databasePath = reader;
    MainWindow window(options, *m_settings, nullptr, &vault);
    window.resize(1366, 768);
    window.show();
    ImportController *controller = window.importController();
    QSignalSpy loaded(controller, &ImportController::loaded);
    QVERIFY(loaded.wait(20000));
    const auto snapshot = loaded.at(0).at(0).value<ImportController::Snapshot>();
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.caseCount, 3); // the role reads the cases
    QVERIFY(!snapshot.canImport);
    QVERIFY(!snapshot.readOnlyReason.isEmpty());

    // Every way in is closed, with the reason.
    QVERIFY(!window.importPermission()->isAllowed());
    QCOMPARE(window.importPermission()->reason(), snapshot.readOnlyReason);
    QVERIFY(!window.importAction()->isEnabled());
    QCOMPARE(window.importAction()->toolTip(), snapshot.readOnlyReason);
    auto *imports = qobject_cast<ImportsPage *>(window.dashboard()->page(QStringLiteral("imports")));
    QVERIFY(imports);
    QVERIFY(!imports->importButton()->isEnabled());
    QCOMPARE(imports->importButton()->toolTip(), snapshot.readOnlyReason);
    QVERIFY(window.statusBar()->currentMessage().contains(snapshot.readOnlyReason));
    // A language change retranslates the page's tooltip after the window's: the reason still wins.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &languageChange);
    QCoreApplication::sendEvent(imports, &languageChange);
    QCOMPARE(imports->importButton()->toolTip(), snapshot.readOnlyReason);
    QCOMPARE(window.importAction()->toolTip(), snapshot.readOnlyReason);
    QVERIFY(!imports->importButton()->isEnabled());
    bool labelled = false;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels)
        labelled = labelled
            || (label->isVisibleTo(&window) && label->text() == QStringLiteral("Read only: import disabled"));
    QVERIFY(labelled);
    DashboardController *figures = window.dashboard()->controller();
    QTRY_VERIFY_WITH_TIMEOUT(figures->current().result != nullptr, 20000);
    saveShot(&window, QStringLiteral("connection-readonly.png"));

    // A dropped file gets the message, not an import.
    window.statusBar()->clearMessage();
    QSignalSpy imported(controller, &ImportController::imported);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Nothing was imported: ")));
    QVERIFY(window.statusBar()->currentMessage().contains(snapshot.readOnlyReason));
    QVERIFY(!controller->isBusy());
    QTest::qWait(200);
    QCOMPARE(imported.count(), 0);
    // An import queued before the window knew (or by another path) is refused by the worker with the
    // same reason, before a byte is read.
    QSignalSpy finished(controller, &ImportController::finished);
    controller->importFiles({csv});
    QVERIFY(finished.wait(20000));
    QCOMPARE(imported.count(), 1);
    const auto refused = imported.at(0).at(0).value<ImportSummary>();
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error, snapshot.readOnlyReason);
    QCOMPARE(refused.rowsRead, 0);
    QString error;
    const std::unique_ptr<Store> store = Store::open(owner, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->caseCount(), 3);

    // The same database as its owner: import is back.
    window.openDatabase(owner);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, 20000);
    QVERIFY(window.importPermission()->isAllowed());
    QVERIFY(window.importAction()->isEnabled());
    QVERIFY(imports->importButton()->isEnabled());
    // The page's own tooltip is back, not the reason of the other role.
    QCOMPARE(imports->importButton()->toolTip(),
        QStringLiteral("Import court exports (CSV, Excel) into this database"));
    QVERIFY(window.importAction()->toolTip() != snapshot.readOnlyReason);
}

void TestConnectionDialog::lostConnectionOnlyForServerConnections()
{
    const QString server = QStringLiteral("postgresql://analyst@db.example:5432/caseload");
    const QString refused = QStringLiteral("cannot connect to the PostgreSQL server at db.example:5432, database "
                                           "caseload: connection to server at \"db.example\", port 5432 failed: "
                                           "Connection refused");
    QVERIFY(!isLostConnection(m_dir.filePath(QStringLiteral("cases.sqlite")), refused)); // a file
    QVERIFY(!isLostConnection(server, QStringLiteral("cannot read the cases: no such table")));
    QVERIFY(!isLostConnection(server, QString()));
    QVERIFY(isLostConnection(server, refused));
    QVERIFY(isLostConnection(server, Store::connectionLostMessage(server, QStringLiteral("x"))));
}

void TestConnectionDialog::lostConnectionShowsOneBarAndReconnects()
{
    if (serverUrl().isEmpty())
        QSKIP("no PostgreSQL server: set CASELOAD_TEST_PG or run through CTest's pgcluster fixture");
    const QString direct = freshDatabase(QStringLiteral("caseload_lost_test"), threeCases());
    QVERIFY(!direct.isEmpty());
    Proxy proxy(quint16(QUrl(direct).port(5432)));
    QVERIFY(proxy.listen());
    const quint16 port = proxy.port();
    QUrl url(direct);
    url.setPort(port);
    const QString location = url.toString();

    FakeVault vault(false);
    MainWindow::Options options;
    options.databasePath = location;
    MainWindow window(options, *m_settings, nullptr, &vault);
    window.resize(1366, 768);
    window.show();
    ImportController *controller = window.importController();
    QSignalSpy loaded(controller, &ImportController::loaded);
    QSignalSpy lost(controller, &ImportController::connectionLost);
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.at(0).at(0).value<ImportController::Snapshot>().error.isEmpty());
    QVERIFY(!window.connectionBar()->isVisibleTo(&window));

    // The network breaks; the next load (and an import dropped meanwhile) fails.
    proxy.stop();
    const QString csv = m_dir.filePath(QStringLiteral("lost.csv"));
    QVERIFY(test::writeText(
        csv, header + QString::fromUtf8("（2016）京0105执8号,北京市朝阳区人民法院,2016-04-01,,\n")));
    QSignalSpy finished(controller, &ImportController::finished);
    controller->importFiles({csv});
    QVERIFY(finished.wait(30000));
    QVERIFY(lost.count() >= 1);
    const QString shown = QStringLiteral("postgres@127.0.0.1:%1/caseload_lost_test").arg(port);
    QVERIFY(window.connectionBar()->isVisibleTo(&window));
    QVERIFY2(window.connectionBar()->messageLabel()->text().startsWith(
                 QStringLiteral("Lost the connection to %1.").arg(shown)),
        qPrintable(window.connectionBar()->messageLabel()->text()));
    QCOMPARE(window.findChildren<ConnectionLostBar *>().size(), 1);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QTest::qWait(100);
    const QList<QDialog *> dialogs = window.findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        QVERIFY2(!dialog->isVisible(), dialog->metaObject()->className()); // no summary, no box
    // The figures loaded before stay on screen.
    QVERIFY(window.dashboard()->controller());
    saveShot(&window, QStringLiteral("connection-lost.png"));

    // Reconnect while the network is still down: one bar again, its button back.
    QSignalSpy reconnect(window.connectionBar(), &ConnectionLostBar::reconnectRequested);
    window.connectionBar()->reconnectButton()->click();
    QCOMPARE(reconnect.count(), 1);
    QVERIFY(!window.connectionBar()->reconnectButton()->isEnabled());
    QVERIFY(window.connectionBar()->messageLabel()->text().startsWith(QStringLiteral("Reconnecting to ")));
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->reconnectButton()->isEnabled(), 20000);
    QVERIFY(window.connectionBar()->isVisibleTo(&window));
    QCOMPARE(window.findChildren<ConnectionLostBar *>().size(), 1);

    // The network is back: Reconnect reloads the dashboard and the bar goes.
    QVERIFY(proxy.listen(port));
    const qsizetype before = loaded.count();
    window.connectionBar()->reconnectButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before
            && loaded.constLast().at(0).value<ImportController::Snapshot>().error.isEmpty(),
        20000);
    QCOMPARE(
        loaded.constLast().at(0).value<ImportController::Snapshot>().caseCount, 3); // nothing half-written
    QVERIFY(!window.connectionBar()->isVisibleTo(&window));
    proxy.stop();

    // A page with a connection of its own (the Imports page, reading the history) loses it: the same
    // one bar.
    auto *imports = window.findChild<ImportsPage *>();
    QVERIFY(imports);
    QSignalSpy pageLost(imports, &ImportsPage::connectionLost);
    imports->setData(window.dashboard()->controller()->current());
    imports->reload();
    QTRY_VERIFY_WITH_TIMEOUT(pageLost.count() == 1, 20000);
    QVERIFY(window.connectionBar()->isVisibleTo(&window));
    QVERIFY(window.connectionBar()->messageLabel()->text().startsWith(
        QStringLiteral("Lost the connection to %1.").arg(shown)));
    QCOMPARE(window.findChildren<ConnectionLostBar *>().size(), 1);
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
