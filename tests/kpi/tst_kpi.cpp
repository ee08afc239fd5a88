#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace caseload;

namespace {

// Five cases, imported through `caseload import` as a court export would be.
const char exportCsv[]
    = "案号,经办法院,法院代字,案件类型,立案日期,结案日期,结案方式,申请执行标的,实际到位金额,是否有财产\n"
      // 60 days; deadline 2016-07-04.
      "（2016）京0101执1号,甲法院,京0101,首次执行,2016-01-04,2016-03-04,执行完毕,1000,1000,是\n"
      // 333 days, 终本, no property.
      "（2016）京0101执2号,甲法院,京0101,首次执行,2016-02-01,2016-12-30,终结本次执行程序,5000,0,否\n"
      // Pending; deadline 2016-11-10.
      "（2016）京0102执3号,乙法院,京0102,首次执行,2016-05-10,,,,,是\n"
      // 30 days, filed in 2015.
      "（2015）京0102执9号,乙法院,京0102,首次执行,2015-12-20,2016-01-19,执行完毕,200,100,是\n"
      // Pending.
      "（2016）京0102执恢1号,乙法院,京0102,恢复执行,2016-11-01,,,,,\n";

} // namespace

class TestKpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void text();
    void filters_data();
    void filters();
    void petitionsFeedIndicator3();
    void groups();
    void settingsChangeTheFormulas();
    void badInput_data();
    void badInput();

private:
    test::RunResult run(const QStringList &args)
    {
        return test::runCaseload(args, m_dir.filePath(QStringLiteral("home")));
    }
    QJsonObject kpi(const QStringList &extra)
    {
        const auto r = run(QStringList {QStringLiteral("kpi"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2016-01"),
                               QStringLiteral("--to"), QStringLiteral("2016-12")}
            + extra);
        if (r.exitCode != 0)
            qWarning("kpi failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestKpi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(test::writeText(csv, QString::fromUtf8(exportCsv)));
    const auto r = run({QStringLiteral("import"), csv, QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("read 5, accepted 5, rejected 0")));
}

void TestKpi::json()
{
    const QJsonObject o = kpi({});
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2016-01-01"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2016-12-31"));
    QCOMPARE(o.value(QStringLiteral("filed")).toInt(), 4); // 1 2 3 5
    QCOMPARE(o.value(QStringLiteral("closed")).toInt(), 3); // 4 (January), 1 (March), 2 (December)
    QCOMPARE(o.value(QStringLiteral("pending_end")).toInt(), 2); // 3 and 5
    QCOMPARE(o.value(QStringLiteral("clearance_rate")).toDouble(), 0.75);
    QCOMPARE(o.value(QStringLiteral("disposition_time_days")).toDouble(), 366.0 * 2 / 3);
    QCOMPARE(o.value(QStringLiteral("median_days_to_close")).toDouble(), 60.0); // 30 60 333
    // Within the 6-month limit: 1 and 4; 2 (deadline 2016-08-01) is late.
    QCOMPARE(o.value(QStringLiteral("within_limit_share")).toDouble(), 2.0 / 3);
    // (1000 + 0 + 100) ÷ (1000 + 5000 + 200)
    QVERIFY(std::abs(o.value(QStringLiteral("recovery_ratio")).toDouble() - 1100.0 / 6200) < 1e-12);
    const QJsonObject methods = o.value(QStringLiteral("closure_methods")).toObject();
    QCOMPARE(methods.value(QStringLiteral("执行完毕")).toInt(), 2);
    QCOMPARE(methods.value(QStringLiteral("终结本次执行程序")).toInt(), 1);
    QCOMPARE(methods.value(QStringLiteral("销案")).toInt(), 0);
    // At 2016-12-31: 3 is 235 days old, 5 is 60.
    const QJsonObject age = o.value(QStringLiteral("pending_age")).toObject();
    QCOMPARE(age.value(QStringLiteral("0-90")).toInt(), 1);
    QCOMPARE(age.value(QStringLiteral("181-365")).toInt(), 1);
    QCOMPARE(age.value(QStringLiteral(">730")).toInt(), 0);
    const QJsonArray monthly = o.value(QStringLiteral("monthly")).toArray();
    QCOMPARE(monthly.size(), 12);
    const QJsonObject january = monthly.at(0).toObject();
    QCOMPARE(january.value(QStringLiteral("month")).toString(), QStringLiteral("2016-01"));
    QCOMPARE(january.value(QStringLiteral("filed")).toInt(), 1);
    QCOMPARE(january.value(QStringLiteral("closed")).toInt(), 1);
    QCOMPARE(january.value(QStringLiteral("pending_end")).toInt(), 1);
    QCOMPARE(monthly.at(11).toObject().value(QStringLiteral("pending_end")).toInt(), 2);

    const QJsonArray core = o.value(QStringLiteral("core_indicators")).toArray();
    QCOMPARE(core.size(), 5);
    // 1: 1, 3 (due 2016-11-10, open) and 4; performed in time: 1 and 4.
    const QJsonObject one = core.at(0).toObject();
    QCOMPARE(one.value(QStringLiteral("status")).toString(), QStringLiteral("computed"));
    QCOMPARE(one.value(QStringLiteral("numerator")).toInt(), 2);
    QCOMPARE(one.value(QStringLiteral("denominator")).toInt(), 3);
    QCOMPARE(one.value(QStringLiteral("meets_target")).toBool(true), false);
    // 2: the export has none of the measure columns.
    const QJsonObject two = core.at(1).toObject();
    QCOMPARE(two.value(QStringLiteral("status")).toString(), QStringLiteral("not_computable"));
    QVERIFY(two.value(QStringLiteral("value")).isNull());
    QVERIFY(!two.value(QStringLiteral("reason")).toString().isEmpty());
    // 4: the data begin on 2015-12-20, the window on 2014-01-01.
    const QJsonObject four = core.at(3).toObject();
    QCOMPARE(four.value(QStringLiteral("status")).toString(), QStringLiteral("not_computable"));
    QVERIFY(four.value(QStringLiteral("reason")).toString().contains(QStringLiteral("2015-12-20")));
    QCOMPARE(o.value(QStringLiteral("courts")).toArray().size(), 2);
    QCOMPARE(
        o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("time_limit_months")).toInt(), 6);
}

