#include "TestSupport.h"
#include "store/CaseWriter.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caseload;
using test::allCases;

namespace {

CaseRecord makeCase(int sequence, QDate filed, QDate closed = {}, ClosureMethod method = ClosureMethod::None)
{
    CaseRecord r;
    r.caseNumber = QStringLiteral("（2016）京0105执%1号").arg(sequence);
    r.courtName = QStringLiteral("北京市朝阳区人民法院");
    r.courtCode = QStringLiteral("京0105");
    r.type = CaseType::FirstEnforcement;
    r.cause = sequence % 2 ? QStringLiteral("民间借贷纠纷") : QStringLiteral("买卖合同纠纷");
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = method;
    r.appliedFen = 100000 + sequence;
    if (closed.isValid())
        r.recoveredFen = 5000;
    r.handler = QStringLiteral("张法官");
    r.deductedDays = sequence % 3 ? 0 : 15;
    r.hasProperty = sequence % 2 == 0;
    r.networkInquiryOn = filed.addDays(5);
    return r;
}

CaseWriter::Options allFields(bool portable)
{
    CaseWriter::Options options;
    options.present.fill(true);
    options.forcePortable = portable;
    return options;
}

bool writeAll(Store &store, const QList<CaseRecord> &cases, bool portable, ImportRecord *record)
{
    CaseWriter writer(store);
    QString error;
    record->fileName = QStringLiteral("test.csv");
    record->importedAt = QDateTime::currentDateTimeUtc();
    record->encoding = QStringLiteral("utf-8");
    bool ok = writer.begin(allFields(portable), *record, &error);
    for (const CaseRecord &r : cases)
        ok = ok && writer.write(r, CaseNumber::parse(r.caseNumber), &error);
    record->rowsRead = record->accepted = cases.size();
    ok = ok && writer.commit(record, &error);
    if (!ok)
        qWarning("write failed: %s", qPrintable(error));
    return ok;
}

} // namespace

class tst_Store : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void createsFolderSchemaAndWal();
    void refusesADatabaseFromANewerVersion();
    void refusesAFileThatIsNotADatabase();
    void monthlyFlowIncludesEmptyMonths();
    void portableAndNativeWritersAgree_data();
    void portableAndNativeWritersAgree();
    void unfinishedWriterChangesNothing();
    void reopenedStoreKeepsCasesAndHistory();
};

void tst_Store::createsFolderSchemaAndWal()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("a/b/c/cases.sqlite"));
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    const QStringList tables = store->database().tables();
    for (const char *table :
        {"cases", "courts", "causes", "handlers", "departments", "imports", "mapping_profiles"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(store->caseCount(), 0);
    QVERIFY(store->monthlyFlow().isEmpty());
}

void tst_Store::refusesADatabaseFromANewerVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QString error;
    {
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET version = 99")));
    }
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(error.contains(path));
}

void tst_Store::refusesAFileThatIsNotADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
    QVERIFY(test::writeText(path, QStringLiteral("案号,立案日期\n").repeated(200)));
    QString error;
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void tst_Store::monthlyFlowIncludesEmptyMonths()
{
    QString error;
    auto store = Store::open(m_dir.filePath(QStringLiteral("flow.sqlite")), &error);
    QVERIFY(store);
    ImportRecord record;
    QVERIFY(writeAll(*store,
        {makeCase(1, QDate(2016, 1, 5), QDate(2016, 3, 31), ClosureMethod::Performed),
            makeCase(2, QDate(2016, 1, 31)),
            makeCase(3, QDate(2016, 4, 1), QDate(2016, 4, 2), ClosureMethod::Cancelled)},
        false, &record));
    const QList<MonthlyFlow> flow = store->monthlyFlow(&error);
    QCOMPARE(flow.size(), 4); // January to April 2016, February empty
    QCOMPARE(flow[0].month, QDate(2016, 1, 1));
    QCOMPARE(flow[0].filed, 2);
    QCOMPARE(flow[0].closed, 0);
    QCOMPARE(flow[1].month, QDate(2016, 2, 1));
    QCOMPARE(flow[1].filed, 0);
    QCOMPARE(flow[1].closed, 0);
    QCOMPARE(flow[2].closed, 1);
    QCOMPARE(flow[3].filed, 1);
    QCOMPARE(flow[3].closed, 1);
}

void tst_Store::portableAndNativeWritersAgree_data()
{
    QTest::addColumn<bool>("portable");
    QTest::newRow("native sqlite3") << false;
    QTest::newRow("portable QtSql") << true;
}

void tst_Store::portableAndNativeWritersAgree()
{
    QFETCH(bool, portable);
    QString error;
    auto store = Store::open(m_dir.filePath(QStringLiteral("writer%1.sqlite").arg(portable)), &error);
    QVERIFY(store);
    QList<CaseRecord> cases;
    for (int i = 1; i <= 50; ++i)
        cases.append(makeCase(i, QDate(2016, 1, 1).addDays(i)));
    ImportRecord first;
    QVERIFY(writeAll(*store, cases, portable, &first));
    QCOMPARE(first.inserted, 50);
    QCOMPARE(allCases(*store).size(), 50);

    // Second write: 10 cases closed since, 1 new, the rest the same.
    for (int i = 0; i < 10; ++i) {
        cases[i].closedOn = cases[i].filedOn.addDays(30);
        cases[i].closureMethod = ClosureMethod::TerminatedThisRound;
    }
    cases.append(makeCase(51, QDate(2016, 5, 1)));
    ImportRecord second;
    QVERIFY(writeAll(*store, cases, portable, &second));
    QCOMPARE(second.inserted, 1);
    QCOMPARE(second.updated, 10);
    QCOMPARE(second.unchanged, 40);
    std::sort(cases.begin(), cases.end(),
        [](const CaseRecord &a, const CaseRecord &b) { return a.caseNumber < b.caseNumber; });
    QCOMPARE(allCases(*store), cases);
    const auto history = store->importHistory();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].updated, 10);
    QCOMPARE(history[1].inserted, 50);
}

void tst_Store::unfinishedWriterChangesNothing()
{
    QString error;
    auto store = Store::open(m_dir.filePath(QStringLiteral("rollback.sqlite")), &error);
    QVERIFY(store);
    {
        CaseWriter writer(*store);
        ImportRecord record;
        record.fileName = QStringLiteral("x.csv");
        QVERIFY(writer.begin(allFields(false), record, &error));
        for (int i = 1; i <= 100; ++i)
            QVERIFY(writer.write(
                makeCase(i, QDate(2016, 2, 1)), CaseNumber::parse(makeCase(i, {}).caseNumber), &error));
    } // destroyed without commit
    QCOMPARE(store->caseCount(), 0);
    QVERIFY(store->importHistory().isEmpty());
    // The indexes dropped for the bulk load are back.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'cases_%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_Store::reopenedStoreKeepsCasesAndHistory()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    QString error;
    {
        auto store = Store::open(path, &error);
        ImportRecord record;
        QVERIFY(writeAll(*store, {makeCase(7, QDate(2016, 6, 1))}, false, &record));
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("sig"), QStringLiteral("june.csv"), QStringLiteral("{}")));
    }
    auto store = Store::open(path, &error);
    QVERIFY(store);
    QCOMPARE(store->caseCount(), 1);
    QCOMPARE(store->importHistory().size(), 1);
    QCOMPARE(store->mappingProfile(QStringLiteral("sig")), QStringLiteral("{}"));
    QCOMPARE(store->findCase(u"(2016)京0105执7号")->networkInquiryOn, QDate(2016, 6, 6));
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
