#!/bin/sh
# Forecasting benchmark (issue 5): Caseload's ForecastEngine against R's forecast package (ets,
# auto.arima, thetaf, tslm, snaive) on R's classic monthly datasets and on every court's monthly filed
# and closed series from the demo generator, same origins, horizons and scoring (see
# bench/forecast_bench.cpp). Prints the side-by-side table and a PASS/MISS line per goal; never fails
# on the figures.
# Usage: bench/forecast_bench.sh [BUILD_DIR]   (a Release build, the default build type; needs Rscript
#        with the forecast package)
# Environment: WORK=DIR (default /tmp/caseload-forecast-bench) keeps the series and R's results; R's
#        fits (24 origins x 31 series x 5 methods: about 55 minutes of CPU, most of it auto.arima, up to
#        16 s a fit on some court series) are reused until the series or bench/forecast_bench.R
#        change; RERUN_R=1 refits. REPEAT=N timed engine runs per series (default 5).
set -eu
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/caseload-forecast-bench}
mkdir -p "$work"

[ -f "$build/CMakeCache.txt" ] || cmake -S "$src" -B "$build" -G Ninja > /dev/null
echo "build type: $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
cmake --build "$build" --target forecast_bench -j2 > /dev/null
bench="$build/bin/forecast_bench"

Rscript -e 'suppressPackageStartupMessages(library(forecast)); cat("R", R.version$major, ".", R.version$minor,
  ", forecast ", format(packageVersion("forecast")), "\n", sep = "")'

# The series: R's datasets, and 10 basic courts + the intermediate court of the demo generator
# (filed and closed each, 2014-01..2025-12, through import, CaseTable and Analytics as the dashboard).
[ -f "$work/rdata.csv" ] || Rscript "$src/bench/forecast_bench.R" export "$work/rdata.csv"
[ -f "$work/courts.csv" ] || "$bench" courts --out "$work/courts.csv" --work "$work/store"

for set in rdata courts; do
  if [ "${RERUN_R:-0}" = 1 ] || [ ! -f "$work/$set-r.csv" ] || [ ! -f "$work/$set-rt.csv" ] \
     || [ "$work/$set.csv" -nt "$work/$set-r.csv" ] || [ "$src/bench/forecast_bench.R" -nt "$work/$set-r.csv" ]; then
    echo "R: fitting $set (slow) ..."
    Rscript "$src/bench/forecast_bench.R" fit "$work/$set.csv" "$work/$set-r.csv" "$work/$set-rt.csv"
  else
    echo "R: reusing $work/$set-r.csv"
  fi
done
echo "load average:$(uptime | sed 's/.*load average://')"
echo

"$bench" run --series "$work/rdata.csv" --series "$work/courts.csv" \
  --r-forecasts "$work/rdata-r.csv" --r-forecasts "$work/courts-r.csv" \
  --r-times "$work/rdata-rt.csv" --r-times "$work/courts-rt.csv" \
  --repeat "${REPEAT:-5}" --per-series --profile --variants
