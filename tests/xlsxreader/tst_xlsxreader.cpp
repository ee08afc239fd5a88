#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "io/XmlFragmentReader.h"
#include "io/ZipArchive.h"

#include "TestSupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <initializer_list>

using namespace caseload;

namespace {

using Rows = QList<QStringList>;

QStringList row(std::initializer_list<const char *> utf8)
{
    QStringList fields;
    for (const char *field : utf8)
        fields.append(QString::fromUtf8(field));
    return fields;
}

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Sheet
{
    Rows rows;
    QList<qint64> lines;
    QList<int> mergedBelow;
    QString openError;
    QString readError;
    QString name;
    QString description;
    qint64 progressDone = -1;
    qint64 progressTotal = -1;
};

Sheet readSheet(const QString &path, const QString &sheet = QString(),
    qsizetype chunkSize = qsizetype(256) << 10, int batchRows = 1024, bool fragments = true)
{
    Sheet result;
    XlsxReader::Options options;
    options.chunkSize = chunkSize;
    options.batchRows = batchRows;
    options.fragments = fragments;
    std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, sheet, &result.openError, options);
    if (!reader)
        return result;
    result.name = reader->sheetName();
    result.description = reader->sourceDescription();
    qint64 lastProgress = 0;
    while (reader->next()) {
        QStringList fields;
        for (const QStringView field : reader->fields())
            fields.append(field.toString());
        result.rows.append(fields);
        result.lines.append(reader->line());
        result.mergedBelow.append(reader->mergedRowsBelow());
        if (reader->progressDone() < lastProgress || reader->progressDone() > reader->progressTotal())
            result.readError = QStringLiteral("progress went backwards or past the total");
        lastProgress = reader->progressDone();
        if (reader->recordCount() != result.rows.size())
            result.readError = QStringLiteral("recordCount() disagrees with the rows returned");
    }
    if (reader->hasError())
        result.readError = reader->errorString();
    result.progressDone = reader->progressDone();
    result.progressTotal = reader->progressTotal();
    return result;
}

// Tiny reads split tags, attributes, multi-byte characters and <mergeCell> tags across chunks; tiny
// batches hand rows from the parsing thread one or two at a time, so that merges, absent rows and
// errors fall across batches.
struct Sizes
{
    qsizetype chunk;
    int batch;
};
const QList<Sizes> sizes = {{1, 1}, {3, 2}, {17, 1024}, {256 << 10, 1}, {256 << 10, 1024}};

// The cells of row r of many-rows.xlsx (see many_rows_sheet() in make_workbooks.py), worked out
// from its definition: shared string r - 1 is "案{r-1}号", serial 42430 + r is 2016-03-01 + r days.
QStringList manyRowsRow(int r, int rows)
{
    QStringList cells = {u8("案%1号").arg(r - 1), QStringLiteral("inline %1").arg(r),
        QStringLiteral("%1.5").arg(r), QDate(2016, 3, 1).addDays(r).toString(Qt::ISODate)};
    if (r == 1)
        cells.append(u8("案%1号").arg(rows - 1));
    return cells;
}

QByteArray oleHeader()
{
    return QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void isDateFormat_data();
    void isDateFormat();

    void typesWorkbook_data();
    void typesWorkbook();
    void sharedStringsAndCellTypes_data();
    void sharedStringsAndCellTypes();
    void mergesOverAbsentRows_data();
    void mergesOverAbsentRows();
    void date1904();
    void writeOnlyWorkbook();
    void sheetNamesAndReferences();
    void quotedSheetNames_data();
    void quotedSheetNames();
    void committedFixtures_data();
    void committedFixtures();

    void badInputAtOpen_data();
    void badInputAtOpen();
    void badInputWhileReading_data();
    void badInputWhileReading();
    void zipArchive();
    void rowFragments_data();
    void rowFragments();
    void stringFragments();
    void decodeText_data();
    void decodeText();
    void fragmentsReadAsExpat_data();
    void fragmentsReadAsExpat();
    void stringsReadToTheirEnd();
    void doctypeEntities();

    void manyRows_data();
    void manyRows();
    void errorAfterManyRows_data();
    void errorAfterManyRows();
    void corruptSharedStrings_data();
    void corruptSharedStrings();
    void destroyMidSheet_data();
    void destroyMidSheet();
    void viewsValidUntilNext();

    void benchmark();

private:
    QString generated(const QString &name);

    QTemporaryDir m_dir;
    bool m_generated = false;
    QString m_skipReason;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString script = test::sourcePath(QStringLiteral("tests/xlsxreader/data/make_workbooks.py"));
    QVERIFY2(QFile::exists(script), qPrintable(script));
    // The python3 first on PATH may be a private one without openpyxl (pyenv); Debian's has it.
    QStringList candidates;
    if (qEnvironmentVariableIsSet("CASELOAD_PYTHON"))
        candidates.append(qEnvironmentVariable("CASELOAD_PYTHON"));
    candidates.append(QStandardPaths::findExecutable(QStringLiteral("python3")));
    candidates.append(QStringLiteral("/usr/bin/python3"));
    QString python;
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0) {
            python = candidate;
            break;
        }
    }
    if (python.isEmpty()) {
        m_skipReason = QStringLiteral("needs python3 with openpyxl (Debian: apt install python3-openpyxl) "
                                      "to write the test workbooks");
        return;
    }
    QProcess process;
    process.start(python, {script, m_dir.path()});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        process.readAllStandardError().constData());
    m_generated = true;
}

QString TestXlsxReader::generated(const QString &name)
{
    return m_dir.filePath(name);
}

#define REQUIRE_GENERATED()                                                                                  \
    do {                                                                                                     \
        if (!m_generated)                                                                                    \
            QSKIP(qPrintable(m_skipReason));                                                                 \
    } while (false)

