#include "TestSupport.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caseload;
using test::allCases;

namespace {

const QString chineseHeader = QStringLiteral("案号,经办法院,案件类型,案由,立案日期,结案日期,结案方式,"
                                             "申请执行标的金额(元),实际到位金额(元),承办人,扣除审限天数\n");

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Store> newStore()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_counter)), &error);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(error));
        return store;
    }

    QString writeCsv(const QString &text, const char *encoding = "UTF-8")
    {
        const QString path = m_dir.filePath(QStringLiteral("input%1.csv").arg(++m_counter));
        if (!test::writeText(path, text, encoding))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString sample(const char *name)
    {
        return test::sourcePath(QStringLiteral("tests/importer/data/") + QLatin1String(name));
    }

private slots:
    void threeExportShapesGiveTheSameCases();
    void countsAddUpAndHeaderBelowTitleRow();
    void reimportingTheSameFileChangesNothing();
    void reimportUpdatesACaseThatClosed();
    void columnsMissingFromALaterExportKeepTheirValues();
    void rejectsNameLineFieldAndReason_data();
    void rejectsNameLineFieldAndReason();
    void rejectReportHasEveryRejectedRow();
    void duplicateCaseNumberInOneFileIsRejected();
    void personalDataIsDroppedUnlessAskedFor();
    void cancelLeavesTheStoreAsItWas();
    void encodingErrorImportsNothing();
    void fileWithoutHeaderIsRefused();
    void userMappingIsSavedAndReused();
    void legacyLabelsAndSuspension();
    void importIntoEmptyAndFilledStoreAgree();
    void legacyNumberWithoutCourtIsKept();
    void suspensionsInOtherWordingsStayPending();
    void userMappingTakesTheUnitFromTheHeader();
    void partialUserMappingKeepsTheOtherColumns();
    void countColumnIsNotTakenForADate();
    void caseNumberColumnBeatsAnInternalId();
    void rejectReportLeavesOutPersonalData();
    void courtIsTheSameWithOrWithoutItsName();
    void reimportWithInconsistentCourtCodesChangesNothing();
};

void tst_Importer::threeExportShapesGiveTheSameCases()
{
    QList<QList<CaseRecord>> results;
    for (const char *name :
        {"export_a_utf8bom.csv", "export_b_gb18030_title_row.csv", "export_c_english.csv"}) {
        auto store = newStore();
        const ImportSummary summary = Importer(*store).importFile(sample(name), {});
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.rowsRead, 30);
        QCOMPARE(summary.accepted, 30);
        QCOMPARE(summary.rejected, 0);
        results.append(allCases(*store));
    }
    QCOMPARE(results[0].size(), 30);
    for (int i = 0; i < 30; ++i) {
        const CaseRecord &a = results[0][i];
        for (int shape = 1; shape < 3; ++shape) {
            const CaseRecord &b = results[shape][i];
            QCOMPARE(b.caseNumber, a.caseNumber);
            QCOMPARE(b.courtName, a.courtName);
            QCOMPARE(b.courtCode, a.courtCode);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.cause, a.cause);
            QCOMPARE(b.filedOn, a.filedOn);
            QCOMPARE(b.closedOn, a.closedOn);
            QCOMPARE(b.closureMethod, a.closureMethod);
            QCOMPARE(b.handler, a.handler);
            QCOMPARE(b.deductedDays, a.deductedDays);
            // Export B states amounts in 万元 to four decimals: equal to the yuan.
            QVERIFY(a.appliedFen && b.appliedFen);
            QVERIFY2(std::abs(*a.appliedFen - *b.appliedFen) <= 50, qPrintable(a.caseNumber));
            QVERIFY(std::abs(*a.recoveredFen - *b.recoveredFen) <= 50);
        }
    }
    // Spot checks worked out from the first row of export A.
    const auto first = std::find_if(results[0].begin(), results[0].end(),
        [](const CaseRecord &r) { return r.caseNumber == QStringLiteral("（2016）浙0106执1号"); });
    QVERIFY(first != results[0].end());
    QCOMPARE(first->courtCode, QStringLiteral("浙0106"));
    QCOMPARE(first->type, CaseType::FirstEnforcement);
    QCOMPARE(first->filedOn, QDate(2016, 1, 17));
    QCOMPARE(first->closedOn, QDate(2016, 12, 21));
    QCOMPARE(first->closureMethod, ClosureMethod::TerminatedThisRound);
    QCOMPARE(*first->appliedFen, 11736913);
    QCOMPARE(*first->recoveredFen, 722814);
    QVERIFY(first->parties.isEmpty());
}

