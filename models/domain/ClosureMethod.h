#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace caseload {

/// How an execution case was closed (DOMAIN.md, "Closure methods"). None means still pending;
/// 中止执行 (suspension) is not a closure. Stored as its numeric value: append, never renumber.
enum class ClosureMethod : quint8 {
    None = 0, ///< pending
    Performed, ///< 执行完毕 (actual closure)
    TerminatedThisRound, ///< 终结本次执行程序 (终本, procedural closure)
    Terminated, ///< 终结执行
    NotEnforced, ///< 不予执行
    Rejected, ///< 驳回申请
    Cancelled, ///< 销案
};
inline constexpr int ClosureMethodCount = 7;

/// Chinese label ("终结本次执行程序"); empty for None.
QString chineseLabel(ClosureMethod method);
/// English label ("Terminated (this round)"); empty for None.
QString englishLabel(ClosureMethod method);

/// Maps a label from an export onto a method: the current Chinese and English labels, common short
/// forms (终本) and the legacy labels of older systems (全部执行完毕, 和解, 委托执行, 准许撤回申请, ...).
/// Returns nullopt for an unknown label, and also for labels that are not closures (中止执行).
std::optional<ClosureMethod> closureMethodFromLabel(QStringView label);

/// One row of the built-in legacy mapping, for showing it to the user.
struct LegacyClosureLabel
{
    const char16_t *label;
    ClosureMethod method;
    const char *why; ///< the rule behind the mapping, in English
};
/// The built-in legacy label table (labels other than the six current ones).
const LegacyClosureLabel *legacyClosureLabels(int *count);

} // namespace caseload
