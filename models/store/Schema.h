#pragma once

#include <QSqlDatabase>
#include <QString>

namespace caseload::schema {

/// The schema version this build writes. Version 1: cases, courts, causes, handlers, departments,
/// imports, mapping_profiles. Version 2 adds petitions (hand-entered petition figures), court_groups
/// (named sets of courts) and settings (key/value text).
inline constexpr int CurrentVersion = 2;

/// Reads the version stored in `db` (0 for an empty database).
int storedVersion(const QSqlDatabase &db, QString *error);

/// Brings `db` from its stored version up to CurrentVersion, each step in one transaction.
/// Fails, changing nothing, when the database is newer than this build.
bool migrate(QSqlDatabase &db, QString *error);

/// QtSql binds a null QString as NULL: text for the NOT NULL text columns.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// The index statements the store maintains on `cases`; a bulk load may drop and recreate them.
QStringList caseIndexStatements();
QStringList dropCaseIndexStatements();

} // namespace caseload::schema
