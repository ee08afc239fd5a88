#include "FileFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLatin1String>
#include <QStringDecoder>
#include <QStringView>

#include <array>
#include <optional>

namespace caseload {
namespace {

// Enough to see past a BOM, an XML declaration and a comment or two to the first tag.
constexpr qint64 sampleSize = 8192;

constexpr QByteArrayView zipSignature("PK\x03\x04", 4);
constexpr QByteArrayView cfbSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// A password-protected .xlsx (ECMA-376 Standard or Agile encryption, as Excel, WPS and LibreOffice
// write it) is a compound file whose directory holds an "EncryptedPackage" stream. Rather than follow
// the directory's sector chain through the FAT (and the DIFAT for files over 7 MB), every 128-byte slot
// of the file is tested for a directory entry of that name: entries always start at a multiple of 128
// (sectors are 512 or 4096 bytes, after a header sector), and the exact UTF-16LE name with its
// terminator, the name-length field (34) and the stream type together make a chance match in cell data
// practically impossible. A damaged FAT or a truncated file cannot mislead the scan; the price is
// reading the file once (10 ms for 64 MB in the page cache).
bool holdsEncryptedPackage(QFile &file)
{
    static const QByteArray entryName = [] {
        QByteArray name;
        for (const char c : QByteArrayView("EncryptedPackage")) {
            name.append(c);
            name.append('\0');
        }
        name.append(2, '\0');
        return name;
    }();
    constexpr qsizetype entrySize = 128;
    constexpr qsizetype nameLengthOffset = 0x40;
    constexpr qsizetype typeOffset = 0x42;
    constexpr char streamType = 2;
    constexpr qint64 chunkSize = 1 << 20; // a multiple of 128, so no entry straddles two chunks

    if (!file.seek(0))
        return false;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty())
            return false;
        for (qsizetype at = 0; at + typeOffset < chunk.size(); at += entrySize) {
            if (QByteArrayView(chunk).sliced(at, entryName.size()) == entryName
                && chunk.at(at + nameLengthOffset) == entryName.size()
                && chunk.at(at + nameLengthOffset + 1) == 0 && chunk.at(at + typeOffset) == streamType)
                return true;
        }
    }
    return false;
}

// Excel 2.x-4.0 saved a worksheet as a bare BIFF stream (no compound file), starting with a BOF record:
// type 0x0009, 0x0209 or 0x0409 and a length of 4 to 16 bytes. FreeXL reads those too.
bool isBareBiff(QByteArrayView head)
{
    if (head.size() < 4 || head.at(0) != 0x09)
        return false;
    const char version = head.at(1);
    const int length = quint8(head.at(2)) | (quint8(head.at(3)) << 8);
    return (version == 0x00 || version == 0x02 || version == 0x04) && length >= 4 && length <= 16;
}

