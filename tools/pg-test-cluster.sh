#!/bin/sh
# A private PostgreSQL cluster for the tests: trust authentication, 127.0.0.1 only, socket in /tmp.
# Usage: tools/pg-test-cluster.sh start|stop [PORT]   (PORT defaults to 55432)
# start is idempotent; it prints the URL of the database caseload_test, e.g.
#   postgresql://postgres@127.0.0.1:55432/caseload_test
# The cluster's files live in ${CASELOAD_PG_DIR:-/tmp/caseload-pg-PORT}; stop removes them.
set -eu
action="${1:-}"
port="${2:-55432}"
pgbin="${CASELOAD_PG_BIN:-}"
if [ -z "$pgbin" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$pgbin" ] || [ ! -x "$pgbin/pg_ctl" ]; then
  echo "pg-test-cluster: PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
  exit 1
fi
pgdata="${CASELOAD_PG_DIR:-/tmp/caseload-pg-$port}"
# initdb refuses to run as root: as root, the cluster runs as the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}
case "$action" in
  start)
    # A server already listening on the port (another run's cluster) serves as well; stop leaves it.
    if [ ! -f "$pgdata/PG_VERSION" ] && "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      :
    elif [ ! -f "$pgdata/PG_VERSION" ]; then
      rm -rf "$pgdata"
      mkdir -p "$pgdata"
      [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
      chmod 700 "$pgdata"
      as_owner "'$pgbin/initdb' -D '$pgdata' -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >"$pgdata.initdb.log" 2>&1 || {
        cat "$pgdata.initdb.log" >&2
        exit 1
      }
    fi
    if [ -f "$pgdata/PG_VERSION" ] && ! as_owner "'$pgbin/pg_ctl' -D '$pgdata' status" >/dev/null 2>&1; then
      as_owner "'$pgbin/pg_ctl' -D '$pgdata' -l '$pgdata/server.log' -w -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null || {
        cat "$pgdata/server.log" >&2
        exit 1
      }
    fi
    if ! "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'caseload_test'" | grep -q 1; then
      "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE caseload_test" >/dev/null
    fi
    echo "postgresql://postgres@127.0.0.1:$port/caseload_test"
    ;;
  stop)
    if [ -f "$pgdata/PG_VERSION" ]; then
      as_owner "'$pgbin/pg_ctl' -D '$pgdata' -m fast -w stop" >/dev/null 2>&1 || true
      rm -rf "$pgdata" "$pgdata.initdb.log"
    fi
    ;;
  *)
    echo "usage: $0 start|stop [PORT]" >&2
    exit 2
    ;;
esac
