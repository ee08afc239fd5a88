#include "CaseWriter.h"

#include "Schema.h"
#include "SqliteNative.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <limits>
#include <optional>
#include <string_view>

namespace caseload {

namespace {

const char *const columnNames[CaseColumnCount] = {
    "case_number",
    "case_year",
    "case_seq",
    "court_id",
    "case_type",
    "cause_id",
    "filed_on",
    "closed_on",
    "closure_method",
    "amount_applied",
    "amount_recovered",
    "handler_id",
    "department_id",
    "deducted_days",
    "extension_days",
    "has_property",
    "network_inquiry_on",
    "dishonest_list_on",
    "consumption_restriction_on",
    "applicant_interview_on",
    "parties",
    "import_id",
    "latest_on",
};

const char *const dictionaryTables[] = {"courts", "causes", "handlers", "departments"};

/// Which columns an update may change, from the fields the file carries.
std::array<bool, CaseColumnCount> updatableColumns(const CaseWriter::Options &options)
{
    const auto has = [&](CaseField f) { return options.present[static_cast<int>(f)]; };
    std::array<bool, CaseColumnCount> u {};
    u[ColCaseYear] = u[ColCaseSeq] = u[ColFiled] = true;
    u[ColCourt] = has(CaseField::CourtName) || has(CaseField::CourtCode);
    u[ColType] = has(CaseField::CaseType);
    u[ColCause] = has(CaseField::Cause);
    u[ColClosed] = has(CaseField::ClosedOn);
    u[ColMethod] = has(CaseField::ClosureMethod);
    u[ColApplied] = has(CaseField::AmountApplied);
    u[ColRecovered] = has(CaseField::AmountRecovered);
    u[ColHandler] = has(CaseField::Handler);
    u[ColDepartment] = has(CaseField::Department);
    u[ColDeducted] = has(CaseField::DeductedDays);
    u[ColExtension] = has(CaseField::ExtensionDays);
    u[ColProperty] = has(CaseField::HasProperty);
    u[ColInquiry] = has(CaseField::NetworkInquiryOn);
    u[ColDishonest] = has(CaseField::DishonestListOn);
    u[ColRestriction] = has(CaseField::ConsumptionRestrictionOn);
    u[ColInterview] = has(CaseField::ApplicantInterviewOn);
    u[ColParties] = options.storeParties;
    return u;
}

/// The date columns, whose latest value orders the states of a case.
constexpr CaseColumn dateColumns[]
    = {ColFiled, ColClosed, ColInquiry, ColDishonest, ColRestriction, ColInterview};

QString insertStatement()
{
    QStringList columns;
    QStringList marks;
    for (const char *name : columnNames) {
        columns.append(QLatin1String(name));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO cases (%1) VALUES (%2)").arg(columns.join(u','), marks.join(u','));
}

/// The stored values an update is compared with: id, then the columns ColCaseYear..ColParties.
QString lookupStatement()
{
    QStringList columns = {QStringLiteral("id")};
    for (int c = ColCaseYear; c <= ColParties; ++c)
        columns.append(QLatin1String(columnNames[c]));
    return QStringLiteral("SELECT %1 FROM cases WHERE case_number = ?").arg(columns.join(u','));
}

/// Sets the `updatable` columns, then latest_on and import_id, of the case with the given id.
QString updateStatement(const std::array<bool, CaseColumnCount> &updatable)
{
    QStringList sets;
    for (int c = 0; c < CaseColumnCount; ++c) {
        if (updatable[c])
            sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(columnNames[c])));
    }
    sets.append(QStringLiteral("latest_on = ?"));
    sets.append(QStringLiteral("import_id = ?"));
    return QStringLiteral("UPDATE cases SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", ")));
}

/// PostgreSQL array literals, bound as one text parameter and cast on the server: a batch's column in
/// one value.
void appendArrayElement(QString *array, const QString *text, std::optional<qint64> number)
{
    array->append(array->size() > 1 ? QStringLiteral(",") : QString());
    if (text) {
        array->append(u'"');
        for (const QChar c : *text) {
            if (c == u'"' || c == u'\\')
                array->append(u'\\');
            array->append(c);
        }
        array->append(u'"');
    } else if (number) {
        array->append(QString::number(*number));
    } else {
        array->append(QStringLiteral("NULL"));
    }
}

/// `INSERT ... SELECT FROM unnest(...)` of every column, in the order of the arrays (ids are taken in
/// that order: the file's).
QString serverInsertStatement()
{
    QStringList columns;
    QStringList arrays;
    QStringList names;
    for (int c = 0; c < CaseColumnCount; ++c) {
        columns.append(QLatin1String(columnNames[c]));
        const bool text = c == ColCaseNumber || c == ColParties;
        arrays.append(text ? QStringLiteral("CAST(? AS text[])") : QStringLiteral("CAST(? AS bigint[])"));
        names.append(QStringLiteral("c%1").arg(c));
    }
    return QStringLiteral(
        "INSERT INTO cases (%1) SELECT %2 FROM unnest(%3) WITH ORDINALITY AS u(%2, n) ORDER BY n")
        .arg(columns.join(u','), names.join(u','), arrays.join(u','));
}

/// `UPDATE ... FROM unnest(...)`: the `updatable` columns, latest_on and import_id of the cases by id.
QString serverUpdateStatement(const std::array<bool, CaseColumnCount> &updatable)
{
    QStringList sets;
    QStringList arrays = {QStringLiteral("CAST(? AS bigint[])")};
    QStringList names = {QStringLiteral("id")};
    for (int c = 0; c < CaseColumnCount; ++c) {
        if (!updatable[c] && c != ColLatest && c != ColImport)
            continue;
        sets.append(QStringLiteral("%1 = u.c%2").arg(QLatin1String(columnNames[c])).arg(c));
        arrays.append(
            c == ColParties ? QStringLiteral("CAST(? AS text[])") : QStringLiteral("CAST(? AS bigint[])"));
        names.append(QStringLiteral("c%1").arg(c));
    }
    return QStringLiteral("UPDATE cases SET %1 FROM unnest(%2) AS u(%3) WHERE cases.id = u.id")
        .arg(sets.join(QStringLiteral(", ")), arrays.join(u','), names.join(u','));
}

QString serverLookupStatement()
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("case_number")};
    for (int c = ColCaseYear; c <= ColParties; ++c)
        columns.append(QLatin1String(columnNames[c]));
    return QStringLiteral("SELECT %1 FROM cases WHERE case_number = ANY(CAST(? AS text[]))")
        .arg(columns.join(u','));
}

