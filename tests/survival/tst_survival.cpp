#include "analytics/KaplanMeier.h"
#include "analytics/Quantiles.h"

#include <QElapsedTimer>
#include <QList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace caseload;

namespace {

constexpr double kNone = -1; // "nullopt" in the data tables

double orNone(std::optional<double> value)
{
    return value ? *value : kNone;
}

// Hand-worked expectations: exact up to the rounding of a few floating-point operations.
bool closeByHand(double actual, double expected)
{
    return std::fabs(actual - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

// R printed 10 significant digits (options(digits = 10)), so its values are good to 5e-10 relative.
bool closeToR(double actual, double expected)
{
    return std::fabs(actual - expected) <= 1e-9 * std::fabs(expected) + 1e-15;
}

struct DayCounts
{
    int day;
    qint64 events;
    qint64 censored;
};

struct Histograms
{
    std::vector<qint64> events;
    std::vector<qint64> censored;
};

Histograms histograms(std::initializer_list<DayCounts> days)
{
    Histograms h;
    for (const DayCounts &d : days) {
        if (d.events > 0) {
            h.events.resize(std::max<size_t>(h.events.size(), size_t(d.day) + 1));
            h.events[size_t(d.day)] = d.events;
        }
        if (d.censored > 0) {
            h.censored.resize(std::max<size_t>(h.censored.size(), size_t(d.day) + 1));
            h.censored[size_t(d.day)] = d.censored;
        }
    }
    return h;
}

// The fixtures fed to R. In R, each case is one (time, status) pair; status 0 = censored.
enum Fixture {
    Small = 1, ///< times 1, 2, 2, 3+, 4, 5+, 5, 6 (+ = censored)
    Ties = 2, ///< events and censorings on the same days, including day 0
    Forty = 3, ///< 40 cases, S = 0.5 on a flat step (days 20-26)
    EndsAtHalf = 4, ///< times 1, 2, 3+, 4+: the curve ends on a flat 0.5 step
};

Histograms fixture(int id)
{
    switch (id) {
    case Small:
        return histograms({{1, 1, 0}, {2, 2, 0}, {3, 0, 1}, {4, 1, 0}, {5, 1, 1}, {6, 1, 0}});
    case Ties:
        return histograms({{0, 2, 1}, {1, 2, 2}, {2, 0, 1}, {3, 3, 1}, {5, 1, 0}, {7, 0, 2}, {9, 1, 1}});
    case Forty:
        return histograms({{2, 0, 2}, {4, 0, 2}, {5, 2, 0}, {6, 1, 0}, {8, 3, 0}, {10, 1, 0}, {11, 2, 0},
            {13, 1, 0}, {14, 2, 0}, {16, 1, 0}, {17, 1, 0}, {19, 2, 0}, {20, 2, 0}, {22, 0, 2}, {25, 0, 1},
            {27, 2, 0}, {30, 1, 1}, {33, 0, 2}, {35, 1, 0}, {40, 1, 1}, {45, 2, 0}, {50, 1, 1}, {58, 0, 2}});
    case EndsAtHalf:
        return histograms({{1, 1, 0}, {2, 1, 0}, {3, 0, 1}, {4, 0, 1}});
    }
    return {};
}

void addPoint(const char *name, int fixtureId, double level, int day, qint64 atRisk, qint64 events,
    qint64 censored, double survival, double stdErr, double lower, double upper)
{
    QTest::newRow(name) << fixtureId << level << day << atRisk << events << censored << survival << stdErr
                        << lower << upper;
}

std::vector<qint64> histogramOf(const QList<int> &values)
{
    std::vector<qint64> counts;
    for (int v : values) {
        if (size_t(v) >= counts.size())
            counts.resize(size_t(v) + 1);
        ++counts[size_t(v)];
    }
    return counts;
}

} // namespace

class TestSurvival : public QObject
{
    Q_OBJECT

private slots:
    void histogramQuantile_data();
    void histogramQuantile();
    void quantileInPlace_data();
    void quantileInPlace();
    void histogramQuantilesOnePass_data();
    void histogramQuantilesOnePass();
    void quantilesBitIdenticalToR_data();
    void quantilesBitIdenticalToR();
    void quantileOfLongHistogram();

    void kaplanMeierByHand_data();
    void kaplanMeierByHand();
    void kaplanMeierPointsMatchR_data();
    void kaplanMeierPointsMatchR();
    void kaplanMeierMedianMatchesR_data();
    void kaplanMeierMedianMatchesR();
    void kaplanMeierEmpty();
    void kaplanMeierOnlyCensored();
    void kaplanMeierAllCloseOnOneDay();
    void kaplanMeierStaysAboveHalf();
    void kaplanMeierHistogramLengthsDiffer();
    void kaplanMeierConfidenceLevelClamped();
    void kaplanMeierLargeHistogram();

private:
    static void quantileTable();
};

// Type 7 by hand: sorted x_1..x_n, h = (n - 1) p, Q = x_{⌊h⌋+1} + (h - ⌊h⌋)(x_{⌊h⌋+2} - x_{⌊h⌋+1}).
void TestSurvival::quantileTable()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << QList<int> {} << 0.5 << kNone;
    // n = 1: h = 0 for every p.
    QTest::newRow("n=1 p=0") << QList<int> {7} << 0.0 << 7.0;
    QTest::newRow("n=1 p=0.5") << QList<int> {7} << 0.5 << 7.0;
    QTest::newRow("n=1 p=1") << QList<int> {7} << 1.0 << 7.0;
    // {2, 10}: h = p, Q = 2 + 8p.
    QTest::newRow("two p=0.25") << QList<int> {10, 2} << 0.25 << 4.0; // 2 + 0.25·8
    QTest::newRow("two p=0.5") << QList<int> {10, 2} << 0.5 << 6.0; // 2 + 0.5·8
    QTest::newRow("two p=0.9") << QList<int> {10, 2} << 0.9 << 9.2; // 2 + 0.9·8
    // {1, 2, 3, 4}: h = 3p.
    QTest::newRow("four p=0.1") << QList<int> {4, 3, 2, 1} << 0.1 << 1.3; // h 0.3: 1 + 0.3·1
    QTest::newRow("four p=0.5") << QList<int> {4, 3, 2, 1} << 0.5 << 2.5; // h 1.5: 2 + 0.5·1
    QTest::newRow("four p=0.75") << QList<int> {4, 3, 2, 1} << 0.75 << 3.25; // h 2.25: 3 + 0.25·1
    // Ties {5, 5, 5, 9}: h = 3p.
    QTest::newRow("ties p=0.5") << QList<int> {5, 9, 5, 5} << 0.5 << 5.0; // h 1.5: x2 = x3 = 5
    QTest::newRow("ties p=0.7") << QList<int> {5, 9, 5, 5} << 0.7 << 5.4; // h 2.1: 5 + 0.1·4
    QTest::newRow("ties p=0.75") << QList<int> {5, 9, 5, 5} << 0.75 << 6.0; // h 2.25: 5 + 0.25·4
    QTest::newRow("ties p=1") << QList<int> {5, 9, 5, 5} << 1.0 << 9.0;
    // {0, 0, 3, 100}: zeros and a long gap in the histogram.
    QTest::newRow("gap p=0") << QList<int> {100, 0, 3, 0} << 0.0 << 0.0;
    QTest::newRow("gap p=0.5") << QList<int> {100, 0, 3, 0} << 0.5 << 1.5; // h 1.5: 0 + 0.5·3
    QTest::newRow("gap p=0.9") << QList<int> {100, 0, 3, 0} << 0.9 << 70.9; // h 2.7: 3 + 0.7·97
    QTest::newRow("gap p=1") << QList<int> {100, 0, 3, 0} << 1.0 << 100.0;
    // Unsorted {9, 1, 8, 2, 7, 3} = 1, 2, 3, 7, 8, 9: h = 5p.
    QTest::newRow("six p=0.25") << QList<int> {9, 1, 8, 2, 7, 3} << 0.25 << 2.25; // h 1.25: 2 + 0.25·1
    QTest::newRow("six p=0.5") << QList<int> {9, 1, 8, 2, 7, 3} << 0.5 << 5.0; // h 2.5: 3 + 0.5·4
    QTest::newRow("six p=0.9") << QList<int> {9, 1, 8, 2, 7, 3} << 0.9 << 8.5; // h 4.5: 8 + 0.5·1
    // quint16's range.
    QTest::newRow("extremes p=0.5") << QList<int> {65535, 0} << 0.5 << 32767.5;
    // Outside [0, 1] p is clamped (R would stop with an error); NaN gives no value.
    QTest::newRow("p<0") << QList<int> {9, 1, 8} << -0.1 << 1.0;
    QTest::newRow("p>1") << QList<int> {9, 1, 8} << 1.5 << 9.0;
    QTest::newRow("p NaN") << QList<int> {9, 1, 8} << nan << kNone;
}

void TestSurvival::histogramQuantile_data()
{
    quantileTable();
}

void TestSurvival::histogramQuantile()
{
    QFETCH(QList<int>, values);
    QFETCH(double, p);
    QFETCH(double, expected);

    const std::optional<double> q = caseload::histogramQuantile(histogramOf(values), values.size(), p);
    QCOMPARE(q.has_value(), expected != kNone);
    if (q)
        QVERIFY2(closeByHand(*q, expected), qPrintable(QString::number(*q, 'g', 17)));
}

void TestSurvival::quantileInPlace_data()
{
    quantileTable();
}

void TestSurvival::quantileInPlace()
{
    QFETCH(QList<int>, values);
    QFETCH(double, p);
    QFETCH(double, expected);

    std::vector<quint16> data(values.begin(), values.end());
    const std::optional<double> q = caseload::quantileInPlace(data, p);
    QCOMPARE(q.has_value(), expected != kNone);
    if (q)
        QVERIFY2(closeByHand(*q, expected), qPrintable(QString::number(*q, 'g', 17)));
    std::sort(data.begin(), data.end());
    std::vector<quint16> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(data == sorted); // reordered, not altered
}

void TestSurvival::histogramQuantilesOnePass_data()
{
    QTest::addColumn<QList<double>>("ps");
    QTest::addColumn<QList<double>>("expected");

    // Values 1, 1, 4, 4, 4, 10 (n = 6, h = 5p).
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // h = 0, 0.5 (1 + 0.5·0), 2.5 (4 + 0.5·0), 3.75 (4 + 0.75·0), 4.5 (4 + 0.5·6), 5
    QTest::newRow("ascending") << QList<double> {0, 0.1, 0.5, 0.75, 0.9, 1}
                               << QList<double> {1, 1, 4, 4, 7, 10};
    QTest::newRow("equal ps") << QList<double> {0.5, 0.5} << QList<double> {4, 4};
    QTest::newRow("unsorted") << QList<double> {0.9, 0.1, 1, 0} << QList<double> {7, 1, 10, 1};
    // NaN gives no value and does not disturb the others.
    QTest::newRow("NaN") << QList<double> {0.9, nan, 0.1} << QList<double> {7, kNone, 1};
    QTest::newRow("none") << QList<double> {} << QList<double> {};
}

void TestSurvival::histogramQuantilesOnePass()
{
    QFETCH(QList<double>, ps);
    QFETCH(QList<double>, expected);

    const std::vector<qint64> counts = {0, 2, 0, 0, 3, 0, 0, 0, 0, 0, 1};
    const auto qs = histogramQuantiles(counts, 6, std::vector<double>(ps.begin(), ps.end()));
    QCOMPARE(qs.size(), size_t(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(orNone(qs[size_t(i)]), expected[i]);
        QCOMPARE(orNone(caseload::histogramQuantile(counts, 6, ps[i])), expected[i]);
    }
    QVERIFY(histogramQuantiles({}, 0, {0.5}).front() == std::nullopt);
}

// Exact equality with R 4.2.2, where the rounding of (n - 1) p decides the result:
//   options(digits = 17)
//   sprintf("%.17g", quantile(0:100, c(0.29, 0.57, 0.58)))
//     "28.999999999999996" "56.999999999999993" "57.999999999999993"
//   sprintf("%.17g", quantile(c(1, 4), c(0.1, 0.3, 0.7)))
//     "1.3000000000000003" "1.9000000000000001" "3.0999999999999996"
//   x <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9)
//   sprintf("%.17g", quantile(x, c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1)))
//     "1" "1.4000000000000004" "3" "5" "7.5" "9" "9" "9"
void TestSurvival::quantilesBitIdenticalToR_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");

    QList<int> zeroTo100;
    for (int v = 0; v <= 100; ++v)
        zeroTo100.append(v);
    QTest::newRow("0:100 p=0.29") << zeroTo100 << 0.29 << 28.999999999999996;
    QTest::newRow("0:100 p=0.57") << zeroTo100 << 0.57 << 56.999999999999993;
    QTest::newRow("0:100 p=0.58") << zeroTo100 << 0.58 << 57.999999999999993;
    QTest::newRow("1,4 p=0.1") << QList<int> {1, 4} << 0.1 << 1.3000000000000003;
    QTest::newRow("1,4 p=0.3") << QList<int> {1, 4} << 0.3 << 1.9000000000000001;
    QTest::newRow("1,4 p=0.7") << QList<int> {1, 4} << 0.7 << 3.0999999999999996;
    const QList<int> x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9};
    QTest::newRow("x p=0") << x << 0.0 << 1.0;
    QTest::newRow("x p=0.1") << x << 0.1 << 1.4000000000000004;
    QTest::newRow("x p=0.25") << x << 0.25 << 3.0;
    QTest::newRow("x p=0.5") << x << 0.5 << 5.0;
    QTest::newRow("x p=0.75") << x << 0.75 << 7.5;
    QTest::newRow("x p=0.9") << x << 0.9 << 9.0;
    QTest::newRow("x p=0.95") << x << 0.95 << 9.0;
    QTest::newRow("x p=1") << x << 1.0 << 9.0;
}

