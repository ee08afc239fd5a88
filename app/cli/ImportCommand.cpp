#include "CommandLine.h"
#include "Commands.h"

#include "analytics/CaseTable.h"
#include "analytics/CaseTableSnapshot.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace caseload::cli {

namespace {

/// Saves the case table's compact copy when the imports left it missing or out of date, so that the
/// next start reads it instead of every case (CaseTableSnapshot). A failure costs speed, not data: a
/// warning, and the import's status stands.
void refreshSnapshot(Store &store, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<bool> stale = CaseTableSnapshot::isStale(store.database(), &error);
    std::optional<CaseTable> table;
    if (stale.value_or(false))
        table = CaseTable::load(store, &error);
    if (table && CaseTableSnapshot::isStale(*table) && CaseTableSnapshot::save(store, *table, &error)) {
        out << QCoreApplication::translate("cli", "saved the compact copy of the %1 cases for a fast start")
                   .arg(table->size())
            << Qt::endl;
    }
    if (!error.isEmpty())
        err << QCoreApplication::translate(
            "cli", "warning: the compact copy of the cases was not saved (the next start reads every case): %1")
                   .arg(error)
            << Qt::endl;
}

constexpr int RejectsShown = 10;

QString rejectReportPath(const QString &requested, const QString &file, int index, int fileCount)
{
    if (requested.isEmpty() || fileCount == 1)
        return requested;
    // Several files: one report each, numbered (two files may share a name) and named after the file.
    const QFileInfo info(requested);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.dir().filePath(QStringLiteral("%1-%2-%3.%4")
                                   .arg(info.completeBaseName())
                                   .arg(index + 1)
                                   .arg(QFileInfo(file).completeBaseName(), suffix));
}

} // namespace

int runImport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Imports court case exports (CSV) into the case store. Each file is one transaction."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("import"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("cli", "Exports to import."), QStringLiteral("FILE..."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        QCoreApplication::translate("cli", "Text encoding: auto, utf-8 or gb18030."), QStringLiteral("NAME"),
        QStringLiteral("auto"));
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"),
        QCoreApplication::translate(
            "cli", "Write rejected rows (line, field, reason, raw row) to this CSV file."),
        QStringLiteral("PATH"));
    const QCommandLineOption personalOption(QStringLiteral("keep-personal-data"),
        QCoreApplication::translate("cli", "Store the parties' columns (personal data; off by default)."));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
        QCoreApplication::translate("cli", "Column mapping as JSON: {\"case_number\": \"案号\", ...}."),
        QStringLiteral("FILE"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
        QCoreApplication::translate(
            "cli", "Excel workbooks: the sheet to import (default: the first with data)."),
        QStringLiteral("NAME"));
    parser.addOptions({dbOption, encodingOption, rejectsOption, personalOption, mappingOption, sheetOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        err << QCoreApplication::translate("cli", "caseload import: no file given") << Qt::endl;
        return 2;
    }
    const auto encoding = encodingFromName(parser.value(encodingOption));
    if (!encoding) {
        err << QCoreApplication::translate(
            "cli", "caseload import: unknown encoding '%1' (use auto, utf-8 or gb18030)")
                   .arg(parser.value(encodingOption))
            << Qt::endl;
        return 2;
    }
    ImportOptions options;
    options.encoding = *encoding;
    options.keepPersonalData = parser.isSet(personalOption);
    options.sheet = parser.value(sheetOption);
    if (parser.isSet(mappingOption)) {
        QFile mapping(parser.value(mappingOption));
        if (!mapping.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("cli", "caseload import: cannot read %1: %2")
                       .arg(mapping.fileName(), mapping.errorString())
                << Qt::endl;
            return 2;
        }
        options.mappingJson = QString::fromUtf8(mapping.readAll());
    }

    QString error;
    const auto store = Store::open(parser.value(dbOption), &error);
    if (!store) {
        err << error << Qt::endl;
        return 1;
    }
    // Before any file is read: a role that may only read gets one clear message, not one per file.
    if (!store->canImport(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    Importer importer(*store);
    int status = 0;
    bool changed = false;
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        options.rejectReportPath = rejectReportPath(parser.value(rejectsOption), file, i, int(files.size()));
        const ImportSummary summary = importer.importFile(file, options);
        if (files.size() > 1)
            out << file << QLatin1Char(':') << Qt::endl;
        if (!summary.ok) {
            err << summary.error << Qt::endl;
            status = 1;
            continue;
        }
        out << summary.countsLine() << Qt::endl;
        changed = changed || summary.inserted > 0 || summary.updated > 0;
        if (summary.sheet.isEmpty()) {
            out << QCoreApplication::translate(
                "cli", "inserted %1, updated %2, unchanged %3; encoding %4, header on line %5")
                       .arg(summary.inserted)
                       .arg(summary.updated)
                       .arg(summary.unchanged)
                       .arg(encodingName(summary.encoding))
                       .arg(summary.headerLine)
                << Qt::endl;
        } else {
            out << QCoreApplication::translate(
                "cli", "inserted %1, updated %2, unchanged %3; %4 sheet %5, header on row %6")
                       .arg(summary.inserted)
                       .arg(summary.updated)
                       .arg(summary.unchanged)
                       .arg(summary.format, summary.sheet)
                       .arg(summary.headerLine)
                << Qt::endl;
        }
        // The rest of what was accepted: rows of cases the store already holds in a newer state.
        const qint64 older = summary.older;
        if (older > 0)
            out << QCoreApplication::translate("cli",
                "older %1: the database holds a newer state of these cases (by their latest date); "
                "not applied")
                       .arg(older)
                << Qt::endl;
        if (!summary.unmappedColumns.isEmpty())
            out << QCoreApplication::translate("cli", "columns not used: %1")
                       .arg(summary.unmappedColumns.join(QStringLiteral(", ")))
                << Qt::endl;
        if (!summary.personalColumnsDropped.isEmpty())
            out << QCoreApplication::translate(
                "cli", "personal data not stored: %1 (--keep-personal-data stores it)")
                       .arg(summary.personalColumnsDropped.join(QStringLiteral(", ")))
                << Qt::endl;
        if (summary.rejected > 0) {
            for (int r = 0; r < summary.firstRejects.size() && r < RejectsShown; ++r) {
                const RejectedRow &row = summary.firstRejects.at(r);
                // file:LINE: as compilers print it (editors jump there); sheets name the cell instead.
                err << file << QLatin1Char(':') << (row.cell.isEmpty() ? QString::number(row.line) : row.cell)
                    << QStringLiteral(": ")
                    << (row.field.isEmpty() ? QString() : row.field + QStringLiteral(": ")) << row.reason
                    << Qt::endl;
            }
            if (!summary.rejectReportPath.isEmpty())
                err << QCoreApplication::translate("cli", "all %1 rejected rows are in %2")
                           .arg(summary.rejected)
                           .arg(summary.rejectReportPath)
                    << Qt::endl;
            else if (summary.rejected > RejectsShown)
                err << QCoreApplication::translate("cli", "and %1 more; --rejects PATH writes them all")
                           .arg(summary.rejected - RejectsShown)
                    << Qt::endl;
        }
    }
    if (changed)
        refreshSnapshot(*store, out, err);
    return status;
}

} // namespace caseload::cli
