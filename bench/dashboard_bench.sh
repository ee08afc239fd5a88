#!/bin/sh
# Dashboard benchmark: a filter change until every page has the new figures and the visible page is
# repainted, in the window's real widgets (offscreen), against SQLite's GROUP BY for one series of the
# same filter (see bench/dashboard_bench.cpp). Uses the store bench/analytics_bench.sh builds.
# Usage: bench/dashboard_bench.sh [CASES] [BUILD_DIR]   (RUNS=N changes per filter, default 10)
set -eu
cases=${1:-1000000}
build=${2:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
store=/tmp/caseload-analytics-bench/$cases/store.sqlite
export QT_QPA_PLATFORM=offscreen

[ -f "$build/CMakeCache.txt" ] || cmake -S "$src" -B "$build" -G Ninja > /dev/null
cmake --build "$build" --target caseload dashboard_bench -j2 > /dev/null
if [ ! -f "$store" ]; then
  # The analytics bench generates and imports the store (and times the engine alone).
  RUNS=1 "$src/bench/analytics_bench.sh" "$cases" "$build" > /dev/null
fi
echo "build type: $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt"); load average:$(uptime | sed 's/.*load average://')"
"$build/bin/dashboard_bench" --db "$store" --runs "${RUNS:-10}"
