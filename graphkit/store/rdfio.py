"""Moving RDF in and out of a store: export, import, rdflib and SHACL.

Functions take the backend first; :class:`~graphkit.store.graph.KnowledgeGraph` wraps them.

Example:
    >>> from graphkit.store.embedded import MemoryBackend
    >>> export_store(MemoryBackend(), "nquads")
    b''
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

    from graphkit.store.backends import Backend

__all__ = ["EXPORT_FORMATS", "export_store", "import_rdf", "to_dataset", "validate_store"]

#: Export format names to pyoxigraph ``RdfFormat`` attribute names.
EXPORT_FORMATS = {
    "trig": "TRIG",
    "nquads": "N_QUADS",
    "turtle": "TURTLE",
    "ntriples": "N_TRIPLES",
    "jsonld": "JSON_LD",
}


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


def import_rdf(backend: Backend, path: str | Path, *, graph: str | None = None) -> int:
    """Import an RDF file; the format comes from the extension (.trig .nq .ttl .nt .jsonld .rdf).

    Each named graph in the file replaces the store's graph of that name, so importing an
    export twice changes nothing; default-graph triples go to ``graph`` (replacing it) when
    given, else they are added to the store's default graph. The file is parsed completely
    before anything is written.

    Returns:
        The number of quads read.

    Raises:
        InputError: Missing file, unknown extension, or a syntax error (nothing written).
    """
    import pyoxigraph as ox

    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file to import: {str(file)!r}")
    fmt = ox.RdfFormat.from_extension(file.suffix.lstrip(".").lower())
    if fmt is None:
        raise InputError(f"unknown RDF file extension {file.suffix!r} of {str(file)!r}")
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
