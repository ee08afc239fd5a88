#include "CommandLine.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QTextStream>

namespace caseload::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("cli", "Database file (default: %1).").arg(Store::defaultLocation()),
        QStringLiteral("PATH"), Store::defaultLocation());
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace caseload::cli
