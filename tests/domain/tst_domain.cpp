#include "domain/CaseNumber.h"
#include "domain/CaseType.h"
#include "domain/ClosureMethod.h"

#include <QTest>

#include <set>

using namespace caseload;

namespace {

constexpr int kNone = -1; // "nullopt" in the data tables

template<typename Enum> int asInt(std::optional<Enum> value)
{
    return value ? int(*value) : kNone;
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void caseTypeLabels_data();
    void caseTypeLabels();
    void caseTypeRoundTrip();
    void caseTypeFromLabel_data();
    void caseTypeFromLabel();
    void caseTypeFromCode_data();
    void caseTypeFromCode();

    void closureLabels_data();
    void closureLabels();
    void closureRoundTrip();
    void closureFromLabel_data();
    void closureFromLabel();
    void legacyTableIsConsistent();

    void parseCaseNumber_data();
    void parseCaseNumber();
    void canonical_data();
    void canonical();
    void parseIgnoresSpelling_data();
    void parseIgnoresSpelling();
};

void TestDomain::caseTypeLabels_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("implementation");

    QTest::newRow("unknown") << int(CaseType::Unknown) << QString() << QString() << false;
    QTest::newRow("first") << int(CaseType::FirstEnforcement) << QStringLiteral("首次执行")
                           << QStringLiteral("执") << true;
    QTest::newRow("resumed") << int(CaseType::Resumed) << QStringLiteral("恢复执行") << QStringLiteral("执恢")
                             << true;
    QTest::newRow("preservation") << int(CaseType::Preservation) << QStringLiteral("财产保全执行")
                                  << QStringLiteral("执保") << true;
    QTest::newRow("objection") << int(CaseType::Objection) << QStringLiteral("执行异议")
                               << QStringLiteral("执异") << false;
    QTest::newRow("reconsideration") << int(CaseType::Reconsideration) << QStringLiteral("执行复议")
                                     << QStringLiteral("执复") << false;
    QTest::newRow("supervision") << int(CaseType::Supervision) << QStringLiteral("执行监督")
                                 << QStringLiteral("执监") << false;
    QTest::newRow("coordination") << int(CaseType::Coordination) << QStringLiteral("执行协调")
                                  << QStringLiteral("执协") << false;
    QTest::newRow("other") << int(CaseType::Other) << QStringLiteral("其他执行") << QStringLiteral("执他")
                           << false;
}

void TestDomain::caseTypeLabels()
{
    QFETCH(int, type);
    QFETCH(QString, chinese);
    QFETCH(QString, code);
    QFETCH(bool, implementation);

    const auto t = CaseType(type);
    QCOMPARE(chineseLabel(t), chinese);
    QCOMPARE(typeCode(t), code);
    QCOMPARE(isImplementation(t), implementation);
    QCOMPARE(englishLabel(t).isEmpty(), t == CaseType::Unknown);
}

void TestDomain::caseTypeRoundTrip()
{
    std::set<QString> english;
    for (int i = 1; i < CaseTypeCount; ++i) {
        const auto t = CaseType(i);
        QCOMPARE(caseload::caseTypeFromLabel(chineseLabel(t)), t);
        QCOMPARE(caseload::caseTypeFromLabel(englishLabel(t)), t);
        QCOMPARE(caseload::caseTypeFromLabel(englishLabel(t).toUpper()), t);
        QCOMPARE(caseload::caseTypeFromCode(typeCode(t)), t);
        QVERIFY2(english.insert(englishLabel(t)).second, "English labels must be distinct");
    }
}

