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
    for (const char *table : {"cases", "courts", "causes", "handlers", "departments", "imports",
             "mapping_profiles", "petitions", "court_groups", "settings"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(store->caseCount(), 0);
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

void tst_Store::migratesAVersion1Database()
{
    // A version-1 file as the previous build wrote it: version 1 created exactly today's cases,
    // courts, ... tables, so dropping what version 2 added and stamping 1 gives the old file.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
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
                 "UPDATE schema_info SET version = 1"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(!store->database().tables().contains(QStringLiteral("petitions")));
    }
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), 2);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_info")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 2);
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
    const QString path = m_dir.filePath(QStringLiteral("petitions.sqlite"));
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
    auto store = Store::open(m_dir.filePath(QStringLiteral("validation.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->setPetition(figure, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY(store->petitions(&error).isEmpty());
    QVERIFY(!store->setPetition(figure, nullptr)); // no error wanted: still refused
}

void tst_Store::courtGroupsRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("groups.sqlite"));
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
    auto store = Store::open(m_dir.filePath(QStringLiteral("groupcheck.sqlite")), &error);
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
    auto store = Store::open(m_dir.filePath(QStringLiteral("atomic.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->setCourtGroup(QStringLiteral("g"), {QStringLiteral("a"), QStringLiteral("b")}, &error));
    const PetitionFigure figure {QStringLiteral("a"), QDate(2016, 1, 1), QDate(2016, 3, 31), 3, 2};
    QVERIFY(store->setPetition(figure, &error));
    // The database refuses the court 'boom' (a test trigger), after the group's old rows were deleted
    // and 'c' was inserted: the whole replacement is undone.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_group BEFORE INSERT ON court_groups "
                                      "WHEN NEW.court = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_petition BEFORE UPDATE ON petitions "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
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
    QVERIFY(store->database().rollback() == false); // nothing to roll back
    QCOMPARE(store->setting(QStringLiteral("k")), QStringLiteral("v"));
}

void tst_Store::settingsRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("settings.sqlite"));
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
    const QString path = m_dir.filePath(QStringLiteral("profiles.sqlite"));
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

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
