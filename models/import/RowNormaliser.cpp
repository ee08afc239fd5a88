#include "RowNormaliser.h"

#include "normalize/ValueParsers.h"

namespace caseload {

RowNormaliser::RowNormaliser(const ColumnMapping &mapping, bool keepPersonalData, QDate today)
    : m_mapping(mapping)
    , m_keepPersonalData(keepPersonalData)
    , m_today(today)
{ }

QStringView RowNormaliser::field(const QList<QStringView> &fields, CaseField f) const
{
    const int column = m_mapping.columnOf(f);
    return column >= 0 && column < fields.size() ? fields.at(column) : QStringView();
}

RowNormaliser::Problem RowNormaliser::at(CaseField f, const QString &reason) const
{
    const int column = m_mapping.columnOf(f);
    return {m_mapping.headers.value(column), reason, column};
}

bool RowNormaliser::date(const QList<QStringView> &fields, CaseField f, QDate *out, Problem *problem) const
{
    const QStringView text = field(fields, f);
    switch (values::parseDate(text, out)) {
    case ParseStatus::Empty:
        *out = QDate();
        return true;
    case ParseStatus::Invalid:
        *problem = at(f, tr("not a valid date: '%1'").arg(text));
        return false;
    case ParseStatus::Ok:
        break;
    }
    if (*out > m_today) {
        *problem = at(f, tr("date %1 is in the future").arg(out->toString(Qt::ISODate)));
        return false;
    }
    return true;
}

bool RowNormaliser::amount(
    const QList<QStringView> &fields, CaseField f, std::optional<qint64> *out, Problem *problem) const
{
    const QStringView text = field(fields, f);
    qint64 fen = 0;
    switch (values::parseAmountFen(text, m_mapping.unitYuan[static_cast<int>(f)], &fen)) {
    case ParseStatus::Empty:
        out->reset();
        return true;
    case ParseStatus::Invalid:
        *problem = at(f, tr("not a valid amount: '%1'").arg(text));
        return false;
    case ParseStatus::Ok:
        break;
    }
    if (fen < 0) {
        *problem = at(f, tr("negative amount: '%1'").arg(text));
        return false;
    }
    *out = fen;
    return true;
}

bool RowNormaliser::days(const QList<QStringView> &fields, CaseField f, int *out, Problem *problem) const
{
    const QStringView text = field(fields, f);
    switch (values::parseDays(text, out)) {
    case ParseStatus::Empty:
        *out = 0;
        return true;
    case ParseStatus::Invalid:
        *problem = at(f, tr("not a whole number of days: '%1'").arg(text));
        return false;
    case ParseStatus::Ok:
        break;
    }
    if (*out < 0) {
        *problem = at(f, tr("negative number of days: '%1'").arg(text));
        return false;
    }
    return true;
}

bool RowNormaliser::normalise(
    const QList<QStringView> &fields, CaseRecord *r, CaseNumber *number, Problem *problem) const
{
    const qsizetype expected = m_mapping.headers.size();
    if (fields.size() < expected) {
        *problem
            = {QString(), tr("the row has %1 fields, the header has %2").arg(fields.size()).arg(expected)};
        return false;
    }
    for (qsizetype i = expected; i < fields.size(); ++i) {
        if (!values::cleanText(fields.at(i)).isEmpty()) {
            *problem = {
                QString(), tr("the row has %1 fields, the header has %2").arg(fields.size()).arg(expected)};
            return false;
        }
    }

    *r = CaseRecord();
    const QString rawNumber = values::cleanText(field(fields, CaseField::CaseNumber));
    if (rawNumber.isEmpty()) {
        const bool blank = std::all_of(
            fields.begin(), fields.end(), [](QStringView f) { return values::cleanText(f).isEmpty(); });
        *problem
            = blank ? Problem {QString(), tr("empty row")} : at(CaseField::CaseNumber, tr("no case number"));
        return false;
    }
    r->caseNumber = CaseNumber::canonical(rawNumber);
    *number = CaseNumber::parse(r->caseNumber);

    r->courtName = values::cleanText(field(fields, CaseField::CourtName));
    r->courtCode = values::toHalfWidth(values::cleanText(field(fields, CaseField::CourtCode)));
    if (r->courtCode.isEmpty())
        r->courtCode = number->courtCode;

    const QStringView typeText = field(fields, CaseField::CaseType);
    if (const auto type = caseTypeFromLabel(typeText))
        r->type = *type;
    else if (!values::cleanText(typeText).isEmpty() && number->type == CaseType::Unknown) {
        *problem = at(CaseField::CaseType, tr("unknown case type: '%1'").arg(typeText));
        return false;
    } else
        r->type = number->type;

    r->cause = values::cleanText(field(fields, CaseField::Cause));

    if (!date(fields, CaseField::FiledOn, &r->filedOn, problem)
        || !date(fields, CaseField::ClosedOn, &r->closedOn, problem))
        return false;
    if (!r->filedOn.isValid()) {
        *problem = at(CaseField::FiledOn, tr("no filing date"));
        return false;
    }
    if (r->closedOn.isValid() && r->closedOn < r->filedOn) {
        *problem = at(CaseField::ClosedOn,
            tr("closure date %1 is before the filing date %2")
                .arg(r->closedOn.toString(Qt::ISODate), r->filedOn.toString(Qt::ISODate)));
        return false;
    }

    const QString methodText = values::cleanText(field(fields, CaseField::ClosureMethod));
    if (!methodText.isEmpty()) {
        const auto method = closureMethodFromLabel(methodText);
        // 中止执行, 执行中止, 【中止】, 暂缓执行: a suspension, not a closure.
        const bool suspension = methodText.contains(u"中止") || methodText.contains(u"暂缓");
        if (method) {
            r->closureMethod = *method;
        } else if (!suspension) {
            *problem = at(CaseField::ClosureMethod, tr("unknown closure method: '%1'").arg(methodText));
            return false;
        } else if (r->closedOn.isValid()) {
            *problem = at(CaseField::ClosureMethod,
                tr("'%1' is a suspension, not a closure, but the row has a closure date").arg(methodText));
            return false;
        }
        // A suspended case without a closure date stays pending.
    }
    if (m_mapping.has(CaseField::ClosureMethod) && m_mapping.has(CaseField::ClosedOn)) {
        if (r->closureMethod != ClosureMethod::None && !r->closedOn.isValid()) {
            *problem = at(CaseField::ClosedOn, tr("closure method '%1' but no closure date").arg(methodText));
            return false;
        }
        if (r->closureMethod == ClosureMethod::None && r->closedOn.isValid()) {
            *problem = at(CaseField::ClosureMethod,
                tr("closure date %1 but no closure method").arg(r->closedOn.toString(Qt::ISODate)));
            return false;
        }
    }

    if (!amount(fields, CaseField::AmountApplied, &r->appliedFen, problem)
        || !amount(fields, CaseField::AmountRecovered, &r->recoveredFen, problem))
        return false;
    r->handler = values::cleanText(field(fields, CaseField::Handler));
    r->department = values::cleanText(field(fields, CaseField::Department));
    if (!days(fields, CaseField::DeductedDays, &r->deductedDays, problem)
        || !days(fields, CaseField::ExtensionDays, &r->extensionDays, problem))
        return false;

    const QStringView flag = field(fields, CaseField::HasProperty);
    bool hasProperty = false;
    switch (values::parseFlag(flag, &hasProperty)) {
    case ParseStatus::Empty:
        break;
    case ParseStatus::Ok:
        r->hasProperty = hasProperty;
        break;
    case ParseStatus::Invalid:
        *problem = at(CaseField::HasProperty, tr("not a yes/no value: '%1'").arg(flag));
        return false;
    }

    if (!date(fields, CaseField::NetworkInquiryOn, &r->networkInquiryOn, problem)
        || !date(fields, CaseField::DishonestListOn, &r->dishonestListOn, problem)
        || !date(fields, CaseField::ConsumptionRestrictionOn, &r->consumptionRestrictionOn, problem)
        || !date(fields, CaseField::ApplicantInterviewOn, &r->applicantInterviewOn, problem))
        return false;

    if (m_keepPersonalData) {
        QStringList parts;
        for (const int column : m_mapping.personalColumns) {
            const QString value = values::cleanText(fields.value(column));
            if (!value.isEmpty())
                parts.append(m_mapping.headers.value(column) + QStringLiteral(": ") + value);
        }
        r->parties = parts.join(QStringLiteral("; "));
    }
    return true;
}

} // namespace caseload
