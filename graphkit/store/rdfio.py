"""Moving RDF in and out of a store: export, import, rdflib and SHACL.

Functions take the backend first; :class:`~graphkit.store.graph.KnowledgeGraph` wraps them.

Example:
    >>> from graphkit.store.embedded import MemoryBackend
    >>> export_store(MemoryBackend(), "nquads")
    b''
"""

from __future__ import annotations

import mmap
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from graphkit.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

    from graphkit.store.backends import Backend

__all__ = [
    "BULK_IMPORT_FORMATS",
    "DEFAULT_BULK_IMPORT_BYTES",
    "EXPORT_FORMATS",
    "drop_graphs",
    "export_store",
    "import_rdf",
    "to_dataset",
    "validate_store",
]

#: Export format names to pyoxigraph ``RdfFormat`` attribute names.
EXPORT_FORMATS = {
    "trig": "TRIG",
    "nquads": "N_QUADS",
    "turtle": "TURTLE",
    "ntriples": "N_TRIPLES",
    "jsonld": "JSON_LD",
}

#: Files of at least this many bytes take the fast path of :func:`import_rdf` on stores that
#: have a ``bulk_load`` (embedded Oxigraph, on disk or in memory).
DEFAULT_BULK_IMPORT_BYTES = 32 * 1024 * 1024
#: Media types the fast import path takes: formats whose blank node labels are written ``_:``,
#: so one byte scan tells whether a file has any (RDF/XML ``rdf:nodeID`` and N3 are left out).
BULK_IMPORT_FORMATS = frozenset(
    {
        "application/n-quads",
        "application/n-triples",
        "text/turtle",
        "application/trig",
        "application/ld+json",
    }
)


def export_store(
    backend: Backend, format: str = "trig", out: str | Path | None = None
) -> bytes | None:
    """Serialise the whole store.

    ``trig``, ``nquads`` and ``jsonld`` keep the named graphs; ``turtle`` and ``ntriples``
    merge every graph into one.

    Returns:
        The bytes when ``out`` is None, else None after writing the file.

    Raises:
        InputError: Unknown format.
    """
    import pyoxigraph as ox

    from graphkit.store.graph import prefixes

    if format not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {format!r}; use {', '.join(EXPORT_FORMATS)}")
    fmt = getattr(ox.RdfFormat, EXPORT_FORMATS[format])
    data: Iterable[Any] = backend.quads()
    if not fmt.supports_datasets:
        data = {ox.Triple(q.subject, q.predicate, q.object) for q in data}
    kwargs: dict[str, Any] = {}
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE):
        kwargs["prefixes"] = prefixes()
    if out is None:
        return ox.serialize(data, format=fmt, **kwargs)
    ox.serialize(data, str(out), format=fmt, **kwargs)
    return None


