#include "PgTestServer.h"
#include "TestSupport.h"
#include "analytics/CaseTable.h"
#include "domain/CaseNumber.h"
#include "domain/DayNumber.h"
#include "store/CaseWriter.h"
#include "store/PgCopyParser.h"
#include "store/PgNative.h"
#include "store/SqliteNative.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace caseload;
using CopyType = pg::PgCopyParser::Type;
using CopyStatus = pg::PgCopyParser::Status;

namespace {

using Measure = CaseTable::Measure;

const QString chaoyang = QStringLiteral("北京市朝阳区人民法院");
const QString guangzhou = QStringLiteral("广东省广州市中级人民法院");
const QString railway = QStringLiteral("某铁路运输法院");
const QString loan = QStringLiteral("民间借贷纠纷");
const QString sale = QStringLiteral("买卖合同纠纷");

CaseRecord makeCase(int sequence, const QString &court, const QString &code, CaseType type, QDate filed,
    QDate closed = {}, ClosureMethod method = ClosureMethod::None)
{
    CaseRecord r;
    r.caseNumber = QStringLiteral("（2016）京0105执%1号").arg(sequence);
    r.courtName = court;
    r.courtCode = code;
    r.type = type;
    r.filedOn = filed;
    r.closedOn = closed;
    r.closureMethod = method;
    return r;
}

/// Hand-written cases covering every column's edge (row = index). Hand-worked values in the tests.
QList<CaseRecord> handCases()
{
    QList<CaseRecord> cases;
    // 0: pending, property yes, applied only.
    CaseRecord r
        = makeCase(1, chaoyang, QStringLiteral("京0105"), CaseType::FirstEnforcement, QDate(2016, 3, 1));
    r.cause = loan;
    r.appliedFen = 100000;
    r.handler = QStringLiteral("张三");
    r.hasProperty = true;
    r.networkInquiryOn = QDate(2016, 3, 6);
    cases.append(r);
    // 1: performed after 91 days.
    r = makeCase(2, chaoyang, QStringLiteral("京0105"), CaseType::FirstEnforcement, QDate(2016, 3, 2),
        QDate(2016, 6, 1), ClosureMethod::Performed);
    r.cause = sale;
    r.appliedFen = 500000;
    r.recoveredFen = 500000;
    r.handler = QStringLiteral("李四");
    r.hasProperty = false;
    r.deductedDays = 15;
    r.extensionDays = 90;
    r.consumptionRestrictionOn = QDate(2016, 3, 10);
    r.applicantInterviewOn = QDate(2016, 5, 20);
    cases.append(r);
    // 2: 终本, no cause, handler, amounts or property flag; a network inquiry before filing.
    r = makeCase(3, guangzhou, QStringLiteral("粤01"), CaseType::Resumed, QDate(2016, 4, 1),
        QDate(2016, 9, 30), ClosureMethod::TerminatedThisRound);
    r.networkInquiryOn = QDate(2016, 3, 25);
    r.dishonestListOn = QDate(2016, 5, 1);
    r.consumptionRestrictionOn = QDate(2016, 4, 10);
    r.applicantInterviewOn = QDate(2016, 9, 1);
    cases.append(r);
    // 3: a court without a code; amounts of 2^40 fen and 2^40 - 1 fen (the column's marker value).
    r = makeCase(4, railway, QString(), CaseType::Preservation, QDate(2016, 5, 3), QDate(2016, 12, 30),
        ClosureMethod::Terminated);
    r.cause = loan;
    r.appliedFen = qint64(1) << 40;
    r.recoveredFen = (qint64(1) << 40) - 1;
    r.handler = QStringLiteral("张三");
    r.hasProperty = true;
    cases.append(r);
    // 4: a court known only by its code; closed on the filing day; 2^40 - 2 fen (largest in the
    // column); 70,000 deducted days and 65,535 extension days (both beyond the 16-bit column).
    r = makeCase(5, QString(), QStringLiteral("京0108"), CaseType::Objection, QDate(2016, 6, 1),
        QDate(2016, 6, 1), ClosureMethod::NotEnforced);
    r.appliedFen = (qint64(1) << 40) - 2;
    r.recoveredFen = 0;
    r.deductedDays = 70000;
    r.extensionDays = 65535;
    r.hasProperty = false;
    cases.append(r);
    // 5: measure offsets at the edges of the 16-bit column.
    const QDate july(2016, 7, 1);
    r = makeCase(6, chaoyang, QStringLiteral("京0105"), CaseType::Reconsideration, july, QDate(2016, 7, 15),
        ClosureMethod::Rejected);
    r.deductedDays = 65534;
    r.extensionDays = 3;
    r.networkInquiryOn = july.addDays(32767);
    r.dishonestListOn = july.addDays(32768);
    r.consumptionRestrictionOn = july.addDays(-32766);
    r.applicantInterviewOn = july.addDays(-32767);
    cases.append(r);
    // 6: cancelled; a listing 90 years after filing; an offset equal to the "no date" value; a
    // negative amount (only hand-made data has one).
    const QDate august(2016, 8, 1);
    r = makeCase(7, guangzhou, QStringLiteral("粤01"), CaseType::Supervision, august, QDate(2016, 8, 31),
        ClosureMethod::Cancelled);
    r.dishonestListOn = QDate(2106, 8, 1);
    r.networkInquiryOn = august.addDays(-32768);
    r.appliedFen = -500;
    cases.append(r);
    // 7: the earliest filing; type unknown; recovered without applied.
    r = makeCase(8, railway, QString(), CaseType::Unknown, QDate(2016, 2, 15));
    r.recoveredFen = 300;
    r.handler = QStringLiteral("王五");
    cases.append(r);
    // 8: neither court name nor code.
    r = makeCase(9, QString(), QString(), CaseType::Coordination, QDate(2016, 9, 1));
    cases.append(r);
    return cases;
}

/// What a table gives back for `input`: no case number, department or parties; a nameless court is
/// named by its code (as the store names it).
CaseRecord expectedRecord(CaseRecord input)
{
    input.caseNumber.clear();
    input.department.clear();
    input.parties.clear();
    if (input.courtName.isEmpty())
        input.courtName = input.courtCode;
    return input;
}

/// 100,000 varied cases: 8 courts, 20 causes, 50 handlers, 2014-2018.
QList<CaseRecord> generatedCases(int count)
{
    QList<CaseRecord> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        CaseRecord r;
        r.caseNumber = QStringLiteral("（2016）京0105执%1号").arg(i + 1);
        const int court = i % 8;
        r.courtName = QStringLiteral("第%1基层法院").arg(court + 1);
        r.courtCode
            = court == 7 ? QString() : QStringLiteral("京01%1").arg(court + 1, 2, 10, QLatin1Char('0'));
        r.type = CaseType(1 + i % 8);
        r.cause = i % 21 ? QStringLiteral("案由%1").arg(i % 21) : QString();
        r.filedOn = QDate(2014, 1, 1).addDays(i % 1800);
        if (i % 10 < 7) {
            r.closedOn = r.filedOn.addDays((i * 7919) % 400);
            r.closureMethod = ClosureMethod(1 + i % 6);
            r.recoveredFen = qint64(i) * 37;
        }
        if (i % 5)
            r.appliedFen = qint64(i) * 101;
        r.handler = i % 51 ? QStringLiteral("承办人%1").arg(i % 51) : QString();
        r.deductedDays = i % 13 ? 0 : i % 200;
        r.extensionDays = i % 17 ? 0 : 90;
        if (i % 3)
            r.hasProperty = i % 3 == 1;
        if (i % 4)
            r.networkInquiryOn = r.filedOn.addDays(i % 30 - 5);
        if (i % 6 == 0)
            r.dishonestListOn = r.filedOn.addDays(60);
        if (i % 9 == 0)
            r.consumptionRestrictionOn = r.filedOn.addDays(45);
        if (i % 11 == 0)
            r.applicantInterviewOn = r.filedOn.addDays(150);
        cases.append(r);
    }
    return cases;
}

