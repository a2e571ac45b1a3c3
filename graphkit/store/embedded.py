"""Embedded Oxigraph backends: on disk (the default store) and in memory.

Writes are transactional: new article graphs go in with one atomic ``Store.extend``; a graph
that already exists is replaced by one SPARQL update ``DROP SILENT GRAPH …; INSERT DATA …``,
which Oxigraph runs as a single transaction, so a failure leaves the old graph in place.

Example:
    >>> import pyoxigraph as ox
    >>> backend = MemoryBackend()
    >>> g = "http://example.org/g"
    >>> q = ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("1"),
    ...             ox.NamedNode(g))
    >>> backend.replace_graphs({g: [q]}); backend.replace_graphs({g: [q]})
    >>> len(list(backend.quads()))
    1
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import QueryError, StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["MemoryBackend", "OxigraphBackend", "insert_data"]


def insert_data(graph: str, quads: Iterable[ox.Quad]) -> str:
    """SPARQL update text replacing ``graph`` with ``quads`` (terms serialised by pyoxigraph).

    Example:
        >>> import pyoxigraph as ox
        >>> a = ox.NamedNode("http://x/a")
        >>> insert_data("http://x/g", [ox.Quad(a, a, ox.Literal('say "hi"'))])
        'DROP SILENT GRAPH <http://x/g> ;\\nINSERT DATA { GRAPH <http://x/g> {\\n<http://x/a> <http://x/a> "say \\\\"hi\\\\"" .\\n} }'
    """
    import pyoxigraph as ox

    node = str(ox.NamedNode(graph))
    lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
    body = "\n".join(lines)
    return f"DROP SILENT GRAPH {node} ;\nINSERT DATA {{ GRAPH {node} {{\n{body}\n}} }}"


class _OxigraphBase:
    location: str

    def __init__(self, store: ox.Store, location: str) -> None:
        self.store = store
        self.location = location

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> object:
        import pyoxigraph as ox

        substitutions: dict[ox.Variable, Any] = {
            ox.Variable(k): v for k, v in (bindings or {}).items()
        }
        try:
            result = self.store.query(
                sparql, substitutions=substitutions or None, prefixes=dict(prefixes or {})
            )
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL query: {err}") from err
        except RuntimeError as err:
            raise QueryError(f"cannot run query: {err}") from err
        except OSError as err:
            raise StoreError(f"store {self.location} failed the query: {err}") from err
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            return list(result)
        return result

    def update(self, sparql: str, prefixes: Mapping[str, str] | None = None) -> None:
        try:
            self.store.update(sparql, prefixes=dict(prefixes or {}))
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL update: {err}") from err
        except OSError as err:
            raise StoreError(f"store {self.location} failed the update: {err}") from err

    def graph_exists(self, graph: str) -> bool:
        import pyoxigraph as ox

        node = ox.NamedNode(graph)
        return any(True for _ in self.store.quads_for_pattern(None, None, None, node))

    def replace_graphs(
        self, graphs: Mapping[str, Sequence[ox.Quad]], *, bulk: bool = False
    ) -> None:
        fresh: list[ox.Quad] = []
        new_graphs: list[str] = []
        for graph, quads in graphs.items():
            if self.graph_exists(graph):
                self.update(insert_data(graph, quads))
            else:
                fresh.extend(quads)
                new_graphs.append(graph)
        if not fresh:
            return
        if not bulk:
            self.add_quads(fresh)
            return
        import pyoxigraph as ox

        try:
            self.store.bulk_extend(fresh)
        except (OSError, RuntimeError) as err:
            for graph in new_graphs:  # undo the partial write
                self.store.remove_graph(ox.NamedNode(graph))
            raise StoreError(f"store {self.location} failed a bulk write: {err}") from err

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        try:
            self.store.extend(quads)
        except OSError as err:
            raise StoreError(f"store {self.location} failed a write: {err}") from err

    def bulk_load(self, data: bytes, fmt: ox.RdfFormat) -> None:
        """Fast non-transactional load of serialised RDF (for big imports and benchmarks)."""
        try:
            self.store.bulk_load(data, format=fmt)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"bulk load into {self.location} failed: {err}") from err

    def quads(self) -> Iterable[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        """Nothing to flush for an in-memory store."""

    def close(self) -> None:
        """Nothing to release for an in-memory store."""


class MemoryBackend(_OxigraphBase):
    """An in-memory Oxigraph store (notebooks, tests)."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        super().__init__(ox.Store(), ":memory:")


def _check_folder(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {str(path)!r} is a file, not a store folder")
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
        raise StoreError(
            f"{str(path)!r} is not a graphkit store (no Oxigraph database files in it); "
            "give an empty or new folder, or an existing store"
        )


class OxigraphBackend(_OxigraphBase):
    """Oxigraph on disk: a RocksDB folder; one process at a time may open it."""

    def __init__(self, path: str | Path) -> None:
        import pyoxigraph as ox

        folder = Path(path)
        _check_folder(folder)
        try:
            store = ox.Store(str(folder))
        except (OSError, RuntimeError) as err:
            text = str(err)
            if "lock" in text.lower():
                raise StoreError(
                    f"store {str(folder)!r} is in use by another process ({text})"
                ) from err
            raise StoreError(f"store {str(folder)!r} is corrupt or unreadable: {text}") from err
        super().__init__(store, str(folder))

    def flush(self) -> None:
        """Write RocksDB's in-memory buffers (memtables) to disk (pyoxigraph ``Store.flush``).

        Raises:
            StoreError: The store is closed, or the write failed.
        """
        store = getattr(self, "store", None)
        if store is None:
            raise StoreError(f"store {self.location} is closed")
        try:
            store.flush()
        except OSError as err:
            raise StoreError(f"cannot flush store {self.location}: {err}") from err

    def close(self) -> None:
        self.flush()
        del self.store
