#!/usr/bin/env bash
# Runs the coverage benchmarks (bench/Lantern.Benchmarks) on SQLite and PostgreSQL.
#
#   bench/run-coverage.sh                              # every benchmark: --filter '*'
#   bench/run-coverage.sh --filter '*CountryPage*'     # other BenchmarkDotNet arguments instead
#
# PostgreSQL: uses the server in $LANTERN_BENCH_POSTGRES when it is set (the benchmarks create and
# drop their own database there). Otherwise this script starts a throwaway cluster on
# 127.0.0.1:55433 (trust auth, server defaults otherwise: fsync stays on) and removes it on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${LANTERN_BENCH_POSTGRES:-}" ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
    echo "PostgreSQL is not installed (apt-get install -y postgresql), and LANTERN_BENCH_POSTGRES is not set." >&2
    exit 1
  fi

  pg_port=55433
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/lantern-bench-pg.XXXXXX")
  as_postgres=()
  if [[ $(id -u) -eq 0 ]]; then
    # initdb and postgres refuse to run as root.
    chown postgres:postgres "$pg_dir"
    as_postgres=(runuser -u postgres --)
  fi

  stop_cluster() {
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  }
  trap stop_cluster EXIT

  # A UTF-8 locale rather than "C", as a packaged server would have.
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c port=$pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir" start >/dev/null
  echo "Throwaway PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir)"
  export LANTERN_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
fi

if [[ $# -eq 0 ]]; then
  set -- --filter '*'
fi
dotnet run -c Release --project bench/Lantern.Benchmarks -- "$@"
