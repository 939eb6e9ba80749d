#!/usr/bin/env bash
# Times `argmap import argdown` end to end (JVM start, parse, map, write YAML and text, load the
# result back) on a generated Argdown file of N statements (default 1000): a tree of supports and
# attacks with tags, sections and a reconstructed argument every 50 statements.
# Usage: bench/import-bench.sh [N]    Target: under 2 s for 1000 statements.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-1000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
[[ -n "${KEEP:-}" ]] && trap 'echo "kept $WORK"' EXIT
IN="$WORK/bench.argdown"
{
  echo "==="
  echo "title: Generated benchmark debate"
  echo "author: bench/import-bench.sh"
  echo "==="
  echo
  i=1
  while (( i <= N )); do
    if (( (i - 1) % 100 == 0 )); then
      echo "# Part $(( (i - 1) / 100 + 1 ))"
      echo
    fi
    if (( i % 50 == 0 )); then
      echo "<Argument $i>: Reconstructed argument number $i."
      echo
      echo "(1) [S$((i - 1))]"
      echo "(2) Premise two of argument $i, stated here."
      echo "----"
      echo "(3) [S$i]: Conclusion $i follows from its premises. #generated"
      echo
    else
      echo "[S$i]: Statement number $i says something about topic $(( i % 17 )). #topic$(( i % 17 ))"
      if (( i > 1 )); then
        if (( i % 3 == 0 )); then echo "  - [S$(( i / 2 ))]"; else echo "  +> [S$(( i / 2 ))]"; fi
      fi
      echo
    fi
    i=$(( i + 1 ))
  done
} > "$IN"
# build once outside the timing
"$ROOT/argmap" --version > /dev/null
TIMEFORMAT='%R %U %S'
times=$( { time "$ROOT/argmap" import argdown "$IN" -o "$WORK/out.yaml" > "$WORK/log" 2>&1; } 2>&1 ) || { cat "$WORK/log"; exit 1; }
read -r real user sys <<< "$times"
awk -v n="$N" -v l="$(wc -l < "$IN")" -v r="$real" -v u="$user" -v s="$sys" 'BEGIN {
  printf "import of %d statements (%d lines of Argdown): %.2f s wall, %.2f s CPU (user+sys; wall exceeds it only when other work competes for the cores)\n", n, l, r, u + s }'
tail -1 "$WORK/log"; echo
