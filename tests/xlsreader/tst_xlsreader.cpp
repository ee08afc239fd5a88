#include "../biffinspector/BiffWriter.h"

#include "io/FileFormat.h"
#include "io/XlsReader.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using namespace caseload;

namespace {

QStringList row(std::initializer_list<const char *> utf8)
{
    QStringList fields;
    for (const char *field : utf8)
        fields.append(QString::fromUtf8(field));
    return fields;
}

QString fixture(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/xlsreader/data/") + QLatin1String(name));
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

struct Record
{
    qint64 line = 0;
    QStringList fields;
};

// Reads every row; fails the test on a reader error.
QList<Record> readAll(XlsReader &reader)
{
    QList<Record> records;
    while (reader.next()) {
        QStringList fields;
        for (const QStringView field : reader.fields())
            fields.append(field.toString());
        records.append({reader.line(), fields});
    }
    return records;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFixture(const char *name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Messages name the file as it was given.
QString named(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString formulaMessage(const QString &path, const char *sheet, int count)
{
    return named(path) + QStringLiteral(", sheet “") + QString::fromUtf8(sheet) + QStringLiteral("”, has ")
        + QString::number(count)
        + QStringLiteral(
            " formula cells whose values FreeXL, the .xls reader, cannot read: open it in Excel or WPS "
            "and save it as .xlsx, then import that");
}

} // namespace

class TestXlsReader : public QObject
{
    Q_OBJECT

private slots:
    void sheetNames();
    void defaultSheetIsFirstWithCells();
    void cells_data();
    void cells();
    void endOfSheet();
    void sheetByName();
    void emptySheet();
    void missingSheet();
    void cellReference_data();
    void cellReference();
    void passwordProtected();
    void notAnXls_data();
    void notAnXls();
    void truncatedFiles();
    void formulaCellsRefused_data();
    void formulaCellsRefused();
    void formulasOnOtherSheetsDoNotMatter();
    void booleansAndErrors();
    void damagedWorkbook_data();
    void damagedWorkbook();
    void bareBiff2Worksheet();
};

void TestXlsReader::sheetNames()
{
    QString error;
    const QStringList names = XlsReader::sheetNames(fixture("cases.xls"), &error);
    QCOMPARE(names, QStringList({QStringLiteral("Empty"), utf8("执行案件"), QStringLiteral("Closed cases")}));
    QVERIFY(error.isEmpty());
}

void TestXlsReader::defaultSheetIsFirstWithCells()
{
    QString error;
    const auto reader = XlsReader::open(fixture("values.xls"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetName(), utf8("执行案件"));
    QCOMPARE(reader->sourceDescription(), utf8("xls, sheet 执行案件"));
    // What the window's sheet chooser offers first.
    QCOMPARE(XlsReader::defaultSheet(fixture("values.xls"), &error), utf8("执行案件"));
    QVERIFY2(XlsReader::sheetNames(fixture("values.xls"), &error).first() != utf8("执行案件"),
        "the fixture's first sheet must not be the default one, or this proves nothing");
}

// The sheet 执行案件 of values.xls as openpyxl wrote it and LibreOffice saved it
// (tests/xlsreader/data/make_fixtures.py): a title row merged over A1:G1, an empty row 2, the header on
// row 3, and the results of cases.xls's formulas in E7 and D9 typed in as values.
void TestXlsReader::cells_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("title row, merged cells unreported") << 0 << qint64(1) << row({"2016年执行案件统计表"});
    QTest::newRow("header after an empty row")
        << 1 << qint64(3)
        << row({"案号", "立案日期", "结案日期", "申请执行标的(元)", "实际到位金额", "承办人", "备注"});
    QTest::newRow("dates, a fraction, an integer; ends at the last cell")
        << 2 << qint64(4)
        << row({"(2016)京0105执1234号", "2016-03-01", "2016-07-30", "560000.5", "125000", "张三"});
    QTest::newRow("empty cell inside the row, integral double, zero")
        << 3 << qint64(5) << row({"(2016)京0105执1235号", "2016-03-02", "", "1200000", "0", "李四", "未结"});
    QTest::newRow("date with time, midnight date-time, 0.1, negative")
        << 4 << qint64(6) << row({"(2016)京0105执1236号", "2016-03-03 10:22:05", "2016-07-30", "0.1", "-42"});
    QTest::newRow("text digits, Chinese date format, time, empty cell, exponent")
        << 5 << qint64(7)
        << row({"0012345", "2016-03-04", "10:30:00", "1234567.89", "2469135.78", "", "1.5E+20"});
    QTest::newRow("total row") << 6 << qint64(9) << row({"合计", "", "", "2994568.49"});
}

void TestXlsReader::cells()
{
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(QStringList, fields);

    QString error;
    const auto reader = XlsReader::open(fixture("values.xls"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    const QList<Record> records = readAll(*reader);
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    QCOMPARE(records.size(), 7);
    QCOMPARE(records.at(index).line, line);
    QCOMPARE(records.at(index).fields, fields);
}

void TestXlsReader::endOfSheet()
{
    QString error;
    const auto reader = XlsReader::open(fixture("values.xls"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->progressTotal(), qint64(9));
    QCOMPARE(reader->progressDone(), qint64(0));
    QVERIFY(reader->next());
    QCOMPARE(reader->progressDone(), qint64(1));
    QVERIFY(reader->next()); // row 3: row 2 was skipped but counted
    QCOMPARE(reader->progressDone(), qint64(3));
    while (reader->next()) { }
    QVERIFY(!reader->hasError());
    QVERIFY(reader->errorString().isEmpty());
    QVERIFY(reader->fields().isEmpty());
    QCOMPARE(reader->recordCount(), qint64(7));
    QCOMPARE(reader->progressDone(), qint64(9));
    QVERIFY(!reader->next());
    QCOMPARE(reader->mergedRowsBelow(), 0);
}

void TestXlsReader::sheetByName()
{
    QString error;
    const auto reader = XlsReader::open(fixture("cases.xls"), QStringLiteral("Closed cases"), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetName(), QStringLiteral("Closed cases"));
    QCOMPARE(reader->sourceDescription(), QStringLiteral("xls, sheet Closed cases"));
    const QList<Record> records = readAll(*reader);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields, row({"案号", "结案方式"}));
    QCOMPARE(records.at(1).line, qint64(2));
    QCOMPARE(records.at(1).fields, row({"(2015)京0105执99号", "终结本次执行程序"}));
    QCOMPARE(reader->progressDone(), qint64(2));
    // A name differing only in case finds the sheet, as in Excel and XlsxReader.
    const auto caseless = XlsReader::open(fixture("cases.xls"), QStringLiteral("closed CASES"), &error);
    QVERIFY2(caseless, qPrintable(error));
    QCOMPARE(caseless->sheetName(), QStringLiteral("Closed cases"));
    QCOMPARE(reader->progressTotal(), qint64(2));
}

void TestXlsReader::emptySheet()
{
    QString error;
    const auto reader = XlsReader::open(fixture("cases.xls"), QStringLiteral("Empty"), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(!reader->next());
    QVERIFY(!reader->hasError());
    QCOMPARE(reader->recordCount(), qint64(0));
    QCOMPARE(reader->progressTotal(), qint64(0));
}

void TestXlsReader::missingSheet()
{
    QString error;
    const auto reader = XlsReader::open(fixture("cases.xls"), QStringLiteral("Sheet9"), &error);
    QVERIFY(!reader);
    QVERIFY2(error.contains(QLatin1String("cases.xls")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Sheet9")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Closed cases")), qPrintable(error)); // names the sheets there are
}

void TestXlsReader::cellReference_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("rowsToRead");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    // Excel leaves a name of letters bare (Chinese included) and quotes one with a space.
    QTest::newRow("Chinese name, A1") << utf8("执行案件") << 1 << 0 << utf8("执行案件!A1");
    QTest::newRow("Chinese name, E4") << utf8("执行案件") << 3 << 4 << utf8("执行案件!E4");
    QTest::newRow("row number, not record number") << utf8("执行案件") << 7 << 3 << utf8("执行案件!D9");
    QTest::newRow("column AA") << utf8("执行案件") << 2 << 26 << utf8("执行案件!AA3");
    QTest::newRow("column AZ") << utf8("执行案件") << 2 << 51 << utf8("执行案件!AZ3");
    QTest::newRow("column BA") << utf8("执行案件") << 2 << 52 << utf8("执行案件!BA3");
    QTest::newRow("column IV, the last of BIFF8") << utf8("执行案件") << 2 << 255 << utf8("执行案件!IV3");
    QTest::newRow("name with a space is quoted")
        << QStringLiteral("Closed cases") << 2 << 1 << QStringLiteral("'Closed cases'!B2");
}

void TestXlsReader::cellReference()
{
    QFETCH(QString, sheet);
    QFETCH(int, rowsToRead);
    QFETCH(int, column);
    QFETCH(QString, expected);

    QString error;
    const auto reader = XlsReader::open(fixture("values.xls"), sheet, &error);
    QVERIFY2(reader, qPrintable(error));
    for (int i = 0; i < rowsToRead; ++i)
        QVERIFY(reader->next());
    QCOMPARE(reader->cellReference(column), expected);
}

void TestXlsReader::passwordProtected()
{
    const QString path = fixture("protected.xls");
    const QString expected = unsupportedFormatMessage(FileFormat::EncryptedOffice, path);
    QVERIFY(expected.startsWith(named(path) + QLatin1String(" is password-protected")));

    QString error;
    QVERIFY(!XlsReader::open(path, QString(), &error));
    QCOMPARE(error, expected);

    error.clear();
    QVERIFY(XlsReader::sheetNames(path, &error).isEmpty());
    QCOMPARE(error, expected);
}

void TestXlsReader::notAnXls_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // ignored when fileName is a fixture
    QTest::addColumn<QString>("fixtureName"); // a fixture to use, "-" for none, "+" for a doctored cases.xls
    QTest::addColumn<QString>("messageStart"); // %1: the file as named

    QTest::newRow("CSV named .xls") << QStringLiteral("cases.xls") << QByteArray("a,b\r\n1,2\r\n")
                                    << QString()
                                    << QStringLiteral(
                                           "%1 is not an Excel 97-2003 workbook (.xls): its content is CSV");
    QTest::newRow("HTML named .xls") << QStringLiteral(
        "report.xls") << QByteArray("<html><body><table><tr><td>1</td></tr></table></body></html>")
                                     << QString() << QStringLiteral("%1 is a web page (HTML)");
    QTest::newRow("PDF named .xls") << QStringLiteral("scan.xls")
                                    << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << QString()
                                    << QStringLiteral("%1 is neither a CSV file nor an Excel workbook");
    QTest::newRow("empty file") << QStringLiteral("empty.xls") << QByteArray() << QString()
                                << QStringLiteral("%1 is empty");
    // A compound file holding an encrypted .xlsx package rather than a workbook stream.
    QTest::newRow("encrypted xlsx") << QString() << QByteArray() << QStringLiteral("protected.xlsx")
                                    << QStringLiteral("%1 is password-protected");
    // A compound file without a workbook stream (the directory entry renamed).
    QTest::newRow("compound file without workbook")
        << QStringLiteral("renamed.xls") << QByteArray() << QStringLiteral("+")
        << QStringLiteral("%1 holds no Excel workbook");
    QTest::newRow("missing file") << QStringLiteral("missing.xls") << QByteArray() << QStringLiteral("-")
                                  << QStringLiteral("cannot open %1");
}

void TestXlsReader::notAnXls()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, fixtureName);
    QFETCH(QString, messageStart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (fixtureName == QLatin1String("-")) {
        path = dir.filePath(fileName);
    } else if (fixtureName == QLatin1String("+")) {
        QByteArray bytes = readFixture("cases.xls");
        const QByteArray name = QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
        const qsizetype at = bytes.indexOf(name);
        QVERIFY(at > 0 && at % 128 == 0);
        bytes[at] = 'X';
        path = dir.filePath(fileName);
        QVERIFY(writeBytes(path, bytes));
    } else if (!fixtureName.isEmpty()) {
        path = fixture(fixtureName.toUtf8().constData());
    } else {
        path = dir.filePath(fileName);
        QVERIFY(writeBytes(path, content));
    }
    const QString expected = messageStart.arg(named(path));

    QString error;
    QVERIFY(!XlsReader::open(path, QString(), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    error.clear();
    QVERIFY(XlsReader::sheetNames(path, &error).isEmpty());
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

// Every cut of the fixture at a 64-byte step (and a few odd ones) gives a clear error naming the file:
// the compound file's directory is in its last sector, so no cut leaves a readable workbook.
void TestXlsReader::truncatedFiles()
{
    const QByteArray bytes = readFixture("values.xls");
    QCOMPARE(bytes.size(), 7680);

    QList<qsizetype> cuts;
    for (qsizetype cut = 0; cut < bytes.size(); cut += 64)
        cuts.append(cut);
    cuts << 7 << 511 << 513 << 4095 << 4097 << bytes.size() - 1;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cut.xls"));
    for (const qsizetype cut : std::as_const(cuts)) {
        QVERIFY(writeBytes(path, bytes.left(cut)));
        QString error;
        QVERIFY2(!XlsReader::open(path, QString(), &error), qPrintable(QString::number(cut)));
        // Under 512 bytes the content is not yet recognisable as a workbook (see tst_fileformat).
        const QString start
            = named(path) + (cut >= 512 ? QStringLiteral(" is damaged (") : QStringLiteral(" "));
        QVERIFY2(error.startsWith(start), qPrintable(QString::number(cut) + u' ' + error));
        if (cut >= 512)
            QVERIFY2(error.endsWith(QLatin1String("): open it in Excel or WPS and save it again")),
                qPrintable(error));
    }
}

// FreeXL skips FORMULA records, so a computed cell would read as empty: a sheet with any is refused.
void TestXlsReader::formulaCellsRefused_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("refusedSheet");
    QTest::addColumn<int>("count");

    // E7 (=D7*2), the boolean F7 (LibreOffice writes TRUE as a formula) and the 合计 row's SUM in D9.
    QTest::newRow("cases.xls, first sheet with cells")
        << QStringLiteral("cases.xls") << QString() << QString::fromUtf8("执行案件") << 3;
    QTest::newRow("cases.xls, by name")
        << QStringLiteral("cases.xls") << QString::fromUtf8("执行案件") << QString::fromUtf8("执行案件") << 3;
    // 汇总 holds 5 formulas and nothing else: FreeXL alone sees it empty, so it used to be skipped.
    QTest::newRow("sheet of formulas only is not skipped")
        << QStringLiteral("formulas.xls") << QString() << QString::fromUtf8("汇总") << 5;
    // 未执行金额 = B - C on 3 rows (a shared formula) and the 合计 row's 2 SUMs.
    QTest::newRow("computed column and total row")
        << QStringLiteral("formulas.xls") << QString::fromUtf8("计算") << QString::fromUtf8("计算") << 5;
}

void TestXlsReader::formulaCellsRefused()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, sheet);
    QFETCH(QString, refusedSheet);
    QFETCH(int, count);

    const QString path = fixture(fixtureName.toUtf8().constData());
    QString error;
    QVERIFY(!XlsReader::open(path, sheet, &error));
    QCOMPARE(error, formulaMessage(path, refusedSheet.toUtf8().constData(), count));
    // The sheets can still be listed, to choose another.
    error.clear();
    QCOMPARE(XlsReader::sheetNames(path, &error).size(), 3);
    QVERIFY(error.isEmpty());
}

void TestXlsReader::formulasOnOtherSheetsDoNotMatter()
{
    QString error;
    const auto reader = XlsReader::open(fixture("formulas.xls"), QString::fromUtf8("执行案件"), &error);
    QVERIFY2(reader, qPrintable(error));
    const QList<Record> records = readAll(*reader);
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields, row({"案号", "申请执行标的(元)", "实际到位金额"}));
    QCOMPARE(records.at(1).fields, row({"(2016)京0105执1234号", "560000.5", "125000"}));
    QCOMPARE(records.at(2).fields, row({"(2016)京0105执1235号", "1200000", "0"}));
    QCOMPARE(records.at(3).fields, row({"(2016)京0105执1236号", "3000", "3000"}));
}

// Boolean and error constants (BOOLERR records), which FreeXL reads as 1 or 0, read as Excel shows them;
// a NUMBER 1 beside them stays "1".
void TestXlsReader::booleansAndErrors()
{
    using namespace caseload::test::biff;
    QByteArray cells = boolErr(0, 0, 1, false) + boolErr(0, 1, 0, false) + boolErr(0, 2, 0x2A, true)
        + boolErr(0, 3, 0x07, true);
    cells += number(1, 0, 1) + boolErr(1, 1, 0x0F, true) + number(1, 2, 0) + boolErr(1, 3, 0x17, true);
    cells += labelSst(2, 0, 0) + boolErr(2, 2, 0x00, true) + boolErr(2, 3, 0x24, true);
    cells += boolErr(3, 1, 0x1D, true);
    const QByteArray file = compoundFile(
        workbook({{QString::fromUtf8("结案"), cells, 4, 4}}, sst({QString::fromUtf8("是否结案")})));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("booleans.xls"));
    QVERIFY(writeBytes(path, file));

    QString error;
    const auto reader = XlsReader::open(path, QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    const QList<Record> records = readAll(*reader);
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields, row({"TRUE", "FALSE", "#N/A", "#DIV/0!"}));
    QCOMPARE(records.at(1).fields, row({"1", "#VALUE!", "0", "#REF!"}));
    QCOMPARE(records.at(2).fields, row({"是否结案", "", "#NULL!", "#NUM!"}));
    QCOMPARE(records.at(3).fields, row({"", "#NAME?"}));
}

void TestXlsReader::damagedWorkbook_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("what");

