#include "TestSupport.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caseload;

/// The command-line verbs, run as a user would: the real executable, real files, a real SQLite file.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;

    test::RunResult run(const QStringList &args, int timeoutMs = 300000)
    {
        return test::runCaseload(args, m_home, timeoutMs);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Imports `input` into `db` in a process that dies, as a crash or a kill would, inside the
    /// import's transaction after about 20,000 cases were written. True when it did die.
    bool crashedImport(const QString &input, const QString &db)
    {
        const auto result = test::runCaseload({QStringLiteral("import"), input, QStringLiteral("--db"), db},
            m_home, 120000, {{QStringLiteral("CASELOAD_FAULT_AFTER_ROWS"), QStringLiteral("20000")}});
        return result.crashed;
    }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase();
    void importPrintsCountsAndExportWritesNormalisedCases();
    void importToTheUsersOwnDatabaseByDefault();
    void unreadableInputExitsNonZeroNamingTheFile();
    void rejectsGoToTheReportAndCountsAddUp();
    void generatedExportRoundTrips();
    void killedImportLeavesTheStoreAsItWas();
    void killedBulkImportIntoAnEmptyStoreLeavesItEmpty();
    void messagesFollowAChineseLocale();
    void unknownVerbAndBadOptions();
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY2(QFile::exists(test::caseloadExecutable()), qPrintable(test::caseloadExecutable()));
}

void tst_Cli::importPrintsCountsAndExportWritesNormalisedCases()
{
    const QString db = path(QStringLiteral("samples.sqlite"));
    const QString sample
        = test::sourcePath(QStringLiteral("tests/importer/data/export_b_gb18030_title_row.csv"));
    const auto imported = run({QStringLiteral("import"), sample, QStringLiteral("--db"), db});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(
        imported.out.contains(QStringLiteral("read 30, accepted 30, rejected 0")), qPrintable(imported.out));
    QVERIFY(imported.out.contains(QStringLiteral("inserted 30, updated 0, unchanged 0")));

    const QString csv = path(QStringLiteral("export.csv"));
    const auto exported
        = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), csv});
    QCOMPARE(exported.exitCode, 0);
    const QStringList lines = QString::fromUtf8(readAll(csv)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    QCOMPARE(lines[0],
        QStringLiteral("case_number,court,court_code,case_type,cause,filed_on,closed_on,closure_method,"
                       "amount_applied,amount_recovered,handler,deducted_days"));
    // Row 1 of the export: 11.7369 万元 applied, 0.7228 万元 recovered, 2016年1月17日 to 2016年12月21日.
    QVERIFY(lines.contains(
        QStringLiteral("（2016）浙0106执1号,示例市1区6人民法院,浙0106,首次执行,民间借贷纠纷,2016-01-17,"
                       "2016-12-21,终结本次执行程序,117369.00,7228.00,朱法官7,0")));
    // The legacy 准许撤回申请 is exported as the current label 终结执行.
    QVERIFY(!QString::fromUtf8(readAll(csv)).contains(QStringLiteral("准许撤回申请")));

    // The same file again changes nothing.
    const auto again = run({QStringLiteral("import"), sample, QStringLiteral("--db"), db});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("inserted 0, updated 0, unchanged 30")));
}

void tst_Cli::importToTheUsersOwnDatabaseByDefault()
{
    const QString sample = test::sourcePath(QStringLiteral("tests/importer/data/export_c_english.csv"));
    const auto imported = run({QStringLiteral("import"), sample});
    QCOMPARE(imported.exitCode, 0);
    const QString expected = m_home + QStringLiteral("/.local/share/Caseload/caseload/caseload.sqlite");
    QVERIFY2(QFile::exists(expected), qPrintable(expected));
}

