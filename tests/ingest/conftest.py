"""Fixtures of the ingest tests (helpers live in :mod:`.helpers`)."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphkit.ingest import run_ingest
from graphkit.store import KnowledgeGraph

from .helpers import FakeFactory, corpus_records, free_port, normalised_quads, write_jsonl


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A 30-document JSONL corpus."""
    return write_jsonl(tmp_path / "corpus.jsonl", corpus_records(30))


@pytest.fixture
def fake_factory() -> FakeFactory:
    return FakeFactory()


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A real ``oxigraph serve --location DIR`` on a free 127.0.0.1 port; yields its URL."""
    import httpx

    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server CLI (pip install oxigraph) is not installed")
    port = free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path / "server-db"), "--bind", f"127.0.0.1:{port}"],
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
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Normalised quads of an uninterrupted in-process ingest of the 30-document corpus."""
    corpus = write_jsonl(tmp_path_factory.mktemp("ref") / "corpus.jsonl", corpus_records(30))
    kg = KnowledgeGraph.memory()
    report = run_ingest(corpus, kg, progress=False)
    assert report.written >= 20 and report.statements > 40
    return normalised_quads(kg.backend.quads())
