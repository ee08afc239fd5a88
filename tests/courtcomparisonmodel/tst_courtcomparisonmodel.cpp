#include "analytics/CourtComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace caseload;

using M = CourtComparisonModel;

namespace {

CoreIndicator indicator(int number, qint64 numerator, qint64 denominator, double target)
{
    CoreIndicator i;
    i.number = number;
    i.computable = true;
    i.numerator = numerator;
    i.denominator = denominator;
    i.value = double(numerator) / double(denominator);
    i.target = target;
    i.meetsTarget = *i.value >= target;
    return i;
}

CoreIndicator notComputable(int number, const QString &reason)
{
    CoreIndicator i;
    i.number = number;
    i.reason = reason;
    return i;
}

// Three courts, worked out by hand:
//   Chaoyang: 12000 closed of 12345 filed = 97.205...%; disposition 365 × 2345 ÷ 12000 = 71.33 days;
//             indicators 1, 2 and 4 met, 3 not computable -> 3/3, meets the standard, rank 1.
//   Anding:   820 of 800 = 102.5%; nothing pending -> 0 days; indicator 1 at 85% misses 90%,
//             2 not computable -> 2/3, rank 2.
//   Baiyun:   nothing filed or closed: every rate and indicator missing -> 0/0, rank 3.
std::vector<CourtRow> courts()
{
    CourtRow chaoyang;
    chaoyang.courtId = 3;
    chaoyang.name = QStringLiteral("Chaoyang");
    chaoyang.code = QStringLiteral("J0105");
    chaoyang.group = QStringLiteral("京01");
    chaoyang.filed = 12345;
    chaoyang.closed = 12000;
    chaoyang.pendingEnd = 2345;
    chaoyang.clearanceRate = 12000.0 / 12345.0;
    chaoyang.dispositionTimeDays = 365.0 * 2345.0 / 12000.0;
    chaoyang.medianDaysToClose = 88.6;
    chaoyang.withinLimitShare = 0.9;
    chaoyang.recoveryRatio = 0.4567;
    chaoyang.indicators[0] = indicator(1, 95, 100, 0.9);
    chaoyang.indicators[1] = indicator(2, 45, 50, 0.9);
    chaoyang.indicators[1].checks
        = {QStringLiteral("network_inquiry"), QStringLiteral("consumption_restriction")};
    chaoyang.indicators[2] = notComputable(3, QStringLiteral("No petition figures for this court."));
    chaoyang.indicators[3] = indicator(4, 1600, 2000, 0.8);
    chaoyang.indicatorsAvailable = 3;
    chaoyang.indicatorsMet = 3;
    chaoyang.meetsStandard = true;
    chaoyang.rank = 1;

    CourtRow anding;
    anding.courtId = 1;
    anding.name = QStringLiteral("Anding");
    anding.group = QStringLiteral("京02");
    anding.filed = 800;
    anding.closed = 820;
    anding.pendingEnd = 0;
    anding.clearanceRate = 820.0 / 800.0;
    anding.dispositionTimeDays = 0;
    anding.medianDaysToClose = 120.4;
    anding.withinLimitShare = 0.75;
    anding.indicators[0] = indicator(1, 85, 100, 0.9);
    anding.indicators[1] = notComputable(2, QStringLiteral("The data has none of the checks' columns."));
    anding.indicators[2] = indicator(3, 9, 10, 0.9);
    anding.indicators[3] = indicator(4, 90, 100, 0.8);
    anding.indicatorsAvailable = 3;
    anding.indicatorsMet = 2;
    anding.meetsStandard = false;
    anding.rank = 2;

    CourtRow baiyun;
    baiyun.courtId = 2;
    baiyun.name = QStringLiteral("Baiyun");
    baiyun.group = QStringLiteral("京01");
    baiyun.pendingEnd = 5;
    for (int i = 0; i < 4; ++i)
        baiyun.indicators[size_t(i)] = notComputable(i + 1, QString());
    baiyun.rank = 3;

    return {chaoyang, anding, baiyun};
}

QStringList namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.append(model.index(r, M::Court).data().toString());
    return names;
}

} // namespace

class TestCourtComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void shape();
    void rowAccess();
    void display_data();
    void display();
    void displayFollowsLocale();
    void toolTip_data();
    void toolTip();
    void sortRole_data();
    void sortRole();
    void meetsTarget_data();
    void meetsTarget();
    void courtIdInEveryColumn();
    void alignment();
    void otherRolesAndBadIndexes();
    void headers_data();
    void headers();
    void headerToolTipsNameTargets();
    void setRowsIsOneReset();
    void modelTester();
    void sortThroughProxy_data();
    void sortThroughProxy();

private:
    QLocale m_oldLocale;
    M m_model;
};

void TestCourtComparisonModel::initTestCase()
{
    m_oldLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCourtComparisonModel::init()
{
    m_model.setRows(courts(), IndicatorSettings());
}

void TestCourtComparisonModel::cleanupTestCase()
{
    QLocale::setDefault(m_oldLocale);
}

void TestCourtComparisonModel::shape()
{
    QCOMPARE(m_model.rowCount(), 3);
    QCOMPARE(m_model.columnCount(), 17);
    QCOMPARE(int(M::ColumnCount), 17);
    const QModelIndex cell = m_model.index(0, 0);
    QCOMPARE(m_model.rowCount(cell), 0);
    QCOMPARE(m_model.columnCount(cell), 0);

    M empty;
    QCOMPARE(empty.rowCount(), 0);
    QCOMPARE(empty.columnCount(), 17);
}

void TestCourtComparisonModel::rowAccess()
{
    QVERIFY(m_model.row(0));
    QCOMPARE(m_model.row(0)->name, QStringLiteral("Chaoyang"));
    QCOMPARE(m_model.row(2)->courtId, 2);
    QVERIFY(!m_model.row(-1));
    QVERIFY(!m_model.row(3));
    QVERIFY(!M().row(0));
}

void TestCourtComparisonModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const QString dash = QStringLiteral("—");
    auto add = [](const char *name, int row, int column, const QString &text) {
        QTest::newRow(name) << row << column << text;
    };
    add("rank", 0, M::Rank, QStringLiteral("1"));
    add("court", 0, M::Court, QStringLiteral("Chaoyang"));
    add("group", 0, M::Group, QStringLiteral("京01"));
    add("filed, grouped", 0, M::Filed, QStringLiteral("12,345"));
    add("closed, grouped", 0, M::Closed, QStringLiteral("12,000"));
    add("pending", 0, M::PendingEnd, QStringLiteral("2,345"));
    add("clearance 97.205%", 0, M::ClearanceRate, QStringLiteral("97.2%"));
    add("clearance 102.5%", 1, M::ClearanceRate, QStringLiteral("102.5%"));
    add("clearance missing", 2, M::ClearanceRate, dash);
    add("disposition 71.33 days", 0, M::DispositionTime, QStringLiteral("71"));
    add("disposition 0 days", 1, M::DispositionTime, QStringLiteral("0"));
    add("disposition missing", 2, M::DispositionTime, dash);
    add("median 88.6 rounds up", 0, M::MedianDays, QStringLiteral("89"));
    add("median 120.4 rounds down", 1, M::MedianDays, QStringLiteral("120"));
    add("median missing", 2, M::MedianDays, dash);
    add("within limit 90%", 0, M::WithinLimitShare, QStringLiteral("90.0%"));
    add("within limit 75%", 1, M::WithinLimitShare, QStringLiteral("75.0%"));
    add("recovery 45.67%", 0, M::RecoveryRatio, QStringLiteral("45.7%"));
    add("recovery missing", 1, M::RecoveryRatio, dash);
    add("indicator 1 at 95%", 0, M::Indicator1, QStringLiteral("95.0%"));
    add("indicator 1 at 85%", 1, M::Indicator1, QStringLiteral("85.0%"));
    add("indicator 2 at 90%", 0, M::Indicator2, QStringLiteral("90.0%"));
    add("indicator 2 not computable", 1, M::Indicator2, dash);
    add("indicator 3 not computable", 0, M::Indicator3, dash);
    add("indicator 3 at 90%", 1, M::Indicator3, QStringLiteral("90.0%"));
    add("indicator 4 at 80%", 0, M::Indicator4, QStringLiteral("80.0%"));
    add("indicator 4 none", 2, M::Indicator4, dash);
    add("met 3/3", 0, M::IndicatorsMet, QStringLiteral("3/3"));
    add("met 2/3", 1, M::IndicatorsMet, QStringLiteral("2/3"));
    add("met 0/0", 2, M::IndicatorsMet, QStringLiteral("0/0"));
    add("meets standard", 0, M::MeetsStandard, QStringLiteral("✓"));
    add("misses standard", 1, M::MeetsStandard, QStringLiteral("✗"));
    add("standard not computable", 2, M::MeetsStandard, dash);
}

void TestCourtComparisonModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(m_model.index(row, column).data(Qt::DisplayRole).toString(), expected);
}

void TestCourtComparisonModel::displayFollowsLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString filed = m_model.index(0, M::Filed).data().toString();
    const QString clearance = m_model.index(0, M::ClearanceRate).data().toString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(filed, QStringLiteral("12.345"));
    QCOMPARE(clearance, QStringLiteral("97,2%"));
}

void TestCourtComparisonModel::toolTip_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected"); // empty: no tooltip

    auto add = [](const char *name, int row, int column, const QString &text) {
        QTest::newRow(name) << row << column << text;
    };
    add("court code", 0, M::Court, QStringLiteral("Court code: J0105"));
    add("no court code", 1, M::Court, QString());
    add("plain count", 0, M::Filed, QString());
    add("computed rate", 0, M::ClearanceRate, QString());
    add("nothing filed", 2, M::ClearanceRate, QStringLiteral("No cases were filed in the period."));
    add("nothing closed: disposition", 2, M::DispositionTime,
        QStringLiteral("No cases were closed in the period."));
    add("nothing closed: median", 2, M::MedianDays, QStringLiteral("No cases were closed in the period."));
    add("nothing closed: within limit", 2, M::WithinLimitShare,
        QStringLiteral("No cases were closed in the period."));
    add("no amounts", 1, M::RecoveryRatio,
        QStringLiteral(
            "No case closed in the period has both the amount applied for and the amount recovered."));
    add("indicator 1 figures", 0, M::Indicator1, QStringLiteral("95 of 100; target ≥ 90%"));
    add("indicator 2 with checks", 0, M::Indicator2,
        QStringLiteral("45 of 50; target ≥ 90%\nChecks: network inquiry, consumption restriction"));
    add("indicator 4 grouped", 0, M::Indicator4, QStringLiteral("1,600 of 2,000; target ≥ 80%"));
    add("indicator reason", 0, M::Indicator3, QStringLiteral("No petition figures for this court."));
    add("indicator reason 2", 1, M::Indicator2, QStringLiteral("The data has none of the checks' columns."));
    add("indicator without a reason", 2, M::Indicator1, QStringLiteral("Not computable."));
    add("met", 1, M::IndicatorsMet, QStringLiteral("2 of the 3 computable indicators met"));
    add("standard", 0, M::MeetsStandard, QStringLiteral("3 of the 3 computable indicators met"));
    add("standard not computable", 2, M::MeetsStandard,
        QStringLiteral("No indicator is computable for this court."));
}

void TestCourtComparisonModel::toolTip()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const QVariant tip = m_model.index(row, column).data(Qt::ToolTipRole);
    if (expected.isEmpty())
        QVERIFY2(!tip.isValid(), qPrintable(tip.toString()));
    else
        QCOMPARE(tip.toString(), expected);
}

