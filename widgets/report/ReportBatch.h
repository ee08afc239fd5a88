#pragma once

#include "analytics/AnalyticsQuery.h"
#include "forecast/ForecastSettings.h"
#include "report/MonthlyReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace caseload {

class CaseTable;

/// One PDF of a batch: the courts (or groups) it covers, its title label and the file it goes to.
struct ReportJob
{
    QStringList courts;
    QStringList groups;
    QString label; ///< empty: the report's default label
    QString path;
};

/// What a batch did: the files written, whether it was cancelled, the first error (empty when none)
/// and a translated one-line summary for the user.
struct ReportBatchOutcome
{
    QStringList written;
    int planned = 0;
    bool cancelled = false;
    QString error;
    QString message;
    QString caseNumberError; ///< the first report whose case numbers could not be read says why
};

/// Writes monthly reports one after another (the "one PDF per court" batch of the report dialog and
/// the file names of `caseload report --all-courts`). GUI-free: runs on any thread.
class ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(caseload::ReportBatch)

public:
    /// Called before each job with the jobs done so far, the total and the next job's label, and
    /// once more at the end with done == total and an empty label. Returning false cancels before
    /// the next job starts (the running one always finishes).
    using Progress = std::function<bool(int done, int total, const QString &label)>;

    /// The courts of `filter` (all courts when it names none; courts named by name or code, those of
    /// the named intermediate or user-defined groups of `input`), in the table's order.
    static QStringList selectedCourts(
        const CaseTable &table, const AnalyticsInput &input, const CaseFilter &filter);

    /// One job per court of `input`'s filter, named `<court code>-<YYYY-MM>.pdf` (the name when the
    /// court has no code), and one for the whole selection named `all-<YYYY-MM>.pdf`, in `directory`.
    static std::vector<ReportJob> perCourtJobs(
        const CaseTable &table, const AnalyticsInput &input, QDate month, const QString &directory);

    /// `text` usable as a file name on every system: slashes, colons and spaces become '_'.
    static QString fileSafe(const QString &text);

    /// Store ids -> case numbers, read from the SQLite store at `storePath` with a connection of
    /// the calling thread; an empty path gives an empty lookup (no case numbers in the report).
    static MonthlyReport::CaseNumberLookup storeLookup(const QString &storePath);

    /// Computes and writes each job in turn; stops at the first error.
    static ReportBatchOutcome run(const CaseTable &table, const AnalyticsInput &input, QDate month,
        const std::vector<ReportJob> &jobs, const MonthlyReport::CaseNumberLookup &lookup,
        const Progress &progress, const ForecastSettings &forecast = ForecastSettings::defaults());
};

} // namespace caseload
