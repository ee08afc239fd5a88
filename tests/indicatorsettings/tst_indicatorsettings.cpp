#include "analytics/IndicatorSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace caseload;

Q_DECLARE_METATYPE(caseload::IndicatorSettings)

namespace {

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// Settings with every field away from its default, so a field that fails to round-trip shows.
IndicatorSettings unusual()
{
    IndicatorSettings s;
    s.timeLimitMonths = 3;
    s.inquiryWindowMonths = 2;
    s.overallClosureYears = 5;
    s.targetActualClosure = 0.85;
    s.targetTerminationQuality = 0.875;
    s.targetPetitionsResolved = 1;
    s.targetOverallClosure = 0;
    s.targetCourtsMeeting = 0.1;
    s.excludedMethods = {ClosureMethod::Rejected, ClosureMethod::Cancelled, ClosureMethod::NotEnforced};
    s.checkNetworkInquiry = false;
    s.checkConsumptionRestriction = false;
    s.checkApplicantInterview = false;
    s.checkDishonestList = true;
    return s;
}

} // namespace

class TestIndicatorSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToJson();
    void roundTrip_data();
    void roundTrip();
    void roundTripThroughText();
    void missingKeys_data();
    void missingKeys();
    void missingKeysTakeDefaultsNotPreviousValues();
    void methodLabels();
    void unknownKeysAreIgnored();
    void errors_data();
    void errors();
    void errorMessageWording();
    void nullErrorPointer();
};

void TestIndicatorSettings::defaultsToJson()
{
    const QJsonObject expected = parse(QStringLiteral(R"({
        "time_limit_months": 6,
        "inquiry_window_months": 3,
        "overall_closure_years": 3,
        "targets": {"actual_closure": 0.9, "termination_quality": 0.9, "petitions_resolved": 0.9,
                    "overall_closure": 0.8, "courts_meeting": 0.9},
        "excluded_methods": ["销案"],
        "checks": {"network_inquiry": true, "consumption_restriction": true,
                   "applicant_interview": true, "dishonest_list": false}
    })"));
    QCOMPARE(IndicatorSettings().toJson(), expected);
}

void TestIndicatorSettings::roundTrip_data()
{
    QTest::addColumn<IndicatorSettings>("settings");
    QTest::newRow("defaults") << IndicatorSettings();
    QTest::newRow("unusual") << unusual();
    IndicatorSettings none;
    none.excludedMethods.clear();
    QTest::newRow("nothing excluded") << none;
    IndicatorSettings all;
    all.excludedMethods
        = {ClosureMethod::Performed, ClosureMethod::TerminatedThisRound, ClosureMethod::Terminated,
            ClosureMethod::NotEnforced, ClosureMethod::Rejected, ClosureMethod::Cancelled};
    QTest::newRow("every method excluded") << all;
}

void TestIndicatorSettings::roundTrip()
{
    QFETCH(IndicatorSettings, settings);
    IndicatorSettings read = unusual();
    if (settings == read)
        read = IndicatorSettings();
    QString error = QStringLiteral("stale");
    QVERIFY(IndicatorSettings::fromJson(settings.toJson(), &read, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(read == settings);
}

void TestIndicatorSettings::roundTripThroughText()
{
    // The settings are stored as JSON text: the targets must survive double -> text -> double exactly.
    const IndicatorSettings settings = unusual();
    const QByteArray text = QJsonDocument(settings.toJson()).toJson();
    IndicatorSettings read;
    QString error;
    QVERIFY(IndicatorSettings::fromJson(QJsonDocument::fromJson(text).object(), &read, &error));
    QVERIFY(read == settings);
    QCOMPARE(read.excludedMethods,
        QList<ClosureMethod>(
            {ClosureMethod::Rejected, ClosureMethod::Cancelled, ClosureMethod::NotEnforced}));
}

void TestIndicatorSettings::missingKeys_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<IndicatorSettings>("expected");

    const IndicatorSettings d;
    QTest::newRow("empty object") << QStringLiteral("{}") << d;

    IndicatorSettings s = d;
    s.timeLimitMonths = 3;
    QTest::newRow("time limit only") << QStringLiteral(R"({"time_limit_months": 3})") << s;

    s = d;
    s.targetOverallClosure = 0.75;
    QTest::newRow("one target") << QStringLiteral(R"({"targets": {"overall_closure": 0.75}})") << s;
    QTest::newRow("empty targets") << QStringLiteral(R"({"targets": {}})") << d;

    s = d;
    s.checkDishonestList = true;
    s.checkNetworkInquiry = false;
    QTest::newRow("two checks") << QStringLiteral(
        R"({"checks": {"dishonest_list": true, "network_inquiry": false}})")
                                << s;

    s = d;
    s.excludedMethods.clear();
    QTest::newRow("empty exclusions are not missing") << QStringLiteral(R"({"excluded_methods": []})") << s;

    s = d;
    s.timeLimitMonths = 1;
    s.inquiryWindowMonths = 24;
    s.overallClosureYears = 10;
    s.targetActualClosure = 0;
    s.targetCourtsMeeting = 1;
    QTest::newRow("bounds are allowed") << QStringLiteral(
        R"({"time_limit_months": 1, "inquiry_window_months": 24, "overall_closure_years": 10,
                              "targets": {"actual_closure": 0, "courts_meeting": 1}})")
                                        << s;

    s = d;
    s.overallClosureYears = 1;
    QTest::newRow("overall years at 1") << QStringLiteral(R"({"overall_closure_years": 1})") << s;

    s = d;
    s.timeLimitMonths = 9;
    QTest::newRow("whole number written as 9.0") << QStringLiteral(R"({"time_limit_months": 9.0})") << s;
}

