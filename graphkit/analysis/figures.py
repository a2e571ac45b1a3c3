"""Figures of an analysis with matplotlib: plotting helpers and the PNG files they make.

Each ``plot_*`` helper draws on a matplotlib ``Axes`` (a new figure from ``pyplot`` when
``ax`` is omitted, so notebooks show it inline) and returns it; each ``write_*_png``
function draws with the same helper on an off-screen Agg figure and writes the file. Nothing
changes matplotlib's global state (backend, style) at import or when a file is written.

- :func:`plot_stance_matrix`: heatmap of a stance matrix, red hostile, blue cooperative.
- :func:`plot_blocs`: actors laid out with a seeded spring layout of their cooperative
  ties, coloured by bloc, with cooperative (blue) and hostile (red) ties.
- :func:`plot_dyad_timeline`: cooperative / hostile / neutral statements per day of one
  dyad or of the busiest dyads.

Example:
    >>> from matplotlib.figure import Figure
    >>> m = pd.DataFrame([[0.0, -3.0], [2.0, 0.0]], index=["A", "B"], columns=["A", "B"])
    >>> ax = plot_stance_matrix(m, Figure().add_subplot())
    >>> ax.get_ylabel(), [t.get_text() for t in ax.get_xticklabels()]
    ('subject', ['A', 'B'])
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from graphkit.analysis.projection import _induced_subgraph, normalize_actor
from graphkit.analysis.temporal import dyad_timeline
from graphkit.errors import InputError

__all__ = [
    "plot_blocs",
    "plot_dyad_timeline",
    "plot_stance_matrix",
    "write_blocs_png",
    "write_dyad_timeline_png",
    "write_stance_matrix_png",
]

_DPI = 110


def _axes(ax: Any, figsize: tuple[float, float]) -> Any:
    """``ax`` itself, or the axes of a new pyplot figure (the user's backend)."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _fig, new = plt.subplots(figsize=figsize)
    return new


def _write_png(path: str | Path, figsize: tuple[float, float], draw: Callable[[Any], Any]) -> Path:
    """Draw on an off-screen Agg figure (no pyplot, no backend switch) and save it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize)
    FigureCanvasAgg(fig)
    draw(fig.add_subplot())
    fig.tight_layout()
    fig.savefig(path, dpi=_DPI)
    return Path(path)


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def _matrix_size(matrix: pd.DataFrame) -> tuple[float, float]:
    size = min(4 + 0.28 * len(matrix), 18)
    return (size + 1.5, size)


_BLOCS_SIZE = (10.0, 8.0)


def _dyads(timeline: pd.DataFrame) -> list[str]:
    """The dyads of a timeline, one figure row each, in their order of first appearance."""
    return list(dict.fromkeys(timeline["dyad"])) if len(timeline) else []


def _timeline_size(dyads: list[str]) -> tuple[float, float]:
    return (11, 1.2 + 0.5 * max(len(dyads), 3))


def plot_stance_matrix(matrix: pd.DataFrame, ax: Any = None, *, title: str = "") -> Any:
    """Draw a stance matrix (rows act on columns) as a red-blue heatmap with a colorbar.

    Args:
        matrix: A square matrix such as :func:`~graphkit.analysis.stance_matrix` returns.
        ax: Axes to draw on; a new pyplot figure when omitted.
        title: Axes title ("Stance matrix" when empty).

    Returns:
        The Axes drawn on.
    """
    ax = _axes(ax, _matrix_size(matrix))
    n = len(matrix)
    if n == 0:
        _empty(ax, "no actors")
    else:
        values = matrix.to_numpy(dtype=float)
        bound = max(float(abs(values).max()), 1e-9)
        image = ax.imshow(values, cmap="RdBu", vmin=-bound, vmax=bound)
        ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns])
        ax.tick_params(axis="x", labelrotation=90, labelsize=7)
        ax.set_yticks(range(n), [str(i) for i in matrix.index], fontsize=7)
        ax.set_xlabel("object (target of the stance)")
        ax.set_ylabel("subject")
        ax.figure.colorbar(image, ax=ax, shrink=0.7, label="net signed weight")
    ax.set_title(title or "Stance matrix")
    return ax


def plot_blocs(
    U: nx.Graph,
    blocs: list[set[Any]],
    ax: Any = None,
    *,
    actors: list[Any] | None = None,
    seed: int = 0,
) -> Any:
    """Draw actors of ``U`` coloured by bloc, with cooperative and hostile ties.

    Args:
        U: Undirected signed ties (``weight`` and ``sign``), as in ``AnalysisResult.ties``.
        blocs: Partition of the actors, largest first; singletons are drawn grey.
        ax: Axes to draw on; a new pyplot figure when omitted.
        actors: The actors to draw (all of ``U`` when omitted).
        seed: Seed of the spring layout.

    Returns:
        The Axes drawn on.
    """
    import matplotlib
    from matplotlib.lines import Line2D

    ax = _axes(ax, _BLOCS_SIZE)
    H = U if actors is None else _induced_subgraph(U, set(actors))
    if H.number_of_nodes() == 0:
        _empty(ax, "no actors")
    else:
        where = {n: i for i, b in enumerate(blocs) if len(b) > 1 for n in b}
        cmap = matplotlib.colormaps["tab10"]
        P = nx.Graph()
        P.add_nodes_from(H)
        P.add_edges_from(
            (u, v, {"weight": d["weight"]}) for u, v, d in H.edges(data=True) if d["weight"] > 0
        )
        layout = nx.spring_layout(P, seed=seed, weight="weight")
        for sign, colour in ((1, "tab:blue"), (-1, "tab:red")):
            edges = [(u, v) for u, v, d in H.edges(data=True) if d.get("sign") == sign]
            nx.draw_networkx_edges(H, layout, edgelist=edges, edge_color=colour, alpha=0.35, ax=ax)
        grey = (0.6, 0.6, 0.6)
        colours = [cmap(where[n]) if where.get(n, 99) < 10 else grey for n in H]
        nx.draw_networkx_nodes(H, layout, node_color=colours, node_size=180, ax=ax)
        nx.draw_networkx_labels(
            H, layout, labels={n: str(H.nodes[n].get("label") or n) for n in H}, font_size=7, ax=ax
        )
        handles = [
            Line2D(
                [], [], marker="o", linestyle="", color=cmap(i), label=f"bloc {i + 1} ({len(b)})"
            )
            for i, b in enumerate(blocs[:10])
            if len(b) > 1
        ]
        if handles:
            ax.legend(handles=handles, loc="best", fontsize=8)
        ax.set_axis_off()
    ax.set_title("Blocs (blue: cooperative ties, red: hostile ties)")
    return ax


def _pair_timeline(G: nx.MultiDiGraph, a: str, b: str) -> pd.DataFrame:
    """The dyad timeline of the statements between actors ``a`` and ``b`` of ``G``."""
    ends = []
    for name in (a, b):
        node = name if name in G else normalize_actor(name)
        if node not in G:
            raise InputError(f"actor {name!r} is not in the statement graph")
        ends.append(node)
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, G.nodes[n]) for n in ends)
    for u, v in ((ends[0], ends[1]), (ends[1], ends[0])):
        if G.has_edge(u, v):
            H.add_edges_from((u, v, k, d) for k, d in G[u][v].items())
    return dyad_timeline(H, top=1)


def plot_dyad_timeline(
    data: nx.MultiDiGraph | pd.DataFrame,
    a: str | None = None,
    b: str | None = None,
    ax: Any = None,
    *,
    top: int = 10,
) -> Any:
    """Draw cooperative, neutral and hostile statements per day, one row per dyad.

    Args:
        data: A statement graph, or a timeline from
            :func:`~graphkit.analysis.dyad_timeline`.
        a: With ``b``, draw only the dyad of these two actors: for a graph, IRIs, KB keys
            or names the KB knows; for a timeline, actor labels as in its ``dyad`` column.
        b: The other actor of the dyad.
        ax: Axes to draw on; a new pyplot figure when omitted.
        top: For a graph and no dyad, the number of busiest dyads drawn.

    Returns:
        The Axes drawn on.

    Raises:
        InputError: Only one of ``a``/``b`` given, or an actor not in the graph.
    """
    if (a is None) != (b is None):
        raise InputError(f"give both actors of the dyad or neither, got a={a!r}, b={b!r}")
    if isinstance(data, pd.DataFrame):
        timeline = data
        if a is not None:
            timeline = data[data["dyad"].isin([f"{a} – {b}", f"{b} – {a}"])]
    elif a is not None and b is not None:
        timeline = _pair_timeline(data, a, b)
    else:
        timeline = dyad_timeline(data, top=top)
    dyads = _dyads(timeline)
    ax = _axes(ax, _timeline_size(dyads))
    if not dyads:
        _empty(ax, "no dated statements")
    else:
        row = {d: i for i, d in enumerate(dyads)}
        dates = pd.to_datetime(timeline["date"], errors="coerce")
        y = timeline["dyad"].map(row)
        offsets = {"cooperative": 0.15, "neutral": 0.0, "hostile": -0.15}
        colours = {"cooperative": "tab:blue", "neutral": "tab:gray", "hostile": "tab:red"}
        for kind, offset in offsets.items():
            mask = timeline[kind] > 0
            if not mask.any():
                continue
            ax.scatter(
                dates[mask],
                y[mask] + offset,
                s=12 + 14 * timeline[kind][mask] ** 0.5,
                color=colours[kind],
                alpha=0.7,
                label=kind,
            )
        ax.set_yticks(range(len(dyads)), dyads, fontsize=8)
        ax.set_ylim(len(dyads) - 0.5, -0.5)
        ax.legend(loc="upper right", fontsize=8)
        ax.tick_params(axis="x", labelrotation=30)
    ax.set_title("Statements per dyad over time")
    return ax


def write_stance_matrix_png(matrix: pd.DataFrame, path: str | Path, *, title: str = "") -> Path:
    """Write :func:`plot_stance_matrix` of ``matrix`` to the PNG file ``path``."""
    return _write_png(
        path, _matrix_size(matrix), lambda ax: plot_stance_matrix(matrix, ax, title=title)
    )


def write_blocs_png(
    U: nx.Graph, blocs: list[set[Any]], path: str | Path, *, actors: list[Any], seed: int = 0
) -> Path:
    """Write :func:`plot_blocs` of ``actors`` (a subset of ``U``) to the PNG file ``path``."""
    return _write_png(
        path, _BLOCS_SIZE, lambda ax: plot_blocs(U, blocs, ax, actors=actors, seed=seed)
    )


def write_dyad_timeline_png(timeline: pd.DataFrame, path: str | Path) -> Path:
    """Write :func:`plot_dyad_timeline` of a timeline (see ``dyad_timeline``) to ``path``."""
    return _write_png(
        path, _timeline_size(_dyads(timeline)), lambda ax: plot_dyad_timeline(timeline, ax=ax)
    )