void TestXlsxReader::isDateFormat_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");

    QTest::newRow("chinese date") << u8("yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("slashes, text section") << u8("yyyy/m/d;@") << true;
    QTest::newRow("locale prefix") << u8("[$-804]yyyy\"年\"m\"月\"d\"日\";@") << true;
    QTest::newRow("excel built-in 14 code") << u8("mm-dd-yy") << true;
    QTest::newRow("libreoffice escapes") << u8("yyyy\\-mm\\-dd") << true;
    QTest::newRow("date and time") << u8("yyyy-mm-dd hh:mm:ss") << true;
    QTest::newRow("time") << u8("h:mm AM/PM") << true;
    QTest::newRow("elapsed hours") << u8("[h]:mm:ss") << true;
    QTest::newRow("elapsed seconds") << u8("[ss]") << true;
    QTest::newRow("chinese numerals date") << u8("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("upper case") << u8("YYYY-MM-DD") << true;
    QTest::newRow("two decimals") << u8("0.00") << false;
    QTest::newRow("yuan") << u8("#,##0.00\"元\"") << false;
    QTest::newRow("text") << u8("@") << false;
    QTest::newRow("general") << u8("General") << false;
    QTest::newRow("colour") << u8("[Red]0.00;[Blue]-0.00") << false;
    QTest::newRow("quoted letters") << u8("0\" days\"") << false;
    QTest::newRow("escaped letters") << u8("0\\d\\h") << false;
    QTest::newRow("accounting padding") << u8("_-* #,##0.00_-;-* #,##0.00_-;_-* \"-\"??_-;_-@_-") << false;
    QTest::newRow("condition") << u8("[>=100000]0,\"万\";0") << false;
    QTest::newRow("scientific") << u8("0.00E+00") << false;
    QTest::newRow("minutes or months alone") << u8("mm") << false;
}

void TestXlsxReader::isDateFormat()
{
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(code), date);
}

void TestXlsxReader::typesWorkbook_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");
    for (const Sizes &size : sizes)
        QTest::addRow("chunk %lld, batch %d", qlonglong(size.chunk), size.batch) << size.chunk << size.batch;
}

void TestXlsxReader::typesWorkbook()
{
    REQUIRE_GENERATED();
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    // No sheet named: the first sheet, 空白, is empty, so 执行案件 is read.
    const Sheet sheet = readSheet(generated(QStringLiteral("types.xlsx")), QString(), chunkSize, batchRows);
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.readError, QString());
    QCOMPARE(sheet.name, u8("执行案件"));
    QCOMPARE(sheet.description, u8("xlsx, sheet 执行案件"));

    const QString title = u8("2023年执行案件统计表");
    const Rows expected = {
        // A1:J1 merged: the title fills every column.
        QStringList(10, title),
        // A2:A3 and D2:D3 ... J2:J3 merged down, B2:C2 merged across.
        row({"案号", "当事人", "当事人", "立案日期", "标的金额（元）", "结案", "执行法官", "备注", "结案时间",
            "公式"}),
        row({"案号", "申请人", "被执行人", "立案日期", "标的金额（元）", "结案", "执行法官", "备注",
            "结案时间", "公式"}),
        // yyyy"年"m"月"d"日", #,##0.00"元", TRUE, text that looks like a date, a date-time; J4 is a
        // formula without a cached value: empty, so the row stops at I.
        row({"（２０１６）京０１０１执１２３号", "张三", "北京某某有限公司", "2016-03-01", "560000.5", "TRUE",
            "李法官", "2016-03-01", "2016-03-01 10:22:05"}),
        // built-in format 14, [$-804]yyyy"年"m"月"d"日";@, spaces kept, empty cells in between.
        row({"(2016)京0101执124号", "王五", "", "2017-12-31", "120000", "FALSE", "", "  备注  ",
            "2018-01-02"}),
        // yyyy/m/d;@ on a leap day; 0.00 is not a date format.
        row({"(2016)京0101执125号", "", "", "2016-02-29", "0.1", "", "赵法官"}),
        // hh:mm of 0.4375; serial 1 and 61 around Excel's fictitious 1900-02-29 (serial 60); a negative
        // serial stays a number; built-in 22 with a half day; numbers as openpyxl writes them.
        row({"时间", "10:30:00", "1900-01-01", "1900-03-01", "1900-02-29", "-1", "2023-03-15 12:00:00",
            "1e-07", "1099511627776"}),
    };
    QCOMPARE(sheet.rows, expected);
    // Row 6 is absent and row 8 holds only a styled empty cell.
    QCOMPARE(sheet.lines, (QList<qint64> {1, 2, 3, 4, 5, 7, 9}));
    QCOMPARE(sheet.mergedBelow, (QList<int> {0, 1, 0, 0, 0, 0, 0}));
    QVERIFY(sheet.progressTotal > 0);
    QCOMPARE(sheet.progressDone, sheet.progressTotal);
}

void TestXlsxReader::sharedStringsAndCellTypes_data()
{
    typesWorkbook_data();
}

