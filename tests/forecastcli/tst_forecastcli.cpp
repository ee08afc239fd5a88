#include "TestSupport.h"

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "forecast/BacklogSimulation.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastInput.h"
#include "forecast/ForecastSettings.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace caseload;

namespace {

// Six years of cases at two courts: filings with a yearly season and growth, closures after 20..400
// days; the data end on 2020-12-31, so every month is complete.
QList<CaseRecord> makeCases()
{
    QList<CaseRecord> cases;
    std::mt19937_64 rng(2015);
    std::uniform_int_distribution<int> days(20, 400);
    int number = 0;
    for (int m = 0; m < 72; ++m) {
        const QDate month = QDate(2015, 1, 1).addMonths(m);
        const int count = 20 + m / 4 + (month.month() == 3 ? 10 : 0) + (month.month() == 2 ? -8 : 0);
        for (int k = 0; k < count; ++k) {
            CaseRecord r;
            const bool second = k % 3 == 0;
            r.courtName = second ? QStringLiteral("乙法院") : QStringLiteral("甲法院");
            r.courtCode = second ? QStringLiteral("京0102") : QStringLiteral("京0101");
            r.caseNumber = QStringLiteral("（%1）%2执%3号").arg(month.year()).arg(r.courtCode).arg(++number);
            r.type = CaseType::FirstEnforcement;
            r.filedOn = month.addDays(k % month.daysInMonth());
            const QDate closed = r.filedOn.addDays(days(rng));
            if (closed <= QDate(2020, 12, 31)) {
                r.closedOn = closed;
                r.closureMethod = ClosureMethod::Performed;
            }
            cases.append(r);
        }
    }
    return cases;
}

} // namespace

class TestForecastCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seriesFromDatabase_data();
    void seriesFromDatabase();
    void pendingBacklog();
    void storedInterventionsAreUsed();
    void unusableSettingsAreSaid();
    void inputCsv();
    void text();
    void badInput_data();
    void badInput();

