#include "ValueParsers.h"

#include "TextScan.h"

#include <QVarLengthArray>
#include <QtNumeric>

#include <limits>

namespace caseload {
namespace values {

namespace {

// Everything here runs several times per imported row, so cells are scanned by hand over the
// QStringView: no regular expressions, and no QString is built on the way to a result.

using textscan::isBlank;
using textscan::isDigit;
using textscan::lowerAscii;
using textscan::trimmed;

// Full-width ASCII forms to ASCII, the ideographic space to a space.
constexpr char16_t halfWidth(char16_t c) noexcept
{
    return c == 0x3000 ? u' ' : textscan::fullWidthToAscii(c);
}

bool isDash(char16_t c)
{
    return c == u'-' || c == u'\u2012' || c == u'\u2013' || c == u'\u2014' || c == u'\u2015'
        || c == u'\u2212';
}

/// Reads a trimmed cell one half-width character at a time.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype pos() const { return m_pos; }
    char16_t peek() const { return atEnd() ? u'\0' : halfWidth(m_text[m_pos].unicode()); }
    void advance() { ++m_pos; }

    bool accept(char16_t c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_pos;
        return true;
    }
    /// Accepts `word` ignoring ASCII case.
    bool acceptWord(QStringView word)
    {
        if (m_text.size() - m_pos < word.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (lowerAscii(halfWidth(m_text[m_pos + i].unicode())) != lowerAscii(word[i].unicode()))
                return false;
        }
        m_pos += word.size();
        return true;
    }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_text[m_pos].unicode()))
            ++m_pos;
    }
    /// Reads at most `maxDigits` digits; returns how many were read (more digits than that are left).
    int digits(int maxDigits, int *value)
    {
        int count = 0;
        int v = 0;
        while (count < maxDigits && isDigit(peek())) {
            v = v * 10 + (peek() - u'0');
            ++count;
            ++m_pos;
        }
        *value = v;
        return count;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool equalsWord(QStringView text, QStringView word)
{
    Scanner s(text);
    return s.acceptWord(word) && s.atEnd();
}

// Markers exports write for "no value": runs of dashes or slashes, 无, N/A, NULL.
bool isNoValue(QStringView t)
{
    bool allDashes = true;
    bool allSlashes = true;
    for (QChar c : t) {
        const char16_t h = halfWidth(c.unicode());
        allDashes = allDashes && isDash(h);
        allSlashes = allSlashes && h == u'/';
    }
    return allDashes || allSlashes || t == u"无" || equalsWord(t, u"n/a") || equalsWord(t, u"null");
}

constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

ParseStatus acceptDate(int y, int m, int d, QDate *out)
{
    if (y < kMinYear || y > kMaxYear || !QDate::isValid(y, m, d))
        return ParseStatus::Invalid;
    if (out)
        *out = QDate(y, m, d);
    return ParseStatus::Ok;
}

ParseStatus acceptSerial(qint64 serial, QDate *out)
{
    // Excel's 1900 system counts 1900-02-29 (serial 60), a day that never was: serials after it are
    // one day ahead of a plain count from 1899-12-31.
    if (serial < 1 || serial > 2958465 || serial == 60)
        return ParseStatus::Invalid;
    const QDate epoch(1899, 12, serial < 60 ? 31 : 30);
    const QDate date = epoch.addDays(serial);
    if (date.year() < kMinYear || date.year() > kMaxYear)
        return ParseStatus::Invalid;
    if (out)
        *out = date;
    return ParseStatus::Ok;
}

// H:MM[:SS[.fff]] after a date; the time is checked, then dropped.
bool acceptTime(Scanner &s)
{
    int h = 0;
    int m = 0;
    const int hourDigits = s.digits(2, &h);
    if (hourDigits == 0 || h > 23 || !s.accept(u':') || s.digits(2, &m) != 2 || m > 59)
        return false;
    if (s.accept(u':')) {
        int sec = 0;
        if (s.digits(2, &sec) != 2 || sec > 59)
            return false;
        if (s.accept(u'.')) {
            int ignored = 0;
            if (s.digits(9, &ignored) == 0)
                return false;
        }
    }
    return s.atEnd();
}

} // namespace

QString cleanText(QStringView text)
{
    return trimmed(text).toString();
}

