"""Structural balance of the signed actor graph: signed triangles and frustration.

Heider's balance (Cartwright & Harary 1956) in its strict form: a triangle is balanced when
the product of its three signs is positive -- ``+++`` (friends of friends are friends) and
``+--`` (the enemy of my enemy is my friend); ``++-`` and ``---`` are unbalanced. (Davis's
weak balance would accept ``---``; :func:`triangle_census` reports it as
``weak_balance_ratio``.) A tie's sign is the sign of its undirected net weight; ties with
net weight 0 have no sign and are left out of every triangle.

The *frustration index* (line index of balance, Harary 1959) is the least number of ties
whose removal makes the graph balanced -- the least number of hostile ties inside and
cooperative ties across over all splits of the actors into two sides. Computing it is
NP-hard; :func:`frustration_index` returns an upper bound found by local search: a
sign-respecting BFS 2-colouring of each component from a random root, then single-actor
side flips while they lower the count, repeated ``restarts`` times with ``random.Random
(seed)``; the best split is kept. On a balanced graph the bound is exact (0).

Example:
    >>> import networkx as nx
    >>> U = nx.Graph()
    >>> U.add_weighted_edges_from([("a", "b", 1), ("b", "c", -1), ("a", "c", -1)])
    >>> triangle_census(U)["+--"], triangle_census(U)["balance_ratio"]
    (1, 1.0)
"""

from __future__ import annotations

import math
import random
from collections import Counter, deque
from typing import Any

import networkx as nx

from graphkit.errors import InputError

__all__ = [
    "TRIAD_TYPES",
    "balance_report",
    "frustration_index",
    "signed_triangles",
    "triangle_census",
]

#: Signed triangle types by number of hostile ties, and whether each is (strictly) balanced.
TRIAD_TYPES = {"+++": True, "++-": False, "+--": True, "---": False}
_BY_NEGATIVES = ("+++", "++-", "+--", "---")


def _signed_adjacency(U: nx.Graph, weight: str) -> dict[Any, dict[Any, float]]:
    if U.is_directed():
        raise InputError("structural balance needs an undirected signed graph")
    adj: dict[Any, dict[Any, float]] = {n: {} for n in U}
    for u, v, data in U.edges(data=True):
        w = float(data.get(weight, 1.0))
        if u != v and w != 0.0:
            adj[u][v] = w
            adj[v][u] = w
    return adj


def signed_triangles(U: nx.Graph, *, weight: str = "weight") -> Any:
    """Yield each signed triangle once as ``((a, b, c), (w_ab, w_bc, w_ac))``.

    Example:
        >>> U = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1}),
        ...               ("a", "c", {"weight": -1})])
        >>> [t for t, _ in signed_triangles(U)]
        [('a', 'b', 'c')]
    """
    adj = _signed_adjacency(U, weight)
    rank = {n: i for i, n in enumerate(sorted(adj, key=lambda n: (len(adj[n]), str(n))))}
    higher = {n: {m for m in nbrs if rank[m] > rank[n]} for n, nbrs in adj.items()}
    for a in sorted(adj, key=rank.__getitem__):
        for b in sorted(higher[a], key=rank.__getitem__):
            for c in sorted(higher[a] & higher[b], key=rank.__getitem__):
                yield (a, b, c), (adj[a][b], adj[b][c], adj[a][c])


def triangle_census(U: nx.Graph, *, weight: str = "weight") -> dict[str, Any]:
    """Counts of signed triangles by type, balanced and unbalanced, and the balance ratio.

    Returns:
        ``{"+++", "++-", "+--", "---", "triangles", "balanced", "unbalanced",
        "balance_ratio", "weak_balance_ratio"}``; the ratios are ``None`` without triangles.

    Example:
        >>> triangle_census(nx.Graph())["balance_ratio"] is None
        True
    """
    counts = Counter({t: 0 for t in _BY_NEGATIVES})
    for _nodes, ws in signed_triangles(U, weight=weight):
        counts[_BY_NEGATIVES[sum(w < 0 for w in ws)]] += 1
    return _census(counts)


def _census(counts: Counter[str]) -> dict[str, Any]:
    total = sum(counts.values())
    balanced = counts["+++"] + counts["+--"]
    return {
        **{t: counts[t] for t in _BY_NEGATIVES},
        "triangles": total,
        "balanced": balanced,
        "unbalanced": total - balanced,
        "balance_ratio": balanced / total if total else None,
        "weak_balance_ratio": (balanced + counts["---"]) / total if total else None,
    }


