"""Batched lookups of stored articles, flushing, the bounded term cache, run provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import InputError, StoreError
from graphkit.store import KnowledgeGraph
from graphkit.store.mapping import ExtractionRun, _node, text_hash
from graphkit.types import Document

from .store_corpus import corpus

RUN = ExtractionRun("test-model", "1.0", "2026-01-01T00:00:00+00:00", "0.1.0")
MODEL = """
SELECT ?name ?version WHERE { GRAPH ?g { ?run a gk:ExtractionRun ;
    gk:modelName ?name ; gk:modelVersion ?version } }"""


def _count_queries(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    sent: list[str] = []
    real = kg.backend.query

    def counting(sparql, bindings=None, prefixes=None):  # type: ignore[no-untyped-def]
        sent.append(sparql)
        return real(sparql, bindings, prefixes)

    monkeypatch.setattr(kg.backend, "query", counting)
    return sent


def test_stored_articles_returns_exactly_the_stored_subset(kg: KnowledgeGraph) -> None:
    kg.ingest(corpus(), run=RUN)
    stored = {text_hash(doc.text) for doc, _ in corpus()}
    absent = {text_hash(f"never stored {i}") for i in range(5)}
    assert len(stored) == 2
    assert kg.stored_articles(stored | absent) == stored
    assert kg.stored_articles(absent) == set()
    assert kg.stored_articles([]) == set()


def test_stored_articles_sends_one_query_per_batch(
    kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg.ingest(corpus(), run=RUN)
    stored = [text_hash(doc.text) for doc, _ in corpus()]
    hashes = [*stored, *(text_hash(f"absent {i}") for i in range(5)), stored[0]]
    sent = _count_queries(kg, monkeypatch)
    assert kg.stored_articles(hashes, batch_size=3) == set(stored)
    assert len(sent) == 3  # 7 distinct hashes in batches of 3
    assert kg.stored_articles([]) == set() and len(sent) == 3


@pytest.mark.parametrize(
    "bad",
    [
        "A" * 64,  # upper case
        "0" * 63,
        "0" * 64 + "\n",
        "> } } ; DROP ALL ; SELECT * { <x",
        "0" * 64 + "> <http://x/p> <http://x/o",
        42,
    ],
)
def test_stored_articles_rejects_anything_but_a_hex_digest(kg: KnowledgeGraph, bad: object) -> None:
    kg.ingest(corpus(), run=RUN)
    before = len(kg)
    with pytest.raises(InputError, match="not an article text hash"):
        kg.stored_articles([text_hash("x"), bad])  # type: ignore[list-item]
    assert len(kg) == before


def test_stored_articles_rejects_a_batch_size_below_one() -> None:
    with pytest.raises(InputError, match="batch_size must be at least 1, got 0"):
        KnowledgeGraph.memory().stored_articles([text_hash("x")], batch_size=0)


def test_flush_writes_the_on_disk_store_buffers(tmp_path: Path, spy_flush) -> None:
    kg = KnowledgeGraph.open(tmp_path / "store")
    real = kg.backend.store  # type: ignore[attr-defined]
    calls = spy_flush(kg)
    kg.ingest(corpus(), run=RUN)
    kg.flush()
    assert len(calls) == 1 and calls[0] == len(real)
    kg.close()
    assert len(calls) == 2
    with pytest.raises(StoreError, match="is closed"):
        kg.flush()


def test_flush_keeps_the_store_unchanged_on_every_backend(kg: KnowledgeGraph) -> None:
    kg.ingest(corpus(), run=RUN)
    before = kg.export("nquads")
    kg.flush()
    kg.flush()
    assert kg.export("nquads") == before


def test_node_cache_is_bounded() -> None:
    limit = _node.cache_info().maxsize
    assert limit == 65_536
    for i in range(limit + 1000):
        _node(f"http://example.org/node/{i}")
    assert _node.cache_info().currsize == limit
    assert str(_node("http://example.org/x")) == "<http://example.org/x>"


def test_ingest_of_documents_records_the_pipeline_model() -> None:
    import spacy

    from graphkit.extract import load_pipeline, model_info

    meta = load_pipeline().meta
    expected = (f"{meta['lang']}_{meta['name']}", meta["version"])
    assert model_info() == expected
    assert spacy.util.get_package_version(expected[0]) == expected[1]
    kg = KnowledgeGraph.memory()
    kg.ingest([Document("a", "Russia invaded Ukraine.")])
    frame = kg.query(MODEL)
    assert list(zip(frame["name"], frame["version"], strict=True)) == [expected]