void TestSurvival::quantilesBitIdenticalToR()
{
    QFETCH(QList<int>, values);
    QFETCH(double, p);
    QFETCH(double, expected);

    QCOMPARE(orNone(caseload::histogramQuantile(histogramOf(values), values.size(), p)), expected);
    std::vector<quint16> data(values.begin(), values.end());
    QCOMPARE(orNone(caseload::quantileInPlace(data, p)), expected);
}

void TestSurvival::quantileOfLongHistogram()
{
    // One value at each of 0..54999 plus 1,000,000 at 54999: n = 1,055,000.
    std::vector<qint64> counts(55000, 1);
    counts.back() += 1000000;
    const qint64 n = 1055000;
    // p = 0.02: h = 1,054,999 · 0.02 = 21,099.98 → 21099 + 0.98·1
    QVERIFY(closeByHand(*caseload::histogramQuantile(counts, n, 0.02), 21099.98));
    // p = 0.05: h = 52,749.95 → 52749 + 0.95·1
    QVERIFY(closeByHand(*caseload::histogramQuantile(counts, n, 0.05), 52749.95));
    // p = 0.5: h = 527,499.5, past the 54,999 distinct values → 54999
    QCOMPARE(*caseload::histogramQuantile(counts, n, 0.5), 54999.0);
    const auto qs = histogramQuantiles(counts, n, {0.02, 0.05, 0.5});
    QVERIFY(closeByHand(*qs[0], 21099.98));
    QVERIFY(closeByHand(*qs[1], 52749.95));
    QCOMPARE(*qs[2], 54999.0);
}

