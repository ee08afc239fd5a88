#include "XmlFragmentReader.h"

#include "TextEncoding.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

namespace caseload {

namespace {

// Bytes of a word below 0x20 or from 0x80 on: the ones that need a closer look.
constexpr quint64 Ones = 0x0101010101010101ULL;
constexpr quint64 Highs = 0x8080808080808080ULL;
inline bool hasControlOrHigh(quint64 word)
{
    return ((word - Ones * 0x20) | word) & Highs;
}

// Whether `size` bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF) without control characters other than tab, line feed and carriage return, as expat
// requires of a document: pugixml checks neither.
bool isValidUtf8(const char *in, size_t size)
{
    const auto *s = reinterpret_cast<const uchar *>(in);
    const uchar *const end = s + size;
    while (s < end) {
        while (end - s >= 16) {
            quint64 a;
            quint64 b;
            std::memcpy(&a, s, 8);
            std::memcpy(&b, s + 8, 8);
            if (hasControlOrHigh(a) || hasControlOrHigh(b))
                break;
            s += 16;
        }
        if (s == end)
            break;
        const uint c = *s;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
        const int length = utf8SequenceLength(s, end);
        if (length <= 0)
            return false; // ill-formed, or cut short (a fragment ends after a tag, never inside text)
        s += length;
    }
    return true;
}

// Whether XML 1.0 allows the character (its production Char).
bool isXmlChar(quint32 c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// Writes `c` as UTF-8 to `out` (room for 4 bytes); returns the bytes written.
int encodeUtf8(quint32 c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

// The name after its prefix, if any ("x:row" -> "row").
const char *localName(const char *name)
{
    const char *local = name;
    for (const char *p = name; *p; ++p) {
        if (*p == ':')
            local = p + 1;
    }
    return local;
}

// Bytes at the front of a buffer that grows without zero-filling: the part is inflated into its
// free space.
class ByteBuffer
{
public:
    char *data() { return m_bytes.get(); }
    size_t size() const { return m_used; }
    /// Room for `extra` more bytes after size(), where the caller writes before grow().
    char *room(size_t extra)
    {
        if (m_used + extra > m_capacity) {
            m_capacity = std::max(m_capacity * 2, m_used + extra);
            auto grown = std::make_unique_for_overwrite<char[]>(m_capacity);
            std::copy_n(m_bytes.get(), m_used, grown.get());
            m_bytes = std::move(grown);
        }
        return m_bytes.get() + m_used;
    }
    void grow(size_t count) { m_used += count; }
    void assign(const char *begin, const char *end)
    {
        m_used = 0;
        std::copy(begin, end, room(size_t(end - begin)));
        m_used = size_t(end - begin);
    }
    void removeFront(size_t count)
    {
        std::memmove(m_bytes.get(), m_bytes.get() + count, m_used - count);
        m_used -= count;
    }
    void release()
    {
        m_bytes.reset();
        m_used = m_capacity = 0;
    }

private:
    std::unique_ptr<char[]> m_bytes;
    size_t m_used = 0;
    size_t m_capacity = 0;
};

struct ParserDeleter
{
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};
using ParserPtr = std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserDeleter>;

} // namespace

struct XmlFragmentReader::Private
{
    Handler *handler = nullptr;
    QString archivePath;
    QString part;
    std::unique_ptr<ZipArchive::Entry> entry;
    std::string container;
    std::string item;
    qsizetype chunkSize = 0;

    ParserPtr parser;
    bool fragmentsAllowed = true; // by the caller (setFragmentsAllowed)
    bool readToEnd = false; // by the caller (setReadToEnd)
    bool fastAllowed = true; // no DTD, UTF-8: the items may go to pugixml
    bool fragments = false; // expat met the container: the items are read as fragments
    bool fallback = false; // ... and went back to expat
    bool stopped = false;
    std::string prefix; // of the container's name ("x:" or "")
    ByteBuffer pending; // the bytes after the last fragment parsed
    qint64 pendingOffset = 0; // where `pending` starts in the part
    pugi::xml_document document;
    qint64 fallbackBase = 0; // where expat's byte 0 would be in the part
    qint64 fallbackLine = 0; // lines before pendingOffset (expat counts from the made-up start tag)
    qint64 fallbackColumn = 0; // characters between the last line end and pendingOffset
    int startTagLength = 0; // of the made-up start tag
    QString error;

    void createParser()
    {
        parser.reset(XML_ParserCreate(nullptr));
        XML_SetUserData(parser.get(), this);
        XML_SetElementHandler(parser.get(), &onStart, &onEnd);
        XML_SetCharacterDataHandler(parser.get(), &onText);
        XML_SetXmlDeclHandler(parser.get(), &onXmlDeclaration);
        XML_SetStartDoctypeDeclHandler(parser.get(), &onDoctype);
        stopped = false;
        fastAllowed = fastAllowed && fragmentsAllowed;
    }

    static void XMLCALL onStart(void *user, const XML_Char *name, const XML_Char **attributes)
    {
        auto *d = static_cast<Private *>(user);
        if (d->stopped)
            return;
        if (d->fastAllowed && std::strcmp(localName(name), d->container.c_str()) == 0 && d->switchToFragments(name))
            return;
        d->handler->startElement(name, attributes);
    }
    static void XMLCALL onEnd(void *user, const XML_Char *name)
    {
        auto *d = static_cast<Private *>(user);
        if (!d->stopped)
            d->handler->endElement(name);
    }
    static void XMLCALL onText(void *user, const XML_Char *data, int length)
    {
        auto *d = static_cast<Private *>(user);
        if (!d->stopped)
            d->handler->characters(data, length);
    }
    static void XMLCALL onXmlDeclaration(void *user, const XML_Char *, const XML_Char *encoding, int)
    {
        // The fragments are read as UTF-8: a part in another encoding stays with expat.
        if (encoding && QByteArrayView(encoding).compare("UTF-8", Qt::CaseInsensitive) != 0)
            static_cast<Private *>(user)->fastAllowed = false;
    }
    static void XMLCALL onDoctype(void *user, const XML_Char *, const XML_Char *, const XML_Char *, int)
    {
        // Entities a DTD declares are expat's to expand.
        static_cast<Private *>(user)->fastAllowed = false;
    }

    // At the container's start tag: the bytes expat was given past it are where the fragments
    // begin, and expat stops here. False (expat goes on) when that cannot be done: an empty
    // container (<sheetData/>), or an expat built without its input context.
    bool switchToFragments(const XML_Char *name)
    {
        int offset = 0;
        int size = 0;
        const char *context = XML_GetInputContext(parser.get(), &offset, &size);
        const int count = XML_GetCurrentByteCount(parser.get());
        if (!context || count < 2 || offset + count > size || context[offset] != '<'
            || context[offset + count - 2] == '/')
            return false;
        prefix.assign(name, size_t(localName(name) - name));
        pending.assign(context + offset + count, context + size);
        pendingOffset = XML_GetCurrentByteIndex(parser.get()) + count;
        fragments = true;
        stopped = true;
        XML_StopParser(parser.get(), XML_FALSE);
        return true;
    }

    QString expatError() const
    {
        const QString what = QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(parser.get())));
        qint64 line = qint64(XML_GetCurrentLineNumber(parser.get()));
        qint64 column = qint64(XML_GetCurrentColumnNumber(parser.get()));
        if (fallback) {
            // Expat counted from the made-up start tag, on the line where the part was taken up.
            if (line == 1)
                column += fallbackColumn - startTagLength;
            line += fallbackLine;
        }
        return QCoreApplication::translate("XlsxReader", "%1 (XML line %2, column %3)")
            .arg(what, QString::number(line), QString::number(column));
    }