bool writeCases(Store &store, const QList<CaseRecord> &cases, QString *error)
{
    CaseWriter writer(store);
    CaseWriter::Options options;
    options.present.fill(true);
    ImportRecord import;
    import.fileName = QStringLiteral("cases.csv");
    import.encoding = QStringLiteral("utf-8");
    if (!writer.begin(options, import, error))
        return false;
    for (const CaseRecord &r : cases) {
        if (!writer.write(r, CaseNumber::parse(r.caseNumber), error))
            return false;
    }
    import.rowsRead = import.accepted = cases.size();
    return writer.commit(&import, error);
}

void otherSourceId(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_text(context, "a bundled SQLite", -1, SQLITE_STATIC);
}

/// Opens a second Store on `path` whose connection reports another SQLite than the one linked, as a Qt
/// that bundles its own SQLite would: the loader must not touch its handle and falls back to QtSql.
std::unique_ptr<Store> openAsForeignSqlite(const QString &path, QString *error)
{
    auto store = Store::open(path, error);
    if (!store)
        return store;
    sqlite3 *handle = sqlite::nativeHandle(store->database());
    if (!handle
        || sqlite3_create_function_v2(
               handle, "sqlite_source_id", 0, SQLITE_UTF8, nullptr, otherSourceId, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite::nativeHandle(store->database())) {
        *error = QStringLiteral("cannot disguise the connection's SQLite");
        return nullptr;
    }
    return store;
}

using test::tableDifference;

// Binary COPY streams by hand (network byte order), for the parser's tests.
QByteArray be(quint64 value, int bytes)
{
    QByteArray out;
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

QByteArray copyHeader(quint32 flags = 0, const QByteArray &extension = {})
{
    return QByteArray("PGCOPY\n\377\r\n", 10) + QByteArray(1, '\0') + be(flags, 4)
        + be(quint64(extension.size()), 4) + extension;
}

/// A field of `bytes` bytes holding `value`.
QByteArray copyField(qint64 value, int bytes)
{
    return be(quint64(bytes), 4) + be(quint64(value), bytes);
}

const QByteArray copyNull = be(0xFFFFFFFFu, 4);
const QByteArray copyTrailer = be(0xFFFF, 2);
const std::vector<CopyType> copyColumns {
    CopyType::Int8, CopyType::Int4, CopyType::Int2, CopyType::Bool, CopyType::Date};

/// Two tuples of copyColumns: every type, negative values, a null, the date epochs.
QByteArray validCopyStream()
{
    return copyHeader() + be(5, 2) + copyField(5000000000, 8) + copyField(-7, 4) + copyField(300, 2)
        + copyField(1, 1) + copyField(0, 4) + be(5, 2) + copyField(-1, 8) + copyNull + copyField(-32768, 2)
        + copyField(0, 1) + copyField(-10957, 4) + copyTrailer;
}

struct CopyOutcome
{
    QList<QList<qint64>> rows; ///< values, with null written as the marker below
    CopyStatus last = CopyStatus::NeedMore;
    bool atEnd = false;
    QString error;
};
constexpr qint64 NullMarker = std::numeric_limits<qint64>::min();

/// Feeds `stream` to a parser of `columns` in chunks of `chunk` bytes.
CopyOutcome parseCopy(const QByteArray &stream, qsizetype chunk, const std::vector<CopyType> &columns)
{
    pg::PgCopyParser parser(columns);
    CopyOutcome out;
    std::vector<qint64> values(columns.size());
    std::unique_ptr<bool[]> nulls(new bool[columns.size()]);
    // Fed on after the end marker too, as the loader does (PQgetCopyData until the COPY is over).
    for (qsizetype at = 0;
         at < stream.size() && (out.last == CopyStatus::NeedMore || out.last == CopyStatus::End);
         at += chunk) {
        parser.feed(stream.constData() + at, std::min(chunk, stream.size() - at));
        while ((out.last = parser.next(values.data(), nulls.get())) == CopyStatus::Row) {
            QList<qint64> row;
            for (size_t c = 0; c < columns.size(); ++c)
                row.append(nulls[c] ? NullMarker : values[c]);
            out.rows.append(row);
        }
    }
    out.atEnd = parser.atEnd();
    out.error = parser.error();
    return out;
}

} // namespace

class tst_CaseTable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_handPath;
    QString m_bigPath;
    std::unique_ptr<Store> m_hand;
    std::unique_ptr<Store> m_big;
    std::optional<CaseTable> m_table; ///< handCases() loaded from m_hand
    static constexpr int BigCount = 100000;

private slots:
    void initTestCase();
    void intermediateGroup_data();
    void intermediateGroup();
    void recordsComeBackAsWritten();
    void appendedTableEqualsLoadedTable();
    void closureColumns_data();
    void closureColumns();
    void amountsKeptExactly_data();
    void amountsKeptExactly();
    void daysKeptExactly_data();
    void daysKeptExactly();
    void measureOffsetsKeptExactly_data();
    void measureOffsetsKeptExactly();
    void propertyAndDictionaryIds();
    void dictionaries();
    void dayRange();
    void columnSeenFlags();
    void appendRefusesWhatNoColumnHolds();
    void under40BytesPerCase();
    void nativeAndPortableLoadersAgree_data();
    void nativeAndPortableLoadersAgree();
    void progressCountsAndCancels_data();
    void progressCountsAndCancels();
    void danglingCourtIsAnError();
    void appendedCasesHaveIdsOneTwoThree();
    void storeIdsFollowTheStore_data();
    void storeIdsFollowTheStore();
    void copyParserDecodesEveryTypeInAnySplit_data();
    void copyParserDecodesEveryTypeInAnySplit();
    void copyParserRejectsMalformedStreams_data();
    void copyParserRejectsMalformedStreams();
    void copyParserWaitsForATruncatedStream();
    void postgresCopyEqualsQtSqlAndSqlite_data();
    void postgresCopyEqualsQtSqlAndSqlite();
    void postgresProgressCountsAndCancels_data();
    void postgresProgressCountsAndCancels();
    void postgresLoadInsideTheCallersTransaction();
    void postgresSplitScanCancelsAndCloses();
    void postgresStoreIdsFollowTheStore_data();
    void postgresStoreIdsFollowTheStore();

private:
    /// The PostgreSQL store at `url`, or null (the test then skips or fails).
    std::unique_ptr<Store> openPg(const QString &url);

    test::PgTestServer m_pg;
    QString m_pgMissing; ///< why the PostgreSQL cases skip; empty when the server runs
    QString m_pgHand; ///< URL of a database holding handCases()
    QString m_pgGenerated; ///< URL of a database holding generatedCases(GeneratedCount)
    QString m_pgBig; ///< URL of a database holding handCases() and plain cases up to id BigCount
    QString m_generatedPath; ///< SQLite file holding generatedCases(GeneratedCount)
    static constexpr int GeneratedCount = 5000;
};

