from __future__ import annotations

import math

import networkx as nx
import pytest

from graphkit.analysis import (
    diff_windows,
    dyad_timeline,
    graph_as_of,
    signed_graph,
    stance_diff,
    stance_matrix,
    statement_graph,
)
from graphkit.errors import InputError
from graphkit.types import Document

from .conftest import iri, make


@pytest.fixture
def history():
    docs = {
        "jan": Document("jan", "a" * 500, date="2022-01-15"),
        "mar": Document("mar", "b" * 500, date="2022-03-15"),
    }
    records = [
        make("TUR", "supports", "RUS", doc="jan"),  # reversed later
        make("USA", "criticizes", "CHN", doc="jan", start=40),  # strengthened later
        make("FRA", "alliesWith", "GBR", doc="jan", start=80),  # vanishes
        make("FRA", "supports", "USA", doc="jan", start=120),  # weakened later
        make("TUR", "condemns", "RUS", doc="mar"),
        make("TUR", "sanctions", "RUS", doc="mar", start=40),
        make("USA", "sanctions", "CHN", doc="mar", start=80),
        make("IRN", "threatens", "USA", doc="mar", start=120),  # new
        make("FRA", "agreesWith", "USA", doc="mar", start=160),
    ]
    return statement_graph(records, docs)


def test_diff_windows_finds_a_reversal(history):
    diff = diff_windows(history, (None, "2022-01-31"), ("2022-02-01", None))
    change = {(r.source, r.target): r.change for r in diff.itertuples()}
    assert change[(iri("ent/TUR"), iri("RUS"))] == "reversed"
    assert change[(iri("USA"), iri("CHN"))] == "strengthened"
    assert change[(iri("FRA"), iri("GBR"))] == "vanished"
    assert change[(iri("IRN"), iri("USA"))] == "new"
    assert change[(iri("FRA"), iri("USA"))] == "strengthened"  # 3.5 -> 4.0
    row = diff[diff["change"] == "reversed"].iloc[0]
    assert row["before"] == pytest.approx(3.5) and row["after"] == pytest.approx(-11.0)
    assert diff["change"].iloc[0] == "new"  # CHANGES order


def test_diff_windows_labels_name_both_ends(history):
    plain = diff_windows(history, (None, "2022-01-31"), ("2022-02-01", None))
    named = diff_windows(history, (None, "2022-01-31"), ("2022-02-01", None), labels=True)
    assert list(named.columns) == [
        "source", "target", "source_label", "target_label", "before", "after", "change",
    ]  # fmt: skip
    assert named[plain.columns].equals(plain)
    pairs = {(r.source_label, r.target_label): r.change for r in named.itertuples()}
    assert pairs[("Tur", "Russia")] == "reversed"
    assert pairs[("Iran", "United States")] == "new"
    assert "source_label" not in plain


def test_stance_diff_weakened_and_unchanged():
    before, after = nx.DiGraph(), nx.DiGraph()
    before.add_edge("a", "b", weight=-6.0)
    after.add_edge("a", "b", weight=-2.0)
    before.add_edge("c", "d", weight=1.0)
    after.add_edge("c", "d", weight=1.2)
    rows = {(r["source"], r["target"]): r["change"] for r in stance_diff(before, after)}
    assert rows == {("a", "b"): "weakened", ("c", "d"): "strengthened"}
    rows = stance_diff(before, after, tolerance=0.5)
    assert {r["change"] for r in rows if r["source"] == "c"} == {"unchanged"}


def test_diff_windows_rejects_backwards_window(history):
    with pytest.raises(InputError, match="2022-03-01"):
        diff_windows(history, ("2022-03-01", "2022-01-01"), (None, None))


def test_graph_as_of_keeps_only_earlier_statements(history):
    jan = graph_as_of(history, "2022-01-31")
    assert jan.number_of_edges() == 4
    assert {d["date"] for _u, _v, d in jan.edges(data=True)} == {"2022-01-15"}
    assert graph_as_of(history, "2021-12-31").number_of_nodes() == 0


def test_stance_matrix_net_weights_and_labels(history):
    D = signed_graph(history)
    M = stance_matrix(D)
    assert M.loc[iri("ent/TUR"), iri("RUS")] == pytest.approx(3.5 - 3.0 - 8.0)
    assert M.loc[iri("RUS"), iri("ent/TUR")] == 0.0
    assert M.shape == (D.number_of_nodes(),) * 2
    top = stance_matrix(D, top=2, labels=True)
    assert list(top.index) == list(top.columns) and len(top) == 2
    assert "United States" in top.index
    with pytest.raises(InputError, match="XXX"):
        stance_matrix(D, actors=["XXX"])
    assert stance_matrix(nx.DiGraph()).shape == (0, 0)


def test_dyad_timeline_counts_per_day(history):
    tl = dyad_timeline(history, top=2)
    assert list(dict.fromkeys(tl["dyad"])) == ["Russia – Tur", "China – United States"]
    tur = tl[tl["dyad"] == "Russia – Tur"]
    assert list(tur["date"]) == ["2022-01-15", "2022-03-15"]
    assert list(tur["cooperative"]) == [1, 0] and list(tur["hostile"]) == [0, 2]
    assert not math.isnan(tl["neutral"].sum())
    assert dyad_timeline(nx.MultiDiGraph()).empty
