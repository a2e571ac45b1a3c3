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

#: Public names that live in heavier modules, imported on first use (no spaCy, pyoxigraph
#: or pyvis at ``import graphkit``).
_LAZY = {
    "load_pipeline": "graphkit.extract",
    "extract_statements": "graphkit.extract",
    "extract_documents": "graphkit.extract",
    "evaluate": "graphkit.extract",
    "read_corpus": "graphkit.corpus",
    "load_kb": "graphkit.kb",
    "KnowledgeGraph": "graphkit.store",
    "analyze": "graphkit.analysis",
    "statement_graph": "graphkit.analysis",
    "signed_graph": "graphkit.analysis",
    "stance_matrix": "graphkit.analysis",
    "diff_windows": "graphkit.analysis",
    "dyad_timeline": "graphkit.analysis",
    "plot_stance_matrix": "graphkit.analysis",
    "plot_dyad_timeline": "graphkit.analysis",
    "plot_blocs": "graphkit.analysis",
    "write_html": "graphkit.viz",
    "render_html": "graphkit.viz",
    "show_inline": "graphkit.viz",
    "build": "graphkit.workflow",
}


def __getattr__(name: str) -> object:
    """Import a public name from its stage's module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    *_LAZY,
]
