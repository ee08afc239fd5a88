#include "XlsxReader.h"

#include "XlsxSharedStrings.h"
#include "XlsxWorkbook.h"
#include "XlsxText.h"
#include "XlsxXml.h"
#include "ZipArchive.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include "XmlFragmentReader.h"

#include <expat.h>
#include <pugixml.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace caseload {

using namespace xlsx;

namespace {

// A fixed pool of items handed from a producer thread to a consumer and back, so that both run at
// once while memory stays bounded: the producer fills free items, the consumer takes them in order
// and gives them back. stop() makes the producer's acquire() return null, for a consumer that
// leaves early.
template<typename T> class Pipe
{
public:
    explicit Pipe(size_t depth)
        : m_pool(depth)
    {
        for (T &item : m_pool)
            m_free.push_back(&item);
    }

    /// Producer: an item to fill, null once stopped.
    T *acquire()
    {
        std::unique_lock lock(m_mutex);
        m_freed.wait(lock, [&] { return !m_free.empty() || m_stopped.load(); });
        if (m_stopped.load())
            return nullptr;
        T *item = m_free.front();
        m_free.pop_front();
        return item;
    }
    /// Producer: hands a filled item over.
    void publish(T *item)
    {
        {
            std::lock_guard lock(m_mutex);
            m_filled.push_back(item);
        }
        m_published.notify_one();
    }
    /// Consumer: the next filled item, waiting for it. The producer always ends with an item that
    /// says so, so this never waits for good.
    T *take()
    {
        std::unique_lock lock(m_mutex);
        m_published.wait(lock, [&] { return !m_filled.empty(); });
        T *item = m_filled.front();
        m_filled.pop_front();
        return item;
    }
    /// Consumer: gives an item back once done with it.
    void release(T *item)
    {
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(item);
        }
        m_freed.notify_one();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped.store(true);
        }
        m_freed.notify_all();
    }
    bool stopped() const { return m_stopped.load(); }

private:
    std::vector<T> m_pool; // never resized: items stay where they are
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::condition_variable m_published;
    std::deque<T *> m_free;
    std::deque<T *> m_filled;
    std::atomic<bool> m_stopped {false};
};

struct Merge
{
    qint64 firstRow = 0;
    qint64 lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
    QString value; // the top-left cell's text, once its row has been read
};

bool parseRange(QStringView ref, Merge *merge)
{
    const qsizetype colon = ref.indexOf(u':');
    if (colon < 0)
        return false;
    return parseCellReference(ref.first(colon), &merge->firstColumn, &merge->firstRow)
        && parseCellReference(ref.sliced(colon + 1), &merge->lastColumn, &merge->lastRow)
        && merge->firstRow > 0 && merge->lastRow >= merge->firstRow
        && merge->lastColumn >= merge->firstColumn;
}

// The merged ranges of a sheet come after its rows, so before the first row is read the sheet is
// inflated once and its raw bytes searched for <mergeCell ref="..."/>, without parsing the rows.
bool scanMerges(const Workbook &book, const QString &part, qsizetype chunkSize, std::vector<Merge> *merges,
    QString *error)
{
    std::unique_ptr<ZipArchive::Entry> entry = book.zip->openEntry(part, error);
    if (!entry)
        return false;
    static const char needle[] = "mergeCell";
    const qsizetype needleSize = qsizetype(sizeof needle) - 1;
    // Kept from the end of each chunk so that a tag cut by the chunk boundary, namespace prefix
    // included, is found in the next round.
    const qsizetype tail = needleSize + 64;
    chunkSize = std::max<qsizetype>(1, chunkSize);
    QByteArray buffer;
    qsizetype carry = 0;
    for (;;) {
        buffer.resize(carry + chunkSize);
        const qint64 n = entry->read(buffer.data() + carry, chunkSize);
        if (n < 0) {
            *error = entry->errorString();
            return false;
        }
        const qsizetype size = carry + qsizetype(n);
        const char *data = buffer.constData();
        qsizetype handled = 0; // end of the last tag parsed: never scanned again
        qsizetype unfinished = -1; // start of a tag that continues in the next chunk
        qsizetype pos = 0;
        while (pos < size) {
            const void *hit = memmem(data + pos, size_t(size - pos), needle, size_t(needleSize));
            if (!hit)
                break;
            const qsizetype at = static_cast<const char *>(hit) - data;
            pos = at + needleSize;
            // "<mergeCell " or "<x:mergeCell ", not "<mergeCells" nor the word inside some text.
            qsizetype open = at - 1;
            while (open >= 0 && (std::isalnum(static_cast<unsigned char>(data[open])) || data[open] == ':'))
                --open;
            if (open < 0 || data[open] != '<' || (open != at - 1 && data[at - 1] != ':'))
                continue;
            if (pos == size) {
                unfinished = open;
                break;
            }
            if (data[pos] != ' ' && data[pos] != '\t' && data[pos] != '\r' && data[pos] != '\n')
                continue;
            const void *close = std::memchr(data + pos, '>', size_t(size - pos));
            if (!close) {
                unfinished = open;
                break;
            }
            const qsizetype end = static_cast<const char *>(close) - data;
            const QByteArrayView tag(data + pos, end - pos);
            const qsizetype refAt = tag.indexOf(QByteArrayView("ref="));
            if (refAt >= 0 && refAt + 5 < tag.size()) {
                const char quote = tag[refAt + 4];
                const qsizetype valueEnd = tag.indexOf(QByteArrayView(&quote, 1), refAt + 5);
                Merge merge;
                if (valueEnd > 0
                    && parseRange(QString::fromLatin1(tag.sliced(refAt + 5, valueEnd - refAt - 5)), &merge))
                    merges->push_back(merge);
            }
            pos = handled = end + 1;
        }
        if (n == 0)
            break;
        const qsizetype keepFrom = unfinished >= 0 ? unfinished : std::max(handled, size - tail);
        carry = size - std::max<qsizetype>(0, keepFrom);
        std::memmove(buffer.data(), data + (size - carry), size_t(carry));
    }
    std::stable_sort(merges->begin(), merges->end(),
        [](const Merge &a, const Merge &b) { return a.firstRow < b.firstRow; });
    return true;
}