void TestXlsxReader::sharedStringsAndCellTypes()
{
    REQUIRE_GENERATED();
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    const Sheet sheet = readSheet(generated(QStringLiteral("handmade.xlsx")), QString(), chunkSize, batchRows);
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.readError, QString());
    QCOMPARE(sheet.name, QStringLiteral("Strings"));
    const Rows expected = {
        // Shared strings: plain, rich runs, a phonetic run left out, _x000D_, an empty one, entities.
        QStringList {u8("案号"), u8("张三 "), u8("東京"), QStringLiteral("line1\r\nline2"), QString(),
            QStringLiteral("<tag> & more")},
        // A row and cells without r: inline rich text, a formula's cached string, an error, booleans,
        // ISO dates (t="d"), numbers as written, an inline string with a phonetic run left out.
        row({"inline", "案号x", "#N/A", "TRUE", "FALSE", "2016-03-01 10:22:05", "2016-03-01", "42", "1.2E+05",
            "大阪"}),
        // Styles 1-14 (see STYLES in make_workbooks.py): 14, yyyy"年"m"月"d"日" with a half day,
        // yyyy/m/d;@, [$-804]..., 0.00, #,##0.00"元", @, 22, CJK built-ins 31 and 58, [h]:mm:ss,
        // [Red]0.00, h:mm, "d"0\h_d, a style index past the table, a formula string in a date style.
        // (The conditional format after the cell formats that redefines 179 as a date changes nothing.)
        row({"2016-03-01", "2016-03-01 12:00:00", "2016-03-01", "2019-01-01", "560000.5", "1234.5",
            "20160301", "2016-03-01 10:22:05", "2016-03-01", "2016-03-01", "18:00:00", "3.5", "12:00:00", "7",
            "5", "2016-03-01"}),
        row({"", "", "3", "", "案号"}),
    };
    QCOMPARE(sheet.rows, expected);
    QCOMPARE(sheet.lines, (QList<qint64> {1, 2, 3, 6}));
}

void TestXlsxReader::mergesOverAbsentRows_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");
    for (const QString &name : {QStringLiteral("Gaps"), QStringLiteral("Prefixed")}) {
        for (const Sizes &size : sizes)
            QTest::addRow("%s, chunk %lld, batch %d", qPrintable(name), qlonglong(size.chunk), size.batch)
                << name << size.chunk << size.batch;
    }
}

void TestXlsxReader::mergesOverAbsentRows()
{
    REQUIRE_GENERATED();
    QFETCH(QString, sheet);
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    // A1:C2 over an absent row 2, A4:A6 over an absent row 5, A8:B9 past the last row of the file.
    // "Prefixed" has the same cells written with an x: prefix on every element.
    const Sheet read = readSheet(generated(QStringLiteral("handmade.xlsx")), sheet, chunkSize, batchRows);
    QCOMPARE(read.openError, QString());
    QCOMPARE(read.readError, QString());
    QCOMPARE(read.name, sheet);
    const Rows expected = {row({"t", "t", "t"}), row({"t", "t", "t"}), row({"x"}), row({"x"}),
        row({"x", "y"}), row({"end", "end"}), row({"end", "end"})};
    QCOMPARE(read.rows, expected);
    QCOMPARE(read.lines, (QList<qint64> {1, 2, 4, 5, 6, 8, 9}));
    QCOMPARE(read.mergedBelow, (QList<int> {1, 0, 2, 0, 0, 1, 0}));
}

void TestXlsxReader::date1904()
{
    REQUIRE_GENERATED();
    // openpyxl with the 1904 epoch: 2016-03-01 is stored as 40968 (42430 - 1462).
    const Sheet openpyxl = readSheet(generated(QStringLiteral("date1904.xlsx")));
    QCOMPARE(openpyxl.openError, QString());
    QCOMPARE(openpyxl.rows, (Rows {row({"2016-03-01", "2016-03-01 06:00:00", "42430"})}));
    // Serial 0 is 1904-01-01 there; a time format below one day is a time.
    const Sheet handmade = readSheet(generated(QStringLiteral("date1904-handmade.xlsx")));
    QCOMPARE(handmade.openError, QString());
    QCOMPARE(handmade.rows, (Rows {row({"1904-01-01", "2016-03-01", "2016-03-01 06:00:00", "12:00:00"})}));
}

void TestXlsxReader::writeOnlyWorkbook()
{
    REQUIRE_GENERATED();
    const Sheet sheet = readSheet(generated(QStringLiteral("write-only.xlsx")));
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.readError, QString());
    QCOMPARE(sheet.name, u8("导出"));
    QCOMPARE(sheet.rows,
        (Rows {row({"案号", "金额", "日期"}), row({"(2016)京0101执1号", "1.5"}), row({"", "", "x"})}));
    QCOMPARE(sheet.lines, (QList<qint64> {1, 2, 4}));
}

void TestXlsxReader::sheetNamesAndReferences()
{
    REQUIRE_GENERATED();
    const QString path = generated(QStringLiteral("types.xlsx"));
    QString error;
    QCOMPARE(
        XlsxReader::sheetNames(path, &error), (QStringList {u8("空白"), u8("执行案件"), u8("My Sheet")}));
    QCOMPARE(error, QString());
    QCOMPARE(XlsxReader::sheetNames(generated(QStringLiteral("handmade.xlsx")), &error),
        (QStringList {u8("Strings"), u8("Gaps"), u8("Chart"), u8("Prefixed")}));
    // The sheet open() takes by itself, which the window's chooser offers first: 空白 is empty.
    QCOMPARE(XlsxReader::defaultSheet(path, &error), u8("执行案件"));
    QCOMPARE(error, QString());
    QCOMPARE(XlsxReader::defaultSheet(generated(QStringLiteral("all-empty.xlsx")), &error), QString());
    QVERIFY2(error.contains(u8("every sheet of the workbook is empty")), qPrintable(error));

    std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, u8("My Sheet"), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->next());
    QCOMPARE(reader->line(), 1);
    QCOMPARE(reader->cellReference(0), QStringLiteral("'My Sheet'!A1"));
    QVERIFY(reader->next());
    QCOMPARE(reader->line(), 2);
    QCOMPARE(reader->fields().size(), 2);
    QCOMPARE(reader->fields().at(1).toString(), QStringLiteral("y"));
    QCOMPARE(reader->cellReference(1), QStringLiteral("'My Sheet'!B2"));
    QCOMPARE(reader->cellReference(27), QStringLiteral("'My Sheet'!AB2"));
    QVERIFY(!reader->next());
    QVERIFY(!reader->hasError());
    QVERIFY(!reader->next());

    // Sheet names match regardless of case, as in Excel.
    reader = XlsxReader::open(path, u8("my sheet"), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetName(), u8("My Sheet"));

    reader = XlsxReader::open(path, u8("执行案件"), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->mergedRangeCount(), 10);
    for (int i = 0; i < 4; ++i)
        QVERIFY(reader->next());
    QCOMPARE(reader->cellReference(4), u8("执行案件!E4"));

    // The empty sheet can be chosen by name: no rows, no error.
    reader = XlsxReader::open(path, u8("空白"), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(!reader->next());
    QVERIFY(!reader->hasError());

    // A chart sheet holds no cells.
    const Sheet chart = readSheet(generated(QStringLiteral("handmade.xlsx")), QStringLiteral("Chart"));
    QCOMPARE(chart.openError, QString());
    QCOMPARE(chart.rows, Rows());
    QCOMPARE(chart.readError, QString());
}