def import_rdf(
    backend: Backend,
    path: str | Path,
    *,
    graph: str | None = None,
    bulk: bool | None = None,
    threads: int | None = None,
) -> int:
    """Import an RDF file; the format comes from the extension (.trig .nq .ttl .nt .jsonld .rdf).

    Each named graph in the file replaces the store's graph of that name, so importing an
    export twice changes nothing; default-graph triples go to ``graph`` (replacing it) when
    given, else they are added to the store's default graph. The whole file is parsed before
    anything is written, so a syntax error writes nothing.

    Big files (``DEFAULT_BULK_IMPORT_BYTES`` and up) on stores with a ``bulk_load`` (embedded
    Oxigraph; not a remote endpoint) take a fast path with the same result: a strict
    validating pass that parses the file and only counts quads and notes graph names (in
    parallel parts for N-Quads and N-Triples), then one SPARQL update per graph dropping the
    store's graphs the file names (and ``graph`` when default-graph triples go there), then a
    parallel, non-transactional ``bulk_load``. After a successful validation the only
    failure that can leave the store half-written (some of those graphs dropped, part of the
    file loaded) is an I/O error, such as a full disk; the file must not change meanwhile
    (the load skips the checks the validating pass made, its scan for blank node labels
    included). Files holding blank node labels (``_:``) or blank-node graph names, and
    RDF/XML or N3 files, always take the transactional path, which keeps blank node labels
    as written; blank nodes written without a label (``[]``) get fresh identifiers on both
    paths.

    Args:
        backend: The store.
        path: The RDF file.
        graph: Named graph for the file's default-graph triples (replaced).
        bulk: ``None`` picks the fast path by file size; ``True`` takes it for any size
            (where the store and the file allow it); ``False`` never.
        threads: Parallel parts of the fast path (default: the CPUs, at most 8).

    Returns:
        The number of quads read.

    Raises:
        InputError: Missing file, unknown extension, or a syntax error (nothing written).
        StoreError: The store failed a write.

    Example:
        >>> import tempfile
        >>> from graphkit.store.embedded import MemoryBackend
        >>> backend = MemoryBackend()
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     nq = Path(tmp) / "data.nq"
        ...     _ = nq.write_text('<http://x/a> <http://x/p> "1" <http://x/g> .\\n')
        ...     import_rdf(backend, nq, bulk=True), import_rdf(backend, nq, bulk=True)
        (1, 1)
        >>> len(backend)
        1
    """
    import pyoxigraph as ox

    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file to import: {str(file)!r}")
    fmt = ox.RdfFormat.from_extension(file.suffix.lstrip(".").lower())
    if fmt is None:
        raise InputError(f"unknown RDF file extension {file.suffix!r} of {str(file)!r}")
    fast = file.stat().st_size >= DEFAULT_BULK_IMPORT_BYTES if bulk is None else bulk
    if fast and hasattr(backend, "bulk_load") and fmt.media_type in BULK_IMPORT_FORMATS:
        count = _bulk_import(backend, file, fmt, graph, threads)
        if count is not None:
            return count
    try:
        quads = list(ox.parse(path=str(file), format=fmt))
    except (SyntaxError, ValueError, OSError) as err:
        raise InputError(f"cannot parse {str(file)!r}: {err}") from err
    graphs: dict[str, list[ox.Quad]] = {}
    loose: list[ox.Quad] = []
    target = ox.NamedNode(graph) if graph else None
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            if target is None:
                loose.append(q)
                continue
            q = ox.Quad(q.subject, q.predicate, q.object, target)
        graphs.setdefault(str(q.graph_name.value), []).append(q)
    if graphs:
        backend.replace_graphs(graphs)
    if loose:
        backend.add_quads(loose)
    return len(quads)


def drop_graphs(graphs: Iterable[str]) -> str:
    """SPARQL update text dropping each named graph (one transaction when run as one update).

    Example:
        >>> drop_graphs(["http://x/g1", "http://x/g2"])
        'DROP SILENT GRAPH <http://x/g1> ;\\nDROP SILENT GRAPH <http://x/g2>'
    """
    import pyoxigraph as ox

    return " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in graphs)


@dataclass(frozen=True)
class _Scan:
    """What the validating pass learnt: quads read, named graphs, default-graph triples,
    and whether a graph name is a blank node."""

    quads: int
    graphs: frozenset[str]
    default: bool
    blank_graph: bool


def _scan(fmt: ox.RdfFormat, data: IO[bytes] | None = None, path: Path | None = None) -> _Scan:
    """Parse strictly, keeping no quad (raises pyoxigraph's ``SyntaxError``)."""
    import pyoxigraph as ox

    quads = 0
    graphs: set[str] = set()
    default = blank = False
    last: object = None
    source = ox.parse(data, format=fmt) if path is None else ox.parse(path=str(path), format=fmt)
    for quad in source:
        quads += 1
        name = quad.graph_name
        if name == last:  # quads of one graph mostly come together
            continue
        last = name
        if isinstance(name, ox.DefaultGraph):
            default = True
        elif isinstance(name, ox.BlankNode):
            blank = True
        else:
            graphs.add(name.value)
    return _Scan(quads, frozenset(graphs), default, blank)


def _scan_part(fmt: ox.RdfFormat, data: mmap.mmap, start: int, end: int) -> _Scan:
    """:func:`_scan` of ``data[start:end]``, read in place (no copy of the part)."""
    from graphkit.store.embedded import _read_part

    with _read_part(data, start, end) as part:
        return _scan(fmt, part)


def _validate(file: Path, fmt: ox.RdfFormat, parts: int) -> _Scan | None:
    """The validating pass of the fast import; None when the file has blank node labels.

    N-Quads and N-Triples are parsed in ``parts`` line-aligned parts on a thread pool (each
    line stands alone once no blank node label is shared), each read in place from the
    ``mmap`` of the file; other formats in one piece.
    """
    from graphkit.store.embedded import BLANK_LABEL, _part_results, is_line_format, line_chunks

    with file.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if BLANK_LABEL.search(data):
            return None
        if not is_line_format(fmt) or parts == 1:
            return _scan(fmt, path=file)
        chunks = line_chunks(data, parts)
        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            futures = [pool.submit(_scan_part, fmt, data, a, b) for a, b in chunks]
        scans: list[_Scan] = _part_results(data, chunks, futures, str(file))
    return _Scan(
        sum(s.quads for s in scans),
        frozenset().union(*(s.graphs for s in scans)),
        any(s.default for s in scans),
        any(s.blank_graph for s in scans),
    )


