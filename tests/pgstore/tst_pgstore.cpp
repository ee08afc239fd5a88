#include "PgTestServer.h"
#include "TestSupport.h"
#include "analytics/CaseTable.h"
#include "import/Importer.h"
#include "store/CaseWriter.h"
#include "store/ServerCredentials.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

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

/// The statements of the SQL block after `<!-- caseload-test: MARKER -->` in docs/postgresql.md,
/// comments dropped; empty with a warning when the block is missing.
QStringList documentedStatements(const QString &marker)
{
    QFile file(test::sourcePath(QStringLiteral("docs/postgresql.md")));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read docs/postgresql.md");
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype at = text.indexOf(QStringLiteral("<!-- caseload-test: %1 -->").arg(marker));
    const qsizetype start = text.indexOf(QStringLiteral("```sql\n"), at);
    const qsizetype end = text.indexOf(QStringLiteral("\n```"), start + 1);
    if (at < 0 || start < 0 || end < 0) {
        qWarning("no SQL block marked %s in docs/postgresql.md", qPrintable(marker));
        return {};
    }
    QStringList lines = text.mid(start + 7, end - start - 7).split(u'\n');
    lines.removeIf([](const QString &line) { return line.trimmed().startsWith(QLatin1String("--")); });
    QStringList statements;
    for (const QString &statement : lines.join(u'\n').split(u';')) {
        if (!statement.trimmed().isEmpty())
            statements.append(statement.trimmed());
    }
    return statements;
}

CaseRecord closedCase(int sequence, QDate filed)
{
    CaseRecord r = makeCase(sequence, filed);
    r.closedOn = filed.addDays(100);
    r.closureMethod = ClosureMethod::Performed;
    r.recoveredFen = 7000 + sequence;
    return r;
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
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
    void rememberedPasswordReachesEveryConnection();
    void tlsAndOtherOptionsInTheUrl();
    void readOnlyRoleFromTheDocumentedSql();
    void concurrentImportsKeepTheNewestState();
    void lostConnectionDuringAnImport_data();
    void lostConnectionDuringAnImport();
    void lostConnectionDuringARead();
    void connectionErrorsAreToldApart();
    void cliCountsOlderRowsOnBothBackends();

private:
    test::PgTestServer m_server;
    QUrl m_base;
    QString m_url; ///< the current test's database
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_importProgressCalls = 0; ///< progress calls of an import of lost.csv
};

void tst_PgStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(
            QStringLiteral("no PostgreSQL server (%1): the PostgreSQL store is not tested").arg(error)));
    m_base = m_server.base();
}

void tst_PgStore::init()
{
    m_url = m_server.createDatabase();
    QVERIFY(!m_url.isEmpty());
    ++m_counter;
}

void tst_PgStore::cleanup()
{
    m_server.dropDatabases();
}

