from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from graphkit.analysis import signed_graph, statement_graph, undirected_signed_graph
from graphkit.analysis.projection import EDGE_ATTRS
from graphkit.errors import InputError
from graphkit.types import Document

from .conftest import actor, edge_attrs, iri, make


def test_statement_graph_follows_the_graph_contract(documents):
    G = statement_graph([make("CHN", "condemns", "USA")], documents)
    assert isinstance(G, nx.MultiDiGraph)
    (u, v, key, data) = next(iter(G.edges(keys=True, data=True)))
    assert (u, v) == (iri("CHN"), iri("USA"))
    assert key.startswith("https://w3id.org/graphkit/statement/")
    assert set(EDGE_ATTRS) <= set(data)
    assert data["relation"] == "condemns" and data["polarity"] == -1 and data["quad"] == 3
    assert data["plover"] == "ACCUSE" and data["cameo"] == "11"
    assert data["date"] == "2022-01-10" and data["title"] == "First"
    assert data["url"] == "https://a/1"
    assert data["article"].startswith("https://w3id.org/graphkit/article/")
    assert data["subject_mention"] == "China" and data["subject_mention_start"] == 0
    assert G.nodes[iri("CHN")] == {
        "label": "China",
        "type": "State",
        "wikidata": "Q148",
        "iso3": "CHN",
    }


def test_statement_graph_keys_match_the_store_statement_iri(documents):
    from graphkit.store.mapping import statement_iri, text_hash

    s = make("CHN", "condemns", "USA")
    G = statement_graph([s], documents)
    assert next(iter(G.edges(keys=True)))[2] == statement_iri(text_hash(documents["d1"].text), s)


def test_statement_graph_hashes_each_document_text_once_and_keys_edges_as_the_store(
    documents, text_hash_calls
):
    from graphkit.store import KnowledgeGraph

    records = [
        make("CHN", "condemns", "USA", start=0),
        make("RUS", "accuses", "UKR", start=40),
        make("USA", "condemns", "IRN", start=80),
        make("FRA", "condemns", "RUS", doc="d2"),
        make("GBR", "accuses", "IRN", doc="d2", start=40),
    ]
    G = statement_graph(records, documents)
    assert text_hash_calls == Counter(doc.text for doc in documents.values())
    kg = KnowledgeGraph.memory()
    kg.ingest([(doc, [s for s in records if s.doc == key]) for key, doc in documents.items()])
    stored = kg.query("SELECT ?s ?g WHERE { GRAPH ?g { ?s a gk:Statement } }")
    assert sorted(key for *_, key in G.edges(keys=True)) == sorted(stored["s"].astype(str))
    assert {d["article"] for d in edge_attrs(G)} == set(stored["g"].astype(str))


def test_statement_graph_excludes_claims_unless_asked():
    claim = make("RUS", "attacks", "UKR", attributed_to="USA")
    assert claim.asserted is False and claim.negated is False
    assert statement_graph([claim]).number_of_edges() == 0
    G = statement_graph([claim], include_claims=True)
    data = next(iter(G.edges(data=True)))[2]
    assert data["asserted"] is False and data["attributed_to"] == iri("USA")
    assert data["attributed_to_label"] == "United States"


def test_statement_graph_negated_is_never_the_act():
    neg = make("CHN", "condemns", "RUS", negated=True)
    assert statement_graph([neg]).number_of_edges() == 0
    # negated statements are not claims: include_claims does not bring them in
    assert statement_graph([neg], include_claims=True).number_of_edges() == 0
    G = statement_graph([neg], include_negated=True)
    assert next(iter(G.edges(data=True)))[2]["negated"] is True
    # a dyad whose only evidence is negated has no evidence of any act
    assert signed_graph(G).number_of_edges() == 0
    G = statement_graph([neg, make("CHN", "meetsWith", "RUS", start=50)], include_negated=True)
    dyad = signed_graph(G).edges[iri("CHN"), iri("RUS")]
    assert dyad["weight"] == 0 and dyad["n_hostile"] == 0 and dyad["n_negated"] == 1
    assert dyad["relations"] == {"meetsWith": 1} and len(dyad["statements"]) == 2


def test_signed_graph_refusal_to_condemn_is_cooperative():
    G = statement_graph(
        [make("CHN", "refusesToCondemn", "RUS"), make("CHN", "condemns", "RUS", negated=True)],
        include_negated=True,
    )
    dyad = signed_graph(G).edges[iri("CHN"), iri("RUS")]
    assert dyad["weight"] == pytest.approx(1.0)
    assert (dyad["n_cooperative"], dyad["n_hostile"], dyad["n_negated"]) == (1, 0, 1)


