#include "Store.h"

#include "Schema.h"
#include "ServerCredentials.h"
#include "domain/CaseNumber.h"
#include "domain/DayNumber.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <mutex>
#include <vector>

#include <sqlite3.h>

namespace caseload {

struct Store::Private
{
    QString location;
    QString connectionName;
    QSqlDatabase db;
    int version = 0;
};

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("caseload-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QDate dateValue(const QVariant &value)
{
    return value.isNull() ? QDate() : fromDayNumber(value.toLongLong());
}

std::optional<qint64> amountValue(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const char caseSelect[]
    = "SELECT c.case_number, co.name, co.code, c.case_type, ca.name, c.filed_on, c.closed_on, "
      "c.closure_method, c.amount_applied, c.amount_recovered, h.name, d.name, c.deducted_days, "
      "c.extension_days, c.has_property, c.network_inquiry_on, c.dishonest_list_on, "
      "c.consumption_restriction_on, c.applicant_interview_on, c.parties "
      "FROM cases c JOIN courts co ON co.id = c.court_id "
      "LEFT JOIN causes ca ON ca.id = c.cause_id "
      "LEFT JOIN handlers h ON h.id = c.handler_id "
      "LEFT JOIN departments d ON d.id = c.department_id ";

CaseRecord caseFromRow(const QSqlQuery &q)
{
    CaseRecord r;
    r.caseNumber = q.value(0).toString();
    r.courtName = q.value(1).toString();
    r.courtCode = q.value(2).toString();
    r.type = static_cast<CaseType>(q.value(3).toInt());
    r.cause = q.value(4).toString();
    r.filedOn = dateValue(q.value(5));
    r.closedOn = dateValue(q.value(6));
    r.closureMethod = static_cast<ClosureMethod>(q.value(7).toInt());
    r.appliedFen = amountValue(q.value(8));
    r.recoveredFen = amountValue(q.value(9));
    r.handler = q.value(10).toString();
    r.department = q.value(11).toString();
    r.deductedDays = q.value(12).toInt();
    r.extensionDays = q.value(13).toInt();
    if (!q.value(14).isNull())
        r.hasProperty = q.value(14).toInt() != 0;
    r.networkInquiryOn = dateValue(q.value(15));
    r.dishonestListOn = dateValue(q.value(16));
    r.consumptionRestrictionOn = dateValue(q.value(17));
    r.applicantInterviewOn = dateValue(q.value(18));
    r.parties = q.value(19).toString();
    return r;
}

using schema::nonNull;

bool isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

/// `ORDER BY` on text in byte order, as SQLite sorts: PostgreSQL would otherwise use the database's
/// collation.
QString textOrder(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral(" COLLATE \"C\"") : QString();
}

/// The libpq connection options a location's query may set (`?sslmode=require&sslrootcert=...`).
const char *const allowedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl",
    "connect_timeout", "application_name", "target_session_attrs"};

/// Connects `db` (a QPSQL connection) to the server named by `url`. The password, when the URL
/// carries one or ServerCredentials remembers one, goes to libpq only; otherwise libpq reads
/// ~/.pgpass or PGPASSWORD itself. Options in the URL's query (TLS: sslmode etc.) go to libpq.
bool openPostgres(QSqlDatabase &db, const QUrl &url, QString *error)
{
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    const int port = url.port(5432);
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    if (!url.isValid() || database.isEmpty() || database.contains(u'/')) {
        *error = QCoreApplication::translate(
            "Store", "the PostgreSQL location must read postgresql://user@host:port/database (given: %1)")
                     .arg(url.toString(QUrl::RemovePassword));
        return false;
    }
    QMap<QString, QString> options = {{QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("application_name"), QStringLiteral("caseload")}};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &option = key; // a structured binding cannot be captured before C++20 in clang 14
        const bool allowed = std::any_of(std::begin(allowedOptions), std::end(allowedOptions),
            [&](const char *name) { return option == QLatin1String(name); });
        // A value with ';' or blanks would break QPSQL's option string.
        if (!allowed || value.isEmpty() || value.contains(u';') || value.contains(u' ')) {
            *error = QCoreApplication::translate("Store",
                "the PostgreSQL location sets an unsupported connection option %1 (supported: sslmode, "
                "sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name, "
                "target_session_attrs)")
                         .arg(key + u'=' + value);
            return false;
        }
        options.insert(key, value);
    }
    QStringList optionList;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        optionList.append(it.key() + u'=' + it.value());
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    if (!url.userName(QUrl::FullyDecoded).isEmpty())
        db.setUserName(url.userName(QUrl::FullyDecoded));
    QString password = url.password(QUrl::FullyDecoded);
    if (password.isEmpty())
        password = ServerCredentials::password(url.toString(QUrl::RemovePassword));
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(optionList.join(u';'));
    if (!db.open()) {
        QString reason = db.lastError().text();
        if (!password.isEmpty())
            reason.replace(password, QStringLiteral("***"));
        *error = QCoreApplication::translate(
            "Store", "cannot connect to the PostgreSQL server at %1, database %2: %3")
                     .arg(where, database, reason);
        return false;
    }
    QSqlQuery setup(db);
    // Warnings about the upserts' no-op updates etc. are noise on the client's terminal.
    setup.exec(QStringLiteral("SET client_min_messages = WARNING"));
    return true;
}

/// "host:port/database" of a server URL, as connection messages name the server.
QString serverName(const QString &location)
{
    const QUrl url(location);
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    return QStringLiteral("%1:%2/%3").arg(host).arg(url.port(5432)).arg(url.path(QUrl::FullyDecoded).mid(1));
}

/// The text of a translated message up to its first placeholder, to recognise the message.
QString messageStem(const char *source)
{
    const QString translated = QCoreApplication::translate("Store", source);
    return translated.left(translated.indexOf(QLatin1String("%1"))).trimmed();
}

/// Runs `work` in one transaction: committed when it returns true, rolled back otherwise.
template<typename Work> bool inTransaction(QSqlDatabase &db, QString *error, Work &&work)
{
    if (!db.transaction()) {
        *error = QCoreApplication::translate("Store", "database error: %1").arg(db.lastError().text());
        return false;
    }
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = QCoreApplication::translate("Store", "database error: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = QCoreApplication::translate("Store", "database error: %1").arg(query.lastError().text());
    return false;
}

} // namespace

Store::Store()
    : d(std::make_unique<Private>())
{ }

Store::~Store()
{
    if (!d->connectionName.isEmpty()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

QString Store::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("caseload.sqlite"));
}

int Store::currentSchemaVersion()
{
    return schema::CurrentVersion;
}

bool Store::isServerLocation(const QString &location)
{
    return isPostgresLocation(location);
}

std::unique_ptr<Store> Store::open(const QString &location, QString *error, Migration migration)
{
    // Every connection Caseload opens belongs to one thread (a worker opens its own Store), so
    // SQLite's per-call connection mutex only costs time: about a tenth of a bulk import's writing.
    // Set before SQLite's first use; later calls are refused by SQLite and change nothing.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MULTITHREAD); });
    QString localError;
    if (!error)
        error = &localError;
    if (isPostgresLocation(location)) {
        const QUrl url(location, QUrl::StrictMode);
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = QCoreApplication::translate("Store",
                "cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)")
                         .arg(url.toString(QUrl::RemovePassword));
            return nullptr;
        }
        std::unique_ptr<Store> store(new Store);
        // Never the password: the location is shown to the user and may be remembered.
        store->d->location = url.toString(QUrl::RemovePassword);
        store->d->connectionName = nextConnectionName();
        store->d->db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->d->connectionName);
        QSqlDatabase &db = store->d->db;
        if (!openPostgres(db, url, error))
            return nullptr;
        if (!store->prepareSchema(migration, error))
            return nullptr;
        return store;
    }
    const QFileInfo info(location);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("Store", "cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    // A database this user may only read (a copy on a read-only share, say) opens read-only, for the
    // dashboard: canImport() then says why nothing can be imported. In a folder where SQLite cannot
    // keep its shared-memory file, the file is opened as immutable (nobody can write it there anyway).
    const bool fileReadOnly = info.exists() && !info.isWritable();
    const bool folderReadOnly = info.exists() && !QFileInfo(info.absolutePath()).isWritable();
    const bool readOnly = fileReadOnly || folderReadOnly;
    std::unique_ptr<Store> store(new Store);
    store->d->location = location;
    store->d->connectionName = nextConnectionName();
    store->d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connectionName);
    QSqlDatabase &db = store->d->db;
    if (readOnly) {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(folderReadOnly ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        *error = QCoreApplication::translate("Store", "cannot open the database %1: %2")
                     .arg(location, db.lastError().text());
        return nullptr;
    }
    QSqlQuery pragma(db);
    // WAL lets the dashboard read while an import writes; NORMAL sync is safe against program crashes.
    // 16 KB pages (for a new file; an existing one keeps its own) suit rows of 20-odd columns. A
    // read-only file keeps the journal mode it was written with.
    std::vector<const char *> pragmas {"PRAGMA foreign_keys=ON"};
    if (!readOnly)
        pragmas = {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
            "PRAGMA foreign_keys=ON"};
    for (const char *sql : pragmas) {
        if (!pragma.exec(QString::fromLatin1(sql))) {
            *error = QCoreApplication::translate("Store", "cannot open the database %1: %2")
                         .arg(location, pragma.lastError().text());
            return nullptr;
        }
    }
    // A file that is not an SQLite database only fails on the first real read.
    if (!store->prepareSchema(migration, error))
        return nullptr;
    return store;
}

