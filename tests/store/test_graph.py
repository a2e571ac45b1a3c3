"""KnowledgeGraph over every backend: in memory, on disk, and a real Oxigraph server."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from graphkit.errors import InputError, QueryError
from graphkit.store import KnowledgeGraph
from graphkit.store.mapping import (
    ACTORS_GRAPH,
    ONTOLOGY_GRAPH,
    ExtractionRun,
    article_iri,
    text_hash,
)
from graphkit.types import Span

from .store_corpus import CHN, DOC2, FRA, NATO, RUS, UKR, USA, corpus

RUN = ExtractionRun("test-model", "1.0", "2026-01-01T00:00:00+00:00", "0.1.0")

PLAIN_TRIPLES = """
SELECT ?g ?s ?p ?o WHERE {
  GRAPH gkg:ontology { ?p rdfs:subPropertyOf+ gk:stanceRelation }
  GRAPH ?g { ?s ?p ?o }
}"""
ASSERTED = """
SELECT ?g ?s ?p ?o WHERE {
  GRAPH ?g { ?st gk:asserted true ; gk:subject ?s ; gk:relation ?p ; gk:object ?o }
}"""


def _rows(frame, *cols):
    return sorted(tuple(row) for row in frame[list(cols)].itertuples(index=False))


def test_knowledge_graph_has_system_graphs(kg):
    graphs = set(kg.named_query("graph_counts")["graph"])
    assert {ONTOLOGY_GRAPH, ACTORS_GRAPH} <= graphs


def test_ingest_summary_counts(kg):
    summary = kg.ingest(corpus(), run=RUN)
    assert (summary.articles, summary.statements, summary.asserted) == (2, 8, 6)
    assert (summary.actors, summary.text_actors, summary.skipped) == (7, 1, 0)


def test_ingest_hashes_each_article_text_once(kg, text_hash_calls):
    articles = corpus()
    kg.ingest(articles, run=RUN)
    assert text_hash_calls == Counter(doc.text for doc, _ in articles)


def test_ingest_with_digests_hashes_no_text_and_writes_the_same_quads(kg, text_hash_calls):
    articles = corpus()
    expected = KnowledgeGraph.memory()
    expected.ingest(articles, run=RUN)
    digests = [text_hash(doc.text) for doc, _ in articles]
    text_hash_calls.clear()
    summary = kg.ingest(articles, run=RUN, digests=digests)
    assert not text_hash_calls
    assert summary.articles == 2
    assert sorted(map(str, kg.backend.quads())) == sorted(map(str, expected.backend.quads()))


@pytest.mark.parametrize(
    ("digests", "message"),
    [
        (lambda hashes: hashes[:1], "expected the text hash of document 'doc-2'.*got None"),
        (lambda hashes: [*hashes, hashes[0]], "more digests than items"),
        (lambda hashes: [hashes[0], hashes[1].upper()], "64 lowercase hex"),
    ],
)
def test_ingest_refuses_digests_that_are_not_one_text_hash_per_item(digests, message):
    articles = corpus()
    hashes = [text_hash(doc.text) for doc, _ in articles]
    with pytest.raises(InputError, match=message):
        KnowledgeGraph.memory().ingest(articles, run=RUN, digests=digests(hashes))


def test_ingest_twice_leaves_quad_count_unchanged(kg):
    kg.ingest(corpus(), run=RUN)
    before = len(kg)
    kg.ingest(corpus())  # new run (new time stamp): still replaces, never adds
    assert len(kg) == before


def test_ingest_same_text_from_two_doc_ids_is_one_graph(kg):
    doc, statements = corpus()[0]
    copy = dataclasses.replace(doc, id="mirror-of-doc-1")
    moved = [dataclasses.replace(s, doc=copy.id) for s in statements]
    summary = kg.ingest([(doc, statements), (copy, moved)], run=RUN)
    assert summary.skipped == 1
    kg.ingest([(copy, moved)], run=RUN)
    articles = kg.query("SELECT ?a ?id WHERE { GRAPH ?a { ?a a gk:Article ; gk:documentId ?id } }")
    assert _rows(articles, "a", "id") == [(article_iri(doc.text), "mirror-of-doc-1")]


def test_asserted_statements_and_plain_triples_correspond(kg):
    kg.ingest(corpus(), run=RUN)
    plain = _rows(kg.query(PLAIN_TRIPLES), "g", "s", "p", "o")
    asserted = _rows(kg.query(ASSERTED), "g", "s", "p", "o")
    assert plain == asserted
    assert len(plain) == 6


def test_negated_and_attributed_statements_have_no_plain_triple(kg):
    kg.ingest(corpus(), run=RUN)
    ask = "ASK WHERE { GRAPH ?g { ?s gk:condemns ?o } }"
    assert not kg.query(ask, s=CHN.id, o=RUS.id)["ask"][0]  # "did not condemn"
    assert not kg.query(ask, s=CHN.id, o=UKR.id)["ask"][0]  # claim attributed to NATO
    assert kg.query(ask, s=FRA.id, o=RUS.id)["ask"][0]


def test_every_statement_has_provenance(kg):
    kg.ingest(corpus(), run=RUN)
    frame = kg.query("""
        SELECT ?st ?article ?model ?version ?started WHERE {
          GRAPH ?g { ?st a gk:Statement .
            OPTIONAL { ?st prov:wasDerivedFrom ?article . ?article a gk:Article }
            OPTIONAL { ?st prov:wasGeneratedBy ?run . ?run gk:modelName ?model ;
                       gk:graphkitVersion ?version ; prov:startedAtTime ?started } } }""")
    assert len(frame) == 8
    assert frame.notna().all().all(), frame[frame.isna().any(axis=1)]
    assert set(frame["model"]) == {"test-model"}


def test_reingest_replaces_article_graph(kg):
    kg.ingest(corpus(), run=RUN)
    doc, statements = corpus()[0]
    kg.ingest([(doc, statements[:1])], run=RUN)
    assert len(kg.statements(article=article_iri(doc.text))) == 1
    assert len(kg.statements()) == 5


def test_failed_ingest_leaves_article_as_it_was(kg):
    kg.ingest(corpus(), run=RUN)
    before = kg.export("nquads")
    doc, statements = corpus()[0]
    bad = dataclasses.replace(statements[-1], evidence=Span("x", 0, 10**6))
    with pytest.raises(InputError, match="outside document"):
        kg.ingest([(doc, [*statements[:2], bad])], run=RUN)
    assert sorted(kg.export("nquads").splitlines()) == sorted(before.splitlines())


def test_ingest_on_error_skip_counts_and_goes_on(kg):
    doc, statements = corpus()[0]
    bad = dataclasses.replace(statements[0], relation="notARelation")
    summary = kg.ingest([(doc, [bad]), corpus()[1]], run=RUN, on_error="skip")
    assert (summary.articles, summary.skipped) == (1, 1)
    ((doc_id, message),) = summary.errors
    assert doc_id == doc.id
    assert "notARelation" in message
    assert f"1 failed; first {doc.id!r}: " in str(summary)


def test_named_query_hostile_dyads(kg):
    kg.ingest(corpus(), run=RUN)
    frame = kg.named_query("hostile_dyads")
    assert _rows(frame, "subject", "object", "statements") == [
        (FRA.id, RUS.id, 1),
        (RUS.id, UKR.id, 1),
        (USA.id, RUS.id, 2),
    ]


def test_named_query_stance_matrix_bound_and_labelled(kg):
    kg.ingest(corpus(), run=RUN)
    frame = kg.named_query("stance_matrix", labels=True, subject=CHN.id)
    assert _rows(frame, "subject", "object", "net", "cooperative", "hostile") == [
        ("China", "Russia", 1, 1, 0)  # the refusal; the negated condemnation is not there
    ]


def test_named_query_statements_about_and_claims(kg):
    kg.ingest(corpus(), run=RUN)
    about = kg.named_query("statements_about", actor=RUS.id)
    assert len(about) == 6
    assert sorted(about["role"].value_counts().items()) == [("object", 5), ("subject", 1)]
    claims = kg.named_query("claims_by", actor=NATO.id)
    assert _rows(claims, "subject", "object", "negated") == [(CHN.id, UKR.id, False)]


def test_named_query_counts_timeline_members_refusals(kg):
    kg.ingest(corpus(), run=RUN)
    quads = kg.named_query("quad_counts")
    assert _rows(quads, "quad", "statements", "assertedStatements", "negatedStatements") == [
        (1, 1, 1, 0),
        (2, 1, 1, 0),
        (3, 4, 2, 1),
        (4, 2, 2, 0),
    ]
    timeline = kg.named_query("dyad_timeline", a=USA.id, b=RUS.id)
    assert _rows(timeline, "date", "direction", "net") == [
        ("2022-03-01", "a->b", -1),
        ("2022-04-07", "a->b", -1),
    ]
    members = kg.named_query("org_members_stances", org=NATO.id)
    assert _rows(members, "member", "object", "statements") == [
        (FRA.id, RUS.id, 1),
        (FRA.id, UKR.id, 1),
        (USA.id, RUS.id, 2),
    ]
    refusals = kg.named_query("refusals")
    assert _rows(refusals, "kind", "subject", "object") == [
        ("negated", CHN.id, RUS.id),
        ("refusal", CHN.id, RUS.id),
    ]


def test_statements_filters(kg):
    kg.ingest(corpus(), run=RUN)
    assert len(kg.statements()) == 8
    assert len(kg.statements(asserted=True)) == 6
    assert len(kg.statements(relation="condemns")) == 4
    assert len(kg.statements(relation="condemns", negated=True)) == 1
    about = kg.statements(actor="gka:CHN", asserted=True)
    assert _rows(about, "relation", "object") == [
        ("https://w3id.org/graphkit/ontology#refusesToCondemn", RUS.id)
    ]
    with pytest.raises(InputError, match="did you mean"):
        kg.statements(relation="condems")


def test_query_binding_is_not_string_formatting(kg):
    kg.ingest(corpus(), run=RUN)
    evil = 'x" } } ; DROP ALL ; SELECT * { "'
    frame = kg.query("SELECT ?t WHERE { GRAPH ?g { ?s gk:evidenceText ?t } }", t=evil)
    assert frame.empty
    assert len(kg.statements()) == 8


def test_query_malformed_raises_query_error(kg):
    with pytest.raises(QueryError):
        kg.query("SELECT ?s WHERE { ?s ?p }")


def test_query_service_and_update_load_refused(kg):
    with pytest.raises(QueryError, match="SERVICE"):
        kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="LOAD"):
        kg.update("load <http://127.0.0.1:1/data.ttl>")


def test_update_cannot_remove_ontology_for_good(kg):
    kg.update("DROP ALL")
    assert set(kg.named_query("graph_counts")["kind"]) == {"ontology", "actors"}


def test_export_import_round_trip_is_idempotent(kg, tmp_path):
    kg.ingest(corpus(), run=RUN)
    out = tmp_path / "kg.trig"
    kg.export("trig", out)
    other = KnowledgeGraph.memory()
    other.import_file(out)
    assert len(other) == len(kg)
    other.import_file(out)
    assert len(other) == len(kg)
    kg.import_file(out)
    assert len(kg) == len(other)


@pytest.mark.parametrize("fmt", ["nquads", "jsonld", "turtle"])
def test_export_formats_parse_back(kg, fmt):
    import rdflib

    kg.ingest(corpus(), run=RUN)
    data = kg.export(fmt)
    graph = rdflib.Dataset() if fmt != "turtle" else rdflib.Graph()
    graph.parse(
        data=data.decode(),
        format={"nquads": "nquads", "jsonld": "json-ld", "turtle": "turtle"}[fmt],
    )
    assert len(list(graph.quads() if fmt != "turtle" else graph)) >= 6


def test_to_rdflib_has_every_quad(kg):
    kg.ingest(corpus(), run=RUN)
    dataset = kg.to_rdflib()
    assert len(list(dataset.quads((None, None, None, None)))) == len(kg)


@pytest.mark.slow
def test_validate_shacl_conforms(kg):
    kg.ingest(corpus(), run=RUN)
    conforms, report = kg.validate()
    assert conforms, report


@pytest.mark.slow
def test_validate_reports_a_violation():
    kg = KnowledgeGraph.memory()
    kg.ingest(corpus(), run=RUN)
    graph = article_iri(DOC2.text)
    kg.update(
        f"INSERT DATA {{ GRAPH <{graph}> {{ <https://w3id.org/graphkit/statement/bad> "
        "a gk:Statement . } }"
    )
    conforms, report = kg.validate()
    assert not conforms
    assert "statement/bad" in report


def test_corpus_offsets_point_into_the_text():
    for doc, statements in corpus():
        for st in statements:
            assert doc.text[st.evidence.start : st.evidence.end] == st.evidence.text
            mention = st.subject.mention
            assert doc.text[mention.start : mention.end] == mention.text


@pytest.mark.slow
def test_ingest_bare_documents_runs_the_extractor_and_records_the_model():
    from graphkit.types import Document

    kg = KnowledgeGraph.memory()
    summary = kg.ingest([Document("d1", "Russia invaded Ukraine on Thursday.")])
    assert summary.articles == 1
    models = kg.query("SELECT ?m WHERE { GRAPH ?g { ?r a gk:ExtractionRun ; gk:modelName ?m } }")
    assert models["m"].tolist()[0].startswith("en_core_web_sm")


def test_ingest_bulk_writes_the_same_quads(kg):
    kg.ingest(corpus(), run=RUN, bulk=True)
    bulk = sorted(kg.export("nquads").splitlines())
    kg.ingest(corpus(), run=RUN, bulk=True)  # existing articles: replaced, not duplicated
    assert sorted(kg.export("nquads").splitlines()) == bulk
    other = KnowledgeGraph.memory()
    other.ingest(corpus(), run=RUN)
    assert sorted(other.export("nquads").splitlines()) == bulk


def test_ingest_bulk_failure_undoes_partial_write():
    from graphkit.errors import StoreError

    kg = KnowledgeGraph.memory()
    before = len(kg)

    class HalfWriting:
        def __init__(self, store):
            self._store = store

        def __getattr__(self, name):
            return getattr(self._store, name)

        def __len__(self):
            return len(self._store)

        def bulk_extend(self, quads):
            quads = list(quads)
            self._store.extend(quads[: len(quads) // 2])
            raise OSError("disk full")

    kg.backend.store = HalfWriting(kg.backend.store)
    with pytest.raises(StoreError, match="disk full"):
        kg.ingest(corpus(), run=RUN, bulk=True)
    assert len(kg) == before


def test_validate_checks_ontology_shapes_on_the_ontology_graph():
    kg = KnowledgeGraph.memory()
    kg.update(
        "INSERT DATA { GRAPH gkg:ontology { gk:ignores rdfs:subPropertyOf gk:hostileRelation } }"
    )
    conforms, report = kg.validate()
    assert not conforms
    assert "ignores" in report
