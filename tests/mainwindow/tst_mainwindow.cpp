#include "ImportController.h"
#include "analytics/CaseTableSnapshot.h"
#include "ImportProgressDialog.h"
#include "ImportSummaryDialog.h"
#include "SheetChooser.h"
#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/StoredSetup.h"
#include "store/Store.h"

#include <QDateTime>
#include <QTimer>
#include <QInputDialog>
#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace caseload;

namespace {

const QString header = QString::fromUtf8("案号,经办法院,立案日期,结案日期,结案方式\n");

// Four valid cases and one with an impossible filing date (line 6). By hand: January 2016 has two
// filings; February one filing and one closure; March one filing and two closures.
const QString smallExport = header
    + QString::fromUtf8("（2016）京0105执1号,北京市朝阳区人民法院,2016-01-05,2016-03-10,执行完毕\n"
                        "（2016）京0105执2号,北京市朝阳区人民法院,2016-01-20,,\n"
                        "（2016）京0105执3号,北京市朝阳区人民法院,2016-02-03,2016-02-25,终结本次执行程序\n"
                        "（2016）京0105执4号,北京市朝阳区人民法院,2016-03-15,2016-03-30,执行完毕\n"
                        "（2016）京0105执5号,北京市朝阳区人民法院,2016-02-30,,\n");

/// Runs the controller's queue to its end, recording what it emitted.
struct Run
{
    explicit Run(ImportController *controller)
        : imported(controller, &ImportController::imported)
        , loaded(controller, &ImportController::loaded)
        , finished(controller, &ImportController::finished)
    { }
    bool wait() { return finished.count() > 0 || finished.wait(60000); }
    ImportSummary summary(int i) const { return imported.at(i).at(0).value<ImportSummary>(); }
    ImportController::Snapshot snapshot(int i) const
    {
        return loaded.at(i).at(0).value<ImportController::Snapshot>();
    }

    QSignalSpy imported;
    QSignalSpy loaded;
    QSignalSpy finished;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsFileAndReloadsTable();
    void reloadSetupReadsStoredSettings();
    void reimportInQueueChangesNothing();
    void cancelLeavesStoreUnchanged();
    void unopenableStoreIsReported();
    void progressDialogHidesWhenQueueEnds();
    void summaryDescribesImport();
    void writableStoreMayImport();
    void sqliteErrorIsNoLostConnection();
    void unreachableServerReportsLostConnection();
    void serverRejectReportsGoToDataFolder();
    void sheetChooserOffersTheDefaultSheet();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::importsFileAndReloadsTable()
{
    const QString csv = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(test::writeText(csv, smallExport));
    ImportController controller(m_dir.filePath(QStringLiteral("import/cases.sqlite")));
    Run run(&controller);
    controller.importFiles({csv});
    QVERIFY(controller.isBusy());
    QVERIFY(run.wait());
    QVERIFY(!controller.isBusy());

    QCOMPARE(run.imported.count(), 1);
    const ImportSummary summary = run.summary(0);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, 5);
    QCOMPARE(summary.accepted, 4);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.inserted, 4);
    QCOMPARE(summary.firstRejects.size(), 1);
    QCOMPARE(summary.firstRejects.constFirst().line, 6);
    QVERIFY(QFile::exists(summary.rejectReportPath));

    QCOMPARE(run.loaded.count(), 1);
    const ImportController::Snapshot snapshot = run.snapshot(0);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.caseCount, 4);
    QVERIFY(snapshot.table);
    QCOMPARE(snapshot.table->size(), 4);
    QCOMPARE(snapshot.setup.settings, IndicatorSettings()); // nothing stored: the defaults

    // The table holds the four accepted cases: by hand, filings 2, 1, 1 and closures 0, 1, 2 in
    // January to March 2016.
    QString error;
    const auto result = Analytics::compute(*snapshot.table, snapshot.setup, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->monthly.size(), size_t(3));
    const qint64 filed[] = {2, 1, 1};
    const qint64 closed[] = {0, 1, 2};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(result->monthly[size_t(i)].month, QDate(2016, i + 1, 1));
        QCOMPARE(result->monthly[size_t(i)].filed, filed[i]);
        QCOMPARE(result->monthly[size_t(i)].closed, closed[i]);
    }

    // After the load, the compact copy of the table was saved (the queue ended after it), and the
    // next start reads it.
    QVERIFY(!snapshot.table->loadInfo().fromSnapshot);
    const auto store = Store::open(controller.storeLocation(), &error);
    QVERIFY2(store, qPrintable(error));
    const auto header = CaseTableSnapshot::readHeader(store->database(), &error);
    QVERIFY2(header, qPrintable(error.isEmpty() ? QStringLiteral("no copy saved") : error));
    QCOMPARE(header->caseCount, 4);
    Run again(&controller);
    controller.reload();
    QVERIFY(again.wait());
    QCOMPARE(again.loaded.count(), 1);
    QVERIFY(again.snapshot(0).table->loadInfo().fromSnapshot);
    QCOMPARE(test::tableDifference(*again.snapshot(0).table, *snapshot.table), QString());
}

