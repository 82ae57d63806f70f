#!/usr/bin/env bash
# Start or stop a throw-away PostgreSQL server on loopback for Accord's tests.
#   tools/postgres.sh start DIR   -> prints the URL to put in ACCORD_TEST_POSTGRES
#   tools/postgres.sh stop DIR
# Uses Debian's postgresql package (installed by .ci/run when missing). As root, the
# server runs as the `postgres` user, which owns DIR.
set -euo pipefail
action=$1
dir=$2
# a free loopback port unless one is given
port=${ACCORD_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "tools/postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U accord --auth=trust -E UTF8 >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U accord accord_test 2>/dev/null || true
    echo "postgresql://accord@127.0.0.1:$port/accord_test"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: tools/postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