constexpr char16_t TrueText[] = u"TRUE";
constexpr char16_t FalseText[] = u"FALSE";

// A cell as the parsing thread leaves it: where it is and its type, with its text (the <v> or the
// inline string) as expat handed it over, in UTF-8. next() makes the field from it.
struct RawCell
{
    int column = 0;
    CellType type = CellType::Number;
    DateKind dateKind = DateKind::None;
    qsizetype start = 0; // in the batch's bytes
    qsizetype length = 0;
};

struct BatchRow
{
    qint64 number = 0; // the row number in the sheet
    qsizetype firstCell = 0; // the row's cells are cells[firstCell, firstCell + cellCount), in file order
    qsizetype cellCount = 0;
    qsizetype byteCount = 0; // of the cells' text
};

// Rows parsed on the parsing thread, handed to the reader's caller in one go. Batches are reused:
// their buffers keep their capacity.
struct RowBatch
{
    enum class Ending : quint8 { None, SheetDone, Error };

    std::string bytes;
    std::vector<RawCell> cells;
    std::vector<BatchRow> rows;
    qint64 progress = 0; // bytes of the sheet's XML parsed when the batch was handed over
    Ending ending = Ending::None; // what follows the rows: more batches, the end, or an error
    QString error;
    qint64 errorRow = 0; // the row being read when the error came, 0 between rows

    void clear()
    {
        bytes.clear();
        cells.clear();
        rows.clear();
        ending = Ending::None;
        error.clear();
        errorRow = 0;
    }
};

// Parses a sheet on its own thread into batches of rows: the reader's caller takes them from
// `batches` while the next ones are parsed. Only what parsing must do happens here (where a cell
// is, its type, its raw text): the rest of the work on a cell is done by next(), on the caller's
// thread, so that this one does as little as it can. The rows come from expat's events or
// pugixml's fragments (see XmlFragmentReader); both give the same cells.
class SheetProducer : public XmlFragmentReader::Handler
{
public:
    static constexpr size_t Depth = 4;

    SheetProducer(std::shared_ptr<const Workbook> book, const QString &part,
        std::unique_ptr<ZipArchive::Entry> entry, const XlsxReader::Options &options, const QString &sheetName)
        : batches(Depth)
        , m_book(std::move(book))
        , m_reader(this, m_book->path, part, std::move(entry), "sheetData", "row", options.chunkSize)
        , m_batchRows(size_t(std::max(1, options.batchRows)))
        , m_sheetName(sheetName)
    {
        m_reader.setFragmentsAllowed(options.fragments);
    }