void tst_PgStore::cleanupTestCase()
{ }

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
    // Text that array literals and SQL quoting must carry through unchanged.
    second[200].parties = QStringLiteral("A \"quoted\" {brace}, back\\slash 'single' NULL");
    for (int i = 301; i <= 305; ++i)
        second.append(makeCase(i, QDate(2017, 1, 1).addDays(i)));
    for (Store *store : {pg.get(), lite.get()}) {
        ImportRecord record;
        QVERIFY(writeAll(*store, second, &record));
        QCOMPARE(record.inserted, 5);
        QCOMPARE(record.updated, 42);
        QCOMPARE(record.unchanged, 258);
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
    QCOMPARE(history[1].updated, 42);
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
    // Same ids too: the updates take no id from PostgreSQL's identity sequence.
    for (qint64 row = 0; row < fromPg->size(); ++row) {
        QCOMPARE(fromPg->storeId(row), fromLite->storeId(row));
        QCOMPARE(fromPg->rowOfStoreId(fromPg->storeId(row)), std::optional<qint64>(row));
    }
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

void tst_PgStore::rememberedPasswordReachesEveryConnection()
{
    QUrl withPassword(m_url);
    withPassword.setPassword(QStringLiteral("pw-1"));
    // Keys are the location without password, however it was spelled.
    ServerCredentials::remember(withPassword.toString(), QStringLiteral("s3cret"));
    QCOMPARE(ServerCredentials::password(m_url), QStringLiteral("s3cret"));
    QString error;
    {
        auto store = Store::open(m_url, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->location(), m_url);
        QCOMPARE(store->database().password(), QStringLiteral("s3cret"));
    }
    // A worker thread opens its own Store on the location alone and gets the same password.
    QString inThread;
    std::thread worker([&] {
        QString threadError;
        auto store = Store::open(m_url, &threadError);
        inThread = store ? store->database().password() : threadError;
    });
    worker.join();
    QCOMPARE(inThread, QStringLiteral("s3cret"));
    // A password in the URL wins over the remembered one.
    {
        auto store = Store::open(withPassword.toString(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->database().password(), QStringLiteral("pw-1"));
        QCOMPARE(store->location(), m_url);
    }
    ServerCredentials::forget(m_url);
    QCOMPARE(ServerCredentials::password(withPassword.toString()), QString());
    auto store = Store::open(m_url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->database().password(), QString());

    // Thread-safe: four threads remembering, reading and forgetting at once.
    std::atomic<int> wrong {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &wrong] {
            const QString location = QStringLiteral("postgresql://u%1@127.0.0.1:1/db").arg(t);
            for (int i = 0; i < 2000; ++i) {
                const QString password = QString::number(i);
                ServerCredentials::remember(location, password);
                if (ServerCredentials::password(location) != password)
                    ++wrong;
                ServerCredentials::forget(location);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void tst_PgStore::tlsAndOtherOptionsInTheUrl()
{
    QString error;
    // The test cluster offers no TLS: sslmode=require reaching libpq makes the connection fail.
    QVERIFY(!Store::open(m_url + QStringLiteral("?sslmode=require"), &error));
    QVERIFY2(error.contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(Store::isConnectionError(error), qPrintable(error));
    auto plain
        = Store::open(m_url + QStringLiteral("?sslmode=disable&application_name=caseload-test"), &error);
    QVERIFY2(plain, qPrintable(error));
    // The location keeps the options: a worker's connection is made the same way.
    QCOMPARE(plain->location(), m_url + QStringLiteral("?sslmode=disable&application_name=caseload-test"));
    QSqlQuery query(plain->database());
    QVERIFY(query.exec(QStringLiteral("SELECT current_setting('application_name')")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("caseload-test"));
    // Anything else is refused before connecting.
    QVERIFY(!Store::open(m_url + QStringLiteral("?host=elsewhere"), &error));
    QVERIFY2(error.contains(QStringLiteral("host=elsewhere")), qPrintable(error));
    QVERIFY(!Store::isConnectionError(error));
}

void tst_PgStore::readOnlyRoleFromTheDocumentedSql()
{
    if (!test::PgTestServer::isPrivateCluster())
        QSKIP("creates the roles caseload_import and caseload_read: only on the private test cluster");
    const QStringList serverSql = documentedStatements(QStringLiteral("server"));
    const QStringList databaseSql = documentedStatements(QStringLiteral("database"));
    QVERIFY(serverSql.size() >= 3);
    QVERIFY(databaseSql.size() >= 2);
    QString error;
    const auto dropRoles = [&] {
        QString ignored; // absent roles are fine
        m_server.exec(QStringLiteral("DROP ROLE IF EXISTS caseload_read"), &ignored);
        m_server.exec(QStringLiteral("DROP ROLE IF EXISTS caseload_import"), &ignored);
    };
    dropRoles(); // left over by an aborted run
    const QString name = m_server.reserveDatabaseName();
    const auto cleanup = qScopeGuard([&] {
        m_server.dropDatabases();
        dropRoles();
    });
    // The documentation's database `caseload` is this test's database.
    static const QRegularExpression databaseName(QStringLiteral("\\bcaseload\\b"));
    for (QString sql : serverSql)
        QVERIFY2(m_server.exec(sql.replace(databaseName, name), &error), qPrintable(sql + u' ' + error));
    for (QString sql : databaseSql)
        QVERIFY2(
            m_server.exec(sql.replace(databaseName, name), &error, name), qPrintable(sql + u' ' + error));

    const QString importUrl = m_server.url(name, QStringLiteral("caseload_import"));
    const QString readUrl = m_server.url(name, QStringLiteral("caseload_read"));
    QList<CaseRecord> cases;
    for (int i = 1; i <= 20; ++i)
        cases.append(makeCase(i, QDate(2016, 3, 1).addDays(i)));
    {
        auto owner = Store::open(importUrl, &error);
        QVERIFY2(owner, qPrintable(error));
        QString why;
        QVERIFY2(owner->canImport(&why), qPrintable(why));
        ImportRecord record;
        QVERIFY(writeAll(*owner, cases, &record));
        QSqlQuery query(owner->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND "
                                          "tableowner <> 'caseload_import'"))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // The reading role opens the current schema without writing, and reads.
    auto reader = Store::open(readUrl, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(reader->caseCount(), 20);
    std::sort(cases.begin(), cases.end(),
        [](const CaseRecord &a, const CaseRecord &b) { return a.caseNumber < b.caseNumber; });
    QCOMPARE(allCases(*reader), cases);
    QString why;
    QVERIFY(!reader->canImport(&why));
    QCOMPARE(why,
        QStringLiteral(
            "the database role 'caseload_read' may only read: ask the data office for an importing role"));
    {
        CaseWriter writer(*reader);
        CaseWriter::Options options;
        options.present.fill(true);
        QVERIFY(!writer.begin(options, ImportRecord(), &error));
        QCOMPARE(error, why);
    }
    // The grants themselves refuse writes, not only Caseload's check.
    QSqlQuery refused(reader->database());
    QVERIFY(!refused.exec(QStringLiteral("DELETE FROM cases")));
    QCOMPARE(refused.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!refused.exec(QStringLiteral("CREATE TABLE intruder (x INTEGER)")));

    // The command line: kpi figures through the reading role as through the owner; import refused.
    const QString home = m_dir.filePath(QStringLiteral("home-roles"));
    const QString csv = m_dir.filePath(QStringLiteral("roles.csv"));
    const auto generated
        = test::runCaseload({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("50"),
                                QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"), csv},
            home);
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const auto kpiRead = test::runCaseload(
        {QStringLiteral("kpi"), QStringLiteral("--db"), readUrl, QStringLiteral("--json")}, home);
    QVERIFY2(kpiRead.exitCode == 0, qPrintable(kpiRead.err));
    QVERIFY(!QJsonDocument::fromJson(kpiRead.out.toUtf8()).isNull());
    const auto kpiOwner = test::runCaseload(
        {QStringLiteral("kpi"), QStringLiteral("--db"), importUrl, QStringLiteral("--json")}, home);
    QVERIFY2(kpiOwner.exitCode == 0, qPrintable(kpiOwner.err));
    QCOMPARE(kpiRead.out, kpiOwner.out);
    const auto importRead
        = test::runCaseload({QStringLiteral("import"), csv, QStringLiteral("--db"), readUrl}, home);
    QCOMPARE(importRead.exitCode, 1);
    QVERIFY2(importRead.err.contains(why), qPrintable(importRead.err));
    QCOMPARE(reader->caseCount(), 20);
    QCOMPARE(reader->importHistory().size(), 1);
    const auto importOwner
        = test::runCaseload({QStringLiteral("import"), csv, QStringLiteral("--db"), importUrl}, home);
    QVERIFY2(importOwner.exitCode == 0, qPrintable(importOwner.err));
    QCOMPARE(reader->importHistory().size(), 2);
    QVERIFY(reader->caseCount() > 20);

    // A schema upgrade needs the owner: the reading role is told so, changing nothing.
    {
        auto owner = Store::open(importUrl, &error);
        QVERIFY2(owner, qPrintable(error));
        QSqlQuery query(owner->database());
        for (const char *sql : {"ALTER TABLE cases DROP COLUMN latest_on",
                 "ALTER TABLE imports DROP COLUMN older", "DROP TABLE case_table_snapshot", "DROP INDEX cases_import", "UPDATE schema_info SET version = 2"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
    }
    reader.reset();
    QVERIFY(!Store::open(readUrl, &error));
    QVERIFY2(error.contains(QStringLiteral("'caseload_read' may not make")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("version %1").arg(Store::currentSchemaVersion())), qPrintable(error));
    auto owner = Store::open(importUrl, &error);
    QVERIFY2(owner, qPrintable(error));
    QCOMPARE(owner->schemaVersion(), Store::currentSchemaVersion());
    reader = Store::open(readUrl, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->importHistory().size(), 2); // the new column is readable too
}

void tst_PgStore::concurrentImportsKeepTheNewestState()
{
    // Export A: cases 1..1500 closed (newer). Export B, an older snapshot: cases 501..2000 open, in
    // reverse order (two upserting transactions without the lock would deadlock or collide).
    QList<CaseRecord> newer;
    QList<CaseRecord> older;
    for (int i = 1; i <= 1500; ++i)
        newer.append(closedCase(i, QDate(2016, 1, 1).addDays(i % 300)));
    for (int i = 2000; i >= 501; --i)
        older.append(makeCase(i, QDate(2016, 1, 1).addDays(i % 300)));
    for (int round = 0; round < 2; ++round) {
        const QString url = round == 0 ? m_url : m_server.createDatabase();
        QString error;
        {
            auto store = Store::open(url, &error); // the schema, before the race
            QVERIFY2(store, qPrintable(error));
        }
        QSemaphore ready;
        QSemaphore go;
        ImportRecord records[2];
        QString errors[2];
        bool ok[2] = {false, false};
        const auto import = [&](int which) {
            auto store = Store::open(url, &errors[which]);
            ready.release();
            go.acquire();
            if (store)
                ok[which] = writeAll(*store, which == 0 ? newer : older, &records[which]);
        };
        // Round 0 starts the newer export first, round 1 the older one: either order ends the same.
        std::thread first(import, round);
        std::thread second(import, 1 - round);
        ready.acquire(2);
        go.release(2);
        first.join();
        second.join();
        QVERIFY2(ok[0] && ok[1], qPrintable(errors[0] + errors[1]));
        const ImportRecord &a = records[0];
        const ImportRecord &b = records[1];
        QCOMPARE(a.inserted + b.inserted, 2000);
        for (const ImportRecord &r : records)
            QCOMPARE(r.inserted + r.updated + r.unchanged + r.older, r.accepted);
        if (a.id < b.id) { // A committed first: B's 1000 overlapping rows are older
            QCOMPARE(a.inserted, 1500);
            QCOMPARE(b.inserted, 500);
            QCOMPARE(b.older, 1000);
        } else { // B first: A moves the 1000 overlapping cases forward
            QCOMPARE(b.inserted, 1500);
            QCOMPARE(a.inserted, 500);
            QCOMPARE(a.updated, 1000);
            QCOMPARE(a.older, 0);
        }
        auto store = Store::open(url, &error);
        QVERIFY2(store, qPrintable(error));
        QList<CaseRecord> expected = newer;
        for (const CaseRecord &r : std::as_const(older)) {
            if (CaseNumber::parse(r.caseNumber).sequence > 1500)
                expected.append(r);
        }
        std::sort(expected.begin(), expected.end(),
            [](const CaseRecord &x, const CaseRecord &y) { return x.caseNumber < y.caseNumber; });
        QCOMPARE(store->caseCount(), 2000);
        QCOMPARE(allCases(*store), expected);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT MIN(id), MAX(id), COUNT(DISTINCT case_number) FROM cases"))
            && query.next());
        QCOMPARE(query.value(0).toLongLong(), 1);
        QCOMPARE(query.value(1).toLongLong(), 2000);
        QCOMPARE(query.value(2).toLongLong(), 2000);
    }
}

void tst_PgStore::lostConnectionDuringAnImport_data()
{
    QTest::addColumn<bool>("atCommit");
    QTest::newRow("between two batches") << false;
    QTest::newRow("just before the commit") << true;
}

void tst_PgStore::lostConnectionDuringAnImport()
{
    QFETCH(bool, atCommit);
    const QString home = m_dir.filePath(QStringLiteral("home-lost"));
    const QString csv = m_dir.filePath(QStringLiteral("lost.csv"));
    if (!QFile::exists(csv)) {
        // More than one batch (8,192 rows) of the importer.
        const auto generated = test::runCaseload(
            {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("9000"),
                QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), csv},
            home);
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    }
    QString error;
    auto store = Store::open(m_url, &error);
    QVERIFY2(store, qPrintable(error));
    QList<CaseRecord> before;
    for (int i = 1; i <= 100; ++i)
        before.append(makeCase(i, QDate(2015, 1, 1).addDays(i)));
    ImportRecord record;
    QVERIFY(writeAll(*store, before, &record));

    // How often the importer reports progress for this file: after each batch written, and once more
    // just before the commit. Counted on a scratch database.
    int &calls = m_importProgressCalls;
    if (calls == 0) {
        auto scratch = Store::open(m_server.createDatabase(), &error);
        QVERIFY2(scratch, qPrintable(error));
        const ImportSummary counted
            = Importer(*scratch).importFile(csv, ImportOptions(), [&](qint64, qint64) {
                  ++calls;
                  return true;
              });
        QVERIFY2(counted.ok, qPrintable(counted.error));
    }
    QVERIFY(calls >= 3); // two batches at least, then the last word before the commit
    const int endAtCall = atCommit ? calls : 1;
    int call = 0;
    int ended = 0;
    Importer importer(*store);
    const ImportSummary summary = importer.importFile(csv, ImportOptions(), [&](qint64, qint64) {
        if (++call == endAtCall)
            ended = m_server.terminateSessions(databaseOf(m_url));
        return true;
    });
    QCOMPARE(ended, 1);
    QCOMPARE(call, endAtCall); // no more progress once the connection is gone
    QVERIFY(!summary.ok);
    const QString server
        = QStringLiteral("%1:%2/%3").arg(m_base.host()).arg(m_base.port()).arg(databaseOf(m_url));
    QVERIFY2(summary.error.contains(QStringLiteral("lost the connection to the server ") + server),
        qPrintable(summary.error));
    QVERIFY2(summary.error.contains(QStringLiteral("nothing was imported")), qPrintable(summary.error));
    QVERIFY(Store::isConnectionError(summary.error));
    QVERIFY(!store->isConnected());
    store.reset();

    // Nothing of the import is stored, and a fresh connection works.
    auto fresh = Store::open(m_url, &error);
    QVERIFY2(fresh, qPrintable(error));
    QVERIFY(fresh->isConnected());
    QCOMPARE(fresh->caseCount(), 100);
    QCOMPARE(fresh->importHistory().size(), 1);
    if (!atCommit)
        return;
    Importer again(*fresh);
    const ImportSummary retried = again.importFile(csv, ImportOptions());
    QVERIFY2(retried.ok, qPrintable(retried.error));
    QCOMPARE(fresh->caseCount(), 100 + retried.inserted);
}

void tst_PgStore::lostConnectionDuringARead()
{
    QString error;
    auto store = Store::open(m_url, &error);
    QVERIFY2(store, qPrintable(error));
    QList<CaseRecord> cases;
    for (int i = 1; i <= 50; ++i)
        cases.append(makeCase(i, QDate(2016, 1, 1).addDays(i)));
    ImportRecord record;
    QVERIFY(writeAll(*store, cases, &record));
    QVERIFY(CaseTable::load(*store, &error));

    QCOMPARE(m_server.terminateSessions(databaseOf(m_url)), 1);
    error.clear();
    QVERIFY(!CaseTable::load(*store, &error)); // what the dashboard, kpi and forecast read first
    // CaseTable's message may not say why (QtSql reports "database not open" without text once libpq
    // has seen the connection drop): the store tells.
    QVERIFY(!error.isEmpty());
    QVERIFY(!store->isConnected());
    QString why;
    QVERIFY(!store->canImport(&why));
    QVERIFY2(Store::isConnectionError(why), qPrintable(why));
    const QString message = Store::connectionLostMessage(store->location(), error);
    QVERIFY2(message.startsWith(QStringLiteral("lost the connection to the server %1:%2/%3: ")
                                    .arg(m_base.host())
                                    .arg(m_base.port())
                                    .arg(databaseOf(m_url))),
        qPrintable(message));
    QVERIFY(Store::isConnectionError(message));
    store.reset();

    auto fresh = Store::open(m_url, &error);
    QVERIFY2(fresh, qPrintable(error));
    const auto table = CaseTable::load(*fresh, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), 50);
}

void tst_PgStore::connectionErrorsAreToldApart()
{
    QString error;
    auto store = Store::open(m_url, &error);
    QVERIFY2(store, qPrintable(error));
    // Errors of the server that leave the session alive: not connection errors.
    QSqlQuery query(store->database());
    QVERIFY(!query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    QVERIFY(!Store::isConnectionError(query.lastError().text()));
    QVERIFY(store->isConnected());
    QVERIFY(store->database().transaction());
    QVERIFY(!query.exec(QStringLiteral("SELECT 1/0")));
    QVERIFY(!Store::isConnectionError(query.lastError().text()));
    QVERIFY(store->isConnected()); // an aborted transaction is still a live session
    QVERIFY(store->database().rollback());
    ImportRecord record;
    QVERIFY(writeAll(*store, {makeCase(1, QDate(2016, 1, 2))}, &record));
    QVERIFY(!Store::isConnectionError(QStringLiteral("the database role 'x' may only read")));
    QVERIFY(!Store::isConnectionError(QString()));
    // Nothing listens on port 1: cannot connect.
    QVERIFY(!Store::open(QStringLiteral("postgresql://u@127.0.0.1:1/db"), &error));
    QVERIFY2(Store::isConnectionError(error), qPrintable(error));
}

void tst_PgStore::cliCountsOlderRowsOnBothBackends()
{
    const QString header = QStringLiteral("案号,经办法院,立案日期,结案日期,结案方式,申请执行标的金额(元)\n");
    // June's export: case 1 closed on 2016-05-01. April's, imported after it: case 1 still open (older),
    // case 2 as in June (unchanged), case 3 new.
    const QString june = m_dir.filePath(QStringLiteral("june.csv"));
    QVERIFY(test::writeText(june,
        header
            + QStringLiteral("（2016）京0105执1号,北京市朝阳区人民法院,2016-03-01,2016-05-01,执行完毕,100\n"
                             "（2016）京0105执2号,北京市朝阳区人民法院,2016-03-02,,,200\n")));
    const QString april = m_dir.filePath(QStringLiteral("april.csv"));
    QVERIFY(test::writeText(april,
        header
            + QStringLiteral("（2016）京0105执1号,北京市朝阳区人民法院,2016-03-01,,,100\n"
                             "（2016）京0105执2号,北京市朝阳区人民法院,2016-03-02,,,200\n"
                             "（2016）京0105执3号,北京市朝阳区人民法院,2016-03-03,,,300\n")));
    const QString home = m_dir.filePath(QStringLiteral("home-older"));
    for (const QString &db : {m_dir.filePath(QStringLiteral("older%1.sqlite").arg(m_counter)), m_url}) {
        const auto first
            = test::runCaseload({QStringLiteral("import"), june, QStringLiteral("--db"), db}, home);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(!first.out.contains(QStringLiteral("older")), qPrintable(first.out));
        const auto second
            = test::runCaseload({QStringLiteral("import"), april, QStringLiteral("--db"), db}, home);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(
            second.out.contains(QStringLiteral("read 3, accepted 3, rejected 0")), qPrintable(second.out));
        QVERIFY2(second.out.contains(QStringLiteral("inserted 1, updated 0, unchanged 1;")),
            qPrintable(second.out));
        QVERIFY2(second.out.contains(QStringLiteral("older 1: ")), qPrintable(second.out));
        QString error;
        auto store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->findCase(u"(2016)京0105执1号")->closedOn, QDate(2016, 5, 1));
        QCOMPARE(store->importHistory().constFirst().older, 1);
    }
}

QTEST_GUILESS_MAIN(tst_PgStore)
#include "tst_pgstore.moc"
