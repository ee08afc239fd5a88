#!/bin/sh
# Import benchmark: caseload import against the sqlite3 shell's .import of the same CSV.
# Usage: bench/import_bench.sh [CASES] [BUILD_DIR]   (needs: tools/setup-debian.sh --bench, a Release build)
# The peer does far less: no decoding checks, no parsing of dates or amounts, no validation, no index.
set -eu
cases=${1:-1000000}
build=${2:-build}
bin="$build/bin/caseload"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "generating $cases cases..."
/usr/bin/time -f "generate: %e s, peak %M KB" "$bin" generate --cases "$cases" --courts 20 --seed 1 --out "$work/export.csv"
size=$(stat -c %s "$work/export.csv")
echo "export: $((size / 1048576)) MB, $(head -1 "$work/export.csv" | tr ',' '\n' | wc -l) columns"
sync

# Peer: the sqlite3 shell loads the CSV as text into a fresh table, in one transaction, WAL as ours.
tail -c +4 "$work/export.csv" > "$work/nobom.csv"  # the shell does not skip a BOM
/usr/bin/time -f "%e %M" -o "$work/peer.time" sqlite3 "$work/peer.sqlite" \
  "PRAGMA journal_mode=WAL;" ".mode csv" ".import $work/nobom.csv cases" > /dev/null
/usr/bin/time -f "%e %M" -o "$work/ours.time" "$bin" import "$work/export.csv" --db "$work/ours.sqlite" > "$work/ours.out"
cat "$work/ours.out"
# Next month's export, as it were: the same file into the filled store (every case found unchanged).
/usr/bin/time -f "%e %M" -o "$work/again.time" "$bin" import "$work/export.csv" --db "$work/ours.sqlite" > /dev/null

read -r peer_s peer_kb < "$work/peer.time"
read -r ours_s ours_kb < "$work/ours.time"
read -r again_s again_kb < "$work/again.time"
echo
printf '%-44s %8s %12s\n' "import of $cases cases" "seconds" "peak MB"
printf '%-44s %8s %12s\n' "sqlite3 shell .import (peer)" "$peer_s" "$((peer_kb / 1024))"
printf '%-44s %8s %12s\n' "caseload import (parse, validate, index)" "$ours_s" "$((ours_kb / 1024))"
printf '%-44s %8s %12s\n' "caseload import again (all unchanged)" "$again_s" "$((again_kb / 1024))"
awk -v o="$ours_s" -v p="$peer_s" -v m="$ours_kb" 'BEGIN {
  printf "ratio caseload/peer: %.2f (target <= 1.00): %s\n", o / p, (o <= p ? "met" : "NOT MET");
  printf "peak memory: %d MB (target < 300 MB): %s\n", m / 1024, (m < 300 * 1024 ? "met" : "NOT MET") }'