void TestXlsxReader::quotedSheetNames_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("reference");
    // As Excel writes them in formulas: quoted when the name has anything but letters, digits and
    // underscores, starts with a digit, or could be read as a cell reference (A1 or R1C1 style).
    QTest::newRow("cell-like") << u8("A1") << u8("'A1'!B3");
    QTest::newRow("apostrophe doubled") << u8("O'Brien") << u8("'O''Brien'!B3");
    QTest::newRow("leading digit") << u8("2019数据") << u8("'2019数据'!B3");
    QTest::newRow("plain") << u8("Data_2019") << u8("Data_2019!B3");
    QTest::newRow("chinese") << u8("执行案件") << u8("执行案件!B3");
    QTest::newRow("r1c1-like") << u8("R2C3") << u8("'R2C3'!B3");
    QTest::newRow("space") << u8("My Sheet") << u8("'My Sheet'!B3");
}

void TestXlsxReader::quotedSheetNames()
{
    REQUIRE_GENERATED();
    QFETCH(QString, sheet);
    QFETCH(QString, reference);
    QString error;
    std::unique_ptr<XlsxReader> reader
        = XlsxReader::open(generated(QStringLiteral("names.xlsx")), sheet, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetName(), sheet);
    QVERIFY(reader->next());
    QCOMPARE(reader->line(), 3);
    QCOMPARE(reader->cellReference(1), reference);
}

void TestXlsxReader::committedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::newRow("openpyxl") << QStringLiteral("openpyxl-fixture.xlsx") << QStringLiteral("Sheet1");
    // LibreOffice names the sheet after the CSV file it converted.
    QTest::newRow("libreoffice") << QStringLiteral("libreoffice-fixture.xlsx") << QStringLiteral("fixture");
}

void TestXlsxReader::committedFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    // Both made from data/fixture.csv: openpyxl (inline strings, yyyy-mm-dd dates) and LibreOffice
    // (shared strings with rich runs where fonts change, yyyy\-mm\-dd dates).
    const Sheet read = readSheet(test::sourcePath(QStringLiteral("tests/xlsxreader/data/") + file));
    QCOMPARE(read.openError, QString());
    QCOMPARE(read.readError, QString());
    QCOMPARE(read.name, sheet);
    const Rows expected = {
        row({"案号", "申请执行人", "被执行人", "立案日期", "执行标的金额", "结案日期", "承办人"}),
        row({"（２０１６）京０１０１执１２３号", "张三", "北京某某建筑有限公司", "2016-03-01", "560000.5",
            "2016-09-30", "李法官"}),
        row({"(2017)沪0105执456号", "王五 ", "上海某某贸易有限公司", "2017-12-31", "120000", "", "赵法官"}),
        row({"(2018)粤0304执7号", "陈六,陈七", "深圳某某科技有限公司", "2018-01-02", "0.5", "2018-06-15"}),
    };
    QCOMPARE(read.rows, expected);
    QCOMPARE(read.lines, (QList<qint64> {1, 2, 3, 4}));
}

void TestXlsxReader::badInputAtOpen_data()
{
    QTest::addColumn<QString>("file"); // made here, committed, or in the generated folder
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("expected"); // parts of the message
    QTest::addColumn<bool>("listsSheets"); // whether sheetNames() still works

    QTest::newRow("truncated zip") << "truncated.xlsx" << QString() << QStringList {u8("truncated")} << false;
    QTest::newRow("csv under an xlsx name")
        << "csv.xlsx" << QString() << QStringList {u8("not a zip archive")} << false;
    QTest::newRow("html under an xlsx name") << "html.xlsx" << QString() << QStringList {u8("HTML")} << false;
    QTest::newRow("old xls") << "old.xlsx" << QString() << QStringList {u8(".xls workbook")} << false;
    QTest::newRow("encrypted workbook")
        << "encrypted.xlsx" << QString() << QStringList {u8("password-protected")} << false;
    QTest::newRow("empty file") << "empty.xlsx" << QString() << QStringList {u8("empty")} << false;
    QTest::newRow("missing file") << "missing.xlsx" << QString() << QStringList {u8("cannot open")} << false;
    QTest::newRow("zip without a workbook")
        << "no-workbook.xlsx" << QString() << QStringList {u8("no workbook")} << false;
    QTest::newRow("no such sheet") << "types.xlsx" << u8("Sheet9")
                                   << QStringList {u8("Sheet9"), u8("空白, 执行案件, My Sheet")} << true;
    QTest::newRow("every sheet empty")
        << "all-empty.xlsx" << QString() << QStringList {u8("every sheet of the workbook is empty")} << true;
    QTest::newRow("encrypted zip entries")
        << "encrypted-entries.xlsx" << QString() << QStringList {u8("encrypted")} << false;
    QTest::newRow("crc error") << "crc-error.xlsx" << QString() << QStringList {u8("Sheet1"), u8("CRC error")}
                               << true;
    // Found while open() reads an empty first sheet to its end (see corruptSharedStrings).
    QTest::newRow("corrupt shared strings")
        << "corrupt-strings-empty-first.xlsx" << QString()
        << QStringList {u8(": the workbook is corrupt (xl/sharedStrings.xml): mismatched tag")} << true;
}

