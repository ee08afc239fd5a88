#include "domain/SpringFestival.h"

#include <QTest>

using namespace caseload;

class TestSpringFestival : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDates_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        // Public holiday calendars of the State Council (2016-2024) and the Hong Kong Observatory.
        QTest::newRow("1990") << 1990 << QDate(1990, 1, 27);
        QTest::newRow("2008") << 2008 << QDate(2008, 2, 7);
        QTest::newRow("2016") << 2016 << QDate(2016, 2, 8);
        QTest::newRow("2017") << 2017 << QDate(2017, 1, 28);
        QTest::newRow("2018") << 2018 << QDate(2018, 2, 16);
        QTest::newRow("2019") << 2019 << QDate(2019, 2, 5);
        QTest::newRow("2020") << 2020 << QDate(2020, 1, 25);
        QTest::newRow("2021") << 2021 << QDate(2021, 2, 12);
        QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
        QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
        QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
        // New moon minutes before / after midnight in Beijing: China and Korea differ by a day.
        QTest::newRow("2027 (Korea: 7 Feb)") << 2027 << QDate(2027, 2, 6);
        QTest::newRow("2030") << 2030 << QDate(2030, 2, 3);
        QTest::newRow("2050") << 2050 << QDate(2050, 1, 23);
    }

    void knownDates()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(SpringFestival::date(year), expected);
    }

    void outOfRangeIsInvalid()
    {
        QVERIFY(!SpringFestival::date(1989).isValid());
        QVERIFY(!SpringFestival::date(2051).isValid());
        QVERIFY(!SpringFestival::date(0).isValid());
    }

    void everyYearInItsWindow()
    {
        // Spring Festival falls between 21 January and 20 February; consecutive ones are 354-385
        // days apart (12 or 13 lunar months).
        for (int year = SpringFestival::FirstYear; year <= SpringFestival::LastYear; ++year) {
            const QDate d = SpringFestival::date(year);
            QVERIFY(d.isValid());
            QVERIFY2(d >= QDate(year, 1, 21) && d <= QDate(year, 2, 20), qPrintable(d.toString(Qt::ISODate)));
            if (year > SpringFestival::FirstYear) {
                const qint64 gap = SpringFestival::date(year - 1).daysTo(d);
                QVERIFY2((gap >= 354 && gap <= 356) || (gap >= 383 && gap <= 385),
                    qPrintable(QString::number(year)));
            }
        }
    }

    void between()
    {
        QCOMPARE(SpringFestival::between(QDate(2016, 1, 1), QDate(2018, 12, 31)),
            (QList<QDate> {QDate(2016, 2, 8), QDate(2017, 1, 28), QDate(2018, 2, 16)}));
        // The bounds are inclusive; a period starting after the day leaves that year out.
        QCOMPARE(SpringFestival::between(QDate(2016, 2, 8), QDate(2017, 1, 28)),
            (QList<QDate> {QDate(2016, 2, 8), QDate(2017, 1, 28)}));
        QCOMPARE(SpringFestival::between(QDate(2016, 2, 9), QDate(2017, 1, 27)), QList<QDate>());
        QCOMPARE(SpringFestival::between(QDate(1980, 1, 1), QDate(1990, 12, 31)),
            QList<QDate> {QDate(1990, 1, 27)});
        QCOMPARE(SpringFestival::between(QDate(2018, 1, 1), QDate(2017, 1, 1)), QList<QDate>());
        QCOMPARE(SpringFestival::between(QDate(), QDate(2017, 1, 1)), QList<QDate>());
    }

    void month()
    {
        QVERIFY(SpringFestival::isSpringFestivalMonth(QDate(2018, 2, 1)));
        QVERIFY(!SpringFestival::isSpringFestivalMonth(QDate(2018, 1, 31)));
        QVERIFY(SpringFestival::isSpringFestivalMonth(QDate(2017, 1, 1)));
        QVERIFY(!SpringFestival::isSpringFestivalMonth(QDate(2017, 2, 1)));
        QVERIFY(!SpringFestival::isSpringFestivalMonth(QDate(2060, 2, 1)));
    }
};

QTEST_GUILESS_MAIN(TestSpringFestival)
#include "tst_springfestival.moc"