void TestIndicatorSettings::missingKeys()
{
    QFETCH(QString, json);
    QFETCH(IndicatorSettings, expected);
    IndicatorSettings read;
    QString error;
    QVERIFY2(IndicatorSettings::fromJson(parse(json), &read, &error), qPrintable(error));
    QVERIFY(read == expected);
}

void TestIndicatorSettings::missingKeysTakeDefaultsNotPreviousValues()
{
    IndicatorSettings read = unusual();
    QString error;
    QVERIFY(IndicatorSettings::fromJson(parse(QStringLiteral(R"({"time_limit_months": 4})")), &read, &error));
    IndicatorSettings expected;
    expected.timeLimitMonths = 4;
    QVERIFY(read == expected);
}

void TestIndicatorSettings::methodLabels()
{
    // Short and legacy labels are read as the method they stand for; repeats collapse, order is kept.
    IndicatorSettings read;
    QString error;
    QVERIFY2(IndicatorSettings::fromJson(
                 parse(QStringLiteral(
                     R"({"excluded_methods": ["终本", "驳回申请", "终结本次执行程序", " 销案 "]})")),
                 &read, &error),
        qPrintable(error));
    QCOMPARE(read.excludedMethods,
        QList<ClosureMethod>(
            {ClosureMethod::TerminatedThisRound, ClosureMethod::Rejected, ClosureMethod::Cancelled}));
    QVERIFY(read.isExcluded(ClosureMethod::Rejected));
    QVERIFY(!read.isExcluded(ClosureMethod::Performed));
    // ... and written back as the full Chinese labels.
    QCOMPARE(read.toJson().value(QStringLiteral("excluded_methods")).toArray(),
        QJsonArray({QStringLiteral("终结本次执行程序"), QStringLiteral("驳回申请"), QStringLiteral("销案")}));
}

void TestIndicatorSettings::unknownKeysAreIgnored()
{
    // A newer version's keys must not make the stored settings unreadable.
    IndicatorSettings read;
    QString error;
    QVERIFY(IndicatorSettings::fromJson(
        parse(QStringLiteral(
            R"({"future_key": 1, "targets": {"indicator_6": 2}, "checks": {"new_check": "x"}})")),
        &read, &error));
    QVERIFY(read == IndicatorSettings());
}

