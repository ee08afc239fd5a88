#pragma once

#include "analytics/CaseTable.h"

#include <QString>

namespace caseload {

/// Names of the enforcement measures (DOMAIN.md, "A case export") as the dashboard shows them.
namespace measureText {

/// The measure's name, translated: "Network inquiry" (网络查控), "Dishonest list" (失信名单),
/// "Consumption restriction" (限制消费), "Applicant interviewed" (约谈申请人).
QString name(CaseTable::Measure measure);
/// The usual export header that carries the measure's dates ("网络查控日期"); not translated.
QString columnHeader(CaseTable::Measure measure);

} // namespace measureText
} // namespace caseload
