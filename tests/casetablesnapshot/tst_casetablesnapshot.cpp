#include "PgTestServer.h"
#include "TestSupport.h"

#include "analytics/CaseTable.h"
#include "analytics/CaseTableSnapshot.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

using namespace caseload;

namespace {

/// `count` varied cases numbered from `first`: 6 courts, causes, handlers, pending and closed ones,
/// and values only the side table holds (deducted days past 65,534, an amount past 2^40 fen, a
/// measure 30,000 days after filing).
QList<CaseRecord> cases(int first, int count)
{
    QList<CaseRecord> out;
    for (int i = first; i < first + count; ++i) {
        CaseRecord r;
        r.caseNumber = QStringLiteral("（2016）京0105执%1号").arg(i);
        r.courtName = QStringLiteral("第%1基层法院").arg(i % 6 + 1);
        r.courtCode = QStringLiteral("京01%1").arg(i % 6 + 1, 2, 10, QLatin1Char('0'));
        r.type = CaseType(1 + i % 8);
        r.cause = i % 7 ? QStringLiteral("案由%1").arg(i % 7) : QString();
        r.handler = i % 9 ? QStringLiteral("承办人%1").arg(i % 9) : QString();
        r.filedOn = QDate(2015, 1, 1).addDays(i % 1500);
        if (i % 3) {
            r.closedOn = r.filedOn.addDays(i % 400);
            r.closureMethod = ClosureMethod(1 + i % 6);
            r.recoveredFen = qint64(i) * 13;
        }
        r.appliedFen = i % 997 == 0 ? (qint64(1) << 41) + i : qint64(i) * 100;
        r.deductedDays = i % 1009 == 0 ? 70000 : i % 5;
        r.extensionDays = i % 11 ? 0 : 30;
        if (i % 4)
            r.hasProperty = i % 4 == 1;
        if (i % 2)
            r.networkInquiryOn = r.filedOn.addDays(i % 1013 == 0 ? 30000 : i % 40 - 10);
        if (i % 5 == 0)
            r.applicantInterviewOn = r.filedOn.addDays(90);
        out.append(r);
    }
    return out;
}

/// Every case, ignoring the snapshot.
std::optional<CaseTable> scanAll(const Store &store, QString *error)
{
    qputenv("CASELOAD_SNAPSHOT", "off");
    std::optional<CaseTable> table = CaseTable::load(store, error);
    qunsetenv("CASELOAD_SNAPSHOT");
    return table;
}

} // namespace

/// Skips a PostgreSQL row when no server runs (outside CTest, which always provides one).
#define SKIP_WITHOUT_SERVER()                                                                                \
    do {                                                                                                     \
        if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()).startsWith("PostgreSQL")          \
            && !m_pgMissing.isEmpty())                                                                       \
            QSKIP(qPrintable(m_pgMissing));                                                                  \
    } while (false)

class tst_CaseTableSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedSnapshotGivesTheSameTable_data();
    void savedSnapshotGivesTheSameTable();
    void casesChangedSinceAreReadFromTheCases_data();
    void casesChangedSinceAreReadFromTheCases();
    void dictionaryIdsAreTranslated_data();
    void dictionaryIdsAreTranslated();
    void unreadableSnapshotIsNotUsed_data();
    void unreadableSnapshotIsNotUsed();
    void saveAfterAnotherImportWritesNothing_data();
    void saveAfterAnotherImportWritesNothing();
    void progressCountsAndCancels();
    void aCopyTheRoleMayNotReadIsSkipped();
    void importCommandWritesTheSnapshot_data();
    void importCommandWritesTheSnapshot();

private:
    void backends();
    /// A new, empty store on the row's backend.
    std::unique_ptr<Store> newStore();
    /// A new store holding cases(1, count), with a snapshot saved.
    std::unique_ptr<Store> storeWithSnapshot(int count);

    QTemporaryDir m_dir;
    test::PgTestServer m_pg;
    QString m_pgMissing;
    QString m_lastLocation;
    int m_stores = 0;
};

