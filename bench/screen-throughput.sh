#!/usr/bin/env bash
# End-to-end throughput and peak memory of `lantern screen` on synthetic corpora.
# Usage: bench/screen-throughput.sh [ADS ...]   (default: 1000000 10000000)
# For each size it generates a corpus with a fixed seed (once, cached in $BENCH_DIR), screens
# it with the Release build under /usr/bin/time, and prints ads/s, the stage timings from
# summary.json and the peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
dir=${BENCH_DIR:-/tmp/lantern-screen-bench}
mkdir -p "$dir"

dotnet build src/Lantern.Cli -c Release -v quiet -nologo >/dev/null
lantern=(dotnet src/Lantern.Cli/bin/Release/net10.0/lantern.dll)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for n in "${sizes[@]}"; do
  corpus="$dir/ads-$n.jsonl"
  [ -s "$corpus" ] || "${lantern[@]}" screen generate --ads "$n" --seed 1 --out "$corpus"
  out="$dir/out-$n"
  rm -rf "$out"
  /usr/bin/time -f '%M %e' -o "$dir/time-$n" "${lantern[@]}" screen "$corpus" --out "$out" >/dev/null
  read -r peak_kb wall < "$dir/time-$n"
  bytes=$(stat -c %s "$corpus")
  python3 - "$n" "$bytes" "$peak_kb" "$wall" "$out/summary.json" <<'PY'
import json, sys
n, size, peak_kb, wall, summary = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
s = json.load(open(summary))
t = s["seconds"]
print(f"{n:>11,} ads, {size / n:.0f} bytes/ad: engine {s['ads_per_second']:,.0f} ads/s "
      f"(screen {t['screen']:.1f} s, link {t['link']:.1f} s, write {t['write']:.1f} s); "
      f"process {n / wall:,.0f} ads/s over {wall:.1f} s wall; peak memory {peak_kb / 1048576:.2f} GiB; "
      f"{s['networks']:,} networks, {s['ads_in_networks']:,} ads in networks")
PY
done