void TestMainWindow::reloadSetupReadsStoredSettings()
{
    const QString location = m_dir.filePath(QStringLiteral("setup/cases.sqlite"));
    IndicatorSettings settings;
    settings.timeLimitMonths = 3;
    settings.targetActualClosure = 0.85;
    {
        QString error;
        const auto store = Store::open(location, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(storedSetup::saveSettings(*store, settings, &error), qPrintable(error));
        QVERIFY2(store->setCourtGroup(QString::fromUtf8("试点法院"), {QString::fromUtf8("甲法院")}, &error),
            qPrintable(error));
    }
    ImportController controller(location);
    QSignalSpy setupLoaded(&controller, &ImportController::setupLoaded);
    Run run(&controller);
    controller.reloadSetup();
    QVERIFY(run.wait());
    QCOMPARE(run.loaded.count(), 0); // the setup alone: the cases are not read again
    QCOMPARE(setupLoaded.count(), 1);
    QCOMPARE(setupLoaded.at(0).at(0).toString(), location);
    const auto setup = setupLoaded.at(0).at(1).value<AnalyticsInput>();
    QVERIFY2(setupLoaded.at(0).at(2).toString().isEmpty(), qPrintable(setupLoaded.at(0).at(2).toString()));
    QCOMPARE(setup.settings, settings);
    QCOMPARE(
        setup.courtGroups.value(QString::fromUtf8("试点法院")), QStringList {QString::fromUtf8("甲法院")});
}

void TestMainWindow::reimportInQueueChangesNothing()
{
    const QString csv = m_dir.filePath(QStringLiteral("again.csv"));
    QVERIFY(test::writeText(csv, smallExport, "UTF-8", true));
    ImportController controller(m_dir.filePath(QStringLiteral("again/cases.sqlite")));
    Run run(&controller);
    controller.importFiles({csv, csv});
    QVERIFY(run.wait());

    QCOMPARE(run.finished.count(), 1);
    QCOMPARE(run.imported.count(), 2);
    QCOMPARE(run.summary(0).inserted, 4);
    QCOMPARE(run.summary(1).inserted, 0);
    QCOMPARE(run.summary(1).updated, 0);
    QCOMPARE(run.summary(1).unchanged, 4);
    QCOMPARE(run.snapshot(run.loaded.count() - 1).caseCount, 4);
}

void TestMainWindow::cancelLeavesStoreUnchanged()
{
    QString text = header;
    for (int i = 1; i <= 3000; ++i)
        text += QString::fromUtf8("（2017）京0105执%1号,北京市朝阳区人民法院,2017-03-01,,\n").arg(i);
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(test::writeText(csv, text));
    ImportController controller(m_dir.filePath(QStringLiteral("cancel/cases.sqlite")));
    Run run(&controller);
    controller.importFiles({csv, csv});
    controller.cancel(); // before the worker's first progress report: the import must roll back
    QVERIFY(run.wait());

    QCOMPARE(run.imported.count(), 1); // the second file was dropped from the queue
    QVERIFY(run.summary(0).cancelled);
    QVERIFY(!run.summary(0).ok);

    Run reload(&controller);
    controller.reload();
    QVERIFY(reload.wait());
    QCOMPARE(reload.imported.count(), 0);
    QCOMPARE(reload.loaded.count(), 1);
    QCOMPARE(reload.snapshot(0).caseCount, 0);
    QVERIFY(reload.snapshot(0).table);
    QVERIFY(reload.snapshot(0).table->isEmpty());
}

void TestMainWindow::unopenableStoreIsReported()
{
    // A database "inside" a regular file cannot be created.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(test::writeText(blocker, QStringLiteral("x")));
    const QString csv = m_dir.filePath(QStringLiteral("unused.csv"));
    QVERIFY(test::writeText(csv, smallExport));
    ImportController controller(blocker + QStringLiteral("/cases.sqlite"));
    Run run(&controller);
    controller.importFiles({csv});
    QVERIFY(run.wait());

    QCOMPARE(run.imported.count(), 1);
    QVERIFY(!run.summary(0).ok);
    QVERIFY(!run.summary(0).error.isEmpty());
    QCOMPARE(run.loaded.count(), 1);
    QVERIFY(run.snapshot(0).error.contains(QStringLiteral("not-a-folder")));
    QVERIFY(!run.snapshot(0).table);
}

void TestMainWindow::writableStoreMayImport()
{
    ImportController controller(m_dir.filePath(QStringLiteral("writable/cases.sqlite")));
    Run run(&controller);
    controller.reload();
    QVERIFY(run.wait());
    QCOMPARE(run.loaded.count(), 1);
    QVERIFY2(run.snapshot(0).error.isEmpty(), qPrintable(run.snapshot(0).error));
    QVERIFY(run.snapshot(0).canImport);
    QCOMPARE(run.snapshot(0).readOnlyReason, QString());
}

void TestMainWindow::sqliteErrorIsNoLostConnection()
{
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QVERIFY(test::writeText(blocker, QStringLiteral("x")));
    ImportController controller(blocker + QStringLiteral("/cases.sqlite"));
    QSignalSpy lost(&controller, &ImportController::connectionLost);
    Run run(&controller);
    controller.reload();
    QVERIFY(run.wait());
    QVERIFY(!run.snapshot(0).error.isEmpty());
    QCOMPARE(lost.count(), 0); // a file that cannot be opened is not a lost connection
}

void TestMainWindow::unreachableServerReportsLostConnection()
{
    // Nothing listens on port 1: libpq fails at once with "connection refused".
    const QString location = QStringLiteral("postgresql://analyst@127.0.0.1:1/caseload");
    ImportController controller(location);
    QSignalSpy lost(&controller, &ImportController::connectionLost);
    const QString csv = m_dir.filePath(QStringLiteral("unreachable.csv"));
    QVERIFY(test::writeText(csv, smallExport));
    Run run(&controller);
    controller.importFiles({csv});
    QVERIFY(run.wait());
    QCOMPARE(run.imported.count(), 1);
    QVERIFY(!run.summary(0).ok);
    QVERIFY(Store::isConnectionError(run.summary(0).error));
    QCOMPARE(lost.count(), 1); // once per failed job, not once per symptom
    QCOMPARE(lost.at(0).at(0).toString(), location);
    QVERIFY(Store::isConnectionError(lost.at(0).at(1).toString()));
    QCOMPARE(run.loaded.count(), 1);
    QVERIFY(!run.snapshot(0).table);
}

void TestMainWindow::serverRejectReportsGoToDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = ImportController::rejectReportPath(
        QStringLiteral("postgresql://analyst@db.example:5433/%E6%89%A7%E8%A1%8C?sslmode=require"),
        QStringLiteral("/exports/2016.csv"));
    const QString folder = data + QString::fromUtf8("/reject-reports/db.example-5433-执行/");
    QVERIFY2(path.startsWith(folder), qPrintable(path));
    QVERIFY(path.mid(folder.size()).startsWith(QStringLiteral("2016-")));
    QVERIFY(path.endsWith(QStringLiteral("-rejects.csv")));
    // An SQLite store keeps its reports next to itself, as before.
    QVERIFY(
        ImportController::rejectReportPath(QStringLiteral("/data/cases.sqlite"), QStringLiteral("/x/a.csv"))
            .startsWith(QStringLiteral("/data/reject-reports/a-")));
}

