"""The graphkit ontology: where its files are, the parsed graph, and the relation table.

``ontologies/graphkit.ttl`` (at the top of the repository) is the single source of truth:
the relation table returned by :func:`relations` is read from it with the SPARQL query in
``graphkit/queries/relations.rq``, never duplicated in code.

The ``.ttl`` files are found at ``graphkit/ontologies``: in a checkout (and the editable
install) a link to the top-level ``ontologies/`` folder, in a built wheel a copy of it. When
they are missing, :func:`ontology_path` raises an :class:`~graphkit.errors.OntologyError`.

Example:
    >>> info = relation("condemns")
    >>> (info.plover, info.cameo, info.quad, info.polarity, info.intensity, info.group)
    ('ACCUSE', '11', 3, -1, -3.0, 'hostile')
    >>> relation("gk:refusesToCondemn").group
    'cooperative'
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal as TypingLiteral

from rdflib import Graph, Literal, URIRef
from rdflib.query import ResultRow

from graphkit.errors import GraphkitError, OntologyError
from graphkit.namespace import GK, bind_prefixes

__all__ = [
    "RELATIONS_QUERY_PATH",
    "RelationGroup",
    "RelationInfo",
    "load_ontology",
    "load_shapes",
    "ontology_path",
    "read_relations",
    "relation",
    "relations",
    "shapes_path",
]

RelationGroup = TypingLiteral["cooperative", "hostile", "neutral"]

#: Directory of the canonical ontology files (``<repo>/ontologies``).
#: ``graphkit/ontologies`` is a link to the checkout's top-level ``ontologies/`` folder; a
#: built wheel holds a copy of it, so the files are found in both cases.
ONTOLOGY_DIR = Path(__file__).parent / "ontologies"
#: SPARQL query that reads the relation table out of the ontology.
RELATIONS_QUERY_PATH = Path(__file__).resolve().parent / "queries" / "relations.rq"

_GROUPS: dict[URIRef, RelationGroup] = {
    GK.cooperativeRelation: "cooperative",
    GK.hostileRelation: "hostile",
    GK.neutralRelation: "neutral",
}
_GK_PREFIX = str(GK)
#: Variables of relations.rq that every relation must bind, in the order they are checked.
_ANNOTATIONS = ("label", "comment", "polarity", "quad", "plover", "cameo", "intensity")


@dataclass(frozen=True, slots=True)
class RelationInfo:
    """One stance relation of the ontology with its annotations.

    Attributes:
        name: Local name, e.g. ``"condemns"``; this is :attr:`graphkit.types.Statement.relation`.
        iri: The property IRI, e.g. ``GK.condemns``.
        label: ``rdfs:label``.
        comment: ``rdfs:comment`` (when to use it, with an example sentence).
        polarity: ``gk:polarity``: 1, 0 or -1.
        quad: ``gk:quadClass``: 1 verbal coop, 2 material coop, 3 verbal conflict,
            4 material conflict.
        plover: ``gk:ploverType``, e.g. ``"ACCUSE"``.
        cameo: ``gk:cameoRoot``, a two-digit string, e.g. ``"11"``.
        intensity: ``gk:intensity``, -10 (hostile) to +10 (cooperative).
        group: Which super-property it falls under.
    """

    name: str
    iri: URIRef
    label: str
    comment: str
    polarity: int
    quad: int
    plover: str
    cameo: str
    intensity: float
    group: RelationGroup


def _existing(name: str, error: type[GraphkitError] = OntologyError) -> Path:
    path = ONTOLOGY_DIR / name
    if not path.is_file():
        raise error(
            f"ontology file {name!r} not found at {path}; graphkit reads its ontologies from "
            "graphkit/ontologies (a link to the checkout's ontologies/ folder); reinstall graphkit"
        )
    return path


def ontology_path() -> Path:
    """Path of ``ontologies/graphkit.ttl``.

    Raises:
        OntologyError: The file is not there (a broken install).

    Example:
        >>> ontology_path().name
        'graphkit.ttl'
    """
    return _existing("graphkit.ttl")


def shapes_path() -> Path:
    """Path of ``ontologies/shapes.ttl`` (the SHACL shapes).

    Raises:
        OntologyError: The file is not there (a broken install).

    Example:
        >>> shapes_path().name
        'shapes.ttl'
    """
    return _existing("shapes.ttl")


def _parse(path: Path) -> Graph:
    graph = bind_prefixes(Graph())
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise OntologyError(f"cannot parse {path}: {exc}") from exc
    return graph


@cache
def load_ontology() -> Graph:
    """The parsed ontology, parsed once and cached.

    The graph is shared: treat it as read-only (copy it with ``Graph() + load_ontology()``
    before adding triples).

    Example:
        >>> from rdflib.namespace import OWL, RDF
        >>> (GK.condemns, RDF.type, OWL.ObjectProperty) in load_ontology()
        True
    """
    return _parse(ontology_path())


@cache
def load_shapes() -> Graph:
    """The parsed SHACL shapes graph, parsed once and cached (treat as read-only).

    Example:
        >>> from rdflib.namespace import RDF, SH
        >>> (GK.StatementShape, RDF.type, SH.NodeShape) in load_shapes()
        True
    """
    return _parse(shapes_path())


def _required(row: Mapping[str, object], key: str, name: str) -> Literal:
    value = row.get(key)
    if not isinstance(value, Literal):
        raise OntologyError(f"relation gk:{name} in the ontology has no {key} annotation")
    return value


def read_relations(graph: Graph) -> dict[str, RelationInfo]:
    """Read the relation table out of an ontology graph.

    Args:
        graph: A graph holding the graphkit ontology (or a variant of it, in tests).

    Returns:
        Relation local name to :class:`RelationInfo`, sorted by name.

    Raises:
        OntologyError: A relation misses an annotation, has two values for one, or falls
            under more than one of the three groups.

    Example:
        >>> len(read_relations(load_ontology())) >= 25
        True
    """
    query = RELATIONS_QUERY_PATH.read_text(encoding="utf-8")
    found: dict[str, RelationInfo] = {}
    for result in graph.query(query):
        assert isinstance(result, ResultRow)
        row = result.asdict()
        iri = row["relation"]
        name = str(iri)[len(_GK_PREFIX) :] if str(iri).startswith(_GK_PREFIX) else str(iri)
        values = {key: _required(row, key, name) for key in _ANNOTATIONS}
        info = RelationInfo(
            name=name,
            iri=URIRef(iri),
            label=str(values["label"]),
            comment=str(values["comment"]),
            polarity=int(values["polarity"].toPython()),
            quad=int(values["quad"].toPython()),
            plover=str(values["plover"]),
            cameo=str(values["cameo"]),
            intensity=float(values["intensity"].toPython()),
            group=_GROUPS[URIRef(row["group"])],
        )
        previous = found.get(name)
        if previous is not None and previous != info:
            raise OntologyError(
                f"relation gk:{name} is ambiguous in the ontology: it has two groups or two "
                f"values for one annotation ({previous} vs {info})"
            )
        found[name] = info
    return dict(sorted(found.items()))


@cache
def _relations() -> tuple[tuple[str, RelationInfo], ...]:
    return tuple(read_relations(load_ontology()).items())


@cache
def _relation_table() -> Mapping[str, RelationInfo]:
    """The relations by local name, read-only (``relation`` runs for every statement)."""
    return MappingProxyType(dict(_relations()))


def relations() -> dict[str, RelationInfo]:
    """All stance relations of the ontology, by local name (a fresh dict each call).

    Example:
        >>> rels = relations()
        >>> rels["sanctions"].quad, rels["callsOn"].group
        (4, 'neutral')
    """
    return dict(_relations())


def relation(name: str) -> RelationInfo:
    """Look up one relation by local name (``"condemns"``), ``gk:`` CURIE or full IRI.

    Raises:
        OntologyError: No such relation; the message lists close matches.

    Example:
        >>> relation("sanctions").plover
        'SANCTION'
        >>> relation("condems")
        Traceback (most recent call last):
        ...
        graphkit.errors.OntologyError: unknown relation 'condems'; did you mean 'condemns' or 'concedesTo'?
    """
    table = _relation_table()
    key = str(name)
    for prefix in (_GK_PREFIX, "gk:"):
        if key.startswith(prefix):
            key = key[len(prefix) :]
    if key in table:
        return table[key]
    close = difflib.get_close_matches(key, table, n=3, cutoff=0.6)
    if not close:
        lowered = {n.lower(): n for n in table}
        close = [lowered[m] for m in difflib.get_close_matches(key.lower(), lowered, n=3)]
    if close:
        hint = "did you mean " + " or ".join(repr(c) for c in close) + "?"
    else:
        hint = "known relations: " + ", ".join(table)
    raise OntologyError(f"unknown relation {name!r}; {hint}")
