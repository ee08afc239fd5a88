#include "TestSupport.h"
#include "import/Importer.h"
#include "imports/ImportHistoryModel.h"
#include "imports/ImportsPage.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace caseload;

namespace {

const QString header = QStringLiteral("案号,经办法院,案件类型,案由,立案日期,结案日期,结案方式,"
                                      "申请执行标的金额(元),实际到位金额(元),承办人,扣除审限天数\n");

QString row(int sequence, const QString &filed)
{
    return QStringLiteral(
        "（2016）京0105执%1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,%2,,,1000,0,张三,0\n")
        .arg(sequence)
        .arg(filed);
}

} // namespace

class tst_ImportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheImports();
    void rejectReportButtonFollowsTheSelection();
    void importButtonRequestsAnImport();
    void importButtonFollowsThePermission();
    void reloadsAfterAnImport();
    void rendersToPng();
    void olderRowsAddUp();

private:
    /// Shows `page` on the store and waits for its history.
    bool showOn(ImportsPage &page, const QString &location);

    QTemporaryDir m_dir;
    QString m_location;
    QString m_reportPath;
};

void tst_ImportsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = m_dir.filePath(QStringLiteral("cases.sqlite"));
    QString error;
    auto store = Store::open(m_location, &error);
    QVERIFY2(store, qPrintable(error));

    // First file: 4 good rows. Second: 3 rows, one with an impossible date, and case 2 again unchanged.
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    const QString second = m_dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(test::writeText(first,
        header + row(1, QStringLiteral("2016-01-05")) + row(2, QStringLiteral("2016-01-06"))
            + row(3, QStringLiteral("2016-01-07")) + row(4, QStringLiteral("2016-01-08"))));
    QVERIFY(test::writeText(second,
        header + row(2, QStringLiteral("2016-01-06")) + row(5, QStringLiteral("2016-13-01"))
            + row(6, QStringLiteral("2016-02-01")),
        "GB18030"));
    Importer importer(*store);
    ImportOptions options;
    options.rejectReportPath = m_dir.filePath(QStringLiteral("first-rejects.csv"));
    ImportSummary summary = importer.importFile(first, options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QVERIFY(summary.rejectReportPath.isEmpty()); // no reject, no report
    options.rejectReportPath = m_dir.filePath(QStringLiteral("second-rejects.csv"));
    summary = importer.importFile(second, options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rejected, 1);
    m_reportPath = summary.rejectReportPath;
    QVERIFY(QFile::exists(m_reportPath));
}

bool tst_ImportsPage::showOn(ImportsPage &page, const QString &location)
{
    QSignalSpy loaded(&page, &ImportsPage::historyLoaded);
    DashboardData data;
    data.storeLocation = location;
    page.setData(data);
    page.show();
    return loaded.wait(5000) || loaded.size() > 0;
}