// The small fixture by hand: times 1, 2, 2, 3+, 4, 5+, 5, 6 (n = 8).
//   day 1: n 8, d 1          S = 7/8                        Σ = 1/(8·7) = 1/56
//   day 2: n 7, d 2          S = 7/8 · 5/7 = 5/8            Σ = 1/56 + 2/(7·5) = 3/40
//   day 3: n 5, censored 1   S = 5/8                        Σ = 3/40
//   day 4: n 4, d 1          S = 5/8 · 3/4 = 15/32          Σ = 3/40 + 1/(4·3) = 19/120
//   day 5: n 3, d 1, c 1     S = 15/32 · 2/3 = 5/16         Σ = 19/120 + 1/(3·2) = 13/40
//   day 6: n 1, d 1          S = 0
// se(S) = S·sqrt(Σ); band S·exp(±1.959963984540054·sqrt(Σ)), e.g. day 1: 0.875·exp(-0.2619106) = 0.6733819.
void TestSurvival::kaplanMeierByHand_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("atRisk");
    QTest::addColumn<double>("survival");
    QTest::addColumn<double>("greenwood");

    QTest::newRow("day 1") << 0 << 1 << qint64(8) << 7.0 / 8 << 1.0 / 56;
    QTest::newRow("day 2") << 1 << 2 << qint64(7) << 5.0 / 8 << 3.0 / 40;
    QTest::newRow("day 3") << 2 << 3 << qint64(5) << 5.0 / 8 << 3.0 / 40;
    QTest::newRow("day 4") << 3 << 4 << qint64(4) << 15.0 / 32 << 19.0 / 120;
    QTest::newRow("day 5") << 4 << 5 << qint64(3) << 5.0 / 16 << 13.0 / 40;
    QTest::newRow("day 6") << 5 << 6 << qint64(1) << 0.0 << 0.0;
}

