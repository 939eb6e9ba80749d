#!/usr/bin/env bash
# Prints how long `./argmap validate` takes on the bundled corpus, end to end (JVM start included).
# Target: under 1 s. Uses hyperfine when installed, else a plain loop of 10 runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./argmap validate >/dev/null   # build if needed, warm the page cache
runs=${RUNS:-10}
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" './argmap validate'
else
  total=0
  best=999999
  for i in $(seq "$runs"); do
    s=$(date +%s%N); ./argmap validate >/dev/null; e=$(date +%s%N)
    ms=$(( (e - s) / 1000000 )); total=$((total + ms)); (( ms < best )) && best=$ms
  done
  mean=$((total / runs))
  echo "argmap validate on argmaps/: mean ${mean} ms, best ${best} ms over ${runs} runs (target < 1000 ms)"
  (( mean < 1000 )) && echo "target met" || echo "target MISSED"
fi
