#include "PgTestServer.h"

#include "TestSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace caseload::test {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("pgtest-admin-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isListening(const QUrl &url)
{
    QProcess ready;
    ready.start(QStringLiteral("pg_isready"),
        {QStringLiteral("-q"), QStringLiteral("-h"), url.host(), QStringLiteral("-p"),
            QString::number(url.port(5432))});
    return ready.waitForFinished(10000) && ready.exitStatus() == QProcess::NormalExit
        && ready.exitCode() == 0;
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    dropDatabases();
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

bool PgTestServer::isPrivateCluster()
{
    return qEnvironmentVariable("CASELOAD_TEST_PG_PRIVATE") == QLatin1String("1");
}

bool PgTestServer::start(QString *error)
{
    QString url = qEnvironmentVariable("CASELOAD_TEST_PG");
    // The fixture's cluster may not run when the test runs alone (ctest -R store_pg): start it, the
    // script is idempotent.
    if (url.isEmpty() || (isPrivateCluster() && !isListening(QUrl(url)))) {
        QProcess script;
        script.start(test::sourcePath(QStringLiteral("tools/pg-test-cluster.sh")), {QStringLiteral("start")});
        if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit
            || script.exitCode()) {
            *error
                = QStringLiteral("CASELOAD_TEST_PG is not set and tools/pg-test-cluster.sh could not start "
                                 "a PostgreSQL cluster");
            return false;
        }
        url = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    }
    m_base = QUrl(url);
    if (!m_base.isValid() || m_base.host().isEmpty()) {
        *error = QStringLiteral("bad server URL: ") + url;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("QPSQL driver missing (libqt6sql6-psql)");
        return false;
    }
    m_admin = connectionTo(m_base.path().mid(1));
    if (!QSqlDatabase::database(m_admin, false).isOpen()) {
        *error = QSqlDatabase::database(m_admin, false).lastError().text();
        return false;
    }
    return true;
}

QString PgTestServer::connectionTo(const QString &database)
{
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_base.host());
    db.setPort(m_base.port(5432));
    db.setUserName(m_base.userName());
    db.setPassword(m_base.password());
    db.setDatabaseName(database);
    db.open();
    m_connections.append(name);
    return name;
}

QString PgTestServer::reserveDatabaseName()
{
    // A name of our own making (no user input): identifiers cannot be bound parameters.
    const QString name = QStringLiteral("caseload_t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 1000000)
                             .arg(++m_counter);
    m_databases.append(name);
    return name;
}

QString PgTestServer::createDatabase()
{
    const QString name = reserveDatabaseName();
    QString error;
    if (!exec(QStringLiteral("CREATE DATABASE %1").arg(name), &error)) {
        qWarning("CREATE DATABASE failed: %s", qPrintable(error));
        return {};
    }
    return url(name);
}

QString PgTestServer::url(const QString &database, const QString &user) const
{
    QUrl url = m_base;
    url.setPath(u'/' + database);
    if (!user.isEmpty()) {
        url.setUserName(user);
        url.setPassword(QString());
    }
    return url.toString();
}

void PgTestServer::dropDatabases()
{
    // Connections of this helper to those databases first.
    for (qsizetype i = m_connections.size() - 1; i >= 0; --i) {
        const QString &name = m_connections.at(i);
        if (name == m_admin)
            continue;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        m_connections.removeAt(i);
    }
    for (const QString &name : std::as_const(m_databases)) {
        QString error;
        if (!exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &error))
            qWarning("DROP DATABASE failed: %s", qPrintable(error));
    }
    m_databases.clear();
}

bool PgTestServer::exec(const QString &sql, QString *error, const QString &database)
{
    QString connection = m_admin;
    if (!database.isEmpty()) {
        connection.clear();
        for (const QString &name : std::as_const(m_connections)) {
            if (QSqlDatabase::database(name, false).databaseName() == database)
                connection = name;
        }
        if (connection.isEmpty())
            connection = connectionTo(database);
    }
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

int PgTestServer::terminateSessions(const QString &database)
{
    QSqlQuery query(QSqlDatabase::database(m_admin, false));
    query.prepare(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                                 "WHERE datname = ? AND pid <> pg_backend_pid()"));
    query.addBindValue(database);
    if (!query.exec() || !query.next()) {
        qWarning("terminating sessions failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace caseload::test