void TestSurvival::kaplanMeierByHand()
{
    QFETCH(int, index);
    QFETCH(int, day);
    QFETCH(qint64, atRisk);
    QFETCH(double, survival);
    QFETCH(double, greenwood);

    const Histograms h = fixture(Small);
    const SurvivalCurve curve = kaplanMeier(h.events, h.censored);
    QCOMPARE(curve.points.size(), size_t(6));
    const SurvivalPoint &point = curve.points[size_t(index)];
    QCOMPARE(point.day, day);
    QCOMPARE(point.atRisk, atRisk);
    QVERIFY(closeByHand(point.survival, survival));
    QVERIFY(closeByHand(point.stdErr, survival * std::sqrt(greenwood)));
    if (survival > 0) {
        const double z = 1.959963984540054; // qnorm(0.975)
        QVERIFY(closeByHand(point.lower, survival * std::exp(-z * std::sqrt(greenwood))));
        QVERIFY(closeByHand(point.upper, std::min(1.0, survival * std::exp(z * std::sqrt(greenwood)))));
    }
}

// Every point against R 4.2.2, survival 3.5.3:
//   library(survival); options(digits = 10)
//   fit <- survfit(Surv(time, status) ~ 1, conf.type = "log")      # conf.int = 0.90 where stated
//   s <- summary(fit, censored = TRUE)
//   data.frame(s$time, s$n.risk, s$n.event, s$n.censor, s$surv, s$std.err, s$lower, s$upper)
// summary()'s std.err is the standard error of S (fit$std.err is that of log S). Where S = 0, R gives
// NaN for std.err and NA for the band; Caseload stores 0, 0, 0 (marked "R: NaN/NA").
void TestSurvival::kaplanMeierPointsMatchR_data()
{
    QTest::addColumn<int>("fixtureId");
    QTest::addColumn<double>("level");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("atRisk");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<qint64>("censored");
    QTest::addColumn<double>("survival");
    QTest::addColumn<double>("stdErr");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");

    // time <- c(1, 2, 2, 3, 4, 5, 5, 6); status <- c(1, 1, 1, 0, 1, 0, 1, 1)
    addPoint("small 1", Small, 0.95, 1, 8, 1, 0, 0.87500, 0.1169267933, 0.6733819365, 1.0000000000);
    addPoint("small 2", Small, 0.95, 2, 7, 2, 0, 0.62500, 0.1711632992, 0.3654002787, 1.0000000000);
    addPoint("small 3", Small, 0.95, 3, 5, 0, 1, 0.62500, 0.1711632992, 0.3654002787, 1.0000000000);
    addPoint("small 4", Small, 0.95, 4, 4, 1, 0, 0.46875, 0.1865208810, 0.2149011019, 1.0000000000);
    addPoint("small 5", Small, 0.95, 5, 3, 1, 1, 0.31250, 0.1781524102, 0.1022328531, 0.9552335388);
    addPoint("small 6", Small, 0.95, 6, 1, 1, 0, 0.00000, 0, 0, 0); // R: NaN/NA

    // time   <- c(0,0,0, 1,1,1,1, 2, 3,3,3,3, 5, 7,7, 9,9)
    // status <- c(1,1,0, 1,1,0,0, 0, 1,1,1,0, 1, 0,0, 1,0)
    addPoint("ties 0", Ties, 0.95, 0, 17, 2, 1, 0.8823529412, 0.0781424899, 0.74175189063, 1.0000000000);
    addPoint("ties 1", Ties, 0.95, 1, 14, 2, 2, 0.7563025210, 0.1062810897, 0.57422032777, 0.9961220034);
    addPoint("ties 2", Ties, 0.95, 2, 10, 0, 1, 0.7563025210, 0.1062810897, 0.57422032777, 0.9961220034);
    addPoint("ties 3", Ties, 0.95, 3, 9, 3, 1, 0.5042016807, 0.1383603779, 0.29445710015, 0.8633493119);
    addPoint("ties 5", Ties, 0.95, 5, 5, 1, 0, 0.4033613445, 0.1427827685, 0.20155056168, 0.8072434674);
    addPoint("ties 7", Ties, 0.95, 7, 4, 0, 2, 0.4033613445, 0.1427827685, 0.20155056168, 0.8072434674);
    addPoint("ties 9", Ties, 0.95, 9, 2, 1, 1, 0.2016806723, 0.1594812733, 0.04281214918, 0.9500829635);
    // Same data, conf.int = 0.90.
    addPoint("ties90 0", Ties, 0.90, 0, 17, 2, 1, 0.8823529412, 0.0781424899, 0.76274323198, 1.0000000000);
    addPoint("ties90 1", Ties, 0.90, 1, 14, 2, 2, 0.7563025210, 0.1062810897, 0.60021909749, 0.9529745149);
    addPoint("ties90 2", Ties, 0.90, 2, 10, 0, 1, 0.7563025210, 0.1062810897, 0.60021909749, 0.9529745149);
    addPoint("ties90 3", Ties, 0.90, 3, 9, 3, 1, 0.5042016807, 0.1383603779, 0.32105236869, 0.7918313633);
    addPoint("ties90 5", Ties, 0.90, 5, 5, 1, 0, 0.4033613445, 0.1427827685, 0.22533400300, 0.7220409352);
    addPoint("ties90 7", Ties, 0.90, 7, 4, 0, 2, 0.4033613445, 0.1427827685, 0.22533400300, 0.7220409352);
    addPoint("ties90 9", Ties, 0.90, 9, 2, 1, 1, 0.2016806723, 0.1594812733, 0.05492666884, 0.7405345058);

    // ev <- c(5,5,6,8,8,8,10,11,11,13,14,14,16,17,19,19,20,20, 27,27,30,35,40,45,45,50)
    // ce <- c(2,2,4,4, 22,22,25, 30,33,33,40,50,58,58)
    // time <- c(ev, ce); status <- c(rep(1, length(ev)), rep(0, length(ce)))
    addPoint("forty 2", Forty, 0.95, 2, 40, 0, 2, 1.0000000000, 0.00000000000, 1.00000000000, 1.0000000000);
    addPoint("forty 4", Forty, 0.95, 4, 38, 0, 2, 1.0000000000, 0.00000000000, 1.00000000000, 1.0000000000);
    addPoint("forty 5", Forty, 0.95, 5, 36, 2, 0, 0.9444444444, 0.03817690394, 0.87250642400, 1.0000000000);
    addPoint("forty 6", Forty, 0.95, 6, 34, 1, 0, 0.9166666667, 0.04606423320, 0.83068611671, 1.0000000000);
    addPoint("forty 8", Forty, 0.95, 8, 33, 3, 0, 0.8333333333, 0.06211299937, 0.72006870574, 0.9644141440);
    addPoint("forty 10", Forty, 0.95, 10, 30, 1, 0, 0.8055555556, 0.06596206874, 0.68611316843, 0.9457911361);
    addPoint("forty 11", Forty, 0.95, 11, 29, 2, 0, 0.7500000000, 0.07216878365, 0.62108974238, 0.9056662212);
    addPoint("forty 13", Forty, 0.95, 13, 27, 1, 0, 0.7222222222, 0.07465053471, 0.58977820040, 0.8844086437);
    addPoint("forty 14", Forty, 0.95, 14, 26, 2, 0, 0.6666666667, 0.07856742013, 0.52916812614, 0.8398926967);
    addPoint("forty 16", Forty, 0.95, 16, 24, 1, 0, 0.6388888889, 0.08005377993, 0.49976800203, 0.8167369873);
    addPoint("forty 17", Forty, 0.95, 17, 23, 1, 0, 0.6111111111, 0.08124967025, 0.47092259128, 0.7930322245);
    addPoint("forty 19", Forty, 0.95, 19, 22, 2, 0, 0.5555555556, 0.08281733250, 0.41479915279, 0.7440757129);
    addPoint("forty 20", Forty, 0.95, 20, 20, 2, 0, 0.5000000000, 0.08333333333, 0.36066423708, 0.6931654827);
    addPoint("forty 22", Forty, 0.95, 22, 18, 0, 2, 0.5000000000, 0.08333333333, 0.36066423708, 0.6931654827);
    addPoint("forty 25", Forty, 0.95, 25, 16, 0, 1, 0.5000000000, 0.08333333333, 0.36066423708, 0.6931654827);
    addPoint("forty 27", Forty, 0.95, 27, 15, 2, 0, 0.4333333333, 0.08451020831, 0.29567713701, 0.6350770969);
    addPoint("forty 30", Forty, 0.95, 30, 13, 1, 1, 0.4000000000, 0.08432740427, 0.26461286178, 0.6046569276);
    addPoint("forty 33", Forty, 0.95, 33, 11, 0, 2, 0.4000000000, 0.08432740427, 0.26461286178, 0.6046569276);
    addPoint("forty 35", Forty, 0.95, 35, 9, 1, 0, 0.3555555556, 0.08587482516, 0.22147400780, 0.5708107888);
    addPoint("forty 40", Forty, 0.95, 40, 8, 1, 1, 0.3111111111, 0.08587482516, 0.18111798351, 0.5344037162);
    addPoint("forty 45", Forty, 0.95, 45, 6, 2, 0, 0.2074074074, 0.08283941418, 0.09480924556, 0.4537303550);
    addPoint("forty 50", Forty, 0.95, 50, 4, 1, 1, 0.1555555556, 0.07665861471, 0.05921187669, 0.4086600901);
    addPoint("forty 58", Forty, 0.95, 58, 2, 0, 2, 0.1555555556, 0.07665861471, 0.05921187669, 0.4086600901);

    // time <- c(1, 2, 3, 4); status <- c(1, 1, 0, 0)
    addPoint("half 1", EndsAtHalf, 0.95, 1, 4, 1, 0, 0.75, 0.2165063509, 0.4259322685, 1);
    addPoint("half 2", EndsAtHalf, 0.95, 2, 3, 1, 0, 0.50, 0.2500000000, 0.1876589287, 1);
    addPoint("half 3", EndsAtHalf, 0.95, 3, 2, 0, 1, 0.50, 0.2500000000, 0.1876589287, 1);
    addPoint("half 4", EndsAtHalf, 0.95, 4, 1, 0, 1, 0.50, 0.2500000000, 0.1876589287, 1);
}

