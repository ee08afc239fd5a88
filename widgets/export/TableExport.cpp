#include "TableExport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace caseload {

namespace {

// Excel's limit on the characters of a cell.
constexpr int MaxCellChars = 32767;
constexpr double MinColumnWidth = 6;
constexpr double MaxColumnWidth = 60;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QList<int> columnsOf(const QAbstractItemModel *model, const TableExport::Options &options)
{
    if (!options.columns.isEmpty())
        return options.columns;
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c)
        columns.append(c);
    return columns;
}

void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
}

QString headerText(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

/// Text a spreadsheet would run as a formula when the CSV is opened (=, +, -, @ first, or a tab or CR):
/// exported with a leading apostrophe, which Excel and WPS show as text. Numbers such as "-3" or
/// "+1.5%" stay as they are.
QString neutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return field;
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9,.]*%?$"));
    if ((first == u'+' || first == u'-') && number.match(field).hasMatch())
        return field;
    return QLatin1Char('\'') + field;
}

void appendCsvField(QString &out, const QString &raw)
{
    const QString field = neutralised(raw);
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote) {
        out += field;
        return;
    }
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

bool isNumberType(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

/// Whether `text` can show a number: digits, no letters (a role's number behind "3 天" or a court's
/// name is an id or a count the text words differently, and the text is kept).
bool looksNumeric(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c.isLetter())
            return false;
        digit = digit || c.isDigit();
    }
    return digit;
}

/// Excel's number format for a number shown as `text`: its decimals, grouping and percent sign.
QString numberFormatFor(const QString &text, double value)
{
    const QLocale locale;
    QString digits = text.trimmed();
    const bool percent = digits.endsWith(u'%');
    if (percent)
        digits.chop(1);
    bool ok = false;
    const double shown = locale.toDouble(digits.trimmed(), &ok);
    const bool isPercent = percent && ok && std::abs(value * 100 - shown) < 0.51;
    const qsizetype point = digits.lastIndexOf(locale.decimalPoint());
    int decimals = 0;
    if (point >= 0) {
        for (qsizetype i = point + 1; i < digits.size() && digits.at(i).isDigit(); ++i)
            ++decimals;
    }
    const bool grouped
        = digits.contains(locale.groupSeparator()) && locale.groupSeparator() != locale.decimalPoint();
    if (!isPercent && !grouped && decimals == 0)
        return {};
    QString format = grouped ? QStringLiteral("#,##0") : QStringLiteral("0");
    if (decimals > 0)
        format += u'.' + QString(decimals, u'0');
    if (isPercent)
        format += u'%';
    return format;
}

/// Display width of `text` in Excel's character units: CJK characters are two wide.
double textWidth(const QString &text)
{
    double widest = 0;
    const auto lines = text.split(u'\n');
    for (const QString &line : lines) {
        double width = 0;
        for (const QChar c : line)
            width += c.unicode() >= 0x2E80 ? 2 : 1;
        widest = std::max(widest, width);
    }
    return widest;
}

QString sheetNameFor(const QString &name)
{
    QString sheet = name;
    sheet.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
    sheet = sheet.trimmed().left(31);
    while (sheet.startsWith(u'\''))
        sheet.remove(0, 1);
    while (sheet.endsWith(u'\''))
        sheet.chop(1);
    return sheet.isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

lxw_datetime toLxw(const QDateTime &dateTime)
{
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    return lxw_datetime {date.year(), date.month(), date.day(), time.hour(), time.minute(),
        time.second() + time.msec() / 1000.0};
}

/// Writes one workbook with libxlsxwriter; returns the library's error.
class XlsxWriter
{
public:
    explicit XlsxWriter(const QString &path)
        : m_workbook(workbook_new(QFile::encodeName(path).constData()))
    { }
    ~XlsxWriter()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    lxw_workbook *workbook() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        return result;
    }

    lxw_format *format(const QString &numberFormat, bool bold = false)
    {
        const QString key = numberFormat + (bold ? QStringLiteral("|b") : QString());
        auto it = m_formats.constFind(key);
        if (it != m_formats.constEnd())
            return it.value();
        lxw_format *f = workbook_add_format(m_workbook);
        if (!numberFormat.isEmpty())
            format_set_num_format(f, numberFormat.toUtf8().constData());
        if (bold)
            format_set_bold(f);
        m_formats.insert(key, f);
        return f;
    }

private:
    lxw_workbook *m_workbook;
    QHash<QString, lxw_format *> m_formats;
};

} // namespace

std::optional<TableExport::Format> TableExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QStringList TableExport::fileFilters()
{
    return {tr("CSV, UTF-8 (*.csv)"), tr("Excel workbook (*.xlsx)")};
}

QByteArray TableExport::toCsv(QAbstractItemModel *model, const Options &options)
{
    fetchAll(model);
    const QList<int> columns = columnsOf(model, options);
    QString text;
    auto writeRow = [&](auto &&field) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                text += u',';
            appendCsvField(text, field(columns.at(i)));
        }
        text += QLatin1String("\r\n");
    };
    writeRow([&](int column) { return headerText(model, column); });
    for (int row = 0; row < model->rowCount(); ++row)
        writeRow([&](int column) { return cellText(model, row, column); });
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool TableExport::writeCsv(
    QAbstractItemModel *model, const QString &path, QString *error, const Options &options)
{
    const QByteArray bytes = toCsv(model, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write the table to %1: %2").arg(nativePath(path), file.errorString());
        return false;
    }
    return true;
}

