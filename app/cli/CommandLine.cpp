#include "CommandLine.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace caseload::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("cli", "Database file (default: %1).").arg(Store::defaultLocation()),
        QStringLiteral("PATH"), Store::defaultLocation());
}

QDate parseMonth(const QString &text, bool end)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    const auto m = month.match(text);
    const QDate date = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1)
                                    : QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return {};
    return end ? QDate(date.year(), date.month(), date.daysInMonth()) : QDate(date.year(), date.month(), 1);
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
