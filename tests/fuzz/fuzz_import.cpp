// libFuzzer harness for the import path: the fuzz input is the bytes of a CSV file.
//
// 1. CsvReader reads it in Auto mode with chunk sizes 7, 1 and the default, and with the detected
//    encoding given explicitly; every run must obey the reader's own invariants and all runs must
//    agree (the chunk size only changes how the input is cut, never what is read).
// 2. Importer::importFile imports it into a Store; the summary's counts must add up, a failure must
//    leave the store as it was, a success must match what the reader saw, and importing the same
//    file again must change nothing.
//
// A violated invariant prints what differs and aborts, so libFuzzer saves the input as a crash.
// FUZZ_IMPORT_FRESH_STORE=1 opens a new store for every input (for reproducing a finding: by
// default a store is reused for StoreRuns inputs, so earlier inputs' cases are in it);
// FUZZ_IMPORT_VERBOSE=1 prints each import's summary.

#include "import/Importer.h"
#include "io/CsvReader.h"
#include "store/Store.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace caseload;

namespace {

constexpr int StoreRuns = 128;

/// FUZZ_IMPORT_SKIP=name,... turns off the checks of findings already reported, so that a long run
/// can look for others. "lone-surrogates": UTF-16 input with unpaired surrogates.
bool skipping(const char *name)
{
    static const QStringList skipped
        = QString::fromLocal8Bit(qgetenv("FUZZ_IMPORT_SKIP")).split(u',', Qt::SkipEmptyParts);
    return skipped.contains(QLatin1String(name));
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

[[noreturn]] void failed();

#define FUZZ_CHECK(condition, ...)                                                                           \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "INVARIANT FAILED at %s:%d: %s\n  ", __FILE__, __LINE__, #condition);       \
            std::fprintf(stderr, __VA_ARGS__);                                                               \
            std::fprintf(stderr, "\n");                                                                      \
            failed();                                                                                        \
        }                                                                                                    \
    } while (false)

struct Record
{
    qint64 line = 0;
    QStringList fields;
    bool operator==(const Record &) const = default;
};

struct ReadResult
{
    QList<Record> records;
    bool hasError = false;
    QString error;
    TextEncoding encoding = TextEncoding::Auto;
    bool loneSurrogates = false;
};

/// Physical line ends in the bytes (CR, LF, CRLF once): an upper bound for line numbers in UTF-8
/// and GB18030, whose multi-byte sequences never contain the bytes of CR or LF.
qint64 countLineEnds(const QByteArray &bytes)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')))
            ++count;
    }
    return count;
}

ReadResult readAll(const QByteArray &bytes, TextEncoding encoding, qsizetype chunkSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.encoding = encoding;
    if (chunkSize > 0)
        options.chunkSize = chunkSize;
    CsvReader reader(&buffer, options);
    ReadResult result;
    qint64 previousLine = 0;
    while (reader.next()) {
        const qint64 line = reader.line();
        // Every record but the last ends with a line end, so the next one starts on a later line.
        FUZZ_CHECK(line > previousLine, "chunk %lld: record %lld starts on line %lld after line %lld",
            qlonglong(chunkSize), qlonglong(result.records.size()), qlonglong(line), qlonglong(previousLine));
        previousLine = line;
        FUZZ_CHECK(!reader.fields().isEmpty(), "chunk %lld: record on line %lld has no fields",
            qlonglong(chunkSize), qlonglong(line));
        Record record;
        record.line = line;
        for (const QStringView field : reader.fields()) {
            record.fields.append(field.toString());
            result.loneSurrogates = result.loneSurrogates || hasLoneSurrogate(field);
        }
        result.records.append(record);
        FUZZ_CHECK(reader.recordCount() == result.records.size(), "recordCount %lld after %lld records",
            qlonglong(reader.recordCount()), qlonglong(result.records.size()));
    }
    FUZZ_CHECK(!reader.next(), "next() returned true after returning false");
    result.hasError = reader.hasError();
    result.error = reader.errorString();
    result.encoding = reader.encoding();
    FUZZ_CHECK(result.encoding != TextEncoding::Auto, "encoding still Auto after reading");
    // Text that is invalid in its encoding must stop the reader, not reach the fields.
    FUZZ_CHECK(!result.loneSurrogates || skipping("lone-surrogates"),
        "chunk %lld: a field holds an unpaired surrogate (%s input)", qlonglong(chunkSize),
        qUtf8Printable(encodingName(result.encoding)));
    FUZZ_CHECK(result.hasError == !result.error.isEmpty(), "hasError %d but errorString '%s'",
        int(result.hasError), qUtf8Printable(result.error));
    if (result.hasError) {
        static const QRegularExpression lineError(QStringLiteral("^line (\\d+): \\S"));
        const QRegularExpressionMatch match = lineError.match(result.error);
        FUZZ_CHECK(match.hasMatch(), "chunk %lld: error does not name a line: '%s'", qlonglong(chunkSize),
            qUtf8Printable(result.error));
        const qint64 errorLine = match.captured(1).toLongLong();
        FUZZ_CHECK(errorLine >= std::max<qint64>(1, previousLine),
            "chunk %lld: error on line %lld, before the last record read (line %lld): '%s'",
            qlonglong(chunkSize), qlonglong(errorLine), qlonglong(previousLine),
            qUtf8Printable(result.error));
        previousLine = errorLine;
    } else {
        FUZZ_CHECK(reader.bytesRead() == bytes.size(), "read %lld of %lld bytes without an error",
            qlonglong(reader.bytesRead()), qlonglong(bytes.size()));
    }
    if (result.encoding == TextEncoding::Utf8 || result.encoding == TextEncoding::Gb18030) {
        FUZZ_CHECK(previousLine <= countLineEnds(bytes) + 1,
            "chunk %lld: line %lld but the file has %lld line ends", qlonglong(chunkSize),
            qlonglong(previousLine), qlonglong(countLineEnds(bytes)));
    }
    return result;
}

