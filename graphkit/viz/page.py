"""The self-contained HTML page: pyvis for the network model, everything inlined.

pyvis 0.3.2's own template loads vis-network, Bootstrap and tom-select from CDNs and puts
node titles into tooltips as HTML. graphkit keeps pyvis's ``Network`` as the node / edge /
options model and writes its own page (``assets/page.html``) that inlines the
vis-network 9.1.2 script and stylesheet shipped inside the pyvis package, plus graphkit's
own script and stylesheet. The page makes no request to any host and opens from
``file://`` with the network off; a Content-Security-Policy forbids every fetch.

All data reaches the page as one JSON document inside ``<script type="application/json">``
with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped; the page script builds the side panel
with ``textContent`` only, and links only http(s) URLs. Tooltips are plain strings, which
vis-network 9.1.2 shows with ``innerText``.

In-page filters. Besides the actor search, the page filters by polarity group, relation,
claims attributed to others, quad class (one box per class present) and a date window
(two date inputs, from / to, prefilled with the earliest and latest statement day; shown
only when some statement has a date). An edge is shown when at least one of its statements
passes every filter; once the window is narrower than the full range, undated statements
are hidden (as with the build-time ``since`` / ``until``), and a statement without a quad
class is hidden once any quad box is unticked (as with ``quads``). The edge side panel
lists only the statements that pass and says how many the filters hide. Each drawn edge
carries ``stmts``, the indexes of its statement records; a record carries its ``quad``,
``relation`` and ``article``, and the shared article table its ``day``
(:func:`graphkit.viz.records.statement_day`), which is all the page needs to test each
statement.

Example:
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="A <b>", type="State")
    >>> G.add_node("B", label="B", type="State")
    >>> _ = G.add_edge("A", "B", key="s1", relation="condemns", polarity=-1,
    ...                evidence="A condemned B </script><script>alert(1)</script>")
    >>> page = render_html(G, title="Demo")
    >>> "<script>alert(1)" in page, "A <b>" in page, "https://" in page.split("<body")[0]
    (False, False, False)
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Collection, Hashable, Iterable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.viz.layout import compute_layout
from graphkit.viz.model import (
    GROUPS,
    QUAD_CLASSES,
    aggregate_edges,
    blocs_by_actor,
    detect_blocs,
    edge_width,
    resolve_focus,
    select_statements,
)
from graphkit.viz.records import pool_articles, statement_record
from graphkit.viz.style import (
    CLAIM_DASHES,
    EDGE_COLORS,
    NEGATED_DASHES,
    NODE_COLOR_MODES,
    NODE_SIZE_MODES,
    OTHER_SHAPE,
    TYPE_SHAPES,
    edge_legend,
    node_centrality,
    node_colors,
    shape_legend,
)
from graphkit.viz.style import node_size as _node_size

__all__ = ["escape_json_for_html", "render_html", "write_html"]

ASSETS = Path(__file__).resolve().parent / "assets"
#: System font stack: the page loads no web font.
FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
_VIS_DIR = ("lib", "vis-9.1.2")
_PLACEHOLDER = re.compile(r"@@GK_([A-Z_]+)@@")
_CSS_LENGTH = re.compile(r"\d+(\.\d+)?(px|vh|%|em|rem)")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def escape_json_for_html(value: Any) -> str:
    """JSON text safe to place inside ``<script type="application/json">``.

    Example:
        >>> escape_json_for_html({"t": "</script>&\u2028"})
        '{"t":"\\\\u003c/script\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


@cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


@cache
def _vis_asset(name: str) -> str:
    import pyvis

    path = Path(pyvis.__file__).resolve().parent.joinpath(*_VIS_DIR, name)
    if not path.is_file():  # pragma: no cover - depends on the installed pyvis
        raise InputError(f"pyvis does not ship {path}; graphkit needs pyvis==0.3.2")
    text = path.read_text(encoding="utf-8")
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):  # pragma: no cover
        raise InputError(f"{path} contains a closing tag and cannot be inlined")
    return text


def _vis_id(node: Hashable) -> str | int:
    return node if isinstance(node, str | int) and not isinstance(node, bool) else str(node)


def _finite(x: float) -> float:
    return x if math.isfinite(x) else 0.0


def _smooth(edges: list[Any]) -> dict[int, Any]:
    """Curvature per drawn edge: straight when alone on its pair, else fanned out."""
    per_pair: dict[frozenset[Hashable], int] = {}
    for e in edges:
        pair = frozenset((e.source, e.target))
        per_pair[pair] = per_pair.get(pair, 0) + 1
    index: dict[tuple[Hashable, Hashable], int] = {}
    out: dict[int, Any] = {}
    for i, e in enumerate(edges):
        if per_pair[frozenset((e.source, e.target))] == 1 or e.source == e.target:
            out[i] = False
            continue
        k = index.get((e.source, e.target), 0)
        index[(e.source, e.target)] = k + 1
        out[i] = {"enabled": True, "type": "curvedCW", "roundness": round(0.12 + 0.16 * k, 2)}
    return out