private:
    test::RunResult run(const QStringList &args)
    {
        return test::runCaseload(args, m_dir.filePath(QStringLiteral("home")));
    }
    QJsonObject json(const QStringList &args)
    {
        const test::RunResult r
            = run(QStringList {QStringLiteral("forecast"), QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("forecast failed (%d): %s", r.exitCode, qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    ForecastSeriesSet expectedSeries(const QStringList &courts = {})
    {
        AnalyticsInput input;
        input.filter.courts = courts;
        QString error;
        const auto result = Analytics::compute(*m_table, ForecastInput::historyInput(input), &error);
        return result ? ForecastInput::series(*result, *m_table) : ForecastSeriesSet {};
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<const CaseTable> m_table;
};

void TestForecastCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
    m_table = test::storeAndLoad(m_db, makeCases());
    QVERIFY(m_table);
}

void TestForecastCli::seriesFromDatabase_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QStringList>("courts");
    QTest::newRow("filed") << QStringLiteral("filed") << QStringList {};
    QTest::newRow("closed") << QStringLiteral("closed") << QStringList {};
    QTest::newRow("filed, one court") << QStringLiteral("filed") << QStringList {QStringLiteral("乙法院")};
}

void TestForecastCli::seriesFromDatabase()
{
    QFETCH(QString, series);
    QFETCH(QStringList, courts);
    QStringList args {QStringLiteral("--db"), m_db, QStringLiteral("--series"), series};
    for (const QString &court : courts)
        args << QStringLiteral("--court") << court;
    const QJsonObject out = json(args);
    QVERIFY(!out.isEmpty());

    ForecastSeriesKind kind = ForecastSeriesKind::Filed;
    QVERIFY(ForecastInput::parseKind(series, &kind));
    const ForecastSeriesSet set = expectedSeries(courts);
    QCOMPARE(set.filed.size(), 72);
    ForecastOptions options;
    options.december = kind == ForecastSeriesKind::Closed;
    options.interventions = ForecastSettings::defaults().interventions;
    const ForecastReport report = ForecastEngine::run(set.series(kind), options);

    QCOMPARE(out.value(QStringLiteral("model")).toString(), report.modelName);
    const QJsonArray rows = out.value(QStringLiteral("forecast")).toArray();
    QCOMPARE(rows.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const auto at = static_cast<size_t>(i);
        QCOMPARE(row.value(QStringLiteral("month")).toString(),
            QDate(2021, 1, 1).addMonths(i).toString(QStringLiteral("yyyy-MM")));
        QCOMPARE(row.value(QStringLiteral("mean")).toDouble(), report.forecast.mean[at]);
        QCOMPARE(row.value(QStringLiteral("lo80")).toDouble(), report.forecast.lo80[at]);
        QCOMPARE(row.value(QStringLiteral("hi80")).toDouble(), report.forecast.hi80[at]);
        QCOMPARE(row.value(QStringLiteral("lo95")).toDouble(), report.forecast.lo95[at]);
        QCOMPARE(row.value(QStringLiteral("hi95")).toDouble(), report.forecast.hi95[at]);
    }
    const QJsonObject backtest = out.value(QStringLiteral("backtest")).toObject();
    QCOMPARE(backtest.value(QStringLiteral("mase")).toDouble(), report.backtest.mean.mase);
    QCOMPARE(backtest.value(QStringLiteral("smape")).toDouble(), report.backtest.mean.smape);
    QCOMPARE(backtest.value(QStringLiteral("coverage80")).toDouble(), report.backtest.mean.coverage80);
    QCOMPARE(backtest.value(QStringLiteral("coverage95")).toDouble(), report.backtest.mean.coverage95);
    QCOMPARE(backtest.value(QStringLiteral("perHorizon")).toArray().size(), 12);
    QCOMPARE(out.value(QStringLiteral("seasonalNaive")).toObject().value(QStringLiteral("mase")).toDouble(),
        report.baseline.mean.mase);
    QCOMPARE(out.value(QStringLiteral("candidates")).toArray().size(),
        static_cast<qsizetype>(report.candidates.size()));
}

void TestForecastCli::pendingBacklog()
{
    const QJsonObject out = json({QStringLiteral("--db"), m_db, QStringLiteral("--series"),
        QStringLiteral("pending"), QStringLiteral("--below"), QStringLiteral("100"),
        QStringLiteral("--capacity-change"), QStringLiteral("25")});
    QVERIFY(!out.isEmpty());
    const ForecastSeriesSet set = expectedSeries();
    ForecastOptions options;
    options.interventions = ForecastSettings::defaults().interventions;
    const ForecastReport filings = ForecastEngine::run(set.filed, options);
    const BacklogSimulation simulation(set.filed, set.closed, set.pending);
    BacklogScenario scenario;
    scenario.capacityChange = 0.25;
    const BacklogFan fan = simulation.simulate(filings.forecast, scenario);
    const std::vector<double> reached = BacklogSimulation::probabilityReached(fan, 100);
    const QJsonArray rows = out.value(QStringLiteral("forecast")).toArray();
    QCOMPARE(rows.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const auto at = static_cast<size_t>(i);
        QCOMPARE(row.value(QStringLiteral("mean")).toDouble(), fan.p50[at]);
        QCOMPARE(row.value(QStringLiteral("lo80")).toDouble(), fan.p10[at]);
        QCOMPARE(row.value(QStringLiteral("hi95")).toDouble(), fan.p975[at]);
        QCOMPARE(row.value(QStringLiteral("probabilityBelow")).toDouble(), reached[at]);
    }
    const QJsonObject closure = out.value(QStringLiteral("closureModel")).toObject();
    QCOMPARE(closure.value(QStringLiteral("elasticity")).toDouble(), simulation.closureModel().elasticity);
    QVERIFY(out.value(QStringLiteral("backtest")).toObject().value(QStringLiteral("origins")).toInt() > 0);
    QVERIFY(out.value(QStringLiteral("model")).toString().contains(filings.modelName));
    // More capacity: a lower backlog than without the what-if.
    const QJsonObject plain
        = json({QStringLiteral("--db"), m_db, QStringLiteral("--series"), QStringLiteral("pending")});
    QVERIFY(plain.value(QStringLiteral("forecast"))
                .toArray()
                .at(11)
                .toObject()
                .value(QStringLiteral("mean"))
                .toDouble()
        > rows.at(11).toObject().value(QStringLiteral("mean")).toDouble());
}

void TestForecastCli::storedInterventionsAreUsed()
{
    // A trend hinge saved in the database enters the regression models' coefficients.
    const QString db = m_dir.filePath(QStringLiteral("hinge.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    {
        QString error;
        const auto store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        ForecastSettings settings;
        settings.interventions
            = {{Intervention::Kind::TrendHinge, QDate(2018, 7, 1), QStringLiteral("hinge")}};
        QVERIFY2(settings.save(*store, &error), qPrintable(error));
    }
    const QJsonObject out = json({QStringLiteral("--db"), db});
    bool found = false;
    for (const QJsonValue &c : out.value(QStringLiteral("candidates")).toArray())
        for (const QJsonValue &k : c.toObject().value(QStringLiteral("coefficients")).toArray())
            found = found
                || k.toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("2018-07"));
    QVERIFY(found);
}

void TestForecastCli::unusableSettingsAreSaid()
{
    // Stored settings that cannot be used: the forecast runs on the defaults and says so on stderr.
    const QString db = m_dir.filePath(QStringLiteral("malformed.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    {
        QString error;
        const auto store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->setSetting(QStringLiteral("forecast/settings"), QStringLiteral("[1, 2"), &error));
    }
    const test::RunResult r = run({QStringLiteral("forecast"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("the defaults are used instead")), qPrintable(r.err));
    // ... the same figures as a store with no settings at all.
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), json({QStringLiteral("--db"), m_db}));
}

void TestForecastCli::inputCsv()
{
    QString text = QStringLiteral("month,value\n");
    std::vector<double> values;
    for (int m = 0; m < 60; ++m) {
        const double v = 100 + 2 * m + (m % 12 == 1 ? -30 : 0) + (m % 5);
        values.push_back(v);
        text += QStringLiteral("%1,%2\n")
                    .arg(QDate(2018, 1, 1).addMonths(m).toString(QStringLiteral("yyyy-MM")))
                    .arg(v);
    }
    const QString path = m_dir.filePath(QStringLiteral("monthly.csv"));
    QVERIFY(test::writeText(path, text));
    const QJsonObject out
        = json({QStringLiteral("--input"), path, QStringLiteral("--horizon"), QStringLiteral("18")});
    ForecastOptions options;
    options.horizon = 18;
    const ForecastReport report = ForecastEngine::run(MonthlySeries(QDate(2018, 1, 1), values), options);
    const QJsonArray rows = out.value(QStringLiteral("forecast")).toArray();
    QCOMPARE(rows.size(), 18);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2023-01"));
    QCOMPARE(rows.at(17).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-06"));
    for (int i = 0; i < 18; ++i)
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("mean")).toDouble(),
            report.forecast.mean[static_cast<size_t>(i)]);
    QCOMPARE(out.value(QStringLiteral("model")).toString(), report.modelName);

    // --single: the best model alone.
    const QJsonObject single = json({QStringLiteral("--input"), path, QStringLiteral("--single")});
    ForecastOptions singleOptions;
    singleOptions.combineBestTwo = false;
    const ForecastReport best = ForecastEngine::run(MonthlySeries(QDate(2018, 1, 1), values), singleOptions);
    QCOMPARE(best.chosenIds.size(), 1);
    QCOMPARE(single.value(QStringLiteral("model")).toString(), best.modelName);
    QCOMPARE(single.value(QStringLiteral("forecast"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("mean"))
                 .toDouble(),
        best.forecast.mean[0]);
}

void TestForecastCli::text()
{
    const test::RunResult r = run({QStringLiteral("forecast"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Model: ")));
    QVERIFY(r.out.contains(QStringLiteral("2021-12")));
    QVERIFY(r.out.contains(QStringLiteral("Backtest over 18 origins")));
}

void TestForecastCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("series") << QStringList {QStringLiteral("--series"), QStringLiteral("backlog")}
                            << QString() << 2
                            << QStringLiteral("--series: filed, closed or pending, not 'backlog'");
    QTest::newRow("horizon") << QStringList {QStringLiteral("--horizon"), QStringLiteral("0")} << QString()
                             << 2 << QStringLiteral("--horizon");
    QTest::newRow("capacity") << QStringList {QStringLiteral("--capacity-change"), QStringLiteral("x")}
                              << QString() << 2 << QStringLiteral("--capacity-change");
    QTest::newRow("pending from file")
        << QStringList {QStringLiteral("--series"), QStringLiteral("pending")}
        << QStringLiteral("month,value\n2020-01,3\n") << 2 << QStringLiteral("--series pending");
    QTest::newRow("bad csv") << QStringList {} << QStringLiteral("month,value\n2020-01,3\n2020-02,x\n") << 1
                             << QStringLiteral("input.csv, line 3, field “value”");
    QTest::newRow("court type") << QStringList {QStringLiteral("--type"), QStringLiteral("nonsense")}
                                << QString() << 2 << QStringLiteral("--type");
}

void TestForecastCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, csv);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList all {QStringLiteral("forecast")};
    if (csv.isEmpty()) {
        all << QStringLiteral("--db") << m_db;
    } else {
        const QString path = m_dir.filePath(QStringLiteral("input.csv"));
        QVERIFY(test::writeText(path, csv));
        all << QStringLiteral("--input") << path;
    }
    const test::RunResult r = run(all + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestForecastCli)
#include "tst_forecastcli.moc"
