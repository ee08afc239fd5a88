#include "CommandLine.h"
#include "Commands.h"

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "analytics/StoredSetup.h"
#include "forecast/BacklogSimulation.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastInput.h"
#include "forecast/ForecastSettings.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace caseload::cli {

namespace {

/// Translation context of the verb's messages.
struct Forecast
{
    Q_DECLARE_TR_FUNCTIONS(forecast)
};

/// Everything the verb prints, from either source.
struct Output
{
    QString series;
    QString model;
    QString reason;
    ForecastResult forecast;
    BacktestResult backtest;
    BacktestResult baseline;
    std::vector<CandidateModel> candidates;
    std::vector<Coefficient> coefficients;
    QStringList messages;
    double widen80 = 1;
    double widen95 = 1;
    // Pending only.
    bool backlog = false;
    ClosureModel closureModel;
    double below = -1;
    std::vector<double> probabilityBelow;
};

QJsonObject accuracyJson(const HorizonAccuracy &a, int origins)
{
    QJsonObject o;
    o.insert(QStringLiteral("mase"), a.mase);
    o.insert(QStringLiteral("smape"), a.smape);
    o.insert(QStringLiteral("bias"), a.bias);
    o.insert(QStringLiteral("coverage80"), a.coverage80);
    o.insert(QStringLiteral("coverage95"), a.coverage95);
    o.insert(QStringLiteral("origins"), origins);
    return o;
}

QJsonObject backtestJson(const BacktestResult &b)
{
    QJsonObject o = accuracyJson(b.mean, b.origins);
    QJsonArray rows;
    for (const HorizonAccuracy &a : b.perHorizon) {
        QJsonObject row = accuracyJson(a, a.count);
        row.remove(QStringLiteral("origins"));
        row.insert(QStringLiteral("horizon"), a.horizon);
        row.insert(QStringLiteral("count"), a.count);
        rows.append(row);
    }
    o.insert(QStringLiteral("perHorizon"), rows);
    return o;
}

QJsonArray coefficientsJson(const std::vector<Coefficient> &coefficients)
{
    QJsonArray list;
    for (const Coefficient &c : coefficients) {
        if (c.dropped)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("estimate"), c.estimate);
        o.insert(QStringLiteral("standardError"), c.standardError);
        list.append(o);
    }
    return list;
}

QJsonObject toJson(const Output &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("series"), r.series);
    root.insert(QStringLiteral("model"), r.model);
    root.insert(QStringLiteral("reason"), r.reason);
    QJsonArray rows;
    for (int i = 0; i < r.forecast.horizon(); ++i) {
        const auto at = static_cast<size_t>(i);
        QJsonObject row;
        row.insert(
            QStringLiteral("month"), r.forecast.first.addMonths(i).toString(QStringLiteral("yyyy-MM")));
        row.insert(QStringLiteral("mean"), r.forecast.mean[at]);
        row.insert(QStringLiteral("lo80"), r.forecast.lo80[at]);
        row.insert(QStringLiteral("hi80"), r.forecast.hi80[at]);
        row.insert(QStringLiteral("lo95"), r.forecast.lo95[at]);
        row.insert(QStringLiteral("hi95"), r.forecast.hi95[at]);
        if (at < r.probabilityBelow.size())
            row.insert(QStringLiteral("probabilityBelow"), r.probabilityBelow[at]);
        rows.append(row);
    }
    root.insert(QStringLiteral("forecast"), rows);
    root.insert(QStringLiteral("backtest"), backtestJson(r.backtest));
    root.insert(QStringLiteral("seasonalNaive"), backtestJson(r.baseline));
    root.insert(QStringLiteral("widen80"), r.widen80);
    root.insert(QStringLiteral("widen95"), r.widen95);
    QJsonArray candidates;
    for (const CandidateModel &c : r.candidates) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("family"), c.family);
        o.insert(QStringLiteral("name"), c.name);
        if (std::isfinite(c.aicc))
            o.insert(QStringLiteral("aicc"), c.aicc);
        o.insert(QStringLiteral("familyChoice"), c.familyChoice);
        if (c.familyChoice && !c.backtest.perHorizon.empty())
            o.insert(QStringLiteral("backtest"), accuracyJson(c.backtest.mean, c.backtest.origins));
        if (!c.coefficients.empty())
            o.insert(QStringLiteral("coefficients"), coefficientsJson(c.coefficients));
        candidates.append(o);
    }
    root.insert(QStringLiteral("candidates"), candidates);
    if (r.backlog) {
        QJsonObject closure;
        closure.insert(QStringLiteral("elasticity"), r.closureModel.elasticity);
        closure.insert(QStringLiteral("elasticityStandardError"), r.closureModel.elasticityStandardError);
        closure.insert(QStringLiteral("sigma"), r.closureModel.sigma);
        closure.insert(QStringLiteral("coefficients"), coefficientsJson(r.closureModel.coefficients));
        root.insert(QStringLiteral("closureModel"), closure);
        if (r.below >= 0)
            root.insert(QStringLiteral("below"), r.below);
    }
    root.insert(QStringLiteral("messages"), QJsonArray::fromStringList(r.messages));
    return root;
}

