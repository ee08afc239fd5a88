#include "BiffWriter.h"

#include "io/BiffInspector.h"
#include "io/XlsReader.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace caseload;
using namespace caseload::test::biff;
using Status = BiffInspector::Status;

Q_DECLARE_METATYPE(BiffInspector::Status)

namespace {

QString fixturePath(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/xlsreader/data/") + QLatin1String(name));
}

QByteArray readFixture(const char *name)
{
    QFile file(fixturePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString describe(const BiffInspector::Result &result)
{
    return QStringLiteral("status %1 at file %2 / stream %3: %4")
        .arg(int(result.status))
        .arg(result.fileOffset)
        .arg(result.streamOffset)
        .arg(result.reason);
}

// cases.xls as LibreOffice wrote it (see tests/xlsreader/data/make_fixtures.py): 512-byte sectors; FAT
// in sector 0, mini FAT in sector 2, the mini stream in sectors 3-12 (chained 3 -> 4 -> ... -> 12),
// the directory in sectors 13-14. The 3,976-byte Workbook stream lives in the mini stream.
constexpr qsizetype FatStart = 512; // FAT entry n at FatStart + 4n
constexpr qsizetype MiniFatStart = 1536; // mini FAT entry n at MiniFatStart + 4n
constexpr qsizetype RootEntry = 7168; // directory entry 0; entry 1 (Workbook) follows

QByteArray patched(QByteArray bytes, qsizetype at, quint32 value, int width = 4)
{
    if (width == 2)
        set16(bytes, at, quint16(value));
    else
        set32(bytes, at, value);
    return bytes;
}

// Cell records for one worksheet: `rows` rows of a shared string, a number and three RK integers.
QByteArray manyRows(quint32 rows)
{
    QByteArray cells;
    cells.reserve(qsizetype(rows) * 62);
    for (quint32 row = 0; row < rows; ++row) {
        cells += labelSst(quint16(row), 0, 0);
        cells += number(quint16(row), 1, 560000.5 + row);
        cells += mulRk(quint16(row), 2, {qint32(row), 0, -42});
    }
    return cells;
}

QByteArray arrayRecord()
{
    QByteArray body(14, '\0');
    return record(0x0221, body);
}

QByteArray sharedFormulaRecord()
{
    QByteArray body(10, '\0');
    return record(0x04BC, body);
}

} // namespace

/// BiffInspector on the committed .xls fixtures, on workbooks built record by record (BiffWriter.h), on
/// compound-file damage made by changing one field, on every truncation, on the byte changes that crashed
/// FreeXL, and on a few hundred seeded random mutations read through XlsReader in this process.
class TestBiffInspector : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void countsPerSheet();
    void container_data();
    void container();
    void records_data();
    void records();
    void sharedStrings_data();
    void sharedStrings();
    void biff5Book();
    void bareBiff2Worksheet();
    void version4Container();
    void truncatedAtEverySector_data();
    void truncatedAtEverySector();
    void freexlCrashes_data();
    void freexlCrashes();
    void mutationsNeverCrash();
    void largeSheetIsFast();
    void errorText();
};

// Every .xls fixture: what it holds, counted by hand from the workbooks make_fixtures.py builds.
void TestBiffInspector::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QList<qint64>>("cellRecords");
    QTest::addColumn<QList<qint64>>("formulas");
    QTest::addColumn<QList<qint64>>("sharedFormulas");

    const QString cases = QString::fromUtf8("执行案件");
    // 执行案件: 20 shared strings, NUMBER x4, RK x2, MULRK of 4 + 2 + 3 cells, FORMULA x3 (E7, the boolean
    // F7, D9's SUM) = 34.
    QTest::newRow("cases.xls") << fixturePath("cases.xls") << Status::Ok
                               << QStringList {QStringLiteral("Empty"), cases, QStringLiteral("Closed cases")}
                               << QList<qint64> {0, 34, 4} << QList<qint64> {0, 3, 0}
                               << QList<qint64> {0, 0, 0};
    // The same without F7 and with values for E7 and D9.
    QTest::newRow("values.xls") << fixturePath("values.xls") << Status::Ok
                                << QStringList {QStringLiteral("Empty"), cases,
                                       QStringLiteral("Closed cases")}
                                << QList<qint64> {0, 33, 4} << QList<qint64> {0, 0, 0}
                                << QList<qint64> {0, 0, 0};
    // 汇总: 5 formulas; 执行案件: 4 rows x 3; 计算: 4 x 4 - 1 (empty D5) + 合计 = 19, of which 3 computed
    // cells (one shared formula) and 2 SUMs.
    QTest::newRow("formulas.xls") << fixturePath("formulas.xls") << Status::Ok
                                  << QStringList {QString::fromUtf8("汇总"), cases, QString::fromUtf8("计算")}
                                  << QList<qint64> {5, 12, 19} << QList<qint64> {5, 0, 5}
                                  << QList<qint64> {0, 0, 1};
    QTest::newRow("protected.xls: FILEPASS")
        << fixturePath("protected.xls") << Status::Encrypted << QStringList() << QList<qint64>()
        << QList<qint64>() << QList<qint64>();
    QTest::newRow("protected.xlsx: a compound file with an encrypted package")
        << fixturePath("protected.xlsx") << Status::NoWorkbook << QStringList() << QList<qint64>()
        << QList<qint64>() << QList<qint64>();
    QTest::newRow("report.xls: a web page")
        << test::sourcePath(QStringLiteral("tests/fileformat/data/report.xls")) << Status::Corrupt
        << QStringList() << QList<qint64>() << QList<qint64>() << QList<qint64>();
}

