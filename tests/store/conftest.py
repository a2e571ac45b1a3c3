"""Shared fixtures for the store tests: the three backends and a real ``oxigraph serve``
process on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graphkit.store import KnowledgeGraph


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
