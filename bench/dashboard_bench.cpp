// Dashboard benchmark: how long a filter change takes until every page holds the new figures and the
// visible page has been painted again, at the size of a real store, in the real window's widgets
// (offscreen). The peer, in the same run: SQLite computing only the monthly filed series for the same
// filter with GROUP BY, which is what a dashboard without the in-memory engine would wait for.
//
// Usage: dashboard_bench --db STORE.sqlite|postgresql://... [--runs N]
//        (see bench/dashboard_bench.sh and bench/pg_scale_bench.sh)

#include "DashboardView.h"
#include "analytics/Analytics.h"
#include "analytics/CaseTable.h"
#include "analytics/StoredSetup.h"
#include "dashboard/DashboardController.h"
#include "dashboard/DashboardPage.h"
#include "domain/DayNumber.h"
#include "filter/FilterBar.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace caseload;

namespace {

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures summarise(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.back()};
}

/// Counts the controller's emissions, so that a wait cannot miss one delivered early (settle()
/// delivers posted events, the end of a computation among them).
struct Emissions
{
    explicit Emissions(DashboardController *controller)
    {
        QObject::connect(controller, &DashboardController::dataReady, controller, [this] { ++data; });
        QObject::connect(
            controller, &DashboardController::comparisonsReady, controller, [this] { ++comparisons; });
    }
    int data = 0;
    int comparisons = 0;
};

/// Runs the event loop until `counter` exceeds `before`; false after a minute. Blocks between events
/// (a polling loop would take a core from the computation it waits for).
bool waitFor(const int &counter, int before)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    timeout.start(60000);
    while (counter <= before) {
        loop.processEvents(QEventLoop::WaitForMoreEvents);
        if (!timeout.isActive())
            return false;
    }
    return true;
}

/// Delivers the updates and layout requests the pages posted, then draws the visible page in full
/// (synchronously, as the screen would show it).
void settle(DashboardView &view)
{
    QCoreApplication::sendPostedEvents();
    const QPixmap pixmap = view.currentPage()->grab();
    Q_UNUSED(pixmap);
}

/// The peer: filings per month for the filter's period and courts, by SQL.
double sqlPeer(const Store &store, const CaseFilter &filter, const CaseTable &table)
{
    QElapsedTimer timer;
    timer.start();
    const bool postgres = store.database().driverName() == QLatin1String("QPSQL");
    QString sql = QStringLiteral("SELECT %1 AS month, COUNT(*) FROM cases "
                                 "JOIN courts ON courts.id = cases.court_id WHERE filed_on BETWEEN ? AND ?")
                      .arg(postgres ? QStringLiteral("to_char(DATE '1970-01-01' + filed_on, 'YYYY-MM')")
                                    : QStringLiteral("strftime('%Y-%m', filed_on * 86400, 'unixepoch')"));
    if (!filter.courts.isEmpty())
        sql += QStringLiteral(" AND courts.name = ?");
    sql += QStringLiteral(" GROUP BY month");
    QSqlQuery query(store.database());
    query.prepare(sql);
    query.addBindValue(filter.from.isValid() ? toDayNumber(filter.from) : table.firstDay());
    query.addBindValue(filter.to.isValid() ? toDayNumber(filter.to) : table.lastDay());
    if (!filter.courts.isEmpty())
        query.addBindValue(filter.courts.constFirst());
    if (!query.exec()) {
        std::fprintf(stderr, "dashboard_bench: %s\n", qUtf8Printable(query.lastError().text()));
        return -1;
    }
    while (query.next()) { }
    return double(timer.nsecsElapsed()) / 1e6;
}

