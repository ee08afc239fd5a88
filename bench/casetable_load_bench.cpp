// Load benchmark: opening a store and loading every case into memory (CaseTable::load), on SQLite or
// PostgreSQL, timed over several runs. With CASELOAD_PG_SCAN=qtsql PostgreSQL is read through QtSql
// instead of libpq's binary COPY; with CASELOAD_SNAPSHOT=off every case is read from the cases table
// even when the store has a compact copy. --save-snapshot first writes that copy (CaseTableSnapshot)
// when it is missing or out of date, as the program does after an import. See bench/pg_scale_bench.sh.
//
// Usage: casetable_load_bench --db LOCATION [--runs N] [--save-snapshot]

#include "analytics/CaseTable.h"
#include "analytics/CaseTableSnapshot.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace caseload;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times opening a store and loading its case table."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Case store (SQLite file or postgresql:// URL)."), QStringLiteral("LOCATION"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Loads timed."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption saveOption(QStringLiteral("save-snapshot"),
        QStringLiteral("Write the compact copy of the case table first when it is missing or out of date."));
    parser.addOptions({dbOption, runsOption, saveOption});
    parser.process(app);
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!parser.isSet(dbOption) || !ok || runs < 1) {
        std::fprintf(stderr, "usage: casetable_load_bench --db LOCATION [--runs N]\n");
        return 2;
    }
    if (parser.isSet(saveOption)) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto store = Store::open(parser.value(dbOption), &error);
        std::optional<CaseTable> table = store ? CaseTable::load(*store, &error) : std::nullopt;
        if (!table) {
            std::fprintf(stderr, "casetable_load_bench: %s\n", qUtf8Printable(error));
            return 2;
        }
        const double load = double(timer.nsecsElapsed()) / 1e6;
        if (!CaseTableSnapshot::isStale(*table)) {
            std::printf("snapshot up to date (load %.0f ms)\n", load);
        } else if (CaseTableSnapshot::save(*store, *table, &error)) {
            std::printf("snapshot saved: load %.0f ms, save %.0f ms\n", load,
                double(timer.nsecsElapsed()) / 1e6 - load);
        } else {
            std::fprintf(stderr, "casetable_load_bench: %s\n", qUtf8Printable(error));
            return 2;
        }
    }
    std::vector<double> opens, loads, totals;
    qint64 cases = 0;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto store = Store::open(parser.value(dbOption), &error);
        if (!store) {
            std::fprintf(stderr, "casetable_load_bench: %s\n", qUtf8Printable(error));
            return 2;
        }
        const double open = double(timer.nsecsElapsed()) / 1e6;
        const std::optional<CaseTable> table = CaseTable::load(*store, &error);
        if (!table) {
            std::fprintf(stderr, "casetable_load_bench: %s\n", qUtf8Printable(error));
            return 2;
        }
        const double total = double(timer.nsecsElapsed()) / 1e6;
        opens.push_back(open);
        loads.push_back(total - open);
        totals.push_back(total);
        cases = table->size();
        bytes = table->memoryBytes();
        std::printf("run %d: open %.0f ms, load %.0f ms, total %.0f ms (%s)\n", i + 1, open, total - open, total,
            table->loadInfo().fromSnapshot ? "snapshot" : "every case");
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto best = [](const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); };
    std::printf("%lld cases, table %.0f MB, process peak %.0f MB\n", cases, double(bytes) / 1e6,
        double(usage.ru_maxrss) / 1024.0);
    std::printf("best of %d: open %.0f ms, load %.0f ms, open + load %.0f ms\n", runs, best(opens),
        best(loads), best(totals));
    return 0;
}