bool Store::prepareSchema(Migration migration, QString *error)
{
    const int version
        = migration == Migration::Upgrade && schema::migrate(d->db, error) ? schema::storedVersion(d->db, error)
        : migration == Migration::None ? schema::inspect(d->db, error)
                                       : -1;
    if (version < 0) {
        *error = QCoreApplication::translate("Store", "cannot use the database %1: %2").arg(d->location, *error);
        return false;
    }
    d->version = version;
    return true;
}

bool Store::isConnectionError(const QString &error)
{
    if (error.isEmpty())
        return false;
    static const char lostSource[] = QT_TRANSLATE_NOOP("Store", "lost the connection to the server %1: %2");
    static const char connectSource[]
        = QT_TRANSLATE_NOOP("Store", "cannot connect to the PostgreSQL server at %1, database %2: %3");
    for (const char *source : {lostSource, connectSource}) {
        const QString english = QString::fromLatin1(source);
        if (error.contains(english.left(english.indexOf(QLatin1String("%1"))).trimmed())
            || error.contains(messageStem(source)))
            return true;
    }
    // libpq's own texts (client side, or the server's FATAL before it closes the session).
    static const char *const libpqTexts[] = {"server closed the connection unexpectedly",
        "terminating connection due to administrator command", "no connection to the server",
        "could not receive data from server", "could not send data to server",
        "SSL connection has been closed unexpectedly", "SSL SYSCALL error",
        "the database system is shutting down", "connection to server at", "Connection refused"};
    return std::any_of(std::begin(libpqTexts), std::end(libpqTexts),
        [&](const char *text) { return error.contains(QLatin1String(text), Qt::CaseInsensitive); });
}

