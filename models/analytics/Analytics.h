#pragma once

#include "AnalyticsQuery.h"
#include "AnalyticsResult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace caseload {

class CaseTable;
struct AnalyticsPlan;

/// The analytics engine: every indicator of DOMAIN.md for one filter, computed from a CaseTable
/// without SQL, in one parallel pass over the cases (plus a small pass per court for quantiles).
/// Thread-safe: compute() and computeMany() only read the table, so they may run on a worker thread
/// while another computes on the same table.
class Analytics
{
    Q_DECLARE_TR_FUNCTIONS(caseload::Analytics)

public:
    /// Progress: share done in 0..1; return false to cancel.
    using Progress = std::function<bool(double done)>;

    /// Computes everything for `input`. Returns nullopt when cancelled, or with `error` set when the
    /// filter cannot be applied (an unknown court or group name, a period ending before it starts).
    static std::optional<AnalyticsResult> compute(
        const CaseTable &table, const AnalyticsInput &input, QString *error, const Progress &progress = {});

    /// Computes everything for each of `inputs`: one result per input, in order, each equal to
    /// compute(table, input) in every field. Inputs that differ only in their period (filter.from,
    /// to, asOf) and petitions share one pass over the cases (as the dashboard's comparison periods
    /// do), which costs little more than one compute(); otherwise they are computed one by one.
    /// The thread count is the first input's. Returns nullopt when cancelled, or with `error` set
    /// when an input's filter cannot be applied (no result at all then).
    static std::optional<std::vector<AnalyticsResult>> computeMany(const CaseTable &table,
        const std::vector<AnalyticsInput> &inputs, QString *error, const Progress &progress = {});

private:
    /// Compiles `input` against `table` into `plan` (Analytics reads the table's measure column
    /// directly: CaseTable's friend). False with `error` set when the filter cannot be applied.
    static bool prepare(
        const CaseTable &table, const AnalyticsInput &input, AnalyticsPlan *plan, QString *error);
};

} // namespace caseload