void TestBiffInspector::fixtures()
{
    QFETCH(QString, path);
    QFETCH(Status, status);
    QFETCH(QStringList, sheets);
    QFETCH(QList<qint64>, cellRecords);
    QFETCH(QList<qint64>, formulas);
    QFETCH(QList<qint64>, sharedFormulas);

    const BiffInspector::Result result = BiffInspector::inspectFile(path);
    QVERIFY2(result.status == status, qPrintable(describe(result)));
    QStringList names;
    QList<qint64> cells, formulaCells, shared;
    for (const BiffInspector::Sheet &sheet : result.sheets) {
        names.append(sheet.name);
        cells.append(sheet.cellRecords);
        formulaCells.append(sheet.formulaCells);
        shared.append(sheet.sharedFormulas);
        QCOMPARE(sheet.type, 0);
        QCOMPARE(sheet.arrayFormulas, qint64(0));
        QVERIFY(sheet.boolErrCells.isEmpty());
    }
    if (status != Status::Ok)
        return;
    QCOMPARE(result.biffVersion, 8);
    QVERIFY(result.compoundFile);
    QCOMPARE(names, sheets);
    QCOMPARE(cells, cellRecords);
    QCOMPARE(formulaCells, formulas);
    QCOMPARE(shared, sharedFormulas);
}

void TestBiffInspector::countsPerSheet()
{
    QByteArray cells = number(0, 0, 1) + labelSst(0, 1, 0) + mulRk(1, 0, {1, 2, 3});
    cells += boolErr(2, 0, 1, false) + boolErr(2, 3, 0x2A, true);
    cells += formula(3, 0, 6) + sharedFormulaRecord() + formula(4, 0, 7) + arrayRecord();
    // An embedded chart's substream inside the sheet: its records are not the sheet's cells.
    cells += bof8(0x0020) + number(9, 9, 1) + formula(9, 8, 2) + eof();
    cells += boolErr(5, 255, 0, false);
    const QByteArray stream
        = workbook({{QString::fromUtf8("数据"), cells, 6, 256}, {QStringLiteral("Empty"), {}, 0, 0}},
            sst({QStringLiteral("a")}));
    const BiffInspector::Result result = BiffInspector::inspect(compoundFile(stream));
    QVERIFY2(result.isOk(), qPrintable(describe(result)));
    QCOMPARE(result.sheets.size(), 2);
    const BiffInspector::Sheet &data = result.sheets.at(0);
    QCOMPARE(data.name, QString::fromUtf8("数据"));
    // NUMBER, LABELSST, 3 RK in the MULRK, 3 BOOLERR, 2 FORMULA.
    QCOMPARE(data.cellRecords, qint64(10));
    QCOMPARE(data.formulaCells, qint64(2));
    QCOMPARE(data.sharedFormulas, qint64(1));
    QCOMPARE(data.arrayFormulas, qint64(1));
    QCOMPARE(data.errorCells, qint64(1));
    QCOMPARE(data.boolErrCells.size(), 3);
    QCOMPARE(data.boolErrCells.at(0).row, quint16(2));
    QCOMPARE(data.boolErrCells.at(0).column, quint16(0));
    QCOMPARE(data.boolErrCells.at(0).value, quint8(1));
    QVERIFY(!data.boolErrCells.at(0).isError);
    QCOMPARE(data.boolErrCells.at(1).column, quint16(3));
    QCOMPARE(data.boolErrCells.at(1).value, quint8(0x2A));
    QVERIFY(data.boolErrCells.at(1).isError);
    QCOMPARE(data.boolErrCells.at(2).row, quint16(5));
    QCOMPARE(data.boolErrCells.at(2).column, quint16(255));
    QCOMPARE(data.boolErrCells.at(2).value, quint8(0));
    // The sheet's BOF follows the globals, which end with the SST and EOF.
    QCOMPARE(data.streamOffset, qint64(stream.indexOf(bof8(0x0010))));
    const BiffInspector::Sheet &empty = result.sheets.at(1);
    QCOMPARE(empty.cellRecords, qint64(0));
    QCOMPARE(empty.formulaCells, qint64(0));
}

