#!/bin/sh
# Analytics benchmark: loading a store into memory and full refreshes of the analytics engine, against
# the same monthly series computed by SQLite's GROUP BY in the same run (see bench/analytics_bench.cpp).
# Usage: bench/analytics_bench.sh [CASES] [BUILD_DIR]   (a Release build, the default build type;
#        RUNS=N sets the refreshes timed per filter, default 20)
# The store is kept in /tmp/caseload-analytics-bench/CASES and reused by the next run with the same
# CASES (20M cases take about 2.5 GB there, and 4 GB more for the CSV while importing).
set -eu
cases=${1:-1000000}
build=${2:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
work=/tmp/caseload-analytics-bench/$cases
export QT_QPA_PLATFORM=offscreen

[ -f "$build/CMakeCache.txt" ] || cmake -S "$src" -B "$build" -G Ninja > /dev/null
echo "build type: $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
cmake --build "$build" --target caseload analytics_bench -j2 > /dev/null

if [ -f "$work/store.sqlite" ] && [ "$(cat "$work/cases" 2>/dev/null)" = "$cases" ]; then
  echo "reusing the store of $cases cases in $work"
else
  rm -rf "$work"
  mkdir -p "$work"
  # About 200 bytes a case of CSV and 120 of store, both on disk during the import.
  need=$((cases / 1000 * 330 / 1000 + 100))
  avail=$(df -Pm "$work" | awk 'NR == 2 { print $4 }')
  df -h "$work" | tail -1
  if [ "$avail" -lt "$need" ]; then
    echo "not enough disk space in $work: $avail MB free, about $need MB needed" >&2
    exit 2
  fi
  echo "generating $cases cases (20 courts, filed 2010-01..2026-10)..."
  /usr/bin/time -f "generate: %e s, peak %M KB" "$build/bin/caseload" generate --cases "$cases" --courts 20 \
    --from 2010-01 --to 2026-10 --seed 1 --out "$work/export.csv" > /dev/null
  /usr/bin/time -f "import: %e s, peak %M KB" "$build/bin/caseload" import "$work/export.csv" \
    --db "$work/store.sqlite" > /dev/null
  rm -f "$work/export.csv"
  echo "$cases" > "$work/cases"
fi
echo "store: $(du -sh "$work" | cut -f1); load average:$(uptime | sed 's/.*load average://')"
echo
"$build/bin/analytics_bench" --db "$work/store.sqlite" --runs "${RUNS:-20}"
