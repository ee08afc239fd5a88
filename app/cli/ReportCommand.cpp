#include "CommandLine.h"
#include "Commands.h"

#include "Translation.h"
#include "analytics/CaseTable.h"
#include "analytics/StoredSetup.h"
#include "report/MonthlyReport.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

namespace caseload::cli {

namespace {

/// Translation context of the verb's messages.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

/// Case numbers for store ids, in chunks that stay under SQLite's parameter limit.
QHash<qint64, QString> caseNumbers(const Store &store, const QList<qint64> &ids)
{
    QHash<qint64, QString> numbers;
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> part = ids.mid(start, Chunk);
        QStringList marks;
        for (qsizetype i = 0; i < part.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery query(store.database());
        query.prepare(
            QStringLiteral("SELECT id, case_number FROM cases WHERE id IN (%1)").arg(marks.join(u',')));
        for (qint64 id : part)
            query.addBindValue(id);
        if (!query.exec())
            return numbers;
        while (query.next())
            numbers.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return numbers;
}

QString fileSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c.isSpace())
            c = u'_';
    }
    return safe;
}

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
    const bool outIsDir = outInfo.isDir() || outPath.endsWith(u'/');
    if (allCourts && !outIsDir)
        return usage(Report::tr("--all-courts writes several files: give an existing directory with --out."));
    if (outIsDir && !outInfo.isDir())
        return fail(Report::tr("The directory %1 does not exist.").arg(outPath));
    if (!outIsDir && outInfo.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return usage(Report::tr("--out: a .pdf file or a directory, not '%1'").arg(outPath));

    // Store::open would create a missing file: a report of an empty new store helps nobody.
    if (!QFileInfo::exists(parser.value(dbOption)))
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

    struct Job
    {
        QStringList courts;
        QStringList groups;
        QString label; ///< empty: the report's default
        QString path;
    };
    std::vector<Job> jobs;
    const QDir outDir(outPath);
    if (allCourts) {
        for (const CourtInfo &court : table->courts()) {
            const QString stem = fileSafe(court.code.isEmpty() ? court.name : court.code);
            jobs.push_back({{court.name}, {}, court.name,
                outDir.filePath(QStringLiteral("%1-%2.pdf").arg(stem, monthText))});
        }
        jobs.push_back({{}, {}, {}, outDir.filePath(QStringLiteral("all-%1.pdf").arg(monthText))});
    } else {
        Job job {parser.values(courtOption), parser.values(groupOption), {}, outPath};
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
            job.path = outDir.filePath(QStringLiteral("%1-%2.pdf").arg(fileSafe(stem), monthText));
        }
        jobs.push_back(job);
    }

    const Store &storeRef = *store;
    for (const Job &job : jobs) {
        QElapsedTimer timer;
        timer.start();
        AnalyticsInput jobInput = input;
        jobInput.filter.courts = job.courts;
        jobInput.filter.courtGroups = job.groups;
        MonthlyReport report(*table, jobInput, month);
        if (!job.label.isEmpty())
            report.setSelectionLabel(job.label);
        report.setCaseNumberLookup(
            [&storeRef](const QList<qint64> &ids) { return caseNumbers(storeRef, ids); });
        if (!report.compute(&error))
            return fail(error);
        if (!report.writePdf(job.path, &error))
            return fail(error);
        out << Report::tr("Wrote %1 (%2, %3) in %4 ms")
                   .arg(QDir::toNativeSeparators(job.path), report.selectionLabel(), monthText)
                   .arg(timer.elapsed())
            << Qt::endl;
    }
    return 0;
}

} // namespace caseload::cli