// Compound-file damage, made by changing one field of cases.xls.
void TestBiffInspector::container_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<qint64>("fileOffset");
    QTest::addColumn<QString>("reason");

    const QByteArray cases = readFixture("cases.xls");
    QCOMPARE(cases.size(), 8192);

    QTest::newRow("intact") << cases << Status::Ok << qint64(-1) << QString();
    QTest::newRow("truncated header")
        << cases.left(100) << Status::Corrupt << qint64(100)
        << QStringLiteral("the file ends after 100 bytes, inside the compound-file header");
    QTest::newRow("version 5") << patched(cases, 26, 5, 2) << Status::Corrupt << qint64(26)
                               << QStringLiteral("unknown compound-file version 5");
    QTest::newRow("byte order") << patched(cases, 28, 0xFEFF, 2) << Status::Corrupt << qint64(28)
                                << QStringLiteral("the compound-file header has no byte-order mark");
    QTest::newRow("sector size 2^10") << patched(cases, 30, 10, 2) << Status::Corrupt << qint64(30)
                                      << QStringLiteral("impossible sector size 2^10");
    QTest::newRow("more FAT sectors than the file has")
        << patched(cases, 44, 0x10000) << Status::Corrupt << qint64(44)
        << QStringLiteral("the header declares 65536 FAT sectors, the file holds 15 sectors");
    QTest::newRow("FAT sector index out of range")
        << patched(cases, 76, 5000) << Status::Corrupt << qint64(76)
        << QStringLiteral("FAT sector 5000 (number 0 of the FAT) lies outside the file");
    QTest::newRow("FAT cycle in the directory chain") << patched(cases, FatStart + 4 * 14,
        13) << Status::Corrupt << qint64(7168) << QStringLiteral("the directory loops back to sector 13");
    QTest::newRow("FAT cycle in the mini stream's chain") << patched(cases, FatStart + 4 * 5,
        3) << Status::Corrupt << qint64(2048) << QStringLiteral("the mini stream loops back to sector 3");
    QTest::newRow("chain to a free sector")
        << patched(cases, FatStart + 4 * 5, 0xFFFFFFFF) << Status::Corrupt << qint64(-1)
        << QStringLiteral("the mini stream ends after 1536 of its 4672 bytes");
    QTest::newRow("directory sector out of range")
        << patched(cases, 48, 70000) << Status::Corrupt << qint64(48)
        << QStringLiteral("the directory goes to sector 70000, outside the file");
    QTest::newRow("mini stream's first sector out of range")
        << patched(cases, RootEntry + 116, 1000) << Status::Corrupt << qint64(-1)
        << QStringLiteral("the mini stream goes to sector 1000, outside the file");
    QTest::newRow("mini FAT cycle")
        << patched(cases, MiniFatStart + 4 * 5, 2) << Status::Corrupt << qint64(-1)
        << QStringLiteral("the chain of mini sectors of the workbook stream loops back to mini sector 2");
    QTest::newRow("mini sector out of range")
        << patched(cases, MiniFatStart + 4 * 5, 4000) << Status::Corrupt << qint64(-1)
        << QStringLiteral("the chain of mini sectors of the workbook stream goes to mini sector 4000, "
                          "outside the mini stream");
    QTest::newRow("stream longer than its chain")
        << patched(cases, RootEntry + 128 + 120, 4090) << Status::Corrupt << qint64(-1)
        << QStringLiteral(
               "the chain of mini sectors of the workbook stream ends after 4032 of its 4090 bytes");
    QTest::newRow("stream larger than the file")
        << patched(cases, RootEntry + 128 + 120, 10000000) << Status::Corrupt << qint64(-1)
        << QStringLiteral("the workbook stream claims 10000000 bytes, more than the whole file");
    QTest::newRow("first entry not the root")
        << patched(cases, RootEntry + 66, 1, 2) << Status::Corrupt << qint64(7168)
        << QStringLiteral("the first directory entry is not the root storage");
    QTest::newRow("entry name of 8,214 bytes")
        << patched(cases, RootEntry + 64, 0x2016, 2) << Status::Corrupt << qint64(RootEntry + 64)
        << QStringLiteral("directory entry 0 has a name of 8214 bytes (at most 64)");
    QByteArray noWorkbook = cases;
    noWorkbook[RootEntry + 128] = 'X';
    QTest::newRow("no Workbook stream") << noWorkbook << Status::NoWorkbook << qint64(-1) << QString();

    // More than 109 FAT sectors need DIFAT sectors: the file must be long enough to declare them.
    QByteArray longer = cases + QByteArray(100 * 512, '\0');
    QTest::newRow("FAT sectors the DIFAT does not list")
        << patched(longer, 44, 110) << Status::Corrupt << qint64(72)
        << QStringLiteral("the header declares 110 FAT sectors but its DIFAT lists only 109");
    longer = patched(patched(patched(longer, 44, 110), 72, 1), 68, 5000);
    QTest::newRow("DIFAT sector out of range") << longer << Status::Corrupt << qint64(68)
                                               << QStringLiteral("DIFAT sector 5000 lies outside the file");
}

void TestBiffInspector::container()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    QFETCH(qint64, fileOffset);
    QFETCH(QString, reason);

    const BiffInspector::Result result = BiffInspector::inspect(bytes);
    QVERIFY2(result.status == status, qPrintable(describe(result)));
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.fileOffset, fileOffset);
    QCOMPARE(result.streamOffset, qint64(-1));
}