QString Store::connectionLostMessage(
    const QString &location, const QString &detail, const QString &consequence)
{
    QString message
        = QCoreApplication::translate("Store", "lost the connection to the server %1: %2")
              .arg(isPostgresLocation(location) ? serverName(location) : location, detail.trimmed());
    if (!consequence.isEmpty())
        message += QStringLiteral("; ") + consequence;
    return message;
}

bool Store::isConnected() const
{
    if (!d->db.isOpen())
        return false;
    if (d->db.driverName() != QLatin1String("QPSQL"))
        return true;
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    // The server answered with an error of its own (e.g. 25P02, a transaction already aborted): the
    // session is alive. A dead session has no SQLSTATE (libpq's client-side error), or a connection
    // class one (08: connection exception, 57P0x: the server is shutting the session down).
    const QString state = query.lastError().nativeErrorCode();
    return !state.isEmpty() && !state.startsWith(QLatin1String("08"))
        && !state.startsWith(QLatin1String("57P"));
}

bool Store::canImport(QString *why) const
{
    QString localWhy;
    if (!why)
        why = &localWhy;
    if (d->db.driverName() != QLatin1String("QPSQL")) {
        const QFileInfo file(d->location);
        const QFileInfo folder(file.absolutePath());
        if (!file.isWritable()) {
            *why = QCoreApplication::translate(
                "Store", "the database file %1 is read-only: cases cannot be imported into it")
                       .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
            return false;
        }
        if (!folder.isWritable()) {
            *why = QCoreApplication::translate("Store",
                "the folder %1 of the database is read-only (SQLite needs to write its journal there): "
                "cases cannot be imported")
                       .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
            return false;
        }
        return true;
    }
    QSqlQuery query(d->db);
    const bool ok = query.exec(QStringLiteral(
                        "SELECT current_user, bool_and(has_table_privilege(t, 'INSERT') AND "
                        "has_table_privilege(t, 'UPDATE')) FROM unnest(ARRAY['cases', 'courts', 'causes', "
                        "'handlers', 'departments', 'imports']) AS t"))
        && query.next();
    if (!ok) {
        const QString detail = query.lastError().text();
        *why = isConnected()
            ? QCoreApplication::translate("Store", "cannot read the database role's privileges: %1")
                  .arg(detail)
            : connectionLostMessage(d->location, detail);
        return false;
    }
    if (query.value(1).toBool())
        return true;
    *why = QCoreApplication::translate(
        "Store", "the database role '%1' may only read: ask the data office for an importing role")
               .arg(query.value(0).toString());
    return false;
}