void TestCourtComparisonModel::sortRole_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected"); // invalid: not computable

    auto add = [](const char *name, int row, int column, const QVariant &value) {
        QTest::newRow(name) << row << column << value;
    };
    add("rank", 1, M::Rank, QVariant(2));
    add("court", 1, M::Court, QVariant(QStringLiteral("Anding")));
    add("group", 1, M::Group, QVariant(QStringLiteral("京02")));
    add("filed", 0, M::Filed, QVariant(qint64(12345)));
    add("closed", 1, M::Closed, QVariant(qint64(820)));
    add("pending", 2, M::PendingEnd, QVariant(qint64(5)));
    add("clearance", 1, M::ClearanceRate, QVariant(1.025));
    add("clearance missing", 2, M::ClearanceRate, QVariant());
    add("disposition", 1, M::DispositionTime, QVariant(0.0));
    add("median", 0, M::MedianDays, QVariant(88.6));
    add("within limit", 1, M::WithinLimitShare, QVariant(0.75));
    add("recovery missing", 1, M::RecoveryRatio, QVariant());
    add("indicator 1", 1, M::Indicator1, QVariant(0.85));
    add("indicator 3 missing", 0, M::Indicator3, QVariant());
    add("indicator 4", 0, M::Indicator4, QVariant(0.8));
    add("met", 1, M::IndicatorsMet, QVariant(2));
    add("standard met", 0, M::MeetsStandard, QVariant(1));
    add("standard missed", 1, M::MeetsStandard, QVariant(0));
    add("standard not computable", 2, M::MeetsStandard, QVariant());
}

void TestCourtComparisonModel::sortRole()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    const QVariant value = m_model.index(row, column).data(M::SortRole);
    QCOMPARE(value.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(value.metaType(), expected.metaType());
    if (expected.metaType() == QMetaType::fromType<double>())
        QVERIFY2(qAbs(value.toDouble() - expected.toDouble()) < 1e-12, qPrintable(value.toString()));
    else
        QCOMPARE(value, expected);
}

void TestCourtComparisonModel::meetsTarget_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");

    auto add = [](const char *name, int row, int column, const QVariant &value) {
        QTest::newRow(name) << row << column << value;
    };
    add("indicator 1 at 95% of 90%", 0, M::Indicator1, QVariant(true));
    add("indicator 1 at 85% of 90%", 1, M::Indicator1, QVariant(false));
    add("indicator 2 exactly at target", 0, M::Indicator2, QVariant(true));
    add("indicator 4 exactly at 80%", 0, M::Indicator4, QVariant(true));
    add("indicator not computable", 1, M::Indicator2, QVariant());
    add("clearance below 100%", 0, M::ClearanceRate, QVariant(false));
    add("clearance above 100%", 1, M::ClearanceRate, QVariant(true));
    add("clearance missing", 2, M::ClearanceRate, QVariant());
    add("met column", 1, M::IndicatorsMet, QVariant(false));
    add("standard met", 0, M::MeetsStandard, QVariant(true));
    add("standard missed", 1, M::MeetsStandard, QVariant(false));
    add("standard not computable", 2, M::MeetsStandard, QVariant());
    add("no target for counts", 0, M::Filed, QVariant());
    add("no target for the name", 0, M::Court, QVariant());
    add("no target for recovery", 0, M::RecoveryRatio, QVariant());
}

void TestCourtComparisonModel::meetsTarget()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    const QVariant value = m_model.index(row, column).data(M::MeetsTargetRole);
    QCOMPARE(value.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(value.metaType(), QMetaType::fromType<bool>());
        QCOMPARE(value.toBool(), expected.toBool());
    }
}

void TestCourtComparisonModel::courtIdInEveryColumn()
{
    const int ids[] = {3, 1, 2};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < M::ColumnCount; ++c)
            QCOMPARE(m_model.index(r, c).data(M::CourtIdRole), QVariant(ids[r]));
    }
}