void TestIndicatorSettings::errors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("key"); // the key the message must name
    QTest::addColumn<QString>("value"); // the bad value as it must appear in the message

    auto row = [](const char *name, const char *json, const char *key, const char *value) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(key) << QString::fromUtf8(value);
    };
    row("time limit as text", R"({"time_limit_months": "6"})", "time_limit_months", R"("6")");
    row("time limit fractional", R"({"time_limit_months": 6.5})", "time_limit_months", "6.5");
    row("time limit 0", R"({"time_limit_months": 0})", "time_limit_months", "0");
    row("time limit 25", R"({"time_limit_months": 25})", "time_limit_months", "25");
    row("time limit negative", R"({"time_limit_months": -6})", "time_limit_months", "-6");
    row("time limit huge", R"({"time_limit_months": 3000000000})", "time_limit_months", "3000000000");
    row("time limit null", R"({"time_limit_months": null})", "time_limit_months", "null");
    row("time limit bool", R"({"time_limit_months": true})", "time_limit_months", "true");
    row("inquiry window 0", R"({"inquiry_window_months": 0})", "inquiry_window_months", "0");
    row("inquiry window 25", R"({"inquiry_window_months": 25})", "inquiry_window_months", "25");
    row("inquiry window list", R"({"inquiry_window_months": [3]})", "inquiry_window_months", "[3]");
    row("overall years 0", R"({"overall_closure_years": 0})", "overall_closure_years", "0");
    row("overall years 11", R"({"overall_closure_years": 11})", "overall_closure_years", "11");
    row("overall years text", R"({"overall_closure_years": "three"})", "overall_closure_years", R"("three")");
    row("targets not an object", R"({"targets": [0.9]})", "targets", "[0.9]");
    row("target as percent text", R"({"targets": {"actual_closure": "90%"}})", "targets.actual_closure",
        R"("90%")");
    row("target above 1", R"({"targets": {"termination_quality": 1.5}})", "targets.termination_quality",
        "1.5");
    row("target negative", R"({"targets": {"petitions_resolved": -0.1}})", "targets.petitions_resolved",
        "-0.1");
    row("target in percent", R"({"targets": {"overall_closure": 80}})", "targets.overall_closure", "80");
    row("target null", R"({"targets": {"courts_meeting": null}})", "targets.courts_meeting", "null");
    row("exclusions not a list", R"({"excluded_methods": "销案"})", "excluded_methods", R"("销案")");
    row("exclusion not a closure", R"({"excluded_methods": ["销案", "中止执行"]})", "excluded_methods",
        R"("中止执行")");
    row("exclusion unknown", R"({"excluded_methods": ["gone fishing"]})", "excluded_methods",
        R"("gone fishing")");
    row("exclusion empty label", R"({"excluded_methods": [""]})", "excluded_methods", R"("")");
    row("exclusion as number", R"({"excluded_methods": [6]})", "excluded_methods", "6");
    row("checks not an object", R"({"checks": true})", "checks", "true");
    row("check as text", R"({"checks": {"network_inquiry": "yes"}})", "checks.network_inquiry", R"("yes")");
    row("check as number", R"({"checks": {"dishonest_list": 1}})", "checks.dishonest_list", "1");
    row("error after valid keys", R"({"time_limit_months": 3, "checks": {"applicant_interview": 0}})",
        "checks.applicant_interview", "0");
}

void TestIndicatorSettings::errors()
{
    QFETCH(QString, json);
    QFETCH(QString, key);
    QFETCH(QString, value);

    IndicatorSettings read = unusual();
    QString error;
    QVERIFY(!IndicatorSettings::fromJson(parse(json), &read, &error));
    QVERIFY2(error.contains(key), qPrintable(error));
    QVERIFY2(error.contains(value), qPrintable(error));
    QVERIFY2(read == unusual(), "a failed read must leave the settings as they were");
}

void TestIndicatorSettings::errorMessageWording()
{
    IndicatorSettings read;
    QString error;
    QVERIFY(
        !IndicatorSettings::fromJson(parse(QStringLiteral(R"({"time_limit_months": 25})")), &read, &error));
    QCOMPARE(error, QStringLiteral("indicator settings: time_limit_months must be from 1 to 24, not 25"));
    QVERIFY(!IndicatorSettings::fromJson(
        parse(QStringLiteral(R"({"targets": {"actual_closure": "90%"}})")), &read, &error));
    QCOMPARE(
        error, QStringLiteral(R"(indicator settings: targets.actual_closure must be a number, not "90%")"));
    QVERIFY(!IndicatorSettings::fromJson(
        parse(QStringLiteral(R"({"excluded_methods": ["中止执行"]})")), &read, &error));
    QCOMPARE(error,
        QStringLiteral(
            R"(indicator settings: excluded_methods holds "中止执行", which is not a closure method)"));
}

void TestIndicatorSettings::nullErrorPointer()
{
    IndicatorSettings read;
    QVERIFY(
        !IndicatorSettings::fromJson(parse(QStringLiteral(R"({"time_limit_months": 0})")), &read, nullptr));
    QVERIFY(IndicatorSettings::fromJson(parse(QStringLiteral("{}")), &read, nullptr));
}

QTEST_GUILESS_MAIN(TestIndicatorSettings)
#include "tst_indicatorsettings.moc"
