"""The KnowledgeGraph ingest adapter: batched lookups (one request per batch on a remote
endpoint), failed articles as ``(id, message)`` pairs, and the recorded model."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from graphkit.ingest import KnowledgeGraphStore, ModelInfo, run_ingest
from graphkit.ingest.extractors import SpacyExtractorFactory
from graphkit.store import KnowledgeGraph
from graphkit.types import Document

from .helpers import FakeFactory

LOOKAHEAD = 256  # documents whose hashes the engine looks up together


def _docs(n: int) -> list[Document]:
    return [Document(f"d{i}", f"Alpha{i}x condemned Beta{i}x. Text {i}.") for i in range(n)]


def _query_requests(kg: KnowledgeGraph) -> list[bytes]:
    """Records the body of every request the remote backend sends to its query endpoint."""
    seen: list[bytes] = []
    url = kg.backend.query_url  # type: ignore[attr-defined]

    def hook(request: httpx.Request) -> None:
        if str(request.url) == url:
            seen.append(request.content)

    kg.backend._client.event_hooks["request"].append(hook)  # type: ignore[attr-defined]
    return seen


def _lookups(bodies: list[bytes]) -> int:
    return sum(b"FILTER+EXISTS" in body for body in bodies)


@pytest.mark.server
def test_remote_ingest_looks_up_stored_articles_once_per_batch(
    oxigraph_server: str, fake_factory: FakeFactory
) -> None:
    n = 600
    with KnowledgeGraph.connect(oxigraph_server) as kg:
        queries = _query_requests(kg)
        first = run_ingest(_docs(n), kg, extractor=fake_factory, progress=False, write_batch=200)
        assert first.written == n
        assert _lookups(queries) == -(-n // LOOKAHEAD) == 3
        queries.clear()
        again = run_ingest(_docs(n), kg, extractor=fake_factory, progress=False)
        assert (again.written, again.skipped_existing) == (0, n)
        assert len(queries) == _lookups(queries) == 3  # no other query, none per article
        store = KnowledgeGraphStore(kg)
        queries.clear()
        hashes = [store.content_hash(d.text) for d in _docs(n + 400)]
        assert store.stored(hashes) == set(hashes[:n])
        assert len(queries) == _lookups(queries) == 2  # 1000 hashes, 500 per query


def test_knowledge_graph_store_reports_failed_articles_as_id_message_pairs(
    fake_factory: FakeFactory,
) -> None:
    kg = KnowledgeGraph.memory()
    store = KnowledgeGraphStore(kg)
    docs = [
        Document("ok", "Russia condemned Ukraine."),
        Document("it's 'odd'", "Iran condemned Iraq."),
    ]
    items = list(fake_factory().extract(docs))
    doc, statements = items[1]
    items[1] = (doc, [replace(s, negated=True) for s in statements])
    outcome = store.write(items, ModelInfo("fake-model", "1.0"))
    assert outcome.articles == 1
    assert [doc_id for doc_id, _ in outcome.failed] == ["it's 'odd'"]
    assert "asserted but negated" in outcome.failed[0][1]
    assert not outcome.failed[0][1].startswith("'")


def test_spacy_extractor_records_the_pipeline_model() -> None:
    from graphkit.extract import load_pipeline, model_info

    meta = load_pipeline().meta
    extractor = SpacyExtractorFactory(batch_size=4)()
    assert extractor.model == ModelInfo(f"{meta['lang']}_{meta['name']}", meta["version"])
    assert extractor.model == ModelInfo(*model_info())
    kg = KnowledgeGraph.memory()
    report = run_ingest([Document("a", "Russia invaded Ukraine.")], kg, progress=False)
    assert report.written == 1
    frame = kg.query("SELECT ?n ?v WHERE { GRAPH ?g { ?r gk:modelName ?n ; gk:modelVersion ?v } }")
    assert list(zip(frame["n"], frame["v"], strict=True)) == [
        (extractor.model.name, extractor.model.version)
    ]