QString Store::location() const
{
    return d->location;
}

QSqlDatabase Store::database() const
{
    return d->db;
}

int Store::schemaVersion() const
{
    return d->version;
}

qint64 Store::caseCount() const
{
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<ImportRecord> Store::importHistory() const
{
    QList<ImportRecord> history;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, file_name, sha256, imported_at, encoding, rows_read, accepted, "
                           "rejected, inserted, updated, unchanged, reject_report, older FROM imports "
                           "ORDER BY id DESC")))
        return history;
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.fileName = query.value(1).toString();
        r.sha256 = query.value(2).toString();
        r.importedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        r.encoding = query.value(4).toString();
        r.rowsRead = query.value(5).toLongLong();
        r.accepted = query.value(6).toLongLong();
        r.rejected = query.value(7).toLongLong();
        r.inserted = query.value(8).toLongLong();
        r.updated = query.value(9).toLongLong();
        r.unchanged = query.value(10).toLongLong();
        r.rejectReportPath = query.value(11).toString();
        r.older = query.value(12).toLongLong();
        history.append(r);
    }
    return history;
}

bool Store::forEachCase(const std::function<bool(const CaseRecord &)> &visit, QString *error) const
{
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(
            QString::fromLatin1(caseSelect) + QStringLiteral("ORDER BY c.case_number") + textOrder(d->db))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (!visit(caseFromRow(query)))
            break;
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QHash<qint64, QString>> Store::caseNumbers(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, QString> numbers;
    numbers.reserve(ids.size());
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> part = ids.mid(start, Chunk);
        QString sql = QStringLiteral("SELECT id, case_number FROM cases WHERE id IN (");
        for (qsizetype i = 0; i < part.size(); ++i)
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        sql += u')';
        QSqlQuery query(d->db);
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            for (const qint64 id : part)
                query.addBindValue(id);
            ok = query.exec();
        }
        if (!ok) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next())
            numbers.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return numbers;
}