void tst_CaseTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_handPath = m_dir.filePath(QStringLiteral("hand.sqlite"));
    m_hand = Store::open(m_handPath, &error);
    QVERIFY2(m_hand, qPrintable(error));
    QVERIFY2(writeCases(*m_hand, handCases(), &error), qPrintable(error));
    QVERIFY2(sqlite::nativeHandle(m_hand->database()), "the tests expect the native path on this build");
    m_table = CaseTable::load(*m_hand, &error);
    QVERIFY2(m_table, qPrintable(error));
    QVERIFY(error.isEmpty());

    m_bigPath = m_dir.filePath(QStringLiteral("big.sqlite"));
    m_big = Store::open(m_bigPath, &error);
    QVERIFY2(m_big, qPrintable(error));
    QVERIFY2(writeCases(*m_big, generatedCases(BigCount), &error), qPrintable(error));

    // The same cases on PostgreSQL, through the same writer (so the same store ids); a few thousand
    // generated ones, as the writer is slower there. m_pgBig pads the hand cases to BigCount rows by
    // SQL for the progress tests.
    m_generatedPath = m_dir.filePath(QStringLiteral("generated.sqlite"));
    auto generated = Store::open(m_generatedPath, &error);
    QVERIFY2(generated, qPrintable(error));
    QVERIFY2(writeCases(*generated, generatedCases(GeneratedCount), &error), qPrintable(error));
    if (!m_pg.start(&m_pgMissing))
        return;
    m_pgHand = m_pg.createDatabase();
    m_pgGenerated = m_pg.createDatabase();
    m_pgBig = m_pg.createDatabase();
    QVERIFY(!m_pgHand.isEmpty() && !m_pgGenerated.isEmpty() && !m_pgBig.isEmpty());
    const QList<std::pair<QString, QList<CaseRecord>>> imports {
        {m_pgHand, handCases()}, {m_pgGenerated, generatedCases(GeneratedCount)}, {m_pgBig, handCases()}};
    for (const auto &[url, cases] : imports) {
        auto store = Store::open(url, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(writeCases(*store, cases, &error), qPrintable(error));
    }
    auto big = Store::open(m_pgBig, &error);
    QVERIFY2(big, qPrintable(error));
    QSqlQuery query(big->database());
    QVERIFY2(
        query.exec(QStringLiteral("INSERT INTO cases (id, case_number, court_id, case_type, filed_on, "
                                  "closure_method, deducted_days, extension_days) "
                                  "SELECT g, 'n' || g, (SELECT MIN(id) FROM courts), 1, 17000 + g % 300, "
                                  "0, 0, 0 FROM generate_series(10, %1) AS g")
                       .arg(BigCount)),
        qPrintable(query.lastError().text()));
}

