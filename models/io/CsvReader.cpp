#include "CsvReader.h"

#include "Sha256.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <vector>

namespace caseload {

namespace {

// How much of the file detectEncoding() sees in Auto mode.
constexpr qsizetype DetectionSampleBytes = qsizetype(4) << 20;

enum class State {
    RecordStart, // nothing of the record seen yet: a line end here is a blank line
    FieldStart, // a field begins: a quote here opens a quoted field
    Unquoted,
    Quoted,
    QuoteInQuoted, // a quote inside a quoted field: closes it, or is the first of a doubled pair
};

// Constructs the decoder in place: an ICU-backed QStringDecoder must not be moved once constructed,
// since ICU's error callback keeps the address of the decoder's state (moving it loses the errors).
void createDecoder(std::optional<QStringDecoder> &decoder, TextEncoding encoding)
{
    // Invalid input turns into U+0000 rather than U+FFFD: real files contain U+FFFD (left by an
    // earlier bad conversion), and the reader must find the first invalid character to name its
    // line. The BOM has been skipped already, so a later U+FEFF is data and must stay.
    const QStringConverter::Flags flags
        = QStringConverter::Flag::ConvertInvalidToNull | QStringConverter::Flag::ConvertInitialBom;
    switch (encoding) {
    case TextEncoding::Gb18030:
        // QStringConverter::encodingForName() does not know GB18030; the ICU-backed name lookup does.
        decoder.emplace("GB18030", flags);
        return;
    case TextEncoding::Utf16LE:
        decoder.emplace(QStringConverter::Utf16LE, flags);
        return;
    case TextEncoding::Utf16BE:
        decoder.emplace(QStringConverter::Utf16BE, flags);
        return;
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    decoder.emplace(QStringConverter::Utf8, flags);
}

} // namespace

struct CsvReader::Private
{
    QIODevice *device = nullptr;
    CsvReader::Options options;
    TextEncoding encoding = TextEncoding::Auto;
    std::optional<QStringDecoder> decoder;
    bool started = false;
    bool finished = false;

    // Raw input: first the bytes read ahead for detection (head), then chunks read into raw.
    QByteArray head;
    qsizetype headPos = 0;
    QByteArray raw;
    bool deviceAtEnd = false;
    qint64 bytesRead = 0;
    qint64 bytesDecoded = 0;

    // Decoded text of the current chunk; [pos, limit) is still to be scanned. limit stops short of
    // textLength when the chunk holds an invalid character (at invalidAt).
    std::vector<char16_t> text;
    qsizetype textLength = 0;
    qsizetype pos = 0;
    qsizetype limit = 0;
    qsizetype invalidAt = -1;
    bool previousChunkEndedWithCR = false;
    bool pendingHighSurrogate = false; ///< UTF-16: the last chunk ended in a high surrogate

    // The current record: its unescaped characters back to back, and where each field starts.
    std::vector<char16_t> record = std::vector<char16_t>(4096);
    qsizetype recordLength = 0;
    std::vector<qsizetype> fieldStarts;
    QList<QStringView> fields;

    qint64 line = 1; // physical line of the scan position
    qint64 recordLine = 0;
    qint64 records = 0;
    QString error;

    Sha256 *hasher = nullptr;

    void start();
    qint64 readDevice(char *out, qint64 maxSize);
    bool refill();
    bool finishDecoding();
    /// UTF-16: index of the first unpaired surrogate in the decoded chunk, or -1.
    qsizetype unpairedSurrogate();
    void failEncoding();

