"""Influence and roles in the signed actor graph.

- *Most condemned / supported*: hostile / cooperative statements received (in-degree in
  statements over the dyads of :func:`~graphkit.analysis.projection.signed_graph`);
  *most hostile / cooperative*: the same, sent.
- *Brokers*: betweenness centrality on the undirected graph of signed ties, ignoring the
  sign: a tie of net weight ``w != 0`` has length ``1 / |w|`` (strong ties, friendly or
  hostile, are short; ties with net weight 0 are left out). Above
  ``DEFAULT_EXACT_BETWEENNESS_NODES`` actors it is estimated from ``k`` sampled sources
  (``networkx.betweenness_centrality(k=..., seed=seed)``, Brandes & Pich 2007), so a fixed
  seed gives fixed scores.
- *PageRank* separately on the cooperative layer (dyads with cooperative statements,
  weighted by their total cooperative intensity) and on the hostile layer (weighted by
  total hostile intensity, as a magnitude): a high hostile PageRank means much hostility is
  aimed at the actor by actors that are themselves targets.

Example:
    >>> import networkx as nx
    >>> D = nx.DiGraph()
    >>> D.add_edge("a", "c", n_hostile=2, n_cooperative=0, hostile_intensity=6.0,
    ...            cooperative_intensity=0.0, weight=-6.0, n_statements=2)
    >>> D.add_edge("b", "c", n_hostile=1, n_cooperative=0, hostile_intensity=3.0,
    ...            cooperative_intensity=0.0, weight=-3.0, n_statements=1)
    >>> actor_roles(D)["most_condemned"][0]
    {'actor': 'c', 'label': 'c', 'count': 3}
"""

from __future__ import annotations

import math
import random
from heapq import heappop, heappush
from typing import Any

import networkx as nx
import pandas as pd

from graphkit.errors import InputError

__all__ = [
    "DEFAULT_BETWEENNESS_SAMPLES",
    "DEFAULT_EXACT_BETWEENNESS_NODES",
    "actor_roles",
    "broker_betweenness",
    "centrality_table",
    "layer_pagerank",
]

#: Up to this many actors, betweenness is exact; above, it samples sources.
DEFAULT_EXACT_BETWEENNESS_NODES = 1000
#: Number of sampled sources for betweenness on larger graphs.
DEFAULT_BETWEENNESS_SAMPLES = 64


def _label(D: nx.Graph, n: Any) -> str:
    return str(D.nodes[n].get("label") or n)


def _strength(D: nx.DiGraph, attr: str, direction: str) -> dict[Any, float]:
    out: dict[Any, float] = dict.fromkeys(D, 0)
    for u, v, data in D.edges(data=True):
        out[v if direction == "in" else u] += data.get(attr, 0)
    return out


