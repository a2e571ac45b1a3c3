"""Node positions computed in Python, so the browser does not run physics on big graphs.

Each connected component is laid out on its own and the components are packed side by
side. Small components (up to :data:`KAMADA_KAWAI_MAX` nodes) get networkx's Kamada-Kawai layout;
larger ones a Fruchterman-Reingold spring layout whose repulsion is estimated from a
random sample of nodes each round (O(n * sample) instead of O(n^2)), about a second for
2,000 nodes / 10,000 edges where networkx's ``spring_layout`` takes ten.

Example:
    >>> import networkx as nx
    >>> pos = compute_layout(nx.path_graph(3), layout="spring", seed=1)
    >>> sorted(pos), all(len(p) == 2 for p in pos.values())
    ([0, 1, 2], True)
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx
import numpy as np

from graphkit.errors import InputError

__all__ = ["KAMADA_KAWAI_MAX", "LAYOUTS", "compute_layout", "sampled_spring_layout"]

#: Largest graph laid out with Kamada-Kawai under ``layout="auto"``.
KAMADA_KAWAI_MAX = 150
#: Accepted layout names (``"physics"`` leaves the layout to vis-network in the browser).
LAYOUTS = ("auto", "spring", "kamada_kawai", "circular", "physics")


def sampled_spring_layout(
    G: nx.Graph, *, seed: int = 0, iterations: int = 80, sample: int = 300
) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman-Reingold layout with sampled repulsion, positions in about [0, 1].

    Parallel edges count once per statement, so a much-discussed dyad pulls harder.

    Example:
        >>> import networkx as nx
        >>> pos = sampled_spring_layout(nx.complete_graph(4), seed=3)
        >>> len(pos)
        4
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in G.edges() if u != v]
    edges = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k2 = 1.0 / n
    k = np.sqrt(k2)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    u, v = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        m = min(n, sample)
        idx = rng.choice(n, m, replace=False) if m < n else np.arange(n)
        x, y = pos[:, 0], pos[:, 1]
        dx = x[:, None] - x[None, idx]
        dy = y[:, None] - y[None, idx]
        # repulsion k^2 / d from the sampled nodes, scaled up to all n
        scale = dx * dx
        scale += dy * dy
        np.maximum(scale, 1e-6, out=scale)
        np.divide(k2 * n / m, scale, out=scale)
        disp = np.stack([(dx * scale).sum(axis=1), (dy * scale).sum(axis=1)], axis=1)
        if len(edges):  # attraction d^2 / k along every edge
            ed = pos[u] - pos[v]
            pull = ed * (np.sqrt((ed * ed).sum(axis=1)) / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(v, pull[:, axis], n) - np.bincount(u, pull[:, axis], n)
        step = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(step, 0.01, out=step)
        pos += disp * (temperature / step)[:, None]
        temperature -= cooling
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos, strict=True)}


def _unit(raw: Mapping[Hashable, Any]) -> dict[Hashable, np.ndarray]:
    """Positions centred on 0 with the farthest node at distance 1."""
    arr = np.array([raw[node] for node in raw], dtype=float).reshape(-1, 2)
    arr -= arr.mean(axis=0)
    radius = float(np.sqrt((arr**2).sum(axis=1)).max()) or 1.0
    return {node: xy / radius for node, xy in zip(raw, arr, strict=True)}


def _radius(n: int) -> float:
    """Radius, in layout units, given to a drawing of ``n`` nodes."""
    return 0.5 * np.sqrt(n) + 0.5


def _component(sub: nx.Graph, layout: str, seed: int) -> dict[Hashable, np.ndarray]:
    """Layout of one connected component, radius :func:`_radius` of its size."""
    nodes = list(sub)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    if n == 2:
        return {nodes[0]: np.array([-0.5, 0.0]), nodes[1]: np.array([0.5, 0.0])}
    if layout == "kamada_kawai" or (layout == "auto" and n <= KAMADA_KAWAI_MAX):
        raw: Mapping[Hashable, Any] = nx.kamada_kawai_layout(sub)
    else:
        raw = sampled_spring_layout(sub, seed=seed)
    radius = _radius(n)
    return {node: xy * radius for node, xy in _unit(raw).items()}


def _component_graph(G: nx.Graph, nodes: set[Hashable], rank: Mapping[Hashable, int]) -> nx.Graph:
    """The subgraph of ``G`` on ``nodes``, its nodes and edges iterated in ``G``'s order.

    ``G.subgraph(nodes)`` iterates a node set smaller than half of ``G`` in set order, which
    for string keys changes with ``PYTHONHASHSEED``, and the layout with it.
    """
    sub = nx.Graph()
    ordered = sorted(nodes, key=rank.__getitem__)
    sub.add_nodes_from(ordered)
    sub.add_edges_from(G.edges(ordered, data=True))  # ``nodes`` is a whole component
    return sub


def _packed(parts: list[dict[Hashable, np.ndarray]]) -> dict[Hashable, tuple[float, float]]:
    """Components side by side in rows (largest first), one unit of margin between them."""
    boxes = []
    for part in parts:
        arr = np.array(list(part.values()))
        low, high = arr.min(axis=0), arr.max(axis=0)
        boxes.append((low, high - low + 1.0))
    row_width = max(
        max(size[0] for _, size in boxes), 1.2 * np.sqrt(sum(w * h for _, (w, h) in boxes))
    )
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, (low, (w, h)) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        shift = np.array([x, y]) - low
        for node, xy in part.items():
            out[node] = (float(xy[0] + shift[0]), float(xy[1] + shift[1]))
        x += w
        row_height = max(row_height, h)
    return out


def _scaled(raw: Mapping[Hashable, Any], spacing: float) -> dict[Hashable, tuple[float, float]]:
    """Centre positions on 0 and multiply by ``spacing`` pixels per unit."""
    if not raw:
        return {}
    arr = np.array([raw[node] for node in raw], dtype=float).reshape(-1, 2)
    arr -= (arr.min(axis=0) + arr.max(axis=0)) / 2
    arr *= spacing
    return {
        node: (round(float(x), 1), round(float(y), 1))
        for node, (x, y) in zip(raw, arr, strict=True)
    }


def compute_layout(
    G: nx.Graph,
    *,
    layout: str | Mapping[Hashable, Any] = "auto",
    seed: int = 0,
    spacing: float = 120.0,
) -> dict[Hashable, tuple[float, float]] | None:
    """Pixel positions for the nodes of ``G``, or None for ``layout="physics"``.

    Each connected component is laid out on its own and the components are packed in
    rows, largest first, so isolated actors do not drift off and squeeze the rest.

    Args:
        G: The graph to draw (directions and parallel edges are ignored).
        layout: ``auto`` (Kamada-Kawai for components of up to :data:`KAMADA_KAWAI_MAX`
            nodes, else spring), ``spring``, ``kamada_kawai``, ``circular`` (one circle),
            ``physics`` (vis-network lays the graph out in the browser), or a mapping
            node -> (x, y) used as given (scaled to pixels).
        seed: Seed of the spring layout.
        spacing: Pixels per layout unit (about the distance between neighbours).

    Raises:
        InputError: An unknown layout name or a mapping that misses nodes.
    """
    n = G.number_of_nodes()
    if isinstance(layout, Mapping):
        missing = [node for node in G if node not in layout]
        if missing:
            raise InputError(
                f"layout has no position for {len(missing)} nodes, e.g. {missing[0]!r}"
            )
        unit = _unit({node: layout[node] for node in G}) if n else {}
        return _scaled({k: v * _radius(n) for k, v in unit.items()}, spacing)
    if layout not in LAYOUTS:
        raise InputError(f"layout={layout!r} is not known; use one of {', '.join(LAYOUTS)}")
    if layout == "physics":
        return None
    if n == 0:
        return {}
    simple = nx.Graph(G)
    if layout == "circular":
        unit = _unit(nx.circular_layout(simple)) if n > 1 else {next(iter(G)): np.zeros(2)}
        return _scaled({k: v * _radius(n) for k, v in unit.items()}, spacing)
    components = sorted(nx.connected_components(simple), key=len, reverse=True)
    rank = {node: i for i, node in enumerate(simple)}
    parts = [_component(_component_graph(simple, c, rank), layout, seed) for c in components]
    return _scaled(_packed(parts), spacing)
