#include "TestSupport.h"

#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastInput.h"
#include "forecast/ForecastSettings.h"
#include "report/MonthlyReport.h"
#include "report/ReportBatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <optional>

using namespace caseload;

namespace {

const QString eastName = QStringLiteral("北京市东城区人民法院");
const QString westName = QStringLiteral("北京市西城区人民法院");

// 30 months (2023-01 to 2025-06) at two courts: 12 and 8 filings a month, closures after 15..300 days,
// every 17th case never closed (so some are overdue at any month end). Data end on 2025-06-30.
QList<CaseRecord> makeCases(int everyPending = 17)
{
    QList<CaseRecord> cases;
    int number = 0;
    const QDate end(2025, 6, 30);
    for (int m = 0; m < 30; ++m) {
        const QDate month = QDate(2023, 1, 1).addMonths(m);
        for (int court = 0; court < 2; ++court) {
            const int count = court == 0 ? 12 : 8;
            for (int k = 0; k < count; ++k) {
                CaseRecord r;
                r.courtName = court == 0 ? eastName : westName;
                r.courtCode = court == 0 ? QStringLiteral("京0101") : QStringLiteral("京0102");
                ++number;
                r.caseNumber
                    = QStringLiteral("（%1）%2执%3号").arg(month.year()).arg(r.courtCode).arg(number);
                r.type = CaseType::FirstEnforcement;
                r.filedOn = month.addDays((k * 7 + court * 3) % month.daysInMonth());
                r.appliedFen = 100000 * (k + 1);
                r.hasProperty = k % 2 == 0;
                r.parties = QStringLiteral("张三诉李四");
                const QDate closed = r.filedOn.addDays(15 + (number * 37) % 286);
                if (number % everyPending != 0 && closed <= end) {
                    r.closedOn = closed;
                    r.closureMethod = k % 3 == 0 ? ClosureMethod::Terminated : ClosureMethod::Performed;
                    r.recoveredFen = r.closureMethod == ClosureMethod::Performed ? *r.appliedFen : 0;
                }
                cases.append(r);
            }
        }
    }
    return cases;
}

// `months` months from 2021-01 at one court: seasonal filings (about 14 to 26 a month, rising slowly),
// each case closed 20..200 days after filing. Data end on the last month's last day.
QList<CaseRecord> makeSeasonalCases(int months)
{
    QList<CaseRecord> cases;
    int number = 0;
    const QDate end = QDate(2021, 1, 1).addMonths(months).addDays(-1);
    for (int m = 0; m < months; ++m) {
        const QDate month = QDate(2021, 1, 1).addMonths(m);
        const int count = int(std::lround(20 + 6 * std::sin(2 * M_PI * m / 12.0) + m / 6.0));
        for (int k = 0; k < count; ++k) {
            CaseRecord r;
            r.courtName = eastName;
            r.courtCode = QStringLiteral("京0101");
            ++number;
            r.caseNumber = QStringLiteral("（%1）京0101执%2号").arg(month.year()).arg(number);
            r.type = CaseType::FirstEnforcement;
            r.filedOn = month.addDays(k % month.daysInMonth());
            r.appliedFen = 100000;
            const QDate closed = r.filedOn.addDays(20 + (number * 37) % 181);
            if (closed <= end) {
                r.closedOn = closed;
                r.closureMethod = ClosureMethod::Performed;
                r.recoveredFen = *r.appliedFen;
            }
            cases.append(r);
        }
    }
    return cases;
}

/// The engine's filings forecast for `courts` with the history ending in `month` (independently of
/// the report: analytics over the whole history, the filed series, the store's default settings).
ForecastReport engineForecast(const CaseTable &table, const QStringList &courts, QDate month)
{
    AnalyticsInput input;
    input.filter.courts = courts;
    input.filter.to = month.addMonths(1).addDays(-1);
    input.filter.asOf = input.filter.to;
    QString error;
    const auto history = Analytics::compute(table, ForecastInput::historyInput(input), &error);
    if (!history) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const ForecastSettings settings = ForecastSettings::defaults();
    ForecastOptions options;
    options.interventions = settings.interventions;
    options.combineBestTwo = settings.combineBestTwo;
    options.unlockTrend = settings.unlockTrend;
    return ForecastEngine::run(ForecastInput::series(*history, table).filed, options);
}

/// The line the report prints under the forecast chart for the first forecast month.
QString firstForecastLine(const ForecastResult &f)
{
    return MonthlyReport::tr("Forecast for %1: %2 cases")
        .arg(f.first.toString(QStringLiteral("yyyy-MM")), MonthlyReport::formatForecast(f.mean.front()));
}

/// Runs `program`; its standard output, or nullopt when it failed.
std::optional<QString> runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(
        QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(runTool(QStringLiteral("pdfinfo"), {pdf}).value_or(QString()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// The three value columns of an indicator row, as the report prints them, in a row of the text.
QRegularExpression rowPattern(const QString &month, const QString &ytd, const QString &lastYear)
{
    return QRegularExpression(QRegularExpression::escape(month) + QStringLiteral("\\s+")
        + QRegularExpression::escape(ytd) + QStringLiteral("\\s+") + QRegularExpression::escape(lastYear));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneCourt();
    void allCourts();
    void overdueTableRepeatsItsHeader();
    void caseNumbersReadOrSaidMissing();
    void courtsTableSpansPages();
    void forecast_data();
    void forecast();
    void badInput_data();
    void badInput();

private:
    test::RunResult run(const QStringList &args)
    {
        return test::runCaseload(args, m_dir.filePath(QStringLiteral("home")));
    }
    std::optional<AnalyticsResult> compute(const QStringList &courts, QDate from, QDate to)
    {
        AnalyticsInput input;
        input.filter.courts = courts;
        input.filter.from = from;
        input.filter.to = to;
        input.filter.asOf = to;
        QString error;
        auto result = Analytics::compute(*m_table, input, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result;
    }
    /// Checks the PDF's text and pages against the engine's figures for `courts` in 2025-03.
    void checkReport(const QString &pdf, const QStringList &courts, const QString &label, int expectedPages);

    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<const CaseTable> m_table;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm, pdffonts) is not installed");
    m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
    m_table = test::storeAndLoad(m_db, makeCases());
    QVERIFY(m_table);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
}

void TestReport::checkReport(
    const QString &pdf, const QStringList &courts, const QString &label, int expectedPages)
{
    const QString text
        = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
              .value_or(QString());
    QVERIFY2(!text.isEmpty(), qPrintable(pdf));
    QVERIFY2(text.contains(label), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("2025-03")));
    QVERIFY(!text.contains(QStringLiteral("张三")));

    const auto month = compute(courts, QDate(2025, 3, 1), QDate(2025, 3, 31));
    const auto ytd = compute(courts, QDate(2025, 1, 1), QDate(2025, 3, 31));
    const auto lastYear = compute(courts, QDate(2024, 3, 1), QDate(2024, 3, 31));
    QVERIFY(month && ytd && lastYear);
    QVERIFY(month->flow.filed > 0 && month->flow.closed > 0 && month->pendingAge.overdue > 0);
    const auto expectRow
        = [&](const char *what, const std::function<QString(const AnalyticsResult &)> &value) {
              const QRegularExpression pattern = rowPattern(value(*month), value(*ytd), value(*lastYear));
              QVERIFY2(pattern.match(text).hasMatch(),
                  qPrintable(QString::fromLatin1(what) + QLatin1Char(' ') + pattern.pattern()));
          };
    expectRow("filed", [](const AnalyticsResult &r) { return MonthlyReport::formatCount(r.flow.filed); });
    expectRow("closed", [](const AnalyticsResult &r) { return MonthlyReport::formatCount(r.flow.closed); });
    expectRow(
        "pending", [](const AnalyticsResult &r) { return MonthlyReport::formatCount(r.flow.pendingEnd); });
    expectRow("clearance",
        [](const AnalyticsResult &r) { return MonthlyReport::formatPercent(r.flow.clearanceRate); });
    expectRow("disposition",
        [](const AnalyticsResult &r) { return MonthlyReport::formatDays(r.flow.dispositionTimeDays); });
    expectRow(
        "median", [](const AnalyticsResult &r) { return MonthlyReport::formatDays(r.durations.medianDays); });
    expectRow("within limit", [](const AnalyticsResult &r) {
        return MonthlyReport::formatPercent(r.durations.withinLimitShareNet);
    });
    expectRow(
        "recovery", [](const AnalyticsResult &r) { return MonthlyReport::formatPercent(r.recovery.ratio); });
    // The overdue cases: the count in the note and in the age chart's title.
    QVERIFY2(text.contains(MonthlyReport::formatCount(month->pendingAge.overdue)), qPrintable(text));

    // Every font embedded (the Chinese glyphs travel with the file).
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf}).value_or(QString());
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!fontLines.isEmpty(), qPrintable(fonts));
    for (const QString &line : fontLines)
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(fonts));

    QCOMPARE(pdfPages(pdf), expectedPages);
    const QString prefix = m_dir.filePath(QFileInfo(pdf).completeBaseName());
    QVERIFY(runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), pdf, prefix}));
    for (int page = 1; page <= expectedPages; ++page) {
        const QString png = QStringLiteral("%1-%2.png").arg(prefix).arg(page);
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        const double share = test::nonBackgroundShare(image);
        QVERIFY2(share > 0.01, qPrintable(QStringLiteral("%1: %2").arg(png).arg(share)));
        image.save(
            QStringLiteral("/tmp/shots/report-%1-%2.png").arg(QFileInfo(pdf).completeBaseName()).arg(page));
    }
}

