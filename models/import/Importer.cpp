#include "Importer.h"

#include "CaseNumberSet.h"
#include "HeaderMapper.h"
#include "RowNormaliser.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FileFormat.h"
#include "io/Sha256.h"
#include "io/XlsReader.h"
#include "io/XlsxReader.h"
#include "store/CaseWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace caseload {

// QT_LOGGING_RULES="caseload.import.debug=true" prints where an import spends its time.
Q_LOGGING_CATEGORY(lcImport, "caseload.import", QtWarningMsg)

namespace {

/// Header rows are looked for among the first lines: court exports often put a title above them.
constexpr int MaxHeaderSearchRows = 30;
constexpr size_t BatchSize = 8192;
constexpr size_t QueueDepth = 4;
constexpr int MaxRejectsKept = 1000;

struct Batch
{
    EncodedBatch cases;
    qint64 bytesRead = 0;
};

/// Batches of parsed cases from the parsing thread to the writing thread, bounded so that memory
/// stays flat whatever the file size.
class BatchQueue
{
public:
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < QueueDepth || m_cancelled; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    bool pop(Batch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return false;
        *batch = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_items.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_items;
    bool m_closed = false;
    bool m_cancelled = false;
};

/// What the parsing thread produces besides the batches and the rejected rows.
struct ParseOutcome
{
    qint64 rowsRead = 0;
    QString error;
};

/// The rejected rows of one import: counted, the first ones kept for display, all of them written to
/// the reject report when there is one. The report is removed again unless the import commits with
/// rows rejected.
class RejectLog
{
public:
    /// Opens the report (none when `path` is empty), so that an unwritable path fails early.
    /// `cells`: spreadsheet rows are located by cell, not by line.
    bool open(const QString &path, bool cells, QString *error)
    {
        m_cells = cells;
        if (path.isEmpty())
            return true;
        m_file = std::make_unique<QFile>(path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = m_file->errorString();
            m_file.reset();
            return false;
        }
        m_writer = std::make_unique<CsvWriter>(m_file.get(), true); // with a BOM: Excel and WPS read UTF-8
        m_writer->writeRow(QStringList {m_cells ? QStringLiteral("cell") : QStringLiteral("line"),
            QStringLiteral("field"), QStringLiteral("reason"), QStringLiteral("raw_row")});
        return true;
    }

    void add(RejectedRow row)
    {
        ++m_count;
        if (m_writer)
            m_writer->writeRow(
                QStringList {m_cells ? row.cell : QString::number(row.line), row.field, row.reason, row.raw});
        if (m_first.size() < MaxRejectsKept)
            m_first.append(std::move(row));
    }

    qint64 count() const { return m_count; }
    QList<RejectedRow> takeFirst() { return std::exchange(m_first, {}); }

    /// Completes the report: `path` receives it when rows were rejected; a report without rows is
    /// removed. False, with `error` set, when writing failed.
    bool finish(QString *path, QString *error)
    {
        if (!m_writer)
            return true;
        if (!m_writer->flush()) {
            *error = m_file->errorString();
            discard();
            return false;
        }
        if (m_count == 0) {
            discard();
            return true;
        }
        *path = m_file->fileName();
        return true;
    }

