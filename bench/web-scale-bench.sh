#!/usr/bin/env bash
# Latency of `argmap serve` on a large corpus, and its answers to a burst of distinct drawings
# (not a unit test; the tests LargeCorpusServeTest and ServeBurstTest check the same with bounds).
#
#   bench/web-scale-bench.sh [--sources 500] [--port 18191] [--analysis-wait 300]
#
# Part 1: a corpus of N one-claim sources (web/src/test/java/org/argmap/web/LargeCorpus.java:
#         random stances on 40 propositions in contrary pairs, cross-source attacks; seed 1) is
#         served with -Xmx1g. Each page is fetched once cold and five times again (median), while
#         the analysis runs on its own thread; then the time until the analysis is ready
#         (/api/report answers 200) is measured, at most --analysis-wait seconds, and the index
#         fetched again with its findings. Target: every page within 1 s.
# Part 2: the bundled corpus served with -Xmx512m; 62 distinct uncached comparison drawings (every
#         PNG of two or more sources, with and without "disagreements only", and 10 PDFs) asked at
#         once. Target: every answer 200 or 503 with Retry-After; the server answers afterwards.
# Needs curl and java. The server runs on temporary copies; nothing in the checkout is written.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/web/target/argmap-web-0.1.0-all.jar"
SOURCES=500 PORT=18191 ANALYSIS_WAIT=300
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sources) SOURCES="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --analysis-wait) ANALYSIS_WAIT="$2"; shift 2 ;;
    *) echo "usage: $0 [--sources N] [--port P] [--analysis-wait S]" >&2; exit 2 ;;
  esac
done
for tool in curl java; do
  command -v "$tool" >/dev/null || { echo "web-scale-bench: $tool is missing" >&2; exit 2; }
done
"$ROOT/argmap" --version >/dev/null   # the launcher rebuilds the jar when the sources changed

WORK="$(mktemp -d "${TMPDIR:-/tmp}/argmap-web-bench.XXXXXX")"
SERVER_PID=""
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

serve() { # $1 = heap, $2 = maps folder; sets SERVER_PID, waits until it listens
  local t0; t0=$(now)
  java -Djava.awt.headless=true -Xmx"$1" -jar "$JAR" serve --port "$PORT" --no-watch "$2" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    grep -q "argmap: open" "$WORK/server.log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "server listening after $(since "$t0") s ($1 heap)"
}
stop() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

STATUS=0
URL="http://127.0.0.1:$PORT"
# ---------------------------------------------------------------- part 1
java "$ROOT/web/src/test/java/org/argmap/web/LargeCorpus.java" "$WORK/large" "$SOURCES" 40 1 >/dev/null
echo "1. $SOURCES one-claim sources, $(nproc) cores"
serve 1g "$WORK/large"
START=$(now)
WORST=0
printf '   %-36s %6s %9s %10s %10s\n' page status "first s" "median s" bytes
for p in / /maps/s-0000 /maps/s-0250.svg "/search?q=article+250" "/compare?sources=s-0001,s-0002" /matrix /api/corpus \
         /api/diagnostics /contradictions/1 /api/report; do
  read -r code first size < <(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "$URL$p")
  times=()
  for _ in 1 2 3 4 5; do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$URL$p")"); done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  printf '   %-36s %6s %9.3f %10.3f %10s\n' "$p" "$code" "$first" "$median" "$size"
  WORST=$(awk -v a="$WORST" -v b="$first" 'BEGIN { print (b > a ? b : a) }')
done
READY=""
while awk -v s="$(since "$START")" -v w="$ANALYSIS_WAIT" 'BEGIN { exit !(s < w) }'; do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/report")" == 200 ]]; then READY=$(since "$START"); break; fi
  sleep 1
done
if [[ -n "$READY" ]]; then
  read -r code t < <(curl -s -o "$WORK/index.html" -w '%{http_code} %{time_total}\n' "$URL/")
  echo "   analysis ready ${READY} s after the first page; the index with its findings: $code in $t s" \
       "($(grep -o 'Contradictions ([0-9]*)' "$WORK/index.html" || echo 'no findings'))"
else
  echo "   analysis not ready after ${ANALYSIS_WAIT} s (the pages above did not wait for it)"
fi
stop
if awk -v w="$WORST" 'BEGIN { exit !(w <= 1) }'; then
  echo "   target: every page within 1 s: met (slowest first answer $WORST s)"
else
  echo "   target: every page within 1 s: NOT met (slowest first answer $WORST s)"
fi

# ---------------------------------------------------------------- part 2
cp -r "$ROOT/argmaps" "$ROOT/seeds" "$WORK/"
echo "2. burst of distinct drawings, bundled corpus"
serve 512m "$WORK/argmaps"
SRC=(alcoy-2016 red-flag-2020 tengely-evans-2016 trotsky-1935 westerlund-2019)
: >"$WORK/urls"
for mask in $(seq 0 31); do
  ids=()
  for i in 0 1 2 3 4; do (( mask >> i & 1 )) && ids+=("${SRC[$i]}"); done
  (( ${#ids[@]} >= 2 )) || continue
  set_="$(IFS=,; echo "${ids[*]}")"
  echo "$URL/compare.png?sources=$set_&disagreements=true" >>"$WORK/urls"
  echo "$URL/compare.png?sources=$set_&disagreements=false" >>"$WORK/urls"
done
grep 'disagreements=true' "$WORK/urls" | head -10 | sed 's/compare.png/compare.pdf/' >>"$WORK/urls"
N=$(wc -l <"$WORK/urls")
T0=$(now)
xargs -P "$N" -I{} curl -s -o /dev/null -D - -w 'STATUS %{http_code} %{time_total}\n' --max-time 900 {} <"$WORK/urls" >"$WORK/burst.txt"
ELAPSED=$(since "$T0")
SUMMARY=$(awk '/^STATUS/ {n[$2]++} END {for (c in n) printf "%s x %d  ", c, n[c]}' "$WORK/burst.txt")
OTHER=$(awk '/^STATUS/ && $2 != 200 && $2 != 503 {n++} END {print n + 0}' "$WORK/burst.txt")
NO_RETRY=$(awk 'tolower($0) ~ /^retry-after:/ {r++} /^STATUS 503/ {s++} END {print s - r}' "$WORK/burst.txt")
SLOWEST=$(awk '/^STATUS/ && $3 > m {m = $3} END {print m}' "$WORK/burst.txt")
AFTER_PAGE=$(curl -s -o /dev/null -w '%{http_code}' "$URL/")
AFTER_SVG=$(curl -s -o /dev/null -w '%{http_code}' "$URL/maps/trotsky-1935.svg")
RSS=$(ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f", $1 / 1024}')
stop
echo "   $N requests at once: $SUMMARY in $ELAPSED s (slowest answer $SLOWEST s); resident $RSS MB"
echo "   afterwards: / $AFTER_PAGE, /maps/trotsky-1935.svg $AFTER_SVG"
if (( OTHER == 0 && NO_RETRY == 0 )) && [[ "$AFTER_PAGE" == 200 && "$AFTER_SVG" == 200 ]]; then
  echo "   target: only 200 or 503 with Retry-After, and normal answers afterwards: met"
else
  echo "   target: only 200 or 503 with Retry-After, and normal answers afterwards: NOT met ($OTHER other, $NO_RETRY 503 without Retry-After)"
  STATUS=1
fi
grep -q "OutOfMemoryError" "$WORK/server.log" && { echo "   the server ran out of memory:"; grep -m3 OutOfMemoryError "$WORK/server.log"; STATUS=1; }
exit $STATUS
