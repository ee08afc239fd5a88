#pragma once

#include <QSqlDatabase>
#include <QString>

namespace caseload::schema {

/// The schema version this build writes. Version 1: cases, courts, causes, handlers, departments,
/// imports, mapping_profiles. Version 2 adds petitions (hand-entered petition figures), court_groups
/// (named sets of courts) and settings (key/value text). Version 3 adds cases.latest_on (the latest of
/// the case's filing, closure and measure dates, as a day number: an import never replaces a case by an
/// older state of it) and imports.older (rows not applied because the stored case was newer). Version
/// 4 adds case_table_snapshot (the case table's compact copy, see CaseTableSnapshot) and an index on
/// cases.import_id (the cases changed since that copy).
inline constexpr int CurrentVersion = 4;

/// Reads the version stored in `db` (0 for an empty database).
int storedVersion(const QSqlDatabase &db, QString *error);
/// storedVersion(), refusing (-1, `error` set) a database written by a newer Caseload as migrate() does.
int inspect(const QSqlDatabase &db, QString *error);

/// Brings `db` from its stored version up to CurrentVersion, each step in one transaction; on
/// PostgreSQL two clients migrating at once take turns (advisory lock). Writes nothing when the schema
/// is current, so a read-only role can open a current database. Fails, changing nothing, when the
/// database is newer than this build, or (with a message saying so) when the role may not migrate.
bool migrate(QSqlDatabase &db, QString *error);

/// QtSql binds a null QString as NULL: text for the NOT NULL text columns.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// SQL for the latest of a case row's date columns (day number): `table` qualifies the columns
/// ("cases"). filed_on is never NULL; the other dates count when set.
QString latestDateExpression(const QSqlDatabase &db, const QString &table);

/// Key of the transaction-level advisory lock (pg_advisory_xact_lock) that serialises schema
/// migrations and importing transactions on PostgreSQL. Advisory locks are per database.
inline constexpr qint64 WriterLockKey = 0x63617365'6c6f6164; // "caseload"

/// The index statements the store maintains on `cases`; a bulk load may drop and recreate them.
QStringList caseIndexStatements();
QStringList dropCaseIndexStatements();

} // namespace caseload::schema