void TestXlsxReader::badInputAtOpen()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QStringList, expected);
    QFETCH(bool, listsSheets);
    const QStringList madeHere = {QStringLiteral("csv.xlsx"), QStringLiteral("html.xlsx"),
        QStringLiteral("old.xlsx"), QStringLiteral("encrypted.xlsx"), QStringLiteral("empty.xlsx"),
        QStringLiteral("missing.xlsx"), QStringLiteral("encrypted-entries.xlsx")};
    if (!madeHere.contains(file))
        REQUIRE_GENERATED();

    QTemporaryDir dir;
    QString path = dir.filePath(file);
    const auto write = [&](const QByteArray &bytes) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    };
    if (file == u"truncated.xlsx") {
        QFile in(generated(QStringLiteral("types.xlsx")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        write(whole.left(whole.size() / 2));
    } else if (file == u"csv.xlsx") {
        write(u8("案号,金额\n(2016)京0101执1号,100\n").toUtf8());
    } else if (file == u"html.xlsx") {
        write("  <html><body><table><tr><td>1</td></tr></table></body></html>");
    } else if (file == u"old.xlsx") {
        write(oleHeader() + QByteArray(1024, '\0'));
    } else if (file == u"encrypted.xlsx") {
        QByteArray name;
        for (const char c : QByteArrayView("EncryptedPackage"))
            name.append(c).append('\0');
        write(oleHeader() + QByteArray(700, '\0') + name + QByteArray(100, '\0'));
    } else if (file == u"empty.xlsx") {
        write(QByteArray());
    } else if (file == u"encrypted-entries.xlsx") {
        path = test::sourcePath(QStringLiteral("tests/xlsxreader/data/") + file);
    } else if (file != u"missing.xlsx") {
        path = generated(file);
    }

    QString error;
    std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, sheet, &error);
    QVERIFY(!reader);
    QVERIFY2(error.startsWith(path + u8(": ")) && error.count(path) == 1, qPrintable(error));
    for (const QString &part : std::as_const(expected))
        QVERIFY2(error.contains(part), qPrintable(error));

    // Listing the sheets reads only the workbook part: it fails the same way when the container or
    // the workbook is bad.
    error.clear();
    const QStringList names = XlsxReader::sheetNames(path, &error);
    QCOMPARE(!names.isEmpty(), listsSheets);
    if (!listsSheets)
        QVERIFY2(error.contains(path), qPrintable(error));
}

void TestXlsxReader::badInputWhileReading_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");

    for (const Sizes &size : {Sizes {1, 1}, Sizes {256 << 10, 1024}}) {
        QTest::addRow("corrupt xml, chunk %lld", qlonglong(size.chunk))
            << "corrupt-xml.xlsx" << u8("sheet Sheet1, row 3: the sheet's XML is corrupt") << size.chunk
            << size.batch;
        QTest::addRow("xml cut short, chunk %lld", qlonglong(size.chunk))
            << "truncated-xml.xlsx" << u8("sheet Sheet1, row 3: the sheet's XML ends early (truncated)")
            << size.chunk << size.batch;
        QTest::addRow("not utf-8, chunk %lld", qlonglong(size.chunk))
            << "bad-utf8.xlsx" << u8("sheet Sheet1, row 3: the sheet's XML is corrupt: not well-formed")
            << size.chunk << size.batch;
        QTest::addRow("shared string out of range, chunk %lld", qlonglong(size.chunk))
            << "bad-shared-string.xlsx" << u8("Sheet1!B3: the shared string 99 does not exist") << size.chunk
            << size.batch;
    }
}

void TestXlsxReader::badInputWhileReading()
{
    REQUIRE_GENERATED();
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    // Rows 1 and 2 are good; the error comes on row 3 and stops the reader.
    const Sheet sheet = readSheet(generated(file), QString(), chunkSize, batchRows);
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.rows, (Rows {row({"a"}), row({"42"})}));
    QVERIFY2(sheet.readError.startsWith(expected), qPrintable(sheet.readError));
}

void TestXlsxReader::rowFragments_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");
    for (const Sizes &size : sizes)
        QTest::addRow("chunk %lld, batch %d", qlonglong(size.chunk), size.batch) << size.chunk << size.batch;
    // Chunks that cut the sheet inside the comment, the CDATA section and the spaced row end.
    for (const qsizetype chunk : {40, 60, 120, 200})
        QTest::addRow("chunk %lld", qlonglong(chunk)) << chunk << 1;
}

void TestXlsxReader::rowFragments()
{
    // What pugixml's fragments cannot take as they come (a "</row>" inside a comment and a CDATA
    // section, a row end with a space) is read by expat from there on; character data comes out as
    // expat gives it, whichever parser read it (see fragment_workbooks() in make_workbooks.py).
    REQUIRE_GENERATED();
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    const Sheet sheet = readSheet(generated(QStringLiteral("fragments.xlsx")), QString(), chunkSize, batchRows);
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.readError, QString());
    QCOMPARE(sheet.rows,
        (Rows {row({"a", "1"}), row({" ", "x</row>y & <z>"}), row({"案&<号", "p\nq"}), row({"4"})}));
    QCOMPARE(sheet.lines, (QList<qint64> {1, 2, 3, 4}));
}

void TestXlsxReader::stringFragments()
{
    // The shared strings are cut after </si>: a comment and a CDATA section that hold "</si>", a
    // phonetic run and character references come out as expat gives them, whatever the chunk size.
    REQUIRE_GENERATED();
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(40), qsizetype(90), qsizetype(256) << 10}) {
        const Sheet sheet = readSheet(generated(QStringLiteral("fragment-strings.xlsx")), QString(), chunk, 1);
        QCOMPARE(sheet.readError, QString());
        QCOMPARE(sheet.rows, (Rows {row({"一", "二</si>", "三", "四&五"})}));
    }
}