    /// The thread's work: parse until the end of the rows, an error, or stop().
    void run()
    {
        m_batch = batches.acquire();
        if (!m_batch)
            return;
        m_batch->clear();
        const XmlFragmentReader::Result result = m_reader.read(&m_giveUp);
        if (!m_batch)
            return; // the reader is gone or going: nobody takes what is left
        if (m_failed) {
            // A bad cell stopped the parser; the message is in the batch.
        } else if (m_sheetDone || result == XmlFragmentReader::Result::Finished) {
            m_batch->ending = RowBatch::Ending::SheetDone;
        } else if (result == XmlFragmentReader::Result::Stopped) {
            return; // stop() was called: as above
        } else {
            QString detail;
            if (result == XmlFragmentReader::Result::ReadError)
                detail = m_reader.errorDetail();
            else if (result == XmlFragmentReader::Result::Truncated)
                detail = QCoreApplication::translate("XlsxReader", "the sheet's XML ends early (truncated)");
            else
                detail = QCoreApplication::translate("XlsxReader", "the sheet's XML is corrupt: %1")
                             .arg(m_reader.errorDetail());
            const qint64 row = m_pendingRow > 0 ? m_pendingRow : m_lastRow + 1;
            setError(QCoreApplication::translate("XlsxReader", "sheet %1, row %2: %3")
                         .arg(m_sheetName, QString::number(row), detail));
        }
        m_batch->progress = m_reader.position();
        batches.publish(m_batch);
    }

    /// Stops the thread soon (at the next row or chunk) when the reader goes away.
    void stop()
    {
        batches.stop();
        m_giveUp.store(true);
    }

    Pipe<RowBatch> batches;

    void startElement(const XML_Char *name, const XML_Char **attributes) override
    {
        switch (m_state) {
        case State::BetweenRows:
            if (elementOf(name) == Element::Row)
                beginRow(attributeValue(attributes, "r"));
            break;
        case State::InRow:
            if (elementOf(name) == Element::C) {
                const XML_Char *reference = nullptr;
                const XML_Char *style = nullptr;
                const XML_Char *type = nullptr;
                for (int i = 0; attributes[i]; i += 2)
                    cellAttribute(attributes[i], attributes[i + 1], &reference, &style, &type);
                beginCell(reference, style, type);
            }
            break;
        case State::InCell:
            switch (elementOf(name)) {
            case Element::V:
                m_capture = m_cell.type != CellType::Inline;
                break;
            case Element::T:
                m_capture = m_inInline && m_phonetic == 0;
                break;
            case Element::Is:
                m_inInline = true;
                break;
            case Element::RPh:
                ++m_phonetic;
                break;
            default:
                break;
            }
            break;
        }
    }

    void endElement(const XML_Char *name) override
    {
        switch (m_state) {
        case State::BetweenRows:
            if (elementOf(name) == Element::SheetData) {
                // What follows the rows (merges, page setup) is not read again.
                m_sheetDone = true;
                stopParser();
            }
            break;
        case State::InRow:
            if (elementOf(name) == Element::Row)
                endRow();
            break;
        case State::InCell:
            switch (elementOf(name)) {
            case Element::C:
                endCell();
                break;
            case Element::V:
            case Element::T:
                m_capture = false;
                break;
            case Element::Is:
                m_inInline = false;
                break;
            case Element::RPh:
                --m_phonetic;
                break;
            default:
                break;
            }
            break;
        }
    }

    void characters(const XML_Char *data, int length) override
    {
        if (m_capture)
            m_batch->bytes.append(data, size_t(length));
    }

    bool fragment(const pugi::xml_node &fragment) override
    {
        // The fragment's rows stay in the batch until its end (the batch may grow past batchRows):
        // a fragment expat must read instead is taken back out.
        const Mark mark {m_batch->rows.size(), m_batch->cells.size(), m_batch->bytes.size(), m_lastRow};
        m_inFragment = true;
        const bool ok = walk(fragment);
        m_inFragment = false;
        if (!ok) {
            m_batch->rows.resize(mark.rows);
            m_batch->cells.resize(mark.cells);
            m_batch->bytes.resize(mark.bytes);
            m_lastRow = mark.lastRow;
            m_pendingRow = 0;
            m_state = State::BetweenRows;
            return false;
        }
        if (!m_failed && !m_stopped && m_batch->rows.size() >= m_batchRows)
            publishBatch();
        return true;
    }

private:
    enum class State : quint8 { BetweenRows, InRow, InCell };

    struct Mark
    {
        size_t rows;
        size_t cells;
        size_t bytes;
        qint64 lastRow;
    };