using schema::nonNull;

} // namespace

struct CaseWriter::Private
{
    Store &store;
    QSqlDatabase db;
    Options options;
    std::array<bool, CaseColumnCount> updatable {};
    bool active = false;
    bool bulk = false; ///< empty store: plain inserts, indexes rebuilt at commit
    qint64 importId = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 older = 0;

    sqlite3 *native = nullptr;
    sqlite3_stmt *insertStmt = nullptr;
    sqlite3_stmt *lookupStmt = nullptr;
    sqlite3_stmt *updateStmt = nullptr;
    QSqlQuery insertQuery;
    QSqlQuery lookupQuery;
    QSqlQuery updateQuery;
    std::unique_ptr<CaseEncoder> encoder;
    EncodedBatch single; ///< for write(record)

    explicit Private(Store &s)
        : store(s)
        , db(s.database())
        , insertQuery(db)
        , lookupQuery(db)
        , updateQuery(db)
    { }

    bool isPostgres() const { return db.driverName() == QLatin1String("QPSQL"); }

    /// `detail` as the error to report: on a server whose connection is gone, the message saying so.
    QString failure(const QString &detail) const
    {
        if (isPostgres() && !store.isConnected())
            return Store::connectionLostMessage(store.location(), detail);
        return detail;
    }

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = failure(q.lastError().text());
        return false;
    }

    bool loadKnown(CaseEncoder::Known *known, QString *error)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        for (int t = 0; t < 4; ++t) {
            const bool courts = t == int(Dictionary::Courts);
            if (!q.exec(QStringLiteral("SELECT id, name%1 FROM %2 ORDER BY id")
                            .arg(courts ? QStringLiteral(", code") : QString(),
                                QLatin1String(dictionaryTables[t])))) {
                *error = failure(q.lastError().text());
                return false;
            }
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                known->ids[t].insert(q.value(1).toString(), quint32(id));
                const QString code = courts ? q.value(2).toString() : QString();
                if (!code.isEmpty()) {
                    known->courtCodes.insert(id, code);
                    known->courtsByCode.insert(code, quint32(id));
                }
                known->nextId[t] = std::max(known->nextId[t], id + 1);
            }
        }
        return true;
    }

    bool writeEntry(const EncodedBatch::Entry &e, QString *error)
    {
        QSqlQuery q(db);
        if (e.update) {
            q.prepare(QStringLiteral("UPDATE courts SET code = ? WHERE id = ?"));
            q.addBindValue(e.code);
            q.addBindValue(e.id);
        } else if (e.table == Dictionary::Courts) {
            q.prepare(QStringLiteral("INSERT INTO courts (id, name, code) VALUES (?, ?, ?)"));
            q.addBindValue(e.id);
            q.addBindValue(nonNull(e.name));
            q.addBindValue(nonNull(e.code));
        } else {
            q.prepare(QStringLiteral("INSERT INTO %1 (id, name) VALUES (?, ?)")
                          .arg(QLatin1String(dictionaryTables[int(e.table)])));
            q.addBindValue(e.id);
            q.addBindValue(e.name);
        }
        if (q.exec())
            return true;
        *error = failure(q.lastError().text());
        return false;
    }

    /// One case of a batch, as the two write paths bind it.
    struct Row
    {
        const qint64 *values;
        quint32 nulls;
        std::u16string_view caseNumber;
        std::u16string_view parties;
        bool isNull(int column) const { return nulls & (1u << column); }
    };

    /// The stored state of a case, as the lookup reads it (columns ColCaseYear..ColParties).
    struct Stored
    {
        qint64 id = 0;
        qint64 values[CaseColumnCount] = {};
        quint32 nulls = 0;
        std::u16string parties;
        bool isNull(int column) const { return nulls & (1u << column); }
    };

    template<typename WriteRow> static bool forEachRow(const EncodedBatch &batch, WriteRow &&write)
    {
        const std::u16string_view text(batch.text);
        quint32 start = 0;
        for (size_t row = 0; row < batch.size(); ++row) {
            const quint32 numberEnd = batch.textEnds[2 * row];
            const quint32 partiesEnd = batch.textEnds[2 * row + 1];
            if (!write(Row {batch.values.data() + row * CaseColumnCount, batch.nulls[row],
                    text.substr(start, numberEnd - start), text.substr(numberEnd, partiesEnd - numberEnd)}))
                return false;
            start = partiesEnd;
        }
        return true;
    }

    /// The latest of the carried date columns (updatable ones) of a row, or of the others
    /// (`carried` false); the smallest qint64 when all are NULL.
    template<typename Values> qint64 latestDate(const Values &values, bool carried) const
    {
        qint64 latest = std::numeric_limits<qint64>::min();
        for (const CaseColumn c : dateColumns) {
            if (updatable[c] == carried && !values.isNull(c))
                latest = std::max(latest, values.values[c]);
        }
        return latest;
    }

    enum class Action { Insert, Update, Unchanged, Older };

    /// What to do with `row` given the stored state of its case; `latest` receives the latest_on
    /// the case has after an update. An incoming state older than the stored one (by the dates the
    /// file carries) is not applied; an equal one is (the later import wins).
    Action decide(const Row &row, const Stored *stored, qint64 *latest) const
    {
        if (!stored)
            return Action::Insert;
        bool differs = false;
        for (int c = ColCaseYear; c <= ColParties && !differs; ++c) {
            if (!updatable[c])
                continue;
            if (row.isNull(c) != stored->isNull(c))
                differs = true;
            else if (!row.isNull(c))
                differs
                    = c == ColParties ? row.parties != stored->parties : row.values[c] != stored->values[c];
        }
        if (!differs)
            return Action::Unchanged;
        const qint64 incoming = latestDate(row, true);
        if (incoming < latestDate(*stored, true))
            return Action::Older;
        *latest = std::max(incoming, latestDate(*stored, false));
        return Action::Update;
    }

    void count(Action action)
    {
        switch (action) {
        case Action::Insert:
            ++inserted;
            break;
        case Action::Update:
            ++updated;
            break;
        case Action::Unchanged:
            ++unchanged;
            break;
        case Action::Older:
            ++older;
            break;
        }
    }

    bool writeNative(const EncodedBatch &batch, QString *error)
    {
        return forEachRow(batch, [&](const Row &row) {
            const auto bindText = [&](sqlite3_stmt *stmt, int index, std::u16string_view s) {
                return sqlite3_bind_text16(stmt, index, s.data(), int(s.size() * 2), SQLITE_STATIC);
            };
            const auto bindColumn = [&](sqlite3_stmt *stmt, int index, int c) {
                if (row.isNull(c))
                    return sqlite3_bind_null(stmt, index);
                if (c == ColParties)
                    return bindText(stmt, index, row.parties);
                return sqlite3_bind_int64(stmt, index, row.values[c]);
            };
            const auto fail = [&](sqlite3_stmt *stmt) {
                *error = sqlite::sqliteError(native);
                sqlite3_reset(stmt);
                return false;
            };
            Action action = Action::Insert;
            qint64 latest = 0;
            if (lookupStmt) {
                Stored stored;
                if (bindText(lookupStmt, 1, row.caseNumber) != SQLITE_OK)
                    return fail(lookupStmt);
                const int rc = sqlite3_step(lookupStmt);
                if (rc == SQLITE_ROW) {
                    stored.id = sqlite3_column_int64(lookupStmt, 0);
                    for (int c = ColCaseYear; c <= ColParties; ++c) {
                        if (sqlite3_column_type(lookupStmt, c) == SQLITE_NULL)
                            stored.nulls |= 1u << c;
                        else if (c == ColParties)
                            stored.parties.assign(
                                static_cast<const char16_t *>(sqlite3_column_text16(lookupStmt, c)),
                                size_t(sqlite3_column_bytes16(lookupStmt, c)) / 2);
                        else
                            stored.values[c] = sqlite3_column_int64(lookupStmt, c);
                    }
                } else if (rc != SQLITE_DONE) {
                    return fail(lookupStmt);
                }
                sqlite3_reset(lookupStmt);
                action = decide(row, rc == SQLITE_ROW ? &stored : nullptr, &latest);
                if (action == Action::Update) {
                    int index = 0;
                    int bound = SQLITE_OK;
                    for (int c = 0; c < CaseColumnCount && bound == SQLITE_OK; ++c) {
                        if (updatable[c])
                            bound = bindColumn(updateStmt, ++index, c);
                    }
                    if (bound == SQLITE_OK)
                        bound = sqlite3_bind_int64(updateStmt, ++index, latest);
                    if (bound == SQLITE_OK)
                        bound = sqlite3_bind_int64(updateStmt, ++index, row.values[ColImport]);
                    if (bound == SQLITE_OK)
                        bound = sqlite3_bind_int64(updateStmt, ++index, stored.id);
                    if (bound != SQLITE_OK || sqlite3_step(updateStmt) != SQLITE_DONE)
                        return fail(updateStmt);
                    sqlite3_reset(updateStmt);
                }
            }
            if (action == Action::Insert) {
                int rc = bindText(insertStmt, ColCaseNumber + 1, row.caseNumber);
                for (int c = ColCaseNumber + 1; c < CaseColumnCount && rc == SQLITE_OK; ++c)
                    rc = bindColumn(insertStmt, c + 1, c);
                if (rc != SQLITE_OK || sqlite3_step(insertStmt) != SQLITE_DONE)
                    return fail(insertStmt);
                sqlite3_reset(insertStmt);
            }
            count(action);
            return true;
        });
    }

    bool writePortable(const EncodedBatch &batch, QString *error)
    {
        return forEachRow(batch, [&](const Row &row) {
            const auto text = [](std::u16string_view s) {
                return QString(reinterpret_cast<const QChar *>(s.data()), qsizetype(s.size()));
            };
            const auto value = [&](int c) {
                if (row.isNull(c))
                    return QVariant(QMetaType(c == ColParties ? QMetaType::QString : QMetaType::LongLong));
                if (c == ColParties)
                    return QVariant(text(row.parties));
                return QVariant(row.values[c]);
            };
            const auto fail = [&](QSqlQuery &query) {
                *error = failure(query.lastError().text());
                return false;
            };
            Stored stored;
            lookupQuery.bindValue(0, text(row.caseNumber));
            if (!lookupQuery.exec())
                return fail(lookupQuery);
            const bool found = lookupQuery.next();
            if (found) {
                stored.id = lookupQuery.value(0).toLongLong();
                for (int c = ColCaseYear; c <= ColParties; ++c) {
                    const QVariant v = lookupQuery.value(c);
                    if (v.isNull()) {
                        stored.nulls |= 1u << c;
                    } else if (c == ColParties) {
                        const QString parties = v.toString();
                        stored.parties.assign(
                            reinterpret_cast<const char16_t *>(parties.utf16()), size_t(parties.size()));
                    } else {
                        stored.values[c] = v.toLongLong();
                    }
                }
            } else if (lookupQuery.lastError().isValid()) {
                return fail(lookupQuery);
            }
            lookupQuery.finish();
            qint64 latest = 0;
            const Action action = decide(row, found ? &stored : nullptr, &latest);
            if (action == Action::Insert) {
                insertQuery.bindValue(ColCaseNumber, text(row.caseNumber));
                for (int c = ColCaseNumber + 1; c < CaseColumnCount; ++c)
                    insertQuery.bindValue(c, value(c));
                if (!insertQuery.exec())
                    return fail(insertQuery);
            } else if (action == Action::Update) {
                int index = 0;
                for (int c = 0; c < CaseColumnCount; ++c) {
                    if (updatable[c])
                        updateQuery.bindValue(index++, value(c));
                }
                updateQuery.bindValue(index++, latest);
                updateQuery.bindValue(index++, row.values[ColImport]);
                updateQuery.bindValue(index++, stored.id);
                if (!updateQuery.exec())
                    return fail(updateQuery);
            }
            count(action);
            return true;
        });
    }

    /// PostgreSQL: a batch in three statements (look up, insert, update), each with one array per
    /// column, instead of two round trips per case. Rows repeating a case number of the same run are
    /// written in a later run, so each sees the state the earlier one left.
    bool writeServer(const EncodedBatch &batch, QString *error)
    {
        std::vector<Row> run;
        QSet<std::u16string_view> numbers;
        const auto flush = [&] {
            const bool ok = writeServerRun(run, error);
            run.clear();
            numbers.clear();
            return ok;
        };
        const bool ok = forEachRow(batch, [&](const Row &row) {
            if (numbers.contains(row.caseNumber) && !flush())
                return false;
            numbers.insert(row.caseNumber);
            run.push_back(row);
            return true;
        });
        return ok && (run.empty() || flush());
    }

    bool writeServerRun(const std::vector<Row> &rows, QString *error)
    {
        const auto text = [](std::u16string_view s) {
            return QString(reinterpret_cast<const QChar *>(s.data()), qsizetype(s.size()));
        };
        const auto fail = [&](QSqlQuery &query) {
            *error = failure(query.lastError().text());
            return false;
        };
        QString numbers = QStringLiteral("{");
        for (const Row &row : rows) {
            const QString number = text(row.caseNumber);
            appendArrayElement(&numbers, &number, std::nullopt);
        }
        numbers.append(u'}');
        lookupQuery.bindValue(0, numbers);
        if (!lookupQuery.exec())
            return fail(lookupQuery);
        QHash<QString, Stored> stored;
        while (lookupQuery.next()) {
            Stored s;
            s.id = lookupQuery.value(0).toLongLong();
            for (int c = ColCaseYear; c <= ColParties; ++c) {
                const QVariant v = lookupQuery.value(c + 1);
                if (v.isNull()) {
                    s.nulls |= 1u << c;
                } else if (c == ColParties) {
                    const QString parties = v.toString();
                    s.parties.assign(
                        reinterpret_cast<const char16_t *>(parties.utf16()), size_t(parties.size()));
                } else {
                    s.values[c] = v.toLongLong();
                }
            }
            stored.insert(lookupQuery.value(1).toString(), s);
        }
        if (lookupQuery.lastError().isValid())
            return fail(lookupQuery);
        lookupQuery.finish();

        // Column arrays of the inserts and of the updates (index 0 of the updates: the id).
        std::array<QString, CaseColumnCount> inserts;
        std::array<QString, CaseColumnCount + 1> updates;
        for (QString &array : inserts)
            array = QStringLiteral("{");
        for (QString &array : updates)
            array = QStringLiteral("{");
        qsizetype insertCount = 0;
        qsizetype updateCount = 0;
        for (const Row &row : rows) {
            const QString number = text(row.caseNumber);
            const auto found = stored.constFind(number);
            qint64 latest = 0;
            const Action action = decide(row, found == stored.cend() ? nullptr : &*found, &latest);
            count(action);
            const auto element = [&](QString *array, int c) {
                if (c == ColParties && !row.isNull(c)) {
                    const QString parties = text(row.parties);
                    appendArrayElement(array, &parties, std::nullopt);
                } else {
                    appendArrayElement(
                        array, nullptr, row.isNull(c) ? std::nullopt : std::optional<qint64>(row.values[c]));
                }
            };
            if (action == Action::Insert) {
                ++insertCount;
                appendArrayElement(&inserts[ColCaseNumber], &number, std::nullopt);
                for (int c = ColCaseNumber + 1; c < CaseColumnCount; ++c)
                    element(&inserts[c], c);
            } else if (action == Action::Update) {
                ++updateCount;
                appendArrayElement(&updates[0], nullptr, found->id);
                for (int c = 0; c < CaseColumnCount; ++c) {
                    if (c == ColLatest)
                        appendArrayElement(&updates[c + 1], nullptr, latest);
                    else if (updatable[c] || c == ColImport)
                        element(&updates[c + 1], c);
                }
            }
        }
        if (insertCount > 0) {
            for (int c = 0; c < CaseColumnCount; ++c)
                insertQuery.bindValue(c, inserts[c] + u'}');
            if (!insertQuery.exec())
                return fail(insertQuery);
        }
        if (updateCount > 0) {
            int index = 0;
            updateQuery.bindValue(index++, updates[0] + u'}');
            for (int c = 0; c < CaseColumnCount; ++c) {
                if (updatable[c] || c == ColLatest || c == ColImport)
                    updateQuery.bindValue(index++, updates[c + 1] + u'}');
            }
            if (!updateQuery.exec())
                return fail(updateQuery);
        }
        return true;
    }

    void finishStatements()
    {
        for (sqlite3_stmt **stmt : {&insertStmt, &lookupStmt, &updateStmt}) {
            if (*stmt) {
                sqlite3_finalize(*stmt);
                *stmt = nullptr;
            }
        }
        insertQuery.finish();
        lookupQuery.finish();
        updateQuery.finish();
    }

    bool prepareNative(const QString &sql, sqlite3_stmt **stmt, QString *error)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(
                native, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, stmt, nullptr)
            == SQLITE_OK)
            return true;
        *error = sqlite::sqliteError(native);
        return false;
    }

    bool preparePortable(QSqlQuery &query, const QString &sql, QString *error)
    {
        if (query.prepare(sql))
            return true;
        *error = failure(query.lastError().text());
        return false;
    }
};

