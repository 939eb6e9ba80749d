#!/usr/bin/env bash
# Times `argmap import aif` end to end (JVM start, read, map, write YAML and text, load the result
# back, quotes checked) on generated AIF graphs of N nodes (default 20000):
#   chain     N/2 I-nodes, each supporting the one before it through an RA-node
#   ca-chain  attacks on attacks: CA-node k attacks CA-node k-1, written last first
# and on a generated Argdown file of N/2 statements in a chain of supports with a reconstructed
# argument every 50 statements (bench/import-bench.sh draws another shape).
# Usage: bench/aif-import-bench.sh [N]    Target (issue 17): at most 3 s for 20,000 nodes.
# Prints wall and CPU time: on a shared machine wall time exceeds CPU time by what other work takes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-20000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$N" "$WORK" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
half = n // 2
nodes = [{"nodeID": "i0", "type": "I", "text": "Claim 0 of the chain"}]
edges = []
for k in range(1, half):
    nodes += [{"nodeID": f"i{k}", "type": "I", "text": f"Claim {k} of the chain"},
              {"nodeID": f"ra{k}", "type": "RA", "text": "Default Inference"}]
    edges += [{"fromID": f"i{k}", "toID": f"ra{k}"}, {"fromID": f"ra{k}", "toID": f"i{k-1}"}]
json.dump({"nodes": nodes, "edges": edges}, open(f"{work}/chain.json", "w"))
nodes = [{"nodeID": "t", "type": "I", "text": "Target"}]
edges = [{"fromID": "ca0", "toID": "t"}]
for k in range(half - 1, -1, -1):
    nodes += [{"nodeID": f"a{k}", "type": "I", "text": f"Attacker {k}"}, {"nodeID": f"ca{k}", "type": "CA", "text": "Default Conflict"}]
    edges.append({"fromID": f"a{k}", "toID": f"ca{k}"})
    if k > 0:
        edges.append({"fromID": f"ca{k}", "toID": f"ca{k-1}"})
json.dump({"nodes": nodes, "edges": edges}, open(f"{work}/ca-chain.json", "w"))
with open(f"{work}/chain.argdown", "w") as f:
    f.write("[S0]: Statement 0 of the chain.\n\n")
    for k in range(1, half):
        if k % 50 == 0:
            f.write(f"<A{k}>: Argument {k}.\n\n(1) [S{k-1}]\n(2) Premise two of argument {k}.\n----\n(3) [S{k}]: Statement {k} of the chain.\n\n")
        else:
            f.write(f"[S{k}]: Statement {k} of the chain.\n  +> [S{k-1}]\n\n")
PY
"$ROOT/argmap" --version > /dev/null   # build once outside the timing
TIMEFORMAT='%R %U %S'
for case in chain.json ca-chain.json chain.argdown; do
  fmt=aif; [[ $case == *.argdown ]] && fmt=argdown
  times=$( { time "$ROOT/argmap" import $fmt "$WORK/$case" -o "$WORK/${case%%.*}-$fmt.yaml" > "$WORK/log" 2>&1; } 2>&1 ) || { cat "$WORK/log"; exit 1; }
  read -r real user sys <<< "$times"
  awk -v c="$case" -v n="$N" -v r="$real" -v u="$user" -v s="$sys" 'BEGIN {
    printf "import %-14s (%d nodes): %.2f s wall, %.2f s CPU\n", c, n, r, u + s }'
  tail -1 "$WORK/log"
done
