#include "CaseWriter.h"

#include "Schema.h"
#include "domain/DayNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace caseload {

namespace {

// Parameter order of the case statement.
enum Param {
    PCaseNumber, PCaseYear, PCaseSeq, PCourt, PType, PCause, PFiled, PClosed, PMethod, PApplied, PRecovered,
    PHandler, PDepartment, PDeducted, PExtension, PProperty, PInquiry, PDishonest, PRestriction, PInterview,
    PParties, PImport, ParamCount
};

const char *const columnNames[ParamCount] = {
    "case_number", "case_year", "case_seq", "court_id", "case_type", "cause_id", "filed_on", "closed_on",
    "closure_method", "amount_applied", "amount_recovered", "handler_id", "department_id", "deducted_days",
    "extension_days", "has_property", "network_inquiry_on", "dishonest_list_on", "consumption_restriction_on",
    "applicant_interview_on", "parties", "import_id",
};

/// Which columns an update may change, from the fields the file carries.
std::array<bool, ParamCount> updatableColumns(const CaseWriter::Options &options)
{
    const auto has = [&](CaseField f) { return options.present[static_cast<int>(f)]; };
    std::array<bool, ParamCount> u{};
    u[PCaseYear] = u[PCaseSeq] = true;
    u[PCourt] = has(CaseField::CourtName);
    u[PType] = has(CaseField::CaseType);
    u[PCause] = has(CaseField::Cause);
    u[PFiled] = true;
    u[PClosed] = has(CaseField::ClosedOn);
    u[PMethod] = has(CaseField::ClosureMethod);
    u[PApplied] = has(CaseField::AmountApplied);
    u[PRecovered] = has(CaseField::AmountRecovered);
    u[PHandler] = has(CaseField::Handler);
    u[PDepartment] = has(CaseField::Department);
    u[PDeducted] = has(CaseField::DeductedDays);
    u[PExtension] = has(CaseField::ExtensionDays);
    u[PProperty] = has(CaseField::HasProperty);
    u[PInquiry] = has(CaseField::NetworkInquiryOn);
    u[PDishonest] = has(CaseField::DishonestListOn);
    u[PRestriction] = has(CaseField::ConsumptionRestrictionOn);
    u[PInterview] = has(CaseField::ApplicantInterviewOn);
    u[PParties] = options.storeParties;
    return u;
}

QString caseStatement(const CaseWriter::Options &options, bool upsert)
{
    QStringList columns;
    QStringList marks;
    for (const char *name : columnNames) {
        columns.append(QLatin1String(name));
        marks.append(QStringLiteral("?"));
    }
    QString sql = QStringLiteral("INSERT INTO cases (%1) VALUES (%2)").arg(columns.join(u','), marks.join(u','));
    if (!upsert)
        return sql;
    const auto updatable = updatableColumns(options);
    QStringList sets;
    QStringList differs;
    for (int p = 0; p < ParamCount; ++p) {
        if (!updatable[p])
            continue;
        const QString name = QLatin1String(columnNames[p]);
        sets.append(QStringLiteral("%1 = excluded.%1").arg(name));
        differs.append(QStringLiteral("cases.%1 IS DISTINCT FROM excluded.%1").arg(name));
    }
    sets.append(QStringLiteral("import_id = excluded.import_id"));
    // The WHERE makes an identical re-import a no-op: no write, and it is counted as unchanged.
    return sql + QStringLiteral(" ON CONFLICT (case_number) DO UPDATE SET %1 WHERE %2")
                     .arg(sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
}

/// A value for one parameter: null, an integer or a text.
struct Value
{
    enum Kind { Null, Int, Text } kind = Null;
    qint64 i = 0;
    const QString *s = nullptr;
};

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

/// QtSql binds a null QString as NULL; the history's text columns are NOT NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

struct CaseWriter::Private
{
    Store &store;
    QSqlDatabase db;
    Options options;
    bool active = false;
    bool bulk = false;                 ///< empty store: plain inserts, indexes rebuilt at commit
    qint64 importId = 0;
    qint64 countBefore = 0;
    qint64 written = 0;
    qint64 changed = 0;

    sqlite3 *native = nullptr;
    sqlite3_stmt *caseStmt = nullptr;
    QSqlQuery portable;

    struct CourtEntry
    {
        qint64 id;
        QString code;
    };
    QHash<QString, CourtEntry> courts;
    QHash<QString, qint64> causes, handlers, departments;

    explicit Private(Store &s) : store(s), db(s.database()), portable(db) {}

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    }

    bool loadDictionary(const char *table, QHash<QString, qint64> *into, QString *error)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name FROM %1").arg(QLatin1String(table)))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            into->insert(q.value(1).toString(), q.value(0).toLongLong());
        return true;
    }

