"""Writing articles into a store, and asking which are already there.

The functions take the backend first; :class:`~graphkit.store.graph.KnowledgeGraph` wraps
them as ``ingest`` and ``stored_articles``.

Example:
    >>> from graphkit.store.embedded import MemoryBackend
    >>> from graphkit.types import Document
    >>> backend = MemoryBackend()
    >>> summary = write_articles(backend, [(Document("a", "NATO met."), [])])
    >>> summary.articles, stored_articles(backend, [text_hash("NATO met.")]) == {
    ...     text_hash("NATO met.")}
    (1, True)
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError, InputError
from graphkit.store.mapping import ARTICLE_NS, ExtractionRun, article_quads, text_hash
from graphkit.store.summary import IngestSummary, _Tally
from graphkit.types import ACTOR_NS, Document, Statement

if TYPE_CHECKING:
    import pyoxigraph as ox

    from graphkit.store.backends import Backend

__all__ = ["DEFAULT_LOOKUP_BATCH", "stored_articles", "write_articles"]

#: Article hashes looked up per query by :func:`stored_articles`.
DEFAULT_LOOKUP_BATCH = 500
#: Which of the article graphs in the VALUES block hold a triple; the block is filled with
#: IRIs built from validated hex digests only (:func:`_article_values`).
_STORED_ARTICLES = (
    "SELECT ?g WHERE {{ VALUES ?g {{ {graphs} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
)
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def write_articles(
    backend: Backend,
    items: Iterable[tuple[Document, Sequence[Statement]]] | Iterable[Document],
    *,
    run: ExtractionRun | None = None,
    batch_size: int = 64,
    on_error: str = "raise",
    progress: bool = False,
    bulk: bool = False,
    digests: Iterable[str] | None = None,
) -> IngestSummary:
    """Write articles and their statements, one named graph per article.

    See :meth:`graphkit.store.graph.KnowledgeGraph.ingest` for the arguments.

    Raises:
        InputError: A document or statement that cannot be written (``on_error="raise"``);
            the articles before it are written. Or ``digests`` that are not one text hash per
            item (the articles of the batches before are written).
        StoreError: The store failed a write.

    Example:
        >>> from graphkit.store.embedded import MemoryBackend
        >>> doc = Document("a", "NATO met.")
        >>> summary = write_articles(MemoryBackend(), [(doc, [])], digests=[text_hash(doc.text)])
        >>> summary.articles
        1
    """
    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    started = time.perf_counter()
    pairs, run = _as_pairs(items, run)
    if progress:
        from tqdm import tqdm

        pairs = iter(tqdm(pairs, unit="article", desc="ingest"))
    tally = _Tally()
    seen: set[str] = set()
    batch: dict[str, list[ox.Quad]] = {}
    pending: list[Sequence[Statement]] = []

    def write() -> None:
        if not batch:
            return
        backend.replace_graphs(batch, bulk=bulk)
        for statements in pending:
            tally.add(statements)
        batch.clear()
        pending.clear()

    for doc, given, digest in _hashed(pairs, digests):
        if digest is not None and digest in seen:
            tally.skipped += 1
            continue
        statements = list(given)
        try:
            quads = article_quads(doc, statements, run, digest=digest)
        except GraphkitError as err:
            if on_error == "raise":
                write()
                raise
            tally.skipped += 1
            tally.errors.append((str(getattr(doc, "id", doc)), str(err)))
            continue
        seen.add(str(digest))
        batch[ARTICLE_NS + str(digest)] = quads
        pending.append(statements)
        if len(batch) >= batch_size:
            write()
    write()
    text_actors = sum(1 for a in tally.actors if a.startswith(ACTOR_NS + "ent/"))
    return IngestSummary(
        articles=tally.articles,
        statements=tally.statements,
        asserted=tally.asserted,
        actors=len(tally.actors),
        text_actors=text_actors,
        skipped=tally.skipped,
        errors=tuple(tally.errors),
        seconds=time.perf_counter() - started,
    )


def stored_articles(
    backend: Backend, hashes: Collection[str], *, batch_size: int = DEFAULT_LOOKUP_BATCH
) -> set[str]:
    """Which article text hashes (:func:`~graphkit.store.mapping.text_hash`) are stored.

    One SPARQL query per ``batch_size`` hashes, so a remote endpoint answers a batch in one
    request.

    Args:
        backend: The store.
        hashes: SHA-256 hex digests (64 lowercase hex characters).
        batch_size: Hashes per query.

    Returns:
        The hashes whose article graph exists.

    Raises:
        InputError: A hash that is not a lowercase SHA-256 hex digest, or a batch size below 1.
    """
    if batch_size < 1:
        raise InputError(f"batch_size must be at least 1, got {batch_size}")
    wanted = list(dict.fromkeys(hashes))
    for digest in wanted:
        _check_digest(digest, f"not an article text hash: {digest!r}; expected {_DIGEST}")
    found: set[str] = set()
    for start in range(0, len(wanted), batch_size):
        sparql = _STORED_ARTICLES.format(graphs=_article_values(wanted[start : start + batch_size]))
        for row in backend.query(sparql):
            found.add(row["g"].value[len(ARTICLE_NS) :])
    return found


_DIGEST = "64 lowercase hex characters, graphkit.store.mapping.text_hash"


def _check_digest(digest: object, message: str) -> None:
    """Raise ``InputError(message)`` unless ``digest`` is an article text hash."""
    if not isinstance(digest, str) or not _HEX_DIGEST.fullmatch(digest):
        raise InputError(message)


def _article_values(digests: Sequence[str]) -> str:
    """The N-Triples IRIs of the article graphs of validated hex digests, space separated."""
    import pyoxigraph as ox

    return " ".join(str(ox.NamedNode(ARTICLE_NS + d)) for d in digests)


def _hashed(
    pairs: Iterable[tuple[Document, Sequence[Statement]]], digests: Iterable[str] | None
) -> Iterator[tuple[Document, Sequence[Statement], str | None]]:
    """``(document, statements, text hash)``: the hashes from ``digests`` in order, else
    computed (None for an item that is not a Document, which fails when it is mapped)."""
    if digests is None:
        for doc, statements in pairs:
            yield doc, statements, text_hash(doc.text) if isinstance(doc, Document) else None
        return
    given = iter(digests)
    for doc, statements in pairs:
        digest = next(given, None)
        doc_id = getattr(doc, "id", doc)
        _check_digest(
            digest,
            f"digests: expected the text hash of document {doc_id!r} ({_DIGEST}), got {digest!r}",
        )
        yield doc, statements, digest
    extra = next(given, None)
    if extra is not None:
        raise InputError(f"digests: more digests than items; the first left over is {extra!r}")


def _as_pairs(
    items: Iterable[tuple[Document, Sequence[Statement]]] | Iterable[Document],
    run: ExtractionRun | None,
) -> tuple[Iterator[tuple[Document, Sequence[Statement]]], ExtractionRun]:
    """``(document, statements)`` pairs and their run; bare documents are extracted first."""
    iterator = iter(items)
    try:
        first = next(iterator)
    except StopIteration:
        return iter(()), run or ExtractionRun.start("unknown", "unknown")
    rest = chain([first], iterator)
    if not isinstance(first, Document):
        return iter(rest), run or ExtractionRun.start("unknown", "unknown")  # type: ignore[arg-type]
    from graphkit.extract.pipeline import extract_documents, load_pipeline, model_info

    nlp = load_pipeline()
    if run is None:
        run = ExtractionRun.start(*model_info())
    return iter(extract_documents(rest, nlp=nlp)), run  # type: ignore[arg-type]
