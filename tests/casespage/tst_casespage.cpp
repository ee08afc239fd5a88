#include "TestSupport.h"
#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "cases/CaseDetailDialog.h"
#include "cases/CaseListModel.h"
#include "cases/CasesPage.h"
#include "domain/DayNumber.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace caseload;

namespace {

const QString courtNames[3] = {
    QStringLiteral("北京市朝阳区人民法院"),
    QStringLiteral("北京市海淀区人民法院"),
    QStringLiteral("北京市东城区人民法院"),
};
const QString courtCodes[3] = {QStringLiteral("京0105"), QStringLiteral("京0108"), QStringLiteral("京0101")};

// 500 cases filed over 2016 in three courts.
QList<CaseRecord> fixture()
{
    QList<CaseRecord> cases;
    for (int i = 1; i <= 500; ++i) {
        const int court = i % 3;
        CaseRecord r;
        r.caseNumber = QStringLiteral("（2016）%1执%2号").arg(courtCodes[court]).arg(i);
        r.courtName = courtNames[court];
        r.courtCode = courtCodes[court];
        r.type = i % 10 == 0 ? CaseType::Resumed : CaseType::FirstEnforcement;
        r.cause = QStringLiteral("民间借贷纠纷");
        r.filedOn = QDate(2016, 1, 1).addDays(i * 11 % 366);
        if (i % 3 != 0) {
            r.closedOn = r.filedOn.addDays(15 + i % 170);
            r.closureMethod = i % 3 == 1 ? ClosureMethod::Performed : ClosureMethod::TerminatedThisRound;
        }
        r.appliedFen = qint64(i) * 10000 + 25;
        r.handler = QStringLiteral("承办人%1").arg(i % 5);
        r.deductedDays = i % 7;
        r.extensionDays = i % 4 == 0 ? 30 : 0;
        r.hasProperty = i % 2 == 0;
        if (i % 5 == 0)
            r.networkInquiryOn = r.filedOn.addDays(10);
        cases.append(r);
    }
    return cases;
}

bool inMarch(const CaseRecord &r)
{
    return r.filedOn >= QDate(2016, 3, 1) && r.filedOn <= QDate(2016, 3, 31);
}

} // namespace

class TestCasesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drillDownListsFiledInMonth();
    void searchNarrows();
    void showAllResets();
    void hiddenPageWaits();
    void detailDialog();
    void renders();
    void millionRowsScroll();

private:
    DashboardData data() const;
    DrillDown march() const;
    QStringList listedNumbers(CasesPage &page);

    QTemporaryDir m_dir;
    QString m_path;
    QList<CaseRecord> m_cases;
    std::shared_ptr<const CaseTable> m_table;
};

void TestCasesPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("cases.sqlite"));
    m_cases = fixture();
    m_table = test::storeAndLoad(m_path, m_cases);
    QVERIFY(m_table);
}

DashboardData TestCasesPage::data() const
{
    DashboardData data;
    data.storeLocation = m_path;
    data.table = m_table;
    data.input.filter.from = QDate(2016, 1, 1);
    data.input.filter.to = QDate(2016, 12, 31);
    QString error;
    auto result = Analytics::compute(*m_table, data.input, &error);
    if (!result)
        qFatal("compute failed: %s", qPrintable(error));
    data.result = std::make_shared<const AnalyticsResult>(std::move(*result));
    data.allCourts = data.result;
    return data;
}

DrillDown TestCasesPage::march() const
{
    DrillDown drill;
    drill.subset.kind = CaseSubset::Kind::Filed;
    drill.subset.from = QDate(2016, 3, 1);
    drill.subset.to = QDate(2016, 3, 31);
    drill.title = QStringLiteral("Filed in March 2016");
    return drill;
}

// The case numbers of every listed row, once fetched.
QStringList TestCasesPage::listedNumbers(CasesPage &page)
{
    CaseListModel *model = page.model();
    for (int row = 0; row < model->rowCount(); ++row)
        model->data(model->index(row, CaseListModel::CaseNumber));
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!QTest::qWaitFor([&] { return !model->caseNumber(row).isEmpty(); }, 5000))
            return {};
        numbers.append(model->caseNumber(row));
    }
    return numbers;
}

