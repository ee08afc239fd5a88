#include "CommandLine.h"

#include "analytics/AnalyticsQuery.h"
#include "domain/CaseType.h"
#include "domain/ClosureMethod.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace caseload::cli {

namespace {

/// Translation context of the filter options (they were the kpi verb's first).
struct Kpi
{
    Q_DECLARE_TR_FUNCTIONS(kpi)
};

} // namespace

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate(
            "cli", "Database: an SQLite file or postgresql://user@host:port/dbname (default: %1).")
            .arg(Store::defaultLocation()),
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

FilterOptions::FilterOptions()
    : from(QStringLiteral("from"), Kpi::tr("First month (default: the data's first)."),
        QStringLiteral("YYYY-MM"))
    , to(QStringLiteral("to"), Kpi::tr("Last month (default: the data's last)."), QStringLiteral("YYYY-MM"))
    , asOf(QStringLiteral("asof"),
          Kpi::tr("Date for the pending caseload's age (default: the period's last day)."),
          QStringLiteral("YYYY-MM-DD"))
    , court(QStringLiteral("court"), Kpi::tr("Only this court (name or code); repeatable."),
          QStringLiteral("NAME"))
    , group(QStringLiteral("group"),
          Kpi::tr("Only this court group: an intermediate court's code (京01) or a group defined with "
                  "'caseload groups'; repeatable."),
          QStringLiteral("NAME"))
    , type(QStringLiteral("type"), Kpi::tr("Only this case type (首次执行, 执恢, ...); repeatable."),
          QStringLiteral("TYPE"))
    , cause(QStringLiteral("cause"), Kpi::tr("Only this cause; repeatable."), QStringLiteral("CAUSE"))
    , handler(QStringLiteral("handler"), Kpi::tr("Only this handler; repeatable."), QStringLiteral("NAME"))
    , method(QStringLiteral("method"),
          Kpi::tr("Only cases closed by this method (执行完毕, 终本, ...); repeatable."),
          QStringLiteral("METHOD"))
{ }

QList<QCommandLineOption> FilterOptions::all() const
{
    return {from, to, asOf, court, group, type, cause, handler, method};
}

bool FilterOptions::read(const QCommandLineParser &parser, CaseFilter *filter, QString *error) const
{
    if (parser.isSet(from) && !(filter->from = parseMonth(parser.value(from), false)).isValid()) {
        *error = Kpi::tr("--from: not a month (YYYY-MM): '%1'").arg(parser.value(from));
        return false;
    }
    if (parser.isSet(to) && !(filter->to = parseMonth(parser.value(to), true)).isValid()) {
        *error = Kpi::tr("--to: not a month (YYYY-MM): '%1'").arg(parser.value(to));
        return false;
    }
    if (parser.isSet(asOf)
        && !(filter->asOf = QDate::fromString(parser.value(asOf), Qt::ISODate)).isValid()) {
        *error = Kpi::tr("--asof: not a date (YYYY-MM-DD): '%1'").arg(parser.value(asOf));
        return false;
    }
    filter->courts = parser.values(court);
    filter->courtGroups = parser.values(group);
    filter->causes = parser.values(cause);
    filter->handlers = parser.values(handler);
    for (const QString &text : parser.values(type)) {
        auto parsed = caseTypeFromLabel(text);
        if (!parsed)
            parsed = caseTypeFromCode(text);
        if (!parsed) {
            *error = Kpi::tr("--type: unknown case type '%1'").arg(text);
            return false;
        }
        filter->types.append(*parsed);
    }
    for (const QString &text : parser.values(method)) {
        const auto parsed = closureMethodFromLabel(text);
        if (!parsed) {
            *error = Kpi::tr("--method: unknown closure method '%1'").arg(text);
            return false;
        }
        filter->methods.append(*parsed);
    }
    return true;
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
