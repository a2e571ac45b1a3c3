from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphkit.cli import main

from .conftest import iri


@pytest.mark.slow
def test_cli_analyze_prints_tables_writes_files_and_run(two_blocs, documents, tmp_path):
    from graphkit.store import KnowledgeGraph

    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as kg:
        kg.ingest([(documents["d1"], two_blocs)])
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "analyze",
            "--store",
            str(store),
            "--out",
            str(out),
            "--actors",
            "USA,GBR,CHN,RUS",
            "--write-back",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "4 actors" in result.output and "China, Russia" in result.output
    assert "wrote 8 files" in result.output and "wrote analysis run" in result.output
    blocs = json.loads((out / "blocs.json").read_text())
    assert {frozenset(m["iri"] for m in b) for b in blocs} == {
        frozenset({iri("USA"), iri("GBR")}),
        frozenset({iri("CHN"), iri("RUS")}),
    }
    with KnowledgeGraph.open(store) as kg:
        rows = kg.query("SELECT ?b WHERE { GRAPH ?g { ?b a gk:Bloc } }")
    assert len(rows) == 2


def test_cli_analyze_bad_date_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(
        main, ["analyze", "--store", str(tmp_path / "s"), "--since", "yesterday"]
    )
    assert result.exit_code == 2
    assert "since='yesterday' is not an ISO date" in result.output