// BIFF damage in workbooks built record by record.
void TestBiffInspector::records_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<Status>("status");
    QTest::addColumn<qint64>("streamOffset");
    QTest::addColumn<QString>("reason"); // how it ends, with %1 for the offset

    const QByteArray cell = number(0, 0, 560000.5);
    // Streams of at least 4,200 bytes, so that a few bytes less still keep them out of the mini stream.
    const auto oneSheet = [](const QByteArray &cells, const QByteArray &strings = {},
                              const QByteArray &globals = {}, quint32 rows = 10) {
        return workbook({{QStringLiteral("Sheet1"), cells, rows, 10}}, strings, false, globals, 4200);
    };
    // The first record after the sheet's BOF (20 bytes) and DIMENSIONS (18 bytes).
    const auto firstCell = [](const QByteArray &stream) { return qint64(stream.indexOf(bof8(0x0010)) + 38); };
    const auto add
        = [](const char *name, const QByteArray &stream, Status status, qint64 at, const QString &reason) {
              QTest::newRow(name) << stream << status << at
                                  << (reason.contains(QLatin1String("%1")) ? reason.arg(at) : reason);
          };
    // A defect `extra` bytes after the sheet's first cell record.
    const auto damagedCell
        = [&](const char *name, const QByteArray &stream, qint64 extra, const QString &reason) {
              add(name, stream, Status::Corrupt, firstCell(stream) + extra, reason);
          };

    const QByteArray valid = oneSheet(cell);
    add("valid", valid, Status::Ok, -1, QString());
    QByteArray longer = valid;
    set16(longer, firstCell(valid) + 2, 0xFFF0);
    damagedCell("length past the end of the stream", longer, 0,
        QStringLiteral("the record 0x0203 at byte %1 of the workbook stream is 65520 bytes long, past the "
                       "end of the stream"));
    damagedCell("length over the BIFF8 limit", oneSheet(record(0x00EF, QByteArray(8225, '\0'))), 0,
        QStringLiteral("the record 0x00EF at byte %1 of the workbook stream is 8225 bytes long, over the "
                       "BIFF limit of 8224"));
    damagedCell("wrong size for its type", oneSheet(record(0x0203, QByteArray(13, '\0'))), 0,
        QStringLiteral(
            "the NUMBER record at byte %1 of the workbook stream is 13 bytes long, impossible for its type"));
    add("EOF missing", valid.chopped(4), Status::Corrupt, valid.size() - 4,
        QStringLiteral("the workbook stream ends inside a substream (an EOF record is missing)"));
    add("zero padding after the last EOF", valid + QByteArray(100, '\0'), Status::Ok, -1, QString());
    add("padding shorter than a record header", valid + QByteArray(3, '\0'), Status::Ok, -1, QString());
    add("data after the last EOF", valid + cell, Status::Corrupt, valid.size(),
        QStringLiteral(
            "the record 0x0203 at byte %1 of the workbook stream lies outside any BOF/EOF substream"));
    add("record header cut off", valid + QByteArray("\x01\x02", 2), Status::Corrupt, valid.size(),
        QStringLiteral("the record at byte %1 of the workbook stream is cut off by the end of the stream"));
    add("not starting with BOF", cell + valid, Status::Corrupt, 0,
        QStringLiteral("the workbook stream does not start with a BOF record"));

    QByteArray ghost;
    put32(ghost, 12345);
    ghost += QByteArray("\x00\x00\x05\x01", 4);
    for (const QChar c : QStringLiteral("Ghost"))
        put16(ghost, c.unicode());
    add("sheet entry pointing at no substream", oneSheet(cell, {}, record(0x0085, ghost)), Status::Corrupt,
        12345,
        QString::fromUtf8(
            "sheet “Ghost” points at byte %1 of the workbook stream, where no substream starts"));
    QByteArray orphan = valid;
    const qint64 sheetAt = firstCell(valid) - 38;
    set32(orphan, valid.indexOf(QByteArray("\x85\x00\x14\x00", 4)) + 4, quint32(sheetAt + 1));
    add("substream of no sheet", orphan, Status::Corrupt, sheetAt,
        QStringLiteral("the substream at byte %1 of the workbook stream belongs to no sheet"));
    QByteArray misplacedEntry;
    put32(misplacedEntry, 0);
    misplacedEntry += QByteArray("\x00\x00\x01\x00x", 5);
    damagedCell("sheet entry inside a sheet", oneSheet(record(0x0085, misplacedEntry)), 0,
        QStringLiteral("a sheet entry (BOUNDSHEET) at byte %1 of the workbook stream lies outside the "
                       "workbook globals"));

    damagedCell("shared string beyond the table", oneSheet(labelSst(0, 0, 1), sst({QStringLiteral("a")})), 0,
        QStringLiteral(
            "the LABELSST record at byte %1 of the workbook stream refers to shared string 1 of 1"));
    damagedCell("shared string without a table", oneSheet(labelSst(0, 0, 0)), 0,
        QStringLiteral(
            "the LABELSST record at byte %1 of the workbook stream refers to shared string 0 of 0"));
    QByteArray mulRkBad = mulRk(0, 2, {1, 2, 3});
    set16(mulRkBad, mulRkBad.size() - 2, 7);
    damagedCell("MULRK's last column", oneSheet(mulRkBad), 0,
        QStringLiteral("the MULRK record at byte %1 of the workbook stream holds 3 cells from column 3 but "
                       "says it ends at column 8"));
    damagedCell("DIMENSIONS of 4,294,967,295 rows", oneSheet(cell, {}, {}, 0xFFFFFFFF), -18,
        QStringLiteral("the DIMENSIONS record at byte %1 of the workbook stream declares rows 0-4294967295 "
                       "and columns 0-10, impossible in Excel"));
    damagedCell("column beyond IV", oneSheet(number(0, 256, 1)), 0,
        QStringLiteral(
            "the cell record at byte %1 of the workbook stream is in column 257, beyond column IV"));
    damagedCell("unknown error code", oneSheet(boolErr(0, 0, 0x55, true)), 0,
        QStringLiteral(
            "the BOOLERR record at byte %1 of the workbook stream holds the unknown error code 0x55"));
    QByteArray label = cellHead(0, 0);
    put16(label, 100);
    label += QByteArray("\x00hello", 6);
    damagedCell("LABEL longer than its record", oneSheet(record(0x0204, label)), 0,
        QStringLiteral("the LABEL record at byte %1 of the workbook stream holds a text of 100 characters "
                       "that does not fit in its 14 bytes"));
    QByteArray shortFormula = formula(0, 0, 1);
    set16(shortFormula, 4 + 20, 40); // cce: 40 bytes of formula in a 25-byte record
    damagedCell("FORMULA shorter than its formula", oneSheet(shortFormula), 0,
        QStringLiteral("the FORMULA record at byte %1 of the workbook stream is 25 bytes long, impossible "
                       "for its type"));
    QByteArray nested;
    for (int i = 0; i < 8; ++i)
        nested += bof8(0x0020);
    for (int i = 0; i < 8; ++i)
        nested += eof();
    damagedCell("substreams nested 9 deep", oneSheet(nested), 7 * 20,
        QStringLiteral("substreams nested too deeply at byte %1 of the workbook stream"));
    add("embedded chart", oneSheet(bof8(0x0020) + cell + eof()), Status::Ok, -1, QString());
    add("FILEPASS: encrypted", oneSheet(cell, {}, record(0x002F, QByteArray(6, '\0'))), Status::Encrypted, -1,
        QString());
    QByteArray biff4 = valid;
    set16(biff4, 4, 0x0400);
    add("BOF of BIFF4 in a compound file", biff4, Status::UnsupportedVersion, -1, QString());
}

