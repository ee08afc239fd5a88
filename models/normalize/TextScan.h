#pragma once

#include <QChar>
#include <QStringView>

/// Character classes and label comparison shared by the cell parsers in models/ (internal).
/// Everything here runs per cell on million-row imports: inline, allocation-free, noexcept.
namespace caseload::textscan {

/// True for what an import treats as blank: ASCII whitespace, NBSP, the ideographic space U+3000 and
/// the other Unicode spaces, the zero-width space/non-joiner/joiner, the word joiner and the BOM.
inline bool isBlank(char16_t c) noexcept
{
    if (c < 0x80)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    if (c > 0x3000) // CJK text, the common case: only the BOM is blank up there
        return c == 0xFEFF;
    // QChar::isSpace covers NBSP and the ideographic space; zero-width characters are not spaces to it.
    return QChar::isSpace(c) || (c >= 0x200B && c <= 0x200D) || c == 0x2060;
}

/// `s` without blanks (isBlank()) at either end; a view into `s`.
inline QStringView trimmed(QStringView s) noexcept
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isBlank(s[b].unicode()))
        ++b;
    while (e > b && isBlank(s[e - 1].unicode()))
        --e;
    return s.sliced(b, e - b);
}

/// ASCII digit 0-9 (full-width digits are not: map them with fullWidthToAscii() first).
constexpr bool isDigit(char16_t c) noexcept
{
    return c >= u'0' && c <= u'9';
}

/// Full-width ASCII forms U+FF01..U+FF5E to their ASCII counterparts; anything else unchanged
/// (the ideographic space included).
constexpr char16_t fullWidthToAscii(char16_t c) noexcept
{
    return c >= 0xFF01 && c <= 0xFF5E ? char16_t(c - 0xFEE0) : c;
}

/// ASCII A-Z to lower case; anything else unchanged.
constexpr char16_t lowerAscii(char16_t c) noexcept
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

/// Full-width ASCII to ASCII, then ASCII letters to lower case: "ＦＩＲＳＴ" folds as "first".
constexpr char16_t foldLatin(char16_t c) noexcept
{
    return lowerAscii(fullWidthToAscii(c));
}

/// Opening brackets of every width and kind seen in court exports ( （ [ ［ 【 〔 to '(', the closing
/// ones to ')'; anything else unchanged.
constexpr char16_t foldBracket(char16_t c) noexcept
{
    switch (c) {
    case u'（':
    case u'[':
    case u'［':
    case u'〔':
    case u'【':
        return u'(';
    case u'）':
    case u']':
    case u'］':
    case u'〕':
    case u'】':
        return u')';
    default:
        return c;
    }
}

/// True when `a` and `b` have the same length and agree character by character after `fold`.
/// `A` and `B` are QStringView or QLatin1StringView.
template<typename A, typename B, typename Fold> bool equalsFolded(A a, B b, Fold fold) noexcept
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (fold(a[i].unicode()) != fold(b[i].unicode()))
            return false;
    }
    return true;
}

/// Like equalsFolded(), but blanks (isBlank()) anywhere in either text are skipped.
template<typename A, typename B, typename Fold> bool equalsFoldedIgnoringBlanks(A a, B b, Fold fold) noexcept
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        while (i < a.size() && isBlank(a[i].unicode()))
            ++i;
        while (j < b.size() && isBlank(b[j].unicode()))
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (fold(a[i].unicode()) != fold(b[j].unicode()))
            return false;
        ++i;
        ++j;
    }
}

} // namespace caseload::textscan
