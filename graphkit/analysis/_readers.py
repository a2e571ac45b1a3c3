"""The two thin readers of :func:`~graphkit.analysis.projection.statement_graph`.

:func:`record_rows` turns :class:`~graphkit.types.Statement` records, and :func:`store_rows`
a ``graphkit.store.KnowledgeGraph`` (through ``queries/analysis_statements.rq`` and
``queries/analysis_actors.rq``), into the same flat row dicts, so there is one path from a
row to an edge whatever the source.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from graphkit.errors import InputError, QueryError
from graphkit.types import ACTOR_NS, WIKIDATA_NS, Actor, Document, Statement

__all__ = [
    "ACTOR_FIELDS",
    "REQUIRED_COLUMNS",
    "iso_day",
    "query_text",
    "record_rows",
    "store_rows",
]

#: Actor fields carried on rows as ``subject_<field>`` / ``object_<field>``.
ACTOR_FIELDS = ("label", "type", "wikidata", "iso3", "affiliation")


def iso_day(date: Any) -> str | None:
    """The ``YYYY-MM-DD`` part of a date or date-time, or None."""
    if date is None:
        return None
    text = str(date).strip()
    return text[:10] if text else None


# --- records ---------------------------------------------------------------------------


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {prefix: None, **{f"{prefix}_{f}": None for f in ACTOR_FIELDS}}
    return {
        prefix: actor.id,
        f"{prefix}_label": actor.label,
        f"{prefix}_type": actor.type,
        f"{prefix}_wikidata": actor.wikidata,
        f"{prefix}_iso3": actor.iso3,
        f"{prefix}_affiliation": actor.affiliation,
    }


def _statement_id(st: Statement, text_hash: str | None) -> str:
    """The statement IRI the store gives it when its document's text hash is known, else a
    hash of its fields."""
    for key in ("iri", "id"):
        if st.extras.get(key):
            return str(st.extras[key])
    if text_hash is not None:
        from graphkit.store.mapping import statement_iri

        return statement_iri(text_hash, st)
    parts = (
        st.doc,
        st.subject.actor.id,
        st.relation,
        st.object.actor.id if st.object else "",
        st.evidence.start,
        st.evidence.end,
        st.subject.mention.start,
        st.object.mention.start if st.object else "",
        st.negated,
        st.asserted,
    )
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
    return f"stmt:{st.doc}:{digest}"


def record_rows(
    statements: Iterable[Statement], documents: Mapping[str, Document] | None
) -> Iterator[dict[str, Any]]:
    """Rows of Statement records, with title, date and URL from ``documents``."""
    from graphkit.store.mapping import ARTICLE_NS, text_hash

    docs = documents or {}
    hashes: dict[str, str] = {}  # document id -> text hash: each text is hashed once
    for st in statements:
        if not isinstance(st, Statement):
            raise InputError(f"expected graphkit.types.Statement records, got {type(st).__name__}")
        doc = docs.get(st.doc)
        digest = None
        if doc is not None and doc.text:
            if st.doc not in hashes:
                hashes[st.doc] = text_hash(doc.text)
            digest = hashes[st.doc]
        row: dict[str, Any] = {
            "id": _statement_id(st, digest),
            **_actor_fields("subject", st.subject.actor),
            **_actor_fields("object", st.object.actor if st.object else None),
            "relation": st.relation,
            "polarity": st.polarity,
            "quad": st.quad,
            "plover": st.plover,
            "cameo": st.cameo,
            "intensity": float(st.intensity),
            "asserted": st.asserted,
            "negated": st.negated,
            "attributed_to": st.attributed_to.id if st.attributed_to else None,
            "attributed_to_label": st.attributed_to.label if st.attributed_to else None,
            "speaker_label": st.speaker.actor.label if st.speaker else None,
            "confidence": float(st.confidence),
            "evidence": st.evidence.text,
            "evidence_start": st.evidence.start,
            "evidence_end": st.evidence.end,
            "subject_mention": st.subject.mention.text,
            "subject_mention_start": st.subject.mention.start,
            "subject_mention_end": st.subject.mention.end,
            "object_mention": st.object.mention.text if st.object else None,
            "object_mention_start": st.object.mention.start if st.object else None,
            "object_mention_end": st.object.mention.end if st.object else None,
            "doc": st.doc,
            "article": st.extras.get("article") or (ARTICLE_NS + digest if digest else None),
            "title": doc.title if doc else st.extras.get("title"),
            "date": iso_day(doc.date if doc else st.extras.get("date")),
            "url": doc.url if doc else st.extras.get("url"),
        }
        yield row


# --- store -----------------------------------------------------------------------------


@cache
def query_text(name: str) -> str:
    """The text of ``graphkit/queries/<name>.rq``.

    Example:
        >>> "gk:Statement" in query_text("analysis_statements")
        True
    """
    path = resources.files("graphkit") / "queries" / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no query file {name}.rq in graphkit/queries")
    return path.read_text(encoding="utf-8")


def _py(value: Any) -> Any:
    """A plain Python value from a DataFrame cell (rdflib or pyoxigraph term, or plain)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    to_python = getattr(value, "toPython", None)
    if callable(to_python):  # rdflib term
        out = to_python()
        return str(out) if type(out).__name__ in ("URIRef", "BNode", "Literal") else out
    if hasattr(value, "value") and type(value).__module__.startswith("pyoxigraph"):
        return value.value
    return value


