#!/usr/bin/env bash
# Times `argmap dung` (SAT engine, the default) end to end on random frameworks of N arguments and
# M distinct attacks (default 400 and 1,200; seeded, self-attacks allowed), for SE-PR, DC-PR,
# DS-PR, DC-ST, DS-ST (the argument: a0, and for DC/DS also the argument with most attackers).
# Usage: bench/dung-bench.sh [N] [M] [SEEDS]      Target (issue 17): each <= 5 s at 400/1200.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-400}"
M="${2:-1200}"
SEEDS="${3:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$ROOT/argmap" --version >/dev/null
printf '| seed | problem | argument | answer | seconds |\n|--:|---|---|---|--:|\n'
for ((seed = 1; seed <= SEEDS; seed++)); do
  AF="$WORK/af-$seed.apx"
  python3 - "$N" "$M" "$seed" >"$AF" <<'PY'
import random, sys
n, m, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
r = random.Random(seed)
for i in range(n):
    print(f"arg(a{i}).")
seen = set()
while len(seen) < m:
    a, b = r.randrange(n), r.randrange(n)
    if (a, b) not in seen:
        seen.add((a, b))
        print(f"att(a{a},a{b}).")
PY
  busiest="$(grep -o 'att([^,]*,[^)]*)' "$AF" | sed 's/.*,//; s/)//' | sort | uniq -c | sort -rn | head -1 | awk '{print $2}')"
  for problem in SE-PR DC-PR DS-PR DC-ST DS-ST; do
    args=(a0)
    [[ "$problem" == SE-* ]] && args=("")
    [[ "$problem" != SE-* ]] && args=(a0 "$busiest")
    for a in "${args[@]}"; do
      start=$(date +%s.%N)
      if [[ -z "$a" ]]; then
        answer="$("$ROOT/argmap" dung -p "$problem" -f "$AF" | cut -c1-40)"
      else
        answer="$("$ROOT/argmap" dung -p "$problem" -f "$AF" -a "$a")"
      fi
      end=$(date +%s.%N)
      printf '| %s | %s | %s | %s | %.2f |\n' "$seed" "$problem" "${a:--}" "$answer" "$(echo "$end - $start" | bc)"
    done
  done
done
