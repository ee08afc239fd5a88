#include "TextEncoding.h"

#include <QLatin1String>

#include <cstring>

namespace caseload {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    }
    return QString();
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    // Users write "UTF8", "utf_8", "Utf-8 " alike: compare without case, blanks, '-' and '_'.
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c != u'-' && c != u'_' && !c.isSpace())
            key.append(c.toLower());
    }
    struct Alias
    {
        const char *name;
        TextEncoding encoding;
    };
    static constexpr Alias aliases[] = {
        {"auto", TextEncoding::Auto},
        {"utf8", TextEncoding::Utf8},
        {"gb18030", TextEncoding::Gb18030},
        {"gbk", TextEncoding::Gb18030},
        {"gb2312", TextEncoding::Gb18030},
        {"cp936", TextEncoding::Gb18030},
        {"windows936", TextEncoding::Gb18030},
        {"utf16le", TextEncoding::Utf16LE},
        {"utf16be", TextEncoding::Utf16BE},
    };
    for (const Alias &alias : aliases) {
        if (key == QLatin1String(alias.name))
            return alias.encoding;
    }
    return std::nullopt;
}

int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = p[0];
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char secondLow = 0x80;
    unsigned char secondHigh = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondLow = 0xA0; // overlong
        else if (lead == 0xED)
            secondHigh = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondLow = 0x90; // overlong
        else if (lead == 0xF4)
            secondHigh = 0x8F; // beyond U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i == end)
            return -1;
        const unsigned char c = p[i];
        const unsigned char low = i == 1 ? secondLow : 0x80;
        const unsigned char high = i == 1 ? secondHigh : 0xBF;
        if (c < low || c > high)
            return 0;
    }
    return length;
}

namespace {

bool isValidUtf8Allowing(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Most of a CSV is ASCII: skip it eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0)
            return false;
        if (length < 0)
            return true; // cut by the end of the sample, not by bad data
        p += length;
    }
    return true;
}

} // namespace

DetectedEncoding detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    if (isValidUtf8Allowing(head))
        return {TextEncoding::Utf8, 0};
    return {TextEncoding::Gb18030, 0};
}

} // namespace caseload