void tst_Cli::unreadableInputExitsNonZeroNamingTheFile()
{
    const QString db = path(QStringLiteral("bad.sqlite"));
    const QString missing = path(QStringLiteral("missing.csv"));
    auto result = run({QStringLiteral("import"), missing, QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));

    const QString binary = path(QStringLiteral("picture.csv"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    result = run({QStringLiteral("import"), binary, QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(binary), qPrintable(result.err));

    result = run({QStringLiteral("import"), binary, QStringLiteral("--db"), db, QStringLiteral("--encoding"),
        QStringLiteral("latin9")});
    QCOMPARE(result.exitCode, 2);
}

void tst_Cli::rejectsGoToTheReportAndCountsAddUp()
{
    QString text = QStringLiteral("案号,经办法院,立案日期,结案日期,结案方式,申请执行标的金额(元)\n");
    for (int i = 1; i <= 20; ++i)
        text += QStringLiteral("（2016）京0105执%1号,北京市朝阳区人民法院,2016-03-%2,,,%3\n")
                    .arg(i)
                    .arg(i == 5 ? 30 : 1) // 2016-03-30 is fine
                    .arg(i % 7 == 0 ? QStringLiteral("-1") : QStringLiteral("100"));
    text += QStringLiteral("（2016）京0105执99号,北京市朝阳区人民法院,2016-02-30,,,1\n");
    const QString input = path(QStringLiteral("defects.csv"));
    QVERIFY(test::writeText(input, text, "GB18030"));
    const QString report = path(QStringLiteral("rejects.csv"));
    const auto result = run({QStringLiteral("import"), input, QStringLiteral("--db"),
        path(QStringLiteral("defects.sqlite")), QStringLiteral("--rejects"), report});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("read 21, accepted 18, rejected 3")), qPrintable(result.out));
    QVERIFY(result.err.contains(input + QStringLiteral(":22: 立案日期: not a valid date: '2016-02-30'")));
    QVERIFY2(result.err.contains(input + QStringLiteral(":8: 申请执行标的金额(元): negative amount")),
        qPrintable(result.err));
    const QStringList lines = QString::fromUtf8(readAll(report).mid(3)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);

    // Two files of the same name in one run: one report each, neither overwriting the other.
    QVERIFY(QDir().mkpath(path(QStringLiteral("a"))) && QDir().mkpath(path(QStringLiteral("b"))));
    QVERIFY(QFile::copy(input, path(QStringLiteral("a/defects.csv"))));
    QVERIFY(QFile::copy(input, path(QStringLiteral("b/defects.csv"))));
    const auto twice = run({QStringLiteral("import"), path(QStringLiteral("a/defects.csv")),
        path(QStringLiteral("b/defects.csv")), QStringLiteral("--db"), path(QStringLiteral("twice.sqlite")),
        QStringLiteral("--rejects"), path(QStringLiteral("twice.csv"))});
    QCOMPARE(twice.exitCode, 0);
    QVERIFY(QFile::exists(path(QStringLiteral("twice-1-defects.csv"))));
    QVERIFY(QFile::exists(path(QStringLiteral("twice-2-defects.csv"))));
}

void tst_Cli::generatedExportRoundTrips()
{
    const QString input = path(QStringLiteral("generated.csv"));
    const auto generated = run({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5000"),
        QStringLiteral("--courts"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("7"),
        QStringLiteral("--encoding"), QStringLiteral("gb18030"), QStringLiteral("--out"), input});
    QCOMPARE(generated.exitCode, 0);
    const QString db = path(QStringLiteral("generated.sqlite"));
    const auto imported = run({QStringLiteral("import"), input, QStringLiteral("--db"), db});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("read 5000, accepted 5000, rejected 0")),
        qPrintable(imported.out + imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("encoding gb18030")));

    // Export, re-import the export into a new store, export again: the same bytes.
    const QString first = path(QStringLiteral("first.csv"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), first}).exitCode,
        0);
    const QString db2 = path(QStringLiteral("roundtrip.sqlite"));
    const auto reimported = run({QStringLiteral("import"), first, QStringLiteral("--db"), db2});
    QVERIFY2(reimported.out.contains(QStringLiteral("read 5000, accepted 5000, rejected 0")),
        qPrintable(reimported.out + reimported.err));
    const QString second = path(QStringLiteral("second.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db2, QStringLiteral("--out"), second})
                 .exitCode,
        0);
    QCOMPARE(readAll(second), readAll(first));

    // With defects: every row is accounted for.
    const QString defective = path(QStringLiteral("defective.csv"));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("3000"),
                     QStringLiteral("--defects"), QStringLiteral("0.05"), QStringLiteral("--seed"),
                     QStringLiteral("3"), QStringLiteral("--out"), defective})
                 .exitCode,
        0);
    const auto withDefects = run({QStringLiteral("import"), defective, QStringLiteral("--db"),
        path(QStringLiteral("defective.sqlite"))});
    const QRegularExpression counts(QStringLiteral("read (\\d+), accepted (\\d+), rejected (\\d+)"));
    const auto match = counts.match(withDefects.out);
    QVERIFY2(match.hasMatch(), qPrintable(withDefects.out + withDefects.err));
    const int read = match.captured(1).toInt(), accepted = match.captured(2).toInt(),
              rejected = match.captured(3).toInt();
    QCOMPARE(read, 3000);
    QCOMPARE(accepted + rejected, read);
    QVERIFY2(rejected >= 90 && rejected <= 240, qPrintable(withDefects.out)); // about 5% of 3,000
}