void TestXlsxReader::decodeText_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << QByteArray("案号 1") << true << u8("案号 1");
    QTest::newRow("predefined") << QByteArray("&lt;&gt;&amp;&quot;&apos;") << true << QStringLiteral("<>&\"'");
    QTest::newRow("decimal") << QByteArray("&#26696;&#21495;") << true << u8("案号");
    QTest::newRow("hex, both cases") << QByteArray("&#x6848;&#X53f7;") << false << QString();
    QTest::newRow("hex") << QByteArray("&#x6848;&#x53f7;") << true << u8("案号");
    QTest::newRow("astral") << QByteArray("&#x1F600;") << true << QString::fromUcs4(U"\U0001F600");
    QTest::newRow("leading zeros") << QByteArray("&#0000000065;") << true << QStringLiteral("A");
    QTest::newRow("tab, line feed, carriage return") << QByteArray("&#9;&#10;&#13;") << true << QStringLiteral("\t\n\r");
    QTest::newRow("nul") << QByteArray("a&#0;b") << false << QString();
    QTest::newRow("control") << QByteArray("&#1;") << false << QString();
    QTest::newRow("surrogate") << QByteArray("&#xD800;") << false << QString();
    QTest::newRow("past Unicode") << QByteArray("&#x110000;") << false << QString();
    QTest::newRow("huge") << QByteArray("&#99999999999999999999;") << false << QString();
    QTest::newRow("bare ampersand") << QByteArray("a & b") << false << QString();
    QTest::newRow("unknown entity") << QByteArray("&nbsp;") << false << QString();
    QTest::newRow("no digits") << QByteArray("&#;") << false << QString();
    QTest::newRow("never ends") << QByteArray("&amp") << false << QString();
}

void TestXlsxReader::decodeText()
{
    // As expat reports text: the predefined entities and character references replaced, anything
    // else that starts with '&' refused.
    QFETCH(QByteArray, raw);
    QFETCH(bool, ok);
    QFETCH(QString, decoded);
    std::string out = "before:";
    QCOMPARE(XmlFragmentReader::decodeText(raw.constData(), &out), ok);
    if (ok)
        QCOMPARE(QString::fromStdString(out), QStringLiteral("before:") + decoded);
    else
        QCOMPARE(out, std::string("before:")); // left as it was
}

void TestXlsxReader::fragmentsReadAsExpat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("chunkSize");
    REQUIRE_GENERATED();
    const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        for (const qsizetype chunk : {qsizetype(5), qsizetype(64), qsizetype(256) << 10})
            QTest::addRow("%s, chunk %lld", qPrintable(file), qlonglong(chunk)) << file << chunk;
    }
}

// Differential: every generated workbook (the mutants of mutant_workbooks() in make_workbooks.py
// included) reads the same through pugixml's fragments as through expat alone: the same rows, lines,
// merges and, for a broken part, the same message (the same fault at the same XML line and column).
// The differences allowed: a fault in markup the reader does not use (an attribute it does not read,
// say), which pugixml lets through; then every row expat read before the fault reads the same. And a
// fault at the end of the shared strings (a CRC, junk after </sst>) may stop the fragments earlier
// than expat, as they keep the last strings back until the end is checked: the same fault, found
// at open() or at a row expat had not reached yet.
void TestXlsxReader::fragmentsReadAsExpat()
{
    REQUIRE_GENERATED();
    QFETCH(QString, file);
    QFETCH(qsizetype, chunkSize);
    const QString path = generated(file);
    const Sheet expat = readSheet(path, QString(), chunkSize, 3, false);
    const Sheet fragments = readSheet(path, QString(), chunkSize, 3, true);
    if (fragments.openError.isEmpty() && fragments.readError.isEmpty()
        && !(expat.openError.isEmpty() && expat.readError.isEmpty())) {
        qInfo("%s: a fault only expat reports: %s%s", qPrintable(file), qPrintable(expat.openError),
            qPrintable(expat.readError));
        QVERIFY(expat.rows.size() <= fragments.rows.size());
        QCOMPARE(fragments.rows.first(expat.rows.size()), expat.rows);
        QCOMPARE(fragments.lines.first(expat.lines.size()), expat.lines);
        return;
    }
    const auto fault = [this](const Sheet &sheet) {
        QString text = sheet.openError + sheet.readError;
        return text.remove(generated(QString())); // the path, where the message names it
    };
    if (!(fragments.openError + fragments.readError).isEmpty() && !(expat.openError + expat.readError).isEmpty()
        && fragments.rows.size() < expat.rows.size()) {
        QVERIFY2(fault(fragments).contains(QStringLiteral("sharedStrings")), qPrintable(fault(fragments)));
        QCOMPARE(fragments.rows, expat.rows.first(fragments.rows.size()));
        QVERIFY(fault(expat).endsWith(fault(fragments).section(QStringLiteral("sharedStrings.xml"), -1))
            || fault(fragments).endsWith(fault(expat).section(QStringLiteral("sharedStrings.xml"), -1)));
        return;
    }
    QCOMPARE(fragments.openError, expat.openError);
    QCOMPARE(fragments.rows, expat.rows);
    QCOMPARE(fragments.lines, expat.lines);
    QCOMPARE(fragments.mergedBelow, expat.mergedBelow);
    QCOMPARE(fragments.readError, expat.readError);
}

