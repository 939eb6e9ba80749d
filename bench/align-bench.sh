#!/usr/bin/env bash
# Times `./argmap align` end to end (JVM start, load, Lucene analysis, similarity, grouping, output):
#  1. on the bundled corpus (target: under 2 s);
#  2. on a generated corpus of N claims (default 10000; target: under 10 s): 20 sources; claim texts
#     and quotes of 12 to 30 words drawn (fixed seed) from the words of seeds/*.txt, so that term
#     frequencies are those of real articles; one claim in fifty paraphrases a claim of another
#     source (words shuffled, a third replaced); one stance in three on 200 propositions.
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

# the generated corpus: words drawn from the articles' own words (so that term frequencies are real);
# one claim in fifty paraphrases a claim of another source (its words shuffled, a third replaced)
cat seeds/*.txt | tr -cs "[:alpha:]" "\n" | awk 'length($0) > 1' > "$WORK/words"
awk -v n="$N" -v dir="$WORK" '
  function sentence(len,   out, i) {
    out = w[int(rand() * m) + 1]
    for (i = 2; i <= len; i++) out = out " " w[int(rand() * m) + 1]
    return toupper(substr(out, 1, 1)) substr(out, 2)
  }
  function paraphrase(t,   x, k, i, j, tmp, out) {
    k = split(t, x, " ")
    for (i = k; i > 1; i--) { j = int(rand() * i) + 1; tmp = x[i]; x[i] = x[j]; x[j] = tmp }
    out = ""
    for (i = 1; i <= k; i++) out = out (i > 1 ? " " : "") (rand() < 0.33 ? w[int(rand() * m) + 1] : x[i])
    return out
  }
  BEGIN { srand(42) }
  { w[NR] = $0 }
  END {
    m = NR; sources = 20; per = int(n / sources); made = 0
    f = dir "/propositions.yaml"
    print "propositions:" > f
    for (p = 1; p <= 200; p++) print "  - id: p" p "\n    text: \"" sentence(12 + int(rand() * 10)) ".\"" > f
    for (k = 1; k <= sources; k++) {
      y = dir "/s" k ".yaml"; t = dir "/s" k ".txt"
      print "source:\n  id: s" k "\n  title: Source " k "\n  language: en\n  text: s" k ".txt\nclaims:" > y
      for (c = 1; c <= per; c++) {
        if (made > per && rand() < 0.02) {
          do { o = int(rand() * made) + 1 } while (src[o] == k)
          text = paraphrase(texts[o])
        } else {
          text = sentence(12 + int(rand() * 14))
        }
        made++; texts[made] = text; src[made] = k
        quote = sentence(15 + int(rand() * 16)) " (" k "." c ")"
        print "  - id: c" c "\n    text: \"" text ".\"\n    evidence:\n      - quote: \"" quote "\"" > y
        if (rand() < 0.33) {
          print "    stances:\n      - proposition: p" (int(rand() * 200) + 1) "\n        stance: " (rand() < 0.8 ? "affirms" : "denies") > y
        }
        print quote > t
      }
    }
  }' "$WORK/words"
claims=$(cat "$WORK"/s*.yaml | grep -c '^  - id:')
./argmap validate "$WORK" >/dev/null 2>&1 || { echo "the generated corpus has errors:"; ./argmap validate "$WORK" | head; exit 1; }
found=$(./argmap align "$WORK" | head -1)
time_runs "argmap align on $claims generated claims (target < 10000 ms)" ./argmap align "$WORK"
echo "  ($found)"