void TestKpi::text()
{
    const auto r = run({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
        QStringLiteral("2016-01"), QStringLiteral("--to"), QStringLiteral("2016-12")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Clearance rate")));
    QVERIFY(r.out.contains(QStringLiteral("75.0%")));
    QVERIFY(r.out.contains(QStringLiteral("not computable")));
    QVERIFY(r.out.contains(QStringLiteral("time limit 6 months")));
}

void TestKpi::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("filed");
    QTest::addColumn<int>("pendingEnd");
    QTest::newRow("court") << QStringList {QStringLiteral("--court"), QStringLiteral("乙法院")} << 2 << 2;
    QTest::newRow("court code") << QStringList {QStringLiteral("--court"), QStringLiteral("京0101")} << 2
                                << 0;
    QTest::newRow("intermediate group")
        << QStringList {QStringLiteral("--group"), QStringLiteral("京01")} << 4 << 2;
    QTest::newRow("type label") << QStringList {QStringLiteral("--type"), QStringLiteral("恢复执行")} << 1
                                << 1;
    QTest::newRow("type code") << QStringList {QStringLiteral("--type"), QStringLiteral("执")} << 3 << 1;
    QTest::newRow("method") << QStringList {QStringLiteral("--method"), QStringLiteral("终本")} << 1 << 0;
    // As of mid-year the period still ends in December; only the pending age moves.
    QTest::newRow("period") << QStringList {QStringLiteral("--from"), QStringLiteral("2016-03"),
        QStringLiteral("--to"), QStringLiteral("2016-06")}
                            << 1 << 2;
}

void TestKpi::filters()
{
    QFETCH(QStringList, args);
    const QJsonObject o = kpi(args);
    QTEST(o.value(QStringLiteral("filed")).toInt(), "filed");
    QTEST(o.value(QStringLiteral("pending_end")).toInt(), "pendingEnd");
}

void TestKpi::petitionsFeedIndicator3()
{
    auto r = run({QStringLiteral("petitions"), QStringLiteral("--db"), m_db, QStringLiteral("--court"),
        QStringLiteral("甲法院"), QStringLiteral("--from"), QStringLiteral("2016-01"), QStringLiteral("--to"),
        QStringLiteral("2016-12"), QStringLiteral("--received"), QStringLiteral("10"),
        QStringLiteral("--resolved"), QStringLiteral("9")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("petitions"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("甲法院\t2016-01-01\t2016-12-31\t10\t9")));

    const QJsonObject three = kpi({}).value(QStringLiteral("core_indicators")).toArray().at(2).toObject();
    QCOMPARE(three.value(QStringLiteral("status")).toString(), QStringLiteral("computed"));
    QCOMPARE(three.value(QStringLiteral("value")).toDouble(), 0.9);
    QCOMPARE(three.value(QStringLiteral("meets_target")).toBool(), true);
    // Not for a period that does not contain the figures' own.
    const QJsonObject half = kpi({QStringLiteral("--to"), QStringLiteral("2016-06")})
                                 .value(QStringLiteral("core_indicators"))
                                 .toArray()
                                 .at(2)
                                 .toObject();
    QCOMPARE(half.value(QStringLiteral("status")).toString(), QStringLiteral("not_computable"));

    r = run({QStringLiteral("petitions"), QStringLiteral("--db"), m_db, QStringLiteral("--remove"),
        QStringLiteral("--court"), QStringLiteral("甲法院"), QStringLiteral("--from"),
        QStringLiteral("2016-01"), QStringLiteral("--to"), QStringLiteral("2016-12")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("petitions"), QStringLiteral("--db"), m_db}).out, QString());
}

void TestKpi::groups()
{
    auto r = run({QStringLiteral("groups"), QStringLiteral("--db"), m_db, QStringLiteral("--set"),
        QStringLiteral("试点法院"), QStringLiteral("--court"), QStringLiteral("甲法院")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        kpi({QStringLiteral("--group"), QStringLiteral("试点法院")}).value(QStringLiteral("filed")).toInt(),
        2);
    r = run({QStringLiteral("groups"), QStringLiteral("--db"), m_db});
    QVERIFY(r.out.contains(QStringLiteral("试点法院\t甲法院")));
    r = run({QStringLiteral("groups"), QStringLiteral("--db"), m_db, QStringLiteral("--remove"),
        QStringLiteral("试点法院")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--group"),
        QStringLiteral("试点法院")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("试点法院")));
}

void TestKpi::settingsChangeTheFormulas()
{
    auto r = run({QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--set"),
        QStringLiteral("time_limit_months=1"), QStringLiteral("--set"),
        QStringLiteral("targets.actual_closure=0.5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = kpi({});
    // One month: 4 (30 days, deadline 2016-01-20) is in time; 1 (deadline 2016-02-04) is not.
    QCOMPARE(o.value(QStringLiteral("within_limit_share")).toDouble(), 1.0 / 3);
    const QJsonObject one = o.value(QStringLiteral("core_indicators")).toArray().at(0).toObject();
    QCOMPARE(one.value(QStringLiteral("target")).toDouble(), 0.5);
    QCOMPARE(
        o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("time_limit_months")).toInt(), 1);
    r = run({QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--reset")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(kpi({}).value(QStringLiteral("within_limit_share")).toDouble(), 2.0 / 3);
}

void TestKpi::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad month") << QStringList {QStringLiteral("kpi"), QStringLiteral("--from"),
        QStringLiteral("2016-13")}
                               << 2 << QStringLiteral("2016-13");
    QTest::newRow("bad as-of") << QStringList {QStringLiteral("kpi"), QStringLiteral("--asof"),
        QStringLiteral("2016-02-30")}
                               << 2 << QStringLiteral("2016-02-30");
    QTest::newRow("unknown type") << QStringList {QStringLiteral("kpi"), QStringLiteral("--type"),
        QStringLiteral("刑事")} << 2
                                  << QStringLiteral("刑事");
    QTest::newRow("unknown court") << QStringList {QStringLiteral("kpi"), QStringLiteral("--court"),
        QStringLiteral("无此法院")} << 1
                                   << QStringLiteral("无此法院");
    QTest::newRow("period backwards") << QStringList {QStringLiteral("kpi"), QStringLiteral("--from"),
        QStringLiteral("2017-01"), QStringLiteral("--to"), QStringLiteral("2016-01")}
                                      << 1 << QStringLiteral("before it starts");
    QTest::newRow("resolved above received") << QStringList {QStringLiteral("petitions"),
        QStringLiteral("--court"), QStringLiteral("甲法院"), QStringLiteral("--from"),
        QStringLiteral("2016-01"), QStringLiteral("--to"), QStringLiteral("2016-12"),
        QStringLiteral("--received"), QStringLiteral("5"), QStringLiteral("--resolved"), QStringLiteral("9")}
                                             << 1 << QStringLiteral("9");
    QTest::newRow("target out of range") << QStringList {QStringLiteral("settings"), QStringLiteral("--set"),
        QStringLiteral("targets.actual_closure=2")}
                                         << 2 << QStringLiteral("targets.actual_closure");
    QTest::newRow("unknown setting") << QStringList {QStringLiteral("settings"), QStringLiteral("--set"),
        QStringLiteral("speed=11")} << 2
                                     << QStringLiteral("speed");
}

void TestKpi::badInput()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--db") << m_db;
    const auto r = run(args);
    QTEST(r.exitCode, "exitCode");
    QFETCH(QString, message);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