void TestXlsxReader::stringsReadToTheirEnd()
{
    // Expat reads the shared strings to the end of the part: junk after </sst> and a CRC that does not
    // match are errors; comments and processing instructions after it are not. The fragments too.
    REQUIRE_GENERATED();
    for (const bool fragments : {false, true}) {
        for (const qsizetype chunk : {qsizetype(3), qsizetype(256) << 10}) {
            const Sheet epilog
                = readSheet(generated(QStringLiteral("strings-epilog.xlsx")), QString(), chunk, 1, fragments);
            QCOMPARE(epilog.openError + epilog.readError, QString());
            QCOMPARE(epilog.rows, (Rows {row({"甲", "LAST"})}));
            const Sheet junk = readSheet(generated(QStringLiteral("strings-junk.xlsx")), QString(), chunk, 1, fragments);
            QVERIFY2((junk.openError + junk.readError).contains(QStringLiteral("junk after document element")),
                qPrintable(junk.openError + junk.readError));
            const Sheet crc = readSheet(generated(QStringLiteral("strings-crc.xlsx")), QString(), chunk, 1, fragments);
            QVERIFY2((crc.openError + crc.readError).contains(QStringLiteral("CRC error")),
                qPrintable(crc.openError + crc.readError));
        }
    }
}

void TestXlsxReader::doctypeEntities()
{
    REQUIRE_GENERATED();
    for (const qsizetype chunk : {qsizetype(1), qsizetype(256) << 10}) {
        const Sheet sheet = readSheet(generated(QStringLiteral("doctype.xlsx")), QString(), chunk, 1);
        QCOMPARE(sheet.readError, QString());
        QCOMPARE(sheet.rows, (Rows {row({"a"}), row({"42"}), row({"示例法院"})}));
    }
}