// UTF-16 text without a byte-order mark shows as zero bytes between ASCII characters.
std::optional<QStringDecoder::Encoding> utf16WithoutBom(QByteArrayView head)
{
    if (head.size() < 4)
        return std::nullopt;
    if (head.at(0) != 0 && head.at(1) == 0 && head.at(2) != 0 && head.at(3) == 0)
        return QStringDecoder::Utf16LE;
    if (head.at(0) == 0 && head.at(1) != 0 && head.at(2) == 0 && head.at(3) != 0)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

bool skipPast(QStringView &text, QLatin1String end)
{
    const qsizetype at = text.indexOf(end);
    if (at < 0)
        return false;
    text = text.sliced(at + end.size());
    return true;
}

// Html when the first tag is one a web page starts with; Unknown for other XML (Excel 2003's
// SpreadsheetML, which starts with an XML declaration); Csv for any other text.
FileFormat classifyText(QStringView text)
{
    static constexpr std::array<QLatin1String, 8> htmlStarts = {QLatin1String("<html"),
        QLatin1String("<!doctype html"), QLatin1String("<table"), QLatin1String("<meta"),
        QLatin1String("<head"), QLatin1String("<body"), QLatin1String("<title"), QLatin1String("<style")};
    bool xmlDeclaration = false;
    for (;;) {
        text = text.trimmed();
        if (text.startsWith(QLatin1String("<?xml"), Qt::CaseInsensitive)) {
            xmlDeclaration = true;
            if (!skipPast(text, QLatin1String("?>")))
                return FileFormat::Unknown;
        } else if (text.startsWith(QLatin1String("<?"))) {
            if (!skipPast(text, QLatin1String("?>")))
                return xmlDeclaration ? FileFormat::Unknown : FileFormat::Csv;
        } else if (text.startsWith(QLatin1String("<!--"))) {
            if (!skipPast(text, QLatin1String("-->")))
                return xmlDeclaration ? FileFormat::Unknown : FileFormat::Csv;
        } else {
            break;
        }
    }
    for (const QLatin1String start : htmlStarts) {
        if (!text.startsWith(start, Qt::CaseInsensitive))
            continue;
        // "<tablet..." is not a tag we know; "<table>", "<table border=1>" and a cut sample are.
        if (text.size() == start.size())
            return FileFormat::Html;
        const QChar next = text.at(start.size());
        if (next.isSpace() || next == u'>' || next == u'/')
            return FileFormat::Html;
    }
    return xmlDeclaration ? FileFormat::Unknown : FileFormat::Csv;
}

FileFormat sniffText(QByteArrayView head)
{
    std::optional<QStringDecoder::Encoding> utf16;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    else if (head.startsWith("\xFF\xFE"))
        utf16 = QStringDecoder::Utf16LE;
    else if (head.startsWith("\xFE\xFF"))
        utf16 = QStringDecoder::Utf16BE;
    else
        utf16 = utf16WithoutBom(head);

    if (utf16) {
        // The decoder drops a BOM itself; a character cut at the end of the sample does not matter.
        QStringDecoder decoder(*utf16);
        const QString text = decoder.decode(head);
        return classifyText(text);
    }
    // Text never holds a NUL byte in UTF-8, GB18030 or any other encoding CSV files come in.
    if (head.contains('\0') || head.startsWith("%PDF-"))
        return FileFormat::Unknown;
    // Tags are ASCII, so Latin-1 shows them whatever the encoding of the rest.
    return classifyText(QString::fromLatin1(head));
}

QString displayName(const QString &path)
{
    // Named as the user gave it, as every other import message does.
    return QDir::toNativeSeparators(path);
}

} // namespace

FileFormat detectFileFormat(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("FileFormat", "cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return FileFormat::Unknown;
    }
    const QByteArray head = file.read(sampleSize);
    if (file.error() != QFileDevice::NoError) {
        if (error) {
            *error = QCoreApplication::translate("FileFormat", "cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return FileFormat::Unknown;
    }
    if (head.startsWith(zipSignature))
        return FileFormat::Xlsx;
    if (head.startsWith(cfbSignature))
        return holdsEncryptedPackage(file) ? FileFormat::EncryptedOffice : FileFormat::Xls;
    if (isBareBiff(head))
        return FileFormat::Xls;
    return sniffText(head);
}

QString describe(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QCoreApplication::translate("FileFormat", "CSV");
    case FileFormat::Xlsx:
        return QCoreApplication::translate("FileFormat", "Excel workbook (.xlsx)");
    case FileFormat::Xls:
        return QCoreApplication::translate("FileFormat", "Excel 97-2003 workbook (.xls)");
    case FileFormat::EncryptedOffice:
        return QCoreApplication::translate("FileFormat", "password-protected Office document");
    case FileFormat::Html:
        return QCoreApplication::translate("FileFormat", "web page (HTML)");
    case FileFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("FileFormat", "unknown format");
}

QString unsupportedFormatMessage(FileFormat format, const QString &path)
{
    switch (format) {
    case FileFormat::Csv:
    case FileFormat::Xlsx:
    case FileFormat::Xls:
        return {};
    case FileFormat::Html:
        return QCoreApplication::translate("FileFormat",
            "%1 is a web page (HTML), not a spreadsheet: open it in Excel or WPS and save it as .xlsx "
            "or CSV")
            .arg(displayName(path));
    case FileFormat::EncryptedOffice:
        return QCoreApplication::translate("FileFormat",
            "%1 is password-protected: open it in Excel or WPS, remove the password (File ▸ Info ▸ "
            "Protect Workbook) and save it again")
            .arg(displayName(path));
    case FileFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("FileFormat",
        "%1 is neither a CSV file nor an Excel workbook: open it in Excel or WPS and save it as .xlsx "
        "or CSV")
        .arg(displayName(path));
}

} // namespace caseload
