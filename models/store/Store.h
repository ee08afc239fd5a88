#pragma once

#include "domain/CaseRecord.h"
#include "domain/PetitionFigure.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>

namespace caseload {

/// One entry of the import history. rowsRead == accepted + rejected, and accepted == inserted + updated +
/// unchanged + older.
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
    /// Rows of cases the store already held in a newer state (their latest date, see CaseWriter, is
    /// earlier than the stored one): not applied.
    qint64 older = 0;
    QString rejectReportPath; ///< empty when no report was written
};

/// One saved column mapping, without the mapping itself (see Store::mappingProfile).
struct MappingProfileInfo
{
    QString signature; ///< header signature the mapping applies to (see HeaderMapper)
    QString name; ///< name given when it was saved
    QDateTime updatedAt; ///< UTC; invalid when the stored time cannot be read
};

/// The case store: one database holding cases, courts, the import history, saved column
/// mappings, hand-entered petition figures, court groups and settings: an SQLite file (WAL mode) or a
/// PostgreSQL database through QtSql's QPSQL driver, with the same schema. A Store owns one QtSql connection
/// and must be used from the thread that opened it: a worker thread opens its own Store on the same location.
class Store
{
public:
    /// The user's own database: caseload.sqlite in the application data directory.
    static QString defaultLocation();
    /// Schema version this build writes.
    static int currentSchemaVersion();

    /// Opens the store at `location` and migrates its schema to the current version, each step in one
    /// transaction (nothing is written when the schema is current, so a read-only role can open it).
    /// `location` is an SQLite file path (created with its folder when missing) or a PostgreSQL URL
    /// `postgresql://user[:password]@host[:port]/dbname[?sslmode=require&...]` (also `postgres://`;
    /// the database must exist; query options go to libpq: sslmode, sslrootcert, sslcert, sslkey,
    /// sslcrl, connect_timeout, application_name, target_session_attrs; any other is refused). The
    /// password is the URL's, else the one ServerCredentials remembers for the location, else libpq's
    /// ~/.pgpass or PGPASSWORD. Returns null with `error` set when the database cannot be opened, was
    /// written by a newer Caseload, or needs a migration the role may not make.
    ///
    /// Telling a lost connection from other errors (the GUI offers a reconnect for the first): after
    /// a failed call, `!store.isConnected()` is the sure test; where only the message is at hand (a
    /// worker's result), Store::isConnectionError(message). Show Store::connectionLostMessage() then,
    /// and open a fresh Store to reconnect.
    ///
    /// With `migration` Migration::None the schema is left as found (a connection test must not create
    /// tables in an empty database): schemaVersion() then tells what is there (0: nothing), and only a
    /// store at currentSchemaVersion() may be used further. A database of a newer Caseload is refused
    /// either way.
    enum class Migration { Upgrade, None };
    static std::unique_ptr<Store> open(
        const QString &location, QString *error, Migration migration = Migration::Upgrade);
    /// True for a PostgreSQL URL (`postgresql://` or `postgres://`), false for an SQLite path.
    static bool isServerLocation(const QString &location);

    /// True when `error` (a message from Store, CaseWriter or a query on database()) says the
    /// connection to the server failed or was lost: the messages Store writes for that (which start
    /// "lost the connection to the server ..." or "cannot connect to the PostgreSQL server ...", in
    /// the current language or in English) and libpq's own English texts for a dropped connection.
    /// Errors of any other kind (a constraint, a missing privilege, a bad file) give false. When the
    /// Store is still at hand, isConnected() is the surer test (libpq may translate its texts).
    static bool isConnectionError(const QString &error);
    /// The translated message for a connection lost during some work, which isConnectionError()
    /// recognises: "lost the connection to the server 127.0.0.1:55432/caseload: DETAIL; CONSEQUENCE".
    /// `location` is a server URL (shown as host:port/database); `consequence` says what was not done
    /// ("nothing of this import was written") and may be empty.
    static QString connectionLostMessage(
        const QString &location, const QString &detail, const QString &consequence = QString());