    bool walk(const pugi::xml_node &fragment)
    {
        for (pugi::xml_node row = fragment.first_child(); row; row = row.next_sibling()) {
            if (row.type() != pugi::node_element || elementOf(row.name()) != Element::Row)
                continue;
            const char *number = nullptr;
            for (pugi::xml_attribute a = row.first_attribute(); a; a = a.next_attribute()) {
                const char *name = a.name();
                const char *value = a.value();
                if (!plainValue(value))
                    return false;
                if (name[0] == 'r' && name[1] == 0)
                    number = value;
            }
            beginRow(number);
            for (pugi::xml_node cell = row.first_child(); cell; cell = cell.next_sibling()) {
                if (cell.type() != pugi::node_element || elementOf(cell.name()) != Element::C)
                    continue;
                const char *reference = nullptr;
                const char *style = nullptr;
                const char *type = nullptr;
                for (pugi::xml_attribute a = cell.first_attribute(); a; a = a.next_attribute()) {
                    const char *value = a.value();
                    if (!plainValue(value))
                        return false;
                    cellAttribute(a.name(), value, &reference, &style, &type);
                }
                beginCell(reference, style, type);
                if (m_failed)
                    return true; // a bad cell: the error is in the batch, after the rows before it
                if (!captureCellText(cell, false, 0))
                    return false;
                endCell();
            }
            endRow();
            if (m_stopped)
                return true;
        }
        return true;
    }

    static void cellAttribute(
        const char *name, const char *value, const char **reference, const char **style, const char **type)
    {
        if (name[0] == 0 || name[1] != 0)
            return;
        switch (name[0]) {
        case 'r':
            *reference = value;
            break;
        case 's':
            *style = value;
            break;
        case 't':
            *type = value;
            break;
        default:
            break;
        }
    }

    // The text expat's events would capture from a cell's elements: <v> unless the cell is an
    // inline string, <t> inside <is> but not in phonetic runs. False for a malformed reference.
    bool captureCellText(const pugi::xml_node &node, bool inInline, int phonetic)
    {
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element)
                continue;
            bool ok = true;
            switch (elementOf(child.name())) {
            case Element::V:
                if (m_cell.type != CellType::Inline)
                    ok = appendText(child, &m_batch->bytes);
                break;
            case Element::T:
                if (inInline && phonetic == 0)
                    ok = appendText(child, &m_batch->bytes);
                break;
            case Element::Is:
                ok = captureCellText(child, true, phonetic);
                break;
            case Element::RPh:
                ok = captureCellText(child, inInline, phonetic + 1);
                break;
            default:
                ok = captureCellText(child, inInline, phonetic);
                break;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    void stopParser()
    {
        m_stopped = true;
        m_capture = false;
        m_reader.stop();
    }

    void setError(const QString &message)
    {
        m_batch->ending = RowBatch::Ending::Error;
        m_batch->error = message;
        m_batch->errorRow = m_pendingRow;
    }

    void fail(const QString &message)
    {
        // The row being read is dropped: only whole rows reach the batch.
        m_batch->cells.resize(size_t(m_rowFirstCell));
        setError(message);
        m_failed = true;
        stopParser();
    }

    void beginRow(const char *r)
    {
        qint64 number = 0;
        if (r && *r)
            number = parseIndex(r, lengthOf(r));
        m_pendingRow = number > 0 ? number : m_lastRow + 1;
        m_rowFirstCell = qsizetype(m_batch->cells.size());
        m_rowFirstByte = qsizetype(m_batch->bytes.size());
        m_cell.column = -1;
        m_state = State::InRow;
    }

    void endRow()
    {
        const qsizetype cells = qsizetype(m_batch->cells.size()) - m_rowFirstCell;
        const qsizetype bytes = qsizetype(m_batch->bytes.size()) - m_rowFirstByte;
        m_batch->rows.push_back({m_pendingRow, m_rowFirstCell, cells, bytes});
        m_lastRow = m_pendingRow;
        m_pendingRow = 0;
        m_state = State::BetweenRows;
        if (m_batch->rows.size() >= m_batchRows && !m_inFragment)
            publishBatch();
    }

    void publishBatch()
    {
        m_batch->progress = m_reader.position();
        batches.publish(m_batch);
        m_batch = batches.acquire();
        if (m_batch)
            m_batch->clear();
        else
            stopParser();
    }

    static CellType typeOf(const char *t)
    {
        switch (t[0]) {
        case 's':
            if (t[1] == 0)
                return CellType::Shared;
            return std::strcmp(t + 1, "tr") == 0 ? CellType::FormulaString : CellType::Number;
        case 'i':
            return std::strcmp(t + 1, "nlineStr") == 0 ? CellType::Inline : CellType::Number;
        case 'b':
            return t[1] == 0 ? CellType::Boolean : CellType::Number;
        case 'e':
            return t[1] == 0 ? CellType::Error : CellType::Number;
        case 'd':
            return t[1] == 0 ? CellType::IsoDate : CellType::Number;
        default:
            return CellType::Number;
        }
    }

    // A <c> element's attributes r, s and t (each null when absent).
    void beginCell(const char *reference, const char *style, const char *type)
    {
        RawCell &cell = m_cell;
        cell.type = type ? typeOf(type) : CellType::Number;
        cell.dateKind = DateKind::None;
        if (!reference || !*reference) {
            ++cell.column;
        } else {
            qint64 row = 0;
            if (!parseCellReference(reference, lengthOf(reference), &cell.column, &row)) {
                fail(QCoreApplication::translate("XlsxReader", "sheet %1, row %2: invalid cell reference %3")
                         .arg(m_sheetName, QString::number(m_pendingRow), QString::fromUtf8(reference)));
                return;
            }
        }
        if (cell.column >= MaxColumns) {
            fail(QCoreApplication::translate("XlsxReader", "sheet %1, row %2: more than %3 columns")
                     .arg(m_sheetName, QString::number(m_pendingRow), QString::number(MaxColumns)));
            return;
        }
        if (cell.type == CellType::Number && style && *style) {
            const qint64 index = parseIndex(style, lengthOf(style));
            if (index >= 0 && size_t(index) < m_book->styleKinds.size())
                cell.dateKind = m_book->styleKinds[size_t(index)];
        }
        cell.start = qsizetype(m_batch->bytes.size());
        m_capture = false;
        m_inInline = false;
        m_phonetic = 0;
        m_state = State::InCell;
    }

    void endCell()
    {
        m_state = State::InRow;
        m_cell.length = qsizetype(m_batch->bytes.size()) - m_cell.start;
        m_batch->cells.push_back(m_cell);
    }

    std::shared_ptr<const Workbook> m_book;
    XmlFragmentReader m_reader;
    size_t m_batchRows;
    QString m_sheetName;
    std::atomic<bool> m_giveUp {false};

    RowBatch *m_batch = nullptr;
    bool m_inFragment = false; // rows are added from a fragment: the batch is handed over at its end
    bool m_stopped = false; // the parser was told to stop
    bool m_failed = false;
    bool m_sheetDone = false;
    State m_state = State::BetweenRows;
    qint64 m_pendingRow = 0; // the row being read
    qint64 m_lastRow = 0; // the last <row> read, for rows without r
    qsizetype m_rowFirstCell = 0;
    qsizetype m_rowFirstByte = 0;

    RawCell m_cell; // the cell being read (its column: for cells without r, the previous one's)
    bool m_capture = false;
    bool m_inInline = false;
    int m_phonetic = 0;
};

} // namespace