void TestReport::oneCourt()
{
    if (!m_table)
        QSKIP("no fixture");
    const QString pdf = m_dir.filePath(QStringLiteral("east.pdf"));
    QElapsedTimer timer;
    timer.start();
    const auto r = run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--month"),
        QStringLiteral("2025-03"), QStringLiteral("--court"), eastName, QStringLiteral("--lang"),
        QStringLiteral("zh_CN"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qInfo("one court's report: %lld ms for the whole process; %s", timer.elapsed(),
        qPrintable(r.out.trimmed()));
    QVERIFY(r.out.contains(pdf));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    checkReport(pdf, {eastName}, eastName, 3);
    QLocale::setDefault(QLocale::c());
}

void TestReport::allCourts()
{
    if (!m_table)
        QSKIP("no fixture");
    // A folder that does not exist yet is created.
    const QString dir = m_dir.filePath(QStringLiteral("reports/all"));
    QVERIFY(!QFileInfo::exists(dir));
    const auto r = run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--month"),
        QStringLiteral("2025-03"), QStringLiteral("--all-courts"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--out"), dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qInfo("%s", qPrintable(r.out.trimmed()));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
        QStringList({QStringLiteral("all-2025-03.pdf"), QStringLiteral("京0101-2025-03.pdf"),
            QStringLiteral("京0102-2025-03.pdf")}));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    checkReport(QDir(dir).filePath(QStringLiteral("京0102-2025-03.pdf")), {westName}, westName, 3);
    {
        // The filings forecast from 2025-04, as the engine computes it on the court's history to 2025-03.
        const ForecastReport expected = engineForecast(*m_table, {westName}, QDate(2025, 3, 1));
        QVERIFY(!expected.forecast.mean.empty());
        QCOMPARE(expected.forecast.first, QDate(2025, 4, 1));
        const QString westText = runTool(QStringLiteral("pdftotext"),
            {QDir(dir).filePath(QStringLiteral("京0102-2025-03.pdf")), QStringLiteral("-")})
                                     .value_or(QString());
        QVERIFY2(westText.contains(expected.modelName), qPrintable(expected.modelName));
        QVERIFY2(westText.contains(firstForecastLine(expected.forecast)),
            qPrintable(firstForecastLine(expected.forecast) + QLatin1Char('\n') + westText));
    }
    // All courts: one more page, the courts' ranking.
    checkReport(QDir(dir).filePath(QStringLiteral("all-2025-03.pdf")), {}, QStringLiteral("All courts"), 4);
    const QString text = runTool(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QDir(dir).filePath(QStringLiteral("all-2025-03.pdf")),
            QStringLiteral("-")})
                             .value_or(QString());
    QVERIFY(text.contains(eastName) && text.contains(westName));
    QLocale::setDefault(QLocale::c());
}

