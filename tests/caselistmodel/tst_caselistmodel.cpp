#include "TestSupport.h"
#include "analytics/CaseTable.h"
#include "cases/CaseListModel.h"
#include "cases/CaseNumberSearch.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace caseload;

namespace {

constexpr int CaseCount = 600; // three chunks of 256 rows, the last one partial

const QString courts[3] = {
    QStringLiteral("北京市朝阳区人民法院"),
    QStringLiteral("北京市海淀区人民法院"),
    QStringLiteral("北京市东城区人民法院"),
};
const QString codes[3] = {QStringLiteral("京0105"), QStringLiteral("京0108"), QStringLiteral("京0101")};

qint64 appliedOf(int i)
{
    return i == 1 ? 123456789 : qint64(i) * 100 + 50;
}

// Case i: its applied amount identifies it, so a row's expected case number comes from the table's
// amount column, not from the model.
CaseRecord makeCase(int i)
{
    CaseRecord r;
    const int court = i % 3;
    r.caseNumber = QStringLiteral("（2016）%1执%2号").arg(codes[court]).arg(i);
    r.courtName = courts[court];
    r.courtCode = codes[court];
    r.type = CaseType::FirstEnforcement;
    r.cause = QStringLiteral("民间借贷纠纷");
    r.filedOn = QDate(2016, 1, 1).addDays(i % 200);
    if (i % 2 == 0) {
        r.closedOn = r.filedOn.addDays(30 + i % 50);
        r.closureMethod = ClosureMethod::Performed;
        r.recoveredFen = qint64(i) * 10;
    }
    r.appliedFen = appliedOf(i);
    r.handler = QStringLiteral("承办人%1").arg(i % 7);
    if (i == 1) {
        // Pending, filed 2016-03-01: deadline 2016-09-01 + 10 extension + 5 deducted = 2016-09-16.
        r.filedOn = QDate(2016, 3, 1);
        r.extensionDays = 10;
        r.deductedDays = 5;
        r.handler = QStringLiteral("张三");
    }
    return r;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void caseNumbersArriveAndMatch();
    void columnsShowTheTable();
    void staleChunkDropped();
    void unreadableStoreFails();
    void millionRows();
    void likePattern_data();
    void likePattern();

private:
    std::vector<quint32> reversedRows() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const CaseTable> m_table;
    QHash<qint64, QString> m_numberByApplied;
};

void TestCaseListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("cases.sqlite"));
    QList<CaseRecord> cases;
    for (int i = 1; i <= CaseCount; ++i) {
        cases.append(makeCase(i));
        m_numberByApplied.insert(appliedOf(i), cases.last().caseNumber);
    }
    m_table = test::storeAndLoad(m_path, cases);
    QVERIFY(m_table);
    QCOMPARE(m_table->size(), CaseCount);
}

std::vector<quint32> TestCaseListModel::reversedRows() const
{
    std::vector<quint32> rows(size_t(m_table->size()));
    std::iota(rows.rbegin(), rows.rend(), 0u);
    return rows;
}

void TestCaseListModel::modelTester()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_table, reversedRows(), m_path, {}, QDate(2016, 9, 10));
    QCOMPARE(model.rowCount(), CaseCount);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseListModel::caseNumbersArriveAndMatch()
{
    CaseListModel model;
    QSignalSpy fetched(&model, &CaseListModel::caseNumbersFetched);
    QSignalSpy changed(&model, &CaseListModel::dataChanged);
    model.setRows(m_table, reversedRows(), m_path, {}, QDate(2016, 9, 10));

    // Before the fetch: an ellipsis, and no case number.
    QCOMPARE(model.data(model.index(300, CaseListModel::CaseNumber)).toString(), QStringLiteral("…"));
    QVERIFY(model.caseNumber(300).isEmpty());
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(fetched.at(0).at(0).toInt(), 256);
    QCOMPARE(fetched.at(0).at(1).toInt(), 511);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 256);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 511);

    // Every row's number, the partial last chunk included.
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, CaseListModel::CaseNumber));
    QTRY_COMPARE(fetched.size(), 3);
    QCOMPARE(fetched.last().at(1).toInt(), CaseCount - 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 tableRow = model.tableRow(row);
        QCOMPARE(tableRow, qint64(CaseCount - 1 - row));
        const QString expected = m_numberByApplied.value(m_table->amountAppliedFen(tableRow));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.caseNumber(row), expected);
        QCOMPARE(model.data(model.index(row, CaseListModel::CaseNumber)).toString(), expected);
        QCOMPARE(model.data(model.index(row, CaseListModel::Court), CaseListModel::TableRowRole).toLongLong(),
            tableRow);
        QCOMPARE(model.data(model.index(row, CaseListModel::Court), CaseListModel::StoreIdRole).toLongLong(),
            m_table->storeId(tableRow));
    }
}

