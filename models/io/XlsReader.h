#pragma once

#include "RowReader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace caseload {

/// Reads one sheet of an Excel 97-2003 workbook (.xls: BIFF8, also BIFF5 and the bare BIFF2-4 files of
/// Excel 2.x-4.0) through FreeXL, row by row, as RowReader text cells.
///
/// FreeXL parses the whole workbook into memory when it is opened; that is bounded, since a BIFF sheet
/// has at most 65,536 rows of 256 columns: 16 bytes a cell plus the text, some 30 MB for a full sheet
/// of 30 columns. Values arrive as: numbers in shortest round-trip form ("125000", "560000.5",
/// "1.5E+20"); cells with a date format as "2016-03-01", "2016-03-03 10:22:05" (no time part at
/// midnight) or "10:30:00"; text as is.
///
/// Before FreeXL sees the file, BiffInspector checks its structure and counts what FreeXL would drop:
/// - a damaged file (a record length or sector number out of range, which can crash FreeXL) is refused
///   with "... is damaged (what, where): open it in Excel or WPS and save it again";
/// - formula cells: FreeXL skips FORMULA records, so a computed cell would read as empty, although the
///   file stores its last result; a sheet with formula cells is refused, naming the sheet and the count
///   and asking for the workbook as .xlsx. Formulas on other sheets do not matter;
/// - boolean and error cells, which FreeXL reads as 1 or 0, read as "TRUE"/"FALSE" and "#N/A",
///   "#DIV/0!", ... as in Excel (their places come from the inspector).
/// Merged cells are not read (FreeXL ignores the MERGEDCELLS records): mergedRowsBelow() is always 0
/// and a merged range shows its value in its top-left cell only.
class XlsReader : public RowReader
{
public:
    /// Opens `path` and selects the sheet named `sheet`, or when `sheet` is empty the first sheet with
    /// at least one non-empty cell (the first sheet if all are empty). On failure returns null and sets
    /// `*error` (when not null) to a translated message naming the file: not an .xls, damaged or
    /// truncated, password-protected, no such sheet.
    static std::unique_ptr<XlsReader> open(const QString &path, const QString &sheet, QString *error);
    /// The names of the workbook's sheets in their order; empty with `*error` set on failure.
    /// The sheet open() takes when none is named (the first with a cell); empty with `*error` set when
    /// the workbook cannot be read.
    static QString defaultSheet(const QString &path, QString *error);
    static QStringList sheetNames(const QString &path, QString *error);

    ~XlsReader() override;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    /// The name of the sheet being read.
    QString sheetName() const override;

    bool next() override;
    const QList<QStringView> &fields() const override;
    /// The 1-based row number of the current row.
    qint64 line() const override;
    qint64 recordCount() const override;
    /// Rows of the sheet gone through so far, out of progressTotal() rows.
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    bool hasError() const override;
    QString errorString() const override;
    /// "执行案件!E12", "'Closed cases'!A2" (quoted as Excel quotes sheet names).
    QString cellReference(int column) const override;
    /// "xls, sheet 执行案件" (not translated: it is recorded in the import history).
    QString sourceDescription() const override;

private:
    struct Private;
    explicit XlsReader(std::unique_ptr<Private> p);
    std::unique_ptr<Private> d;
};

} // namespace caseload
