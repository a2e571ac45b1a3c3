"""The pure core of the visualiser: statement graph in, plain drawable records out.

Nothing here knows about HTML or pyvis. :func:`select_statements` cuts the statement graph
(the ``nx.MultiDiGraph`` of the analysis/viz contract, one edge per statement) down to what
the user asked for; :func:`aggregate_edges` groups the statements of one dyad into the
edges that get drawn (:func:`graphkit.viz.records.statement_record` makes the side-panel
record of one statement).

Drawing groups. Every statement falls in one group:

* ``cooperative`` / ``hostile`` / ``neutral`` - from its relation's polarity (+1 / -1 / 0);
* ``negated`` - any statement with ``negated`` true ("did not condemn"), whatever its
  relation. A negated act is never drawn as hostility: it gets its own dotted grey edge
  and the panel flags it "negated".

Statements that are neither negated nor asserted (a claim attributed to a third party,
``asserted`` false with ``attributed_to``) are *claims*; they are drawn on their own
dashed edge, apart from the asserted statements of the same dyad and group. So one drawn
edge = (subject, object, group, claim or not).

Example:
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="A", type="State")
    >>> G.add_node("B", label="B", type="State")
    >>> for i, rel in enumerate(["condemns", "criticizes"]):
    ...     _ = G.add_edge("A", "B", key=f"s{i}", relation=rel, polarity=-1, asserted=True,
    ...                    negated=False)
    >>> [(e.source, e.target, e.group, e.count) for e in aggregate_edges(G)]
    [('A', 'B', 'hostile', 2)]
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import networkx as nx

from graphkit.errors import InputError

__all__ = [
    "GROUPS",
    "QUAD_CLASSES",
    "DrawnEdge",
    "aggregate_edges",
    "blocs_by_actor",
    "detect_blocs",
    "edge_width",
    "resolve_focus",
    "select_statements",
    "statement_claim",
    "statement_group",
    "statement_polarity",
]

#: The drawing groups, in legend order.
GROUPS = ("cooperative", "hostile", "neutral", "negated")
_POLARITY_GROUP = {1: "cooperative", -1: "hostile", 0: "neutral"}
#: The quad classes (``gk:quadClass``) and their names, in legend order.
QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class DrawnEdge:
    """One drawn edge: the statements of a dyad that share a group and claim status.

    Attributes:
        source: Subject actor (node key).
        target: Object actor (node key).
        group: One of :data:`GROUPS`.
        claim: True when the statements are claims (not asserted, not negated).
        keys: Edge keys of the statements, in graph order.
        relations: Relation local name -> number of statements.
    """

    source: Hashable
    target: Hashable
    group: str
    claim: bool
    keys: tuple[Hashable, ...]
    relations: tuple[tuple[str, int], ...]

    @property
    def count(self) -> int:
        """Number of statements behind the edge."""
        return len(self.keys)


def statement_polarity(data: Mapping[str, Any], key: Hashable = "?") -> int:
    """The polarity (-1, 0, 1) of one statement's edge attributes.

    Raises:
        InputError: A missing or other value, naming the statement.
    """
    value = data.get("polarity")
    if isinstance(value, bool) or value not in (-1, 0, 1):
        raise InputError(f"statement {key!r} has polarity {value!r}; expected -1, 0 or 1")
    return int(value)


def statement_group(data: Mapping[str, Any], key: Hashable = "?") -> str:
    """The drawing group of one statement's edge attributes.

    Example:
        >>> statement_group({"polarity": -1, "negated": True})
        'negated'
        >>> statement_group({"polarity": 1})
        'cooperative'
    """
    if data.get("negated", False):
        return "negated"
    return _POLARITY_GROUP[statement_polarity(data, key)]


def statement_claim(data: Mapping[str, Any]) -> bool:
    """True for a claim: neither asserted as fact nor negated (drawn dashed).

    Example:
        >>> statement_claim({"asserted": False, "negated": False, "attributed_to": "X"})
        True
    """
    return not data.get("negated", False) and not data.get("asserted", True)


def _as_date(value: object, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputError(f"{name}={value!r} is not a date; give YYYY-MM-DD or a datetime.date")


def _polarity_filter(polarity: Iterable[str | int] | str | int) -> set[str]:
    values: Iterable[str | int] = [polarity] if isinstance(polarity, str | int) else list(polarity)
    groups: set[str] = set()
    for value in values:
        if isinstance(value, str) and value in GROUPS:
            groups.add(value)
        elif isinstance(value, int) and not isinstance(value, bool) and value in _POLARITY_GROUP:
            groups.add(_POLARITY_GROUP[value])
        else:
            raise InputError(
                f"polarity {value!r} is not known; use {', '.join(GROUPS)} or -1, 0, 1"
            )
    return groups


def _relation_filter(relations: Iterable[str] | str) -> set[str]:
    from graphkit.ontology import relations as ontology_relations

    names = [relations] if isinstance(relations, str) else list(relations)
    known = ontology_relations()
    wanted = set()
    for name in names:
        local = name.split(":", 1)[1] if name.startswith("gk:") else name
        if local not in known:
            raise InputError(
                f"relation {name!r} is not a graphkit relation; known: {', '.join(sorted(known))}"
            )
        wanted.add(local)
    return wanted


def _quad_filter(quads: Iterable[int] | int) -> set[int]:
    values = [quads] if isinstance(quads, int) else list(quads)
    for q in values:
        if isinstance(q, bool) or q not in (1, 2, 3, 4):
            raise InputError(f"quad {q!r} is not a quad class; use 1, 2, 3 or 4")
    return set(values)


def resolve_focus(G: nx.MultiDiGraph, focus: str | Iterable[str]) -> list[Hashable]:
    """Node keys for focus actors given as node keys (IRIs) or labels (case-insensitive).

    Raises:
        InputError: An actor that is neither a node nor the label of one.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("https://w3id.org/graphkit/actor/CHN", label="China")
        >>> resolve_focus(G, "china")
        ['https://w3id.org/graphkit/actor/CHN']
    """
    wanted = [focus] if isinstance(focus, str) else list(focus)
    by_label: dict[str, Hashable] = {}
    for node, label in G.nodes(data="label"):
        if isinstance(label, str):
            by_label.setdefault(label.casefold().strip(), node)
    found: list[Hashable] = []
    for name in wanted:
        if name in G:
            found.append(name)
        elif name.casefold().strip() in by_label:
            found.append(by_label[name.casefold().strip()])
        else:
            import difflib

            close = difflib.get_close_matches(name.casefold(), list(by_label), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise InputError(f"focus actor {name!r} is not in the graph{hint}")
    return found


def select_statements(
    G: nx.MultiDiGraph,
    *,
    focus: str | Iterable[str] | None = None,
    depth: int | None = None,
    relations: Iterable[str] | str | None = None,
    polarity: Iterable[str | int] | str | int | None = None,
    quads: Iterable[int] | int | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> nx.MultiDiGraph:
    """The part of a statement graph to draw (a new graph; ``G`` is not changed).

    Statement filters apply first; ``focus`` then keeps the actors within ``depth`` hops
    (either direction, default 1) of the focus actors. With any filter or focus active,
    actors left without statements are dropped (focus actors stay).

    Args:
        G: Statement graph (one edge per statement).
        focus: Actor IRI(s) or label(s) to centre on.
        depth: Hops around ``focus``; needs ``focus``.
        relations: Relation local names to keep (``"condemns"`` or ``"gk:condemns"``).
        polarity: Groups to keep: ``cooperative``, ``hostile``, ``neutral``, ``negated``
            (or -1/0/1 for the first three).
        quads: Quad classes 1..4 to keep.
        since: Keep statements dated on or after this day (undated ones are dropped).
        until: Keep statements dated on or before this day (undated ones are dropped).

    Raises:
        InputError: A filter value that is not understood, names it.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_edge("A", "B", key="s1", relation="condemns", polarity=-1, quad=3)
        's1'
        >>> G.add_edge("B", "C", key="s2", relation="praises", polarity=1, quad=1)
        's2'
        >>> sorted(select_statements(G, polarity="hostile").nodes)
        ['A', 'B']
    """
    if depth is not None and focus is None:
        raise InputError(f"depth={depth!r} needs a focus actor")
    if depth is not None and (isinstance(depth, bool) or not isinstance(depth, int) or depth < 0):
        raise InputError(f"depth={depth!r} must be a non-negative integer")
    rel_set = _relation_filter(relations) if relations is not None else None
    group_set = _polarity_filter(polarity) if polarity is not None else None
    quad_set = _quad_filter(quads) if quads is not None else None
    since_d = _as_date(since, "since") if since is not None else None
    until_d = _as_date(until, "until") if until is not None else None
    filtering = any(x is not None for x in (rel_set, group_set, quad_set, since_d, until_d))

    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, key, data in G.edges(keys=True, data=True):
        if rel_set is not None and data.get("relation") not in rel_set:
            continue
        if group_set is not None and statement_group(data, key) not in group_set:
            continue
        if quad_set is not None and data.get("quad") not in quad_set:
            continue
        if since_d is not None or until_d is not None:
            when = data.get("date")
            if not when:
                continue
            day = _as_date(when, f"date of statement {key!r}")
            if (since_d and day < since_d) or (until_d and day > until_d):
                continue
        H.add_edge(u, v, key=key, **data)

    keep_anyway: set[Hashable] = set()
    if focus is not None:
        centres = resolve_focus(G, focus)
        keep_anyway = set(centres)
        undirected = H.to_undirected(as_view=True)
        reach: set[Hashable] = set()
        for centre in centres:
            lengths = nx.single_source_shortest_path_length(
                undirected, centre, cutoff=1 if depth is None else depth
            )
            reach.update(lengths)
        H.remove_nodes_from([n for n in list(H) if n not in reach])  # keeps G's node order
    if filtering or focus is not None:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n not in keep_anyway])
    return H


def aggregate_edges(G: nx.MultiDiGraph, *, min_evidence: int = 1) -> list[DrawnEdge]:
    """Group statements into drawn edges: one per (subject, object, group, claim).

    Edges backed by fewer than ``min_evidence`` statements are left out. The order
    follows the first statement of each edge in ``G``.

    Raises:
        InputError: ``min_evidence`` below 1, or a statement without a valid polarity.
    """
    if isinstance(min_evidence, bool) or not isinstance(min_evidence, int) or min_evidence < 1:
        raise InputError(f"min_evidence={min_evidence!r} must be an integer >= 1")
    buckets: dict[tuple[Hashable, Hashable, str, bool], list[Hashable]] = {}
    relations: dict[tuple[Hashable, Hashable, str, bool], dict[str, int]] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        if "relation" not in data:
            raise InputError(f"statement {key!r} ({u!r} -> {v!r}) has no 'relation' attribute")
        bucket = (u, v, statement_group(data, key), statement_claim(data))
        buckets.setdefault(bucket, []).append(key)
        counts = relations.setdefault(bucket, {})
        counts[data["relation"]] = counts.get(data["relation"], 0) + 1
    return [
        DrawnEdge(
            source=u,
            target=v,
            group=group,
            claim=claim,
            keys=tuple(keys),
            relations=tuple(sorted(relations[(u, v, group, claim)].items())),
        )
        for (u, v, group, claim), keys in buckets.items()
        if len(keys) >= min_evidence
    ]


def edge_width(count: int) -> float:
    """Line width for an edge backed by ``count`` statements (1 -> 1.5, grows with log2).

    Example:
        >>> edge_width(1), edge_width(4), edge_width(10_000)
        (1.5, 4.5, 10.0)
    """
    return round(min(10.0, 1.5 + 1.5 * math.log2(max(1, count))), 2)


def blocs_by_actor(blocs: Mapping[Hashable, object] | Iterable[Collection[Hashable]]) -> dict:
    """Bloc of each actor from a mapping actor -> bloc, or from a list of actor sets.

    Sets are numbered from 1 in the order given.

    Example:
        >>> blocs_by_actor([{"A", "B"}, {"C"}])["C"]
        '2'
    """
    if isinstance(blocs, Mapping):
        return {actor: str(bloc) for actor, bloc in blocs.items()}
    out: dict[Hashable, str] = {}
    for i, members in enumerate(blocs, start=1):
        if isinstance(members, str):
            raise InputError(f"blocs must be sets of actors, got the string {members!r}")
        for actor in members:
            out.setdefault(actor, str(i))
    return out


def detect_blocs(G: nx.MultiDiGraph, *, seed: int = 0) -> list[set[Hashable]]:
    """Blocs of the statement graph by signed Louvain (graphkit.analysis); no singletons.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> for u, v, p in [("a", "b", 1), ("c", "d", 1), ("a", "c", -1), ("b", "d", -1)]:
        ...     _ = G.add_edge(u, v, relation="x", polarity=p, intensity=5.0 * p, quad=1)
        >>> sorted(sorted(b) for b in detect_blocs(G))
        [['a', 'b'], ['c', 'd']]
    """
    from graphkit.analysis import signed_graph, signed_louvain_communities, undirected_signed_graph

    U = undirected_signed_graph(signed_graph(G))
    return [bloc for bloc in signed_louvain_communities(U, seed=seed) if len(bloc) > 1]