    /// Id of `name` in a dictionary table, inserting it when new; 0 for an empty name (stored as NULL).
    qint64 dictionaryId(const char *table, QHash<QString, qint64> &cache, const QString &name, QString *error)
    {
        if (name.isEmpty())
            return 0;
        const auto it = cache.constFind(name);
        if (it != cache.constEnd())
            return *it;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (name) VALUES (?) RETURNING id").arg(QLatin1String(table)));
        q.addBindValue(name);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return -1;
        }
        const qint64 id = q.value(0).toLongLong();
        cache.insert(name, id);
        return id;
    }

    qint64 courtId(const QString &name, const QString &code, QString *error)
    {
        const QString key = name.isEmpty() ? code : name;
        auto it = courts.find(key);
        if (it != courts.end()) {
            if (it->code.isEmpty() && !code.isEmpty()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE courts SET code = ? WHERE id = ?"));
                q.addBindValue(code);
                q.addBindValue(it->id);
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return -1;
                }
                it->code = code;
            }
            return it->id;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO courts (name, code) VALUES (?, ?) RETURNING id"));
        q.addBindValue(key);
        q.addBindValue(code);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return -1;
        }
        const qint64 id = q.value(0).toLongLong();
        courts.insert(key, CourtEntry{id, code});
        return id;
    }

    bool step(const std::array<Value, ParamCount> &values, QString *error)
    {
        if (caseStmt) {
            for (int p = 0; p < ParamCount; ++p) {
                const Value &v = values[p];
                int rc = SQLITE_OK;
                if (v.kind == Value::Int)
                    rc = sqlite3_bind_int64(caseStmt, p + 1, v.i);
                else if (v.kind == Value::Text)
                    rc = sqlite3_bind_text16(caseStmt, p + 1, v.s->utf16(), int(v.s->size() * 2), SQLITE_STATIC);
                else
                    rc = sqlite3_bind_null(caseStmt, p + 1);
                if (rc != SQLITE_OK) {
                    *error = sqliteError(native);
                    return false;
                }
            }
            const int rc = sqlite3_step(caseStmt);
            sqlite3_reset(caseStmt);
            if (rc != SQLITE_DONE) {
                *error = sqliteError(native);
                return false;
            }
            changed += sqlite3_changes(native);
            return true;
        }
        for (int p = 0; p < ParamCount; ++p) {
            const Value &v = values[p];
            portable.bindValue(p, v.kind == Value::Int    ? QVariant(v.i)
                                  : v.kind == Value::Text ? QVariant(*v.s)
                                                          : QVariant(QMetaType(QMetaType::LongLong)));
        }
        if (!portable.exec()) {
            *error = portable.lastError().text();
            return false;
        }
        changed += portable.numRowsAffected();
        return true;
    }

    void finishStatements()
    {
        if (caseStmt) {
            sqlite3_finalize(caseStmt);
            caseStmt = nullptr;
        }
        portable.finish();
    }
};

CaseWriter::CaseWriter(Store &store) : d(std::make_unique<Private>(store)) {}

CaseWriter::~CaseWriter()
{
    rollback();
}

bool CaseWriter::begin(const Options &options, const ImportRecord &import, QString *error)
{
    d->options = options;
    if (!d->db.transaction()) {
        *error = d->db.lastError().text();
        return false;
    }
    d->active = true;
    d->written = d->changed = 0;
    const auto fail = [&] {
        rollback();
        return false;
    };
    if (!d->loadDictionary("causes", &d->causes, error) || !d->loadDictionary("handlers", &d->handlers, error)
        || !d->loadDictionary("departments", &d->departments, error))
        return fail();
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, code FROM courts"))) {
            *error = q.lastError().text();
            return fail();
        }
        while (q.next())
            d->courts.insert(q.value(1).toString(), Private::CourtEntry{q.value(0).toLongLong(), q.value(2).toString()});
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next()) {
            *error = q.lastError().text();
            return fail();
        }
        d->countBefore = q.value(0).toLongLong();
    }

    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO imports (file_name, sha256, imported_at, encoding, rows_read, accepted, "
                             "rejected, inserted, updated, unchanged, reject_report) "
                             "VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, NULL) RETURNING id"));
    const QDateTime at = import.importedAt.isValid() ? import.importedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(nonNull(import.fileName));
    q.addBindValue(nonNull(import.sha256)); // known only at commit, when the whole file has been read
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(nonNull(import.encoding));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return fail();
    }
    d->importId = q.value(0).toLongLong();
    q.finish();

    d->native = options.forcePortable ? nullptr : nativeHandle(d->db);
    // Into an empty store, building the indexes once at the end is several times cheaper than
    // maintaining them row by row; the importer has already rejected duplicate case numbers.
    d->bulk = d->countBefore == 0 && d->native;
    if (d->bulk) {
        for (const QString &sql : schema::dropCaseIndexStatements()) {
            if (!d->exec(sql, error))
                return fail();
        }
        d->exec(QStringLiteral("PRAGMA cache_size = -65536"), error);
    }
    const QString sql = caseStatement(options, !d->bulk);
    if (d->native) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(d->native, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                               &d->caseStmt, nullptr)
            != SQLITE_OK) {
            *error = sqliteError(d->native);
            return fail();
        }
    } else if (!d->portable.prepare(sql)) {
        *error = d->portable.lastError().text();
        return fail();
    }
    return true;
}