void TestCourtComparisonModel::alignment()
{
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    for (int c :
        {M::Rank, M::Filed, M::Closed, M::PendingEnd, M::ClearanceRate, M::DispositionTime, M::MedianDays,
            M::WithinLimitShare, M::RecoveryRatio, M::Indicator1, M::Indicator4, M::IndicatorsMet})
        QCOMPARE(m_model.index(0, c).data(Qt::TextAlignmentRole), QVariant(right));
    // Not computable values are still numbers in a number column.
    QCOMPARE(m_model.index(2, M::ClearanceRate).data(Qt::TextAlignmentRole), QVariant(right));
    const QVariant left = m_model.index(0, M::Court).data(Qt::TextAlignmentRole);
    QVERIFY(left.isValid());
    QCOMPARE(left.toInt() & Qt::AlignHorizontal_Mask, int(Qt::AlignLeft));
}

void TestCourtComparisonModel::otherRolesAndBadIndexes()
{
    QVERIFY(!m_model.index(0, M::Court).data(Qt::DecorationRole).isValid());
    QVERIFY(!m_model.index(0, M::Filed).data(Qt::BackgroundRole).isValid());
    QVERIFY(!m_model.index(0, M::Indicator1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model.index(3, 0).isValid());
    QVERIFY(!m_model.data(QModelIndex(), Qt::DisplayRole).isValid());
    QCOMPARE(m_model.roleNames().value(M::CourtIdRole), QByteArray("courtId"));
}

void TestCourtComparisonModel::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    const char *titles[] = {"Rank", "Court", "Group", "Filed", "Closed", "Pending at end", "Clearance rate",
        "Disposition time (days)", "Median days to close", "Closed within limit", "Recovery ratio",
        "1. Actual closure", "2. Termination quality", "3. Petitions resolved", "4. Overall closure",
        "Indicators met", "Meets standard"};
    static_assert(std::size(titles) == M::ColumnCount);
    for (int c = 0; c < M::ColumnCount; ++c)
        QTest::newRow(titles[c]) << c << QString::fromUtf8(titles[c]);
}

void TestCourtComparisonModel::headers()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    QCOMPARE(m_model.headerData(column, Qt::Horizontal).toString(), title);
    const QString tip = m_model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.size() > 20 && tip.endsWith(u'.'), qPrintable(tip)); // a sentence
}

void TestCourtComparisonModel::headerToolTipsNameTargets()
{
    auto tip = [this](int column) {
        return m_model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    };
    QVERIFY2(tip(M::Indicator1).contains(QStringLiteral("target ≥ 90%")), qPrintable(tip(M::Indicator1)));
    QVERIFY(tip(M::Indicator2).contains(QStringLiteral("target ≥ 90%")));
    QVERIFY(tip(M::Indicator3).contains(QStringLiteral("target ≥ 90%")));
    QVERIFY2(tip(M::Indicator4).contains(QStringLiteral("target ≥ 80%")), qPrintable(tip(M::Indicator4)));
    QVERIFY(tip(M::Indicator4).contains(QStringLiteral("3-year window")));
    QVERIFY(tip(M::WithinLimitShare).contains(QStringLiteral("6 months")));

    IndicatorSettings settings;
    settings.targetActualClosure = 0.875;
    settings.targetTerminationQuality = 0.95;
    settings.targetPetitionsResolved = 1;
    settings.targetOverallClosure = 0.7;
    settings.overallClosureYears = 1;
    settings.timeLimitMonths = 3;
    m_model.setRows(courts(), settings);
    QCOMPARE(m_model.settings(), settings);
    QVERIFY2(tip(M::Indicator1).contains(QStringLiteral("target ≥ 87.5%")), qPrintable(tip(M::Indicator1)));
    QVERIFY(tip(M::Indicator2).contains(QStringLiteral("target ≥ 95%")));
    QVERIFY(tip(M::Indicator3).contains(QStringLiteral("target ≥ 100%")));
    QVERIFY(tip(M::Indicator4).contains(QStringLiteral("target ≥ 70%")));
    QVERIFY2(tip(M::Indicator4).contains(QStringLiteral("1-year window")), qPrintable(tip(M::Indicator4)));
    QVERIFY(tip(M::WithinLimitShare).contains(QStringLiteral("3 months")));

    // Vertical headers are the base class's row numbers.
    QCOMPARE(m_model.headerData(0, Qt::Vertical).toInt(), 1);
    QVERIFY(!m_model.headerData(M::ColumnCount, Qt::Horizontal).isValid());
}

