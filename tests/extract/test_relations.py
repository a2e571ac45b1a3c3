"""Rule logic of the extraction core on hand-built parses (independent of the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

import graphkit.extract
from graphkit.extract.actors import Mention
from graphkit.extract.relations import extract_from_doc
from graphkit.types import ACTOR_NS, Actor


def state(key: str, label: str) -> Actor:
    return Actor(ACTOR_NS + key, label, "State", iso3=key)


RUS, UKR, CHN, NATO, JPN, GEO, IRN, IRQ = (
    state("RUS", "Russia"),
    state("UKR", "Ukraine"),
    state("CHN", "China"),
    Actor(ACTOR_NS + "NATO", "NATO", "InternationalOrganization"),
    state("JPN", "Japan"),
    state("GEO", "Georgia"),
    state("IRN", "Iran"),
    state("IRQ", "Iraq"),
)
ACTORS = {
    "Russia": RUS,
    "Ukraine": UKR,
    "China": CHN,
    "NATO": NATO,
    "Japan": JPN,
    "Georgia": GEO,
    "Iran": IRN,
    "Iraq": IRQ,
}


def build(vocab, rows: list[tuple[str, str, int, str, str]]):
    """A Doc from (word, lemma, head, dep, pos) rows, one sentence, plus KB mentions."""
    words = [r[0] for r in rows]
    doc = Doc(
        vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        sent_starts=[1] + [0] * (len(rows) - 1),
    )
    mentions = [Mention(i, i + 1, ACTORS[w], "kb") for i, w in enumerate(words) if w in ACTORS]
    return doc, mentions


CASES = {
    "active": (
        [
            ("Russia", "Russia", 1, "nsubj", "PROPN"),
            ("invaded", "invade", 1, "ROOT", "VERB"),
            ("Ukraine", "Ukraine", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {("Russia", "invades", "Ukraine", False, True)},
    ),
    "passive": (
        [
            ("Ukraine", "Ukraine", 2, "nsubjpass", "PROPN"),
            ("was", "be", 2, "auxpass", "AUX"),
            ("invaded", "invade", 2, "ROOT", "VERB"),
            ("by", "by", 2, "agent", "ADP"),
            ("Russia", "Russia", 3, "pobj", "PROPN"),
            (".", ".", 2, "punct", "PUNCT"),
        ],
        {("Russia", "invades", "Ukraine", False, True)},
    ),
    "coordinated objects": (
        [
            ("Russia", "Russia", 1, "nsubj", "PROPN"),
            ("attacked", "attack", 1, "ROOT", "VERB"),
            ("Ukraine", "Ukraine", 1, "dobj", "PROPN"),
            ("and", "and", 2, "cc", "CCONJ"),
            ("Georgia", "Georgia", 2, "conj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {
            ("Russia", "attacks", "Ukraine", False, True),
            ("Russia", "attacks", "Georgia", False, True),
        },
    ),
    "refusal of a hostile verbal act": (
        [
            ("China", "China", 1, "nsubj", "PROPN"),
            ("refused", "refuse", 1, "ROOT", "VERB"),
            ("to", "to", 3, "aux", "PART"),
            ("condemn", "condemn", 1, "xcomp", "VERB"),
            ("Russia", "Russia", 3, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {
            ("China", "condemns", "Russia", True, False),
            ("China", "refusesToCondemn", "Russia", False, True),
        },
    ),
    "plain negation has no refusal statement": (
        [
            ("China", "China", 3, "nsubj", "PROPN"),
            ("did", "do", 3, "aux", "AUX"),
            ("not", "not", 3, "neg", "PART"),
            ("condemn", "condemn", 3, "ROOT", "VERB"),
            ("Russia", "Russia", 3, "dobj", "PROPN"),
            (".", ".", 3, "punct", "PUNCT"),
        ],
        {("China", "condemns", "Russia", True, False)},
    ),
    "avoid blaming": (
        [
            ("China", "China", 1, "nsubj", "PROPN"),
            ("avoided", "avoid", 1, "ROOT", "VERB"),
            ("blaming", "blame", 1, "xcomp", "VERB"),
            ("Russia", "Russia", 2, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {
            ("China", "blames", "Russia", True, False),
            ("China", "refusesToCondemn", "Russia", False, True),
        },
    ),
    "claim reported by an actor": (
        [
            ("NATO", "NATO", 1, "nsubj", "PROPN"),
            ("said", "say", 1, "ROOT", "VERB"),
            ("China", "China", 3, "nsubj", "PROPN"),
            ("attacked", "attack", 1, "ccomp", "VERB"),
            ("Japan", "Japan", 3, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {("China", "attacks", "Japan", False, False), ("NATO", "accuses", "China", False, True)},
    ),
    "nominalisation with possessive": (
        [
            ("Russia", "Russia", 2, "poss", "PROPN"),
            ("'s", "'s", 0, "case", "PART"),
            ("invasion", "invasion", 2, "ROOT", "NOUN"),
            ("of", "of", 2, "prep", "ADP"),
            ("Ukraine", "Ukraine", 3, "pobj", "PROPN"),
            (".", ".", 2, "punct", "PUNCT"),
        ],
        {("Russia", "invades", "Ukraine", False, True)},
    ),
    "future cooperative act is an agreement": (
        [
            ("Iran", "Iran", 2, "nsubj", "PROPN"),
            ("will", "will", 2, "aux", "AUX"),
            ("support", "support", 2, "ROOT", "VERB"),
            ("Iraq", "Iraq", 2, "dobj", "PROPN"),
            (".", ".", 2, "punct", "PUNCT"),
        ],
        {("Iran", "agreesWith", "Iraq", False, True)},
    ),
    "threat verb governs the act": (
        [
            ("Iran", "Iran", 1, "nsubj", "PROPN"),
            ("threatened", "threaten", 1, "ROOT", "VERB"),
            ("to", "to", 3, "aux", "PART"),
            ("attack", "attack", 1, "xcomp", "VERB"),
            ("Iraq", "Iraq", 3, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {("Iran", "threatens", "Iraq", False, True)},
    ),
    "a preposition the parser left without its object": (
        [  # "Iran granted asylum to Iraq hiding ...": "Iraq" parsed as the subject of "hiding"
            ("Iran", "Iran", 1, "nsubj", "PROPN"),
            ("granted", "grant", 1, "ROOT", "VERB"),
            ("asylum", "asylum", 1, "dobj", "NOUN"),
            ("to", "to", 1, "prep", "ADP"),
            ("Iraq", "Iraq", 5, "nsubj", "PROPN"),
            ("hiding", "hide", 1, "advcl", "VERB"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        {("Iran", "providesAidTo", "Iraq", False, True)},
    ),
    "no lexicon verb, no statement": (
        [
            ("China", "China", 1, "nsubj", "PROPN"),
            ("painted", "paint", 1, "ROOT", "VERB"),
            ("Russia", "Russia", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        set(),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_relations_table(vocab, facts, name):
    rows, expected = CASES[name]
    doc, mentions = build(vocab, rows)
    assert facts(extract_from_doc(doc, mentions, doc_id="t")) == expected


def test_relations_annotations_come_from_the_ontology(vocab):
    from graphkit.ontology import relation

    doc, mentions = build(vocab, CASES["active"][0])
    [st] = extract_from_doc(doc, mentions)
    info = relation("invades")
    assert (st.plover, st.cameo, st.quad, st.polarity, st.intensity) == (
        info.plover,
        info.cameo,
        info.quad,
        info.polarity,
        info.intensity,
    )


def test_relations_evidence_and_mention_offsets_index_the_text(vocab):
    doc, mentions = build(vocab, CASES["passive"][0])
    [st] = extract_from_doc(doc, mentions, doc_id="d1")
    text = doc.text
    assert st.doc == "d1"
    assert text[st.evidence.start : st.evidence.end] == st.evidence.text
    assert text[st.subject.mention.start : st.subject.mention.end] == "Russia"
    assert text[st.object.mention.start : st.object.mention.end] == "Ukraine"
    assert 0.0 <= st.confidence <= 1.0


def test_relations_never_assert_negated_hostility(vocab):
    doc, mentions = build(vocab, CASES["refusal of a hostile verbal act"][0])
    hostile = [s for s in extract_from_doc(doc, mentions) if s.polarity < 0]
    assert hostile and all(not s.asserted and s.negated for s in hostile)


def test_relations_empty_doc_gives_nothing(vocab):
    assert extract_from_doc(Doc(vocab, words=[]), []) == []


# (rows, statements as (subject, relation, object, trigger text), in order): each act once
ACT_CASES = {
    "bid to join is sought, not done": (
        [
            ("Russia", "Russia", 1, "nsubj", "PROPN"),
            ("agreed", "agree", 1, "ROOT", "VERB"),
            ("to", "to", 3, "aux", "PART"),
            ("support", "support", 1, "xcomp", "VERB"),
            ("Georgia", "Georgia", 6, "poss", "PROPN"),
            ("'s", "'s", 4, "case", "PART"),
            ("bid", "bid", 3, "dobj", "NOUN"),
            ("to", "to", 8, "aux", "PART"),
            ("join", "join", 6, "acl", "VERB"),
            ("NATO", "NATO", 8, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        [("Russia", "agreesWith", "Georgia", "support")],
    ),
    "application to join is sought, not done": (
        [
            ("China", "China", 1, "nsubj", "PROPN"),
            ("rejected", "reject", 1, "ROOT", "VERB"),
            ("Ukraine", "Ukraine", 4, "poss", "PROPN"),
            ("'s", "'s", 2, "case", "PART"),
            ("application", "application", 1, "dobj", "NOUN"),
            ("to", "to", 6, "aux", "PART"),
            ("join", "join", 4, "acl", "VERB"),
            ("NATO", "NATO", 6, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        [("China", "rejects", "Ukraine", "rejected")],
    ),
    "joining itself is an act": (
        [
            ("Georgia", "Georgia", 1, "nsubj", "PROPN"),
            ("joined", "join", 1, "ROOT", "VERB"),
            ("NATO", "NATO", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        [("Georgia", "alignsWith", "NATO", "joined")],
    ),
    "light verb and the act noun in its object are one act": (
        [
            ("China", "China", 3, "nsubj", "PROPN"),
            ("and", "and", 0, "cc", "CCONJ"),
            ("Russia", "Russia", 0, "conj", "PROPN"),
            ("held", "hold", 3, "ROOT", "VERB"),
            ("two", "two", 5, "nummod", "NUM"),
            ("days", "day", 3, "dobj", "NOUN"),
            ("of", "of", 5, "prep", "ADP"),
            ("talks", "talk", 6, "pobj", "NOUN"),
            (".", ".", 3, "punct", "PUNCT"),
        ],
        [("China", "negotiatesWith", "Russia", "held")],
    ),
    "verb and its act noun object are one act": (
        [
            ("Japan", "Japan", 2, "nsubj", "PROPN"),
            ("will", "will", 2, "aux", "AUX"),
            ("provide", "provide", 2, "ROOT", "VERB"),
            ("food", "food", 4, "compound", "NOUN"),
            ("aid", "aid", 2, "dobj", "NOUN"),
            ("to", "to", 2, "prep", "ADP"),
            ("Ukraine", "Ukraine", 5, "pobj", "PROPN"),
            (".", ".", 2, "punct", "PUNCT"),
        ],
        [("Japan", "agreesWith", "Ukraine", "provide")],
    ),
    "coordinated verbs stay two acts": (
        [
            ("Russia", "Russia", 1, "nsubj", "PROPN"),
            ("attacked", "attack", 1, "ROOT", "VERB"),
            ("Ukraine", "Ukraine", 1, "dobj", "PROPN"),
            ("and", "and", 1, "cc", "CCONJ"),
            ("bombed", "bomb", 1, "conj", "VERB"),
            ("Ukraine", "Ukraine", 4, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
        ],
        [("Russia", "attacks", "Ukraine", "attacked"), ("Russia", "attacks", "Ukraine", "bombed")],
    ),
}


@pytest.mark.parametrize("name", sorted(ACT_CASES))
def test_relations_each_act_is_one_statement(vocab, name):
    rows, expected = ACT_CASES[name]
    doc, mentions = build(vocab, rows)
    found = [
        (
            s.subject.actor.label,
            s.relation,
            s.object.actor.label if s.object else None,
            s.trigger.text if s.trigger else None,
        )
        for s in extract_from_doc(doc, mentions, doc_id="t")
    ]
    assert found == expected


def test_cue_lists_have_no_duplicate_names():
    # a second list under one name silently replaces the first (JSON keeps the last)
    path = Path(graphkit.extract.__file__).parent / "data" / "cues.json"
    names = json.loads(path.read_text(), object_pairs_hook=lambda pairs: [k for k, _ in pairs])
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