def test_statement_graph_filters_window_relations_actors_confidence(documents):
    records = [
        make("CHN", "condemns", "USA", doc="d1"),
        make("USA", "sanctions", "RUS", doc="d2"),
        make("RUS", "supports", "CHN", doc="d2", confidence=0.2),
        make("USA", "condemns", "IRN", doc="nodate"),
    ]
    docs = {**documents, "nodate": Document("nodate", "z" * 100)}
    assert statement_graph(records, docs).number_of_edges() == 4
    in_march = statement_graph(records, docs, since="2022-02-01")
    assert {(u, v) for u, v in in_march.edges()} == {
        (iri("USA"), iri("RUS")),
        (iri("RUS"), iri("CHN")),
    }
    assert statement_graph(records, docs, until="2022-01-31").number_of_edges() == 1
    hostile = statement_graph(records, docs, relations=["condemns"])
    assert {d["relation"] for _u, _v, d in hostile.edges(data=True)} == {"condemns"}
    induced = statement_graph(records, docs, actors=["USA", "Moscow", iri("IRN")])
    assert set(induced) == {iri("USA"), iri("RUS"), iri("IRN")}
    with pytest.raises(InputError, match="Atlantis"):
        statement_graph(records, docs, actors=["Atlantis"])
    assert statement_graph(records, docs, min_confidence=0.5).number_of_edges() == 3


def test_statement_graph_aggregates_persons_to_what_they_speak_for():
    stoltenberg = actor("jens-stoltenberg", affiliation=iri("NATO"))
    records = [make(stoltenberg, "criticizes", "CHN")]
    assert iri("ent/jens-stoltenberg") in statement_graph(records)
    G = statement_graph(records, aggregate_persons=True)
    assert list(G.edges()) == [(iri("NATO"), iri("CHN"))]
    assert G.nodes[iri("NATO")]["label"] == "NATO"
    assert G.nodes[iri("NATO")]["wikidata"] == "Q7184"  # filled from the KB


def test_statement_graph_rejects_bad_input():
    with pytest.raises(InputError, match="condems"):
        statement_graph([], relations=["condems"])
    with pytest.raises(InputError, match="2022-13-01"):
        statement_graph([], since="2022-13-01")
    with pytest.raises(InputError, match="20230505"):  # compared as text, it would be wrong
        statement_graph([], since="20230505")
    with pytest.raises(InputError, match="Statement"):
        statement_graph([{"subject": "x"}])
    with pytest.raises(InputError, match="str"):
        statement_graph("statements.jsonl")


def test_statement_graph_without_object_is_not_an_edge():
    assert statement_graph([make("CHN", "condemns", None)]).number_of_nodes() == 0


def test_signed_graph_counts_and_weights_per_dyad(documents):
    records = [
        make("USA", "condemns", "RUS", doc="d1"),
        make("USA", "sanctions", "RUS", doc="d2", start=50),
        make("USA", "meetsWith", "RUS", doc="d2", start=100),
        make("USA", "supports", "RUS", doc="d1", start=150),
    ]
    G = statement_graph(records, documents)
    d = signed_graph(G).edges[iri("USA"), iri("RUS")]
    assert d["weight"] == pytest.approx(-3.0 - 8.0 + 3.5)
    assert d["net_intensity"] == pytest.approx(-7.5)
    assert (d["n_statements"], d["n_cooperative"], d["n_hostile"], d["n_neutral"]) == (4, 1, 2, 1)
    assert (d["q1"], d["q2"], d["q3"], d["q4"]) == (2, 0, 1, 1)
    assert (d["first_seen"], d["last_seen"]) == ("2022-01-10", "2022-03-10")
    assert d["relations"] == {"condemns": 1, "sanctions": 1, "meetsWith": 1, "supports": 1}
    assert len(d["statements"]) == 4
    assert signed_graph(G, weight="count").edges[iri("USA"), iri("RUS")]["weight"] == -1
    assert signed_graph(G, min_evidence=5).number_of_edges() == 0


def test_signed_graph_rejects_bad_options():
    with pytest.raises(InputError, match="'net'"):
        signed_graph(nx.MultiDiGraph(), weight="net")
    with pytest.raises(InputError, match="min_evidence"):
        signed_graph(nx.MultiDiGraph(), min_evidence=0)


def test_signed_graph_drops_self_loops_but_keeps_the_actor():
    stoltenberg = actor("jens-stoltenberg", affiliation=iri("NATO"))
    G = statement_graph([make(stoltenberg, "supports", "NATO")], aggregate_persons=True)
    D = signed_graph(G)
    assert list(D) == [iri("NATO")] and D.number_of_edges() == 0


def test_undirected_signed_graph_sums_both_directions():
    G = statement_graph([make("USA", "supports", "GBR"), make("GBR", "condemns", "USA")])
    U = undirected_signed_graph(signed_graph(G))
    tie = U.edges[iri("USA"), iri("GBR")]
    assert tie["weight"] == pytest.approx(0.5) and tie["sign"] == 1
    assert (tie["n_cooperative"], tie["n_hostile"], tie["n_statements"]) == (1, 1, 2)