QString describe(const Record &r)
{
    return QStringLiteral("line %1 [%2]").arg(r.line).arg(r.fields.join(QStringLiteral("|")));
}

/// The reader must read the same records whatever the chunk size. A real NUL in the input may make
/// a larger chunk stop earlier (CsvReader takes the chunk's first U+0000 for the invalid character),
/// so with NUL bytes and an error only a common prefix is required.
void compareReads(const ReadResult &a, const ReadResult &b, const char *what, bool hasNulBytes)
{
    FUZZ_CHECK(a.encoding == b.encoding, "%s: encodings differ", what);
    FUZZ_CHECK(a.hasError == b.hasError, "%s: error '%s' vs '%s'", what, qUtf8Printable(a.error),
        qUtf8Printable(b.error));
    const bool exact = !(a.hasError && hasNulBytes);
    if (exact) {
        FUZZ_CHECK(a.error == b.error, "%s: error '%s' vs '%s'", what, qUtf8Printable(a.error),
            qUtf8Printable(b.error));
        FUZZ_CHECK(a.records.size() == b.records.size(), "%s: %lld records vs %lld", what,
            qlonglong(a.records.size()), qlonglong(b.records.size()));
    }
    const qsizetype n = std::min(a.records.size(), b.records.size());
    for (qsizetype i = 0; i < n; ++i) {
        FUZZ_CHECK(a.records[i] == b.records[i], "%s: record %lld differs: %s vs %s", what, qlonglong(i),
            qUtf8Printable(describe(a.records[i])), qUtf8Printable(describe(b.records[i])));
    }
}

ReadResult checkReader(const QByteArray &bytes)
{
    const bool hasNulBytes = bytes.contains('\0');
    const ReadResult chunk7 = readAll(bytes, TextEncoding::Auto, 7);
    const ReadResult chunk1 = readAll(bytes, TextEncoding::Auto, 1);
    const ReadResult whole = readAll(bytes, TextEncoding::Auto, 0);
    const ReadResult explicitEncoding = readAll(bytes, chunk7.encoding, 7);
    compareReads(chunk7, chunk1, "chunk 7 vs chunk 1", hasNulBytes);
    compareReads(chunk7, whole, "chunk 7 vs default chunk", hasNulBytes);
    compareReads(chunk7, explicitEncoding, "Auto vs explicit encoding", hasNulBytes);
    return whole;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    int storeNumber = 0;
    int runsOnStore = 0;
    int storeRuns = qEnvironmentVariableIntValue("FUZZ_IMPORT_FRESH_STORE") ? 1 : StoreRuns;
    bool verbose = qEnvironmentVariableIntValue("FUZZ_IMPORT_VERBOSE") != 0;

    Store &currentStore()
    {
        if (!store || runsOnStore >= storeRuns) {
            if (store) {
                const QString old = store->location();
                store.reset();
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(old + QLatin1String(suffix));
            }
            QString error;
            store = Store::open(dir.filePath(QStringLiteral("store%1.sqlite").arg(++storeNumber)), &error);
            if (!store) {
                std::fprintf(stderr, "cannot open the store: %s\n", qUtf8Printable(error));
                failed();
            }
            runsOnStore = 0;
        }
        ++runsOnStore;
        return *store;
    }
};

