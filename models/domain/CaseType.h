#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace caseload {

/// The execution case types of the 2016 case-number rules (DOMAIN.md, "Case numbers").
/// The numeric values are stored in the database: append, never renumber.
enum class CaseType : quint8 {
    Unknown = 0, ///< not given and not derivable from the case number
    FirstEnforcement, ///< 执   首次执行
    Resumed, ///< 执恢 恢复执行
    Preservation, ///< 执保 财产保全执行
    Objection, ///< 执异 执行异议
    Reconsideration, ///< 执复 执行复议
    Supervision, ///< 执监 执行监督
    Coordination, ///< 执协 执行协调
    Other, ///< 执他 其他执行
};
inline constexpr int CaseTypeCount = 9;

/// Chinese label as court systems write it ("首次执行"); empty for Unknown.
QString chineseLabel(CaseType type);
/// English label ("First enforcement"); empty for Unknown.
QString englishLabel(CaseType type);
/// The type code inside a case number ("执恢"); empty for Unknown.
QString typeCode(CaseType type);
/// True for implementation (实施类) types, false for review (审查类) types and Unknown.
bool isImplementation(CaseType type);

/// Maps a label from an export (Chinese or English, current or legacy, surrounding blanks ignored)
/// onto a type; nullopt when the label is not known.
std::optional<CaseType> caseTypeFromLabel(QStringView label);
/// Maps a bare type code ("执", "执恢", ...) onto a type; nullopt when it is not an execution code.
std::optional<CaseType> caseTypeFromCode(QStringView code);

} // namespace caseload
