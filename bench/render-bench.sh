#!/usr/bin/env bash
# Render benchmark: a generated map of N claims (default 1000) drawn as SVG end to end (JVM start
# included) by Argmap, by native Graphviz `dot -Tsvg` and by the Argdown command line
# (@argdown/cli@1, which lays out with Graphviz compiled to JavaScript), run side by side
# (interleaved rounds, median of each); then Argmap's warm in-process layout+draw time for N, and
# a 5,000-claim map drawn with -Xmx1g.
#
# Then the same against dot on other graph shapes (SyntheticMap's dag, tree, fan and chain, and
# a chain imported from Argdown with `./argmap import argdown`, a quote per claim), each drawn
# end to end by the launcher and by `dot -Tsvg` on the same graph, interleaved.
#
# Targets: Argmap/dot <= 2 (every shape), Argmap/Argdown <= 0.2, warm layout+draw <= 300 ms for
# 1,000 claims.
#
#   bench/render-bench.sh            # N=1000, 5 rounds
#   N=2000 ROUNDS=5 bench/render-bench.sh
#   ONLY=shapes bench/render-bench.sh                    # the shapes only
#   ONLY=shapes SHAPES="chain import-chain" bench/render-bench.sh
#
# Installs graphviz with apt-get when `dot` is missing, and @argdown/cli@1 with npm into
# bench/.work/argdown. Builds the Argmap jar when it is missing or stale (through ./argmap).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-1000}"
ROUNDS="${ROUNDS:-5}"
BIG="${BIG:-5000}"
WORK="$ROOT/bench/.work"
JAR="$ROOT/web/target/argmap-web-0.1.0-all.jar"
JAVA_FLAGS=(-Djava.awt.headless=true -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)
mkdir -p "$WORK/out"

log() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
"$ROOT/argmap" --version >/dev/null          # builds the jar when needed
if ! command -v dot >/dev/null 2>&1; then
  log "installing graphviz..."
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq graphviz >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq graphviz >/dev/null; fi
fi
ARGDOWN="$WORK/argdown/node_modules/.bin/argdown"
if [[ ! -x "$ARGDOWN" && "${ONLY:-}" != shapes ]]; then
  log "installing @argdown/cli@1 into $WORK/argdown..."
  mkdir -p "$WORK/argdown"
  (cd "$WORK/argdown" && npm install --no-audit --no-fund --loglevel=error @argdown/cli@1 >/dev/null)
fi

# --- the same graph three ways ------------------------------------------------------------------
gen() { java "${JAVA_FLAGS[@]}" -cp "$JAR" org.argmap.render.bench.SyntheticMap "$@" >&2; }
G="$WORK/gen-$N"

