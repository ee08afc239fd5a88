#include "XlsxText.h"

#include <QChar>
#include <QCoreApplication>

#include <cmath>
#include <cstring>

namespace caseload::xlsx {

namespace {

bool isElapsedTime(QStringView inside)
{
    const char16_t first = QChar::toLower(inside.front().unicode());
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    return std::all_of(
        inside.begin(), inside.end(), [first](QChar c) { return QChar::toLower(c.unicode()) == first; });
}

void appendDigits(char16_t *&out, qint64 value, int width)
{
    char16_t digits[20];
    int n = 0;
    do {
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int pad = n; pad < width; ++pad)
        *out++ = u'0';
    while (n > 0)
        *out++ = digits[--n];
}

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 z, qint64 *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

void appendTime(char16_t *&out, qint64 seconds)
{
    appendDigits(out, seconds / 3600, 2);
    *out++ = u':';
    appendDigits(out, seconds / 60 % 60, 2);
    *out++ = u':';
    appendDigits(out, seconds % 60, 2);
}

} // namespace

DateKind classifyFormatCode(QStringView code)
{
    bool date = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        switch (code[i].unicode()) {
        case u'"': {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i;
            break;
        case u'[': {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (!inside.isEmpty() && isElapsedTime(inside))
                time = true;
            i = end < 0 ? code.size() : end;
            break;
        }
        case u'y':
        case u'Y':
        case u'd':
        case u'D':
            date = true;
            break;
        case u'h':
        case u'H':
        case u's':
        case u'S':
            time = true;
            break;
        default:
            break;
        }
    }
    return date ? DateKind::Date : time ? DateKind::Time : DateKind::None;
}

DateKind builtinFormatKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58)
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56)
        return DateKind::Time;
    return DateKind::None;
}

qint64 parseIndex(QStringView text)
{
    return parseIndex(text.utf16(), text.utf16() + text.size());
}

qint64 parseIndex(const char *text, qsizetype size)
{
    const qint64 value = parseIndex(text, text + size);
    if (value >= 0 || std::all_of(text, text + size, [](char c) { return uchar(c) < 0x80; }))
        return value;
    return parseIndex(QStringView(QString::fromUtf8(text, size)));
}

bool parseCellReference(QStringView ref, int *column, qint64 *row)
{
    return parseCellReference(ref.utf16(), ref.size(), column, row);
}

int formatSerial(double serial, bool date1904, DateKind kind, char16_t *buffer)
{
    // Excel's last day, 9999-12-31, is serial 2958465 (1900 system).
    if (!(serial >= 0) || serial >= 2958466.0)
        return 0;
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    const qint64 seconds = totalSeconds % 86400;
    char16_t *out = buffer;
    if (kind == DateKind::Time && days == 0) {
        appendTime(out, seconds);
        return int(out - buffer);
    }
    qint64 year = 1900;
    int month = 1;
    int day = 0;
    if (date1904) {
        civilFromDays(days - 24107, &year, &month, &day); // serial 0 is 1904-01-01
    } else if (days == 60) {
        month = 2; // Excel's fictitious 1900-02-29 (kept from Lotus 1-2-3)
        day = 29;
    } else if (days > 60) {
        civilFromDays(days - 25569, &year, &month, &day); // serial 25569 is 1970-01-01
    } else if (days > 0) {
        civilFromDays(days - 25568, &year, &month, &day); // before the fictitious day: one day later
    } // serial 0 shows as Excel's "1900-01-00"
    appendDigits(out, year, 4);
    *out++ = u'-';
    appendDigits(out, month, 2);
    *out++ = u'-';
    appendDigits(out, day, 2);
    if (seconds != 0) {
        *out++ = u' ';
        appendTime(out, seconds);
    }
    return int(out - buffer);
}