void tst_Importer::countsAddUpAndHeaderBelowTitleRow()
{
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(sample("export_b_gb18030_title_row.csv"), {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.encoding, TextEncoding::Gb18030);
    QCOMPARE(summary.headerLine, 2);
    QCOMPARE(summary.rowsRead, summary.accepted + summary.rejected);
    QCOMPARE(summary.accepted, summary.inserted + summary.updated + summary.unchanged);
    QCOMPARE(summary.personalColumnsDropped, QStringList {QStringLiteral("被执行人")});
    QCOMPARE(summary.countsLine(), QStringLiteral("read 30, accepted 30, rejected 0"));
    const auto history = store->importHistory();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].fileName, QStringLiteral("export_b_gb18030_title_row.csv"));
    QCOMPARE(history[0].encoding, QStringLiteral("gb18030"));
    QCOMPARE(history[0].rowsRead, 30);
    QCOMPARE(history[0].inserted, 30);
    QCOMPARE(history[0].sha256.size(), 64);
    QCOMPARE(history[0].sha256, summary.sha256);
    // The measure columns of export B: 21 rows carry a network inquiry date.
    int withInquiry = 0;
    for (const CaseRecord &r : allCases(*store))
        withInquiry += r.networkInquiryOn.isValid();
    QCOMPARE(withInquiry, 21);
}

void tst_Importer::reimportingTheSameFileChangesNothing()
{
    auto store = newStore();
    Importer importer(*store);
    const ImportSummary first = importer.importFile(sample("export_a_utf8bom.csv"), {});
    QVERIFY(first.ok);
    const QList<CaseRecord> before = allCases(*store);
    const ImportSummary second = importer.importFile(sample("export_a_utf8bom.csv"), {});
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.inserted, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 30);
    QCOMPARE(allCases(*store), before);
    const auto history = store->importHistory();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].sha256, history[1].sha256);
    QCOMPARE(history[0].unchanged, 30);
}

