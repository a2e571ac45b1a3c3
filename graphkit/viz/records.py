"""Side-panel records: one statement as plain JSON-ready values, its evidence cut for display.

Text stays unescaped here; the page escapes it (JSON block, ``textContent``). Mention offsets
are into the document, like ``evidence_start``, and are shifted into the sentence.

Example:
    >>> evidence_segments({"evidence": "Paris praised Berlin.", "subject_mention": "Paris",
    ...                    "object_mention": "Berlin"})
    [('Paris', 'subject'), (' praised ', None), ('Berlin', 'object'), ('.', None)]
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from graphkit.corpus.dates import statement_day
from graphkit.viz.model import statement_group, statement_polarity

__all__ = [
    "ARTICLE_FIELDS",
    "evidence_segments",
    "pool_articles",
    "safe_url",
    "statement_day",
    "statement_record",
]

#: Statement-record fields that describe the article; :func:`pool_articles` shares them.
ARTICLE_FIELDS = ("doc", "title", "date", "day", "url")


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no ``javascript:``, ``data:``).

    Example:
        >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
        ('https://example.org/a?b=1', None)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 0x21 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _local_span(
    evidence: str, ev_start: object, text: object, start: object, end: object
) -> tuple[int, int] | None:
    """Offsets of a mention inside the evidence sentence, or None if they do not line up."""
    if not isinstance(text, str) or not text:
        return None
    if all(isinstance(x, int) and not isinstance(x, bool) for x in (ev_start, start, end)):
        s = int(start) - int(ev_start)  # type: ignore[call-overload]
        e = int(end) - int(ev_start)  # type: ignore[call-overload]
        if 0 <= s < e <= len(evidence) and evidence[s:e] == text:
            return s, e
    found = evidence.find(text)
    return (found, found + len(text)) if found >= 0 else None


def evidence_segments(data: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """The evidence sentence cut into ``(text, role)`` pieces; role marks the mentions.

    Mention offsets are into the document, like ``evidence_start``; they are shifted into
    the sentence and checked against the mention text. When they do not line up, the
    first occurrence of the mention text is marked instead; overlapping mentions keep the
    subject.

    Example:
        >>> evidence_segments({"evidence": "China criticised NATO.", "evidence_start": 100,
        ...     "subject_mention": "China", "subject_mention_start": 100,
        ...     "subject_mention_end": 105, "object_mention": "NATO",
        ...     "object_mention_start": 117, "object_mention_end": 121})
        [('China', 'subject'), (' criticised ', None), ('NATO', 'object'), ('.', None)]
    """
    evidence = data.get("evidence") or ""
    if not isinstance(evidence, str):
        evidence = str(evidence)
    ev_start = data.get("evidence_start")
    spans: list[tuple[int, int, str]] = []
    for role in ("subject", "object"):
        span = _local_span(
            evidence,
            ev_start,
            data.get(f"{role}_mention"),
            data.get(f"{role}_mention_start"),
            data.get(f"{role}_mention_end"),
        )
        if span and not any(span[0] < e and s < span[1] for s, e, _ in spans):
            spans.append((span[0], span[1], role))
    spans.sort()
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for s, e, role in spans:
        if s > pos:
            pieces.append((evidence[pos:s], None))
        pieces.append((evidence[s:e], role))
        pos = e
    if pos < len(evidence) or not pieces:
        pieces.append((evidence[pos:], None))
    return pieces


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def statement_record(
    G: nx.MultiDiGraph, u: Hashable, v: Hashable, key: Hashable, data: Mapping[str, Any]
) -> dict[str, Any]:
    """The side-panel record of one statement (plain JSON-ready values, text unescaped).

    ``date`` is the date as written (shown); ``day`` its ``YYYY-MM-DD`` day or None
    (:func:`statement_day`), which the page's date filter reads.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("A", label="Alpha")
        >>> G.add_node("B", label="Beta")
        >>> rec = statement_record(G, "A", "B", "s1", {"relation": "condemns",
        ...     "polarity": -1, "evidence": "Alpha condemned Beta.",
        ...     "url": "javascript:alert(1)"})
        >>> rec["subject"], rec["group"], rec["url"]
        ('Alpha', 'hostile', None)
    """
    confidence = data.get("confidence")
    return {
        "key": str(key),
        "subject": _text(G.nodes[u].get("label") or u),
        "object": _text(G.nodes[v].get("label") or v),
        "relation": _text(data.get("relation")),
        "group": statement_group(data, key),
        "polarity": statement_polarity(data, key),
        "quad": data.get("quad") if isinstance(data.get("quad"), int) else None,
        "negated": bool(data.get("negated", False)),
        "asserted": bool(data.get("asserted", True)),
        "attributed_to": _text(data.get("attributed_to_label") or data.get("attributed_to")),
        "speaker": _text(data.get("speaker_label")),
        "confidence": (
            float(confidence)
            if isinstance(confidence, int | float) and math.isfinite(confidence)
            else None
        ),
        "evidence": evidence_segments(data),
        "title": _text(data.get("title")),
        "date": _text(data.get("date")),
        "day": statement_day(data.get("date")),
        "url": safe_url(data.get("url")),
        "doc": _text(data.get("doc")),
    }


def pool_articles(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Move the article fields of statement records into a shared table (in place).

    Each record gets ``article``, an index into the returned list of
    ``{"doc", "title", "date", "day", "url"}`` entries, so an article quoted by many
    statements is sent once.

    Example:
        >>> recs = [{"doc": "d1", "title": "T", "date": "7 April", "day": None, "url": None,
        ...          "relation": r} for r in ("x", "y")]
        >>> pool_articles(recs), [r["article"] for r in recs]
        ([{'doc': 'd1', 'title': 'T', 'date': '7 April', 'day': None, 'url': None}], [0, 0])
    """
    index: dict[tuple[Any, ...], int] = {}
    table: list[dict[str, Any]] = []
    for record in records:
        fields = tuple(record.pop(name, None) for name in ARTICLE_FIELDS)
        if fields not in index:
            index[fields] = len(table)
            table.append(dict(zip(ARTICLE_FIELDS, fields, strict=True)))
        record["article"] = index[fields]
    return table