std::optional<CaseRecord> Store::findCase(QStringView caseNumber) const
{
    QSqlQuery query(d->db);
    query.prepare(QString::fromLatin1(caseSelect) + QStringLiteral("WHERE c.case_number = ?"));
    query.addBindValue(CaseNumber::canonical(caseNumber));
    if (query.exec() && query.next())
        return caseFromRow(query);
    return std::nullopt;
}

QString Store::mappingProfile(const QString &signature) const
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT mapping FROM mapping_profiles WHERE signature = ?"));
    query.addBindValue(signature);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Store::saveMappingProfile(const QString &signature, const QString &name, const QString &json)
{
    QSqlQuery query(d->db);
    query.prepare(
        QStringLiteral("INSERT INTO mapping_profiles (signature, name, mapping, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (signature) DO UPDATE SET "
                       "name = excluded.name, mapping = excluded.mapping, updated_at = excluded.updated_at"));
    query.addBindValue(signature);
    query.addBindValue(name);
    query.addBindValue(json);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return query.exec();
}

QList<MappingProfileInfo> Store::mappingProfiles(QString *error) const
{
    QList<MappingProfileInfo> profiles;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT signature, name, updated_at FROM mapping_profiles"))) {
        if (error)
            *error = QCoreApplication::translate("Store", "database error: %1").arg(query.lastError().text());
        return profiles;
    }
    while (query.next()) {
        MappingProfileInfo p;
        p.signature = query.value(0).toString();
        p.name = query.value(1).toString();
        p.updatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        profiles.append(p);
    }
    // Sorted here rather than in SQL: the order of text in SQL depends on the backend's collation.
    std::sort(profiles.begin(), profiles.end(), [](const MappingProfileInfo &a, const MappingProfileInfo &b) {
        return a.name != b.name ? a.name < b.name : a.signature < b.signature;
    });
    return profiles;
}

bool Store::removeMappingProfile(const QString &signature, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("DELETE FROM mapping_profiles WHERE signature = ?"));
    query.addBindValue(nonNull(signature));
    if (!execPrepared(query, error))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    *error = QCoreApplication::translate("Store", "there is no saved column mapping for the signature %1")
                 .arg(signature);
    return false;
}

QList<PetitionFigure> Store::petitions(QString *error) const
{
    QList<PetitionFigure> figures;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT court, period_from, period_to, received, resolved FROM petitions "
                                   "ORDER BY court%1, period_from, period_to")
                        .arg(textOrder(d->db)))) {
        if (error)
            *error = QCoreApplication::translate("Store", "database error: %1").arg(query.lastError().text());
        return figures;
    }
    while (query.next()) {
        PetitionFigure f;
        f.court = query.value(0).toString();
        f.from = fromDayNumber(query.value(1).toLongLong());
        f.to = fromDayNumber(query.value(2).toLongLong());
        f.received = query.value(3).toLongLong();
        f.resolved = query.value(4).toLongLong();
        figures.append(f);
    }
    return figures;
}

