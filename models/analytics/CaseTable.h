#pragma once

#include "domain/CaseRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace caseload {

class Store;

/// One court of a CaseTable: its name, its code (京0105, or empty) and its intermediate-court group.
struct CourtInfo
{
    QString name;
    QString code;
    /// The intermediate court the court belongs to, from its code: the province abbreviation and the
    /// first two division digits (京0105 → 京01; 粤07 → 粤07; the high court 京 → 京). Empty without a code.
    QString intermediateGroup;
};

/// Returns the intermediate-court group of a court code (see CourtInfo::intermediateGroup).
QString intermediateGroupOf(const QString &courtCode);

/// Every case of a store, in memory, column by column, compact enough for national-scale data
/// (39 bytes a case) and scanned by the analytics without SQL.
///
/// Dates are day numbers (days since 1970-01-01). The closure date is kept as days after filing
/// (closures are never before filings: the importer rejects those), the measure dates as signed days
/// after filing, amounts in fen in 40 bits. Values that do not fit a column's width (more than 65,534
/// deducted days, a measure more than 89 years from filing, an amount above 10,995,116,277.75 yuan)
/// are kept exactly in a side table, so nothing is lost or clipped. Courts, causes and handlers are
/// small integer ids into the dictionaries (id 0 of causes and handlers is "not given").
///
/// A table is immutable once loaded and may be read by several threads at once.
class CaseTable
{
    Q_DECLARE_TR_FUNCTIONS(caseload::CaseTable)

public:
    /// Progress of a load: cases read so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr quint16 NotClosed = 0xFFFF; ///< closeDelay of a pending case
    static constexpr qint16 NoDate = std::numeric_limits<qint16>::min(); ///< measure offset: no date

    /// Measure columns (DOMAIN.md "network inquiry" ... "applicant interviewed").
    enum class Measure : quint8 { NetworkInquiry, DishonestList, ConsumptionRestriction, ApplicantInterview };
    static constexpr int MeasureCount = 4;

    CaseTable();
    ~CaseTable();
    CaseTable(CaseTable &&) noexcept;
    CaseTable &operator=(CaseTable &&) noexcept;

    /// How load() read the cases.
    struct LoadInfo
    {
        /// The table came from the store's compact copy (CaseTableSnapshot) plus the cases imported
        /// since; otherwise from a scan of every case.
        bool fromSnapshot = false;
        /// Cases read from the cases table because they changed after the copy (all cases without one).
        qint64 casesScanned = 0;
        /// The newest import the table reflects (imports.id, 0 before any import; -1: not loaded
        /// from a store).
        qint64 importId = -1;
    };

    /// Loads every case of `store` in one read transaction. Returns nullopt with `error` set on a
    /// database error, and with `error` empty when `progress` cancelled. Reads the store's compact
    /// copy of the table when it has a usable one (CaseTableSnapshot), then only the cases imported
    /// since; otherwise every case, through SQLite's own API, libpq's binary COPY on PostgreSQL, or
    /// QtSql. Both ways give the same table.
    static std::optional<CaseTable> load(const Store &store, QString *error, const Progress &progress = {});
    /// How this table was loaded (defaults for a table built by hand).
    const LoadInfo &loadInfo() const { return m_loadInfo; }

    /// Appends one case (used by the portable loader and by tests that build tables by hand).
    /// Court, cause and handler are looked up by name and added to the dictionaries when new; a court
    /// with an empty name is looked up by its code. Fails (false, `error` set, nothing appended) when a
    /// dictionary outgrows its id width (65,535 courts or causes) or no column can hold the case: no
    /// filing date, or a closure before filing or more than 65,534 days after it (the importer
    /// rejects both).
    bool append(const CaseRecord &record, QString *error = nullptr);
    void reserve(qint64 cases);

    qint64 size() const { return qint64(m_filed.size()); }
    bool isEmpty() const { return m_filed.empty(); }

    // Column access by row (0 <= row < size()). Inline: the analytics call these for every case.
    qint32 filedDay(qint64 row) const { return m_filed[size_t(row)]; }
    bool isClosed(qint64 row) const { return m_closeDelay[size_t(row)] != NotClosed; }
    /// Day number of the closure; only for closed cases.
    qint32 closedDay(qint64 row) const { return m_filed[size_t(row)] + m_closeDelay[size_t(row)]; }
    /// Days from filing to closure (raw duration); NotClosed while pending.
    quint16 closeDelay(qint64 row) const { return m_closeDelay[size_t(row)]; }
    quint16 court(qint64 row) const { return m_court[size_t(row)]; }
    CaseType type(qint64 row) const { return CaseType(m_type[size_t(row)]); }
    ClosureMethod closureMethod(qint64 row) const { return ClosureMethod(m_method[size_t(row)]); }
    quint16 cause(qint64 row) const { return m_cause[size_t(row)]; }
    quint32 handler(qint64 row) const { return m_handler[size_t(row)]; }
    /// Property flag: nullopt when the export did not say.
    std::optional<bool> hasProperty(qint64 row) const
    {
        const quint8 f = m_flags[size_t(row)];
        return (f & PropertyKnown) ? std::optional<bool>(f & PropertyYes) : std::nullopt;
    }
    int deductedDays(qint64 row) const
    {
        const quint16 v = m_deducted[size_t(row)];
        return v == Wide16 ? int(wide(row, WideDeducted)) : v;
    }
    int extensionDays(qint64 row) const
    {
        const quint16 v = m_extension[size_t(row)];
        return v == Wide16 ? int(wide(row, WideExtension)) : v;
    }
    bool hasAmountApplied(qint64 row) const { return m_flags[size_t(row)] & AppliedKnown; }
    bool hasAmountRecovered(qint64 row) const { return m_flags[size_t(row)] & RecoveredKnown; }
    /// Amount applied for in fen; 0 when not given (see hasAmountApplied).
    qint64 amountAppliedFen(qint64 row) const { return amount(row, 0); }
    /// Amount recovered in fen; 0 when not given (see hasAmountRecovered).
    qint64 amountRecoveredFen(qint64 row) const { return amount(row, 1); }
    /// Days from filing to the measure (negative when before filing); nullopt when not given.
    std::optional<qint32> measureOffset(qint64 row, Measure m) const
    {
        const qint16 v = m_measures[size_t(row) * MeasureCount + size_t(m)];
        if (v == NoDate)
            return std::nullopt;
        if (v == Wide16Signed)
            return qint32(wide(row, WideMeasure0 + int(m)));
        return v;
    }
    /// True when at least one case has a value in the measure column (the export carried it).
    bool hasMeasureColumn(Measure m) const { return m_measureSeen[int(m)]; }
    /// True when at least one case has the property flag.
    bool hasPropertyColumn() const { return m_propertySeen; }
    bool hasAmountColumns() const { return m_amountSeen; }