void TestSurvival::kaplanMeierPointsMatchR()
{
    QFETCH(int, fixtureId);
    QFETCH(double, level);
    QFETCH(int, day);
    QFETCH(qint64, atRisk);
    QFETCH(qint64, events);
    QFETCH(qint64, censored);
    QFETCH(double, survival);
    QFETCH(double, stdErr);
    QFETCH(double, lower);
    QFETCH(double, upper);

    const Histograms h = fixture(fixtureId);
    const SurvivalCurve curve = kaplanMeier(h.events, h.censored, level);
    const auto found = std::find_if(
        curve.points.begin(), curve.points.end(), [day](const SurvivalPoint &p) { return p.day == day; });
    QVERIFY(found != curve.points.end());
    const SurvivalPoint &point = *found;
    QCOMPARE(point.atRisk, atRisk);
    QCOMPARE(point.events, events);
    QCOMPARE(point.censored, censored);
    const auto check = [](double actual, double expected, const char *what) {
        if (closeToR(actual, expected))
            return true;
        qWarning("%s: %.12g, R %.12g", what, actual, expected);
        return false;
    };
    QVERIFY(check(point.survival, survival, "survival"));
    QVERIFY(check(point.stdErr, stdErr, "stdErr"));
    QVERIFY(check(point.lower, lower, "lower"));
    QVERIFY(check(point.upper, upper, "upper"));
}

