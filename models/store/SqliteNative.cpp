#include "SqliteNative.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace caseload::sqlite {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Debian's Qt plugin links the system libsqlite3 as we do; a Qt that bundles its own SQLite
    // reports another source id, and its handle must not reach our library.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next()
        || q.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace caseload::sqlite
