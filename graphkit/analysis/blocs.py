"""Blocs: signed community detection, its quality, and comparison with known memberships.

Method (``"signed-louvain-traag-bruggeman"``): the Louvain heuristic (Blondel et al. 2008: local moving,
then aggregation, repeated) maximising the *signed modularity* of Traag & Bruggeman (2009,
"Community detection in networks with positive and negative links", Phys. Rev. E 80,
036115). With the positive layer ``A+`` (cooperative ties), the negative layer ``A-``
(hostile ties, as magnitudes), degrees ``k+``, ``k-`` and totals ``2m+``, ``2m-``::

    Q = 1 / (2m+ + 2m-) * sum_ij [ (A+_ij - k+_i k+_j / 2m+) - (A-_ij - k-_i k-_j / 2m-) ]
                                   * delta(c_i, c_j)

so cooperative ties inside a bloc raise ``Q`` and hostile ties inside a bloc lower it:
cooperation pulls actors together, hostility pushes them apart. Moving node ``i`` into
bloc ``C`` changes ``Q`` in proportion to::

    (k+_iC - k-_iC) - (k+_i K+_C / 2m+ - k-_i K-_C / 2m-)

where ``k+_iC`` is the cooperative weight from ``i`` into ``C`` and ``K+_C`` the total
cooperative degree of ``C``. Ties enter as the undirected net weight of the dyad
(:func:`~graphkit.analysis.projection.undirected_signed_graph`); a tie with net weight 0
adds nothing. Two departures from positive-only Louvain: (1) the gain is computed for every
bloc, not only the blocs a node has ties into, because the hostile null-model term rewards
joining actors hostile to the same others (enemies of a common enemy end up together, as
structural balance predicts); (2) after the levels converge, the actors themselves are moved
once more over the final blocs (refinement) and the levels are rerun from the refined blocs
until no actor moves, so no single-actor move can raise ``Q`` at the end. Node order in
each pass is shuffled with ``random.Random(seed)``, so a fixed seed gives a fixed result.
Actors without ties stay alone, and a bloc never spans two connected components of the
non-zero ties: the hostile null-model term alone would otherwise pair an actor that has
enemies with any far-off bloc that has enemies of its own (Iran with NATO), although no
path of evidence links them. Within a component, enemies of a common enemy still group.
Louvain finds a local optimum, not the global one.

Example:
    >>> import networkx as nx
    >>> U = nx.Graph()
    >>> U.add_weighted_edges_from([("a", "b", 5), ("c", "d", 5), ("a", "c", -5),
    ...                            ("b", "d", -5)])
    >>> sorted(map(sorted, signed_louvain_communities(U, seed=0)))
    [['a', 'b'], ['c', 'd']]
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import networkx as nx
import numpy as np
from scipy.special import comb

from graphkit.analysis.projection import normalize_actor
from graphkit.errors import InputError

__all__ = [
    "adjusted_rand_index",
    "compare_blocs",
    "known_blocs",
    "partition_frustration",
    "signed_louvain_communities",
    "signed_modularity",
]

_EPS = 1e-12
_MAX_PASSES = 1000
_Layers = tuple[
    dict[Any, dict[Any, float]], dict[Any, dict[Any, float]], dict[Any, float], dict[Any, float]
]


def _layers(U: nx.Graph, weight: str) -> _Layers:
    """Positive and negative adjacency (magnitudes) and degrees; a self-loop counts twice."""
    pos: dict[Any, dict[Any, float]] = {n: {} for n in U}
    neg: dict[Any, dict[Any, float]] = {n: {} for n in U}
    kp: dict[Any, float] = dict.fromkeys(U, 0.0)
    kn: dict[Any, float] = dict.fromkeys(U, 0.0)
    for u, v, data in U.edges(data=True):
        w = float(data.get(weight, 1.0))
        layer, deg = (pos, kp) if w > 0 else (neg, kn)
        w = abs(w)
        if w == 0.0:
            continue
        layer[u][v] = layer[u].get(v, 0.0) + w
        if u != v:
            layer[v][u] = layer[v].get(u, 0.0) + w
        deg[u] += w
        deg[v] += w
    return pos, neg, kp, kn


def signed_modularity(
    U: nx.Graph,
    communities: Iterable[Collection[Any]],
    *,
    weight: str = "weight",
    resolution: float = 1.0,
) -> float:
    """Traag-Bruggeman signed modularity of a partition of ``U`` (0.0 without ties).

    Example:
        >>> U = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": -1})])
        >>> round(signed_modularity(U, [{"a", "b"}, {"c"}]), 3)
        0.25
    """
    pos, neg, kp, kn = _layers(U, weight)
    two_mp, two_mn = sum(kp.values()), sum(kn.values())
    if two_mp + two_mn == 0:
        return 0.0
    q = 0.0
    for community in communities:
        members = set(community)
        inside_p = sum(w for u in members for v, w in pos[u].items() if v in members)
        inside_n = sum(w for u in members for v, w in neg[u].items() if v in members)
        # a self-loop appears once in pos[u][u] but A_uu = 2w in the degree convention
        inside_p += sum(pos[u].get(u, 0.0) for u in members)
        inside_n += sum(neg[u].get(u, 0.0) for u in members)
        kp_c = sum(kp[u] for u in members)
        kn_c = sum(kn[u] for u in members)
        if two_mp:
            q += inside_p - resolution * kp_c * kp_c / two_mp
        if two_mn:
            q -= inside_n - resolution * kn_c * kn_c / two_mn
    return q / (two_mp + two_mn)


def _one_level(
    pos: dict[Any, dict[Any, float]],
    neg: dict[Any, dict[Any, float]],
    kp: dict[Any, float],
    kn: dict[Any, float],
    two_mp: float,
    two_mn: float,
    resolution: float,
    rng: random.Random,
    start: dict[Any, int] | None = None,
) -> tuple[dict[Any, int], bool]:
    """Local moving: each node to the bloc with the best gain, until no move gains.

    Unlike Louvain on positive graphs, a bloc without ties to the node can be the best
    one: the negative null-model term rewards joining actors that are hostile to the same
    others. So the gain is computed for every bloc at once (numpy over bloc totals), with
    the node's own ties added for the blocs it has ties into. Starts from singletons, or
    from the partition ``start`` (node -> bloc number < number of nodes).
    """
    nodes = list(pos)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    comm = [start[node] for node in nodes] if start is not None else list(range(n))
    size = np.zeros(n, dtype=np.int64)
    tot_p = np.zeros(n)
    tot_n = np.zeros(n)
    for i, node in enumerate(nodes):
        size[comm[i]] += 1
        tot_p[comm[i]] += kp[node]
        tot_n[comm[i]] += kn[node]
    ap = resolution / two_mp if two_mp else 0.0
    an = resolution / two_mn if two_mn else 0.0
    nbrs = [
        [(index[m], w) for m, w in pos[node].items() if m != node]
        + [(index[m], -w) for m, w in neg[node].items() if m != node]
        for node in nodes
    ]
    # a bloc never spans two components of the signed ties: across components there is no
    # evidence either way, only the hostile null-model term, which would pair any actor
    # that has enemies with any bloc that has enemies
    comp = _components(nbrs)
    bloc_comp = np.full(n, -1, dtype=np.int64)
    for i in range(n):
        bloc_comp[comm[i]] = comp[i]
    order = list(range(n))
    rng.shuffle(order)
    improved = False
    for _ in range(_MAX_PASSES):
        moved = False
        for i in order:
            own = comm[i]
            kp_i, kn_i = kp[nodes[i]], kn[nodes[i]]
            size[own] -= 1
            tot_p[own] -= kp_i
            tot_n[own] -= kn_i
            if not nbrs[i] and kn_i == 0.0:  # no ties: nothing can attract it
                best = own if size[own] == 0 else _free_label(size)
            else:
                gain = kn_i * an * tot_n - kp_i * ap * tot_p
                for j, w in nbrs[i]:
                    gain[comm[j]] += w
                gain[(size == 0) | (bloc_comp != comp[i])] = -np.inf
                stay = float(gain[own]) if size[own] else 0.0
                cand = int(np.argmax(gain))
                if float(gain[cand]) > max(stay, 0.0) + _EPS:
                    best = cand
                elif stay < -_EPS:  # every bloc repels it: a bloc of its own
                    best = _free_label(size)
                else:
                    best = own
            size[best] += 1
            bloc_comp[best] = comp[i]
            tot_p[best] += kp_i
            tot_n[best] += kn_i
            if best != own:
                comm[i] = best
                moved = improved = True
        if not moved:
            break
    return dict(zip(nodes, comm, strict=True)), improved


def _components(nbrs: list[list[tuple[int, float]]]) -> np.ndarray:
    """Connected component number of each node of an adjacency list (ties of weight 0
    are never listed, so neutral-only contacts do not connect)."""
    comp = np.full(len(nbrs), -1, dtype=np.int64)
    for root in range(len(nbrs)):
        if comp[root] >= 0:
            continue
        comp[root] = root
        stack = [root]
        while stack:
            for j, _w in nbrs[stack.pop()]:
                if comp[j] < 0:
                    comp[j] = root
                    stack.append(j)
    return comp


def _free_label(size: np.ndarray) -> int:
    return int(np.flatnonzero(size == 0)[0])


def _aggregate(
    pos: dict[Any, dict[Any, float]],
    neg: dict[Any, dict[Any, float]],
    kp: dict[Any, float],
    kn: dict[Any, float],
    comm: dict[Any, int],
) -> _Layers:
    labels = sorted(set(comm.values()))
    new_pos: dict[Any, dict[Any, float]] = {c: {} for c in labels}
    new_neg: dict[Any, dict[Any, float]] = {c: {} for c in labels}
    new_kp: dict[Any, float] = dict.fromkeys(labels, 0.0)
    new_kn: dict[Any, float] = dict.fromkeys(labels, 0.0)
    for layer, new in ((pos, new_pos), (neg, new_neg)):
        for u, nbrs in layer.items():
            cu = comm[u]
            for v, w in nbrs.items():
                cv = comm[v]
                if u == v:  # stored once; keep it once
                    new[cu][cu] = new[cu].get(cu, 0.0) + w
                elif cu == cv:  # an inner tie appears from both ends: half each -> one loop
                    new[cu][cu] = new[cu].get(cu, 0.0) + w / 2
                else:
                    new[cu][cv] = new[cu].get(cv, 0.0) + w
    for n, c in comm.items():
        new_kp[c] += kp[n]
        new_kn[c] += kn[n]
    return new_pos, new_neg, new_kp, new_kn


def signed_louvain_communities(
    U: nx.Graph,
    *,
    weight: str = "weight",
    resolution: float = 1.0,
    seed: int | None = 0,
    max_levels: int = 32,
) -> list[set[Any]]:
    """Blocs of a signed graph by Louvain on the Traag-Bruggeman signed modularity.

    Args:
        U: An undirected graph whose ``weight`` is signed (cooperative > 0, hostile < 0).
        weight: Edge attribute with the signed weight (1.0 when missing).
        resolution: The null-model factor (larger gives smaller blocs).
        seed: Seed of the node order; a fixed seed gives a fixed partition.
        max_levels: Bound on aggregation levels.

    Returns:
        A partition of the nodes of ``U`` as sets, largest first (ties broken by the
        smallest member), so that the output is deterministic.

    Example:
        >>> signed_louvain_communities(nx.Graph())
        []
    """
    if resolution <= 0:
        raise InputError(f"resolution={resolution!r}: use a positive number")
    if U.is_directed():
        raise InputError("signed_louvain_communities needs an undirected graph")
    rng = random.Random(seed)
    nodes = sorted(U, key=str)
    pos, neg, kp, kn = _layers(U.subgraph(nodes), weight)
    # keep a deterministic node order independent of the graph's insertion order
    pos = {n: pos[n] for n in nodes}
    neg = {n: neg[n] for n in nodes}
    two_mp, two_mn = sum(kp.values()), sum(kn.values())
    base = (pos, neg, kp, kn)
    membership: dict[Any, int] = {n: i for i, n in enumerate(nodes)}
    for _ in range(max_levels):
        # Louvain levels from the current blocs: move blocs as super-nodes, aggregate
        level = _aggregate(*base, membership)
        for _ in range(max_levels):
            comm, improved = _one_level(*level, two_mp, two_mn, resolution, rng)
            if not improved:
                break
            membership = {n: comm[c] for n, c in membership.items()}
            level = _aggregate(*level, comm)
        # refinement: local moving of the actors themselves over those blocs; repeat the
        # levels from the refined blocs until the actors no longer move
        membership, improved = _one_level(*base, two_mp, two_mn, resolution, rng, membership)
        if not improved:
            break
    groups: dict[Any, set[Any]] = defaultdict(set)
    for n, c in membership.items():
        groups[c].add(n)
    return sorted(groups.values(), key=lambda s: (-len(s), min(map(str, s))))


def partition_frustration(
    U: nx.Graph, communities: Iterable[Collection[Any]], *, weight: str = "weight"
) -> dict[str, float]:
    """Ties that disagree with a partition: hostile inside a bloc, cooperative across.

    Returns:
        ``{"frustrated": count, "frustrated_weight": sum of |weight|, "ties": signed ties}``.

    Example:
        >>> U = nx.Graph([("a", "b", {"weight": -2}), ("b", "c", {"weight": 1})])
        >>> partition_frustration(U, [{"a", "b"}, {"c"}])
        {'frustrated': 2, 'frustrated_weight': 3.0, 'ties': 2}
    """
    where = {n: i for i, c in enumerate(communities) for n in c}
    count, total, ties = 0, 0.0, 0
    for u, v, data in U.edges(data=True):
        w = float(data.get(weight, 1.0))
        if w == 0 or u == v:
            continue
        ties += 1
        same = where.get(u, ("u", u)) == where.get(v, ("v", v))
        if (w < 0 and same) or (w > 0 and not same):
            count += 1
            total += abs(w)
    return {"frustrated": count, "frustrated_weight": total, "ties": ties}


def known_blocs(orgs: Iterable[str] = ("NATO", "EU"), *, kb: Any = None) -> dict[str, set[str]]:
    """Members (actor IRIs) of known organisations from the KB, for comparison with blocs.

    Args:
        orgs: Organisation IRIs or KB keys.
        kb: A ``KnowledgeBase``; ``graphkit.kb.load_kb()`` when omitted.

    Returns:
        Organisation IRI -> set of member IRIs (the organisation itself included, since it
        acts alongside its members in the news).
    """
    if kb is None:
        from graphkit.kb import load_kb

        kb = load_kb()
    out: dict[str, set[str]] = {}
    for org in orgs:
        iri = normalize_actor(org)
        out[iri] = {iri, *(a.id for a in kb.members(iri))}
    return out


def adjusted_rand_index(a: Mapping[Any, Any], b: Mapping[Any, Any]) -> float | None:
    """Adjusted Rand index (Hubert & Arabie 1985) of two labelings on their common keys.

    Returns ``None`` when fewer than two keys are shared or both labelings are trivial.

    Example:
        >>> adjusted_rand_index({"a": 0, "b": 0, "c": 1}, {"a": "x", "b": "x", "c": "y"})
        1.0
    """
    keys = [k for k in a if k in b]
    n = len(keys)
    if n < 2:
        return None
    table: dict[tuple[Any, Any], int] = defaultdict(int)
    rows: dict[Any, int] = defaultdict(int)
    cols: dict[Any, int] = defaultdict(int)
    for k in keys:
        table[(a[k], b[k])] += 1
        rows[a[k]] += 1
        cols[b[k]] += 1
    index = sum(comb(c, 2) for c in table.values())
    sum_rows = sum(comb(c, 2) for c in rows.values())
    sum_cols = sum(comb(c, 2) for c in cols.values())
    expected = sum_rows * sum_cols / comb(n, 2)
    maximum = (sum_rows + sum_cols) / 2
    if maximum == expected:
        return None
    return float((index - expected) / (maximum - expected))


def compare_blocs(
    blocs: list[set[Any]], known: Mapping[str, Collection[Any]], *, nodes: Collection[Any]
) -> dict[str, dict[str, Any]]:
    """How well found blocs match known groups, restricted to actors in the graph.

    For each known group: the best-matching bloc by Jaccard similarity, that Jaccard, the
    share of the group's actors in the graph that sit in that bloc (``recall``), and the
    adjusted Rand index of the two-way split "in the group / not" against the blocs.

    Example:
        >>> compare_blocs([{"a", "b"}, {"c"}], {"K": {"a", "b", "z"}}, nodes={"a", "b", "c"})
        {'K': {'present': 2, 'bloc': 0, 'jaccard': 1.0, 'recall': 1.0, 'ari': 1.0}}
    """
    node_set = set(nodes)
    where = {n: i for i, b in enumerate(blocs) for n in b}
    out: dict[str, dict[str, Any]] = {}
    for name, members in known.items():
        present = set(members) & node_set
        best, best_j = None, 0.0
        for i, bloc in enumerate(blocs):
            union = len(present | bloc)
            j = len(present & bloc) / union if union else 0.0
            if j > best_j:
                best, best_j = i, j
        split = {n: n in present for n in node_set if n in where}
        out[name] = {
            "present": len(present),
            "bloc": best,
            "jaccard": round(best_j, 4),
            "recall": round(len(present & blocs[best]) / len(present), 4)
            if best is not None and present
            else 0.0,
            "ari": adjusted_rand_index(where, split),
        }
    return out