struct XlsxReader::Private
{
    std::shared_ptr<Workbook> book;
    int sheetIndex = -1;
    QString sheetName;
    QString prefix; // "Sheet1!" or "'My Sheet'!"
    qint64 total = 0;

    std::vector<Merge> merges; // sorted by first row
    size_t nextMerge = 0;
    std::vector<Merge *> active; // merges that started on or above the current row
    int mergedBelow = 0;

    std::unique_ptr<SheetProducer> producer;
    std::thread thread;
    RowBatch *batch = nullptr; // the batch rows are taken from
    size_t nextRow = 0; // in `batch`
    const BatchRow *row = nullptr; // the row at pendingRow
    qint64 progress = 0;

    bool sheetDone = false; // the producer has handed over every row
    bool errorAhead = false; // the producer stopped on an error, after the rows before it
    QString errorAheadText;
    qint64 errorRow = 0; // the row the error is on, 0 when between rows
    bool finished = false;
    qint64 position = 0; // the last row number handled (read, skipped as blank, or made from merges)
    qint64 pendingRow = 0; // the next row from the file, not handled yet
    qint64 line = 0;
    qint64 records = 0;
    QString error;

    TextBuffer rowText; // the current row's text in UTF-16, where it is not a shared string
    std::vector<QStringView> cells; // the current row by column
    QList<QStringView> fields;

    ~Private() { stopProducer(); }