void TestReport::overdueTableRepeatsItsHeader()
{
    if (!m_table)
        QSKIP("no fixture");
    // Every third case never closes: far more overdue cases than one page holds.
    QTemporaryDir dir;
    const auto table = test::storeAndLoad(dir.filePath(QStringLiteral("many.sqlite")), makeCases(3));
    QVERIFY(table);
    MonthlyReport report(*table, AnalyticsInput(), QDate(2025, 3, 1));
    QString error;
    QVERIFY2(report.compute(&error), qPrintable(error));
    const qint64 overdue = report.monthResult().pendingAge.overdue;
    QCOMPARE(qint64(report.overdue().size()), overdue);
    QVERIFY(overdue > 60);
    const QString pdf = dir.filePath(QStringLiteral("many.pdf"));
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 5);
    const QString text
        = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
              .value_or(QString());
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int p = 3; p < pages; ++p) {
        QVERIFY2(pageTexts[p].contains(MonthlyReport::tr("Days pending")), qPrintable(pageTexts[p]));
        QVERIFY(pageTexts[p].contains(MonthlyReport::tr("Page %1 of %2").arg(p + 1).arg(pages)));
    }
    // Every overdue case is listed once: the deadlines printed equal the engine's count.
    static const QRegularExpression row(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}\\s+\\d+\\s+\\d{4}-\\d{2}-\\d{2}"));
    qint64 rows = 0;
    for (auto it = row.globalMatch(text); it.hasNext(); it.next())
        ++rows;
    QCOMPARE(rows, overdue);
}

