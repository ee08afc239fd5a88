#pragma once

#include <QSqlDatabase>
#include <QString>

struct pg_conn;
typedef struct pg_conn PGconn; // as libpq-fe.h declares it

namespace caseload::pg {

/// The libpq connection under a QPSQL connection, when it is safe to call the libpq this program links
/// on it: null for other drivers, a closed or broken connection, a connection busy with a query, or a
/// handle that is not the session QtSql talks to (a Qt build whose driver carries its own libpq).
/// Callers then use portable QtSql instead. The handle stays owned by QtSql: use it between QtSql
/// queries, on the thread that owns the connection, and leave it idle.
PGconn *nativeHandle(const QSqlDatabase &db);

/// A new connection with the options of `conn` (server, database, user, password, TLS settings), for
/// work beside it; null with `error` set when it cannot connect. The caller closes it with PQfinish.
PGconn *connectLike(PGconn *conn, QString *error);

/// The last error message of `conn` (PQerrorMessage), trimmed.
QString pgError(const PGconn *conn);

} // namespace caseload::pg
