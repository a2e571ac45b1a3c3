"""Hand-built articles, statements and N-Quads for the store tests (no extractor needed)."""

from __future__ import annotations

from graphkit.types import ACTOR_NS, Actor, ActorMention, Document, Span, Statement

CHN = Actor(ACTOR_NS + "CHN", "China", "State", wikidata="Q148", iso3="CHN")
RUS = Actor(ACTOR_NS + "RUS", "Russia", "State", wikidata="Q159", iso3="RUS")
UKR = Actor(ACTOR_NS + "UKR", "Ukraine", "State", wikidata="Q212", iso3="UKR")
USA = Actor(ACTOR_NS + "USA", "United States", "State", wikidata="Q30", iso3="USA")
FRA = Actor(ACTOR_NS + "FRA", "France", "State", wikidata="Q142", iso3="FRA")
NATO = Actor(ACTOR_NS + "NATO", "NATO", "InternationalOrganization", wikidata="Q7184")
STOLTENBERG = Actor(
    ACTOR_NS + "ent/jens-stoltenberg", "Jens Stoltenberg", "Person", affiliation=NATO.id
)

_RELATIONS = {
    "condemns": ("ACCUSE", "11", 3, -1, -3.0),
    "invades": ("ASSAULT", "19", 4, -1, -10.0),
    "refusesToCondemn": ("SUPPORT", "05", 1, 1, 1.0),
    "providesAidTo": ("AID", "07", 2, 1, 7.0),
    "sanctions": ("SANCTION", "16", 4, -1, -8.0),
    "meetsWith": ("CONSULT", "04", 1, 0, 1.0),
}


def make_statement(
    doc: Document,
    subject: Actor,
    relation: str,
    obj: Actor | None,
    *,
    negated: bool = False,
    attributed_to: Actor | None = None,
    speaker: Actor | None = None,
    sentence: str | None = None,
) -> Statement:
    """A statement whose evidence and mentions really are at the offsets given."""
    plover, cameo, quad, polarity, intensity = _RELATIONS[relation]
    sentence = sentence or subject.label
    start = doc.text.index(sentence)
    evidence = Span(sentence, start, start + len(sentence))

    def mention(actor: Actor) -> ActorMention:
        name = actor.label.split()[-1] if actor.type == "Person" else actor.label
        at = doc.text.find(name, start)
        at = at if at >= 0 else doc.text.index(name)
        return ActorMention(actor, Span(name, at, at + len(name)))

    return Statement(
        doc=doc.id,
        subject=mention(subject),
        relation=relation,
        plover=plover,
        cameo=cameo,
        quad=quad,
        polarity=polarity,
        intensity=intensity,
        object=mention(obj) if obj else None,
        negated=negated,
        asserted=not negated and attributed_to is None,
        attributed_to=attributed_to,
        evidence=evidence,
        confidence=0.8,
        speaker=mention(speaker) if speaker else None,
    )


DOC1 = Document(
    id="doc-1",
    text=(
        "Russia invaded Ukraine. China refused to condemn Russia. "
        "China did not condemn Russia. The United States sanctioned Russia."
    ),
    title="Invasion",
    date="2022-03-01",
    url="https://example.org/1",
    source="Example News",
)
DOC2 = Document(
    id="doc-2",
    text=(
        "France provided aid to Ukraine. NATO chief Jens Stoltenberg said China condemned "
        "Ukraine. France condemned Russia. The United States condemned Russia."
    ),
    date="2022-04-07",
)


def corpus() -> list[tuple[Document, list[Statement]]]:
    """Two articles covering asserted, negated, refusal and attributed statements."""
    s1 = [
        make_statement(DOC1, RUS, "invades", UKR, sentence="Russia invaded Ukraine."),
        make_statement(
            DOC1, CHN, "refusesToCondemn", RUS, sentence="China refused to condemn Russia."
        ),
        make_statement(
            DOC1, CHN, "condemns", RUS, negated=True, sentence="China did not condemn Russia."
        ),
        make_statement(
            DOC1, USA, "sanctions", RUS, sentence="The United States sanctioned Russia."
        ),
    ]
    s2 = [
        make_statement(DOC2, FRA, "providesAidTo", UKR, sentence="France provided aid to Ukraine."),
        make_statement(
            DOC2,
            CHN,
            "condemns",
            UKR,
            attributed_to=NATO,
            speaker=STOLTENBERG,
            sentence="NATO chief Jens Stoltenberg said China condemned Ukraine.",
        ),
        make_statement(DOC2, FRA, "condemns", RUS, sentence="France condemned Russia."),
        make_statement(DOC2, USA, "condemns", RUS, sentence="The United States condemned Russia."),
    ]
    return [(DOC1, s1), (DOC2, s2)]


def nquads(lines: int = 600) -> bytes:
    """N-Quads over five named graphs and the default graph, with escapes and non-ASCII."""
    rows = []
    for i in range(lines):
        graph = f" <http://x/g{i % 5}>" if i % 7 else ""
        text = f'"line {i}\\nsays \\"hi\\" \u00e9\u4e2d"@en' if i % 3 else f'"{i}"^^<http://x/int>'
        rows.append(f"<http://x/s{i % 40}> <http://x/p{i % 3}> {text}{graph} .\n")
    return "".join(rows).encode()