int run(const QString &path, int runs)
{
    QElapsedTimer openTimer; // open to a full dashboard: the store, its cases, the first refresh drawn
    openTimer.start();
    QString error;
    const auto store = Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "dashboard_bench: %s\n", qUtf8Printable(error));
        return 2;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    auto loaded = CaseTable::load(*store, &error);
    AnalyticsInput setup;
    if (!loaded || !storedSetup::load(*store, &setup, &error)) {
        std::fprintf(stderr, "dashboard_bench: %s\n", qUtf8Printable(error));
        return 2;
    }
    const auto table = std::make_shared<const CaseTable>(std::move(*loaded));
    std::printf("cases: %lld (loaded in %.0f ms), courts: %zu\n", table->size(), double(loadTimer.elapsed()),
        table->courts().size());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    DashboardView view(settings);
    view.resize(1366, 768);
    view.show();
    DashboardController *controller = view.controller();
    Emissions emitted(controller);
    view.setStore(path, table, setup);
    if (!waitFor(emitted.data, 0)) {
        std::fprintf(stderr, "dashboard_bench: the first refresh did not finish\n");
        return 2;
    }
    settle(view);
    std::printf("open to the first figures drawn (store, cases, first refresh): %.0f ms\n",
        double(openTimer.elapsed()));
    if (!waitFor(emitted.comparisons, 0)) {
        std::fprintf(stderr, "dashboard_bench: the first refresh did not finish\n");
        return 2;
    }
    settle(view);
    std::printf("open to a full dashboard (and the comparison periods, drawn): %.0f ms\n",
        double(openTimer.elapsed()));

    // The filters a president clicks through: the presets, one court, back to all, one year.
    const QDate last = fromDayNumber(table->lastDay());
    const QDate lastMonth(last.year(), last.month(), 1);
    std::vector<std::pair<const char *, CaseFilter>> filters;
    {
        CaseFilter f;
        filters.emplace_back("all data", f);
        f.from = lastMonth.addMonths(-11);
        f.to = lastMonth.addMonths(1).addDays(-1);
        filters.emplace_back("last 12 months", f);
        CaseFilter court = f;
        court.courts = {table->courts().front().name};
        filters.emplace_back("last 12 months, one court", court);
        CaseFilter month;
        month.from = lastMonth;
        month.to = lastMonth.addMonths(1).addDays(-1);
        filters.emplace_back("latest month", month);
    }

    std::printf("\n%-28s %-10s %12s %12s %12s %12s %12s\n", "filter", "page", "data ms", "draw ms",
        "total med", "total worst", "compare ms");
    const QStringList pages
        = {QStringLiteral("overview"), QStringLiteral("trends"), QStringLiteral("courts")};
    double worstTotal = 0;
    for (const QString &page : pages) {
        view.showPage(page);
        for (const auto &[name, filter] : filters) {
            std::vector<double> data, paint, total, compare;
            for (int i = 0; i < runs; ++i) {
                // Start from another filter, fully drawn, so that every run is a real change and
                // no paint work of the previous run is left over.
                int before = emitted.comparisons;
                controller->setFilter(i % 2 ? filters.front().second : filters.back().second);
                waitFor(emitted.comparisons, before);
                settle(view);
                const int dataBefore = emitted.data;
                before = emitted.comparisons;
                QElapsedTimer timer;
                timer.start();
                controller->setFilter(filter);
                if (!waitFor(emitted.data, dataBefore)) {
                    std::fprintf(stderr, "dashboard_bench: no data\n");
                    return 2;
                }
                const double dataMs = double(timer.nsecsElapsed()) / 1e6;
                settle(view);
                const double totalMs = double(timer.nsecsElapsed()) / 1e6;
                waitFor(emitted.comparisons, before);
                settle(view);
                data.push_back(dataMs);
                paint.push_back(totalMs - dataMs);
                total.push_back(totalMs);
                compare.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            const Figures t = summarise(total);
            worstTotal = std::max(worstTotal, t.median);
            std::printf("%-28s %-10s %12.1f %12.1f %12.1f %12.1f %12.1f\n", name, qPrintable(page),
                summarise(data).median, summarise(paint).median, t.median, t.worst,
                summarise(compare).median);
        }
    }

    // Where the GUI thread's share of a refresh goes: each page taking new data (two filters'
    // data, alternately, so that no page can skip an unchanged result).
    std::printf("\nsetData per page (GUI thread, alternating all data / latest month):\n");
    int before = emitted.comparisons;
    controller->setFilter(filters.front().second);
    waitFor(emitted.comparisons, before);
    const DashboardData first = controller->current();
    before = emitted.comparisons;
    controller->setFilter(filters.back().second);
    waitFor(emitted.comparisons, before);
    const DashboardData second = controller->current();
    for (DashboardPage *page : view.pages()) {
        std::vector<double> times;
        for (int i = 0; i < std::max(4, runs); ++i) {
            QElapsedTimer timer;
            timer.start();
            page->setData(i % 2 ? second : first);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  %-10s %8.1f ms\n", qPrintable(page->key()), summarise(times).median);
    }

    std::printf("\nengine alone (Analytics::compute, the same inputs):\n");
    for (const auto &[name, filter] : filters) {
        AnalyticsInput input = controller->input();
        input.filter = filter;
        std::vector<double> times;
        for (int i = 0; i < std::max(3, runs); ++i) {
            QElapsedTimer timer;
            timer.start();
            QString computeError;
            Analytics::compute(*table, input, &computeError);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::vector<double> pooled;
        for (int i = 0; i < std::max(3, runs); ++i) {
            QElapsedTimer timer;
            timer.start();
            QtConcurrent::run([&] {
                QString computeError;
                return Analytics::compute(*table, input, &computeError).has_value();
            }).waitForFinished();
            pooled.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%-28s %12.1f ms   on a pool thread %8.1f ms\n", name, summarise(times).median,
            summarise(pooled).median);
    }

    std::printf("\nSQL peer (monthly filings only, GROUP BY, on the store's own backend):\n");
    for (const auto &[name, filter] : filters) {
        std::vector<double> times;
        for (int i = 0; i < std::min(runs, 5); ++i)
            times.push_back(sqlPeer(*store, filter, *table));
        std::printf("%-28s %12.1f ms\n", name, summarise(times).median);
    }
    std::printf("\nslowest median filter change to a repainted page: %.1f ms (target 100 ms)\n", worstTotal);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dashboard benchmark: filter change to repainted page."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Case store (SQLite file or PostgreSQL URL)."), QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Changes timed per filter."),
        QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({dbOption, runsOption});
    parser.process(app);
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    const QString db = parser.value(dbOption);
    if (!parser.isSet(dbOption) || !ok || runs < 1
        || (!Store::isServerLocation(db) && !QFileInfo::exists(db))) {
        std::fprintf(stderr, "usage: dashboard_bench --db STORE.sqlite|postgresql://... [--runs N]\n");
        return 2;
    }
    return run(parser.value(dbOption), runs);
}
