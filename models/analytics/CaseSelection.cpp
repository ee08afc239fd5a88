#include "CaseSelection.h"

#include "CaseDeadline.h"
#include "CaseFilterMatcher.h"
#include "CaseTable.h"
#include "domain/DayNumber.h"

#include <algorithm>
#include <limits>

namespace caseload {

namespace {

using Kind = CaseSubset::Kind;

/// Rows between two looks at the progress callback.
constexpr qint64 CheckEvery = 1 << 16;

/// The days a subset compares with, as day numbers.
struct Bounds
{
    qint32 from = 0;
    qint32 to = 0;
    qint32 asOf = 0;
    qint32 soonEnd = 0; ///< DueSoon: asOf + days
    int timeLimitMonths = 6;
};

/// The passing rows of one kind with their sort keys. Returns false when cancelled.
template<Kind K>
bool collect(const CaseTable &t, const CaseFilterMatcher &matcher, const Bounds &b,
    const CaseSelection::Progress &progress, std::vector<quint32> *rows, std::vector<qint32> *keys)
{
    const qint64 n = t.size();
    for (qint64 row = 0; row < n; ++row) {
        if (progress && row % CheckEvery == 0 && !progress(0.9 * double(row) / double(n)))
            return false;
        if (!matcher.accepts(t, row))
            continue;
        const qint32 filed = t.filedDay(row);
        qint32 key = filed;
        if constexpr (K == Kind::Filed) {
            if (filed < b.from || filed > b.to)
                continue;
        } else if constexpr (K == Kind::Closed) {
            if (!t.isClosed(row))
                continue;
            key = t.closedDay(row);
            if (key < b.from || key > b.to)
                continue;
        } else if constexpr (K == Kind::Pending || K == Kind::Overdue || K == Kind::DueSoon) {
            if (filed > b.asOf || (t.isClosed(row) && t.closedDay(row) <= b.asOf))
                continue;
            if constexpr (K != Kind::Pending) {
                key = CaseDeadline::of(t, row, b.timeLimitMonths).deadline;
                if (K == Kind::Overdue ? key >= b.asOf : (key < b.asOf || key > b.soonEnd))
                    continue;
            }
        }
        rows->push_back(quint32(row));
        keys->push_back(key);
    }
    return true;
}

/// Orders `rows` by `keys`, ties by row (the rows come in ascending order).
std::vector<quint32> sortByKey(const std::vector<quint32> &rows, const std::vector<qint32> &keys)
{
    if (std::is_sorted(keys.begin(), keys.end())) // rows in filing order, as a store often has them
        return std::vector<quint32>(rows.begin(), rows.end());
    std::vector<quint32> sorted(rows.size());
    const auto [lo, hi] = std::minmax_element(keys.begin(), keys.end());
    const qint64 range = qint64(*hi) - qint64(*lo) + 1;
    if (range <= qint64(rows.size()) * 4 + 65536) {
        // Days span a few thousand values: a counting sort, stable and linear.
        std::vector<quint32> start(size_t(range) + 1, 0);
        for (qint32 k : keys)
            ++start[size_t(k - *lo) + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        for (size_t i = 0; i < rows.size(); ++i)
            sorted[start[size_t(keys[i] - *lo)]++] = rows[i];
        return sorted;
    }
    std::vector<quint64> packed(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        packed[i] = quint64(qint64(keys[i]) - qint64(*lo)) << 32 | rows[i];
    std::sort(packed.begin(), packed.end());
    for (size_t i = 0; i < packed.size(); ++i)
        sorted[i] = quint32(packed[i]);
    return sorted;
}

} // namespace

std::optional<std::vector<quint32>> CaseSelection::select(const CaseTable &table, const AnalyticsInput &input,
    const CaseSubset &subset, QString *error, const Progress &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    std::optional<CaseFilterMatcher> matcher = CaseFilterMatcher::compile(table, input, error);
    if (!matcher || !matcher->narrowToCourts(table, subset.courts, error))
        return std::nullopt;

    Bounds b;
    b.from = qint32(toDayNumber(subset.from.isValid() ? subset.from : matcher->from()));
    b.to = qint32(toDayNumber(subset.to.isValid() ? subset.to : matcher->to()));
    b.asOf = qint32(toDayNumber(subset.asOf.isValid() ? subset.asOf : matcher->asOf()));
    b.soonEnd = qint32(std::min<qint64>(qint64(b.asOf) + subset.days, std::numeric_limits<qint32>::max()));
    b.timeLimitMonths = input.settings.timeLimitMonths;

    // Room for every row: untouched pages of a large allocation cost nothing, regrowing would.
    std::vector<quint32> rows;
    std::vector<qint32> keys;
    rows.reserve(size_t(table.size()));
    keys.reserve(size_t(table.size()));
    bool done = false;
    switch (subset.kind) {
    case Kind::All:
        done = collect<Kind::All>(table, *matcher, b, progress, &rows, &keys);
        break;
    case Kind::Filed:
        done = collect<Kind::Filed>(table, *matcher, b, progress, &rows, &keys);
        break;
    case Kind::Closed:
        done = collect<Kind::Closed>(table, *matcher, b, progress, &rows, &keys);
        break;
    case Kind::Pending:
        done = collect<Kind::Pending>(table, *matcher, b, progress, &rows, &keys);
        break;
    case Kind::Overdue:
        done = collect<Kind::Overdue>(table, *matcher, b, progress, &rows, &keys);
        break;
    case Kind::DueSoon:
        done = collect<Kind::DueSoon>(table, *matcher, b, progress, &rows, &keys);
        break;
    }
    if (!done)
        return std::nullopt;
    std::vector<quint32> sorted = sortByKey(rows, keys);
    if (progress && !progress(1.0))
        return std::nullopt;
    return sorted;
}

qint32 CaseSelection::deadlineDay(const CaseTable &table, qint64 row, const IndicatorSettings &settings)
{
    return CaseDeadline::of(table, row, settings.timeLimitMonths).deadline;
}

} // namespace caseload
