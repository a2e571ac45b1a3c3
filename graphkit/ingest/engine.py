"""The ingest engine: corpus -> extraction (here, in worker processes or on Dask) -> store.

:func:`run_ingest` streams documents out of :mod:`graphkit.corpus`, drops those whose
content is already stored (or was read earlier in this run), cuts the rest into
partitions for the extractor, and writes the results to the store in batches, each article
whole or not at all. Every stage is a lazy iterator with a bounded number of partitions in
flight, so memory stays flat however large the corpus.

Resumable and idempotent: an article's identity is the hash of its text, and the store
only ever holds complete articles, so an interrupted ingest (Ctrl-C, ``kill -9``)
restarted with the same command extracts and writes only what is missing, and a text that
occurs twice in the corpus is stored once.

Example:
    >>> from graphkit.store import KnowledgeGraph
    >>> from graphkit.types import Document
    >>> kg = KnowledgeGraph.memory()
    >>> docs = [Document("a", "Russia invaded Ukraine."), Document("b", "Russia invaded Ukraine.")]
    >>> report = run_ingest(docs, kg, progress=False)
    >>> report.written, report.skipped_existing, report.statements
    (1, 1, 1)
    >>> run_ingest(docs, kg, progress=False).written
    0
"""

from __future__ import annotations

import inspect
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar, cast

from graphkit.corpus import CorpusIssue, CorpusReader, read_corpus
from graphkit.corpus.reader import DEFAULT_MAX_BYTES
from graphkit.errors import InputError
from graphkit.ingest.executors import iter_dask, iter_local, iter_processes, parse_executor
from graphkit.ingest.extractors import DEFAULT_BATCH_SIZE, SpacyExtractorFactory
from graphkit.ingest.progress import estimate_total
from graphkit.ingest.protocols import ArticleStore, ExtractorFactory, ModelInfo
from graphkit.types import Document, Statement

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["IngestReport", "run_ingest"]

