#include "PgNative.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

namespace caseload::pg {

PGconn *nativeHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt registers the handle's metatype under the struct's name (pg_conn*) rather than the typedef's.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn *conn = *static_cast<PGconn *const *>(v.constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK || PQisBusy(conn))
        return nullptr;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    if (status != PQTRANS_IDLE && status != PQTRANS_INTRANS)
        return nullptr;
    // Debian's QPSQL plugin links the system libpq as we do. Our PQbackendPID reading the session's
    // own process id shows the handle is a PGconn of our libpq, talking to that session.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()
        || q.value(0).toLongLong() != PQbackendPID(conn))
        return nullptr;
    return conn;
}

PGconn *connectLike(PGconn *conn, QString *error)
{
    PQconninfoOption *options = PQconninfo(conn);
    if (!options) {
        *error = QStringLiteral("out of memory");
        return nullptr;
    }
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val) {
            keys.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *other = PQconnectdbParams(keys.data(), values.data(), 0);
    PQconninfoFree(options);
    if (PQstatus(other) != CONNECTION_OK) {
        *error = pgError(other);
        PQfinish(other);
        return nullptr;
    }
    return other;
}

QString pgError(const PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace caseload::pg