std::unique_ptr<Store> tst_CaseTable::openPg(const QString &url)
{
    QString error;
    auto store = Store::open(url, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

void tst_CaseTable::intermediateGroup_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("group");
    QTest::newRow("basic court") << QStringLiteral("京0105") << QStringLiteral("京01");
    QTest::newRow("intermediate court") << QStringLiteral("粤07") << QStringLiteral("粤07");
    QTest::newRow("high court") << QStringLiteral("京") << QStringLiteral("京");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trailing letter") << QStringLiteral("京0105A") << QStringLiteral("京01");
    QTest::newRow("intermediate with letter") << QStringLiteral("沪72B") << QStringLiteral("沪72");
    QTest::newRow("odd length") << QStringLiteral("京010") << QStringLiteral("京01");
    QTest::newRow("one digit") << QStringLiteral("京1") << QStringLiteral("京1");
    QTest::newRow("blanks") << QStringLiteral(" 京0105 ") << QStringLiteral("京01");
    QTest::newRow("digits only") << QStringLiteral("0105") << QStringLiteral("01");
}

void tst_CaseTable::intermediateGroup()
{
    QFETCH(QString, code);
    QFETCH(QString, group);
    QCOMPARE(intermediateGroupOf(code), group);
}

void tst_CaseTable::recordsComeBackAsWritten()
{
    const QList<CaseRecord> cases = handCases();
    QCOMPARE(m_table->size(), qint64(cases.size()));
    QVERIFY(!m_table->isEmpty());
    // A full table scan reads SQLite's rows in insertion order.
    for (qsizetype row = 0; row < cases.size(); ++row) {
        const CaseRecord got = m_table->record(row);
        const CaseRecord want = expectedRecord(cases[row]);
        QCOMPARE(got.courtName, want.courtName);
        QCOMPARE(got.courtCode, want.courtCode);
        QCOMPARE(got.filedOn, want.filedOn);
        QCOMPARE(got.closedOn, want.closedOn);
        QCOMPARE(got.appliedFen, want.appliedFen);
        QCOMPARE(got.recoveredFen, want.recoveredFen);
        QCOMPARE(got.networkInquiryOn, want.networkInquiryOn);
        QCOMPARE(got.dishonestListOn, want.dishonestListOn);
        QCOMPARE(got.consumptionRestrictionOn, want.consumptionRestrictionOn);
        QCOMPARE(got.applicantInterviewOn, want.applicantInterviewOn);
        QVERIFY2(got == want, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void tst_CaseTable::appendedTableEqualsLoadedTable()
{
    CaseTable table;
    QString error;
    for (const CaseRecord &r : handCases())
        QVERIFY2(table.append(r, &error), qPrintable(error));
    const QString diff = tableDifference(table, *m_table);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_CaseTable::closureColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("delay");
    QTest::addColumn<ClosureMethod>("method");
    QTest::newRow("pending") << 0 << false << int(CaseTable::NotClosed) << ClosureMethod::None;
    QTest::newRow("performed, 2 Mar - 1 Jun") << 1 << true << 91 << ClosureMethod::Performed;
    QTest::newRow("终本, 1 Apr - 30 Sep") << 2 << true << 182 << ClosureMethod::TerminatedThisRound;
    QTest::newRow("terminated, 3 May - 30 Dec") << 3 << true << 241 << ClosureMethod::Terminated;
    QTest::newRow("not enforced, same day") << 4 << true << 0 << ClosureMethod::NotEnforced;
    QTest::newRow("rejected, 1 - 15 Jul") << 5 << true << 14 << ClosureMethod::Rejected;
    QTest::newRow("cancelled, 1 - 31 Aug") << 6 << true << 30 << ClosureMethod::Cancelled;
    QTest::newRow("pending, no method") << 7 << false << int(CaseTable::NotClosed) << ClosureMethod::None;
}

void tst_CaseTable::closureColumns()
{
    QFETCH(int, row);
    QFETCH(bool, closed);
    QFETCH(int, delay);
    QFETCH(ClosureMethod, method);
    QCOMPARE(m_table->isClosed(row), closed);
    QCOMPARE(int(m_table->closeDelay(row)), delay);
    QCOMPARE(m_table->closureMethod(row), method);
    if (closed)
        QCOMPARE(m_table->closedDay(row), m_table->filedDay(row) + delay);
}

void tst_CaseTable::amountsKeptExactly_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("hasApplied");
    QTest::addColumn<qint64>("applied");
    QTest::addColumn<bool>("hasRecovered");
    QTest::addColumn<qint64>("recovered");
    QTest::newRow("applied only") << 0 << true << qint64(100000) << false << qint64(0);
    QTest::newRow("both") << 1 << true << qint64(500000) << true << qint64(500000);
    QTest::newRow("neither") << 2 << false << qint64(0) << false << qint64(0);
    QTest::newRow("2^40 and 2^40 - 1") << 3 << true << qint64(1099511627776) << true << qint64(1099511627775);
    QTest::newRow("2^40 - 2 and zero") << 4 << true << qint64(1099511627774) << true << qint64(0);
    QTest::newRow("negative") << 6 << true << qint64(-500) << false << qint64(0);
    QTest::newRow("recovered only") << 7 << false << qint64(0) << true << qint64(300);
}

void tst_CaseTable::amountsKeptExactly()
{
    QFETCH(int, row);
    QFETCH(bool, hasApplied);
    QFETCH(qint64, applied);
    QFETCH(bool, hasRecovered);
    QFETCH(qint64, recovered);
    QCOMPARE(m_table->hasAmountApplied(row), hasApplied);
    QCOMPARE(m_table->amountAppliedFen(row), applied);
    QCOMPARE(m_table->hasAmountRecovered(row), hasRecovered);
    QCOMPARE(m_table->amountRecoveredFen(row), recovered);
}

void tst_CaseTable::daysKeptExactly_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("deducted");
    QTest::addColumn<int>("extension");
    QTest::newRow("none") << 0 << 0 << 0;
    QTest::newRow("ordinary") << 1 << 15 << 90;
    QTest::newRow("beyond 16 bits, and the marker value") << 4 << 70000 << 65535;
    QTest::newRow("largest in the column") << 5 << 65534 << 3;
}

void tst_CaseTable::daysKeptExactly()
{
    QFETCH(int, row);
    QFETCH(int, deducted);
    QFETCH(int, extension);
    QCOMPARE(m_table->deductedDays(row), deducted);
    QCOMPARE(m_table->extensionDays(row), extension);
}

void tst_CaseTable::measureOffsetsKeptExactly_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Measure>("measure");
    QTest::addColumn<bool>("given");
    QTest::addColumn<int>("offset");
    QTest::newRow("inquiry 5 days after") << 0 << Measure::NetworkInquiry << true << 5;
    QTest::newRow("no listing") << 0 << Measure::DishonestList << false << 0;
    QTest::newRow("restriction 8 days after") << 1 << Measure::ConsumptionRestriction << true << 8;
    QTest::newRow("interview 79 days after") << 1 << Measure::ApplicantInterview << true << 79;
    QTest::newRow("inquiry 7 days before filing") << 2 << Measure::NetworkInquiry << true << -7;
    QTest::newRow("listing 30 days after") << 2 << Measure::DishonestList << true << 30;
    QTest::newRow("interview 153 days after") << 2 << Measure::ApplicantInterview << true << 153;
    QTest::newRow("largest in the column") << 5 << Measure::NetworkInquiry << true << 32767;
    QTest::newRow("one beyond") << 5 << Measure::DishonestList << true << 32768;
    QTest::newRow("smallest in the column") << 5 << Measure::ConsumptionRestriction << true << -32766;
    QTest::newRow("the wide marker") << 5 << Measure::ApplicantInterview << true << -32767;
    QTest::newRow("the no-date value") << 6 << Measure::NetworkInquiry << true << -32768;
    QTest::newRow("90 years after filing") << 6 << Measure::DishonestList << true << 32871;
    QTest::newRow("nothing") << 8 << Measure::ApplicantInterview << false << 0;
}

void tst_CaseTable::measureOffsetsKeptExactly()
{
    QFETCH(int, row);
    QFETCH(Measure, measure);
    QFETCH(bool, given);
    QFETCH(int, offset);
    const std::optional<qint32> got = m_table->measureOffset(row, measure);
    QCOMPARE(got.has_value(), given);
    if (given)
        QCOMPARE(*got, offset);
}

void tst_CaseTable::propertyAndDictionaryIds()
{
    const std::optional<bool> yes = true;
    const std::optional<bool> no = false;
    const std::optional<bool> unknown;
    QCOMPARE(m_table->hasProperty(0), yes);
    QCOMPARE(m_table->hasProperty(1), no);
    QCOMPARE(m_table->hasProperty(2), unknown);
    QCOMPARE(m_table->hasProperty(3), yes);
    QCOMPARE(m_table->hasProperty(4), no);
    QCOMPARE(m_table->hasProperty(8), unknown);

    // Courts in order of first appearance: 朝阳 0, 广州 1, 铁路 2, 京0108 3, '' 4.
    const QList<int> courts = {0, 0, 1, 2, 3, 0, 1, 2, 4};
    const QList<int> causes = {1, 2, 0, 1, 0, 0, 0, 0, 0};
    const QList<int> handlers = {1, 2, 0, 1, 0, 0, 0, 3, 0};
    const QList<CaseType> types = {CaseType::FirstEnforcement, CaseType::FirstEnforcement, CaseType::Resumed,
        CaseType::Preservation, CaseType::Objection, CaseType::Reconsideration, CaseType::Supervision,
        CaseType::Unknown, CaseType::Coordination};
    for (int row = 0; row < 9; ++row) {
        QCOMPARE(int(m_table->court(row)), courts[row]);
        QCOMPARE(int(m_table->cause(row)), causes[row]);
        QCOMPARE(int(m_table->handler(row)), handlers[row]);
        QCOMPARE(m_table->type(row), types[row]);
    }
}

void tst_CaseTable::dictionaries()
{
    const std::vector<CourtInfo> &courts = m_table->courts();
    QCOMPARE(courts.size(), size_t(5));
    const QStringList names = {chaoyang, guangzhou, railway, QStringLiteral("京0108"), QString()};
    const QStringList codes
        = {QStringLiteral("京0105"), QStringLiteral("粤01"), QString(), QStringLiteral("京0108"), QString()};
    const QStringList groups
        = {QStringLiteral("京01"), QStringLiteral("粤01"), QString(), QStringLiteral("京01"), QString()};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(courts[i].name, names[i]);
        QCOMPARE(courts[i].code, codes[i]);
        QCOMPARE(courts[i].intermediateGroup, groups[i]);
    }
    QCOMPARE(m_table->causes(), (QStringList {QString(), loan, sale}));
    QCOMPARE(m_table->handlers(),
        (QStringList {QString(), QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")}));

    QCOMPARE(m_table->courtId(guangzhou), std::optional<quint16>(1));
    QCOMPARE(m_table->courtId(QStringLiteral("粤01")), std::optional<quint16>(1)); // by code
    QCOMPARE(m_table->courtId(QStringLiteral("京0105")), std::optional<quint16>(0));
    QCOMPARE(m_table->courtId(QStringLiteral("京0108")), std::optional<quint16>(3));
    QCOMPARE(m_table->courtId(QString()), std::optional<quint16>(4));
    QCOMPARE(m_table->courtId(QStringLiteral("上海市第一中级人民法院")), std::optional<quint16>());

    // A nameless case lands on the court that has its code; a named one on its name.
    CaseTable table;
    CaseRecord r
        = makeCase(1, chaoyang, QStringLiteral("京0105"), CaseType::FirstEnforcement, QDate(2016, 1, 4));
    QVERIFY(table.append(r));
    r.courtName.clear();
    QVERIFY(table.append(r));
    r.courtCode = QStringLiteral("京0106");
    QVERIFY(table.append(r));
    r.courtName = QStringLiteral("北京市丰台区人民法院");
    QVERIFY(table.append(r)); // gives 丰台 the code; the code stays with the nameless court's entry
    QCOMPARE(table.courts().size(), size_t(3));
    QCOMPARE(int(table.court(1)), 0);
    QCOMPARE(table.courts()[1].name, QStringLiteral("京0106"));
    QCOMPARE(table.courts()[2].code, QStringLiteral("京0106"));
    QCOMPARE(table.courtId(QStringLiteral("京0106")), std::optional<quint16>(1));
}

void tst_CaseTable::dayRange()
{
    // Earliest filing 2016-02-15 = day 16846; latest closure 2016-12-30 = day 17165 (the measure
    // dates of 2106 do not count).
    QCOMPARE(m_table->firstDay(), 16846);
    QCOMPARE(m_table->lastDay(), 17165);
    QCOMPARE(m_table->filedDay(0), 16861); // 2016-03-01

    CaseTable empty;
    QCOMPARE(empty.size(), qint64(0));
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.firstDay(), 0);
    QCOMPARE(empty.lastDay(), 0);
    // A single pending case filed before 1970: both ends are its filing day.
    QVERIFY(empty.append(makeCase(1, chaoyang, QString(), CaseType::FirstEnforcement, QDate(1969, 12, 31))));
    QCOMPARE(empty.firstDay(), -1);
    QCOMPARE(empty.lastDay(), -1);
}

void tst_CaseTable::columnSeenFlags()
{
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        QVERIFY(m_table->hasMeasureColumn(Measure(m)));
    QVERIFY(m_table->hasPropertyColumn());
    QVERIFY(m_table->hasAmountColumns());

    CaseTable table;
    CaseRecord r = makeCase(1, chaoyang, QString(), CaseType::FirstEnforcement, QDate(2016, 1, 4));
    QVERIFY(table.append(r));
    QVERIFY(!table.hasPropertyColumn());
    QVERIFY(!table.hasAmountColumns());
    for (int m = 0; m < CaseTable::MeasureCount; ++m)
        QVERIFY(!table.hasMeasureColumn(Measure(m)));
    r.dishonestListOn = QDate(2016, 2, 1);
    r.hasProperty = false;
    QVERIFY(table.append(r));
    QVERIFY(table.hasPropertyColumn());
    QVERIFY(!table.hasAmountColumns());
    QVERIFY(table.hasMeasureColumn(Measure::DishonestList));
    QVERIFY(!table.hasMeasureColumn(Measure::NetworkInquiry));
    r.recoveredFen = 0;
    QVERIFY(table.append(r));
    QVERIFY(table.hasAmountColumns());
}

void tst_CaseTable::appendRefusesWhatNoColumnHolds()
{
    CaseTable table;
    QString error;
    QVERIFY(!table.append(makeCase(1, chaoyang, QString(), CaseType::FirstEnforcement, QDate()), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!table.append(makeCase(1, chaoyang, QString(), CaseType::FirstEnforcement, QDate(2016, 5, 1),
                              QDate(2016, 4, 30), ClosureMethod::Performed),
        &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(table.size(), qint64(0)); // nothing half-appended, not even the court's name
    QVERIFY(table.courts().empty());
    QCOMPARE(table.firstDay(), 0);
    // 65,534 days is the longest delay the column holds; 65,535 is the pending marker.
    QVERIFY(table.append(makeCase(1, chaoyang, QString(), CaseType::FirstEnforcement, QDate(1900, 1, 1),
        QDate(1900, 1, 1).addDays(65534), ClosureMethod::Performed)));
    QCOMPARE(int(table.closeDelay(0)), 65534);
    QVERIFY(!table.append(makeCase(1, chaoyang, QString(), CaseType::FirstEnforcement, QDate(1900, 1, 1),
        QDate(1900, 1, 1).addDays(65535), ClosureMethod::Performed)));
    QCOMPARE(table.size(), qint64(1));
}

void tst_CaseTable::under40BytesPerCase()
{
    QString error;
    const std::optional<CaseTable> table = CaseTable::load(*m_big, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), qint64(BigCount));
    QCOMPARE(table->courts().size(), size_t(8));
    QCOMPARE(table->causes().size(), qsizetype(21)); // "not given" and 案由1..案由20
    QCOMPARE(table->handlers().size(), qsizetype(51));
    const double perCase = double(table->memoryBytes()) / double(table->size());
    QVERIFY2(perCase >= 39.0 && perCase < 40.0, qPrintable(QString::number(perCase)));
}

void tst_CaseTable::nativeAndPortableLoadersAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("hand-written cases") << QStringLiteral("hand.sqlite");
    QTest::newRow("100,000 generated cases") << QStringLiteral("big.sqlite");
}

void tst_CaseTable::nativeAndPortableLoadersAgree()
{
    QFETCH(QString, file);
    QString error;
    const QString path = m_dir.filePath(file);
    auto native = Store::open(path, &error);
    QVERIFY2(native, qPrintable(error));
    QVERIFY(sqlite::nativeHandle(native->database()));
    auto portable = openAsForeignSqlite(path, &error);
    QVERIFY2(portable, qPrintable(error));

    const std::optional<CaseTable> a = CaseTable::load(*native, &error);
    QVERIFY2(a, qPrintable(error));
    const std::optional<CaseTable> b = CaseTable::load(*portable, &error);
    QVERIFY2(b, qPrintable(error));
    QVERIFY(a->size() > 0);
    const QString diff = tableDifference(*a, *b);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_CaseTable::progressCountsAndCancels_data()
{
    QTest::addColumn<bool>("portable");
    QTest::addColumn<int>("cancelAtCall"); ///< 0: never
    QTest::addColumn<QList<qint64>>("doneSeen");
    const qint64 n = BigCount;
    for (const bool portable : {false, true}) {
        const char *path = portable ? "portable" : "native";
        QTest::addRow("%s, to the end", path) << portable << 0 << QList<qint64> {0, 65536, n};
        QTest::addRow("%s, cancel before reading", path) << portable << 1 << QList<qint64> {0};
        QTest::addRow("%s, cancel while reading", path) << portable << 2 << QList<qint64> {0, 65536};
        QTest::addRow("%s, cancel at the end", path) << portable << 3 << QList<qint64> {0, 65536, n};
    }
}

void tst_CaseTable::progressCountsAndCancels()
{
    QFETCH(bool, portable);
    QFETCH(int, cancelAtCall);
    QFETCH(QList<qint64>, doneSeen);
    QString error;
    auto store = portable ? openAsForeignSqlite(m_bigPath, &error) : Store::open(m_bigPath, &error);
    QVERIFY2(store, qPrintable(error));
    QList<qint64> done;
    bool totalsRight = true;
    const auto progress = [&](qint64 d, qint64 total) {
        done.append(d);
        totalsRight = totalsRight && total == BigCount;
        return done.size() != cancelAtCall;
    };
    error = QStringLiteral("stale");
    const std::optional<CaseTable> table = CaseTable::load(*store, &error, progress);
    QCOMPARE(done, doneSeen);
    QVERIFY(totalsRight);
    QCOMPARE(table.has_value(), cancelAtCall == 0);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // a cancel is not an error
    if (table)
        QCOMPARE(table->size(), qint64(BigCount));
}

void tst_CaseTable::danglingCourtIsAnError()
{
    QString error;
    auto store = Store::open(m_dir.filePath(QStringLiteral("dangling.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(writeCases(*store, handCases().mid(0, 2), &error), qPrintable(error));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(query.exec(QStringLiteral("UPDATE cases SET court_id = 999")));
    const std::optional<CaseTable> table = CaseTable::load(*store, &error);
    QVERIFY(!table);
    QVERIFY2(error.contains(QStringLiteral("court")), qPrintable(error));
}

void tst_CaseTable::appendedCasesHaveIdsOneTwoThree()
{
    CaseTable table;
    QCOMPARE(table.rowOfStoreId(1), std::nullopt);
    const QList<CaseRecord> cases = handCases();
    for (const CaseRecord &r : cases)
        QVERIFY(table.append(r));
    for (qint64 row = 0; row < table.size(); ++row) {
        QCOMPARE(table.storeId(row), row + 1);
        QCOMPARE(table.rowOfStoreId(row + 1), std::optional<qint64>(row));
    }
    QCOMPARE(table.rowOfStoreId(0), std::nullopt);
    QCOMPARE(table.rowOfStoreId(table.size() + 1), std::nullopt);
    QCOMPARE(table.rowOfStoreId(-1), std::nullopt);
}

void tst_CaseTable::storeIdsFollowTheStore_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("portable");
    // The plain import: ids 1..n, kept implicitly.
    QTest::newRow("dense") << QString() << false;
    QTest::newRow("dense, QtSql") << QString() << true;
    // One case deleted in the middle: the ids are written out from there on.
    QTest::newRow("gap") << QStringLiteral("DELETE FROM cases WHERE id = 3") << false;
    QTest::newRow("gap, QtSql") << QStringLiteral("DELETE FROM cases WHERE id = 3") << true;
    // The first cases gone: dense again, from another base.
    QTest::newRow("first deleted") << QStringLiteral("DELETE FROM cases WHERE id <= 2") << false;
    // An id beyond 32 bits from the first one.
    QTest::newRow("wide id") << QStringLiteral("UPDATE cases SET id = 5000000000 WHERE id = 5") << false;
    QTest::newRow("wide id, QtSql") << QStringLiteral("UPDATE cases SET id = 5000000000 WHERE id = 5")
                                    << true;
}

void tst_CaseTable::storeIdsFollowTheStore()
{
    QFETCH(QString, change);
    QFETCH(bool, portable);
    QString error;
    const QString path
        = m_dir.filePath(QStringLiteral("ids-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
    {
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(writeCases(*store, handCases(), &error), qPrintable(error));
        if (!change.isEmpty()) {
            QSqlQuery query(store->database());
            QVERIFY2(query.exec(change), qPrintable(query.lastError().text()));
        }
    }
    auto store = portable ? openAsForeignSqlite(path, &error) : Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const std::optional<CaseTable> table = CaseTable::load(*store, &error);
    QVERIFY2(table, qPrintable(error));

    // The store's own view: id -> filing day and case type, in id order.
    QList<qint64> ids;
    QList<qint64> filed;
    QList<int> types;
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, filed_on, case_type FROM cases ORDER BY id")));
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
        filed.append(query.value(1).toLongLong());
        types.append(query.value(2).toInt());
    }
    QCOMPARE(table->size(), qint64(ids.size()));
    for (qint64 row = 0; row < table->size(); ++row) {
        QCOMPARE(table->storeId(row), ids[row]);
        QCOMPARE(table->rowOfStoreId(ids[row]), std::optional<qint64>(row));
        // The id names the same case the row holds.
        QCOMPARE(qint64(table->filedDay(row)), filed[row]);
        QCOMPARE(int(table->type(row)), types[row]);
    }
    for (qint64 missing : {qint64(0), qint64(-7), ids.last() + 1, qint64(1) << 40}) {
        if (!ids.contains(missing))
            QCOMPARE(table->rowOfStoreId(missing), std::nullopt);
    }
    if (change.startsWith(QLatin1String("DELETE FROM cases WHERE id = 3")))
        QCOMPARE(table->rowOfStoreId(3), std::nullopt);
}

void tst_CaseTable::copyParserDecodesEveryTypeInAnySplit_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << 1000;
    // Splits inside the header, inside length words and inside values.
    for (const int chunk : {1, 2, 3, 7, 13, 20})
        QTest::addRow("%d-byte chunks", chunk) << chunk;
}

void tst_CaseTable::copyParserDecodesEveryTypeInAnySplit()
{
    QFETCH(int, chunk);
    const CopyOutcome out = parseCopy(validCopyStream(), chunk, copyColumns);
    QCOMPARE(out.last, CopyStatus::End);
    QVERIFY(out.atEnd);
    QVERIFY(out.error.isEmpty());
    // Dates: 2000-01-01 (PostgreSQL's day 0) is day 10,957 = 30 * 365 + 7 leap days after 1970-01-01.
    const QList<QList<qint64>> expected {{5000000000, -7, 300, 1, 10957}, {-1, NullMarker, -32768, 0, 0}};
    QCOMPARE(out.rows, expected);
}

void tst_CaseTable::copyParserRejectsMalformedStreams_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("why");
    const QByteArray tuple = validCopyStream().mid(copyHeader().size(), 2 + 12 + 8 + 6 + 5 + 8);
    QCOMPARE(tuple.size(), 41); // the first tuple: count, then 4 + size per field
    QTest::newRow("text COPY") << QByteArray("1\t2\t3\n\\.\n") << QStringLiteral("signature");
    QTest::newRow("OIDs") << copyHeader(1u << 16) + tuple + copyTrailer << QStringLiteral("OIDs");
    QTest::newRow("critical flag") << copyHeader(1u << 20) + tuple + copyTrailer
                                   << QStringLiteral("critical");
    QTest::newRow("huge header extension")
        << copyHeader().left(15) + be(0x7FFFFFFF, 4) + tuple << QStringLiteral("extension");
    QTest::newRow("six fields") << copyHeader() + be(6, 2) + tuple.mid(2) + copyNull + copyTrailer
                                << QStringLiteral("6 fields");
    QTest::newRow("no fields") << copyHeader() + be(0, 2) + copyTrailer << QStringLiteral("0 fields");
    QTest::newRow("int4 of 8 bytes") << copyHeader() + be(5, 2) + copyField(1, 8) + copyField(2, 8)
            + copyField(3, 2) + copyField(1, 1) + copyField(0, 4)
            + copyTrailer << QStringLiteral("field 2 has 8 bytes");
    QTest::newRow("length -2") << copyHeader() + be(5, 2) + be(0xFFFFFFFEu, 4) + copyTrailer
                               << QStringLiteral("-2 bytes");
    QTest::newRow("huge length") << copyHeader() + be(5, 2) + be(0x7FFFFFFF, 4) + copyTrailer
                                 << QStringLiteral("2147483647 bytes");
    QTest::newRow("data after the end")
        << copyHeader() + tuple + copyTrailer + QByteArray(1, '\0') << QStringLiteral("after the end");
}

void tst_CaseTable::copyParserRejectsMalformedStreams()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, why);
    for (const qsizetype chunk : {stream.size(), qsizetype(1)}) {
        const CopyOutcome out = parseCopy(stream, chunk, copyColumns);
        QCOMPARE(out.last, CopyStatus::Error);
        QVERIFY(!out.atEnd);
        QVERIFY2(
            out.error.contains(QLatin1String("malformed")) && out.error.contains(why), qPrintable(out.error));
    }
}

void tst_CaseTable::copyParserWaitsForATruncatedStream()
{
    const QByteArray stream = validCopyStream();
    // Cut inside the second tuple (header 19 bytes, first tuple 41, then 20 of the second's 37),
    // before the trailer, inside the trailer: never a row from missing bytes, never the end.
    const QList<std::pair<qsizetype, qsizetype>> cuts {
        {19 + 41 + 20, 1}, {19 + 41 + 36, 1}, {stream.size() - 2, 2}, {stream.size() - 1, 2}};
    for (const auto &[cut, rows] : cuts) {
        for (const qsizetype chunk : {qsizetype(1), qsizetype(5), cut}) {
            const CopyOutcome out = parseCopy(stream.left(cut), chunk, copyColumns);
            QCOMPARE(out.last, CopyStatus::NeedMore);
            QCOMPARE(out.rows.size(), rows);
            QVERIFY(!out.atEnd);
        }
    }
}

void tst_CaseTable::postgresCopyEqualsQtSqlAndSqlite_data()
{
    QTest::addColumn<bool>("generated");
    QTest::newRow("hand-written cases") << false;
    QTest::newRow("5,000 generated cases") << true;
}

void tst_CaseTable::postgresCopyEqualsQtSqlAndSqlite()
{
    if (!m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    QFETCH(bool, generated);
    QString error;
    auto store = openPg(generated ? m_pgGenerated : m_pgHand);
    QVERIFY(store);
    QVERIFY2(pg::nativeHandle(store->database()), "the tests expect the COPY path on this build");
    const auto loadWith = [&](const char *scan) {
        qputenv("CASELOAD_PG_SCAN", scan);
        std::optional<CaseTable> table = CaseTable::load(*store, &error);
        qunsetenv("CASELOAD_PG_SCAN");
        return table;
    };
    const std::optional<CaseTable> copied = loadWith("copy");
    QVERIFY2(copied, qPrintable(error));
    // Two connections on one snapshot, the upper half of the ids appended to the lower.
    const std::optional<CaseTable> split = loadWith("split");
    QVERIFY2(split, qPrintable(error));
    const std::optional<CaseTable> portable = loadWith("qtsql");
    QVERIFY2(portable, qPrintable(error));
    auto sqliteStore = generated ? Store::open(m_generatedPath, &error) : nullptr;
    QVERIFY2(!generated || sqliteStore, qPrintable(error));
    const std::optional<CaseTable> sqlite = CaseTable::load(generated ? *sqliteStore : *m_hand, &error);
    QVERIFY2(sqlite, qPrintable(error));

    QCOMPARE(copied->size(), generated ? qint64(GeneratedCount) : qint64(handCases().size()));
    QString diff = tableDifference(*copied, *portable);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("COPY vs QtSql: ") + diff));
    diff = tableDifference(*split, *portable);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("split COPY vs QtSql: ") + diff));
    diff = tableDifference(*copied, *sqlite);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("PostgreSQL vs SQLite: ") + diff));
    if (!generated) {
        // The values by hand, too: the wide amount and days of case 3 and 4, the 90-year listing of 6.
        QCOMPARE(copied->amountAppliedFen(3), qint64(1) << 40);
        QCOMPARE(copied->extensionDays(4), 65535);
        QCOMPARE(copied->measureOffset(6, Measure::DishonestList), std::optional<qint32>(32871));
        QCOMPARE(copied->closeDelay(1), quint16(91));
    }
}