void TestDomain::caseTypeFromLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("expected");

    QTest::newRow("current") << QStringLiteral("首次执行") << int(CaseType::FirstEnforcement);
    QTest::newRow("ideographic blanks") << QStringLiteral("\u3000恢复执行 ") << int(CaseType::Resumed);
    QTest::newRow("english lower") << QStringLiteral("first enforcement") << int(CaseType::FirstEnforcement);
    QTest::newRow("english upper") << QStringLiteral("RESUMED ENFORCEMENT") << int(CaseType::Resumed);
    QTest::newRow("english full-width") << QStringLiteral("Ｏｂｊｅｃｔｉｏｎ") << int(CaseType::Objection);
    QTest::newRow("english short") << QStringLiteral("resumed") << int(CaseType::Resumed);
    QTest::newRow("code") << QStringLiteral("执") << int(CaseType::FirstEnforcement);
    QTest::newRow("code resumed") << QStringLiteral("执恢") << int(CaseType::Resumed);
    QTest::newRow("code other") << QStringLiteral("执他") << int(CaseType::Other);
    QTest::newRow("首执") << QStringLiteral("首执") << int(CaseType::FirstEnforcement);
    QTest::newRow("with 案件") << QStringLiteral("首次执行案件") << int(CaseType::FirstEnforcement);
    QTest::newRow("保全执行") << QStringLiteral("保全执行") << int(CaseType::Preservation);
    QTest::newRow("财产保全") << QStringLiteral("财产保全") << int(CaseType::Preservation);
    QTest::newRow("执行异议") << QStringLiteral("执行异议") << int(CaseType::Objection);
    QTest::newRow("执行复议") << QStringLiteral("执行复议") << int(CaseType::Reconsideration);
    QTest::newRow("执行监督") << QStringLiteral("执行监督") << int(CaseType::Supervision);
    QTest::newRow("执行协调") << QStringLiteral("执行协调") << int(CaseType::Coordination);
    QTest::newRow("其他") << QStringLiteral("其他") << int(CaseType::Other);
    QTest::newRow("其它执行") << QStringLiteral("其它执行") << int(CaseType::Other);
    // Labels that cover several types must not be guessed.
    QTest::newRow("执行实施 ambiguous") << QStringLiteral("执行实施") << kNone;
    QTest::newRow("执行审查 ambiguous") << QStringLiteral("执行审查") << kNone;
    QTest::newRow("执行 ambiguous") << QStringLiteral("执行") << kNone;
    QTest::newRow("non-execution code") << QStringLiteral("司救执") << kNone;
    QTest::newRow("civil") << QStringLiteral("民事一审") << kNone;
    QTest::newRow("empty") << QString() << kNone;
    QTest::newRow("blank") << QStringLiteral("\u3000") << kNone;
}

void TestDomain::caseTypeFromLabel()
{
    QFETCH(QString, label);
    QFETCH(int, expected);
    QCOMPARE(asInt(caseload::caseTypeFromLabel(label)), expected);
}

void TestDomain::caseTypeFromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expected");

    QTest::newRow("执") << QStringLiteral("执") << int(CaseType::FirstEnforcement);
    QTest::newRow("执恢") << QStringLiteral("执恢") << int(CaseType::Resumed);
    QTest::newRow("执保") << QStringLiteral("执保") << int(CaseType::Preservation);
    QTest::newRow("执异") << QStringLiteral("执异") << int(CaseType::Objection);
    QTest::newRow("执复") << QStringLiteral("执复") << int(CaseType::Reconsideration);
    QTest::newRow("执监") << QStringLiteral("执监") << int(CaseType::Supervision);
    QTest::newRow("执协") << QStringLiteral("执协") << int(CaseType::Coordination);
    QTest::newRow("执他") << QStringLiteral("执他") << int(CaseType::Other);
    QTest::newRow("blanks") << QStringLiteral(" 执恢 ") << int(CaseType::Resumed);
    QTest::newRow("司救执") << QStringLiteral("司救执") << kNone;
    QTest::newRow("label is not a code") << QStringLiteral("首次执行") << kNone;
    QTest::newRow("empty") << QString() << kNone;
}

void TestDomain::caseTypeFromCode()
{
    QFETCH(QString, code);
    QFETCH(int, expected);
    QCOMPARE(asInt(caseload::caseTypeFromCode(code)), expected);
}

void TestDomain::closureLabels_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("chinese");

    QTest::newRow("none") << int(ClosureMethod::None) << QString();
    QTest::newRow("performed") << int(ClosureMethod::Performed) << QStringLiteral("执行完毕");
    QTest::newRow("this round") << int(ClosureMethod::TerminatedThisRound)
                                << QStringLiteral("终结本次执行程序");
    QTest::newRow("terminated") << int(ClosureMethod::Terminated) << QStringLiteral("终结执行");
    QTest::newRow("not enforced") << int(ClosureMethod::NotEnforced) << QStringLiteral("不予执行");
    QTest::newRow("rejected") << int(ClosureMethod::Rejected) << QStringLiteral("驳回申请");
    QTest::newRow("cancelled") << int(ClosureMethod::Cancelled) << QStringLiteral("销案");
}

void TestDomain::closureLabels()
{
    QFETCH(int, method);
    QFETCH(QString, chinese);
    const auto m = ClosureMethod(method);
    QCOMPARE(chineseLabel(m), chinese);
    QCOMPARE(englishLabel(m).isEmpty(), m == ClosureMethod::None);
}