    // Counts lines and characters (as expat does: a line ends with LF, CR LF or CR; a character is
    // a UTF-8 sequence) in bytes the fallback skips.
    void countPosition(const char *bytes, qint64 size, bool *afterCr)
    {
        for (qint64 i = 0; i < size; ++i) {
            const auto c = uchar(bytes[i]);
            if (c == '\n') {
                if (!*afterCr) {
                    ++fallbackLine;
                    fallbackColumn = 0;
                }
                *afterCr = false;
            } else if (c == '\r') {
                ++fallbackLine;
                fallbackColumn = 0;
                *afterCr = true;
            } else {
                *afterCr = false;
                if ((c & 0xC0) != 0x80)
                    ++fallbackColumn;
            }
        }
    }

    // Feeds `source` to expat until the document ends, a handler stops, or the switch to fragments.
    Result feed(ZipArchive::Entry *source, const std::atomic<bool> *giveUp)
    {
        std::vector<char> buffer(size_t(std::clamp<qsizetype>(chunkSize, 1, qsizetype(64) << 10)));
        for (;;) {
            if (giveUp && giveUp->load())
                return Result::Stopped;
            const qint64 n = source->read(buffer.data(), qint64(buffer.size()));
            if (n < 0) {
                error = source->errorString();
                return Result::ReadError;
            }
            const bool last = n == 0;
            if (XML_Parse(parser.get(), buffer.data(), int(n), last) == XML_STATUS_ERROR) {
                if (XML_GetErrorCode(parser.get()) == XML_ERROR_ABORTED)
                    return Result::Stopped;
                // The last call brings no data: whatever it finds wrong is the document ending early.
                if (last)
                    return Result::Truncated;
                error = expatError();
                return Result::XmlError;
            }
            if (last)
                return Result::Finished;
        }
    }

