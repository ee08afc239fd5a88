#include "TestSupport.h"

#include "generate/DemoGenerator.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace caseload;

namespace {

/// Debian's python3 (where python3-openpyxl lives), else the first python3 on PATH.
QString python()
{
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

/// Excel workbooks through the whole import: the same data as CSV and as .xlsx must give the same
/// store, the same counts and the same rejections (located by cell), and bad workbooks change nothing.
class TestExcelImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbookEqualsCsv();
    void rejectsNameTheCell();
    void rowProblemsNameTheRow();
    void chosenByContentNotExtension();
    void sheetOption();
    void badWorkbooksChangeNothing_data();
    void badWorkbooksChangeNothing();
    void committedFixtures_data();
    void committedFixtures();

private:
    bool toXlsx(const QString &csv, const QString &xlsx, const QStringList &extra = {});
    ImportSummary import(const QString &database, const QString &file, const ImportOptions &options = {});

    QTemporaryDir m_dir;
    QString m_csv; ///< generated export with defects
    QString m_xlsx; ///< the same as a workbook: title row merged above the header, an empty first sheet
};

bool TestExcelImport::toXlsx(const QString &csv, const QString &xlsx, const QStringList &extra)
{
    QProcess process;
    process.start(python(),
        QStringList {test::sourcePath(QStringLiteral("tests/excelimport/data/csv_to_xlsx.py")), csv, xlsx}
            + extra);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("csv_to_xlsx.py failed: %s", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

ImportSummary TestExcelImport::import(
    const QString &database, const QString &file, const ImportOptions &options)
{
    QString error;
    auto store = Store::open(database, &error);
    if (!store) {
        ImportSummary failed;
        failed.error = error;
        return failed;
    }
    Importer importer(*store);
    return importer.importFile(file, options);
}

void TestExcelImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess probe;
    probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("python3-openpyxl is not installed (tools/setup-debian.sh --test installs it)");

    DemoGeneratorConfig config;
    config.cases = 3000;
    config.defectRate = 0.05;
    config.seed = 11;
    m_csv = m_dir.filePath(QStringLiteral("export.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(generateDemoExport(config, &file, &error), qPrintable(error));
    file.close();
    m_xlsx = m_dir.filePath(QStringLiteral("export.xlsx"));
    QVERIFY(toXlsx(m_csv, m_xlsx, {QStringLiteral("--title"), QStringLiteral("--empty-first-sheet")}));
}

void TestExcelImport::workbookEqualsCsv()
{
    const QString a = m_dir.filePath(QStringLiteral("csv.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("xlsx.sqlite"));
    const ImportSummary fromCsv = import(a, m_csv);
    const ImportSummary fromXlsx = import(b, m_xlsx);
    QVERIFY2(fromCsv.ok, qPrintable(fromCsv.error));
    QVERIFY2(fromXlsx.ok, qPrintable(fromXlsx.error));
    QCOMPARE(fromXlsx.format, QStringLiteral("xlsx"));
    QCOMPARE(fromXlsx.sheet, QStringLiteral("执行案件")); // the first sheet with data
    QCOMPARE(fromXlsx.headerLine, 2); // below the merged title row
    QCOMPARE(fromXlsx.rowsRead, fromCsv.rowsRead);
    QCOMPARE(fromXlsx.accepted, fromCsv.accepted);
    QCOMPARE(fromXlsx.rejected, fromCsv.rejected);
    QCOMPARE(fromXlsx.rowsRead, fromXlsx.accepted + fromXlsx.rejected);
    QVERIFY(fromCsv.rejected > 0);

    QString error;
    const auto storeA = Store::open(a, &error);
    const auto storeB = Store::open(b, &error);
    const QList<CaseRecord> casesA = test::allCases(*storeA);
    const QList<CaseRecord> casesB = test::allCases(*storeB);
    QCOMPARE(casesB.size(), casesA.size());
    for (qsizetype i = 0; i < casesA.size(); ++i) {
        if (!(casesA.at(i) == casesB.at(i)))
            QFAIL(qPrintable(QStringLiteral("case %1 differs").arg(casesA.at(i).caseNumber)));
    }
    // The same rejections, for the same reasons.
    for (qsizetype i = 0; i < fromCsv.firstRejects.size(); ++i) {
        const RejectedRow &x = fromXlsx.firstRejects.at(i);
        const RejectedRow &c = fromCsv.firstRejects.at(i);
        QCOMPARE(x.field, c.field);
        QCOMPARE(x.line, c.line + 1); // the title row
        // Values are quoted as the file has them: "-59137.4" in the sheet is "-59137.40" in the CSV.
        if (c.reason.startsWith(QStringLiteral("duplicate")))
            QVERIFY2(x.reason.contains(QStringLiteral("first on row")), qPrintable(x.reason));
        else
            QCOMPARE(x.reason.section(u':', 0, 0), c.reason.section(u':', 0, 0));
    }
    const QList<ImportRecord> history = storeB->importHistory();
    QCOMPARE(history.constFirst().encoding, QStringLiteral("xlsx, sheet 执行案件"));
    QCOMPARE(history.constFirst().sha256.size(), 64);
}

void TestExcelImport::rejectsNameTheCell()
{
    ImportOptions options;
    options.rejectReportPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    const ImportSummary summary = import(m_dir.filePath(QStringLiteral("rejects.sqlite")), m_xlsx, options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    const RejectedRow &first = summary.firstRejects.constFirst();
    // The CSV line n is sheet row n + 1 (the title row); the cell is in the field's column.
    QVERIFY2(first.cell.startsWith(QStringLiteral("执行案件!")), qPrintable(first.cell));
    QVERIFY(first.cell.endsWith(QString::number(first.line)));
    QCOMPARE(first.location(), first.cell);
    QFile reportFile(summary.rejectReportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = reportFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "cell,field,reason,raw_row\n")); // a BOM for Excel and WPS
    const QString report = QString::fromUtf8(bytes);
    QVERIFY(report.contains(first.cell));
    // A row with a bad filing date names the 立案日期 cell, column F.
    bool sawDate = false;
    for (const RejectedRow &row : summary.firstRejects) {
        if (row.field == QStringLiteral("立案日期")) {
            QCOMPARE(row.cell, QStringLiteral("执行案件!F%1").arg(row.line));
            sawDate = true;
        }
    }
    QVERIFY(sawDate);
}

void TestExcelImport::rowProblemsNameTheRow()
{
    // A row with a cell beyond the header is rejected as a whole: the report names the row, not a cell.
    const QString csv = m_dir.filePath(QStringLiteral("extra.csv"));
    QVERIFY(test::writeText(csv,
        QStringLiteral(
            "案号,立案日期\n（2016）京0101执1号,2016-03-01\n（2016）京0101执2号,2016-03-02,多余\n")));
    const QString xlsx = m_dir.filePath(QStringLiteral("extra.xlsx"));
    QVERIFY(toXlsx(csv, xlsx));
    const ImportSummary s = import(m_dir.filePath(QStringLiteral("extra.sqlite")), xlsx);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.accepted, 1);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(s.firstRejects.constFirst().cell, QStringLiteral("执行案件!3:3"));
}

void TestExcelImport::chosenByContentNotExtension()
{
    // A CSV saved with an .xlsx name, and a workbook with a .csv name.
    const QString csvNamedXlsx = m_dir.filePath(QStringLiteral("really-csv.xlsx"));
    const QString xlsxNamedCsv = m_dir.filePath(QStringLiteral("really-xlsx.csv"));
    QVERIFY(QFile::copy(m_csv, csvNamedXlsx));
    QVERIFY(QFile::copy(m_xlsx, xlsxNamedCsv));
    ImportSummary s = import(m_dir.filePath(QStringLiteral("content1.sqlite")), csvNamedXlsx);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.format, QStringLiteral("csv"));
    s = import(m_dir.filePath(QStringLiteral("content2.sqlite")), xlsxNamedCsv);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.format, QStringLiteral("xlsx"));
}

void TestExcelImport::sheetOption()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString db = m_dir.filePath(QStringLiteral("sheet.sqlite"));
    auto r = test::runCaseload({QStringLiteral("import"), m_xlsx, QStringLiteral("--db"), db,
                                   QStringLiteral("--sheet"), QStringLiteral("执行案件")},
        home);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("xlsx sheet 执行案件, header on row 2")));
    // The empty sheet has no header; a missing sheet is named with the ones there are.
    r = test::runCaseload({QStringLiteral("import"), m_xlsx, QStringLiteral("--db"), db,
                              QStringLiteral("--sheet"), QStringLiteral("说明")},
        home);
    QCOMPARE(r.exitCode, 1);
    r = test::runCaseload({QStringLiteral("import"), m_xlsx, QStringLiteral("--db"), db,
                              QStringLiteral("--sheet"), QStringLiteral("不存在")},
        home);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("执行案件")), qPrintable(r.err));
}

