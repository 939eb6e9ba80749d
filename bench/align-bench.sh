#!/usr/bin/env bash
# Times `./argmap align` end to end (JVM start, load, Lucene analysis, similarity, grouping, output):
#  1. on the bundled corpus (target: under 2 s);
#  2. on a generated corpus of N claims (default 10000; target: under 10 s): 20 sources; each claim
#     text and each quote joins the first half of one sentence of seeds/*.txt to the second half of
#     another (fixed seed), so that word frequencies are those of real articles and about one pair
#     of claims in a thousand overlaps; one stance in three on a catalog of 200 propositions.
# Usage: bench/align-bench.sh [N]     Prints figures; asserts nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-10000}"
RUNS="${RUNS:-5}"
WORK="$(mktemp -d)"
if [[ -n "${KEEP:-}" ]]; then trap 'echo "kept $WORK"' EXIT; else trap 'rm -rf "$WORK"' EXIT; fi

./argmap align >/dev/null   # build if needed, warm the page cache

# Wall-clock time, and CPU time (user + system) which a machine shared with other jobs inflates less.
time_runs() {   # label, command...
  local label="$1"; shift
  local total=0 best=999999 cpu_total=0 cpu_best=999999 ms cpu line
  local TIMEFORMAT='%R %U %S'
  for _ in $(seq "$RUNS"); do
    line=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
    read -r r u sy <<<"$line"
    ms=$(awk -v r="$r" 'BEGIN { printf "%d", r * 1000 }')
    cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1000 }')
    total=$((total + ms)); (( ms < best )) && best=$ms
    cpu_total=$((cpu_total + cpu)); (( cpu < cpu_best )) && cpu_best=$cpu
  done
  echo "$label: wall mean $((total / RUNS)) ms (best ${best}); CPU mean $((cpu_total / RUNS)) ms (best ${cpu_best}) over ${RUNS} runs"
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}

time_runs "argmap align on argmaps/ ($(grep -c '^  - id:' argmaps/*-*.yaml | awk -F: '{s+=$2} END {print s}') claims, target < 2000 ms)" ./argmap align

# the generated corpus
cat seeds/*.txt | tr '\n' ' ' | sed 's/\([.!?]\) /\1\n/g' \
  | awk 'length($0) > 40 && length($0) < 300' | tr -d '\\' | sed 's/"/\\"/g' > "$WORK/sentences"
awk -v n="$N" -v dir="$WORK" '
  function splice(a, b,   x, y, na, nb, i, out) {
    na = split(a, x, " "); nb = split(b, y, " "); out = ""
    for (i = 1; i <= int(na / 2); i++) out = out x[i] " "
    for (i = int(nb / 2) + 1; i <= nb; i++) out = out y[i] (i < nb ? " " : "")
    sub(/\\$/, "", out)
    return out
  }
  BEGIN { srand(42) }
  { s[NR] = $0 }
  END {
    m = NR; sources = 20; per = int(n / sources)
    f = dir "/propositions.yaml"
    print "propositions:" > f
    for (p = 1; p <= 200; p++) {
      print "  - id: p" p "\n    text: \"" s[int(rand() * m) + 1] "\"" > f
    }
    for (k = 1; k <= sources; k++) {
      y = dir "/s" k ".yaml"; t = dir "/s" k ".txt"
      print "source:\n  id: s" k "\n  title: Source " k "\n  language: en\n  text: s" k ".txt\nclaims:" > y
      for (c = 1; c <= per; c++) {
        text = splice(s[int(rand() * m) + 1], s[int(rand() * m) + 1])
        quote = splice(s[int(rand() * m) + 1], s[int(rand() * m) + 1]) " (" k "." c ")"
        print "  - id: c" c "\n    text: \"" text "\"\n    evidence:\n      - quote: \"" quote "\"" > y
        if (rand() < 0.33) {
          print "    stances:\n      - proposition: p" (int(rand() * 200) + 1) "\n        stance: " (rand() < 0.8 ? "affirms" : "denies") > y
        }
        q = quote; gsub(/\\"/, "\"", q); print q > t
      }
    }
  }' "$WORK/sentences"
claims=$(cat "$WORK"/s*.yaml | grep -c '^  - id:')
./argmap validate "$WORK" >/dev/null 2>&1 || { echo "the generated corpus has errors:"; ./argmap validate "$WORK" | head; exit 1; }
found=$(./argmap align "$WORK" | head -1)
time_runs "argmap align on $claims generated claims (target < 10000 ms)" ./argmap align "$WORK"
echo "  ($found)"
