#include "ClosureMethod.h"

#include "normalize/TextScan.h"

#include <QtGlobal>

#include <array>
#include <iterator>

namespace caseload {

namespace {

struct MethodInfo
{
    ClosureMethod method;
    QStringView chinese;
    const char *english;
};

// Indexed by the enum's value (None first).
constexpr std::array<MethodInfo, ClosureMethodCount> kMethods {{
    {ClosureMethod::None, u"", ""},
    {ClosureMethod::Performed, u"执行完毕", QT_TRANSLATE_NOOP("ClosureMethod", "Performed")},
    {ClosureMethod::TerminatedThisRound, u"终结本次执行程序",
        QT_TRANSLATE_NOOP("ClosureMethod", "Terminated (this round)")},
    {ClosureMethod::Terminated, u"终结执行", QT_TRANSLATE_NOOP("ClosureMethod", "Terminated")},
    {ClosureMethod::NotEnforced, u"不予执行", QT_TRANSLATE_NOOP("ClosureMethod", "Not enforced")},
    {ClosureMethod::Rejected, u"驳回申请", QT_TRANSLATE_NOOP("ClosureMethod", "Rejected")},
    {ClosureMethod::Cancelled, u"销案", QT_TRANSLATE_NOOP("ClosureMethod", "Cancelled")},
}};

// "The 2016 rules" are the closure rules the current labels come from: the SPC's 《关于执行案件立案、
// 结案若干问题的意见》 (法发〔2014〕26号), which replaced the older label sets in the 2015-2016 switch-over.
constexpr LegacyClosureLabel kLegacy[] = {
    {u"终本", ClosureMethod::TerminatedThisRound, "common short form of 终结本次执行程序"},
    {u"终结本次执行", ClosureMethod::TerminatedThisRound, "short form of 终结本次执行程序"},
    {u"部分执行完毕", ClosureMethod::TerminatedThisRound,
        "partial recovery with no further property found is closed as 终本 under the 2016 rules"},
    {u"执毕", ClosureMethod::Performed, "short form of 执行完毕"},
    {u"全部执行完毕", ClosureMethod::Performed, "all obligations performed is 执行完毕"},
    {u"自动履行", ClosureMethod::Performed,
        "voluntary payment by the debtor counts as 执行完毕 (DOMAIN.md, closure methods)"},
    {u"自动履行完毕", ClosureMethod::Performed,
        "voluntary payment by the debtor counts as 执行完毕 (DOMAIN.md, closure methods)"},
    {u"和解", ClosureMethod::Performed,
        "legacy systems recorded a settlement performed in full as 和解; it counts as 执行完毕"},
    {u"执行和解", ClosureMethod::Performed,
        "legacy systems recorded a settlement performed in full as 执行和解; it counts as 执行完毕"},
    {u"和解履行完毕", ClosureMethod::Performed, "settlement performed in full counts as 执行完毕"},
    {u"准许撤回申请", ClosureMethod::Terminated,
        "withdrawal of the application is a ground for 终结执行 (Civil Procedure Law)"},
    {u"撤回申请", ClosureMethod::Terminated,
        "withdrawal of the application is a ground for 终结执行 (Civil Procedure Law)"},
    {u"撤回执行申请", ClosureMethod::Terminated,
        "withdrawal of the application is a ground for 终结执行 (Civil Procedure Law)"},
    {u"终结", ClosureMethod::Terminated, "short form of 终结执行"},
    {u"移送破产", ClosureMethod::Terminated,
        "enforcement against a debtor transferred to bankruptcy ends once the bankruptcy case is accepted: "
        "终结执行"},
    {u"移送破产审查", ClosureMethod::Terminated,
        "enforcement against a debtor transferred to bankruptcy ends once the bankruptcy case is accepted: "
        "终结执行"},
    {u"委托执行", ClosureMethod::Cancelled,
        "the entrusting court closes an entrusted case by 销案 under the 2016 rules"},
    {u"裁定不予执行", ClosureMethod::NotEnforced, "long form of 不予执行"},
    {u"驳回执行申请", ClosureMethod::Rejected, "long form of 驳回申请"},
};

// Labels that look like outcomes but leave the case pending (suspended days are deducted instead).
constexpr QStringView kNotClosures[] = {u"中止执行", u"中止", u"暂缓执行", u"执行中止"};

constexpr QStringView kEnglishAliases[] = {u"Canceled"};

using textscan::trimmed;

// Brackets of every width map to ASCII, full-width ASCII forms to ASCII, ASCII letters to lower case.
constexpr char16_t folded(char16_t c) noexcept
{
    return textscan::foldLatin(textscan::foldBracket(c));
}

// Equality ignoring blanks anywhere, bracket width and ASCII case.
template<typename Text> bool looseEquals(QStringView a, Text b)
{
    return textscan::equalsFoldedIgnoringBlanks(a, b, folded);
}

enum class Match { Unknown, NotClosure, Closure };

Match lookup(QStringView l, ClosureMethod *method)
{
    for (const MethodInfo &m : kMethods) {
        if (m.method != ClosureMethod::None
            && (looseEquals(l, m.chinese) || looseEquals(l, QLatin1StringView(m.english)))) {
            *method = m.method;
            return Match::Closure;
        }
    }
    for (const LegacyClosureLabel &m : kLegacy) {
        if (looseEquals(l, QStringView(m.label))) {
            *method = m.method;
            return Match::Closure;
        }
    }
    for (QStringView n : kNotClosures) {
        if (looseEquals(l, n))
            return Match::NotClosure;
    }
    if (looseEquals(l, kEnglishAliases[0])) {
        *method = ClosureMethod::Cancelled;
        return Match::Closure;
    }
    return Match::Unknown;
}

bool isOpening(char16_t c)
{
    return folded(c) == u'(';
}

bool isClosing(char16_t c)
{
    return folded(c) == u')';
}

const MethodInfo &info(ClosureMethod method)
{
    const auto index = static_cast<std::size_t>(method);
    return index < kMethods.size() ? kMethods[index] : kMethods[0];
}

} // namespace

QString chineseLabel(ClosureMethod method)
{
    return info(method).chinese.toString();
}

QString englishLabel(ClosureMethod method)
{
    return QString::fromLatin1(info(method).english);
}

std::optional<ClosureMethod> closureMethodFromLabel(QStringView label)
{
    QStringView l = trimmed(label);
    // Labels as written are what almost every row holds: compare them exactly before the loose scan.
    for (const MethodInfo &m : kMethods) {
        if (m.method != ClosureMethod::None && m.chinese == l)
            return m.method;
    }
    for (const LegacyClosureLabel &m : kLegacy) {
        if (QStringView(m.label) == l)
            return m.method;
    }
    // "【终本】": a label wrapped in brackets as a whole.
    while (l.size() >= 2 && isOpening(l.front().unicode()) && isClosing(l.back().unicode()))
        l = trimmed(l.sliced(1, l.size() - 2));
    if (l.isEmpty())
        return std::nullopt;

    ClosureMethod method = ClosureMethod::None;
    switch (lookup(l, &method)) {
    case Match::Closure:
        return method;
    case Match::NotClosure:
        return std::nullopt;
    case Match::Unknown:
        break;
    }
    // "执行完毕（和解）", "终结本次执行程序(终本)": the method comes first, the detail in brackets.
    for (qsizetype i = 1; i < l.size(); ++i) {
        if (isOpening(l[i].unicode())) {
            if (lookup(trimmed(l.first(i)), &method) == Match::Closure)
                return method;
            break;
        }
    }
    return std::nullopt;
}

const LegacyClosureLabel *legacyClosureLabels(int *count)
{
    if (count)
        *count = int(std::size(kLegacy));
    return kLegacy;
}

} // namespace caseload