void tst_ImportsPage::listsTheImports()
{
    ImportsPage page;
    QCOMPARE(page.key(), QStringLiteral("imports"));
    QVERIFY(showOn(page, m_location));
    const QAbstractItemModel *view = page.view()->model();
    QCOMPARE(view->rowCount(), 2);
    // Newest first. Worked out from the files: second.csv read 3 = accepted 2 + rejected 1,
    // accepted 2 = inserted 1 (case 6) + unchanged 1 (case 2); first.csv read 4 = 4 + 0, all inserted.
    struct Expected
    {
        const char *file;
        const char *encoding;
        qint64 read, accepted, rejected, inserted, updated, unchanged;
    };
    const Expected expected[] = {
        {"second.csv", "gb18030", 3, 2, 1, 1, 0, 1},
        {"first.csv", "utf-8", 4, 4, 0, 4, 0, 0},
    };
    using C = ImportHistoryModel;
    for (int row = 0; row < 2; ++row) {
        const Expected &e = expected[row];
        auto cell
            = [&](int column, int role = Qt::DisplayRole) { return view->index(row, column).data(role); };
        QCOMPARE(cell(C::File).toString(), QString::fromLatin1(e.file));
        QVERIFY2(cell(C::Encoding).toString().compare(QLatin1String(e.encoding), Qt::CaseInsensitive) == 0,
            qPrintable(cell(C::Encoding).toString()));
        QCOMPARE(cell(C::Read, C::SortRole).toLongLong(), e.read);
        QCOMPARE(cell(C::Accepted, C::SortRole).toLongLong(), e.accepted);
        QCOMPARE(cell(C::Rejected, C::SortRole).toLongLong(), e.rejected);
        QCOMPARE(cell(C::Inserted, C::SortRole).toLongLong(), e.inserted);
        QCOMPARE(cell(C::Updated, C::SortRole).toLongLong(), e.updated);
        QCOMPARE(cell(C::Unchanged, C::SortRole).toLongLong(), e.unchanged);
        QCOMPARE(cell(C::Read).toString(), QString::number(e.read));
        QCOMPARE(cell(C::Check).toString(),
            QStringLiteral("✓ %1 = %2 + %3").arg(e.read).arg(e.accepted).arg(e.rejected));
        // Local time of the import, to the minute (the tooltip has the seconds and UTC).
        const QDateTime at = cell(C::ImportedAt, C::SortRole).toDateTime();
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(
            cell(C::ImportedAt).toString(), at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    QCOMPARE(view->index(0, C::RejectReport).data().toString(), QStringLiteral("second-rejects.csv"));
    QCOMPARE(view->index(1, C::RejectReport).data().toString(), QString());
}

void tst_ImportsPage::rejectReportButtonFollowsTheSelection()
{
    ImportsPage page;
    QVERIFY(showOn(page, m_location));
    QPushButton *button = page.rejectReportButton();
    QVERIFY(!button->isEnabled()); // nothing selected
    page.view()->selectRow(1); // first.csv: no rejects
    QCOMPARE(page.selectedImport()->fileName, QStringLiteral("first.csv"));
    QVERIFY(!button->isEnabled());
    page.view()->selectRow(0); // second.csv: a report
    QCOMPARE(page.selectedImport()->rejectReportPath, m_reportPath);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->toolTip(), m_reportPath);
    // The selection survives a reload.
    QSignalSpy loaded(&page, &ImportsPage::historyLoaded);
    page.reload();
    QVERIFY(loaded.wait(5000));
    QVERIFY(page.selectedImport());
    QCOMPARE(page.selectedImport()->fileName, QStringLiteral("second.csv"));
    QVERIFY(button->isEnabled());
}

void tst_ImportsPage::importButtonRequestsAnImport()
{
    ImportsPage page;
    QSignalSpy spy(&page, &ImportsPage::importRequested);
    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
}

void tst_ImportsPage::importButtonFollowsThePermission()
{
    ImportsPage page;
    const QString own = page.importButton()->toolTip();
    QVERIFY(page.importButton()->isEnabled());
    const QString reason = QStringLiteral("the database role 'analyst' may only read");
    page.setImportAllowed(false, reason);
    QVERIFY(!page.importButton()->isEnabled());
    QCOMPARE(page.importButton()->toolTip(), reason);
    // The page's own retranslation keeps the reason.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &languageChange);
    QVERIFY(!page.importButton()->isEnabled());
    QCOMPARE(page.importButton()->toolTip(), reason);
    page.setImportAllowed(true);
    QVERIFY(page.importButton()->isEnabled());
    QCOMPARE(page.importButton()->toolTip(), own);
}

void tst_ImportsPage::reloadsAfterAnImport()
{
    const QString location = m_dir.filePath(QStringLiteral("reload.sqlite"));
    ImportsPage page;
    QVERIFY(showOn(page, location));
    QCOMPARE(page.model()->rowCount(), 0);
    {
        QString error;
        auto store = Store::open(location, &error);
        QVERIFY2(store, qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("third.csv"));
        QVERIFY(test::writeText(file, header + row(7, QStringLiteral("2016-03-01"))));
        QVERIFY(Importer(*store).importFile(file, {}).ok);
    }
    // Same location, same (null) table: a filter change does not read again...
    DashboardData data;
    data.storeLocation = location;
    QSignalSpy loaded(&page, &ImportsPage::historyLoaded);
    page.setData(data);
    QVERIFY(!page.isLoading());
    // ...a new table (after an import the window reloads) does.
    data.table = std::make_shared<CaseTable>();
    page.setData(data);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->record(0).fileName, QStringLiteral("third.csv"));
}

void tst_ImportsPage::rendersToPng()
{
    ImportsPage page;
    page.resize(1100, 500);
    QVERIFY(showOn(page, m_location));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.view()->selectRow(0);
    const QImage image = page.grab().toImage();
    QVERIFY(test::nonBackgroundShare(image) > 0.05);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(image.save(QStringLiteral("/tmp/shots/imports.png")));
}

void tst_ImportsPage::olderRowsAddUp()
{
    // Rows of cases the database holds in a newer state are accepted but not applied ("older"): the
    // check counts them, and says so.
    ImportRecord record;
    record.rowsRead = 10;
    record.accepted = 9;
    record.rejected = 1;
    record.inserted = 4;
    record.updated = 2;
    record.unchanged = 1;
    record.older = 2;
    QVERIFY(ImportHistoryModel::countsAddUp(record));
    record.older = 1;
    QVERIFY(!ImportHistoryModel::countsAddUp(record));
    record.older = 2;
    ImportHistoryModel model;
    model.setHistory({record});
    const QString tip = model.data(model.index(0, ImportHistoryModel::Inserted), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("older 2")), qPrintable(tip));
}

QTEST_MAIN(tst_ImportsPage)
#include "tst_importspage.moc"
