#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace caseload {

/// A source of rows of text cells for the importer: a CSV file, or one sheet of an Excel workbook.
/// Rows are read one at a time, so memory stays flat whatever the size of the source.
class RowReader
{
public:
    virtual ~RowReader() = default;

    /// Reads the next row. Returns false at the end of input or on an error (see hasError()).
    /// Rows without any cell are skipped (their numbers still count in line()).
    virtual bool next() = 0;
    /// Cells of the current row as text, one per column from the first (column A); views valid until
    /// the next call to next(). Spreadsheet values arrive as text the importer's parsers read: numbers
    /// as written in the file ("560000.5", "1.2E+05"), dates with a date format as "2016-03-01" (with
    /// " 10:22:05" when they have a time), booleans as "TRUE"/"FALSE", empty cells as empty views.
    virtual const QList<QStringView> &fields() const = 0;
    /// 1-based line (CSV: the physical line where the record starts; sheet: the row number).
    virtual qint64 line() const = 0;
    /// Rows returned so far.
    virtual qint64 recordCount() const = 0;
    /// Progress: work done so far, out of progressTotal() (bytes of the file or of the sheet).
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;

    virtual bool hasError() const = 0;
    /// Human-readable error naming where it happened ("line 12: unterminated quoted field",
    /// "Sheet1!C7: ...").
    virtual QString errorString() const = 0;

    /// Where cell `column` (0-based) of the current row is, for messages: "Sheet1!E1234". Empty for
    /// sources without cells (CSV: the line number says it).
    virtual QString cellReference(int column) const
    {
        Q_UNUSED(column);
        return {};
    }
    /// For a header spread over several rows: how many rows below the current one are covered by its
    /// merged cells (a cell merged over rows 2-3 on row 2 gives 1). 0 when there are none.
    virtual int mergedRowsBelow() const { return 0; }
    /// The sheet being read; empty for sources without sheets (CSV).
    virtual QString sheetName() const { return {}; }
    /// What was read, for the import history: "utf-8", "gb18030", "xlsx, sheet 执行案件", "xls, sheet
    /// Sheet1".
    virtual QString sourceDescription() const = 0;
};

} // namespace caseload
