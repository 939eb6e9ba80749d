#!/usr/bin/env bash
# Times `argmap analyze --format json` end to end through the launcher (JVM start, load, analysis,
# JSON) on corpora made by bench/gen-corpus.py (random stances with a lean per source, claim
# relations, sparse proposition relations, two cross-source attacks per source), each run in a
# JVM capped at 1 GB (ARGMAP_JAVA_OPTS=-Xmx1g), best of RUNS (default 3), with the peak memory.
# Usage: bench/analyze-bench.sh [SIZES...]   a size is CLAIMS/SOURCES/PROPOSITIONS, e.g. 1000/20/100
# Targets (issue 17): 1000/20/100 <= 3 s; 10000/200/500 <= 10 s; 500 one-claim sources
# (500/500/100) <= 3 s; time near-linear in claims and sources.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
SIZES=("$@")
if [[ ${#SIZES[@]} -eq 0 ]]; then
  SIZES=(1000/20/100 2500/50/125 5000/100/250 10000/200/500 500/500/100)
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$ROOT/argmap" --version >/dev/null   # build once, outside the timings
printf '| claims | sources | propositions | attacks | contradictions | open | JSON | seconds (best of %s) | peak RSS |\n' "$RUNS"
printf '|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n'
for size in "${SIZES[@]}"; do
  IFS=/ read -r claims sources props <<<"$size"
  dir="$WORK/c-$claims-$sources"
  python3 "$ROOT/bench/gen-corpus.py" "$dir" "$claims" "$sources" "$props" 1
  best=""
  rss=0
  for ((i = 0; i < RUNS; i++)); do
    /usr/bin/time -f '%e %M' -o "$WORK/time" env ARGMAP_JAVA_OPTS="-Xmx1g" "$ROOT/argmap" analyze "$dir" --format json \
      >"$WORK/out.json" 2>"$WORK/err"
    read -r secs kb <"$WORK/time"
    if [[ -z "$best" ]] || awk "BEGIN{exit !($secs < $best)}"; then best="$secs"; fi
    if (( kb > rss )); then rss="$kb"; fi
  done
  read -r attacks contradictions open < <(python3 -c "
import json
r=json.load(open('$WORK/out.json'))
a=r['acceptability']
undecided=sum(1 for s in a['corpus']['statuses'] if s['undecided'])
print(len(a['corpus']['attacks']), len(r['contradictions']), undecided + sum(o['claims'] for o in a['open']))")
  printf '| %s | %s | %s | %s | %s | %s | %s KB | %s | %s MB |\n' "$claims" "$sources" "$props" "$attacks" "$contradictions" \
    "$open" "$(( $(stat -c %s "$WORK/out.json") / 1024 ))" "$best" "$(( rss / 1024 ))"
done