    bool isPreviousCR(const char16_t *p, const char16_t *base) const
    {
        return p != base ? p[-1] == u'\r' : previousChunkEndedWithCR;
    }
    // Counts the line end at p: CR, LF, or the LF of a CRLF pair (which counts once, at the CR).
    void countLineEnd(const char16_t *p, const char16_t *base)
    {
        if (*p == u'\r' || !isPreviousCR(p, base))
            ++line;
    }
    void append(const char16_t *from, qsizetype count)
    {
        if (count == 0)
            return;
        if (recordLength + count > qsizetype(record.size()))
            record.resize(std::max(record.size() * 2, size_t(recordLength + count)));
        std::memcpy(record.data() + recordLength, from, size_t(count) * sizeof(char16_t));
        recordLength += count;
    }
    bool emitRecord();
    bool nextRecord();
};

void CsvReader::Private::start()
{
    started = true;
    // Auto needs a sample for detection; an explicit encoding needs only enough to see a BOM.
    const qsizetype wanted = options.encoding == TextEncoding::Auto ? DetectionSampleBytes : 4;
    head.resize(wanted);
    qsizetype got = 0;
    while (got < wanted) {
        const qint64 n = readDevice(head.data() + got, wanted - got);
        if (n <= 0) {
            deviceAtEnd = n == 0;
            break;
        }
        got += n;
    }
    head.resize(got);
    if (hasher)
        hasher->addData(head);
    if (!error.isEmpty())
        return;

    const DetectedEncoding detected = detectEncoding(head);
    if (options.encoding == TextEncoding::Auto) {
        encoding = detected.encoding;
        headPos = detected.bomLength;
    } else {
        encoding = options.encoding;
        if (detected.bomLength > 0 && detected.encoding == encoding)
            headPos = detected.bomLength;
    }
    createDecoder(decoder, encoding);
}

qint64 CsvReader::Private::readDevice(char *out, qint64 maxSize)
{
    qint64 n = device->read(out, maxSize);
    // A pipe or process may simply have nothing yet: wait once before calling it the end.
    if (n == 0 && device->isSequential() && device->waitForReadyRead(-1))
        n = device->read(out, maxSize);
    if (n < 0) {
        error = QCoreApplication::translate("CsvReader", "cannot read the input: %1")
                    .arg(device->errorString());
        return -1;
    }
    bytesRead += n;
    return n;
}

// Decodes the next chunk into text. Returns false at the end of the input or on an error.
bool CsvReader::Private::refill()
{
    if (invalidAt >= 0) {
        failEncoding();
        return false;
    }
    if (textLength > 0)
        previousChunkEndedWithCR = text[size_t(textLength - 1)] == u'\r';
    const qsizetype chunkSize = std::max<qsizetype>(1, options.chunkSize);
    for (;;) {
        QByteArrayView bytes;
        if (headPos < head.size()) {
            const qsizetype n = std::min(chunkSize, head.size() - headPos);
            bytes = QByteArrayView(head).sliced(headPos, n);
            headPos += n;
        } else {
            if (!head.isEmpty())
                head = QByteArray(); // the detection sample is used up: give back its memory
            if (!deviceAtEnd) {
                if (raw.size() != chunkSize)
                    raw = QByteArray(chunkSize, Qt::Uninitialized);
                const qint64 n = readDevice(raw.data(), chunkSize);
                if (n < 0)
                    return false;
                deviceAtEnd = n == 0;
                if (hasher)
                    hasher->addData(QByteArrayView(raw).first(n));
                bytes = QByteArrayView(raw).first(n);
            }
        }
        if (bytes.isEmpty())
            return finishDecoding();

        bytesDecoded += bytes.size();
        const qsizetype needed = decoder->requiredSpace(bytes.size());
        if (qsizetype(text.size()) < needed)
            text.resize(size_t(needed));
        QChar *const begin = reinterpret_cast<QChar *>(text.data());
        textLength = decoder->appendToBuffer(begin, bytes) - begin;
        pos = 0;
        limit = textLength;
        if (decoder->hasError()) {
            // The first U+0000 is the first invalid character, unless the file holds real NULs
            // before it on the same chunk, which would only make the named line earlier.
            const auto found = std::find(text.begin(), text.begin() + textLength, u'\0');
            invalidAt = found - text.begin();
            limit = invalidAt;
        }
        if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
            // Qt's UTF-16 decoder passes unpaired surrogates through; they are not text, and would
            // vanish when written back as UTF-8 (in a reject report, say).
            const qsizetype bad = unpairedSurrogate();
            if (bad >= 0 && (invalidAt < 0 || bad < invalidAt)) {
                invalidAt = bad;
                limit = invalidAt;
            }
        }
        if (limit > 0)
            return true;
        if (invalidAt >= 0) {
            failEncoding();
            return false;
        }
        // Only part of a multi-byte character so far: read on.
    }
}

// At the end of the input: a multi-byte sequence still pending in the decoder was cut short.
qsizetype CsvReader::Private::unpairedSurrogate()
{
    if (textLength == 0)
        return -1; // a chunk too small to hold a character: keep waiting
    qsizetype i = 0;
    if (pendingHighSurrogate) {
        pendingHighSurrogate = false;
        if (!QChar::isLowSurrogate(text[0]))
            return 0;
        i = 1;
    }
    for (; i < textLength; ++i) {
        const char16_t c = text[size_t(i)];
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 == textLength) {
                pendingHighSurrogate = true; // its pair may open the next chunk
                return -1;
            }
            if (!QChar::isLowSurrogate(text[size_t(i + 1)]))
                return i;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return i;
        }
    }
    return -1;
}

