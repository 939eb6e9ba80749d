#!/usr/bin/env python3
"""Writes a random argmap corpus of YAML files into a directory, for the analysis benchmarks.

Usage: bench/gen-corpus.py DIR CLAIMS SOURCES PROPOSITIONS [SEED]

What it makes (deterministic for a seed):
- PROPOSITIONS propositions p1..pN in questions of four; sparse relations between them, one per
  four propositions: contrary (40 %), entails (40 %), contradicts (20 %), each inside a question
  or to the next one, so chains stay short as in real catalogs;
- SOURCES sources of CLAIMS/SOURCES claims each (at least one). Each source leans one way
  (affirming the odd or the even propositions of a question), so sources fall into camps and
  disagree for real. A claim takes a stance with probability 0.6 on a random proposition: the
  source's lean with probability 0.8, the opposite 0.15, qualifies 0.05. Kinds: thesis, premise,
  fact, objection (10 %), rebuttal. Relations inside a source: each claim after the first supports
  (75 %), attacks (20 %) or undercuts (5 %, of the support before it) an earlier claim;
- cross-source attacks: two per source, from a random claim of one to a random claim of another.

The density of conflict per claim is the same at every size, so analysis time should grow
near-linearly with the number of claims and sources.
"""
import os
import random
import sys


def main():
    out, claims, sources, props = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    per = max(1, claims // sources)
    with open(os.path.join(out, "propositions.yaml"), "w") as f:
        f.write("propositions:\n")
        for i in range(1, props + 1):
            f.write(f"  - {{id: p{i}, text: Proposition {i}., question: q{(i - 1) // 4 + 1}}}\n")
    rels = []
    for _ in range(max(1, props // 4)):
        a = rnd.randint(1, props)
        q = (a - 1) // 4
        lo = q * 4 + 1
        hi = min(props, q * 4 + 8)
        b = rnd.randint(lo, hi)
        if a == b:
            continue
        t = rnd.random()
        kind = "contrary" if t < 0.4 else "entails" if t < 0.8 else "contradicts"
        rels.append((a, b, kind))
    ids = {}
    for s in range(1, sources + 1):
        sid = f"s{s}"
        lean = rnd.randint(0, 1)
        cl = []
        with open(os.path.join(out, sid + ".txt"), "w") as f:
            f.write(f"The text of source {s}, which the map does not quote.\n")
        lines = [f"source: {{id: {sid}, title: Source {s}, authors: [Author {s}], language: en, text: {sid}.txt}}\n",
                 "claims:\n"]
        relations = []
        for c in range(1, per + 1):
            cid = f"c{c}"
            cl.append(cid)
            r = rnd.random()
            kind = "thesis" if c == 1 else "objection" if r < 0.1 else "fact" if r < 0.3 else "rebuttal" if r < 0.4 else "premise"
            line = f"  - {{id: {cid}, text: Claim {c} of source {s}., kind: {kind}"
            if rnd.random() < 0.6:
                p = rnd.randint(1, props)
                favoured = "affirms" if (p % 2) == lean else "denies"
                other = "denies" if favoured == "affirms" else "affirms"
                t = rnd.random()
                stance = favoured if t < 0.8 else other if t < 0.95 else "qualifies"
                line += f", stances: [{{proposition: p{p}, stance: {stance}}}]"
            lines.append(line + "}\n")
            if c > 1:
                to = f"c{rnd.randint(max(1, c - 10), c - 1)}"
                t = rnd.random()
                if t < 0.75 or not relations:
                    relations.append(f"  - {{id: {sid}-r{c}, from: {cid}, to: {to}, type: supports}}\n")
                elif t < 0.95:
                    relations.append(f"  - {{id: {sid}-r{c}, from: {cid}, to: {to}, type: attacks}}\n")
                else:
                    supports = [x for x in relations if "supports" in x]
                    if supports:
                        target = supports[-1].split("id: ")[1].split(",")[0]
                        relations.append(f"  - {{id: {sid}-r{c}, from: {cid}, to: {target}, type: undercuts}}\n")
        if relations:
            lines.append("relations:\n")
            lines.extend(relations)
        with open(os.path.join(out, sid + ".yaml"), "w") as f:
            f.writelines(lines)
        ids[sid] = cl
    with open(os.path.join(out, "relations.yaml"), "w") as f:
        f.write("relations:\n")
        for a, b, kind in rels:
            f.write(f"  - {{from: p{a}, to: p{b}, type: {kind}}}\n")
        names = list(ids)
        if len(names) > 1:
            for s in names:
                for _ in range(2):
                    t = rnd.choice(names)
                    if t == s:
                        continue
                    f.write(f"  - {{from: {s}/{rnd.choice(ids[s])}, to: {t}/{rnd.choice(ids[t])}, type: attacks}}\n")


if __name__ == "__main__":
    main()
