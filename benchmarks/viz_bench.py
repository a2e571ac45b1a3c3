"""Benchmark of the HTML visualiser on a synthetic 2,000-actor / 10,000-statement graph.

Prints the time to build the page (and its layout share), the page size, and - when
``/usr/bin/chromium`` is present - the time until the page is interactive in headless
Chromium (``window.graphkit.ready``: first drawing done, filters and panel wired), read
both from the harness (navigate -> ready) and from the page (script start -> ready).

Run: ``python benchmarks/viz_bench.py [--nodes 2000] [--statements 10000] [--runs 3]``
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graphkit.ontology import relations
from graphkit.types import ACTOR_NS
from graphkit.viz import render_html
from graphkit.viz.layout import compute_layout
from graphkit.viz.model import aggregate_edges

REPO = Path(__file__).resolve().parents[1]
TYPES = ("State", "InternationalOrganization", "Person", "NonStateArmedGroup", "Organization")


def synthetic_graph(n_nodes: int, n_statements: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A statement graph with community structure: 80% of statements inside 40 blocs."""
    rng = random.Random(seed)
    rels = list(relations().values())
    G = nx.MultiDiGraph()
    nodes = [f"{ACTOR_NS}ent/actor-{i}" for i in range(n_nodes)]
    for i, node in enumerate(nodes):
        G.add_node(node, label=f"Actor {i}", type=rng.choice(TYPES), wikidata=None, iso3=None)
    communities = 40
    for k in range(n_statements):
        u = rng.randrange(n_nodes)
        if rng.random() < 0.8:
            v = (u // communities) * communities + rng.randrange(communities)
            v = min(v, n_nodes - 1)
        else:
            v = rng.randrange(n_nodes)
        if u == v:
            v = (v + 1) % n_nodes
        info = rng.choice(rels)
        subj, obj = f"Actor {u}", f"Actor {v}"
        prefix = "On Monday, "
        sentence = f"{prefix}{subj} {info.label} {obj}, officials said in a statement."
        start = 1000 * k
        negated = rng.random() < 0.05
        attributed = not negated and rng.random() < 0.1
        G.add_edge(
            nodes[u], nodes[v], key=f"https://w3id.org/graphkit/statement/{k}",
            relation=info.name, polarity=info.polarity, quad=info.quad, plover=info.plover,
            cameo=info.cameo, intensity=info.intensity, asserted=not (negated or attributed),
            negated=negated, attributed_to=nodes[0] if attributed else None,
            attributed_to_label="Actor 0" if attributed else None, speaker_label=None,
            confidence=0.7, evidence=sentence, evidence_start=start,
            evidence_end=start + len(sentence), subject_mention=subj,
            subject_mention_start=start + len(prefix),
            subject_mention_end=start + len(prefix) + len(subj), object_mention=obj,
            object_mention_start=start + sentence.index(obj, len(prefix) + len(subj)),
            object_mention_end=start + sentence.index(obj, len(prefix) + len(subj)) + len(obj),
            doc=f"doc-{k // 5}", article=f"https://w3id.org/graphkit/article/doc-{k // 5}",
            title=f"Article {k // 5}", date=f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}",
            url=f"https://news.example.org/{k // 5}",
        )  # fmt: skip
    return G


def _harness():
    spec = importlib.util.spec_from_file_location(
        "gk_browser", REPO / "tests" / "viz" / "browser.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--statements", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    G = synthetic_graph(args.nodes, args.statements)
    drawn = aggregate_edges(G)
    print(f"graph: {G.number_of_nodes()} actors, {G.number_of_edges()} statements, "
          f"{len(drawn)} drawn edges")  # fmt: skip

    t = time.perf_counter()
    compute_layout(G, layout="auto", seed=0)
    layout_s = time.perf_counter() - t
    builds = []
    page = ""
    for _ in range(args.runs):
        t = time.perf_counter()
        page = render_html(G, title="viz benchmark")
        builds.append(time.perf_counter() - t)
    build_s = statistics.median(builds)
    print(f"build HTML: median {build_s:.2f} s over {args.runs} runs "
          f"(layout alone {layout_s:.2f} s, {layout_s / build_s:.0%}); "
          f"page {len(page.encode()) / 1e6:.1f} MB")  # fmt: skip

    browser = _harness()
    if not browser.CHROMIUM.exists():
        print(f"browser: skipped, {browser.CHROMIUM} is absent")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.html"
        path.write_text(page, encoding="utf-8")
        walls, inside = [], []
        for _ in range(args.runs):
            with browser.Chromium() as chrome:
                tab = chrome.new_page()
                t = time.perf_counter()
                tab.navigate(path.as_uri())
                tab.wait_for("window.graphkit && window.graphkit.ready", timeout=120)
                walls.append(time.perf_counter() - t)
                inside.append(tab.evaluate("window.graphkit.readyMs") / 1000)
                counts = tab.evaluate("[graphkit.nodes.length, graphkit.edges.length]")
                t = time.perf_counter()
                tab.evaluate(
                    "graphkit.showEdge('e0'); document.querySelectorAll('.gk-stmt').length"
                )
                panel_s = time.perf_counter() - t
                foreign = [u for u in tab.requests if not u.startswith(("file:", "data:"))]
                if foreign or tab.errors:
                    print(f"browser: FAILED requests={foreign} errors={tab.errors}")
                    return 1
        print(f"browser: {counts[0]} nodes / {counts[1]} edges in the DataSets")
        print(f"time to interactive (navigate -> ready): median {statistics.median(walls):.2f} s "
              f"(runs: {', '.join(f'{w:.2f}' for w in walls)})")  # fmt: skip
        print(f"page script start -> ready: median {statistics.median(inside):.2f} s; "
              f"edge panel: {panel_s * 1000:.0f} ms")  # fmt: skip
        print(f"ratio interactive / build: {statistics.median(walls) / build_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