void TestMainWindow::progressDialogHidesWhenQueueEnds()
{
    const QString csv = m_dir.filePath(QStringLiteral("progress.csv"));
    QVERIFY(test::writeText(csv, smallExport));
    ImportController controller(m_dir.filePath(QStringLiteral("progress/cases.sqlite")));
    ImportProgressDialog dialog(&controller);
    Run run(&controller);
    controller.importFiles({csv});
    dialog.show(); // as after a slow start
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import"));
    QVERIFY(run.wait());
    QVERIFY(!dialog.isVisible());

    // A reload says what it does (the dialog shows it when reading takes a while) and ends at the
    // bar's end.
    QSignalSpy started(&controller, &ImportController::progressStarted);
    QSignalSpy progress(&controller, &ImportController::progressChanged);
    Run reload(&controller);
    controller.reload();
    QVERIFY(reload.wait());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("Reading the cases…"));
    QCOMPARE(started.at(0).at(1).toBool(), true);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Opening"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), dialog.maximum());
    QVERIFY(!dialog.isVisible());
}

void TestMainWindow::summaryDescribesImport()
{
    ImportSummary summary;
    summary.filePath = QStringLiteral("/data/2016.csv");
    summary.ok = true;
    summary.rowsRead = 10;
    summary.accepted = 8;
    summary.rejected = 2;
    summary.inserted = 5;
    summary.updated = 2;
    summary.unchanged = 1;
    summary.headerLine = 2;
    summary.unmappedColumns = {QString::fromUtf8("备注")};
    summary.personalColumnsDropped = {QString::fromUtf8("被执行人")};
    summary.firstRejects
        = {{4, QString(), QString::fromUtf8("立案日期"), QStringLiteral("not a valid date: 'x'"), {}},
            {9, QString(), QString(), QStringLiteral("empty row"), {}}};

    const QString text = ImportSummaryDialog::describe(summary);
    QVERIFY2(text.contains(QStringLiteral("Rows read: 10; imported: 8; rejected: 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("New cases: 5; updated: 2; unchanged: 1")), qPrintable(text));
    QVERIFY(text.contains(QString::fromUtf8("备注")));
    QVERIFY(text.contains(QString::fromUtf8("被执行人")));

    QCOMPARE(ImportSummaryDialog::describeRejects(summary),
        QString::fromUtf8("Line 4, 立案日期: not a valid date: 'x'\nLine 9: empty row"));
    QCOMPARE(ImportSummaryDialog::describeRejects(summary, 1),
        QString::fromUtf8("Line 4, 立案日期: not a valid date: 'x'\n… and 1 more rejected row(s)."));

    // A workbook: rows named by cell, the sheet in the summary.
    ImportSummary workbook = summary;
    workbook.format = QStringLiteral("xlsx");
    workbook.sheet = QString::fromUtf8("执行案件");
    workbook.firstRejects = {{5, QString::fromUtf8("执行案件!F5"), QString::fromUtf8("立案日期"),
        QStringLiteral("not a valid date: 'x'"), {}}};
    QVERIFY(ImportSummaryDialog::describe(workbook).contains(
        QString::fromUtf8("Workbook (xlsx), sheet 执行案件; header row on row 2")));
    QCOMPARE(ImportSummaryDialog::describeRejects(workbook, 1),
        QString::fromUtf8("执行案件!F5 (立案日期): not a valid date: 'x'\n… and 1 more rejected row(s)."));

    ImportSummary cancelled;
    cancelled.filePath = QStringLiteral("/data/2017.csv");
    cancelled.cancelled = true;
    QVERIFY(ImportSummaryDialog::describe(cancelled).contains(QStringLiteral("cancelled")));
}

void TestMainWindow::sheetChooserOffersTheDefaultSheet()
{
    // A CSV goes straight through; a workbook of several sheets asks, offering first the sheet the
    // import would take by itself (values.xls: its first sheet is empty, 执行案件 has the data).
    const QString csv = m_dir.filePath(QStringLiteral("chooser.csv"));
    QVERIFY(test::writeText(csv, smallExport));
    const QString xls = test::sourcePath(QStringLiteral("tests/xlsreader/data/values.xls"));
    QWidget parent;
    SheetChooser chooser(&parent);
    QSignalSpy requested(&chooser, &SheetChooser::importRequested);
    QString offered;
    QStringList listed;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, &answer, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->textValue();
        listed = dialog->comboBoxItems();
        dialog->accept();
    });
    answer.start(20);
    ImportOptions options;
    options.encoding = TextEncoding::Gb18030;
    chooser.enqueue({csv, xls}, options);
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 2, 20000);
    QCOMPARE(requested.at(0).at(0).toString(), csv);
    QCOMPARE(requested.at(0).at(1).value<ImportOptions>().sheet, QString());
    QCOMPARE(requested.at(1).at(0).toString(), xls);
    QCOMPARE(offered, QString::fromUtf8("执行案件"));
    QVERIFY(listed.size() >= 2 && listed.first() != offered);
    const ImportOptions chosen = requested.at(1).at(1).value<ImportOptions>();
    QCOMPARE(chosen.sheet, QString::fromUtf8("执行案件"));
    QCOMPARE(chosen.encoding, TextEncoding::Gb18030); // the rest of the options as given
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