// The median and its band against R's print(fit) (survival:::survmean) and quantile(fit, 0.5):
//   small:      n 8,  events 6, median 4,    0.95LCL 2,  0.95UCL NA
//   ties:       n 17, events 9, median 5,    0.95LCL 3,  0.95UCL NA   (conf.int = 0.90: 5, 3, NA)
//   forty:      n 40, events 26, median 23.5, 0.95LCL 16, 0.95UCL 45  (S = 0.49999999999999994 in R on
//               days 20-26: within sqrt(.Machine$double.eps) of 0.5, so the midpoint of 20 and 27)
//   ends at 0.5: n 4, events 2, median 2,    0.95LCL 1,  0.95UCL NA   (print.survfit; quantile() gives
//               (2 + 4)/2 = 3 here, halfway to the last censoring, but the header follows print.survfit)
void TestSurvival::kaplanMeierMedianMatchesR_data()
{
    QTest::addColumn<int>("fixtureId");
    QTest::addColumn<double>("level");
    QTest::addColumn<qint64>("cases");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");

    QTest::newRow("small") << int(Small) << 0.95 << qint64(8) << qint64(6) << 6 << 4.0 << 2.0 << kNone;
    QTest::newRow("ties") << int(Ties) << 0.95 << qint64(17) << qint64(9) << 7 << 5.0 << 3.0 << kNone;
    QTest::newRow("ties 90%") << int(Ties) << 0.90 << qint64(17) << qint64(9) << 7 << 5.0 << 3.0 << kNone;
    QTest::newRow("forty") << int(Forty) << 0.95 << qint64(40) << qint64(26) << 23 << 23.5 << 16.0 << 45.0;
    QTest::newRow("ends at half") << int(EndsAtHalf) << 0.95 << qint64(4) << qint64(2) << 4 << 2.0 << 1.0
                                  << kNone;
}

