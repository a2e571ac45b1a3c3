"""The stance matrix and change over time: windows, the graph as of a date, diffs.

Example:
    >>> import networkx as nx
    >>> before, after = nx.DiGraph(), nx.DiGraph()
    >>> before.add_edge("a", "b", weight=3.0)
    >>> after.add_edge("a", "b", weight=-2.0)
    >>> stance_diff(before, after)[0]["change"]
    'reversed'
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx
import pandas as pd

from graphkit.analysis.projection import _sign, signed_graph
from graphkit.errors import InputError

__all__ = [
    "CHANGES",
    "diff_windows",
    "dyad_timeline",
    "graph_as_of",
    "stance_diff",
    "stance_matrix",
    "top_actors",
    "window_graph",
]

#: Kinds of change of a dyad between two windows.
CHANGES = ("new", "reversed", "strengthened", "weakened", "vanished", "unchanged")


def top_actors(D: nx.DiGraph, n: int, *, attr: str = "n_statements") -> list[Any]:
    """The ``n`` actors with the most statements sent plus received (ties by IRI).

    Example:
        >>> D = nx.DiGraph()
        >>> D.add_edge("a", "b", n_statements=3); D.add_edge("c", "b", n_statements=1)
        >>> top_actors(D, 2)
        ['b', 'a']
    """
    score: Counter[Any] = Counter(dict.fromkeys(D, 0))
    for u, v, data in D.edges(data=True):
        score[u] += data.get(attr, 1)
        score[v] += data.get(attr, 1)
    return sorted(D, key=lambda x: (-score[x], str(x)))[:n]


def stance_matrix(
    D: nx.DiGraph,
    *,
    actors: list[Any] | None = None,
    top: int | None = None,
    value: str = "weight",
    labels: bool = False,
) -> pd.DataFrame:
    """Actor x actor matrix of a dyad attribute: rows act on columns.

    Args:
        D: Signed dyad graph.
        actors: Rows and columns, in this order; all actors (sorted) when omitted.
        top: Keep only the ``top`` actors by statements (a dense 10k x 10k matrix would
            not fit in memory); ignored when ``actors`` is given.
        value: Dyad attribute (``"weight"``, ``"n_statements"``, ``"n_hostile"``...).
        labels: Use actor labels (made unique) instead of IRIs as row/column names.

    Returns:
        A float DataFrame, 0.0 where there is no dyad.

    Example:
        >>> D = nx.DiGraph()
        >>> D.add_edge("a", "b", weight=-3.0)
        >>> stance_matrix(D).loc["a", "b"]
        np.float64(-3.0)
    """
    if actors is None:
        actors = top_actors(D, top) if top is not None else sorted(D, key=str)
    missing = [a for a in actors if a not in D]
    if missing:
        raise InputError(f"actors not in the graph: {missing[:5]}")
    pos = {a: i for i, a in enumerate(actors)}
    data = [[0.0] * len(actors) for _ in actors]
    for u in actors:
        for v, attrs in D.succ[u].items():
            if v in pos:
                data[pos[u]][pos[v]] = float(attrs.get(value, 0.0))
    names: list[Any] = list(actors)
    if labels:
        names = _unique_labels(D, actors)
    return pd.DataFrame(data, index=pd.Index(names, dtype=object), columns=names)


def _unique_labels(D: nx.Graph, actors: list[Any]) -> list[str]:
    raw = [str(D.nodes[a].get("label") or a) for a in actors]
    counts = Counter(raw)
    return [
        f"{lab} <{str(a).rsplit('/', 1)[-1]}>" if counts[lab] > 1 else lab
        for lab, a in zip(raw, actors, strict=True)
    ]


def window_graph(
    G: nx.MultiDiGraph, *, since: str | None = None, until: str | None = None
) -> nx.MultiDiGraph:
    """The statements dated within ``[since, until]`` (undated ones are dropped).

    Example:
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("a", "b", key="s1", date="2022-01-05")
        >>> _ = G.add_edge("a", "b", key="s2", date="2022-03-01")
        >>> list(window_graph(G, until="2022-02-01").edges(keys=True))
        [('a', 'b', 's1')]
    """
    H = nx.MultiDiGraph()
    for u, v, key, data in G.edges(keys=True, data=True):
        day = data.get("date")
        if day is None:
            continue
        day = str(day)[:10]
        if (since is not None and day < since) or (until is not None and day > until):
            continue
        for n in (u, v):
            if n not in H:
                H.add_node(n, **G.nodes[n])
        H.add_edge(u, v, key=key, **data)
    return H


def graph_as_of(G: nx.MultiDiGraph, date: str) -> nx.MultiDiGraph:
    """The statement graph as it stood on ``date``: statements dated on or before it."""
    return window_graph(G, until=date)


def stance_diff(
    before: nx.DiGraph, after: nx.DiGraph, *, weight: str = "weight", tolerance: float = 0.0
) -> list[dict[str, Any]]:
    """How each dyad changed from one signed graph to another.

    ``new``: a dyad only in ``after``; ``vanished``: only in ``before``; ``reversed``: the
    sign of the net weight flipped (both non-zero); ``strengthened`` / ``weakened``: the
    same sign with ``|weight|`` up / down by more than ``tolerance`` (a move to or from 0
    counts as weakened / strengthened); else ``unchanged``.

    Returns:
        ``[{"source", "target", "before", "after", "change"}]`` sorted by kind (in
        ``CHANGES`` order), then by the size of the change, then by the dyad.
    """
    rows = []
    for u, v in set(before.edges()) | set(after.edges()):
        has_b, has_a = before.has_edge(u, v), after.has_edge(u, v)
        wb = float(before.edges[u, v].get(weight, 0.0)) if has_b else None
        wa = float(after.edges[u, v].get(weight, 0.0)) if has_a else None
        if wb is None:
            change = "new"
        elif wa is None:
            change = "vanished"
        elif _sign(wb) * _sign(wa) < 0:
            change = "reversed"
        elif abs(wa) > abs(wb) + tolerance:
            change = "strengthened"
        elif abs(wa) < abs(wb) - tolerance:
            change = "weakened"
        else:
            change = "unchanged"
        rows.append({"source": u, "target": v, "before": wb, "after": wa, "change": change})
    rank = {c: i for i, c in enumerate(CHANGES)}
    rows.sort(
        key=lambda r: (
            rank[r["change"]],
            -abs((r["after"] or 0.0) - (r["before"] or 0.0)),
            str(r["source"]),
            str(r["target"]),
        )
    )
    return rows


def diff_windows(
    G: nx.MultiDiGraph,
    first: tuple[str | None, str | None],
    second: tuple[str | None, str | None],
    *,
    weight: str = "intensity",
    min_evidence: int = 1,
    tolerance: float = 0.0,
    labels: bool = False,
) -> pd.DataFrame:
    """Dyad changes between two time windows ``(since, until)`` of a statement graph.

    Args:
        G: Statement graph (see :func:`~graphkit.analysis.statement_graph`).
        first: ``(since, until)`` of the first window (ISO dates, None for open).
        second: ``(since, until)`` of the second window.
        weight: ``"intensity"`` or ``"count"`` (see :func:`~graphkit.analysis.signed_graph`).
        min_evidence: Least number of statements for a dyad in a window.
        tolerance: Least change of ``|weight|`` that counts (see :func:`stance_diff`).
        labels: Add ``source_label`` and ``target_label`` columns with the actor labels
            (made unique as in :func:`stance_matrix`) after ``source`` and ``target``.

    Returns:
        One row per dyad: source, target (IRIs), [source_label, target_label,] before,
        after (net weights, None where absent) and change (see :func:`stance_diff`).

    Raises:
        InputError: A window that ends before it starts.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("a", "b", key="s1", date="2022-01-05", polarity=1, intensity=3.0)
        >>> _ = G.add_edge("a", "b", key="s2", date="2022-03-01", polarity=-1, intensity=-3.0)
        >>> diff_windows(G, (None, "2022-01-31"), ("2022-02-01", None))["change"].tolist()
        ['reversed']
    """
    for since, until in (first, second):
        if since is not None and until is not None and since > until:
            raise InputError(f"window ({since!r}, {until!r}) ends before it starts")
    before = signed_graph(
        window_graph(G, since=first[0], until=first[1]), weight=weight, min_evidence=min_evidence
    )
    after = signed_graph(
        window_graph(G, since=second[0], until=second[1]), weight=weight, min_evidence=min_evidence
    )
    rows = stance_diff(before, after, tolerance=tolerance)
    columns = ["source", "target", "before", "after", "change"]
    if labels:
        actors = sorted({r[end] for r in rows for end in ("source", "target")}, key=str)
        name = dict(zip(actors, _unique_labels(G, actors), strict=True))
        for r in rows:
            r["source_label"], r["target_label"] = name[r["source"]], name[r["target"]]
        columns[2:2] = ["source_label", "target_label"]
    return pd.DataFrame(rows, columns=columns)


def dyad_timeline(G: nx.MultiDiGraph, *, top: int = 10) -> pd.DataFrame:
    """Statements per day for the ``top`` undirected dyads with the most dated statements.

    Returns:
        A DataFrame with columns dyad (``"A – B"`` labels), date, cooperative, hostile,
        neutral (counts; negated statements are not counted).
    """
    per: Counter[tuple[Any, Any]] = Counter()
    cells: Counter[tuple[tuple[Any, Any], str, int]] = Counter()
    for u, v, data in G.edges(data=True):
        if u == v or data.get("negated") or not data.get("date"):
            continue
        pair = tuple(sorted((u, v), key=str))
        per[pair] += 1
        cells[(pair, str(data["date"])[:10], _sign(data.get("polarity") or 0))] += 1
    chosen = sorted(per, key=lambda p: (-per[p], str(p)))[:top]
    label = {n: str(G.nodes[n].get("label") or n) for p in chosen for n in p}
    records = []
    for pair in chosen:
        days = sorted({d for (p, d, _s) in cells if p == pair})
        for day in days:
            records.append(
                {
                    "dyad": f"{label[pair[0]]} – {label[pair[1]]}",
                    "date": day,
                    "cooperative": cells[(pair, day, 1)],
                    "hostile": cells[(pair, day, -1)],
                    "neutral": cells[(pair, day, 0)],
                }
            )
    return pd.DataFrame(records, columns=["dyad", "date", "cooperative", "hostile", "neutral"])
