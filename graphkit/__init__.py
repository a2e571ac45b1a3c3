"""graphkit: news articles to a geopolitical stance knowledge graph.

The public API is the handful of names re-exported here; notebooks and the CLI use only
these. Heavy packages (spaCy models, pyoxigraph, pyvis) load inside the functions that need
them, never at import.
"""

from __future__ import annotations

from graphkit.errors import (
    GraphkitError,
    InputError,
    KnowledgeBaseError,
    OntologyError,
    QueryError,
    StoreError,
)
from graphkit.types import Actor, ActorMention, Document, Span, Statement

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorMention",
    "Document",
    "GraphkitError",
    "InputError",
    "KnowledgeBaseError",
    "OntologyError",
    "QueryError",
    "Span",
    "Statement",
    "StoreError",
    "__version__",
]
