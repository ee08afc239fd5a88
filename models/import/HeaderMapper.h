#pragma once

#include "domain/CaseField.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace caseload {

/// The field with a stable English key, as used in export headers and mapping JSON ("filed_on").
std::optional<CaseField> fieldFromKey(QStringView key);

/// Which column holds which field, found from an export's header row.
struct ColumnMapping
{
    std::array<int, CaseFieldCount> column; ///< column index per field, -1 when absent
    std::array<qint64, CaseFieldCount> unitYuan; ///< amount unit per field: 1 (元) or 10000 (万元)
    QList<int> personalColumns; ///< party names, ID numbers: personal data
    QList<int> unmappedColumns; ///< not recognised (ignored)
    QStringList headers; ///< the header row, cleaned

    ColumnMapping();
    int columnOf(CaseField field) const { return column[static_cast<int>(field)]; }
    bool has(CaseField field) const { return columnOf(field) >= 0; }
    /// True when the fields an import cannot do without (case number, filing date) are mapped.
    bool isUsable() const;

    /// `automatic` with a user's corrections applied. The JSON names, by their keys, only the fields
    /// to change, each with its column's header, and optionally amount units:
    /// {"case_number": "编号", "amount_applied": "标的", "units": {"amount_applied": 10000}};
    /// null or "" says the file has no such column. A column
    /// given to a field is taken from any other; an amount's unit comes from "units", else from the
    /// header. Returns nullopt with `error` set when the JSON is malformed or names a missing header.
    static std::optional<ColumnMapping> withOverrides(
        const ColumnMapping &automatic, const QString &json, QString *error);
};

/// Maps export columns onto case fields by their header names, with the Chinese and English synonyms
/// court systems use. Headers are compared after cleaning: blanks removed, full-width forms folded,
/// case ignored, bracketed parts such as `(万元)` or `(日期)` set aside (a 万元 unit is kept).
class HeaderMapper
{
public:
    /// Maps a header row automatically.
    static ColumnMapping map(const QList<QStringView> &header);
    /// A key identifying a header layout (same columns in the same order), for saved mappings.
    static QString signature(const QList<QStringView> &header);
    /// Cleans one header for matching (exposed for tests). `unitYuan` receives 10000 for a 万元
    /// header, else 1; `isCount` whether a bracketed part says it counts times (次数).
    static QString normalise(QStringView header, qint64 *unitYuan = nullptr, bool *isCount = nullptr);
};

} // namespace caseload
