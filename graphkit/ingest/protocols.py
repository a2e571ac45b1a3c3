"""The two small interfaces the ingest engine is written against.

* an :class:`Extractor` turns documents into statements (the spaCy pipeline of
  :mod:`graphkit.extract`, or any other); it is made in each worker process by an
  :data:`ExtractorFactory`, a picklable zero-argument callable, so a process pool or a Dask
  cluster can build its own copy once;
* an :class:`ArticleStore` says which article content hashes it already holds and writes a
  batch of articles, each one whole or not at all (:mod:`graphkit.ingest.stores` adapts
  :class:`~graphkit.store.KnowledgeGraph`).

Example:
    >>> info = ModelInfo("en_core_web_sm", "3.8.0")
    >>> str(info)
    'en_core_web_sm 3.8.0'
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from graphkit.types import Document, Statement

__all__ = [
    "ArticleStore",
    "Extractor",
    "ExtractorFactory",
    "ModelInfo",
    "WriteOutcome",
]


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Name and version of the model statements come from (recorded on the extraction run)."""

    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name} {self.version}"


@runtime_checkable
class Extractor(Protocol):
    """Turns documents into statements, in input order."""

    @property
    def model(self) -> ModelInfo:
        """The model the statements come from."""
        ...

    def extract(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Statement]]]:
        """``(document, statements)`` for every document, in input order."""
        ...


#: A picklable zero-argument callable building an :class:`Extractor` (run once per process).
ExtractorFactory = Callable[[], Extractor]


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    """What one :meth:`ArticleStore.write` wrote.

    Attributes:
        articles: Articles written.
        statements: Statements written.
        asserted: Of which asserted.
        failed: ``(document id, message)`` of each article refused (nothing of it written).
    """

    articles: int = 0
    statements: int = 0
    asserted: int = 0
    failed: tuple[tuple[str, str], ...] = ()


@runtime_checkable
class ArticleStore(Protocol):
    """Where ingested articles go; articles are identified by the hash of their text."""

    def content_hash(self, text: str) -> str:
        """The identity of an article's text (equal texts, equal hashes)."""
        ...

    def stored(self, hashes: Collection[str]) -> set[str]:
        """Which of ``hashes`` are already stored (each as a complete article)."""
        ...

    def write(
        self, items: Sequence[tuple[Document, Sequence[Statement]]], model: ModelInfo
    ) -> WriteOutcome:
        """Write articles with their statements; each article is written whole or not at all.

        A store whose ``write`` also takes a keyword ``digests`` is given the
        :meth:`content_hash` of each item's text, in order, as the engine computed them
        (:class:`~graphkit.ingest.KnowledgeGraphStore` does not hash the texts again).
        """
        ...