void TestReport::caseNumbersReadOrSaidMissing()
{
    if (!m_table)
        QSKIP("no fixture");
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("numbers.sqlite"));
    const auto table = test::storeAndLoad(store, makeCases(3));
    QVERIFY(table);
    const auto overdueText = [&](const MonthlyReport::CaseNumberLookup &lookup, const QString &name) {
        MonthlyReport report(*table, AnalyticsInput(), QDate(2025, 3, 1));
        report.setCaseNumberLookup(lookup);
        QString error;
        if (!report.compute(&error) || !report.writePdf(dir.filePath(name), &error))
            return std::pair {QString(), error};
        return std::pair {runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), dir.filePath(name),
                                                                   QStringLiteral("-")})
                              .value_or(QString()),
            report.caseNumberError()};
    };
    // Read from the store the cases came from: the overdue table names them.
    const auto [read, noError] = overdueText(ReportBatch::storeLookup(store), QStringLiteral("read.pdf"));
    QCOMPARE(noError, QString());
    static const QRegularExpression number(QStringLiteral("（20\\d\\d）京0101执\\d+号"));
    QVERIFY2(number.match(read).hasMatch(), qPrintable(read.left(2000)));
    QVERIFY(!read.contains(MonthlyReport::tr("Case numbers missing: %1").arg(QString()).trimmed()));
    // The store cannot be read (a connection lost mid-batch): the report says so, not blanks alone.
    const QString lost = QStringLiteral("lost the connection to the server db.example:5432/caseload");
    const auto [missing, why] = overdueText(
        [&](const QList<qint64> &, QString *error) -> std::optional<QHash<qint64, QString>> {
            *error = lost;
            return std::nullopt;
        },
        QStringLiteral("missing.pdf"));
    QCOMPARE(why, lost);
    QVERIFY(!number.match(missing).hasMatch());
    QVERIFY2(missing.contains(MonthlyReport::tr("Case numbers missing: %1").arg(QStringLiteral("lost the connection"))),
        qPrintable(missing.left(3000)));
}

