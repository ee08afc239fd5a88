#include "PgTestServer.h"
#include "TestSupport.h"
#include "store/CaseWriter.h"
#include "store/Store.h"

#include <QFile>
#include <QScopeGuard>
#include <QDir>
#include <QStandardPaths>
#include <QProcess>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <thread>
#include <tuple>

#include <unistd.h>

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

bool writeAll(Store &store, const QList<CaseRecord> &cases, bool portable, ImportRecord *record,
    const CaseWriter::Options *options = nullptr)
{
    CaseWriter writer(store);
    QString error;
    record->fileName = QStringLiteral("test.csv");
    record->importedAt = QDateTime::currentDateTimeUtc();
    record->encoding = QStringLiteral("utf-8");
    bool ok = writer.begin(options ? *options : allFields(portable), *record, &error);
    for (const CaseRecord &r : cases)
        ok = ok && writer.write(r, CaseNumber::parse(r.caseNumber), &error);
    record->rowsRead = record->accepted = cases.size();
    ok = ok && writer.commit(record, &error);
    if (!ok)
        qWarning("write failed: %s", qPrintable(error));
    return ok;
}

} // namespace

/// The store's tests. Run twice by CTest: `store` on SQLite files in a temporary folder, `store_pg` with
/// CASELOAD_STORE_BACKEND=postgresql on the PostgreSQL server of the pgcluster fixture (CASELOAD_TEST_PG),
/// each test function in fresh databases of its own. Tests of SQLite-only behaviour skip on the server.
class tst_Store : public QObject
{
    Q_OBJECT

private:
    /// The location of the current test's store `name`: an SQLite file, or a database on the server
    /// (created on first use in a test, dropped after it).
    QString location(const QString &name);
    bool onServer() const { return m_server != nullptr; }
    /// Ids of the stored cases, ascending.
    static QList<qint64> caseIds(const Store &store);
    /// latest_on of one case, -1 when NULL or missing.
    static qint64 latestOn(const Store &store, const QString &caseNumber);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestServer> m_server;
    QMap<QString, QString> m_locations; ///< name → server URL, for the current test

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createsFolderSchemaAndWal();
    void readOnlyFileOpensForReading();
    void refusesADatabaseFromANewerVersion();
    void refusesAFileThatIsNotADatabase();
    void portableAndNativeWritersAgree_data();
    void portableAndNativeWritersAgree();
    void unfinishedWriterChangesNothing();
    void reopenedStoreKeepsCasesAndHistory();
    void migratesAVersion1Database();
    void petitionsRoundTrip();
    void petitionValidation_data();
    void petitionValidation();
    void courtGroupsRoundTrip();
    void courtGroupValidation();
    void failedWritesChangeNothing();
    void settingsRoundTrip();
    void mappingProfilesListAndRemove();
    void idsStayDenseOnReimport();
    void olderStatesAreNotApplied();
    void partialFileComparesTheDatesItCarries();
    void migratesAVersion2DatabaseFillingLatestDates();
    void canImportIntoAWritableStore();
    void twoClientsMigrateAtOnce();
};

void tst_Store::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString backend = qEnvironmentVariable("CASELOAD_STORE_BACKEND");
    if (backend == QLatin1String("postgresql")) {
        m_server = std::make_unique<test::PgTestServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    } else {
        QVERIFY2(backend.isEmpty() || backend == QLatin1String("sqlite"),
            "CASELOAD_STORE_BACKEND must be sqlite or postgresql");
    }
}

void tst_Store::cleanup()
{
    m_locations.clear();
    if (m_server)
        m_server->dropDatabases();
}

QString tst_Store::location(const QString &name)
{
    if (!m_server)
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    auto it = m_locations.find(name);
    if (it == m_locations.end())
        it = m_locations.insert(name, m_server->createDatabase());
    return *it;
}

QList<qint64> tst_Store::caseIds(const Store &store)
{
    QList<qint64> ids;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT id FROM cases ORDER BY id")))
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

qint64 tst_Store::latestOn(const Store &store, const QString &caseNumber)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT latest_on FROM cases WHERE case_number = ?"));
    query.addBindValue(CaseNumber::canonical(caseNumber));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return -1;
    return query.value(0).toLongLong();
}

