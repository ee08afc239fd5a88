#include "CaseTable.h"

#include "CaseTableLookup.h"
#include "CaseTableSnapshot.h"
#include "domain/DayNumber.h"
#include "store/PgCopyParser.h"
#include "store/PgNative.h"
#include "store/SqliteNative.h"
#include "store/Store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <limits>
#include <thread>

namespace caseload {

/// Fills a CaseTable: the dictionaries, one case from plain column values, and the two loaders.
class CaseTableLoader
{
public:
    /// One case as the `cases` table holds it, with dictionary ids already dense.
    struct Row
    {
        qint64 id = 0; ///< cases.id
        quint16 court = 0;
        quint8 type = 0;
        quint16 cause = 0;
        quint32 handler = 0;
        qint64 filed = 0;
        std::optional<qint64> closed;
        quint8 method = 0;
        std::optional<qint64> amounts[2];
        qint64 deducted = 0;
        qint64 extension = 0;
        std::optional<bool> property;
        std::optional<qint64> measures[CaseTable::MeasureCount];
    };

    static constexpr quint32 MaxId16 = 0xFFFF;

    enum class Dictionary { Courts, Causes };

    static bool dictionaryFull(QString *error, Dictionary which)
    {
        if (error) {
            *error = which == Dictionary::Courts
                ? CaseTable::tr("more than 65,535 courts: the case table cannot hold them")
                : CaseTable::tr("more than 65,535 causes: the case table cannot hold them");
        }
        return false;
    }

    /// The court named `name` (created with `code` when new; an existing court without a code gets it).
    static std::optional<quint16> court(CaseTable &t, const QString &name, const QString &code)
    {
        CaseTable::Lookup &l = *t.m_lookup;
        const auto it = l.courtsByName.constFind(name);
        if (it != l.courtsByName.constEnd()) {
            CourtInfo &info = t.m_courts[*it];
            if (info.code.isEmpty() && !code.isEmpty()) {
                info.code = code;
                info.intermediateGroup = intermediateGroupOf(code);
                l.courtsByCode.insert(code, *it);
            }
            return *it;
        }
        if (t.m_courts.size() >= MaxId16)
            return std::nullopt;
        const auto id = quint16(t.m_courts.size());
        t.m_courts.push_back(CourtInfo {name, code, intermediateGroupOf(code)});
        l.courtsByName.insert(name, id);
        if (!code.isEmpty() && !l.courtsByCode.contains(code))
            l.courtsByCode.insert(code, id);
        return id;
    }

    template<typename Id>
    static std::optional<Id> entry(
        QHash<QString, Id> &ids, QStringList &names, const QString &name, quint32 max)
    {
        if (name.isEmpty())
            return Id(0);
        const auto it = ids.constFind(name);
        if (it != ids.constEnd())
            return *it;
        if (quint32(names.size()) > max)
            return std::nullopt;
        const Id id = Id(names.size());
        names.append(name);
        ids.insert(name, id);
        return id;
    }

    static std::optional<quint16> cause(CaseTable &t, const QString &name)
    {
        return entry(t.m_lookup->causes, t.m_causes, name, MaxId16);
    }

    static std::optional<quint32> handler(CaseTable &t, const QString &name)
    {
        return entry(t.m_lookup->handlers, t.m_handlers, name, 0xFFFFFFFFu);
    }

    /// Whether the case's dates fit the columns that have no side table. The importer keeps dates
    /// within 1949..2100 and closures on or after filing, so only hand-made data fails here.
    static bool fits(const Row &r, QString *error)
    {
        const auto fail = [&](const QString &why) {
            if (error)
                *error = why;
            return false;
        };
        const auto int32 = [](qint64 v) {
            return v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max();
        };
        if (!int32(r.filed))
            return fail(CaseTable::tr("a filing date out of range (day %1)").arg(r.filed));
        if (r.closed && (*r.closed < r.filed || *r.closed - r.filed >= CaseTable::NotClosed)) {
            return fail(
                CaseTable::tr("a case closed %1 days after its filing: the case table keeps 0 to 65,534 days")
                    .arg(*r.closed - r.filed));
        }
        for (const std::optional<qint64> &day : r.measures) {
            if (day && !int32(*day - r.filed))
                return fail(CaseTable::tr("a measure date out of range (day %1)").arg(*day));
        }
        return true;
    }

