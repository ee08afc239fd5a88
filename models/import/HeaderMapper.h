#pragma once

#include "domain/CaseField.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace caseload {

/// Stable English key of a field, as used in export headers and mapping JSON ("filed_on").
QString fieldKey(CaseField field);
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

    /// {"case_number": "案号", ..., "units": {"amount_applied": 10000}}: the mapping by header name.
    QString toJson() const;
    /// Applies a mapping saved with toJson() to `headers`. Returns nullopt with `error` set when a
    /// named header is not in the row.
    static std::optional<ColumnMapping> fromJson(
        const QString &json, const QStringList &headers, QString *error);
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
    /// Cleans one header for matching (exposed for tests).
    static QString normalise(QStringView header, qint64 *unitYuan = nullptr);
};

} // namespace caseload