def _bulk_import(
    backend: Any, file: Path, fmt: ox.RdfFormat, graph: str | None, threads: int | None
) -> int | None:
    """The fast path of :func:`import_rdf`; None when the file needs the transactional path."""
    from graphkit.store.embedded import _ScannedFile, load_threads

    parts = load_threads(threads)
    if file.stat().st_size == 0:
        return None
    try:
        scan = _validate(file, fmt, parts)
    except (SyntaxError, ValueError, OSError) as err:
        raise InputError(f"cannot parse {str(file)!r}: {err}") from err
    if scan is None or scan.blank_graph:
        return None
    replaced = set(scan.graphs)
    if scan.default and graph:
        replaced.add(graph)
    # One update per graph: dropping 3,500 graphs of 1.07M quads in one transaction took
    # 32 s and ~300 MB more memory, one transaction per graph 12 s (pyoxigraph 0.5.13).
    for name in sorted(replaced):
        if backend.graph_exists(name):
            backend.update(drop_graphs([name]))
    # The validating pass found no blank node label: the load need not scan the file again.
    backend.bulk_load(_ScannedFile(file), fmt, threads=parts, to_graph=graph, lenient=True)
    return scan.quads


def to_dataset(backend: Backend) -> rdflib.Dataset:
    """The whole store as an rdflib ``Dataset`` (a copy), graphkit prefixes bound."""
    import rdflib

    from graphkit.namespace import bind_prefixes

    dataset = rdflib.Dataset()
    payload = export_store(backend, "nquads") or b""
    dataset.parse(data=payload.decode("utf-8"), format="nquads")
    bind_prefixes(dataset)
    return dataset


def _split_shapes(shapes: rdflib.Graph) -> tuple[rdflib.Graph, rdflib.Graph]:
    """``(data shapes, ontology shapes)``: shapes that aim SPARQL constraints at ontology
    terms (``sh:targetNode`` + ``sh:sparql``) move to the second graph."""
    import rdflib
    from rdflib.namespace import SH

    ontology_shapes = {
        shape
        for shape in shapes.subjects(SH.sparql, None)
        if (shape, SH.targetNode, None) in shapes
    }
    data = rdflib.Graph()
    for triple in shapes:
        if not (triple[0] in ontology_shapes and triple[1] == SH.sparql):
            data.add(triple)
    for prefix, namespace in shapes.namespaces():
        data.bind(prefix, namespace)
    return data, shapes


def validate_store(backend: Backend) -> tuple[bool, str]:
    """SHACL-validate the store with ``ontologies/shapes.ttl`` (pyshacl).

    All graphs are merged into one data graph, so shapes can follow statements to the KB
    actors and the ontology's class hierarchy. The SPARQL-based shapes about ontology terms
    (every relation has its annotations, one group, matching polarity) are checked against
    the store's ontology graph alone: run over the merged graph, rdflib's SPARQL engine
    needs minutes for them, and they concern no other graph.

    Returns:
        ``(conforms, report text)``.
    """
    import pyoxigraph as ox
    import pyshacl
    import rdflib

    from graphkit.ontology import load_shapes
    from graphkit.store.mapping import ONTOLOGY_GRAPH

    quads = list(backend.quads())
    merged = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    onto = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in quads
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ONTOLOGY_GRAPH
    ]
    graphs = []
    for triples in (merged, onto):
        graph = rdflib.Graph()
        payload = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        graph.parse(data=payload.decode("utf-8"), format="nt")
        graphs.append(graph)
    data_shapes, all_shapes = _split_shapes(load_shapes())
    reports = []
    conforms = True
    for graph, shapes, title in (
        (graphs[0], data_shapes, "all graphs"),
        (graphs[1], all_shapes, "ontology graph"),
    ):
        ok, _report, text = pyshacl.validate(
            graph, shacl_graph=shapes, inference="none", allow_warnings=True
        )
        conforms = conforms and bool(ok)
        reports.append(f"# SHACL over {title}\n{text}")
    return conforms, "\n".join(reports)
