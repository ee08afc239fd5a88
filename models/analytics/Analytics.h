#pragma once

#include "AnalyticsQuery.h"
#include "AnalyticsResult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace caseload {

class CaseTable;

/// The analytics engine: every indicator of DOMAIN.md for one filter, computed from a CaseTable
/// without SQL, in one parallel pass over the cases (plus a small pass per court for quantiles).
/// Thread-safe: compute() only reads the table, so it may run on a worker thread while another
/// computes on the same table.
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
};

} // namespace caseload
