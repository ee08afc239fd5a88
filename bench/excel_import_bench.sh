#!/bin/sh
# Excel import benchmark: the same cases imported from an .xlsx workbook and from CSV, in the same run.
# Usage: bench/excel_import_bench.sh [CASES] [BUILD_DIR]
#   (needs: tools/setup-debian.sh --test --bench for python3-openpyxl and GNU time; a Release build)
#   LIBREOFFICE=1 also saves the export as a workbook with LibreOffice (soffice --headless, a few
#   minutes for a million rows) and imports that too: its sheet uses shared strings, in rich-text runs.
# The workbook is written by openpyxl (write-only mode) as court systems write theirs: dates as date
# cells with a Chinese date format, amounts and day counts as numbers, text in shared or inline strings.
# Target (issue 7): the workbook within 2x the CSV's time, memory flat (not growing with the sheet).
set -eu
cases=${1:-1000000}
build=${2:-build}
bin="$build/bin/caseload"
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "generating $cases cases..."
"$bin" generate --cases "$cases" --courts 20 --seed 1 --out "$work/export.csv" > /dev/null
echo "writing the workbook with openpyxl (slow: it is Python)..."
/usr/bin/time -f "openpyxl: %e s" /usr/bin/python3 "$src/tests/excelimport/data/csv_to_xlsx.py" \
  "$work/export.csv" "$work/export.xlsx"
echo "CSV $(($(stat -c %s "$work/export.csv") / 1048576)) MB, workbook $(($(stat -c %s "$work/export.xlsx") / 1048576)) MB"
if [ "${LIBREOFFICE:-0}" = 1 ]; then
  echo "saving the workbook with LibreOffice..."
  mkdir -p "$work/lo"
  soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$work/lo" "$work/export.csv" > /dev/null 2>&1
fi
sync

/usr/bin/time -f "%e %M" -o "$work/csv.time" "$bin" import "$work/export.csv" --db "$work/csv.sqlite" > "$work/csv.out"
/usr/bin/time -f "%e %M" -o "$work/xlsx.time" "$bin" import "$work/export.xlsx" --db "$work/xlsx.sqlite" > "$work/xlsx.out"
if [ -f "$work/lo/export.xlsx" ]; then
  /usr/bin/time -f "%e %M" -o "$work/lo.time" "$bin" import "$work/lo/export.xlsx" --db "$work/lo.sqlite" > "$work/lo.out"
fi
cat "$work/csv.out" "$work/xlsx.out"
"$bin" export --db "$work/csv.sqlite" --out "$work/csv-cases.csv" > /dev/null
"$bin" export --db "$work/xlsx.sqlite" --out "$work/xlsx-cases.csv" > /dev/null
if cmp -s "$work/csv-cases.csv" "$work/xlsx-cases.csv"; then same=yes; else same=NO; fi

read -r csv_s csv_kb < "$work/csv.time"
read -r xlsx_s xlsx_kb < "$work/xlsx.time"
echo
printf '%-36s %8s %10s\n' "import of $cases cases" "seconds" "peak MB"
printf '%-36s %8s %10s\n' "CSV (peer)" "$csv_s" "$((csv_kb / 1024))"
printf '%-36s %8s %10s\n' "xlsx (openpyxl)" "$xlsx_s" "$((xlsx_kb / 1024))"
echo "the two stores hold the same cases: $same"
awk -v x="$xlsx_s" -v c="$csv_s" 'BEGIN {
  printf "ratio xlsx/csv: %.2f (target <= 2.00): %s\n", x / c, (x <= 2 * c ? "met" : "NOT MET") }'
if [ -f "$work/lo.time" ]; then
  read -r lo_s lo_kb < "$work/lo.time"
  "$bin" export --db "$work/lo.sqlite" --out "$work/lo-cases.csv" > /dev/null
  if cmp -s "$work/csv-cases.csv" "$work/lo-cases.csv"; then lo_same=yes; else lo_same=NO; fi
  printf '%-36s %8s %10s\n' "xlsx (LibreOffice)" "$lo_s" "$((lo_kb / 1024))"
  echo "the LibreOffice workbook's store holds the same cases: $lo_same"
  awk -v x="$lo_s" -v c="$csv_s" 'BEGIN {
    printf "ratio LibreOffice xlsx/csv: %.2f (target <= 2.00): %s\n", x / c, (x <= 2 * c ? "met" : "NOT MET") }'
fi
