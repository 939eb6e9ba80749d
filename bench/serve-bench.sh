#!/usr/bin/env bash
# Load benchmark of `argmap serve` on loopback (not a unit test).
#
#   bench/serve-bench.sh [--duration 15] [--connections 32] [--threads 2] [--port 18181]
#
# Run 1: wrk against a cached SVG (/maps/trotsky-1935.svg): requests/s and p99 latency; the
#        target is >= 5,000 requests/s with no errors on 2 cores.
# Run 2: the same while another process edits that map file ten times a second (each edit a real
#        change, so each reload renders the drawing again): no errors, and every response of a
#        parallel curl loop a complete SVG (HTTP 200, ends with </svg>).
# The server runs on a temporary copy of argmaps/ and seeds/; nothing in the checkout is written.
# Needs wrk and curl (apt-get install -y wrk curl). Exit 1 on any error or incomplete SVG.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/web/target/argmap-web-0.1.0-all.jar"
DURATION=15 CONNECTIONS=32 THREADS=2 PORT=18181
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    *) echo "usage: $0 [--duration S] [--connections N] [--threads N] [--port P]" >&2; exit 2 ;;
  esac
done
for tool in wrk curl java; do
  command -v "$tool" >/dev/null || { echo "serve-bench: $tool is missing (apt-get install -y wrk curl)" >&2; exit 2; }
done
"$ROOT/argmap" --version >/dev/null   # the launcher rebuilds the jar when the sources changed

WORK="$(mktemp -d "${TMPDIR:-/tmp}/argmap-bench.XXXXXX")"
SERVER_PID="" EDITOR_PID=""
cleanup() {
  [[ -n "$EDITOR_PID" ]] && kill "$EDITOR_PID" 2>/dev/null || true
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -r "$ROOT/argmaps" "$ROOT/seeds" "$WORK/"
MAP="$WORK/argmaps/trotsky-1935.yaml"
URL="http://127.0.0.1:$PORT/maps/trotsky-1935.svg"

# The server as `argmap serve` runs it, with the JIT's full tiers (the launcher stops at C1 for short commands).
java -Djava.awt.headless=true -Xmx512m ${ARGMAP_BENCH_JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" "$WORK/argmaps" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$URL" && break
  sleep 0.5
done
curl -sf -o /dev/null "$URL" || { echo "serve-bench: the server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }

# wrk's summary: requests/s, p99 and errors (socket errors and non-2xx/3xx answers).
rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
errors() {
  local non2xx socket
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$1")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$1")
  echo $(( ${non2xx:-0} + ${socket:-0} ))
}
report() { # $1 = label, $2 = wrk output file
  printf '%-30s %10s requests/s   p99 %-9s  errors %s\n' "$1" "$(rps "$2")" "$(p99 "$2")" "$(errors "$2")"
}

echo "argmap serve benchmark: $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $URL ($(curl -s "$URL" | wc -c) bytes)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$URL" >/dev/null          # warm up the JIT
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL" >"$WORK/run1.txt"
report "1. cached SVG" "$WORK/run1.txt"

# Run 2: an editor changes the map ten times a second, alternating two real edits.
editor() {
  local i=0
  local a b
  a="$(cat "$MAP")"
  b="${a/Tarov, a Soviet Bolshevik-Leninist mechanic/Tarov, a BENCH-EDITED Bolshevik-Leninist mechanic}"
  while true; do
    if (( i % 2 == 0 )); then printf '%s\n' "$b" >"$MAP"; else printf '%s\n' "$a" >"$MAP"; fi
    i=$((i + 1))
    echo "$i" >"$WORK/edits"
    sleep 0.1
  done
}
editor & EDITOR_PID=$!

# A parallel curl loop: every answer must be a 200 with a complete SVG.
checker() {
  local n=0 bad=0 end
  local stop=$(( $(date +%s) + DURATION ))
  while (( $(date +%s) < stop )); do
    code=$(curl -s -o "$WORK/one.svg" -w '%{http_code}' "$URL" || echo 000)
    end=$(tr -d '\n\r\t ' <"$WORK/one.svg" | tail -c 6)
    if [[ "$code" != 200 || "$end" != "</svg>" ]]; then
      bad=$((bad + 1))
      echo "incomplete: HTTP $code, ends with '$end'" >>"$WORK/bad.txt"
    fi
    n=$((n + 1))
  done
  echo "$n $bad" >"$WORK/checker"
}
checker & CHECKER_PID=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL" >"$WORK/run2.txt"
wait "$CHECKER_PID"
kill "$EDITOR_PID" 2>/dev/null || true; wait "$EDITOR_PID" 2>/dev/null || true; EDITOR_PID=""
report "2. same, 10 edits/s" "$WORK/run2.txt"
read -r CHECKED BAD <"$WORK/checker"
RELOADS=$(grep -c "reloaded:" "$WORK/server.log" || true)
echo "   during run 2: $(cat "$WORK/edits") edits, $RELOADS reloads, $CHECKED curl answers checked, $BAD incomplete"
[[ -f "$WORK/bad.txt" ]] && head -5 "$WORK/bad.txt"
if grep -q " ERROR " "$WORK/server.log"; then
  echo "server errors:"; grep " ERROR " "$WORK/server.log" | head -5
  BAD=$((BAD + 1))
fi

STATUS=0
RPS1=$(rps "$WORK/run1.txt")
if (( $(errors "$WORK/run1.txt") + $(errors "$WORK/run2.txt") + BAD > 0 )); then
  echo "FAIL: errors or incomplete SVGs"; STATUS=1
fi
if awk -v r="$RPS1" 'BEGIN { exit !(r >= 5000) }'; then
  echo "target: >= 5,000 requests/s for a cached SVG: met ($RPS1)"
else
  echo "target: >= 5,000 requests/s for a cached SVG: NOT met ($RPS1)"
fi
exit $STATUS
