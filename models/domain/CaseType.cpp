#include "CaseType.h"

#include "normalize/TextScan.h"

#include <QtGlobal>

#include <array>

namespace caseload {

namespace {

struct CaseTypeInfo
{
    CaseType type;
    QStringView chinese;
    QStringView code;
    const char *english;
    bool implementation;
};

// Indexed by the enum's value (Unknown first).
constexpr std::array<CaseTypeInfo, CaseTypeCount> kTypes {{
    {CaseType::Unknown, u"", u"", "", false},
    {CaseType::FirstEnforcement, u"首次执行", u"执", QT_TRANSLATE_NOOP("CaseType", "First enforcement"),
        true},
    {CaseType::Resumed, u"恢复执行", u"执恢", QT_TRANSLATE_NOOP("CaseType", "Resumed enforcement"), true},
    {CaseType::Preservation, u"财产保全执行", u"执保",
        QT_TRANSLATE_NOOP("CaseType", "Preservation enforcement"), true},
    {CaseType::Objection, u"执行异议", u"执异", QT_TRANSLATE_NOOP("CaseType", "Objection"), false},
    {CaseType::Reconsideration, u"执行复议", u"执复", QT_TRANSLATE_NOOP("CaseType", "Reconsideration"),
        false},
    {CaseType::Supervision, u"执行监督", u"执监", QT_TRANSLATE_NOOP("CaseType", "Supervision"), false},
    {CaseType::Coordination, u"执行协调", u"执协", QT_TRANSLATE_NOOP("CaseType", "Coordination"), false},
    {CaseType::Other, u"其他执行", u"执他", QT_TRANSLATE_NOOP("CaseType", "Other enforcement"), false},
}};

struct Alias
{
    QStringView label;
    CaseType type;
};

// Labels other than the current ones that name exactly one type. Deliberately absent: 执行实施 and
// 执行审查 (each covers several types) and a bare 执行.
constexpr Alias kAliases[] = {
    {u"首执", CaseType::FirstEnforcement},
    {u"首次执行案件", CaseType::FirstEnforcement},
    {u"执恢", CaseType::Resumed},
    {u"恢复执行案件", CaseType::Resumed},
    {u"保全执行", CaseType::Preservation},
    {u"财产保全", CaseType::Preservation},
    {u"财产保全执行案件", CaseType::Preservation},
    {u"执行异议案件", CaseType::Objection},
    {u"执行复议案件", CaseType::Reconsideration},
    {u"执行监督案件", CaseType::Supervision},
    {u"执行协调案件", CaseType::Coordination},
    {u"其他", CaseType::Other},
    {u"其它", CaseType::Other},
    {u"其它执行", CaseType::Other},
    {u"其他执行案件", CaseType::Other},
    // English short forms.
    {u"Resumed", CaseType::Resumed},
    {u"Preservation", CaseType::Preservation},
    {u"Other", CaseType::Other},
};

using textscan::trimmed;

// Full-width ASCII forms count as their ASCII counterparts and ASCII letters compare case-insensitively,
// so "ＦＩＲＳＴ enforcement" matches; Chinese compares exactly.
template<typename Text> bool looseEquals(QStringView a, Text b)
{
    return textscan::equalsFolded(a, b, textscan::foldLatin);
}

const CaseTypeInfo &info(CaseType type)
{
    const auto index = static_cast<std::size_t>(type);
    return index < kTypes.size() ? kTypes[index] : kTypes[0];
}

} // namespace

QString chineseLabel(CaseType type)
{
    return info(type).chinese.toString();
}

QString englishLabel(CaseType type)
{
    return QString::fromLatin1(info(type).english);
}

QString typeCode(CaseType type)
{
    return info(type).code.toString();
}

bool isImplementation(CaseType type)
{
    return info(type).implementation;
}

std::optional<CaseType> caseTypeFromCode(QStringView code)
{
    const QStringView c = trimmed(code);
    if (c.isEmpty())
        return std::nullopt;
    for (const CaseTypeInfo &t : kTypes) {
        if (!t.code.isEmpty() && t.code == c)
            return t.type;
    }
    return std::nullopt;
}

std::optional<CaseType> caseTypeFromLabel(QStringView label)
{
    const QStringView l = trimmed(label);
    if (l.isEmpty())
        return std::nullopt;
    for (const CaseTypeInfo &t : kTypes) {
        if (t.type != CaseType::Unknown
            && (t.chinese == l || looseEquals(l, QLatin1StringView(t.english)) || t.code == l))
            return t.type;
    }
    for (const Alias &a : kAliases) {
        if (looseEquals(l, a.label))
            return a.type;
    }
    return std::nullopt;
}

} // namespace caseload
