#pragma once

#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace caseload {

class Store;

/// One row that was not imported, with the reason.
struct RejectedRow
{
    qint64 line = 0; ///< CSV: physical line where the row starts; spreadsheet: row number (1-based)
    QString cell; ///< spreadsheet: the cell concerned ("Sheet1!E1234"); empty for CSV
    QString field; ///< the column header concerned, empty when the row as a whole is at fault
    QString reason; ///< translated, e.g. "impossible date 2016-02-30"
    QString raw; ///< the row as CSV text

    /// "line 12" for CSV, the cell ("Sheet1!E12") for spreadsheets.
    QString location() const;
};

struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto; ///< CSV only
    /// Excel workbooks: the sheet to import; empty: the first sheet with data.
    QString sheet;
    /// Keep the parties' columns (personal data). Off by default: they are dropped and reported.
    bool keepPersonalData = false;
    /// Where to write the reject report (CSV: line (spreadsheets: cell), field, reason, raw row). Empty:
    /// no report file.
    QString rejectReportPath;
    /// JSON of a column mapping to use instead of the automatic one (see HeaderMapper).
    QString mappingJson;
};

/// What an import did. For a committed import (ok), rowsRead == accepted + rejected and accepted ==
/// inserted + updated + unchanged + older; a failed or cancelled one changed nothing and reports
/// accepted 0.
struct ImportSummary
{
    QString filePath;
    QString sha256; ///< hex
    QString format; ///< what the file was, by content: "csv", "xlsx" or "xls"
    TextEncoding encoding = TextEncoding::Auto; ///< CSV: the encoding read
    QString sheet; ///< spreadsheets: the sheet imported
    qint64 headerLine = 0; ///< line (spreadsheet: row) of the header row (a title row may precede it)
    qint64 rowsRead = 0; ///< data rows after the header
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 inserted = 0; ///< new cases
    qint64 updated = 0; ///< existing cases whose data changed
    qint64 unchanged = 0; ///< existing cases imported again with the same data
    qint64 older = 0; ///< rows of cases the store holds in a newer state (by their latest date): not applied
    QStringList unmappedColumns; ///< headers that were not recognised (ignored)
    QStringList personalColumnsDropped; ///< party columns not stored (personal data)
    QList<RejectedRow> firstRejects; ///< the first 1,000 rejected rows, for display
    QString rejectReportPath; ///< written report, empty when none
    bool ok = false; ///< committed
    bool cancelled = false; ///< cancelled by the caller: nothing was changed
    QString error; ///< why ok is false: names the file and line

    /// "read N, accepted A, rejected R" (machine-readable, not translated).
    QString countsLine() const;
};

/// Imports a court export into the store: detects the encoding, finds the header row, maps the
/// columns, normalises and validates every row, and writes the accepted cases in one transaction
/// (a failure or cancel leaves the store exactly as it was). Cases are keyed by case number: a case
/// already in the store is updated, importing the same file twice changes nothing. Records the
/// import in the history.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /// Called with bytes read and the file's size; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Importer(Store &store);

    ImportSummary importFile(
        const QString &path, const ImportOptions &options, const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace caseload
