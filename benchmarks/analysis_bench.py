"""Benchmark of the full ``graphkit.analysis.analyze`` run on a synthetic stance graph.

The graph is built to look like news data: 10,000 actors in planted blocs of uneven size,
actor activity heavy-tailed (a few actors in most statements), 200,000 statements over two
years in 20,000 articles; within a bloc mostly cooperative relations, across blocs mostly
hostile ones, plus neutral meetings and a share of noise (a random relation between random
actors), a few claims and negated statements. Everything is seeded.

It prints the time of each step of ``analyze`` (figures included), the total, the peak
memory (``ru_maxrss``; ``--tracemalloc`` adds Python-allocation peaks at a large slowdown),
and how well the planted blocs are recovered (adjusted Rand index).

Betweenness on 10,000 actors is estimated from ``k`` sampled sources (default 64, seeded;
see ``graphkit.analysis.centrality``), since exact Brandes is O(n m).

Usage::

    python benchmarks/analysis_bench.py [--actors 10000] [--statements 200000] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from itertools import accumulate
from pathlib import Path

from graphkit.analysis import adjusted_rand_index, analyze
from graphkit.ontology import relations
from graphkit.types import ACTOR_NS, Actor, ActorMention, Document, Span, Statement

COOPERATIVE = [
    "supports",
    "cooperatesWith",
    "agreesWith",
    "alliesWith",
    "providesAidTo",
    "praises",
    "partnersWith",
    "negotiatesWith",
]
HOSTILE = [
    "condemns",
    "criticizes",
    "accuses",
    "sanctions",
    "threatens",
    "rejects",
    "warns",
    "attacks",
    "demands",
    "opposes",
]
NEUTRAL = ["meetsWith", "visits", "consultsWith"]


def synthetic(n_actors: int, n_statements: int, seed: int):
    """Statement records, documents and the planted bloc of each actor."""
    rng = random.Random(seed)
    info = relations()
    # 50 planted blocs, sizes from a heavy-tailed draw
    sizes = [rng.paretovariate(1.2) for _ in range(50)]
    scale = n_actors / sum(sizes)
    bloc_of: list[int] = []
    for b, s in enumerate(sizes):
        bloc_of += [b] * max(2, round(s * scale))
    bloc_of = (bloc_of + [rng.randrange(50) for _ in range(n_actors)])[:n_actors]
    members: dict[int, list[int]] = {}
    for a, b in enumerate(bloc_of):
        members.setdefault(b, []).append(a)
    actors = [
        Actor(f"{ACTOR_NS}ent/synthetic-{a}", f"Actor {a}", "State" if a % 5 else "Organization")
        for a in range(n_actors)
    ]
    activity = list(accumulate(rng.paretovariate(1.5) for _ in range(n_actors)))
    n_docs = max(1, n_statements // 10)
    docs = {}
    for d in range(n_docs):
        day = f"{2022 + d * 2 // n_docs}-{1 + (d * 24 // n_docs) % 12:02d}-{1 + d % 28:02d}"
        docs[f"doc{d}"] = Document(
            f"doc{d}",
            f"synthetic article {d}",
            title=f"Article {d}",
            date=day,
            url=f"https://example.org/{d}",
        )
    subjects = rng.choices(range(n_actors), cum_weights=activity, k=n_statements)
    records = []
    for i, s in enumerate(subjects):
        r = rng.random()
        if r < 0.05:  # noise: any relation between random actors
            o, rel = rng.randrange(n_actors), rng.choice(COOPERATIVE + HOSTILE + NEUTRAL)
        elif r < 0.60:  # inside the bloc, cooperative
            o, rel = rng.choice(members[bloc_of[s]]), rng.choice(COOPERATIVE)
        elif r < 0.70:  # neutral contact anywhere
            o, rel = rng.choices(range(n_actors), cum_weights=activity)[0], rng.choice(NEUTRAL)
        else:  # across blocs, hostile, aimed at active actors
            o = rng.choices(range(n_actors), cum_weights=activity)[0]
            while bloc_of[o] == bloc_of[s]:
                o = rng.randrange(n_actors)
            rel = rng.choice(HOSTILE)
        if o == s:
            o = (s + 1) % n_actors
        ri = info[rel]
        negated = rng.random() < 0.02
        claim = not negated and rng.random() < 0.03
        subj, obj = actors[s], actors[o]
        text = f"{subj.label} {rel} {obj.label}."
        records.append(
            Statement(
                doc=f"doc{i % n_docs}",
                subject=ActorMention(subj, Span(subj.label, 0, len(subj.label))),
                relation=rel,
                plover=ri.plover,
                cameo=ri.cameo,
                quad=ri.quad,
                polarity=ri.polarity,
                intensity=ri.intensity,
                object=ActorMention(
                    obj, Span(obj.label, len(text) - len(obj.label) - 1, len(text) - 1)
                ),
                negated=negated,
                asserted=not negated and not claim,
                attributed_to=actors[rng.randrange(n_actors)] if claim else None,
                evidence=Span(text, 0, len(text)),
                confidence=round(rng.uniform(0.5, 1.0), 2),
                extras={"id": f"stmt{i}"},
            )
        )
    return records, docs, {actors[a].id: bloc_of[a] for a in range(n_actors)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--statements", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    records, docs, planted = synthetic(args.actors, args.statements, args.seed)
    print(
        f"synthetic data: {len(planted)} actors, {len(records)} statements, {len(docs)} "
        f"articles, {len(set(planted.values()))} planted blocs "
        f"({time.perf_counter() - t0:.1f} s)"
    )
    if args.tracemalloc:
        tracemalloc.start()
    with tempfile.TemporaryDirectory() as out:
        t1 = time.perf_counter()
        result = analyze(records, out, documents=docs, seed=args.seed, known_orgs=())
        total = time.perf_counter() - t1
        files = sorted(p.name for p in Path(out).iterdir())
    print("\nanalyze steps (s):")
    for step, seconds in result.timings.items():
        if step != "total":
            print(f"  {step:<18} {seconds:8.2f}")
    print(f"  {'total':<18} {total:8.2f}")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"\npeak memory (ru_maxrss, whole process incl. data): {peak_kb / 1024:.0f} MiB")
    if args.tracemalloc:
        _current, peak = tracemalloc.get_traced_memory()
        print(f"peak Python allocations during analyze (tracemalloc): {peak / 2**20:.0f} MiB")
    G, D, U = result.statements, result.dyads, result.ties
    where = {n: i for i, b in enumerate(result.blocs) for n in b}
    ari = adjusted_rand_index(where, planted)
    q = result.bloc_quality
    print(
        f"\ngraph: {G.number_of_nodes()} actors, {G.number_of_edges()} statements kept, "
        f"{D.number_of_edges()} dyads, {U.number_of_edges()} signed ties"
    )
    print(
        f"blocs: {sum(len(b) > 1 for b in result.blocs)} of 2+ actors, signed modularity "
        f"{q['signed_modularity']:.3f}, frustrated ties {q['frustrated']}/{q['ties']}, "
        f"ARI vs planted {ari:.3f}"
    )
    bal = result.balance
    print(
        f"balance: {bal['triangles']} signed triangles, ratio {bal['balance_ratio']:.3f}, "
        f"frustration index <= {bal['frustration_index']['frustration']}"
    )
    print(f"files: {', '.join(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
