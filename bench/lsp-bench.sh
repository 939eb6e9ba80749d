#!/usr/bin/env bash
# Language server latency: didChange -> publishDiagnostics of the edited file on the bundled corpus,
# warm (after 30 edits), through LSP4J's client over pipes (org.argmap.lsp.bench.LatencyBenchmark).
# Every edit toggles an error, so each round reloads the whole corpus with the buffer and re-indexes.
# Target (issue 13): <= 150 ms warm.
#   bench/lsp-bench.sh [WARMUP] [ROUNDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/web/target/argmap-web-0.1.0-all.jar"
"$ROOT/argmap" --version >/dev/null      # builds the jar when needed
java -cp "$JAR" org.argmap.lsp.bench.LatencyBenchmark "$ROOT" "$ROOT/argmaps/trotsky-1935.yaml" "${1:-30}" "${2:-50}"
