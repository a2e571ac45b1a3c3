from __future__ import annotations

import math

import networkx as nx
import pytest

from graphkit.errors import InputError
from graphkit.viz.layout import compute_layout, sampled_spring_layout


def _min_distance(pos: dict) -> float:
    pts = list(pos.values())
    return min(math.dist(a, b) for i, a in enumerate(pts) for b in pts[i + 1 :])


def test_compute_layout_is_reproducible_with_a_seed():
    G = nx.MultiDiGraph(nx.gnm_random_graph(300, 900, seed=2, directed=True))
    assert compute_layout(G, seed=4) == compute_layout(G, seed=4)
    assert compute_layout(G, seed=4) != compute_layout(G, seed=5)


def test_compute_layout_spreads_nodes_apart():
    G = nx.MultiDiGraph(nx.gnm_random_graph(400, 1200, seed=1, directed=True))
    pos = compute_layout(G, layout="spring", seed=0)
    assert len(pos) == 400
    xs = [x for x, _ in pos.values()]
    assert max(xs) - min(xs) > 1000  # scaled to pixels, not the unit square
    assert _min_distance(pos) > 0.5


def test_sampled_spring_layout_keeps_communities_together():
    G = nx.connected_caveman_graph(6, 8)
    pos = sampled_spring_layout(G, seed=3)
    inside = [math.dist(pos[u], pos[v]) for u, v in G.edges() if u // 8 == v // 8]
    across = [math.dist(pos[u], pos[v]) for u in G for v in G if u // 8 != v // 8]
    assert sum(inside) / len(inside) < 0.5 * sum(across) / len(across)


def test_compute_layout_physics_leaves_positions_to_the_browser():
    assert compute_layout(nx.path_graph(3), layout="physics") is None


def test_compute_layout_uses_given_positions():
    pos = compute_layout(nx.path_graph(3), layout={0: (0, 0), 1: (1, 0), 2: (2, 0)})
    assert pos[0][0] < pos[1][0] < pos[2][0]
    assert pos[0][1] == pos[1][1] == pos[2][1] == 0


def test_compute_layout_errors_name_the_problem():
    with pytest.raises(InputError, match="'forceatlas'"):
        compute_layout(nx.path_graph(3), layout="forceatlas")
    with pytest.raises(InputError, match=r"no position for 1 nodes, e\.g\. 2"):
        compute_layout(nx.path_graph(3), layout={0: (0, 0), 1: (1, 0)})