def actor_roles(D: nx.DiGraph, *, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """The actors that receive and send the most hostile and cooperative statements.

    Args:
        D: A signed dyad graph.
        top: Length of each list; actors with a count of 0 are not listed.

    Returns:
        ``{"most_condemned", "most_supported", "most_hostile", "most_cooperative"}``, each a
        list of ``{"actor", "label", "count"}`` sorted by count, then IRI.
    """
    if top < 1:
        raise InputError(f"top={top!r}: use an integer >= 1")
    spec = {
        "most_condemned": ("n_hostile", "in"),
        "most_supported": ("n_cooperative", "in"),
        "most_hostile": ("n_hostile", "out"),
        "most_cooperative": ("n_cooperative", "out"),
    }
    roles: dict[str, list[dict[str, Any]]] = {}
    for name, (attr, direction) in spec.items():
        scores = _strength(D, attr, direction)
        ranked = sorted((n for n in scores if scores[n] > 0), key=lambda n: (-scores[n], str(n)))
        roles[name] = [
            {"actor": n, "label": _label(D, n), "count": scores[n]} for n in ranked[:top]
        ]
    return roles


def broker_betweenness(
    U: nx.Graph, *, weight: str = "weight", k: int | None = None, seed: int | None = 0
) -> dict[Any, float]:
    """Normalised betweenness on signed ties with length ``1 / |weight|``.

    Args:
        U: Undirected signed graph.
        weight: Edge attribute with the signed weight.
        k: Number of sampled sources; ``None`` means exact up to
            ``DEFAULT_EXACT_BETWEENNESS_NODES`` actors and ``DEFAULT_BETWEENNESS_SAMPLES``
            sources above.
        seed: Seed of the source sample.

    Example:
        >>> U = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": -2})])
        >>> broker_betweenness(U)["b"]
        1.0
    """
    H = nx.Graph()
    H.add_nodes_from(U)
    for u, v, data in U.edges(data=True):
        w = abs(float(data.get(weight, 1.0)))
        if w > 0 and u != v:
            H.add_edge(u, v, length=1.0 / w)
    n = H.number_of_nodes()
    if k is None and n > DEFAULT_EXACT_BETWEENNESS_NODES:
        k = DEFAULT_BETWEENNESS_SAMPLES
    if k is not None and k >= n:
        k = None
    if n < 3 or H.number_of_edges() == 0:
        return dict.fromkeys(H, 0.0)
    return _brandes(H, k=k, seed=seed)


def _brandes(H: nx.Graph, *, k: int | None, seed: int | None) -> dict[Any, float]:
    """Brandes betweenness on ``length``, list-based (networkx's algorithm, source sample
    and normalisation, about three times faster on large graphs).
    """
    nodes = list(H)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adj = [[(index[w], d["length"]) for w, d in H[v].items()] for v in nodes]
    if k is None:
        sources = list(range(n))
    else:
        sources = [index[v] for v in random.Random(seed).sample(nodes, k)]
    bc = [0.0] * n
    inf = math.inf
    for s in sources:
        sigma = [0.0] * n
        seen = [inf] * n
        done = [False] * n
        preds: list[list[int]] = [[] for _ in range(n)]
        order: list[int] = []
        sigma[s], seen[s] = 1.0, 0.0
        heap = [(0.0, 0, s, s)]
        tick = 1
        while heap:
            dist, _, pred, v = heappop(heap)
            if done[v]:
                continue
            if v != s:
                sigma[v] += sigma[pred]
            done[v] = True
            order.append(v)
            for w, length in adj[v]:
                vw = dist + length
                if not done[w] and vw < seen[w]:
                    seen[w] = vw
                    heappush(heap, (vw, tick, v, w))
                    tick += 1
                    sigma[w] = 0.0
                    preds[w] = [v]
                elif vw == seen[w]:
                    sigma[w] += sigma[v]
                    preds[w].append(v)
        delta = [0.0] * n
        while order:
            w = order.pop()
            coeff = (1.0 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                bc[w] += delta[w]
    # normalised over ordered pairs (s, t) not involving v, as networkx does
    m = n - 1
    if k is None:
        scale = {i: 1.0 / (m * (m - 1)) for i in range(n)}
    else:
        chosen = set(sources)
        scale = {
            i: 1.0 / ((k - 1) * (m - 1)) if i in chosen else 1.0 / (k * (m - 1)) for i in range(n)
        }
    return {v: bc[i] * scale[i] for i, v in enumerate(nodes)}


def layer_pagerank(D: nx.DiGraph, layer: str, *, alpha: float = 0.85) -> dict[Any, float]:
    """PageRank on the cooperative or hostile layer of a signed dyad graph.

    Args:
        D: Signed dyad graph (with ``cooperative_intensity`` / ``hostile_intensity``).
        layer: ``"cooperative"`` or ``"hostile"``.
        alpha: Damping factor.

    Returns:
        Actor -> score over all actors of ``D`` (summing to 1), or all 0.0 when the layer
        has no ties.
    """
    if layer not in ("cooperative", "hostile"):
        raise InputError(f"layer={layer!r}: use 'cooperative' or 'hostile'")
    L = nx.DiGraph()
    L.add_nodes_from(D)
    for u, v, data in D.edges(data=True):
        w = float(data.get(f"{layer}_intensity", 0.0))
        if w > 0:
            L.add_edge(u, v, weight=w)
    if L.number_of_edges() == 0:
        return dict.fromkeys(D, 0.0)
    return nx.pagerank(L, alpha=alpha, weight="weight")


def centrality_table(
    D: nx.DiGraph,
    U: nx.Graph,
    *,
    blocs: list[set[Any]] | None = None,
    k: int | None = None,
    seed: int | None = 0,
) -> pd.DataFrame:
    """One row per actor with its counts, broker betweenness and layer PageRanks.

    Args:
        D: Signed dyad graph.
        U: Its undirected signed graph.
        blocs: Optional partition; adds a ``bloc`` column (index into ``blocs``) and
            ``blocs_reached`` (number of other blocs the actor has cooperative ties with).
        k: Betweenness sample size (see :func:`broker_betweenness`).
        seed: Seed of the betweenness sample.

    Returns:
        A DataFrame indexed by actor IRI, sorted by betweenness then statements, with
        columns label, type, statements_in, statements_out, cooperative_in,
        cooperative_out, hostile_in, hostile_out, betweenness, pagerank_cooperative,
        pagerank_hostile (and bloc, blocs_reached).

    Example:
        >>> D = nx.DiGraph()
        >>> D.add_node("a", label="A")
        >>> list(centrality_table(D, nx.Graph(D.to_undirected()))["label"])
        ['A']
    """
    columns = {
        "statements_in": _strength(D, "n_statements", "in"),
        "statements_out": _strength(D, "n_statements", "out"),
        "cooperative_in": _strength(D, "n_cooperative", "in"),
        "cooperative_out": _strength(D, "n_cooperative", "out"),
        "hostile_in": _strength(D, "n_hostile", "in"),
        "hostile_out": _strength(D, "n_hostile", "out"),
        "betweenness": broker_betweenness(U, k=k, seed=seed),
        "pagerank_cooperative": layer_pagerank(D, "cooperative"),
        "pagerank_hostile": layer_pagerank(D, "hostile"),
    }
    nodes = sorted(D, key=str)
    frame = pd.DataFrame(
        {
            "label": [_label(D, n) for n in nodes],
            "type": [D.nodes[n].get("type") for n in nodes],
            **{name: [values.get(n, 0) for n in nodes] for name, values in columns.items()},
        },
        index=pd.Index(nodes, name="actor", dtype=object),
    )
    if blocs is not None:
        where = {n: i for i, b in enumerate(blocs) for n in b}
        frame["bloc"] = [where.get(n) for n in nodes]
        reached = []
        for n in nodes:
            others = (
                {
                    where.get(m)
                    for m in U.neighbors(n)
                    if U.edges[n, m].get("weight", 0) > 0 and where.get(m) != where.get(n)
                }
                if n in U
                else set()
            )
            reached.append(len(others))
        frame["blocs_reached"] = reached
    return frame.sort_values(
        ["betweenness", "statements_in", "statements_out"], ascending=False, kind="stable"
    )
