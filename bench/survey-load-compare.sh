#!/usr/bin/env bash
# Public survey submissions, this tree against an earlier commit, side by side on one machine:
# each round runs both builds in turn (a fresh SQLite file, a real `lantern serve`, the load
# generator of the same tree), so drift in the machine's load touches both alike.
# Usage: bench/survey-load-compare.sh BASE_REV [SUBMISSIONS] [CLIENTS] [ROUNDS]   (default: 20000 32 3)
# Prints each run's responses/s, each side's median, and the ratio this tree / BASE_REV.
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev=${1:?usage: bench/survey-load-compare.sh BASE_REV [SUBMISSIONS] [CLIENTS] [ROUNDS]}
submissions=${2:-20000}
clients=${3:-32}
rounds=${4:-3}
port=${BENCH_PORT:-5098}
url="http://127.0.0.1:$port"
dir=$(mktemp -d /tmp/lantern-survey-compare.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  git worktree remove --force "$dir/base" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

git worktree add --detach "$dir/base" "$base_rev" >/dev/null 2>&1
head_tree=$(pwd)
for tree in "$head_tree" "$dir/base"; do
  dotnet build "$tree/src/Lantern.Cli" -c Release -v quiet -nologo >/dev/null
  dotnet build "$tree/bench/Lantern.SurveyLoad" -c Release -v quiet -nologo >/dev/null
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version)"
echo "head $(git rev-parse --short HEAD) against base $(git -C "$dir/base" rev-parse --short HEAD): $submissions submissions, $clients clients, $rounds rounds"

# One measured run of the tree in $1; prints its responses/s.
run() {
  local tree=$1 db="$dir/run-$RANDOM.db"
  local lantern=(dotnet "$tree/src/Lantern.Cli/bin/Release/net10.0/lantern.dll")
  local load=(dotnet "$tree/bench/Lantern.SurveyLoad/bin/Release/net10.0/Lantern.SurveyLoad.dll")
  local key
  key=$(cd "$dir" && "${load[@]}" prepare "$db")
  (cd "$dir" && exec "${lantern[@]}" serve --urls "$url" --ConnectionStrings:Lantern="Data Source=$db" --RateLimits:PublicPerMinute=100000000 \
    --Logging:LogLevel:Default=Warning >"$dir/server.log" 2>&1) &
  server_pid=$!
  local up=""
  for _ in $(seq 1 150); do curl -fs "$url/health" >/dev/null 2>&1 && { up=1; break; }; sleep 0.2; done
  [ -n "$up" ] || { echo "the server in $tree did not start; its log:" >&2; cat "$dir/server.log" >&2; exit 1; }
  "${load[@]}" load "$url" "$key" 500 "$clients" "$dir/warmup.txt" >/dev/null
  "${load[@]}" load "$url" "$key" "$submissions" "$clients" "$dir/acked.txt" | grep -o '[0-9]* responses/s' | cut -d' ' -f1
  kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""
  rm -f "$db" "$db-wal" "$db-shm"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: >"$dir/head.txt"; : >"$dir/base.txt"
for round in $(seq 1 "$rounds"); do
  b=$(run "$dir/base"); h=$(run "$head_tree")
  echo "round $round: base $b responses/s, head $h responses/s"
  echo "$b" >>"$dir/base.txt"; echo "$h" >>"$dir/head.txt"
done
mb=$(median <"$dir/base.txt"); mh=$(median <"$dir/head.txt")
echo "median: base $mb responses/s, head $mh responses/s, head/base $(awk -v h="$mh" -v b="$mb" 'BEGIN { printf "%.2f", h / b }')"