void tst_Store::createsFolderSchemaAndWal()
{
    if (onServer())
        QSKIP("SQLite only: the folder, the file and WAL mode");
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
    for (const char *table : {"cases", "courts", "causes", "handlers", "departments", "imports",
             "mapping_profiles", "petitions", "court_groups", "settings"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(store->caseCount(), 0);
}

void tst_Store::readOnlyFileOpensForReading()
{
    // A store this user may only read (a copy on a read-only share) opens for the dashboard, read-only:
    // the same figures, and a clear refusal to import. Root may write anything, so as root the program
    // runs as nobody (setpriv); otherwise the file and its folder are made read-only here.
    if (onServer())
        QSKIP("SQLite only: file permissions (see pgstore for read-only roles)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString folder = home.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("cases.sqlite"));
    {
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(test::writeCases(*store,
            {makeCase(1, QDate(2016, 1, 4), QDate(2016, 3, 1), ClosureMethod::Performed),
                makeCase(2, QDate(2016, 2, 1)), makeCase(3, QDate(2016, 2, 9))}));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // closed cleanly: the WAL is gone
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadUser
        | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions enterable
        = readable | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(path, readable));
    QVERIFY(QFile::setPermissions(folder, enterable));
    QVERIFY(QFile::setPermissions(home.path(), enterable | QFileDevice::WriteOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, enterable | QFileDevice::WriteOwner);
        QFile::setPermissions(path, readable | QFileDevice::WriteOwner);
    });

    if (geteuid() != 0) {
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->caseCount(), 3);
        QString why;
        QVERIFY(!store->canImport(&why));
        QVERIFY2(why.contains(QStringLiteral("read-only")), qPrintable(why));
        return;
    }
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty() || test::caseloadExecutable().isEmpty())
        QSKIP("needs setpriv (util-linux) and the caseload executable to run as another user");
    const auto asNobody = [&](const QStringList &args) {
        QProcess process;
        process.setWorkingDirectory(home.path());
        process.start(setpriv,
            QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("env"), QStringLiteral("HOME=") + home.path(),
                QStringLiteral("XDG_RUNTIME_DIR=") + home.path(), QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                test::caseloadExecutable()}
                + args);
        process.waitForFinished(60000);
        return std::tuple {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    };
    const test::RunResult mine
        = test::runCaseload({QStringLiteral("kpi"), QStringLiteral("--db"), path, QStringLiteral("--json")},
            m_dir.filePath(QStringLiteral("root-home")));
    QCOMPARE(mine.exitCode, 0);
    const auto [kpiCode, kpiOut, kpiErr]
        = asNobody({QStringLiteral("kpi"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QVERIFY2(kpiCode == 0, qPrintable(kpiErr));
    QCOMPARE(kpiOut, mine.out);
    const QString csv = home.filePath(QStringLiteral("more.csv"));
    QVERIFY(test::writeText(csv, QStringLiteral("案号,立案日期\n（2016）京0105执9号,2016-03-01\n")));
    QFile::setPermissions(csv, readable);
    const auto [importCode, importOut, importErr]
        = asNobody({QStringLiteral("import"), csv, QStringLiteral("--db"), path});
    QCOMPARE(importCode, 1);
    QVERIFY2(importErr.contains(QStringLiteral("read-only")), qPrintable(importErr + importOut));
    QString error;
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->caseCount(), 3); // nothing was written
}

void tst_Store::refusesADatabaseFromANewerVersion()
{
    const QString path = location(QStringLiteral("newer"));
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
    if (onServer())
        QSKIP("SQLite only: a file that is not a database");
    const QString path = location(QStringLiteral("text"));
    QVERIFY(test::writeText(path, QStringLiteral("案号,立案日期\n").repeated(200)));
    QString error;
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
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
    if (onServer() && !portable)
        QSKIP("SQLite only: the native sqlite3 writer");
    QString error;
    auto store = Store::open(location(QStringLiteral("writer%1").arg(portable)), &error);
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
    auto store = Store::open(location(QStringLiteral("rollback")), &error);
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
    if (onServer())
        return; // the bulk load without indexes is SQLite's
    // The indexes dropped for the bulk load are back.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'cases_%' ORDER BY name")));
    QStringList indexes;
    while (query.next())
        indexes.append(query.value(0).toString());
    QCOMPARE(indexes, QStringList({QStringLiteral("cases_case_number"), QStringLiteral("cases_import")}));
}

void tst_Store::reopenedStoreKeepsCasesAndHistory()
{
    const QString path = location(QStringLiteral("reopen"));
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

void tst_Store::migratesAVersion1Database()
{
    // A version-1 file as the previous build wrote it: version 1 created exactly today's cases,
    // courts, ... tables, so dropping what versions 2 to 4 added and stamping 1 gives the old file.
    const QString path = location(QStringLiteral("v1"));
    QString error;
    QList<CaseRecord> cases = {makeCase(1, QDate(2016, 3, 1), QDate(2016, 5, 1), ClosureMethod::Performed),
        makeCase(2, QDate(2016, 3, 2))};
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        ImportRecord record;
        QVERIFY(writeAll(*store, cases, false, &record));
        QSqlQuery query(store->database());
        for (const char *sql : {"DROP TABLE petitions", "DROP TABLE court_groups", "DROP TABLE settings",
                 "ALTER TABLE cases DROP COLUMN latest_on", "ALTER TABLE imports DROP COLUMN older", "DROP TABLE case_table_snapshot", "DROP INDEX cases_import",
                 "UPDATE schema_info SET version = 1"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(!store->database().tables().contains(QStringLiteral("petitions")));
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_info")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), Store::currentSchemaVersion());
    QCOMPARE(allCases(*store), cases);
    QCOMPARE(store->importHistory().size(), 1);
    QVERIFY(store->petitions(&error).isEmpty());
    QVERIFY(store->courtGroups(&error).isEmpty());
    QVERIFY(store->setSetting(QStringLiteral("k"), QStringLiteral("v"), &error));
    QVERIFY2(
        store->setPetition(
            {QStringLiteral("北京市朝阳区人民法院"), QDate(2016, 1, 1), QDate(2016, 12, 31), 10, 9}, &error),
        qPrintable(error));
}

void tst_Store::petitionsRoundTrip()
{
    const QString path = location(QStringLiteral("petitions"));
    const QString chaoyang = QStringLiteral("北京市朝阳区人民法院");
    const QString haidian = QStringLiteral("北京市海淀区人民法院");
    const PetitionFigure second {chaoyang, QDate(2017, 1, 1), QDate(2017, 12, 31), 40, 38};
    const PetitionFigure first {chaoyang, QDate(2016, 1, 1), QDate(2016, 12, 31), 25, 25};
    const PetitionFigure other {haidian, QDate(2016, 7, 1), QDate(2016, 7, 1), 0, 0}; // one day, nothing
    QString error;
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->petitions(&error).isEmpty());
        for (const PetitionFigure &f : {other, second, first})
            QVERIFY2(store->setPetition(f, &error), qPrintable(error));
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    // Ordered by court (朝 U+671D before 海 U+6D77), then by period.
    QCOMPARE(store->petitions(&error), (QList<PetitionFigure> {first, second, other}));

    // Same court and period: replaced, not added. Blanks around the court are dropped.
    PetitionFigure corrected = second;
    corrected.court = QStringLiteral(" %1 ").arg(chaoyang);
    corrected.resolved = 40;
    QVERIFY2(store->setPetition(corrected, &error), qPrintable(error));
    corrected.court = chaoyang;
    QCOMPARE(store->petitions(&error), (QList<PetitionFigure> {first, corrected, other}));
    // A different period of the same court is another figure.
    const PetitionFigure overlapping {chaoyang, QDate(2016, 1, 1), QDate(2016, 6, 30), 12, 11};
    QVERIFY(store->setPetition(overlapping, &error));
    QCOMPARE(store->petitions(&error).size(), 4);

    QVERIFY2(
        store->removePetition(chaoyang, QDate(2016, 1, 1), QDate(2016, 6, 30), &error), qPrintable(error));
    QCOMPARE(store->petitions(&error), (QList<PetitionFigure> {first, corrected, other}));
    error.clear();
    QVERIFY(!store->removePetition(chaoyang, QDate(2016, 1, 1), QDate(2016, 6, 30), &error));
    QVERIFY2(error.contains(chaoyang) && error.contains(QStringLiteral("2016-06-30")), qPrintable(error));
    QVERIFY(!store->removePetition(haidian, QDate(), QDate(2016, 7, 1), &error));
    QCOMPARE(store->petitions(&error).size(), 3);
}

void tst_Store::petitionValidation_data()
{
    QTest::addColumn<PetitionFigure>("figure");
    QTest::addColumn<QString>("errorMentions");
    const QString court = QStringLiteral("北京市朝阳区人民法院");
    const QDate from(2016, 1, 1);
    const QDate to(2016, 12, 31);
    QTest::newRow("no court") << PetitionFigure {QString(), from, to, 1, 1} << QStringLiteral("court");
    QTest::newRow("blank court") << PetitionFigure {QStringLiteral(" \u3000"), from, to, 1, 1}
                                 << QStringLiteral("court");
    QTest::newRow("no start") << PetitionFigure {court, QDate(), to, 1, 1} << QStringLiteral("period");
    QTest::newRow("no end") << PetitionFigure {court, from, QDate(), 1, 1} << QStringLiteral("period");
    QTest::newRow("ends before it starts")
        << PetitionFigure {court, to, from, 1, 1} << QStringLiteral("before it starts");
    QTest::newRow("negative received")
        << PetitionFigure {court, from, to, -1, 0} << QStringLiteral("negative");
    QTest::newRow("negative resolved")
        << PetitionFigure {court, from, to, 5, -1} << QStringLiteral("between 0");
    QTest::newRow("more resolved than received")
        << PetitionFigure {court, from, to, 5, 6} << QStringLiteral("between 0");
}

void tst_Store::petitionValidation()
{
    QFETCH(PetitionFigure, figure);
    QFETCH(QString, errorMentions);
    QString error;
    auto store = Store::open(location(QStringLiteral("validation")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->setPetition(figure, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY(store->petitions(&error).isEmpty());
    QVERIFY(!store->setPetition(figure, nullptr)); // no error wanted: still refused
}

void tst_Store::courtGroupsRoundTrip()
{
    const QString path = location(QStringLiteral("groups"));
    const QString a = QStringLiteral("北京市朝阳区人民法院");
    const QString b = QStringLiteral("北京市海淀区人民法院");
    const QString c = QStringLiteral("北京市东城区人民法院");
    QString error;
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->courtGroups(&error).isEmpty());
        QVERIFY2(store->setCourtGroup(QStringLiteral("城区"), {b, a, QStringLiteral(" %1").arg(a)}, &error),
            qPrintable(error));
        QVERIFY(store->setCourtGroup(QStringLiteral("试点"), {c}, &error));
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QMap<QString, QStringList> expected;
    expected.insert(QStringLiteral("城区"), {a, b}); // duplicates dropped, sorted: 朝 < 海
    expected.insert(QStringLiteral("试点"), {c});
    QCOMPARE(store->courtGroups(&error), expected);

    // Replacing a group's courts drops the old ones; an empty list deletes the group.
    QVERIFY(store->setCourtGroup(QStringLiteral("城区"), {c, b}, &error));
    QVERIFY(store->setCourtGroup(QStringLiteral("试点"), {}, &error));
    expected.clear();
    expected.insert(QStringLiteral("城区"), {c, b}); // 东 U+4E1C < 海 U+6D77
    QCOMPARE(store->courtGroups(&error), expected);
    // Deleting a group that does not exist is not an error.
    QVERIFY2(store->setCourtGroup(QStringLiteral("无此组"), {}, &error), qPrintable(error));
    QCOMPARE(store->courtGroups(&error), expected);
}

void tst_Store::courtGroupValidation()
{
    QString error;
    auto store = Store::open(location(QStringLiteral("groupcheck")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->setCourtGroup(QStringLiteral("  "), {QStringLiteral("x")}, &error));
    QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
    error.clear();
    QVERIFY(!store->setCourtGroup(QStringLiteral("g"), {QStringLiteral("x"), QString()}, &error));
    QVERIFY2(error.contains(QStringLiteral("without a name")), qPrintable(error));
    QVERIFY(store->courtGroups(&error).isEmpty());
}

void tst_Store::failedWritesChangeNothing()
{
    QString error;
    auto store = Store::open(location(QStringLiteral("atomic")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->setCourtGroup(QStringLiteral("g"), {QStringLiteral("a"), QStringLiteral("b")}, &error));
    const PetitionFigure figure {QStringLiteral("a"), QDate(2016, 1, 1), QDate(2016, 3, 31), 3, 2};
    QVERIFY(store->setPetition(figure, &error));
    // The database refuses the court 'boom' (a test trigger), after the group's old rows were deleted
    // and 'c' was inserted: the whole replacement is undone.
    QSqlQuery query(store->database());
    if (onServer()) {
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "IF TG_TABLE_NAME = 'petitions' OR NEW.court = 'boom' THEN RAISE EXCEPTION 'refused'; "
                     "END IF; RETURN NEW; END $$")),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_group BEFORE INSERT ON court_groups "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse()")));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_petition BEFORE UPDATE ON petitions "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse()")));
    } else {
        QVERIFY(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_group BEFORE INSERT ON court_groups "
                                      "WHEN NEW.court = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_petition BEFORE UPDATE ON petitions "
                                          "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    error.clear();
    QVERIFY(
        !store->setCourtGroup(QStringLiteral("g"), {QStringLiteral("c"), QStringLiteral("boom")}, &error));
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
    QCOMPARE(store->courtGroups(&error).value(QStringLiteral("g")),
        (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    error.clear();
    PetitionFigure changed = figure;
    changed.resolved = 3;
    QVERIFY(!store->setPetition(changed, &error));
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
    QCOMPARE(store->petitions(&error), QList<PetitionFigure> {figure});
    // No transaction is left open: the next write goes through.
    QVERIFY2(store->setSetting(QStringLiteral("k"), QStringLiteral("v"), &error), qPrintable(error));
    // Committed: another connection sees it.
    auto other = Store::open(store->location(), &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->setting(QStringLiteral("k")), QStringLiteral("v"));
}

void tst_Store::settingsRoundTrip()
{
    const QString path = location(QStringLiteral("settings"));
    QString error;
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->setting(QStringLiteral("indicators/limitMonths")), QString());
        QVERIFY2(store->setSetting(QStringLiteral("indicators/limitMonths"), QStringLiteral("6"), &error),
            qPrintable(error));
        QVERIFY(store->setSetting(QStringLiteral("indicators/limitMonths"), QStringLiteral("3"), &error));
        QVERIFY(store->setSetting(QStringLiteral("名称"), QStringLiteral("北京市高级人民法院"), &error));
        QVERIFY(store->setSetting(QStringLiteral("empty"), QString(), &error));
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->setting(QStringLiteral("indicators/limitMonths")), QStringLiteral("3"));
    QCOMPARE(store->setting(QStringLiteral("名称")), QStringLiteral("北京市高级人民法院"));
    QCOMPARE(store->setting(QStringLiteral("empty")), QString());
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    error.clear();
    QVERIFY(!store->setSetting(QString(), QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
}

void tst_Store::mappingProfilesListAndRemove()
{
    const QString path = location(QStringLiteral("profiles"));
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->mappingProfiles(&error).isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("sig-b"), QStringLiteral("朝阳 2016"), QStringLiteral("{}")));
        QVERIFY(
            store->saveMappingProfile(QStringLiteral("sig-a"), QStringLiteral("海淀"), QStringLiteral("{}")));
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("sig-c"), QStringLiteral("朝阳 2016"), QStringLiteral("{}")));
        // Saving again under the same signature renames, it does not add.
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("sig-a"), QStringLiteral("Haidian"), QStringLiteral("[]")));
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<MappingProfileInfo> profiles = store->mappingProfiles(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(profiles.size(), 3);
    // By name (ASCII "H" < 朝 U+671D), then signature.
    QCOMPARE(profiles[0].name, QStringLiteral("Haidian"));
    QCOMPARE(profiles[0].signature, QStringLiteral("sig-a"));
    QCOMPARE(profiles[1].signature, QStringLiteral("sig-b"));
    QCOMPARE(profiles[2].signature, QStringLiteral("sig-c"));
    QCOMPARE(profiles[2].name, QStringLiteral("朝阳 2016"));
    for (const MappingProfileInfo &p : profiles) {
        QVERIFY(p.updatedAt.isValid());
        QVERIFY(p.updatedAt >= before.addSecs(-1));
        QVERIFY(p.updatedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    QVERIFY2(store->removeMappingProfile(QStringLiteral("sig-b"), &error), qPrintable(error));
    QCOMPARE(store->mappingProfile(QStringLiteral("sig-b")), QString());
    QCOMPARE(store->mappingProfile(QStringLiteral("sig-a")), QStringLiteral("[]"));
    QCOMPARE(store->mappingProfiles(&error).size(), 2);
    error.clear();
    QVERIFY(!store->removeMappingProfile(QStringLiteral("sig-b"), &error));
    QVERIFY2(error.contains(QStringLiteral("sig-b")), qPrintable(error));
    error.clear();
    QVERIFY(!store->removeMappingProfile(QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store->mappingProfiles(&error).size(), 2);
}

namespace {

qint64 day(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

} // namespace

void tst_Store::idsStayDenseOnReimport()
{
    for (const bool portable : {false, true}) {
        if (onServer() && !portable)
            continue; // the server has only the portable writer
        QString error;
        auto store = Store::open(location(QStringLiteral("dense%1").arg(portable)), &error);
        QVERIFY2(store, qPrintable(error));
        QList<CaseRecord> cases;
        for (int i = 1; i <= 300; ++i)
            cases.append(makeCase(i, QDate(2016, 1, 1).addDays(i)));
        ImportRecord first;
        QVERIFY(writeAll(*store, cases, portable, &first));
        QCOMPARE(first.inserted, 300);

        // 30 closed since, one with a new handler, 50 new cases after them in the file.
        for (int i = 0; i < 30; ++i) {
            cases[i].closedOn = cases[i].filedOn.addDays(30);
            cases[i].closureMethod = ClosureMethod::Performed;
        }
        cases[99].handler = QStringLiteral("李法官");
        for (int i = 301; i <= 350; ++i)
            cases.append(makeCase(i, QDate(2016, 12, 1)));
        ImportRecord second;
        QVERIFY(writeAll(*store, cases, portable, &second));
        QCOMPARE(second.inserted, 50);
        QCOMPARE(second.updated, 31);
        QCOMPARE(second.unchanged, 269);
        QCOMPARE(second.older, 0);
        QList<qint64> expected;
        for (qint64 id = 1; id <= 350; ++id)
            expected.append(id);
        QCOMPARE(caseIds(*store), expected);
        // The new cases took 301..350 in the order of the file.
        QList<qint64> newIds;
        for (qint64 id = 301; id <= 350; ++id)
            newIds.append(id);
        const auto numbers = store->caseNumbers(newIds, &error);
        QVERIFY2(numbers, qPrintable(error));
        QCOMPARE(numbers->value(301), makeCase(301, {}).caseNumber);
        QCOMPARE(numbers->value(350), makeCase(350, {}).caseNumber);

        // The same again changes nothing; one more case is 351.
        ImportRecord third;
        QVERIFY(writeAll(*store, cases, portable, &third));
        QCOMPARE(third.unchanged, 350);
        cases.append(makeCase(351, QDate(2016, 12, 2)));
        ImportRecord fourth;
        QVERIFY(writeAll(*store, cases, portable, &fourth));
        QCOMPARE(fourth.inserted, 1);
        expected.append(351);
        QCOMPARE(caseIds(*store), expected);
    }
}

void tst_Store::olderStatesAreNotApplied()
{
    QString error;
    auto store = Store::open(location(QStringLiteral("older")), &error);
    QVERIFY2(store, qPrintable(error));
    // Case 1 closed on 2016-05-01 (latest date); case 2 open, inquiry on 2016-03-07 (latest date).
    const CaseRecord closed1 = makeCase(1, QDate(2016, 3, 1), QDate(2016, 5, 1), ClosureMethod::Performed);
    const CaseRecord open2 = makeCase(2, QDate(2016, 3, 2));
    ImportRecord first;
    QVERIFY(writeAll(*store, {closed1, open2}, false, &first));
    QCOMPARE(latestOn(*store, closed1.caseNumber), day(QDate(2016, 5, 1)));
    QCOMPARE(latestOn(*store, open2.caseNumber), day(QDate(2016, 3, 7)));

    // An older export: case 1 still open (latest 2016-03-06 < 2016-05-01: not applied), case 2 with
    // another handler and the same dates (a tie: the later import wins), case 3 new.
    CaseRecord handler2 = open2;
    handler2.handler = QStringLiteral("李法官");
    const CaseRecord new3 = makeCase(3, QDate(2016, 3, 3));
    ImportRecord second;
    QVERIFY(writeAll(*store, {makeCase(1, QDate(2016, 3, 1)), handler2, new3}, false, &second));
    QCOMPARE(second.inserted, 1);
    QCOMPARE(second.updated, 1);
    QCOMPARE(second.unchanged, 0);
    QCOMPARE(second.older, 1);
    QCOMPARE(second.accepted, second.inserted + second.updated + second.unchanged + second.older);
    QCOMPARE(allCases(*store), (QList<CaseRecord> {closed1, handler2, new3}));
    const auto history = store->importHistory();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].older, 1);
    QCOMPARE(history[0].updated, 1);
    QCOMPARE(history[1].older, 0);

    // A newer one moves case 2 forward: closed 2016-06-01, its latest date now.
    CaseRecord closed2 = handler2;
    closed2.closedOn = QDate(2016, 6, 1);
    closed2.closureMethod = ClosureMethod::Performed;
    closed2.recoveredFen = 5000;
    ImportRecord third;
    QVERIFY(writeAll(*store, {closed1, closed2}, false, &third));
    QCOMPARE(third.updated, 1);
    QCOMPARE(third.unchanged, 1);
    QCOMPARE(third.older, 0);
    QCOMPARE(latestOn(*store, closed2.caseNumber), day(QDate(2016, 6, 1)));
    QCOMPARE(store->findCase(closed2.caseNumber)->closedOn, QDate(2016, 6, 1));
}

void tst_Store::partialFileComparesTheDatesItCarries()
{
    QString error;
    auto store = Store::open(location(QStringLiteral("partial")), &error);
    QVERIFY2(store, qPrintable(error));
    const CaseRecord closed = makeCase(1, QDate(2016, 3, 1), QDate(2016, 5, 1), ClosureMethod::Performed);
    ImportRecord first;
    QVERIFY(writeAll(*store, {closed}, false, &first));

    // A file with case number, filing date and handler only: its latest date (filed 2016-03-01) is
    // compared with the stored filing date, not with the closure it does not carry.
    CaseWriter::Options partial;
    partial.present[int(CaseField::CaseNumber)] = true;
    partial.present[int(CaseField::FiledOn)] = true;
    partial.present[int(CaseField::Handler)] = true;
    CaseRecord reassigned;
    reassigned.caseNumber = closed.caseNumber;
    reassigned.filedOn = closed.filedOn;
    reassigned.handler = QStringLiteral("王法官");
    ImportRecord second;
    QVERIFY(writeAll(*store, {reassigned}, false, &second, &partial));
    QCOMPARE(second.updated, 1);
    QCOMPARE(second.older, 0);
    CaseRecord expected = closed;
    expected.handler = QStringLiteral("王法官");
    QCOMPARE(allCases(*store), QList<CaseRecord> {expected});
    // The stored latest date still counts the closure the file did not carry.
    QCOMPARE(latestOn(*store, closed.caseNumber), day(QDate(2016, 5, 1)));

    // Filed a month earlier in this file: an older state of the case, not applied.
    CaseRecord earlier = reassigned;
    earlier.filedOn = QDate(2016, 2, 1);
    earlier.handler = QStringLiteral("赵法官");
    ImportRecord third;
    QVERIFY(writeAll(*store, {earlier}, false, &third, &partial));
    QCOMPARE(third.older, 1);
    QCOMPARE(third.updated, 0);
    QCOMPARE(allCases(*store), QList<CaseRecord> {expected});
}

void tst_Store::migratesAVersion2DatabaseFillingLatestDates()
{
    const QString path = location(QStringLiteral("v2"));
    QString error;
    CaseRecord dishonest = makeCase(3, QDate(2016, 3, 3));
    dishonest.dishonestListOn = QDate(2016, 8, 1);
    const QList<CaseRecord> cases
        = {makeCase(1, QDate(2016, 3, 1), QDate(2016, 5, 1), ClosureMethod::Performed),
            makeCase(2, QDate(2016, 3, 2)), dishonest};
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        ImportRecord record;
        QVERIFY(writeAll(*store, cases, false, &record));
        QSqlQuery query(store->database());
        for (const char *sql : {"ALTER TABLE cases DROP COLUMN latest_on",
                 "ALTER TABLE imports DROP COLUMN older", "DROP TABLE case_table_snapshot", "DROP INDEX cases_import", "UPDATE schema_info SET version = 2"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(latestOn(*store, cases[0].caseNumber), day(QDate(2016, 5, 1))); // closure
    QCOMPARE(latestOn(*store, cases[1].caseNumber), day(QDate(2016, 3, 7))); // network inquiry
    QCOMPARE(latestOn(*store, cases[2].caseNumber), day(QDate(2016, 8, 1))); // dishonest list
    QCOMPARE(store->importHistory().size(), 1);
    QCOMPARE(store->importHistory().constFirst().older, 0);
    QCOMPARE(allCases(*store), cases);
    // The migrated store applies the rule: case 1 open again is older than its closure.
    ImportRecord record;
    QVERIFY(writeAll(*store, {makeCase(1, QDate(2016, 3, 1))}, false, &record));
    QCOMPARE(record.older, 1);
}

void tst_Store::canImportIntoAWritableStore()
{
    const QString path = location(QStringLiteral("writable"));
    QString error;
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QString why = QStringLiteral("unset");
        QVERIFY2(store->canImport(&why), qPrintable(why));
        QVERIFY(store->isConnected());
    }
    if (onServer())
        return; // roles: tst_pgstore's readOnlyRoleFromTheDocumentedSql
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from writing");
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QString why;
    QVERIFY(!store->canImport(&why));
    QVERIFY2(why.contains(QStringLiteral("read-only")) && why.contains(QFileInfo(path).fileName()),
        qPrintable(why));
    CaseWriter writer(*store);
    QVERIFY(!writer.begin(allFields(false), ImportRecord(), &error));
    QCOMPARE(error, why);
}

void tst_Store::twoClientsMigrateAtOnce()
{
    const QString path = location(QStringLiteral("race"));
    QString error;
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        ImportRecord record;
        QVERIFY(writeAll(*store, {makeCase(1, QDate(2016, 3, 1))}, false, &record));
        QSqlQuery query(store->database());
        for (const char *sql : {"ALTER TABLE cases DROP COLUMN latest_on",
                 "ALTER TABLE imports DROP COLUMN older", "DROP TABLE case_table_snapshot", "DROP INDEX cases_import", "UPDATE schema_info SET version = 2"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
    }
    // Two programs (or a window and its worker) open the old database at the same moment: one
    // migrates, the other waits and finds the work done.
    QSemaphore ready;
    QSemaphore go;
    QString errors[2];
    int versions[2] = {0, 0};
    const auto open = [&](int which) {
        ready.release();
        go.acquire();
        auto store = Store::open(path, &errors[which]);
        versions[which] = store ? store->schemaVersion() : -1;
    };
    std::thread first(open, 0);
    std::thread second(open, 1);
    ready.acquire(2);
    go.release(2);
    first.join();
    second.join();
    QVERIFY2(versions[0] == Store::currentSchemaVersion() && versions[1] == Store::currentSchemaVersion(), qPrintable(errors[0] + u' ' + errors[1]));
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(latestOn(*store, makeCase(1, {}).caseNumber), day(QDate(2016, 3, 6)));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_info")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
