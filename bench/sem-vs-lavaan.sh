#!/usr/bin/env bash
# Runs lavaan (Rscript) and Lantern side by side on lavaan's PoliticalDemocracy example: one fit,
# and a 1,000-resample bootstrap. Needs Debian's r-cran-lavaan (apt-get install -y r-cran-lavaan).
# Prints both medians and the ratio; BenchmarkDotNet's full report lands in BenchmarkDotNet.Artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
reference=tests/Lantern.Statistics.Tests/Reference

echo "Timing lavaan (21 fits, 3 bootstraps)..."
lavaan=$(Rscript bench/lavaan-timing.R "$reference/political_democracy.lav" "$reference/PoliticalDemocracy.csv")
echo "$lavaan"

echo "Timing Lantern (BenchmarkDotNet)..."
dotnet run -c Release --project bench/Lantern.Benchmarks -- --filter '*SemBenchmarks*' --exporters csv >/dev/null
report=$(ls -t BenchmarkDotNet.Artifacts/results/*SemBenchmarks-report.csv | head -n 1)

# Medians in seconds from BenchmarkDotNet's CSV, read with R (cells such as "1,605.074 ms" are quoted).
median() { Rscript -e 'a <- commandArgs(TRUE); d <- read.csv(a[1], check.names = FALSE);
  v <- d$Median[grepl(a[2], d$Method, fixed = TRUE)]; cat(as.numeric(gsub("[, ms]", "", v)) / 1000, sep = "")' "$report" "$1"; }
lantern_fit=$(median "one fit")
lantern_boot=$(median "bootstrap")
lavaan_fit=$(echo "$lavaan" | awk '$1 == "fit" { print $2 }')
lavaan_boot=$(echo "$lavaan" | awk '$1 == "bootstrap" { print $2 }')

printf '\n%-36s %12s %12s %8s\n' "PoliticalDemocracy (median)" "lavaan (s)" "Lantern (s)" "ratio"
printf '%-36s %12.4f %12.4f %7.0fx\n' "one fit" "$lavaan_fit" "$lantern_fit" "$(awk -v a="$lavaan_fit" -v b="$lantern_fit" 'BEGIN { print a / b }')"
printf '%-36s %12.4f %12.4f %7.0fx\n' "bootstrap, 1000 resamples" "$lavaan_boot" "$lantern_boot" "$(awk -v a="$lavaan_boot" -v b="$lantern_boot" 'BEGIN { print a / b }')"