bool Store::setPetition(const PetitionFigure &figure, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const QString court = figure.court.trimmed();
    if (court.isEmpty()) {
        *error = QCoreApplication::translate("Store", "petition figures need a court");
        return false;
    }
    if (!figure.from.isValid() || !figure.to.isValid()) {
        *error
            = QCoreApplication::translate("Store", "petition figures for %1 need a valid period").arg(court);
        return false;
    }
    if (figure.from > figure.to) {
        *error = QCoreApplication::translate(
            "Store", "the petition period for %1 ends (%2) before it starts (%3)")
                     .arg(court, figure.to.toString(Qt::ISODate), figure.from.toString(Qt::ISODate));
        return false;
    }
    if (figure.received < 0) {
        *error = QCoreApplication::translate("Store", "petitions received for %1 cannot be negative (%2)")
                     .arg(court)
                     .arg(figure.received);
        return false;
    }
    if (figure.resolved < 0 || figure.resolved > figure.received) {
        *error = QCoreApplication::translate(
            "Store", "petitions resolved for %1 must be between 0 and the %2 received (%3)")
                     .arg(court)
                     .arg(figure.received)
                     .arg(figure.resolved);
        return false;
    }
    return inTransaction(d->db, error, [&] {
        QSqlQuery query(d->db);
        query.prepare(QStringLiteral("INSERT INTO petitions (court, period_from, period_to, received, "
                                     "resolved) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (court, period_from, period_to) DO UPDATE SET "
                                     "received = excluded.received, resolved = excluded.resolved"));
        query.addBindValue(court);
        query.addBindValue(toDayNumber(figure.from));
        query.addBindValue(toDayNumber(figure.to));
        query.addBindValue(figure.received);
        query.addBindValue(figure.resolved);
        return execPrepared(query, error);
    });
}

bool Store::removePetition(const QString &court, QDate from, QDate to, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    return inTransaction(d->db, error, [&] {
        QSqlQuery query(d->db);
        query.prepare(
            QStringLiteral("DELETE FROM petitions WHERE court = ? AND period_from = ? AND period_to = ?"));
        query.addBindValue(nonNull(court.trimmed()));
        query.addBindValue(from.isValid() ? toDayNumber(from) : 0);
        query.addBindValue(to.isValid() ? toDayNumber(to) : 0);
        if (!execPrepared(query, error))
            return false;
        if (query.numRowsAffected() > 0 && from.isValid() && to.isValid())
            return true;
        *error = QCoreApplication::translate("Store", "there are no petition figures for %1 from %2 to %3")
                     .arg(court.trimmed(), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return false;
    });
}

QMap<QString, QStringList> Store::courtGroups(QString *error) const
{
    QMap<QString, QStringList> groups;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT group_name, court FROM court_groups"))) {
        if (error)
            *error = QCoreApplication::translate("Store", "database error: %1").arg(query.lastError().text());
        return groups;
    }
    while (query.next())
        groups[query.value(0).toString()].append(query.value(1).toString());
    // Sorted here rather than in SQL: the order of text in SQL depends on the backend's collation.
    for (QStringList &courts : groups)
        courts.sort();
    return groups;
}

bool Store::setCourtGroup(const QString &name, const QStringList &courts, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const QString group = name.trimmed();
    if (group.isEmpty()) {
        *error = QCoreApplication::translate("Store", "a court group needs a name");
        return false;
    }
    QStringList members;
    for (const QString &court : courts) {
        const QString trimmed = court.trimmed();
        if (trimmed.isEmpty()) {
            *error = QCoreApplication::translate("Store", "the court group %1 names a court without a name")
                         .arg(group);
            return false;
        }
        if (!members.contains(trimmed))
            members.append(trimmed);
    }
    return inTransaction(d->db, error, [&] {
        QSqlQuery query(d->db);
        query.prepare(QStringLiteral("DELETE FROM court_groups WHERE group_name = ?"));
        query.addBindValue(group);
        if (!execPrepared(query, error))
            return false;
        query.prepare(QStringLiteral("INSERT INTO court_groups (group_name, court) VALUES (?, ?)"));
        for (const QString &court : std::as_const(members)) {
            query.bindValue(0, group);
            query.bindValue(1, court);
            if (!execPrepared(query, error))
                return false;
        }
        return true;
    });
}

QString Store::setting(const QString &key, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(nonNull(key));
    if (!query.exec()) {
        if (error) {
            *error = QCoreApplication::translate("Store", "cannot read the setting %1: %2")
                         .arg(key, query.lastError().text());
        }
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (key.isEmpty()) {
        *error = QCoreApplication::translate("Store", "a setting needs a key");
        return false;
    }
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(nonNull(value));
    return execPrepared(query, error);
}

} // namespace caseload