void tst_Importer::reimportUpdatesACaseThatClosed()
{
    auto store = newStore();
    Importer importer(*store);
    const QString january = writeCsv(chineseHeader
        + QStringLiteral(
            "（2016）京0105执1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-05,,,1000,0,张三,0\n"
            "（2016）京0105执2号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-06,,,2000,0,张三,0\n"));
    QVERIFY(importer.importFile(january, {}).ok);
    QVERIFY(!store->findCase(u"（2016）京0105执1号")->isClosed());
    const QString february = writeCsv(chineseHeader
        + QStringLiteral(
            "(2016)京0105执1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-05,2016-02-20,执行完毕,"
            "1000,1000,张三,0\n"
            "（2016）京0105执2号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-06,,,2000,0,张三,0\n"
            "（2016）京0105执3号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-02-01,,,3000,0,李四,0\n"));
    const ImportSummary summary = importer.importFile(february, {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.inserted, 1);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(summary.unchanged, 1);
    const auto closed = store->findCase(u"（2016）京0105执1号");
    QVERIFY(closed);
    QCOMPARE(closed->closedOn, QDate(2016, 2, 20));
    QCOMPARE(closed->closureMethod, ClosureMethod::Performed);
    QCOMPARE(*closed->recoveredFen, 100000);
    QCOMPARE(store->caseCount(), 3);
}

void tst_Importer::columnsMissingFromALaterExportKeepTheirValues()
{
    auto store = newStore();
    Importer importer(*store);
    QVERIFY(importer.importFile(sample("export_b_gb18030_title_row.csv"), {}).ok);
    const auto before = store->findCase(u"（2016）浙0101执1号");
    QCOMPARE(before->networkInquiryOn, QDate(2016, 1, 28));
    // Export C has no measure columns: re-importing it must not erase them.
    const ImportSummary summary = importer.importFile(sample("export_c_english.csv"), {});
    QVERIFY(summary.ok);
    QCOMPARE(store->findCase(u"（2016）浙0101执1号")->networkInquiryOn, QDate(2016, 1, 28));
    QCOMPARE(summary.inserted, 0);
    // C states amounts to the fen where B rounded to the yuan: those cases are updated.
    QCOMPARE(summary.updated + summary.unchanged, 30);
    QCOMPARE(*store->findCase(u"（2016）浙0106执1号")->appliedFen, 11736913);
}

void tst_Importer::rejectsNameLineFieldAndReason_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QString ok = QStringLiteral("（2016）京0105执9号,北京市朝阳区人民法院,首次执行,借款合同纠纷,");
    QTest::newRow("no case number") << QStringLiteral(
        ",北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-05,,,1000,0,张三,0")
                                    << QStringLiteral("案号") << QStringLiteral("no case number");
    QTest::newRow("impossible date") << ok + QStringLiteral("2016-02-30,,,1000,0,张三,0")
                                     << QStringLiteral("立案日期")
                                     << QStringLiteral("not a valid date: '2016-02-30'");
    QTest::newRow("garbage date") << ok + QStringLiteral("去年,,,1000,0,张三,0") << QStringLiteral("立案日期")
                                  << QStringLiteral("not a valid date");
    QTest::newRow("no filing date") << ok + QStringLiteral(",,,1000,0,张三,0") << QStringLiteral("立案日期")
                                    << QStringLiteral("no filing date");
    QTest::newRow("closure before filing")
        << ok + QStringLiteral("2016-03-05,2016-03-01,执行完毕,1000,0,张三,0") << QStringLiteral("结案日期")
        << QStringLiteral("closure date 2016-03-01 is before the filing date 2016-03-05");
    QTest::newRow("method without date")
        << ok + QStringLiteral("2016-03-05,,执行完毕,1000,0,张三,0") << QStringLiteral("结案日期")
        << QStringLiteral("but no closure date");
    QTest::newRow("date without method")
        << ok + QStringLiteral("2016-03-05,2016-04-01,,1000,0,张三,0") << QStringLiteral("结案方式")
        << QStringLiteral("but no closure method");
    QTest::newRow("unknown method") << ok + QStringLiteral("2016-03-05,2016-04-01,握手言和,1000,0,张三,0")
                                    << QStringLiteral("结案方式") << QStringLiteral("unknown closure method");
    QTest::newRow("negative amount") << ok + QStringLiteral("2016-03-05,,,-1000,0,张三,0")
                                     << QStringLiteral("申请执行标的金额(元)")
                                     << QStringLiteral("negative amount");
    QTest::newRow("bad amount") << ok + QStringLiteral("2016-03-05,,,一千,0,张三,0")
                                << QStringLiteral("申请执行标的金额(元)")
                                << QStringLiteral("not a valid amount");
    QTest::newRow("bad days") << ok + QStringLiteral("2016-03-05,,,1000,0,张三,几天")
                              << QStringLiteral("扣除审限天数")
                              << QStringLiteral("not a whole number of days");
    QTest::newRow("future date") << ok + QStringLiteral("2099-03-05,,,1000,0,张三,0")
                                 << QStringLiteral("立案日期") << QStringLiteral("in the future");
    QTest::newRow("short row") << ok + QStringLiteral("2016-03-05") << QString()
                               << QStringLiteral("the row has 5 fields, the header has 11");
    QTest::newRow("suspension with closure date")
        << ok + QStringLiteral("2016-03-05,2016-04-01,中止执行,1000,0,张三,0") << QStringLiteral("结案方式")
        << QStringLiteral("is a suspension");
}

void tst_Importer::rejectsNameLineFieldAndReason()
{
    QFETCH(QString, row);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    // A good row with an embedded line break comes first, so the bad row starts on physical line 4.
    const QString text = chineseHeader
        + QStringLiteral("（2016）京0105执1号,北京市朝阳区人民法院,首次执行,\"借款合同\n纠纷\",2016-01-05,,,"
                         "1000,0,张三,0\n")
        + row + QLatin1Char('\n');
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(writeCsv(text), {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, 2);
    QCOMPARE(summary.accepted, 1);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.firstRejects.size(), 1);
    const RejectedRow &reject = summary.firstRejects.first();
    QCOMPARE(reject.line, 4);
    QCOMPARE(reject.field, field);
    QVERIFY2(reject.reason.contains(reason), qPrintable(reject.reason));
    QCOMPARE(reject.raw, row);
    QCOMPARE(store->caseCount(), 1);
}