    static bool append(CaseTable &t, const Row &r, QString *error)
    {
        if (!fits(r, error))
            return false;
        const quint16 delay = r.closed ? quint16(*r.closed - r.filed) : CaseTable::NotClosed;
        std::array<qint64, CaseTable::MeasureCount> offsets {};
        for (int m = 0; m < CaseTable::MeasureCount; ++m)
            offsets[m] = r.measures[m] ? *r.measures[m] - r.filed : 0;

        const auto row = qint64(t.m_filed.size());
        t.pushStoreId(r.id);
        const auto filed = qint32(r.filed);
        if (row == 0) {
            t.m_firstDay = t.m_lastDay = filed;
        } else {
            t.m_firstDay = std::min(t.m_firstDay, filed);
            t.m_lastDay = std::max(t.m_lastDay, filed);
        }
        if (r.closed)
            t.m_lastDay = std::max(t.m_lastDay, qint32(filed + delay));
        t.m_filed.push_back(filed);
        t.m_closeDelay.push_back(delay);
        t.m_court.push_back(r.court);
        t.m_type.push_back(r.type);
        t.m_method.push_back(r.method);
        t.m_cause.push_back(r.cause);
        t.m_handler.push_back(r.handler);

        quint8 flags = 0;
        if (r.property) {
            flags |= CaseTable::PropertyKnown | (*r.property ? CaseTable::PropertyYes : 0);
            t.m_propertySeen = true;
        }
        const auto days = [&](std::vector<quint16> &column, qint64 value, int wideColumn) {
            if (value >= 0 && value < CaseTable::Wide16) {
                column.push_back(quint16(value));
            } else {
                column.push_back(CaseTable::Wide16);
                t.setWide(row, wideColumn, value);
            }
        };
        days(t.m_deducted, r.deducted, CaseTable::WideDeducted);
        days(t.m_extension, r.extension, CaseTable::WideExtension);

        for (int which = 0; which < 2; ++which) {
            const std::optional<qint64> &a = r.amounts[which];
            quint64 stored = 0;
            if (a) {
                flags |= which == 0 ? CaseTable::AppliedKnown : CaseTable::RecoveredKnown;
                t.m_amountSeen = true;
                if (*a >= 0 && quint64(*a) < CaseTable::Wide40) {
                    stored = quint64(*a);
                } else {
                    stored = CaseTable::Wide40;
                    t.setWide(row, CaseTable::WideApplied + which, *a);
                }
            }
            t.m_amountLow.push_back(quint32(stored));
            t.m_amountHigh.push_back(quint8(stored >> 32));
        }
        t.m_flags.push_back(flags);

        for (int m = 0; m < CaseTable::MeasureCount; ++m) {
            if (!r.measures[m]) {
                t.m_measures.push_back(CaseTable::NoDate);
                continue;
            }
            t.m_measureSeen[m] = true;
            t.m_measureOffsetMin = std::min(t.m_measureOffsetMin, offsets[m]);
            t.m_measureOffsetMax = std::max(t.m_measureOffsetMax, offsets[m]);
            if (offsets[m] > CaseTable::Wide16Signed && offsets[m] <= std::numeric_limits<qint16>::max()) {
                t.m_measures.push_back(qint16(offsets[m]));
            } else {
                t.m_measures.push_back(CaseTable::Wide16Signed);
                t.setWide(row, CaseTable::WideMeasure0 + m, offsets[m]);
            }
        }
        return true;
    }

    /// Database id -> dense id of one dictionary: a vector when the ids are compact (as SQLite's
    /// are), a hash otherwise.
    class Remap
    {
    public:
        void add(qint64 dbId, quint32 dense) { m_pairs.emplace_back(dbId, dense); }
        void finish()
        {
            qint64 maxId = -1;
            bool compact = true;
            for (const auto &[id, dense] : m_pairs) {
                compact = compact && id >= 0;
                maxId = std::max(maxId, id);
            }
            compact = compact && maxId < qint64(m_pairs.size()) * 4 + 4096;
            if (compact) {
                m_vector.assign(size_t(maxId + 1), Missing);
                for (const auto &[id, dense] : m_pairs)
                    m_vector[size_t(id)] = dense;
            } else {
                for (const auto &[id, dense] : m_pairs)
                    m_hash.insert(id, dense);
            }
            m_useVector = compact;
            m_pairs.clear();
        }
        /// Dense id of `dbId`, or Missing.
        quint32 operator()(qint64 dbId) const
        {
            if (m_useVector)
                return dbId >= 0 && dbId < qint64(m_vector.size()) ? m_vector[size_t(dbId)] : Missing;
            return m_hash.value(dbId, Missing);
        }
        static constexpr quint32 Missing = 0xFFFFFFFFu;
        /// The (store id, dense id) pairs added, until finish().
        const std::vector<std::pair<qint64, quint32>> &pairs() const { return m_pairs; }

    private:
        std::vector<std::pair<qint64, quint32>> m_pairs;
        std::vector<quint32> m_vector;
        QHash<qint64, quint32> m_hash;
        bool m_useVector = true;
    };

    /// The store id of each dense id of a dictionary (see CaseTable::m_courtKeys).
    static void keys(const Remap &remap, size_t count, std::vector<qint64> *keys)
    {
        keys->assign(count, 0);
        for (const auto &[dbId, dense] : remap.pairs())
            (*keys)[dense] = dbId;
    }

    struct Remaps
    {
        Remap courts;
        Remap causes;
        Remap handlers;
    };

    /// Reads courts, causes and handlers in id order (so both loaders give the same dense ids).
    static bool loadDictionaries(CaseTable &t, const QSqlDatabase &db, Remaps *remaps, QString *error)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, code FROM courts ORDER BY id")))
            return dbError(q, error);
        while (q.next()) {
            const auto id = court(t, q.value(1).toString(), q.value(2).toString());
            if (!id)
                return dictionaryFull(error, Dictionary::Courts);
            remaps->courts.add(q.value(0).toLongLong(), *id);
        }
        if (!q.exec(QStringLiteral("SELECT id, name FROM causes ORDER BY id")))
            return dbError(q, error);
        while (q.next()) {
            const auto id = cause(t, q.value(1).toString());
            if (!id)
                return dictionaryFull(error, Dictionary::Causes);
            remaps->causes.add(q.value(0).toLongLong(), *id);
        }
        if (!q.exec(QStringLiteral("SELECT id, name FROM handlers ORDER BY id")))
            return dbError(q, error);
        while (q.next())
            remaps->handlers.add(q.value(0).toLongLong(), *handler(t, q.value(1).toString()));
        keys(remaps->courts, t.m_courts.size(), &t.m_courtKeys);
        keys(remaps->causes, size_t(t.m_causes.size()), &t.m_causeKeys);
        keys(remaps->handlers, size_t(t.m_handlers.size()), &t.m_handlerKeys);
        remaps->courts.finish();
        remaps->causes.finish();
        remaps->handlers.finish();
        return true;
    }

    static bool dbError(const QSqlQuery &q, QString *error)
    {
        *error = CaseTable::tr("cannot load the cases: %1").arg(q.lastError().text());
        return false;
    }