void TestExcelImport::badWorkbooksChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QString();
    QTest::newRow("html named xls") << QStringLiteral("html") << QStringLiteral("HTML");
    QTest::newRow("not a workbook") << QStringLiteral("zip") << QString();
}

void TestExcelImport::badWorkbooksChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(kind));
    // A store with cases already: a failed import must leave them exactly as they were.
    QVERIFY(import(db, m_csv).ok);
    QString error;
    QList<CaseRecord> before;
    {
        const auto store = Store::open(db, &error);
        before = test::allCases(*store);
    }
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.xls").arg(kind));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    if (kind == QLatin1String("truncated")) {
        QFile in(m_xlsx);
        QVERIFY(in.open(QIODevice::ReadOnly));
        out.write(in.read(in.size() / 2));
    } else if (kind == QLatin1String("html")) {
        out.write("<html><body><table><tr><td>\xe6\xa1\x88\xe5\x8f\xb7</td></tr></table></body></html>");
    } else {
        // A zip, but not a workbook: the local header of an empty zip entry, then the end record.
        QProcess zip;
        zip.start(python(),
            {QStringLiteral("-c"),
                QStringLiteral("import zipfile,sys; zipfile.ZipFile(sys.argv[1],'w').writestr('a.txt','x')"),
                bad});
        out.close();
        QVERIFY(zip.waitForFinished(30000) && zip.exitCode() == 0);
    }
    out.close();
    const ImportSummary s = import(db, bad);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QFileInfo(bad).fileName()), qPrintable(s.error));
    if (!message.isEmpty())
        QVERIFY2(s.error.contains(message), qPrintable(s.error));
    const auto store = Store::open(db, &error);
    QCOMPARE(test::allCases(*store), before);
    QCOMPARE(store->importHistory().size(), 1);
}

void TestExcelImport::committedFixtures_data()
{
    // Small workbooks saved by the tools court staff use (made once, kept under tests/).
    QTest::addColumn<QString>("path");
    const QStringList candidates = {QStringLiteral("tests/xlsxreader/data/openpyxl-fixture.xlsx"),
        QStringLiteral("tests/xlsxreader/data/libreoffice-fixture.xlsx"),
        QStringLiteral("tests/xlsreader/data/values.xls")};
    for (const QString &c : candidates)
        QTest::newRow(qPrintable(c)) << c;
}

void TestExcelImport::committedFixtures()
{
    QFETCH(QString, path);
    const QString file = test::sourcePath(path);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const ImportSummary s
        = import(m_dir.filePath(QFileInfo(file).fileName() + QStringLiteral(".sqlite")), file);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY(s.accepted > 0);
    QCOMPARE(s.rowsRead, s.accepted + s.rejected);
}

QTEST_GUILESS_MAIN(TestExcelImport)
#include "tst_excelimport.moc"
