#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <vector>

// Text and numbers of SpreadsheetML cells, for the .xlsx reader (internal to models/io).
namespace caseload::xlsx {

constexpr int MaxColumns = 16384; // XFD, Excel's last column

enum class DateKind : quint8 {
    None,
    Date, // a date, with a time when the serial has a fraction
    Time, // a time of day only: serials below 1 are shown as "HH:mm:ss"
};

enum class CellType : quint8 { Number, Shared, FormulaString, Inline, Boolean, Error, IsoDate };

inline bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

inline bool isSpace(char16_t c)
{
    return QChar::isSpace(c);
}

// Non-negative decimal integer; -1 when the text is not one (or too large). Spaces around it are
// allowed.
template<typename Char> qint64 parseIndex(const Char *begin, const Char *end)
{
    if (end - begin == 1 && *begin >= '0' && *begin <= '9')
        return *begin - '0'; // style indexes, mostly
    while (begin < end && isSpace(*begin))
        ++begin;
    while (end > begin && isSpace(end[-1]))
        --end;
    if (begin == end || end - begin > 12)
        return -1;
    qint64 value = 0;
    for (; begin < end; ++begin) {
        if (*begin < '0' || *begin > '9')
            return -1;
        value = value * 10 + (*begin - '0');
    }
    return value;
}

// "E12" -> column 4 (0-based) and row 12; the row part is optional (as in a merge's "A:A" it is not).
template<typename Char> bool parseCellReference(const Char *ref, qsizetype size, int *column, qint64 *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < size) {
        const Char c = ref[i];
        int letter;
        if (c >= 'A' && c <= 'Z')
            letter = c - 'A';
        else if (c >= 'a' && c <= 'z')
            letter = c - 'a';
        else if (c == '$' && i == 0)
            letter = -1;
        else
            break;
        if (letter >= 0) {
            col = col * 26 + letter + 1;
            if (col > MaxColumns)
                return false;
        }
        ++i;
    }
    if (col == 0)
        return false;
    *column = int(col - 1);
    if (i < size && ref[i] == '$')
        ++i;
    *row = 0;
    if (i == size)
        return true;
    const qint64 r = parseIndex(ref + i, ref + size);
    if (r <= 0)
        return false;
    *row = r;
    return true;
}

// A growable UTF-16 buffer written through pointers: room(n) makes space for n more units after
// size, the caller writes there and adds what it wrote to size.
struct TextBuffer
{
    std::vector<char16_t> data; // its size is the capacity
    qsizetype size = 0;

    char16_t *room(qsizetype extra)
    {
        if (size + extra > qsizetype(data.size()))
            data.resize(std::max(data.size() * 2, size_t(size + extra) + 256));
        return data.data() + size;
    }
    void append(const char16_t *text, qsizetype length)
    {
        std::copy_n(text, length, room(length));
        size += length;
    }
};

// Whether a number format shows a date or a time: outside quoted text, escaped or padding characters
// and bracketed parts (colours, conditions, locales such as [$-804], [DBNum1]; elapsed times such as
// [h] do count), y or d make a date, h or s a time. An m alone is ambiguous (month or minute) and
// never shows without one of those in a real date format.
DateKind classifyFormatCode(QStringView code);

// Excel's built-in number formats that show dates or times (ECMA-376 18.8.30, with the CJK ids that
// Chinese, Japanese and Korean Excel define: 27-36 and 50-58).
DateKind builtinFormatKind(int id);

qint64 parseIndex(QStringView text);

// The same from the UTF-8 expat hands over; text with other than ASCII (a no-break space around the
// digits) goes through QString, which knows every Unicode space.
qint64 parseIndex(const char *text, qsizetype size);

bool parseCellReference(QStringView ref, int *column, qint64 *row);

// Writes an Excel serial as "yyyy-MM-dd[ HH:mm:ss]" (or "HH:mm:ss" for a time format below 1 day)
// into `out` (room for 32 characters); returns the length, 0 when the serial is out of Excel's range
// (the number is then left as written). Times are rounded to the second as Excel shows them.
int formatSerial(double serial, bool date1904, DateKind kind, char16_t *buffer);

// An ISO 8601 cell value (t="d": "2016-03-01T10:22:05Z") as "yyyy-MM-dd[ HH:mm:ss]"; empty when it
// is not in that form (the text is then kept as written).
QString formatIsoDate(QStringView text);

// OOXML strings escape characters XML cannot hold as _xHHHH_ (Excel writes a CR as _x000D_, and a
// literal "_x" as _x005F_x). Decodes `text` in place and returns its new length.
qsizetype decodeEscapes(char16_t *text, qsizetype size);

// Expat hands over well-formed UTF-8 (it checks its input and writes character references as
// UTF-8), so this only decodes, with a fast path for ASCII. Writes at most `size` UTF-16 units to
// `out` and returns how many.
qsizetype utf8ToUtf16(const char *in, qsizetype size, char16_t *out);

// Excel quotes a sheet name in references unless it is a plain identifier that cannot be read as a
// cell reference.
QString referencePrefix(const QString &sheet);

QString columnLetters(int column);

QString cellReferenceText(const QString &prefix, int column, qint64 row);

} // namespace caseload::xlsx
