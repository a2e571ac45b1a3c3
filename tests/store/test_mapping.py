"""The pure statement-to-RDF mapping."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from graphkit.errors import InputError
from graphkit.namespace import GK
from graphkit.store.mapping import (
    ExtractionRun,
    article_iri,
    article_quads,
    statement_iri,
    text_hash,
)
from graphkit.types import Span

from .store_corpus import CHN, DOC1, DOC2, RUS, corpus, make_statement

RUN = ExtractionRun("test-model", "1.0", "2026-01-01T00:00:00+00:00", "0.1.0")


def _quads(doc, statements):
    return article_quads(doc, statements, RUN)


def test_article_quads_one_graph_named_by_content_hash():
    doc, statements = corpus()[0]
    quads = _quads(doc, statements)
    assert {str(q.graph_name.value) for q in quads} == {article_iri(doc.text)}
    assert article_iri(doc.text).endswith(text_hash(doc.text))


def test_article_quads_no_blank_nodes():
    for doc, statements in corpus():
        for q in _quads(doc, statements):
            assert not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))


def test_article_quads_same_text_other_id_same_graph_and_statement_iris():
    doc, statements = corpus()[0]
    other = dataclasses.replace(doc, id="copy-of-doc-1")
    moved = [dataclasses.replace(s, doc=other.id) for s in statements]
    a = {(q.subject, q.predicate, q.object) for q in _quads(doc, statements)}
    b = {(q.subject, q.predicate, q.object) for q in _quads(other, moved)}
    diff = a ^ b
    assert {str(p.value) for _s, p, _o in diff} == {str(GK.documentId)}


def test_article_quads_plain_triple_only_for_asserted():
    doc, statements = corpus()[0]
    quads = _quads(doc, statements)
    condemns = [q for q in quads if str(q.predicate.value) == str(GK.condemns)]
    invades = [q for q in quads if str(q.predicate.value) == str(GK.invades)]
    refuses = [q for q in quads if str(q.predicate.value) == str(GK.refusesToCondemn)]
    assert condemns == []  # "did not condemn" is negated: no plain triple
    assert [(q.subject.value, q.object.value) for q in invades] == [
        (statements[0].subject.actor.id, statements[0].object.actor.id)
    ]
    assert len(refuses) == 1


def test_article_quads_statement_properties_and_provenance():
    doc, statements = corpus()[1]
    quads = _quads(doc, statements)
    attributed = statements[1]
    iri = statement_iri(text_hash(doc.text), attributed)
    props = {str(q.predicate.value): q.object for q in quads if q.subject.value == iri}
    assert props[str(GK.attributedTo)].value.endswith("/NATO")
    assert props[str(GK.speaker)].value.endswith("/ent/jens-stoltenberg")
    assert props[str(GK.asserted)] == ox.Literal(
        "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    )
    assert props[str(GK.evidenceText)].value == attributed.evidence.text
    assert props["http://www.w3.org/ns/prov#wasDerivedFrom"].value == article_iri(doc.text)
    assert props["http://www.w3.org/ns/prov#wasGeneratedBy"].value == RUN.iri
    assert props[str(GK.intensity)].datatype.value.endswith("#decimal")
    # text-only actor described in the article graph, KB actors are not
    person = [q for q in quads if q.subject.value.endswith("/ent/jens-stoltenberg")]
    assert {str(q.predicate.value) for q in person} == {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "http://www.w3.org/2000/01/rdf-schema#label",
        str(GK.affiliatedWith),
    }
    assert not [q for q in quads if q.subject.value == CHN.id]


def test_article_quads_run_provenance():
    doc, statements = corpus()[0]
    run = {
        str(q.predicate.value): q.object.value
        for q in _quads(doc, statements)
        if q.subject.value == RUN.iri and "type" not in str(q.predicate.value)
    }
    assert run[str(GK.modelName)] == "test-model"
    assert run[str(GK.graphkitVersion)] == "0.1.0"
    assert run["http://www.w3.org/ns/prov#startedAtTime"] == "2026-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"evidence": Span("x", 5, 99999)}, "outside document"),
        ({"relation": "condems"}, "did you mean"),
        ({"confidence": 1.5}, "confidence"),
        ({"negated": True}, "asserted but negated"),
        ({"doc": "other"}, "given with document"),
    ],
)
def test_article_quads_bad_statement_raises(change, message):
    good = make_statement(DOC1, RUS, "invades", CHN, sentence="Russia invaded Ukraine.")
    with pytest.raises(InputError, match=message):
        _quads(DOC1, [dataclasses.replace(good, **change)])


def test_article_quads_exact_duplicate_statement_written_once():
    doc, statements = corpus()[1]
    once = _quads(doc, statements)
    twice = _quads(doc, statements + statements)
    assert len(once) == len(twice)


def test_article_quads_date_typed():
    quads = _quads(DOC2, [])
    dates = [q.object for q in quads if q.predicate.value == "http://purl.org/dc/terms/date"]
    assert [d.datatype.value for d in dates] == ["http://www.w3.org/2001/XMLSchema#date"]
