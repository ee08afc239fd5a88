// Forecasting benchmark (issue 5): Caseload's ForecastEngine against R's forecast package (ets,
// auto.arima, thetaf, tslm, snaive) on the same monthly series, origins and horizons, scored by the
// same code. Driven by bench/forecast_bench.sh; two verbs:
//
//   forecast_bench courts --out SERIES.csv [--work DIR] [--courts K] [--cases N] [--from YYYY-MM]
//                         [--to YYYY-MM] [--seed S]
//       generates a demo export (models/generate), imports it into a store in DIR, loads it and writes
//       every court's monthly filed and closed series, as Analytics::compute gives them to the
//       dashboard, as series,source,month,value.
//   forecast_bench run --series SERIES.csv... --r-forecasts FORECASTS.csv... --r-times TIMES.csv...
//                      [--repeat N] [--per-series] [--profile] [--variants]
//       runs the engine on every series, scores it and R's rows, prints the side-by-side table and a
//       PASS/MISS line per goal of the issue. --per-series adds a row per series, --profile the CPU time
//       by candidate, --variants what-ifs on the combination rule. Exit status 0 whatever the figures
//       (a benchmark, not a test); 2 on bad input.
//
// Evaluation, the same for everybody: origins n0 = max(36, n − 24) .. n − 1 (the last 24 with at
// least 36 training months), h = 1 .. min(12, n − n0); MASE of a forecast scaled by
// Accuracy::maseScale of that origin's training months (m = 12); per series the mean over horizons
// of the mean over origins (as Backtest::run and ForecastReport::backtest average); across series
// the plain mean. Coverage likewise, per horizon then over horizons.

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "forecast/Accuracy.h"
#include "forecast/CountGlm.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastSettings.h"
#include "forecast/LogLinearModel.h"
#include "forecast/SeasonalNaive.h"
#include "generate/DemoGenerator.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace caseload {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int MinTraining = 36;
constexpr int MaxOrigins = 24;
/// The engine backtests on its default number of origins (fewer than the bench scores on); the
/// report's own figures are checked on those.
const int EngineOrigins = ForecastOptions().maxOrigins;
constexpr int MaxHorizon = 12;
constexpr int Period = 12;
/// The --variants what-if: the best two are combined only when the runner-up's backtest MASE is at
/// most this multiple of the best's.
constexpr double CombineGate = 1.2;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time of the process in ms (all threads): unlike the wall clock, not inflated when other
/// processes share the cores.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double mean(const std::vector<double> &v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

void fail(const QString &message)
{
    std::fprintf(stderr, "forecast_bench: %s\n", qUtf8Printable(message));
}

// ---------------------------------------------------------------------------------------------
// Series files

struct BenchSeries
{
    QString name;
    QString source; ///< "R" (R's datasets) or "court" (demo generator)
    MonthlySeries series;
};