    bool start(const std::shared_ptr<Workbook> &workbook, int index, bool withMerges,
        const XlsxReader::Options &options, QString *openError);
    /// The sheet open() takes by default (see XlsxReader::defaultSheet()); -1 with `error` set.
    static int firstSheetWithData(
        const std::shared_ptr<Workbook> &book, const XlsxReader::Options &options, QString *error);
    void stopProducer()
    {
        if (!thread.joinable())
            return;
        producer->stop();
        thread.join();
    }
    bool next();
    void fetchRow();
    bool convertRow(const BatchRow &row);
    bool emitMergedGapRow();
    void applyMerges(qint64 row);
    bool finishRow();
    bool fail(const QString &message);
    QString cellReference(int column, qint64 row) const { return cellReferenceText(prefix, column, row); }
    void setCell(int column, QStringView text)
    {
        if (size_t(column) >= cells.size())
            cells.resize(size_t(column) + 1);
        cells[size_t(column)] = text;
    }
};

bool XlsxReader::Private::start(const std::shared_ptr<Workbook> &workbook, int index, bool withMerges,
    const XlsxReader::Options &options, QString *openError)
{
    book = workbook;
    sheetIndex = index;
    const SheetEntry &sheet = book->sheets.at(index);
    sheetName = sheet.name;
    prefix = referencePrefix(sheet.name);
    if (sheet.part.isEmpty() || !book->zip->contains(sheet.part)) {
        *openError = QCoreApplication::translate(
            "XlsxReader", "%1: the workbook is corrupt: sheet %2 has no data part")
                         .arg(book->path, sheet.name);
        return false;
    }
    if (withMerges && sheet.worksheet) {
        QString scanError;
        if (!scanMerges(*book, sheet.part, options.chunkSize, &merges, &scanError)) {
            *openError
                = QCoreApplication::translate("XlsxReader", "%1 (sheet %2)").arg(scanError, sheet.name);
            return false;
        }
    }
    std::unique_ptr<ZipArchive::Entry> entry = book->zip->openEntry(sheet.part, openError);
    if (!entry)
        return false;
    total = entry->size();
    if (!sheet.worksheet) {
        sheetDone = true; // a chart or dialog sheet holds no cells
        return true;
    }
    producer = std::make_unique<SheetProducer>(book, sheet.part, std::move(entry), options, sheetName);
    thread = std::thread([p = producer.get()] { p->run(); });
    return true;
}

bool XlsxReader::Private::fail(const QString &message)
{
    error = message;
    finished = true;
    fields.clear();
    stopProducer();
    return false;
}

// The next row of the file into `row` and pendingRow, or the end of the rows, or the error after
// them.
void XlsxReader::Private::fetchRow()
{
    for (;;) {
        if (batch) {
            if (nextRow < batch->rows.size()) {
                row = &batch->rows[nextRow++];
                pendingRow = row->number;
                return;
            }
            if (batch->ending == RowBatch::Ending::SheetDone) {
                sheetDone = true;
                return;
            }
            if (batch->ending == RowBatch::Ending::Error) {
                errorAhead = true;
                errorAheadText = batch->error;
                errorRow = batch->errorRow;
                return;
            }
            producer->batches.release(batch);
        }
        batch = producer->batches.take();
        nextRow = 0;
        progress = std::max(progress, qint64(batch->progress));
    }
}

// The row's cells as fields into `cells`: shared strings looked up, date serials formatted, text
// decoded from UTF-8 into rowText (sized first, so the views stay put). False, with the reader
// failed, when a shared string does not exist.
bool XlsxReader::Private::convertRow(const BatchRow &row)
{
    cells.clear();
    rowText.size = 0;
    // Each cell gives at most as many UTF-16 units as it has UTF-8 bytes, or a formatted date.
    char16_t *out = rowText.room(row.byteCount + 32 * row.cellCount);
    const char *bytes = batch->bytes.data();
    const RawCell *raw = batch->cells.data() + row.firstCell;
    for (qsizetype i = 0; i < row.cellCount; ++i) {
        const RawCell &cell = raw[i];
        const char *text = bytes + cell.start;
        const qsizetype size = cell.length;
        switch (cell.type) {
        case CellType::Shared: {
            const qint64 index = parseIndex(text, size);
            QStringView value;
            if (!book->strings.lookup(index, &value)) {
                const QString loadError = book->strings.waitForEnd();
                return fail(!loadError.isEmpty()
                        ? loadError
                        : QCoreApplication::translate("XlsxReader", "%1: the shared string %2 does not exist")
                              .arg(cellReference(cell.column, row.number), QString::fromUtf8(text, size)));
            }
            if (!value.isEmpty())
                setCell(cell.column, value);
            continue;
        }
        case CellType::Boolean:
            if (size == 1 && (text[0] == '1' || text[0] == '0')) {
                setCell(cell.column, text[0] == '1' ? QStringView(TrueText) : QStringView(FalseText));
                continue;
            }
            break;
        case CellType::Number:
            if (cell.dateKind != DateKind::None && size > 0) {
                // Dates without a time are whole numbers: those need no floating-point parser.
                const qint64 whole = parseIndex(text, text + size);
                bool ok = whole >= 0;
                const double serial = ok ? double(whole) : QByteArrayView(text, size).toDouble(&ok);
                const int length = ok ? formatSerial(serial, book->date1904, cell.dateKind, out) : 0;
                if (length > 0) {
                    setCell(cell.column, QStringView(out, length));
                    out += length;
                    continue;
                }
            }
            break;
        case CellType::IsoDate: {
            const QString formatted = formatIsoDate(QString::fromUtf8(text, size));
            if (!formatted.isEmpty()) {
                std::copy_n(formatted.utf16(), formatted.size(), out);
                setCell(cell.column, QStringView(out, formatted.size()));
                out += formatted.size();
                continue;
            }
            break;
        }
        case CellType::Inline:
        case CellType::FormulaString:
        case CellType::Error:
            break;
        }
        // The text as written.
        qsizetype length = utf8ToUtf16(text, size, out);
        if ((cell.type == CellType::Inline || cell.type == CellType::FormulaString)
            && QByteArrayView(text, size).contains(QByteArrayView("_x")))
            length = decodeEscapes(out, length);
        if (length > 0) {
            setCell(cell.column, QStringView(out, length));
            out += length;
        } else if (size_t(cell.column) < cells.size()) {
            cells[size_t(cell.column)] = QStringView();
        }
    }
    return true;
}