void tst_CaseTable::postgresProgressCountsAndCancels_data()
{
    QTest::addColumn<int>("cancelAtCall"); ///< 0: never
    QTest::addColumn<QList<qint64>>("doneSeen");
    const qint64 n = BigCount;
    QTest::newRow("to the end") << 0 << QList<qint64> {0, 65536, n};
    QTest::newRow("cancel before reading") << 1 << QList<qint64> {0};
    QTest::newRow("cancel while reading") << 2 << QList<qint64> {0, 65536};
    QTest::newRow("cancel at the end") << 3 << QList<qint64> {0, 65536, n};
}

void tst_CaseTable::postgresProgressCountsAndCancels()
{
    if (!m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    QFETCH(int, cancelAtCall);
    QFETCH(QList<qint64>, doneSeen);
    auto store = openPg(m_pgBig);
    QVERIFY(store);
    QList<qint64> done;
    bool totalsRight = true;
    const auto progress = [&](qint64 d, qint64 total) {
        done.append(d);
        totalsRight = totalsRight && total == BigCount;
        return done.size() != cancelAtCall;
    };
    QString error = QStringLiteral("stale");
    const std::optional<CaseTable> table = CaseTable::load(*store, &error, progress);
    QCOMPARE(done, doneSeen);
    QVERIFY(totalsRight);
    QCOMPARE(table.has_value(), cancelAtCall == 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (table)
        QCOMPARE(table->size(), qint64(BigCount));
    // A cancelled COPY leaves the connection idle, outside any transaction, and usable.
    QVERIFY(pg::nativeHandle(store->database()));
    QSqlQuery query(store->database());
    QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && query.next(),
        qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toLongLong(), qint64(BigCount));
    QVERIFY(store->database().transaction()); // fails while one is still open
    QVERIFY(store->database().rollback());
}

void tst_CaseTable::postgresLoadInsideTheCallersTransaction()
{
    if (!m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    auto store = openPg(m_pgBig);
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM cases WHERE id > 1000")));
    // Cancelled while reading: the caller's transaction must survive (no server-side cancel).
    int calls = 0;
    QString error;
    std::optional<CaseTable> table
        = CaseTable::load(*store, &error, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!table);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The load sees the caller's uncommitted delete, and the transaction is still alive.
    table = CaseTable::load(*store, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), qint64(1000));
    QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && query.next(),
        qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toLongLong(), qint64(1000));
    query.finish();
    QVERIFY(db.rollback());
    table = CaseTable::load(*store, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), qint64(BigCount));
}

