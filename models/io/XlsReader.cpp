#include "XlsReader.h"

#include "BiffInspector.h"
#include "FileFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <freexl.h>

#include <algorithm>
#include <cmath>

namespace caseload {
namespace {

struct HandleCloser
{
    void operator()(const void *handle) const { freexl_close(handle); }
};
using Handle = std::unique_ptr<const void, HandleCloser>;

QString fileName(const QString &path)
{
    // Named as the user gave it, as every other import message does.
    return QDir::toNativeSeparators(path);
}

QString openErrorMessage(int code, const QString &path)
{
    const QString name = fileName(path);
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QCoreApplication::translate("XlsReader", "not enough memory to read %1").arg(name);
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QCoreApplication::translate("XlsReader",
            "%1 holds no Excel workbook (it may be another Office document, such as a Word file)")
            .arg(name);
    case FREEXL_BIFF_INVALID_BOF:
        return QCoreApplication::translate("XlsReader",
            "%1 is in an Excel version that cannot be read here: open it in Excel or WPS and save it "
            "as .xlsx")
            .arg(name);
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return QCoreApplication::translate("XlsReader",
            "%1 holds text in an encoding that cannot be read: open it in Excel or WPS and save it as "
            ".xlsx")
            .arg(name);
    default:
        break;
    }
    return QCoreApplication::translate("XlsReader",
        "%1 is damaged or truncated (FreeXL error %2): open it in Excel or WPS and save it again, or "
        "export it again")
        .arg(name)
        .arg(code);
}

QString damagedMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate(
        "XlsReader", "%1 is damaged (%2): open it in Excel or WPS and save it again")
        .arg(fileName(path), reason);
}

// FreeXL trusts the file's structure (a damaged record length can crash it) and skips FORMULA records:
// BiffInspector checks the structure and counts what FreeXL would drop before FreeXL sees the file.
bool inspectWorkbook(const QString &path, BiffInspector::Result *inspection, QString *error)
{
    *inspection = BiffInspector::inspectFile(path);
    switch (inspection->status) {
    case BiffInspector::Status::Ok:
        return true;
    case BiffInspector::Status::Corrupt:
        *error = damagedMessage(path, inspection->reason);
        break;
    case BiffInspector::Status::NoWorkbook:
        *error = openErrorMessage(FREEXL_BIFF_WORKBOOK_NOT_FOUND, path);
        break;
    case BiffInspector::Status::Encrypted:
        *error = unsupportedFormatMessage(FileFormat::EncryptedOffice, path);
        break;
    case BiffInspector::Status::UnsupportedVersion:
        *error = openErrorMessage(FREEXL_BIFF_INVALID_BOF, path);
        break;
    case BiffInspector::Status::ReadError:
        *error = QCoreApplication::translate("XlsReader", "cannot open %1: %2")
                     .arg(QDir::toNativeSeparators(path), inspection->reason);
        break;
    }
    return false;
}

