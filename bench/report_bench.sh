#!/bin/sh
# Monthly report benchmark: `caseload report` for one court and for every court of a 1,000,000-case store
# (one PDF per court plus one for all), against `caseload kpi --json` computing the same month's figures
# for all courts in one process (the peer: the numbers without the documents).
# Usage: bench/report_bench.sh [BUILD_DIR]   (a Release build; MONTH=YYYY-MM, default 2026-09;
#        RUNS=N timed runs of each command, default 5; STORE=PATH benchmarks an existing store instead;
#        COURT=NAME the court timed alone, default the first by code)
# The generated store (99 courts, the generator's maximum; filed 2010-01..2026-10) is kept in
# /tmp/caseload-report-bench/1000000-99 and reused by the next run.
set -eu
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
month=${MONTH:-2026-09}
runs=${RUNS:-5}
export QT_QPA_PLATFORM=offscreen

[ -f "$build/CMakeCache.txt" ] || cmake -S "$src" -B "$build" -G Ninja > /dev/null
echo "build type: $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
cmake --build "$build" --target caseload -j2 > /dev/null
bin="$build/bin/caseload"

if [ -n "${STORE:-}" ]; then
  store=$STORE
else
  work=/tmp/caseload-report-bench/1000000-99
  store=$work/store.sqlite
  if [ -f "$store" ] && [ "$(cat "$work/cases" 2>/dev/null)" = 1000000 ]; then
    echo "reusing the store in $work"
  else
    rm -rf "$work"
    mkdir -p "$work"
    echo "generating 1,000,000 cases at 99 courts (filed 2010-01..2026-10)..."
    "$bin" generate --cases 1000000 --courts 99 --from 2010-01 --to 2026-10 --seed 1 \
      --out "$work/export.csv" > /dev/null
    "$bin" import "$work/export.csv" --db "$store" > /dev/null
    rm -f "$work/export.csv"
    echo 1000000 > "$work/cases"
  fi
fi
out=$(mktemp -d /tmp/caseload-report-bench-out.XXXXXX)
trap 'rm -rf "$out"' EXIT
echo "store: $store ($(du -h "$store" | cut -f1)); month $month; $(nproc) cores; load average:$(uptime | sed 's/.*load average://')"

# Times one command RUNS times: prints "median worst" wall seconds, and the last run's CPU seconds and
# peak memory (from /usr/bin/time) into $out/last.
timed() {
  i=0
  : > "$out/walls"
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S %M" -o "$out/last" "$@" > "$out/stdout" 2> "$out/stderr" || {
      cat "$out/stderr" >&2
      exit 1
    }
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }' >> "$out/walls"
    i=$((i + 1))
  done
  sort -n "$out/walls" | awk '{ v[NR] = $1 } END { printf "%.2f %.2f", v[int((NR + 1) / 2)], v[NR] }'
}
cpu() { awk '{ printf "%.2f s CPU, peak %.0f MB", $1 + $2, $3 / 1024 }' "$out/last"; }
# Median of the "in N ms" each report prints (the report alone, without loading the store).
reportMs() {
  sed -n 's/.* \([0-9][0-9]*\) ms$/\1/p; s/.*用时 \([0-9][0-9]*\) 毫秒$/\1/p' "$out/stdout" | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR) printf "%d", v[int((NR + 1) / 2)]; else printf "?" }'
}

mkdir -p "$out/all"
set -- $(timed "$bin" report --db "$store" --month "$month" --all-courts --lang zh_CN --out "$out/all/")
allMedian=$1 allWorst=$2
allCpu=$(cpu)
reports=$(ls "$out/all" | wc -l)
courts=$((reports - 1))
allMs=$(reportMs)
allOne=$(grep "all-$month.pdf" "$out/stdout" | sed -n 's/.* \([0-9][0-9]*\) ms$/\1/p; s/.*用时 \([0-9][0-9]*\) 毫秒$/\1/p')
court=${COURT:-$(ls "$out/all" | grep -v '^all-' | head -1 | sed "s/-$month\.pdf\$//")}

set -- $(timed "$bin" report --db "$store" --month "$month" --court "$court" --lang zh_CN --out "$out/one.pdf")
oneMedian=$1 oneWorst=$2
oneCpu=$(cpu)
oneMs=$(reportMs)

set -- $(timed "$bin" kpi --db "$store" --from "$month" --to "$month" --json)
kpiMedian=$1 kpiWorst=$2
kpiCpu=$(cpu)

echo
echo "median (worst) of $runs runs, wall seconds of the whole process (loading the store included)"
printf '%-58s %s (%s) s   %s\n' "one court ($court), one PDF" "$oneMedian" "$oneWorst" "$oneCpu"
printf '%-58s %s ms\n' "  the report alone (compute + PDF, as the command prints)" "$oneMs"
printf '%-58s %s (%s) s   %s\n' "--all-courts: $courts courts + all, $reports PDFs" "$allMedian" "$allWorst" "$allCpu"
echo "$allMedian $reports $allMs ${allOne:-0}" | awk '{ printf "%-58s %.0f ms\n", "  per PDF (wall / PDFs)", 1000 * $1 / $2;
  printf "%-58s %d ms\n", "  a court'"'"'s report alone, median", $3;
  printf "%-58s %d ms\n", "  the all-courts report alone", $4;
  printf "%-58s %.1f s\n", "  120 courts + all, extrapolated (wall / PDFs x 121)", $1 / $2 * 121 }'
printf '%-58s %s (%s) s   %s\n' "peer: kpi --json, same month, all courts' figures" "$kpiMedian" "$kpiWorst" "$kpiCpu"
echo "targets: one court <= 1 s; 120 courts <= 60 s on 2 cores"
