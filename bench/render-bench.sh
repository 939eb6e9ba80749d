#!/usr/bin/env bash
# Render benchmark: a generated map of N claims (default 1000) drawn as SVG end to end (JVM start
# included) by Argmap, by native Graphviz `dot -Tsvg` and by the Argdown command line
# (@argdown/cli@1, which lays out with Graphviz compiled to JavaScript), run side by side
# (interleaved rounds, median of each); then Argmap's warm in-process layout+draw time for N, and
# a 5,000-claim map drawn with -Xmx1g.
#
# Targets: Argmap/dot <= 2, Argmap/Argdown <= 0.2, warm layout+draw <= 300 ms for 1,000 claims.
#
#   bench/render-bench.sh            # N=1000, 3 rounds
#   N=2000 ROUNDS=5 bench/render-bench.sh
#
# Installs graphviz with apt-get when `dot` is missing, and @argdown/cli@1 with npm into
# bench/.work/argdown. Builds the Argmap jar when it is missing or stale (through ./argmap).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-1000}"
ROUNDS="${ROUNDS:-3}"
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
if [[ ! -x "$ARGDOWN" ]]; then
  log "installing @argdown/cli@1 into $WORK/argdown..."
  mkdir -p "$WORK/argdown"
  (cd "$WORK/argdown" && npm install --no-audit --no-fund --loglevel=error @argdown/cli@1 >/dev/null)
fi

# --- the same graph three ways ------------------------------------------------------------------
gen() { java "${JAVA_FLAGS[@]}" -cp "$JAR" org.argmap.render.bench.SyntheticMap "$1" "$2" >&2; }
gen "$N" "$WORK/gen-$N"
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

argmap_run()  { java "${JAVA_FLAGS[@]}" -jar "$JAR" render "$G/bench.yaml" --view map -o "$WORK/out/argmap-$N.svg"; }
# the same with an application class-data archive (AppCDS), a one-time deployment step: classes
# come pre-parsed and pre-verified, which is most of a cold JVM's time in ELK, Batik and Jackson
CDS="$WORK/argmap-$(stat -c %Y "$JAR").jsa"
if [[ ! -f "$CDS" ]]; then
  rm -f "$WORK"/argmap-*.jsa
  gen 50 "$WORK/gen-cds"
  java "${JAVA_FLAGS[@]/-Xshare:auto/-XX:ArchiveClassesAtExit=$CDS}" -jar "$JAR" render "$WORK/gen-cds/bench.yaml" \
    --view map -o "$WORK/out/cds.svg" >/dev/null 2>&1 || log "could not create the class-data archive"
fi
argmap_cds_run() { java "${JAVA_FLAGS[@]/-Xshare:auto/-XX:SharedArchiveFile=$CDS}" -Xlog:cds=off -jar "$JAR" render "$G/bench.yaml" --view map -o "$WORK/out/argmap-cds-$N.svg"; }
dot_run()     { dot -Tsvg "$G/bench.dot" -o "$WORK/out/dot-$N.svg"; }
argdown_run() { "$ARGDOWN" map "$G/bench.argdown" "$WORK/out/argdown-$N" --format svg; }

A=(); C=(); D=(); R=()
for ((i = 1; i <= ROUNDS; i++)); do
  A+=("$(timed argmap_run)")
  [[ -f "$CDS" ]] && C+=("$(timed argmap_cds_run)")
  D+=("$(timed dot_run)")
  R+=("$(timed argdown_run)")
  lc=n/a; if ((${#C[@]})); then lc="${C[-1]} ms"; fi
  log "round $i: argmap ${A[-1]} ms, argmap+AppCDS $lc, dot ${D[-1]} ms, argdown ${R[-1]} ms"
done
a=$(median "${A[@]}"); d=$(median "${D[@]}"); r=$(median "${R[@]}")
c=$([[ ${#C[@]} -gt 0 ]] && median "${C[@]}" || echo 0)
test -s "$WORK/out/argmap-$N.svg" && test -s "$WORK/out/dot-$N.svg" && test -s "$WORK/out/argdown-$N/bench.svg"

echo "== end to end, $N claims to SVG (median of $ROUNDS, JVM start included)"
printf 'argmap         %6d ms\nargmap+AppCDS  %6d ms\ndot            %6d ms\nargdown        %6d ms\n' "$a" "$c" "$d" "$r"
awk -v a="$a" -v c="$c" -v d="$d" -v r="$r" 'BEGIN {
  printf "ratio argmap/dot     %.2f (target <= 2)   %s\n", a / d, (a / d <= 2 ? "ok" : "MISSED");
  printf "ratio argmap/argdown %.3f (target <= 0.2) %s\n", a / r, (a / r <= 0.2 ? "ok" : "MISSED");
  if (c > 0) printf "with AppCDS: argmap/dot %.2f, argmap/argdown %.3f\n", c / d, c / r }'

echo "== warm, in process"
# warm = steady state: 20 warm-up rounds so C2 has compiled the hot paths, and a heap sized like a
# server's so that young collections do not land inside the timed rounds
java -Djava.awt.headless=true -XX:+UseSerialGC -Xms1g -Xmn512m -cp "$JAR" org.argmap.render.bench.RenderBenchmark "$N" 20 10

echo "== $BIG claims with -Xmx1g"
gen "$BIG" "$WORK/gen-$BIG"
t=$(timed java "${JAVA_FLAGS[@]}" -Xmx1g -jar "$JAR" render "$WORK/gen-$BIG/bench.yaml" --view map -o "$WORK/out/argmap-$BIG.svg")
printf 'argmap %d claims: %d ms within 1 GB of heap, SVG %d kB\n' "$BIG" "$t" $(( $(stat -c %s "$WORK/out/argmap-$BIG.svg") / 1024 ))