void TestDomain::closureRoundTrip()
{
    std::set<QString> english;
    for (int i = 1; i < ClosureMethodCount; ++i) {
        const auto m = ClosureMethod(i);
        QCOMPARE(closureMethodFromLabel(chineseLabel(m)), m);
        QCOMPARE(closureMethodFromLabel(englishLabel(m)), m);
        QCOMPARE(closureMethodFromLabel(englishLabel(m).toLower()), m);
        QVERIFY2(english.insert(englishLabel(m)).second, "English labels must be distinct");
    }
}

void TestDomain::closureFromLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("expected");

    const int performed = int(ClosureMethod::Performed);
    const int thisRound = int(ClosureMethod::TerminatedThisRound);
    const int terminated = int(ClosureMethod::Terminated);

    QTest::newRow("执行完毕") << QStringLiteral("执行完毕") << performed;
    QTest::newRow("终结本次执行程序") << QStringLiteral("终结本次执行程序") << thisRound;
    QTest::newRow("终结执行") << QStringLiteral("终结执行") << terminated;
    QTest::newRow("不予执行") << QStringLiteral("不予执行") << int(ClosureMethod::NotEnforced);
    QTest::newRow("驳回申请") << QStringLiteral("驳回申请") << int(ClosureMethod::Rejected);
    QTest::newRow("销案") << QStringLiteral("销案") << int(ClosureMethod::Cancelled);
    QTest::newRow("english") << QStringLiteral("Terminated (this round)") << thisRound;
    QTest::newRow("english no space") << QStringLiteral("terminated(this round)") << thisRound;
    QTest::newRow("english not enforced")
        << QStringLiteral("NOT ENFORCED") << int(ClosureMethod::NotEnforced);
    QTest::newRow("english canceled") << QStringLiteral("Canceled") << int(ClosureMethod::Cancelled);
    QTest::newRow("终本") << QStringLiteral("终本") << thisRound;
    QTest::newRow("全部执行完毕") << QStringLiteral("全部执行完毕") << performed;
    QTest::newRow("和解") << QStringLiteral("和解") << performed;
    QTest::newRow("执行和解") << QStringLiteral("执行和解") << performed;
    QTest::newRow("和解履行完毕") << QStringLiteral("和解履行完毕") << performed;
    QTest::newRow("自动履行") << QStringLiteral("自动履行") << performed;
    QTest::newRow("自动履行完毕") << QStringLiteral("自动履行完毕") << performed;
    QTest::newRow("部分执行完毕") << QStringLiteral("部分执行完毕") << thisRound;
    QTest::newRow("委托执行") << QStringLiteral("委托执行") << int(ClosureMethod::Cancelled);
    QTest::newRow("准许撤回申请") << QStringLiteral("准许撤回申请") << terminated;
    QTest::newRow("撤回申请") << QStringLiteral("撤回申请") << terminated;
    QTest::newRow("撤回执行申请") << QStringLiteral("撤回执行申请") << terminated;
    QTest::newRow("终结") << QStringLiteral("终结") << terminated;
    QTest::newRow("移送破产") << QStringLiteral("移送破产") << terminated;
    QTest::newRow("移送破产审查") << QStringLiteral("移送破产审查") << terminated;
    // Not closures: the case stays pending.
    QTest::newRow("中止执行") << QStringLiteral("中止执行") << kNone;
    QTest::newRow("中止") << QStringLiteral("中止") << kNone;
    QTest::newRow("暂缓执行") << QStringLiteral("暂缓执行") << kNone;
    QTest::newRow("中止 with detail") << QStringLiteral("中止执行（终本）") << kNone;
    QTest::newRow("unknown") << QStringLiteral("未结") << kNone;
    QTest::newRow("empty") << QString() << kNone;
    QTest::newRow("blank") << QStringLiteral("\u3000 ") << kNone;
    QTest::newRow("brackets only") << QStringLiteral("（）") << kNone;
    // Blanks and brackets.
    QTest::newRow("ideographic blanks") << QStringLiteral("\u3000执行完毕\u3000") << performed;
    QTest::newRow("inner blank") << QStringLiteral("终 本") << thisRound;
    QTest::newRow("full-width brackets around") << QStringLiteral("（终本）") << thisRound;
    QTest::newRow("square brackets around") << QStringLiteral("【终本】") << thisRound;
    QTest::newRow("detail in brackets") << QStringLiteral("终结本次执行程序（终本）") << thisRound;
    QTest::newRow("detail in ascii brackets") << QStringLiteral("执行完毕(和解)") << performed;
}

