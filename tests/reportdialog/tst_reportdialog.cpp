#include "TestSupport.h"

#include "analytics/CaseTable.h"
#include "forecast/ForecastSettings.h"
#include "report/MonthlyReport.h"
#include "report/ReportBatch.h"
#include "report/ReportDialog.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QApplication>
#include <QTimer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <optional>

using namespace caseload;

namespace {

const QString eastName = QStringLiteral("北京市东城区人民法院");
const QString westName = QStringLiteral("北京市西城区人民法院");

// 18 months (2023-01 to 2024-06) at two courts, 6 and 4 filings a month; every 7th case stays pending.
// The last case closes on `end`, so the data reach exactly that day.
QList<CaseRecord> makeCases(QDate end)
{
    QList<CaseRecord> cases;
    int number = 0;
    for (int m = 0; m < 18; ++m) {
        const QDate month = QDate(2023, 1, 1).addMonths(m);
        for (int court = 0; court < 2; ++court) {
            for (int k = 0; k < (court == 0 ? 6 : 4); ++k) {
                CaseRecord r;
                r.courtName = court == 0 ? eastName : westName;
                r.courtCode = court == 0 ? QStringLiteral("京0101") : QStringLiteral("京0102");
                ++number;
                r.caseNumber = QStringLiteral("（%1）%2执%3号").arg(month.year()).arg(r.courtCode).arg(number);
                r.type = CaseType::FirstEnforcement;
                r.filedOn = month.addDays((k * 5 + court * 2) % 14);
                if (r.filedOn > end)
                    continue;
                r.appliedFen = 100000 * (k + 1);
                const QDate closed = r.filedOn.addDays(20 + (number * 31) % 200);
                if (number % 7 != 0 && closed < end) {
                    r.closedOn = closed;
                    r.closureMethod = ClosureMethod::Performed;
                    r.recoveredFen = *r.appliedFen;
                }
                cases.append(r);
            }
        }
    }
    CaseRecord last;
    last.courtName = eastName;
    last.courtCode = QStringLiteral("京0101");
    last.caseNumber = QStringLiteral("（2024）京0101执9999号");
    last.type = CaseType::FirstEnforcement;
    last.filedOn = end.addDays(-10);
    last.closedOn = end;
    last.closureMethod = ClosureMethod::Performed;
    cases.append(last);
    return cases;
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == "%PDF";
}

const char *const titleSource = "Enforcement caseload monthly report";
const QString titleChinese = QString::fromUtf8("执行案件月报");

/// Stands in for the Chinese translation (the .qm lives in the application): translates the report's
/// title only.
class FakeChinese : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "caseload::MonthlyReport") == 0 && qstrcmp(sourceText, titleSource) == 0)
            return titleChinese;
        return {};
    }
    bool isEmpty() const override { return false; }
};

/// The text of a PDF without white space (pdftotext), or nullopt without pdftotext.
std::optional<QString> pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return std::nullopt;
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void months_data();
    void months();
    void withoutData();
    void batchWritesOnePdfPerCourt();
    void batchCancelledAfterFirstCourt();
    void dialogCancel();
    void savePdf();
    void previewPaintsPages();
    void unusableForecastSettingsAreSaid();
    void previewDialog();
    void oneCourtScope();
    void reportLanguage_data();
    void reportLanguage();
    void screenshot();

private:
    DashboardData data(const QList<CaseRecord> &cases, const QString &name);

    QTemporaryDir m_dir;
    DashboardData m_data;
};

DashboardData TestReportDialog::data(const QList<CaseRecord> &cases, const QString &name)
{
    DashboardData d;
    d.storeLocation = m_dir.filePath(name);
    d.table = test::storeAndLoad(d.storeLocation, cases);
    return d;
}

void TestReportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = data(makeCases(QDate(2024, 6, 30)), QStringLiteral("store.sqlite"));
    QVERIFY(m_data.table);
    QCOMPARE(m_data.table->courts().size(), size_t(2));
}

void TestReportDialog::months_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("latest");
    QTest::newRow("data end on a month's last day") << QDate(2024, 6, 30) << QDate(2024, 6, 1);
    QTest::newRow("data end inside a month") << QDate(2024, 6, 15) << QDate(2024, 5, 1);
}

