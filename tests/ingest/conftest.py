"""Fixtures of the ingest tests (helpers live in :mod:`.helpers`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graphkit.ingest import run_ingest
from graphkit.store import KnowledgeGraph

from .helpers import FakeFactory, corpus_records, normalised_quads, write_jsonl


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A 30-document JSONL corpus."""
    return write_jsonl(tmp_path / "corpus.jsonl", corpus_records(30))


@pytest.fixture
def fake_factory() -> FakeFactory:
    return FakeFactory()


@pytest.fixture
def oxigraph_server(tmp_path: Path, start_oxigraph) -> Iterator[str]:
    """A real ``oxigraph serve`` on a free 127.0.0.1 port for one test; yields its URL."""
    with start_oxigraph(tmp_path / "server-db") as url:
        yield url


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Normalised quads of an uninterrupted in-process ingest of the 30-document corpus."""
    corpus = write_jsonl(tmp_path_factory.mktemp("ref") / "corpus.jsonl", corpus_records(30))
    kg = KnowledgeGraph.memory()
    report = run_ingest(corpus, kg, progress=False)
    assert report.written >= 20 and report.statements > 40
    return normalised_quads(kg.backend.quads())