void TestBiffInspector::records()
{
    QFETCH(QByteArray, stream);
    QFETCH(Status, status);
    QFETCH(qint64, streamOffset);
    QFETCH(QString, reason);

    const BiffInspector::Result result = BiffInspector::inspect(compoundFile(stream));
    QVERIFY2(result.status == status, qPrintable(describe(result)));
    QCOMPARE(result.streamOffset, streamOffset);
    QCOMPARE(result.reason, reason);
    // The stream starts in sector 0, right after the 512-byte header.
    if (streamOffset >= 0)
        QCOMPARE(result.fileOffset, 512 + streamOffset);
}

// The SST and its CONTINUE records, written by hand.
void TestBiffInspector::sharedStrings_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<quint32>("index"); // the LABELSST's
    QTest::addColumn<QString>("reason"); // empty when valid

    auto head = [](quint32 count) {
        QByteArray body;
        put32(body, count);
        put32(body, count);
        return body;
    };
    // "abcdef" cut after "abc": the CONTINUE starts with the flags of the rest, here UTF-16.
    QByteArray split = head(2)
        + QByteArray("\x06\x00\x00"
                     "abc",
            6);
    QByteArray rest("\x01", 1);
    for (const char c : QByteArray("def"))
        put16(rest, quint16(c));
    rest += QByteArray("\x02\x00\x00xy", 5);
    QTest::newRow("string split between SST and CONTINUE, narrow then wide")
        << record(0x00FC, split) + record(0x003C, rest) << quint32(1) << QString();
    // Rich text (2 runs, 8 bytes) and an extension (3 bytes) after the characters, running on.
    QByteArray rich = head(1) + QByteArray("\x02\x00\x0C\x02\x00\x03\x00\x00\x00xy", 11) + QByteArray(4, 'r');
    QTest::newRow("formatting runs and extension across records")
        << record(0x00FC, rich) + record(0x003C, QByteArray(4, 'r') + QByteArray(3, 'e')) << quint32(0)
        << QString();
    QTest::newRow("more strings declared than held") << record(0x00FC,
        head(3)
            + QByteArray("\x01\x00\x00"
                         "a\x01\x00\x00"
                         "b",
                8)) << quint32(0) << QStringLiteral("it ends after 2 of its 3 strings");
    QTest::newRow("bytes after the last string") << record(0x00FC,
        head(1)
            + QByteArray("\x01\x00\x00"
                         "a\x01\x00\x00"
                         "b",
                8)) << quint32(0) << QStringLiteral("bytes are left over after the 1 strings it declares");
    QByteArray halfChar = head(1)
        + QByteArray("\x02\x00\x01"
                     "a\x00"
                     "b",
            6);
    QTest::newRow("character split between records")
        << record(0x00FC, halfChar) + record(0x003C, QByteArray("\x00", 1)) << quint32(0)
        << QStringLiteral("a character of string 0 is split between records");
    QTest::newRow("string running past the table") << record(0x00FC,
        head(1)
            + QByteArray("\x09\x00\x00"
                         "abc",
                6)) << quint32(0) << QStringLiteral("it ends inside string 0");
}

