"""PNG figures of an analysis with matplotlib (Agg backend, chosen inside each function).

- :func:`plot_stance_matrix`: heatmap of the net stance of the most active actors,
  red hostile, blue cooperative, ordered by bloc.
- :func:`plot_blocs`: the most active actors laid out with a seeded spring layout of their
  cooperative ties, coloured by bloc, with cooperative (blue) and hostile (red) ties.
- :func:`plot_dyad_timeline`: cooperative / hostile / neutral statements per day for the
  busiest dyads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

__all__ = ["plot_blocs", "plot_dyad_timeline", "plot_stance_matrix"]


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def plot_stance_matrix(matrix: pd.DataFrame, path: str | Path, *, title: str = "") -> Path:
    """Write a heatmap of a labelled stance matrix (rows act on columns) to ``path``."""
    plt = _pyplot()
    n = len(matrix)
    size = min(4 + 0.28 * n, 18)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    try:
        if n == 0:
            _empty(ax, "no actors")
        else:
            values = matrix.to_numpy(dtype=float)
            bound = max(float(abs(values).max()), 1e-9)
            image = ax.imshow(values, cmap="RdBu", vmin=-bound, vmax=bound)
            ax.set_xticks(range(n), [str(c) for c in matrix.columns], rotation=90, fontsize=7)
            ax.set_yticks(range(n), [str(i) for i in matrix.index], fontsize=7)
            ax.set_xlabel("object (target of the stance)")
            ax.set_ylabel("subject")
            fig.colorbar(image, ax=ax, shrink=0.7, label="net signed weight")
        ax.set_title(title or "Stance matrix")
        fig.tight_layout()
        fig.savefig(path, dpi=110)
    finally:
        plt.close(fig)
    return Path(path)


def plot_blocs(
    U: nx.Graph, blocs: list[set[Any]], path: str | Path, *, actors: list[Any], seed: int = 0
) -> Path:
    """Write the bloc membership plot of ``actors`` (a subset of ``U``) to ``path``."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(10, 8))
    try:
        H = U.subgraph(actors)
        if H.number_of_nodes() == 0:
            _empty(ax, "no actors")
        else:
            where = {n: i for i, b in enumerate(blocs) for n in b}
            cmap = plt.get_cmap("tab10")
            P = nx.Graph()
            P.add_nodes_from(H)
            P.add_edges_from(
                (u, v, {"weight": d["weight"]}) for u, v, d in H.edges(data=True) if d["weight"] > 0
            )
            layout = nx.spring_layout(P, seed=seed, weight="weight")
            for sign, colour in ((1, "tab:blue"), (-1, "tab:red")):
                edges = [(u, v) for u, v, d in H.edges(data=True) if d.get("sign") == sign]
                nx.draw_networkx_edges(
                    H, layout, edgelist=edges, edge_color=colour, alpha=0.35, ax=ax
                )
            colours = [cmap(where[n] % 10) if where.get(n, 99) < 10 else (0.6, 0.6, 0.6) for n in H]
            nx.draw_networkx_nodes(H, layout, node_color=colours, node_size=180, ax=ax)
            nx.draw_networkx_labels(
                H,
                layout,
                labels={n: str(H.nodes[n].get("label") or n) for n in H},
                font_size=7,
                ax=ax,
            )
            handles = [
                plt.Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    color=cmap(i % 10),
                    label=f"bloc {i + 1} ({len(b)} actors)",
                )
                for i, b in enumerate(blocs[:10])
                if len(b) > 1
            ]
            if handles:
                ax.legend(handles=handles, loc="best", fontsize=8)
            ax.set_axis_off()
        ax.set_title("Blocs (blue: cooperative ties, red: hostile ties)")
        fig.tight_layout()
        fig.savefig(path, dpi=110)
    finally:
        plt.close(fig)
    return Path(path)


def plot_dyad_timeline(timeline: pd.DataFrame, path: str | Path) -> Path:
    """Write statements per day for each dyad of ``timeline`` (see ``dyad_timeline``)."""
    plt = _pyplot()
    dyads = list(dict.fromkeys(timeline["dyad"])) if len(timeline) else []
    fig, ax = plt.subplots(figsize=(11, 1.2 + 0.5 * max(len(dyads), 3)))
    try:
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
            ax.invert_yaxis()
            ax.legend(loc="upper right", fontsize=8)
            fig.autofmt_xdate()
        ax.set_title("Statements per dyad over time")
        fig.tight_layout()
        fig.savefig(path, dpi=110)
    finally:
        plt.close(fig)
    return Path(path)
