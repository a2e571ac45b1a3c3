"""KnowledgeGraph.to_html / .show: the store's statement graph drawn by graphkit.viz."""

from __future__ import annotations

from pathlib import Path

from graphkit.store import KnowledgeGraph
from graphkit.types import Actor, ActorMention, Document, Span, Statement

_TEXT = "China refused to condemn Russia. <script>alert(1)</script>"


def _actor(key: str, label: str) -> Actor:
    return Actor(f"https://w3id.org/graphkit/actor/{key}", label, "State", iso3=key)


def _statement(relation: str, polarity: int, negated: bool, asserted: bool) -> Statement:
    return Statement(
        doc="d1",
        subject=ActorMention(_actor("CHN", "China"), Span("China", 0, 5)),
        relation=relation,
        plover="ACCUSE" if relation == "condemns" else "SUPPORT",
        cameo="11" if relation == "condemns" else "05",
        quad=3 if relation == "condemns" else 1,
        polarity=polarity,
        intensity=-3.0 if relation == "condemns" else 1.0,
        object=ActorMention(_actor("RUS", "Russia"), Span("Russia", 25, 31)),
        negated=negated,
        asserted=asserted,
        attributed_to=None,
        evidence=Span(_TEXT, 0, len(_TEXT)),
        confidence=0.8,
    )


def _kg() -> KnowledgeGraph:
    kg = KnowledgeGraph(KnowledgeGraph.memory().backend, load_system_graphs=False)
    document = Document("d1", _TEXT, title="<b>Title</b>")
    kg.ingest(
        [
            (
                document,
                [
                    _statement("condemns", -1, negated=True, asserted=False),
                    _statement("refusesToCondemn", 1, negated=False, asserted=True),
                ],
            )
        ]
    )
    return kg


def test_to_html_returns_self_contained_page_with_negated_and_refusal() -> None:
    html = _kg().to_html()
    assert "refusesToCondemn" in html
    assert "condemns" in html and '"negated":true' in html
    assert "<script>alert(1)</script>" not in html
    assert "\\u003cscript\\u003ealert(1)" in html  # the evidence, escaped in the data block
    assert "<b>Title</b>" not in html
    assert "https://cdn" not in html


def test_to_html_writes_file(tmp_path: Path) -> None:
    path = _kg().to_html(tmp_path / "g.html")
    assert Path(path).is_file()
    assert Path(path).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_named_queries_lists_the_cookbook() -> None:
    names = KnowledgeGraph.named_queries()
    assert {"hostile_dyads", "stance_matrix", "statements_about", "claims_by"} <= set(names)


def test_show_renders_inline_isolated_iframe() -> None:
    shown = _kg().show()
    html = shown.data if hasattr(shown, "data") else str(shown)
    assert "<iframe" in html
    assert "srcdoc=" in html
    assert "<script>alert(1)</script>" not in html