    void discard()
    {
        if (!m_file)
            return;
        m_writer.reset();
        m_file->remove();
        m_file.reset();
    }

private:
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_cells = false;
    qint64 m_count = 0;
    QList<RejectedRow> m_first;
};

/// Where a file's header is and how its columns map.
struct Header
{
    ColumnMapping mapping;
    QString signature; ///< see HeaderMapper::signature()
    qint64 line = 0; ///< where it starts
    QString error; ///< why no header was found; empty when one was
};

/// The header cells of the current row, or of it and the rows below it that its merged cells cover
/// (a two-row header: "标的金额" merged over two columns above "申请执行标的" and "实际到位金额"): each
/// column is named by its lowest non-empty cell, and the rows below are consumed.
QStringList headerCells(RowReader &reader)
{
    QStringList cells;
    for (const QStringView cell : reader.fields())
        cells.append(cell.toString());
    for (int below = reader.mergedRowsBelow(); below > 0 && reader.next(); --below) {
        const QList<QStringView> &row = reader.fields();
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (row.at(c).trimmed().isEmpty())
                continue;
            if (c >= cells.size())
                cells.resize(c + 1);
            cells[c] = row.at(c).toString();
        }
    }
    return cells;
}

/// Reads `reader` up to the header row: the first row that maps a case number and a filing date. The
/// user's corrections (or those saved in `store` for this header layout) apply on top of the
/// automatic mapping; a title row above the header is passed over.
Header findHeader(RowReader &reader, const ImportOptions &options, const Store &store, const QString &path)
{
    Header header;
    QString mappingError;
    while (reader.recordCount() < MaxHeaderSearchRows && reader.next()) {
        header.line = reader.line();
        const QStringList cells = headerCells(reader);
        const QList<QStringView> row(cells.begin(), cells.end());
        header.mapping = HeaderMapper::map(row);
        header.signature = HeaderMapper::signature(row);
        const QString json
            = options.mappingJson.isEmpty() ? store.mappingProfile(header.signature) : options.mappingJson;
        if (!json.isEmpty()) {
            QString error;
            if (auto corrected = ColumnMapping::withOverrides(header.mapping, json, &error))
                header.mapping = *corrected;
            else if (!options.mappingJson.isEmpty()) {
                mappingError = error; // perhaps a title row: keep looking, and say why if nothing fits
                continue;
            }
        }
        if (header.mapping.isUsable())
            return header;
    }
    if (reader.hasError()) {
        header.error = QCoreApplication::translate("Importer", "%1: %2").arg(path, reader.errorString());
    } else if (!mappingError.isEmpty()) {
        header.error
            = QCoreApplication::translate("Importer", "%1: the column mapping does not fit the file: %2")
                  .arg(path, mappingError);
    } else {
        header.error = QCoreApplication::translate("Importer",
            "%1: no header row found in the first %2 lines: the file needs a case number column "
            "(案号) and a filing date column (立案日期)")
                           .arg(path)
                           .arg(MaxHeaderSearchRows);
    }
    return header;
}

/// Hashes a whole file (spreadsheets are read through their own libraries, not byte by byte here).
bool hashFile(const QString &path, Sha256 *sha, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0)
        sha->addData(QByteArrayView(chunk.constData(), n));
    if (n < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

/// For tests of crash safety: CASELOAD_FAULT_AFTER_ROWS=N aborts the process inside the import
/// transaction, before the batch that would take the cases written to N, as a crash or a kill would.
qint64 faultAfterRows()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariableIntValue("CASELOAD_FAULT_AFTER_ROWS", &ok);
    return ok ? n : -1;
}

} // namespace

QString RejectedRow::location() const
{
    return cell.isEmpty() ? Importer::tr("line %1").arg(line) : cell;
}

QString ImportSummary::countsLine() const
{
    return QStringLiteral("read %1, accepted %2, rejected %3").arg(rowsRead).arg(accepted).arg(rejected);
}

Importer::Importer(Store &store)
    : m_store(store)
{ }