now() { date +%s%N; }
# runs a command, prints its wall time in ms; fails loudly when the command fails
timed() {
  local t0 t1
  t0=$(now)
  "$@" >/dev/null 2>"$WORK/out/last.err" || { log "failed: $*"; cat "$WORK/out/last.err" >&2; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Argmap as a user runs it: the ./argmap launcher (C1 only, serial GC, and the class-data-sharing
# archive it makes once per build, in the background of the first run after a build) ...
argmap_run()   { "$ROOT/argmap" render "$G/bench.yaml" --view map -o "$WORK/out/argmap-$N.svg"; }
# ... and, for reference, a bare `java -jar` with the same flags but no archive
argmap_plain() { java "${JAVA_FLAGS[@]}" -jar "$JAR" render "$G/bench.yaml" --view map -o "$WORK/out/argmap-plain-$N.svg"; }
dot_run()      { dot -Tsvg "$G/bench.dot" -o "$WORK/out/dot-$N.svg"; }
argdown_run()  { "$ARGDOWN" map "$G/bench.argdown" "$WORK/out/argdown-$N" --format svg; }

CDS="$ROOT/web/target/argmap.jsa"
shapes() {
  echo "== shapes: $N claims to SVG, argmap (launcher) against dot -Tsvg (median of $ROUNDS each, interleaved)"
  printf '%-13s %9s %9s %7s   %s\n' shape argmap dot ratio "runs (argmap/dot ms)"
  local shape dir yaml sa sd a d runs
  for shape in ${SHAPES:-argmap dag tree fan chain import-chain}; do
    dir="$WORK/shape-$shape-$N"
    rm -rf "$dir"
    if [[ $shape == import-chain ]]; then
      gen "$N" "$dir" chain
      "$ROOT/argmap" import argdown "$dir/bench.argdown" -o "$dir/imported.yaml" >/dev/null 2>&1 \
        || { log "import failed"; "$ROOT/argmap" import argdown "$dir/bench.argdown" -o "$dir/imported2.yaml"; exit 1; }
      yaml="$dir/imported.yaml"
    else
      gen "$N" "$dir" "$shape"
      yaml="$dir/bench.yaml"
    fi
    sa=(); sd=(); runs=""
    for ((i = 1; i <= ROUNDS; i++)); do
      sa+=("$(timed "$ROOT/argmap" render "$yaml" --view map -o "$WORK/out/shape-$shape.svg")")
      sd+=("$(timed dot -Tsvg "$dir/bench.dot" -o "$WORK/out/shape-$shape-dot.svg")")
      runs+=" ${sa[-1]}/${sd[-1]}"
    done
    a=$(median "${sa[@]}"); d=$(median "${sd[@]}")
    awk -v s="$shape" -v a="$a" -v d="$d" -v r="$runs" 'BEGIN {
      printf "%-13s %6d ms %6d ms %7.2f %s %s\n", s, a, d, a / d, (a / d <= 2 ? "ok    " : "MISSED"), r }'
  done
}
if [[ "${ONLY:-}" == shapes ]]; then
  for ((i = 0; i < 120; i++)); do [[ -f "$CDS" && "$CDS" -nt "$JAR" ]] && break; sleep 1; done
  shapes
  exit 0
fi
gen "$N" "$G"
for ((i = 0; i < 120; i++)); do   # the launcher's archive is written in the background; wait for it
  [[ -f "$CDS" && "$CDS" -nt "$JAR" ]] && break
  sleep 1
done
[[ -f "$CDS" && "$CDS" -nt "$JAR" ]] || log "note: no class-data archive yet; the launcher runs without it"

A=(); P=(); D=(); R=()
for ((i = 1; i <= ROUNDS; i++)); do
  A+=("$(timed argmap_run)")
  P+=("$(timed argmap_plain)")
  D+=("$(timed dot_run)")
  R+=("$(timed argdown_run)")
  log "round $i: argmap ${A[-1]} ms, argmap (bare java -jar) ${P[-1]} ms, dot ${D[-1]} ms, argdown ${R[-1]} ms"
done
a=$(median "${A[@]}"); p=$(median "${P[@]}"); d=$(median "${D[@]}"); r=$(median "${R[@]}")
test -s "$WORK/out/argmap-$N.svg" && test -s "$WORK/out/dot-$N.svg" && test -s "$WORK/out/argdown-$N/bench.svg"

echo "== end to end, $N claims to SVG (median of $ROUNDS, JVM start included)"
printf 'argmap                  %6d ms\nargmap, bare java -jar  %6d ms\ndot                     %6d ms\nargdown                 %6d ms\n' "$a" "$p" "$d" "$r"
awk -v a="$a" -v p="$p" -v d="$d" -v r="$r" 'BEGIN {
  printf "ratio argmap/dot     %.2f (target <= 2)   %s\n", a / d, (a / d <= 2 ? "ok" : "MISSED");
  printf "ratio argmap/argdown %.3f (target <= 0.2) %s\n", a / r, (a / r <= 0.2 ? "ok" : "MISSED");
  printf "bare java -jar: argmap/dot %.2f, argmap/argdown %.3f\n", p / d, p / r }'

shapes

echo "== warm, in process"
# warm = steady state: 20 warm-up rounds so C2 has compiled the hot paths, and a heap sized like a
# server's so that young collections do not land inside the timed rounds
java -Djava.awt.headless=true -XX:+UseSerialGC -Xms1g -Xmn512m -cp "$JAR" org.argmap.render.bench.RenderBenchmark "$N" 20 10

echo "== $BIG claims with -Xmx1g"
gen "$BIG" "$WORK/gen-$BIG"
t=$(timed java "${JAVA_FLAGS[@]}" -Xmx1g -jar "$JAR" render "$WORK/gen-$BIG/bench.yaml" --view map -o "$WORK/out/argmap-$BIG.svg")
printf 'argmap %d claims: %d ms within 1 GB of heap, SVG %d kB\n' "$BIG" "$t" $(( $(stat -c %s "$WORK/out/argmap-$BIG.svg") / 1024 ))
