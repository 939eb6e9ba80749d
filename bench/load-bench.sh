#!/usr/bin/env bash
# Load benchmark: map files of nine shapes (one long line, long quoted scalars with escapes, a long
# comment, a block scalar, many short lines, flow collections nested 60 deep, one line of many flow
# items, long ids, many unknown references), generated at 1, 2, 4 and 8 MiB (the size cap) by
# org.argmap.load.bench.LargeMapShape.
#
# 1. In one JVM (org.argmap.load.bench.LoadBenchmark): the CPU time of loading each shape at each
#    size, best of ROUNDS, and the ratio 8 MiB / 1 MiB (8 = linear, 64 = quadratic).
# 2. End to end, as a user runs it: `./argmap validate FILE` on each 8 MiB file (JVM start
#    included), wall and CPU (user+sys) time.
#
# Target: every shape at 8 MiB validates in <= 2 s; time linear in the size.
#   bench/load-bench.sh            # ROUNDS=3
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
JAR="$ROOT/web/target/argmap-web-0.1.0-all.jar"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$ROOT/argmap" --version >/dev/null      # builds the jar when needed

echo "== in one JVM (java -cp argmap.jar org.argmap.load.bench.LoadBenchmark $ROUNDS)"
java -Djava.awt.headless=true -cp "$JAR" org.argmap.load.bench.LoadBenchmark "$ROUNDS"

echo
echo "== end to end: ./argmap validate FILE, 8 MiB files"
java -cp "$JAR" org.argmap.load.bench.LargeMapShape "$WORK" $(( (8 << 20) - 1 )) >/dev/null
TIMEFORMAT='%R %U %S'
for f in "$WORK"/*.yaml; do
  t=$( { time "$ROOT/argmap" validate "$f" >/dev/null 2>&1; } 2>&1 ) || true
  read -r real user sys <<< "$t"
  awk -v n="$(basename "$f")" -v r="$real" -v u="$user" -v s="$sys" \
    'BEGIN { printf "%-28s %6.2f s wall  %6.2f s CPU%s\n", n, r, u + s, (r <= 2.0 ? "" : "   (over 2 s)") }'
done
echo "(wall exceeds CPU only when other work competes for the cores)"