    /// Column order of the scan; the measure columns last, in Measure order. In id order, so that
    /// rowOfStoreId can bisect (free on SQLite, where id is the rowid the table is stored by).
    static constexpr const char *ScanSql
        = "SELECT id, court_id, case_type, cause_id, filed_on, closed_on, closure_method, amount_applied, "
          "amount_recovered, handler_id, deducted_days, extension_days, has_property, network_inquiry_on, "
          "dishonest_list_on, consumption_restriction_on, applicant_interview_on FROM cases ORDER BY id";
    enum ScanColumn {
        ScanId,
        ScanCourt,
        ScanType,
        ScanCause,
        ScanFiled,
        ScanClosed,
        ScanMethod,
        ScanApplied,
        ScanRecovered,
        ScanHandler,
        ScanDeducted,
        ScanExtension,
        ScanProperty,
        ScanMeasure0,
        ScanColumnCount = ScanMeasure0 + CaseTable::MeasureCount
    };

    /// A restriction of the scan: SQL over the columns of cases with `?` for each of `values`.
    struct Condition
    {
        QByteArray sql;
        std::vector<qint64> values;
        /// In id order (ORDER BY id). Unordered, SQLite reads the changed cases through the import-id
        /// index; ordered, it scans the whole table by id to save the sort.
        bool ordered = true;

        /// The SQL with the values written in (for COPY, which takes no parameters; they are numbers).
        QByteArray inlined() const
        {
            QByteArray out;
            size_t next = 0;
            for (const char c : sql) {
                if (c == '?' && next < values.size())
                    out += QByteArray::number(values[next++]);
                else
                    out += c;
            }
            return out;
        }
    };

    /// ScanSql restricted to the cases `condition` admits (empty: every case), without its ORDER BY
    /// when not `ordered`.
    static QByteArray scanSql(const QByteArray &condition, bool ordered = true)
    {
        QByteArray select(ScanSql);
        const qsizetype orderBy = select.lastIndexOf(" ORDER BY ");
        if (!ordered)
            select.truncate(orderBy);
        if (!condition.isEmpty())
            select.insert(orderBy, " WHERE " + condition);
        return select;
    }

    /// Turns one scanned row (values, null flags) into a Row; false on an id no dictionary has.
    static bool toRow(const qint64 *v, const bool *null, const Remaps &remaps, Row *r, QString *error)
    {
        const quint32 court = remaps.courts(v[ScanCourt]);
        const quint32 cause = null[ScanCause] ? 0 : remaps.causes(v[ScanCause]);
        const quint32 handler = null[ScanHandler] ? 0 : remaps.handlers(v[ScanHandler]);
        if (court == Remap::Missing || cause == Remap::Missing || handler == Remap::Missing) {
            *error = CaseTable::tr("cannot load the cases: a case refers to a court, cause or handler "
                                   "that is not in the database");
            return false;
        }
        r->id = v[ScanId];
        r->court = quint16(court);
        r->cause = quint16(cause);
        r->handler = handler;
        r->type = quint8(v[ScanType]);
        r->method = quint8(v[ScanMethod]);
        r->filed = v[ScanFiled];
        r->closed = null[ScanClosed] ? std::nullopt : std::optional<qint64>(v[ScanClosed]);
        for (int which = 0; which < 2; ++which) {
            const int c = ScanApplied + which;
            r->amounts[which] = null[c] ? std::nullopt : std::optional<qint64>(v[c]);
        }
        r->deducted = v[ScanDeducted];
        r->extension = v[ScanExtension];
        r->property = null[ScanProperty] ? std::nullopt : std::optional<bool>(v[ScanProperty] != 0);
        for (int m = 0; m < CaseTable::MeasureCount; ++m) {
            const int c = ScanMeasure0 + m;
            r->measures[m] = null[c] ? std::nullopt : std::optional<qint64>(v[c]);
        }
        return true;
    }

    static constexpr qint64 ProgressEvery = 65536;