    Result readFragments(const std::atomic<bool> *giveUp)
    {
        const std::string itemEnd = "</" + prefix + item + ">";
        const std::string containerEnd = "</" + prefix + container;
        const size_t target = size_t(std::clamp<qsizetype>(chunkSize, 1, qsizetype(1) << 30));
        const size_t limit = std::max<size_t>(target * 16, size_t(64) << 20);
        bool ended = false;
        size_t searched = 0; // bytes of `pending` already searched for the container's end
        for (;;) {
            if (giveUp && giveUp->load())
                return Result::Stopped;
            // The items end after the last item's end tag: only what follows it is searched for the
            // container's end.
            const size_t cut = std::string_view(pending.data(), pending.size()).rfind(itemEnd);
            const size_t tail = cut == std::string_view::npos ? 0 : cut + itemEnd.size();
            const size_t from
                = std::max(tail, searched >= containerEnd.size() ? searched - containerEnd.size() + 1 : 0);
            const void *hit = from < pending.size()
                ? memmem(pending.data() + from, pending.size() - from, containerEnd.data(), containerEnd.size())
                : nullptr;
            searched = pending.size();
            if (hit) {
                const size_t end = size_t(static_cast<const char *>(hit) - pending.data());
                if (readToEnd) {
                    // As expat would: the rest of the part is read (its CRC checked) and must be the
                    // container's end tag, then only comments, processing instructions and blanks.
                    // The last fragment waits until then: expat reads it again if the rest is wrong.
                    while (!ended) {
                        if (!readMore(target, &ended))
                            return Result::ReadError;
                        if (pending.size() - end > limit)
                            return fallBack(giveUp);
                    }
                    if (!wellFormedEnd(end))
                        return fallBack(giveUp);
                }
                if (!parseFragment(end))
                    return fallBack(giveUp);
                return stopped ? Result::Stopped : Result::Finished;
            }
            if (ended)
                return fallBack(giveUp); // the container never ends: expat says how the part is cut short
            if (pending.size() >= target) {
                if (tail > 0) {
                    if (!parseFragment(tail))
                        return fallBack(giveUp);
                    if (stopped)
                        return Result::Stopped;
                    pending.removeFront(tail);
                    pendingOffset += qint64(tail);
                    searched -= tail;
                    continue;
                }
                if (pending.size() > limit)
                    return fallBack(giveUp);
            }
            if (!readMore(target, &ended))
                return Result::ReadError;
        }
    }