CaseWriter::CaseWriter(Store &store)
    : d(std::make_unique<Private>(store))
{ }

CaseWriter::~CaseWriter()
{
    rollback();
}

bool CaseWriter::begin(const Options &options, const ImportRecord &import, QString *error)
{
    d->options = options;
    d->updatable = updatableColumns(options);
    d->native = options.forcePortable ? nullptr : sqlite::nativeHandle(d->db);
    // A role (or file) that may only read would fail at the first write with a bare "permission
    // denied": say what it means instead.
    if (!d->store.canImport(error))
        return false;
    if (!d->db.transaction()) {
        *error = d->failure(d->db.lastError().text());
        return false;
    }
    d->active = true;
    d->inserted = d->updated = d->unchanged = d->older = 0;
    const auto fail = [&] {
        rollback();
        return false;
    };

    QSqlQuery q(d->db);
    if (d->isPostgres()) {
        // One importing transaction at a time per database: two concurrent upserting transactions
        // could otherwise deadlock on each other's rows and would race for the dictionary ids read
        // below. Readers are not blocked (MVCC). Released at commit or rollback.
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(schema::WriterLockKey);
        if (!q.exec()) {
            *error = d->failure(q.lastError().text());
            return fail();
        }
        q.finish();
    }
    // On SQLite the history row, written first, takes the write lock, so the dictionary ids read next
    // cannot be taken by another writer before this transaction ends.
    q.prepare(
        QStringLiteral("INSERT INTO imports (file_name, sha256, imported_at, encoding, rows_read, accepted, "
                       "rejected, inserted, updated, unchanged, older, reject_report) "
                       "VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, NULL) RETURNING id"));
    const QDateTime at = import.importedAt.isValid() ? import.importedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(nonNull(import.fileName));
    q.addBindValue(nonNull(import.sha256)); // known only at commit, when the whole file has been read
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(nonNull(import.encoding));
    if (!q.exec() || !q.next()) {
        *error = d->failure(q.lastError().text());
        return fail();
    }
    d->importId = q.value(0).toLongLong();
    q.finish();

    CaseEncoder::Known known;
    if (!d->loadKnown(&known, error))
        return fail();
    d->encoder = std::make_unique<CaseEncoder>(std::move(known), options.storeParties, d->importId);

    // Into an empty store, building the indexes once at the end is several times cheaper than
    // maintaining them row by row; the importer has already rejected duplicate case numbers.
    if (d->native) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next()) {
            *error = q.lastError().text();
            return fail();
        }
        d->bulk = q.value(0).toLongLong() == 0;
        q.finish();
    } else {
        d->bulk = false;
    }
    if (d->bulk) {
        for (const QString &sql : schema::dropCaseIndexStatements()) {
            if (!d->exec(sql, error))
                return fail();
        }
    }
    QString ignored; // tuning only: a failure here is no reason to stop
    if (d->native)
        d->exec(QStringLiteral("PRAGMA cache_size = -16384"), &ignored); // 16 MB: also bounds the index sort
    if (d->native) {
        // Cases are looked up before they are written: an update-or-insert in one statement would
        // consume an id of PostgreSQL's identity for each update, and the order of states needs the
        // stored dates anyway. The same way on both backends keeps their results the same.
        if (!d->prepareNative(insertStatement(), &d->insertStmt, error)
            || (!d->bulk
                && (!d->prepareNative(lookupStatement(), &d->lookupStmt, error)
                    || !d->prepareNative(updateStatement(d->updatable), &d->updateStmt, error))))
            return fail();
    } else {
        d->lookupQuery.setForwardOnly(true);
        const bool server = d->isPostgres();
        if (!d->preparePortable(d->insertQuery, server ? serverInsertStatement() : insertStatement(), error)
            || !d->preparePortable(
                d->lookupQuery, server ? serverLookupStatement() : lookupStatement(), error)
            || !d->preparePortable(d->updateQuery,
                server ? serverUpdateStatement(d->updatable) : updateStatement(d->updatable), error))
            return fail();
    }
    return true;
}

