#pragma once

#include "domain/CaseRecord.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>

namespace caseload {

/// Filings and closures in one calendar month.
struct MonthlyFlow
{
    QDate month; ///< first day of the month
    qint64 filed = 0; ///< cases whose filing date is in the month
    qint64 closed = 0; ///< cases whose closure date is in the month
};

/// One entry of the import history.
struct ImportRecord
{
    qint64 id = 0;
    QString fileName; ///< file name as imported (no directory)
    QString sha256; ///< hex digest of the file's bytes
    QDateTime importedAt; ///< UTC
    QString encoding; ///< as detected or chosen
    qint64 rowsRead = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    QString rejectReportPath; ///< empty when no report was written
};

/// The case store: one database holding cases, courts, the import history and saved column
/// mappings. SQLite (a file, WAL mode) today; the SQL is kept portable through QtSql so that a
/// PostgreSQL backend can follow. A Store owns one QtSql connection and must be used from the
/// thread that opened it: a worker thread opens its own Store on the same location.
class Store
{
public:
    /// The user's own database: caseload.sqlite in the application data directory.
    static QString defaultLocation();
    /// Schema version this build writes.
    static int currentSchemaVersion();

    /// Opens the store at `location` (an SQLite file path; created with its folder when missing)
    /// and migrates its schema to the current version in one transaction. Returns null with
    /// `error` set when the file cannot be opened or was written by a newer Caseload.
    static std::unique_ptr<Store> open(const QString &location, QString *error);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString location() const;
    QSqlDatabase database() const;
    /// Schema version found in the database (after migration: currentSchemaVersion()).
    int schemaVersion() const;

    qint64 caseCount() const;
    /// Filings and closures per calendar month, every month from the first filing to the last
    /// filing or closure, months without cases included with zeros.
    QList<MonthlyFlow> monthlyFlow(QString *error = nullptr) const;
    /// Newest first.
    QList<ImportRecord> importHistory() const;

    /// Calls `visit` for every case ordered by case number; stops early when it returns false.
    /// Returns false on a database error with `error` set.
    bool forEachCase(const std::function<bool(const CaseRecord &)> &visit, QString *error) const;
    /// Looks one case up by case number (any spelling; see CaseNumber::canonical).
    std::optional<CaseRecord> findCase(QStringView caseNumber) const;

    /// Saved column mapping for a header signature (see HeaderMapper), as JSON text; empty when none.
    QString mappingProfile(const QString &signature) const;
    bool saveMappingProfile(const QString &signature, const QString &name, const QString &json);

private:
    Store();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
