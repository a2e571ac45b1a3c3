"""Statements to RDF: pure functions from a document and its statements to quads.

Every article becomes one named graph whose IRI is derived from its content (the SHA-256 of
the normalised text), so the same text ingested twice, or under two document ids, is one
graph. Nothing here touches a store; there are no blank nodes anywhere.

Inside the article graph:

* the article node (the graph IRI itself): ``gk:Article``, ``gk:documentId``,
  ``gk:textHash``, ``dcterms:title/date/source``, ``gk:url``;
* the extraction run (``gk:ExtractionRun``, a ``prov:Activity``) with the graphkit version,
  model name and version and ``prov:startedAtTime``;
* one ``gk:Statement`` IRI node per statement with every statement property, linked to the
  article (``gk:document``, ``prov:wasDerivedFrom``) and the run (``prov:wasGeneratedBy``);
* the plain triple ``subject relation object`` only for asserted statements with an object;
* ``rdf:type``, ``rdfs:label`` (and ``gk:affiliatedWith``) of actors found only in the text
  (``.../actor/ent/...``); KB actors live in the actors graph.

Example:
    >>> from graphkit.types import Actor, ActorMention, Document, Span, Statement
    >>> doc = Document(id="d1", text="China condemned Russia.")
    >>> china = Actor("https://w3id.org/graphkit/actor/CHN", "China", "State")
    >>> russia = Actor("https://w3id.org/graphkit/actor/RUS", "Russia", "State")
    >>> st = Statement(doc="d1", subject=ActorMention(china, Span("China", 0, 5)),
    ...     relation="condemns", plover="ACCUSE", cameo="11", quad=3, polarity=-1,
    ...     intensity=-3.0, object=ActorMention(russia, Span("Russia", 16, 22)),
    ...     negated=False, asserted=True, attributed_to=None,
    ...     evidence=Span("China condemned Russia.", 0, 23), confidence=0.9)
    >>> run = ExtractionRun("test-model", "1.0", "2026-01-01T00:00:00+00:00")
    >>> quads = article_quads(doc, [st], run)
    >>> article_iri(doc.text) == str(quads[0].graph_name.value)
    True
    >>> any(str(q.predicate.value).endswith("#condemns") for q in quads)
    True
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from graphkit.errors import InputError
from graphkit.types import ACTOR_NS, Actor, Document, Statement
from graphkit.types import ACTOR_TYPES as _ACTOR_SUBCLASSES

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "ACTORS_GRAPH",
    "ACTOR_TYPES",
    "ARTICLE_NS",
    "ONTOLOGY_GRAPH",
    "RUN_NS",
    "STATEMENT_NS",
    "SYSTEM_GRAPHS",
    "ExtractionRun",
    "article_iri",
    "article_quads",
    "normalise_text",
    "statement_iri",
    "text_hash",
]

_BASE = "https://w3id.org/graphkit/"
#: Namespace of article IRIs (also their graph names): ``ARTICLE_NS + sha256(text)``.
ARTICLE_NS = _BASE + "article/"
#: Namespace of statement IRIs.
STATEMENT_NS = _BASE + "statement/"
#: Namespace of extraction-run IRIs.
RUN_NS = _BASE + "run/"
#: Named graph holding ``ontologies/graphkit.ttl`` in every store.
ONTOLOGY_GRAPH = _BASE + "graph/ontology"
#: Named graph holding the actor knowledge base ``ontologies/actors.ttl`` in every store.
ACTORS_GRAPH = _BASE + "graph/actors"
SYSTEM_GRAPHS = (ONTOLOGY_GRAPH, ACTORS_GRAPH)
#: Local names of the ``gk:Actor`` classes an :class:`~graphkit.types.Actor` may have.
ACTOR_TYPES = frozenset({"Actor", *_ACTOR_SUBCLASSES})
_ENT_NS = ACTOR_NS + "ent/"
_WIKIDATA = "http://www.wikidata.org/entity/"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
_QID = re.compile(r"Q[1-9]\d*")


def normalise_text(text: str) -> str:
    """The text an article is identified by: NFC, ``\\n`` line ends, outer space stripped.

    Example:
        >>> normalise_text("  Caf\\u0065\\u0301\\r\\nnews ") == "Caf\\u00e9\\nnews"
        True
    """
    text = unicodedata.normalize("NFC", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def text_hash(text: str) -> str:
    """SHA-256 hex digest of :func:`normalise_text` of ``text``.

    Example:
        >>> text_hash("a b") == text_hash(" a b\\r\\n")
        True
    """
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_iri(text: str) -> str:
    """IRI of the article (and of its named graph) holding ``text``.

    Example:
        >>> article_iri("x").startswith("https://w3id.org/graphkit/article/")
        True
    """
    return ARTICLE_NS + text_hash(text)


@dataclass(frozen=True, slots=True)
class ExtractionRun:
    """Provenance of one extraction run: model, graphkit version and start time.

    Example:
        >>> run = ExtractionRun("m", "1", "2026-01-01T00:00:00+00:00", graphkit_version="0.1.0")
        >>> run.iri == ExtractionRun("m", "1", "2026-01-01T00:00:00+00:00", "0.1.0").iri
        True
    """

    model_name: str
    model_version: str
    started: str
    graphkit_version: str = ""

    @classmethod
    def start(cls, model_name: str, model_version: str) -> ExtractionRun:
        """A run starting now, stamped with the installed graphkit version."""
        from graphkit import __version__

        now = datetime.now(UTC).isoformat(timespec="seconds")
        return cls(model_name, model_version, now, __version__)

    @property
    def iri(self) -> str:
        """Deterministic IRI derived from all fields."""
        key = json.dumps([self.graphkit_version, self.model_name, self.model_version, self.started])
        return RUN_NS + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def statement_iri(article_hash: str, statement: Statement) -> str:
    """IRI of a statement: a hash of the article hash and the statement's content.

    The document id is left out, so the same text under two ids gives the same IRIs; so
    are the explanatory ``notes``, which do not make another statement.
    """
    record = statement.to_dict()
    record.pop("doc", None)
    record.pop("notes", None)
    key = json.dumps([article_hash, record], sort_keys=True, ensure_ascii=True)
    return STATEMENT_NS + hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]


#: Distinct IRIs whose pyoxigraph term is kept (bounded: memory stays flat on a long ingest).
_NODE_CACHE_SIZE = 65_536


@lru_cache(maxsize=_NODE_CACHE_SIZE)
def _node(iri: str) -> ox.NamedNode:
    import pyoxigraph as ox

    return ox.NamedNode(iri)


@cache
def _xsd(name: str) -> ox.NamedNode:
    return _node("http://www.w3.org/2001/XMLSchema#" + name)


def _literal(value: Any, datatype: str | None = None) -> ox.Literal:
    import pyoxigraph as ox

    if datatype is None:
        return ox.Literal(str(value))
    return ox.Literal(str(value), datatype=_xsd(datatype))


def _decimal(value: float, what: str) -> ox.Literal:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise InputError(f"{what} must be a finite number, got {value!r}")
    text = format(Decimal(repr(float(value))), "f")
    return _literal(text if "." in text else text + ".0", "decimal")


def _integer(value: int, what: str) -> ox.Literal:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(f"{what} must be an integer, got {value!r}")
    return _literal(value, "integer")


def _boolean(value: bool) -> ox.Literal:
    return _literal("true" if value else "false", "boolean")


def _date(value: str) -> ox.Literal:
    value = value.strip()
    if _DATE.fullmatch(value):
        return _literal(value, "date")
    if _DATETIME.fullmatch(value):
        return _literal(value, "dateTime")
    return _literal(value)


def _check_span(what: str, start: int, end: int, doc: Document) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise InputError(f"{what} of a statement in {doc.id!r} has bad offsets [{start}, {end})")
    if end > len(doc.text):
        raise InputError(
            f"{what} [{start}, {end}) of a statement lies outside document {doc.id!r} "
            f"({len(doc.text)} characters)"
        )


class _Quads:
    """Collects quads of one graph, building terms through the cached helpers."""

    def __init__(self, graph: str) -> None:
        import pyoxigraph as ox

        self._ox = ox
        self.graph = _node(graph)
        self.quads: list[ox.Quad] = []

    def add(self, subject: str, predicate: str, obj: ox.NamedNode | ox.Literal | str) -> None:
        term = _node(str(obj)) if isinstance(obj, str) else obj
        self.quads.append(
            self._ox.Quad(_node(str(subject)), _node(str(predicate)), term, self.graph)
        )


def _actor_quads(out: _Quads, actor: Actor, seen: set[str]) -> None:
    from rdflib.namespace import OWL, RDF, RDFS

    from graphkit.namespace import GK

    if actor.type not in ACTOR_TYPES:
        raise InputError(
            f"actor {actor.id!r} has unknown type {actor.type!r}; expected one of "
            + ", ".join(sorted(ACTOR_TYPES))
        )
    if not actor.id.startswith(ACTOR_NS):
        raise InputError(f"actor IRI {actor.id!r} is not under {ACTOR_NS}")
    if not actor.id.startswith(_ENT_NS) or actor.id in seen:
        return
    seen.add(actor.id)
    out.add(actor.id, RDF.type, GK[actor.type])
    out.add(actor.id, RDFS.label, _literal(actor.label))
    if actor.affiliation:
        out.add(actor.id, GK.affiliatedWith, actor.affiliation)
    if actor.wikidata and _QID.fullmatch(actor.wikidata):
        out.add(actor.id, OWL.sameAs, _WIKIDATA + actor.wikidata)


def _relation_iri(name: str) -> str:
    from graphkit.errors import OntologyError
    from graphkit.ontology import relation

    try:
        return str(relation(name).iri)
    except OntologyError as err:
        raise InputError(str(err)) from err


def _statement_quads(
    out: _Quads, doc: Document, st: Statement, iri: str, article: str, run: str
) -> None:
    from rdflib.namespace import PROV, RDF

    from graphkit.namespace import GK

    if st.doc != doc.id:
        raise InputError(f"statement of document {st.doc!r} given with document {doc.id!r}")
    if st.asserted and (st.negated or st.attributed_to is not None):
        raise InputError(
            f"statement {st.relation!r} in {doc.id!r} is asserted but negated or attributed; "
            "asserted must mean the article states the act as fact"
        )
    relation = _relation_iri(st.relation)
    _check_span("evidence", st.evidence.start, st.evidence.end, doc)
    _check_span("subject mention", st.subject.mention.start, st.subject.mention.end, doc)
    if not 0.0 <= st.confidence <= 1.0:
        raise InputError(f"confidence must lie in [0, 1], got {st.confidence!r}")
    if st.polarity not in (-1, 0, 1) or st.quad not in (1, 2, 3, 4):
        raise InputError(f"bad polarity/quad ({st.polarity!r}, {st.quad!r}) in {doc.id!r}")
    add = out.add
    add(iri, RDF.type, GK.Statement)
    add(iri, GK.subject, st.subject.actor.id)
    add(iri, GK.relation, relation)
    add(iri, GK.negated, _boolean(st.negated))
    add(iri, GK.asserted, _boolean(st.asserted))
    add(iri, GK.polarity, _integer(st.polarity, "polarity"))
    add(iri, GK.quadClass, _integer(st.quad, "quad"))
    add(iri, GK.ploverType, _literal(st.plover))
    add(iri, GK.cameoRoot, _literal(st.cameo))
    add(iri, GK.intensity, _decimal(st.intensity, "intensity"))
    add(iri, GK.confidence, _decimal(st.confidence, "confidence"))
    add(iri, GK.evidenceText, _literal(st.evidence.text))
    add(iri, GK.evidenceStart, _integer(st.evidence.start, "evidence start"))
    add(iri, GK.evidenceEnd, _integer(st.evidence.end, "evidence end"))
    add(iri, GK.subjectMentionText, _literal(st.subject.mention.text))
    add(iri, GK.subjectMentionStart, _integer(st.subject.mention.start, "mention start"))
    add(iri, GK.subjectMentionEnd, _integer(st.subject.mention.end, "mention end"))
    if st.object is not None:
        m = st.object.mention
        _check_span("object mention", m.start, m.end, doc)
        add(iri, GK.object, st.object.actor.id)
        add(iri, GK.objectMentionText, _literal(m.text))
        add(iri, GK.objectMentionStart, _integer(m.start, "mention start"))
        add(iri, GK.objectMentionEnd, _integer(m.end, "mention end"))
        if st.asserted:
            add(st.subject.actor.id, relation, st.object.actor.id)
    if st.attributed_to is not None:
        add(iri, GK.attributedTo, st.attributed_to.id)
    if st.speaker is not None:
        add(iri, GK.speaker, st.speaker.actor.id)
    if st.trigger is not None:
        add(iri, GK.triggerText, _literal(st.trigger.text))
    add(iri, GK.document, article)
    add(iri, PROV.wasDerivedFrom, article)
    add(iri, PROV.wasGeneratedBy, run)


def _run_quads(out: _Quads, run: ExtractionRun) -> None:
    from rdflib.namespace import PROV, RDF

    from graphkit.namespace import GK

    out.add(run.iri, RDF.type, GK.ExtractionRun)
    out.add(run.iri, RDF.type, PROV.Activity)
    out.add(run.iri, GK.graphkitVersion, _literal(run.graphkit_version))
    out.add(run.iri, GK.modelName, _literal(run.model_name))
    out.add(run.iri, GK.modelVersion, _literal(run.model_version))
    out.add(run.iri, PROV.startedAtTime, _literal(run.started, "dateTime"))


def article_quads(
    doc: Document,
    statements: Sequence[Statement],
    run: ExtractionRun,
    *,
    digest: str | None = None,
) -> list[ox.Quad]:
    """All quads of one article's named graph.

    Args:
        doc: The article.
        statements: Its statements (``statement.doc == doc.id``); exact duplicates are
            written once.
        run: The extraction run the statements come from.
        digest: ``text_hash(doc.text)`` when the caller has it already (a writer needs the
            hash for itself too); computed here when None.

    Returns:
        The quads, all in the graph :func:`article_iri` of ``doc.text``; the first quad
        is ``<article> rdf:type gk:Article``.

    Raises:
        InputError: A statement does not fit the document (offsets outside the text, unknown
            relation or actor type, asserted yet negated or attributed, ...).
    """
    from rdflib.namespace import DCTERMS, RDF, XSD

    from graphkit.namespace import GK

    if not isinstance(doc, Document):
        raise InputError(f"expected a graphkit.types.Document, got {type(doc).__name__}")
    if digest is None:
        digest = text_hash(doc.text)
    article = ARTICLE_NS + digest
    out = _Quads(article)
    out.add(article, RDF.type, GK.Article)
    out.add(article, GK.documentId, _literal(doc.id))
    out.add(article, GK.textHash, _literal(digest))
    if doc.title:
        out.add(article, DCTERMS.title, _literal(doc.title))
    if doc.date:
        out.add(article, DCTERMS.date, _date(doc.date))
    if doc.source:
        out.add(article, DCTERMS.source, _literal(doc.source))
    if doc.url:
        out.add(article, GK.url, _literal(doc.url, XSD.anyURI.split("#")[1]))
    _run_quads(out, run)
    seen_actors: set[str] = set()
    seen_statements: set[str] = set()
    for st in statements:
        if not isinstance(st, Statement):
            raise InputError(f"expected graphkit.types.Statement, got {type(st).__name__}")
        iri = statement_iri(digest, st)
        if iri in seen_statements:
            continue
        seen_statements.add(iri)
        _statement_quads(out, doc, st, iri, article, run.iri)
        for actor in (
            st.subject.actor,
            st.object.actor if st.object else None,
            st.attributed_to,
            st.speaker.actor if st.speaker else None,
        ):
            if actor is not None:
                _actor_quads(out, actor, seen_actors)
    return out.quads