bool XlsxReader::Private::next()
{
    if (finished)
        return false;
    for (;;) {
        if (pendingRow == 0 && !sheetDone && !errorAhead)
            fetchRow();
        // An error between rows comes before any row made from merges, as the rows after it are
        // unknown.
        if (errorAhead && errorRow == 0)
            return fail(errorAheadText);
        if (emitMergedGapRow())
            return true;
        if (sheetDone) {
            // A shared strings part found corrupt after the last string this sheet needed.
            const QString loadError = book->strings.waitForEnd();
            if (!loadError.isEmpty())
                return fail(loadError);
            finished = true;
            fields.clear();
            stopProducer();
            return false;
        }
        if (errorAhead)
            return fail(errorAheadText);
        line = position = pendingRow;
        pendingRow = 0;
        if (!convertRow(*row))
            return false;
        applyMerges(line);
        if (finishRow())
            return true;
    }
}

// A row covered by a merged range whose top-left cell has a value, but absent from the file (Excel
// writes no <row> for it when it has nothing else): produce it from the merges alone.
bool XlsxReader::Private::emitMergedGapRow()
{
    const qint64 row = position + 1;
    const qint64 nextInFile = errorAhead ? errorRow : pendingRow;
    if (!sheetDone && row >= nextInFile)
        return false;
    const bool covered = std::any_of(active.begin(), active.end(),
        [row](const Merge *merge) { return merge->lastRow >= row && !merge->value.isEmpty(); });
    if (!covered)
        return false;
    cells.clear();
    line = position = row;
    applyMerges(row);
    return finishRow();
}

void XlsxReader::Private::applyMerges(qint64 row)
{
    mergedBelow = 0;
    while (nextMerge < merges.size() && merges[nextMerge].firstRow <= row)
        active.push_back(&merges[nextMerge++]);
    if (active.empty())
        return;
    active.erase(std::remove_if(active.begin(), active.end(),
                     [row](const Merge *merge) { return merge->lastRow < row; }),
        active.end());
    for (Merge *merge : active) {
        const bool top = merge->firstRow == row;
        if (top) {
            merge->value = size_t(merge->firstColumn) < cells.size()
                ? cells[size_t(merge->firstColumn)].toString()
                : QString();
            mergedBelow = int(std::max<qint64>(mergedBelow, merge->lastRow - merge->firstRow));
        }
        for (int column = merge->firstColumn + (top ? 1 : 0); column <= merge->lastColumn; ++column)
            setCell(column, merge->value);
    }
}

// Turns the cells into fields(); false for a row without any non-empty cell.
bool XlsxReader::Private::finishRow()
{
    qsizetype last = qsizetype(cells.size()) - 1;
    while (last >= 0 && cells[size_t(last)].isEmpty())
        --last;
    if (last < 0)
        return false;
    fields.resize(last + 1);
    std::copy_n(cells.begin(), last + 1, fields.begin());
    ++records;
    return true;
}

XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{ }

