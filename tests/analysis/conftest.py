"""Statement records built by hand for the analysis tests (no extractor involved).

``make`` builds one :class:`~graphkit.types.Statement` from short actor keys and a relation
local name; the relation annotations come from the ontology, so the records are the ones the
extractor would produce.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from graphkit.ontology import relation
from graphkit.types import ACTOR_NS, Actor, ActorMention, Document, Span, Statement

ACTORS: dict[str, tuple[str, str, str | None, str | None]] = {
    "CHN": ("China", "State", "Q148", "CHN"),
    "RUS": ("Russia", "State", "Q159", "RUS"),
    "UKR": ("Ukraine", "State", "Q212", "UKR"),
    "USA": ("United States", "State", "Q30", "USA"),
    "GBR": ("United Kingdom", "State", "Q145", "GBR"),
    "FRA": ("France", "State", "Q142", "FRA"),
    "IRN": ("Iran", "State", "Q794", "IRN"),
    "NATO": ("NATO", "InternationalOrganization", "Q7184", None),
}


def iri(key: str) -> str:
    """Actor IRI of a short key (``"CHN"``)."""
    return ACTOR_NS + key


def actor(key: str, *, affiliation: str | None = None) -> Actor:
    """A KB-like actor; unknown keys become text-only persons."""
    if key in ACTORS:
        label, kind, qid, iso3 = ACTORS[key]
        return Actor(iri(key), label, kind, qid, iso3, affiliation)
    return Actor(
        iri(f"ent/{key}"), key.replace("-", " ").title(), "Person", None, None, affiliation
    )


def make(
    subject: str | Actor,
    rel: str,
    obj: str | Actor | None,
    *,
    doc: str = "d1",
    negated: bool = False,
    asserted: bool | None = None,
    attributed_to: str | None = None,
    confidence: float = 0.9,
    start: int = 0,
) -> Statement:
    """One statement ``subject rel obj`` with evidence offsets starting at ``start``."""
    info = relation(rel)
    subj = subject if isinstance(subject, Actor) else actor(subject)
    ob = obj if isinstance(obj, Actor) or obj is None else actor(obj)
    text = f"{subj.label} {rel} {ob.label if ob else ''}".strip() + "."
    if asserted is None:
        asserted = not negated and attributed_to is None
    return Statement(
        doc=doc,
        subject=ActorMention(subj, Span(subj.label, start, start + len(subj.label))),
        relation=info.name,
        plover=info.plover,
        cameo=info.cameo,
        quad=info.quad,
        polarity=info.polarity,
        intensity=info.intensity,
        object=ActorMention(
            ob, Span(ob.label, start + len(text) - len(ob.label) - 1, start + len(text) - 1)
        )
        if ob
        else None,
        negated=negated,
        asserted=asserted,
        attributed_to=actor(attributed_to) if attributed_to else None,
        evidence=Span(text, start, start + len(text)),
        confidence=confidence,
    )


@pytest.fixture
def st() -> Callable[..., Statement]:
    return make


@pytest.fixture
def two_blocs() -> list[Statement]:
    """USA, GBR, FRA cooperate; CHN, RUS, IRN cooperate; the two sides are hostile."""
    west, east = ("USA", "GBR", "FRA"), ("CHN", "RUS", "IRN")
    out: list[Statement] = []
    i = 0
    for side in (west, east):
        for a in side:
            for b in side:
                if a != b:
                    out.append(make(a, "cooperatesWith", b, start=i))
                    i += 40
    for a in west:
        for b in east:
            out.append(make(a, "condemns", b, start=i))
            out.append(make(b, "accuses", a, start=i + 40))
            i += 80
    return out


@pytest.fixture
def documents() -> dict[str, Document]:
    return {
        "d1": Document("d1", "x" * 2000, title="First", date="2022-01-10", url="https://a/1"),
        "d2": Document("d2", "y" * 2000, title="Second", date="2022-03-10", url="https://a/2"),
    }


def edge_attrs(G: Any) -> list[dict[str, Any]]:
    return [d for _u, _v, d in G.edges(data=True)]
