"""Corpus-scale ingest: stream a corpus through extraction into a store, resumably, on one
machine (``workers=N`` processes) or on a Dask cluster (``executor="dask://HOST:PORT"``).

See :func:`run_ingest`; the engine is written against two small interfaces,
:class:`Extractor` and :class:`ArticleStore` (:mod:`graphkit.ingest.protocols`).
"""

from __future__ import annotations

from graphkit.ingest.engine import IngestReport, run_ingest
from graphkit.ingest.extractors import (
    DEFAULT_BATCH_SIZE,
    SpacyExtractor,
    SpacyExtractorFactory,
    cached_extractor,
    extract_partition,
)
from graphkit.ingest.progress import estimate_total
from graphkit.ingest.protocols import (
    ArticleStore,
    Extractor,
    ExtractorFactory,
    ModelInfo,
    WriteOutcome,
)
from graphkit.ingest.stores import KnowledgeGraphStore

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ArticleStore",
    "Extractor",
    "ExtractorFactory",
    "IngestReport",
    "KnowledgeGraphStore",
    "ModelInfo",
    "SpacyExtractor",
    "SpacyExtractorFactory",
    "WriteOutcome",
    "cached_extractor",
    "estimate_total",
    "extract_partition",
    "run_ingest",
]
