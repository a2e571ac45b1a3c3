"""The one exception hierarchy of graphkit.

Every error graphkit raises on purpose is a :class:`GraphkitError`; its message names the
bad value and what would have been accepted.

Example:
    >>> from graphkit.errors import GraphkitError, InputError
    >>> issubclass(InputError, GraphkitError) and issubclass(InputError, ValueError)
    True
"""

from __future__ import annotations

__all__ = [
    "GraphkitError",
    "InputError",
    "KnowledgeBaseError",
    "OntologyError",
    "QueryError",
    "StoreError",
]


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class InputError(GraphkitError, ValueError):
    """A document, corpus record or argument that cannot be used as given."""


class KnowledgeBaseError(GraphkitError, ValueError):
    """The actor knowledge base is missing, malformed or asked for an unknown actor."""


class OntologyError(GraphkitError, ValueError):
    """An ontology term or relation that does not exist or is malformed."""


class StoreError(GraphkitError):
    """A store that cannot be opened, read or written (corrupt folder, unreachable endpoint)."""


class QueryError(GraphkitError, ValueError):
    """A SPARQL query that is malformed, refused, or exceeded a limit."""