void tst_Importer::rejectReportHasEveryRejectedRow()
{
    QString text = chineseHeader;
    for (int i = 1; i <= 10; ++i) {
        // Every third row has an impossible filing date.
        text += QStringLiteral(
            "（2016）京0105执%1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,%2,,,1000,0,张三,0\n")
                    .arg(i)
                    .arg(i % 3 == 0 ? QStringLiteral("2016-13-01") : QStringLiteral("2016-01-05"));
    }
    auto store = newStore();
    ImportOptions options;
    options.rejectReportPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    const ImportSummary summary = Importer(*store).importFile(writeCsv(text), options);
    QVERIFY(summary.ok);
    QCOMPARE(summary.rejected, 3);
    QCOMPARE(summary.accepted, 7);
    QCOMPARE(summary.rejectReportPath, options.rejectReportPath);
    QFile report(options.rejectReportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel and WPS read it as UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("line,field,reason,raw_row"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("4,立案日期,")), qPrintable(lines[1]));
    QVERIFY(lines[1].contains(QStringLiteral("（2016）京0105执3号")));
    QVERIFY(lines[2].startsWith(QStringLiteral("7,")));
    QVERIFY(lines[3].startsWith(QStringLiteral("10,")));
}

void tst_Importer::duplicateCaseNumberInOneFileIsRejected()
{
    const QString text = chineseHeader
        + QStringLiteral(
            "（2016）京0105执1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-05,,,1000,0,张三,0\n"
            "（2016）京0105执2号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-05,,,1000,0,张三,0\n"
            "(2016)京0105执1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-07,,,1000,0,张三,0\n");
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(writeCsv(text), {});
    QVERIFY(summary.ok);
    QCOMPARE(summary.accepted, 2);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.firstRejects[0].line, 4);
    QCOMPARE(summary.firstRejects[0].field, QStringLiteral("案号"));
    QVERIFY(summary.firstRejects[0].reason.contains(QStringLiteral("first on line 2")));
    QCOMPARE(store->findCase(u"（2016）京0105执1号")->filedOn, QDate(2016, 1, 5));
}

void tst_Importer::personalDataIsDroppedUnlessAskedFor()
{
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(sample("export_a_utf8bom.csv"), {});
    QVERIFY(summary.ok);
    QCOMPARE(summary.personalColumnsDropped,
        (QStringList {QStringLiteral("申请执行人"), QStringLiteral("被执行人")}));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE parties IS NOT NULL")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    auto optedIn = newStore();
    ImportOptions options;
    options.keepPersonalData = true;
    const ImportSummary kept = Importer(*optedIn).importFile(sample("export_a_utf8bom.csv"), options);
    QVERIFY(kept.ok);
    QVERIFY(kept.personalColumnsDropped.isEmpty());
    QCOMPARE(optedIn->findCase(u"（2016）浙0106执1号")->parties,
        QStringLiteral("申请执行人: 罗某; 被执行人: 胡某某公司"));
}

void tst_Importer::cancelLeavesTheStoreAsItWas()
{
    auto store = newStore();
    Importer importer(*store);
    QVERIFY(importer.importFile(sample("export_a_utf8bom.csv"), {}).ok);
    QString text = chineseHeader;
    for (int i = 1; i <= 40000; ++i)
        text += QStringLiteral(
            "（2017）京0105执%1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2017-01-05,,,1000,0,张三,0\n")
                    .arg(i);
    const QString path = writeCsv(text);
    int calls = 0;
    const ImportSummary summary = importer.importFile(path, {}, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.ok);
    QCOMPARE(store->caseCount(), 30);
    QCOMPARE(store->importHistory().size(), 1);
    // The same file imports completely afterwards.
    const ImportSummary again = importer.importFile(path, {});
    QVERIFY(again.ok);
    QCOMPARE(again.inserted, 40000);
}