// Opens the workbook fully, or only for its list of sheets (`infoOnly`, which skips the cells), after
// inspecting it (`*inspection`).
Handle openWorkbook(const QString &path, bool infoOnly, BiffInspector::Result *inspection, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("XlsReader", "cannot open %1: %2")
                     .arg(QDir::toNativeSeparators(path), probe.errorString());
        return {};
    }
    if (probe.size() == 0) {
        *error = QCoreApplication::translate("XlsReader", "%1 is empty").arg(fileName(path));
        return {};
    }
    probe.close();

    // FreeXL takes anything that is not a compound file for an old bare BIFF stream and fails with a
    // read error; the content says better what the file is.
    QString detectError;
    const FileFormat format = detectFileFormat(path, &detectError);
    switch (format) {
    case FileFormat::Xls:
        break;
    case FileFormat::Csv:
    case FileFormat::Xlsx:
        *error = QCoreApplication::translate(
            "XlsReader", "%1 is not an Excel 97-2003 workbook (.xls): its content is %2")
                     .arg(fileName(path), describe(format));
        return {};
    case FileFormat::Unknown:
        if (!detectError.isEmpty()) {
            *error = detectError;
            return {};
        }
        [[fallthrough]];
    case FileFormat::EncryptedOffice:
    case FileFormat::Html:
        *error = unsupportedFormatMessage(format, path);
        return {};
    }
    if (!inspectWorkbook(path, inspection, error))
        return {};

    const QByteArray encodedPath = QFile::encodeName(path);
    const void *raw = nullptr;
    const int code = infoOnly ? freexl_open_info(encodedPath.constData(), &raw)
                              : freexl_open(encodedPath.constData(), &raw);
    Handle handle(raw);
    if (code != FREEXL_OK) {
        *error = openErrorMessage(code, path);
        return {};
    }
    // FreeXL 1.0.6 never answers FREEXL_BIFF_OBFUSCATED (its test compares with 0 twice): for a
    // workbook with a FILEPASS record it answers some other number (0 for LibreOffice's RC4 files), so
    // anything but PLAIN means encrypted, and the cells FreeXL read would be scrambled.
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) != FREEXL_OK || password != FREEXL_BIFF_PLAIN) {
        *error = unsupportedFormatMessage(FileFormat::EncryptedOffice, path);
        return {};
    }
    unsigned int version = 0;
    freexl_get_info(raw, FREEXL_BIFF_VERSION, &version);
    switch (version) {
    case FREEXL_BIFF_VER_2:
    case FREEXL_BIFF_VER_3:
    case FREEXL_BIFF_VER_4:
    case FREEXL_BIFF_VER_5:
    case FREEXL_BIFF_VER_8:
        break;
    default:
        *error = openErrorMessage(FREEXL_BIFF_INVALID_BOF, path);
        return {};
    }
    return handle;
}

QStringList worksheetNames(const void *handle)
{
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        return {};
    QStringList names;
    for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name) != FREEXL_OK)
            return {};
        names.append(QString::fromUtf8(name));
    }
    return names;
}

// The sheet's names as FreeXL reads them; an error when they do not match the sheets the inspector
// found (both come from the same sheet entries, so the cell counts below belong to the right sheet).
QStringList checkedNames(
    const void *handle, const BiffInspector::Result &inspection, const QString &path, QString *error)
{
    const QStringList names = worksheetNames(handle);
    if (names.isEmpty()) {
        *error = QCoreApplication::translate("XlsReader", "%1 holds no worksheet").arg(fileName(path));
        return {};
    }
    if (names.size() != inspection.sheets.size()) {
        *error = damagedMessage(path,
            QCoreApplication::translate("XlsReader", "its %1 sheet entries read as %2 sheets")
                .arg(inspection.sheets.size())
                .arg(names.size()));
        return {};
    }
    return names;
}

QString formulaMessage(const QString &path, const QString &sheet, qint64 count)
{
    if (count == 1) {
        return QCoreApplication::translate("XlsReader",
            "%1, sheet “%2”, has a formula cell whose value FreeXL, the .xls reader, cannot read: open it "
            "in Excel or WPS and save it as .xlsx, then import that")
            .arg(fileName(path), sheet);
    }
    return QCoreApplication::translate("XlsReader",
        "%1, sheet “%2”, has %3 formula cells whose values FreeXL, the .xls reader, cannot read: open it "
        "in Excel or WPS and save it as .xlsx, then import that")
        .arg(fileName(path), sheet, QString::number(count));
}

QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    // Integers as integers ("1200000", not "1.2E+06"), up to where a double still holds every digit.
    if (value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    text.replace(u'e', u'E');
    return text;
}

QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberText(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
    case FREEXL_CELL_DATETIME: {
        if (!cell.value.text_value)
            return {};
        QString text = QString::fromUtf8(cell.value.text_value);
        if (text.endsWith(QLatin1String(" 00:00:00")))
            text.chop(9);
        return text;
    }
    default:
        return {};
    }
}