bool TableExport::writeXlsx(
    QAbstractItemModel *model, const QString &path, QString *error, const Options &options)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write the table to %1: %2").arg(nativePath(path), reason);
        return false;
    };
    fetchAll(model);
    const QList<int> columns = columnsOf(model, options);

    // The workbook is written next to the file and renamed over it once complete, so that a failure
    // leaves an existing file as it was; creating it first also names the reason a folder is unwritable.
    const QFileInfo info(path);
    QTemporaryFile temporary(
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fail(temporary.errorString());
    temporary.close();

    {
        XlsxWriter writer(temporary.fileName());
        if (!writer.workbook())
            return fail(tr("the workbook could not be created."));
        lxw_worksheet *sheet
            = workbook_add_worksheet(writer.workbook(), sheetNameFor(options.sheetName).toUtf8().constData());
        if (!sheet)
            return fail(tr("the sheet could not be created."));
        lxw_format *bold = writer.format({}, true);
        QList<double> widths(columns.size(), MinColumnWidth);
        lxw_error status = LXW_NO_ERROR;

        auto writeText = [&](int row, int column, const QString &text, lxw_format *f) {
            widths[column] = std::max(widths[column], textWidth(text) + 2);
            if (text.isEmpty() && !f)
                return LXW_NO_ERROR;
            return worksheet_write_string(
                sheet, lxw_row_t(row), lxw_col_t(column), text.left(MaxCellChars).toUtf8().constData(), f);
        };

        for (qsizetype c = 0; c < columns.size() && status == LXW_NO_ERROR; ++c)
            status = writeText(0, int(c), headerText(model, columns.at(c)), bold);
        for (int row = 0; row < model->rowCount() && status == LXW_NO_ERROR; ++row) {
            for (qsizetype c = 0; c < columns.size() && status == LXW_NO_ERROR; ++c) {
                const QModelIndex index = model->index(row, columns.at(c));
                const QString text = index.data(Qt::DisplayRole).toString();
                const lxw_row_t sheetRow = lxw_row_t(row + 1);
                const auto sheetColumn = lxw_col_t(c);
                QVariant value = index.data(Qt::EditRole);
                if (!isNumberType(value) && value.metaType().id() != QMetaType::QDate
                    && value.metaType().id() != QMetaType::QDateTime) {
                    value = index.data(Qt::UserRole);
                }
                const int type = value.metaType().id();
                if (!text.isEmpty() && isNumberType(value) && looksNumeric(text)
                    && std::isfinite(value.toDouble())) {
                    const double number = value.toDouble();
                    const QString numberFormat = numberFormatFor(text, number);
                    widths[c] = std::max(widths[c], textWidth(text) + 2);
                    status = worksheet_write_number(sheet, sheetRow, sheetColumn, number,
                        numberFormat.isEmpty() ? nullptr : writer.format(numberFormat));
                } else if (!text.isEmpty() && (type == QMetaType::QDate || type == QMetaType::QDateTime)
                    && value.toDateTime().isValid()) {
                    const QDateTime dateTime = value.toDateTime();
                    const bool dateOnly = type == QMetaType::QDate || dateTime.time() == QTime(0, 0);
                    lxw_datetime lxw = toLxw(dateTime);
                    widths[c] = std::max(widths[c], dateOnly ? 12.0 : 21.0);
                    status = worksheet_write_datetime(sheet, sheetRow, sheetColumn, &lxw,
                        writer.format(
                            dateOnly ? QStringLiteral("yyyy-mm-dd") : QStringLiteral("yyyy-mm-dd hh:mm:ss")));
                } else {
                    status = writeText(row + 1, int(c), text, nullptr);
                }
            }
        }
        if (status != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(status)));
        for (qsizetype c = 0; c < columns.size(); ++c)
            worksheet_set_column(
                sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c), MaxColumnWidth), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        status = writer.close();
        if (status != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(status)));
    }

    temporary.setAutoRemove(false);
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary.fileName());
        return fail(tr("the existing file could not be replaced."));
    }
    if (!QFile::rename(temporary.fileName(), path)) {
        QFile::remove(temporary.fileName());
        return fail(tr("the file could not be renamed."));
    }
    return true;
}

bool TableExport::write(
    QAbstractItemModel *model, const QString &path, QString *error, const Options &options)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error
                = tr("Cannot export the table to %1: use a .csv or .xlsx file name.").arg(nativePath(path));
        return false;
    }
    return *format == Format::Csv ? writeCsv(model, path, error, options)
                                  : writeXlsx(model, path, error, options);
}

QList<int> TableExport::visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void TableExport::exportWithDialog(QTableView *view, const QString &name, QWidget *parent)
{
    if (!view || !view->model())
        return;
    QString fileName = name;
    fileName.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    const QStringList filters = fileFilters();
    QString selected = filters.last();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export table"),
        fileName + QStringLiteral(".xlsx"), filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (!formatForPath(path))
        path += filters.indexOf(selected) == 0 ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    Options options;
    options.columns = visibleColumns(view);
    options.sheetName = name;
    QString error;
    if (!write(view->model(), path, &error, options))
        QMessageBox::warning(parent, tr("Export table"), error);
}

} // namespace caseload