    QByteArray labelSst = readFixture("cases.xls");
    labelSst[4862] = 0x0D; // a LABELSST record of 13 bytes: FreeXL 1.0.6 crashed on it
    QTest::newRow("record length") << labelSst
                                   << QStringLiteral(
                                          "the LABELSST record at byte 2812 of the workbook stream is 13 "
                                          "bytes long, impossible for its type");
    QByteArray cycle = readFixture("values.xls");
    caseload::test::biff::set32(
        cycle, 512 + 4 * 13, 12); // the directory's second sector (13) chained back to its first (12)
    QTest::newRow("FAT cycle") << cycle << QStringLiteral("the directory loops back to sector 12");
}

void TestXlsReader::damagedWorkbook()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, what);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QString::fromUtf8("执行案件.xls"));
    QVERIFY(writeBytes(path, bytes));
    const QString expected = named(path) + QStringLiteral(" is damaged (") + what
        + QStringLiteral("): open it in Excel or WPS and save it again");
    QString error;
    QVERIFY(!XlsReader::open(path, QString(), &error));
    QCOMPARE(error, expected);
    error.clear();
    QVERIFY(XlsReader::sheetNames(path, &error).isEmpty());
    QCOMPARE(error, expected);
}

// An Excel 2.1 file is a bare BIFF stream, which FreeXL reads too; its formulas are skipped the same way.
void TestXlsReader::bareBiff2Worksheet()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("excel2.xls"));
    QVERIFY(writeBytes(path, caseload::test::biff::biff2Worksheet(false)));
    QString error;
    auto reader = XlsReader::open(path, QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetName(), QStringLiteral("Worksheet"));
    QVERIFY(reader->next());
    QCOMPARE(reader->fields(), QList<QStringView>({QStringView(u"42")}));
    QVERIFY(!reader->next());

    QVERIFY(writeBytes(path, caseload::test::biff::biff2Worksheet(true)));
    reader = XlsReader::open(path, QString(), &error);
    QVERIFY(!reader);
    QCOMPARE(error,
        named(path)
            + QStringLiteral(
                ", sheet “Worksheet”, has a formula cell whose value FreeXL, the .xls reader, cannot "
                "read: open it in Excel or WPS and save it as .xlsx, then import that"));
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
