#include "CommandLine.h"
#include "Commands.h"

#include "analytics/StoredSetup.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// The verbs that edit what the analytics keep besides the cases: petition figures, court groups and
// the indicator settings.

namespace caseload::cli {

namespace {

struct Setup
{
    Q_DECLARE_TR_FUNCTIONS(setup)
};

std::unique_ptr<Store> openStore(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    QString error;
    auto store = Store::open(parser.value(db), &error);
    if (!store)
        QTextStream(stderr) << error << Qt::endl;
    return store;
}

int fail(const QString &verb, const QString &message, int code = 1)
{
    QTextStream(stderr) << QStringLiteral("caseload %1: ").arg(verb) << message << Qt::endl;
    return code;
}

/// Sets `path` (dotted keys) inside `object` to `text`, read as the type the current value has.
bool setJsonPath(QJsonObject &object, const QStringList &path, const QString &text, QString *error)
{
    const QString key = path.first();
    if (!object.contains(key)) {
        *error = Setup::tr("unknown setting '%1'").arg(key);
        return false;
    }
    QJsonValue value = object.value(key);
    if (path.size() > 1) {
        if (!value.isObject()) {
            *error = Setup::tr("'%1' has no parts").arg(key);
            return false;
        }
        QJsonObject inner = value.toObject();
        if (!setJsonPath(inner, path.mid(1), text, error))
            return false;
        object.insert(key, inner);
        return true;
    }
    if (value.isObject()) {
        *error = Setup::tr("'%1' has parts: name one of them (%2)")
                     .arg(key, value.toObject().keys().join(QStringLiteral(", ")));
        return false;
    }
    if (value.isBool()) {
        if (text != QLatin1String("true") && text != QLatin1String("false")) {
            *error = Setup::tr("'%1' takes true or false").arg(key);
            return false;
        }
        object.insert(key, text == QLatin1String("true"));
    } else if (value.isDouble()) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok) {
            *error = Setup::tr("'%1' takes a number, not '%2'").arg(key, text);
            return false;
        }
        object.insert(key, number);
    } else if (value.isArray()) {
        QJsonArray list;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(item.trimmed());
        object.insert(key, list);
    } else {
        object.insert(key, text);
    }
    return true;
}

} // namespace

