from __future__ import annotations

from datetime import date, datetime

import networkx as nx
import pytest

from graphkit.errors import InputError
from graphkit.viz.model import (
    aggregate_edges,
    edge_width,
    resolve_focus,
    select_statements,
)
from graphkit.viz.records import (
    evidence_segments,
    pool_articles,
    safe_url,
    statement_day,
    statement_record,
)

from .conftest import add_statement, iri


def _edges(G: nx.MultiDiGraph, **kw: object) -> dict[tuple[str, str, str, bool], int]:
    return {(e.source, e.target, e.group, e.claim): e.count for e in aggregate_edges(G, **kw)}


def test_aggregate_edges_groups_statements_per_dyad_group_and_claim(seed_graph):
    edges = _edges(seed_graph)
    chn, rus, usa = iri("CHN"), iri("RUS"), iri("USA")
    assert edges[(chn, usa, "hostile", False)] == 2
    assert edges[(chn, rus, "negated", False)] == 1
    assert edges[(chn, rus, "cooperative", False)] == 1  # refusesToCondemn
    assert edges[(chn, rus, "cooperative", True)] == 1  # claim attributed to NATO
    assert sum(edges.values()) == seed_graph.number_of_edges()


def test_aggregate_edges_never_draws_a_negated_act_as_hostile(seed_graph):
    chn, rus = iri("CHN"), iri("RUS")
    groups = {g for (u, v, g, _), _ in _edges(seed_graph).items() if (u, v) == (chn, rus)}
    assert "hostile" not in groups
    assert "negated" in groups


def test_aggregate_edges_min_evidence_drops_thin_edges(seed_graph):
    edges = _edges(seed_graph, min_evidence=2)
    assert list(edges) == [(iri("CHN"), iri("USA"), "hostile", False)]


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
def test_aggregate_edges_rejects_bad_min_evidence(seed_graph, bad):
    with pytest.raises(InputError, match="min_evidence"):
        aggregate_edges(seed_graph, min_evidence=bad)


def test_aggregate_edges_names_statement_with_bad_polarity():
    G = nx.MultiDiGraph()
    G.add_edge("A", "B", key="stmt-9", relation="condemns", polarity=5)
    with pytest.raises(InputError, match=r"stmt-9.*polarity 5"):
        aggregate_edges(G)


def test_select_statements_polarity_accepts_names_and_numbers(seed_graph):
    by_name = select_statements(seed_graph, polarity=["hostile"])
    by_number = select_statements(seed_graph, polarity=-1)
    assert sorted(by_name.edges(keys=True)) == sorted(by_number.edges(keys=True))
    assert {d["relation"] for *_, d in by_name.edges(data=True)} == {
        "invades", "disputes", "criticizes", "accuses",
    }  # fmt: skip
    assert all(not d["negated"] for *_, d in by_name.edges(data=True))


def test_select_statements_unknown_polarity_names_the_value(seed_graph):
    with pytest.raises(InputError, match="'friendly'"):
        select_statements(seed_graph, polarity="friendly")


def test_select_statements_relations_accept_prefixed_names(seed_graph):
    H = select_statements(seed_graph, relations=["gk:accuses", "invades"])
    assert sorted(d for *_, d in H.edges(data="relation")) == ["accuses", "accuses", "invades"]
    assert set(H) == {iri("CHN"), iri("USA"), iri("RUS"), iri("UKR")}


def test_select_statements_unknown_relation_is_an_error(seed_graph):
    with pytest.raises(InputError, match="'condemn'"):
        select_statements(seed_graph, relations="condemn")


def test_select_statements_quads(seed_graph):
    H = select_statements(seed_graph, quads=[4])
    assert [d for *_, d in H.edges(data="relation")] == ["invades"]
    with pytest.raises(InputError, match="quad 5"):
        select_statements(seed_graph, quads=[5])


def test_select_statements_focus_by_label_and_depth(seed_graph):
    one = select_statements(seed_graph, focus="ukraine")
    assert set(one) == {iri("UKR"), iri("RUS"), iri("NATO")}
    two = select_statements(seed_graph, focus="Ukraine", depth=2)
    assert iri("CHN") in two and iri("EU") not in two
    zero = select_statements(seed_graph, focus=iri("EU"), depth=0)
    assert list(zero) == [iri("EU")]


def test_select_statements_keeps_isolated_actors_only_without_filters(seed_graph):
    assert iri("EU") in select_statements(seed_graph)
    assert iri("EU") not in select_statements(seed_graph, polarity="hostile")


def test_resolve_focus_unknown_actor_suggests_labels(seed_graph):
    with pytest.raises(InputError, match=r"'Chnia'.*china"):
        resolve_focus(seed_graph, "Chnia")


def test_select_statements_depth_needs_focus(seed_graph):
    with pytest.raises(InputError, match="depth=2 needs a focus"):
        select_statements(seed_graph, depth=2)