void TestDomain::closureFromLabel()
{
    QFETCH(QString, label);
    QFETCH(int, expected);
    QCOMPARE(asInt(closureMethodFromLabel(label)), expected);
}

void TestDomain::legacyTableIsConsistent()
{
    int count = 0;
    const LegacyClosureLabel *table = legacyClosureLabels(&count);
    QVERIFY(table);
    QVERIFY(count >= 17);
    std::set<QString> seen;
    for (int i = 0; i < count; ++i) {
        const QString label = QString::fromUtf16(table[i].label);
        QVERIFY2(!label.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(table[i].method != ClosureMethod::None, qPrintable(label));
        QVERIFY2(table[i].why && *table[i].why, qPrintable(label));
        QVERIFY2(seen.insert(label).second, qPrintable(label));
        for (int m = 1; m < ClosureMethodCount; ++m)
            QVERIFY2(label != chineseLabel(ClosureMethod(m)), qPrintable(label));
        QCOMPARE(closureMethodFromLabel(label), table[i].method);
    }
}

void TestDomain::parseCaseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("court");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<bool>("standard");

    const int first = int(CaseType::FirstEnforcement);
    const int unknown = int(CaseType::Unknown);

    QTest::newRow("basic court") << QStringLiteral("（2016）京0105执1234号") << 2016
                                 << QStringLiteral("京0105") << QStringLiteral("执") << first << qint64(1234)
                                 << true;
    QTest::newRow("longest code first")
        << QStringLiteral("(2016)浙0101执恢12号") << 2016 << QStringLiteral("浙0101")
        << QStringLiteral("执恢") << int(CaseType::Resumed) << qint64(12) << true;
    QTest::newRow("full-width digits")
        << QStringLiteral("（２０１７）粤07执异５号") << 2017 << QStringLiteral("粤07")
        << QStringLiteral("执异") << int(CaseType::Objection) << qint64(5) << true;
    QTest::newRow("supreme court") << QStringLiteral("（2018）最高法执监10号") << 2018
                                   << QStringLiteral("最高法") << QStringLiteral("执监")
                                   << int(CaseType::Supervision) << qint64(10) << true;
    QTest::newRow("high court, 〔〕")
        << QStringLiteral("〔2016〕京执保7号") << 2016 << QStringLiteral("京") << QStringLiteral("执保")
        << int(CaseType::Preservation) << qint64(7) << true;
    QTest::newRow("maritime court") << QStringLiteral("(2019)沪72执1号") << 2019 << QStringLiteral("沪72")
                                    << QStringLiteral("执") << first << qint64(1) << true;
    QTest::newRow("执复") << QStringLiteral("（2017）苏01执复3号") << 2017 << QStringLiteral("苏01")
                          << QStringLiteral("执复") << int(CaseType::Reconsideration) << qint64(3) << true;
    QTest::newRow("执协") << QStringLiteral("（2017）兵0101执协2号") << 2017 << QStringLiteral("兵0101")
                          << QStringLiteral("执协") << int(CaseType::Coordination) << qint64(2) << true;
    QTest::newRow("执他") << QStringLiteral("（2017）琼执他9号") << 2017 << QStringLiteral("琼")
                          << QStringLiteral("执他") << int(CaseType::Other) << qint64(9) << true;
    QTest::newRow("blanks anywhere") << QStringLiteral(" （2016） 京0105\u3000执 1234 号 ") << 2016
                                     << QStringLiteral("京0105") << QStringLiteral("执") << first
                                     << qint64(1234) << true;
    QTest::newRow("leading zeros") << QStringLiteral("（2016）京0105执00012号") << 2016
                                   << QStringLiteral("京0105") << QStringLiteral("执") << first << qint64(12)
                                   << true;
    // 执 inside a non-execution code is not read as 执.
    QTest::newRow("司救执 is not 执") << QStringLiteral("（2016）京01司救执3号") << 2016
                                      << QStringLiteral("京01") << QString() << unknown << qint64(3) << false;
    QTest::newRow("civil case") << QStringLiteral("（2016）京0105民初1234号") << 2016
                                << QStringLiteral("京0105") << QString() << unknown << qint64(1234) << false;
    // Pre-2016 local forms: keep what can be read.
    QTest::newRow("pre-2016 local abbreviation")
        << QStringLiteral("(2015)朝执字第1234号") << 2015 << QString() << QStringLiteral("执") << first
        << qint64(1234) << false;
    QTest::newRow("pre-2016 two abbreviations")
        << QStringLiteral("（2014）浙杭执字第10号") << 2014 << QString() << QStringLiteral("执") << first
        << qint64(10) << false;
    QTest::newRow("pre-2016 with court code")
        << QStringLiteral("（2015）京0105执恢字第8号") << 2015 << QStringLiteral("京0105")
        << QStringLiteral("执恢") << int(CaseType::Resumed) << qint64(8) << false;
    // Deviations that keep the fields but are not standard.
    QTest::newRow("sub-case suffix") << QStringLiteral("（2016）京0105执1234号之一") << 2016
                                     << QStringLiteral("京0105") << QStringLiteral("执") << first
                                     << qint64(1234) << false;
    QTest::newRow("no 号") << QStringLiteral("（2016）京0105执1234") << 2016 << QStringLiteral("京0105")
                           << QStringLiteral("执") << first << qint64(1234) << false;
    QTest::newRow("no brackets") << QStringLiteral("2016京0105执1234号") << 2016 << QStringLiteral("京0105")
                                 << QStringLiteral("执") << first << qint64(1234) << false;
    QTest::newRow("two-digit year") << QStringLiteral("（16）京0105执1号") << 0 << QStringLiteral("京0105")
                                    << QStringLiteral("执") << first << qint64(1) << false;
    QTest::newRow("sequence zero") << QStringLiteral("（2016）京0105执0号") << 2016
                                   << QStringLiteral("京0105") << QStringLiteral("执") << first << qint64(0)
                                   << false;
    QTest::newRow("court with six digits") << QStringLiteral("（2016）京010512执1号") << 2016 << QString()
                                           << QString() << unknown << qint64(1) << false;
    QTest::newRow("no type code") << QStringLiteral("（2016）京01051号") << 2016 << QStringLiteral("京")
                                  << QString() << unknown << qint64(1051) << false;
    QTest::newRow("garbage") << QStringLiteral("ABC") << 0 << QString() << QString() << unknown << qint64(0)
                             << false;
    QTest::newRow("empty") << QString() << 0 << QString() << QString() << unknown << qint64(0) << false;
    QTest::newRow("lone bracket") << QStringLiteral("（") << 0 << QString() << QString() << unknown
                                  << qint64(0) << false;
    QTest::newRow("only 号") << QStringLiteral("号") << 0 << QString() << QString() << unknown << qint64(0)
                             << false;
    QTest::newRow("sequence too long")
        << QStringLiteral("（2016）京0105执1234567890123456789号") << 2016 << QStringLiteral("京0105")
        << QStringLiteral("执") << first << qint64(0) << false;
}