CaseEncoder &CaseWriter::encoder()
{
    return *d->encoder;
}

bool CaseWriter::write(const EncodedBatch &batch, QString *error)
{
    if (!d->active) {
        *error = QCoreApplication::translate("Store", "no import in progress");
        return false;
    }
    for (const EncodedBatch::Entry &entry : batch.entries) {
        if (!d->writeEntry(entry, error))
            return false;
    }
    if (d->native)
        return d->writeNative(batch, error);
    return d->isPostgres() ? d->writeServer(batch, error) : d->writePortable(batch, error);
}

bool CaseWriter::write(const CaseRecord &record, const CaseNumber &number, QString *error)
{
    d->single.clear();
    d->encoder->encode(record, number, &d->single);
    return write(d->single, error);
}

bool CaseWriter::commit(ImportRecord *import, QString *error)
{
    if (!d->active) {
        *error = QCoreApplication::translate("Store", "no import in progress");
        return false;
    }
    d->finishStatements();
    const auto fail = [&] {
        rollback();
        return false;
    };
    if (d->bulk) {
        QString ignored;
        d->exec(
            QStringLiteral("PRAGMA threads = 2"), &ignored); // lets SQLite sort for the index on two cores
        for (const QString &sql : schema::caseIndexStatements()) {
            if (!d->exec(sql, error))
                return fail();
        }
    }
    import->id = d->importId;
    import->inserted = d->inserted;
    import->updated = d->updated;
    import->unchanged = d->unchanged;
    import->older = d->older;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "UPDATE imports SET sha256 = ?, rows_read = ?, accepted = ?, rejected = ?, inserted = ?, "
        "updated = ?, unchanged = ?, older = ?, reject_report = ? WHERE id = ?"));
    q.addBindValue(nonNull(import->sha256));
    q.addBindValue(import->rowsRead);
    q.addBindValue(import->accepted);
    q.addBindValue(import->rejected);
    q.addBindValue(import->inserted);
    q.addBindValue(import->updated);
    q.addBindValue(import->unchanged);
    q.addBindValue(import->older);
    q.addBindValue(import->rejectReportPath.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(import->rejectReportPath));
    q.addBindValue(d->importId);
    if (!q.exec()) {
        *error = d->failure(q.lastError().text());
        return fail();
    }
    q.finish();
    if (!d->db.commit()) {
        *error = d->failure(d->db.lastError().text());
        return fail();
    }
    d->active = false;
    if (d->native) {
        QString ignored;
        d->exec(QStringLiteral("PRAGMA cache_size = -2000"), &ignored); // SQLite's default
    }
    return true;
}

void CaseWriter::rollback()
{
    d->finishStatements();
    if (d->active) {
        d->db.rollback();
        d->active = false;
    }
}

} // namespace caseload
