#include "TestSupport.h"
#include "analytics/CaseTable.h"
#include "store/CaseWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace caseload;
using test::allCases;

namespace {

CaseRecord makeCase(int sequence, QDate filed)
{
    CaseRecord r;
    r.caseNumber = QStringLiteral("（2016）京010%1执%2号").arg(sequence % 3 + 1).arg(sequence);
    r.courtName = QStringLiteral("北京市第%1法院").arg(sequence % 3 + 1);
    r.courtCode = QStringLiteral("京010%1").arg(sequence % 3 + 1);
    r.type = sequence % 5 ? CaseType::FirstEnforcement : CaseType::Resumed;
    r.cause = sequence % 2 ? QStringLiteral("民间借贷纠纷") : QStringLiteral("买卖合同纠纷");
    r.filedOn = filed;
    r.appliedFen = 100000 + sequence;
    r.handler = QStringLiteral("法官%1").arg(sequence % 7);
    r.department = QStringLiteral("执行%1庭").arg(sequence % 2 + 1);
    r.deductedDays = sequence % 3 ? 0 : 15;
    r.extensionDays = sequence % 11 ? 0 : 90;
    if (sequence % 4)
        r.hasProperty = sequence % 2 == 0;
    r.networkInquiryOn = filed.addDays(5);
    if (sequence % 9 == 0)
        r.dishonestListOn = filed.addDays(40);
    r.parties = sequence % 13 ? QString() : QStringLiteral("甲公司; 乙");
    return r;
}

bool writeAll(Store &store, const QList<CaseRecord> &cases, ImportRecord *record)
{
    CaseWriter writer(store);
    QString error;
    CaseWriter::Options options;
    options.present.fill(true);
    options.storeParties = true;
    record->fileName = QStringLiteral("test.csv");
    record->importedAt = QDateTime::currentDateTimeUtc();
    record->encoding = QStringLiteral("utf-8");
    bool ok = writer.begin(options, *record, &error);
    for (const CaseRecord &r : cases)
        ok = ok && writer.write(r, CaseNumber::parse(r.caseNumber), &error);
    record->rowsRead = record->accepted = cases.size();
    ok = ok && writer.commit(record, &error);
    if (!ok)
        qWarning("write failed: %s", qPrintable(error));
    return ok;
}

QList<CaseRecord> tableRecords(const CaseTable &table)
{
    QList<CaseRecord> records;
    for (qint64 row = 0; row < table.size(); ++row)
        records.append(table.record(row));
    return records;
}

} // namespace

/// The store on a real PostgreSQL server: CASELOAD_TEST_PG names a database the tests may create
/// other databases from (CTest starts a private cluster for it, see tools/pg-test-cluster.sh). Each
/// test works in a database of its own, created and dropped here.
class tst_PgStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void createsTheSchemaAndReopens();
    void clearErrorsWithoutThePassword();
    void importsUpdatesAndLoadsAsOnSqlite();
    void unfinishedWriterChangesNothing();
    void petitionsGroupsSettingsAndMappings();
    void kpiJsonIsTheSameAsOnSqlite();

private:
    QString createDatabase();
    QUrl m_base;
    QString m_admin; ///< connection name for CREATE/DROP DATABASE
    QStringList m_databases; ///< created by the current test
    QString m_url; ///< the current test's database
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void tst_PgStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString url = qEnvironmentVariable("CASELOAD_TEST_PG");
    if (url.isEmpty()) {
        QProcess script;
        script.start(test::sourcePath(QStringLiteral("tools/pg-test-cluster.sh")), {QStringLiteral("start")});
        if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit
            || script.exitCode())
            QSKIP("CASELOAD_TEST_PG is not set and tools/pg-test-cluster.sh could not start a PostgreSQL "
                  "cluster: the PostgreSQL store is not tested");
        url = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    }
    m_base = QUrl(url);
    QVERIFY2(m_base.isValid() && !m_base.host().isEmpty(), qPrintable(url));
    QVERIFY2(
        QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "QPSQL driver missing (libqt6sql6-psql)");
    m_admin = QStringLiteral("pgstore-admin");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
    db.setHostName(m_base.host());
    db.setPort(m_base.port(5432));
    db.setUserName(m_base.userName());
    db.setPassword(m_base.password());
    db.setDatabaseName(m_base.path().mid(1));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

