"""The remote SPARQL backend against a real ``oxigraph serve``: batched writes, fallbacks."""

from __future__ import annotations

import httpx
import pytest

from graphkit.errors import StoreError
from graphkit.store import KnowledgeGraph
from graphkit.store.remote import endpoint_urls

from .store_corpus import corpus

pytestmark = pytest.mark.server


@pytest.fixture()
def remote(oxigraph_server):
    httpx.post(oxigraph_server + "/update", data={"update": "DROP ALL"}).raise_for_status()
    kg = KnowledgeGraph.connect(oxigraph_server)
    yield kg
    kg.close()


def test_remote_batched_update_writes_all_articles(remote, monkeypatch):
    sent: list[str] = []
    real = remote.backend.update
    monkeypatch.setattr(remote.backend, "update", lambda s, p=None: (sent.append(s), real(s, p)))
    remote.ingest(corpus(), batch_size=10)
    assert len(sent) == 1 and sent[0].count("DROP SILENT GRAPH") == 2
    assert len(remote.statements()) == 8


def test_remote_failed_batch_falls_back_to_one_put_per_graph(remote, monkeypatch):
    real_update, real_put = remote.backend.update, remote.backend._put_graph
    puts: list[str] = []

    def failing_update(sparql, prefixes=None):
        if "INSERT DATA" in sparql:
            raise StoreError("batch refused")
        return real_update(sparql, prefixes)

    monkeypatch.setattr(remote.backend, "update", failing_update)
    monkeypatch.setattr(remote.backend, "_put_graph", lambda g, q: (puts.append(g), real_put(g, q)))
    remote.ingest(corpus(), batch_size=10)
    assert len(puts) == 2
    assert len(remote.statements()) == 8


def test_remote_single_article_replaced_with_graph_store_put(remote, monkeypatch):
    remote.ingest(corpus())
    before = len(remote)
    puts: list[str] = []
    real_put = remote.backend._put_graph
    monkeypatch.setattr(remote.backend, "_put_graph", lambda g, q: (puts.append(g), real_put(g, q)))
    remote.ingest(corpus()[:1])
    assert len(puts) == 1 and len(remote) == before


def test_endpoint_urls_layouts():
    assert endpoint_urls("http://h:1/sparql/") == (
        "http://h:1/sparql",
        "http://h:1/update",
        "http://h:1/store",
    )
    assert endpoint_urls("http://h/repositories/x", update_url="http://h/u")[1] == "http://h/u"


@pytest.mark.slow
def test_serve_over_a_remote_store(remote, oxigraph_server):
    from graphkit.store.server import SparqlServer

    remote.ingest(corpus())
    server = SparqlServer(oxigraph_server, port=0, timeout=10).start()
    try:
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a gk:Statement } }"
        r = httpx.get(server.url + "/query", params={"query": query, "format": "csv"}, timeout=30)
        assert r.text.splitlines() == ["n", "8"]
    finally:
        server.stop()
