"""End to end through the CLI: `graphkit extract` on good and bad input, `graphkit build`."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _statements(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.fixture
def messy_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_good.txt").write_text("Russia invaded Ukraine in February.", encoding="utf-8")
    (folder / "b_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "d_latin1.txt").write_bytes("Le Qu\xe9bec condamne la Russie.".encode("latin-1"))
    (folder / "e_records.jsonl").write_text(
        '{"id": "r1", "text": "China accused the United States of fueling the conflict."}\n'
        "{not json\n"
        '{"id": "r3"}\n',
        encoding="utf-8",
    )
    return folder


@pytest.mark.slow
def test_extract_cli_skips_bad_input_and_reports_file_and_line(messy_corpus: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(messy_corpus)])
    assert result.exit_code == 1
    stmts = _statements(result.stdout)
    assert {(s["doc"], s["relation"]) for s in stmts} >= {
        ("a_good.txt", "invades"),
        ("r1", "accuses"),
    }
    errors = result.stderr
    assert "b_empty.txt" in errors
    assert "c_binary.txt" in errors
    assert "d_latin1.txt" in errors
    assert "e_records.jsonl:2" in errors
    assert "e_records.jsonl:3" in errors


@pytest.mark.slow
def test_extract_cli_negated_act_is_recorded_but_not_asserted(tmp_path: Path) -> None:
    text = tmp_path / "neg.txt"
    text.write_text("China refused to condemn Russia.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text)])
    assert result.exit_code == 0
    stmts = {(s["relation"], s["negated"], s["asserted"]) for s in _statements(result.stdout)}
    assert ("condemns", True, False) in stmts
    assert ("refusesToCondemn", False, True) in stmts
    assert not any(r == "condemns" and asserted for r, _, asserted in stmts)


@pytest.mark.slow
def test_extract_cli_trig_writes_article_graph_only(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Russia invaded Ukraine.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "--format", "trig"])
    assert result.exit_code == 0
    assert "https://w3id.org/graphkit/article/" in result.stdout
    assert "graph/ontology" not in result.stdout


@pytest.mark.slow
def test_build_cli_on_seeds_writes_every_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    for name in (
        "statements.jsonl",
        "graph.trig",
        "graph.html",
        "blocs.json",
        "balance.json",
        "stance_matrix.csv",
        "centrality.csv",
    ):
        assert (out / name).is_file(), name
    records = [json.loads(line) for line in (out / "statements.jsonl").open(encoding="utf-8")]
    seed_text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for record in records:
        ev = record["evidence"]
        assert seed_text[ev["start"] : ev["end"]] == ev["text"]
    asserted = {
        (r["subject"]["iso3"], r["relation"], (r["object"] or {}).get("iso3"))
        for r in records
        if r["asserted"]
    }
    assert ("CHN", "condemns", "RUS") not in asserted
    assert ("RUS", "invades", "UKR") in asserted
    blocs = json.loads((out / "blocs.json").read_text(encoding="utf-8"))
    bloc_of = {actor["label"]: i for i, bloc in enumerate(blocs) for actor in bloc}
    assert bloc_of["China"] == bloc_of["Russia"]
    assert bloc_of["NATO"] == bloc_of["Japan"] == bloc_of["Australia"]
    assert bloc_of["NATO"] != bloc_of["China"]
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script src=" not in html


@pytest.mark.slow
def test_build_window_and_actors_select_the_page_too(tmp_path: Path) -> None:
    from graphkit import build

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "old", "date": "2014-03-01", "text": "Russia invaded Ukraine."}\n'
        '{"id": "new", "date": "2023-05-02", "text": "China criticized Japan."}\n'
        '{"id": "new2", "date": "2023-06-02", "text": "France praised Germany."}\n',
        encoding="utf-8",
    )

    def drawn(out: Path) -> set[str]:
        page = (out / "graph.html").read_text(encoding="utf-8")
        block = re.search(
            r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.S
        )
        assert block
        return {node["label"] for node in json.loads(block.group(1))["nodes"]}

    build(corpus, tmp_path / "all")
    assert drawn(tmp_path / "all") == {"Russia", "Ukraine", "China", "Japan", "France", "Germany"}
    build(corpus, tmp_path / "api", since="2020-01-01", actors=["CHN", "JPN"])
    assert drawn(tmp_path / "api") == {"China", "Japan"}
    out = tmp_path / "cli"
    args = ["build", str(corpus), "--out", str(out), "--since", "2023-06-01", "--no-progress"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert drawn(out) == {"France", "Germany"}
    blocs = json.loads((out / "blocs.json").read_text(encoding="utf-8"))
    assert {actor["label"] for bloc in blocs for actor in bloc} <= {"France", "Germany"}
    bad = CliRunner().invoke(
        main, ["build", str(corpus), "--out", str(tmp_path / "x"), "--since", "June"]
    )
    assert bad.exit_code != 0 and "June" in bad.output
    assert not (tmp_path / "x").exists()  # refused before any work


@pytest.mark.slow
def test_ingest_cli_twice_skips_stored_articles_and_keeps_quad_count(tmp_path: Path) -> None:
    from graphkit.store import KnowledgeGraph

    store = str(tmp_path / "store")
    first = CliRunner().invoke(main, ["ingest", str(SEEDS), "--store", store, "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "1 written" in first.stdout
    with KnowledgeGraph.open(store) as kg:
        quads = len(kg)
    second = CliRunner().invoke(main, ["ingest", str(SEEDS), "--store", store, "--no-progress"])
    assert second.exit_code == 0, second.output
    assert "0 written, 1 already stored" in second.stdout
    assert "(+0)" in second.stdout
    with KnowledgeGraph.open(store) as kg:
        assert len(kg) == quads


@pytest.mark.slow
def test_ingest_cli_counts_a_repeated_text_as_already_stored(tmp_path: Path) -> None:
    from graphkit.store import KnowledgeGraph

    # More than one write batch (64) before the copies: their first copies are written by
    # the time the copies are read.
    texts = [f"Russia condemned Ukraine on day {i} of the talks." for i in range(70)]
    records = [{"id": f"a{i}", "text": t} for i, t in enumerate(texts)]
    records += [{"id": f"copy{i}", "text": texts[i]} for i in (0, 1, 69)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--store", store, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "73 articles read, 70 written, 3 already stored" in result.stdout
    with KnowledgeGraph.open(store) as kg:
        ids = kg.query("SELECT ?id WHERE { GRAPH ?g { ?a gk:documentId ?id } }")["id"]
    assert sorted(ids) == sorted(f"a{i}" for i in range(70))


@pytest.mark.slow
def test_ingest_cli_hashes_each_article_text_once(tmp_path: Path, text_hash_calls) -> None:
    from graphkit.corpus import read_corpus

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Russia invaded Ukraine in February."}\n'
        '{"id": "b", "text": "China accused the United States of fueling the conflict."}\n'
        '{"id": "c", "text": "France condemned Iran for the missile strikes."}\n',
        encoding="utf-8",
    )
    with read_corpus(corpus) as docs:
        texts = [doc.text for doc in docs]
    text_hash_calls.clear()
    result = CliRunner().invoke(
        main, ["ingest", str(corpus), "--store", str(tmp_path / "store"), "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "3 written" in result.stdout
    assert text_hash_calls == Counter(texts)


@pytest.mark.slow
def test_ingest_cli_reports_bad_records_and_exits_nonzero(
    messy_corpus: Path, tmp_path: Path
) -> None:
    store = str(tmp_path / "store")
    result = CliRunner().invoke(
        main, ["ingest", str(messy_corpus), "--store", store, "--no-progress"]
    )
    assert result.exit_code == 1
    assert "e_records.jsonl:2" in result.stderr
    assert "2 written" in result.stdout


@pytest.mark.slow
def test_ingest_cli_warns_about_an_unreadable_date_and_exits_zero(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "odd", "text": "Russia invaded Ukraine.", "date": "spring 2022"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["ingest", str(corpus), "--store", str(tmp_path / "store"), "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "c.jsonl:1" in result.stderr
    assert "'spring 2022'" in result.stderr
    assert "1 written" in result.stdout
