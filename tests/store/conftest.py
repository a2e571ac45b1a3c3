"""Shared fixtures for the store tests: the three backends and a real ``oxigraph serve``
process on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graphkit.store import KnowledgeGraph


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` on a free 127.0.0.1 port; yields its base URL."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server CLI (pip install oxigraph) is not installed")
    folder = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    proc = subprocess.Popen(
        [
            exe,
            "serve",
            "--location",
            str(folder),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout-s",
            "30",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1).raise_for_status()
            break
        except httpx.HTTPError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(
                    f"oxigraph serve did not start: {proc.stderr.read() if proc.stderr else ''}"
                )
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


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