    /// The scan through SQLite's own API: no QVariant per value.
    static bool scanNative(CaseTable &t, sqlite3 *db, const Condition &condition, const Remaps &remaps,
        qint64 total, const CaseTable::Progress &progress, bool *cancelled, QString *error)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(db, scanSql(condition.sql, condition.ordered).constData(), -1, 0, &stmt, nullptr)
            != SQLITE_OK) {
            *error = CaseTable::tr("cannot load the cases: %1").arg(sqlite::sqliteError(db));
            sqlite3_finalize(stmt);
            return false;
        }
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
        for (size_t i = 0; i < condition.values.size(); ++i)
            sqlite3_bind_int64(stmt, int(i) + 1, condition.values[i]);
        qint64 values[ScanColumnCount];
        bool nulls[ScanColumnCount];
        Row row;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int c = 0; c < ScanColumnCount; ++c) {
                nulls[c] = sqlite3_column_type(stmt, c) == SQLITE_NULL;
                values[c] = sqlite3_column_int64(stmt, c);
            }
            if (!toRow(values, nulls, remaps, &row, error) || !append(t, row, error))
                return false;
            if (progress && t.size() % ProgressEvery == 0 && !progress(t.size(), std::max(total, t.size()))) {
                *cancelled = true;
                return false;
            }
        }
        if (rc != SQLITE_DONE) {
            *error = CaseTable::tr("cannot load the cases: %1").arg(sqlite::sqliteError(db));
            return false;
        }
        return true;
    }

    enum class CopyResult { Done, Failed, Unsupported };
    using PgResult = std::unique_ptr<PGresult, void (*)(PGresult *)>;

    static PgResult pgExec(PGconn *conn, const QByteArray &sql)
    {
        return PgResult(PQexec(conn, sql.constData()), PQclear);
    }

    /// Ends a COPY that is still sending: cancels it when `mayAbort` (the transaction is ours and is
    /// rolled back anyway), then reads what is left so that the connection is idle again for QtSql.
    static void endCopy(PGconn *conn, bool mayAbort)
    {
        if (mayAbort) {
            if (PGcancel *cancel = PQgetCancel(conn)) {
                char message[256];
                PQcancel(cancel, message, int(sizeof message));
                PQfreeCancel(cancel);
            }
        }
        char *buffer = nullptr;
        while (PQgetCopyData(conn, &buffer, 0) > 0)
            PQfreemem(buffer);
        while (PGresult *result = PQgetResult(conn))
            PQclear(result);
    }

    /// ScanSql as a binary COPY, restricted to the cases `condition` admits (empty: every case).
    static QByteArray copySql(const QByteArray &condition = {}, bool ordered = true)
    {
        return "COPY (" + scanSql(condition, ordered) + ") TO STDOUT (FORMAT binary)";
    }

    enum class Stream { Done, Failed, Stopped };

    /// Streams the rows of the binary COPY `sql` into `t`: the server produces while we parse. Calls
    /// `afterRow()` after each row; false from it stops the stream.
    template<typename AfterRow>
    static Stream copyRows(CaseTable &t, PGconn *conn, bool mayAbort, const QByteArray &sql,
        const std::vector<pg::PgCopyParser::Type> &types, const Remaps &remaps, const AfterRow &afterRow,
        QString *error)
    {
        const auto fail = [&](const QString &why, bool stillCopying) {
            *error = CaseTable::tr("cannot load the cases: %1").arg(why);
            if (stillCopying)
                endCopy(conn, mayAbort);
            return Stream::Failed;
        };
        if (PQresultStatus(pgExec(conn, sql).get()) != PGRES_COPY_OUT) {
            const QString why = pg::pgError(conn);
            endCopy(conn, false);
            return fail(why, false);
        }
        pg::PgCopyParser parser(types);
        qint64 values[ScanColumnCount];
        bool nulls[ScanColumnCount];
        Row row;
        char *buffer = nullptr;
        int bytes;
        while ((bytes = PQgetCopyData(conn, &buffer, 0)) > 0) {
            const std::unique_ptr<char, void (*)(void *)> chunk(buffer, PQfreemem);
            parser.feed(buffer, bytes);
            pg::PgCopyParser::Status status;
            while ((status = parser.next(values, nulls)) == pg::PgCopyParser::Status::Row) {
                if (!toRow(values, nulls, remaps, &row, error) || !append(t, row, error)) {
                    endCopy(conn, mayAbort);
                    return Stream::Failed;
                }
                if (!afterRow()) {
                    endCopy(conn, mayAbort);
                    return Stream::Stopped;
                }
            }
            if (status == pg::PgCopyParser::Status::Error)
                return fail(parser.error(), true);
        }
        if (bytes == -2)
            return fail(pg::pgError(conn), true);
        // bytes == -1: the COPY is over; its result says whether it completed.
        bool completed = false;
        QString serverError;
        while (PGresult *result = PQgetResult(conn)) {
            if (PQresultStatus(result) == PGRES_COMMAND_OK)
                completed = true;
            else if (serverError.isEmpty())
                serverError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        if (!serverError.isEmpty() || !completed)
            return fail(serverError.isEmpty() ? pg::pgError(conn) : serverError, false);
        if (!parser.atEnd())
            return fail(CaseTable::tr("the COPY stream ended early"), false);
        return Stream::Done;
    }

    /// Sets the store ids of every row of `t` (ascending), in the most compact form that holds them.
    static void setStoreIds(CaseTable &t, const std::vector<qint64> &ids)
    {
        t.m_idOffsets.clear();
        t.m_ids.clear();
        t.m_idBase = ids.empty() ? 1 : ids.front();
        bool dense = true;
        bool offsets = true;
        for (size_t r = 0; r < ids.size(); ++r) {
            const qint64 offset = ids[r] - t.m_idBase;
            dense = dense && offset == qint64(r);
            offsets = offsets && offset >= 0 && offset <= qint64(std::numeric_limits<quint32>::max());
        }
        if (dense)
            return;
        if (offsets) {
            t.m_idOffsets.reserve(ids.size());
            for (const qint64 id : ids)
                t.m_idOffsets.push_back(quint32(id - t.m_idBase));
        } else {
            t.m_ids = ids;
        }
    }

    /// Appends the rows of `b` (loaded with the same dictionaries, ids above those of `t`) to `t`.
    static void appendTable(CaseTable &t, const CaseTable &b)
    {
        if (b.isEmpty())
            return;
        const qint64 offset = t.size();
        const bool denseT = t.m_idOffsets.empty() && t.m_ids.empty();
        const bool denseB = b.m_idOffsets.empty() && b.m_ids.empty();
        if (offset == 0) {
            t.m_idBase = b.m_idBase;
            t.m_idOffsets = b.m_idOffsets;
            t.m_ids = b.m_ids;
        } else if (!(denseT && denseB && b.m_idBase == t.m_idBase + offset)) {
            std::vector<qint64> ids;
            ids.reserve(size_t(offset + b.size()));
            for (qint64 r = 0; r < offset; ++r)
                ids.push_back(t.storeId(r));
            for (qint64 r = 0; r < b.size(); ++r)
                ids.push_back(b.storeId(r));
            setStoreIds(t, ids);
        }
        const auto join = [](auto &to, const auto &from) { to.insert(to.end(), from.begin(), from.end()); };
        join(t.m_filed, b.m_filed);
        join(t.m_closeDelay, b.m_closeDelay);
        join(t.m_court, b.m_court);
        join(t.m_type, b.m_type);
        join(t.m_method, b.m_method);
        join(t.m_flags, b.m_flags);
        join(t.m_cause, b.m_cause);
        join(t.m_handler, b.m_handler);
        join(t.m_deducted, b.m_deducted);
        join(t.m_extension, b.m_extension);
        join(t.m_measures, b.m_measures);
        join(t.m_amountLow, b.m_amountLow);
        join(t.m_amountHigh, b.m_amountHigh);
        for (const auto &[key, value] : b.m_wide)
            t.m_wide.emplace(((key >> 4) + quint64(offset)) << 4 | (key & 15), value);
        for (int m = 0; m < CaseTable::MeasureCount; ++m)
            t.m_measureSeen[m] = t.m_measureSeen[m] || b.m_measureSeen[m];
        t.m_measureOffsetMin = std::min(t.m_measureOffsetMin, b.m_measureOffsetMin);
        t.m_measureOffsetMax = std::max(t.m_measureOffsetMax, b.m_measureOffsetMax);
        t.m_propertySeen = t.m_propertySeen || b.m_propertySeen;
        t.m_amountSeen = t.m_amountSeen || b.m_amountSeen;
        t.m_firstDay = offset == 0 ? b.m_firstDay : std::min(t.m_firstDay, b.m_firstDay);
        t.m_lastDay = offset == 0 ? b.m_lastDay : std::max(t.m_lastDay, b.m_lastDay);
    }

    /// From this many cases on, the scan is split between two connections (two server processes
    /// encoding rows, two threads parsing them), when the transaction is ours to share.
    static constexpr qint64 SplitFrom = 1000000;

    /// A second connection on the same snapshot as `conn` (whose transaction is REPEATABLE READ),
    /// and the id up to which `conn` copies; null when the scan is not worth splitting or cannot be.
    static PGconn *splitScan(PGconn *conn, qint64 *middle)
    {
        // Under READ COMMITTED each COPY would take a snapshot of its own.
        PgResult isolation = pgExec(conn, "SHOW transaction_isolation");
        if (PQresultStatus(isolation.get()) != PGRES_TUPLES_OK || PQntuples(isolation.get()) != 1
            || qstrcmp(PQgetvalue(isolation.get(), 0, 0), "repeatable read") != 0)
            return nullptr;
        PgResult range = pgExec(conn, "SELECT MIN(id), MAX(id) FROM cases");
        if (PQresultStatus(range.get()) != PGRES_TUPLES_OK || PQntuples(range.get()) != 1
            || PQgetisnull(range.get(), 0, 0))
            return nullptr;
        const qint64 low = QByteArray(PQgetvalue(range.get(), 0, 0)).toLongLong();
        const qint64 high = QByteArray(PQgetvalue(range.get(), 0, 1)).toLongLong();
        if (high <= low)
            return nullptr;
        *middle = low + (high - low) / 2;
        PgResult exported = pgExec(conn, "SELECT pg_export_snapshot()");
        if (PQresultStatus(exported.get()) != PGRES_TUPLES_OK || PQntuples(exported.get()) != 1)
            return nullptr;
        // The server's own name for the snapshot (hex digits and dashes), not input: checked anyway,
        // as SET TRANSACTION SNAPSHOT takes no parameter.
        const QByteArray snapshot(PQgetvalue(exported.get(), 0, 0));
        for (const char c : snapshot) {
            if (!std::isxdigit(uchar(c)) && c != '-')
                return nullptr;
        }
        QString ignored;
        PGconn *second = pg::connectLike(conn, &ignored);
        if (!second)
            return nullptr;
        if (PQresultStatus(pgExec(second, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").get())
                != PGRES_COMMAND_OK
            || PQresultStatus(pgExec(second, "SET TRANSACTION SNAPSHOT '" + snapshot + "'").get())
                != PGRES_COMMAND_OK) {
            PQfinish(second);
            return nullptr;
        }
        return second;
    }

    /// The scan through libpq on PostgreSQL: the same rows as ScanSql in COPY's binary format (no text
    /// or QVariant per value), from two connections at once for large tables. Unsupported, with the
    /// connection untouched, when a column has a type the parser does not decode. `mayAbort`: the
    /// transaction is ours (REPEATABLE READ, rolled back after the load).
    /// The types of the scan's columns as the COPY parser decodes them: Failed on a database error,
    /// Unsupported when a column has a type the parser does not decode.
    static CopyResult copyTypes(PGconn *conn, std::vector<pg::PgCopyParser::Type> *types, QString *error)
    {
        const PgResult result = pgExec(conn, QByteArray("SELECT * FROM (") + ScanSql + ") AS scan LIMIT 0");
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
            *error = CaseTable::tr("cannot load the cases: %1").arg(pg::pgError(conn));
            return CopyResult::Failed;
        }
        if (PQnfields(result.get()) != ScanColumnCount)
            return CopyResult::Unsupported;
        for (int c = 0; c < ScanColumnCount; ++c) {
            pg::PgCopyParser::Type type;
            if (!pg::PgCopyParser::typeOfOid(PQftype(result.get(), c), &type))
                return CopyResult::Unsupported;
            types->push_back(type);
        }
        return CopyResult::Done;
    }

    static CopyResult scanPgCopy(CaseTable &t, PGconn *conn, bool mayAbort, const Remaps &remaps,
        qint64 total, const CaseTable::Progress &progress, bool *cancelled, QString *error)
    {
        std::vector<pg::PgCopyParser::Type> types;
        if (const CopyResult typed = copyTypes(conn, &types, error); typed != CopyResult::Done)
            return typed;
        // CASELOAD_PG_SCAN=copy: one connection; =split: two whenever possible (tests, benchmarks).
        const QString mode = qEnvironmentVariable("CASELOAD_PG_SCAN");
        qint64 middle = 0;
        PGconn *second = mayAbort && mode != QLatin1String("copy")
                && (total >= SplitFrom || mode == QLatin1String("split"))
            ? splitScan(conn, &middle)
            : nullptr;
        const std::unique_ptr<PGconn, void (*)(PGconn *)> secondGuard(second, PQfinish);

        std::atomic<qint64> secondRows = 0;
        std::atomic<bool> stop = false;
        const auto progressed = [&] {
            if (!progress || t.size() % ProgressEvery != 0)
                return true;
            const qint64 done = t.size() + secondRows.load(std::memory_order_relaxed);
            if (progress(done, std::max(total, done)))
                return true;
            *cancelled = true;
            return false;
        };
        if (!second) {
            const Stream stream = copyRows(t, conn, mayAbort, copySql(), types, remaps, progressed, error);
            return stream == Stream::Done ? CopyResult::Done : CopyResult::Failed;
        }

        // The upper half on the second connection, into a table of its own appended at the end.
        CaseTable upper;
        upper.reserve(total / 2 + total / 64);
        QString upperError;
        Stream upperStream = Stream::Failed;
        std::thread thread([&] {
            const auto running = [&] {
                if (upper.size() % 4096 == 0)
                    secondRows.store(upper.size(), std::memory_order_relaxed);
                return !stop.load(std::memory_order_relaxed);
            };
            upperStream = copyRows(upper, second, true, copySql("id > " + QByteArray::number(middle)), types,
                remaps, running, &upperError);
        });
        const Stream lower = copyRows(t, conn, mayAbort, copySql("id <= " + QByteArray::number(middle)),
            types, remaps, progressed, error);
        if (lower != Stream::Done)
            stop = true;
        thread.join();
        if (lower != Stream::Done)
            return CopyResult::Failed;
        if (upperStream != Stream::Done) {
            *error = upperError;
            return CopyResult::Failed;
        }
        appendTable(t, upper);
        return CopyResult::Done;
    }

    /// The scan through QtSql, for drivers (or Qt builds) whose handle we cannot use.
    static bool scanPortable(CaseTable &t, const QSqlDatabase &db, const Condition &condition,
        const Remaps &remaps, qint64 total, const CaseTable::Progress &progress, bool *cancelled,
        QString *error)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromLatin1(scanSql(condition.sql, condition.ordered))))
            return dbError(q, error);
        for (const qint64 value : condition.values)
            q.addBindValue(value);
        if (!q.exec())
            return dbError(q, error);
        qint64 values[ScanColumnCount];
        bool nulls[ScanColumnCount];
        Row row;
        while (q.next()) {
            for (int c = 0; c < ScanColumnCount; ++c) {
                const QVariant v = q.value(c);
                nulls[c] = v.isNull();
                values[c] = nulls[c] ? 0 : v.toLongLong();
            }
            if (!toRow(values, nulls, remaps, &row, error) || !append(t, row, error))
                return false;
            if (progress && t.size() % ProgressEvery == 0 && !progress(t.size(), std::max(total, t.size()))) {
                *cancelled = true;
                return false;
            }
        }
        if (q.lastError().isValid())
            return dbError(q, error);
        return true;
    }

    /// The cases `condition` admits, into `t` (which has the dictionaries): through SQLite's API,
    /// libpq's COPY or QtSql, as the full scan. No progress: these are the few cases changed since a
    /// snapshot.
    static bool scanWhere(CaseTable &t, const QSqlDatabase &db, PGconn *pgHandle, bool mayAbort,
        const Condition &condition, const Remaps &remaps, QString *error)
    {
        bool cancelled = false;
        if (sqlite3 *native = sqlite::nativeHandle(db))
            return scanNative(t, native, condition, remaps, 0, {}, &cancelled, error);
        if (pgHandle && qEnvironmentVariable("CASELOAD_PG_SCAN") != QLatin1String("qtsql")) {
            std::vector<pg::PgCopyParser::Type> types;
            const CopyResult typed = copyTypes(pgHandle, &types, error);
            if (typed == CopyResult::Failed)
                return false;
            if (typed == CopyResult::Done) {
                return copyRows(t, pgHandle, mayAbort, copySql(condition.inlined(), condition.ordered), types, remaps,
                           [] { return true; }, error)
                    == Stream::Done;
            }
        }
        return scanPortable(t, db, condition, remaps, 0, {}, &cancelled, error);
    }

    /// Puts row `from` of `b` (loaded with the same dictionaries) in place of row `to` of `t`.
    static void replaceRow(CaseTable &t, qint64 to, const CaseTable &b, qint64 from)
    {
        const auto i = size_t(to);
        const auto j = size_t(from);
        t.m_filed[i] = b.m_filed[j];
        t.m_closeDelay[i] = b.m_closeDelay[j];
        t.m_court[i] = b.m_court[j];
        t.m_type[i] = b.m_type[j];
        t.m_method[i] = b.m_method[j];
        t.m_flags[i] = b.m_flags[j];
        t.m_cause[i] = b.m_cause[j];
        t.m_handler[i] = b.m_handler[j];
        t.m_deducted[i] = b.m_deducted[j];
        t.m_extension[i] = b.m_extension[j];
        for (size_t m = 0; m < CaseTable::MeasureCount; ++m)
            t.m_measures[i * CaseTable::MeasureCount + m] = b.m_measures[j * CaseTable::MeasureCount + m];
        for (size_t a = 0; a < 2; ++a) {
            t.m_amountLow[i * 2 + a] = b.m_amountLow[j * 2 + a];
            t.m_amountHigh[i * 2 + a] = b.m_amountHigh[j * 2 + a];
        }
        for (quint64 column = 0; column < CaseTable::WideMeasure0 + CaseTable::MeasureCount; ++column) {
            t.m_wide.erase(quint64(to) << 4 | column);
            if (const auto it = b.m_wide.find(quint64(from) << 4 | column); it != b.m_wide.end())
                t.m_wide.emplace(quint64(to) << 4 | column, it->second);
        }
    }

    /// The table-wide facts append() keeps (date range, columns seen, measure offset range), from the
    /// columns: after a snapshot's parts and the changed cases are in.
    static void summarise(CaseTable &t)
    {
        t.m_firstDay = t.m_lastDay = 0;
        t.m_propertySeen = t.m_amountSeen = false;
        std::fill(std::begin(t.m_measureSeen), std::end(t.m_measureSeen), false);
        t.m_measureOffsetMin = std::numeric_limits<qint64>::max();
        t.m_measureOffsetMax = std::numeric_limits<qint64>::min();
        if (t.isEmpty())
            return;
        qint32 first = t.m_filed.front();
        qint32 last = first;
        quint8 flags = 0;
        for (size_t r = 0; r < t.m_filed.size(); ++r) {
            const qint32 filed = t.m_filed[r];
            first = std::min(first, filed);
            last = std::max(last, t.m_closeDelay[r] != CaseTable::NotClosed ? filed + t.m_closeDelay[r] : filed);
            flags |= t.m_flags[r];
        }
        t.m_firstDay = first;
        t.m_lastDay = last;
        t.m_propertySeen = flags & CaseTable::PropertyKnown;
        t.m_amountSeen = flags & (CaseTable::AppliedKnown | CaseTable::RecoveredKnown);
        for (size_t i = 0; i < t.m_measures.size(); ++i) {
            const qint16 v = t.m_measures[i];
            if (v == CaseTable::NoDate)
                continue;
            const int m = int(i % CaseTable::MeasureCount);
            const qint64 row = qint64(i / CaseTable::MeasureCount);
            const qint64 offset = v == CaseTable::Wide16Signed ? t.wide(row, CaseTable::WideMeasure0 + m) : v;
            t.m_measureSeen[m] = true;
            t.m_measureOffsetMin = std::min(t.m_measureOffsetMin, offset);
            t.m_measureOffsetMax = std::max(t.m_measureOffsetMax, offset);
        }
    }

    enum class SnapshotResult { Done, Failed, Unusable };

    /// Loads `t` from the store's snapshot (CaseTableSnapshot) and the cases imported after it, inside
    /// the load's transaction (`importId`: the newest import it sees). Unusable, with `t` to be thrown
    /// away, when there is no snapshot, it does not read back, or so many cases changed since that a
    /// full scan costs less.
    static SnapshotResult loadSnapshot(CaseTable &t, const QSqlDatabase &db, PGconn *pgHandle, bool mayAbort,
        qint64 importId, const CaseTable::Progress &progress, bool *cancelled, QString *error)
    {
        const auto failed = [&](const QString &why) {
            *error = CaseTable::tr("cannot load the cases: %1").arg(why);
            return SnapshotResult::Failed;
        };
        QString why;
        const std::optional<CaseTableSnapshot::Header> header = CaseTableSnapshot::readHeader(db, &why);
        if (!header)
            return why.isEmpty() ? SnapshotResult::Unusable : failed(why);
        if (header->importId > importId)
            return SnapshotResult::Unusable;
        const std::optional<qint64> changedSince = CaseTableSnapshot::changedSince(db, header->importId, &why);
        if (!changedSince)
            return failed(why);
        const qint64 changed = *changedSince;
        if (changed > header->caseCount / 2)
            return SnapshotResult::Unusable;

        const qint64 total = header->caseCount + changed;
        if (progress && !progress(0, total)) {
            *cancelled = true;
            return SnapshotResult::Failed;
        }
        t.reserve(total);
        Remaps remaps;
        if (!loadDictionaries(t, db, &remaps, error))
            return SnapshotResult::Failed;
        // The snapshot's dictionary ids in today's dictionaries (which only grow between imports).
        CaseTableSnapshot::KeyMaps maps;
        const auto mapKeys = [&](const std::vector<qint64> &keys, const Remap &remap, bool zeroIsNone,
                                 std::vector<quint32> *map) {
            for (size_t id = 0; id < keys.size(); ++id) {
                const quint32 now = zeroIsNone && id == 0 ? 0 : remap(keys[id]);
                map->push_back(now);
                maps.identity = maps.identity && now == id;
            }
        };
        mapKeys(header->courtKeys, remaps.courts, false, &maps.courts);
        mapKeys(header->causeKeys, remaps.causes, true, &maps.causes);
        mapKeys(header->handlerKeys, remaps.handlers, true, &maps.handlers);

        bool malformed = false;
        qint64 parts = 0;
        const bool read = CaseTableSnapshot::readParts(
            db,
            [&](const char *data, qint64 size) {
                ++parts;
                if (!CaseTableSnapshot::appendPart(t, data, size, maps)) {
                    malformed = true;
                    return false;
                }
                if (progress && !progress(t.size(), total)) {
                    *cancelled = true;
                    return false;
                }
                return true;
            },
            &why);
        if (!read)
            return failed(why);
        if (*cancelled)
            return SnapshotResult::Failed;
        if (malformed || parts != header->partCount || t.size() != header->caseCount)
            return SnapshotResult::Unusable;

        if (changed > 0) {
            // Changed cases the snapshot holds replace their rows (in any order: found by id; `+id`
            // keeps SQLite on the import-id index instead of the whole table's id range); new ones
            // (higher ids, read in id order by the primary key) follow.
            const qint64 lastId = t.isEmpty() ? std::numeric_limits<qint64>::min() : t.storeId(t.size() - 1);
            CaseTable updated;
            CaseTable added;
            if (!scanWhere(updated, db, pgHandle, mayAbort,
                    {"import_id > ? AND +id <= ?", {header->importId, lastId}, false}, remaps, error)
                || !scanWhere(added, db, pgHandle, mayAbort, {"import_id > ? AND id > ?", {header->importId, lastId}},
                    remaps, error))
                return SnapshotResult::Failed;
            for (qint64 r = 0; r < updated.size(); ++r) {
                const std::optional<qint64> row = t.rowOfStoreId(updated.storeId(r));
                if (!row)
                    return SnapshotResult::Unusable;
                replaceRow(t, *row, updated, r);
            }
            appendTable(t, added);
        }
        summarise(t);
        t.m_loadInfo = {true, changed, importId};
        return SnapshotResult::Done;
    }

    static std::optional<CaseTable> load(
        const Store &store, QString *error, const CaseTable::Progress &progress)
    {
        QString localError;
        if (!error)
            error = &localError;
        error->clear();
        QSqlDatabase db = store.database();
        PGconn *const pgHandle = pg::nativeHandle(db);
        // One read transaction: the count, the dictionaries and the cases are one snapshot even while
        // another connection imports (WAL). Already inside a transaction, that one serves. PostgreSQL
        // accepts a BEGIN inside a transaction (with a warning): ask libpq instead, so that the final
        // rollback never ends the caller's transaction.
        const bool inTransaction = pgHandle && PQtransactionStatus(pgHandle) == PQTRANS_INTRANS;
        const bool ownTransaction = !inTransaction && db.transaction();
        if (ownTransaction && db.driverName() == QLatin1String("QPSQL")) {
            // PostgreSQL's default READ COMMITTED takes a new snapshot per statement.
            QSqlQuery(db).exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        }
        const auto finish = [&](std::optional<CaseTable> result) {
            if (ownTransaction)
                db.rollback(); // nothing was written
            return result;
        };

        QSqlQuery newest(db);
        if (!newest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM imports")) || !newest.next()) {
            dbError(newest, error);
            return finish(std::nullopt);
        }
        const qint64 importId = newest.value(0).toLongLong();
        newest.finish();

        bool cancelled = false;
        // CASELOAD_SNAPSHOT=off: every case from the cases table (tests and benchmarks compare both).
        if (qEnvironmentVariable("CASELOAD_SNAPSHOT") != QLatin1String("off")) {
            // A copy the database will not hand over (a role without SELECT on it, say) costs speed, not
            // the load: back to this savepoint (PostgreSQL aborts the transaction on an error), and every
            // case is read instead.
            const bool savepoint = (ownTransaction || inTransaction)
                && QSqlQuery(db).exec(QStringLiteral("SAVEPOINT case_table_snapshot"));
            CaseTable table;
            const SnapshotResult read
                = loadSnapshot(table, db, pgHandle, ownTransaction, importId, progress, &cancelled, error);
            if (read == SnapshotResult::Done) {
                if (savepoint)
                    QSqlQuery(db).exec(QStringLiteral("RELEASE SAVEPOINT case_table_snapshot"));
                if (progress && !progress(table.size(), table.size()))
                    return finish(std::nullopt);
                return finish(std::move(table));
            }
            if (read == SnapshotResult::Failed) {
                if (cancelled) {
                    error->clear();
                    return finish(std::nullopt);
                }
                if (!savepoint || !QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT case_table_snapshot")))
                    return finish(std::nullopt);
                qWarning("%s; reading every case instead", qUtf8Printable(*error));
                error->clear();
            }
            if (savepoint)
                QSqlQuery(db).exec(QStringLiteral("RELEASE SAVEPOINT case_table_snapshot"));
        }

        CaseTable table;
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !count.next()) {
            dbError(count, error);
            return finish(std::nullopt);
        }
        const qint64 total = count.value(0).toLongLong();
        count.finish();
        if (progress && !progress(0, total))
            return finish(std::nullopt);
        table.reserve(total);
        Remaps remaps;
        if (!loadDictionaries(table, db, &remaps, error))
            return finish(std::nullopt);

        sqlite3 *native = sqlite::nativeHandle(db);
        // CASELOAD_PG_SCAN=qtsql: the QtSql scan on PostgreSQL too (for tests and benchmarks).
        const bool copy = pgHandle && qEnvironmentVariable("CASELOAD_PG_SCAN") != QLatin1String("qtsql");
        CopyResult copied = CopyResult::Unsupported;
        if (copy)
            copied = scanPgCopy(table, pgHandle, ownTransaction, remaps, total, progress, &cancelled, error);
        bool ok = copied == CopyResult::Done;
        if (native)
            ok = scanNative(table, native, {}, remaps, total, progress, &cancelled, error);
        else if (copied == CopyResult::Unsupported)
            ok = scanPortable(table, db, {}, remaps, total, progress, &cancelled, error);
        if (!ok) {
            if (cancelled)
                error->clear();
            return finish(std::nullopt);
        }
        table.m_loadInfo = {false, table.size(), importId};
        if (progress && !progress(table.size(), table.size()))
            return finish(std::nullopt);
        return finish(std::move(table));
    }
};