void TestReport::courtsTableSpansPages()
{
    if (!m_table)
        QSKIP("no fixture");
    // 90 courts, a few cases each: the ranking shows the best and worst 20, and the table of every
    // court's figures runs over pages of its own, its header on each.
    QList<CaseRecord> cases;
    for (int c = 0; c < 90; ++c) {
        for (int k = 0; k < 4; ++k) {
            CaseRecord r;
            r.courtName = QStringLiteral("第%1号测试法院").arg(c + 1, 2, 10, QLatin1Char('0'));
            r.courtCode = QStringLiteral("测%1").arg(c + 1);
            r.caseNumber = QStringLiteral("（2025）测%1执%2号").arg(c + 1).arg(k + 1);
            r.type = CaseType::FirstEnforcement;
            r.filedOn = QDate(2025, 1, 5 + k);
            if (k % 2 == 0 || c % 3 == 0) {
                r.closedOn = QDate(2025, 2, 10 + k);
                r.closureMethod = ClosureMethod::Performed;
            }
            cases.append(r);
        }
    }
    QTemporaryDir dir;
    const auto table = test::storeAndLoad(dir.filePath(QStringLiteral("courts.sqlite")), cases);
    QVERIFY(table);
    MonthlyReport report(*table, AnalyticsInput(), QDate(2025, 2, 1));
    QString error;
    QVERIFY2(report.compute(&error), qPrintable(error));
    QCOMPARE(int(report.yearToDateResult().courts.size()), 90);
    const QString pdf = dir.filePath(QStringLiteral("courts.pdf"));
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    const int pages = pdfPages(pdf);
    const QString text
        = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
              .value_or(QString());
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    // Every court is in the table, and the table's pages repeat its header and say "continued".
    for (int c = 1; c <= 90; ++c)
        QVERIFY2(text.contains(QStringLiteral("第%1号测试法院").arg(c, 2, 10, QLatin1Char('0'))),
            qPrintable(QString::number(c)));
    int tablePages = 0;
    for (const QString &page : pageTexts) {
        if (!page.contains(MonthlyReport::tr("Courts, %1 to %2")
                               .arg(QStringLiteral("2025-01"), QStringLiteral("2025-02"))))
            continue;
        ++tablePages;
        QVERIFY(page.contains(MonthlyReport::tr("Clearance rate")));
        QVERIFY(page.contains(MonthlyReport::tr("Court")));
    }
    QVERIFY2(tablePages >= 2, qPrintable(QString::number(tablePages)));
    QVERIFY(text.contains(QStringLiteral("(continued)")));
    for (int p = 0; p < pages; ++p)
        QVERIFY(pageTexts[p].contains(MonthlyReport::tr("Page %1 of %2").arg(p + 1).arg(pages)));
}

void TestReport::forecast_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<bool>("charted");
    QTest::addColumn<bool>("backtested");
    // 48 months of data, the report for the 42nd: the history stops at the report's month.
    QTest::newRow("42 months, backtested") << 48 << QDate(2024, 6, 1) << true << true;
    QTest::newRow("latest month") << 48 << QDate(2024, 12, 1) << true << true;
    QTest::newRow("24 months, no backtest") << 30 << QDate(2022, 12, 1) << true << false;
    QTest::newRow("23 months: a note") << 30 << QDate(2022, 11, 1) << false << false;
}

