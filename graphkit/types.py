"""Typed records that flow through graphkit: spans, actors, mentions and statements.

These are frozen dataclasses: the extraction stage produces them, the store writes them as
RDF, and :meth:`Statement.to_dict` gives the public JSONL record::

    {"doc", "subject": {"id", "label", "type", "wikidata", "iso3",
                        "mention": {"text", "start", "end"}},
     "relation", "plover", "cameo", "quad", "polarity", "intensity",
     "object": {...same...} or null, "negated", "asserted",
     "attributed_to": {actor} or null, "evidence": {"text", "start", "end"},
     "confidence"}

Fields beyond these (``speaker``, ``trigger``) are additions; the ones above are a public
contract and keep their names and meanings.

Example:
    >>> china = Actor(id="https://w3id.org/graphkit/actor/CHN", label="China", type="State",
    ...               wikidata="Q148", iso3="CHN")
    >>> m = ActorMention(actor=china, mention=Span("Beijing", 0, 7))
    >>> m.to_dict()["mention"]
    {'text': 'Beijing', 'start': 0, 'end': 7}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ACTOR_NS",
    "ACTOR_TYPES",
    "WIKIDATA_NS",
    "Actor",
    "ActorMention",
    "Document",
    "Span",
    "Statement",
]

#: Namespace of actor IRIs: KB actors are ``ACTOR_NS + key`` (``CHN``, ``NATO``); actors found
#: only in text are ``ACTOR_NS + "ent/" + slug``.
ACTOR_NS = "https://w3id.org/graphkit/actor/"
#: Namespace of Wikidata entity IRIs (``owl:sameAs`` targets); ``Actor.wikidata`` holds the
#: bare id (``Q148``).
WIKIDATA_NS = "http://www.wikidata.org/entity/"
#: Local names of the ``gk:Actor`` subclasses an actor can have (:attr:`Actor.type`).
ACTOR_TYPES = (
    "State",
    "InternationalOrganization",
    "Person",
    "NonStateArmedGroup",
    "PoliticalParty",
    "MediaOutlet",
    "InformalBloc",
    "Organization",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a document: its text and character offsets ``[start, end)``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor: a KB entry or an entity kept from the text.

    ``type`` is the local name of a ``gk:Actor`` subclass (one of :data:`ACTOR_TYPES`).
    ``affiliation`` is the IRI of the body a person or sub-organization speaks for, when
    known.
    """

    id: str
    label: str
    type: str
    wikidata: str | None = None
    iso3: str | None = None
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "wikidata": self.wikidata,
            "iso3": self.iso3,
        }


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor as mentioned at one place in a document."""

    actor: Actor
    mention: Span

    def to_dict(self) -> dict[str, Any]:
        return {**self.actor.to_dict(), "mention": self.mention.to_dict()}


@dataclass(frozen=True, slots=True)
class Document:
    """An input document: its id (record id or file name), text and optional metadata."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """One typed stance statement: ``subject --relation--> object`` with its provenance.

    ``relation`` is the local name of a ``gk:`` relation property (``condemns``,
    ``refusesToCondemn``); ``plover``, ``cameo``, ``quad``, ``polarity`` and ``intensity``
    come from that property's annotations in the ontology. ``asserted`` is true only when the
    article itself states the act as fact (not negated, not a claim attributed to someone).
    ``speaker`` is the person who spoke for the subject, when there was one. ``extras``
    (``notes`` in the JSONL record) says why: ``unasserted`` (the reason a kept statement is
    not asserted: "hedged", "past event", "guessed actor", ...; see
    :mod:`graphkit.extract.assertion`), ``modality`` ("threat", "intent", "refusal",
    "speech"), ``act`` (the act a refusal refuses), ``derived_from`` (the reported act a
    speaker's accusation comes from), ``year`` (a year the text dates the act to),
    ``presupposed`` (told in passing: "Iran-backed militias"), ``refers_to`` / ``answers``
    (the relation of the act, told in an earlier sentence, that a judgement or a
    retaliation is about; the evidence then spans from that act's sentence).
    """

    doc: str
    subject: ActorMention
    relation: str
    plover: str
    cameo: str
    quad: int
    polarity: int
    intensity: float
    object: ActorMention | None
    negated: bool
    asserted: bool
    attributed_to: Actor | None
    evidence: Span
    confidence: float
    speaker: ActorMention | None = None
    trigger: Span | None = None
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The public JSONL record of this statement."""
        record: dict[str, Any] = {
            "doc": self.doc,
            "subject": self.subject.to_dict(),
            "relation": self.relation,
            "plover": self.plover,
            "cameo": self.cameo,
            "quad": self.quad,
            "polarity": self.polarity,
            "intensity": self.intensity,
            "object": self.object.to_dict() if self.object else None,
            "negated": self.negated,
            "asserted": self.asserted,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "notes": dict(self.extras),
        }
        return record