QString toHalfWidth(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = QChar(halfWidth(text[i].unicode()));
    return result;
}

ParseStatus parseDate(QStringView text, QDate *out)
{
    if (out)
        *out = QDate();
    const QStringView t = trimmed(text);
    if (t.isEmpty() || isNoValue(t))
        return ParseStatus::Empty;

    Scanner s(t);
    int first = 0;
    const int firstDigits = s.digits(9, &first);
    if (firstDigits == 0)
        return ParseStatus::Invalid;

    if (s.atEnd()) {
        if (firstDigits == 8)
            return acceptDate(first / 10000, first / 100 % 100, first % 100, out);
        return firstDigits <= 7 ? acceptSerial(first, out) : ParseStatus::Invalid;
    }
    if (firstDigits != 4) {
        // Only an Excel serial with a time-of-day fraction is left: "42430.5".
        int fraction = 0;
        if (firstDigits <= 7 && s.accept(u'.') && s.digits(9, &fraction) > 0 && s.atEnd())
            return acceptSerial(first, out);
        return ParseStatus::Invalid;
    }

    const char16_t sep = s.peek();
    if (sep != u'-' && sep != u'/' && sep != u'.' && sep != u'年')
        return ParseStatus::Invalid;
    s.advance();
    int month = 0;
    if (s.digits(2, &month) == 0)
        return ParseStatus::Invalid;
    if (!s.accept(sep == u'年' ? u'月' : sep))
        return ParseStatus::Invalid;
    int day = 0;
    if (s.digits(2, &day) == 0)
        return ParseStatus::Invalid;
    bool suffixed = false;
    if (sep == u'年')
        suffixed = s.accept(u'日') || s.accept(u'号');

    if (!s.atEnd()) {
        const qsizetype before = s.pos();
        s.skipBlanks();
        const bool separated = s.pos() > before || s.accept(u'T');
        if (!separated && !suffixed)
            return ParseStatus::Invalid;
        if (!acceptTime(s))
            return ParseStatus::Invalid;
    }
    return acceptDate(first, month, day, out);
}

ParseStatus parseAmountFen(QStringView text, qint64 unitYuan, qint64 *fen)
{
    if (fen)
        *fen = 0;
    const QStringView t = trimmed(text);
    if (t.isEmpty() || isNoValue(t))
        return ParseStatus::Empty;

    Scanner s(t);
    bool negative = false;
    bool signSeen = false;
    bool currencySeen = false;
    // A sign and a currency mark, in either order: "-￥5", "￥-5", "RMB 5".
    for (int round = 0; round < 2; ++round) {
        const char16_t c = s.peek();
        if (!signSeen && (c == u'-' || c == u'\u2212' || c == u'+')) {
            negative = c != u'+';
            signSeen = true;
            s.advance();
        } else if (!currencySeen
            && (s.accept(u'¥') || s.accept(u'￥') || s.acceptWord(u"rmb") || s.acceptWord(u"cny")
                || s.acceptWord(u"人民币"))) {
            currencySeen = true;
        }
        s.skipBlanks();
    }

    // All significant digits in order, and how many of them are before the decimal point.
    QVarLengthArray<quint8, 40> digits;
    qsizetype integerDigits = 0;
    while (!s.atEnd()) {
        const char16_t c = s.peek();
        if (isDigit(c)) {
            digits.append(quint8(c - u'0'));
            s.advance();
        } else if (c == u',' && !digits.isEmpty()) {
            // A thousands separator sits between digits.
            s.advance();
            if (!isDigit(s.peek()))
                return ParseStatus::Invalid;
        } else {
            break;
        }
    }
    integerDigits = digits.size();
    if (s.accept(u'.')) {
        while (isDigit(s.peek())) {
            digits.append(quint8(s.peek() - u'0'));
            s.advance();
        }
    }
    if (digits.isEmpty())
        return ParseStatus::Invalid;
    int exponent = 0;
    if (s.peek() == u'e' || s.peek() == u'E') {
        // Excel writes large numbers as 1.2E+05 in CSV.
        s.advance();
        const bool negativeExponent = s.accept(u'-');
        if (!negativeExponent)
            s.accept(u'+');
        if (s.digits(2, &exponent) == 0 || isDigit(s.peek()))
            return ParseStatus::Invalid;
        if (negativeExponent)
            exponent = -exponent;
    }

    s.skipBlanks();
    const bool wan = s.accept(u'万');
    if (!s.accept(u'元') && !wan && !currencySeen && !s.acceptWord(u"rmb"))
        s.acceptWord(u"cny");
    s.skipBlanks();
    if (!s.atEnd())
        return ParseStatus::Invalid;

    const qint64 unit = wan ? 10000 : unitYuan;
    qint64 fenPerUnit = 0;
    if (unit <= 0 || qMulOverflow(unit, qint64(100), &fenPerUnit))
        return ParseStatus::Invalid;
    // fen = digits × 10^(exponent − fraction digits) × fenPerUnit, with fenPerUnit = factor × 10^shift:
    // the power of ten only moves the decimal point, so the product stays exact.
    qint64 factor = fenPerUnit;
    int shift = exponent;
    while (factor % 10 == 0) {
        factor /= 10;
        ++shift;
    }
    const qsizetype point = integerDigits + shift;
    const auto digitAt = [&](qsizetype k) -> qint64 { return k >= 0 && k < digits.size() ? digits[k] : 0; };

    qint64 whole = 0;
    for (qsizetype k = 0; k < point; ++k) {
        if (qMulOverflow(whole, qint64(10), &whole) || qAddOverflow(whole, digitAt(k), &whole))
            return ParseStatus::Invalid;
    }
    // The first 12 digits after the point decide the rounding: for a factor of 1 (any unit that is a
    // power of ten) only the first one matters, and the rest cannot move a value across a half.
    constexpr qint64 kScale = 1'000'000'000'000;
    qint64 rest = 0;
    for (qsizetype k = point; k < point + 12; ++k)
        rest = rest * 10 + digitAt(k);
    qint64 scaledRest = 0;
    qint64 magnitude = 0;
    if (qMulOverflow(rest, factor, &scaledRest) || qMulOverflow(whole, factor, &magnitude)
        || qAddOverflow(
            magnitude, scaledRest / kScale + (scaledRest % kScale * 2 >= kScale ? 1 : 0), &magnitude))
        return ParseStatus::Invalid;

    if (fen)
        *fen = negative ? -magnitude : magnitude;
    return ParseStatus::Ok;
}

