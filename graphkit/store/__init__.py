"""The knowledge-graph store: statements as RDF quads, backends, SPARQL and its endpoint.

``KnowledgeGraph`` is the entry point; :mod:`graphkit.store.mapping` holds the pure
statement-to-RDF functions, :mod:`graphkit.store.backends` the backend interface,
:mod:`graphkit.store.server` the ``graphkit serve`` SPARQL endpoint.
"""

from __future__ import annotations

from graphkit.store.graph import IngestSummary, KnowledgeGraph, named_queries
from graphkit.store.mapping import ExtractionRun, article_iri, article_quads

__all__ = [
    "ExtractionRun",
    "IngestSummary",
    "KnowledgeGraph",
    "article_iri",
    "article_quads",
    "named_queries",
]
