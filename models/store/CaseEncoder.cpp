#include "CaseEncoder.h"

#include "domain/DayNumber.h"

namespace caseload {

void EncodedBatch::clear()
{
    entries.clear();
    values.clear();
    nulls.clear();
    text.clear();
    textEnds.clear();
}

void EncodedBatch::reserve(size_t cases)
{
    values.reserve(cases * CaseColumnCount);
    nulls.reserve(cases);
    text.reserve(cases * 24); // a case number is about 16 UTF-16 units
    textEnds.reserve(cases * 2);
}

CaseEncoder::CaseEncoder(Known known, bool storeParties, qint64 importId)
    : m_known(std::move(known))
    , m_storeParties(storeParties)
    , m_importId(importId)
{ }

qint64 CaseEncoder::dictionaryId(Dictionary table, const QString &name, EncodedBatch *batch)
{
    if (name.isEmpty())
        return 0;
    const qint64 next = m_known.nextId[int(table)];
    if (const quint32 id = m_known.ids[int(table)].insert(name, quint32(next)))
        return id;
    ++m_known.nextId[int(table)];
    batch->entries.push_back({table, next, name, QString(), false});
    return next;
}

qint64 CaseEncoder::courtId(const QString &name, const QString &code, EncodedBatch *batch)
{
    // A court is known by its name. A row without a name goes to the court that first had its code
    // (京0105), so an export without a name column lands on the courts other exports named; with
    // neither, to the unknown court ''. The rule depends only on what is stored and the row itself,
    // so importing the same file twice assigns every case the same court.
    Known &k = m_known;
    if (name.isEmpty() && !code.isEmpty()) {
        if (const quint32 id = k.courtsByCode.value(code))
            return id;
    }
    const QString key = !name.isEmpty() ? name : !code.isEmpty() ? code : QStringLiteral("");
    const qint64 next = k.nextId[int(Dictionary::Courts)];
    const qint64 id = k.ids[int(Dictionary::Courts)].insert(key, quint32(next));
    if (id == 0) {
        ++k.nextId[int(Dictionary::Courts)];
        if (!code.isEmpty()) {
            k.courtCodes.insert(next, code);
            k.courtsByCode.insert(code, quint32(next)); // keeps an earlier court's claim on the code
        }
        batch->entries.push_back({Dictionary::Courts, next, key, code, false});
        return next;
    }
    if (!code.isEmpty() && !k.courtCodes.contains(id)) {
        k.courtCodes.insert(id, code);
        k.courtsByCode.insert(code, quint32(id));
        batch->entries.push_back({Dictionary::Courts, id, key, code, true});
    }
    return id;
}

void CaseEncoder::encode(const CaseRecord &r, const CaseNumber &number, EncodedBatch *batch)
{
    const size_t base = batch->values.size();
    batch->values.resize(base + CaseColumnCount);
    qint64 *v = batch->values.data() + base;
    quint32 nulls = 0;
    const auto set = [&](CaseColumn c, qint64 value) { v[c] = value; };
    const auto setNull = [&](CaseColumn c) { nulls |= 1u << c; };
    const auto optional
        = [&](CaseColumn c, bool present, qint64 value) { present ? set(c, value) : setNull(c); };
    const auto date
        = [&](CaseColumn c, QDate day) { optional(c, day.isValid(), day.isValid() ? toDayNumber(day) : 0); };
    const auto id = [&](CaseColumn c, qint64 i) { optional(c, i > 0, i); };

    optional(ColCaseYear, number.year > 0, number.year);
    optional(ColCaseSeq, number.sequence > 0, number.sequence);
    set(ColCourt, courtId(r.courtName, r.courtCode, batch));
    set(ColType, static_cast<int>(r.type));
    id(ColCause, dictionaryId(Dictionary::Causes, r.cause, batch));
    date(ColFiled, r.filedOn);
    date(ColClosed, r.closedOn);
    set(ColMethod, static_cast<int>(r.closureMethod));
    optional(ColApplied, r.appliedFen.has_value(), r.appliedFen.value_or(0));
    optional(ColRecovered, r.recoveredFen.has_value(), r.recoveredFen.value_or(0));
    id(ColHandler, dictionaryId(Dictionary::Handlers, r.handler, batch));
    id(ColDepartment, dictionaryId(Dictionary::Departments, r.department, batch));
    set(ColDeducted, r.deductedDays);
    set(ColExtension, r.extensionDays);
    optional(ColProperty, r.hasProperty.has_value(), r.hasProperty.value_or(false) ? 1 : 0);
    date(ColInquiry, r.networkInquiryOn);
    date(ColDishonest, r.dishonestListOn);
    date(ColRestriction, r.consumptionRestrictionOn);
    date(ColInterview, r.applicantInterviewOn);
    set(ColImport, m_importId);
    QDate latest = r.filedOn;
    for (const QDate day : {r.closedOn, r.networkInquiryOn, r.dishonestListOn, r.consumptionRestrictionOn,
             r.applicantInterviewOn}) {
        if (day.isValid() && (!latest.isValid() || day > latest))
            latest = day;
    }
    date(ColLatest, latest);

    batch->text.append(reinterpret_cast<const char16_t *>(r.caseNumber.utf16()), size_t(r.caseNumber.size()));
    batch->textEnds.push_back(quint32(batch->text.size()));
    if (m_storeParties && !r.parties.isEmpty())
        batch->text.append(reinterpret_cast<const char16_t *>(r.parties.utf16()), size_t(r.parties.size()));
    else
        setNull(ColParties);
    batch->textEnds.push_back(quint32(batch->text.size()));
    batch->nulls.push_back(nulls);
}

} // namespace caseload
