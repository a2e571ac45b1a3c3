"""Extractors for the ingest engine, and the per-process cache that loads each one once.

:class:`SpacyExtractorFactory` is the default: it builds the graphkit spaCy pipeline
(:func:`graphkit.extract.load_pipeline`, model components graphkit does not use left out)
and streams documents through ``nlp.pipe`` in batches. A factory is a small frozen value,
so it pickles to worker processes and Dask workers, where :func:`cached_extractor` builds
the extractor on first use and keeps it for the life of the process.

:func:`extract_partition` is what runs in a worker: the statements of a list of
documents, with a document that makes the extractor fail isolated and reported instead of
failing its neighbours.

Example:
    >>> from graphkit.types import Document
    >>> factory = SpacyExtractorFactory(batch_size=8)
    >>> result = extract_partition(factory, [Document("a", "Russia invaded Ukraine.")])
    >>> [[s.relation for s in statements] for statements, error in result.outcomes]
    [['invades']]
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graphkit.ingest.protocols import Extractor, ExtractorFactory, ModelInfo
from graphkit.types import Document, Statement

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "PartitionResult",
    "SpacyExtractor",
    "SpacyExtractorFactory",
    "cached_extractor",
    "extract_partition",
]

#: Texts per ``nlp.pipe`` batch.
DEFAULT_BATCH_SIZE = 64

#: Factory -> its extractor and the lock that makes calls to the extractor take turns.
_CACHE: dict[Any, tuple[Extractor, threading.Lock]] = {}
_CACHE_LOCK = threading.Lock()


class SpacyExtractor:
    """The graphkit spaCy pipeline as an :class:`~graphkit.ingest.protocols.Extractor`.

    Args:
        nlp: The pipeline (:func:`graphkit.extract.load_pipeline`).
        model: Its model as recorded in provenance (:func:`graphkit.extract.model_info`).
        batch_size: Texts per ``nlp.pipe`` batch.
    """

    def __init__(
        self, nlp: Language, model: ModelInfo, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self._model = model

    @property
    def model(self) -> ModelInfo:
        return self._model

    def extract(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Statement]]]:
        from graphkit.extract import extract_documents

        return extract_documents(docs, nlp=self.nlp, batch_size=self.batch_size)


@dataclass(frozen=True, slots=True)
class SpacyExtractorFactory:
    """Builds a :class:`SpacyExtractor` (picklable; call it in the process that uses it).

    Args:
        model: spaCy model name; default: the one :func:`graphkit.extract.load_pipeline`
            picks.
        batch_size: Texts per ``nlp.pipe`` batch.
    """

    model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE

    def __call__(self) -> SpacyExtractor:
        from graphkit.extract import load_pipeline, model_info

        return SpacyExtractor(
            load_pipeline(self.model),
            ModelInfo(*model_info(self.model)),
            batch_size=self.batch_size,
        )


def cached_extractor(factory: ExtractorFactory) -> Extractor:
    """The extractor ``factory`` builds, built once per process (thread-safe).

    Example:
        >>> f = SpacyExtractorFactory()
        >>> cached_extractor(f) is cached_extractor(SpacyExtractorFactory())
        True
    """
    return _cached(factory)[0]


def _cached(factory: ExtractorFactory) -> tuple[Extractor, threading.Lock]:
    """The extractor of ``factory`` (built on first use) and its lock."""
    with _CACHE_LOCK:
        entry = _CACHE.get(factory)
        if entry is None:
            entry = _CACHE[factory] = (factory(), threading.Lock())
        return entry


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """The extraction of one partition: the model, and per document its statements or the
    message of the error that made it fail (statements then empty)."""

    model: ModelInfo
    outcomes: tuple[tuple[list[Statement], str | None], ...]


def extract_partition(factory: ExtractorFactory, docs: Sequence[Document]) -> PartitionResult:
    """Statements of ``docs`` with the cached extractor of ``factory``.

    The partition goes through the extractor in one stream; when that fails, each document
    is retried alone so that only the documents that fail are reported. Calls from several
    threads of one process take turns on the extractor (a spaCy pipeline is not re-entrant).
    """
    extractor, lock = _cached(factory)
    outcomes: tuple[tuple[list[Statement], str | None], ...]
    with lock:
        try:
            found = [statements for _doc, statements in extractor.extract(docs)]
            if len(found) != len(docs):
                raise RuntimeError(
                    f"extractor returned {len(found)} results for {len(docs)} documents"
                )
            outcomes = tuple((statements, None) for statements in found)
        except Exception:  # isolate the culprit: one document at a time
            outcomes = tuple(_extract_one(extractor, doc) for doc in docs)
    return PartitionResult(extractor.model, outcomes)


def _extract_one(extractor: Extractor, doc: Document) -> tuple[list[Statement], str | None]:
    try:
        results = list(extractor.extract([doc]))
    except Exception as err:
        return [], f"extraction failed: {type(err).__name__}: {err}"
    if len(results) != 1:
        return [], f"extractor returned {len(results)} results for one document"
    return results[0][1], None
