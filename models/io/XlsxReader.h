#pragma once

#include "RowReader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace caseload {

/// Streaming reader of one sheet of an Office Open XML workbook (.xlsx as written by Excel, WPS,
/// LibreOffice, openpyxl). The container is opened with libzip and its parts inflated with ISA-L; the
/// rows of the sheet and the shared strings are parsed by XmlFragmentReader (pugixml on fragments of
/// whole <row> / <si> elements, expat for the rest and for anything unusual), the small parts
/// (workbook, relationships, styles) with QXmlStreamReader. Memory holds the shared strings, the
/// styles, a chunk of XML and a few batches of rows, whatever the number of rows.
///
/// The sheet is parsed on a thread of the reader's own (the shared strings on another) while its
/// caller works on the rows: the parsing thread hands rows over in batches (a bounded queue of
/// Options::batchRows rows each, reused), and next() takes the rows from those batches; an error met
/// by the parsing thread surfaces in next() at the row where it happened, after the rows before it.
/// Destroying the reader mid-sheet stops the threads.
///
/// Cells arrive as the text the importer parses (see RowReader::fields()): shared, inline and formula
/// strings as written; numbers as the stored text ("560000.5"); numbers whose style is a date format
/// (built-in or custom, Chinese formats such as yyyy"年"m"月"d"日" included) converted from Excel's
/// serial to "yyyy-MM-dd", with " HH:mm:ss" when the time is not midnight (1900 system with Excel's
/// fictitious 1900-02-29, or the 1904 system); time-only formats with a serial below 1 as "HH:mm:ss";
/// booleans as "TRUE"/"FALSE"; errors as their text ("#N/A").
///
/// Merged cells are filled with their top-left value in every row and column they cover (a header
/// cell merged over rows 2-3 also shows on row 3), so a header spread over several rows reads like a
/// table. A row covered by a merge but absent from the file is produced with the merged values.
/// Rows without any non-empty cell are skipped (their numbers still count in line()).
///
/// The merged ranges are listed after the rows in the file, so open() inflates the sheet once and
/// searches its raw bytes for them (0.55 s for a sheet of 1 GB, about 10% of an import's time); a
/// corrupt or truncated sheet entry (CRC error, bad compressed data) is therefore reported by
/// open(). Malformed XML in the sheet stops next() with an error naming the sheet and row. The
/// shared strings load on a thread of their own while the sheet is read (a cell waits for its
/// string when the loader is behind): a shared strings part that cannot be opened is reported by
/// open(), malformed XML in it by next() on the first row that needs a string past the fault, or
/// at the end of the sheet.
class XlsxReader : public RowReader
{
public:
    struct Options
    {
        /// Uncompressed bytes of the sheet inflated and parsed at a time. Tests pass tiny sizes to
        /// split tags, attributes and characters across reads.
        qsizetype chunkSize = qsizetype(256) << 10;
        /// Rows per batch handed from the parsing thread to next(). Tests pass 1 or 2 so that a
        /// small sheet crosses many batches.
        int batchRows = 1024;
        /// Parse the rows and the shared strings with pugixml a fragment at a time (see
        /// XmlFragmentReader); false: expat alone, for the differential tests and benchmarks.
        bool fragments = true;
    };

    /// Opens sheet `sheet` (its name; empty: the first visible sheet with at least one non-empty
    /// cell, else the first hidden one) of the workbook at `path`. Returns null and sets `*error`, a
    /// translated message naming the file, when the file is not an .xlsx workbook (not a zip, an old
    /// .xls or encrypted workbook, a zip without a workbook), is truncated or corrupt, has no sheet of
    /// that name (matched regardless of case, as in Excel; the message lists the sheets) or no sheet
    /// with data.
    static std::unique_ptr<XlsxReader> open(
        const QString &path, const QString &sheet, QString *error, const Options &options);
    static std::unique_ptr<XlsxReader> open(const QString &path, const QString &sheet, QString *error);
    /// Names of the workbook's sheets in workbook order (hidden and chart sheets included), for the
    /// user to choose from. Empty with `*error` set when the workbook cannot be read.
    static QStringList sheetNames(const QString &path, QString *error);

    /// The sheet open() takes when none is named: the first visible sheet with a non-empty cell, else
    /// the first hidden one. Reads each sheet only up to its first non-empty cell (no merge pre-pass).
    /// Empty with `*error` set when the workbook cannot be read or every sheet is empty.
    static QString defaultSheet(const QString &path, QString *error);

    /// Whether a number format code shows dates or times: outside quoted text, escaped characters
    /// and brackets (except elapsed times such as [h]), it has y, d, h or s. True for
    /// yyyy"年"m"月"d"日", yyyy/m/d;@ and [$-804]yyyy"年"m"月"d"日";@; false for 0.00, #,##0.00"元", @.
    static bool isDateFormat(QStringView formatCode);

    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    /// Name of the sheet being read.
    QString sheetName() const override;

    bool next() override;
    const QList<QStringView> &fields() const override;
    /// The row number in the sheet (1-based, as Excel shows it).
    qint64 line() const override;
    qint64 recordCount() const override;
    /// Uncompressed bytes of the sheet's XML consumed so far, out of its size.
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    bool hasError() const override;
    /// "sheet Sheet1, row 12: ..." or "Sheet1!C7: ...".
    QString errorString() const override;
    /// "Sheet1!E1234", "'My Sheet'!E12" (quoted as Excel quotes sheet names).
    QString cellReference(int column) const override;
    int mergedRowsBelow() const override;
    /// "xlsx, sheet Sheet1".
    QString sourceDescription() const override;

    /// Number of merged ranges in the sheet (read before the first row).
    qsizetype mergedRangeCount() const;

private:
    XlsxReader();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