ParseStatus parseDays(QStringView text, int *out)
{
    if (out)
        *out = 0;
    const QStringView t = trimmed(text);
    if (t.isEmpty() || isNoValue(t))
        return ParseStatus::Empty;

    Scanner s(t);
    const bool negative = s.accept(u'-');
    if (!negative)
        s.accept(u'+');
    qint64 value = 0;
    int count = 0;
    while (isDigit(s.peek())) {
        value = value * 10 + (s.peek() - u'0');
        if (value > std::numeric_limits<int>::max())
            return ParseStatus::Invalid;
        ++count;
        s.advance();
    }
    if (count == 0)
        return ParseStatus::Invalid;
    if (s.accept(u'.')) {
        // "45.0" as Excel writes whole numbers; "45.5" is not a whole number of days.
        while (s.peek() == u'0')
            s.advance();
        if (isDigit(s.peek()))
            return ParseStatus::Invalid;
    }
    s.skipBlanks();
    if (!s.accept(u'天'))
        s.accept(u'日');
    if (!s.atEnd())
        return ParseStatus::Invalid;
    if (out)
        *out = int(negative ? -value : value);
    return ParseStatus::Ok;
}

ParseStatus parseFlag(QStringView text, bool *out)
{
    if (out)
        *out = false;
    const QStringView t = trimmed(text);
    if (t.isEmpty())
        return ParseStatus::Empty;

    static constexpr QStringView kYes[] = {u"是", u"有", u"y", u"yes", u"true", u"1", u"√", u"✓"};
    static constexpr QStringView kNo[] = {u"否", u"无", u"n", u"no", u"false", u"0", u"×", u"✗"};
    for (QStringView word : kYes) {
        if (equalsWord(t, word)) {
            if (out)
                *out = true;
            return ParseStatus::Ok;
        }
    }
    for (QStringView word : kNo) {
        if (equalsWord(t, word))
            return ParseStatus::Ok;
    }
    return isNoValue(t) ? ParseStatus::Empty : ParseStatus::Invalid;
}

} // namespace values
} // namespace caseload