void TestReportDialog::months()
{
    QFETCH(QDate, end);
    QFETCH(QDate, latest);
    const DashboardData d = data(makeCases(end), QStringLiteral("months-%1.sqlite").arg(end.day()));
    QVERIFY(d.table);
    ReportDialog dialog(d);
    QCOMPARE(dialog.months().size(), 18);
    QCOMPARE(dialog.months().constFirst(), QDate(2023, 1, 1));
    QCOMPARE(dialog.months().constLast(), QDate(2024, 6, 1));
    QCOMPARE(dialog.latestCompleteMonth(), latest);
    QCOMPARE(dialog.month(), latest);
}

void TestReportDialog::withoutData()
{
    ReportDialog dialog {DashboardData()};
    QVERIFY(dialog.months().isEmpty());
    QVERIFY(!dialog.latestCompleteMonth().isValid());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("preview"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("perCourt"))->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("status"))->text().isEmpty());
    dialog.savePdf(m_dir.filePath(QStringLiteral("nothing.pdf")));
    QVERIFY(!dialog.isBusy());
}

void TestReportDialog::batchWritesOnePdfPerCourt()
{
    QTemporaryDir out;
    ReportDialog dialog(m_data);
    dialog.setScope(ReportDialog::Scope::AllCourts);
    QSignalSpy progress(&dialog, &ReportDialog::batchProgress);
    QSignalSpy finished(&dialog, &ReportDialog::batchFinished);
    dialog.writePerCourt(out.path());
    QVERIFY(dialog.isBusy());
    QVERIFY(finished.wait(30000));
    QVERIFY(!dialog.isBusy());
    QCOMPARE(finished.constFirst().at(0).toInt(), 3);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    QVERIFY2(finished.constFirst().at(2).toString().contains(QDir::toNativeSeparators(out.path())),
        qPrintable(finished.constFirst().at(2).toString()));

    QList<int> done;
    for (const auto &signal : progress) {
        done.append(signal.at(0).toInt());
        QCOMPARE(signal.at(1).toInt(), 3);
    }
    QCOMPARE(done, (QList<int> {0, 1, 2, 3}));
    QCOMPARE(progress.at(0).at(2).toString(), eastName);
    QCOMPARE(progress.at(1).at(2).toString(), westName);

    const QStringList expected {QStringLiteral("all-2024-06.pdf"), QStringLiteral("京0101-2024-06.pdf"),
        QStringLiteral("京0102-2024-06.pdf")};
    QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
    files.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(files, sortedExpected);
    for (const QString &file : files)
        QVERIFY2(isPdf(QDir(out.path()).filePath(file)), qPrintable(file));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openFolder"))->isHidden());
}

void TestReportDialog::batchCancelledAfterFirstCourt()
{
    QTemporaryDir out;
    AnalyticsInput input;
    const auto jobs = ReportBatch::perCourtJobs(*m_data.table, input, QDate(2024, 6, 1), out.path());
    QCOMPARE(jobs.size(), size_t(3));
    QList<int> seen;
    const ReportBatchOutcome outcome = ReportBatch::run(*m_data.table, input, QDate(2024, 6, 1), jobs, {},
        [&seen](int done, int, const QString &) {
            seen.append(done);
            return done < 1;
        });
    QCOMPARE(seen, (QList<int> {0, 1}));
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.written.size(), 1);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1);
    QVERIFY2(outcome.message.contains(QStringLiteral("Cancelled")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("1 of 3")), qPrintable(outcome.message));
}

void TestReportDialog::dialogCancel()
{
    QTemporaryDir out;
    ReportDialog dialog(m_data);
    dialog.setScope(ReportDialog::Scope::AllCourts);
    QSignalSpy finished(&dialog, &ReportDialog::batchFinished);
    dialog.writePerCourt(out.path());
    dialog.cancelBatch(); // before the second court starts: the first one at most is written
    QVERIFY(finished.wait(30000));
    const int written = finished.constFirst().at(0).toInt();
    QVERIFY(written < 3);
    QVERIFY(finished.constFirst().at(1).toBool());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), written);
    const QString message = finished.constFirst().at(2).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Cancelled: %1 of 3").arg(written)), qPrintable(message));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("status"))->text(), message);
}

void TestReportDialog::savePdf()
{
    QTemporaryDir out;
    ReportDialog dialog(m_data);
    dialog.setScope(ReportDialog::Scope::OneCourt, westName);
    QSignalSpy saved(&dialog, &ReportDialog::pdfSaved);
    const QString path = out.filePath(QStringLiteral("west.pdf"));
    dialog.savePdf(path);
    QVERIFY(saved.wait(30000));
    QVERIFY2(saved.constFirst().at(0).toBool(), qPrintable(saved.constFirst().at(1).toString()));
    QVERIFY(isPdf(path));

    // An unwritable path fails with a message, not silently.
    QSignalSpy failed(&dialog, &ReportDialog::pdfSaved);
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    dialog.savePdf(out.filePath(QStringLiteral("no/such/dir/x.pdf")));
    QVERIFY(failed.wait(30000));
    QVERIFY(!failed.constFirst().at(0).toBool());
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
}