void TestCasesPage::drillDownListsFiledInMonth()
{
    CasesPage page;
    page.setData(data());
    QSignalSpy shown(&page, &CasesPage::rowsShown);
    page.showDrillDown(march());
    QVERIFY(page.isBusy());
    QVERIFY(shown.wait(5000));
    QVERIFY(!page.isBusy());

    QStringList expected;
    for (const CaseRecord &r : std::as_const(m_cases)) {
        if (inMarch(r))
            expected.append(r.caseNumber);
    }
    QVERIFY(expected.size() > 20);
    QCOMPARE(page.model()->rowCount(), int(expected.size()));
    QStringList listed = listedNumbers(page);
    // Oldest filing first.
    for (int row = 1; row < page.model()->rowCount(); ++row)
        QVERIFY(m_table->filedDay(page.model()->tableRow(row - 1))
            <= m_table->filedDay(page.model()->tableRow(row)));
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(page.headingText(), QStringLiteral("Filed in March 2016"));
    QCOMPARE(page.countText(), QStringLiteral("%1 cases").arg(expected.size()));
}

void TestCasesPage::searchNarrows()
{
    CasesPage page;
    page.setData(data());
    QSignalSpy shown(&page, &CasesPage::rowsShown);
    page.showDrillDown(march());
    QVERIFY(shown.wait(5000));
    const int all = page.model()->rowCount();

    // Typed with ASCII brackets and a blank: matched as the store spells case numbers.
    shown.clear();
    page.searchBox()->setText(QStringLiteral("(2016) 京0105执1"));
    QVERIFY(shown.wait(5000)); // after the debounce
    QStringList expected;
    for (const CaseRecord &r : std::as_const(m_cases)) {
        if (inMarch(r) && r.caseNumber.contains(QStringLiteral("（2016）京0105执1")))
            expected.append(r.caseNumber);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < all);
    QStringList listed = listedNumbers(page);
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(page.countText(), QStringLiteral("%1 of %2 cases").arg(expected.size()).arg(all));

    // LIKE wildcards are taken literally.
    shown.clear();
    page.searchBox()->setText(QStringLiteral("_"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.model()->rowCount(), 0);

    shown.clear();
    page.searchBox()->clear();
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.model()->rowCount(), all);
}

void TestCasesPage::showAllResets()
{
    CasesPage page;
    const DashboardData d = data();
    page.setData(d);
    QSignalSpy shown(&page, &CasesPage::rowsShown);
    page.showDrillDown(march());
    QVERIFY(shown.wait(5000));
    shown.clear();
    page.showAll();
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.headingText(), QStringLiteral("All cases matching the filter"));
    QCOMPARE(page.model()->rowCount(), int(m_cases.size()));
    QCOMPARE(qint64(page.model()->rowCount()), d.result->casesSelected);
    QCOMPARE(page.countText(), QStringLiteral("500 cases"));
}

void TestCasesPage::hiddenPageWaits()
{
    CasesPage page;
    QSignalSpy shown(&page, &CasesPage::rowsShown);
    page.setData(data());
    QVERIFY(!page.isBusy());
    QTest::qWait(100);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(page.model()->rowCount(), 0);
    page.show();
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.model()->rowCount(), int(m_cases.size()));
    // Visible: a new refresh recomputes at once.
    shown.clear();
    page.setData(data());
    QVERIFY(page.isBusy());
    QVERIFY(shown.wait(5000));
}

