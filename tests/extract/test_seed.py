"""End-to-end expectations on the seed article (NATO / China / Russia, April 2022)."""

from __future__ import annotations

import pytest

from graphkit.extract import extract_statements

from .conftest import SEED


@pytest.fixture(scope="module")
def seed(nlp):
    if not SEED.is_file():
        pytest.skip(f"seed article {SEED} not found")
    text = SEED.read_text("utf-8")
    return text, extract_statements(text, doc_id=SEED.name, nlp=nlp)


def find(statements, subject, relation, obj, **flags):
    return [
        s
        for s in statements
        if s.subject.actor.label == subject
        and s.relation == relation
        and (s.object.actor.label if s.object else None) == obj
        and all(getattr(s, k) == v for k, v in flags.items())
    ]


@pytest.mark.parametrize(
    ("subject", "relation", "obj", "flags"),
    [
        ("Russia", "invades", "Ukraine", {"asserted": True}),
        ("China", "refusesToCondemn", "Russia", {"asserted": True}),
        ("China", "condemns", "Russia", {"negated": True, "asserted": False}),
        ("China", "blames", "Russia", {"negated": True, "asserted": False}),
        ("China", "rejects", "NATO", {"asserted": True}),  # "dismissed NATO as ..."
        ("Chinese Communist Party", "accuses", "United States", {"asserted": True}),
        ("China", "accuses", "Russia", {"negated": True}),  # Zhao "refused to connect Russia to"
        ("China", "accuses", "United States", {"asserted": True}),  # "Zhao also accused the U.S."
        ("NATO", "accuses", "China", {"asserted": True}),  # the act of saying
        ("Australia", "partnersWith", "NATO", {}),
        ("Japan", "partnersWith", "NATO", {}),
        ("New Zealand", "partnersWith", "NATO", {}),
        ("South Korea", "partnersWith", "NATO", {}),
    ],
)
def test_seed_expected_statement(seed, subject, relation, obj, flags):
    _, statements = seed
    assert find(statements, subject, relation, obj, **flags), (subject, relation, obj, flags)


def test_seed_mission_disputes_stoltenberg(seed):
    _, statements = seed
    [st] = [s for s in statements if s.relation == "disputes"]
    assert st.subject.actor.label == "China" and st.asserted
    assert "Stoltenberg" in st.object.mention.text


def test_seed_targeting_china_is_a_claim_of_china(seed):
    _, statements = seed
    [st] = find(statements, "NATO", "targets", "China")
    assert not st.asserted and st.attributed_to is not None and st.attributed_to.label == "China"


def test_seed_never_asserts_china_condemning_or_blaming_russia(seed):
    _, statements = seed
    for relation in ("condemns", "blames", "criticizes", "accuses"):
        assert not find(statements, "China", relation, "Russia", asserted=True)


def test_seed_speakers_are_kept(seed):
    _, statements = seed
    zhao = find(statements, "China", "accuses", "United States", asserted=True)
    assert zhao and zhao[0].speaker is not None and zhao[0].speaker.actor.label == "Zhao Lijian"
    nato = find(statements, "NATO", "accuses", "China", asserted=True)
    assert nato[0].speaker is not None and nato[0].speaker.actor.label == "Jens Stoltenberg"


def test_seed_places_are_never_actors_or_persons(seed):
    _text, statements = seed
    for s in statements:
        for side in (s.subject, s.object):
            if side is not None:
                assert side.mention.text not in {"Brussels", "Kyiv"}
                assert not (
                    side.actor.type == "Person" and side.actor.label in {"Brussels", "Kyiv"}
                )


def test_seed_capitals_resolve_to_states(seed):
    _, statements = seed
    beijing = [s for s in statements if s.subject.mention.text == "Beijing"]
    moscow = [s for s in statements if s.object and s.object.mention.text == "Moscow"]
    assert beijing and all(s.subject.actor.label == "China" for s in beijing)
    assert moscow and all(s.object.actor.label == "Russia" for s in moscow)


def test_seed_offsets_and_records(seed):
    text, statements = seed
    assert statements
    for s in statements:
        record = s.to_dict()
        assert set(record) >= {
            "doc",
            "subject",
            "relation",
            "plover",
            "cameo",
            "quad",
            "polarity",
            "intensity",
            "object",
            "negated",
            "asserted",
            "attributed_to",
            "evidence",
            "confidence",
            "notes",
        }
        assert record["notes"] == s.extras
        assert record["doc"] == SEED.name
        assert text[s.evidence.start : s.evidence.end] == s.evidence.text
        assert text[s.subject.mention.start : s.subject.mention.end] == s.subject.mention.text
        assert 0.0 <= s.confidence <= 1.0
        assert not (s.negated and s.asserted)


def test_seed_refusal_record_notes_the_refused_act(seed):
    _, statements = seed
    [record] = [
        s.to_dict()
        for s in statements
        if s.relation == "refusesToCondemn" and s.asserted and s.subject.mention.text == "China"
    ]
    assert record["notes"] == {"modality": "refusal", "act": "condemns"}
    assert record["trigger"]["text"] == "condemning"
    assert not any(
        (s.subject.actor.label, s.relation, s.asserted) == ("China", "condemns", True)
        for s in statements
    )