T = TypeVar("T")
Source = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | Iterable[Document]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What :func:`run_ingest` did (also passed, as it stands, to ``on_commit``).

    Attributes:
        read: Documents read from the corpus (good records).
        written: Articles written to the store.
        skipped_existing: Documents whose text was already stored, or already read in this
            run (a duplicate), so not extracted again.
        issues: Corpus records or files that could not be read, with their id and reason.
        warnings: Documents written with a caveat (a date graphkit cannot read is kept as
            text, so the article falls outside every time window).
        failed: ``(document id, message)`` of documents that failed extraction or were
            refused by the store (nothing of them written).
        statements: Statements written. asserted: of which asserted.
        words: Whitespace-separated words of the documents extracted.
        seconds: Wall time.
        executor: ``"local"`` or the Dask scheduler address. workers: local processes.
    """

    read: int = 0
    written: int = 0
    skipped_existing: int = 0
    issues: tuple[CorpusIssue, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    statements: int = 0
    asserted: int = 0
    words: int = 0
    seconds: float = 0.0
    warnings: tuple[CorpusIssue, ...] = ()
    executor: str = "local"
    workers: int = 1

    @property
    def skipped_bad(self) -> int:
        """Corpus files or records skipped as unreadable."""
        return len(self.issues)

    @property
    def extracted(self) -> int:
        """Documents that went through extraction (written or failed)."""
        return self.written + len(self.failed)

    @property
    def articles_per_second(self) -> float:
        return self.extracted / self.seconds if self.seconds > 0 else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    @property
    def ok(self) -> bool:
        """Nothing was skipped as bad or failed."""
        return not self.issues and not self.failed

    def __str__(self) -> str:
        where = self.executor if self.executor != "local" else f"{self.workers} worker(s)"
        return (
            f"{self.read} articles read, {self.written} written, {self.skipped_existing} "
            f"already stored, {self.skipped_bad} bad records skipped, {len(self.failed)} "
            f"failed; {self.statements} statements ({self.asserted} asserted) in "
            f"{self.seconds:.1f} s on {where}: {self.articles_per_second:.1f} articles/s, "
            f"{self.words_per_second:,.0f} words/s"
        )


@dataclass
class _Tally:
    read: int = 0
    written: int = 0
    skipped_existing: int = 0
    issues: list[CorpusIssue] = field(default_factory=list)
    warnings: list[CorpusIssue] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    statements: int = 0
    asserted: int = 0
    words: int = 0
    started: float = field(default_factory=time.perf_counter)
    executor: str = "local"
    workers: int = 1

    def report(self) -> IngestReport:
        return IngestReport(
            read=self.read,
            written=self.written,
            skipped_existing=self.skipped_existing,
            issues=tuple(self.issues),
            failed=tuple(self.failed),
            statements=self.statements,
            asserted=self.asserted,
            words=self.words,
            seconds=time.perf_counter() - self.started,
            warnings=tuple(self.warnings),
            executor=self.executor,
            workers=self.workers,
        )


def run_ingest(
    source: Source,
    store: Any,
    *,
    workers: int = 1,
    executor: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    partition_size: int | None = None,
    write_batch: int = 64,
    progress: bool = True,
    resume: bool = True,
    extractor: ExtractorFactory | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_commit: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Extract the statements of a corpus and write them to a store.

    Args:
        source: Corpus paths (files, folders, ``-``; see :func:`graphkit.corpus.read_corpus`),
            a :class:`~graphkit.corpus.CorpusReader`, or Documents.
        store: A :class:`~graphkit.store.KnowledgeGraph`, a store spec for
            :meth:`KnowledgeGraph.open <graphkit.store.KnowledgeGraph.open>` (folder,
            ``:memory:``, endpoint URL; opened and closed here), or any
            :class:`~graphkit.ingest.protocols.ArticleStore`.
        workers: Local extraction processes; 1 extracts in this process.
        executor: ``None`` (local) or ``dask://HOST:PORT``, a Dask scheduler whose workers
            extract; results are written from this process.
        batch_size: Texts per ``nlp.pipe`` batch (for the default extractor).
        partition_size: Documents per task sent to a worker (default ``batch_size``).
        write_batch: Articles per store write.
        progress: Show a tqdm progress bar (articles/s, ETA when the total can be counted).
        resume: Skip documents whose text is already stored. With ``False`` they are
            extracted again and their graphs replaced.
        extractor: Factory of the extractor (default: the graphkit spaCy pipeline).
        max_bytes: Largest corpus record read (larger ones are reported and skipped).
        on_commit: Called with the report so far after each store write.

    Returns:
        The report; bad records are in ``issues`` and failed documents in ``failed``.

    Raises:
        InputError: Bad arguments (workers, batch sizes, executor spec, source).
        StoreError: The store cannot be opened or fails a write (what was written before
            stays, complete).
        GraphkitError: The Dask scheduler cannot be reached.
        concurrent.futures.process.BrokenProcessPool: A worker process died (killed, out
            of memory); what was written before stays, complete.
    """
    kind, address = parse_executor(executor)
    checks: list[tuple[str, object]] = [
        ("workers", workers),
        ("batch_size", batch_size),
        ("write_batch", write_batch),
    ]
    if partition_size is not None:
        checks.append(("partition_size", partition_size))
    for name, value in checks:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(f"{name} must be a positive integer, got {value!r}")
    if kind == "dask" and workers != 1:
        raise InputError("give either workers=N (local processes) or a Dask executor, not both")
    factory = extractor or SpacyExtractorFactory(batch_size=batch_size)
    size = partition_size or batch_size
    tally = _Tally(executor=address or "local", workers=workers)
    with ExitStack() as stack:
        sink = _open_store(store, stack)
        bar = _progress_bar(source, progress, stack)
        docs = _documents(source, tally, bar, max_bytes, stack)
        # Hashes of the texts passed on in this run; read and updated only in this thread
        # (every executor pulls partitions() from the thread that consumes its results).
        seen: set[str] = set()
        hashes: deque[list[str]] = deque()

        def partitions() -> Iterator[list[Document]]:
            for part in _chunks(_new_documents(docs, sink, seen, resume, tally, bar), size):
                hashes.append([h for _, h in part])
                yield [doc for doc, _ in part]

        if kind == "dask":
            assert address is not None
            results = iter_dask(factory, partitions(), address)
        elif workers > 1:
            results = iter_processes(factory, partitions(), workers)
        else:
            results = iter_local(factory, partitions())
        writer = _Writer(sink, tally, seen, bar, write_batch, on_commit)
        with closing(results):
            for partition, result in results:
                for doc, digest, (statements, error) in zip(
                    partition, hashes.popleft(), result.outcomes, strict=True
                ):
                    writer.add(doc, digest, statements, error, result.model)
        writer.flush()
        return tally.report()
    raise AssertionError("unreachable")  # pragma: no cover