Fixture *fixture = nullptr;

// abort() skips the atexit handler: remove the temporary folder first (libFuzzer keeps the input).
void failed()
{
    if (fixture)
        fixture->dir.remove();
    std::abort();
}

qint64 importCount(const Store &store)
{
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM imports")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

void checkImport(const QByteArray &bytes, const ReadResult &read)
{
    Store &store = fixture->currentStore();
    const QString path = fixture->dir.filePath(QStringLiteral("input.csv"));
    const QString reportPath = fixture->dir.filePath(QStringLiteral("rejects.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            failed();
    }
    QFile::remove(reportPath);

    const qint64 casesBefore = store.caseCount();
    const qint64 importsBefore = importCount(store);
    ImportOptions options;
    options.rejectReportPath = reportPath;
    Importer importer(store);
    const ImportSummary s = importer.importFile(path, options);
    const qint64 casesAfter = store.caseCount();
    const qint64 importsAfter = importCount(store);
    if (fixture->verbose) {
        std::fprintf(stderr, "import: ok %d, %s, inserted %lld updated %lld unchanged %lld; %s\n", int(s.ok),
            qUtf8Printable(s.countsLine()), qlonglong(s.inserted), qlonglong(s.updated),
            qlonglong(s.unchanged), qUtf8Printable(s.error));
    }

    FUZZ_CHECK(!s.cancelled, "cancelled without a progress callback");
    if (!s.ok) {
        FUZZ_CHECK(!s.error.isEmpty(), "failed without an error");
        FUZZ_CHECK(s.error.startsWith(path), "error does not name the file: '%s'", qUtf8Printable(s.error));
        FUZZ_CHECK(casesAfter == casesBefore, "failed import changed the case count %lld -> %lld: '%s'",
            qlonglong(casesBefore), qlonglong(casesAfter), qUtf8Printable(s.error));
        FUZZ_CHECK(importsAfter == importsBefore, "failed import changed the history %lld -> %lld",
            qlonglong(importsBefore), qlonglong(importsAfter));
        FUZZ_CHECK(
            !QFile::exists(reportPath), "failed import left a reject report: '%s'", qUtf8Printable(s.error));
        FUZZ_CHECK(s.inserted == 0 && s.updated == 0 && s.unchanged == 0, "failed import reports changes");
        return;
    }

    FUZZ_CHECK(!read.hasError, "import succeeded but the reader fails: '%s'", qUtf8Printable(read.error));
    FUZZ_CHECK(s.rowsRead == s.accepted + s.rejected, "rowsRead %lld != accepted %lld + rejected %lld",
        qlonglong(s.rowsRead), qlonglong(s.accepted), qlonglong(s.rejected));
    FUZZ_CHECK(s.accepted == s.inserted + s.updated + s.unchanged,
        "accepted %lld != inserted %lld + updated %lld + unchanged %lld", qlonglong(s.accepted),
        qlonglong(s.inserted), qlonglong(s.updated), qlonglong(s.unchanged));
    FUZZ_CHECK(s.inserted >= 0 && s.updated >= 0 && s.unchanged >= 0 && s.rejected >= 0,
        "negative count: inserted %lld updated %lld unchanged %lld rejected %lld", qlonglong(s.inserted),
        qlonglong(s.updated), qlonglong(s.unchanged), qlonglong(s.rejected));
    FUZZ_CHECK(casesAfter == casesBefore + s.inserted, "case count %lld -> %lld but inserted %lld",
        qlonglong(casesBefore), qlonglong(casesAfter), qlonglong(s.inserted));
    FUZZ_CHECK(importsAfter == importsBefore + 1, "history %lld -> %lld after one import",
        qlonglong(importsBefore), qlonglong(importsAfter));
    FUZZ_CHECK(s.encoding == read.encoding, "importer and reader detect different encodings");
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    FUZZ_CHECK(s.sha256 == sha, "sha256 %s, expected %s", qUtf8Printable(s.sha256), qUtf8Printable(sha));

    // The header is one of the records the reader saw, and every later record is a data row.
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < read.records.size(); ++i) {
        if (read.records[i].line == s.headerLine)
            headerIndex = i;
    }
    FUZZ_CHECK(headerIndex >= 0, "header line %lld is not the start of a record", qlonglong(s.headerLine));
    FUZZ_CHECK(s.rowsRead == read.records.size() - headerIndex - 1,
        "rowsRead %lld but %lld records after the header", qlonglong(s.rowsRead),
        qlonglong(read.records.size() - headerIndex - 1));
    QSet<qint64> dataLines;
    for (qsizetype i = headerIndex + 1; i < read.records.size(); ++i)
        dataLines.insert(read.records[i].line);
    FUZZ_CHECK(s.firstRejects.size() == std::min<qint64>(s.rejected, 1000), "%lld rejects kept of %lld",
        qlonglong(s.firstRejects.size()), qlonglong(s.rejected));
    for (const RejectedRow &row : s.firstRejects) {
        FUZZ_CHECK(dataLines.contains(row.line), "reject on line %lld, which starts no data row",
            qlonglong(row.line));
        FUZZ_CHECK(!row.reason.isEmpty(), "reject on line %lld without a reason", qlonglong(row.line));
    }

    // The reject report: a header and one row per reject, readable by our own reader.
    if (s.rejected > 0) {
        FUZZ_CHECK(s.rejectReportPath == reportPath, "rejects but no report");
        QFile report(reportPath);
        FUZZ_CHECK(report.open(QIODevice::ReadOnly), "report missing");
        const ReadResult reportRead = readAll(report.readAll(), TextEncoding::Auto, 0);
        FUZZ_CHECK(!reportRead.hasError, "report unreadable: %s", qUtf8Printable(reportRead.error));
        FUZZ_CHECK(reportRead.records.size() == s.rejected + 1, "report has %lld records for %lld rejects",
            qlonglong(reportRead.records.size()), qlonglong(s.rejected));
        for (qsizetype i = 0; i < reportRead.records.size(); ++i) {
            const Record &r = reportRead.records[i];
            FUZZ_CHECK(r.fields.size() == 4, "report record %lld has %lld fields: %s", qlonglong(i),
                qlonglong(r.fields.size()), qUtf8Printable(describe(r)));
            // CsvWriter carries a trailing high surrogate over into what it writes next.
            if (i > 0 && i <= s.firstRejects.size()
                && !(read.loneSurrogates && skipping("lone-surrogates"))) {
                const RejectedRow &row = s.firstRejects[i - 1];
                FUZZ_CHECK(r.fields[0] == QString::number(row.line) && r.fields[1] == row.field
                        && r.fields[2] == row.reason && r.fields[3] == row.raw,
                    "report record %lld: %s differs from the reject on line %lld", qlonglong(i),
                    qUtf8Printable(describe(r)), qlonglong(row.line));
            }
        }
    } else {
        FUZZ_CHECK(s.rejectReportPath.isEmpty() && !QFile::exists(reportPath), "report without rejects");
    }

    // Importing the same file again changes nothing.
    const ImportSummary again = importer.importFile(path, options);
    const qint64 casesAgain = store.caseCount();
    FUZZ_CHECK(again.ok, "re-import failed: %s", qUtf8Printable(again.error));
    FUZZ_CHECK(again.rowsRead == s.rowsRead && again.accepted == s.accepted && again.rejected == s.rejected,
        "re-import read %lld/%lld/%lld, first %lld/%lld/%lld", qlonglong(again.rowsRead),
        qlonglong(again.accepted), qlonglong(again.rejected), qlonglong(s.rowsRead), qlonglong(s.accepted),
        qlonglong(s.rejected));
    FUZZ_CHECK(again.inserted == 0 && again.updated == 0 && again.unchanged == s.accepted,
        "re-import inserted %lld updated %lld unchanged %lld of %lld accepted", qlonglong(again.inserted),
        qlonglong(again.updated), qlonglong(again.unchanged), qlonglong(s.accepted));
    FUZZ_CHECK(casesAgain == casesAfter, "re-import changed the case count %lld -> %lld",
        qlonglong(casesAfter), qlonglong(casesAgain));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    qputenv("QT_LOGGING_RULES", "qt.*=false");
    new QCoreApplication(appArgc, appArgv); // lives until exit
    fixture = new Fixture;
    // libFuzzer ends with exit(): remove the temporary folder then. The store is left open, since
    // QtSql's connection registry may already be destroyed by the time this handler runs.
    std::atexit([] { fixture->dir.remove(); });
    if (!fixture->dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        std::abort();
    }
    (void)argc;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult read = checkReader(bytes);
    checkImport(bytes, read);
    return 0;
}
