from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from graphkit.cli import main

from .conftest import iri


def _seed_records(seed_text: str):
    from graphkit.ontology import relation
    from graphkit.types import Actor, ActorMention, Document, Span, Statement

    china = Actor(iri("CHN"), "China", "State", "Q148", "CHN")
    russia = Actor(iri("RUS"), "Russia", "State", "Q159", "RUS")
    ukraine = Actor(iri("UKR"), "Ukraine", "State", "Q212", "UKR")
    sentence = (
        "NATO Secretary-General Jens Stoltenberg said China's failure to condemn Russia "
        "for its invasion of Ukraine"
    )
    start = seed_text.index(sentence)

    def mention(actor: Actor, text: str) -> ActorMention:
        at = start + sentence.index(text)
        return ActorMention(actor, Span(text, at, at + len(text)))

    def statement(subj: Actor, rel: str, obj: Actor, s: str, o: str, negated: bool) -> Statement:
        info = relation(rel)
        return Statement(
            doc="seed-000", subject=mention(subj, s), relation=rel, plover=info.plover,
            cameo=info.cameo, quad=info.quad, polarity=info.polarity,
            intensity=info.intensity, object=mention(obj, o), negated=negated,
            asserted=not negated, attributed_to=None,
            evidence=Span(sentence, start, start + len(sentence)), confidence=0.9,
        )  # fmt: skip

    doc = Document("seed-000", seed_text, title="China Is Challenging NATO", date="2022-04-07",
                   url="https://www.newsweek.com/x")  # fmt: skip
    return doc, [
        statement(china, "condemns", russia, "China", "Russia", True),
        statement(russia, "invades", ukraine, "Russia", "Ukraine", False),
    ]


@pytest.mark.slow
def test_cli_viz_writes_the_store_graph(seed_text, tmp_path):
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.ingest([_seed_records(seed_text)])
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(
        main,
        [
            "viz",
            "--store",
            str(tmp_path / "store"),
            "--out",
            str(out),
            "--actor",
            "Ukraine",
            "--title",
            "Seed <graph>",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="gk-data">(.*?)</script>', page, re.S).group(1))
    assert {n["label"] for n in data["nodes"]} == {"Ukraine", "Russia"}
    assert [s["relation"] for s in data["statements"]] == ["invades"]
    assert "<title>Seed &lt;graph&gt;</title>" in page


def test_cli_viz_reports_an_unknown_actor(seed_text, tmp_path):
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.ingest([_seed_records(seed_text)])
    result = CliRunner().invoke(
        main,
        [
            "viz",
            "--store",
            str(tmp_path / "store"),
            "--out",
            str(tmp_path / "g.html"),
            "--actor",
            "Atlantis",
        ],
    )
    assert result.exit_code == 2
    assert "'Atlantis'" in result.output
    assert not (tmp_path / "g.html").exists()