void TestReportDialog::previewPaintsPages()
{
    QTemporaryDir out;
    ReportDialog dialog(m_data);
    dialog.setScope(ReportDialog::Scope::AllCourts);
    QPrinter early;
    QCOMPARE(dialog.paintReport(&early), 0); // nothing computed yet

    QSignalSpy ready(&dialog, &ReportDialog::reportReady);
    dialog.computeReport();
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.constFirst().at(0).toString(), QString());

    // The same report written directly: its page count is what the preview must paint.
    MonthlyReport reference(*m_data.table, dialog.reportInput(), QDate(2024, 6, 1));
    QString error;
    QVERIFY2(reference.compute(&error), qPrintable(error));
    QPdfWriter writer(out.filePath(QStringLiteral("reference.pdf")));
    const int expected = reference.paint(&writer);
    QVERIFY(expected >= 2);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = out.filePath(QStringLiteral("preview.pdf"));
    printer.setOutputFileName(path);
    QCOMPARE(dialog.paintReport(&printer), expected);
    QVERIFY(isPdf(path));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QCOMPARE(pdfPages(path), expected);
}

void TestReportDialog::unusableForecastSettingsAreSaid()
{
    // The store's forecast settings are malformed: the report uses the defaults, and the dialog says so.
    DashboardData d = m_data;
    d.storeLocation = m_dir.filePath(QStringLiteral("malformed-settings.sqlite"));
    QVERIFY(QFile::copy(m_data.storeLocation, d.storeLocation));
    {
        QString error;
        const auto store = Store::open(d.storeLocation, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->setSetting(QStringLiteral("forecast/settings"), QStringLiteral("{"), &error));
    }
    QString warning;
    QCOMPARE(ForecastSettings::loadFrom(d.storeLocation, &warning), ForecastSettings::defaults());
    QVERIFY2(warning.contains(QStringLiteral("the defaults are used instead")), qPrintable(warning));
    QCOMPARE(ForecastSettings::loadFrom(m_data.storeLocation, &warning), ForecastSettings::defaults());
    QCOMPARE(warning, QString()); // a store without settings: the defaults, no warning

    ReportDialog dialog(d);
    QSignalSpy ready(&dialog, &ReportDialog::reportReady);
    dialog.computeReport();
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.constFirst().at(0).toString(), QString());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return label->text().contains(QStringLiteral("the defaults are used instead")); }));
}

void TestReportDialog::previewDialog()
{
    ReportDialog dialog(m_data);
    dialog.setScope(ReportDialog::Scope::OneCourt, eastName);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    MonthlyReport reference(*m_data.table, dialog.reportInput(), QDate(2024, 6, 1));
    QString error;
    QVERIFY2(reference.compute(&error), qPrintable(error));
    QTemporaryDir out;
    QPdfWriter writer(out.filePath(QStringLiteral("reference.pdf")));
    const int expected = reference.paint(&writer);

    // Preview… computes in the background, then opens the preview (a modal dialog: closed by a timer).
    int previewPages = -1;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
            previewPages = widget->pageCount();
        preview->reject();
        closer.stop();
    });
    QSignalSpy ready(&dialog, &ReportDialog::reportReady);
    closer.start();
    dialog.findChild<QPushButton *>(QStringLiteral("preview"))->click();
    QVERIFY(dialog.isBusy());
    QVERIFY(ready.wait(30000));
    QTRY_VERIFY(!closer.isActive());
    QCOMPARE(previewPages, expected);
}

