"""Embedded Oxigraph backends: on disk (the default store) and in memory.

Writes are transactional: new article graphs go in with one atomic ``Store.extend``; a graph
that already exists is replaced by one SPARQL update ``DROP SILENT GRAPH …; INSERT DATA …``,
which Oxigraph runs as a single transaction, so a failure leaves the old graph in place.
The exception is :meth:`~_OxigraphBase.bulk_load`, a fast non-transactional load of serialised
RDF that splits N-Quads and N-Triples at line ends and loads the parts in parallel threads,
each reading its part of the data (or of the ``mmap`` of the file) in place.

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

import io
import itertools
import mmap
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import InputError, QueryError, StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "BLANK_LABEL",
    "LINE_FORMATS",
    "MAX_LOAD_THREADS",
    "MemoryBackend",
    "OxigraphBackend",
    "default_threads",
    "insert_data",
    "is_line_format",
    "line_chunks",
    "load_threads",
    "triples_text",
]

#: Media types of the formats holding one statement per line (N-Quads, N-Triples): they can be
#: cut at any line end, so :meth:`~_OxigraphBase.bulk_load` loads their parts in parallel.
LINE_FORMATS = frozenset({"application/n-quads", "application/n-triples"})
#: Most threads a parallel bulk load uses when none is given.
MAX_LOAD_THREADS = 8
#: A blank node label in N-Quads, N-Triples, Turtle, TriG or JSON-LD (``re`` scans for it
#: several times faster than ``bytes.find``).
BLANK_LABEL = re.compile(rb"_:")
#: Bytes a part of a parallel load or parse copies out of the data at a time (see
#: :func:`_read_part`).
_PART_BUFFER = 1024 * 1024


def is_line_format(fmt: ox.RdfFormat) -> bool:
    """Whether ``fmt`` holds one statement per line (N-Quads, N-Triples).

    Example:
        >>> import pyoxigraph as ox
        >>> is_line_format(ox.RdfFormat.N_QUADS), is_line_format(ox.RdfFormat.TRIG)
        (True, False)
    """
    return fmt.media_type in LINE_FORMATS


def default_threads() -> int:
    """Threads for a parallel load: the CPUs this process may use, at most ``MAX_LOAD_THREADS``.

    Example:
        >>> 1 <= default_threads() <= MAX_LOAD_THREADS
        True
    """
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_LOAD_THREADS))


def load_threads(threads: int | None) -> int:
    """Threads of a parallel load: ``threads``, or :func:`default_threads` when None.

    Raises:
        InputError: ``threads`` below 1.

    Example:
        >>> load_threads(3), load_threads(None) == default_threads()
        (3, True)
    """
    parts = default_threads() if threads is None else threads
    if parts < 1:
        raise InputError(f"threads must be at least 1, not {threads!r}")
    return parts


def line_chunks(data: bytes | mmap.mmap, parts: int) -> list[tuple[int, int]]:
    """``(start, end)`` offsets cutting ``data`` into at most ``parts`` runs of whole lines.

    Each cut moves forward to just after a ``\\n``; empty runs are left out, so fewer runs come
    back when ``data`` has few lines.

    Example:
        >>> line_chunks(b"a\\nb\\nc\\n", 2)
        [(0, 4), (4, 6)]
        >>> line_chunks(b"one line, no end", 3)
        [(0, 16)]
    """
    size = len(data)
    bounds = [0]
    for i in range(1, parts):
        end = data.find(b"\n", max(size * i // parts, bounds[-1] + 1) - 1)
        if end == -1 or end + 1 >= size:
            break
        bounds.append(end + 1)
    bounds.append(size)
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


class _Part(io.RawIOBase):
    """``data[start:end]`` as a raw binary stream reading straight from ``data`` (no copy)."""

    def __init__(self, data: bytes | mmap.mmap, start: int, end: int) -> None:
        super().__init__()
        self._view = memoryview(data)[start:end]
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), len(self._view) - self._pos)
        buffer[:n] = self._view[self._pos : self._pos + n]
        self._pos += n
        return n

    def close(self) -> None:
        self._view.release()  # an mmap cannot be closed while a view of it is alive
        super().close()


def _read_part(data: bytes | mmap.mmap, start: int, end: int) -> io.BufferedReader:
    """``data[start:end]`` as a stream for ``pyoxigraph`` (whose ``parse`` and ``bulk_load``
    take bytes or a stream, not a memoryview), instead of a bytes copy of the part.

    Close it (``with``) before closing an ``mmap`` it reads from.

    Example:
        >>> with _read_part(b"<a> <b> <c> .\\n<d> <e> <f> .\\n", 14, 28) as part:
        ...     part.read()
        b'<d> <e> <f> .\\n'
    """
    return io.BufferedReader(_Part(data, start, end), buffer_size=_PART_BUFFER)


def _file_error(error: SyntaxError, lines_before: int, filename: str | None) -> SyntaxError:
    """The parser ``error`` of a part starting after ``lines_before`` lines of the data, as
    the parser reports it for the whole file: file line numbers, and the file's name.

    Example:
        >>> part = SyntaxError("Parser error at line 4 column 1: bad", (None, 4, 1, None, 5, 1))
        >>> str(_file_error(part, 10, "/data/big.nq"))
        'Parser error at line 14 column 1: bad (big.nq, line 14)'
    """

    def shift(line: int | None) -> int | None:
        return None if line is None else line + lines_before

    message = re.sub(
        r"\bline (\d+)", lambda m: f"line {int(m[1]) + lines_before}", error.msg or str(error)
    )
    place = (filename, shift(error.lineno), error.offset, error.text)
    return SyntaxError(message, (*place, shift(error.end_lineno), error.end_offset))


def _part_results(
    data: bytes | mmap.mmap,
    chunks: Sequence[tuple[int, int]],
    futures: Sequence[Future[Any]],
    filename: str | None = None,
) -> list[Any]:
    """The results of the finished futures of the parts ``chunks`` of ``data``, in order.

    The error of the first failed part, in file order, is raised; a syntax error as the parser
    reports one in the whole file ``filename`` (:func:`_file_error`), so a parallel load or
    parse reports the same line and file as one pass over the file.
    """
    results = []
    for (start, _end), future in zip(chunks, futures, strict=True):
        error = future.exception()
        if isinstance(error, SyntaxError):
            raise _file_error(error, data[:start].count(b"\n"), filename) from error
        results.append(future.result())
    return results


@dataclass(frozen=True)
class _ScannedFile:
    """The path of a file its caller has scanned for blank node labels (``_:``) and found
    none in, so :meth:`_OxigraphBase.bulk_load` cuts it into parts without scanning it again
    (:func:`~graphkit.store.rdfio.import_rdf` scans it in its validating pass)."""

    path: Path

    def __fspath__(self) -> str:
        return os.fspath(self.path)


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
    body = triples_text(quads)
    return f"DROP SILENT GRAPH {node} ;\nINSERT DATA {{ GRAPH {node} {{\n{body}\n}} }}"


def triples_text(quads: Iterable[ox.Quad]) -> str:
    """The quads' triples as N-Triples lines for SPARQL ``INSERT DATA`` (graph names left out).

    Example:
        >>> import pyoxigraph as ox
        >>> a = ox.NamedNode("http://x/a")
        >>> print(triples_text([ox.Quad(a, a, ox.Literal("1")), ox.Quad(a, a, a)]))
        <http://x/a> <http://x/a> "1" .
        <http://x/a> <http://x/a> <http://x/a> .
    """
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


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

    def bulk_load(
        self,
        data: bytes | str | os.PathLike[str],
        fmt: ox.RdfFormat,
        *,
        threads: int | None = None,
        to_graph: str | None = None,
        lenient: bool = False,
    ) -> None:
        """Fast NON-transactional load of serialised RDF (big imports, benchmarks).

        N-Quads and N-Triples are cut at line ends into ``threads`` parts, each loaded by its
        own ``Store.bulk_load`` in a thread (pyoxigraph releases the GIL, so the parts parse
        and write on separate cores; CPU time is not reduced, wall time is). Other formats,
        and line formats holding blank node labels (``_:``: Oxigraph renames blank nodes per
        ``bulk_load`` call, so one label in two parts would become two nodes), go in one piece.
        Quads are added to what the store holds; nothing is replaced. Blank nodes get fresh
        identifiers in the store.

        Not atomic: when a part fails (syntax error, I/O error), what the other parts and
        the failed part had written before the error stays in the store.

        Args:
            data: The RDF text as bytes, or the path of a file holding it (read via ``mmap``).
            fmt: Its pyoxigraph ``RdfFormat``.
            threads: Parallel parts for line formats; default :func:`default_threads`.
            to_graph: Named graph for the default-graph triples (default: the default graph).
            lenient: Skip some of Oxigraph's validation, such as of IRIs (faster; only for
                data already validated, e.g. by a strict ``pyoxigraph.parse`` pass).

        Raises:
            InputError: ``threads`` below 1.
            StoreError: A part failed (the first failing part, in file order, is reported;
                a syntax error reads as in a load in one piece: the file's name and the line
                in the whole data).

        Example:
            >>> import pyoxigraph as ox
            >>> backend = MemoryBackend()
            >>> lines = b"".join(b"<http://x/s%d> <http://x/p> \\"%d\\" .\\n" % (i, i) for i in range(9))
            >>> backend.bulk_load(lines, ox.RdfFormat.N_TRIPLES, threads=3)
            >>> len(backend)
            9
        """
        import pyoxigraph as ox

        parts = load_threads(threads)
        options: dict[str, Any] = {
            "format": fmt,
            "to_graph": ox.NamedNode(to_graph) if to_graph else None,
            "lenient": lenient,
        }
        split = is_line_format(fmt) and parts > 1
        try:
            if isinstance(data, bytes):
                if split and not BLANK_LABEL.search(data):
                    self._load_chunks(data, line_chunks(data, parts), options)
                else:
                    self.store.bulk_load(data, **options)
                return
            scanned = isinstance(data, _ScannedFile)
            path = Path(data)
            with path.open("rb") as file:
                if split and os.fstat(file.fileno()).st_size > 0:
                    with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                        if scanned or not BLANK_LABEL.search(mapped):
                            chunks = line_chunks(mapped, parts)
                            self._load_chunks(mapped, chunks, options, str(path))
                            return
            self.store.bulk_load(path=str(path), **options)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"bulk load into {self.location} failed: {err}") from err

    def _load_chunks(
        self,
        data: bytes | mmap.mmap,
        chunks: list[tuple[int, int]],
        options: dict[str, Any],
        filename: str | None = None,
    ) -> None:
        """``Store.bulk_load`` each ``data[start:end]`` in its own thread, read in place;
        once all have finished, raise the error of the first failed chunk in file order (a
        syntax error with file line numbers and ``filename``, see :func:`_part_results`)."""

        def load(bounds: tuple[int, int]) -> None:
            with _read_part(data, *bounds) as part:
                self.store.bulk_load(part, **options)

        if not chunks:  # no data
            return
        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            futures = [pool.submit(load, bounds) for bounds in chunks]
        _part_results(data, chunks, futures, filename)  # the pool has shut down: all finished

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
