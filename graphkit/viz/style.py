"""What nodes and edges look like: colours, shapes, sizes and the legend that explains them.

Example:
    >>> EDGE_COLORS["hostile"], TYPE_SHAPES["State"]
    ('#d62728', 'dot')
    >>> centrality_color(0.0), centrality_color(1.0)
    ('#440154', '#fde725')
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

from graphkit.errors import InputError

__all__ = [
    "BLOC_PALETTE",
    "EDGE_COLORS",
    "NODE_COLOR_MODES",
    "NODE_SIZE_MODES",
    "TYPE_COLORS",
    "TYPE_SHAPES",
    "centrality_color",
    "edge_legend",
    "node_centrality",
    "node_size",
    "shape_legend",
]

#: Edge colour of each drawing group (colour-blind safe blue/red pair).
EDGE_COLORS = {
    "cooperative": "#1f78b4",
    "hostile": "#d62728",
    "neutral": "#7f7f7f",
    "negated": "#b8b8b8",
}
#: Dash pattern (vis-network ``dashes``) for claims and negated statements.
CLAIM_DASHES = [8, 6]
NEGATED_DASHES = [2, 5]

#: Node colour and shape of each actor type (shapes whose label sits outside the node).
TYPE_COLORS = {
    "State": "#4e79a7",
    "InternationalOrganization": "#f28e2b",
    "Person": "#59a14f",
    "NonStateArmedGroup": "#8c564b",
    "PoliticalParty": "#b07aa1",
    "MediaOutlet": "#9c755f",
    "InformalBloc": "#edc948",
    "Organization": "#76b7b2",
}
TYPE_SHAPES = {
    "State": "dot",
    "InternationalOrganization": "square",
    "Person": "triangle",
    "NonStateArmedGroup": "star",
    "PoliticalParty": "diamond",
    "MediaOutlet": "triangleDown",
    "InformalBloc": "hexagon",
    "Organization": "square",
}
OTHER_COLOR = "#bab0ac"
OTHER_SHAPE = "dot"
BLOC_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1",
    "#edc948", "#76b7b2", "#ff9da7", "#9c755f", "#17becf",
)  # fmt: skip
NO_BLOC_COLOR = "#c7c7c7"
_VIRIDIS = ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725")

NODE_COLOR_MODES = ("type", "bloc", "centrality")
NODE_SIZE_MODES = ("degree", "centrality")


def centrality_color(value: float) -> str:
    """A viridis colour for ``value`` in [0, 1] (clipped).

    Example:
        >>> centrality_color(0.5)
        '#21918c'
    """
    x = min(1.0, max(0.0, float(value))) * (len(_VIRIDIS) - 1)
    i = min(int(x), len(_VIRIDIS) - 2)
    t = x - i
    a, b = _VIRIDIS[i], _VIRIDIS[i + 1]
    rgb = [round(int(a[j : j + 2], 16) * (1 - t) + int(b[j : j + 2], 16) * t) for j in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def node_centrality(G: nx.MultiDiGraph) -> dict[Hashable, float]:
    """Each node's ``centrality`` attribute when every node has one, else degree centrality.

    Degree centrality counts statements (parallel edges), normalised to [0, 1] by the
    largest value.

    Example:
        >>> G = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "c")])
        >>> node_centrality(G)
        {'a': 0.6667, 'b': 1.0, 'c': 0.3333}
    """
    given = dict(G.nodes(data="centrality"))
    if given and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in given.values()
    ):
        raw = {n: float(v) for n, v in given.items()}
    else:
        raw = {n: float(d) for n, d in G.degree()}
    top = max(raw.values(), default=0.0) or 1.0
    return {n: round(v / top, 4) for n, v in raw.items()}


def node_size(mode: str, degree: int, centrality: float) -> float:
    """Node radius in pixels for ``mode`` ``degree`` (statements) or ``centrality`` (0..1).

    Example:
        >>> node_size("degree", 0, 0.0), node_size("degree", 16, 0.0)
        (8.0, 24.0)
    """
    if mode == "degree":
        return round(min(48.0, 8.0 + 4.0 * math.sqrt(degree)), 2)
    if mode == "centrality":
        return round(8.0 + 32.0 * min(1.0, max(0.0, centrality)), 2)
    raise InputError(f"node_size={mode!r} is not known; use {' or '.join(NODE_SIZE_MODES)}")


def node_colors(
    G: nx.MultiDiGraph, mode: str, blocs: Mapping[Hashable, str] | None
) -> tuple[dict[Hashable, str], list[dict[str, Any]]]:
    """Colour per node for ``mode`` and the node part of the legend.

    Raises:
        InputError: Unknown mode, or ``bloc`` without blocs (argument or node attribute).
    """
    legend: list[dict[str, Any]] = []
    colors: dict[Hashable, str] = {}
    if mode == "type":
        seen: list[str] = []
        for node, kind in G.nodes(data="type"):
            colors[node] = TYPE_COLORS.get(kind, OTHER_COLOR)
            label = kind if kind in TYPE_COLORS else "other"
            if label not in seen:
                seen.append(label)
        order = [*TYPE_COLORS, "other"]
        for label in sorted(seen, key=order.index):
            legend.append(
                {
                    "label": label,
                    "color": TYPE_COLORS.get(label, OTHER_COLOR),
                    "shape": TYPE_SHAPES.get(label, OTHER_SHAPE),
                }
            )
        return colors, legend
    if mode == "bloc":
        if blocs is None:
            blocs = {n: str(b) for n, b in G.nodes(data="bloc") if b is not None}
            if not blocs:
                raise InputError(
                    "node_color='bloc' needs blocs=... or a 'bloc' attribute on the nodes"
                )
        names = sorted({blocs[n] for n in G if n in blocs}, key=_natural)
        palette = {name: BLOC_PALETTE[i % len(BLOC_PALETTE)] for i, name in enumerate(names)}
        for node in G:
            colors[node] = palette[blocs[node]] if node in blocs else NO_BLOC_COLOR
        legend = [{"label": f"bloc {name}", "color": palette[name]} for name in names]
        if any(node not in blocs for node in G):
            legend.append({"label": "no bloc", "color": NO_BLOC_COLOR})
        return colors, legend
    if mode == "centrality":
        cent = node_centrality(G)
        colors = {node: centrality_color(cent[node]) for node in G}
        legend = [
            {"label": "low centrality", "color": centrality_color(0.0)},
            {"label": "high centrality", "color": centrality_color(1.0)},
        ]
        return colors, legend
    raise InputError(f"node_color={mode!r} is not known; use one of {', '.join(NODE_COLOR_MODES)}")


def edge_legend() -> list[dict[str, Any]]:
    """Legend entries for the edge colours and dash patterns.

    Example:
        >>> [item["label"] for item in edge_legend()][:2]
        ['cooperative', 'hostile']
    """
    items: list[dict[str, Any]] = [
        {"label": g, "color": c, "dashes": NEGATED_DASHES if g == "negated" else False}
        for g, c in EDGE_COLORS.items()
    ]
    items.append(
        {"label": "claim (attributed, not asserted)", "color": "#555555", "dashes": CLAIM_DASHES}
    )
    return items


def shape_legend(G: nx.Graph) -> list[dict[str, Any]]:
    """Legend entries for the node shapes of the actor types present in ``G``."""
    kinds = {kind for _, kind in G.nodes(data="type") if kind in TYPE_SHAPES}
    return [{"label": k, "shape": TYPE_SHAPES[k]} for k in TYPE_SHAPES if k in kinds]


def _natural(name: str) -> tuple[int, str]:
    return (int(name), "") if name.isdigit() else (1 << 30, name)
