#include "import/CaseNumberSet.h"
#include "io/StringIdMap.h"

#include <QTest>

using namespace caseload;

class tst_CaseNumberSet : public QObject
{
    Q_OBJECT

private slots:
    void distinctCaseNumbersAreNeverTakenForDuplicates();
    void duplicatesReportTheFirstLine();
    void reserveKeepsWhatWasSeen();
    void stringIdMapKeepsFirstValue();
};

// Regression: with qHash as the key hash, a million-case export had six distinct numbers of one
// court (执72号 of 2014 and of 2017) reported as duplicates, differently from run to run.
void tst_CaseNumberSet::distinctCaseNumbersAreNeverTakenForDuplicates()
{
    CaseNumberSet set;
    qint64 line = 1;
    const char16_t *types[] = {u"执", u"执恢", u"执保", u"执异"};
    for (int year = 2010; year <= 2019; ++year) {
        for (int court = 1; court <= 10; ++court) {
            for (const char16_t *type : types) {
                for (int sequence = 1; sequence <= 600; ++sequence) {
                    const QString number = QStringLiteral("（%1）浙01%2%3%4号")
                                               .arg(year)
                                               .arg(court, 2, 10, QLatin1Char('0'))
                                               .arg(QStringView(type))
                                               .arg(sequence);
                    const qint64 first = set.insert(number, ++line);
                    if (first != 0)
                        QFAIL(qPrintable(
                            QStringLiteral("%1 taken for a duplicate of line %2").arg(number).arg(first)));
                }
            }
        }
    }
    QCOMPARE(set.size(), 240000);
}

void tst_CaseNumberSet::duplicatesReportTheFirstLine()
{
    CaseNumberSet set;
    QCOMPARE(set.insert(u"（2016）京0105执1号", 2), 0);
    QCOMPARE(set.insert(u"（2016）京0105执2号", 3), 0);
    QCOMPARE(set.insert(u"（2016）京0105执1号", 9), 2);
    QCOMPARE(set.insert(u"（2016）京0105执1号", 12), 2);
    QCOMPARE(set.size(), 2);
}

void tst_CaseNumberSet::reserveKeepsWhatWasSeen()
{
    CaseNumberSet set;
    for (int i = 1; i <= 3000; ++i)
        QCOMPARE(set.insert(QStringLiteral("（2016）京0105执%1号").arg(i), i + 1), 0);
    set.reserve(200000);
    QCOMPARE(set.insert(u"（2016）京0105执2999号", 99999), 3000);
    for (int i = 3001; i <= 6000; ++i)
        QCOMPARE(set.insert(QStringLiteral("（2016）京0105执%1号").arg(i), i + 1), 0);
    QCOMPARE(set.insert(u"（2016）京0105执1号", 7), 2);
    QCOMPARE(set.size(), 6000);
}

void tst_CaseNumberSet::stringIdMapKeepsFirstValue()
{
    StringIdMap map;
    for (quint32 i = 1; i <= 5000; ++i)
        QCOMPARE(map.insert(QStringLiteral("承办人%1").arg(i), i), 0u);
    QCOMPARE(map.insert(u"承办人17", 99999), 17u);
    QCOMPARE(map.value(u"承办人4999"), 4999u);
    QCOMPARE(map.value(u"承办人5001"), 0u);
    QCOMPARE(map.insert(u"", 7), 0u); // an empty name is a key like any other
    QCOMPARE(map.value(u""), 7u);
    QCOMPARE(map.size(), 5001);
}

QTEST_GUILESS_MAIN(tst_CaseNumberSet)
#include "tst_casenumberset.moc"
