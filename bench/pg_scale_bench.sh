#!/bin/sh
# PostgreSQL at scale (issue 8): the same N cases in an SQLite store and in a PostgreSQL database, then on
# both: opening and loading the case table (CaseTable::load from the case table's snapshot, and from every
# case: on PostgreSQL also through QtSql, the path before libpq's binary COPY), opening to a full
# dashboard and filter changes (bench/dashboard_bench.cpp).
# Usage: bench/pg_scale_bench.sh [CASES] [BUILD_DIR]   (default 20,000,000 cases; PORT=55462 for the
#        private server, RUNS=3 loads timed per path, KEEP=1 keeps the data for the next run)
# The SQLite store is generated and imported with `caseload` as bench/analytics_bench.sh does; PostgreSQL
# gets the store's tables through COPY (importing 20M cases through the case writer takes far longer),
# and the script checks that both hold the same rows (counts, and `caseload kpi --json` on both).
# Data: /tmp/caseload-pg-scale-bench/CASES (about 120 bytes a case) and the server's cluster in
# /tmp/caseload-pg-PORT (about 150 bytes a case); both are removed at the end unless KEEP=1.
set -eu
cases=${1:-20000000}
build=${2:-build}
port=${PORT:-55462}
runs=${RUNS:-3}
src=$(cd "$(dirname "$0")/.." && pwd)
work=/tmp/caseload-pg-scale-bench/$cases
store=$work/store.sqlite
db=caseload_bench
url=postgresql://postgres@127.0.0.1:$port/$db
export QT_QPA_PLATFORM=offscreen
export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres

[ -f "$build/CMakeCache.txt" ] || cmake -S "$src" -B "$build" -G Ninja > /dev/null
echo "build type: $(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
cmake --build "$build" --target caseload casetable_load_bench dashboard_bench -j2 > /dev/null

cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    "$src/tools/pg-test-cluster.sh" stop "$port"
    rm -rf "$work"
    rmdir "$(dirname "$work")" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# 1. The SQLite store.
if [ -f "$store" ] && [ "$(cat "$work/cases" 2>/dev/null)" = "$cases" ]; then
  echo "reusing the SQLite store of $cases cases in $work"
else
  rm -rf "$work"
  mkdir -p "$work"
  need=$((cases / 1000 * 600 / 1000 + 100)) # CSV, store and the server's copy, in MB
  avail=$(df -Pm "$work" | awk 'NR == 2 { print $4 }')
  if [ "$avail" -lt "$need" ]; then
    echo "not enough disk space in $work: $avail MB free, about $need MB needed" >&2
    exit 2
  fi
  echo "generating $cases cases (20 courts, filed 2010-01..2026-10)..."
  /usr/bin/time -f "generate: %e s" "$build/bin/caseload" generate --cases "$cases" --courts 20 \
    --from 2010-01 --to 2026-10 --seed 1 --out "$work/export.csv" > /dev/null
  /usr/bin/time -f "import into SQLite: %e s" "$build/bin/caseload" import "$work/export.csv" --db "$store" > /dev/null
  rm -f "$work/export.csv"
  echo "$cases" > "$work/cases"
fi

# 2. The server: a private cluster with a modest shared_buffers (1 GB of 23).
"$src/tools/pg-test-cluster.sh" start "$port" > /dev/null
pgdata=${CASELOAD_PG_DIR:-/tmp/caseload-pg-$port}
if [ "$(psql -d postgres -tAc 'SHOW shared_buffers')" != 1GB ]; then
  psql -d postgres -qc "ALTER SYSTEM SET shared_buffers = '1GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'" \
    -c "ALTER SYSTEM SET maintenance_work_mem = '1GB'"
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  su postgres -s /bin/sh -c "'$pgbin/pg_ctl' -D '$pgdata' -w restart" > /dev/null
fi

