#include "ImportController.h"
#include "ImportProgressDialog.h"
#include "ImportSummaryDialog.h"
#include "MonthlyFlowChart.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace caseload;

namespace {

MonthlyPoint point(QDate month, qint64 filed, qint64 closed)
{
    MonthlyPoint p;
    p.month = month;
    p.filed = filed;
    p.closed = closed;
    return p;
}

const QString header = QString::fromUtf8("案号,经办法院,立案日期,结案日期,结案方式\n");

// Four valid cases and one with an impossible filing date (line 6). By hand: January 2016 has two
// filings; February one filing and one closure; March one filing and two closures.
const QString smallExport = header
    + QString::fromUtf8("（2016）京0105执1号,北京市朝阳区人民法院,2016-01-05,2016-03-10,执行完毕\n"
                        "（2016）京0105执2号,北京市朝阳区人民法院,2016-01-20,,\n"
                        "（2016）京0105执3号,北京市朝阳区人民法院,2016-02-03,2016-02-25,终结本次执行程序\n"
                        "（2016）京0105执4号,北京市朝阳区人民法院,2016-03-15,2016-03-30,执行完毕\n"
                        "（2016）京0105执5号,北京市朝阳区人民法院,2016-02-30,,\n");

/// Stands in for the Chinese .qm file: translates two of the chart's strings.
class FakeChinese : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (qstrcmp(source, "Filed") == 0)
            return QString::fromUtf8("立案");
        if (qstrcmp(source, "Loading…") == 0)
            return QString::fromUtf8("正在加载…");
        return {};
    }
};

qreal midMonth(int year, int month)
{
    return qreal(QDateTime(QDate(year, month, 15), QTime(0, 0)).toMSecsSinceEpoch());
}

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
    void chartShowsMessageWithoutData();
    void chartFollowsLanguageChange();
    void chartPlotsMonthlyFlow_data();
    void chartPlotsMonthlyFlow();
    void importsFileAndReloadsFlow();
    void reimportInQueueChangesNothing();
    void cancelLeavesStoreUnchanged();
    void unopenableStoreIsReported();
    void progressDialogHidesWhenQueueEnds();
    void summaryDescribesImport();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::chartShowsMessageWithoutData()
{
    MonthlyFlowChart chart;
    QVERIFY(chart.isShowingMessage());
    QVERIFY(!chart.message().isEmpty());

    chart.setLoadError(QStringLiteral("disk on fire"));
    QVERIFY(chart.isShowingMessage());
    QVERIFY(chart.message().contains(QStringLiteral("disk on fire")));

    chart.setFlow({point(QDate(2016, 1, 1), 3, 1)});
    QVERIFY(!chart.isShowingMessage());
    QVERIFY(chart.message().isEmpty());

    chart.setFlow({});
    QVERIFY(chart.isShowingMessage());
    QCOMPARE(chart.filedSeries()->count(), 0);
}

void TestMainWindow::chartFollowsLanguageChange()
{
    MonthlyFlowChart chart;
    chart.setLoading();
    QCOMPARE(chart.filedSeries()->name(), QStringLiteral("Filed"));
    QCOMPARE(chart.message(), QStringLiteral("Loading…"));

    FakeChinese chinese;
    QCoreApplication::installTranslator(&chinese);
    QTRY_COMPARE(chart.filedSeries()->name(), QString::fromUtf8("立案"));
    QCOMPARE(chart.message(), QString::fromUtf8("正在加载…"));

    QCoreApplication::removeTranslator(&chinese);
    QTRY_COMPARE(chart.filedSeries()->name(), QStringLiteral("Filed"));
    QCOMPARE(chart.message(), QStringLiteral("Loading…"));
}

void TestMainWindow::chartPlotsMonthlyFlow_data()
{
    QTest::addColumn<QList<MonthlyPoint>>("flow");
    QTest::addColumn<QList<QPointF>>("filed");
    QTest::addColumn<QList<QPointF>>("closed");

    QTest::newRow("one month") << QList<MonthlyPoint> {point(QDate(2018, 12, 1), 7, 9)}
                               << QList<QPointF> {{midMonth(2018, 12), 7}}
                               << QList<QPointF> {{midMonth(2018, 12), 9}};
    QTest::newRow("across a year end")
        << QList<MonthlyPoint> {point(QDate(2015, 11, 1), 10, 2), point(QDate(2015, 12, 1), 4, 30),
               point(QDate(2016, 1, 1), 0, 5)}
        << QList<QPointF> {{midMonth(2015, 11), 10}, {midMonth(2015, 12), 4}, {midMonth(2016, 1), 0}}
        << QList<QPointF> {{midMonth(2015, 11), 2}, {midMonth(2015, 12), 30}, {midMonth(2016, 1), 5}};
}

void TestMainWindow::chartPlotsMonthlyFlow()
{
    QFETCH(QList<MonthlyPoint>, flow);
    QFETCH(QList<QPointF>, filed);
    QFETCH(QList<QPointF>, closed);

    MonthlyFlowChart chart;
    chart.setFlow(flow);
    QCOMPARE(chart.filedSeries()->points(), filed);
    QCOMPARE(chart.closedSeries()->points(), closed);
    // Every point lies inside the date axis.
    QVERIFY(qreal(chart.dateAxis()->min().toMSecsSinceEpoch()) <= filed.constFirst().x());
    QVERIFY(qreal(chart.dateAxis()->max().toMSecsSinceEpoch()) >= filed.constLast().x());
}

void TestMainWindow::importsFileAndReloadsFlow()
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
    QCOMPARE(snapshot.flow.size(), 3);

    MonthlyFlowChart chart;
    chart.setFlow(snapshot.flow);
    QCOMPARE(chart.filedSeries()->points(),
        (QList<QPointF> {{midMonth(2016, 1), 2}, {midMonth(2016, 2), 1}, {midMonth(2016, 3), 1}}));
    QCOMPARE(chart.closedSeries()->points(),
        (QList<QPointF> {{midMonth(2016, 1), 0}, {midMonth(2016, 2), 1}, {midMonth(2016, 3), 2}}));
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
    QVERIFY(reload.snapshot(0).flow.isEmpty());
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
    QVERIFY(!run.snapshot(0).error.isEmpty());

    MonthlyFlowChart chart;
    chart.setLoadError(run.snapshot(0).error);
    QVERIFY(chart.isShowingMessage());
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
    QVERIFY(run.wait());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
