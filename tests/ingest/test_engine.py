"""The ingest engine on a fake extractor: skipping, dedupe, bad records, failures, report."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from graphkit.corpus import read_corpus
from graphkit.errors import InputError
from graphkit.ingest import (
    ArticleStore,
    IngestReport,
    KnowledgeGraphStore,
    estimate_total,
    run_ingest,
)
from graphkit.ingest.executors import parse_executor
from graphkit.store import KnowledgeGraph
from graphkit.store.mapping import text_hash
from graphkit.types import Document

from .helpers import FakeExtractor, FakeFactory, FakeStore, normalised_quads, write_jsonl


def _docs(n: int) -> list[Document]:
    return [
        Document(f"d{i}", f"Country{chr(65 + i % 26)}x condemned Beta{i}x. Text {i}.")
        for i in range(n)
    ]


def test_fake_store_is_an_article_store() -> None:
    assert isinstance(FakeStore(), ArticleStore)


def test_run_ingest_writes_every_document_with_its_statements(fake_factory: FakeFactory) -> None:
    store = FakeStore()
    docs = [
        Document("a", "Russia condemned Ukraine. Japan condemned China."),
        Document("b", "Nothing here."),
    ]
    report = run_ingest(docs, store, extractor=fake_factory, progress=False)
    assert (report.read, report.written, report.statements) == (2, 2, 2)
    assert report.words == 8 and report.ok
    assert sorted(d.id for d, _ in store.articles.values()) == ["a", "b"]


def test_run_ingest_writes_in_batches_of_write_batch(fake_factory: FakeFactory) -> None:
    store = FakeStore()
    run_ingest(
        _docs(10), store, extractor=fake_factory, progress=False, write_batch=4, partition_size=3
    )
    assert store.writes == [4, 4, 2]


def test_run_ingest_skips_stored_documents_without_extracting_them(
    fake_factory: FakeFactory,
) -> None:
    store = FakeStore()
    run_ingest(_docs(5), store, extractor=fake_factory, progress=False)
    fake_factory.extractor.seen.clear()
    report = run_ingest(_docs(8), store, extractor=fake_factory, progress=False)
    assert (report.read, report.skipped_existing, report.written) == (8, 5, 3)
    assert fake_factory.extractor.seen == ["d5", "d6", "d7"]


def test_run_ingest_without_resume_extracts_stored_documents_again(
    fake_factory: FakeFactory,
) -> None:
    store = FakeStore()
    run_ingest(_docs(3), store, extractor=fake_factory, progress=False)
    report = run_ingest(_docs(3), store, extractor=fake_factory, progress=False, resume=False)
    assert (report.skipped_existing, report.written) == (0, 3)


def test_run_ingest_stores_a_duplicate_text_once(fake_factory: FakeFactory) -> None:
    store = FakeStore()
    text = "Russia condemned Ukraine."
    docs = [Document("first", text), Document("x", "Other."), Document("copy", text + "\r\n")]
    report = run_ingest(docs, store, extractor=fake_factory, progress=False, partition_size=1)
    assert (report.written, report.skipped_existing) == (2, 1)
    assert fake_factory.extractor.seen == ["first", "x"]


def _stored_ids(kg: KnowledgeGraph) -> list[str]:
    return sorted(kg.query("SELECT ?id WHERE { GRAPH ?g { ?a gk:documentId ?id } }")["id"])


def test_run_ingest_skips_a_repeat_read_after_its_first_copy_was_written(
    fake_factory: FakeFactory,
) -> None:
    # All 210 fall in one store lookup, made before the first write: the copies of d0..d9
    # are read after their first copies were written (partitions and writes of 64).
    docs = _docs(200)
    copies = [Document(f"copy{i}", doc.text) for i, doc in enumerate(docs[:10])]
    kg = KnowledgeGraph.memory()
    report = run_ingest([*docs, *copies], kg, extractor=fake_factory, progress=False)
    assert (report.read, report.written, report.skipped_existing) == (210, 200, 10)
    assert fake_factory.extractor.seen == [doc.id for doc in docs]
    assert _stored_ids(kg) == sorted(doc.id for doc in docs)


def test_run_ingest_skips_a_repeat_far_beyond_the_lookahead_window(
    fake_factory: FakeFactory,
) -> None:
    # Without resume the store is not looked up, so only the run itself can know the copies.
    docs = _docs(1000)
    copies = [Document(f"copy{i}", docs[i].text) for i in (0, 1, 999)]
    store = FakeStore()
    report = run_ingest(
        [*docs, *copies], store, extractor=fake_factory, progress=False, resume=False
    )
    assert (report.written, report.skipped_existing) == (1000, 3)
    assert fake_factory.extractor.seen == [doc.id for doc in docs]
    assert sorted(d.id for d, _ in store.articles.values()) == sorted(d.id for d in docs)


@pytest.mark.parametrize("failure", ["extraction", "store"])
def test_run_ingest_tries_again_a_repeat_of_a_text_that_failed(
    failure: str, fake_factory: FakeFactory
) -> None:
    text = "BOOM goes the parser." if failure == "extraction" else "Iran condemned Iraq."
    docs = [Document("bad", text), *_docs(300), Document("bad-again", text)]
    extractor = fake_factory()
    original = extractor.extract

    def negated_but_asserted(items):  # type: ignore[no-untyped-def]
        for doc, statements in original(items):
            if doc.id.startswith("bad"):  # the store refuses an asserted negated statement
                statements = [replace(s, negated=True) for s in statements]
            yield doc, statements

    extractor.extract = negated_but_asserted  # type: ignore[method-assign]
    report = run_ingest(docs, KnowledgeGraph.memory(), extractor=fake_factory, progress=False)
    assert (report.written, report.skipped_existing) == (300, 0)
    assert [doc_id for doc_id, _ in report.failed] == ["bad", "bad-again"]


def test_run_ingest_isolates_a_document_that_fails_extraction(fake_factory: FakeFactory) -> None:
    store = FakeStore()
    docs = [*_docs(3), Document("bad", "BOOM goes the parser."), *_docs(6)[3:]]
    report = run_ingest(docs, store, extractor=fake_factory, progress=False, partition_size=4)
    assert report.written == 6
    assert [doc_id for doc_id, _ in report.failed] == ["bad"]
    assert "RuntimeError: cannot parse bad" in report.failed[0][1]
    assert not report.ok


def test_run_ingest_reports_bad_records_by_id_and_goes_on(
    tmp_path: Path, fake_factory: FakeFactory
) -> None:
    corpus = tmp_path / "bad.jsonl"
    with corpus.open("wb") as out:
        out.write(b'{"id": "good-1", "text": "Russia condemned Ukraine."}\n')
        out.write(b'{"id": "no-text", "title": "x"}\n')
        out.write(b'{"id": "bad-bytes", "text": "caf\xe9 au lait"}\n')
        out.write(b'{"id": "huge", "text": "' + b"a" * (50 * 1024 * 1024) + b'"}\n')
        out.write(b'{"id": "good-2", "text": "Japan condemned China."}\n')
    store = FakeStore()
    report = run_ingest(corpus, store, extractor=fake_factory, progress=False)
    assert report.written == 2 and report.statements == 2
    found = {issue.record_id: issue.reason for issue in report.issues}
    assert set(found) == {"no-text", "bad-bytes", "huge"}
    assert "missing 'text'" in found["no-text"]
    assert "not UTF-8" in found["bad-bytes"]
    assert "larger than max_bytes" in found["huge"]
    assert report.skipped_bad == 3


def test_run_ingest_raises_store_errors_after_keeping_earlier_batches(
    fake_factory: FakeFactory,
) -> None:
    store = FakeStore(fail_on="d6")
    with pytest.raises(OSError, match="disk full while writing d6"):
        run_ingest(_docs(10), store, extractor=fake_factory, progress=False, write_batch=3)
    assert sorted(d.id for d, _ in store.articles.values()) == ["d0", "d1", "d2", "d3", "d4", "d5"]


def test_run_ingest_calls_on_commit_after_each_write(fake_factory: FakeFactory) -> None:
    seen: list[IngestReport] = []
    run_ingest(
        _docs(5),
        FakeStore(),
        extractor=fake_factory,
        progress=False,
        write_batch=2,
        on_commit=seen.append,
    )
    assert [r.written for r in seen] == [2, 4, 5]


def test_run_ingest_into_a_knowledge_graph_is_idempotent(fake_factory: FakeFactory) -> None:
    kg = KnowledgeGraph.memory()
    docs = [Document("a", "Russia condemned Ukraine."), Document("b", "Japan condemned China.")]
    first = run_ingest(docs, kg, extractor=fake_factory, progress=False)
    before = normalised_quads(kg.backend.quads())
    again = run_ingest(
        [*docs, Document("a2", "Russia condemned Ukraine.")],
        kg,
        extractor=fake_factory,
        progress=False,
    )
    assert (first.written, first.statements, first.asserted) == (2, 2, 2)
    assert (again.written, again.skipped_existing) == (0, 3)
    assert normalised_quads(kg.backend.quads()) == before
    assert kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s gk:condemns ?o } }")["n"][0] == 2


def test_run_ingest_hashes_each_text_once(
    small_corpus: Path, fake_factory: FakeFactory, text_hash_calls: Counter[str]
) -> None:
    kg = KnowledgeGraph.memory()
    report = run_ingest(small_corpus, kg, extractor=fake_factory, progress=False, write_batch=8)
    with read_corpus(small_corpus) as docs:
        texts = [doc.text for doc in docs]
    assert report.written == len(texts) == 30
    assert text_hash_calls == Counter(texts)


def test_run_ingest_writes_the_quads_of_an_ingest_that_hashes_the_texts_itself(
    small_corpus: Path, fake_factory: FakeFactory
) -> None:
    ingested = KnowledgeGraph.memory()
    run_ingest(small_corpus, ingested, extractor=fake_factory, progress=False, write_batch=8)
    with read_corpus(small_corpus) as docs:
        pairs = list(FakeExtractor().extract(docs))
    direct = KnowledgeGraph.memory()
    direct.ingest(pairs)  # no digests: write_articles hashes each text
    quads = normalised_quads(ingested.backend.quads())
    assert sum(len(statements) for _, statements in pairs) > 5
    assert quads == normalised_quads(direct.backend.quads())


def test_run_ingest_gives_digests_only_to_a_store_whose_write_takes_them(
    fake_factory: FakeFactory,
) -> None:
    class DigestStore(FakeStore):
        def __init__(self) -> None:
            super().__init__()
            self.given: list[list[str]] = []

        def write(self, items, model, *, digests=None):  # type: ignore[no-untyped-def]
            self.given.append(list(digests))
            return super().write(items, model)

    docs = _docs(5)
    store = DigestStore()
    run_ingest(docs, store, extractor=fake_factory, progress=False, write_batch=3)
    assert store.given == [
        [text_hash(d.text) for d in docs[:3]],
        [text_hash(d.text) for d in docs[3:]],
    ]
    plain = FakeStore()  # write(items, model): called without digests, as before
    assert run_ingest(docs, plain, extractor=fake_factory, progress=False).written == 5


def test_run_ingest_reports_articles_the_store_refuses(fake_factory: FakeFactory) -> None:
    kg = KnowledgeGraph.memory()

    docs = [Document("ok", "Russia condemned Ukraine."), Document("neg", "Iran condemned Iraq.")]
    extractor = fake_factory()
    original = extractor.extract

    def negated_but_asserted(items):  # type: ignore[no-untyped-def]
        for doc, statements in original(items):
            if doc.id == "neg":
                statements = [replace(s, negated=True) for s in statements]
            yield doc, statements

    extractor.extract = negated_but_asserted  # type: ignore[method-assign]
    report = run_ingest(docs, kg, extractor=fake_factory, progress=False)
    assert report.written == 1
    assert [doc_id for doc_id, _ in report.failed] == ["neg"]
    assert "asserted but negated" in report.failed[0][1]


def test_run_ingest_accepts_a_corpus_reader_and_counts_its_issues(
    tmp_path: Path, fake_factory: FakeFactory
) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "A condemned B."}])
    with corpus.open("a") as out:
        out.write("not json\n")
    report = run_ingest(read_corpus([corpus]), FakeStore(), extractor=fake_factory, progress=False)
    assert report.written == 1
    assert [(i.line, i.reason.split(":")[0]) for i in report.issues] == [(2, "invalid JSON")]


def test_run_ingest_reports_an_unreadable_date_as_a_warning_and_writes_the_article(
    tmp_path: Path, fake_factory: FakeFactory
) -> None:
    rows = [
        {"id": "dated", "text": "A condemned B.", "date": "2024-05-01"},
        {"id": "odd", "text": "C condemned D.", "date": "the spring of 2024"},
    ]
    report = run_ingest(
        write_jsonl(tmp_path / "c.jsonl", rows), FakeStore(), extractor=fake_factory, progress=False
    )
    assert report.written == 2 and report.ok  # a caveat, not a skipped record
    assert [(w.line, w.record_id) for w in report.warnings] == [(2, "odd")]
    assert "left out of time windows" in report.warnings[0].reason


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"workers": 0}, "workers must be a positive integer, got 0"),
        ({"batch_size": -1}, "batch_size must be a positive integer, got -1"),
        ({"partition_size": 0}, "partition_size must be a positive integer, got 0"),
        ({"write_batch": True}, "write_batch must be a positive integer, got True"),
        ({"executor": "spark://x:1"}, "unknown executor 'spark://x:1'"),
        ({"executor": "dask://h:1", "workers": 2}, "either workers=N"),
    ],
)
def test_run_ingest_rejects_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        run_ingest([], FakeStore(), progress=False, **kwargs)  # type: ignore[arg-type]


def test_run_ingest_rejects_an_unknown_store() -> None:
    with pytest.raises(InputError, match=r"store must be a KnowledgeGraph.*got int"):
        run_ingest([], 42, progress=False)


def test_parse_executor_maps_dask_urls_to_scheduler_addresses() -> None:
    assert parse_executor("dask://10.0.0.5:8786") == ("dask", "tcp://10.0.0.5:8786")
    assert parse_executor("tls://h:1") == ("dask", "tls://h:1")


def test_estimate_total_counts_records_files_and_gzip(tmp_path: Path) -> None:
    import gzip

    write_jsonl(tmp_path / "a.jsonl", [{"id": str(i), "text": "x"} for i in range(4)])
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as out:
        out.write(json.dumps({"id": "g", "text": "y"}) + "\n")
    (tmp_path / "c.csv").write_text("id,text\n1,a\n2,b\n")
    (tmp_path / "d.txt").write_text("x")
    (tmp_path / "e.pdf").write_text("x")
    assert estimate_total([tmp_path]) == 4 + 1 + 2 + 1
    assert estimate_total(["-"]) is None


def test_knowledge_graph_store_flushes_an_embedded_store_every_n_articles(
    tmp_path: Path, fake_factory: FakeFactory, spy_flush
) -> None:
    kg = KnowledgeGraph.open(tmp_path / "store")
    calls = spy_flush(kg)
    store = KnowledgeGraphStore(kg, flush_every=4)
    report = run_ingest(_docs(10), store, extractor=fake_factory, progress=False, write_batch=2)
    assert report.written == 10
    assert len(calls) == 2 and calls[0] < calls[1]  # after articles 4 and 8
    kg.close()
