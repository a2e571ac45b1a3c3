"""Scoring against gold relations: matching rules, figures and malformed gold files."""

from __future__ import annotations

import dataclasses
import json

import pytest

from graphkit.errors import InputError
from graphkit.extract.evaluate import evaluate, read_gold, score
from graphkit.types import ACTOR_NS, Actor, ActorMention, Span, Statement

from .conftest import SHARED

TEXT = "Palestinians rejected the Israeli proposal."
PSE = Actor(ACTOR_NS + "PSE", "Palestine", "State", iso3="PSE")
ISR = Actor(ACTOR_NS + "ISR", "Israel", "State", iso3="ISR")


def statement(
    subj,
    s_span,
    obj,
    o_span,
    *,
    plover="REJECT",
    quad=3,
    polarity=-1,
    asserted=True,
    confidence=0.9,
):
    def side(actor, span):
        return ActorMention(actor, Span(TEXT[span[0] : span[1]], *span)) if actor else None

    return Statement(
        doc="r1",
        subject=side(subj, s_span),
        relation="rejects",
        plover=plover,
        cameo="12",
        quad=quad,
        polarity=polarity,
        intensity=-4.0,
        object=side(obj, o_span),
        negated=False,
        asserted=asserted,
        attributed_to=None,
        evidence=Span(TEXT, 0, len(TEXT)),
        confidence=confidence,
    )


def gold(subject=((0, 12, "PSE"),), obj=((26, 33, "ISR"),), *, type_="REJECT", reciprocal=False):
    def mentions(spans):
        return [
            {"text": TEXT[s:e] if s is not None else "x", "start": s, "end": e, "code": c}
            for s, e, c in spans
        ]

    return {
        "id": "r1",
        "text": TEXT,
        "relations": [
            {
                "subject": mentions(subject),
                "object": mentions(obj),
                "type": type_,
                "quad": 3,
                "polarity": -1,
                "reciprocal": reciprocal,
            }
        ],
    }


def test_evaluate_span_overlap_detects_and_scores_type():
    report = score([(gold(), [statement(PSE, (0, 12), ISR, (26, 33))])])
    assert (report.detected, report.type_correct, report.quad_correct) == (1, 1, 1)
    assert (
        report.precision == 1.0 and report.signed_recall == 1.0 and report.signed_precision == 1.0
    )


def test_evaluate_wrong_direction_is_missed_unless_reciprocal():
    reversed_st = [statement(ISR, (26, 33), PSE, (0, 12))]
    assert score([(gold(), reversed_st)]).detected == 0
    assert score([(gold(reciprocal=True), reversed_st)]).detected == 1


def test_evaluate_falls_back_to_actor_code_without_spans():
    record = gold(subject=((None, None, "PSE"),), obj=((None, None, "ISR"),))
    assert score([(record, [statement(PSE, (0, 12), ISR, (26, 33))])]).detected == 1


def test_evaluate_wrong_type_counts_detection_but_not_type():
    report = score([(gold(type_="ACCUSE"), [statement(PSE, (0, 12), ISR, (26, 33))])])
    assert report.detected == 1 and report.type_correct == 0
    assert report.confusion == {"ACCUSE": {"REJECT": 1}}


def test_evaluate_best_match_is_chosen_without_looking_at_gold_type():
    sts = [
        statement(PSE, (0, 12), ISR, (26, 33), plover="ACCUSE", confidence=0.95),
        statement(PSE, (0, 12), ISR, (26, 33), plover="REJECT", confidence=0.5),
    ]
    assert score([(gold(), sts)]).type_correct == 0


def test_evaluate_gold_without_object_needs_only_the_subject():
    report = score([(gold(obj=()), [statement(PSE, (0, 12), None, (0, 0))])])
    assert report.detected == 1


def test_evaluate_signed_precision_is_strict_and_agreement_judges_gold_pairs():
    off_pair = statement(ISR, (26, 33), ISR, (26, 33))  # no gold pair: counts against
    wrong_sign = statement(PSE, (0, 12), ISR, (26, 33), polarity=1)
    report = score([(gold(), [statement(PSE, (0, 12), ISR, (26, 33)), wrong_sign, off_pair])])
    assert report.signed_precision == 1 / 3
    assert report.polarity_agreement == 0.5


def test_evaluate_signed_precision_ignores_unasserted_and_objectless_statements():
    attributed = statement(ISR, (26, 33), PSE, (0, 12), asserted=False)
    objectless = statement(PSE, (0, 12), None, (0, 0))
    report = score([(gold(), [statement(PSE, (0, 12), ISR, (26, 33)), attributed, objectless])])
    assert report.asserted_with_object == 1 and report.signed_precision == 1.0


def test_evaluate_attributed_statement_counts_for_recall_not_for_signed_precision():
    report = score([(gold(), [statement(PSE, (0, 12), ISR, (26, 33), asserted=False)])])
    assert report.detected == 1 and report.signed_found == 1 and report.asserted_with_object == 0


def test_evaluate_negated_statement_is_no_signed_recall():
    negated = statement(PSE, (0, 12), ISR, (26, 33), asserted=False)
    negated = dataclasses.replace(negated, negated=True)
    assert score([(gold(), [negated])]).signed_found == 0


def test_evaluate_report_format_names_every_figure():
    text = score([(gold(), [statement(PSE, (0, 12), ISR, (26, 33))])], path="g.jsonl").format()
    for label in (
        "detected",
        "PLOVER type acc.",
        "quad accuracy",
        "polarity accuracy",
        "precision",
        "signed recall",
        "signed precision",
        "polarity agreement on gold pairs",
        "confusion",
    ):
        assert label in text


def test_evaluate_malformed_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        list(read_gold(path))


def test_evaluate_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        evaluate(tmp_path / "absent.jsonl")


def test_evaluate_runs_on_a_researchers_own_file(tmp_path, nlp):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps(gold()) + "\n", encoding="utf-8")
    report = evaluate(path, nlp=nlp)
    assert report.gold == 1 and report.documents == 1
    assert report.detected == 1, report.format()


@pytest.mark.slow
def test_evaluate_benchmark_sample_runs(tmp_path, nlp):
    source = SHARED / "plover_gsr_dev.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found")
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(source.read_text("utf-8").splitlines(True)[:15]), encoding="utf-8")
    report = evaluate(sample, nlp=nlp)
    assert report.documents == 15 and report.gold == 15
    assert 0 < report.detected <= 15 and report.type_correct <= report.detected
