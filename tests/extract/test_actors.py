"""Actor recognition rules on hand-built parses (KB matches given by hand)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from graphkit.extract.actors import find_mentions, slugify, text_actor
from graphkit.extract.lexicon import load_lexicon
from graphkit.kb import load_kb
from graphkit.types import ACTOR_NS, Actor

CHN = Actor(ACTOR_NS + "CHN", "China", "State", iso3="CHN")
USA = Actor(ACTOR_NS + "USA", "United States", "State", iso3="USA")
JOR = Actor(ACTOR_NS + "JOR", "Jordan", "State", iso3="JOR")
EU = Actor(ACTOR_NS + "EU", "European Union", "InternationalOrganization")
NATO = Actor(ACTOR_NS + "NATO", "NATO", "InternationalOrganization")
UKR = Actor(ACTOR_NS + "UKR", "Ukraine", "State", iso3="UKR")


def parsed(vocab, rows, ents=()):
    doc = Doc(
        vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        sent_starts=[1] + [0] * (len(rows) - 1),
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def by_text(doc, mentions):
    return {doc[m.start : m.end].text: m for m in mentions}


def test_actors_capital_as_subject_is_the_state(vocab):
    doc = parsed(
        vocab,
        [
            ("Beijing", "Beijing", 1, "nsubj", "PROPN"),
            ("criticized", "criticize", 1, "ROOT", "VERB"),
            ("Washington", "Washington", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
    )
    found = by_text(doc, find_mentions(doc, [(0, 1, CHN, "capital"), (2, 3, USA, "capital")]))
    assert found["Beijing"].actor == CHN and found["Washington"].actor == USA


def test_actors_capital_as_a_place_is_never_an_actor(vocab):
    # "Ministers met in Brussels ." (NER calls Brussels a PERSON): the EU's seat used as a
    # place is no mention at all (only a state named as a place is kept, as locative)
    doc = parsed(
        vocab,
        [
            ("Ministers", "minister", 1, "nsubj", "NOUN"),
            ("met", "meet", 1, "ROOT", "VERB"),
            ("in", "in", 1, "prep", "ADP"),
            ("Brussels", "Brussels", 2, "pobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        ents=[(3, 4, "PERSON")],
    )
    assert find_mentions(doc, [(3, 4, EU, "seat")]) == []


def test_actors_capital_possessor_of_a_place_noun_is_dropped(vocab):
    # "crimes in Kyiv 's suburbs"
    doc = parsed(
        vocab,
        [
            ("crimes", "crime", 0, "ROOT", "NOUN"),
            ("in", "in", 0, "prep", "ADP"),
            ("Kyiv", "Kyiv", 4, "poss", "PROPN"),
            ("'s", "'s", 2, "case", "PART"),
            ("suburbs", "suburb", 1, "pobj", "NOUN"),
        ],
        ents=[(2, 3, "PERSON")],
    )
    assert find_mentions(doc, [(2, 3, UKR, "capital")]) == []


def test_actors_demonym_modifier_of_organ_noun_is_the_state(vocab):
    doc = parsed(
        vocab,
        [
            ("Chinese", "chinese", 1, "amod", "ADJ"),
            ("media", "media", 2, "nsubj", "NOUN"),
            ("accused", "accuse", 2, "ROOT", "VERB"),
            ("Washington", "Washington", 2, "dobj", "PROPN"),
        ],
    )
    found = by_text(doc, find_mentions(doc, [(0, 1, CHN, "demonym"), (3, 4, USA, "capital")]))
    assert found["Chinese media"].actor == CHN and found["Chinese media"].kind == "organ"


def test_actors_title_gives_person_affiliation_and_keeps_speaker(vocab):
    rows = [
        ("NATO", "NATO", 3, "compound", "PROPN"),
        ("chief", "chief", 3, "compound", "NOUN"),
        ("Jens", "Jens", 3, "compound", "PROPN"),
        ("Stoltenberg", "Stoltenberg", 4, "nsubj", "PROPN"),
        ("spoke", "speak", 4, "ROOT", "VERB"),
        (".", ".", 4, "punct", "PUNCT"),
    ]
    doc = parsed(vocab, rows, ents=[(0, 1, "ORG"), (2, 4, "PERSON")])
    [m] = find_mentions(doc, [(0, 1, NATO, "label")])
    assert m.actor == NATO
    assert m.speaker is not None and m.speaker.label == "Jens Stoltenberg"
    assert m.speaker.affiliation == NATO.id
    assert doc[m.start : m.end].text == "NATO chief Jens Stoltenberg"


def test_actors_demonym_title_affiliation(vocab):
    rows = [
        ("Ukrainian", "ukrainian", 2, "amod", "ADJ"),
        ("Minister", "minister", 4, "compound", "PROPN"),
        ("Dmytro", "Dmytro", 4, "compound", "PROPN"),
        ("Kuleba", "Kuleba", 4, "nsubj", "PROPN"),
        ("spoke", "speak", 4, "ROOT", "VERB"),
    ]
    doc = parsed(vocab, rows, ents=[(0, 1, "NORP"), (2, 4, "PERSON")])
    [m] = find_mentions(doc, [(0, 1, UKR, "demonym")])
    assert m.actor == UKR and m.speaker.label == "Dmytro Kuleba"


def test_actors_surname_after_full_name_is_the_person_not_the_country(vocab):
    # "Michael Jordan spoke . Jordan said ." : the second Jordan is the person
    rows = [
        ("Michael", "Michael", 1, "compound", "PROPN"),
        ("Jordan", "Jordan", 2, "nsubj", "PROPN"),
        ("spoke", "speak", 2, "ROOT", "VERB"),
        (".", ".", 2, "punct", "PUNCT"),
        ("Jordan", "Jordan", 5, "nsubj", "PROPN"),
        ("said", "say", 5, "ROOT", "VERB"),
        (".", ".", 5, "punct", "PUNCT"),
    ]
    doc = parsed(vocab, rows, ents=[(0, 2, "PERSON")])
    mentions = find_mentions(doc, [(1, 2, JOR, "label"), (4, 5, JOR, "label")])
    assert [(m.start, m.actor.type) for m in mentions] == [(0, "Person"), (4, "Person")]


def test_actors_lone_jordan_is_the_country(vocab):
    rows = [
        ("Jordan", "Jordan", 1, "nsubj", "PROPN"),
        ("said", "say", 1, "ROOT", "VERB"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    doc = parsed(vocab, rows)
    [m] = find_mentions(doc, [(0, 1, JOR, "label")])
    assert m.actor == JOR


def test_actors_pronoun_resolves_to_last_person(vocab):
    rows = [
        ("Zhao", "Zhao", 1, "compound", "PROPN"),
        ("Lijian", "Lijian", 2, "nsubj", "PROPN"),
        ("spoke", "speak", 2, "ROOT", "VERB"),
        (".", ".", 2, "punct", "PUNCT"),
        ("He", "he", 5, "nsubj", "PRON"),
        ("left", "leave", 5, "ROOT", "VERB"),
    ]
    doc = parsed(vocab, rows, ents=[(0, 2, "PERSON")])
    mentions = find_mentions(doc, [])
    assert [m.kind for m in mentions] == ["person", "pronoun"]
    assert mentions[1].actor.label == "Zhao Lijian"


def test_actors_text_actor_ids_use_the_ent_namespace():
    assert (
        text_actor("Amnesty International", "Organization").id
        == ACTOR_NS + "ent/amnesty-international"
    )
    assert slugify("  ") == "unnamed"


TUR = Actor(ACTOR_NS + "TUR", "Turkey", "State", iso3="TUR")
SWE = Actor(ACTOR_NS + "SWE", "Sweden", "State", iso3="SWE")
#: "Turkey hosted Sweden in Ankara ." - makes Turkey the document's salient state
SALIENT_TURKEY = [
    ("Turkey", "Turkey", 1, "nsubj", "PROPN"),
    ("hosted", "host", 1, "ROOT", "VERB"),
    ("Sweden", "Sweden", 1, "dobj", "PROPN"),
    ("in", "in", 1, "prep", "ADP"),
    ("Ankara", "Ankara", 3, "pobj", "PROPN"),
    (".", ".", 1, "punct", "PUNCT"),
]
SALIENT_MATCHES = [(0, 1, TUR, "label"), (2, 3, SWE, "label"), (4, 5, TUR, "capital")]

# (second sentence rows with heads relative to its start, ORG span, PERSON span, KB matches
# in it, the person's mention text, the state the person speaks for)
TITLE_CASES = {
    "demonym before an organ name": (
        [
            ("Chinese", "chinese", 2, "amod", "ADJ"),
            ("Foreign", "Foreign", 2, "compound", "PROPN"),
            ("Ministry", "Ministry", 3, "compound", "PROPN"),
            ("spokesperson", "spokesperson", 5, "compound", "NOUN"),
            ("Wang", "Wang", 5, "compound", "PROPN"),
            ("Lei", "Lei", 6, "nsubj", "PROPN"),
            ("accused", "accuse", 6, "ROOT", "VERB"),
            ("NATO", "NATO", 6, "dobj", "PROPN"),
        ],
        (1, 3),
        (4, 6),
        [(0, 1, CHN, "demonym"), (7, 8, NATO, "label")],
        "Chinese Foreign Ministry spokesperson Wang Lei",
        CHN,
    ),
    "possessive state before an organ name": (
        [
            ("China", "China", 4, "poss", "PROPN"),
            ("'s", "'s", 0, "case", "PART"),
            ("Foreign", "Foreign", 3, "compound", "PROPN"),
            ("Ministry", "Ministry", 4, "compound", "PROPN"),
            ("spokesperson", "spokesperson", 6, "compound", "NOUN"),
            ("Wang", "Wang", 6, "compound", "PROPN"),
            ("Lei", "Lei", 7, "nsubj", "PROPN"),
            ("accused", "accuse", 7, "ROOT", "VERB"),
            ("NATO", "NATO", 7, "dobj", "PROPN"),
        ],
        (2, 4),
        (5, 7),
        [(0, 1, CHN, "label"), (8, 9, NATO, "label")],
        "China 's Foreign Ministry spokesperson Wang Lei",  # words joined by spaces
        CHN,
    ),
    "demonym title without an organ name": (
        [
            ("Chinese", "chinese", 2, "amod", "ADJ"),
            ("Foreign", "Foreign", 2, "compound", "PROPN"),
            ("Minister", "Minister", 4, "compound", "PROPN"),
            ("Wang", "Wang", 4, "compound", "PROPN"),
            ("Lei", "Lei", 5, "nsubj", "PROPN"),
            ("accused", "accuse", 5, "ROOT", "VERB"),
            ("NATO", "NATO", 5, "dobj", "PROPN"),
        ],
        None,
        (3, 5),
        [(0, 1, CHN, "demonym"), (6, 7, NATO, "label")],
        "Chinese Foreign Minister Wang Lei",
        CHN,
    ),
    "no state named: the salient state": (
        [
            ("Foreign", "Foreign", 1, "compound", "PROPN"),
            ("Ministry", "Ministry", 2, "compound", "PROPN"),
            ("spokesperson", "spokesperson", 4, "compound", "NOUN"),
            ("Wang", "Wang", 4, "compound", "PROPN"),
            ("Lei", "Lei", 5, "nsubj", "PROPN"),
            ("accused", "accuse", 5, "ROOT", "VERB"),
            ("NATO", "NATO", 5, "dobj", "PROPN"),
        ],
        (0, 2),
        (3, 5),
        [(6, 7, NATO, "label")],
        "Foreign Ministry spokesperson Wang Lei",
        TUR,
    ),
}


@pytest.mark.parametrize("name", sorted(TITLE_CASES))
def test_actors_state_in_title_beats_the_salient_state(vocab, name):
    rows, org, person, matches, text, state = TITLE_CASES[name]
    n = len(SALIENT_TURKEY)
    words = [
        *SALIENT_TURKEY,
        *((w, lemma, head + n, dep, pos) for w, lemma, head, dep, pos in rows),
    ]
    doc = Doc(
        vocab,
        words=[r[0] for r in words],
        lemmas=[r[1] for r in words],
        heads=[r[2] for r in words],
        deps=[r[3] for r in words],
        pos=[r[4] for r in words],
        sent_starts=[int(i in {0, n}) for i in range(len(words))],
    )
    spans = [(person, "PERSON"), *([(org, "ORG")] if org else [])]
    doc.ents = [Span(doc, s + n, e + n, label=label) for (s, e), label in spans]
    shifted = [(s + n, e + n, actor, kind) for s, e, actor, kind in matches]
    found = by_text(doc, find_mentions(doc, [*SALIENT_MATCHES, *shifted]))
    m = found[text]
    assert m.actor == state
    assert m.speaker is not None and m.speaker.label == "Wang Lei"
    assert m.speaker.affiliation == state.id


def test_actors_state_epithets_name_states_the_kb_knows():
    states = {a.iso3 for a in load_kb().actors if a.type == "State"}
    epithets = load_lexicon().cues["state_epithets"]
    unknown = {k: sorted(set(v) - states) for k, v in epithets.items() if set(v) - states}
    assert not unknown
    assert {"kingdom", "jewish state", "island"} <= set(epithets)