bool isEmptyCell(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
    case FREEXL_CELL_DOUBLE:
        return false;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return !cell.value.text_value || *cell.value.text_value == '\0';
    default:
        return true;
    }
}

bool sheetHasCell(const void *handle, unsigned short sheet)
{
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, sheet) != FREEXL_OK
        || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
        return false;
    for (unsigned int row = 0; row < rows; ++row) {
        for (unsigned short column = 0; column < columns; ++column) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(handle, row, column, &cell) == FREEXL_OK && !isEmptyCell(cell))
                return true;
        }
    }
    return false;
}

// Excel leaves a sheet name bare in a reference when it is made of letters, digits, "_" and "." and
// cannot be read as a cell address ("A1", "R1C1"); otherwise it quotes it, doubling inner quotes.
QString sheetReference(const QString &sheet)
{
    static const QRegularExpression bare(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_.]*$"));
    static const QRegularExpression cellLike(
        QStringLiteral("^([A-Za-z]{1,3}[0-9]+|[RrCc][0-9]*|[Rr][0-9]+[Cc][0-9]*)$"));
    if (bare.match(sheet).hasMatch() && !cellLike.match(sheet).hasMatch())
        return sheet;
    QString quoted = sheet;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

} // namespace

struct XlsReader::Private
{
    Handle handle;
    // The sheet's boolean and error cells, by row then column: FreeXL reads them as 1 or 0.
    QList<BiffInspector::BoolErrCell> boolErr;
    qsizetype nextBoolErr = 0;
    QString sheet;
    QString sheetRef;
    unsigned int rows = 0;
    unsigned short columns = 0;
    unsigned int nextRow = 0;
    qint64 line = 0;
    qint64 records = 0;
    QList<QString> cells;
    QList<QStringView> fields;
    QString error;
};

