// libFuzzer harness for the .xlsx reader's XML: the fuzz input is a worksheet's XML, then (after a
// 0xFF byte, if any) the shared strings' XML. They are stored in a workbook with fixed other parts and
// read twice, by pugixml's fragments and by expat alone (XlsxReader::Options::fragments), each with a
// small and the default chunk size. Invariants (see XmlFragmentReader.h):
// - expat's reads agree whatever the chunk size (the rows, and whether it fails: where the input is
//   cut can change how expat words a fault after the document's end);
// - when expat reads the part without fault, the fragments read the same rows (cells, row numbers,
//   merges) without fault;
// - when expat reports a fault, the fragments report the same, or (a fault in markup the reader does
//   not use, which pugixml lets through) read the rows expat read before it as their first rows, or
//   (a fault at the end of the shared strings, which the fragments check before handing over their
//   last strings) report the same fault earlier, after the first of expat's rows.
// A violated invariant prints what differs and aborts, so libFuzzer saves the input as a crash.

#include "io/XlsxReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

using namespace caseload;

namespace {

QTemporaryDir *directory = nullptr;

struct Read
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error; // open or read error
    bool failed = false;
};

Read readWorkbook(const QString &path, bool fragments, qsizetype chunkSize)
{
    Read result;
    XlsxReader::Options options;
    options.fragments = fragments;
    options.chunkSize = chunkSize;
    options.batchRows = 2;
    QString error;
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, QStringLiteral("S"), &error, options);
    if (!reader) {
        result.failed = true;
        result.error = error;
        return result;
    }
    while (reader->next() && result.rows.size() < 100000) {
        QStringList fields;
        for (const QStringView field : reader->fields())
            fields.append(field.toString());
        result.rows.append(fields);
        result.lines.append(reader->line());
    }
    if (reader->hasError()) {
        result.failed = true;
        result.error = reader->errorString();
    }
    return result;
}

[[noreturn]] void violated(const char *what, const Read &a, const Read &b)
{
    std::fprintf(stderr, "INVARIANT FAILED: %s\n  rows %lld vs %lld\n  error: %s\n  vs:    %s\n", what,
        qlonglong(a.rows.size()), qlonglong(b.rows.size()), qPrintable(a.error), qPrintable(b.error));
    for (qsizetype i = 0; i < std::min(a.rows.size(), b.rows.size()); ++i) {
        if (a.rows[i] != b.rows[i] || a.lines[i] != b.lines[i]) {
            std::fprintf(stderr, "  first difference at row %lld: line %lld [%s] vs line %lld [%s]\n",
                qlonglong(i), qlonglong(a.lines[i]), qPrintable(a.rows[i].join(u'|')), qlonglong(b.lines[i]),
                qPrintable(b.rows[i].join(u'|')));
            break;
        }
    }
    std::abort();
}

bool same(const Read &a, const Read &b)
{
    return a.rows == b.rows && a.lines == b.lines && a.failed == b.failed && a.error == b.error;
}

bool writeWorkbook(const QString &path, const QByteArray &sheet, const QByteArray &strings)
{
    static const char contentTypes[]
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
          "ContentType=\"application/xml\"/></Types>";
    static const char rootRels[]
        = "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"xl/workbook.xml\"/></Relationships>";
    static const char workbook[]
        = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
          "name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const char workbookRels[]
        = "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          "Target=\"sharedStrings.xml\"/></Relationships>";
    static const char styles[]
        = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    const auto add = [&](const char *name, const char *data, size_t size) {
        zip_source_t *source = zip_source_buffer(zip, data, size, 0);
        const zip_int64_t index = source ? zip_file_add(zip, name, source, ZIP_FL_OVERWRITE) : -1;
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        // Deflated: the reader inflates through ISA-L, as for real workbooks.
        return zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) == 0;
    };
    const bool ok = add("[Content_Types].xml", contentTypes, sizeof contentTypes - 1)
        && add("_rels/.rels", rootRels, sizeof rootRels - 1) && add("xl/workbook.xml", workbook, sizeof workbook - 1)
        && add("xl/_rels/workbook.xml.rels", workbookRels, sizeof workbookRels - 1)
        && add("xl/styles.xml", styles, sizeof styles - 1)
        && add("xl/worksheets/sheet1.xml", sheet.constData(), size_t(sheet.size()))
        && add("xl/sharedStrings.xml", strings.constData(), size_t(strings.size()));
    if (!ok) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    qputenv("QT_LOGGING_RULES", "qt.*=false");
    new QCoreApplication(appArgc, appArgv); // lives until exit
    directory = new QTemporaryDir;
    std::atexit([] { directory->remove(); });
    return directory->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\xFF');
    const QByteArray sheet = split < 0 ? input : input.left(split);
    const QByteArray strings = split < 0
        ? QByteArray("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si></sst>")
        : input.mid(split + 1);
    const QString path = directory->filePath(QStringLiteral("fuzz.xlsx"));
    if (!writeWorkbook(path, sheet, strings))
        return 0;
    const Read expat = readWorkbook(path, false, qsizetype(256) << 10);
    const Read expatSmall = readWorkbook(path, false, 7);
    const Read fragments = readWorkbook(path, true, qsizetype(256) << 10);
    const Read fragmentsSmall = readWorkbook(path, true, 7);
    if (expat.rows != expatSmall.rows || expat.lines != expatSmall.lines || expat.failed != expatSmall.failed)
        violated("expat reads differently with small chunks", expat, expatSmall);
    for (const auto &[f, e] : {std::pair {&fragments, &expat}, std::pair {&fragmentsSmall, &expatSmall}}) {
        if (same(*f, *e))
            continue;
        if (!e->failed)
            violated("the fragments read differently from expat", *f, *e);
        if (f->failed && f->rows.size() < e->rows.size()) {
            if (!f->error.contains(QStringLiteral("sharedStrings")) || e->rows.first(f->rows.size()) != f->rows
                || !e->error.endsWith(f->error.section(QStringLiteral("sharedStrings.xml"), -1)))
                violated("the fragments stop earlier than expat, not at the end of the shared strings", *f, *e);
            continue;
        }
        if (e->rows.size() > f->rows.size() || f->rows.first(e->rows.size()) != e->rows
            || f->lines.first(e->lines.size()) != e->lines)
            violated("the rows before a fault expat reports differ", *f, *e);
    }
    return 0;
}