void TestSurvival::kaplanMeierMedianMatchesR()
{
    QFETCH(int, fixtureId);
    QFETCH(double, level);
    QFETCH(qint64, cases);
    QFETCH(qint64, events);
    QFETCH(int, points);
    QFETCH(double, median);
    QFETCH(double, lower);
    QFETCH(double, upper);

    const Histograms h = fixture(fixtureId);
    const SurvivalCurve curve = kaplanMeier(h.events, h.censored, level);
    QCOMPARE(curve.confidenceLevel, level);
    QCOMPARE(curve.cases, cases);
    QCOMPARE(curve.events, events);
    QCOMPARE(curve.points.size(), size_t(points));
    QCOMPARE(orNone(curve.medianDays), median);
    QCOMPARE(orNone(curve.medianLower), lower);
    QCOMPARE(orNone(curve.medianUpper), upper);
}

void TestSurvival::kaplanMeierEmpty()
{
    const SurvivalCurve curve = kaplanMeier({}, {});
    QCOMPARE(curve.cases, qint64(0));
    QCOMPARE(curve.events, qint64(0));
    QVERIFY(curve.points.empty());
    QVERIFY(!curve.medianDays && !curve.medianLower && !curve.medianUpper);

    const SurvivalCurve zeros = kaplanMeier({0, 0, 0}, {0});
    QVERIFY(zeros.points.empty());
    QCOMPARE(zeros.cases, qint64(0));
}

void TestSurvival::kaplanMeierOnlyCensored()
{
    // Censored: 2 on day 1, 1 on day 3. No event: S = 1, se 0, band [1, 1], no median.
    const SurvivalCurve curve = kaplanMeier({}, {0, 2, 0, 1});
    QCOMPARE(curve.cases, qint64(3));
    QCOMPARE(curve.events, qint64(0));
    QCOMPARE(curve.points.size(), size_t(2));
    QCOMPARE(curve.points[0].day, 1);
    QCOMPARE(curve.points[0].atRisk, qint64(3));
    QCOMPARE(curve.points[1].day, 3);
    QCOMPARE(curve.points[1].atRisk, qint64(1));
    for (const SurvivalPoint &p : curve.points) {
        QCOMPARE(p.survival, 1.0);
        QCOMPARE(p.stdErr, 0.0);
        QCOMPARE(p.lower, 1.0);
        QCOMPARE(p.upper, 1.0);
    }
    QVERIFY(!curve.medianDays && !curve.medianLower && !curve.medianUpper);
}

void TestSurvival::kaplanMeierAllCloseOnOneDay()
{
    // R: survfit(Surv(c(3, 3, 3, 3), rep(1, 4)) ~ 1): survival 0, std.err NaN, band NA;
    // print(fit): median 3, 0.95LCL NA, 0.95UCL NA.
    const SurvivalCurve curve = kaplanMeier({0, 0, 0, 4}, {});
    QCOMPARE(curve.points.size(), size_t(1));
    const SurvivalPoint &p = curve.points.front();
    QCOMPARE(p.day, 3);
    QCOMPARE(p.atRisk, qint64(4));
    QCOMPARE(p.survival, 0.0);
    QCOMPARE(p.stdErr, 0.0);
    QCOMPARE(p.lower, 0.0);
    QCOMPARE(p.upper, 0.0);
    QCOMPARE(orNone(curve.medianDays), 3.0);
    QVERIFY(!curve.medianLower && !curve.medianUpper);
}