void TestCaseListModel::columnsShowTheTable()
{
    CaseListModel model;
    model.setRows(m_table, reversedRows(), m_path, {}, QDate(2016, 9, 10));
    int special = -1;
    int closed = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 fen = m_table->amountAppliedFen(model.tableRow(row));
        if (fen == appliedOf(1))
            special = row;
        if (fen == appliedOf(42))
            closed = row;
    }
    QVERIFY(special >= 0 && closed >= 0);
    auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };

    // Case 1: pending, filed 2016-03-01, 193 days to the as-of date 2016-09-10, deadline 2016-09-16.
    QCOMPARE(text(special, CaseListModel::Court), courts[1]);
    QCOMPARE(text(special, CaseListModel::Type), QStringLiteral("First enforcement"));
    QCOMPARE(text(special, CaseListModel::Cause), QStringLiteral("民间借贷纠纷"));
    QCOMPARE(text(special, CaseListModel::Filed), QStringLiteral("2016-03-01"));
    QCOMPARE(text(special, CaseListModel::Closed), QString());
    QCOMPARE(text(special, CaseListModel::Method), QString());
    QCOMPARE(text(special, CaseListModel::Days), QStringLiteral("193"));
    QCOMPARE(text(special, CaseListModel::Deadline), QStringLiteral("2016-09-16"));
    QCOMPARE(text(special, CaseListModel::DaysLeft), QStringLiteral("6"));
    QCOMPARE(text(special, CaseListModel::Applied), QStringLiteral("1,234,567.89"));
    QCOMPARE(text(special, CaseListModel::Recovered), QString());
    QCOMPARE(text(special, CaseListModel::Handler), QStringLiteral("张三"));

    // Case 42: filed 2016-01-01 + 42 days = 2016-02-12, closed 30 + 42 days later = 2016-04-24,
    // applied 42.50 yuan, recovered 4.20 yuan; deadline 2016-08-12.
    QCOMPARE(text(closed, CaseListModel::Court), courts[0]);
    QCOMPARE(text(closed, CaseListModel::Filed), QStringLiteral("2016-02-12"));
    QCOMPARE(text(closed, CaseListModel::Closed), QStringLiteral("2016-04-24"));
    QCOMPARE(text(closed, CaseListModel::Method), QStringLiteral("Performed"));
    QCOMPARE(text(closed, CaseListModel::Days), QStringLiteral("72"));
    QCOMPARE(text(closed, CaseListModel::Deadline), QStringLiteral("2016-08-12"));
    QCOMPARE(text(closed, CaseListModel::DaysLeft), QString());
    QCOMPARE(text(closed, CaseListModel::Applied), QStringLiteral("42.50"));
    QCOMPARE(text(closed, CaseListModel::Recovered), QStringLiteral("4.20"));
    QCOMPARE(text(closed, CaseListModel::Handler), QStringLiteral("承办人0"));

    const auto right = int(Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.data(model.index(closed, CaseListModel::Applied), Qt::TextAlignmentRole).toInt(), right);
    QCOMPARE(model.data(model.index(closed, CaseListModel::Days), Qt::TextAlignmentRole).toInt(), right);
    QVERIFY(model.data(model.index(closed, CaseListModel::Court), Qt::TextAlignmentRole).toInt() != right);
    QCOMPARE(model.headerData(CaseListModel::CaseNumber, Qt::Horizontal).toString(),
        QStringLiteral("Case number"));
}

