#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace caseload::test {

/// The PostgreSQL server the tests run against: CASELOAD_TEST_PG (set by CTest's pgcluster fixture), or
/// a private cluster started through tools/pg-test-cluster.sh when that variable is unset. Creates a
/// database per test on demand and drops them all in dropDatabases(). Use from one thread.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    /// Connects the admin connection; false with `error` set when there is no server.
    bool start(QString *error);
    /// True when the server is the private cluster of the CTest fixture (CASELOAD_TEST_PG_PRIVATE=1),
    /// on which a test may create cluster-wide objects such as roles.
    static bool isPrivateCluster();

    /// The URL of the server's base database, as given.
    QUrl base() const { return m_base; }
    /// Creates a new, empty database and returns its URL (user of the base URL); empty on failure.
    QString createDatabase();
    /// A fresh database name, not created, but dropped (if it exists) by dropDatabases().
    QString reserveDatabaseName();
    /// The URL of database `name` on the server with the base URL's user, or `user` when given.
    QString url(const QString &database, const QString &user = QString()) const;
    /// Drops every database createDatabase() made (connections to them are ended first).
    void dropDatabases();
    /// Runs `sql` on the admin connection (the base database), or on `database` when given.
    bool exec(const QString &sql, QString *error, const QString &database = QString());
    /// Ends every other session connected to `database` (pg_terminate_backend); the number ended.
    int terminateSessions(const QString &database);

private:
    QString connectionTo(const QString &database);

    QUrl m_base;
    QString m_admin;
    QStringList m_databases;
    QStringList m_connections;
    int m_counter = 0;
};

} // namespace caseload::test
