#include "MeasureText.h"

#include <QCoreApplication>

namespace caseload::measureText {

QString name(CaseTable::Measure measure)
{
    switch (measure) {
    case CaseTable::Measure::NetworkInquiry:
        return QCoreApplication::translate("caseload::MeasureText", "Network inquiry");
    case CaseTable::Measure::DishonestList:
        return QCoreApplication::translate("caseload::MeasureText", "Dishonest list");
    case CaseTable::Measure::ConsumptionRestriction:
        return QCoreApplication::translate("caseload::MeasureText", "Consumption restriction");
    case CaseTable::Measure::ApplicantInterview:
        return QCoreApplication::translate("caseload::MeasureText", "Applicant interviewed");
    }
    return {};
}

QString columnHeader(CaseTable::Measure measure)
{
    // The headers HeaderMapper knows first for each measure column.
    switch (measure) {
    case CaseTable::Measure::NetworkInquiry:
        return QString::fromUtf8("网络查控日期");
    case CaseTable::Measure::DishonestList:
        return QString::fromUtf8("纳入失信名单日期");
    case CaseTable::Measure::ConsumptionRestriction:
        return QString::fromUtf8("限制消费令日期");
    case CaseTable::Measure::ApplicantInterview:
        return QString::fromUtf8("约谈申请执行人日期");
    }
    return {};
}

} // namespace caseload::measureText
