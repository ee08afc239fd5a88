#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace caseload {

/// Writes the rows of a table model to a file: the horizontal header row, then every top-level row
/// (a model that fetches lazily is fetched to the end first).
/// - CSV: the display text, UTF-8 with a byte-order mark (so that Excel and WPS read it as UTF-8),
///   RFC 4180 quoting (fields with a comma, quote, CR, LF or leading/trailing blank are quoted, quotes
///   doubled), CRLF line ends.
/// - XLSX: one sheet, the header row bold and frozen; a cell is a number when its EditRole (else its
///   UserRole) holds a number, a date when it holds a QDate or QDateTime, else the display text;
///   column widths fit the text (within limits).
/// The file is replaced when it exists.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(caseload::TableExport)

public:
    enum class Format { Csv, Xlsx };

    struct Options
    {
        /// Model columns to write, in this order; empty: all columns.
        QList<int> columns;
        /// XLSX sheet name (cut to Excel's 31 characters, []:*?/\ replaced); empty: "Sheet1".
        QString sheetName;
    };

    /// The format named by `path`'s suffix (.csv, .xlsx; case-insensitive), if any.
    static std::optional<Format> formatForPath(const QString &path);
    /// The file dialog's filters, in the order of Format.
    static QStringList fileFilters();

    /// Writes `model` to `path`. Returns false and sets `*error` (translated, naming the file) when
    /// the file cannot be written.
    static bool writeCsv(
        QAbstractItemModel *model, const QString &path, QString *error, const Options &options = {});
    static bool writeXlsx(
        QAbstractItemModel *model, const QString &path, QString *error, const Options &options = {});
    /// By `path`'s suffix (an unknown suffix is an error).
    static bool write(
        QAbstractItemModel *model, const QString &path, QString *error, const Options &options = {});

    /// The CSV bytes write() would produce (BOM, CRLF). Text that a spreadsheet would run as a formula
    /// (starting with =, +, -, @) gets a leading apostrophe; numbers are left alone.
    static QByteArray toCsv(QAbstractItemModel *model, const Options &options = {});

    /// The view's visible columns in the order shown (for Options::columns).
    static QList<int> visibleColumns(const QTableView *view);
    /// Asks for a file name and format, writes the view's model (its visible columns, in the order and
    /// sorting shown) and reports a failure in a message box.
    static void exportWithDialog(QTableView *view, const QString &name, QWidget *parent);
};

} // namespace caseload
