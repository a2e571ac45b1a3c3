"""Shared fixtures for the store tests: the three backends, a real ``oxigraph serve``
process on 127.0.0.1 and an N-Quads file with a syntax error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graphkit.store import KnowledgeGraph

from .store_corpus import nquads


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory, start_oxigraph) -> Iterator[str]:
    """One real ``oxigraph serve`` for the session (30 s query limit); yields its URL."""
    with start_oxigraph(tmp_path_factory.mktemp("oxigraph-server"), "--timeout-s", "30") as url:
        yield url


@pytest.fixture(
    params=["memory", "disk", pytest.param("server", marks=pytest.mark.server)],
)
def kg(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[KnowledgeGraph]:
    """An empty knowledge graph (ontology and KB loaded) on each backend."""
    if request.param == "memory":
        graph = KnowledgeGraph.memory()
    elif request.param == "disk":
        graph = KnowledgeGraph.open(tmp_path / "store")
    else:
        url = request.getfixturevalue("oxigraph_server")
        httpx.post(url + "/update", data={"update": "DROP ALL"}).raise_for_status()
        graph = KnowledgeGraph.connect(url)
    yield graph
    graph.close()


@pytest.fixture()
def broken_nq(tmp_path: Path) -> Path:
    """``broken.nq``: 300 lines of :func:`~.store_corpus.nquads` whose line 181 has an
    unterminated literal (in the third of four equal parts)."""
    rows = nquads(300).splitlines(keepends=True)
    rows[180] = b'<http://x/s> <http://x/p> "unterminated <http://x/g1> .\n'
    path = tmp_path / "broken.nq"
    path.write_bytes(b"".join(rows))
    return path