    // Inflates up to `size` more bytes of the part onto `pending`; false with `error` set when the entry
    // cannot be read. `*ended` tells whether the whole entry has been read (its CRC checked).
    bool readMore(size_t size, bool *ended)
    {
        const qint64 n = entry->read(pending.room(size), qint64(size));
        if (n < 0) {
            error = entry->errorString();
            return false;
        }
        pending.grow(size_t(n));
        *ended = n == 0;
        return true;
    }

    // Whether pending[end, size) — the container's end tag and what follows it to the end of the part
    // — is what expat accepts after the container.
    bool wellFormedEnd(size_t end)
    {
        const ParserPtr check(XML_ParserCreate(nullptr));
        const std::string start = "<" + prefix + container + ">";
        return XML_Parse(check.get(), start.data(), int(start.size()), XML_FALSE) == XML_STATUS_OK
            && pending.size() - end <= size_t(std::numeric_limits<int>::max())
            && XML_Parse(check.get(), pending.data() + end, int(pending.size() - end), XML_TRUE) == XML_STATUS_OK;
    }

    // Parses pending[0, end) in place and hands it to the handler; false, with nothing handed over,
    // when pugixml cannot parse it or it is not UTF-8 (the bytes may then have changed).
    bool parseFragment(size_t end)
    {
        if (!isValidUtf8(pending.data(), end))
            return false;
        // An element's first run of text is stored as its value (fewer nodes to make and walk);
        // references are left for decodeText(), which checks them as expat does.
        constexpr unsigned flags = pugi::parse_fragment | pugi::parse_eol | pugi::parse_wconv_attribute
            | pugi::parse_cdata | pugi::parse_ws_pcdata_single | pugi::parse_embed_pcdata;
        if (!document.load_buffer_inplace(pending.data(), end, flags, pugi::encoding_utf8))
            return false;
        return handler->fragment(document);
    }

