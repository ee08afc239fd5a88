#include "ReportBatch.h"

#include "analytics/CaseTable.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace caseload {

namespace { } // namespace

QStringList ReportBatch::selectedCourts(
    const CaseTable &table, const AnalyticsInput &input, const CaseFilter &filter)
{
    QStringList courts;
    const bool all = filter.courts.isEmpty() && filter.courtGroups.isEmpty();
    for (const CourtInfo &court : table.courts()) {
        bool chosen = all || filter.courts.contains(court.name)
            || (!court.code.isEmpty() && filter.courts.contains(court.code))
            || (!court.intermediateGroup.isEmpty() && filter.courtGroups.contains(court.intermediateGroup));
        for (qsizetype g = 0; !chosen && g < filter.courtGroups.size(); ++g) {
            const QStringList members = input.courtGroups.value(filter.courtGroups.at(g));
            chosen = members.contains(court.name) || (!court.code.isEmpty() && members.contains(court.code));
        }
        if (chosen)
            courts.append(court.name);
    }
    return courts;
}

std::vector<ReportJob> ReportBatch::perCourtJobs(
    const CaseTable &table, const AnalyticsInput &input, QDate month, const QString &directory)
{
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    const QDir dir(directory);
    std::vector<ReportJob> jobs;
    const QStringList courts = selectedCourts(table, input, input.filter);
    for (const CourtInfo &court : table.courts()) {
        if (!courts.contains(court.name))
            continue;
        const QString stem = fileSafe(court.code.isEmpty() ? court.name : court.code);
        jobs.push_back(
            {{court.name}, {}, court.name, dir.filePath(QStringLiteral("%1-%2.pdf").arg(stem, monthText))});
    }
    jobs.push_back({input.filter.courts, input.filter.courtGroups, {},
        dir.filePath(QStringLiteral("all-%1.pdf").arg(monthText))});
    return jobs;
}

MonthlyReport::CaseNumberLookup ReportBatch::storeLookup(const QString &storePath)
{
    // Store::open would create a missing SQLite file: no store, no case numbers.
    if (storePath.isEmpty() || (!Store::isServerLocation(storePath) && !QFileInfo::exists(storePath)))
        return {};
    // A connection of the calling thread (the batch's worker), opened for each report.
    return [storePath](const QList<qint64> &ids, QString *error) -> std::optional<QHash<qint64, QString>> {
        const std::unique_ptr<Store> store = Store::open(storePath, error);
        if (!store)
            return std::nullopt;
        return store->caseNumbers(ids, error);
    };
}

QString ReportBatch::fileSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c.isSpace())
            c = u'_';
    }
    return safe;
}

ReportBatchOutcome ReportBatch::run(const CaseTable &table, const AnalyticsInput &input, QDate month,
    const std::vector<ReportJob> &jobs, const MonthlyReport::CaseNumberLookup &lookup,
    const Progress &progress, const ForecastSettings &forecast)
{
    ReportBatchOutcome outcome;
    outcome.planned = int(jobs.size());
    const int total = outcome.planned;
    for (int i = 0; i < total; ++i) {
        const ReportJob &job = jobs[size_t(i)];
        const QString label = job.label.isEmpty() ? tr("All courts of the selection") : job.label;
        if (progress && !progress(i, total, label)) {
            outcome.cancelled = true;
            break;
        }
        AnalyticsInput jobInput = input;
        jobInput.filter.courts = job.courts;
        jobInput.filter.courtGroups = job.groups;
        MonthlyReport report(table, jobInput, month);
        if (!job.label.isEmpty())
            report.setSelectionLabel(job.label);
        if (lookup)
            report.setCaseNumberLookup(lookup);
        report.setForecastSettings(forecast);
        QString error;
        if (!report.compute(&error) || !report.writePdf(job.path, &error)) {
            outcome.error = error;
            break;
        }
        if (outcome.caseNumberError.isEmpty())
            outcome.caseNumberError = report.caseNumberError();
        outcome.written.append(job.path);
    }
    if (!outcome.cancelled && outcome.error.isEmpty() && progress)
        progress(total, total, QString());

    const int written = int(outcome.written.size());
    if (!outcome.error.isEmpty())
        outcome.message = tr("Stopped after %n file(s): %1", nullptr, written).arg(outcome.error);
    else if (outcome.cancelled)
        outcome.message = tr("Cancelled: %1 of %2 files written.").arg(written).arg(total);
    else
        outcome.message = tr("%n file(s) written.", nullptr, written);
    return outcome;
}

} // namespace caseload
