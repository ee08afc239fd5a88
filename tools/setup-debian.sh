#!/bin/sh
# Installs what Caseload needs on Debian 12, from Debian's own packages. Run as root.
# Usage: tools/setup-debian.sh [--test] [--bench] [--screenshots]
#   --test         also what the test suite uses (python3-openpyxl writes the Excel workbooks it imports,
#                  poppler-utils reads and renders the report PDFs, postgresql runs the private server
#                  the PostgreSQL store is tested against: tools/pg-test-cluster.sh)
#   --bench        also the peers the benchmarks compare against (sqlite3 shell, GNU time, R forecast, a
#                  PostgreSQL server for bench/pg_scale_bench.sh)
#   --screenshots  also what tools/screenshots.sh uses (Xvfb, xauth, ImageMagick)
set -eu
packages="cmake ninja-build g++ ccache qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql libeigen3-dev
  libsqlite3-dev libssl-dev libzip-dev libisal-dev libpugixml-dev libexpat1-dev libfreexl-dev libxlsxwriter-dev
  libpq-dev qtkeychain-qt6-dev fonts-wqy-microhei qt6-translations-l10n"
for arg in "$@"; do
  case "$arg" in
    --test) packages="$packages python3-openpyxl poppler-utils postgresql libqt6sql6-psql" ;;
    --bench) packages="$packages sqlite3 time r-cran-forecast postgresql" ;;
    --screenshots) packages="$packages xvfb xauth imagemagick" ;;
    *) echo "usage: $0 [--test] [--bench] [--screenshots]" >&2; exit 2 ;;
  esac
done
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi
