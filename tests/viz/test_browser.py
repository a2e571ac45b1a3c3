"""The page in headless Chromium, opened from file:// with networking off (issue 6, Must show)."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from graphkit.viz import iframe_html, write_html
from graphkit.viz.model import aggregate_edges, select_statements

from .browser import CHROMIUM, Chromium, Page
from .conftest import iri

# CI sets GRAPHKIT_REQUIRE_BROWSER=1 after installing chromium: there a missing browser is a
# failure, not a skip, so a broken install step cannot hide behind skipped tests.
_REQUIRED = os.environ.get("GRAPHKIT_REQUIRE_BROWSER") == "1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists() and not _REQUIRED, reason=f"{CHROMIUM} is absent"),
]

CANVAS_PIXELS = """(() => {
  const c = document.querySelector('#gk-network canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let drawn = 0;
  for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) drawn++; }
  return [drawn, c.width * c.height];
})()"""

EDGE_POINT = """((id) => {
  const net = graphkit.network;
  const p = net.body.edges[id].edgeType.getPoint(0.5);
  const d = net.canvasToDOM(p);
  const r = document.querySelector('#gk-network canvas').getBoundingClientRect();
  return [r.left + d.x, r.top + d.y];
})(%s)"""

NODE_POINT = """((id) => {
  const net = graphkit.network;
  const d = net.canvasToDOM(net.getPositions([id])[id]);
  const r = document.querySelector('#gk-network canvas').getBoundingClientRect();
  return [r.left + d.x, r.top + d.y];
})(%s)"""


@pytest.fixture(scope="module")
def chrome() -> Iterator[Chromium]:
    pytest.importorskip("websocket")
    with Chromium() as browser:
        yield browser


def open_page(chrome: Chromium, path: Path) -> Page:
    page = chrome.new_page()
    page.navigate(path.resolve().as_uri())
    page.wait_for("window.graphkit && window.graphkit.ready", timeout=30)
    return page


def foreign_requests(page: Page) -> list[str]:
    return [url for url in page.requests if not url.startswith(("file:", "data:"))]


def page_loads(page: Page) -> list[str]:
    """Requests minus Chromium's own calendar icon of ``<input type=date>`` (an inline SVG)."""
    return [url for url in page.requests if not url.startswith("data:image/svg+xml;")]


VISIBLE_EDGES = "graphkit.edgesView.get().map(e => [e.from, e.to, e.group, e.claim])"
STATS = "document.getElementById('gk-stats').textContent"
PANEL_KEYS = "[...document.querySelectorAll('#gk-panel .gk-stmt')].map(c => c.dataset.key)"
DATES = "[document.getElementById('gk-from').value, document.getElementById('gk-to').value]"


def drawn_edges(G: nx.MultiDiGraph) -> set[tuple[str, str, str, bool]]:
    return {(e.source, e.target, e.group, e.claim) for e in aggregate_edges(G)}


def visible_edges(page: Page) -> set[tuple[str, str, str, bool]]:
    return {tuple(e) for e in page.evaluate(VISIBLE_EDGES)}  # type: ignore[misc]


def untick_quad(page: Page, quad: int) -> None:
    page.evaluate(f"""[...document.querySelectorAll('#gk-quads label')]
      .find(l => l.textContent.startsWith('{quad} ')).querySelector('input').click()""")


def set_window(page: Page, since: str, until: str) -> None:
    page.evaluate(f"""(() => {{
      const f = document.getElementById('gk-from'), t = document.getElementById('gk-to');
      f.value = {json.dumps(since)}; f.dispatchEvent(new Event('change'));
      t.value = {json.dumps(until)}; t.dispatchEvent(new Event('change'));
    }})()""")


def edge_id(page: Page, source: str, target: str, group: str) -> str:
    ids = page.evaluate(
        f"graphkit.edges.get({{filter: e => e.from === {json.dumps(source)} && "
        f"e.to === {json.dumps(target)} && e.group === {json.dumps(group)}}}).map(e => e.id)"
    )
    assert len(ids) == 1, ids
    return ids[0]


