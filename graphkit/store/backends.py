"""The one small interface every store backend implements, and a lazy registry of them.

A backend is chosen by name or by the store spec a user types (a folder, ``:memory:`` or an
``http(s)://`` URL) and imported only when used, the way rdflib's ``plugin.py`` looks up
stores: registering a backend costs a tuple, not an import.

Example:
    >>> backend_name(":memory:"), backend_name("http://localhost:7878"), backend_name("kg")
    ('memory', 'sparql', 'oxigraph')
    >>> get_backend("memory").__name__
    'MemoryBackend'
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from graphkit.errors import StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "MEMORY_SPEC",
    "Backend",
    "QueryOutcome",
    "backend_name",
    "get_backend",
    "register_backend",
]

#: Store spec of the in-memory backend.
MEMORY_SPEC = ":memory:"

#: What :meth:`Backend.query` returns: pyoxigraph ``QuerySolutions`` (SELECT), a ``bool``
#: (ASK) or a list of ``Triple`` (CONSTRUCT / DESCRIBE).
QueryOutcome = Any

_REGISTRY: dict[str, tuple[str, str]] = {
    "memory": ("graphkit.store.embedded", "MemoryBackend"),
    "oxigraph": ("graphkit.store.embedded", "OxigraphBackend"),
    "sparql": ("graphkit.store.remote", "SparqlBackend"),
}


class Backend(Protocol):
    """What :class:`~graphkit.store.graph.KnowledgeGraph` needs from a store."""

    #: Human-readable location (folder, ``:memory:`` or endpoint URL) for messages.
    location: str

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> QueryOutcome:
        """Run a SPARQL query with variables bound to terms and default prefixes."""
        ...

    def update(self, sparql: str, prefixes: Mapping[str, str] | None = None) -> None:
        """Run a SPARQL update atomically."""
        ...

    def replace_graphs(
        self, graphs: Mapping[str, Sequence[ox.Quad]], *, bulk: bool = False
    ) -> None:
        """Replace each named graph with the given quads; atomic at least per graph.

        ``bulk=True`` allows a faster non-transactional write of graphs that do not exist
        yet (embedded stores only; a failure removes what was written, a crash may not).
        """
        ...

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads (any graph) atomically."""
        ...

    def graph_exists(self, graph: str) -> bool:
        """Whether the named graph holds any triple."""
        ...

    def quads(self) -> Iterable[ox.Quad]:
        """Every quad of the store."""
        ...

    def __len__(self) -> int:
        """Number of quads (all graphs)."""
        ...

    def flush(self) -> None:
        """Write in-memory write buffers to durable storage (a no-op where there are none)."""
        ...

    def close(self) -> None:
        """Release files or connections."""
        ...


def register_backend(name: str, module: str, cls: str) -> None:
    """Register a backend class by dotted module path, imported only on first use.

    Example:
        >>> register_backend("memory", "graphkit.store.embedded", "MemoryBackend")
    """
    _REGISTRY[name] = (module, cls)


def get_backend(name: str) -> type[Any]:
    """The backend class registered under ``name``.

    Raises:
        StoreError: No such backend.
    """
    try:
        module, cls = _REGISTRY[name]
    except KeyError:
        raise StoreError(
            f"unknown store backend {name!r}; known: {', '.join(sorted(_REGISTRY))}"
        ) from None
    return getattr(importlib.import_module(module), cls)


def backend_name(spec: str) -> str:
    """Which backend a store spec (folder, ``:memory:``, URL) selects."""
    if spec == MEMORY_SPEC:
        return "memory"
    if spec.startswith(("http://", "https://")):
        return "sparql"
    return "oxigraph"
