#!/usr/bin/env bash
# Runs every Lantern test. As root on Debian it installs what the tests need (PostgreSQL,
# Chromium, a font and poppler-utils for the PDF export); it then starts a throwaway PostgreSQL
# cluster unless LANTERN_TEST_POSTGRES already names a server, runs `dotnet test` on the whole
# solution, and stops the cluster again.
# Extra arguments go to dotnet test (e.g. ./test.sh --filter Coverage).
set -euo pipefail
cd "$(dirname "$0")"

if [ "$(id -u)" = 0 ]; then
  missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The advocacy planner's PDF export needs a free font; its tests read the PDFs back with pdftotext.
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

export LANTERN_CHROMIUM="${LANTERN_CHROMIUM:-/usr/bin/chromium}"

if [ -z "${LANTERN_TEST_POSTGRES:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL is not installed. Run this script as root (it installs it) or set LANTERN_TEST_POSTGRES." >&2
    exit 1
  fi
  pg_dir=$(mktemp -d /tmp/lantern-pg.XXXXXX)
  pg_port=${LANTERN_TEST_PG_PORT:-55432}
  as_pg=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 >/dev/null
  # A test cluster: durability is not needed, speed is.
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
  export LANTERN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true"
fi

log=$(mktemp /tmp/lantern-test.XXXXXX.log)
status=0
dotnet test Lantern.slnx -c Release "$@" 2>&1 | tee "$log" || status=$?

# The migrations must describe the whole model on both providers (the pinned dotnet-ef tool,
# on the build the tests just used).
dotnet tool restore >/dev/null
for context in SqliteLanternDbContext PostgresLanternDbContext; do
  if ! dotnet ef migrations has-pending-model-changes --project src/Lantern.Web --configuration Release --no-build --context "$context"; then
    echo "The model has changes no migration describes ($context): add one with dotnet ef migrations add (docs/migrations.md)." >&2
    status=1
  fi
done

# One closing line over all test projects, in the form CI reads.
count() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(count Passed)
failed=$(count Failed)
rm -f "$log"
echo "tests: $passed passed, $failed failed"
exit $status
