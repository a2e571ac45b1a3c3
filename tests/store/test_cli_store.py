"""The store commands of the ``graphkit`` CLI: query, export, import, validate, serve."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.store import KnowledgeGraph

from .store_corpus import corpus


@pytest.fixture()
def store(tmp_path):
    folder = tmp_path / "store"
    with KnowledgeGraph.open(folder) as kg:
        kg.ingest(corpus())
    return str(folder)


def test_cli_query_named_csv(store):
    result = CliRunner().invoke(
        main, ["query", "--named", "hostile_dyads", "--format", "csv", "--labels", "--store", store]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("subject,object,statements")
    assert "United States,Russia,2," in result.output


def test_cli_query_text_with_binding_json(store):
    sparql = "SELECT ?s ?o WHERE { GRAPH ?g { ?s gk:condemns ?o } } ORDER BY ?s"
    result = CliRunner().invoke(
        main, ["query", sparql, "--bind", "s=gka:FRA", "--format", "json", "--store", store]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"s": "https://w3id.org/graphkit/actor/FRA", "o": "https://w3id.org/graphkit/actor/RUS"}
    ]


def test_cli_query_file_and_list(store, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a gk:Statement } }")
    result = CliRunner().invoke(main, ["query", "-f", str(rq), "--format", "tsv", "--store", store])
    assert result.output.splitlines() == ["n", "8"]
    listing = CliRunner().invoke(main, ["query", "--list"])
    assert "stance_matrix" in listing.output


def test_cli_query_malformed_is_a_clear_error(store):
    result = CliRunner().invoke(main, ["query", "SELECT ?s WHERE { ?s ?p }", "--store", store])
    assert result.exit_code == 2
    assert "graphkit: error: malformed SPARQL query" in result.output


def test_cli_query_needs_exactly_one_source(store):
    result = CliRunner().invoke(main, ["query", "--store", store])
    assert result.exit_code == 2 and "exactly one" in result.output


def test_cli_export_import_round_trip(store, tmp_path):
    out = tmp_path / "dump.nq"
    result = CliRunner().invoke(
        main, ["export", "--format", "nquads", "--out", str(out), "--store", store]
    )
    assert result.exit_code == 0, result.output
    other = str(tmp_path / "other")
    first = CliRunner().invoke(main, ["import", str(out), "--store", other])
    second = CliRunner().invoke(main, ["import", str(out), "--store", other])
    assert first.exit_code == 0, first.output
    assert first.output.split("holds")[1] == second.output.split("holds")[1]
    with KnowledgeGraph.open(store) as kg:
        assert f"holds {len(kg)} quads" in second.output


@pytest.mark.parametrize("threads", [1, 4])
def test_cli_import_syntax_error_names_the_file_and_its_line(
    broken_nq, tmp_path, monkeypatch, threads
):
    from graphkit.store import embedded, rdfio

    monkeypatch.setattr(rdfio, "DEFAULT_BULK_IMPORT_BYTES", 1)  # the fast, parallel path
    monkeypatch.setattr(embedded, "default_threads", lambda: threads)
    result = CliRunner().invoke(main, ["import", str(broken_nq), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert (
        f"graphkit: error: cannot parse {str(broken_nq)!r}: Parser error at line 181 "
        in result.output
    )
    assert "(broken.nq, line 181)" in result.output


def test_cli_corrupt_store_is_a_clear_error(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("x")
    result = CliRunner().invoke(main, ["query", "--named", "quad_counts", "--store", str(folder)])
    assert result.exit_code == 2
    assert "not a graphkit store" in result.output


@pytest.mark.slow
def test_cli_validate_exit_code(store):
    result = CliRunner().invoke(main, ["validate", "--store", store])
    assert result.exit_code == 0, result.output
    assert "Conforms: True" in result.output


@pytest.mark.slow
@pytest.mark.server
def test_cli_serve_answers_and_stops(store, free_port):
    import subprocess
    import sys
    import time

    import httpx

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "graphkit.cli", "serve", "--port", str(port), "--store", store],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a gk:Statement } }"
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/query", params={"query": query}, timeout=10)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "8"
        update = httpx.post(f"http://127.0.0.1:{port}/update", data={"update": "DROP ALL"})
        assert update.status_code == 403
    finally:
        proc.terminate()
        proc.wait(20)