void tst_CaseTableSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!m_pg.start(&m_pgMissing) && qEnvironmentVariableIsSet("CASELOAD_TEST_PG"))
        QFAIL(qPrintable(m_pgMissing)); // CTest named a server: it must be there
    if (m_pgMissing.isEmpty())
        m_pgMissing.clear();
}

void tst_CaseTableSnapshot::init()
{
    // Parts of 500 cases: a few thousand cases span several parts.
    qputenv("CASELOAD_SNAPSHOT_PART_CASES", "500");
}

void tst_CaseTableSnapshot::cleanup()
{
    qunsetenv("CASELOAD_SNAPSHOT_PART_CASES");
    m_pg.dropDatabases();
}

void tst_CaseTableSnapshot::backends()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

std::unique_ptr<Store> tst_CaseTableSnapshot::newStore()
{
    QFETCH(bool, server);
    m_lastLocation = server ? m_pg.createDatabase()
                            : m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores));
    QString error;
    auto store = Store::open(m_lastLocation, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

std::unique_ptr<Store> tst_CaseTableSnapshot::storeWithSnapshot(int count)
{
    auto store = newStore();
    if (!store || !test::writeCases(*store, cases(1, count)))
        return nullptr;
    QString error;
    std::optional<CaseTable> table = CaseTable::load(*store, &error);
    if (!table || !CaseTableSnapshot::save(*store, *table, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return store;
}

void tst_CaseTableSnapshot::savedSnapshotGivesTheSameTable_data()
{
    backends();
}

void tst_CaseTableSnapshot::savedSnapshotGivesTheSameTable()
{
    SKIP_WITHOUT_SERVER();
    auto store = newStore();
    QVERIFY(store);
    QVERIFY(test::writeCases(*store, cases(1, 2600)));
    QString error;
    // Without a snapshot: every case scanned, and saving one is worth it.
    const std::optional<CaseTable> scanned = CaseTable::load(*store, &error);
    QVERIFY2(scanned, qPrintable(error));
    QVERIFY(!scanned->loadInfo().fromSnapshot);
    QCOMPARE(scanned->loadInfo().casesScanned, 2600);
    QCOMPARE(scanned->loadInfo().importId, 1);
    QVERIFY(CaseTableSnapshot::isStale(*scanned));
    QCOMPARE(CaseTableSnapshot::isStale(store->database(), &error), std::optional<bool>(true));
    QVERIFY2(CaseTableSnapshot::save(*store, *scanned, &error), qPrintable(error));
    QCOMPARE(CaseTableSnapshot::isStale(store->database(), &error), std::optional<bool>(false));

    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(part), MAX(part) FROM case_table_snapshot")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7); // the header and ceil(2600 / 500) parts
    QCOMPARE(query.value(1).toInt(), 0);
    QCOMPARE(query.value(2).toInt(), 6);
    query.finish();
    const std::optional<CaseTableSnapshot::Header> header = CaseTableSnapshot::readHeader(store->database(), &error);
    QVERIFY2(header, qPrintable(error));
    QCOMPARE(header->caseCount, 2600);
    QCOMPARE(header->importId, 1);
    QCOMPARE(header->courtKeys.size(), size_t(6));

    const std::optional<CaseTable> loaded = CaseTable::load(*store, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->loadInfo().fromSnapshot);
    QCOMPARE(loaded->loadInfo().casesScanned, 0);
    QVERIFY(!CaseTableSnapshot::isStale(*loaded));
    QVERIFY(loaded->hasMeasureColumn(CaseTable::Measure::ApplicantInterview));
    QVERIFY(!loaded->hasMeasureColumn(CaseTable::Measure::DishonestList));
    const QString diff = test::tableDifference(*loaded, *scanned);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The side table's values came through (case 997's amount, 1009's days, 1013's measure).
    QCOMPARE(loaded->amountAppliedFen(996), (qint64(1) << 41) + 997);
    QCOMPARE(loaded->deductedDays(1008), 70000);
    QCOMPARE(loaded->measureOffset(1012, CaseTable::Measure::NetworkInquiry), std::optional<qint32>(30000));
    // Saving the same state again replaces the copy (no duplicate parts).
    QVERIFY2(CaseTableSnapshot::save(*store, *loaded, &error), qPrintable(error));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM case_table_snapshot")) && query.next());
    QCOMPARE(query.value(0).toInt(), 7);
}

void tst_CaseTableSnapshot::casesChangedSinceAreReadFromTheCases_data()
{
    backends();
}

void tst_CaseTableSnapshot::casesChangedSinceAreReadFromTheCases()
{
    SKIP_WITHOUT_SERVER();
    auto store = storeWithSnapshot(1800);
    QVERIFY(store);
    // A second import: 40 pending cases closed, 10 moved to a new court with a new cause and handler,
    // and 120 new cases (some of them at new courts).
    QList<CaseRecord> changes;
    const QList<CaseRecord> before = cases(1, 1800);
    for (int i = 0; i < 120 && changes.size() < 40; ++i) {
        CaseRecord r = before[i * 3 + 2]; // case 3k + 3: pending
        QVERIFY(!r.closedOn.isValid());
        r.closedOn = r.filedOn.addDays(200);
        r.closureMethod = ClosureMethod::Performed;
        changes.append(r);
    }
    for (int i = 0; i < 10; ++i) {
        CaseRecord r = before[1000 + i * 7];
        r.courtName = QStringLiteral("新设法院");
        r.courtCode = QStringLiteral("京0199");
        r.cause = QStringLiteral("新案由");
        r.handler = QStringLiteral("新承办人");
        r.filedOn = r.filedOn.addDays(1); // a later state: applied
        changes.append(r);
    }
    QList<CaseRecord> added = cases(1801, 120);
    for (int i = 0; i < 20; ++i)
        added[i].courtName = QStringLiteral("另一新法院%1").arg(i % 3);
    changes += added;
    QVERIFY(test::writeCases(*store, changes, QStringLiteral("second.csv")));

    QString error;
    const std::optional<CaseTable> loaded = CaseTable::load(*store, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->loadInfo().fromSnapshot);
    QCOMPARE(loaded->loadInfo().casesScanned, 170);
    QCOMPARE(loaded->loadInfo().importId, 2);
    QCOMPARE(loaded->size(), 1920);
    const std::optional<CaseTable> scanned = scanAll(*store, &error);
    QVERIFY2(scanned, qPrintable(error));
    QVERIFY(!scanned->loadInfo().fromSnapshot);
    const QString diff = test::tableDifference(*loaded, *scanned);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The closed case and the moved one read as the second import left them.
    QVERIFY(loaded->isClosed(2));
    QCOMPARE(loaded->closeDelay(2), quint16(200));
    QCOMPARE(loaded->courts()[loaded->court(1000)].name, QStringLiteral("新设法院"));
    QCOMPARE(loaded->causes().at(loaded->cause(1000)), QStringLiteral("新案由"));
    QCOMPARE(loaded->handlers().at(qsizetype(loaded->handler(1000))), QStringLiteral("新承办人"));
    // The day range takes in the new closures (recomputed after the changes).
    QCOMPARE(loaded->lastDay(), scanned->lastDay());
    // 170 changed cases of 1,920 are more than 1/32, but fewer than a part's 65,536: not stale.
    QVERIFY(!CaseTableSnapshot::isStale(*loaded));
}

void tst_CaseTableSnapshot::dictionaryIdsAreTranslated_data()
{
    backends();
}

void tst_CaseTableSnapshot::dictionaryIdsAreTranslated()
{
    SKIP_WITHOUT_SERVER();
    auto store = storeWithSnapshot(1200);
    QVERIFY(store);
    // Entries with ids below every other: each of the snapshot's court, cause and handler ids now
    // stands for another entry and must be translated.
    QSqlQuery query(store->database());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO courts (id, name, code) VALUES (-5, '最早法院', '京0100')")),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO causes (id, name) VALUES (-5, '最早案由')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO handlers (id, name) VALUES (-5, '最早承办人')")));
    QString error;
    const std::optional<CaseTable> loaded = CaseTable::load(*store, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->loadInfo().fromSnapshot);
    QCOMPARE(loaded->courts().front().name, QStringLiteral("最早法院"));
    const std::optional<CaseTable> scanned = scanAll(*store, &error);
    QVERIFY2(scanned, qPrintable(error));
    const QString diff = test::tableDifference(*loaded, *scanned);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(loaded->record(0).courtName, QStringLiteral("第2基层法院"));
    QCOMPARE(loaded->record(0).cause, QStringLiteral("案由1"));
}