    /// False when the connection is gone: for PostgreSQL a trivial query fails (the backend was
    /// terminated, the server stopped, the network broke); for SQLite whether the file is still open.
    /// Meant for after a failed call, to tell a lost connection from other errors. Does not reconnect:
    /// open a fresh Store for that.
    bool isConnected() const;

    /// True when this connection may write cases: SQLite when the file (and its folder, for the WAL
    /// files) is writable; PostgreSQL when the role has INSERT and UPDATE on the case tables (cases,
    /// courts, causes, handlers, departments, imports). Otherwise false with a translated, specific
    /// `why` (e.g. "the database role 'analyst' may only read: ask the data office for an importing
    /// role"). Reads the privileges from the server on each call.
    bool canImport(QString *why) const;

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// The SQLite path, or the PostgreSQL URL without its password (a second connection gets it from
    /// ServerCredentials or libpq's password file), with its query options.
    QString location() const;
    QSqlDatabase database() const;
    /// Schema version found in the database (after migration: currentSchemaVersion()).
    int schemaVersion() const;

    qint64 caseCount() const;
    /// Newest first.
    QList<ImportRecord> importHistory() const;

    /// Calls `visit` for every case ordered by case number; stops early when it returns false.
    /// Returns false on a database error with `error` set.
    bool forEachCase(const std::function<bool(const CaseRecord &)> &visit, QString *error) const;
    /// Looks one case up by case number (any spelling; see CaseNumber::canonical).
    std::optional<CaseRecord> findCase(QStringView caseNumber) const;
    /// The case numbers of the cases with these store ids (ids not found are absent), read in chunks
    /// under SQLite's parameter limit. Nullopt with `error` set on a database error.
    std::optional<QHash<qint64, QString>> caseNumbers(const QList<qint64> &ids, QString *error) const;

    /// Saved column mapping for a header signature (see HeaderMapper), as JSON text; empty when none.
    QString mappingProfile(const QString &signature) const;
    bool saveMappingProfile(const QString &signature, const QString &name, const QString &json);
    /// Every saved column mapping, ordered by name, then signature. Empty with `error` set on a
    /// database error.
    QList<MappingProfileInfo> mappingProfiles(QString *error = nullptr) const;
    /// Deletes the mapping saved for `signature`; false with a translated `error` when there is none.
    bool removeMappingProfile(const QString &signature, QString *error);

    /// Every petition figure, ordered by court, then period. Empty with `error` set on a database error.
    QList<PetitionFigure> petitions(QString *error = nullptr) const;
    /// Adds the figure, or replaces the one of the same court and period (`from` and `to` equal).
    /// Refused with a translated `error`, changing nothing, unless the court is given, both dates are
    /// valid with from <= to, received >= 0 and 0 <= resolved <= received. Blanks around the court
    /// name are dropped.
    bool setPetition(const PetitionFigure &figure, QString *error);
    /// Removes the figure of `court` for exactly the period from..to; false with `error` set when
    /// there is none.
    bool removePetition(const QString &court, QDate from, QDate to, QString *error);

    /// Named court groups (group name -> its court names, sorted). Courts are names as in the cases;
    /// a group may name courts that have no case yet.
    QMap<QString, QStringList> courtGroups(QString *error = nullptr) const;
    /// Replaces the courts of group `name` in one transaction (duplicates dropped); an empty list
    /// deletes the group. Refused when the name or a court name is empty (blanks are trimmed).
    bool setCourtGroup(const QString &name, const QStringList &courts, QString *error);

    /// The value stored under `key`; empty when unset, or when it cannot be read: then `error` (when
    /// given) says why, and is left empty otherwise.
    QString setting(const QString &key, QString *error = nullptr) const;
    /// Stores `value` under `key` (replacing any earlier value); the key must not be empty.
    bool setSetting(const QString &key, const QString &value, QString *error);

private:
    Store();
    /// Migrates (or with Migration::None only reads) the schema version; false with `error` naming the
    /// database.
    bool prepareSchema(Migration migration, QString *error);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