void TestCasesPage::detailDialog()
{
    CasesPage page;
    page.resize(1200, 700);
    page.setData(data());
    QSignalSpy shown(&page, &CasesPage::rowsShown);
    page.showDrillDown(march());
    QVERIFY(shown.wait(5000));

    // Opened before the row's case number was fetched: looked up by store id.
    const int row = 3;
    const qint64 tableRow = page.model()->tableRow(row);
    QVERIFY(page.model()->caseNumber(row).isEmpty());
    CaseDetailDialog *dialog = page.openCase(row);
    QVERIFY(dialog);
    QCOMPARE(page.findChild<CaseDetailDialog *>(), dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    QVERIFY(dialog->record());
    const QString number = dialog->value(QStringLiteral("caseNumber"));
    const auto it = std::find_if(
        m_cases.cbegin(), m_cases.cend(), [&](const CaseRecord &r) { return r.caseNumber == number; });
    QVERIFY(it != m_cases.cend());
    const CaseRecord &r = *it;
    QCOMPARE(toDayNumber(r.filedOn), qint64(m_table->filedDay(tableRow)));
    QCOMPARE(dialog->value(QStringLiteral("court")), QStringLiteral("%1 (%2)").arg(r.courtName, r.courtCode));
    QCOMPARE(dialog->value(QStringLiteral("filed")), r.filedOn.toString(Qt::ISODate));
    QCOMPARE(dialog->value(QStringLiteral("closed")),
        r.isClosed() ? r.closedOn.toString(Qt::ISODate) : QStringLiteral("pending"));
    QCOMPARE(dialog->value(QStringLiteral("cause")), r.cause);
    QCOMPARE(dialog->value(QStringLiteral("handler")), r.handler);
    QCOMPARE(dialog->value(QStringLiteral("applied")),
        QLocale().toString(*r.appliedFen / 100)
            + QStringLiteral(".%1").arg(*r.appliedFen % 100, 2, 10, QLatin1Char('0')));
    QCOMPARE(dialog->value(QStringLiteral("deducted")), QString::number(r.deductedDays));
    QCOMPARE(dialog->value(QStringLiteral("extension")), QString::number(r.extensionDays));
    QCOMPARE(dialog->value(QStringLiteral("property")),
        *r.hasProperty ? QStringLiteral("yes") : QStringLiteral("no"));
    QCOMPARE(dialog->value(QStringLiteral("parties")), QStringLiteral("not stored"));
    // Deadline by hand: filing + 6 months + extension + deducted days.
    QCOMPARE(dialog->value(QStringLiteral("deadline")),
        r.filedOn.addMonths(6).addDays(r.extensionDays + r.deductedDays).toString(Qt::ISODate));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    dialog->grab().save(QStringLiteral("/tmp/shots/case-detail.png"));
    dialog->close();
    QTRY_VERIFY(!page.findChild<CaseDetailDialog *>());

    // Enter on the current row opens the same way.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.table(), Qt::Key_Return);
    CaseDetailDialog *second = page.findChild<CaseDetailDialog *>();
    QVERIFY(second);
    QVERIFY(second->record());
    second->close();
}

void TestCasesPage::renders()
{
    CasesPage page;
    page.resize(1366, 768);
    page.setData(data());
    QSignalSpy shown(&page, &CasesPage::rowsShown);
    page.showDrillDown(march());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!shown.isEmpty());
    QSignalSpy fetched(page.model(), &CaseListModel::caseNumbersFetched);
    page.grab(); // paints the rows, which asks for their case numbers
    QVERIFY(fetched.wait(5000));
    const QImage image = page.grab().toImage();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(image.save(QStringLiteral("/tmp/shots/cases.png")));
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    const int total = ((image.height() + 1) / 2) * ((image.width() + 1) / 2);
    const int most = *std::max_element(counts.cbegin(), counts.cend());
    QVERIFY2(counts.size() > 20, "too few colours");
    QVERIFY2(most < total * 0.9, "one colour covers 90% of the page");
}

// Measured, not asserted: a million-row list must paint and scroll without measuring rows.
void TestCasesPage::millionRowsScroll()
{
    CasesPage page;
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    std::vector<quint32> rows(1'000'000);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = quint32(i % size_t(m_table->size()));
    QElapsedTimer timer;
    timer.start();
    page.model()->setRows(m_table, std::move(rows), m_path, {}, QDate(2016, 12, 31));
    page.grab();
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    for (int step = 1; step <= 20; ++step) {
        page.table()->verticalScrollBar()->setValue(page.table()->verticalScrollBar()->maximum() * step / 20);
        page.grab();
    }
    const double scrollMs = double(timer.nsecsElapsed()) / 1e6 / 20;
    QSignalSpy fetched(page.model(), &CaseListModel::caseNumbersFetched);
    QVERIFY(fetched.wait(5000));
    qInfo("1,000,000 rows in the view: setRows + first paint %.1f ms, a jump and repaint %.1f ms", firstMs,
        scrollMs);
}

QTEST_MAIN(TestCasesPage)
#include "tst_casespage.moc"
