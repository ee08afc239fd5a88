#include "CaseTable.h"

#include "CaseTableLookup.h"
#include "domain/DayNumber.h"

#include <algorithm>
#include <limits>

namespace caseload {

QString intermediateGroupOf(const QString &courtCode)
{
    // 京0105: province 京, intermediate division 01, basic court 05. Whatever follows the first two
    // digits (more digits, a letter) names something below the intermediate court.
    const QString code = courtCode.trimmed();
    qsizetype prefix = 0;
    while (prefix < code.size() && !code.at(prefix).isDigit())
        ++prefix;
    qsizetype digits = 0;
    while (prefix + digits < code.size() && digits < 2 && code.at(prefix + digits).isDigit())
        ++digits;
    return code.left(prefix + digits);
}

CaseTable::CaseTable()
    : m_causes {QString()}
    , m_handlers {QString()}
    , m_lookup(std::make_unique<Lookup>())
{ }

CaseTable::~CaseTable() = default;
CaseTable::CaseTable(CaseTable &&) noexcept = default;
CaseTable &CaseTable::operator=(CaseTable &&) noexcept = default;

void CaseTable::reserve(qint64 cases)
{
    const auto n = size_t(std::max<qint64>(cases, 0));
    m_filed.reserve(n);
    m_closeDelay.reserve(n);
    m_court.reserve(n);
    m_type.reserve(n);
    m_method.reserve(n);
    m_flags.reserve(n);
    m_cause.reserve(n);
    m_handler.reserve(n);
    m_deducted.reserve(n);
    m_extension.reserve(n);
    m_measures.reserve(n * MeasureCount);
    m_amountLow.reserve(n * 2);
    m_amountHigh.reserve(n * 2);
}

std::optional<quint16> CaseTable::courtId(const QString &name) const
{
    if (!m_lookup)
        return std::nullopt;
    if (const auto it = m_lookup->courtsByName.constFind(name); it != m_lookup->courtsByName.constEnd())
        return *it;
    if (const auto it = m_lookup->courtsByCode.constFind(name); it != m_lookup->courtsByCode.constEnd())
        return *it;
    return std::nullopt;
}

CaseRecord CaseTable::record(qint64 row) const
{
    CaseRecord r;
    const CourtInfo &info = m_courts[court(row)];
    r.courtName = info.name;
    r.courtCode = info.code;
    r.type = type(row);
    r.cause = m_causes.at(cause(row));
    r.filedOn = fromDayNumber(filedDay(row));
    if (isClosed(row))
        r.closedOn = fromDayNumber(closedDay(row));
    r.closureMethod = closureMethod(row);
    if (hasAmountApplied(row))
        r.appliedFen = amountAppliedFen(row);
    if (hasAmountRecovered(row))
        r.recoveredFen = amountRecoveredFen(row);
    r.handler = m_handlers.at(qsizetype(handler(row)));
    r.deductedDays = deductedDays(row);
    r.extensionDays = extensionDays(row);
    r.hasProperty = hasProperty(row);
    const auto measure = [&](Measure m) {
        const std::optional<qint32> offset = measureOffset(row, m);
        return offset ? fromDayNumber(qint64(filedDay(row)) + *offset) : QDate();
    };
    r.networkInquiryOn = measure(Measure::NetworkInquiry);
    r.dishonestListOn = measure(Measure::DishonestList);
    r.consumptionRestrictionOn = measure(Measure::ConsumptionRestriction);
    r.applicantInterviewOn = measure(Measure::ApplicantInterview);
    return r;
}

qint64 CaseTable::memoryBytes() const
{
    const auto vectorBytes = [](const auto &v) { return qint64(v.capacity() * sizeof(v[0])); };
    const auto textBytes = [](const QString &s) { return qint64(sizeof(QString) + s.capacity() * 2); };
    qint64 bytes = vectorBytes(m_filed) + vectorBytes(m_closeDelay) + vectorBytes(m_court)
        + vectorBytes(m_type) + vectorBytes(m_method) + vectorBytes(m_flags) + vectorBytes(m_cause)
        + vectorBytes(m_handler) + vectorBytes(m_deducted) + vectorBytes(m_extension)
        + vectorBytes(m_measures) + vectorBytes(m_amountLow) + vectorBytes(m_amountHigh)
        + vectorBytes(m_idOffsets) + vectorBytes(m_ids);
    // A hash node holds the pair, the next pointer and the cached hash; each bucket a pointer.
    bytes += qint64(m_wide.bucket_count() * sizeof(void *))
        + qint64(m_wide.size() * (sizeof(std::pair<const quint64, qint64>) + 2 * sizeof(void *)));
    bytes += qint64(m_courts.capacity() * sizeof(CourtInfo));
    for (const CourtInfo &c : m_courts)
        bytes += textBytes(c.name) + textBytes(c.code) + textBytes(c.intermediateGroup)
            - 3 * qint64(sizeof(QString));
    for (const QStringList *list : {&m_causes, &m_handlers}) {
        for (const QString &s : *list)
            bytes += textBytes(s);
    }
    if (m_lookup) {
        // The lookup keys share their text with the dictionaries; count the hash entries.
        const auto hashBytes
            = [](const auto &h) { return qint64(h.capacity()) * qint64(sizeof(QString) + 16); };
        bytes += hashBytes(m_lookup->courtsByName) + hashBytes(m_lookup->courtsByCode)
            + hashBytes(m_lookup->causes) + hashBytes(m_lookup->handlers);
    }
    return bytes;
}

qint64 CaseTable::storeId(qint64 row) const
{
    if (!m_ids.empty())
        return m_ids[size_t(row)];
    if (!m_idOffsets.empty())
        return m_idBase + qint64(m_idOffsets[size_t(row)]);
    return m_idBase + row;
}

std::optional<qint64> CaseTable::rowOfStoreId(qint64 id) const
{
    const auto found = [](const auto &ids, auto value) -> std::optional<qint64> {
        const auto it = std::lower_bound(ids.begin(), ids.end(), value);
        return it != ids.end() && *it == value ? std::optional<qint64>(it - ids.begin()) : std::nullopt;
    };
    if (!m_ids.empty())
        return found(m_ids, id);
    if (id < m_idBase)
        return std::nullopt;
    const qint64 offset = id - m_idBase;
    if (m_idOffsets.empty())
        return offset < size() ? std::optional<qint64>(offset) : std::nullopt;
    if (offset > qint64(std::numeric_limits<quint32>::max()))
        return std::nullopt;
    return found(m_idOffsets, quint32(offset));
}

void CaseTable::pushStoreId(qint64 id)
{
    const qint64 row = size();
    if (row == 0) {
        m_idBase = id;
        m_idOffsets.clear();
        m_ids.clear();
        return;
    }
    if (!m_ids.empty()) {
        m_ids.push_back(id);
        return;
    }
    const bool dense = m_idOffsets.empty();
    if (dense && id == m_idBase + row)
        return;
    const qint64 offset = id - m_idBase;
    if (offset >= 0 && offset <= qint64(std::numeric_limits<quint32>::max())) {
        if (dense) {
            // The first gap: write out the ids so far (0, 1, ... row - 1 from the base).
            m_idOffsets.reserve(m_filed.capacity());
            for (qint64 r = 0; r < row; ++r)
                m_idOffsets.push_back(quint32(r));
        }
        m_idOffsets.push_back(quint32(offset));
        return;
    }
    // Too far from the base (or before it, from a loader that did not sort): keep the ids themselves.
    std::vector<qint64> ids;
    ids.reserve(m_filed.capacity());
    for (qint64 r = 0; r < row; ++r)
        ids.push_back(storeId(r));
    ids.push_back(id);
    m_ids = std::move(ids);
    std::vector<quint32>().swap(m_idOffsets);
}

qint64 CaseTable::wide(qint64 row, int column) const
{
    const auto it = m_wide.find(quint64(row) << 4 | quint64(column));
    return it != m_wide.end() ? it->second : 0;
}

void CaseTable::setWide(qint64 row, int column, qint64 value)
{
    m_wide[quint64(row) << 4 | quint64(column)] = value;
}

} // namespace caseload
