"""``graphkit serve`` over real HTTP: protocol, negotiation, refusals, limits."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graphkit.store import KnowledgeGraph
from graphkit.store.server import SparqlServer

from .store_corpus import corpus

pytestmark = [pytest.mark.server, pytest.mark.slow]

TOKEN = "s3cret-token"
SELECT = "SELECT ?s ?o WHERE { GRAPH ?g { ?s gk:condemns ?o } } ORDER BY ?s"
CARTESIAN = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
    "GRAPH ?c { ?s3 ?p3 ?o3 } }"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    folder: Path = tmp_path_factory.mktemp("served") / "store"
    with KnowledgeGraph.open(folder) as kg:
        kg.ingest(corpus())
    srv = SparqlServer(str(folder), port=0, write_token=TOKEN, timeout=3.0, max_bytes=200_000)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def readonly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    folder: Path = tmp_path_factory.mktemp("served-ro") / "store"
    KnowledgeGraph.open(folder).close()
    srv = SparqlServer(str(folder), port=0, timeout=3.0)
    srv.start()
    yield srv
    srv.stop()


def test_serve_get_json(server):
    r = httpx.get(server.url + "/query", params={"query": SELECT}, timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    rows = r.json()["results"]["bindings"]
    assert [b["o"]["value"].rsplit("/", 1)[1] for b in rows] == ["RUS", "RUS"]


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_serve_post_negotiates_results(server, accept, media):
    r = httpx.post(
        server.url + "/query",
        content=SELECT,
        headers={"Content-Type": "application/sparql-query", "Accept": accept},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(r.text)))
        assert rows[0] == ["s", "o"] and len(rows) == 3
    else:
        assert "actor/RUS" in r.text


def test_serve_form_post_construct_turtle_and_ntriples(server):
    construct = "CONSTRUCT { ?s gk:condemns ?o } WHERE { GRAPH ?g { ?s gk:condemns ?o } }"
    r = httpx.post(
        server.url + "/query",
        data={"query": construct},
        headers={"Accept": "text/turtle"},
        timeout=30,
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    r = httpx.post(
        server.url + "/query",
        data={"query": construct},
        headers={"Accept": "application/n-triples"},
        timeout=30,
    )
    lines = [line for line in r.text.splitlines() if line]
    assert len(lines) == 2 and all(line.endswith(" .") for line in lines)


def test_serve_ask_and_not_acceptable(server):
    r = httpx.get(server.url + "/query", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert r.json() == {"head": {}, "boolean": True}
    r = httpx.get(server.url + "/query", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
        "select * where { sErViCe\n<http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { # a comment } \n SERVICE/**/ <http://127.0.0.1:9999/> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9999/> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://x/> } }",
        "SELECT * WHERE { { SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
    ],
)
def test_serve_refuses_service(server, query):
    r = httpx.post(server.url + "/query", data={"query": query}, timeout=30)
    assert r.status_code == 403, r.text
    assert "SERVICE refused" in r.text


@pytest.mark.parametrize(
    "update",
    [
        "LOAD <http://127.0.0.1:9999/x.ttl>",
        "load silent <http://x/y> INTO GRAPH <http://g>",
        "# LOAD\nLoAd <http://x/y>",
    ],
)
def test_serve_refuses_load_even_with_token(server, update):
    r = httpx.post(
        server.url + "/update",
        data={"update": update},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert r.status_code == 403, r.text
    assert "LOAD refused" in r.text


def test_serve_update_needs_token(server, readonly):
    insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://x/a> <http://x/b> 1 } }"
    assert httpx.post(server.url + "/update", data={"update": insert}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert (
        httpx.post(server.url + "/update", data={"update": insert}, headers=wrong).status_code
        == 401
    )
    r = httpx.post(
        readonly.url + "/update",
        data={"update": insert},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 403 and "read-only" in r.text
    ok = httpx.post(
        server.url + "/update",
        content=insert,
        timeout=30,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"},
    )
    assert ok.status_code == 204, ok.text
    ask = "ASK { GRAPH <http://example.org/g> { <http://x/a> ?p ?o } }"
    assert httpx.get(server.url + "/query", params={"query": ask}, timeout=30).json()["boolean"]


def test_serve_malformed_query_400_with_parser_message(server):
    r = httpx.get(server.url + "/query", params={"query": "SELECT ?s WHERE { ?s ?p }"}, timeout=30)
    assert r.status_code == 400
    assert "1:" in r.text  # the parser's position
    r = httpx.get(server.url + "/query", params={"query": "hello"}, timeout=30)
    assert r.status_code == 400


def test_serve_update_sent_as_query_refused(server):
    r = httpx.post(
        server.url + "/query",
        content="DROP ALL",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert r.status_code == 403


def test_serve_timeout_stops_runaway_query_and_recovers(server):
    started = time.monotonic()
    r = httpx.post(server.url + "/query", data={"query": CARTESIAN}, timeout=60)
    elapsed = time.monotonic() - started
    assert r.status_code == 503, r.text
    assert "time limit" in r.text
    assert elapsed < 20
    after = httpx.get(server.url + "/query", params={"query": SELECT}, timeout=60)
    assert after.status_code == 200
    assert len(after.json()["results"]["bindings"]) == 2


def test_serve_result_size_limit(server):
    everything = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = httpx.get(server.url + "/query", params={"query": everything}, timeout=60)
    assert r.status_code == 413
    assert "200000 bytes" in r.text


def test_serve_remote_backend_through_graphkit_endpoint(server):
    kg = KnowledgeGraph.connect(server.url, token=TOKEN)
    frame = kg.named_query("hostile_dyads")
    assert len(frame) == 3
    kg.close()


def test_serve_json_format_param(server):
    r = httpx.get(server.url + "/query", params={"query": SELECT, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert json.loads(
        httpx.get(server.url + "/query", params={"query": SELECT, "format": "json"}).text
    )


def test_serve_service_never_contacts_the_endpoint(server):
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(1.0)
        port = listener.getsockname()[1]
        query = f"SELECT * WHERE {{ SeRvIcE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        r = httpx.post(server.url + "/query", data={"query": query}, timeout=30)
        assert r.status_code == 403
        with pytest.raises(TimeoutError):
            listener.accept()


def test_serve_recovers_when_the_worker_dies(server):
    server.worker._process.kill()
    server.worker._process.join(10)
    r = httpx.get(server.url + "/query", params={"query": SELECT}, timeout=60)
    assert r.status_code == 200, r.text
    assert len(r.json()["results"]["bindings"]) == 2