void TestCourtComparisonModel::setRowsIsOneReset()
{
    M model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    int rowsWhenAboutToReset = -1;
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this,
        [&] { rowsWhenAboutToReset = model.rowCount(); });

    model.setRows(courts(), IndicatorSettings());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(rowsWhenAboutToReset, 0); // the old rows are still there when views are told
    QCOMPARE(model.rowCount(), 3);

    model.setRows({}, IndicatorSettings());
    QCOMPARE(aboutToReset.count(), 2);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(rowsWhenAboutToReset, 3);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestCourtComparisonModel::modelTester()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(courts(), IndicatorSettings());
    model.setRows({}, IndicatorSettings());
    model.setRows(courts(), IndicatorSettings());

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(M::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(M::ClearanceRate);
    model.setRows({}, IndicatorSettings());
    model.setRows(courts(), IndicatorSettings());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestCourtComparisonModel::sortThroughProxy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("names");

    const auto up = int(Qt::AscendingOrder);
    const auto down = int(Qt::DescendingOrder);
    // Clearance: Chaoyang 97.2%, Anding 102.5%, Baiyun none. A missing value counts as the largest
    // (QSortFilterProxyModel's rule for invalid values): last going up, first going down.
    QTest::newRow("clearance up") << int(M::ClearanceRate) << up
                                  << QStringList {QStringLiteral("Chaoyang"), QStringLiteral("Anding"),
                                         QStringLiteral("Baiyun")};
    QTest::newRow("clearance down") << int(M::ClearanceRate) << down
                                    << QStringList {QStringLiteral("Baiyun"), QStringLiteral("Anding"),
                                           QStringLiteral("Chaoyang")};
    QTest::newRow("court up") << int(M::Court) << up
                              << QStringList {QStringLiteral("Anding"), QStringLiteral("Baiyun"),
                                     QStringLiteral("Chaoyang")};
    QTest::newRow("court down") << int(M::Court) << down
                                << QStringList {QStringLiteral("Chaoyang"), QStringLiteral("Baiyun"),
                                       QStringLiteral("Anding")};
    // As numbers, not as the displayed text ("12,345" < "800" as strings).
    QTest::newRow("filed up") << int(M::Filed) << up
                              << QStringList {QStringLiteral("Baiyun"), QStringLiteral("Anding"),
                                     QStringLiteral("Chaoyang")};
    QTest::newRow("indicator 1 up") << int(M::Indicator1) << up
                                    << QStringList {QStringLiteral("Anding"), QStringLiteral("Chaoyang"),
                                           QStringLiteral("Baiyun")};
    QTest::newRow("rank down") << int(M::Rank) << down
                               << QStringList {QStringLiteral("Baiyun"), QStringLiteral("Anding"),
                                      QStringLiteral("Chaoyang")};
}

void TestCourtComparisonModel::sortThroughProxy()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, names);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSortRole(M::SortRole);
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(namesInOrder(proxy), names);
    // The proxy keeps sorting across a reset.
    m_model.setRows(courts(), IndicatorSettings());
    QCOMPARE(namesInOrder(proxy), names);
}

QTEST_GUILESS_MAIN(TestCourtComparisonModel)
#include "tst_courtcomparisonmodel.moc"