bool CaseWriter::write(const CaseRecord &r, const CaseNumber &number, QString *error)
{
    std::array<Value, ParamCount> v{};
    const auto integer = [&](Param p, qint64 i) { v[p] = Value{Value::Int, i, nullptr}; };
    const auto text = [&](Param p, const QString &s) {
        if (!s.isEmpty())
            v[p] = Value{Value::Text, 0, &s};
    };
    const auto date = [&](Param p, QDate day) {
        if (day.isValid())
            integer(p, toDayNumber(day));
    };
    const auto id = [&](Param p, qint64 i) {
        if (i < 0)
            return false;
        if (i > 0)
            integer(p, i);
        return true;
    };

    text(PCaseNumber, r.caseNumber);
    if (number.year > 0)
        integer(PCaseYear, number.year);
    if (number.sequence > 0)
        integer(PCaseSeq, number.sequence);
    const qint64 court = d->courtId(r.courtName, r.courtCode, error);
    if (court < 0)
        return false;
    integer(PCourt, court);
    integer(PType, static_cast<int>(r.type));
    if (!id(PCause, d->dictionaryId("causes", d->causes, r.cause, error)))
        return false;
    date(PFiled, r.filedOn);
    date(PClosed, r.closedOn);
    integer(PMethod, static_cast<int>(r.closureMethod));
    if (r.appliedFen)
        integer(PApplied, *r.appliedFen);
    if (r.recoveredFen)
        integer(PRecovered, *r.recoveredFen);
    if (!id(PHandler, d->dictionaryId("handlers", d->handlers, r.handler, error))
        || !id(PDepartment, d->dictionaryId("departments", d->departments, r.department, error)))
        return false;
    integer(PDeducted, r.deductedDays);
    integer(PExtension, r.extensionDays);
    if (r.hasProperty)
        integer(PProperty, *r.hasProperty ? 1 : 0);
    date(PInquiry, r.networkInquiryOn);
    date(PDishonest, r.dishonestListOn);
    date(PRestriction, r.consumptionRestrictionOn);
    date(PInterview, r.applicantInterviewOn);
    if (d->options.storeParties)
        text(PParties, r.parties);
    integer(PImport, d->importId);
    if (!d->step(v, error))
        return false;
    ++d->written;
    return true;
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
        d->exec(QStringLiteral("PRAGMA threads = 2"), error);
        for (const QString &sql : schema::caseIndexStatements()) {
            if (!d->exec(sql, error))
                return fail();
        }
    }
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next()) {
        *error = q.lastError().text();
        return fail();
    }
    const qint64 countAfter = q.value(0).toLongLong();
    import->id = d->importId;
    import->inserted = countAfter - d->countBefore;
    import->updated = d->changed - import->inserted;
    import->unchanged = d->written - d->changed;
    q.prepare(QStringLiteral("UPDATE imports SET sha256 = ?, rows_read = ?, accepted = ?, rejected = ?, inserted = ?, "
                             "updated = ?, unchanged = ?, reject_report = ? WHERE id = ?"));
    q.addBindValue(nonNull(import->sha256));
    q.addBindValue(import->rowsRead);
    q.addBindValue(import->accepted);
    q.addBindValue(import->rejected);
    q.addBindValue(import->inserted);
    q.addBindValue(import->updated);
    q.addBindValue(import->unchanged);
    q.addBindValue(import->rejectReportPath.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(import->rejectReportPath));
    q.addBindValue(d->importId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return fail();
    }
    q.finish();
    if (!d->db.commit()) {
        *error = d->db.lastError().text();
        return fail();
    }
    d->active = false;
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