void tst_Cli::killedImportLeavesTheStoreAsItWas()
{
    const QString db = path(QStringLiteral("crash.sqlite"));
    const QString sample = test::sourcePath(QStringLiteral("tests/importer/data/export_a_utf8bom.csv"));
    QCOMPARE(run({QStringLiteral("import"), sample, QStringLiteral("--db"), db}).exitCode, 0);
    const QString before = path(QStringLiteral("before.csv"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), before}).exitCode,
        0);

    const QString input = path(QStringLiteral("big.csv"));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("30000"),
                     QStringLiteral("--out"), input})
                 .exitCode,
        0);
    // The process dies inside the import transaction after 20,000 cases were written.
    QVERIFY(crashedImport(input, db));

    const QString after = path(QStringLiteral("after.csv"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), after}).exitCode,
        0);
    QCOMPARE(readAll(after), readAll(before));
    QString error;
    auto store = Store::open(db, &error);
    QVERIFY(store);
    QCOMPARE(store->importHistory().size(), 1);
    QSqlQuery check(store->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void tst_Cli::killedBulkImportIntoAnEmptyStoreLeavesItEmpty()
{
    // Into an empty store the import loads in bulk, without the index, which it builds at the end.
    const QString db = path(QStringLiteral("crash-empty.sqlite"));
    const QString input = path(QStringLiteral("bulk.csv"));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("30000"),
                     QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), input})
                 .exitCode,
        0);
    QVERIFY(crashedImport(input, db));
    {
        QString error;
        auto store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->caseCount(), 0);
        QVERIFY(store->importHistory().isEmpty());
        QSqlQuery check(store->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    // And the same file then imports in full.
    const auto imported = run({QStringLiteral("import"), input, QStringLiteral("--db"), db});
    QVERIFY2(imported.out.contains(QStringLiteral("read 30000, accepted 30000, rejected 0")),
        qPrintable(imported.out + imported.err));
}

void tst_Cli::messagesFollowAChineseLocale()
{
    const QString sample = test::sourcePath(QStringLiteral("tests/importer/data/export_c_english.csv"));
    const auto result = test::runCaseload(
        {QStringLiteral("import"), sample, QStringLiteral("--db"), path(QStringLiteral("zh.sqlite"))}, m_home,
        60000,
        {{QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")},
            {QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
    // The counts line stays machine-readable; the rest is in Chinese.
    QVERIFY2(result.out.contains(QStringLiteral("read 30, accepted 30, rejected 0")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("新增 30 件")), qPrintable(result.out));
}

void tst_Cli::unknownVerbAndBadOptions()
{
    QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--db"), path(QStringLiteral("x.sqlite"))}).exitCode,
        2);
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("-3"),
                     QStringLiteral("--out"), path(QStringLiteral("x.csv"))})
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
