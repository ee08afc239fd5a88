#pragma once

#include <QString>

namespace caseload {

/// What a file to import holds, decided from its content (never from its extension).
enum class FileFormat {
    Csv, ///< text (any encoding), including an empty file
    Xlsx, ///< a zip archive; XlsxReader tells an .xlsx from other zips
    Xls, ///< an OLE2 compound file (Excel 97-2003 BIFF), or a bare BIFF2-4 worksheet
    EncryptedOffice, ///< a password-protected .xlsx/.docx (an encrypted package inside a compound file)
    Html, ///< a web page, as some court systems save under an .xls name
    Unknown, ///< other binary content (PDF, images, ...), or XML that is not HTML (Excel 2003 XML)
};

/// Looks at the content of the file at `path`. Returns Unknown and sets `*error` (when not null) if the
/// file cannot be read; `*error` is left alone otherwise.
FileFormat detectFileFormat(const QString &path, QString *error);

/// A short translated name for messages: "CSV", "Excel workbook (.xlsx)", "web page (HTML)", ...
QString describe(FileFormat format);

/// The translated message for a format the importer cannot read (Html, EncryptedOffice, Unknown),
/// naming the file and what the user can do; empty for Csv, Xlsx and Xls.
QString unsupportedFormatMessage(FileFormat format, const QString &path);

} // namespace caseload
