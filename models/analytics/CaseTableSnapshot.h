#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace caseload {

class CaseTable;
class Store;

/// The case table's compact copy kept in the store (table case_table_snapshot, schema version 4): the
/// table's columns as they lie in memory, in parts of CasesPerPart cases, with the store ids of the
/// dictionaries' entries and the newest import the copy reflects. CaseTable::load reads it at memory
/// speed instead of decoding some twenty values per case, then reads only the cases imported since
/// (cases.import_id, indexed). Whoever may import writes the copy anew when it is missing or too many
/// cases changed since (isStale): the program after an import or on opening such a store, and
/// `caseload import`.
///
/// Part 0 is the header; parts 1..n hold the cases in store-id order. A part that does not read back
/// exactly (wrong size, unknown format version, ids out of order) makes the copy unusable: the loader
/// then scans every case, as without a copy.
class CaseTableSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(caseload::CaseTableSnapshot)

public:
    static constexpr qint64 CasesPerPart = 65536;
    static constexpr quint32 FormatVersion = 1;

    /// True when `table` came from a store without a usable copy, or from one with more cases changed
    /// since than 1/32 of the table (and at least CasesPerPart): saving it makes the next load fast.
    static bool isStale(const CaseTable &table);
    /// The same question asked of the store without loading the table: whether its copy is missing,
    /// unreadable or out of date (header and a count of the changed cases through the import-id
    /// index). Nullopt with `error` set on a database error.
    static std::optional<bool> isStale(const QSqlDatabase &db, QString *error);

    /// Writes `table` (as CaseTable::load read it from `store`) as the store's copy, replacing the old
    /// one, in one transaction that waits for a running import. Writes nothing and returns true when an
    /// import came after the table was loaded (the table is no longer the store's state), the table
    /// was not loaded from a store, or `keepGoing` (asked between parts) returned false. False with
    /// `error` set on a database error (nothing changed).
    static bool save(Store &store, const CaseTable &table, QString *error,
        const std::function<bool()> &keepGoing = {});

    /// The copy's header.
    struct Header
    {
        qint64 importId = 0; ///< the newest import the copy reflects
        qint64 caseCount = 0;
        qint64 partCount = 0; ///< parts holding cases (1..partCount)
        std::vector<qint64> courtKeys; ///< store ids of the dictionaries (see CaseTable::m_courtKeys)
        std::vector<qint64> causeKeys;
        std::vector<qint64> handlerKeys;
    };

    /// The cases written by imports after `importId` (through the import-id index). Nullopt with
    /// `error` set on a database error.
    static std::optional<qint64> changedSince(const QSqlDatabase &db, qint64 importId, QString *error);

    /// Reads the header of the copy in `db`. Nullopt with `error` empty when there is no usable copy
    /// (none written, another format); with `error` set on a database error.
    static std::optional<Header> readHeader(const QSqlDatabase &db, QString *error);

    /// Calls `visit` with each part holding cases, in order (the bytes are valid during the call only);
    /// stops when it returns false. False with `error` set on a database error. Reads through SQLite's
    /// or libpq's own API where it can (no copy of the bytes), else QtSql.
    static bool readParts(
        const QSqlDatabase &db, const std::function<bool(const char *data, qint64 size)> &visit, QString *error);

    /// Translation of a copy's dictionary ids into the loading table's (index: id in the copy).
    struct KeyMaps
    {
        std::vector<quint32> courts;
        std::vector<quint32> causes;
        std::vector<quint32> handlers;
        bool identity = true; ///< every id maps to itself: columns are copied as they are
    };

    /// Appends the cases of one part to `t`, translating dictionary ids by `maps` (every id of the part
    /// must be in them). False, leaving `t` to be thrown away, when the part is malformed or its ids do
    /// not follow the table's last id.
    static bool appendPart(CaseTable &t, const char *data, qint64 size, const KeyMaps &maps);

private:
    /// The rows [first, first + count) of `t`, column after column, with `wide`, the side table's
    /// entries of those rows.
    static QByteArray encodePart(
        const CaseTable &t, qint64 first, qint64 count, std::span<const std::pair<quint64, qint64>> wide);
};

} // namespace caseload