def balance_report(U: nx.Graph, *, weight: str = "weight", top: int = 10) -> dict[str, Any]:
    """The triangle census plus what most frustrates balance.

    Unbalanced triangles are ranked by strength, the geometric mean of their ties' absolute
    weights; dyads and actors by the number of unbalanced triangles they belong to (ties
    broken by that triangles' total strength, then by name).

    Returns:
        The census of :func:`triangle_census` and ``unbalanced_triangles`` (list of
        ``{"actors", "signs", "type", "strength"}``), ``frustrating_dyads`` (list of
        ``{"actors", "sign", "unbalanced_triangles"}``), ``frustrating_actors`` (list of
        ``{"actor", "unbalanced_triangles"}``), each at most ``top`` long.

    Example:
        >>> U = nx.Graph()
        >>> U.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("a", "c", -1)])
        >>> balance_report(U)["frustrating_dyads"][0]["actors"]
        ['a', 'b']
    """
    counts = Counter({t: 0 for t in _BY_NEGATIVES})
    unbalanced: list[tuple[float, tuple[Any, ...], tuple[float, ...]]] = []
    dyads: Counter[tuple[Any, Any]] = Counter()
    dyad_strength: Counter[tuple[Any, Any]] = Counter()
    actors: Counter[Any] = Counter()
    actor_strength: Counter[Any] = Counter()
    for (a, b, c), ws in signed_triangles(U, weight=weight):
        kind = _BY_NEGATIVES[sum(w < 0 for w in ws)]
        counts[kind] += 1
        if TRIAD_TYPES[kind]:
            continue
        strength = math.prod(abs(w) for w in ws) ** (1 / 3)
        unbalanced.append((strength, (a, b, c), ws))
        for pair in ((a, b), (b, c), (a, c)):
            key = tuple(sorted(pair, key=str))
            dyads[key] += 1
            dyad_strength[key] += strength
        for n in (a, b, c):
            actors[n] += 1
            actor_strength[n] += strength
    census = _census(counts)
    unbalanced.sort(key=lambda t: (-t[0], [str(n) for n in t[1]]))
    census["unbalanced_triangles"] = [
        {
            "actors": list(nodes),
            "signs": ["+" if w > 0 else "-" for w in ws],
            "type": _BY_NEGATIVES[sum(w < 0 for w in ws)],
            "strength": round(s, 4),
        }
        for s, nodes, ws in unbalanced[:top]
    ]
    ranked_dyads = sorted(dyads, key=lambda k: (-dyads[k], -dyad_strength[k], str(k)))
    census["frustrating_dyads"] = [
        {
            "actors": list(k),
            "sign": 1 if U.edges[k][weight] > 0 else -1,
            "unbalanced_triangles": dyads[k],
        }
        for k in ranked_dyads[:top]
    ]
    ranked_actors = sorted(actors, key=lambda n: (-actors[n], -actor_strength[n], str(n)))
    census["frustrating_actors"] = [
        {"actor": n, "unbalanced_triangles": actors[n]} for n in ranked_actors[:top]
    ]
    return census


def _frustrated(adj: dict[Any, dict[Any, float]], side: dict[Any, int]) -> tuple[int, float]:
    count, total = 0, 0.0
    for u, nbrs in adj.items():
        for v, w in nbrs.items():
            if str(u) < str(v) and (w < 0) == (side[u] == side[v]):
                count += 1
                total += abs(w)
    return count, total


def _bfs_sides(adj: dict[Any, dict[Any, float]], rng: random.Random) -> dict[Any, int]:
    side: dict[Any, int] = {}
    nodes = list(adj)
    rng.shuffle(nodes)
    for root in nodes:
        if root in side:
            continue
        side[root] = 0
        queue = deque([root])
        while queue:
            u = queue.popleft()
            nbrs = list(adj[u].items())
            rng.shuffle(nbrs)
            for v, w in nbrs:
                if v not in side:
                    side[v] = side[u] if w > 0 else 1 - side[u]
                    queue.append(v)
    return side


def _local_flips(adj: dict[Any, dict[Any, float]], side: dict[Any, int]) -> None:
    improved = True
    while improved:
        improved = False
        for u in adj:
            bad = sum(1 for v, w in adj[u].items() if (w < 0) == (side[u] == side[v]))
            if 2 * bad > len(adj[u]):  # flipping u turns its bad ties good and vice versa
                side[u] = 1 - side[u]
                improved = True


def frustration_index(
    U: nx.Graph, *, weight: str = "weight", seed: int | None = 0, restarts: int = 4
) -> dict[str, Any]:
    """An upper bound on the frustration index by BFS colouring and local flips.

    Args:
        U: Undirected signed graph.
        weight: Edge attribute with the signed weight.
        seed: Seed for root choice and neighbour order; fixed seed, fixed result.
        restarts: Number of random starts; the best split is kept.

    Returns:
        ``{"frustration": upper bound on the number of ties to remove, "frustration_weight":
        their total |weight|, "ties": signed ties, "sides": [set, set], "method":
        "bfs-local-search-upper-bound"}``.

    Example:
        >>> U = nx.Graph()
        >>> U.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("a", "c", -1)])
        >>> frustration_index(U)["frustration"]
        1
    """
    if restarts < 1:
        raise InputError(f"restarts={restarts!r}: use an integer >= 1")
    adj = _signed_adjacency(U, weight)
    adj = {n: adj[n] for n in sorted(adj, key=str)}
    rng = random.Random(seed)
    best: tuple[int, float, dict[Any, int]] | None = None
    for _ in range(restarts):
        side = _bfs_sides(adj, rng)
        _local_flips(adj, side)
        count, total = _frustrated(adj, side)
        if best is None or (count, total) < (best[0], best[1]):
            best = (count, total, side)
    assert best is not None
    count, total, side = best
    return {
        "frustration": count,
        "frustration_weight": total,
        "ties": sum(len(n) for n in adj.values()) // 2,
        "sides": [{n for n, s in side.items() if s == k} for k in (0, 1)],
        "method": "bfs-local-search-upper-bound",
    }