void TestBiffInspector::sharedStrings()
{
    QFETCH(QByteArray, table);
    QFETCH(quint32, index);
    QFETCH(QString, reason);

    const QByteArray stream = workbook({{QStringLiteral("Sheet1"), labelSst(0, 0, index), 1, 1}}, table);
    const BiffInspector::Result result = BiffInspector::inspect(compoundFile(stream));
    if (reason.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(describe(result)));
        QCOMPARE(result.sheets.at(0).cellRecords, qint64(1));
        return;
    }
    QVERIFY2(result.status == Status::Corrupt, qPrintable(describe(result)));
    QCOMPARE(result.streamOffset, qint64(stream.indexOf(table)));
    QVERIFY2(result.reason.endsWith(reason), qPrintable(result.reason));
}

void TestBiffInspector::biff5Book()
{
    QByteArray label = cellHead(0, 0);
    put16(label, 5);
    label += "hello";
    const QByteArray cells = record(0x0204, label) + number(1, 0, 1) + formula(2, 0, 1);
    const QByteArray stream = workbook({{QString::fromLatin1("\xDC"
                                                             "bersicht"),
                                           cells, 3, 1}},
        {}, true);
    BiffInspector::Result result = BiffInspector::inspect(compoundFile(stream, QStringLiteral("Book")));
    QVERIFY2(result.isOk(), qPrintable(describe(result)));
    QCOMPARE(result.biffVersion, 5);
    QCOMPARE(result.sheets.size(), 1);
    QCOMPARE(result.sheets.at(0).name, QString::fromUtf8("Übersicht"));
    QCOMPARE(result.sheets.at(0).cellRecords, qint64(3));
    QCOMPARE(result.sheets.at(0).formulaCells, qint64(1));

    // BIFF5's records end at 2,080 bytes.
    const QByteArray big
        = workbook({{QStringLiteral("Sheet1"), record(0x00EF, QByteArray(2081, '\0')), 1, 1}}, {}, true);
    result = BiffInspector::inspect(compoundFile(big, QStringLiteral("Book")));
    QVERIFY2(result.status == Status::Corrupt, qPrintable(describe(result)));
    QVERIFY2(result.reason.endsWith(QLatin1String("over the BIFF limit of 2080")), qPrintable(result.reason));
}

void TestBiffInspector::bareBiff2Worksheet()
{
    const QByteArray file = biff2Worksheet(true);
    BiffInspector::Result result = BiffInspector::inspect(file);
    QVERIFY2(result.isOk(), qPrintable(describe(result)));
    QVERIFY(!result.compoundFile);
    QCOMPARE(result.biffVersion, 2);
    QCOMPARE(result.sheets.size(), 1);
    QCOMPARE(result.sheets.at(0).name, QStringLiteral("Worksheet"));
    QCOMPARE(result.sheets.at(0).cellRecords, qint64(2));
    QCOMPARE(result.sheets.at(0).formulaCells, qint64(1));

    // Offsets are the file's own.
    QByteArray cut = file;
    set16(cut, 4 + 4 + 4 + 8 + 2, 200);
    result = BiffInspector::inspect(cut);
    QVERIFY2(result.status == Status::Corrupt, qPrintable(describe(result)));
    QCOMPARE(result.fileOffset, qint64(20));
    QCOMPARE(result.streamOffset, qint64(20));
    QCOMPARE(result.reason,
        QStringLiteral(
            "the record 0x0003 at byte 20 of the file is 200 bytes long, past the end of the stream"));

    // Excel 4.0 workbooks (a BOF of type 0x0100 around their sheets) are not read.
    QByteArray workbook4 = file;
    set16(workbook4, 0, 0x0409);
    set16(workbook4, 6, 0x0100);
    QCOMPARE(BiffInspector::inspect(workbook4).status, Status::UnsupportedVersion);
}