void tst_CaseTable::postgresSplitScanCancelsAndCloses()
{
    if (!m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    // 150,000 cases: the lower half of the split (ids 1..75,000) passes a progress report at 65,536.
    constexpr int count = 150000;
    const QString url = m_pg.createDatabase();
    auto store = openPg(url);
    QVERIFY(store);
    QString error;
    QVERIFY2(writeCases(*store, handCases(), &error), qPrintable(error));
    QSqlQuery query(store->database());
    QVERIFY2(
        query.exec(QStringLiteral("INSERT INTO cases (id, case_number, court_id, case_type, filed_on, "
                                  "closure_method, deducted_days, extension_days, amount_applied) "
                                  "SELECT g, 'n' || g, (SELECT MAX(id) FROM courts), 2, 16000 + g % 700, "
                                  "0, 0, 0, g * 3 FROM generate_series(10, %1) AS g")
                       .arg(count)),
        qPrintable(query.lastError().text()));
    const auto sessions = [&] {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(sessions(), 1);

    qputenv("CASELOAD_PG_SCAN", "split");
    QList<qint64> done;
    std::optional<CaseTable> table = CaseTable::load(*store, &error, [&](qint64 d, qint64) {
        done.append(d);
        return done.size() < 2;
    });
    QVERIFY(!table);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(done.size(), 2);
    QVERIFY(done[1] >= 65536 && done[1] <= count); // the lower half's rows plus the upper's so far
    QTRY_COMPARE(sessions(), 1); // the second connection is gone (its server process ends soon after)
    QVERIFY(pg::nativeHandle(store->database())); // ours is idle again, outside a transaction
    QVERIFY(store->database().transaction());
    QVERIFY(store->database().rollback());

    table = CaseTable::load(*store, &error);
    qunsetenv("CASELOAD_PG_SCAN");
    QVERIFY2(table, qPrintable(error));
    QTRY_COMPARE(sessions(), 1);
    QCOMPARE(table->size(), qint64(count));
    // Row 100,000 holds id 100,000 (ids 1..count, dense): filed on day 16000 + 100000 % 700 = 16,600,
    // applied 300,000 fen.
    QCOMPARE(table->storeId(99999), qint64(100000));
    QCOMPARE(table->filedDay(99999), qint32(16600));
    QCOMPARE(table->amountAppliedFen(99999), qint64(300000));
    QCOMPARE(table->amountAppliedFen(count - 1), qint64(count) * 3);
    qputenv("CASELOAD_PG_SCAN", "qtsql");
    const std::optional<CaseTable> portable = CaseTable::load(*store, &error);
    qunsetenv("CASELOAD_PG_SCAN");
    QVERIFY2(portable, qPrintable(error));
    const QString diff = tableDifference(*table, *portable);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_CaseTable::postgresStoreIdsFollowTheStore_data()
{
    QTest::addColumn<QByteArray>("scan");
    QTest::newRow("one connection") << QByteArray("copy");
    // Split at the middle id 2,500,000,000: seven rows below, one above, ids beyond 32 bits of offset.
    QTest::newRow("two connections") << QByteArray("split");
    QTest::newRow("QtSql") << QByteArray("qtsql");
}

void tst_CaseTable::postgresStoreIdsFollowTheStore()
{
    if (!m_pgMissing.isEmpty())
        QSKIP(qPrintable(m_pgMissing));
    QFETCH(QByteArray, scan);
    const QString url = m_pg.createDatabase();
    auto store = openPg(url);
    QVERIFY(store);
    QString error;
    QVERIFY2(writeCases(*store, handCases(), &error), qPrintable(error));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM cases WHERE id = 3")));
    QVERIFY(query.exec(QStringLiteral("UPDATE cases SET id = 5000000000 WHERE id = 5")));
    qputenv("CASELOAD_PG_SCAN", scan);
    const std::optional<CaseTable> table = CaseTable::load(*store, &error);
    qunsetenv("CASELOAD_PG_SCAN");
    QVERIFY2(table, qPrintable(error));
    // Rows in id order: 1, 2, 4, 6, 7, 8, 9, 5000000000 (the former case 5, filed 2016-06-01).
    const QList<qint64> ids {1, 2, 4, 6, 7, 8, 9, 5000000000};
    QCOMPARE(table->size(), qint64(ids.size()));
    for (qint64 row = 0; row < table->size(); ++row) {
        QCOMPARE(table->storeId(row), ids[row]);
        QCOMPARE(table->rowOfStoreId(ids[row]), std::optional<qint64>(row));
    }
    QCOMPARE(table->rowOfStoreId(3), std::nullopt);
    QCOMPARE(table->filedDay(7), qint32(toDayNumber(QDate(2016, 6, 1))));
    QCOMPARE(table->type(7), CaseType::Objection);
}

QTEST_GUILESS_MAIN(tst_CaseTable)
#include "tst_casetable.moc"
