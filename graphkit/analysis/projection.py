"""Projections of stance statements onto graphs: statements, signed dyads, signed ties.

Three graphs, each built from the one before:

- :func:`statement_graph` -- an ``nx.MultiDiGraph`` with one edge per statement (subject ->
  object), keyed by the statement IRI or id, carrying the relation, its annotations and the
  provenance (evidence, offsets, article, date). It reads either
  :class:`~graphkit.types.Statement` records or a store (``KnowledgeGraph``); both readers
  produce flat rows that go through the same :func:`_row_filter` and :func:`_add_row`.
- :func:`signed_graph` -- an ``nx.DiGraph`` with one edge per ordered dyad: the net signed
  score, counts by polarity and quad class, first and last date seen.
- :func:`undirected_signed_graph` -- an ``nx.Graph`` with the two directions of each dyad
  summed, used for blocs and structural balance.

Rules that hold everywhere: a claim (not asserted because attributed to someone) is left out
unless ``include_claims``; a negated act ("did not condemn") is never the act -- it is left
out unless ``include_negated``, and even then it is carried with ``negated=True`` and adds
nothing to any signed weight.

Example:
    >>> from graphkit.types import Actor, ActorMention, Span, Statement
    >>> chn = Actor("https://w3id.org/graphkit/actor/CHN", "China", "State", "Q148", "CHN")
    >>> rus = Actor("https://w3id.org/graphkit/actor/RUS", "Russia", "State", "Q159", "RUS")
    >>> st = Statement(doc="d1", subject=ActorMention(chn, Span("China", 0, 5)),
    ...     relation="supports", plover="SUPPORT", cameo="05", quad=1, polarity=1,
    ...     intensity=3.5, object=ActorMention(rus, Span("Russia", 15, 21)), negated=False,
    ...     asserted=True, attributed_to=None, evidence=Span("China supports Russia.", 0, 22),
    ...     confidence=0.9)
    >>> G = statement_graph([st])
    >>> D = signed_graph(G)
    >>> D.edges["https://w3id.org/graphkit/actor/CHN", "https://w3id.org/graphkit/actor/RUS"][
    ...     "weight"]
    3.5
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from typing import Any

import networkx as nx

from graphkit.analysis._readers import ACTOR_FIELDS, iso_day, record_rows, store_rows
from graphkit.corpus.dates import statement_day
from graphkit.errors import InputError, KnowledgeBaseError
from graphkit.types import ACTOR_NS, Document

__all__ = [
    "EDGE_ATTRS",
    "NODE_ATTRS",
    "normalize_actor",
    "signed_graph",
    "statement_graph",
    "undirected_signed_graph",
]

#: Node attributes of every graph built here (besides the IRI node key).
NODE_ATTRS = ("label", "type", "wikidata", "iso3")

#: Edge attributes of :func:`statement_graph` (the graph contract with graphkit.viz).
EDGE_ATTRS = (
    "relation",
    "polarity",
    "quad",
    "plover",
    "cameo",
    "intensity",
    "asserted",
    "negated",
    "attributed_to",
    "attributed_to_label",
    "speaker_label",
    "confidence",
    "evidence",
    "evidence_start",
    "evidence_end",
    "subject_mention",
    "subject_mention_start",
    "subject_mention_end",
    "object_mention",
    "object_mention_start",
    "object_mention_end",
    "doc",
    "article",
    "title",
    "date",
    "url",
)

_WEIGHTS = ("intensity", "count")


def normalize_actor(actor: str) -> str:
    """The actor IRI for an IRI, a KB key (``"CHN"``, ``"NATO"``), ``ent/<slug>`` or a name
    the actor KB knows (``"Russia"``, ``"the Kremlin"``).

    Raises:
        InputError: Empty, or neither an IRI nor known to the KB.

    Example:
        >>> normalize_actor("CHN"), normalize_actor("Moscow")
        ('https://w3id.org/graphkit/actor/CHN', 'https://w3id.org/graphkit/actor/RUS')
    """
    text = actor.strip()
    if not text:
        raise InputError("empty actor: give an actor IRI, a KB key such as 'CHN' or a name")
    if "://" in text:
        return text
    if text.startswith("ent/"):
        return ACTOR_NS + text
    from graphkit.kb import load_kb

    kb = load_kb()
    try:
        return kb.get(text).id
    except KnowledgeBaseError:
        found = kb.lookup(text)
    if found is None:
        raise InputError(
            f"unknown actor {actor!r}: give an actor IRI, a KB key such as 'CHN', "
            "'ent/<slug>' or a name the actor KB knows"
        )
    return found.id


def _induced_subgraph(G: nx.Graph, nodes: Container[Any]) -> nx.Graph:
    """A copy of ``G`` on ``nodes``, its nodes and edges iterated in ``G``'s order.

    Not ``G.subgraph(nodes)``: that iterates a node set smaller than half of ``G`` in set
    order, which for string keys changes with ``PYTHONHASHSEED``.

    Example:
        >>> list(_induced_subgraph(nx.path_graph(["c", "a", "b", "d"]), {"b", "a"}).edges)
        [('a', 'b')]
    """
    H = G.copy()
    H.remove_nodes_from([n for n in G if n not in nodes])
    return H


def _check_relations(relations: Iterable[str]) -> frozenset[str]:
    from graphkit.ontology import relations as known_relations

    names = frozenset(str(r).rsplit("#", 1)[-1] for r in relations)
    known = set(known_relations())
    unknown = sorted(names - known)
    if unknown:
        raise InputError(
            f"unknown relation(s) {unknown}: use local names of gk: relations such as "
            f"{sorted(known)[:5]}"
        )
    return names


# --- the shared row -> edge path ------------------------------------------------------------


def _row_filter(
    *,
    since: str | None,
    until: str | None,
    relations: frozenset[str] | None,
    actors: frozenset[str] | None,
    include_claims: bool,
    include_negated: bool,
    min_confidence: float,
) -> Any:
    def keep(row: Mapping[str, Any]) -> bool:
        if row["object"] is None:
            return False
        if row["negated"]:
            if not include_negated:
                return False
        elif not row["asserted"] and not include_claims:
            return False
        if row["confidence"] is not None and row["confidence"] < min_confidence:
            return False
        if relations is not None and row["relation"] not in relations:
            return False
        if since is not None or until is not None:
            day = row["date"]
            if day is None:
                return False
            if since is not None and day < since:
                return False
            if until is not None and day > until:
                return False
        return actors is None or (row["subject"] in actors and row["object"] in actors)

    return keep


def _resolve(row: Mapping[str, Any], role: str, aggregate: bool, lookup: Any) -> dict[str, Any]:
    """The node (IRI and attrs) a statement end maps to, following affiliations if asked."""
    node = {f: row.get(f"{role}_{f}") for f in ACTOR_FIELDS}
    node["id"] = row[role]
    seen = {node["id"]}
    while aggregate and node.get("affiliation") and node["type"] not in _SOVEREIGN:
        target = str(node["affiliation"])
        if target in seen:
            break
        seen.add(target)
        node = lookup(target)
    return node


_SOVEREIGN = frozenset({"State", "InternationalOrganization", "InformalBloc"})


def _add_row(G: nx.MultiDiGraph, row: Mapping[str, Any], ends: tuple[dict, dict]) -> None:
    for node in ends:
        if node["id"] not in G:
            G.add_node(node["id"], **{f: node.get(f) for f in NODE_ATTRS})
        elif G.nodes[node["id"]].get("label") is None and node.get("label"):
            G.nodes[node["id"]].update({f: node.get(f) for f in NODE_ATTRS})
    attrs = {a: row.get(a) for a in EDGE_ATTRS}
    attrs["negated"] = bool(attrs["negated"])
    attrs["asserted"] = bool(attrs["asserted"])
    key = str(row["id"])
    if G.has_edge(ends[0]["id"], ends[1]["id"], key):
        raise InputError(f"duplicate statement id {key!r}: statement ids must be unique")
    G.add_edge(ends[0]["id"], ends[1]["id"], key=key, **attrs)


def _lookup_factory(known: dict[str, dict[str, Any]]) -> Any:
    """A function from actor IRI to node fields, from the rows seen and the KB if loadable."""

    def lookup(iri: str) -> dict[str, Any]:
        if iri in known:
            return known[iri]
        fields: dict[str, Any] = {"id": iri, "label": iri.rsplit("/", 1)[-1], "type": None}
        from graphkit.kb import load_kb

        try:
            actor = load_kb().get(iri)
        except KnowledgeBaseError:  # not a KB actor: it keeps its IRI as label
            actor = None
        if actor is not None:
            fields = {"id": actor.id, **{f: getattr(actor, f) for f in ACTOR_FIELDS}}
        known[iri] = fields
        return fields

    return lookup


def statement_graph(
    source: Any,
    documents: Mapping[str, Document] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    relations: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    include_claims: bool = False,
    include_negated: bool = False,
    aggregate_persons: bool = False,
    min_confidence: float = 0.0,
    sparql: str | None = None,
    bindings: Mapping[str, Any] | None = None,
) -> nx.MultiDiGraph:
    """The statement multigraph: one edge per statement, subject -> object.

    Args:
        source: An iterable of :class:`~graphkit.types.Statement` records, or a
            ``graphkit.store.KnowledgeGraph`` (read with ``queries/analysis_statements.rq``).
        documents: For records, a mapping from document id to
            :class:`~graphkit.types.Document` giving title, date and URL.
        since: Keep statements dated on or after this ISO date (undated ones are dropped
            when ``since`` or ``until`` is given).
        until: Keep statements dated on or before this ISO date.
        relations: Keep only these relation local names (``"condemns"``).
        actors: Keep only statements whose both ends are among these actors (IRIs or KB
            keys), i.e. the induced subgraph.
        include_claims: Keep claims (not asserted, not negated: attributed to someone).
        include_negated: Keep negated statements; they carry ``negated=True`` and never add
            to a signed weight.
        aggregate_persons: Replace an actor that speaks for another (a person or
            sub-organisation with ``affiliation``) by that actor, transitively.
        min_confidence: Drop statements with a lower extraction confidence.
        sparql: For a store, a SELECT query choosing the statements (any subset) instead of
            ``analysis_statements.rq``; it returns at least ``?statement ?subject ?relation
            ?object ?polarity ?intensity ?asserted ?negated`` and any other variable of
            that file. The options
            above still apply to its rows.
        bindings: Values for variables of ``sparql`` (see ``KnowledgeGraph.query``).

    Returns:
        An ``nx.MultiDiGraph`` keyed by actor IRI with the contract's node and edge
        attributes. Statements without an object are not edges and are left out.

    Raises:
        InputError: A record that is not a Statement, an unknown relation, a bad date.
        QueryError: A statement query that fails or lacks a required variable.
    """
    for name, value in (("since", since), ("until", until)):
        # As text: iso_day keeps its first ten characters, and the store compares them.
        if value is not None and statement_day(str(value)) is None:
            raise InputError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)")
    since, until = iso_day(since), iso_day(until)
    keep = _row_filter(
        since=since,
        until=until,
        relations=_check_relations(relations) if relations is not None else None,
        actors=frozenset(normalize_actor(a) for a in actors) if actors is not None else None,
        include_claims=include_claims,
        include_negated=include_negated,
        min_confidence=min_confidence,
    )
    rows: Iterable[dict[str, Any]]
    if hasattr(source, "query") and hasattr(source, "statements"):
        rows, known = store_rows(source, since=since, until=until, sparql=sparql, bindings=bindings)
    elif isinstance(source, str | bytes) or not isinstance(source, Iterable):
        raise InputError(
            f"source must be Statement records or a KnowledgeGraph, got {type(source).__name__}"
        )
    else:
        if sparql is not None or bindings is not None:
            raise InputError("sparql and bindings select statements from a store, not records")
        rows, known = record_rows(source, documents), {}
    lookup = _lookup_factory(known)
    G = nx.MultiDiGraph()
    for row in rows:
        for role in ("subject", "object"):
            if row[role] is not None and row[role] not in known:
                known[row[role]] = {
                    "id": row[role],
                    **{f: row.get(f"{role}_{f}") for f in ACTOR_FIELDS},
                }
        if not keep(row):
            continue
        ends = (
            _resolve(row, "subject", aggregate_persons, lookup),
            _resolve(row, "object", aggregate_persons, lookup),
        )
        _add_row(G, row, ends)
    return G


# --- aggregation -----------------------------------------------------------------------------


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def signed_graph(
    G: nx.MultiDiGraph, *, min_evidence: int = 1, weight: str = "intensity"
) -> nx.DiGraph:
    """The signed dyad graph: one edge per ordered pair of actors with statements.

    ``weight`` is the net signed score: the sum of the signed intensities of the
    cooperative and hostile statements (``weight="intensity"``) or the number of
    cooperative minus hostile statements (``weight="count"``). Neutral and negated
    statements are counted (``n_neutral``, ``n_negated``) but add nothing to ``weight``.
    Self-loops (an actor about itself, e.g. after aggregating persons) are not dyads.

    Args:
        G: A statement graph from :func:`statement_graph`.
        min_evidence: Keep dyads with at least this many non-negated statements.
        weight: ``"intensity"`` or ``"count"``.

    Returns:
        An ``nx.DiGraph`` with every actor of ``G`` as a node and the contract's dyad
        attributes (weight, n_statements, n_cooperative, n_hostile, n_neutral, q1..q4,
        net_intensity, first_seen, last_seen, relations, statements), plus
        ``n_negated``, ``cooperative_intensity`` and ``hostile_intensity`` (both >= 0).

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_edge("a", "b", key="s1", relation="condemns", polarity=-1, quad=3,
        ...            intensity=-3.0, negated=False, date="2022-04-07")
        's1'
        >>> signed_graph(G, weight="count").edges["a", "b"]["weight"]
        -1
    """
    if weight not in _WEIGHTS:
        raise InputError(f"weight={weight!r}: use one of {_WEIGHTS}")
    if min_evidence < 1:
        raise InputError(f"min_evidence={min_evidence!r}: use an integer >= 1")
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    dyads: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        if u == v:
            continue
        d = dyads.get((u, v))
        if d is None:
            d = dyads[(u, v)] = {
                "weight": 0.0 if weight == "intensity" else 0,
                "n_statements": 0,
                "n_cooperative": 0,
                "n_hostile": 0,
                "n_neutral": 0,
                "n_negated": 0,
                "q1": 0,
                "q2": 0,
                "q3": 0,
                "q4": 0,
                "net_intensity": 0.0,
                "cooperative_intensity": 0.0,
                "hostile_intensity": 0.0,
                "first_seen": None,
                "last_seen": None,
                "relations": Counter(),
                "statements": [],
            }
        d["statements"].append(key)
        if data.get("negated"):
            d["n_negated"] += 1
            continue
        d["n_statements"] += 1
        d["relations"][data.get("relation")] += 1
        quad = data.get("quad")
        if quad in (1, 2, 3, 4):
            d[f"q{quad}"] += 1
        polarity = _sign(data.get("polarity") or 0)
        magnitude = abs(float(data.get("intensity") or 0.0))
        if polarity > 0:
            d["n_cooperative"] += 1
            d["cooperative_intensity"] += magnitude
        elif polarity < 0:
            d["n_hostile"] += 1
            d["hostile_intensity"] += magnitude
        else:
            d["n_neutral"] += 1
        d["net_intensity"] += polarity * magnitude
        d["weight"] += polarity * magnitude if weight == "intensity" else polarity
        day = iso_day(data.get("date"))
        if day is not None:
            if d["first_seen"] is None or day < d["first_seen"]:
                d["first_seen"] = day
            if d["last_seen"] is None or day > d["last_seen"]:
                d["last_seen"] = day
    for (u, v), d in dyads.items():
        if d["n_statements"] >= min_evidence:
            d["relations"] = dict(d["relations"])
            D.add_edge(u, v, **d)
    return D


def undirected_signed_graph(D: nx.DiGraph, *, weight: str = "weight") -> nx.Graph:
    """The undirected signed graph: both directions of a dyad summed into one tie.

    Args:
        D: A signed dyad graph from :func:`signed_graph`.
        weight: The dyad attribute to sum.

    Returns:
        An ``nx.Graph`` with every node of ``D``; each tie has ``weight`` (the symmetrised
        net weight), ``sign`` (-1, 0 or 1), ``n_statements``, ``n_cooperative`` and
        ``n_hostile`` (both directions).

    Example:
        >>> D = nx.DiGraph()
        >>> D.add_edge("a", "b", weight=3.0, n_statements=1, n_cooperative=1, n_hostile=0)
        >>> D.add_edge("b", "a", weight=-5.0, n_statements=1, n_cooperative=0, n_hostile=1)
        >>> U = undirected_signed_graph(D)
        >>> U.edges["a", "b"]["weight"], U.edges["a", "b"]["sign"]
        (-2.0, -1)
    """
    U = nx.Graph()
    U.add_nodes_from(D.nodes(data=True))
    for u, v, data in D.edges(data=True):
        w = float(data.get(weight, 0.0))
        if not math.isfinite(w):
            raise InputError(f"dyad {u!r} -> {v!r} has a non-finite {weight}: {w!r}")
        if U.has_edge(u, v):
            tie = U.edges[u, v]
            tie["weight"] += w
            for key in ("n_statements", "n_cooperative", "n_hostile"):
                tie[key] += int(data.get(key, 0))
        else:
            U.add_edge(
                u,
                v,
                weight=w,
                **{k: int(data.get(k, 0)) for k in ("n_statements", "n_cooperative", "n_hostile")},
            )
    for _u, _v, tie in U.edges(data=True):
        tie["sign"] = _sign(tie["weight"])
    return U