QString tst_PgStore::createDatabase()
{
    // A name of our own making (no user input): identifiers cannot be bound parameters.
    const QString name = QStringLiteral("caseload_t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 1000000)
                             .arg(++m_counter);
    QSqlQuery q(QSqlDatabase::database(m_admin));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        qWarning("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        return {};
    }
    m_databases.append(name);
    QUrl url = m_base;
    url.setPath(u'/' + name);
    return url.toString();
}

void tst_PgStore::init()
{
    m_url = createDatabase();
    QVERIFY(!m_url.isEmpty());
}

void tst_PgStore::cleanup()
{
    QSqlQuery q(QSqlDatabase::database(m_admin));
    for (const QString &name : std::as_const(m_databases)) {
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
            qWarning("DROP DATABASE failed: %s", qPrintable(q.lastError().text()));
    }
    m_databases.clear();
}

void tst_PgStore::cleanupTestCase()
{
    if (!m_admin.isEmpty()) {
        QSqlDatabase::database(m_admin).close();
        QSqlDatabase::removeDatabase(m_admin);
    }
}

void tst_PgStore::createsTheSchemaAndReopens()
{
    QString error;
    {
        auto store = Store::open(m_url, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->database().driverName(), QStringLiteral("QPSQL"));
        QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
        QCOMPARE(store->location(), m_url);
        const QStringList tables = store->database().tables();
        for (const char *table : {"schema_info", "courts", "causes", "handlers", "departments", "imports",
                 "cases", "mapping_profiles", "petitions", "court_groups", "settings"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QCOMPARE(store->caseCount(), 0);
        QVERIFY(store->setSetting(QStringLiteral("k"), QStringLiteral("v"), &error));
    }
    // Reopened: no second migration, the data kept; postgres:// is the same.
    auto again
        = Store::open(m_url.replace(QStringLiteral("postgresql://"), QStringLiteral("postgres://")), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(again->setting(QStringLiteral("k")), QStringLiteral("v"));
    QSqlQuery q(again->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_info")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_PgStore::clearErrorsWithoutThePassword()
{
    QString error;
    // Port 1 on the loopback: nothing listens there.
    QVERIFY(!Store::open(QStringLiteral("postgresql://someone:s3cretpw@127.0.0.1:1/nowhere"), &error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:1")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("s3cretpw")), qPrintable(error));

    // A database that does not exist on a server that does.
    QUrl missing = m_base;
    missing.setPath(QStringLiteral("/caseload_no_such_database"));
    missing.setPassword(QStringLiteral("s3cretpw"));
    QVERIFY(!Store::open(missing.toString(), &error));
    QVERIFY2(
        error.contains(QStringLiteral("%1:%2").arg(m_base.host()).arg(m_base.port(5432))), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("caseload_no_such_database")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("s3cretpw")), qPrintable(error));

    QVERIFY(!Store::open(QStringLiteral("postgresql://127.0.0.1:55432/"), &error));
    QVERIFY2(error.contains(QStringLiteral("postgresql://user@host:port/database")), qPrintable(error));
}

void tst_PgStore::importsUpdatesAndLoadsAsOnSqlite()
{
    QString error;
    auto pg = Store::open(m_url, &error);
    QVERIFY2(pg, qPrintable(error));
    auto lite = Store::open(m_dir.filePath(QStringLiteral("same%1.sqlite").arg(m_counter)), &error);
    QVERIFY2(lite, qPrintable(error));

    QList<CaseRecord> cases;
    for (int i = 1; i <= 300; ++i)
        cases.append(makeCase(i, QDate(2016, 1, 1).addDays(i)));
    for (Store *store : {pg.get(), lite.get()}) {
        ImportRecord first;
        QVERIFY(writeAll(*store, cases, &first));
        QCOMPARE(first.inserted, 300);
        QCOMPARE(first.updated, 0);
        QCOMPARE(first.unchanged, 0);
    }
    QCOMPARE(pg->caseCount(), 300);

    // Second import: 40 cases closed since, 1 with a new handler, 5 new, the rest as they were.
    QList<CaseRecord> second = cases;
    for (int i = 0; i < 40; ++i) {
        second[i].closedOn = second[i].filedOn.addDays(30 + i);
        second[i].closureMethod = ClosureMethod::Performed;
        second[i].recoveredFen = 5000 + i;
    }
    second[100].handler = QStringLiteral("新来的法官");
    for (int i = 301; i <= 305; ++i)
        second.append(makeCase(i, QDate(2017, 1, 1).addDays(i)));
    for (Store *store : {pg.get(), lite.get()}) {
        ImportRecord record;
        QVERIFY(writeAll(*store, second, &record));
        QCOMPARE(record.inserted, 5);
        QCOMPARE(record.updated, 41);
        QCOMPARE(record.unchanged, 259);
    }
    // The same again: nothing changes.
    ImportRecord third;
    QVERIFY(writeAll(*pg, second, &third));
    QCOMPARE(third.inserted, 0);
    QCOMPARE(third.updated, 0);
    QCOMPARE(third.unchanged, 305);

    std::sort(second.begin(), second.end(),
        [](const CaseRecord &a, const CaseRecord &b) { return a.caseNumber < b.caseNumber; });
    QCOMPARE(allCases(*pg), second);
    QCOMPARE(allCases(*pg), allCases(*lite));
    const auto found = pg->findCase(QStringLiteral("(2016)京0103执101号"));
    QVERIFY(found);
    QCOMPARE(found->handler, QStringLiteral("新来的法官"));

    const auto history = pg->importHistory();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].unchanged, 305);
    QCOMPARE(history[1].updated, 41);
    QCOMPARE(history[2].inserted, 300);
    QCOMPARE(history[2].fileName, QStringLiteral("test.csv"));

    // The dashboard's in-memory table: the same from both backends.
    const auto fromPg = CaseTable::load(*pg, &error);
    QVERIFY2(fromPg, qPrintable(error));
    const auto fromLite = CaseTable::load(*lite, &error);
    QVERIFY2(fromLite, qPrintable(error));
    QCOMPARE(fromPg->size(), 305);
    QCOMPARE(fromPg->size(), fromLite->size());
    QCOMPARE(tableRecords(*fromPg), tableRecords(*fromLite));
    QCOMPARE(fromPg->causes(), fromLite->causes());
    QCOMPARE(fromPg->handlers(), fromLite->handlers());
    QCOMPARE(fromPg->courts().size(), fromLite->courts().size());
    // Ids may differ: PostgreSQL's identity sequence also advances for the upserts that update.
    for (qint64 row = 0; row < fromPg->size(); ++row)
        QCOMPARE(fromPg->rowOfStoreId(fromPg->storeId(row)), std::optional<qint64>(row));
}

void tst_PgStore::unfinishedWriterChangesNothing()
{
    QString error;
    auto store = Store::open(m_url, &error);
    QVERIFY2(store, qPrintable(error));
    {
        CaseWriter writer(*store);
        CaseWriter::Options options;
        options.present.fill(true);
        QVERIFY2(writer.begin(options, ImportRecord(), &error), qPrintable(error));
        for (int i = 1; i <= 20; ++i) {
            const CaseRecord r = makeCase(i, QDate(2016, 2, 1));
            QVERIFY2(writer.write(r, CaseNumber::parse(r.caseNumber), &error), qPrintable(error));
        }
    } // destroyed without commit
    QCOMPARE(store->caseCount(), 0);
    QVERIFY(store->importHistory().isEmpty());
    // The connection is usable afterwards.
    ImportRecord record;
    QVERIFY(writeAll(*store, {makeCase(1, QDate(2016, 2, 1))}, &record));
    QCOMPARE(store->caseCount(), 1);
}

void tst_PgStore::petitionsGroupsSettingsAndMappings()
{
    QString error;
    auto store = Store::open(m_url, &error);
    QVERIFY2(store, qPrintable(error));

    const PetitionFigure a {QStringLiteral("乙法院"), QDate(2016, 1, 1), QDate(2016, 12, 31), 10, 4};
    const PetitionFigure b {QStringLiteral("甲法院"), QDate(2016, 1, 1), QDate(2016, 6, 30), 3, 3};
    QVERIFY2(store->setPetition(a, &error), qPrintable(error));
    QVERIFY2(store->setPetition(b, &error), qPrintable(error));
    PetitionFigure replaced = a;
    replaced.resolved = 9;
    QVERIFY2(store->setPetition(replaced, &error), qPrintable(error));
    QVERIFY(!store->setPetition(
        PetitionFigure {QStringLiteral("甲法院"), QDate(2016, 1, 1), QDate(2016, 1, 1), 1, 2}, &error));
    auto figures = store->petitions(&error);
    QCOMPARE(figures.size(), 2);
    // Byte order of the court names, as on SQLite: 乙 (U+4E59) before 甲 (U+7532).
    QCOMPARE(figures[0].court, QStringLiteral("乙法院"));
    QCOMPARE(figures[0].resolved, 9);
    QCOMPARE(figures[1].to, QDate(2016, 6, 30));
    QVERIFY(store->removePetition(QStringLiteral("甲法院"), b.from, b.to, &error));
    QVERIFY(!store->removePetition(QStringLiteral("甲法院"), b.from, b.to, &error));
    QCOMPARE(store->petitions().size(), 1);

    QVERIFY2(store->setCourtGroup(QStringLiteral("试点"),
                 {QStringLiteral("乙"), QStringLiteral("甲"), QStringLiteral("乙")}, &error),
        qPrintable(error));
    QVERIFY(store->setCourtGroup(QStringLiteral("其他"), {QStringLiteral("丙")}, &error));
    auto groups = store->courtGroups(&error);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(
        groups.value(QStringLiteral("试点")), (QStringList {QStringLiteral("乙"), QStringLiteral("甲")}));
    QVERIFY(store->setCourtGroup(QStringLiteral("其他"), {}, &error));
    QCOMPARE(store->courtGroups().size(), 1);
    QVERIFY(!store->setCourtGroup(QStringLiteral("坏"), {QStringLiteral(" ")}, &error));

    QVERIFY(store->setSetting(QStringLiteral("target.clearance"), QStringLiteral("0.95"), &error));
    QVERIFY(store->setSetting(QStringLiteral("target.clearance"), QStringLiteral("0.9"), &error));
    QVERIFY(store->setSetting(QStringLiteral("empty"), QString(), &error));
    QCOMPARE(store->setting(QStringLiteral("target.clearance")), QStringLiteral("0.9"));
    QCOMPARE(store->setting(QStringLiteral("empty")), QString());
    QCOMPARE(store->setting(QStringLiteral("unset")), QString());
    // Bound parameters: quotes are data.
    QVERIFY(store->setSetting(QStringLiteral("it's"), QStringLiteral("'; DROP TABLE cases; --"), &error));
    QCOMPARE(store->setting(QStringLiteral("it's")), QStringLiteral("'; DROP TABLE cases; --"));

    QVERIFY(
        store->saveMappingProfile(QStringLiteral("sig1"), QStringLiteral("B"), QStringLiteral("{\"a\":1}")));
    QVERIFY(store->saveMappingProfile(QStringLiteral("sig2"), QStringLiteral("A"), QStringLiteral("{}")));
    QVERIFY(
        store->saveMappingProfile(QStringLiteral("sig1"), QStringLiteral("B"), QStringLiteral("{\"a\":2}")));
    QCOMPARE(store->mappingProfile(QStringLiteral("sig1")), QStringLiteral("{\"a\":2}"));
    const auto profiles = store->mappingProfiles(&error);
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles[0].signature, QStringLiteral("sig2"));
    QVERIFY(profiles[0].updatedAt.isValid());
    QVERIFY(store->removeMappingProfile(QStringLiteral("sig2"), &error));
    QVERIFY(!store->removeMappingProfile(QStringLiteral("sig2"), &error));
}

void tst_PgStore::kpiJsonIsTheSameAsOnSqlite()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString csv = m_dir.filePath(QStringLiteral("generated.csv"));
    const auto generated
        = test::runCaseload({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("3000"),
                                QStringLiteral("--courts"), QStringLiteral("4"), QStringLiteral("--seed"),
                                QStringLiteral("11"), QStringLiteral("--out"), csv},
            home);
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const QString lite = m_dir.filePath(QStringLiteral("kpi.sqlite"));
    QByteArray json[2];
    int index = 0;
    for (const QString &db : {lite, m_url}) {
        for (int round = 0; round < 2; ++round) { // the second import finds every case unchanged
            const auto imported
                = test::runCaseload({QStringLiteral("import"), csv, QStringLiteral("--db"), db}, home);
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QVERIFY2(imported.out.contains(round ? QStringLiteral("inserted 0, updated 0, unchanged 3000")
                                                 : QStringLiteral("inserted 3000, updated 0, unchanged 0")),
                qPrintable(imported.out));
        }
        const auto kpi = test::runCaseload(
            {QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--json")}, home);
        QVERIFY2(kpi.exitCode == 0, qPrintable(kpi.err));
        QVERIFY(!QJsonDocument::fromJson(kpi.out.toUtf8()).isNull());
        json[index++] = kpi.out.toUtf8();
    }
    QVERIFY(json[0].size() > 100);
    QCOMPARE(json[1], json[0]);
}

QTEST_GUILESS_MAIN(tst_PgStore)
#include "tst_pgstore.moc"