void TestCaseListModel::staleChunkDropped()
{
    CaseListModel model;
    QSignalSpy fetched(&model, &CaseListModel::caseNumbersFetched);
    QSignalSpy changed(&model, &CaseListModel::dataChanged);
    std::vector<quint32> forward(size_t(m_table->size()));
    std::iota(forward.begin(), forward.end(), 0u);
    model.setRows(m_table, forward, m_path, {}, {});
    model.data(model.index(0, CaseListModel::CaseNumber)); // asks for chunk 0 of the first rows
    model.setRows(m_table, reversedRows(), m_path, {}, {}); // before its answer can arrive

    // The first generation's answer is dropped: no signal, no number (given time to arrive).
    QTest::qWait(300);
    QCOMPARE(fetched.size(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(model.caseNumber(0).isEmpty());

    model.data(model.index(0, CaseListModel::CaseNumber));
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(model.caseNumber(0), m_numberByApplied.value(m_table->amountAppliedFen(CaseCount - 1)));
}

void TestCaseListModel::unreadableStoreFails()
{
    CaseListModel model;
    QSignalSpy failed(&model, &CaseListModel::fetchFailed);
    model.setRows(m_table, reversedRows(), QStringLiteral("/proc/caseload-none/cases.sqlite"), {}, {});
    model.data(model.index(0, CaseListModel::CaseNumber));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("/proc/caseload-none/cases.sqlite")));
    // No retry loop: the column stays empty.
    QCOMPARE(model.data(model.index(0, CaseListModel::CaseNumber)).toString(), QString());
    QTest::qWait(50);
    QCOMPARE(failed.size(), 1);
}

void TestCaseListModel::millionRows()
{
    constexpr int Rows = 1'000'000;
    std::vector<quint32> rows(Rows);
    for (int i = 0; i < Rows; ++i)
        rows[size_t(i)] = quint32(i % CaseCount);

    CaseListModel model;
    QSignalSpy fetched(&model, &CaseListModel::caseNumbersFetched);
    QElapsedTimer timer;
    timer.start();
    model.setRows(m_table, std::move(rows), m_path, {}, QDate(2016, 9, 10));
    const double setMs = double(timer.nsecsElapsed()) / 1e6;
    QCOMPARE(model.rowCount(), Rows);

    // A screenful (40 rows x every column) far down the list, as a view paints it.
    timer.restart();
    for (int row = 700'000; row < 700'040; ++row)
        for (int column = 0; column < CaseListModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    const double paintMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    QVERIFY(fetched.wait(5000));
    QCOMPARE(fetched.size(), 1);
    const double fetchMs = double(timer.nsecsElapsed()) / 1e6;
    QCOMPARE(
        model.caseNumber(700'000), m_numberByApplied.value(m_table->amountAppliedFen(700'000 % CaseCount)));

    // A second reset on the same size (the Cases page after a filter change).
    std::vector<quint32> again(Rows, 0);
    timer.restart();
    model.setRows(m_table, std::move(again), m_path, {}, {});
    const double resetMs = double(timer.nsecsElapsed()) / 1e6;
    qInfo("1,000,000 rows: setRows %.3f ms, a screenful of data() %.3f ms, its case numbers %.1f ms, "
          "second setRows %.3f ms",
        setMs, paintMs, fetchMs, resetMs);
}

void TestCaseListModel::likePattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("plain") << QStringLiteral("执12") << QStringLiteral("%执12%");
    QTest::newRow("ascii brackets, blanks") << QStringLiteral(" (2016) 京") << QStringLiteral("%（2016）京%");
    QTest::newRow("wildcards escaped") << QStringLiteral("5%_") << QStringLiteral("%5\\%\\_%");
    QTest::newRow("escape escaped") << QStringLiteral("a\\b") << QStringLiteral("%a\\\\b%");
}

void TestCaseListModel::likePattern()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QCOMPARE(CaseNumberSearch::likePattern(text), pattern);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