class _Writer:
    """Buffers extracted articles and writes them in batches.

    The hash of an article that fails (extraction, or refused by the store) leaves ``seen``,
    so that a later copy of its text is tried again rather than counted as stored.
    """

    def __init__(
        self,
        sink: ArticleStore,
        tally: _Tally,
        seen: set[str],
        bar: tqdm[Any] | None,
        batch: int,
        on_commit: Callable[[IngestReport], None] | None,
    ) -> None:
        self.sink, self.tally, self.seen, self.bar = sink, tally, seen, bar
        self.batch, self.on_commit = batch, on_commit
        self.items: list[tuple[Document, list[Statement]]] = []
        self.digests: list[str] = []
        self.model: ModelInfo | None = None
        self.takes_digests = _takes_digests(sink)

    def add(
        self,
        doc: Document,
        digest: str,
        statements: list[Statement],
        error: str | None,
        model: ModelInfo,
    ) -> None:
        self.tally.words += len(doc.text.split())
        if error is not None:
            self.tally.failed.append((doc.id, error))
            self.seen.discard(digest)
            _tick(self.bar, 1)
            return
        if self.model is not None and model != self.model:
            self.flush()
        self.model = model
        self.items.append((doc, statements))
        self.digests.append(digest)
        if len(self.items) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.items or self.model is None:
            return
        given = {"digests": self.digests} if self.takes_digests else {}
        outcome = self.sink.write(self.items, self.model, **given)
        tally = self.tally
        tally.written += outcome.articles
        tally.statements += outcome.statements
        tally.asserted += outcome.asserted
        tally.failed.extend(outcome.failed)
        refused = {doc_id for doc_id, _ in outcome.failed}
        self.seen.difference_update(
            digest
            for (doc, _), digest in zip(self.items, self.digests, strict=True)
            if doc.id in refused
        )
        _tick(self.bar, len(self.items))
        self.items, self.digests = [], []
        if self.bar is not None:
            seconds = time.perf_counter() - tally.started
            self.bar.set_postfix(
                written=tally.written,
                skipped=tally.skipped_existing,
                words_s=f"{tally.words / seconds:,.0f}" if seconds else "-",
                refresh=False,
            )
        if self.on_commit is not None:
            self.on_commit(tally.report())


def _takes_digests(sink: ArticleStore) -> bool:
    """Whether ``sink.write`` takes the content hashes the engine has computed (``digests=``),
    so that it need not hash the texts again."""
    try:
        return "digests" in inspect.signature(sink.write).parameters
    except (TypeError, ValueError):  # no signature to read
        return False