QString number(double v)
{
    return QLocale().toString(v, 'f', std::fabs(v - std::round(v)) < 0.05 ? 0 : 1);
}

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 1) + QLatin1Char('%');
}

void printText(QTextStream &out, const Output &r)
{
    out << Forecast::tr("Model: %1").arg(r.model) << Qt::endl;
    out << Forecast::tr("Why: %1").arg(r.reason) << Qt::endl;
    out << Forecast::tr("month      forecast   80% interval          95% interval") << Qt::endl;
    for (int i = 0; i < r.forecast.horizon(); ++i) {
        const auto at = static_cast<size_t>(i);
        out << r.forecast.first.addMonths(i).toString(QStringLiteral("yyyy-MM"))
            << QStringLiteral("  %1  %2 – %3  %4 – %5")
                   .arg(number(r.forecast.mean[at]), 9)
                   .arg(number(r.forecast.lo80[at]), 9)
                   .arg(number(r.forecast.hi80[at]), -9)
                   .arg(number(r.forecast.lo95[at]), 9)
                   .arg(number(r.forecast.hi95[at]), -9);
        if (at < r.probabilityBelow.size())
            out << QStringLiteral("  ")
                << Forecast::tr("P(below %1 by then) %2")
                       .arg(number(r.below), percent(r.probabilityBelow[at]));
        out << Qt::endl;
    }
    if (r.backtest.origins > 0)
        out << Forecast::tr("Backtest over %1 origins, h = 1..12: MASE %2 (seasonal naive %3), sMAPE %4%, "
                            "80% coverage %5, 95% coverage %6")
                   .arg(r.backtest.origins)
                   .arg(QLocale().toString(r.backtest.mean.mase, 'f', 3),
                       QLocale().toString(r.baseline.mean.mase, 'f', 3),
                       QLocale().toString(r.backtest.mean.smape, 'f', 1), percent(r.backtest.mean.coverage80),
                       percent(r.backtest.mean.coverage95))
            << Qt::endl;
    for (const QString &m : r.messages)
        out << Forecast::tr("Note: %1").arg(m) << Qt::endl;
}

} // namespace