    // Hands the rest of the part, from pendingOffset on, to a fresh expat parser: it is given the
    // container's start tag first, as if it had read the part from the start. pugixml changed the
    // bytes it parsed in place, so the part is opened again and inflated up to there.
    Result fallBack(const std::atomic<bool> *giveUp)
    {
        fallback = true;
        fastAllowed = false;
        pending.release();
        document.reset();
        entry.reset();
        createParser();
        const std::string start = "<" + prefix + container + ">";
        fallbackBase = pendingOffset - qint64(start.size());
        std::unique_ptr<ZipArchive> zip = ZipArchive::open(archivePath, &error);
        std::unique_ptr<ZipArchive::Entry> again = zip ? zip->openEntry(part, &error) : nullptr;
        if (!again)
            return Result::ReadError;
        std::vector<char> skipped(size_t(64) << 10);
        bool afterCr = false;
        for (qint64 left = pendingOffset; left > 0;) {
            const qint64 n = again->read(skipped.data(), std::min<qint64>(left, qint64(skipped.size())));
            if (n < 0) {
                error = again->errorString();
                return Result::ReadError;
            }
            if (n == 0)
                return Result::Truncated;
            countPosition(skipped.data(), n, &afterCr);
            left -= n;
        }
        startTagLength = int(start.size());
        if (XML_Parse(parser.get(), start.data(), int(start.size()), XML_FALSE) == XML_STATUS_ERROR) {
            error = expatError();
            return Result::XmlError;
        }
        return feed(again.get(), giveUp);
    }
};

XmlFragmentReader::XmlFragmentReader(Handler *handler, const QString &archivePath, const QString &part,
    std::unique_ptr<ZipArchive::Entry> entry, const char *container, const char *item, qsizetype chunkSize)
    : d(std::make_unique<Private>())
{
    d->handler = handler;
    d->archivePath = archivePath;
    d->part = part;
    d->entry = std::move(entry);
    d->container = container;
    d->item = item;
    d->chunkSize = chunkSize;
}

XmlFragmentReader::~XmlFragmentReader() = default;

XmlFragmentReader::Result XmlFragmentReader::read(const std::atomic<bool> *giveUp)
{
    d->createParser();
    Result result = d->feed(d->entry.get(), giveUp);
    if (result == Result::Stopped && d->fragments && !(giveUp && giveUp->load())) {
        d->stopped = false;
        result = d->readFragments(giveUp);
    }
    return result;
}

bool XmlFragmentReader::decodeText(const char *raw, std::string *out)
{
    if (!*raw)
        return true;
    // The decoded text is never longer than the raw one: written in place past the old end.
    const size_t length = std::strlen(raw);
    const size_t start = out->size();
    out->resize(start + length);
    char *o = out->data() + start;
    const char *const end = raw + length;
    const auto refuse = [&] {
        out->resize(start);
        return false;
    };
    for (;;) {
        const char *amp = static_cast<const char *>(std::memchr(raw, '&', size_t(end - raw)));
        if (!amp) {
            std::memcpy(o, raw, size_t(end - raw));
            o += end - raw;
            out->resize(size_t(o - out->data()));
            return true;
        }
        std::memcpy(o, raw, size_t(amp - raw));
        o += amp - raw;
        const char *name = amp + 1;
        const char *semicolon = name;
        while (*semicolon && *semicolon != ';' && semicolon - name < 64)
            ++semicolon;
        if (*semicolon != ';')
            return refuse(); // a bare '&', or a reference that never ends
        const std::string_view entity(name, size_t(semicolon - name));
        quint32 c = 0;
        if (entity == "lt") {
            c = '<';
        } else if (entity == "gt") {
            c = '>';
        } else if (entity == "amp") {
            c = '&';
        } else if (entity == "quot") {
            c = '"';
        } else if (entity == "apos") {
            c = '\'';
        } else if (entity.size() >= 2 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            const std::string_view digits = entity.substr(hex ? 2 : 1);
            if (digits.empty())
                return refuse();
            for (const char d : digits) {
                int value = -1;
                if (d >= '0' && d <= '9')
                    value = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    value = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    value = d - 'A' + 10;
                if (value < 0)
                    return refuse();
                c = c * (hex ? 16 : 10) + quint32(value);
                if (c > 0x10FFFF) // leading zeros may be many, a number past Unicode not
                    return refuse();
            }
            if (!isXmlChar(c))
                return refuse();
        } else {
            return refuse(); // an entity no DTD declared (a part with a DTD never comes here)
        }
        o += encodeUtf8(c, o); // at most as long as the reference: "&#x10000;" is 9 bytes, U+10000 4
        raw = semicolon + 1;
    }
}

void XmlFragmentReader::setReadToEnd(bool toEnd)
{
    d->readToEnd = toEnd;
}

void XmlFragmentReader::setFragmentsAllowed(bool allowed)
{
    d->fragmentsAllowed = allowed;
}

void XmlFragmentReader::stop()
{
    d->stopped = true;
    if (!d->fragments || d->fallback)
        XML_StopParser(d->parser.get(), XML_FALSE);
}

QString XmlFragmentReader::errorDetail() const
{
    return d->error;
}

qint64 XmlFragmentReader::position() const
{
    if (!d->fragments)
        return XML_GetCurrentByteIndex(d->parser.get());
    if (d->fallback)
        return d->fallbackBase + XML_GetCurrentByteIndex(d->parser.get());
    return d->pendingOffset;
}

} // namespace caseload