void TestBiffInspector::version4Container()
{
    const QByteArray stream
        = workbook({{QStringLiteral("Sheet1"), number(0, 0, 1) + formula(1, 0, 2), 2, 1}});
    const QByteArray file = compoundFile(stream, QStringLiteral("Workbook"), 12);
    QCOMPARE(file.size() % 4096, 0);
    BiffInspector::Result result = BiffInspector::inspect(file);
    QVERIFY2(result.isOk(), qPrintable(describe(result)));
    QCOMPARE(result.sheets.at(0).formulaCells, qint64(1));

    // Version 4 sizes are 64-bit: a high half means a stream larger than any file here.
    QByteArray large = file;
    set32(large, 4096 + qsizetype(stream.size() + 4095) / 4096 * 4096 + 4096 + 128 + 124, 1);
    result = BiffInspector::inspect(large);
    QVERIFY2(result.status == Status::Corrupt, qPrintable(describe(result)));
}

void TestBiffInspector::truncatedAtEverySector_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("cases.xls") << QStringLiteral("cases.xls");
    QTest::newRow("values.xls") << QStringLiteral("values.xls");
    QTest::newRow("formulas.xls") << QStringLiteral("formulas.xls");
}

// A cut at any 512-byte boundary (and one byte short of the end) is reported, at or before the cut.
void TestBiffInspector::truncatedAtEverySector()
{
    QFETCH(QString, name);
    const QByteArray bytes = readFixture(name.toLatin1().constData());
    QVERIFY(bytes.size() >= 4096 && bytes.size() % 512 == 0);
    QList<qsizetype> cuts;
    for (qsizetype cut = 0; cut < bytes.size(); cut += 512)
        cuts.append(cut);
    cuts.append(bytes.size() - 1);
    for (const qsizetype cut : std::as_const(cuts)) {
        const BiffInspector::Result result = BiffInspector::inspect(bytes.left(cut));
        QVERIFY2(
            result.status == Status::Corrupt, qPrintable(QString::number(cut) + u' ' + describe(result)));
        QVERIFY2(!result.reason.isEmpty() && result.fileOffset <= cut,
            qPrintable(QString::number(cut) + u' ' + describe(result)));
    }
}

// Byte changes of cases.xls that crashed FreeXL 1.0.6 (segmentation faults found by the mutation campaign;
// the last one an out-of-bounds read shown by AddressSanitizer). Each is caught before FreeXL runs.
void TestBiffInspector::freexlCrashes_data()
{
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<qint64>("fileOffset");
    QTest::addColumn<QString>("reason");

    QTest::newRow("LABELSST of 13 bytes")
        << QList<qint64> {4862} << QByteArray("\x0D") << qint64(4860)
        << QStringLiteral("the LABELSST record at byte 2812 of the workbook stream is 13 bytes long, "
                          "impossible for its type");
    QTest::newRow("LABELSST of 24 bytes")
        << QList<qint64> {4826} << QByteArray("\x18") << qint64(4824)
        << QStringLiteral("the LABELSST record at byte 2776 of the workbook stream is 24 bytes long, "
                          "impossible for its type");
    QTest::newRow("MULBLANK of 21 bytes")
        << QList<qint64> {4840} << QByteArray("\x15") << qint64(4838)
        << QStringLiteral("the MULBLANK record at byte 2790 of the workbook stream is 21 bytes long, "
                          "impossible for its type");
    QTest::newRow("MULRK of 11 bytes") << QList<qint64> {5050} << QByteArray("\x0B") << qint64(5048)
                                       << QStringLiteral("the MULRK record at byte 3000 of the workbook "
                                                         "stream is 11 bytes long, impossible for its type");
    QTest::newRow("MULBLANK's last column overwritten")
        << QList<qint64> {4859, 4860, 4861, 4862} << QByteArray("\x2B\xCE\x73\x1B") << qint64(4838)
        << QStringLiteral("the MULBLANK record at byte 2790 of the workbook stream holds 6 cells from column "
                          "2 but says it ends at column 11015");
    QTest::newRow("FORMULA of 409 bytes")
        << QList<qint64> {5224, 5225} << QByteArray("\x99\x01") << qint64(5635)
        << QStringLiteral("the DIMENSIONS record at byte 3587 of the workbook stream is 0 bytes long, "
                          "impossible for its type");
    QTest::newRow("root entry name of 8,214 bytes")
        << QList<qint64> {7233} << QByteArray("\x20") << qint64(7232)
        << QStringLiteral("directory entry 0 has a name of 8214 bytes (at most 64)");
}

void TestBiffInspector::freexlCrashes()
{
    QFETCH(QList<qint64>, offsets);
    QFETCH(QByteArray, values);
    QFETCH(qint64, fileOffset);
    QFETCH(QString, reason);

    QByteArray bytes = readFixture("cases.xls");
    for (qsizetype i = 0; i < offsets.size(); ++i)
        bytes[offsets.at(i)] = values.at(i);
    const BiffInspector::Result result = BiffInspector::inspect(bytes);
    QVERIFY2(result.status == Status::Corrupt, qPrintable(describe(result)));
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.fileOffset, fileOffset);
}

