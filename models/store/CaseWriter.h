#pragma once

#include "CaseEncoder.h"
#include "Store.h"
#include "domain/CaseField.h"
#include "domain/CaseNumber.h"
#include "domain/CaseRecord.h"

#include <QString>

#include <array>
#include <memory>

namespace caseload {

/// Writes one import's cases into a Store inside one transaction: nothing is visible, and nothing
/// changes, until commit(); a failure, a rollback() or the writer's destruction leave the store as it
/// was. Cases are keyed by case number: a new number is inserted, a known one is updated in the
/// columns the file carries (fields it lacks keep their stored values), and an unchanged case is
/// left alone. A case's state only moves forward: a row whose latest date (the latest of its filing,
/// closure and measure dates among the columns the file carries) is earlier than the stored case's
/// latest date over the same columns is not applied and is counted as older; at an equal date the
/// row wins. The import's history entry is written in the same transaction.
///
/// Each case is looked up, then inserted or updated by id, so no id is consumed by an update:
/// PostgreSQL's identity ids stay dense as SQLite's do. On PostgreSQL the transaction first takes an
/// advisory lock (schema::WriterLockKey), so concurrent imports into one database run one after the
/// other instead of deadlocking; readers are not blocked. begin() refuses, with Store::canImport()'s
/// message, a store the connection may not write. An error on a connection that is gone reads as
/// Store::connectionLostMessage() (Store::isConnectionError() recognises it).
///
/// On SQLite the rows go through the native sqlite3 handle (prepared statements, values bound
/// without QVariant); into an empty store the indexes are dropped during the load and rebuilt at
/// commit. Other drivers use portable QtSql with bound parameters.
class CaseWriter
{
public:
    /// Which fields the file carries (index: CaseField).
    using FieldSet = std::array<bool, CaseFieldCount>;

    struct Options
    {
        FieldSet present {};
        bool storeParties = false; ///< the file's party columns are kept (the user opted in)
        bool forcePortable = false; ///< use the QtSql path even on SQLite (tests)
    };

    explicit CaseWriter(Store &store);
    ~CaseWriter();
    CaseWriter(const CaseWriter &) = delete;
    CaseWriter &operator=(const CaseWriter &) = delete;

    /// Starts the transaction and the history entry (`import`'s file name, digest, encoding).
    bool begin(const Options &options, const ImportRecord &import, QString *error);
    /// The encoder of this transaction (valid after begin()). It may run on another thread, producing
    /// batches while this thread writes earlier ones; only one thread may use it at a time.
    CaseEncoder &encoder();
    /// Writes a batch of encoded cases (and the dictionary rows they introduce).
    bool write(const EncodedBatch &batch, QString *error);
    /// Encodes and writes one validated case; `number` is its parsed case number. Not to be mixed
    /// with encoder() used on another thread.
    bool write(const CaseRecord &record, const CaseNumber &number, QString *error);
    /// Finishes: rebuilds indexes if they were dropped, completes the history entry with `import`'s
    /// counts plus the inserted/updated/unchanged/older figures it fills in, and commits.
    bool commit(ImportRecord *import, QString *error);
    /// Abandons everything written since begin().
    void rollback();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
