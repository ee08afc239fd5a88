#pragma once

#include "domain/CaseNumber.h"
#include "domain/CaseRecord.h"

#include "io/StringIdMap.h"

#include <QHash>
#include <QString>

#include <string>
#include <vector>

namespace caseload {

/// The columns of the `cases` table in the order CaseWriter binds them.
enum CaseColumn {
    ColCaseNumber,
    ColCaseYear,
    ColCaseSeq,
    ColCourt,
    ColType,
    ColCause,
    ColFiled,
    ColClosed,
    ColMethod,
    ColApplied,
    ColRecovered,
    ColHandler,
    ColDepartment,
    ColDeducted,
    ColExtension,
    ColProperty,
    ColInquiry,
    ColDishonest,
    ColRestriction,
    ColInterview,
    ColParties,
    ColImport,
    ColLatest, ///< latest_on: the latest of the dates the row carries (day number)
    CaseColumnCount
};

/// The small tables that hold repeated texts.
enum class Dictionary { Courts, Causes, Handlers, Departments };

/// Cases turned into column values ready to bind, plus the dictionary rows they need that the
/// store does not have yet. Flat arrays: a batch of thousands of cases is a handful of allocations.
struct EncodedBatch
{
    struct Entry
    {
        Dictionary table;
        qint64 id;
        QString name;
        QString code; ///< courts only
        bool update = false; ///< courts only: the row exists, set its code
    };
    std::vector<Entry> entries; ///< to write before the cases
    std::vector<qint64> values; ///< CaseColumnCount per case (text columns: unused)
    std::vector<quint32> nulls; ///< per case: bit c set when column c is NULL
    std::u16string text; ///< case numbers and parties, back to back
    std::vector<quint32> textEnds; ///< per case: end of its case number, end of its parties in `text`

    size_t size() const { return nulls.size(); }
    void clear();
    /// Makes room for `cases` cases at once (a batch is filled to a known size).
    void reserve(size_t cases);
};

/// Turns CaseRecords into an EncodedBatch: day numbers, fen, enumeration codes, and dictionary ids
/// (new names get the next free id). One encoder belongs to one CaseWriter transaction; it may run
/// on another thread than the writer, as long as only one thread uses it.
class CaseEncoder
{
public:
    /// Known dictionary rows, and the highest ids in use, as read by CaseWriter::begin().
    struct Known
    {
        StringIdMap ids[4]; ///< per Dictionary: name → id
        StringIdMap courtsByCode; ///< court code → id
        QHash<qint64, QString> courtCodes; ///< court id → code, where known
        qint64 nextId[4] = {1, 1, 1, 1};
    };

    CaseEncoder(Known known, bool storeParties, qint64 importId);

    void encode(const CaseRecord &record, const CaseNumber &number, EncodedBatch *batch);

private:
    qint64 dictionaryId(Dictionary table, const QString &name, EncodedBatch *batch);
    qint64 courtId(const QString &name, const QString &code, EncodedBatch *batch);

    Known m_known;
    bool m_storeParties;
    qint64 m_importId;
};

} // namespace caseload