// Seeded random damage to the fixtures, inspected and, when the inspector passes them, read whole through
// XlsReader (FreeXL): nothing may crash, and a refusal names the file.
void TestBiffInspector::mutationsNeverCrash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mutant.xls"));
    int corrupt = 0;
    int read = 0;
    int refused = 0;
    for (const char *name : {"values.xls", "cases.xls", "formulas.xls"}) {
        const QByteArray original = readFixture(name);
        // Where the common records' headers are: their lengths are the fields worth breaking.
        QList<qsizetype> lengths;
        for (const QByteArray &head : {QByteArray("\xFD\x00\x0A\x00", 4), QByteArray("\x03\x02\x0E\x00", 4),
                 QByteArray("\x7E\x02\x0A\x00", 4), QByteArray("\x08\x02\x10\x00", 4),
                 QByteArray("\xBD\x00", 2), QByteArray("\xBE\x00", 2), QByteArray("\x06\x00", 2),
                 QByteArray("\x85\x00", 2), QByteArray("\xFC\x00", 2), QByteArray("\x00\x02\x0E\x00", 4)}) {
            for (qsizetype at = original.indexOf(head); at >= 0; at = original.indexOf(head, at + 1))
                lengths.append(at + 2);
        }
        QVERIFY(lengths.size() > 30);
        QRandomGenerator random(20161107);
        for (int i = 0; i < 150; ++i) {
            QByteArray bytes = original;
            switch (i % 3) {
            case 0: // 1 to 4 random bytes anywhere
                for (int n = 1 + random.bounded(4); n > 0; --n)
                    bytes[random.bounded(bytes.size())] = char(random.bounded(256));
                break;
            case 1: { // a record length changed by a little
                const qsizetype at = lengths.at(random.bounded(lengths.size()));
                const int delta = random.bounded(1, 17) * (random.bounded(2) ? 1 : -1);
                set16(bytes, at, quint16((quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8)) + delta));
                break;
            }
            default: // a record length set to anything
                set16(bytes, lengths.at(random.bounded(lengths.size())), quint16(random.bounded(65536)));
                break;
            }
            const BiffInspector::Result result = BiffInspector::inspect(bytes);
            if (result.status == Status::Corrupt) {
                QVERIFY(!result.reason.isEmpty());
                ++corrupt;
                continue;
            }
            QVERIFY(writeBytes(path, bytes));
            QString error;
            const QStringList sheets = XlsReader::sheetNames(path, &error);
            QVERIFY2(!sheets.isEmpty() || error.startsWith(path), qPrintable(error));
            for (const QString &sheet : sheets) {
                error.clear();
                const auto reader = XlsReader::open(path, sheet, &error);
                if (!reader) {
                    QVERIFY2(error.startsWith(path), qPrintable(error));
                    ++refused;
                    continue;
                }
                while (reader->next()) { }
                ++read;
            }
        }
    }
    // Both ways are exercised: damage found, and damaged files that still read.
    QVERIFY2(corrupt > 100 && read > 100,
        qPrintable(QStringLiteral("%1 corrupt, %2 read, %3 refused").arg(corrupt).arg(read).arg(refused)));
}

void TestBiffInspector::largeSheetIsFast()
{
    const QByteArray stream = workbook({{QStringLiteral("Sheet1"), manyRows(65536), 65536, 5}},
        sst({QString::fromUtf8("(2016)京0105执1234号")}));
    const QByteArray file = compoundFile(stream);
    QVERIFY(file.size() > 3'900'000);
    QElapsedTimer timer;
    qint64 best = std::numeric_limits<qint64>::max();
    BiffInspector::Result result;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        result = BiffInspector::inspect(file);
        best = std::min(best, timer.nsecsElapsed());
    }
    QVERIFY2(result.isOk(), qPrintable(describe(result)));
    QCOMPARE(result.sheets.at(0).cellRecords, qint64(65536) * 5);
    // A few milliseconds in a release build; the bound leaves room for debug builds and a busy machine.
    QVERIFY2(best < 200'000'000, qPrintable(QStringLiteral("%1 ms").arg(double(best) / 1e6)));
    if (qEnvironmentVariableIsSet("CASELOAD_TIMINGS"))
        qInfo("inspecting %lld bytes, 65,536 rows: %.2f ms", qint64(file.size()), double(best) / 1e6);
}

void TestBiffInspector::errorText()
{
    QCOMPARE(BiffInspector::errorText(0x00), QStringLiteral("#NULL!"));
    QCOMPARE(BiffInspector::errorText(0x07), QStringLiteral("#DIV/0!"));
    QCOMPARE(BiffInspector::errorText(0x0F), QStringLiteral("#VALUE!"));
    QCOMPARE(BiffInspector::errorText(0x17), QStringLiteral("#REF!"));
    QCOMPARE(BiffInspector::errorText(0x1D), QStringLiteral("#NAME?"));
    QCOMPARE(BiffInspector::errorText(0x24), QStringLiteral("#NUM!"));
    QCOMPARE(BiffInspector::errorText(0x2A), QStringLiteral("#N/A"));
    QVERIFY(BiffInspector::errorText(0x2B).isEmpty());
}

QTEST_GUILESS_MAIN(TestBiffInspector)
#include "tst_biffinspector.moc"
