#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace caseload::sqlite {

/// The connection's own sqlite3 handle, when it is safe to call the SQLite this program links on it;
/// null for other drivers, a closed connection, or a Qt SQLite plugin that bundles its own copy of
/// SQLite (a handle of another library). Callers then use portable QtSql instead.
sqlite3 *nativeHandle(const QSqlDatabase &db);

/// The last error message of `db` (sqlite3_errmsg).
QString sqliteError(sqlite3 *db);

} // namespace caseload::sqlite