bool CsvReader::Private::finishDecoding()
{
    bool truncated = false;
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        truncated = bytesDecoded % 2 != 0 || pendingHighSurrogate;
    } else {
        // QStringDecoder has no flush: a line feed after a pending partial sequence makes it invalid.
        std::array<QChar, 64> scratch;
        if (decoder->requiredSpace(1) <= qsizetype(scratch.size())) {
            decoder->appendToBuffer(scratch.data(), "\n");
            truncated = decoder->hasError();
        }
    }
    if (truncated)
        failEncoding();
    return false;
}

void CsvReader::Private::failEncoding()
{
    finished = true;
    switch (encoding) {
    case TextEncoding::Gb18030:
        error = QCoreApplication::translate(
            "CsvReader", "line %1: invalid GB18030 byte sequence; the file may be in UTF-8")
                    .arg(line);
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        error = QCoreApplication::translate("CsvReader", "line %1: invalid UTF-16 data").arg(line);
        return;
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    error = QCoreApplication::translate(
        "CsvReader", "line %1: invalid UTF-8 byte sequence; the file may be in GB18030 (GBK)")
                .arg(line);
}

bool CsvReader::Private::emitRecord()
{
    const size_t count = fieldStarts.size();
    fields.resize(qsizetype(count));
    QStringView *out = fields.data();
    const char16_t *chars = record.data();
    for (size_t i = 0; i < count; ++i) {
        const qsizetype begin = fieldStarts[i];
        const qsizetype end = i + 1 < count ? fieldStarts[i + 1] : recordLength;
        out[i] = QStringView(chars + begin, end - begin);
    }
    ++records;
    return true;
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : d(std::make_unique<Private>())
{
    d->device = device;
    d->options = options;
    d->encoding = options.encoding;
}

CsvReader::~CsvReader() = default;

void CsvReader::setHash(Sha256 *hash)
{
    d->hasher = hash;
}

bool CsvReader::next()
{
    return d->nextRecord();
}

bool CsvReader::Private::nextRecord()
{
    Private &r = *this;
    if (r.finished || !r.error.isEmpty())
        return false;
    if (!r.started) {
        r.start();
        if (!r.error.isEmpty())
            return false;
    }

    r.recordLength = 0;
    r.fieldStarts.clear();
    r.recordLine = r.line;
    State state = State::RecordStart;
    qint64 quoteLine = 0;
    const char16_t delimiter = r.options.delimiter.unicode();
    // Characters above this one can never end an unquoted field: one comparison for most text.
    const char16_t highestSpecial = std::max(delimiter, u'\r');

    for (;;) {
        if (r.pos == r.limit && !r.refill()) {
            if (!r.error.isEmpty())
                return false;
            r.finished = true;
            switch (state) {
            case State::RecordStart:
                return false;
            case State::Quoted:
                r.error = QCoreApplication::translate("CsvReader", "line %1: unterminated quoted field")
                              .arg(quoteLine);
                return false;
            case State::FieldStart:
            case State::Unquoted:
            case State::QuoteInQuoted:
                break;
            }
            return r.emitRecord();
        }

        const char16_t *const base = r.text.data();
        const char16_t *const end = base + r.limit;
        const char16_t *p = base + r.pos;
        bool recordDone = false;
        while (p != end && !recordDone) {
            switch (state) {
            case State::RecordStart:
                if (*p == u'\n' || *p == u'\r') {
                    r.countLineEnd(p, base); // a blank line: skipped, but counted
                    ++p;
                    r.recordLine = r.line;
                    continue;
                }
                r.fieldStarts.push_back(r.recordLength);
                state = State::FieldStart;
                [[fallthrough]];
            case State::FieldStart:
                if (*p == u'"') {
                    state = State::Quoted;
                    quoteLine = r.line;
                    ++p;
                    continue;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                const char16_t *const run = p;
                while (p != end) {
                    const char16_t c = *p;
                    if (c <= highestSpecial && (c == delimiter || c == u'\n' || c == u'\r'))
                        break;
                    ++p;
                }
                r.append(run, p - run);
                if (p == end)
                    break;
                if (*p == delimiter) {
                    ++p;
                    r.fieldStarts.push_back(r.recordLength);
                    state = State::FieldStart;
                    continue;
                }
                r.countLineEnd(p, base);
                ++p;
                recordDone = true;
                break;
            }
            case State::Quoted: {
                const char16_t *const run = p;
                while (p != end) {
                    const char16_t c = *p;
                    if (c <= u'"' && (c == u'"' || c == u'\n' || c == u'\r'))
                        break;
                    ++p;
                }
                r.append(run, p - run);
                if (p == end)
                    break;
                if (*p == u'"') {
                    ++p;
                    state = State::QuoteInQuoted;
                    continue;
                }
                r.countLineEnd(p, base); // a line end inside quotes is data
                r.append(p, 1);
                ++p;
                continue;
            }
            case State::QuoteInQuoted: {
                const char16_t c = *p;
                if (c == u'"') {
                    r.append(p, 1);
                    ++p;
                    state = State::Quoted;
                    continue;
                }
                if (c == delimiter) {
                    ++p;
                    r.fieldStarts.push_back(r.recordLength);
                    state = State::FieldStart;
                    continue;
                }
                if (c == u'\n' || c == u'\r') {
                    r.countLineEnd(p, base);
                    ++p;
                    recordDone = true;
                    break;
                }
                // Text after the closing quote ("ab"c): keep it, as spreadsheets do.
                state = State::Unquoted;
                continue;
            }
            }
        }
        r.pos = p - base;
        if (recordDone)
            return r.emitRecord();
    }
}

const QList<QStringView> &CsvReader::fields() const
{
    return d->fields;
}

qint64 CsvReader::line() const
{
    return d->recordLine;
}

qint64 CsvReader::recordCount() const
{
    return d->records;
}

qint64 CsvReader::bytesRead() const
{
    return d->bytesRead;
}

qint64 CsvReader::progressTotal() const
{
    return d->device->isSequential() ? 0 : d->device->size();
}

QString CsvReader::sourceDescription() const
{
    return encodingName(encoding());
}

TextEncoding CsvReader::encoding() const
{
    return d->encoding;
}

bool CsvReader::hasError() const
{
    return !d->error.isEmpty();
}

QString CsvReader::errorString() const
{
    return d->error;
}

} // namespace caseload