void TestSurvival::kaplanMeierStaysAboveHalf()
{
    // 1 closure on day 1 among 6, the other 5 censored on day 3: S = 5/6 > 0.5, no median.
    // Lower band on day 1: 5/6 · exp(-1.96 · sqrt(1/(6·5))) = 0.833 · 0.699 = 0.583 > 0.5, so no lower
    // limit either.
    const SurvivalCurve curve = kaplanMeier({0, 1}, {0, 0, 0, 5});
    QCOMPARE(curve.points.size(), size_t(2));
    QVERIFY(closeByHand(curve.points[1].survival, 5.0 / 6));
    QVERIFY(curve.points[1].lower > 0.5);
    QVERIFY(!curve.medianDays && !curve.medianLower && !curve.medianUpper);
}

void TestSurvival::kaplanMeierHistogramLengthsDiffer()
{
    // The small fixture with trailing zeros on either histogram gives the same curve.
    const Histograms h = fixture(Small);
    const SurvivalCurve reference = kaplanMeier(h.events, h.censored);
    std::vector<qint64> longEvents = h.events;
    longEvents.resize(100);
    std::vector<qint64> longCensored = h.censored;
    longCensored.resize(200);
    const SurvivalCurve curves[] = {kaplanMeier(longEvents, h.censored), kaplanMeier(h.events, longCensored)};
    for (const SurvivalCurve &curve : curves) {
        QCOMPARE(curve.points.size(), reference.points.size());
        for (size_t i = 0; i < curve.points.size(); ++i) {
            QCOMPARE(curve.points[i].day, reference.points[i].day);
            QCOMPARE(curve.points[i].survival, reference.points[i].survival);
            QCOMPARE(curve.points[i].lower, reference.points[i].lower);
        }
        QCOMPARE(orNone(curve.medianDays), orNone(reference.medianDays));
    }
    QVERIFY(h.events.size() != h.censored.size()); // 7 vs 6: the fixture itself differs in length
}

void TestSurvival::kaplanMeierConfidenceLevelClamped()
{
    const Histograms h = fixture(Small);
    // Level 0: z = 0, the band is the curve itself.
    const SurvivalCurve none = kaplanMeier(h.events, h.censored, 0);
    QCOMPARE(none.points[1].lower, none.points[1].survival);
    QCOMPARE(none.points[1].upper, none.points[1].survival);
    // Above 1: clamped to 1, z infinite, the band is [0, 1] wherever se > 0.
    const SurvivalCurve all = kaplanMeier(h.events, h.censored, 1.5);
    QCOMPARE(all.confidenceLevel, 1.0);
    QCOMPARE(all.points[1].lower, 0.0);
    QCOMPARE(all.points[1].upper, 1.0);
    // NaN: the default 0.95.
    const SurvivalCurve nan = kaplanMeier(h.events, h.censored, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(nan.confidenceLevel, 0.95);
    QVERIFY(closeToR(nan.points[0].lower, 0.6733819365));
}

void TestSurvival::kaplanMeierLargeHistogram()
{
    // The analytics' worst case: 55,000 days and about 20 million cases. The counts are arbitrary;
    // what is checked are the identities any Kaplan–Meier curve satisfies.
    const size_t days = 55000;
    std::vector<qint64> events(days);
    std::vector<qint64> censored(days);
    qint64 total = 0;
    for (size_t d = 0; d < days; ++d) {
        events[d] = 250 + qint64((d * 7919) % 200);
        censored[d] = d % 3 == 0 ? 60 : 0;
        total += events[d] + censored[d];
    }
    QElapsedTimer timer;
    timer.start();
    const SurvivalCurve curve = kaplanMeier(events, censored);
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    qInfo("kaplanMeier: %zu days, %lld cases in %lld µs", days, static_cast<long long>(total),
        static_cast<long long>(elapsedUs));

    QCOMPARE(curve.cases, total);
    QCOMPARE(curve.points.size(), days);
    qint64 atRisk = total;
    double previous = 1;
    for (const SurvivalPoint &p : curve.points) {
        QCOMPARE(p.atRisk, atRisk);
        atRisk -= p.events + p.censored;
        QVERIFY(p.survival <= previous);
        previous = p.survival;
        QVERIFY(p.lower <= p.survival && p.survival <= p.upper && p.upper <= 1 && p.lower >= 0);
    }
    QCOMPARE(atRisk, qint64(0));
    QVERIFY(curve.medianLower && curve.medianDays && curve.medianUpper);
    QVERIFY(*curve.medianLower <= *curve.medianDays && *curve.medianDays <= *curve.medianUpper);

    timer.restart();
    const auto qs = histogramQuantiles(events, curve.events, {0.5, 0.75, 0.9});
    qInfo("histogramQuantiles: %lld µs", static_cast<long long>(timer.nsecsElapsed() / 1000));
    QVERIFY(qs[0] && qs[1] && qs[2]);
}

QTEST_GUILESS_MAIN(TestSurvival)
#include "tst_survival.moc"
