from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

from graphkit.analysis import (
    balance_report,
    frustration_index,
    signed_graph,
    statement_graph,
    triangle_census,
    undirected_signed_graph,
)
from graphkit.errors import InputError

from .conftest import iri, make


def _triangle(ab: float, bc: float, ac: float) -> nx.Graph:
    U = nx.Graph()
    U.add_weighted_edges_from([("a", "b", ab), ("b", "c", bc), ("a", "c", ac)])
    return U


@pytest.mark.parametrize(
    ("weights", "kind", "balanced"),
    [
        ((1, 2, 3), "+++", True),
        ((1, 2, -3), "++-", False),
        ((1, -2, -3), "+--", True),
        ((-1, -2, -3), "---", False),
    ],
)
def test_triangle_census_classifies_each_signed_triangle(weights, kind, balanced):
    census = triangle_census(_triangle(*weights))
    assert census[kind] == 1 and census["triangles"] == 1
    assert census["balanced"] == int(balanced) and census["unbalanced"] == int(not balanced)
    assert census["balance_ratio"] == float(balanced)
    assert census["weak_balance_ratio"] == float(balanced or kind == "---")


def test_balanced_and_unbalanced_triangle_from_statements():
    balanced = [  # the enemy of my enemy is my friend
        make("USA", "alliesWith", "GBR"),
        make("USA", "sanctions", "RUS", start=40),
        make("GBR", "condemns", "RUS", start=80),
    ]
    unbalanced = [  # two friends of China, hostile to each other
        make("CHN", "supports", "RUS", start=120),
        make("CHN", "cooperatesWith", "IRN", start=160),
        make("RUS", "threatens", "IRN", start=200),
    ]
    U = undirected_signed_graph(signed_graph(statement_graph(balanced + unbalanced)))
    report = balance_report(U)
    assert (report["+--"], report["++-"], report["triangles"]) == (1, 1, 2)
    assert report["balance_ratio"] == 0.5
    (worst,) = report["unbalanced_triangles"]
    assert set(worst["actors"]) == {iri("CHN"), iri("RUS"), iri("IRN")}
    assert worst["type"] == "++-" and sorted(worst["signs"]) == ["+", "+", "-"]
    assert {a["actor"] for a in report["frustrating_actors"]} == {
        iri(k) for k in ("CHN", "RUS", "IRN")
    }
    assert frustration_index(U)["frustration"] == 1


def test_balance_report_ranks_frustrating_dyads():
    # a-b hostile sits in two unbalanced triangles (with c and with d)
    U = nx.Graph()
    U.add_weighted_edges_from(
        [("a", "b", -2), ("a", "c", 1), ("b", "c", 1), ("a", "d", 1), ("b", "d", 1)]
    )
    report = balance_report(U)
    top = report["frustrating_dyads"][0]
    assert top == {"actors": ["a", "b"], "sign": -1, "unbalanced_triangles": 2}
    assert report["frustrating_actors"][0]["unbalanced_triangles"] == 2
    assert frustration_index(U)["frustration"] == 1  # removing a-b balances everything


def test_zero_weight_ties_have_no_sign():
    assert triangle_census(_triangle(1, 1, 0))["triangles"] == 0


def test_frustration_index_is_zero_for_a_balanced_graph():
    rng = random.Random(1)
    side = {n: rng.random() < 0.5 for n in range(40)}
    U = nx.Graph()
    for u, v in combinations(range(40), 2):
        if rng.random() < 0.2:
            U.add_edge(u, v, weight=1 if side[u] == side[v] else -1)
    result = frustration_index(U, seed=0)
    assert result["frustration"] == 0
    where = {n: k for k, s in enumerate(result["sides"]) for n in s}
    assert set(where) == set(U)
    for u, v, d in U.edges(data=True):  # friends on one side, enemies across
        assert (where[u] == where[v]) == (d["weight"] > 0)


def test_frustration_index_matches_brute_force_on_small_graphs():
    rng = random.Random(5)
    for _ in range(10):
        U = nx.Graph()
        for u, v in combinations(range(7), 2):
            if rng.random() < 0.6:
                U.add_edge(u, v, weight=rng.choice([-1, 1]) * rng.uniform(1, 3))
        exact = min(
            sum(
                1
                for u, v, d in U.edges(data=True)
                if (d["weight"] < 0) == (((mask >> u) & 1) == ((mask >> v) & 1))
            )
            for mask in range(2**7)
        )
        bound = frustration_index(U, seed=0, restarts=8)["frustration"]
        assert exact <= bound <= exact + 1


def test_frustration_index_is_deterministic_and_checks_input():
    U = _triangle(1, 1, -1)
    assert frustration_index(U, seed=4) == frustration_index(U, seed=4)
    with pytest.raises(InputError, match="restarts"):
        frustration_index(U, restarts=0)
    with pytest.raises(InputError, match="undirected"):
        triangle_census(nx.DiGraph())


def test_balance_on_empty_single_and_disconnected_graphs():
    empty = balance_report(nx.Graph())
    assert empty["triangles"] == 0 and empty["balance_ratio"] is None
    assert frustration_index(nx.Graph())["frustration"] == 0
    single = nx.Graph()
    single.add_node("a")
    assert frustration_index(single)["sides"] == [{"a"}, set()]
    two = nx.disjoint_union(_triangle(1, 1, 1), _triangle(1, 1, -1))
    census = triangle_census(two)
    assert (census["+++"], census["++-"], census["balance_ratio"]) == (1, 1, 0.5)
    assert frustration_index(two)["frustration"] == 1