std::optional<CaseTable> CaseTable::load(const Store &store, QString *error, const Progress &progress)
{
    return CaseTableLoader::load(store, error, progress);
}

bool CaseTable::append(const CaseRecord &record, QString *error)
{
    using L = CaseTableLoader;
    if (!m_lookup) // moved from
        *this = CaseTable();
    if (!record.filedOn.isValid()) {
        if (error)
            *error = tr("a case without a filing date");
        return false;
    }
    const auto day
        = [](QDate date) { return date.isValid() ? std::optional<qint64>(toDayNumber(date)) : std::nullopt; };
    L::Row r;
    r.type = quint8(record.type);
    r.filed = toDayNumber(record.filedOn);
    r.closed = day(record.closedOn);
    r.method = quint8(record.closureMethod);
    r.amounts[0] = record.appliedFen;
    r.amounts[1] = record.recoveredFen;
    r.deducted = record.deductedDays;
    r.extension = record.extensionDays;
    r.property = record.hasProperty;
    r.measures[int(Measure::NetworkInquiry)] = day(record.networkInquiryOn);
    r.measures[int(Measure::DishonestList)] = day(record.dishonestListOn);
    r.measures[int(Measure::ConsumptionRestriction)] = day(record.consumptionRestrictionOn);
    r.measures[int(Measure::ApplicantInterview)] = day(record.applicantInterviewOn);
    if (!L::fits(r, error)) // before the dictionaries learn names from a refused case
        return false;

    std::optional<quint16> court;
    if (record.courtName.isEmpty() && !record.courtCode.isEmpty()) {
        const auto it = m_lookup->courtsByCode.constFind(record.courtCode);
        if (it != m_lookup->courtsByCode.constEnd())
            court = *it;
    }
    // As the store keys courts: by name, a nameless court by its code, with neither the court ''.
    if (!court) {
        const QString &key = !record.courtName.isEmpty() ? record.courtName : record.courtCode;
        court = L::court(*this, key.isNull() ? QStringLiteral("") : key, record.courtCode);
    }
    if (!court)
        return L::dictionaryFull(error, L::Dictionary::Courts);
    const std::optional<quint16> cause = L::cause(*this, record.cause);
    if (!cause)
        return L::dictionaryFull(error, L::Dictionary::Causes);
    r.court = *court;
    r.cause = *cause;
    r.handler = *L::handler(*this, record.handler);
    r.id = isEmpty() ? 1 : storeId(size() - 1) + 1;
    return L::append(*this, r, error);
}

} // namespace caseload