QString formatIsoDate(QStringView text)
{
    text = text.trimmed();
    const auto isDigits = [&](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (i >= text.size() || text[i] < u'0' || text[i] > u'9')
                return false;
        }
        return true;
    };
    const auto isTime = [&](qsizetype at) {
        return isDigits(at, 2) && at + 2 < text.size() && text[at + 2] == u':' && isDigits(at + 3, 2)
            && at + 5 < text.size() && text[at + 5] == u':' && isDigits(at + 6, 2);
    };
    if (isDigits(0, 4) && text.size() >= 10 && text[4] == u'-' && isDigits(5, 2) && text[7] == u'-'
        && isDigits(8, 2)) {
        QString result = text.first(10).toString();
        if (text.size() > 10 && (text[10] == u'T' || text[10] == u' ') && isTime(11)) {
            const QStringView time = text.mid(11, 8);
            if (time != u"00:00:00")
                result += u' ' + time.toString();
        }
        return result;
    }
    if (isTime(text.startsWith(u'T') ? 1 : 0))
        return text.mid(text.startsWith(u'T') ? 1 : 0, 8).toString();
    return {};
}

qsizetype decodeEscapes(char16_t *text, qsizetype size)
{
    qsizetype i = 0;
    while (i + 1 < size && !(text[i] == u'_' && text[i + 1] == u'x'))
        ++i;
    if (i + 1 >= size)
        return size;
    const auto hex = [](char16_t u) {
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        return -1;
    };
    qsizetype out = i;
    while (i < size) {
        if (text[i] == u'_' && i + 6 < size && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool ok = true;
            for (qsizetype k = i + 2; k < i + 6 && ok; ++k) {
                const int h = hex(text[k]);
                ok = h >= 0;
                value = value * 16 + h;
            }
            if (ok) {
                text[out++] = char16_t(value);
                i += 7;
                continue;
            }
        }
        text[out++] = text[i++];
    }
    return out;
}

qsizetype utf8ToUtf16(const char *in, qsizetype size, char16_t *out)
{
    const auto *s = reinterpret_cast<const uchar *>(in);
    const uchar *const end = s + size;
    char16_t *o = out;
    while (s < end) {
        while (end - s >= 8) {
            quint64 word;
            std::memcpy(&word, s, 8);
            if (word & 0x8080808080808080ULL)
                break;
            for (int k = 0; k < 8; ++k)
                o[k] = s[k];
            o += 8;
            s += 8;
        }
        if (s == end)
            break;
        const uint c = *s;
        if (c < 0x80) {
            *o++ = char16_t(c);
            ++s;
        } else if (c < 0xE0 && end - s >= 2) {
            *o++ = char16_t(((c & 0x1F) << 6) | (s[1] & 0x3F));
            s += 2;
        } else if (c < 0xF0 && end - s >= 3) {
            *o++ = char16_t(((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
            s += 3;
        } else if (end - s >= 4) {
            const char32_t u
                = (((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F))
                - 0x10000;
            *o++ = char16_t(0xD800 + (u >> 10));
            *o++ = char16_t(0xDC00 + (u & 0x3FF));
            s += 4;
        } else {
            *o++ = u'\uFFFD'; // a sequence cut short: never from expat
            break;
        }
    }
    return o - out;
}

QString referencePrefix(const QString &sheet)
{
    bool plain = !sheet.isEmpty() && !sheet.front().isDigit();
    for (const QChar c : sheet) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'.')
            plain = false;
    }
    if (plain) {
        int column = 0;
        qint64 row = 0;
        const bool r1c1 = sheet.size() >= 1
            && (sheet.front() == u'R' || sheet.front() == u'r' || sheet.front() == u'C'
                || sheet.front() == u'c')
            && std::all_of(sheet.begin() + 1, sheet.end(),
                [](QChar c) { return c.isDigit() || c == u'C' || c == u'c'; });
        if (r1c1 || (parseCellReference(sheet, &column, &row) && row > 0))
            plain = false;
    }
    if (plain)
        return sheet + u'!';
    QString quoted = sheet;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + QStringLiteral("'!");
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

QString cellReferenceText(const QString &prefix, int column, qint64 row)
{
    return prefix + columnLetters(column) + QString::number(row);
}

} // namespace caseload::xlsx