# cases last (its references first); the case table's snapshot is written on each side by caseload.
tables=$(sqlite3 "$store" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                           AND name <> 'case_table_snapshot' ORDER BY name = 'cases', name")

# 3. The same rows on the server: the schema from caseload itself, then every table by COPY.
if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" = 1 ] \
  && [ "$(psql -d "$db" -tAc 'SELECT COUNT(*) FROM cases' 2>/dev/null)" = "$cases" ]; then
  echo "reusing the PostgreSQL database of $cases cases"
else
  psql -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  "$build/bin/caseload" settings --db "$url" > /dev/null # creates the schema
  start=$(date +%s.%N)
  psql -d "$db" -qc "TRUNCATE $(echo $tables | tr ' ' ',')"
  # The indexes of cases (other than its key) are built once, after the rows.
  indexes=$(psql -d "$db" -tAc "SELECT indexdef || ';' FROM pg_indexes WHERE tablename = 'cases'
                                  AND indexname NOT LIKE '%_pkey'")
  for name in $(psql -d "$db" -tAc "SELECT indexname FROM pg_indexes WHERE tablename = 'cases'
                                      AND indexname NOT LIKE '%_pkey'"); do
    psql -d "$db" -qc "DROP INDEX $name"
  done
  for table in $tables; do
    columns=$(psql -d "$db" -tAc "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)
                                    FROM information_schema.columns WHERE table_schema = 'public'
                                    AND table_name = '$table'")
    # sqlite3 -csv writes NULL as nothing and '' as "": COPY's CSV reads them back the same way.
    sqlite3 -csv "$store" "SELECT $columns FROM $table" \
      | psql -d "$db" -qc "\\copy $table ($columns) FROM STDIN WITH (FORMAT csv)"
    if echo ",$columns," | grep -q ',id,' \
      && psql -d "$db" -tAc "SELECT pg_get_serial_sequence('$table', 'id')" | grep -q .; then
      psql -d "$db" -qc "SELECT setval(pg_get_serial_sequence('$table', 'id'), COALESCE(MAX(id), 1)) FROM $table" > /dev/null
    fi
  done
  [ -z "$indexes" ] || psql -d "$db" -qc "$indexes"
  # As a database some time after its import: hint bits set, statistics there, nothing left to write.
  psql -d "$db" -qc "VACUUM (FREEZE, ANALYZE)" -c "CHECKPOINT"
  echo "copy into PostgreSQL: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s"
fi

# 4. Both hold the same data.
for table in $tables; do
  a=$(sqlite3 "$store" "SELECT COUNT(*) FROM $table")
  b=$(psql -d "$db" -tAc "SELECT COUNT(*) FROM $table")
  if [ "$a" != "$b" ]; then
    echo "table $table: $a rows in SQLite, $b in PostgreSQL" >&2
    exit 1
  fi
done
"$build/bin/caseload" kpi --db "$store" --json > "$work/kpi-sqlite.json"
"$build/bin/caseload" kpi --db "$url" --json > "$work/kpi-pg.json"
if ! cmp -s "$work/kpi-sqlite.json" "$work/kpi-pg.json"; then
  echo "kpi --json differs between the backends:" >&2
  diff "$work/kpi-sqlite.json" "$work/kpi-pg.json" | head -20 >&2
  exit 1
fi
echo "same rows in every table and the same kpi --json on both ($(wc -c < "$work/kpi-pg.json") bytes)"
echo "SQLite store: $(du -sh "$store" | cut -f1); PostgreSQL database: $(psql -d "$db" -tAc "SELECT pg_size_pretty(pg_database_size('$db'))")"
echo "load average:$(uptime | sed 's/.*load average://')"

# 5. The times. First the case table's snapshot on both sides, as an import leaves it.
echo
echo "== the case table's snapshot (CaseTableSnapshot), written when missing"
"$build/bin/casetable_load_bench" --db "$store" --runs 1 --save-snapshot | head -1
"$build/bin/casetable_load_bench" --db "$url" --runs 1 --save-snapshot | head -1
echo "SQLite store: $(du -sh "$store" | cut -f1); PostgreSQL database: $(psql -d "$db" -tAc "SELECT pg_size_pretty(pg_database_size('$db'))")"
echo "== CaseTable::load, SQLite (snapshot)"
"$build/bin/casetable_load_bench" --db "$store" --runs "$runs" | tail -2
echo "== CaseTable::load, SQLite (every case, native scan)"
CASELOAD_SNAPSHOT=off "$build/bin/casetable_load_bench" --db "$store" --runs "$runs" | tail -2
echo "== CaseTable::load, PostgreSQL (snapshot)"
"$build/bin/casetable_load_bench" --db "$url" --runs "$runs" | tail -2
echo "== CaseTable::load, PostgreSQL (every case, binary COPY, two connections from 1,000,000 cases)"
CASELOAD_SNAPSHOT=off "$build/bin/casetable_load_bench" --db "$url" --runs "$runs" | tail -2
echo "== CaseTable::load, PostgreSQL (every case, binary COPY, one connection)"
CASELOAD_SNAPSHOT=off CASELOAD_PG_SCAN=copy "$build/bin/casetable_load_bench" --db "$url" --runs "$runs" | tail -2
echo "== CaseTable::load, PostgreSQL (every case, QtSql, before)"
CASELOAD_SNAPSHOT=off CASELOAD_PG_SCAN=qtsql "$build/bin/casetable_load_bench" --db "$url" --runs 1 | tail -2
for location in "$store" "$url"; do
  echo
  echo "== dashboard on $location"
  "$build/bin/dashboard_bench" --db "$location" --runs "${DASHBOARD_RUNS:-5}"
done