XlsReader::XlsReader(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

XlsReader::~XlsReader() = default;

std::unique_ptr<XlsReader> XlsReader::open(const QString &path, const QString &sheet, QString *error)
{
    QString message;
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return std::unique_ptr<XlsReader>();
    };
    BiffInspector::Result inspection;
    Handle handle = openWorkbook(path, false, &inspection, &message);
    if (!handle)
        return fail(message);
    const QStringList names = checkedNames(handle.get(), inspection, path, &message);
    if (names.isEmpty())
        return fail(message);

    qsizetype index = 0;
    if (!sheet.isEmpty()) {
        // As Excel and XlsxReader: the exact name first, else one that differs only in case.
        index = names.indexOf(sheet);
        if (index < 0) {
            index = std::find_if(names.begin(), names.end(), [&](const QString &n) {
                return n.compare(sheet, Qt::CaseInsensitive) == 0;
            }) - names.begin();
            if (index == names.size())
                index = -1;
        }
        if (index < 0) {
            return fail(
                QCoreApplication::translate("XlsReader", "%1 has no sheet named “%2” (its sheets: %3)")
                    .arg(fileName(path), sheet, names.join(QLatin1String(", "))));
        }
    } else {
        // A sheet of formulas only reads as empty through FreeXL, yet it has cells.
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (inspection.sheets.at(i).formulaCells > 0
                || sheetHasCell(handle.get(), static_cast<unsigned short>(i))) {
                index = i;
                break;
            }
        }
    }

    // FreeXL skips formula cells, which would lose computed columns and total rows without a word.
    const BiffInspector::Sheet &inspected = inspection.sheets.at(index);
    if (inspected.formulaCells > 0)
        return fail(formulaMessage(path, names.at(index), inspected.formulaCells));

    auto p = std::make_unique<Private>();
    p->boolErr = inspected.boolErrCells;
    std::stable_sort(p->boolErr.begin(), p->boolErr.end(),
        [](const BiffInspector::BoolErrCell &a, const BiffInspector::BoolErrCell &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
    if (freexl_select_active_worksheet(handle.get(), static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_worksheet_dimensions(handle.get(), &p->rows, &p->columns) != FREEXL_OK) {
        return fail(openErrorMessage(FREEXL_BIFF_ILLEGAL_SHEET_INDEX, path));
    }
    p->handle = std::move(handle);
    p->sheet = names.at(index);
    p->sheetRef = sheetReference(p->sheet);
    p->cells.resize(p->columns);
    return std::unique_ptr<XlsReader>(new XlsReader(std::move(p)));
}

QString XlsReader::defaultSheet(const QString &path, QString *error)
{
    const std::unique_ptr<XlsReader> reader = open(path, QString(), error);
    return reader ? reader->sheetName() : QString();
}

QStringList XlsReader::sheetNames(const QString &path, QString *error)
{
    QString message;
    BiffInspector::Result inspection;
    const Handle handle = openWorkbook(path, true, &inspection, &message);
    const QStringList names = handle ? checkedNames(handle.get(), inspection, path, &message) : QStringList();
    if (names.isEmpty() && error)
        *error = message;
    return names;
}

QString XlsReader::sheetName() const
{
    return d->sheet;
}

bool XlsReader::next()
{
    d->fields.clear();
    if (!d->error.isEmpty())
        return false;
    while (d->nextRow < d->rows) {
        const unsigned int row = d->nextRow++;
        while (d->nextBoolErr < d->boolErr.size() && d->boolErr.at(d->nextBoolErr).row < row)
            ++d->nextBoolErr;
        qsizetype boolErr = d->nextBoolErr;
        int last = -1;
        for (unsigned short column = 0; column < d->columns; ++column) {
            FreeXL_CellValue cell;
            const int code = freexl_get_cell_value(d->handle.get(), row, column, &cell);
            if (code != FREEXL_OK) {
                d->line = qint64(row) + 1;
                d->error
                    = QCoreApplication::translate("XlsReader", "%1: cannot read the cell (FreeXL error %2)")
                          .arg(cellReference(column))
                          .arg(code);
                return false;
            }
            d->cells[column] = cellText(cell);
            // The last record for a cell wins, in FreeXL as in Excel; a BOOLERR one reads as an integer.
            const BiffInspector::BoolErrCell *special = nullptr;
            while (boolErr < d->boolErr.size() && d->boolErr.at(boolErr).row == row
                && d->boolErr.at(boolErr).column <= column) {
                if (d->boolErr.at(boolErr).column == column)
                    special = &d->boolErr.at(boolErr);
                ++boolErr;
            }
            if (special && cell.type == FREEXL_CELL_INT) {
                if (special->isError)
                    d->cells[column] = BiffInspector::errorText(special->value);
                else
                    d->cells[column] = special->value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (!d->cells.at(column).isEmpty())
                last = column;
        }
        if (last < 0)
            continue;
        for (int column = 0; column <= last; ++column)
            d->fields.append(d->cells.at(column));
        d->line = qint64(row) + 1;
        ++d->records;
        return true;
    }
    return false;
}

const QList<QStringView> &XlsReader::fields() const
{
    return d->fields;
}

qint64 XlsReader::line() const
{
    return d->line;
}

qint64 XlsReader::recordCount() const
{
    return d->records;
}

qint64 XlsReader::progressDone() const
{
    return d->nextRow;
}

qint64 XlsReader::progressTotal() const
{
    return d->rows;
}

bool XlsReader::hasError() const
{
    return !d->error.isEmpty();
}

QString XlsReader::errorString() const
{
    return d->error;
}

QString XlsReader::cellReference(int column) const
{
    return d->sheetRef + u'!' + columnName(column) + QString::number(d->line);
}

QString XlsReader::sourceDescription() const
{
    return QStringLiteral("xls, sheet %1").arg(d->sheet);
}

} // namespace caseload