def test_select_statements_time_window_drops_undated(seed_text):
    G = nx.MultiDiGraph()
    kw = dict(text=seed_text, sentence="NATO foreign ministers met in Brussels",
              subject_mention="NATO", object_mention="Brussels")  # fmt: skip
    add_statement(G, "a", "NATO", "meetsWith", "UKR", date="2022-04-07", **kw)
    add_statement(G, "b", "NATO", "meetsWith", "EU", date="2022-05-01T10:00:00", **kw)
    add_statement(G, "c", "NATO", "meetsWith", "USA", date=None, **kw)
    assert set(select_statements(G, since="2022-04-08")) == {iri("NATO"), iri("EU")}
    assert set(select_statements(G, until="2022-04-30")) == {iri("NATO"), iri("UKR")}
    assert select_statements(G).number_of_edges() == 3
    with pytest.raises(InputError, match="since='April'"):
        select_statements(G, since="April")


def test_evidence_segments_shift_document_offsets_into_the_sentence(seed_graph):
    data = seed_graph.edges[iri("CHN"), iri("USA"), "https://w3id.org/graphkit/statement/s7"]
    assert data["evidence_start"] > 1000
    pieces = evidence_segments(data)
    assert "".join(text for text, _ in pieces) == data["evidence"]
    assert [(t, r) for t, r in pieces if r] == [
        ("Chinese Communist Party", "subject"), ("U.S.", "object"),
    ]  # fmt: skip


def test_evidence_segments_fall_back_to_text_when_offsets_disagree():
    pieces = evidence_segments({
        "evidence": "Beijing 😀 rebuked Washington.", "evidence_start": 10,
        "subject_mention": "Beijing", "subject_mention_start": 99, "subject_mention_end": 106,
        "object_mention": "Washington", "object_mention_start": 20, "object_mention_end": 30,
    })  # fmt: skip
    assert pieces == [
        ("Beijing", "subject"), (" 😀 rebuked ", None), ("Washington", "object"), (".", None),
    ]  # fmt: skip


def test_evidence_segments_overlapping_mentions_keep_the_subject():
    pieces = evidence_segments({
        "evidence": "NATO allies met.", "evidence_start": 0,
        "subject_mention": "NATO allies", "subject_mention_start": 0, "subject_mention_end": 11,
        "object_mention": "NATO", "object_mention_start": 0, "object_mention_end": 4,
    })  # fmt: skip
    assert pieces == [("NATO allies", "subject"), (" met.", None)]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://Example.org", "HTTP://Example.org"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("https:///nohost", None),
        ("file:///etc/passwd", None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url_keeps_only_http_urls(url, expected):
    assert safe_url(url) == expected


def test_statement_record_flags_claims_and_negation(seed_graph):
    records = {
        k.rsplit("/", 1)[1]: statement_record(seed_graph, u, v, k, d)
        for u, v, k, d in seed_graph.edges(keys=True, data=True)
    }
    assert records["s1"]["negated"] and records["s1"]["group"] == "negated"
    assert records["s8"]["attributed_to"] == "NATO" and not records["s8"]["asserted"]
    assert records["s3"]["subject"] == "Russia" and records["s3"]["object"] == "Ukraine"
    assert records["s3"]["url"].startswith("https://www.newsweek.com/")


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2022-04-07", "2022-04-07"),
        ("2022-05-01T10:00:00+02:00", "2022-05-01"),
        (date(2021, 1, 2), "2021-01-02"),
        (datetime(2021, 1, 2, 23, 59), "2021-01-02"),
        ("2022-04-07<script>alert(1)</script>", "2022-04-07"),
        ("2022-02-30", None),
        ("2022-4-7", None),
        ("20220407", None),
        ("April 2022", None),
        ('<img src=x onerror="alert(1)">', None),
        ("", None),
        (None, None),
        (20220407, None),
    ],
)
def test_statement_day_keeps_only_real_iso_days(value, day):
    assert statement_day(value) == day


def test_statement_record_carries_the_written_date_and_its_day(seed_graph):
    u, v, key = iri("CHN"), iri("USA"), "https://w3id.org/graphkit/statement/s6"
    data = dict(seed_graph.edges[u, v, key], date="2022-04-07T08:00:00 <b>")
    record = statement_record(seed_graph, u, v, key, data)
    assert record["date"] == "2022-04-07T08:00:00 <b>"
    assert record["day"] == "2022-04-07"
    assert record["quad"] == 3
    undated = statement_record(seed_graph, u, v, key, dict(data, date=None))
    assert undated["date"] is None and undated["day"] is None


def test_pool_articles_keeps_the_day_of_each_article(seed_graph):
    u, v = iri("CHN"), iri("USA")
    records = [
        statement_record(seed_graph, u, v, k, dict(d, date=when))
        for (k, d), when in zip(seed_graph[u][v].items(), ["2022-04-07", "nonsense"], strict=True)
    ]
    table = pool_articles(records)
    assert [a["day"] for a in table] == ["2022-04-07", None]
    assert [a["date"] for a in table] == ["2022-04-07", "nonsense"]
    assert [r["article"] for r in records] == [0, 1]
    assert all("day" not in r and "date" not in r for r in records)


@pytest.mark.parametrize(("count", "width"), [(1, 1.5), (2, 3.0), (8, 6.0), (1000, 10.0)])
def test_edge_width_grows_with_statements(count, width):
    assert edge_width(count) == width