def test_seed_graph_draws_and_clicking_an_edge_shows_its_evidence(
    chrome: Chromium, seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = write_html(seed_graph, tmp_path / "seed.html", title="Seed article")
    page = open_page(chrome, path)

    counts = page.evaluate("[graphkit.nodes.length, graphkit.edges.length, "
                           "graphkit.nodesView.length, graphkit.edgesView.length]")  # fmt: skip
    drawn = len(aggregate_edges(seed_graph))
    assert counts == [seed_graph.number_of_nodes(), drawn, seed_graph.number_of_nodes(), drawn]
    painted, total = page.evaluate(CANVAS_PIXELS)
    assert 1500 < painted < total // 2, (painted, total)

    edge = edge_id(page, iri("CHN"), iri("USA"), "hostile")
    x, y = page.evaluate(EDGE_POINT % json.dumps(edge))
    page.click(x, y)
    page.wait_for(f"document.getElementById('gk-panel').dataset.edge === {json.dumps(edge)}")
    assert page.evaluate("graphkit.network.getSelectedEdges()") == [edge]
    panel = page.evaluate("document.getElementById('gk-panel').textContent")
    for key in ("s6", "s7"):
        sentence = seed_graph.edges[
            iri("CHN"), iri("USA"), f"https://w3id.org/graphkit/statement/{key}"
        ]
        assert sentence["evidence"] in panel
    assert "China → United States" in panel
    marks = page.evaluate(
        "[...document.querySelectorAll('#gk-panel mark')].map(m => [m.className, m.textContent])"
    )
    assert ["gk-subject", "Chinese Communist Party"] in marks and ["gk-object", "U.S."] in marks
    link = page.evaluate("document.querySelector('#gk-panel a').href")
    assert link == "https://www.newsweek.com/china-challenging-nato-russia-ukraine-war"

    page.screenshot(tmp_path / "seed.png")
    assert (tmp_path / "seed.png").stat().st_size > 10_000
    assert foreign_requests(page) == []
    assert page_loads(page) == [path.resolve().as_uri()]
    assert page.errors == []


def test_hovering_an_edge_previews_its_statements(
    chrome: Chromium, seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = open_page(chrome, write_html(seed_graph, tmp_path / "seed.html"))
    edge = edge_id(page, iri("RUS"), iri("UKR"), "hostile")
    x, y = page.evaluate(EDGE_POINT % json.dumps(edge))
    page.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
    page.wait_for(f"document.getElementById('gk-panel').dataset.edge === {json.dumps(edge)}")
    assert "invades" in page.evaluate("document.getElementById('gk-panel').textContent")
    assert page.evaluate("graphkit.network.getSelectedEdges()") == []


def test_clicking_a_node_lists_its_stances_in_and_out(
    chrome: Chromium, seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = open_page(chrome, write_html(seed_graph, tmp_path / "seed.html"))
    x, y = page.evaluate(NODE_POINT % json.dumps(iri("RUS")))
    page.click(x, y)
    page.wait_for(f"document.getElementById('gk-panel').dataset.node === {json.dumps(iri('RUS'))}")
    rows = page.evaluate(
        "[...document.querySelectorAll('#gk-panel .gk-stance')].map(r => r.textContent)"
    )
    assert "→ Ukraine: invades" in rows
    assert "← China: condemns (negated)" in rows
    assert "← China: refusesToCondemn" in rows
    assert "← China: supports (claim)" in rows
    assert page.errors == []


def test_filters_hide_edges_without_blanking_the_graph(
    chrome: Chromium, seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = open_page(chrome, write_html(seed_graph, tmp_path / "seed.html"))
    hostile = sum(e.group == "hostile" for e in aggregate_edges(seed_graph))
    total = page.evaluate("graphkit.edges.length")
    page.evaluate("""(() => {
      const box = [...document.querySelectorAll('#gk-groups label')]
        .find(l => l.textContent === 'hostile').querySelector('input');
      box.click();
    })()""")
    assert page.evaluate("graphkit.edgesView.length") == total - hostile
    assert page.evaluate("graphkit.nodesView.length") == seed_graph.number_of_nodes()
    assert page.evaluate(CANVAS_PIXELS)[0] > 1000

    page.evaluate("(() => { const s = document.getElementById('gk-search');"
                  " s.value = 'ukrai'; s.dispatchEvent(new Event('input')); })()")  # fmt: skip
    page.wait_for("graphkit.nodesView.length < graphkit.nodes.length")
    shown = page.evaluate("graphkit.nodesView.getIds()")
    assert set(shown) == {iri("UKR"), iri("NATO")}  # Russia's edge to Ukraine is hostile: off

    page.evaluate("(() => { const s = document.getElementById('gk-search');"
                  " s.value = 'zzz'; s.dispatchEvent(new Event('input')); })()")  # fmt: skip
    page.wait_for("!document.getElementById('gk-search-note').hidden && "
                  "graphkit.nodesView.length === graphkit.nodes.length")  # fmt: skip
    assert "No actor matches" in page.evaluate(
        "document.getElementById('gk-search-note').textContent"
    )
    assert page.errors == []


def test_hostile_article_shows_as_text_and_runs_nothing(
    chrome: Chromium, hostile_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = write_html(
        hostile_graph, tmp_path / "hostile.html", title="<script>window.__pwned=9</script>"
    )
    page = open_page(chrome, path)
    hostile_dates = (
        "2022-04-07T09:00<script>window.__pwned=10</script>",
        '<img src=x onerror="window.__pwned=8">',
    )
    dates_shown = []
    for edge in page.evaluate("graphkit.edges.getIds()"):
        x, y = page.evaluate(EDGE_POINT % json.dumps(edge))
        page.click(x, y)
        page.wait_for(f"document.getElementById('gk-panel').dataset.edge === {json.dumps(edge)}")
        panel = page.evaluate("document.getElementById('gk-panel').textContent")
        assert "<script>window.__pwned=1</script>" in panel
        assert '<img src=x onerror="window.__pwned=1">' in panel
        assert page.evaluate("document.querySelectorAll('#gk-panel a').length") == 0
        dates_shown.append([date in panel for date in hostile_dates])
    # one edge per statement, each panel showing its own hostile date as text
    assert sorted(dates_shown) == [[False, True], [True, False]]
    # Only the readable day of the first date counts: the window is that one day.
    assert page.evaluate(DATES) == ["2022-04-07", "2022-04-07"]
    x, y = page.evaluate(NODE_POINT % json.dumps(iri("ent/mordor")))
    page.click(x, y)
    page.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + 1, y=y)
    page.wait_for("document.querySelector('div.vis-tooltip') && "
                  "document.querySelector('div.vis-tooltip').style.visibility === 'visible'")  # fmt: skip
    tooltip = page.evaluate("document.querySelector('div.vis-tooltip').textContent")
    assert 'Mordor <img src=x onerror="window.__pwned=3">' in tooltip
    chrome.pump(0.3)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, iframe, object').length") == 0
    assert page.evaluate("document.title") == "<script>window.__pwned=9</script>"
    page.screenshot(tmp_path / "hostile.png")
    assert page_loads(page) == [path.resolve().as_uri()]  # <img src=x> would have fetched ./x
    assert page.errors == []


def test_physics_layout_settles_then_switches_physics_off(
    chrome: Chromium, seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = open_page(chrome, write_html(seed_graph, tmp_path / "physics.html", layout="physics"))
    assert page.evaluate("graphkit.network.physics.physicsEnabled") is False
    assert page.evaluate("document.getElementById('gk-physics').checked") is False
    page.evaluate("document.getElementById('gk-physics').click()")
    assert page.evaluate("graphkit.network.physics.physicsEnabled") is True
    assert page.evaluate(CANVAS_PIXELS)[0] > 1500
    assert page.errors == []


def test_jupyter_iframe_renders_isolated(
    chrome: Chromium, seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    host = tmp_path / "notebook.html"
    host.write_text(
        "<!DOCTYPE html><html><body><h1>notebook</h1>"
        + iframe_html(seed_graph, height=500)
        + "</body></html>",
        encoding="utf-8",
    )
    page = chrome.new_page()
    page.attach_frames()
    page.navigate(host.as_uri())
    (frame,) = page.frames()
    assert frame.wait_for("window.graphkit && window.graphkit.ready && graphkit.nodes.length") == (
        seed_graph.number_of_nodes()
    )
    assert frame.evaluate("graphkit.edges.length") == len(aggregate_edges(seed_graph))
    assert frame.evaluate(CANVAS_PIXELS)[0] > 1500
    # Sandboxed without same-origin: neither side can reach into the other.
    assert page.evaluate("document.querySelector('iframe').contentDocument") is None
    blocked = (
        "(() => { try { return window.parent.document.title; } catch (e) { return 'blocked'; } })()"
    )
    assert frame.evaluate(blocked) == "blocked"
    page.screenshot(tmp_path / "notebook.png")
    assert foreign_requests(page) == [] and foreign_requests(frame) == []
    assert page.errors == [] and frame.errors == []


def test_two_thousand_actors_open_with_positions_and_no_physics(
    chrome: Chromium, tmp_path: Path
) -> None:
    rng = random.Random(5)
    G = nx.MultiDiGraph()
    for i in range(2000):
        G.add_node(f"a{i}", label=f"Actor {i}", type="State" if i % 3 else "Person")
    for k in range(10_000):
        u, v = rng.sample(range(2000), 2)
        G.add_edge(
            f"a{u}", f"a{v}", key=f"s{k}", relation="criticizes" if k % 2 else "praises",
            polarity=-1 if k % 2 else 1, evidence=f"Actor {u} spoke of Actor {v}.",
        )  # fmt: skip
    page = open_page(chrome, write_html(G, tmp_path / "big.html"))
    assert page.evaluate("[graphkit.nodes.length, graphkit.edgesView.length]") == [
        2000,
        len(aggregate_edges(G)),
    ]
    assert page.evaluate("graphkit.network.physics.physicsEnabled") is False
    assert page.evaluate("document.getElementById('gk-dates').hidden") is True  # no dates
    assert page.evaluate(CANVAS_PIXELS)[0] > 20_000
    assert (
        page.evaluate("graphkit.showEdge('e0'); document.querySelectorAll('.gk-stmt').length") >= 1
    )
    assert page.errors == []


def test_unticking_quad_4_hides_exactly_the_edges_whose_statements_are_all_quad_4(
    chrome: Chromium, corpus_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    G = corpus_graph
    page = open_page(chrome, write_html(G, tmp_path / "corpus.html"))
    labels = page.evaluate(
        "[...document.querySelectorAll('#gk-quads label')].map(l => l.textContent)"
    )
    assert labels == ["1 verbal cooperation", "2 material cooperation", "3 verbal conflict",
                      "4 material conflict"]  # fmt: skip
    all_quad_4 = {
        (e.source, e.target, e.group, e.claim)
        for e in aggregate_edges(G)
        if all(G.edges[e.source, e.target, k]["quad"] == 4 for k in e.keys)
    }
    assert all_quad_4 and visible_edges(page) == drawn_edges(G)
    untick_quad(page, 4)
    assert visible_edges(page) == drawn_edges(G) - all_quad_4
    kept = sum(q != 4 for *_, q in G.edges(data="quad"))
    assert f"{len(drawn_edges(G)) - len(all_quad_4)} of {len(drawn_edges(G))} edges" in (
        page.evaluate(STATS)
    )
    assert f"{kept} of {G.number_of_edges()} statements" in page.evaluate(STATS)
    assert page.errors == []


def test_date_window_shows_the_edges_the_build_time_window_draws(
    chrome: Chromium, corpus_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    G = corpus_graph.copy()
    u, _, key, data = next(iter(G.edges(keys=True, data=True)))
    loner = next(n for n in G if n != u and n not in G[u] and u not in G[n])
    G.add_edge(u, loner, key=f"{key}-undated", **dict(data, date=None))  # a fresh dyad
    (undated,) = drawn_edges(G) - drawn_edges(corpus_graph)
    page = open_page(chrome, write_html(G, tmp_path / "corpus.html"))
    days = sorted({d[:10] for *_, d in G.edges(data="date") if d})
    assert page.evaluate(DATES) == [days[0], days[-1]]
    assert page.evaluate("document.getElementById('gk-dates').hidden") is False
    assert undated in visible_edges(page)
    windows = [
        ("2023-01-01", "2023-08-31"),
        ("2022-10-13", "2022-12-16"),
        ("2024-01-24", "2024-03-07"),
    ]
    for since, until in windows:
        set_window(page, since, until)
        expected = drawn_edges(select_statements(G, since=since, until=until))
        assert expected and expected != drawn_edges(G)
        shown = visible_edges(page)
        assert shown == expected, (since, until)
        assert undated not in shown
    set_window(page, days[0], days[-1])  # the full range again: undated statements are back
    assert visible_edges(page) == drawn_edges(G)
    assert page.errors == []


def test_edge_panel_lists_only_statements_inside_the_window_and_counts_the_rest(
    chrome: Chromium, corpus_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    G = corpus_graph
    since, until = "2023-01-01", "2023-08-31"
    inside = {k for *_, k in select_statements(G, since=since, until=until).edges(keys=True)}
    split = next(
        e for e in aggregate_edges(G)
        if 0 < len(inside.intersection(e.keys)) < e.count
    )  # fmt: skip
    page = open_page(chrome, write_html(G, tmp_path / "corpus.html"))
    edge = page.evaluate(
        f"graphkit.edges.get({{filter: e => e.from === {json.dumps(split.source)} && "
        f"e.to === {json.dumps(split.target)} && e.group === {json.dumps(split.group)} && "
        f"e.claim === {json.dumps(split.claim)}}}).map(e => e.id)"
    )[0]
    set_window(page, since, until)
    page.evaluate(f"graphkit.showEdge({json.dumps(edge)})")
    assert page.evaluate(PANEL_KEYS) == [k for k in split.keys if k in inside]
    hidden = split.count - len(inside.intersection(split.keys))
    note = page.evaluate("document.querySelector('#gk-panel .gk-note').textContent")
    assert note.endswith(f"{split.count} statements \u00b7 {hidden} hidden by filters")
    assert page.evaluate("document.getElementById('gk-panel').dataset.hidden") == str(hidden)
    page.evaluate("document.getElementById('gk-reset').click()")  # the open panel follows
    assert page.evaluate(PANEL_KEYS) == list(split.keys)
    assert "hidden by filters" not in page.evaluate(
        "document.getElementById('gk-panel').textContent"
    )
    assert page.errors == []


def test_reset_restores_every_edge_after_quad_and_date_filters(
    chrome: Chromium, corpus_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    G = corpus_graph
    page = open_page(chrome, write_html(G, tmp_path / "corpus.html"))
    full = page.evaluate(DATES)
    untick_quad(page, 4)
    untick_quad(page, 1)
    set_window(page, "2023-02-01", "2023-04-30")
    assert len(visible_edges(page)) < len(drawn_edges(G))
    page.evaluate("document.getElementById('gk-reset').click()")
    assert visible_edges(page) == drawn_edges(G)
    assert page.evaluate(DATES) == full
    assert page.evaluate("[...document.querySelectorAll('#gk-quads input')].every(b => b.checked)")
    n = G.number_of_edges()
    assert f"{n} of {n} statements" in page.evaluate(STATS)
    assert page.errors == []