void TestReport::forecast()
{
    if (!m_table)
        QSKIP("no fixture");
    QFETCH(int, months);
    QFETCH(QDate, month);
    QFETCH(bool, charted);
    QFETCH(bool, backtested);
    QTemporaryDir dir;
    const auto table
        = test::storeAndLoad(dir.filePath(QStringLiteral("seasonal.sqlite")), makeSeasonalCases(months));
    QVERIFY(table);
    MonthlyReport report(*table, AnalyticsInput(), month);
    QString error;
    QVERIFY2(report.compute(&error), qPrintable(error));
    const QString pdf = dir.filePath(QStringLiteral("seasonal.pdf"));
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    QCOMPARE(pdfPages(pdf), 3);
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).value_or(QString());
    QCOMPARE(report.forecast().has_value(), charted);
    if (!charted) {
        QVERIFY2(text.contains(MonthlyReport::tr("No forecast: it needs %1 complete months of filings, the "
                                                 "history holds %2.")
                                   .arg(MonthlyReport::MinForecastHistory)
                                   .arg(MonthlyReport::MinForecastHistory - 1)),
            qPrintable(text));
        return;
    }
    const ForecastReport expected = engineForecast(*table, {}, month);
    QCOMPARE(expected.forecast.first, month.addMonths(1));
    QCOMPARE(expected.series.size(), (month.year() - 2021) * 12 + month.month());
    QVERIFY2(text.contains(expected.modelName), qPrintable(expected.modelName));
    QVERIFY2(text.contains(firstForecastLine(expected.forecast)), qPrintable(text));
    QCOMPARE(expected.backtest.origins > 0, backtested);
    if (backtested) {
        const QString mase = MonthlyReport::tr("Backtest MASE %1, seasonal naive %2")
                                 .arg(QLocale().toString(expected.backtest.mean.mase, 'f', 2),
                                     QLocale().toString(expected.baseline.mean.mase, 'f', 2));
        QVERIFY2(text.contains(mase), qPrintable(mase + QLatin1Char('\n') + text));
    }
    const QString prefix = dir.filePath(QStringLiteral("seasonal"));
    QVERIFY(runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"), QStringLiteral("2"),
            QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"), pdf, prefix}));
    const QImage page(prefix + QStringLiteral("-2.png"));
    QVERIFY(!page.isNull());
    QVERIFY(test::nonBackgroundShare(page) > 0.01);
    page.save(
        QStringLiteral("/tmp/shots/report-forecast-%1.png")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',').remove(u':')));
}

void TestReport::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QDir::temp().filePath(QStringLiteral("caseload-report-test.pdf"));
    QTest::newRow("unknown court") << QStringList {QStringLiteral("--month"), QStringLiteral("2025-03"),
        QStringLiteral("--court"), QStringLiteral("无此法院"), QStringLiteral("--out"), out}
                                   << 1 << QStringLiteral("无此法院");
    QTest::newRow("bad month") << QStringList {QStringLiteral("--month"), QStringLiteral("2025-13"),
        QStringLiteral("--out"), out}
                               << 2 << QStringLiteral("2025-13");
    QTest::newRow("month outside the data")
        << QStringList {QStringLiteral("--month"), QStringLiteral("2026-01"), QStringLiteral("--out"), out}
        << 1 << QStringLiteral("2026-01");
    QTest::newRow("unwritable output") << QStringList {QStringLiteral("--month"), QStringLiteral("2025-03"),
        QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x.pdf")}
                                       << 1 << QStringLiteral("/nonexistent-dir/x.pdf");
    QTest::newRow("all courts into a file") << QStringList {QStringLiteral("--month"),
        QStringLiteral("2025-03"), QStringLiteral("--all-courts"), QStringLiteral("--out"), out}
                                            << 2 << QStringLiteral("--all-courts");
    QTest::newRow("no database") << QStringList {QStringLiteral("--month"), QStringLiteral("2025-03"),
        QStringLiteral("--out"), out, QStringLiteral("--db"), QStringLiteral("/nonexistent-dir/cases.sqlite")}
                                 << 1 << QStringLiteral("/nonexistent-dir/cases.sqlite");
    QTest::newRow("no month") << QStringList {QStringLiteral("--out"), out} << 2 << QStringLiteral("--month");
}

void TestReport::badInput()
{
    if (!m_table)
        QSKIP("no fixture");
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = run(QStringList {QStringLiteral("report"), QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
