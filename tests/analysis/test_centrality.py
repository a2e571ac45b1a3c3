from __future__ import annotations

import random

import networkx as nx
import pytest

from graphkit.analysis import (
    actor_roles,
    broker_betweenness,
    centrality_table,
    layer_pagerank,
    signed_graph,
    signed_louvain_communities,
    statement_graph,
    undirected_signed_graph,
)
from graphkit.errors import InputError

from .conftest import iri, make


@pytest.fixture
def graphs():
    records = [
        make("USA", "condemns", "RUS"),
        make("GBR", "condemns", "RUS", start=40),
        make("FRA", "sanctions", "RUS", start=80),
        make("RUS", "threatens", "UKR", start=120),
        make("RUS", "attacks", "UKR", start=280),
        make("USA", "supports", "UKR", start=160),
        make("GBR", "providesAidTo", "UKR", start=200),
        make("USA", "alliesWith", "GBR", start=240),
    ]
    D = signed_graph(statement_graph(records))
    return D, undirected_signed_graph(D)


def test_actor_roles_most_condemned_supported_hostile(graphs):
    D, _U = graphs
    roles = actor_roles(D, top=3)
    assert roles["most_condemned"][0] == {"actor": iri("RUS"), "label": "Russia", "count": 3}
    assert roles["most_supported"][0] == {"actor": iri("UKR"), "label": "Ukraine", "count": 2}
    assert roles["most_hostile"][:2] == [
        {"actor": iri("RUS"), "label": "Russia", "count": 2},
        {"actor": iri("FRA"), "label": "France", "count": 1},  # ties broken by IRI
    ]
    assert [r["actor"] for r in roles["most_cooperative"][:2]] == [iri("USA"), iri("GBR")]
    assert all(len(v) <= 3 for v in roles.values())
    with pytest.raises(InputError, match="top"):
        actor_roles(D, top=0)


def test_broker_betweenness_path_through_the_middle():
    U = nx.Graph()
    U.add_weighted_edges_from([("a", "b", 5), ("b", "c", -5), ("c", "d", 5)])
    bc = broker_betweenness(U)
    assert bc["b"] == bc["c"] == pytest.approx(2 / 3)
    assert bc["a"] == bc["d"] == 0.0
    # a strong (short) tie is preferred over a weak (long) one
    U.add_edge("a", "d", weight=0.1)
    assert broker_betweenness(U)["b"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("k", [None, 20])
def test_broker_betweenness_equals_networkx_on_inverse_weights(k):
    G = nx.connected_watts_strogatz_graph(150, 6, 0.2, seed=1)
    rng = random.Random(2)
    for u, v in G.edges():  # repeated magnitudes make many equal-length paths
        G.edges[u, v]["weight"] = rng.choice([-6.0, 3.0, 4.0, -3.0])
        G.edges[u, v]["length"] = 1 / abs(G.edges[u, v]["weight"])
    ours = broker_betweenness(G, k=k, seed=3)
    ref = nx.betweenness_centrality(G, k=k, seed=3, weight="length", normalized=True)
    assert ours == pytest.approx(ref, abs=1e-12)


def test_broker_betweenness_sampling_is_seeded():
    G = nx.connected_watts_strogatz_graph(200, 6, 0.2, seed=1)
    nx.set_edge_attributes(G, 1.0, "weight")
    a = broker_betweenness(G, k=20, seed=3)
    assert a == broker_betweenness(G, k=20, seed=3)
    assert a != broker_betweenness(G, k=20, seed=4)


def test_layer_pagerank_separates_layers(graphs):
    D, _U = graphs
    coop = layer_pagerank(D, "cooperative")
    hostile = layer_pagerank(D, "hostile")
    assert max(coop, key=coop.get) == iri("UKR")
    assert max(hostile, key=hostile.get) in {iri("RUS"), iri("UKR")}
    assert hostile[iri("RUS")] > hostile[iri("USA")]
    assert sum(coop.values()) == pytest.approx(1.0)
    with pytest.raises(InputError, match="friendly"):
        layer_pagerank(D, "friendly")


def test_centrality_table_columns_and_blocs(graphs):
    D, U = graphs
    blocs = signed_louvain_communities(U, seed=0)
    table = centrality_table(D, U, blocs=blocs, seed=0)
    assert list(table.columns) == [
        "label", "type", "statements_in", "statements_out", "cooperative_in",
        "cooperative_out", "hostile_in", "hostile_out", "betweenness",
        "pagerank_cooperative", "pagerank_hostile", "bloc", "blocs_reached",
    ]  # fmt: skip
    assert table.loc[iri("RUS"), "hostile_in"] == 3
    assert table.loc[iri("UKR"), "cooperative_in"] == 2
    assert table["betweenness"].is_monotonic_decreasing


def test_centrality_on_empty_and_single_actor():
    empty = nx.DiGraph()
    assert len(centrality_table(empty, nx.Graph())) == 0
    assert actor_roles(empty)["most_condemned"] == []
    D = nx.DiGraph()
    D.add_node("a", label="A")
    assert layer_pagerank(D, "hostile") == {"a": 0.0}
    assert broker_betweenness(nx.Graph(D)) == {"a": 0.0}