void TestXlsxReader::zipArchive()
{
    REQUIRE_GENERATED();
    const QString path = generated(QStringLiteral("handmade.xlsx"));
    QString error;
    std::unique_ptr<ZipArchive> zip = ZipArchive::open(path, &error);
    QVERIFY2(zip, qPrintable(error));
    QCOMPARE(zip->fileName(), path);
    QVERIFY(zip->entryNames().contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    QVERIFY(zip->contains(QStringLiteral("XL/Workbook.xml"))); // case-insensitive fallback
    QVERIFY(!zip->contains(QStringLiteral("xl/nothing.xml")));
    QCOMPARE(zip->entrySize(QStringLiteral("xl/nothing.xml")), -1);
    QCOMPARE(zip->readEntry(QStringLiteral("xl/chartsheets/sheet1.xml"), &error),
        QByteArray("<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));

    // Streaming in chunks gives the same bytes as reading whole.
    const QByteArray whole = zip->readEntry(QStringLiteral("xl/sharedStrings.xml"), &error);
    QCOMPARE(qint64(whole.size()), zip->entrySize(QStringLiteral("xl/sharedStrings.xml")));
    std::unique_ptr<ZipArchive::Entry> entry = zip->openEntry(QStringLiteral("xl/sharedStrings.xml"), &error);
    QVERIFY2(entry, qPrintable(error));
    QByteArray streamed;
    char buffer[7];
    for (qint64 n; (n = entry->read(buffer, sizeof buffer)) > 0;)
        streamed.append(buffer, n);
    QVERIFY(!entry->hasError());
    QCOMPARE(streamed, whole);
    QCOMPARE(entry->position(), entry->size());

    QVERIFY(!zip->openEntry(QStringLiteral("xl/nothing.xml"), &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("xl/nothing.xml")), qPrintable(error));
    QVERIFY(zip->readEntry(QStringLiteral("xl/sharedStrings.xml"), &error, 10).isNull());
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));

    // A CRC mismatch shows on the read that reaches the end.
    zip = ZipArchive::open(generated(QStringLiteral("crc-error.xlsx")), &error);
    QVERIFY2(zip, qPrintable(error));
    QVERIFY(zip->readEntry(QStringLiteral("xl/worksheets/sheet1.xml"), &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("CRC error")), qPrintable(error));

    zip = ZipArchive::open(
        test::sourcePath(QStringLiteral("tests/xlsxreader/data/encrypted-entries.xlsx")), &error);
    QVERIFY2(zip, qPrintable(error));
    QVERIFY(!zip->openEntry(QStringLiteral("xl/workbook.xml"), &error));
    QVERIFY2(error.contains(QStringLiteral("encrypted")), qPrintable(error));

    QVERIFY(!ZipArchive::open(test::sourcePath(QStringLiteral("tests/xlsxreader/data/fixture.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("not a zip archive")), qPrintable(error));
}

void TestXlsxReader::manyRows_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");
    QTest::newRow("defaults") << QString() << (qsizetype(256) << 10) << 1024;
    QTest::newRow("named sheet, small chunks, batches of 7") << QStringLiteral("Rows") << qsizetype(100) << 7;
    QTest::newRow("batches of 1") << QStringLiteral("Rows") << qsizetype(4096) << 1;
}

void TestXlsxReader::manyRows()
{
    REQUIRE_GENERATED();
    QFETCH(QString, sheet);
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    const int count = 5000; // MANY_ROWS in make_workbooks.py
    const Sheet read = readSheet(generated(QStringLiteral("many-rows.xlsx")), sheet, chunkSize, batchRows);
    QCOMPARE(read.openError, QString());
    QCOMPARE(read.readError, QString());
    Rows expected;
    QList<qint64> lines;
    for (int r = 1; r <= count; ++r) {
        if (r % 1000 == 500)
            continue; // absent from the file
        expected.append(manyRowsRow(r, count));
        lines.append(r);
    }
    QCOMPARE(read.rows.size(), expected.size());
    QCOMPARE(read.rows, expected);
    QCOMPARE(read.lines, lines);
    QCOMPARE(read.progressDone, read.progressTotal);
}

void TestXlsxReader::errorAfterManyRows_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");
    QTest::newRow("defaults") << (qsizetype(256) << 10) << 1024;
    QTest::newRow("batches of 3") << qsizetype(64) << 3;
}

void TestXlsxReader::errorAfterManyRows()
{
    REQUIRE_GENERATED();
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    // Rows 1-3000 (less the absent 500, 1500 and 2500) come first, then the error on row 3001.
    const Sheet read
        = readSheet(generated(QStringLiteral("late-error.xlsx")), QStringLiteral("Rows"), chunkSize, batchRows);
    QCOMPARE(read.openError, QString());
    QCOMPARE(read.rows.size(), 2997);
    QCOMPARE(read.rows.last(), manyRowsRow(3000, 5000));
    QCOMPARE(read.lines.last(), 3000);
    QVERIFY2(read.readError.startsWith(u8("sheet Rows, row 3001: the sheet's XML is corrupt")),
        qPrintable(read.readError));
}

void TestXlsxReader::corruptSharedStrings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("rows"); // read before the error

    // The strings load while the sheet is read: the error comes when a row needs a string past it.
    QTest::newRow("needed by row 3") << "corrupt-strings.xlsx" << u8("Rows") << 2;
    // open() reads the first row of the sheet it picks; the error still comes on row 3.
    QTest::newRow("needed by row 3, sheet picked by open()") << "corrupt-strings.xlsx" << QString() << 2;
    // Strings past the error are never needed: the error comes at the end of the sheet.
    QTest::newRow("never needed") << "corrupt-strings-unused.xlsx" << u8("Rows") << 2;
}

void TestXlsxReader::corruptSharedStrings()
{
    REQUIRE_GENERATED();
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(int, rows);
    const QString path = generated(file);
    const Sheet read = readSheet(path, sheet);
    QCOMPARE(read.openError, QString());
    QCOMPARE(read.rows, (Rows {row({"案0号"}), row({"案1号"})}).first(rows));
    QVERIFY2(read.readError.startsWith(u8("the workbook is corrupt (xl/sharedStrings.xml): ")),
        qPrintable(read.readError));
}

void TestXlsxReader::destroyMidSheet_data()
{
    QTest::addColumn<int>("rowsRead");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("batchRows");
    // With 1-byte chunks the shared strings and the sheet are still being read when the reader goes.
    QTest::newRow("right after open, 1-byte chunks") << 0 << qsizetype(1) << 1;
    QTest::newRow("after 1 row") << 1 << qsizetype(64) << 2;
    QTest::newRow("after 3 rows, batches of 1") << 3 << qsizetype(4096) << 1;
    QTest::newRow("mid-batch") << 1500 << (qsizetype(256) << 10) << 1024;
    QTest::newRow("after the last row") << 4995 << (qsizetype(256) << 10) << 1024;
}

void TestXlsxReader::destroyMidSheet()
{
    REQUIRE_GENERATED();
    QFETCH(int, rowsRead);
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, batchRows);
    XlsxReader::Options options;
    options.chunkSize = chunkSize;
    options.batchRows = batchRows;
    QString error;
    std::unique_ptr<XlsxReader> reader
        = XlsxReader::open(generated(QStringLiteral("many-rows.xlsx")), QStringLiteral("Rows"), &error, options);
    QVERIFY2(reader, qPrintable(error));
    for (int i = 0; i < rowsRead; ++i)
        QVERIFY(reader->next());
    if (rowsRead == 4995)
        QVERIFY(!reader->next());
    // The reader's threads are waiting for room in their queues or reading: destroying it stops them
    // at the next row or chunk (a hang here is the bug this guards against).
    QElapsedTimer timer;
    timer.start();
    reader.reset();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestXlsxReader::viewsValidUntilNext()
{
    REQUIRE_GENERATED();
    // Batches of one row: while the caller holds a row, the parsing thread fills the other batches;
    // the row's views must not change under it.
    XlsxReader::Options options;
    options.chunkSize = 4096;
    options.batchRows = 1;
    QString error;
    std::unique_ptr<XlsxReader> reader
        = XlsxReader::open(generated(QStringLiteral("many-rows.xlsx")), QStringLiteral("Rows"), &error, options);
    QVERIFY2(reader, qPrintable(error));
    for (int r = 1; r <= 10; ++r) {
        QVERIFY(reader->next());
        const QList<QStringView> fields = reader->fields();
        QThread::msleep(20);
        QStringList texts;
        for (const QStringView field : fields)
            texts.append(field.toString());
        QCOMPARE(texts, manyRowsRow(r, 5000));
    }
}

// Reads the workbook named by CASELOAD_XLSX_BENCH (e.g. 1,000,000 rows written by
// `make_workbooks.py --bench` from `caseload generate`'s CSV) and prints rows per second, and the
// same for CsvReader on CASELOAD_CSV_BENCH when set; skipped otherwise.
void TestXlsxReader::benchmark()
{
    const QString csvPath = qEnvironmentVariable("CASELOAD_CSV_BENCH");
    if (!csvPath.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader csv(&file, CsvReader::Options());
        qint64 cells = 0;
        while (csv.next())
            cells += csv.fields().size();
        QVERIFY2(!csv.hasError(), qPrintable(csv.errorString()));
        const double seconds = timer.elapsed() / 1000.0;
        qInfo("CsvReader: %lld rows, %lld cells, %.2f s, %.0f rows/s", qlonglong(csv.recordCount()),
            qlonglong(cells), seconds, csv.recordCount() / seconds);
    }
    const QString path = qEnvironmentVariable("CASELOAD_XLSX_BENCH");
    if (path.isEmpty())
        QSKIP("set CASELOAD_XLSX_BENCH to a large .xlsx to measure the reader");
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    const qint64 openMs = timer.elapsed();
    qint64 cells = 0;
    while (reader->next())
        cells += reader->fields().size();
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    const double seconds = timer.elapsed() / 1000.0;
    qInfo("%lld rows, %lld cells, sheet XML %lld bytes: open %lld ms (merge pre-pass included, %lld merges), "
          "total %.2f s, %.0f rows/s",
        qlonglong(reader->recordCount()), qlonglong(cells), qlonglong(reader->progressTotal()),
        qlonglong(openMs), qlonglong(reader->mergedRangeCount()), seconds, reader->recordCount() / seconds);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