ImportSummary Importer::importFile(
    const QString &path, const ImportOptions &options, const Progress &progress)
{
    ImportSummary summary;
    summary.filePath = path;
    const QString fileName = QFileInfo(path).fileName();
    const auto fail = [&](const QString &message) {
        summary.ok = false;
        summary.error = message;
        return summary;
    };

    // The format is read from the content: court systems name CSV files .xls and the reverse.
    QString error;
    const FileFormat format = detectFileFormat(path, &error);
    if (!error.isEmpty())
        return fail(error);
    QFile file(path);
    Sha256 sha;
    // A CSV is hashed as it is read; a workbook's readers never see its raw bytes, so it is hashed on
    // a thread of its own while the sheet is read (joined before the commit, or on leaving).
    bool hashed = true;
    QString hashError;
    std::jthread hasher;
    std::unique_ptr<RowReader> source;
    CsvReader *csv = nullptr;
    switch (format) {
    case FileFormat::Csv: {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot open: %2").arg(path, file.errorString()));
        CsvReader::Options readerOptions;
        readerOptions.encoding = options.encoding;
        auto reader = std::make_unique<CsvReader>(&file, readerOptions);
        reader->setHash(&sha); // hashed in the same pass
        csv = reader.get();
        source = std::move(reader);
        summary.format = QStringLiteral("csv");
        break;
    }
    case FileFormat::Xlsx:
    case FileFormat::Xls:
        hashed = false;
        hasher = std::jthread([&] { hashed = hashFile(path, &sha, &hashError); });
        if (format == FileFormat::Xlsx)
            source = XlsxReader::open(path, options.sheet, &error);
        else
            source = XlsReader::open(path, options.sheet, &error);
        if (!source)
            return fail(error);
        summary.format = format == FileFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("xls");
        break;
    default:
        return fail(unsupportedFormatMessage(format, path));
    }
    RowReader &reader = *source;
    const bool spreadsheet = csv == nullptr;

    const Header header = findHeader(reader, options, m_store, path);
    if (!header.error.isEmpty())
        return fail(header.error);
    const qint64 total = reader.progressTotal();
    const ColumnMapping &mapping = header.mapping;
    if (csv)
        summary.encoding = csv->encoding();
    else
        summary.sheet = reader.sheetName();
    summary.headerLine = header.line;
    for (const int c : std::as_const(mapping.unmappedColumns))
        summary.unmappedColumns.append(mapping.headers.value(c));
    if (!options.keepPersonalData) {
        for (const int c : std::as_const(mapping.personalColumns))
            summary.personalColumnsDropped.append(mapping.headers.value(c));
    }

    RejectLog rejects;
    if (!rejects.open(options.rejectReportPath, spreadsheet, &error))
        return fail(tr("%1: cannot write the reject report: %2").arg(options.rejectReportPath, error));

    CaseWriter writer(m_store);
    CaseWriter::Options writerOptions;
    for (int f = 0; f < CaseFieldCount; ++f)
        writerOptions.present[f] = mapping.column[f] >= 0;
    writerOptions.storeParties = options.keepPersonalData && !mapping.personalColumns.isEmpty();
    ImportRecord record;
    record.fileName = fileName;
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.encoding = reader.sourceDescription();
    if (!writer.begin(writerOptions, record, &error)) {
        rejects.discard();
        return fail(tr("%1: cannot write to the database: %2").arg(path, error));
    }

    // Parsing and validation run on a second thread while this one writes: the two halves cost
    // about the same, and this thread owns the database connection.
    BatchQueue queue;
    ParseOutcome outcome;
    const RowNormaliser normaliser(mapping, options.keepPersonalData);
    CaseEncoder &encoder = writer.encoder();
    std::thread parser([&] {
        CaseNumberSet seen;
        Batch batch;
        batch.cases.reserve(BatchSize);
        const QString numberHeader = mapping.headers.value(mapping.columnOf(CaseField::CaseNumber));
        const auto reject = [&](const QList<QStringView> &fields, const RowNormaliser::Problem &problem) {
            // The raw row is kept for the user to correct it, without the parties' data unless the
            // user asked to keep that.
            QList<QStringView> shown = fields;
            if (!options.keepPersonalData) {
                for (const int column : std::as_const(mapping.personalColumns)) {
                    if (column < shown.size())
                        shown[column] = QStringView();
                }
            }
            QString cell;
            if (spreadsheet && problem.column >= 0) {
                cell = reader.cellReference(problem.column);
            } else if (spreadsheet) {
                // The row as a whole: Excel's row reference, "Sheet1!57:57".
                const QString first = reader.cellReference(0);
                cell = first.left(first.lastIndexOf(u'!') + 1) + QStringLiteral("%1:%1").arg(reader.line());
            }
            rejects.add({reader.line(), cell, problem.field, problem.reason, CsvWriter::formatRow(shown)});
        };
        QList<QStringView> padded;
        const qsizetype headerWidth = mapping.headers.size();
        qint64 rowsInBatch = 0;
        // A batch also goes when many rows were read but few accepted, so that progress and cancel
        // keep working on a file whose rows are mostly rejected.
        const auto pushIfFull = [&] {
            if (rowsInBatch < qint64(BatchSize))
                return true;
            batch.bytesRead = reader.progressDone();
            if (!queue.push(std::move(batch)))
                return false;
            batch = Batch();
            batch.cases.reserve(BatchSize);
            rowsInBatch = 0;
            return true;
        };
        while (reader.next()) {
            if (!pushIfFull())
                return;
            ++outcome.rowsRead;
            ++rowsInBatch;
            if (outcome.rowsRead == qint64(BatchSize)) {
                // Size the duplicate check once for the whole file, from the rows per byte so far.
                seen.reserve(qint64(double(total) / double(std::max<qint64>(1, reader.progressDone()))
                    * double(outcome.rowsRead) * 1.05));
            }
            // A sheet row ends at its last non-empty cell: pad it to the header's width.
            const QList<QStringView> *row = &reader.fields();
            if (spreadsheet && row->size() < headerWidth) {
                padded = *row;
                padded.resize(headerWidth);
                row = &padded;
            }
            const QList<QStringView> &fields = *row;
            CaseRecord parsed;
            CaseNumber number;
            RowNormaliser::Problem problem;
            if (!normaliser.normalise(fields, &parsed, &number, &problem)) {
                reject(fields, problem);
                continue;
            }
            if (const qint64 first = seen.insert(parsed.caseNumber, reader.line())) {
                const QString reason = spreadsheet
                    ? tr("duplicate case number %1, first on row %2").arg(parsed.caseNumber).arg(first)
                    : tr("duplicate case number %1, first on line %2").arg(parsed.caseNumber).arg(first);
                reject(fields, {numberHeader, reason, mapping.columnOf(CaseField::CaseNumber)});
                continue;
            }
            encoder.encode(parsed, number, &batch.cases);
        }
        if (reader.hasError())
            outcome.error = reader.errorString();
        batch.bytesRead = reader.progressDone();
        if (batch.cases.size() > 0)
            queue.push(std::move(batch));
        queue.close();
    });

    QElapsedTimer phase;
    phase.start();
    qint64 waitedNs = 0;
    QElapsedTimer waiting;
    const qint64 faultAfter = faultAfterRows();
    Batch batch;
    bool cancelled = false;
    while (error.isEmpty() && (waiting.start(), queue.pop(&batch))) {
        waitedNs += waiting.nsecsElapsed();
        if (faultAfter >= 0 && summary.accepted + qint64(batch.cases.size()) >= faultAfter)
            std::abort();
        if (!writer.write(batch.cases, &error))
            break;
        summary.accepted += qint64(batch.cases.size());
        if (progress && !progress(batch.bytesRead, total)) {
            cancelled = true;
            break;
        }
    }
    if (cancelled || !error.isEmpty())
        queue.cancel();
    parser.join();
    if (hasher.joinable())
        hasher.join();
    if (!hashed && error.isEmpty())
        error = tr("cannot read the file: %1").arg(hashError);

    // The last word before the commit: a cancel after the last batch still changes nothing.
    if (!cancelled && error.isEmpty() && outcome.error.isEmpty() && progress && !progress(total, total))
        cancelled = true;
    summary.rowsRead = outcome.rowsRead;
    summary.rejected = rejects.count();
    summary.firstRejects = rejects.takeFirst();
    if (cancelled) {
        writer.rollback();
        rejects.discard();
        summary.cancelled = true;
        summary.accepted = 0;
        return fail(tr("%1: import cancelled; nothing was changed").arg(path));
    }
    if (error.isEmpty() && !outcome.error.isEmpty())
        error = outcome.error;
    if (!error.isEmpty()) {
        writer.rollback();
        rejects.discard();
        summary.accepted = 0;
        return fail(tr("%1: %2; nothing was imported").arg(path, error));
    }
    if (!rejects.finish(&summary.rejectReportPath, &error)) {
        writer.rollback();
        summary.accepted = 0;
        return fail(tr("%1: cannot write the reject report: %2").arg(options.rejectReportPath, error));
    }

    summary.sha256 = QString::fromLatin1(sha.result().toHex());
    record.sha256 = summary.sha256;
    record.rowsRead = summary.rowsRead;
    record.accepted = summary.accepted;
    record.rejected = summary.rejected;
    record.rejectReportPath = summary.rejectReportPath;
    // The user's corrections are saved inside the import's transaction: next month's export with the
    // same header maps the same way without being told.
    if (!options.mappingJson.isEmpty())
        m_store.saveMappingProfile(header.signature, fileName, options.mappingJson);
    qCDebug(lcImport) << "load" << phase.restart() << "ms, writer waited for the parser" << waitedNs / 1000000
                      << "ms";
    if (!writer.commit(&record, &error)) {
        if (!summary.rejectReportPath.isEmpty())
            QFile::remove(summary.rejectReportPath); // it would describe an import that did not happen
        summary.rejectReportPath.clear();
        summary.accepted = 0;
        return fail(tr("%1: cannot write to the database: %2; nothing was imported").arg(path, error));
    }
    qCDebug(lcImport) << "commit" << phase.elapsed() << "ms";
    summary.inserted = record.inserted;
    summary.updated = record.updated;
    summary.unchanged = record.unchanged;
    summary.older = record.older;
    summary.ok = true;
    return summary;
}

} // namespace caseload