void tst_CaseTableSnapshot::unreadableSnapshotIsNotUsed_data()
{
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("damage");
    for (const bool server : {false, true}) {
        const QString backend = server ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
        const auto row = [&](const char *name, const char *damage) {
            QTest::addRow("%s, %s", qPrintable(backend), name) << server << QString::fromLatin1(damage);
        };
        row("a part cut short", "truncate");
        row("a part missing", "DELETE FROM case_table_snapshot WHERE part = 3");
        row("the header missing", "DELETE FROM case_table_snapshot WHERE part = 0");
        row("another format version", "version");
        row("a part twice", "duplicate");
        row("a court id no dictionary has", "court");
        row("a case type out of range", "type");
    }
}

void tst_CaseTableSnapshot::unreadableSnapshotIsNotUsed()
{
    QFETCH(bool, server);
    QFETCH(QString, damage);
    if (server && !m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    auto store = storeWithSnapshot(1600);
    QVERIFY(store);
    QSqlQuery query(store->database());
    const auto setPart = [&](int part, const QByteArray &data) {
        query.prepare(QStringLiteral("UPDATE case_table_snapshot SET data = ? WHERE part = ?"));
        query.addBindValue(data);
        query.addBindValue(part);
        return query.exec();
    };
    const auto partData = [&](int part) {
        query.prepare(QStringLiteral("SELECT data FROM case_table_snapshot WHERE part = ?"));
        query.addBindValue(part);
        return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    };
    if (damage == QLatin1String("truncate")) {
        QVERIFY(setPart(2, partData(2).left(700)));
    } else if (damage == QLatin1String("version")) {
        QByteArray header = partData(0);
        QVERIFY(header.size() > 8);
        header[4] = char(header[4] + 1);
        QVERIFY(setPart(0, header));
    } else if (damage == QLatin1String("court") || damage == QLatin1String("type")) {
        // A part of 500 cases with dense ids: magic, count, dense flag, first id (17 bytes), then
        // filing days (4 bytes a case), closure delays (2), courts (2), types (1).
        QByteArray part = partData(2);
        QVERIFY(part.size() > 4600);
        if (damage == QLatin1String("court"))
            part[17 + 6 * 500] = part[17 + 6 * 500 + 1] = char(0x7F);
        else
            part[17 + 8 * 500] = char(200);
        QVERIFY(setPart(2, part));
    } else if (damage == QLatin1String("duplicate")) {
        QVERIFY(setPart(3, partData(2)));
    } else {
        QVERIFY2(query.exec(damage), qPrintable(query.lastError().text()));
    }
    QString error;
    const std::optional<CaseTable> loaded = CaseTable::load(*store, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->loadInfo().fromSnapshot);
    QCOMPARE(loaded->loadInfo().casesScanned, 1600);
    QVERIFY(CaseTableSnapshot::isStale(*loaded));
    if (damage.contains(QLatin1String("part = 0")) || damage == QLatin1String("version"))
        QCOMPARE(CaseTableSnapshot::isStale(store->database(), &error), std::optional<bool>(true));
    const std::optional<CaseTable> scanned = scanAll(*store, &error);
    QVERIFY2(scanned, qPrintable(error));
    const QString diff = test::tableDifference(*loaded, *scanned);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_CaseTableSnapshot::saveAfterAnotherImportWritesNothing_data()
{
    backends();
}

void tst_CaseTableSnapshot::saveAfterAnotherImportWritesNothing()
{
    SKIP_WITHOUT_SERVER();
    auto store = newStore();
    QVERIFY(store);
    QVERIFY(test::writeCases(*store, cases(1, 300)));
    QString error;
    const std::optional<CaseTable> first = CaseTable::load(*store, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(test::writeCases(*store, cases(301, 50), QStringLiteral("second.csv")));
    // The table is no longer the store's state: nothing written, and that is no error.
    QVERIFY2(CaseTableSnapshot::save(*store, *first, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!CaseTableSnapshot::readHeader(store->database(), &error));
    QVERIFY(error.isEmpty());
    // A table built by hand is no store's: nothing written either.
    CaseTable byHand;
    QVERIFY(byHand.append(cases(1, 1).front()));
    QCOMPARE(byHand.loadInfo().importId, -1);
    QVERIFY(!CaseTableSnapshot::isStale(byHand));
    QVERIFY(CaseTableSnapshot::save(*store, byHand, &error));
    QVERIFY(!CaseTableSnapshot::readHeader(store->database(), &error));
    // The current table is saved.
    const std::optional<CaseTable> second = CaseTable::load(*store, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY2(CaseTableSnapshot::save(*store, *second, &error), qPrintable(error));
    const auto header = CaseTableSnapshot::readHeader(store->database(), &error);
    QVERIFY2(header, qPrintable(error));
    QCOMPARE(header->importId, 2);
    QCOMPARE(header->caseCount, 350);
}

void tst_CaseTableSnapshot::progressCountsAndCancels()
{
    // On SQLite: how the parts are read does not depend on the backend.
    const QString path = m_dir.filePath(QStringLiteral("progress.sqlite"));
    QString error;
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(test::writeCases(*store, cases(1, 1300)));
    std::optional<CaseTable> table = CaseTable::load(*store, &error);
    QVERIFY2(table && CaseTableSnapshot::save(*store, *table, &error), qPrintable(error));

    QList<qint64> done;
    table = CaseTable::load(*store, &error, [&](qint64 n, qint64 total) {
        done.append(n);
        return total == 1300;
    });
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->loadInfo().fromSnapshot);
    QCOMPARE(done, QList<qint64>({0, 500, 1000, 1300, 1300})); // each part, then the end

    done.clear();
    table = CaseTable::load(*store, &error, [&](qint64 n, qint64) {
        done.append(n);
        return done.size() < 3;
    });
    QVERIFY(!table);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
    QCOMPARE(done, QList<qint64>({0, 500, 1000}));
}

void tst_CaseTableSnapshot::aCopyTheRoleMayNotReadIsSkipped()
{
    // A reading role the copy's table was not granted to (the upgrade made by another role than the
    // documented owner, say): the load reads every case instead of failing.
    if (!m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    if (!test::PgTestServer::isPrivateCluster())
        QSKIP("creates a role: only on the private test cluster");
    const QString location = m_pg.createDatabase();
    QString error;
    auto owner = Store::open(location, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(test::writeCases(*owner, cases(1, 700)));
    std::optional<CaseTable> table = CaseTable::load(*owner, &error);
    QVERIFY2(table && CaseTableSnapshot::save(*owner, *table, &error), qPrintable(error));
    const QString database = QUrl(location).path().mid(1);
    QString ignored;
    m_pg.exec(QStringLiteral("DROP ROLE IF EXISTS caseload_snapshot_reader"), &ignored);
    const auto dropRole = qScopeGuard([&] {
        owner.reset();
        m_pg.dropDatabases();
        m_pg.exec(QStringLiteral("DROP ROLE IF EXISTS caseload_snapshot_reader"), &ignored);
    });
    QVERIFY2(m_pg.exec(QStringLiteral("CREATE ROLE caseload_snapshot_reader LOGIN"), &error), qPrintable(error));
    QVERIFY2(m_pg.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO caseload_snapshot_reader"),
                 &error, database),
        qPrintable(error));
    QVERIFY2(m_pg.exec(QStringLiteral("REVOKE SELECT ON case_table_snapshot FROM caseload_snapshot_reader"), &error,
                 database),
        qPrintable(error));
    {
        auto reader = Store::open(m_pg.url(database, QStringLiteral("caseload_snapshot_reader")), &error);
        QVERIFY2(reader, qPrintable(error));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("case_table_snapshot.*every case"),
                                          QRegularExpression::DotMatchesEverythingOption));
        const std::optional<CaseTable> loaded = CaseTable::load(*reader, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(!loaded->loadInfo().fromSnapshot);
        QCOMPARE(loaded->size(), 700);
        const QString diff = test::tableDifference(*loaded, *table);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void tst_CaseTableSnapshot::importCommandWritesTheSnapshot_data()
{
    backends();
}

void tst_CaseTableSnapshot::importCommandWritesTheSnapshot()
{
    SKIP_WITHOUT_SERVER();
    auto store = newStore();
    QVERIFY(store);
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString csv = m_dir.filePath(QStringLiteral("generated.csv"));
    const auto generated = test::runCaseload({QStringLiteral("generate"), QStringLiteral("--cases"),
                                                 QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("7"),
                                                 QStringLiteral("--out"), csv},
        home);
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const auto imported = test::runCaseload(
        {QStringLiteral("import"), csv, QStringLiteral("--db"), m_lastLocation}, home);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("saved the compact copy of the %1 cases").arg(store->caseCount())),
        qPrintable(imported.out));
    QString error;
    const auto header = CaseTableSnapshot::readHeader(store->database(), &error);
    QVERIFY2(header, qPrintable(error.isEmpty() ? QStringLiteral("no snapshot after the import") : error));
    QCOMPARE(header->importId, 1);
    QCOMPARE(CaseTableSnapshot::isStale(store->database(), &error), std::optional<bool>(false));

    // A small second import leaves the copy as it is: the load reads the changed cases besides it.
    const QString more = m_dir.filePath(QStringLiteral("more.csv"));
    QVERIFY(test::writeText(more,
        QStringLiteral("案号,执行法院,立案日期,结案日期,结案方式\n"
                       "（2026）京0105执900001号,北京市朝阳区人民法院,2026-01-05,2026-03-10,执行完毕\n")));
    const auto again
        = test::runCaseload({QStringLiteral("import"), more, QStringLiteral("--db"), m_lastLocation}, home);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("inserted 1")), qPrintable(again.out));
    QVERIFY2(!again.out.contains(QStringLiteral("compact copy")), qPrintable(again.out));
    QCOMPARE(CaseTableSnapshot::readHeader(store->database(), &error)->importId, 1);
    const std::optional<CaseTable> loaded = CaseTable::load(*store, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->loadInfo().fromSnapshot);
    QCOMPARE(loaded->loadInfo().casesScanned, 1);
    QCOMPARE(loaded->size(), store->caseCount());
    const std::optional<CaseTable> scanned = scanAll(*store, &error);
    QVERIFY2(scanned, qPrintable(error));
    const QString diff = test::tableDifference(*loaded, *scanned);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(tst_CaseTableSnapshot)
#include "tst_casetablesnapshot.moc"