XlsxReader::~XlsxReader() = default;

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const QString &sheet, QString *error)
{
    return open(path, sheet, error, Options());
}

int XlsxReader::Private::firstSheetWithData(
    const std::shared_ptr<Workbook> &book, const XlsxReader::Options &options, QString *error)
{
    // Visible sheets first: a hidden one often holds lookup lists, not the export.
    for (const bool hidden : {false, true}) {
        for (int i = 0; i < book->sheets.size(); ++i) {
            const SheetEntry &entry = book->sheets.at(i);
            if (entry.hidden != hidden || !entry.worksheet || entry.part.isEmpty())
                continue;
            XlsxReader probe;
            if (!probe.d->start(book, i, false, options, error))
                return -1;
            if (probe.next())
                return i;
            if (probe.hasError()) {
                // A part that cannot be read names the file already.
                const QString reason = probe.errorString();
                *error = reason.startsWith(book->path + u':')
                    ? reason
                    : QCoreApplication::translate("XlsxReader", "%1: %2").arg(book->path, reason);
                return -1;
            }
        }
    }
    *error = book->sheets.isEmpty()
        ? QCoreApplication::translate("XlsxReader", "%1: the workbook has no sheets").arg(book->path)
        : QCoreApplication::translate("XlsxReader", "%1: every sheet of the workbook is empty").arg(book->path);
    return -1;
}

QString XlsxReader::defaultSheet(const QString &path, QString *error)
{
    auto book = std::make_shared<Workbook>();
    const Options options;
    if (!loadWorkbook(path, book.get(), error) || !loadStyles(book.get(), error)
        || !startSharedStrings(book.get(), options, error))
        return {};
    const int index = Private::firstSheetWithData(book, options, error);
    return index < 0 ? QString() : book->sheets.at(index).name;
}

std::unique_ptr<XlsxReader> XlsxReader::open(
    const QString &path, const QString &sheet, QString *error, const Options &options)
{
    auto book = std::make_shared<Workbook>();
    if (!loadWorkbook(path, book.get(), error) || !loadStyles(book.get(), error)
        || !startSharedStrings(book.get(), options, error))
        return nullptr;

    int index = -1;
    if (!sheet.isEmpty()) {
        // Excel's sheet names are unique regardless of case.
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (int i = 0; i < book->sheets.size() && index < 0; ++i) {
                if (book->sheets.at(i).name.compare(sheet, cs) == 0)
                    index = i;
            }
        }
        if (index < 0) {
            QStringList names;
            for (const SheetEntry &entry : std::as_const(book->sheets))
                names.append(entry.name);
            *error = QCoreApplication::translate(
                "XlsxReader", "%1: the workbook has no sheet named %2; its sheets are: %3")
                         .arg(path, sheet, names.join(QStringLiteral(", ")));
            return nullptr;
        }
    } else {
        index = Private::firstSheetWithData(book, options, error);
        if (index < 0)
            return nullptr;
    }
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    if (!reader->d->start(book, index, true, options, error))
        return nullptr;
    return reader;
}

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    Workbook book;
    if (!loadWorkbook(path, &book, error))
        return {};
    QStringList names;
    for (const SheetEntry &entry : std::as_const(book.sheets))
        names.append(entry.name);
    return names;
}

bool XlsxReader::isDateFormat(QStringView formatCode)
{
    return classifyFormatCode(formatCode) != DateKind::None;
}

QString XlsxReader::sheetName() const
{
    return d->sheetName;
}

bool XlsxReader::next()
{
    return d->next();
}

const QList<QStringView> &XlsxReader::fields() const
{
    return d->fields;
}

qint64 XlsxReader::line() const
{
    return d->line;
}

qint64 XlsxReader::recordCount() const
{
    return d->records;
}

qint64 XlsxReader::progressDone() const
{
    return d->finished && d->error.isEmpty() ? d->total : std::min(d->progress, d->total);
}

qint64 XlsxReader::progressTotal() const
{
    return d->total;
}

bool XlsxReader::hasError() const
{
    return !d->error.isEmpty();
}

QString XlsxReader::errorString() const
{
    return d->error;
}

QString XlsxReader::cellReference(int column) const
{
    return d->cellReference(column, d->line);
}

int XlsxReader::mergedRowsBelow() const
{
    return d->mergedBelow;
}

QString XlsxReader::sourceDescription() const
{
    return QStringLiteral("xlsx, sheet %1").arg(d->sheetName);
}

qsizetype XlsxReader::mergedRangeCount() const
{
    return qsizetype(d->merges.size());
}

} // namespace caseload
