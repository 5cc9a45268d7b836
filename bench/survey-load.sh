#!/usr/bin/env bash
# Public survey submissions over real HTTP against a real `lantern serve` on a fresh SQLite file.
# Usage: bench/survey-load.sh [SUBMISSIONS] [CLIENTS]   (default: 20000 32)
#  1. throughput: SUBMISSIONS complete responses from CLIENTS concurrent clients; prints responses/s.
#  2. durability: five times that load on a new file (so the kill lands mid-load even on a fast
#     machine); the server is sent SIGKILL after KILL_AFTER seconds (default 4), restarted on the
#     same file, and every response the generator saw acknowledged must be found there.
# The public rate limit is raised for the run with RateLimits:PublicPerMinute.
set -euo pipefail
cd "$(dirname "$0")/.."
submissions=${1:-20000}
clients=${2:-32}
port=${BENCH_PORT:-5098}
url="http://127.0.0.1:$port"
dir=$(mktemp -d /tmp/lantern-survey-load.XXXXXX)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

dotnet build src/Lantern.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Lantern.SurveyLoad -c Release -v quiet -nologo >/dev/null
lantern=(dotnet src/Lantern.Cli/bin/Release/net10.0/lantern.dll)
load=(dotnet bench/Lantern.SurveyLoad/bin/Release/net10.0/Lantern.SurveyLoad.dll)

start_server() {
  "${lantern[@]}" serve --urls "$url" --ConnectionStrings:Lantern="Data Source=$1" --RateLimits:PublicPerMinute=100000000 \
    --Logging:LogLevel:Default=Warning >"$dir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    curl -fs "$url/health" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the server did not start; see its log:" >&2; cat "$dir/server.log" >&2; exit 1
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version)"

echo "== throughput: $submissions submissions, $clients clients"
key=$("${load[@]}" prepare "$dir/throughput.db")
start_server "$dir/throughput.db"
"${load[@]}" load "$url" "$key" 500 "$clients" "$dir/warmup.txt" >/dev/null   # JIT and connection warm-up, not counted
"${load[@]}" load "$url" "$key" "$submissions" "$clients" "$dir/acked-throughput.txt"
stop_server
"${load[@]}" verify "$dir/throughput.db" "$dir/acked-throughput.txt"

echo "== durability: SIGKILL during $((submissions * 5)) submissions, restart on the same file"
key=$("${load[@]}" prepare "$dir/kill.db")
start_server "$dir/kill.db"
"${load[@]}" load "$url" "$key" "$((submissions * 5))" "$clients" "$dir/acked-kill.txt" &
load_pid=$!
sleep "${KILL_AFTER:-4}"
kill -KILL "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
echo "server killed with SIGKILL"
wait "$load_pid"
start_server "$dir/kill.db"
stop_server
"${load[@]}" verify "$dir/kill.db" "$dir/acked-kill.txt"
