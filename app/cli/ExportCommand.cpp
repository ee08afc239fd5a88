#include "CommandLine.h"
#include "Commands.h"

#include "io/CsvWriter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

namespace caseload::cli {

namespace {

QString yuan(const std::optional<qint64> &fen)
{
    if (!fen)
        return {};
    const qint64 value = *fen;
    const qint64 whole = value / 100;
    const qint64 cents = std::abs(value % 100);
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(cents, 2, 10, QLatin1Char('0'));
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

int runExport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Writes the normalised cases of the store as UTF-8 CSV."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("export"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("cli", "CSV file to write."), QStringLiteral("FILE"));
    parser.addOptions({dbOption, outOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!parser.isSet(outOption)) {
        err << QCoreApplication::translate("cli", "caseload export: --out FILE is required") << Qt::endl;
        return 2;
    }
    QString error;
    const auto store = Store::open(parser.value(dbOption), &error);
    if (!store) {
        err << error << Qt::endl;
        return 1;
    }
    // QSaveFile: a failed export never leaves a half-written file behind.
    QSaveFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("cli", "caseload export: cannot write %1: %2")
                   .arg(file.fileName(), file.errorString())
            << Qt::endl;
        return 1;
    }
    auto writer = std::make_unique<CsvWriter>(&file);
    writer->writeRow(
        QStringList {QStringLiteral("case_number"), QStringLiteral("court"), QStringLiteral("court_code"),
            QStringLiteral("case_type"), QStringLiteral("cause"), QStringLiteral("filed_on"),
            QStringLiteral("closed_on"), QStringLiteral("closure_method"), QStringLiteral("amount_applied"),
            QStringLiteral("amount_recovered"), QStringLiteral("handler"), QStringLiteral("deducted_days")});
    qint64 count = 0;
    const bool ok = store->forEachCase(
        [&](const CaseRecord &r) {
            writer->writeRow(QStringList {r.caseNumber, r.courtName, r.courtCode, chineseLabel(r.type),
                r.cause, isoDate(r.filedOn), isoDate(r.closedOn), chineseLabel(r.closureMethod),
                yuan(r.appliedFen), yuan(r.recoveredFen), r.handler, QString::number(r.deductedDays)});
            ++count;
            return true;
        },
        &error);
    if (!ok) {
        err << QCoreApplication::translate("cli", "caseload export: %1").arg(error) << Qt::endl;
        return 1;
    }
    const bool written = writer->flush();
    writer.reset(); // before commit(): its destructor flushes the file, which must still be open
    if (!written || !file.commit()) {
        err << QCoreApplication::translate("cli", "caseload export: cannot write %1: %2")
                   .arg(file.fileName(), file.errorString())
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("cli", "wrote %1 cases to %2").arg(count).arg(file.fileName())
        << Qt::endl;
    return 0;
}

} // namespace caseload::cli