void tst_Importer::encodingErrorImportsNothing()
{
    QByteArray bytes = chineseHeader.toUtf8();
    bytes += QStringLiteral(
        "（2016）京0105执1号,北京市朝阳区人民法院,首次执行,借款合同纠纷,2016-01-05,,,1000,0,张三,0\n")
                 .toUtf8();
    bytes += "\xB2\xE2\xCA\xD4,bad,,,2016-01-05,,,1,0,x,0\n"; // GBK bytes in a UTF-8 file, line 3
    const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto store = newStore();
    ImportOptions options;
    options.encoding = TextEncoding::Utf8;
    const ImportSummary summary = Importer(*store).importFile(path, options);
    QVERIFY(!summary.ok);
    QVERIFY2(summary.error.contains(path), qPrintable(summary.error));
    QVERIFY2(summary.error.contains(QStringLiteral("line 3")), qPrintable(summary.error));
    QCOMPARE(store->caseCount(), 0);
    QCOMPARE(store->importHistory().size(), 0);
}

void tst_Importer::fileWithoutHeaderIsRefused()
{
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(writeCsv(QStringLiteral("a,b,c\n1,2,3\n")), {});
    QVERIFY(!summary.ok);
    QVERIFY(summary.error.contains(QStringLiteral("no header row")));
    const ImportSummary missing = Importer(*store).importFile(m_dir.filePath(QStringLiteral("nope.csv")), {});
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.contains(QStringLiteral("nope.csv")));
}

void tst_Importer::userMappingIsSavedAndReused()
{
    const QString text = QStringLiteral("编号,受理日,办结日,办结方式\n"
                                        "（2016）京0105执1号,2016-01-05,2016-02-01,执行完毕\n");
    auto store = newStore();
    Importer importer(*store);
    QVERIFY(!importer.importFile(writeCsv(text), {}).ok); // nothing recognisable
    ImportOptions options;
    options.mappingJson = QStringLiteral(
        R"({"case_number":"编号","filed_on":"受理日","closed_on":"办结日","closure_method":"办结方式"})");
    const ImportSummary mapped = importer.importFile(writeCsv(text), options);
    QVERIFY2(mapped.ok, qPrintable(mapped.error));
    QCOMPARE(mapped.accepted, 1);
    // Next month's export with the same header: the saved mapping applies by itself.
    const ImportSummary next = importer.importFile(
        writeCsv(QStringLiteral("编号,受理日,办结日,办结方式\n（2016）京0105执2号,2016-03-05,,\n")), {});
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(next.inserted, 1);
    QCOMPARE(store->findCase(u"（2016）京0105执1号")->closureMethod, ClosureMethod::Performed);
}

void tst_Importer::legacyLabelsAndSuspension()
{
    const QString text = chineseHeader
        + QStringLiteral(
            "（2016）京0105执1号,北京市朝阳区人民法院,,借款合同纠纷,2016-01-05,2016-02-01,准许撤回申请,1000,"
            "0,张三,0\n"
            "（2016）京0105执恢2号,北京市朝阳区人民法院,,借款合同纠纷,2016-01-05,,中止执行,1000,0,张三,0\n"
            "　（2016）京0105执保3号　,北京市朝阳区人民法院,,借款合同纠纷,2016年1月5日,2016/2/"
            "1,全部执行完毕,\"1,000.50\",￥1000.5,张三,\n");
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(writeCsv(text, "GB18030"), {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.accepted, 3);
    const auto withdrawn = store->findCase(u"（2016）京0105执1号");
    QCOMPARE(withdrawn->closureMethod, ClosureMethod::Terminated);
    QCOMPARE(withdrawn->type, CaseType::FirstEnforcement); // from the case number
    const auto suspended = store->findCase(u"（2016）京0105执恢2号");
    QVERIFY(!suspended->isClosed());
    QCOMPARE(suspended->type, CaseType::Resumed);
    const auto performed = store->findCase(u"（2016）京0105执保3号");
    QCOMPARE(performed->closureMethod, ClosureMethod::Performed);
    QCOMPARE(performed->type, CaseType::Preservation);
    QCOMPARE(*performed->appliedFen, 100050);
    QCOMPARE(*performed->recoveredFen, 100050);
    QCOMPARE(performed->filedOn, QDate(2016, 1, 5));
}

void tst_Importer::importIntoEmptyAndFilledStoreAgree()
{
    // Into an empty store the writer loads in bulk; into a filled one it upserts row by row.
    auto empty = newStore();
    QVERIFY(Importer(*empty).importFile(sample("export_a_utf8bom.csv"), {}).ok);
    auto filled = newStore();
    QVERIFY(Importer(*filled)
                .importFile(writeCsv(chineseHeader
                                + QStringLiteral("（2015）京0105执字第1号,北京市朝阳区人民法院,首次执行,"
                                                 "借款合同纠纷,2015-01-05,,,1000,0,张三,0\n")),
                    {})
                .ok);
    const ImportSummary summary = Importer(*filled).importFile(sample("export_a_utf8bom.csv"), {});
    QCOMPARE(summary.inserted, 30);
    QList<CaseRecord> cases = allCases(*filled);
    QCOMPARE(cases.size(), 31);
    cases.erase(std::remove_if(
                    cases.begin(), cases.end(), [](const CaseRecord &r) { return r.filedOn.year() == 2015; }),
        cases.end());
    QCOMPARE(cases, allCases(*empty));
    // The unique index is back after a bulk load.
    QSqlQuery query(empty->database());
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO cases (case_number, court_id, case_type, filed_on, closure_method, "
                       "deducted_days, extension_days) SELECT case_number, court_id, case_type, filed_on, "
                       "closure_method, 0, 0 FROM cases LIMIT 1")));
}

