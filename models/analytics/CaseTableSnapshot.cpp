#include "CaseTableSnapshot.h"

#include "CaseTable.h"
#include "store/PgNative.h"
#include "store/Schema.h"
#include "store/SqliteNative.h"
#include "store/Store.h"

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <span>
#include <type_traits>

namespace caseload {

namespace {

// "CLS1" and "CLP1" as they read in memory: a copy written on a machine of the other byte order reads
// as another format and is not used.
constexpr quint32 HeaderMagic = 0x31534c43;
constexpr quint32 PartMagic = 0x31504c43;

/// Appends values as they lie in memory.
class Writer
{
public:
    template<typename T> void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes.append(reinterpret_cast<const char *>(&value), qsizetype(sizeof value));
    }
    template<typename T> void put(const T *values, size_t count)
    {
        m_bytes.append(reinterpret_cast<const char *>(values), qsizetype(count * sizeof(T)));
    }
    template<typename T> void putVector(const std::vector<T> &values)
    {
        put(quint32(values.size()));
        put(values.data(), values.size());
    }
    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

/// Reads what Writer wrote; every read is bounds-checked, and a failed one fails the rest.
class Reader
{
public:
    Reader(const char *data, qint64 size)
        : m_data(data)
        , m_left(size)
    { }

    template<typename T> bool get(T *value) { return get(value, 1); }
    template<typename T> bool get(T *values, size_t count)
    {
        const qint64 bytes = qint64(count * sizeof(T));
        if (count > size_t(m_left) || bytes > m_left) {
            m_left = -1;
            return false;
        }
        std::memcpy(static_cast<void *>(values), m_data, size_t(bytes));
        m_data += bytes;
        m_left -= bytes;
        return true;
    }
    /// Appends `count` values to `column`.
    template<typename T> bool append(std::vector<T> &column, size_t count)
    {
        const size_t at = column.size();
        if (count > size_t(std::max<qint64>(m_left, 0)) / sizeof(T)) {
            m_left = -1;
            return false;
        }
        column.resize(at + count);
        return get(column.data() + at, count);
    }
    template<typename T> bool getVector(std::vector<T> *values)
    {
        quint32 count = 0;
        if (!get(&count))
            return false;
        values->clear();
        return append(*values, count);
    }
    bool atEnd() const { return m_left == 0; }

private:
    const char *m_data;
    qint64 m_left;
};

/// Maps the ids of `column` from `from` on through `map`; false on an id the map lacks.
template<typename T> bool translate(std::vector<T> &column, size_t from, const std::vector<quint32> &map)
{
    for (size_t i = from; i < column.size(); ++i) {
        const T id = column[i];
        if (size_t(id) >= map.size() || map[size_t(id)] == 0xFFFFFFFFu)
            return false;
        column[i] = T(map[size_t(id)]);
    }
    return true;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

/// The message of any failure to read or write the copy, `why` being the database's words.
QString copyError(const QString &why)
{
    return CaseTableSnapshot::tr("cannot read or write the case table's copy: %1").arg(why);
}

QString databaseError(const QSqlQuery &q)
{
    return copyError(q.lastError().text());
}

QByteArray encodeHeader(const CaseTable &t, qint64 importId, qint64 partCount, const std::vector<qint64> &courts,
    const std::vector<qint64> &causes, const std::vector<qint64> &handlers)
{
    Writer w;
    w.put(HeaderMagic);
    w.put(CaseTableSnapshot::FormatVersion);
    w.put(importId);
    w.put(t.size());
    w.put(partCount);
    w.putVector(courts);
    w.putVector(causes);
    w.putVector(handlers);
    return w.bytes();
}

} // namespace

QByteArray CaseTableSnapshot::encodePart(
    const CaseTable &t, qint64 first, qint64 count, std::span<const std::pair<quint64, qint64>> wide)
{
    const auto f = size_t(first);
    const auto n = size_t(count);
    Writer w;
    w.reserve(qsizetype(count) * 48 + 64);
    w.put(PartMagic);
    w.put(quint32(n));
    bool dense = true;
    for (qint64 r = 1; r < count && dense; ++r)
        dense = t.storeId(first + r) == t.storeId(first) + r;
    w.put(quint8(dense));
    if (dense) {
        w.put(t.storeId(first));
    } else {
        for (qint64 r = 0; r < count; ++r)
            w.put(t.storeId(first + r));
    }
    w.put(t.m_filed.data() + f, n);
    w.put(t.m_closeDelay.data() + f, n);
    w.put(t.m_court.data() + f, n);
    w.put(t.m_type.data() + f, n);
    w.put(t.m_method.data() + f, n);
    w.put(t.m_flags.data() + f, n);
    w.put(t.m_cause.data() + f, n);
    w.put(t.m_handler.data() + f, n);
    w.put(t.m_deducted.data() + f, n);
    w.put(t.m_extension.data() + f, n);
    w.put(t.m_measures.data() + f * CaseTable::MeasureCount, n * CaseTable::MeasureCount);
    w.put(t.m_amountLow.data() + f * 2, n * 2);
    w.put(t.m_amountHigh.data() + f * 2, n * 2);
    // The side table's entries of these rows, keyed by row within the part.
    w.put(quint32(wide.size()));
    for (const auto &[key, value] : wide) {
        w.put(((key >> 4) - quint64(first)) << 4 | (key & 15));
        w.put(value);
    }
    return w.bytes();
}

bool CaseTableSnapshot::appendPart(CaseTable &t, const char *data, qint64 size, const KeyMaps &maps)
{
    Reader in(data, size);
    quint32 magic = 0;
    quint32 rows = 0;
    quint8 dense = 0;
    if (!in.get(&magic) || magic != PartMagic || !in.get(&rows) || rows == 0 || rows > CasesPerPart
        || !in.get(&dense))
        return false;
    const size_t n = rows;
    const auto first = size_t(t.size());
    std::vector<qint64> ids;
    if (dense) {
        qint64 id = 0;
        if (!in.get(&id))
            return false;
        ids.push_back(id);
    } else if (!in.append(ids, n)) {
        return false;
    }
    // Ids ascend through the part and past the table's last id (rowOfStoreId bisects).
    const auto idAt = [&](size_t r) { return dense ? ids.front() + qint64(r) : ids[r]; };
    if (first > 0 && idAt(0) <= t.storeId(qint64(first) - 1))
        return false;
    for (size_t r = 1; !dense && r < n; ++r) {
        if (ids[r] <= ids[r - 1])
            return false;
    }
    if (!in.append(t.m_filed, n) || !in.append(t.m_closeDelay, n) || !in.append(t.m_court, n)
        || !in.append(t.m_type, n) || !in.append(t.m_method, n) || !in.append(t.m_flags, n)
        || !in.append(t.m_cause, n) || !in.append(t.m_handler, n) || !in.append(t.m_deducted, n)
        || !in.append(t.m_extension, n) || !in.append(t.m_measures, n * CaseTable::MeasureCount)
        || !in.append(t.m_amountLow, n * 2) || !in.append(t.m_amountHigh, n * 2))
        return false;
    quint32 wideCount = 0;
    if (!in.get(&wideCount))
        return false;
    for (quint32 i = 0; i < wideCount; ++i) {
        quint64 key = 0;
        qint64 value = 0;
        if (!in.get(&key) || !in.get(&value) || (key >> 4) >= n || (key & 15) > 7)
            return false;
        t.m_wide.emplace(((key >> 4) + first) << 4 | (key & 15), value);
    }
    if (!in.atEnd())
        return false;
    // Values that index arrays later (dictionaries, per-type and per-method counters) are checked
    // here: a copy damaged inside the database must not read outside them.
    for (size_t r = first; r < first + n; ++r) {
        if (t.m_type[r] >= CaseTypeCount || t.m_method[r] >= ClosureMethodCount)
            return false;
        if (maps.identity
            && (t.m_court[r] >= maps.courts.size() || t.m_cause[r] >= maps.causes.size()
                || t.m_handler[r] >= maps.handlers.size()))
            return false;
    }
    if (!maps.identity
        && (!translate(t.m_court, first, maps.courts) || !translate(t.m_cause, first, maps.causes)
            || !translate(t.m_handler, first, maps.handlers)))
        return false;
    // The rows' store ids: free while the parts continue one dense run.
    const bool tableDense = t.m_idOffsets.empty() && t.m_ids.empty();
    if (first == 0 && dense) {
        t.m_idBase = ids.front();
    } else if (!(tableDense && dense && ids.front() == t.m_idBase + qint64(first))) {
        if (t.m_ids.empty()) {
            std::vector<qint64> all;
            all.reserve(std::max(t.m_filed.capacity(), first + n));
            for (size_t r = 0; r < first; ++r)
                all.push_back(t.storeId(qint64(r)));
            t.m_ids = std::move(all);
            std::vector<quint32>().swap(t.m_idOffsets);
        }
        for (size_t r = 0; r < n; ++r)
            t.m_ids.push_back(idAt(r));
    }
    return true;
}

namespace {

/// Whether so many of `cases` changed since the copy that saving a new one pays.
bool tooManyChanged(qint64 changed, qint64 cases)
{
    return changed > std::max(CaseTableSnapshot::CasesPerPart, cases / 32);
}

} // namespace

bool CaseTableSnapshot::isStale(const CaseTable &table)
{
    const CaseTable::LoadInfo &info = table.loadInfo();
    if (info.importId < 0)
        return false; // not from a store
    return !info.fromSnapshot || tooManyChanged(info.casesScanned, table.size());
}

std::optional<bool> CaseTableSnapshot::isStale(const QSqlDatabase &db, QString *error)
{
    const std::optional<Header> header = readHeader(db, error);
    if (!header)
        return error->isEmpty() ? std::optional<bool>(true) : std::nullopt;
    const std::optional<qint64> changed = changedSince(db, header->importId, error);
    if (!changed)
        return std::nullopt;
    return tooManyChanged(*changed, header->caseCount + *changed);
}

std::optional<qint64> CaseTableSnapshot::changedSince(const QSqlDatabase &db, qint64 importId, QString *error)
{
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE import_id > ?"));
    count.addBindValue(importId);
    if (!count.exec() || !count.next()) {
        *error = databaseError(count);
        return std::nullopt;
    }
    return count.value(0).toLongLong();
}

bool CaseTableSnapshot::save(
    Store &store, const CaseTable &table, QString *error, const std::function<bool()> &keepGoing)
{
    error->clear();
    if (table.m_loadInfo.importId < 0)
        return true;
    QSqlDatabase db = store.database();
    const bool postgres = isPostgres(db);
    // One writer at a time, as imports: SQLite's write lock at once, PostgreSQL's writers' lock.
    QSqlQuery q(db);
    if (postgres ? !db.transaction() : !q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = postgres ? copyError(db.lastError().text()) : databaseError(q);
        return false;
    }
    const auto fail = [&](const QString &why) {
        *error = why;
        db.rollback();
        return false;
    };
    if (postgres) {
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(schema::WriterLockKey);
        if (!q.exec())
            return fail(databaseError(q));
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM imports")) || !q.next())
        return fail(databaseError(q));
    if (q.value(0).toLongLong() != table.m_loadInfo.importId) {
        db.rollback(); // imported since: the next load after that import decides
        return true;
    }
    q.finish();
    if (!q.exec(QStringLiteral("DELETE FROM case_table_snapshot")))
        return fail(databaseError(q));

    // CASELOAD_SNAPSHOT_PART_CASES: smaller parts, so that tests cover many parts with few cases.
    const qint64 perPart
        = std::clamp<qint64>(qEnvironmentVariableIntValue("CASELOAD_SNAPSHOT_PART_CASES"), 0, CasesPerPart);
    const qint64 partCases = perPart > 0 ? perPart : CasesPerPart;
    const qint64 parts = (table.size() + partCases - 1) / partCases;
    PGconn *const pgHandle = pg::nativeHandle(db);
    QSqlQuery insert(db);
    if (!pgHandle)
        insert.prepare(QStringLiteral("INSERT INTO case_table_snapshot (part, data) VALUES (?, ?)"));
    const auto write = [&](qint64 part, const QByteArray &data) {
        if (pgHandle) {
            // Binary parameters: QPSQL would send the bytes as hex text, twice their size.
            const QByteArray number = QByteArray::number(part);
            const char *values[] = {number.constData(), data.constData()};
            const int lengths[] = {0, int(data.size())};
            const int formats[] = {0, 1};
            const std::unique_ptr<PGresult, void (*)(PGresult *)> result(
                PQexecParams(pgHandle, "INSERT INTO case_table_snapshot (part, data) VALUES ($1, $2)", 2,
                    nullptr, values, lengths, formats, 0),
                PQclear);
            if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
                *error = copyError(pg::pgError(pgHandle));
                return false;
            }
            return true;
        }
        insert.addBindValue(part);
        insert.addBindValue(data);
        if (!insert.exec()) {
            *error = databaseError(insert);
            return false;
        }
        return true;
    };
    if (!write(0,
            encodeHeader(table, table.m_loadInfo.importId, parts, table.m_courtKeys, table.m_causeKeys,
                table.m_handlerKeys)))
        return fail(*error);
    // The side table's entries in row order, so that each part takes a run of them.
    std::vector<std::pair<quint64, qint64>> wide(table.m_wide.begin(), table.m_wide.end());
    std::sort(wide.begin(), wide.end());
    auto nextWide = wide.cbegin();
    for (qint64 part = 0; part < parts; ++part) {
        const qint64 first = part * partCases;
        const qint64 count = std::min(partCases, table.size() - first);
        const auto end = std::lower_bound(nextWide, wide.cend(), std::pair(quint64(first + count) << 4, qint64(0)),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        if (!write(part + 1, encodePart(table, first, count, std::span(nextWide, end))))
            return fail(*error);
        nextWide = end;
        if (keepGoing && !keepGoing()) {
            db.rollback();
            return true;
        }
    }
    if (!db.commit())
        return fail(copyError(db.lastError().text()));
    return true;
}

std::optional<CaseTableSnapshot::Header> CaseTableSnapshot::readHeader(const QSqlDatabase &db, QString *error)
{
    error->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT data FROM case_table_snapshot WHERE part = 0"))) {
        *error = databaseError(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const QByteArray bytes = q.value(0).toByteArray();
    Reader in(bytes.constData(), bytes.size());
    quint32 magic = 0;
    quint32 version = 0;
    Header h;
    if (!in.get(&magic) || magic != HeaderMagic || !in.get(&version) || version != FormatVersion
        || !in.get(&h.importId) || !in.get(&h.caseCount) || !in.get(&h.partCount)
        || !in.getVector(&h.courtKeys) || !in.getVector(&h.causeKeys) || !in.getVector(&h.handlerKeys)
        || !in.atEnd() || h.caseCount < 0 || h.partCount < (h.caseCount + CasesPerPart - 1) / CasesPerPart
        || h.partCount > h.caseCount)
        return std::nullopt;
    return h;
}

bool CaseTableSnapshot::readParts(
    const QSqlDatabase &db, const std::function<bool(const char *, qint64)> &visit, QString *error)
{
    static constexpr const char *PartsSql = "SELECT data FROM case_table_snapshot WHERE part > 0 ORDER BY part";
    if (sqlite3 *native = sqlite::nativeHandle(db)) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(native, PartsSql, -1, 0, &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            *error = copyError(sqlite::sqliteError(native));
            return false;
        }
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const void *data = sqlite3_column_blob(stmt, 0);
            if (!visit(static_cast<const char *>(data), sqlite3_column_bytes(stmt, 0)))
                return true;
        }
        if (rc != SQLITE_DONE) {
            *error = copyError(sqlite::sqliteError(native));
            return false;
        }
        return true;
    }
    if (PGconn *conn = pg::nativeHandle(db)) {
        // Binary results (no hex text), one row at a time (not the whole copy in memory at once).
        if (!PQsendQueryParams(conn, PartsSql, 0, nullptr, nullptr, nullptr, nullptr, 1)
            || !PQsetSingleRowMode(conn)) {
            *error = copyError(pg::pgError(conn));
            while (PGresult *result = PQgetResult(conn))
                PQclear(result);
            return false;
        }
        bool stopped = false;
        QString serverError;
        while (PGresult *result = PQgetResult(conn)) {
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_SINGLE_TUPLE && !stopped && serverError.isEmpty())
                stopped = !visit(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0));
            else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && serverError.isEmpty())
                serverError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        if (!serverError.isEmpty()) {
            *error = copyError(serverError);
            return false;
        }
        return true;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(PartsSql))) {
        *error = databaseError(q);
        return false;
    }
    while (q.next()) {
        const QByteArray bytes = q.value(0).toByteArray();
        if (!visit(bytes.constData(), bytes.size()))
            return true;
    }
    if (q.lastError().isValid()) {
        *error = databaseError(q);
        return false;
    }
    return true;
}

} // namespace caseload