def _vis_options(n_nodes: int, n_edges: int, physics: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n_edges > 2000,
            "keyboard": False,
            "navigationButtons": False,
        },
        "layout": {"improvedLayout": physics and n_nodes <= 150},
    }


def _network(
    H: nx.MultiDiGraph,
    drawn: list[Any],
    positions: Mapping[Hashable, tuple[float, float]] | None,
    colors: Mapping[Hashable, str],
    sizes: Mapping[Hashable, float],
    focus: Collection[Hashable] = (),
) -> Any:
    """The pyvis Network holding nodes and edges (statement indices in ``stmts``)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node, data in H.nodes(data=True):
        label = str(data.get("label") or node)
        kind = data.get("type")
        extra: dict[str, Any] = {}
        if positions is not None:
            x, y = positions[node]
            extra = {"x": _finite(x), "y": _finite(y)}
        out_n, in_n = H.out_degree(node), H.in_degree(node)
        net.add_node(
            _vis_id(node),
            label=label,
            shape=TYPE_SHAPES.get(kind, OTHER_SHAPE),
            color={
                "background": colors[node],
                "border": "#333333",
                "highlight": {"background": colors[node], "border": "#000000"},
                "hover": {"background": colors[node], "border": "#000000"},
            },
            size=sizes[node],
            borderWidth=3 if node in focus else 1,
            title=f"{label}\n{kind or 'actor'} · {out_n} statements out, {in_n} in",
            actorType=str(kind) if kind else None,
            iri=str(node),
            wikidata=_str_or_none(data.get("wikidata")),
            iso3=_str_or_none(data.get("iso3")),
            **extra,
        )
    smooth = _smooth(drawn)
    next_stmt = 0
    for i, e in enumerate(drawn):
        rels = ", ".join(f"{r} ×{n}" if n > 1 else r for r, n in e.relations)
        kind = e.group + (" claim" if e.claim else "")
        s_label = H.nodes[e.source].get("label") or e.source
        t_label = H.nodes[e.target].get("label") or e.target
        plural = "s" if e.count != 1 else ""
        net.add_edge(
            _vis_id(e.source),
            _vis_id(e.target),
            id=f"e{i}",
            color={"color": EDGE_COLORS[e.group], "highlight": "#000000", "hover": "#000000"},
            width=edge_width(e.count),
            dashes=NEGATED_DASHES if e.group == "negated" else (CLAIM_DASHES if e.claim else False),
            arrows="to",
            smooth=smooth[i],
            title=f"{s_label} → {t_label}\n{kind} · {e.count} statement{plural}\n{rels}",
            group=e.group,
            claim=e.claim,
            stmts=list(range(next_stmt, next_stmt + e.count)),
        )
        next_stmt += e.count
    return net


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "graphkit stance graph",
    focus: str | Iterable[str] | None = None,
    depth: int | None = None,
    relations: Iterable[str] | str | None = None,
    polarity: Iterable[str | int] | str | int | None = None,
    quads: Iterable[int] | int | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    min_evidence: int = 1,
    node_color: str = "type",
    node_size: str = "degree",
    blocs: Mapping[Hashable, object] | Iterable[Collection[Hashable]] | None = None,
    layout: str | Mapping[Hashable, Any] = "auto",
    seed: int = 0,
    height: str = "100vh",
) -> str:
    """The statement graph as one self-contained HTML page (a string).

    The options below choose what goes into the page. In the page itself the reader can
    narrow further by actor, polarity group, relation, claims, quad class and a date window:
    an edge is shown when at least one of its statements passes every filter, and a window
    narrower than the full date range hides undated statements (see the module docstring).

    Args:
        G: Statement graph of the analysis/viz contract (``nx.MultiDiGraph``, one edge per
            statement, keyed by statement IRI).
        title: Page title (escaped).
        focus: Actor IRI(s) or label(s) to centre on; ``depth`` hops around them (default 1).
        depth: Hops around ``focus``.
        relations: Relation local names to keep.
        polarity: ``cooperative``, ``hostile``, ``neutral``, ``negated`` (or -1/0/1).
        quads: Quad classes 1..4 to keep.
        since: First day kept (``YYYY-MM-DD``); undated statements drop out of a window.
        until: Last day kept.
        min_evidence: Least number of statements behind a drawn edge.
        node_color: ``type`` (actor type), ``bloc`` (``blocs``, else a ``bloc`` node
            attribute, else blocs found by signed Louvain) or ``centrality``.
        node_size: ``degree`` (statements in and out) or ``centrality``.
        blocs: Mapping actor -> bloc name, or a list of actor sets (bloc 1, 2, ...).
        layout: See :func:`graphkit.viz.layout.compute_layout`; ``physics`` lets the
            browser lay out and switches physics off once stable.
        seed: Seed of the spring layout.
        height: CSS height of the page body.

    Returns:
        The HTML text.

    Raises:
        InputError: A graph that is not a statement MultiDiGraph, or an option value that
            is not understood (the message names it).

    Example:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("A", "B", key="s1", relation="praises", polarity=1)
        >>> "vis-network" in render_html(G)
        True
    """
    if not isinstance(height, str) or not _CSS_LENGTH.fullmatch(height):
        raise InputError(f"height={height!r} is not a CSS length such as '100vh' or '640px'")
    if not isinstance(G, nx.MultiDiGraph):
        raise InputError(f"render_html needs the statement nx.MultiDiGraph, got {type(G).__name__}")
    if node_color not in NODE_COLOR_MODES:
        raise InputError(
            f"node_color={node_color!r} is not known; use {', '.join(NODE_COLOR_MODES)}"
        )
    if node_size not in NODE_SIZE_MODES:
        raise InputError(f"node_size={node_size!r} is not known; use {', '.join(NODE_SIZE_MODES)}")
    H = select_statements(
        G,
        focus=focus,
        depth=depth,
        relations=relations,
        polarity=polarity,
        quads=quads,
        since=since,
        until=until,
    )
    drawn = aggregate_edges(H, min_evidence=min_evidence)
    if min_evidence > 1:
        kept = {(e.source, e.target, k) for e in drawn for k in e.keys}
        H.remove_edges_from(
            [(u, v, k) for u, v, k in list(H.edges(keys=True)) if (u, v, k) not in kept]
        )
        if focus is None:
            H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if node_color == "bloc" and blocs is None and all(b is None for _, b in H.nodes(data="bloc")):
        blocs = detect_blocs(H, seed=seed)
    bloc_map = blocs_by_actor(blocs) if blocs is not None else None
    colors, node_legend = node_colors(H, node_color, bloc_map)
    centrality = node_centrality(H)
    sizes = {n: _node_size(node_size, H.degree(n), centrality[n]) for n in H}
    positions = compute_layout(H, layout=layout, seed=seed)

    statements = []
    edge_data = H.edges
    for e in drawn:
        for key in e.keys:
            statements.append(
                statement_record(H, e.source, e.target, key, edge_data[e.source, e.target, key])
            )
    centres = set(resolve_focus(G, focus)) if focus is not None else set()
    net = _network(H, drawn, positions, colors, sizes, centres)
    articles = pool_articles(statements)
    days = sorted({a["day"] for a in articles if a["day"]})
    drawn_quads = {s["quad"] for s in statements}
    payload = {
        "meta": {
            "title": title,
            "actors": H.number_of_nodes(),
            "statements": len(statements),
            "physics": positions is None,
        },
        "nodes": net.nodes,
        "edges": net.edges,
        "statements": statements,
        "articles": articles,
        "options": _vis_options(len(net.nodes), len(net.edges), positions is None),
        "relations": sorted({r for e in drawn for r, _ in e.relations}),
        "groups": [g for g in GROUPS if any(e.group == g for e in drawn)],
        "quads": [[q, name] for q, name in QUAD_CLASSES.items() if q in drawn_quads],
        "dates": [days[0], days[-1]] if days else None,
        "legend": {
            "nodes": node_legend,
            "shapes": [] if node_color == "type" else shape_legend(H),
            "edges": edge_legend(),
        },
    }
    parts = {
        "TITLE": html.escape(title, quote=True),
        "HEIGHT": html.escape(height, quote=True),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "CSS": _asset("graphkit.css"),
        "JS": _asset("graphkit.js"),
        "DATA": escape_json_for_html(payload),
    }
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))


def write_html(G: nx.MultiDiGraph, path: str | Path, **options: Any) -> Path:
    """Write :func:`render_html` of ``G`` to ``path`` (UTF-8) and return the path.

    Takes the same keyword options as :func:`render_html`.

    Example:
        >>> import networkx as nx, tempfile, pathlib
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("A", "B", key="s1", relation="praises", polarity=1)
        >>> out = write_html(G, pathlib.Path(tempfile.mkdtemp()) / "g.html")
        >>> out.suffix, out.stat().st_size > 100_000
        ('.html', True)
    """
    target = Path(path)
    if target.is_dir():
        raise InputError(f"output path {str(target)!r} is a directory; give a file name")
    text = render_html(G, **options)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
