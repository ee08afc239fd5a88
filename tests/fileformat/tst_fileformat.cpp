#include "io/FileFormat.h"

#include "TestSupport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace caseload;

Q_DECLARE_METATYPE(caseload::FileFormat)

namespace caseload {
// Lets QCOMPARE print the formats it compares.
char *toString(const FileFormat &format)
{
    return qstrdup(describe(format).toUtf8().constData());
}
} // namespace caseload

namespace {

QByteArray fixture(const char *relative)
{
    QFile file(test::sourcePath(QLatin1String(relative)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", relative);
    return file.readAll();
}

QByteArray encode(QStringConverter::Encoding encoding, const char *utf8, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

QByteArray gb18030(const char *utf8)
{
    QStringEncoder encoder("GB18030");
    Q_ASSERT(encoder.isValid());
    return encoder.encode(QString::fromUtf8(utf8));
}

// A compound file: the OLE2 signature, a 512-byte-sector header, then `size` bytes in all, with a
// 128-byte directory entry named `name` (UTF-16LE) of object type `type` written at `entryAt`.
QByteArray compoundFile(qsizetype size, qsizetype entryAt, const char *name, char type = 2)
{
    QByteArray bytes(size, '\0');
    bytes.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    bytes[0x1A] = 0x3E; // minor version
    bytes[0x1C] = char(0xFE); // byte order FFFE
    bytes[0x1D] = char(0xFF);
    bytes[0x1E] = 9; // 512-byte sectors
    qsizetype length = 0;
    for (const char *c = name; *c; ++c, length += 2)
        bytes[entryAt + length] = *c;
    length += 2; // the terminating NUL
    bytes[entryAt + 0x40] = char(length);
    bytes[entryAt + 0x42] = type;
    return bytes;
}

const char *htmlTable = "<table><tr><td>案号</td></tr><tr><td>(2016)京0105执1234号</td></tr></table>";

} // namespace

class TestFileFormat : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void unreadableFile();
    void errorLeftAloneOnSuccess();
    void messages_data();
    void messages();
    void descriptions();
};

void TestFileFormat::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<FileFormat>("expected");

    const auto add
        = [](const char *name, const char *fileName, const QByteArray &content, FileFormat expected) {
              QTest::newRow(name) << QString::fromUtf8(fileName) << content << expected;
          };

    // Files written by real tools (tests/xlsreader/data/make_fixtures.py), under their own and other names.
    const QByteArray xlsx = fixture("tests/fileformat/data/cases.xlsx");
    const QByteArray xls = fixture("tests/xlsreader/data/cases.xls");
    const QByteArray protectedXlsx = fixture("tests/xlsreader/data/protected.xlsx");
    add("xlsx by openpyxl", "cases.xlsx", xlsx, FileFormat::Xlsx);
    add("xlsx named .csv", "cases.csv", xlsx, FileFormat::Xlsx);
    add("xls by LibreOffice", "cases.xls", xls, FileFormat::Xls);
    add("xls named .xlsx", "cases.xlsx", xls, FileFormat::Xls);
    add("password-protected xls is still BIFF (XlsReader reports the password)", "protected.xls",
        fixture("tests/xlsreader/data/protected.xls"), FileFormat::Xls);
    add("password-protected xlsx by LibreOffice", "protected.xlsx", protectedXlsx,
        FileFormat::EncryptedOffice);
    add("password-protected xlsx named .xls", "protected.xls", protectedXlsx, FileFormat::EncryptedOffice);
    add("web page by LibreOffice named .xls", "report.xls", fixture("tests/fileformat/data/report.xls"),
        FileFormat::Html);
    add("CSV named .xlsx", "cases.xlsx", fixture("tests/fileformat/data/cases-csv.xlsx"), FileFormat::Csv);

    // Empty and tiny files, shorter than the signatures.
    add("empty file (the CSV path reports no header)", "empty.xlsx", QByteArray(), FileFormat::Csv);
    add("one byte", "a.xls", QByteArray("a"), FileFormat::Csv);
    add("PK", "a.xlsx", QByteArray("PK"), FileFormat::Csv);
    add("PK\\x03", "a.xlsx", QByteArray("PK\x03"), FileFormat::Csv);
    add("zip signature alone", "a.csv", QByteArray("PK\x03\x04"), FileFormat::Xlsx);
    add("half the OLE2 signature", "a.xls", QByteArray("\xD0\xCF\x11\xE0"), FileFormat::Csv);
    add("OLE2 signature but one byte", "a.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A"), FileFormat::Csv);
    add("OLE2 signature alone", "a.csv", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), FileFormat::Xls);

    // Text in the encodings court exports come in.
    const char *csv = "案号,立案日期\r\n(2016)京0105执1234号,2016-03-01\r\n";
    add("CSV, UTF-8", "cases.csv", QByteArray(csv), FileFormat::Csv);
    add("CSV, UTF-8 with BOM", "cases.xls", encode(QStringConverter::Utf8, csv, true), FileFormat::Csv);
    add("CSV, GB18030", "cases.xls", gb18030(csv), FileFormat::Csv);
    add("CSV, UTF-16LE with BOM", "cases.csv", encode(QStringConverter::Utf16LE, csv, true), FileFormat::Csv);
    add("CSV, UTF-16BE with BOM", "cases.csv", encode(QStringConverter::Utf16BE, csv, true), FileFormat::Csv);
    add("CSV, UTF-16LE without BOM", "cases.csv", encode(QStringConverter::Utf16LE, "a,b\r\n1,2\r\n", false),
        FileFormat::Csv);
    add("CSV starting with a tag-like word", "a.csv", QByteArray("<tablet>,x\n"), FileFormat::Csv);
    add("CSV with HTML in a later field", "a.csv", QByteArray("案号,<html>\n"), FileFormat::Csv);
    add("CSV starting with another tag", "a.csv", QByteArray("<b>案号</b>,x\n"), FileFormat::Csv);

    // Web pages under an .xls name, as some court systems save them.
    add("<html>", "report.xls", QByteArray("<html><body>") + htmlTable, FileFormat::Html);
    add("<!DOCTYPE html>", "report.xls", QByteArray("<!DOCTYPE html>\n<html>"), FileFormat::Html);
    add("HTML 4 doctype, upper case", "report.xls",
        QByteArray("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">"), FileFormat::Html);
    add("bare table after blank lines", "report.xls", QByteArray("\r\n\r\n\t <TABLE border=1>") + htmlTable,
        FileFormat::Html);
    add("meta first", "report.xls",
        QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"),
        FileFormat::Html);
    add("head first", "report.xls", QByteArray("<head><title>执行案件</title></head>"), FileFormat::Html);
    add("comment first", "report.xls", QByteArray("<!-- exported 2016-08-01 -->\n<table>"), FileFormat::Html);
    add("XHTML with XML declaration", "report.xls",
        QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML "
                   "1.0//EN\">"),
        FileFormat::Html);
    add("UTF-8 BOM then <html>", "report.xls", QByteArray("\xEF\xBB\xBF<html>"), FileFormat::Html);
    add("GB18030 page", "report.xls",
        gb18030("<html><head><meta charset=\"gb18030\"><title>执行案件</title>"), FileFormat::Html);
    add("UTF-16LE with BOM", "report.xls", encode(QStringConverter::Utf16LE, "<html><body>", true),
        FileFormat::Html);
    add("UTF-16BE with BOM", "report.xls", encode(QStringConverter::Utf16BE, " <table>", true),
        FileFormat::Html);
    add("UTF-16LE without BOM", "report.xls", encode(QStringConverter::Utf16LE, "<!DOCTYPE html>", false),
        FileFormat::Html);
    add("UTF-16LE BOM, blank lines, table", "report.xls",
        encode(QStringConverter::Utf16LE, "\r\n<TABLE>", true)
            + encode(QStringConverter::Utf16LE, htmlTable, false),
        FileFormat::Html);
    add("tag cut at the end of the file", "report.xls", QByteArray("<html"), FileFormat::Html);

    // Other content.
    add("Excel 2003 XML spreadsheet", "cases.xls",
        QByteArray("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                   "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"),
        FileFormat::Unknown);
    add("PDF", "cases.xls", QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"), FileFormat::Unknown);
    add("PNG", "cases.csv", QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), FileFormat::Unknown);
    add("text with a NUL byte", "cases.csv", QByteArray("a,b\r\n1,\0", 8), FileFormat::Unknown);
    add("bare BIFF2 worksheet", "old.xls", QByteArray("\x09\x00\x04\x00\x02\x00\x10\x00", 8),
        FileFormat::Xls);
    add("bare BIFF4 worksheet", "old.xls", QByteArray("\x09\x04\x06\x00\x00\x00\x10\x00", 8),
        FileFormat::Xls);

    // Compound files: the "EncryptedPackage" stream is looked for in 128-byte directory slots only.
    add("EncryptedPackage entry in a directory sector", "a.xls",
        compoundFile(4096, 3 * 512 + 128, "EncryptedPackage"), FileFormat::EncryptedOffice);
    add("EncryptedPackage entry past the first MiB", "a.xls",
        compoundFile((1 << 20) + 1024, (1 << 20) + 384, "EncryptedPackage"), FileFormat::EncryptedOffice);
    add("EncryptedPackage entry in the last slot", "a.xls",
        compoundFile(4096, 4096 - 128, "EncryptedPackage"), FileFormat::EncryptedOffice);
    add("the name off a slot boundary (cell text)", "a.xls",
        compoundFile(4096, 3 * 512 + 64, "EncryptedPackage"), FileFormat::Xls);
    add("a storage of that name, not a stream", "a.xls", compoundFile(4096, 3 * 512, "EncryptedPackage", 1),
        FileFormat::Xls);
    add("a longer name", "a.xls", compoundFile(4096, 3 * 512, "EncryptedPackage2"), FileFormat::Xls);
    add("a workbook stream", "a.xls", compoundFile(4096, 3 * 512, "Workbook"), FileFormat::Xls);
    add("truncated inside the entry", "a.xls",
        compoundFile(4096, 4096 - 128, "EncryptedPackage").left(4096 - 80), FileFormat::Xls);
}

void TestFileFormat::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(FileFormat, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();

    QString error;
    QCOMPARE(detectFileFormat(path, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(detectFileFormat(path, nullptr), expected);
}

void TestFileFormat::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.xlsx"));
    QString error;
    QCOMPARE(detectFileFormat(missing, &error), FileFormat::Unknown);
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QCOMPARE(detectFileFormat(missing, nullptr), FileFormat::Unknown);

    error.clear();
    QCOMPARE(detectFileFormat(dir.path(), &error), FileFormat::Unknown);
    QVERIFY(!error.isEmpty());
}

void TestFileFormat::errorLeftAloneOnSuccess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    QVERIFY(test::writeText(path, QStringLiteral("a,b\n")));
    QString error = QStringLiteral("earlier");
    QCOMPARE(detectFileFormat(path, &error), FileFormat::Csv);
    QCOMPARE(error, QStringLiteral("earlier"));
}

void TestFileFormat::messages_data()
{
    QTest::addColumn<FileFormat>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("csv") << FileFormat::Csv << QString();
    QTest::newRow("xlsx") << FileFormat::Xlsx << QString();
    QTest::newRow("xls") << FileFormat::Xls << QString();
    QTest::newRow("html") << FileFormat::Html
                          << QString::fromUtf8(
                                 "/home/clerk/导出/执行案件.xls is a web page (HTML), not a spreadsheet: open it in "
                                 "Excel or WPS and save it as .xlsx or CSV");
    QTest::newRow("encrypted") << FileFormat::EncryptedOffice
                               << QString::fromUtf8(
                                      "/home/clerk/导出/执行案件.xls is password-protected: open it in Excel or WPS, "
                                      "remove the password (File ▸ Info ▸ Protect Workbook) and save "
                                      "it again");
    QTest::newRow("unknown") << FileFormat::Unknown
                             << QString::fromUtf8(
                                    "/home/clerk/导出/执行案件.xls is neither a CSV file nor an Excel workbook: open it "
                                    "in Excel or WPS and save it as .xlsx or CSV");
}

void TestFileFormat::messages()
{
    QFETCH(FileFormat, format);
    QFETCH(QString, expected);
    QCOMPARE(unsupportedFormatMessage(format, QString::fromUtf8("/home/clerk/导出/执行案件.xls")), expected);
}

void TestFileFormat::descriptions()
{
    QSet<QString> seen;
    for (const FileFormat format : {FileFormat::Csv, FileFormat::Xlsx, FileFormat::Xls,
             FileFormat::EncryptedOffice, FileFormat::Html, FileFormat::Unknown}) {
        const QString text = describe(format);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(describe(FileFormat::Html), QStringLiteral("web page (HTML)"));
}

QTEST_GUILESS_MAIN(TestFileFormat)
#include "tst_fileformat.moc"