void TestDomain::parseCaseNumber()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(QString, court);
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(qint64, sequence);
    QFETCH(bool, standard);

    const CaseNumber n = CaseNumber::parse(text);
    QCOMPARE(n.year, year);
    QCOMPARE(n.courtCode, court);
    QCOMPARE(n.typeCode, code);
    QCOMPARE(int(n.type), type);
    QCOMPARE(n.sequence, sequence);
    QCOMPARE(n.standard, standard);
}

void TestDomain::canonical_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString key = QStringLiteral("（2016）京0105执1234号");
    QTest::newRow("already canonical") << key << key;
    QTest::newRow("ascii brackets") << QStringLiteral("(2016)京0105执1234号") << key;
    QTest::newRow("square brackets") << QStringLiteral("[2016]京0105执1234号") << key;
    QTest::newRow("tortoise brackets") << QStringLiteral("〔2016〕京0105执1234号") << key;
    QTest::newRow("full-width digits") << QStringLiteral("（２０１６）京０１０５执１２３４号") << key;
    QTest::newRow("blanks") << QStringLiteral(" \u3000(2016) 京0105\t执1234号\u00A0") << key;
    QTest::newRow("other text kept") << QStringLiteral("(2015)朝执字第1234号")
                                     << QStringLiteral("（2015）朝执字第1234号");
    QTest::newRow("empty") << QString() << QString();
}

void TestDomain::canonical()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CaseNumber::canonical(text), expected);
}

void TestDomain::parseIgnoresSpelling_data()
{
    canonical_data();
}

void TestDomain::parseIgnoresSpelling()
{
    QFETCH(QString, text);
    const CaseNumber a = CaseNumber::parse(text);
    const CaseNumber b = CaseNumber::parse(CaseNumber::canonical(text));
    QCOMPARE(a.year, b.year);
    QCOMPARE(a.courtCode, b.courtCode);
    QCOMPARE(a.typeCode, b.typeCode);
    QCOMPARE(a.type, b.type);
    QCOMPARE(a.sequence, b.sequence);
    QCOMPARE(a.standard, b.standard);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