def _text(value: Any) -> str | None:
    value = _py(value)
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    value = _py(value)
    return None if value is None else int(float(value))


def _float(value: Any) -> float | None:
    value = _py(value)
    return None if value is None else float(value)


def _bool(value: Any, default: bool) -> bool:
    value = _py(value)
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1")
    return bool(value)


def _local(iri: str | None, sep: str = "#") -> str | None:
    return None if iri is None else iri.rsplit(sep, 1)[-1]


def _records(frame: Any) -> list[dict[str, Any]]:
    return list(frame.to_dict(orient="records")) if len(frame) else []


#: Columns a custom statement query must return (negation and assertion included, so that a
#: negated act or a claim is never read as the act); the other columns of
#: analysis_statements.rq are optional and read as None when missing.
REQUIRED_COLUMNS = (
    "statement",
    "subject",
    "relation",
    "object",
    "polarity",
    "intensity",
    "asserted",
    "negated",
)


def store_rows(
    kg: Any,
    *,
    since: str | None = None,
    until: str | None = None,
    sparql: str | None = None,
    bindings: Mapping[str, Any] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Statement rows and actor fields read from a store.

    Args:
        kg: A ``KnowledgeGraph`` (anything with ``.query(sparql, **bindings)`` returning a
            pandas DataFrame).
        since: Optional ISO date bound passed to the query as a binding.
        until: Optional ISO date bound passed to the query as a binding.
        sparql: A SELECT query choosing the statements instead of
            ``analysis_statements.rq``; it returns at least ``REQUIRED_COLUMNS`` and any of
            that query's other variables.
        bindings: Values for variables of ``sparql``.

    Returns:
        ``(rows, actors)``: rows shaped like the record reader's, and actor IRI -> fields
        (label, type, wikidata, iso3, affiliation).
    """
    from rdflib import Literal

    values: dict[str, Any] = dict(bindings or {})
    if sparql is None:
        if since is not None:
            values["since"] = Literal(since)
        if until is not None:
            values["until"] = Literal(until)
    actors: dict[str, dict[str, Any]] = {}
    for rec in _records(kg.query(query_text("analysis_actors"))):
        iri = _text(rec.get("actor"))
        if iri is None:
            continue
        label = _text(rec.get("label"))
        wikidata = _text(rec.get("wikidata"))
        actors[iri] = {
            "id": iri,
            "label": label if label else iri.removeprefix(ACTOR_NS),
            "type": _local(_text(rec.get("type"))),
            "wikidata": wikidata.removeprefix(WIKIDATA_NS) if wikidata else None,
            "iso3": _text(rec.get("iso3")),
            "affiliation": _text(rec.get("affiliation")),
        }

    def actor_fields(prefix: str, iri: str | None) -> dict[str, Any]:
        fields = actors.get(iri or "", {})
        out: dict[str, Any] = {prefix: iri}
        for f in ACTOR_FIELDS:
            out[f"{prefix}_{f}"] = fields.get(f)
        return out

    frame = kg.query(sparql or query_text("analysis_statements"), **values)
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise QueryError(
            f"the statement query must return ?{', ?'.join(REQUIRED_COLUMNS)}; missing "
            f"?{', ?'.join(missing)}"
        )
    rows = []
    for rec in _records(frame):
        attributed = _text(rec.get("attributedTo"))
        speaker = _text(rec.get("speaker"))
        rows.append(
            {
                "id": _text(rec["statement"]),
                **actor_fields("subject", _text(rec.get("subject"))),
                **actor_fields("object", _text(rec.get("object"))),
                "relation": _local(_text(rec.get("relation"))),
                "polarity": _int(rec.get("polarity")) or 0,
                "quad": _int(rec.get("quad")),
                "plover": _text(rec.get("plover")),
                "cameo": _text(rec.get("cameo")),
                "intensity": _float(rec.get("intensity")) or 0.0,
                "asserted": _bool(rec.get("asserted"), True),
                "negated": _bool(rec.get("negated"), False),
                "attributed_to": attributed,
                "attributed_to_label": actors.get(attributed or "", {}).get("label"),
                "speaker_label": actors.get(speaker or "", {}).get("label"),
                "confidence": _float(rec.get("confidence")),
                "evidence": _text(rec.get("evidence")),
                "evidence_start": _int(rec.get("evidenceStart")),
                "evidence_end": _int(rec.get("evidenceEnd")),
                "subject_mention": _text(rec.get("subjectMention")),
                "subject_mention_start": _int(rec.get("subjectMentionStart")),
                "subject_mention_end": _int(rec.get("subjectMentionEnd")),
                "object_mention": _text(rec.get("objectMention")),
                "object_mention_start": _int(rec.get("objectMentionStart")),
                "object_mention_end": _int(rec.get("objectMentionEnd")),
                "doc": _text(rec.get("doc")),
                "article": _text(rec.get("article")),
                "title": _text(rec.get("title")),
                "date": iso_day(_text(rec.get("date"))),
                "url": _text(rec.get("url")),
            }
        )
    return rows, actors