    /// Dictionaries. Court ids are 0..courtCount()-1; cause and handler id 0 means "not given".
    const std::vector<CourtInfo> &courts() const { return m_courts; }
    const QStringList &causes() const { return m_causes; }
    const QStringList &handlers() const { return m_handlers; }
    std::optional<quint16> courtId(const QString &name) const;

    /// Earliest filing day and latest filing or closure day (0 when empty).
    qint32 firstDay() const { return m_firstDay; }
    qint32 lastDay() const { return m_lastDay; }

    /// The case's id in the store (cases.id), to fetch what the table does not keep (the case number,
    /// parties) for the few rows a list shows. Cases appended by hand get 1, 2, 3... in order.
    qint64 storeId(qint64 row) const;
    /// The row holding the case with store id `id`; nullopt when none does. O(log n).
    std::optional<qint64> rowOfStoreId(qint64 id) const;

    /// The case as a record (no case number: the table does not keep it). For tests and drill-down.
    CaseRecord record(qint64 row) const;

    /// Bytes held by the table (columns, dictionaries, side table).
    qint64 memoryBytes() const;

private:
    enum Flag : quint8 {
        PropertyKnown = 1,
        PropertyYes = 2,
        AppliedKnown = 4,
        RecoveredKnown = 8,
    };
    enum WideColumn { WideDeducted, WideExtension, WideApplied, WideRecovered, WideMeasure0 };
    static constexpr quint16 Wide16 = 0xFFFF;
    static constexpr qint16 Wide16Signed = std::numeric_limits<qint16>::min() + 1;
    static constexpr quint64 Wide40 = (quint64(1) << 40) - 1;

    qint64 amount(qint64 row, int which) const
    {
        const size_t i = size_t(row) * 2 + size_t(which);
        const quint64 v = quint64(m_amountLow[i]) | (quint64(m_amountHigh[i]) << 32);
        return v == Wide40 ? wide(row, WideApplied + which) : qint64(v);
    }
    qint64 wide(qint64 row, int column) const;
    void setWide(qint64 row, int column, qint64 value);
    /// Records the store id of the row about to be appended (ids ascend in row order).
    void pushStoreId(qint64 id);

    // Store ids cost nothing while they are dense (row r has m_idBase + r, as after a plain import);
    // the first gap materialises them as offsets from m_idBase, and an offset past 32 bits as ids.
    qint64 m_idBase = 1;
    std::vector<quint32> m_idOffsets;
    std::vector<qint64> m_ids;

    std::vector<qint32> m_filed;
    std::vector<quint16> m_closeDelay;
    std::vector<quint16> m_court;
    std::vector<quint8> m_type;
    std::vector<quint8> m_method;
    std::vector<quint8> m_flags;
    std::vector<quint16> m_cause;
    std::vector<quint32> m_handler;
    std::vector<quint16> m_deducted;
    std::vector<quint16> m_extension;
    std::vector<qint16> m_measures; ///< MeasureCount per case
    std::vector<quint32> m_amountLow; ///< applied, recovered per case: low 32 bits
    std::vector<quint8> m_amountHigh; ///< high 8 bits
    std::unordered_map<quint64, qint64> m_wide; ///< (row << 4 | column) -> exact value

    std::vector<CourtInfo> m_courts;
    QStringList m_causes;
    QStringList m_handlers;
    struct Lookup;
    std::unique_ptr<Lookup> m_lookup; ///< name -> id maps used while appending
    bool m_measureSeen[MeasureCount] = {};
    /// Range of the measure offsets of all cases (min > max while there is none): Analytics skips
    /// the cases none of whose measures can fall in its period.
    qint64 m_measureOffsetMin = std::numeric_limits<qint64>::max();
    qint64 m_measureOffsetMax = std::numeric_limits<qint64>::min();
    bool m_propertySeen = false;
    bool m_amountSeen = false;
    qint32 m_firstDay = 0;
    qint32 m_lastDay = 0;
    LoadInfo m_loadInfo;
    /// The store's ids of the dictionaries' entries (index: court, cause or handler id; cause and
    /// handler 0, "not given", have 0): what a snapshot of the table refers to. Empty for tables built
    /// by hand.
    std::vector<qint64> m_courtKeys;
    std::vector<qint64> m_causeKeys;
    std::vector<qint64> m_handlerKeys;

    friend class CaseTableLoader;
    friend class CaseTableSnapshot;
    friend class Analytics; ///< its scan reads the measure column directly (see Analytics.cpp)
};

} // namespace caseload
