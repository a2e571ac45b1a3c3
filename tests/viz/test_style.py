from __future__ import annotations

import networkx as nx
import pytest

from graphkit.errors import InputError
from graphkit.viz.model import blocs_by_actor
from graphkit.viz.style import BLOC_PALETTE, NO_BLOC_COLOR, TYPE_COLORS, node_colors


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("a", type="State")
    G.add_node("b", type="Person")
    G.add_node("c", type="Spaceship")
    G.add_edge("a", "b")
    G.add_edge("a", "c")
    return G


def test_node_colors_by_type_with_other_for_unknown_types():
    colors, legend = node_colors(_graph(), "type", None)
    assert colors["a"] == TYPE_COLORS["State"] and colors["b"] == TYPE_COLORS["Person"]
    assert [item["label"] for item in legend] == ["State", "Person", "other"]


def test_node_colors_by_bloc_from_sets_and_unassigned():
    colors, legend = node_colors(_graph(), "bloc", blocs_by_actor([{"a"}, {"b"}]))
    assert colors == {"a": BLOC_PALETTE[0], "b": BLOC_PALETTE[1], "c": NO_BLOC_COLOR}
    assert [item["label"] for item in legend] == ["bloc 1", "bloc 2", "no bloc"]


def test_node_colors_by_bloc_needs_blocs():
    with pytest.raises(InputError, match="bloc"):
        node_colors(_graph(), "bloc", None)


def test_node_colors_by_centrality_ranks_the_hub_darkest_last():
    colors, _ = node_colors(_graph(), "centrality", None)
    assert colors["a"] == "#fde725" and colors["b"] == colors["c"] != colors["a"]


def test_node_colors_unknown_mode():
    with pytest.raises(InputError, match="'rainbow'"):
        node_colors(_graph(), "rainbow", None)
