#include "cli/Commands.h"

#include "generate/DemoGenerator.h"
#include "io/TextEncoding.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>
#include <QString>

#include <cstdio>
#include <optional>

namespace caseload::cli {
namespace {

// Translation context for this verb's messages.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
};

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("caseload generate: ") + message);
    printLine(stderr, GenerateCommand::tr("Try 'caseload generate --help'."));
    return 2;
}

// YYYY-MM, the first day of that month.
std::optional<QDate> parseMonth(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'-');
    if (parts.size() != 2 || parts[0].size() != 4 || parts[1].isEmpty() || parts[1].size() > 2)
        return std::nullopt;
    bool yearOk = false;
    bool monthOk = false;
    const int year = parts[0].toInt(&yearOk);
    const int month = parts[1].toInt(&monthOk);
    const QDate first(year, month, 1);
    if (!yearOk || !monthOk || !first.isValid())
        return std::nullopt;
    return first;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        GenerateCommand::tr("Writes a synthetic court execution-case export (CSV) for demos, "
                            "tests and benchmarks. The same seed gives the same file."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, GenerateCommand::tr("Shows this help."));
    const QCommandLineOption casesOption(QStringLiteral("cases"),
        GenerateCommand::tr("Number of cases (rows) to write."), GenerateCommand::tr("N"));
    const QCommandLineOption courtsOption(QStringLiteral("courts"),
        GenerateCommand::tr("Number of basic courts under the intermediate court, 1-99 (default 8)."),
        GenerateCommand::tr("K"), QStringLiteral("8"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        GenerateCommand::tr("First filing month (default 2014-01)."), GenerateCommand::tr("YYYY-MM"),
        QStringLiteral("2014-01"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        GenerateCommand::tr("Last filing month; its last day is the export's as-of date (default 2018-12)."),
        GenerateCommand::tr("YYYY-MM"), QStringLiteral("2018-12"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        GenerateCommand::tr("Random seed (default 1)."), GenerateCommand::tr("S"), QStringLiteral("1"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        GenerateCommand::tr("utf-8 (with BOM, the default) or gb18030."), GenerateCommand::tr("NAME"),
        QStringLiteral("utf-8"));
    const QCommandLineOption partiesOption(QStringLiteral("parties"),
        GenerateCommand::tr("Add applicant and debtor columns (fictitious names)."));
    const QCommandLineOption defectsOption(QStringLiteral("defects"),
        GenerateCommand::tr("Share of rows given one defect each, 0-1 (default 0)."),
        GenerateCommand::tr("RATE"), QStringLiteral("0"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), GenerateCommand::tr("File to write."), GenerateCommand::tr("FILE"));
    for (const QCommandLineOption &option : {helpOption, casesOption, courtsOption, fromOption, toOption,
             seedOption, encodingOption, partiesOption, defectsOption, outOption})
        parser.addOption(option);

    // arguments[0] is the program and arguments[1] the verb; the parser expects the program first.
    QStringList parsed = arguments.mid(0, 1);
    parsed += arguments.mid(2);
    if (!parser.parse(parsed))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(
            parser.helpText()
                .replace(parsed.value(0) + QLatin1Char(' '), parsed.value(0) + QStringLiteral(" generate "))
                .toLocal8Bit()
                .constData(),
            stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            GenerateCommand::tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    DemoGeneratorConfig config;
    if (!parser.isSet(casesOption))
        return usageError(GenerateCommand::tr("--cases is required."));
    bool ok = false;
    config.cases = parser.value(casesOption).toLongLong(&ok);
    if (!ok || config.cases < 0)
        return usageError(GenerateCommand::tr("--cases must be a whole number of at least 0, not '%1'.")
                              .arg(parser.value(casesOption)));
    config.courts = parser.value(courtsOption).toInt(&ok);
    if (!ok || config.courts < 1 || config.courts > 99)
        return usageError(GenerateCommand::tr("--courts must be a whole number from 1 to 99, not '%1'.")
                              .arg(parser.value(courtsOption)));
    const std::optional<QDate> from = parseMonth(parser.value(fromOption));
    if (!from)
        return usageError(GenerateCommand::tr("--from must be a month written YYYY-MM, not '%1'.")
                              .arg(parser.value(fromOption)));
    const std::optional<QDate> toMonth = parseMonth(parser.value(toOption));
    if (!toMonth)
        return usageError(GenerateCommand::tr("--to must be a month written YYYY-MM, not '%1'.")
                              .arg(parser.value(toOption)));
    config.from = *from;
    config.to = toMonth->addDays(toMonth->daysInMonth() - 1);
    if (config.to < config.from)
        return usageError(GenerateCommand::tr("--to (%1) is before --from (%2).")
                              .arg(parser.value(toOption), parser.value(fromOption)));
    config.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(GenerateCommand::tr("--seed must be a whole number of at least 0, not '%1'.")
                              .arg(parser.value(seedOption)));
    const std::optional<TextEncoding> encoding = encodingFromName(parser.value(encodingOption));
    if (!encoding || (*encoding != TextEncoding::Utf8 && *encoding != TextEncoding::Gb18030))
        return usageError(GenerateCommand::tr("--encoding must be utf-8 or gb18030, not '%1'.")
                              .arg(parser.value(encodingOption)));
    config.encoding = *encoding;
    config.withParties = parser.isSet(partiesOption);
    config.defectRate = parser.value(defectsOption).toDouble(&ok);
    if (!ok || !(config.defectRate >= 0.0 && config.defectRate <= 1.0))
        return usageError(GenerateCommand::tr("--defects must be a number from 0 to 1, not '%1'.")
                              .arg(parser.value(defectsOption)));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(GenerateCommand::tr("--out is required."));
    const QString path = parser.value(outOption);

    // QSaveFile: a failed or interrupted run leaves no half-written export behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printLine(stderr,
            GenerateCommand::tr("caseload generate: cannot write %1: %2").arg(path, file.errorString()));
        return 1;
    }
    QString error;
    if (!generateDemoExport(config, &file, &error)) {
        file.cancelWriting();
        printLine(stderr, GenerateCommand::tr("caseload generate: %1").arg(error));
        return 1;
    }
    if (!file.commit()) {
        printLine(stderr,
            GenerateCommand::tr("caseload generate: cannot write %1: %2").arg(path, file.errorString()));
        return 1;
    }
    printLine(stdout, GenerateCommand::tr("wrote %1 cases to %2").arg(config.cases).arg(path));
    return 0;
}

} // namespace caseload::cli