int runForecast(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Forecast::tr(
        "Forecasts monthly filings, closures or the pending backlog with calibrated 80% and 95% intervals, "
        "from the database (with the filters of 'caseload kpi') or from a month,value CSV file."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("forecast"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const QCommandLineOption inputOption(QStringLiteral("input"),
        Forecast::tr("A CSV file with the header month,value (months YYYY-MM) instead of the database."),
        QStringLiteral("FILE"));
    const QCommandLineOption seriesOption(QStringLiteral("series"),
        Forecast::tr("Which series: filed, closed or pending (default: filed)."), QStringLiteral("SERIES"),
        QStringLiteral("filed"));
    const FilterOptions filterOptions;
    const QCommandLineOption horizonOption(QStringLiteral("horizon"),
        Forecast::tr("Months to forecast, 1 to 60 (default: 12)."), QStringLiteral("MONTHS"),
        QStringLiteral("12"));
    const QCommandLineOption singleOption(QStringLiteral("single"),
        Forecast::tr("Use the single best model instead of the mean of the best two."));
    const QCommandLineOption filingsOption(QStringLiteral("filings-change"),
        Forecast::tr("Pending only: filings changed by this many percent (what-if)."),
        QStringLiteral("PERCENT"), QStringLiteral("0"));
    const QCommandLineOption capacityOption(QStringLiteral("capacity-change"),
        Forecast::tr("Pending only: closing capacity changed by this many percent (what-if)."),
        QStringLiteral("PERCENT"), QStringLiteral("0"));
    const QCommandLineOption belowOption(QStringLiteral("below"),
        Forecast::tr(
            "Pending only: print the probability that the backlog has fallen below this level by each "
            "month."),
        QStringLiteral("CASES"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Forecast::tr("Print one JSON object."));
    parser.addOptions({dbOption, inputOption, seriesOption});
    parser.addOptions(filterOptions.all());
    parser.addOptions({horizonOption, singleOption, filingsOption, capacityOption, belowOption, jsonOption});
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;

    const auto usage = [&](const QString &message) {
        err << QStringLiteral("caseload forecast: ") << message << Qt::endl;
        return 2;
    };
    const auto failure = [&](const QString &message) {
        err << QStringLiteral("caseload forecast: ") << message << Qt::endl;
        return 1;
    };
    bool ok = false;
    const int horizon = parser.value(horizonOption).toInt(&ok);
    if (!ok || horizon < 1 || horizon > 60)
        return usage(Forecast::tr("--horizon: a number of months from 1 to 60, not '%1'")
                         .arg(parser.value(horizonOption)));
    ForecastSeriesKind kind = ForecastSeriesKind::Filed;
    if (!ForecastInput::parseKind(parser.value(seriesOption), &kind))
        return usage(
            Forecast::tr("--series: filed, closed or pending, not '%1'").arg(parser.value(seriesOption)));
    const auto percentOption = [&](const QCommandLineOption &option, double *share) {
        bool valid = false;
        const double v = parser.value(option).toDouble(&valid);
        if (!valid || v < -100 || v > 1000)
            return false;
        *share = v / 100;
        return true;
    };
    BacklogScenario scenario;
    if (!percentOption(filingsOption, &scenario.filingsChange))
        return usage(Forecast::tr("--filings-change: a percentage from -100 to 1000, not '%1'")
                         .arg(parser.value(filingsOption)));
    if (!percentOption(capacityOption, &scenario.capacityChange))
        return usage(Forecast::tr("--capacity-change: a percentage from -100 to 1000, not '%1'")
                         .arg(parser.value(capacityOption)));
    double below = -1;
    if (parser.isSet(belowOption)) {
        below = parser.value(belowOption).toDouble(&ok);
        if (!ok || below < 0)
            return usage(Forecast::tr("--below: a number of cases, not '%1'").arg(parser.value(belowOption)));
    }

    ForecastOptions options;
    options.horizon = horizon;
    options.december = kind == ForecastSeriesKind::Closed;
    ForecastSettings settings;
    Output output;
    output.series = parser.value(seriesOption).trimmed().toLower();
    ForecastSeriesSet set;
    QString error;

    if (parser.isSet(inputOption)) {
        if (kind == ForecastSeriesKind::Pending)
            return usage(
                Forecast::tr("--series pending needs the database (filings, closures and the backlog); "
                             "--input forecasts the file's one series."));
        if (!ForecastInput::readMonthlyCsv(parser.value(inputOption), &set.filed, &error))
            return failure(error);
        settings.interventions.clear();
    } else {
        AnalyticsInput input;
        if (!filterOptions.read(parser, &input.filter, &error))
            return usage(error);
        const auto store = Store::open(parser.value(dbOption), &error);
        if (!store)
            return failure(error);
        if (!storedSetup::load(*store, &input, &error))
            return failure(error);
        QString warning;
        settings = ForecastSettings::load(*store, &warning);
        if (!warning.isEmpty())
            err << QStringLiteral("caseload forecast: ") << warning << Qt::endl;
        const auto table = CaseTable::load(*store, &error);
        if (!table)
            return failure(error);
        // The history runs from the data's first month unless --from says otherwise (after a break in the
        // series, say).
        const auto result = Analytics::compute(
            *table, parser.isSet(filterOptions.from) ? input : ForecastInput::historyInput(input), &error);
        if (!result)
            return failure(error);
        set = ForecastInput::series(*result, *table);
        output.messages << set.messages;
    }
    options.interventions = settings.interventions;
    options.combineBestTwo = settings.combineBestTwo && !parser.isSet(singleOption);
    options.unlockTrend = settings.unlockTrend;

    const MonthlySeries &modelled = kind == ForecastSeriesKind::Pending ? set.filed : set.series(kind);
    const ForecastReport report = ForecastEngine::run(modelled, options);
    output.candidates = report.candidates;
    // For the backlog the engine forecast the filings: its notes say so.
    for (const QString &m : report.messages)
        output.messages << (kind == ForecastSeriesKind::Pending ? Forecast::tr("Filings forecast: %1").arg(m)
                                                                : m);
    if (kind != ForecastSeriesKind::Pending) {
        output.model = report.modelName;
        output.reason = report.reason;
        output.forecast = report.forecast;
        output.backtest = report.backtest;
        output.baseline = report.baseline;
        output.widen80 = report.widen80;
        output.widen95 = report.widen95;
    } else {
        const BacklogSimulation simulation(set.filed, set.closed, set.pending);
        const BacklogFan fan = simulation.simulate(report.forecast, scenario);
        output.backlog = true;
        output.closureModel = simulation.closureModel();
        output.messages << simulation.messages();
        output.model = Forecast::tr("Stock–flow simulation: filings by %1; closures on the workload")
                           .arg(report.modelName);
        output.reason
            = Forecast::tr("Pending(t) = pending(t−1) + filed(t) − closed(t) over %1 simulated paths; "
                           "closures grow with the workload by an elasticity of %2 ± %3.")
                  .arg(fan.paths)
                  .arg(QLocale().toString(output.closureModel.elasticity, 'f', 2),
                      QLocale().toString(output.closureModel.elasticityStandardError, 'f', 2));
        output.forecast = BacklogSimulation::asForecast(fan);
        BacktestOptions bt;
        bt.minTraining = options.minTraining;
        bt.maxOrigins = options.maxOrigins;
        output.backtest = BacklogSimulation::backtest(
            set.filed, set.closed, set.pending, ForecastEngine::chosenForecaster(report, options), bt);
        output.baseline
            = Backtest::run(set.pending, ForecastEngine::forecaster(QStringLiteral("snaive"), options), bt);
        if (below >= 0) {
            output.below = below;
            output.probabilityBelow = BacklogSimulation::probabilityReached(fan, below);
        }
    }
    output.messages.removeDuplicates();

    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(toJson(output)).toJson(QJsonDocument::Indented));
    else
        printText(out, output);
    return 0;
}

} // namespace caseload::cli
