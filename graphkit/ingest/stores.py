"""The :class:`~graphkit.store.KnowledgeGraph` as an ingest
:class:`~graphkit.ingest.protocols.ArticleStore`.

An article is identified by the SHA-256 of its normalised text
(:func:`graphkit.store.mapping.text_hash`), which also names its graph; an article counts as
stored when its graph exists. The store writes each article graph in one atomic operation,
so an existing graph is always a complete article.

Example:
    >>> from graphkit.store import KnowledgeGraph
    >>> store = KnowledgeGraphStore(KnowledgeGraph.memory())
    >>> h = store.content_hash("NATO met.")
    >>> store.stored([h])
    set()
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from graphkit.ingest.protocols import ModelInfo, WriteOutcome
from graphkit.types import Document, Statement

if TYPE_CHECKING:
    from graphkit.store import ExtractionRun, KnowledgeGraph

__all__ = ["DEFAULT_FLUSH_EVERY", "KnowledgeGraphStore"]

#: Articles written between two flushes of an embedded store's write buffers.
DEFAULT_FLUSH_EVERY = 250


class KnowledgeGraphStore:
    """Adapter of a :class:`~graphkit.store.KnowledgeGraph` (any backend) for ingest.

    One extraction run (``gk:ExtractionRun``, stamped when the first article is written) is
    recorded per model for the life of the adapter.

    An embedded Oxigraph store buffers writes in memory (RocksDB memtables) until it
    flushes them; the adapter flushes every ``flush_every`` articles written so that the
    memory of a long ingest stays flat.

    Args:
        kg: The knowledge graph.
        flush_every: Articles written between two flushes of the store's write buffers.
    """

    def __init__(self, kg: KnowledgeGraph, *, flush_every: int = DEFAULT_FLUSH_EVERY) -> None:
        self.kg = kg
        self.flush_every = flush_every
        self._runs: dict[ModelInfo, ExtractionRun] = {}
        self._since_flush = 0

    @property
    def location(self) -> str:
        return self.kg.location

    def content_hash(self, text: str) -> str:
        from graphkit.store.mapping import text_hash

        return text_hash(text)

    def stored(self, hashes: Collection[str]) -> set[str]:
        """The hashes already stored: one query per batch of hashes (one request remotely)."""
        return self.kg.stored_articles(hashes)

    def write(
        self,
        items: Sequence[tuple[Document, Sequence[Statement]]],
        model: ModelInfo,
        *,
        digests: Sequence[str] | None = None,
    ) -> WriteOutcome:
        """Write articles (see :meth:`ArticleStore.write
        <graphkit.ingest.protocols.ArticleStore.write>`).

        Args:
            items: ``(document, statements)`` pairs.
            model: The model the statements come from.
            digests: :meth:`content_hash` of each item's text, in order, when the caller has
                them already (:func:`~graphkit.ingest.run_ingest` passes the hashes it looked
                the articles up by), so the texts are not hashed again.
        """
        from graphkit.store import ExtractionRun

        if not items:
            return WriteOutcome()
        run = self._runs.get(model)
        if run is None:
            run = self._runs[model] = ExtractionRun.start(model.name, model.version)
        summary = self.kg.ingest(
            list(items), run=run, batch_size=len(items), on_error="skip", digests=digests
        )
        self._since_flush += summary.articles
        if self._since_flush >= self.flush_every:
            self.flush()
        return WriteOutcome(
            articles=summary.articles,
            statements=summary.statements,
            asserted=summary.asserted,
            failed=summary.errors,
        )

    def flush(self) -> None:
        """Write the store's in-memory buffers to disk (a no-op for remote or memory stores)."""
        self._since_flush = 0
        self.kg.flush()