// Regression: a pre-2016 number with no court column failed the whole file (NOT NULL courts.name).
void tst_Importer::legacyNumberWithoutCourtIsKept()
{
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(
        writeCsv(QStringLiteral(
            "案号,经办法院,立案日期\n(2015)朝执字第12号,,2015-01-05\n（2015）京0105执3号,,2015-02-01\n")),
        {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.accepted, 2);
    const auto legacy = store->findCase(u"（2015）朝执字第12号");
    QVERIFY(legacy);
    QCOMPARE(legacy->type, CaseType::FirstEnforcement);
    QCOMPARE(legacy->courtName, QString()); // the unknown court
    QCOMPARE(store->findCase(u"（2015）京0105执3号")->courtCode, QStringLiteral("京0105"));
}

void tst_Importer::suspensionsInOtherWordingsStayPending()
{
    auto store = newStore();
    const ImportSummary summary
        = Importer(*store).importFile(writeCsv(QStringLiteral("案号,立案日期,结案日期,结案方式\n"
                                                              "（2016）京0105执1号,2016-01-05,,执行中止\n"
                                                              "（2016）京0105执2号,2016-01-05,,【中止】\n"
                                                              "（2016）京0105执3号,2016-01-05,,暂缓执行\n")),
            {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.accepted, 3);
    QVERIFY(!store->findCase(u"（2016）京0105执2号")->isClosed());
}

void tst_Importer::userMappingTakesTheUnitFromTheHeader()
{
    auto store = newStore();
    ImportOptions options;
    options.mappingJson
        = QStringLiteral(R"json({"case_number":"编号","amount_applied":"申请执行标的(万元)"})json");
    const ImportSummary summary = Importer(*store).importFile(
        writeCsv(QStringLiteral("编号,立案日期,申请执行标的(万元)\n（2016）京0105执1号,2016-01-05,1.5\n")),
        options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(*store->findCase(u"（2016）京0105执1号")->appliedFen, 1500000); // 15,000 yuan
}

// Regression: a mapping naming one column replaced the automatic one, and was saved: closures were
// never stored again for that header layout.
void tst_Importer::partialUserMappingKeepsTheOtherColumns()
{
    auto store = newStore();
    Importer importer(*store);
    ImportOptions options;
    options.mappingJson = QStringLiteral(R"({"case_number":"编号"})");
    const QString header = QStringLiteral("编号,立案日期,结案日期,结案方式\n");
    ImportSummary summary = importer.importFile(
        writeCsv(header + QStringLiteral("（2016）京0105执1号,2016-01-05,2016-02-01,执行完毕\n")), options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QVERIFY(summary.unmappedColumns.isEmpty());
    QCOMPARE(store->findCase(u"（2016）京0105执1号")->closureMethod, ClosureMethod::Performed);
    summary = importer.importFile(
        writeCsv(header + QStringLiteral("（2016）京0105执2号,2016-01-06,2016-03-01,终结执行\n")), {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(store->findCase(u"（2016）京0105执2号")->closedOn, QDate(2016, 3, 1));

    options.mappingJson = QStringLiteral(R"({"case_number":)"); // truncated
    summary = importer.importFile(writeCsv(header), options);
    QVERIFY(!summary.ok);
    QVERIFY2(summary.error.contains(QStringLiteral("column mapping")), qPrintable(summary.error));
}

void tst_Importer::countColumnIsNotTakenForADate()
{
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(
        writeCsv(QStringLiteral("案号,立案日期,总对总查询(次数)\n（2016）京0105执1号,2016-01-05,3\n")), {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.accepted, 1);
    QCOMPARE(summary.unmappedColumns, QStringList {QStringLiteral("总对总查询(次数)")});
}

void tst_Importer::caseNumberColumnBeatsAnInternalId()
{
    auto store = newStore();
    const ImportSummary summary = Importer(*store).importFile(
        writeCsv(QStringLiteral("序号,案件编号,案号,立案日期\n1,A0001,（2016）京0105执1号,2016-01-05\n")),
        {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QVERIFY(store->findCase(u"（2016）京0105执1号"));
    QVERIFY(summary.unmappedColumns.contains(QStringLiteral("案件编号")));
}

void tst_Importer::rejectReportLeavesOutPersonalData()
{
    auto store = newStore();
    ImportOptions options;
    options.rejectReportPath = m_dir.filePath(QStringLiteral("personal-rejects.csv"));
    const ImportSummary summary = Importer(*store).importFile(
        writeCsv(QStringLiteral("案号,立案日期,被执行人名称,被执行人身份证号码\n"
                                "（2016）京0105执1号,2016-02-30,张某,110101199001011234\n")),
        options);
    QVERIFY(summary.ok);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.personalColumnsDropped.size(), 2);
    QCOMPARE(summary.firstRejects[0].raw, QStringLiteral("（2016）京0105执1号,2016-02-30,,"));
    QFile report(options.rejectReportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY(!text.contains(QStringLiteral("110101199001011234")));
    QVERIFY(!text.contains(QStringLiteral("张某")));
}

void tst_Importer::courtIsTheSameWithOrWithoutItsName()
{
    auto store = newStore();
    Importer importer(*store);
    QVERIFY(importer.importFile(sample("export_a_utf8bom.csv"), {}).ok);
    const auto countCourts = [&] {
        QSqlQuery query(store->database());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM courts")) && query.next()
            ? query.value(0).toInt()
            : -1;
    };
    const int courts = countCourts();
    // An export that names courts only by code (法院代字) lands on the same courts.
    const ImportSummary summary = importer.importFile(
        writeCsv(QStringLiteral("案号,法院代字,立案日期\n（2016）浙0106执900号,浙0106,2016-05-05\n")), {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(countCourts(), courts);
    QCOMPARE(store->findCase(u"（2016）浙0106执900号")->courtName, QStringLiteral("示例市1区6人民法院"));
}

// Regression (found by fuzzing): one court name under two codes made the court a case got depend on
// what earlier rows had stored, so the same file imported twice "updated" a case.
void tst_Importer::reimportWithInconsistentCourtCodesChangesNothing()
{
    const QString path = writeCsv(QStringLiteral("案号,经办法院,立案日期\n"
                                                 "（2016）浙0101执1号,示例市1区1人民法院,2016-01-16\n"
                                                 "（2016）浙0102执2号,示例市1区1人民法院,2016-01-17\n"
                                                 "（2016）浙0102执1号,示例市2区人民法院,2016-01-27\n"
                                                 "（2016）浙0102执3号,,2016-01-28\n"));
    auto store = newStore();
    Importer importer(*store);
    ImportSummary summary = importer.importFile(path, {});
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.inserted, 4);
    const QList<CaseRecord> before = allCases(*store);
    summary = importer.importFile(path, {});
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.unchanged, 4);
    QCOMPARE(allCases(*store), before);
    // Named rows keep their name; the nameless row goes to the court that first had its code.
    QCOMPARE(store->findCase(u"（2016）浙0102执2号")->courtName, QStringLiteral("示例市1区1人民法院"));
    QCOMPARE(store->findCase(u"（2016）浙0102执3号")->courtName, QStringLiteral("示例市2区人民法院"));
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
