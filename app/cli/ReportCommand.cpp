#include "CommandLine.h"
#include "Commands.h"

#include "Translation.h"
#include "analytics/CaseTable.h"
#include "analytics/StoredSetup.h"
#include "forecast/ForecastSettings.h"
#include "report/MonthlyReport.h"
#include "report/ReportBatch.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace caseload::cli {

namespace {

/// Translation context of the verb's messages.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

} // namespace

int runReport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Report::tr("Writes the monthly report (A4 PDF) for a court, a group or all courts."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("report"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption monthOption(
        QStringLiteral("month"), Report::tr("The report's month (YYYY-MM)."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption courtOption(QStringLiteral("court"),
        Report::tr("Only this court (name or code); repeatable."), QStringLiteral("NAME"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
        Report::tr("Only this court group (an intermediate court's code such as 京01, or a group defined "
                   "with 'caseload groups'); repeatable."),
        QStringLiteral("NAME"));
    const QCommandLineOption allOption(QStringLiteral("all-courts"),
        Report::tr("One report per court plus one for all courts, into the directory given with --out."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), Report::tr("Language of the report: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        Report::tr("The PDF file to write, or a directory (required with --all-courts)."),
        QStringLiteral("PATH"));
    parser.addOptions({dbOption, monthOption, courtOption, groupOption, allOption, langOption, outOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;

    const auto usage = [&](const QString &message) {
        err << QStringLiteral("caseload report: ") << message << Qt::endl;
        return 2;
    };
    const auto fail = [&](const QString &message) {
        err << QStringLiteral("caseload report: ") << message << Qt::endl;
        return 1;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(
            Report::tr("needs a GUI application object (fonts); run it through the caseload executable."));
    if (!parser.isSet(monthOption))
        return usage(Report::tr("--month is required."));
    const QDate month = parseMonth(parser.value(monthOption), false);
    if (!month.isValid())
        return usage(Report::tr("--month: not a month (YYYY-MM): '%1'").arg(parser.value(monthOption)));
    if (!parser.isSet(outOption))
        return usage(Report::tr("--out is required."));
    const bool allCourts = parser.isSet(allOption);
    if (allCourts && (parser.isSet(courtOption) || parser.isSet(groupOption)))
        return usage(Report::tr("--all-courts cannot be combined with --court or --group."));
    if (parser.isSet(langOption)) {
        const auto language = languageFromKey(parser.value(langOption));
        if (!language || *language == Language::System)
            return usage(Report::tr("--lang: zh_CN or en, not '%1'").arg(parser.value(langOption)));
        applyLanguage(*QCoreApplication::instance(), *language);
    }
    const QString outPath = parser.value(outOption);
    const QFileInfo outInfo(outPath);
    // A folder is what exists as one, ends with a slash, or is new and meant for --all-courts.
    const bool outIsDir = outInfo.isDir() || outPath.endsWith(u'/')
        || (allCourts && !outInfo.exists()
            && outInfo.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0);
    if (allCourts && !outIsDir)
        return usage(Report::tr("--all-courts writes several files: give an existing directory with --out."));
    if (outIsDir && !outInfo.isDir() && !QDir().mkpath(outPath))
        return fail(Report::tr("The directory %1 does not exist.").arg(outPath));
    if (!outIsDir && outInfo.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return usage(Report::tr("--out: a .pdf file or a directory, not '%1'").arg(outPath));

    // Store::open would create a missing file: a report of an empty new store helps nobody.
    if (!Store::isServerLocation(parser.value(dbOption)) && !QFileInfo::exists(parser.value(dbOption)))
        return fail(Report::tr("There is no database at %1.").arg(parser.value(dbOption)));
    QString error;
    const auto store = Store::open(parser.value(dbOption), &error);
    if (!store)
        return fail(error);
    AnalyticsInput input;
    if (!storedSetup::load(*store, &input, &error))
        return fail(error);
    const auto table = CaseTable::load(*store, &error);
    if (!table)
        return fail(error);
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));

    std::vector<ReportJob> jobs;
    if (allCourts) {
        jobs = ReportBatch::perCourtJobs(*table, input, month, outPath);
    } else {
        ReportJob job {parser.values(courtOption), parser.values(groupOption), {}, outPath};
        if (outIsDir) {
            QString stem = QStringLiteral("all");
            if (job.courts.size() == 1 && job.groups.isEmpty()) {
                stem = job.courts.front();
                for (const CourtInfo &court : table->courts()) {
                    if (court.name == stem && !court.code.isEmpty())
                        stem = court.code;
                }
            } else if (!job.courts.isEmpty() || !job.groups.isEmpty()) {
                stem = (job.courts + job.groups).join(u'+');
            }
            job.path = QDir(outPath).filePath(
                QStringLiteral("%1-%2.pdf").arg(ReportBatch::fileSafe(stem), monthText));
        }
        jobs.push_back(job);
    }

    QString settingsWarning;
    const ForecastSettings forecastSettings = ForecastSettings::load(*store, &settingsWarning);
    if (!settingsWarning.isEmpty())
        err << QStringLiteral("caseload report: ") << settingsWarning << Qt::endl;
    const MonthlyReport::CaseNumberLookup lookup = ReportBatch::storeLookup(store->location());
    for (const ReportJob &job : jobs) {
        QElapsedTimer timer;
        timer.start();
        AnalyticsInput jobInput = input;
        jobInput.filter.courts = job.courts;
        jobInput.filter.courtGroups = job.groups;
        MonthlyReport report(*table, jobInput, month);
        if (!job.label.isEmpty())
            report.setSelectionLabel(job.label);
        report.setForecastSettings(forecastSettings);
        report.setCaseNumberLookup(lookup);
        if (!report.compute(&error) || !report.writePdf(job.path, &error))
            return fail(error);
        if (!report.caseNumberError().isEmpty()) {
            err << QStringLiteral("caseload report: ")
                << Report::tr("%1: case numbers missing: %2").arg(QDir::toNativeSeparators(job.path),
                       report.caseNumberError())
                << Qt::endl;
        }
        out << Report::tr("Wrote %1 (%2, %3) in %4 ms")
                   .arg(QDir::toNativeSeparators(job.path), report.selectionLabel(), monthText)
                   .arg(timer.elapsed())
            << Qt::endl;
    }
    return 0;
}

} // namespace caseload::cli
