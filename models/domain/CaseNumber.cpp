#include "CaseNumber.h"

#include "normalize/TextScan.h"

#include <QVarLengthArray>

namespace caseload {

namespace {

// Case numbers are scanned by hand: parse() and canonical() run once per imported row.

using textscan::isBlank;
using textscan::isDigit;

// Opening and closing brackets of every kind seen around the year map to '(' and ')', full-width digits
// to ASCII; everything else is kept.
constexpr char16_t normalized(char16_t c) noexcept
{
    if (c >= u'０' && c <= u'９')
        return char16_t(u'0' + (c - u'０'));
    return textscan::foldBracket(c);
}

bool isProvince(char16_t c)
{
    constexpr QStringView provinces = u"京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新兵";
    for (QChar p : provinces) {
        if (p.unicode() == c)
            return true;
    }
    return false;
}

constexpr QStringView kSupremeCourt = u"最高法";

// The execution type codes, longest first: a suffix search must try 执恢 before 执.
struct Code
{
    QStringView code;
    CaseType type;
};
constexpr Code kCodes[] = {
    {u"执恢", CaseType::Resumed},
    {u"执保", CaseType::Preservation},
    {u"执异", CaseType::Objection},
    {u"执复", CaseType::Reconsideration},
    {u"执监", CaseType::Supervision},
    {u"执协", CaseType::Coordination},
    {u"执他", CaseType::Other},
    {u"执", CaseType::FirstEnforcement},
};

const Code *exactCode(QStringView s)
{
    for (const Code &c : kCodes) {
        if (c.code == s)
            return &c;
    }
    return nullptr;
}

const Code *suffixCode(QStringView s)
{
    for (const Code &c : kCodes) {
        if (s.endsWith(c.code))
            return &c;
    }
    return nullptr;
}

qint64 digitsValue(QStringView s)
{
    qint64 v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

} // namespace

CaseNumber CaseNumber::parse(QStringView text)
{
    CaseNumber result;

    // Blank-free, normalised copy: on the stack for any real case number.
    QVarLengthArray<char16_t, 64> buffer;
    for (QChar c : text) {
        if (!isBlank(c.unicode()))
            buffer.append(normalized(c.unicode()));
    }
    const QStringView b(buffer.constData(), buffer.size());
    const qsizetype n = b.size();

    // （year）
    qsizetype pos = 0;
    bool yearOk = false;
    if (n > 0 && b[0] == u'(') {
        qsizetype i = 1;
        while (i < n && isDigit(b[i].unicode()))
            ++i;
        if (i < n && b[i] == u')') {
            if (i - 1 == 4) {
                result.year = int(digitsValue(b.sliced(1, 4)));
                yearOk = true;
            }
            pos = i + 1;
        } else {
            pos = i;
        }
    } else if (n > 4 && isDigit(b[0].unicode()) && isDigit(b[1].unicode()) && isDigit(b[2].unicode())
        && isDigit(b[3].unicode()) && !isDigit(b[4].unicode())) {
        // "2016京0105执1234号": readable, not standard.
        result.year = int(digitsValue(b.first(4)));
        pos = 4;
    }

    // The sequence is the digit run just before 号 (or at the end when 号 is missing).
    qsizetype seqEnd = n;
    bool hasHao = false;
    bool trailing = false;
    for (qsizetype i = n - 1; i >= pos; --i) {
        if (b[i] == u'号') {
            seqEnd = i;
            hasHao = true;
            trailing = i != n - 1; // "…号之一"
            break;
        }
    }
    qsizetype seqStart = seqEnd;
    while (seqStart > pos && isDigit(b[seqStart - 1].unicode()))
        --seqStart;
    const bool seqOk = seqStart < seqEnd && seqEnd - seqStart <= 18;
    if (seqOk)
        result.sequence = digitsValue(b.sliced(seqStart, seqEnd - seqStart));

    // Court code: 最高法, or a province abbreviation and up to four digits (never eating the sequence).
    qsizetype courtEnd = pos;
    bool courtOk = false;
    if (b.sliced(pos).startsWith(kSupremeCourt) && pos + kSupremeCourt.size() <= seqStart) {
        courtEnd = pos + kSupremeCourt.size();
        courtOk = true;
    } else if (pos < seqStart && isProvince(b[pos].unicode())) {
        qsizetype i = pos + 1;
        while (i < seqStart && isDigit(b[i].unicode()))
            ++i;
        if (i - pos - 1 <= 4) {
            courtEnd = i;
            courtOk = true;
        }
    }

    // Type code: exactly the text between the court code and the sequence. Pre-2016 numbers put
    // 字第 after it and a local court abbreviation before it, so there only the suffix is read.
    QStringView region = b.sliced(courtEnd, qMax<qsizetype>(seqStart - courtEnd, 0));
    bool legacy = false;
    if (region.endsWith(u'第')) {
        region.chop(1);
        legacy = true;
    }
    if (region.endsWith(u'字')) {
        region.chop(1);
        legacy = true;
    }
    const Code *code = exactCode(region);
    if (!code && legacy) {
        const QStringView whole = b.sliced(pos, qMax<qsizetype>(seqStart - pos, 0));
        QStringView stripped = whole;
        if (stripped.endsWith(u'第'))
            stripped.chop(1);
        if (stripped.endsWith(u'字'))
            stripped.chop(1);
        code = suffixCode(stripped);
        // "(2014)浙杭执字第10号": 浙 is not this court's code when the type does not follow it.
        courtOk = false;
    }
    if (code) {
        // The code table is static: share its text instead of allocating.
        result.typeCode = QString::fromRawData(code->code.data(), code->code.size());
        result.type = code->type;
    }
    if (courtOk)
        result.courtCode = b.sliced(pos, courtEnd - pos).toString();

    result.standard
        = yearOk && courtOk && code && !legacy && seqOk && result.sequence > 0 && hasHao && !trailing;
    return result;
}

QString CaseNumber::canonical(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype size = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (isBlank(u))
            continue;
        char16_t m = normalized(u);
        if (m == u'(')
            m = u'（';
        else if (m == u')')
            m = u'）';
        out[size++] = QChar(m);
    }
    result.truncate(size);
    return result;
}

} // namespace caseload