int runPetitions(const QStringList &arguments)
{
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(Setup::tr(
        "Lists, enters or removes execution petition figures (indicator 3), per court and period. Without "
        "--court it lists them."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("petitions"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption courtOption(
        QStringLiteral("court"), Setup::tr("Court name."), QStringLiteral("NAME"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), Setup::tr("First month."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), Setup::tr("Last month."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption receivedOption(
        QStringLiteral("received"), Setup::tr("Petitions received."), QStringLiteral("N"));
    const QCommandLineOption resolvedOption(
        QStringLiteral("resolved"), Setup::tr("Petitions resolved."), QStringLiteral("N"));
    const QCommandLineOption removeOption(
        QStringLiteral("remove"), Setup::tr("Remove the figures of the period."));
    parser.addOptions(
        {dbOption, courtOption, fromOption, toOption, receivedOption, resolvedOption, removeOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;
    const QString verb = QStringLiteral("petitions");
    if (!parser.isSet(courtOption)) {
        if (parser.isSet(removeOption) || parser.isSet(receivedOption) || parser.isSet(resolvedOption))
            return fail(verb, Setup::tr("--court NAME is required"), 2);
        const auto store = openStore(parser, dbOption);
        if (!store)
            return 1;
        QString error;
        const QList<PetitionFigure> figures = store->petitions(&error);
        if (!error.isEmpty())
            return fail(verb, error);
        for (const PetitionFigure &f : figures) {
            out << f.court << '\t' << f.from.toString(Qt::ISODate) << '\t' << f.to.toString(Qt::ISODate)
                << '\t' << f.received << '\t' << f.resolved << Qt::endl;
        }
        return 0;
    }
    PetitionFigure figure;
    figure.court = parser.value(courtOption);
    figure.from = parseMonth(parser.value(fromOption), false);
    figure.to = parseMonth(parser.value(toOption), true);
    if (!figure.from.isValid() || !figure.to.isValid())
        return fail(verb, Setup::tr("--from and --to must be months (YYYY-MM)"), 2);
    QString error;
    if (parser.isSet(removeOption)) {
        const auto store = openStore(parser, dbOption);
        if (!store)
            return 1;
        if (!store->removePetition(figure.court, figure.from, figure.to, &error))
            return fail(verb, error);
        return 0;
    }
    bool receivedOk = false, resolvedOk = false;
    figure.received = parser.value(receivedOption).toLongLong(&receivedOk);
    figure.resolved = parser.value(resolvedOption).toLongLong(&resolvedOk);
    if (!receivedOk || !resolvedOk)
        return fail(verb, Setup::tr("--received and --resolved must be whole numbers"), 2);
    const auto store = openStore(parser, dbOption);
    if (!store)
        return 1;
    if (!store->setPetition(figure, &error))
        return fail(verb, error);
    return 0;
}

int runGroups(const QStringList &arguments)
{
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(Setup::tr(
        "Lists, defines or removes court groups (such as the reform's pilot courts) for 'caseload kpi "
        "--group'. Without --set or --remove it lists them."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("groups"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption setOption(QStringLiteral("set"),
        Setup::tr("Define the group with the --court courts."), QStringLiteral("NAME"));
    const QCommandLineOption courtOption(
        QStringLiteral("court"), Setup::tr("A court of the group; repeatable."), QStringLiteral("NAME"));
    const QCommandLineOption removeOption(
        QStringLiteral("remove"), Setup::tr("Remove the group."), QStringLiteral("NAME"));
    parser.addOptions({dbOption, setOption, courtOption, removeOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;
    const QString verb = QStringLiteral("groups");
    const auto store = openStore(parser, dbOption);
    if (!store)
        return 1;
    QString error;
    if (parser.isSet(setOption)) {
        if (parser.values(courtOption).isEmpty())
            return fail(verb, Setup::tr("--set needs at least one --court"), 2);
        return store->setCourtGroup(parser.value(setOption), parser.values(courtOption), &error)
            ? 0
            : fail(verb, error);
    }
    if (parser.isSet(removeOption)) {
        const QString name = parser.value(removeOption);
        if (!store->courtGroups(&error).contains(name))
            return fail(verb, error.isEmpty() ? Setup::tr("no group named '%1'").arg(name) : error);
        return store->setCourtGroup(name, {}, &error) ? 0 : fail(verb, error);
    }
    const auto groups = store->courtGroups(&error);
    if (!error.isEmpty())
        return fail(verb, error);
    for (auto it = groups.begin(); it != groups.end(); ++it)
        out << it.key() << '\t' << it.value().join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}

int runSettings(const QStringList &arguments)
{
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(Setup::tr(
        "Prints or changes the indicator settings stored with the database (time limit, targets, methods "
        "left out, indicator 2's checks), as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("settings"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption setOption(QStringLiteral("set"),
        Setup::tr("Change one setting, e.g. time_limit_months=3, targets.actual_closure=0.95, "
                  "excluded_methods=销案,终结执行; repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption resetOption(QStringLiteral("reset"), Setup::tr("Restore the defaults."));
    parser.addOptions({dbOption, setOption, resetOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;
    const QString verb = QStringLiteral("settings");
    const auto store = openStore(parser, dbOption);
    if (!store)
        return 1;
    QString error;
    IndicatorSettings settings;
    if (!parser.isSet(resetOption) && !storedSetup::loadSettings(*store, &settings, &error))
        return fail(verb, error);
    QJsonObject json = settings.toJson();
    for (const QString &assignment : parser.values(setOption)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(verb, Setup::tr("--set takes KEY=VALUE, not '%1'").arg(assignment), 2);
        if (!setJsonPath(json, assignment.left(eq).split(QLatin1Char('.')), assignment.mid(eq + 1), &error))
            return fail(verb, error, 2);
    }
    if (!IndicatorSettings::fromJson(json, &settings, &error))
        return fail(verb, error, 2);
    if ((parser.isSet(setOption) || parser.isSet(resetOption))
        && !storedSetup::saveSettings(*store, settings, &error))
        return fail(verb, error);
    out << QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace caseload::cli
