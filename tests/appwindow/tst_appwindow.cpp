#include "DashboardView.h"
#include "ImportController.h"
#include "ImportSummaryDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "charts/InteractiveChartView.h"
#include "dashboard/DashboardController.h"
#include "trends/TrendsPage.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDropEvent>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace caseload;

namespace {

QAction *findAction(QWidget *root, const QString &text)
{
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

/// The main window as a user drives it: files dropped on it, menus, settings that persist.
class tst_AppWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings; ///< the window's preferences, in a file of the test's own

private slots:
    void initTestCase();
    void droppedFileIsImportedAndCharted();
    void importOptionsAndLanguagePersist();
    void filesMayBeDroppedOnAnyPage();
};

void tst_AppWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void tst_AppWindow::droppedFileIsImportedAndCharted()
{
    const QString csv = m_dir.filePath(QStringLiteral("dropped.csv"));
    // Two January filings, one February closure; line 4 has an impossible filing date.
    QVERIFY(test::writeText(csv,
        QStringLiteral("案号,经办法院,立案日期,结案日期,结案方式\n"
                       "（2016）京0105执1号,北京市朝阳区人民法院,2016-01-05,2016-02-10,执行完毕\n"
                       "（2016）京0105执2号,北京市朝阳区人民法院,2016-01-20,,\n"
                       "（2016）京0105执3号,北京市朝阳区人民法院,2016-02-30,,\n"),
        "GB18030"));
    MainWindow::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("window.sqlite"));
    MainWindow window(options, *m_settings);
    window.show();
    auto *controller = window.findChild<ImportController *>();
    QVERIFY(controller);
    QSignalSpy finished(controller, &ImportController::finished);
    QVERIFY(finished.wait(30000)); // the first load of the (empty) store

    QSignalSpy imported(controller, &ImportController::imported);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(30000));

    // The dashboard shows the imported cases: two filed in January 2016, one closed in February.
    DashboardController *dashboard = window.dashboard()->controller();
    QTRY_VERIFY(dashboard->current().result && dashboard->current().result->flow.filed == 2);
    QCOMPARE(dashboard->current().result->flow.closed, 1);
    auto *trends = qobject_cast<TrendsPage *>(window.dashboard()->page(QStringLiteral("trends")));
    QVERIFY(trends);
    QXYSeries *filed = nullptr;
    QXYSeries *closed = nullptr;
    const QList<QAbstractSeries *> series = trends->view(TrendsPage::Chart::Flow)->chart()->series();
    for (QAbstractSeries *s : series) {
        if (s->objectName() == QStringLiteral("filed"))
            filed = qobject_cast<QXYSeries *>(s);
        else if (s->objectName() == QStringLiteral("closed"))
            closed = qobject_cast<QXYSeries *>(s);
    }
    QVERIFY(filed && closed);
    QVERIFY(filed->count() >= 2); // the period ends with February 2016
    QCOMPARE(filed->at(filed->count() - 2).y(), 2.0);
    QCOMPARE(filed->at(filed->count() - 1).y(), 0.0);
    QCOMPARE(closed->at(closed->count() - 1).y(), 1.0);
    // The import ran with the window's defaults (automatic encoding: GB18030) and its summary,
    // naming the rejected row, is shown.
    QCOMPARE(imported.count(), 1);
    const auto summary = imported.at(0).at(0).value<ImportSummary>();
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.encoding, TextEncoding::Gb18030);
    QCOMPARE(summary.accepted, 2);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.firstRejects.at(0).line, 4);
    QVERIFY(ImportSummaryDialog::describeRejects(summary).contains(QStringLiteral("2016-02-30")));
    ImportSummaryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportSummaryDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void tst_AppWindow::importOptionsAndLanguagePersist()
{
    MainWindow::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("options.sqlite"));
    {
        MainWindow window(options, *m_settings);
        QAction *gb18030 = findAction(&window, QStringLiteral("GB18030"));
        QVERIFY(gb18030);
        gb18030->trigger();
        QAction *english = findAction(&window, QStringLiteral("English"));
        QVERIFY(english);
        english->trigger();
        QAction *keep = findAction(&window, QStringLiteral("Keep personal data of parties"));
        QVERIFY(keep);
        QVERIFY(!keep->isChecked()); // off unless the user asks
    }
    m_settings->sync();
    const QSettings stored(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(stored.value(QStringLiteral("import/encoding")).toString(), QStringLiteral("gb18030"));
    QCOMPARE(stored.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    // A new window starts with what was chosen.
    MainWindow window(options, *m_settings);
    QVERIFY(findAction(&window, QStringLiteral("GB18030"))->isChecked());
    QVERIFY(findAction(&window, QStringLiteral("English"))->isChecked());
}

void tst_AppWindow::filesMayBeDroppedOnAnyPage()
{
    const QString csv = m_dir.filePath(QStringLiteral("anywhere.csv"));
    QVERIFY(test::writeText(csv, QStringLiteral("案号,经办法院,立案日期\n")));
    MainWindow::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("anywhere.sqlite"));
    MainWindow window(options, *m_settings);
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    // A drag over a chart, a table or a form reaches the window, which takes the files.
    for (const QString &key :
        {QStringLiteral("trends"), QStringLiteral("cases"), QStringLiteral("settings")}) {
        window.dashboard()->showPage(key);
        QWidget *page = window.dashboard()->currentPage();
        QWidget *target = page->childAt(page->rect().center());
        QVERIFY2(target, qPrintable(key));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY2(enter.isAccepted(), qPrintable(key));
    }
}

QTEST_MAIN(tst_AppWindow)
#include "tst_appwindow.moc"