def _open_store(store: Any, stack: ExitStack) -> ArticleStore:
    from graphkit.ingest.stores import KnowledgeGraphStore
    from graphkit.store import KnowledgeGraph

    if isinstance(store, KnowledgeGraph):
        return KnowledgeGraphStore(store)
    if isinstance(store, str | os.PathLike):
        kg = KnowledgeGraph.open(os.fspath(store))
        stack.callback(kg.close)
        return KnowledgeGraphStore(kg)
    if isinstance(store, ArticleStore):
        return store
    raise InputError(
        f"store must be a KnowledgeGraph, a store folder or URL, or an ArticleStore; "
        f"got {type(store).__name__}"
    )


def _progress_bar(source: Source, progress: bool, stack: ExitStack) -> tqdm[Any] | None:
    if not progress:
        return None
    from tqdm import tqdm

    if isinstance(source, CorpusReader):
        total = estimate_total(source.paths)
    else:
        total = estimate_total(source) if _is_paths(source) else _length(source)
    bar = tqdm(total=total, unit="article", desc="ingest", smoothing=0.1, dynamic_ncols=True)
    stack.callback(bar.close)
    return bar


def _tick(bar: tqdm[Any] | None, n: int) -> None:
    if bar is not None and n:
        bar.update(n)


def _is_paths(source: object) -> bool:
    if isinstance(source, str | os.PathLike):
        return True
    return isinstance(source, list | tuple) and all(
        isinstance(p, str | os.PathLike) for p in source
    )


def _length(source: object) -> int | None:
    return len(source) if isinstance(source, list | tuple) else None


def _documents(
    source: Source, tally: _Tally, bar: tqdm[Any] | None, max_bytes: int, stack: ExitStack
) -> Iterator[Document]:
    """The documents of ``source``, counting them and collecting corpus issues."""

    def on_issue(issue: CorpusIssue) -> None:
        tally.issues.append(issue)
        _tick(bar, 1)

    if isinstance(source, CorpusReader):
        reader: Iterable[Document] = source
        source.on_error = on_issue
        tally.issues.extend(source.issues)
    elif isinstance(source, str | os.PathLike):
        reader = stack.enter_context(read_corpus(source, max_bytes=max_bytes, on_error=on_issue))
    else:
        items = iter(source)
        first = next(items, None)
        if first is None:
            reader = ()
        elif isinstance(first, Document):
            reader = chain([first], cast(Iterator[Document], items))
        elif isinstance(first, str | os.PathLike):
            paths = chain([first], items)
            reader = stack.enter_context(
                read_corpus(paths, max_bytes=max_bytes, on_error=on_issue)  # type: ignore[arg-type]
            )
        else:
            raise InputError(
                f"source must be paths or graphkit.types.Document, got {type(first).__name__}"
            )
    for doc in reader:
        if not isinstance(doc, Document):
            raise InputError(f"expected graphkit.types.Document, got {type(doc).__name__}")
        tally.read += 1
        yield doc
    if isinstance(reader, CorpusReader):
        tally.warnings.extend(reader.warnings)


def _new_documents(
    docs: Iterable[Document],
    sink: ArticleStore,
    seen: set[str],
    resume: bool,
    tally: _Tally,
    bar: tqdm[Any] | None,
    lookahead: int = 256,
) -> Iterator[tuple[Document, str]]:
    """Documents whose text is neither stored nor read earlier in this run, with its hash.

    ``seen`` holds the hash of every text passed on in this run, in flight or written
    (minus those that failed, see :class:`_Writer`): the store is looked up once per
    ``lookahead`` documents, before the articles among them are written, so only ``seen``
    knows a later copy of one. It keeps the hashes, never the texts.
    """
    for chunk in _chunks(docs, lookahead):
        hashed = [(doc, sink.content_hash(doc.text)) for doc in chunk]
        stored = sink.stored({h for _, h in hashed if h not in seen}) if resume else set()
        for doc, digest in hashed:
            if digest in seen or digest in stored:
                tally.skipped_existing += 1
                _tick(bar, 1)
                continue
            seen.add(digest)
            yield doc, digest


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