void TestReportDialog::oneCourtScope()
{
    DashboardData d = m_data;
    d.input.filter.courts = {eastName};
    d.input.filter.causes = {QStringLiteral("借款合同纠纷")};
    ReportDialog dialog(d);
    QCOMPARE(dialog.scope(), ReportDialog::Scope::Dashboard);
    QCOMPARE(dialog.reportInput().filter.courts, QStringList {eastName});
    QVERIFY(dialog.reportInput().filter.causes.isEmpty());
    dialog.setScope(ReportDialog::Scope::AllCourts);
    QVERIFY(dialog.reportInput().filter.courts.isEmpty());
    dialog.setScope(ReportDialog::Scope::OneCourt, westName);
    QCOMPARE(dialog.reportInput().filter.courts, QStringList {westName});

    // The batch of the dashboard's selection covers its one court.
    const auto jobs = ReportBatch::perCourtJobs(*d.table, d.input, QDate(2024, 6, 1), m_dir.path());
    QCOMPARE(jobs.size(), size_t(2));
    QCOMPARE(jobs[0].courts, QStringList {eastName});
    QVERIFY(jobs[0].path.endsWith(QStringLiteral("京0101-2024-06.pdf")));
    QVERIFY(jobs[1].path.endsWith(QStringLiteral("all-2024-06.pdf")));
    AnalyticsInput grouped;
    grouped.filter.courtGroups = {QStringLiteral("京01")};
    QCOMPARE(ReportBatch::selectedCourts(*d.table, grouped, grouped.filter), (QStringList {eastName, westName}));
}

void TestReportDialog::reportLanguage_data()
{
    QTest::addColumn<bool>("uiChinese");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("Chinese report, English interface") << false << QLocale::Chinese << titleChinese;
    QTest::newRow("English report, Chinese interface")
        << true << QLocale::English << QString::fromUtf8(titleSource);
    QTest::newRow("English report, English interface")
        << false << QLocale::English << QString::fromUtf8(titleSource);
}

void TestReportDialog::reportLanguage()
{
    QFETCH(bool, uiChinese);
    QFETCH(QLocale::Language, language);
    QFETCH(QString, title);
    title.remove(u' ');
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString uiTitle = uiChinese ? titleChinese : QString::fromUtf8(titleSource);
    QString otherTitle = title == titleChinese ? QString::fromUtf8(titleSource) : titleChinese;
    otherTitle.remove(u' ');
    FakeChinese interface;
    const QLocale defaultLocale;
    if (uiChinese) {
        QCoreApplication::installTranslator(&interface);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&interface);
        QLocale::setDefault(defaultLocale);
    });

    QTemporaryDir out;
    {
        ReportDialog dialog(m_data);
        dialog.setChineseTranslator(std::make_shared<FakeChinese>());
        QCOMPARE(dialog.reportLanguage(), uiChinese ? QLocale::Chinese : QLocale::English);
        dialog.setReportLanguage(language);
        dialog.setScope(ReportDialog::Scope::OneCourt, eastName);

        // Written by the worker thread.
        QSignalSpy saved(&dialog, &ReportDialog::pdfSaved);
        const QString savedPath = out.filePath(QStringLiteral("saved.pdf"));
        dialog.savePdf(savedPath);
        QVERIFY(saved.wait(30000));
        const QString savedText = pdfText(savedPath).value_or(QString());
        QVERIFY2(savedText.contains(title), qPrintable(savedText.left(200)));
        QVERIFY(!savedText.contains(otherTitle));

        // Painted on the GUI thread, as the preview does.
        QSignalSpy ready(&dialog, &ReportDialog::reportReady);
        dialog.computeReport();
        QVERIFY(ready.wait(30000));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printedPath = out.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printedPath);
        QVERIFY(dialog.paintReport(&printer) > 0);
        QVERIFY(printer.isValid());
    }
    const QString printedText = pdfText(out.filePath(QStringLiteral("printed.pdf"))).value_or(QString());
    QVERIFY2(printedText.contains(title), qPrintable(printedText.left(200)));
    QVERIFY(!printedText.contains(otherTitle));

    // Outside the report, the interface keeps its language.
    QCOMPARE(QCoreApplication::translate("caseload::MonthlyReport", titleSource), uiTitle);
}

void TestReportDialog::screenshot()
{
    DashboardData d = m_data;
    d.input.filter.courts = {eastName};
    ReportDialog dialog(d);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
    const QImage image = dialog.grab().toImage();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    image.save(QStringLiteral("/tmp/shots/reportdialog.png"));
    QVERIFY(test::nonBackgroundShare(image) > 0.02);
    QVERIFY(dialog.sizeHint().width() < 1366 && dialog.sizeHint().height() < 768);

    // While the batch runs and after it.
    QTemporaryDir out;
    QSignalSpy finished(&dialog, &ReportDialog::batchFinished);
    QSignalSpy progress(&dialog, &ReportDialog::batchProgress);
    dialog.writePerCourt(out.path());
    QVERIFY(progress.wait(30000));
    dialog.grab().save(QStringLiteral("/tmp/shots/reportdialog-batch.png"));
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    dialog.grab().save(QStringLiteral("/tmp/shots/reportdialog-done.png"));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