std::optional<QDate> parseMonth(const QString &text)
{
    const QDate date = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

/// Reads series,source,month,value rows (months ascending and without gaps within a series).
bool readSeries(const QString &path, std::vector<BenchSeries> *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QTextStream in(&file);
    const QString header = in.readLine().trimmed();
    if (header != QLatin1String("series,source,month,value")) {
        fail(QStringLiteral("%1: unexpected header '%2'").arg(path, header));
        return false;
    }
    std::map<QString, size_t> index;
    for (int line = 2; !in.atEnd(); ++line) {
        const QString text = in.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QStringList f = text.split(u',');
        bool ok = false;
        const double value = f.value(3).toDouble(&ok);
        const std::optional<QDate> month = parseMonth(f.value(2));
        if (f.size() != 4 || !ok || !month) {
            fail(QStringLiteral("%1:%2: bad row '%3'").arg(path).arg(line).arg(text));
            return false;
        }
        auto it = index.find(f[0]);
        if (it == index.end()) {
            it = index.emplace(f[0], out->size()).first;
            out->push_back({f[0], f[1], MonthlySeries(*month, {})});
        }
        MonthlySeries &s = (*out)[it->second].series;
        if (s.monthAt(s.size()) != *month) {
            fail(QStringLiteral("%1:%2: %3 is not the month after the previous row of %4")
                     .arg(path)
                     .arg(line)
                     .arg(f[2], f[0]));
            return false;
        }
        s.values.push_back(value);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// R's results

/// Forecasts of one method for one series, by origin (training months).
using OriginForecasts = std::map<int, ForecastResult>;

struct RResults
{
    /// (series, method) -> forecasts by origin
    std::map<std::pair<QString, QString>, OriginForecasts> forecasts;
    /// (series, method) -> seconds for all origins, wall clock and CPU (when R wrote it)
    std::map<std::pair<QString, QString>, double> seconds;
    std::map<std::pair<QString, QString>, double> cpuSeconds;
    QStringList methods; ///< in the order first seen
};

bool readRForecasts(const QString &path, RResults *r)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QTextStream in(&file);
    const QString header = in.readLine().trimmed();
    if (header != QLatin1String("series,method,origin,h,mean,lo80,hi80,lo95,hi95")) {
        fail(QStringLiteral("%1: unexpected header '%2'").arg(path, header));
        return false;
    }
    for (int line = 2; !in.atEnd(); ++line) {
        const QString text = in.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QStringList f = text.split(u',');
        bool ok = f.size() == 9;
        double v[5] = {};
        for (int i = 0; i < 5 && ok; ++i)
            v[i] = f[4 + i].toDouble(&ok);
        bool okOrigin = false, okH = false;
        const int origin = f.value(2).toInt(&okOrigin);
        const int h = f.value(3).toInt(&okH);
        if (!ok || !okOrigin || !okH) {
            fail(QStringLiteral("%1:%2: bad row '%3'").arg(path).arg(line).arg(text));
            return false;
        }
        if (!r->methods.contains(f[1]))
            r->methods.append(f[1]);
        ForecastResult &fr = r->forecasts[{f[0], f[1]}][origin];
        if (fr.horizon() != h - 1) {
            fail(QStringLiteral("%1:%2: horizon %3 out of order").arg(path).arg(line).arg(h));
            return false;
        }
        fr.mean.push_back(v[0]);
        fr.lo80.push_back(v[1]);
        fr.hi80.push_back(v[2]);
        fr.lo95.push_back(v[3]);
        fr.hi95.push_back(v[4]);
    }
    return true;
}

bool readRTimes(const QString &path, RResults *r)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QTextStream in(&file);
    const QString header = in.readLine().trimmed();
    const bool withCpu = header == QLatin1String("series,method,origins,seconds,cpu_seconds");
    if (header != QLatin1String("series,method,origins,seconds") && !withCpu) {
        fail(QStringLiteral("%1: unexpected header '%2'").arg(path, header));
        return false;
    }
    for (int line = 2; !in.atEnd(); ++line) {
        const QString text = in.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QStringList f = text.split(u',');
        bool ok = false, okCpu = !withCpu;
        const double seconds = f.value(3).toDouble(&ok);
        const double cpu = withCpu ? f.value(4).toDouble(&okCpu) : 0.0;
        if (f.size() != (withCpu ? 5 : 4) || !ok || !okCpu) {
            fail(QStringLiteral("%1:%2: bad row '%3'").arg(path).arg(line).arg(text));
            return false;
        }
        r->seconds[{f[0], f[1]}] = seconds;
        if (withCpu)
            r->cpuSeconds[{f[0], f[1]}] = cpu;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/// The evaluation origins of a series of n months (training months of each).
std::vector<int> originsFor(int n, int count = MaxOrigins)
{
    std::vector<int> origins;
    for (int n0 = std::max(MinTraining, n - count); n0 < n; ++n0)
        origins.push_back(n0);
    return origins;
}

/// One method's score on one series.
struct Score
{
    BacktestResult backtest; ///< per horizon and mean, as Backtest::run computes them
    int forecasts = 0; ///< point forecasts scored
    int negative = 0; ///< point forecasts below 0
    int missingOrigins = 0; ///< evaluation origins the method gave no forecast for
    bool valid() const { return !backtest.perHorizon.empty(); }
};

/// Scores `forecasts` (by origin) on `series` over the evaluation origins, exactly as Backtest::run
/// does: per horizon the mean over origins of |f − y| / maseScale(training), then the unweighted mean
/// over horizons.
Score score(const MonthlySeries &series, const OriginForecasts &forecasts, int count = MaxOrigins)
{
    struct Sums
    {
        int count = 0;
        double scaled = 0, smape = 0, bias = 0;
        int in80 = 0, in95 = 0;
    };
    Score result;
    std::vector<Sums> sums(MaxHorizon);
    const int n = series.size();
    for (int origin : originsFor(n, count)) {
        const auto it = forecasts.find(origin);
        if (it == forecasts.end()) {
            ++result.missingOrigins;
            continue;
        }
        const ForecastResult &f = it->second;
        const double scale = Accuracy::maseScale(series.head(origin), Period);
        ++result.backtest.origins;
        const int h = std::min({MaxHorizon, n - origin, f.horizon()});
        for (int i = 0; i < h; ++i) {
            const auto at = static_cast<size_t>(i);
            const double y = series.values[static_cast<size_t>(origin + i)];
            const std::vector<double> actual {y};
            const std::vector<double> point {f.mean[at]};
            Sums &s = sums[at];
            ++s.count;
            s.scaled += Accuracy::mase(actual, point, scale);
            s.smape += Accuracy::smape(actual, point);
            s.bias += Accuracy::bias(actual, point);
            s.in80 += y >= f.lo80[at] && y <= f.hi80[at] ? 1 : 0;
            s.in95 += y >= f.lo95[at] && y <= f.hi95[at] ? 1 : 0;
            ++result.forecasts;
            result.negative += f.mean[at] < 0 ? 1 : 0;
        }
    }
    for (int i = 0; i < MaxHorizon; ++i) {
        const Sums &s = sums[static_cast<size_t>(i)];
        if (s.count == 0)
            continue;
        HorizonAccuracy row;
        row.horizon = i + 1;
        row.count = s.count;
        row.mase = s.scaled / s.count;
        row.smape = s.smape / s.count;
        row.bias = s.bias / s.count;
        row.coverage80 = double(s.in80) / s.count;
        row.coverage95 = double(s.in95) / s.count;
        result.backtest.perHorizon.push_back(row);
    }
    const double rows = double(result.backtest.perHorizon.size());
    HorizonAccuracy &m = result.backtest.mean;
    for (const HorizonAccuracy &row : result.backtest.perHorizon) {
        m.count += row.count;
        m.mase += row.mase / rows;
        m.smape += row.smape / rows;
        m.bias += row.bias / rows;
        m.coverage80 += row.coverage80 / rows;
        m.coverage95 += row.coverage95 / rows;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// The engine

/// What the product would run on this series: R's datasets are Western series (no Spring Festival);
/// court series get the Spring Festival term, closures the year-end term, and the interventions of
/// ForecastSettings::defaults() (the May 2015 registration reform; the engine drops it for a series
/// that does not span it).
ForecastOptions optionsFor(const BenchSeries &s)
{
    ForecastOptions options;
    options.horizon = MaxHorizon;
    options.minTraining = MinTraining;
    if (s.source != QLatin1String("court")) {
        options.springFestival = false;
        return options;
    }
    options.springFestival = true;
    options.december = s.name.endsWith(QLatin1String("closed"));
    options.interventions = ForecastSettings::defaults().interventions;
    return options;
}

/// A method's scores over all series, by series name.
struct MethodRow
{
    QString label;
    std::map<QString, Score> scores;
    std::map<QString, double> msPerSeries; ///< wall-clock time for the series (may be absent)
    std::map<QString, double> cpuMsPerSeries; ///< CPU time for the series (may be absent)
};

struct SeriesRun
{
    int n = 0;
    int origins = 0;
    double runMs = 0; ///< median of the engine's full runs, wall clock
    double runCpuMs = 0; ///< median CPU time of those runs
    QStringList chosen;
    double reportMase = 0; ///< report.backtest.mean.mase
    double recomputedMase = std::numeric_limits<double>::quiet_NaN();
    double baselineReport = 0; ///< report.baseline.mean.mase
    double baselineBench = 0; ///< the bench's SeasonalNaive on the engine's origins
    double baselineScored = 0; ///< the bench's SeasonalNaive on the bench's (scoring) origins
    int reportOrigins = 0;
    double widen80 = 1, widen95 = 1;
    /// Backtest MASE of each family's AICc choice (the candidates the engine backtests), by family.
    std::map<QString, std::pair<QString, double>> familyMase;
};

// ---------------------------------------------------------------------------------------------
// Output

QString fmt(double v, int decimals = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

QString pct(double share)
{
    return std::isfinite(share) ? QString::number(share * 100.0, 'f', 1) + QLatin1Char('%')
                                : QStringLiteral("-");
}

/// Mean of the valid per-series values of `row` over the series `names`.
struct Aggregate
{
    double mase = std::numeric_limits<double>::quiet_NaN();
    double cov80 = std::numeric_limits<double>::quiet_NaN();
    double cov95 = std::numeric_limits<double>::quiet_NaN();
    double ms = std::numeric_limits<double>::quiet_NaN();
    double cpuMs = std::numeric_limits<double>::quiet_NaN();
    int series = 0;
    int negative = 0;
    int forecasts = 0;
};

Aggregate aggregate(const MethodRow &row, const QStringList &names)
{
    std::vector<double> mase, cov80, cov95, ms, cpu;
    Aggregate a;
    for (const QString &name : names) {
        const auto it = row.scores.find(name);
        if (it == row.scores.end() || !it->second.valid())
            continue;
        const HorizonAccuracy &m = it->second.backtest.mean;
        mase.push_back(m.mase);
        cov80.push_back(m.coverage80);
        cov95.push_back(m.coverage95);
        a.negative += it->second.negative;
        a.forecasts += it->second.forecasts;
        const auto t = row.msPerSeries.find(name);
        if (t != row.msPerSeries.end())
            ms.push_back(t->second);
        const auto c = row.cpuMsPerSeries.find(name);
        if (c != row.cpuMsPerSeries.end())
            cpu.push_back(c->second);
    }
    a.series = int(mase.size());
    a.mase = mean(mase);
    a.cov80 = mean(cov80);
    a.cov95 = mean(cov95);
    a.ms = mean(ms);
    a.cpuMs = mean(cpu);
    return a;
}

void printLine(char c = '-', int width = 124)
{
    std::printf("%s\n", std::string(size_t(width), c).c_str());
}

// ---------------------------------------------------------------------------------------------
// Verbs

int runCourts(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Series CSV to write."), QStringLiteral("FILE"));
    const QCommandLineOption workOption(QStringLiteral("work"),
        QStringLiteral("Directory for the export and store."), QStringLiteral("DIR"),
        QDir::tempPath() + QStringLiteral("/caseload-forecast-bench"));
    const QCommandLineOption courtsOption(QStringLiteral("courts"), QStringLiteral("Courts (default 10)."),
        QStringLiteral("K"), QStringLiteral("10"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases (default 300000)."),
        QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QStringLiteral("First month (default 2014-01)."), QStringLiteral("YYYY-MM"),
        QStringLiteral("2014-01"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last month (default 2025-12)."),
        QStringLiteral("YYYY-MM"), QStringLiteral("2025-12"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({outOption, workOption, courtsOption, casesOption, fromOption, toOption, seedOption});
    if (!parser.parse(arguments) || !parser.isSet(outOption)) {
        fail(parser.errorText().isEmpty() ? QStringLiteral("courts: --out is required") : parser.errorText());
        return 2;
    }
    DemoGeneratorConfig config;
    config.courts = parser.value(courtsOption).toInt();
    config.cases = parser.value(casesOption).toLongLong();
    config.seed = parser.value(seedOption).toULongLong();
    const std::optional<QDate> from = parseMonth(parser.value(fromOption));
    const std::optional<QDate> to = parseMonth(parser.value(toOption));
    if (!from || !to || config.courts < 1 || config.cases < 1) {
        fail(QStringLiteral("courts: bad --from, --to, --courts or --cases"));
        return 2;
    }
    config.from = *from;
    config.to = to->addDays(to->daysInMonth() - 1);

    const QString work = parser.value(workOption);
    QDir().mkpath(work);
    const QString csvPath = work + QStringLiteral("/export.csv");
    const QString storePath = work + QStringLiteral("/store.sqlite");
    QFile::remove(storePath);
    QString error;
    auto start = Clock::now();
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || !generateDemoExport(config, &csv, &error)) {
            fail(QStringLiteral("generate: %1").arg(error.isEmpty() ? csv.errorString() : error));
            return 2;
        }
    }
    std::printf("generated %lld cases, %d courts, %s .. %s in %.1f s\n", static_cast<long long>(config.cases),
        config.courts, qUtf8Printable(parser.value(fromOption)), qUtf8Printable(parser.value(toOption)),
        msSince(start) / 1000);
    start = Clock::now();
    auto store = Store::open(storePath, &error);
    if (!store) {
        fail(error);
        return 2;
    }
    const ImportSummary summary = Importer(*store).importFile(csvPath, ImportOptions {});
    if (!summary.ok) {
        fail(summary.error);
        return 2;
    }
    QFile::remove(csvPath);
    std::printf("imported: %s in %.1f s\n", qUtf8Printable(summary.countsLine()), msSince(start) / 1000);
    std::optional<CaseTable> table = CaseTable::load(*store, &error);
    if (!table) {
        fail(error);
        return 2;
    }

    QFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate)) {
        fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        return 2;
    }
    QTextStream text(&out);
    text << "series,source,month,value\n";
    int k = 0;
    for (const CourtInfo &court : table->courts()) {
        ++k;
        const QString courtName = court.name.isEmpty() ? court.code : court.name;
        AnalyticsInput input;
        input.filter.courts = {courtName};
        const std::optional<AnalyticsResult> result = Analytics::compute(*table, input, &error);
        if (!result) {
            fail(QStringLiteral("analytics for %1: %2").arg(courtName, error));
            return 2;
        }
        const QString stem = QStringLiteral("court%1").arg(k, 2, 10, QLatin1Char('0'));
        qint64 filed = 0, closed = 0;
        for (const bool closedSeries : {false, true}) {
            for (const MonthlyPoint &p : result->monthly) {
                const qint64 v = closedSeries ? p.closed : p.filed;
                text << stem << (closedSeries ? "-closed" : "-filed") << ",court,"
                     << p.month.toString(QStringLiteral("yyyy-MM")) << ',' << v << '\n';
                (closedSeries ? closed : filed) += v;
            }
        }
        std::printf("%s  %s  %lld months, filed %lld, closed %lld\n", qUtf8Printable(stem),
            qUtf8Printable(courtName), static_cast<long long>(result->monthly.size()),
            static_cast<long long>(filed), static_cast<long long>(closed));
    }
    return 0;
}

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption seriesOption(
        QStringLiteral("series"), QStringLiteral("Series CSV."), QStringLiteral("FILE"));
    const QCommandLineOption forecastsOption(
        QStringLiteral("r-forecasts"), QStringLiteral("R's forecasts CSV."), QStringLiteral("FILE"));
    const QCommandLineOption timesOption(
        QStringLiteral("r-times"), QStringLiteral("R's times CSV."), QStringLiteral("FILE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Timed engine runs per series (median; default 5)."), QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption perSeriesOption(
        QStringLiteral("per-series"), QStringLiteral("Print a row per series."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("Time each backtested candidate alone (its fit at every origin)."));
    const QCommandLineOption variantsOption(QStringLiteral("variants"),
        QStringLiteral("Also evaluate the engine with combineBestTwo off, re-selected at each origin."));
    parser.addOptions({seriesOption, forecastsOption, timesOption, repeatOption, perSeriesOption,
        profileOption, variantsOption});
    if (!parser.parse(arguments) || !parser.isSet(seriesOption)) {
        fail(parser.errorText().isEmpty() ? QStringLiteral("run: --series is required") : parser.errorText());
        return 2;
    }
    std::vector<BenchSeries> all;
    for (const QString &path : parser.values(seriesOption))
        if (!readSeries(path, &all))
            return 2;
    RResults r;
    for (const QString &path : parser.values(forecastsOption))
        if (!readRForecasts(path, &r))
            return 2;
    for (const QString &path : parser.values(timesOption))
        if (!readRTimes(path, &r))
            return 2;
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QStringList names, rNames, courtNames;
    for (const BenchSeries &s : all) {
        names << s.name;
        (s.source == QLatin1String("court") ? courtNames : rNames) << s.name;
    }

    MethodRow honest;
    honest.label = QStringLiteral("Caseload, re-selected at each origin");
    MethodRow reported;
    reported.label = QStringLiteral("Caseload, report.backtest (in-sample choice)");
    MethodRow single;
    single.label = QStringLiteral("  variant: best single model, re-selected");
    const bool variants = parser.isSet(variantsOption);
    MethodRow gatedRow;
    gatedRow.label = QStringLiteral("  variant: combine if 2nd <= %1 x best").arg(CombineGate);
    MethodRow baseline;
    baseline.label = QStringLiteral("seasonal naive (models/forecast)");
    std::map<QString, MethodRow> candidateRows; // by candidate id
    QStringList candidateIds;
    std::map<QString, SeriesRun> runs;
    struct ProfileRow
    {
        std::vector<double> backtestMs, fitOnlyMs, wholeMs, wholeFitMs;
    };
    std::map<QString, ProfileRow> profileRows;
    const bool profile = parser.isSet(profileOption);

    std::printf("engine: %zu series (%lld R datasets, %lld court series), %d timed runs each\n", all.size(),
        static_cast<long long>(rNames.size()), static_cast<long long>(courtNames.size()), repeat);
    for (const BenchSeries &s : all) {
        const ForecastOptions options = optionsFor(s);
        SeriesRun run;
        run.n = s.series.size();
        run.origins = int(originsFor(run.n, EngineOrigins).size());

        // The whole fit + selection + backtest, as the product runs it.
        std::vector<double> times, cpuTimes;
        ForecastReport report;
        for (int i = 0; i < repeat; ++i) {
            const auto start = Clock::now();
            const double cpuStart = cpuMs();
            report = ForecastEngine::run(s.series, options);
            cpuTimes.push_back(cpuMs() - cpuStart);
            times.push_back(msSince(start));
        }
        run.runMs = median(times);
        run.runCpuMs = median(cpuTimes);
        run.chosen = report.chosenIds;
        run.reportMase = report.backtest.mean.mase;
        run.reportOrigins = report.backtest.origins;
        run.baselineReport = report.baseline.mean.mase;
        run.widen80 = report.widen80;
        run.widen95 = report.widen95;

        // report.backtest carries only the per-horizon means; its Score is built from them.
        Score reportScore;
        reportScore.backtest = report.backtest;
        reported.scores[s.name] = reportScore;
        reported.msPerSeries[s.name] = run.runMs;
        reported.cpuMsPerSeries[s.name] = run.runCpuMs;
        for (const CandidateModel &c : report.candidates) {
            if (c.backtest.perHorizon.empty())
                continue;
            if (!candidateIds.contains(c.id))
                candidateIds << c.id;
            run.familyMase[c.family] = {c.id, c.backtest.mean.mase};
            MethodRow &row = candidateRows[c.id];
            row.label = QStringLiteral("  candidate %1").arg(c.id);
            Score cs;
            cs.backtest = c.backtest;
            row.scores[s.name] = cs;
        }

        // The chosen forecast refitted on the same origins by the engine's own forecaster: should
        // reproduce report.backtest.
        {
            const Forecaster chosen = ForecastEngine::chosenForecaster(report, options);
            OriginForecasts made;
            for (int origin : originsFor(run.n, EngineOrigins))
                made[origin] = chosen(s.series.head(origin), std::min(MaxHorizon, run.n - origin));
            run.recomputedMase = score(s.series, made, EngineOrigins).backtest.mean.mase;
        }
        if (profile) {
            // Where the time goes (CPU ms): each backtested candidate's fit + forecast at every origin,
            // and for the GLMs the fits alone, the rest being the simulation of the intervals. The GLMs
            // are refitted as the engine's backtest does it (warm start from the whole-series fit);
            // ForecastEngine::forecaster() starts cold.
            double backtests = 0;
            for (const CandidateModel &c : report.candidates) {
                if (!c.familyChoice)
                    continue;
                ProfileRow &p = profileRows[c.id];
                if (c.family != QLatin1String("glm")) {
                    const Forecaster f = ForecastEngine::forecaster(c.id, options, report);
                    const double start = cpuMs();
                    for (int origin : originsFor(run.n, EngineOrigins))
                        f(s.series.head(origin), std::min(MaxHorizon, run.n - origin));
                    p.backtestMs.push_back(cpuMs() - start);
                    backtests += p.backtestMs.back();
                    continue;
                }
                CountGlmOptions o;
                o.family = c.id == QLatin1String("poisson") ? CountGlmOptions::Family::Poisson
                                                            : CountGlmOptions::Family::NegativeBinomial;
                o.regressors.trend = c.trend;
                o.regressors.springFestival = options.springFestival;
                o.regressors.december = options.december;
                o.regressors.interventions = options.interventions;
                CountGlm whole(o);
                whole.fit(s.series);
                o.draws = options.backtestDraws;
                for (const bool simulate : {true, false}) {
                    const double start = cpuMs();
                    for (int origin : originsFor(run.n, EngineOrigins)) {
                        CountGlm model(o);
                        model.setStart(whole.fullBeta(), whole.theta());
                        model.fit(s.series.head(origin));
                        if (simulate)
                            model.forecast(std::min(MaxHorizon, run.n - origin));
                    }
                    (simulate ? p.backtestMs : p.fitOnlyMs).push_back(cpuMs() - start);
                }
                backtests += p.backtestMs.back();
            }
            // The first stage: every candidate fitted on the whole series and forecast (GLMs with the
            // final forecast's draws), as the engine does before backtesting.
            for (const CandidateModel &c : report.candidates) {
                RegressorOptions regressors;
                regressors.trend = c.trend;
                regressors.springFestival = options.springFestival;
                regressors.december = options.december;
                regressors.interventions = options.interventions;
                const double start = cpuMs();
                double fitted = std::numeric_limits<double>::quiet_NaN();
                if (c.family == QLatin1String("regression")) {
                    LogLinearModel model(regressors);
                    model.fit(s.series);
                    model.forecast(MaxHorizon);
                } else if (c.family == QLatin1String("glm")) {
                    CountGlmOptions o;
                    o.family = c.id == QLatin1String("poisson") ? CountGlmOptions::Family::Poisson
                                                                : CountGlmOptions::Family::NegativeBinomial;
                    o.regressors = regressors;
                    o.draws = options.draws;
                    CountGlm model(o);
                    model.fit(s.series);
                    fitted = cpuMs();
                    model.forecast(MaxHorizon);
                } else {
                    ForecastEngine::forecaster(c.id, options, report)(s.series, MaxHorizon);
                }
                const QString key
                    = c.family == QLatin1String("regression") || c.family == QLatin1String("glm")
                    ? QStringLiteral("%1 %2").arg(
                        c.id, c.trend ? QStringLiteral("trend") : QStringLiteral("no trend"))
                    : c.id;
                profileRows[key].wholeMs.push_back(cpuMs() - start);
                if (std::isfinite(fitted))
                    profileRows[key].wholeFitMs.push_back(fitted - start);
            }
            profileRows[QStringLiteral("(whole engine run)")].backtestMs.push_back(run.runCpuMs);
            profileRows[QStringLiteral("(stage 2, sum)")].backtestMs.push_back(backtests);
        }

        // Honest: the engine run afresh on each origin's training months, choosing on them alone,
        // as ets() and auto.arima() choose on theirs.
        OriginForecasts refits, singles, gated, naive;
        ForecastOptions singleOptions = options;
        singleOptions.combineBestTwo = false;
        for (int origin : originsFor(run.n)) {
            const MonthlySeries training = s.series.head(origin);
            const ForecastReport atOrigin = ForecastEngine::run(training, options);
            refits[origin] = atOrigin.forecast;
            if (variants) {
                singles[origin] = ForecastEngine::run(training, singleOptions).forecast;
                // What-if: combine only when the runner-up's backtest MASE is within CombineGate of
                // the best's, else the single best.
                std::vector<double> chosenMase;
                for (const QString &id : atOrigin.chosenIds)
                    for (const CandidateModel &c : atOrigin.candidates)
                        if (c.id == id && c.familyChoice)
                            chosenMase.push_back(c.backtest.mean.mase);
                const bool combine = chosenMase.size() == 2 && chosenMase[1] <= CombineGate * chosenMase[0];
                gated[origin] = combine ? refits[origin] : singles[origin];
            }
            naive[origin] = SeasonalNaive::forecast(training, std::min(MaxHorizon, run.n - origin), Period);
        }
        honest.scores[s.name] = score(s.series, refits);
        if (variants) {
            single.scores[s.name] = score(s.series, singles);
            gatedRow.scores[s.name] = score(s.series, gated);
        }
        const Score naiveScore = score(s.series, naive);
        baseline.scores[s.name] = naiveScore;
        // The engine's own report.baseline is over its own (fewer) origins.
        run.baselineBench = score(s.series, naive, EngineOrigins).backtest.mean.mase;
        run.baselineScored = naiveScore.backtest.mean.mase;
        runs[s.name] = run;
        std::printf("  %-22s n=%3d  %7.2f ms cpu  chosen %-20s report MASE %s  re-selected %s\n",
            qUtf8Printable(s.name), run.n, run.runCpuMs, qUtf8Printable(run.chosen.join(u'+')),
            qUtf8Printable(fmt(run.reportMase)),
            qUtf8Printable(fmt(honest.scores[s.name].backtest.mean.mase)));
        std::fflush(stdout);
    }

    std::vector<MethodRow> rRows;
    for (const QString &method : r.methods) {
        MethodRow row;
        row.label = QStringLiteral("R %1").arg(method);
        for (const BenchSeries &s : all) {
            const auto it = r.forecasts.find({s.name, method});
            if (it == r.forecasts.end())
                continue;
            row.scores[s.name] = score(s.series, it->second);
            const auto t = r.seconds.find({s.name, method});
            if (t != r.seconds.end())
                row.msPerSeries[s.name] = t->second * 1000.0;
            const auto c = r.cpuSeconds.find({s.name, method});
            if (c != r.cpuSeconds.end())
                row.cpuMsPerSeries[s.name] = c->second * 1000.0;
        }
        rRows.push_back(row);
    }

    // ---- The table
    std::printf("\n");
    printLine('=');
    std::printf("Mean MASE over series (per series: mean over h = 1..12 of the mean over the last %d origins "
                "with >= %d "
                "training months)\n",
        MaxOrigins, MinTraining);
    printLine('=');
    std::printf("%-46s %8s %8s %8s  %7s %7s  %5s  %10s %10s\n", "method", "all", "R data", "courts", "cov80",
        "cov95", "neg", "wall ms", "cpu ms");
    std::printf("%-46s %8s %8s %8s  %7s %7s  %5s  %10s %10s\n", "",
        qUtf8Printable(QStringLiteral("(%1)").arg(names.size())),
        qUtf8Printable(QStringLiteral("(%1)").arg(rNames.size())),
        qUtf8Printable(QStringLiteral("(%1)").arg(courtNames.size())), "", "", "", "per series",
        "per series");
    printLine();
    const auto printRow = [&](const MethodRow &row) {
        const Aggregate a = aggregate(row, names);
        const Aggregate ar = aggregate(row, rNames);
        const Aggregate ac = aggregate(row, courtNames);
        QString allText = fmt(a.mase);
        if (a.series != names.size())
            allText += QStringLiteral("*");
        std::printf("%-46s %8s %8s %8s  %7s %7s  %5s  %10s %10s\n", qUtf8Printable(row.label),
            qUtf8Printable(allText), qUtf8Printable(fmt(ar.mase)), qUtf8Printable(fmt(ac.mase)),
            qUtf8Printable(pct(a.cov80)), qUtf8Printable(pct(a.cov95)),
            a.forecasts ? qUtf8Printable(QString::number(a.negative)) : "-", qUtf8Printable(fmt(a.ms, 1)),
            qUtf8Printable(fmt(a.cpuMs, 1)));
    };
    printRow(honest);
    if (variants) {
        printRow(single);
        printRow(gatedRow);
    }
    printRow(reported);
    for (const QString &id : candidateIds)
        printRow(candidateRows[id]);
    printRow(baseline);
    printLine();
    for (const MethodRow &row : rRows)
        printRow(row);
    printLine();
    std::printf(
        "ms per series: Caseload = median of %d runs of ForecastEngine::run on the whole series (every\n"
        "candidate fitted, chosen, backtested on its %d origins, combined, calibrated); R = fits + forecasts "
        "at\n"
        "the %d origins (what tsCV costs; R's final fit not included). cpu = CPU time of the process (not\n"
        "inflated by other load); wall = elapsed. cov80/cov95: mean coverage of the 80%%/95%% intervals.\n"
        "neg: point forecasts below 0. *: not every series scored (a candidate row counts only the series\n"
        "where it was its family's AICc choice, the only ones the engine backtests).\n",
        repeat, EngineOrigins, MaxOrigins);
    std::printf(
        "Caseload row 1 runs the engine afresh on each origin's training data (choice included), the same\n"
        "footing as ets()/auto.arima(); row 2 is the engine's own report.backtest, where the choice was "
        "made\n"
        "on the very origins it is scored on (optimistic by construction; the engine's latest %d origins, "
        "not %d).\n",
        EngineOrigins, MaxOrigins);

    // ---- Checks
    std::printf("\n");
    printLine('=');
    std::printf("Checks\n");
    printLine('=');
    int baselineMismatch = 0, originMismatch = 0;
    double worstBaseline = 0;
    for (const BenchSeries &s : all) {
        const SeriesRun &run = runs[s.name];
        const double d = std::fabs(run.baselineReport - run.baselineBench);
        worstBaseline = std::max(worstBaseline, d);
        baselineMismatch += d > 1e-9 ? 1 : 0;
        originMismatch += run.reportOrigins != run.origins ? 1 : 0;
    }
    std::printf("report.baseline vs the bench's seasonal naive, same origins: %s (largest difference %.2e)\n",
        baselineMismatch ? qUtf8Printable(QStringLiteral("%1 series differ").arg(baselineMismatch))
                         : "all equal",
        worstBaseline);
    std::printf("report.backtest.origins vs the bench's origins: %s\n",
        originMismatch ? qUtf8Printable(QStringLiteral("%1 series differ").arg(originMismatch))
                       : "all equal");
    for (const MethodRow &row : rRows) {
        if (row.label != QLatin1String("R snaive"))
            continue;
        double worst = 0;
        for (const BenchSeries &s : all) {
            const auto it = row.scores.find(s.name);
            if (it != row.scores.end())
                worst
                    = std::max(worst, std::fabs(it->second.backtest.mean.mase - runs[s.name].baselineScored));
        }
        std::printf(
            "R snaive vs the bench's seasonal naive (point forecasts): largest MASE difference %.2e\n",
            worst);
    }
    {
        int differ = 0;
        double worst = 0;
        QString worstName;
        for (const BenchSeries &s : all) {
            const SeriesRun &run = runs[s.name];
            const double d = std::fabs(run.reportMase - run.recomputedMase);
            if (d > 1e-9)
                ++differ;
            if (d > worst) {
                worst = d;
                worstName = s.name;
            }
        }
        std::printf(
            "report.backtest.mean.mase vs the chosen forecast refitted by the bench on the same origins\n"
            "(ForecastEngine::chosenForecaster): %s, largest difference %.2e%s\n",
            differ ? qUtf8Printable(QStringLiteral("%1 series differ").arg(differ)) : "all equal", worst,
            worstName.isEmpty() ? "" : qUtf8Printable(QStringLiteral(" (%1)").arg(worstName)));
    }
    int missing = 0;
    for (const MethodRow &row : rRows)
        for (const auto &[name, sc] : row.scores)
            missing += sc.missingOrigins;
    if (missing)
        std::printf("R forecasts missing for %d (series, method, origin) triples\n", missing);

    // ---- Per series
    if (parser.isSet(perSeriesOption)) {
        std::printf("\n");
        printLine('=');
        std::printf("Per series MASE\n");
        printLine('=');
        std::printf("%-16s %4s %3s %8s %8s %-22s", "series", "n", "org", "re-sel", "report", "chosen");
        for (const MethodRow &row : rRows)
            std::printf(" %9s", qUtf8Printable(row.label.mid(2, 9)));
        std::printf(" %8s %8s\n", "cpu ms", "widen80");
        for (const BenchSeries &s : all) {
            const SeriesRun &run = runs[s.name];
            std::printf("%-16s %4d %3d %8s %8s %-22s", qUtf8Printable(s.name), run.n, run.origins,
                qUtf8Printable(fmt(honest.scores[s.name].backtest.mean.mase)),
                qUtf8Printable(fmt(run.reportMase)), qUtf8Printable(run.chosen.join(u'+').left(22)));
            for (const MethodRow &row : rRows) {
                const auto it = row.scores.find(s.name);
                std::printf(" %9s",
                    it == row.scores.end() ? "-" : qUtf8Printable(fmt(it->second.backtest.mean.mase)));
            }
            std::printf(" %8.2f %8.2f\n", run.runCpuMs, run.widen80);
        }
        std::printf("\nBacktest MASE of each family's AICc choice (report.candidates; the choice made on the "
                    "whole series)\n");
        std::printf("%-16s %-18s %-18s %-18s %8s %8s %8s", "series", "regression", "glm", "smoothing",
            "snaive", "report", "re-sel");
        if (variants)
            std::printf(" %8s %8s", "single", "gated");
        std::printf("\n");
        for (const BenchSeries &s : all) {
            const SeriesRun &run = runs[s.name];
            std::printf("%-16s", qUtf8Printable(s.name));
            for (const char *family : {"regression", "glm", "smoothing"}) {
                const auto it = run.familyMase.find(QLatin1String(family));
                const QString text = it == run.familyMase.end()
                    ? QStringLiteral("-")
                    : QStringLiteral("%1 %2").arg(it->second.first, fmt(it->second.second));
                std::printf(" %-18s", qUtf8Printable(text));
            }
            const auto naiveIt = run.familyMase.find(QStringLiteral("baseline"));
            std::printf(" %8s %8s %8s",
                qUtf8Printable(
                    naiveIt == run.familyMase.end() ? QStringLiteral("-") : fmt(naiveIt->second.second)),
                qUtf8Printable(fmt(run.reportMase)),
                qUtf8Printable(fmt(honest.scores[s.name].backtest.mean.mase)));
            if (variants)
                std::printf(" %8s %8s", qUtf8Printable(fmt(single.scores[s.name].backtest.mean.mase)),
                    qUtf8Printable(fmt(gatedRow.scores[s.name].backtest.mean.mase)));
            std::printf("\n");
        }
    }

    if (profile) {
        std::printf("\n");
        printLine('=');
        std::printf("Where the engine's time goes (CPU ms per series, mean over series)\n");
        printLine('=');
        std::printf("Stage 1, every candidate fitted on the whole series and forecast (GLMs: %d draws):\n",
            ForecastOptions().draws);
        std::printf("  %-24s %8s %12s %12s\n", "candidate", "total", "fit", "simulation");
        double stage1 = 0;
        for (const auto &[id, p] : profileRows) {
            if (p.wholeMs.empty())
                continue;
            stage1 += mean(p.wholeMs);
            const double fit = mean(p.wholeFitMs);
            std::printf("  %-24s %8.2f %12s %12s\n", qUtf8Printable(id), mean(p.wholeMs),
                qUtf8Printable(fmt(fit, 2)), qUtf8Printable(fmt(mean(p.wholeMs) - fit, 2)));
        }
        std::printf("  %-24s %8.2f\n", "sum", stage1);
        std::printf(
            "Stage 2, backtest of each family's AICc choice at the %d origins (mean over the series where "
            "it\n"
            "was the choice; GLMs refitted from a warm start as the engine does, %d draws; simulation =\n"
            "total - fits alone):\n",
            EngineOrigins, ForecastOptions().backtestDraws);
        std::printf(
            "  %-24s %8s %8s %12s %12s\n", "candidate", "series", "total", "fits alone", "simulation");
        for (const auto &[id, p] : profileRows) {
            if (p.backtestMs.empty() || id.startsWith(u'('))
                continue;
            const double fits = mean(p.fitOnlyMs);
            std::printf("  %-24s %8zu %8.2f %12s %12s\n", qUtf8Printable(id), p.backtestMs.size(),
                mean(p.backtestMs), qUtf8Printable(fmt(fits, 2)),
                qUtf8Printable(fmt(mean(p.backtestMs) - fits, 2)));
        }
        for (const char *id : {"(stage 2, sum)", "(whole engine run)"}) {
            const auto it = profileRows.find(QLatin1String(id));
            if (it != profileRows.end())
                std::printf(
                    "  %-24s %8zu %8.2f\n", id, it->second.backtestMs.size(), mean(it->second.backtestMs));
        }
        std::printf(
            "The stages are the bench's replicas of the engine's steps, timed alone; the whole run is the\n"
            "engine's own (stage 1 + stage 2 + choosing, combining, calibrating, less any work it "
            "shares).\n");
    }

    // ---- Goals
    std::printf("\n");
    printLine('=');
    std::printf("Goals (issue 5): PASS / MISS; the bench reports, it does not fail\n");
    printLine('=');
    const auto rowNamed = [&](const QString &label) -> const MethodRow * {
        for (const MethodRow &row : rRows)
            if (row.label == label)
                return &row;
        return nullptr;
    };
    const auto goal
        = [](const QString &what, double ours, const QString &relation, double theirs, bool pass) {
              std::printf("%-4s  %-86s %8s %s %s\n", pass ? "PASS" : "MISS", qUtf8Printable(what),
                  qUtf8Printable(fmt(ours)), qUtf8Printable(relation), qUtf8Printable(fmt(theirs)));
          };
    const MethodRow *ets = rowNamed(QStringLiteral("R ets"));
    for (const auto &[label, set] : {std::pair {QStringLiteral("all series"), names},
             std::pair {QStringLiteral("court series"), courtNames},
             std::pair {QStringLiteral("R datasets"), rNames}}) {
        if (set.isEmpty())
            continue;
        const double ours = aggregate(honest, set).mase;
        const double naive = aggregate(baseline, set).mase;
        // Against ets() only on the series ets() was scored on (all of them once R has finished).
        QStringList common;
        for (const QString &name : set) {
            const auto it = ets ? ets->scores.find(name) : std::map<QString, Score>::const_iterator();
            if (ets && it != ets->scores.end() && it->second.valid())
                common << name;
        }
        if (!common.isEmpty()) {
            const double e = aggregate(*ets, common).mase;
            const double o = aggregate(honest, common).mase;
            const double oReport = aggregate(reported, common).mase;
            const QString which = common.size() == set.size() ? label
                                                              : QStringLiteral("%1 (the %2 of %3 ets scored)")
                                                                    .arg(label)
                                                                    .arg(common.size())
                                                                    .arg(set.size());
            goal(QStringLiteral("MASE no worse than ets(), %1, re-selected").arg(which), o,
                QStringLiteral("<="), e, o <= e);
            goal(QStringLiteral("MASE no worse than ets(), %1, report.backtest").arg(which), oReport,
                QStringLiteral("<="), e, oReport <= e);
        } else {
            std::printf("%-4s  MASE against ets(), %s: no ets() results\n", "-", qUtf8Printable(label));
        }
        goal(QStringLiteral("MASE below seasonal naive, %1, re-selected").arg(label), ours,
            QStringLiteral("< "), naive, ours < naive);
    }
    std::vector<double> wall, cpu;
    for (const auto &[name, run] : runs) {
        wall.push_back(run.runMs);
        cpu.push_back(run.runCpuMs);
    }
    const double meanCpu = mean(cpu);
    const double maxCpu = cpu.empty() ? 0 : *std::max_element(cpu.begin(), cpu.end());
    const double meanWall = mean(wall);
    goal(QStringLiteral("time per series < 5 ms, CPU (mean of per-series medians)"), meanCpu,
        QStringLiteral("< "), 5.0, meanCpu < 5.0);
    goal(QStringLiteral("time per series < 5 ms, CPU (slowest series)"), maxCpu, QStringLiteral("< "), 5.0,
        maxCpu < 5.0);
    goal(QStringLiteral("time per series < 5 ms, wall clock (mean of per-series medians)"), meanWall,
        QStringLiteral("< "), 5.0, meanWall < 5.0);
    const Aggregate h = aggregate(honest, names);
    goal(QStringLiteral("80% coverage within 5 points of nominal, re-selected"), h.cov80 * 100,
        QStringLiteral("~ "), 80.0, std::fabs(h.cov80 - 0.80) <= 0.05);
    goal(QStringLiteral("95% coverage within 5 points of nominal, re-selected"), h.cov95 * 100,
        QStringLiteral("~ "), 95.0, std::fabs(h.cov95 - 0.95) <= 0.05);
    goal(QStringLiteral("no negative point forecasts, re-selected"), h.negative, QStringLiteral("= "), 0,
        h.negative == 0);
    return 0;
}

} // namespace
} // namespace caseload

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString verb = arguments.value(1);
    QStringList rest = arguments.mid(0, 1);
    rest += arguments.mid(2);
    if (verb == QLatin1String("courts"))
        return caseload::runCourts(rest);
    if (verb == QLatin1String("run"))
        return caseload::runBench(rest);
    std::fprintf(stderr, "usage: forecast_bench courts --out FILE [...] | run --series FILE... [...]\n");
    return 2;
}
