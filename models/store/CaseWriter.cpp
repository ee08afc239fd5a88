#include "CaseWriter.h"

#include "Schema.h"
#include "SqliteNative.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

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

QString caseStatement(const CaseWriter::Options &options, bool upsert)
{
    QStringList columns;
    QStringList marks;
    for (const char *name : columnNames) {
        columns.append(QLatin1String(name));
        marks.append(QStringLiteral("?"));
    }
    QString sql
        = QStringLiteral("INSERT INTO cases (%1) VALUES (%2)").arg(columns.join(u','), marks.join(u','));
    if (!upsert)
        return sql;
    const auto updatable = updatableColumns(options);
    QStringList sets;
    QStringList differs;
    for (int c = 0; c < CaseColumnCount; ++c) {
        if (!updatable[c])
            continue;
        const QString name = QLatin1String(columnNames[c]);
        sets.append(QStringLiteral("%1 = excluded.%1").arg(name));
        differs.append(QStringLiteral("cases.%1 IS DISTINCT FROM excluded.%1").arg(name));
    }
    sets.append(QStringLiteral("import_id = excluded.import_id"));
    // The WHERE makes an identical re-import a no-op: no write, and it is counted as unchanged.
    return sql
        + QStringLiteral(" ON CONFLICT (case_number) DO UPDATE SET %1 WHERE %2")
              .arg(sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
}

using schema::nonNull;

} // namespace

struct CaseWriter::Private
{
    QSqlDatabase db;
    Options options;
    bool active = false;
    bool bulk = false; ///< empty store: plain inserts, indexes rebuilt at commit
    qint64 importId = 0;
    qint64 countBefore = 0;
    qint64 written = 0;
    qint64 changed = 0;

    sqlite3 *native = nullptr;
    sqlite3_stmt *caseStmt = nullptr;
    QSqlQuery portable;
    std::unique_ptr<CaseEncoder> encoder;
    EncodedBatch single; ///< for write(record)

    explicit Private(Store &s)
        : db(s.database())
        , portable(db)
    { }

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
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
                *error = q.lastError().text();
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
        *error = q.lastError().text();
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

    bool writeNative(const EncodedBatch &batch, QString *error)
    {
        return forEachRow(batch, [&](const Row &row) {
            const auto bindText = [&](int column, std::u16string_view s) {
                return sqlite3_bind_text16(caseStmt, column + 1, s.data(), int(s.size() * 2), SQLITE_STATIC);
            };
            int rc = bindText(ColCaseNumber, row.caseNumber);
            for (int c = ColCaseNumber + 1; c < CaseColumnCount && rc == SQLITE_OK; ++c) {
                if (row.isNull(c))
                    rc = sqlite3_bind_null(caseStmt, c + 1);
                else if (c == ColParties)
                    rc = bindText(c, row.parties);
                else
                    rc = sqlite3_bind_int64(caseStmt, c + 1, row.values[c]);
            }
            if (rc == SQLITE_OK)
                rc = sqlite3_step(caseStmt);
            sqlite3_reset(caseStmt);
            if (rc != SQLITE_DONE) {
                *error = sqlite::sqliteError(native);
                return false;
            }
            changed += sqlite3_changes(native);
            return true;
        });
    }

    bool writePortable(const EncodedBatch &batch, QString *error)
    {
        return forEachRow(batch, [&](const Row &row) {
            const auto text = [](std::u16string_view s) {
                return QString(reinterpret_cast<const QChar *>(s.data()), qsizetype(s.size()));
            };
            portable.bindValue(ColCaseNumber, text(row.caseNumber));
            for (int c = ColCaseNumber + 1; c < CaseColumnCount; ++c) {
                if (row.isNull(c))
                    portable.bindValue(
                        c, QVariant(QMetaType(c == ColParties ? QMetaType::QString : QMetaType::LongLong)));
                else if (c == ColParties)
                    portable.bindValue(c, text(row.parties));
                else
                    portable.bindValue(c, row.values[c]);
            }
            if (!portable.exec()) {
                *error = portable.lastError().text();
                return false;
            }
            changed += portable.numRowsAffected();
            return true;
        });
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
    d->native = options.forcePortable ? nullptr : sqlite::nativeHandle(d->db);
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

    // The history row is written first: it takes the write lock, so the dictionary ids read next
    // cannot be taken by another writer before this transaction ends.
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("INSERT INTO imports (file_name, sha256, imported_at, encoding, rows_read, accepted, "
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

    CaseEncoder::Known known;
    if (!d->loadKnown(&known, error))
        return fail();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next()) {
        *error = q.lastError().text();
        return fail();
    }
    d->countBefore = q.value(0).toLongLong();
    q.finish();
    d->encoder = std::make_unique<CaseEncoder>(std::move(known), options.storeParties, d->importId);

    // Into an empty store, building the indexes once at the end is several times cheaper than
    // maintaining them row by row; the importer has already rejected duplicate case numbers.
    d->bulk = d->countBefore == 0 && d->native;
    if (d->bulk) {
        for (const QString &sql : schema::dropCaseIndexStatements()) {
            if (!d->exec(sql, error))
                return fail();
        }
    }
    QString ignored; // tuning only: a failure here is no reason to stop
    if (d->native)
        d->exec(QStringLiteral("PRAGMA cache_size = -16384"), &ignored); // 16 MB: also bounds the index sort
    const QString sql = caseStatement(options, !d->bulk);
    if (d->native) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(d->native, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                &d->caseStmt, nullptr)
            != SQLITE_OK) {
            *error = sqlite::sqliteError(d->native);
            return fail();
        }
    } else if (!d->portable.prepare(sql)) {
        *error = d->portable.lastError().text();
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
    if (!(d->caseStmt ? d->writeNative(batch, error) : d->writePortable(batch, error)))
        return false;
    d->written += qint64(batch.size());
    return true;
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
    q.prepare(QStringLiteral(
        "UPDATE imports SET sha256 = ?, rows_read = ?, accepted = ?, rejected = ?, inserted = ?, "
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
