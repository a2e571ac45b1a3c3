"""``KnowledgeGraph``: the stance knowledge graph in a store, queried with SPARQL.

The same class works over every backend: an Oxigraph folder (the default), an in-memory
store, or a remote SPARQL 1.1 endpoint. Every store also holds the ontology and the actor
knowledge base in their own named graphs, so queries can use labels, ``owl:sameAs``,
``rdfs:subPropertyOf`` and memberships directly.

Example:
    >>> kg = KnowledgeGraph.memory()
    >>> n = kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH gkg:ontology { ?s ?p ?o } }")
    >>> int(n["n"][0]) > 100
    True
    >>> frame = kg.query("SELECT ?r WHERE { GRAPH ?g { ?r rdfs:subPropertyOf gk:hostileRelation } }",
    ...                  r="gk:condemns")
    >>> frame["r"].tolist()
    ['https://w3id.org/graphkit/ontology#condemns']
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import InputError, QueryError, StoreError
from graphkit.store.backends import backend_name, get_backend
from graphkit.store.mapping import (
    ACTORS_GRAPH,
    ONTOLOGY_GRAPH,
    ExtractionRun,
)
from graphkit.store.results import outcome_frame, to_term
from graphkit.store.sparqltext import query_form, refused_keywords
from graphkit.store.summary import IngestSummary
from graphkit.store.writing import DEFAULT_LOOKUP_BATCH
from graphkit.types import Document, Statement

if TYPE_CHECKING:
    import pandas as pd
    import pyoxigraph as ox
    import rdflib

    from graphkit.store.backends import Backend

__all__ = [
    "DEFAULT_LOOKUP_BATCH",
    "QUERIES_DIR",
    "IngestSummary",
    "KnowledgeGraph",
    "named_queries",
    "prefixes",
]

#: Folder of the query cookbook (``<name>.rq``).
QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"
_VERSION_PREDICATE = "http://purl.org/dc/terms/hasVersion"
_SYSTEM_MARKER = "ASK WHERE { GRAPH ?g { ?g <" + _VERSION_PREDICATE + "> ?v } }"
_LABELS = (
    "SELECT ?s ?label WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> "
    '?label } FILTER(LANG(?label) = "" || LANGMATCHES(LANG(?label), "en")) }'
)


def prefixes() -> dict[str, str]:
    """Prefixes every query may use without declaring them (``gk:``, ``gka:``, ``gkg:``...).

    Example:
        >>> prefixes()["gkg"]
        'https://w3id.org/graphkit/graph/'
    """
    from graphkit.namespace import PREFIXES

    return {**PREFIXES, "gkg": ONTOLOGY_GRAPH.rsplit("/", 1)[0] + "/"}


def named_queries() -> dict[str, str]:
    """The cookbook: query name to the first line of its header comment.

    Example:
        >>> "stance_matrix" in named_queries()
        True
    """
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        out[path.stem] = first[0].lstrip("# ").strip() if first else ""
    return out


def _system_files() -> dict[str, Path]:
    from graphkit.ontology import ONTOLOGY_DIR, ontology_path

    files = {ONTOLOGY_GRAPH: ontology_path()}
    actors = ONTOLOGY_DIR / "actors.ttl"
    if actors.is_file():
        files[ACTORS_GRAPH] = actors
    else:
        warnings.warn(f"actor knowledge base {actors} not found; no actors graph", stacklevel=3)
    return files


class KnowledgeGraph:
    """A stance knowledge graph in a store.

    Open one with :meth:`open` (folder, ``:memory:`` or URL), :meth:`memory` or
    :meth:`connect`; use it as a context manager to release the store.
    """

    def __init__(self, backend: Backend, *, load_system_graphs: bool = True) -> None:
        self.backend = backend
        self._labels: dict[str, str] | None = None
        if not load_system_graphs:
            return
        try:
            self.ensure_system_graphs()
        except StoreError as err:
            if backend_name(backend.location) != "sparql":
                raise
            # a read-only endpoint: usable for queries, just without fresh system graphs
            warnings.warn(
                f"cannot load the ontology/KB graphs into {backend.location}: {err}", stacklevel=2
            )

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.location!r})"

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, spec: str | Path = "graphkit-store", **options: Any) -> KnowledgeGraph:
        """Open a store: a folder (created when missing), ``:memory:`` or an endpoint URL.

        Raises:
            StoreError: A corrupt or foreign folder, a store in use, an unreachable endpoint.
        """
        text = str(spec)
        name = backend_name(text)
        if name == "memory":
            return cls.memory()
        if name == "sparql":
            return cls.connect(text, **options)
        return cls(get_backend("oxigraph")(Path(text)))

    @classmethod
    def memory(cls) -> KnowledgeGraph:
        """A fresh in-memory store."""
        return cls(get_backend("memory")())

    @classmethod
    def connect(cls, url: str, **options: Any) -> KnowledgeGraph:
        """A remote SPARQL 1.1 endpoint (options: see :class:`~graphkit.store.remote.SparqlBackend`)."""
        return cls(get_backend("sparql")(url, **options))

    @property
    def location(self) -> str:
        """Folder, ``:memory:`` or URL of the store."""
        return self.backend.location

    def flush(self) -> None:
        """Write the store's in-memory write buffers to disk (embedded on-disk store; a no-op
        for the in-memory store and remote endpoints).

        Raises:
            StoreError: The store is closed or the write failed.
        """
        self.backend.flush()

    def close(self) -> None:
        """Flush and release the store."""
        self.backend.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        """Number of quads in the store (all graphs)."""
        return len(self.backend)

    def ensure_system_graphs(self) -> None:
        """Load the ontology and the actor KB into their graphs when missing or stale."""
        import pyoxigraph as ox

        stale: dict[str, list[ox.Quad]] = {}
        for graph, path in _system_files().items():
            data = path.read_bytes()
            version = ox.Literal("sha256:" + hashlib.sha256(data).hexdigest())
            if self.backend.query(_SYSTEM_MARKER, {"g": ox.NamedNode(graph), "v": version}):
                continue
            node = ox.NamedNode(graph)
            try:
                parsed = ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri())
                quads = [ox.Quad(q.subject, q.predicate, q.object, node) for q in parsed]
            except SyntaxError as err:
                raise StoreError(f"cannot parse {path}: {err}") from err
            quads.append(ox.Quad(node, ox.NamedNode(_VERSION_PREDICATE), version, node))
            stale[graph] = quads
        for graph, quads in stale.items():
            self.backend.replace_graphs({graph: quads})
        if stale:
            self._labels = None

    # -- writing -------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[tuple[Document, Sequence[Statement]]] | Iterable[Document],
        *,
        run: ExtractionRun | None = None,
        batch_size: int = 64,
        on_error: str = "raise",
        progress: bool = False,
        bulk: bool = False,
        digests: Iterable[str] | None = None,
    ) -> IngestSummary:
        """Write articles and their statements, one named graph per article.

        Re-ingesting an article replaces its graph. Each article is written whole or not at
        all: a bad statement fails its article before anything of it is written.

        Args:
            items: ``(Document, statements)`` pairs, or bare Documents, which are run through
                :func:`graphkit.extract.extract_documents` first.
            run: Provenance of the statements; by default the current graphkit version and
                the spaCy model when documents are extracted here, else ``"unknown"``.
            batch_size: Articles per write.
            on_error: ``"raise"`` (default) or ``"skip"`` (count the article as skipped, record
                its error, go on).
            progress: Show a tqdm progress bar with articles/s.
            bulk: Write articles new to an embedded store with Oxigraph's bulk loader
                (about 4x less CPU on disk) instead of a transaction; a failed write is
                undone, but a crash in the middle of it can leave a partial article. Existing
                articles are always replaced in a transaction.
            digests: The text hash (:func:`~graphkit.store.mapping.text_hash`) of each item's
                document, in order, when the caller has them already (to look the articles
                up with :meth:`stored_articles`, say), so the texts are not hashed again.
                They are not checked against the texts: a wrong one files the article under
                the wrong graph.

        Raises:
            InputError: A document or statement that cannot be written (``on_error="raise"``);
                the articles before it are written. Or ``digests`` that are not one text hash
                per item.
            StoreError: The store failed a write.

        Example:
            >>> from graphkit.store.mapping import text_hash
            >>> kg = KnowledgeGraph.memory()
            >>> doc = Document("a", "NATO met.")
            >>> kg.ingest([(doc, [])], digests=[text_hash(doc.text)]).articles
            1
            >>> kg.stored_articles([text_hash("NATO met.")]) == {text_hash("NATO met.")}
            True
        """
        from graphkit.store.writing import write_articles

        try:
            return write_articles(
                self.backend,
                items,
                run=run,
                batch_size=batch_size,
                on_error=on_error,
                progress=progress,
                bulk=bulk,
                digests=digests,
            )
        finally:
            self._labels = None

    def stored_articles(
        self, hashes: Collection[str], *, batch_size: int = DEFAULT_LOOKUP_BATCH
    ) -> set[str]:
        """Which article text hashes (:func:`~graphkit.store.mapping.text_hash`) are stored.

        One SPARQL query per ``batch_size`` hashes, so a remote endpoint answers a batch in
        one request.

        Args:
            hashes: SHA-256 hex digests (64 lowercase hex characters).
            batch_size: Hashes per query.

        Returns:
            The hashes whose article graph exists.

        Raises:
            InputError: A hash that is not a lowercase SHA-256 hex digest, or a batch size
                below 1.

        Example:
            >>> from graphkit.store.mapping import text_hash
            >>> from graphkit.types import Document
            >>> kg = KnowledgeGraph.memory()
            >>> _ = kg.ingest([(Document("a", "NATO met."), [])])
            >>> kg.stored_articles([text_hash("NATO met."), text_hash("EU met.")]) == {
            ...     text_hash("NATO met.")}
            True
        """
        from graphkit.store.writing import stored_articles

        return stored_articles(self.backend, hashes, batch_size=batch_size)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update. ``LOAD`` and ``SERVICE`` are refused (nothing leaves the
        machine); the ontology and actor graphs are restored afterwards if it removed them.

        Raises:
            QueryError: Not an update, a refused keyword, or malformed.
        """
        refused = refused_keywords(sparql)
        if refused:
            raise QueryError(f"{' and '.join(sorted(set(refused)))} refused in updates")
        if query_form(sparql) != "UPDATE":
            raise QueryError("update() runs SPARQL updates; use query() for queries")
        self.backend.update(sparql, prefixes())
        self._labels = None
        self.ensure_system_graphs()

    def import_file(self, path: str | Path, *, graph: str | None = None) -> int:
        """Import an RDF file; see :func:`~graphkit.store.rdfio.import_rdf`.

        Raises:
            InputError: Missing file, unknown extension, or a syntax error (nothing written).
        """
        from graphkit.store.rdfio import import_rdf

        count = import_rdf(self.backend, path, graph=graph)
        self._labels = None
        return count

    def export(self, format: str = "trig", out: str | Path | None = None) -> bytes | None:
        """Serialise the store as ``trig``, ``nquads``, ``jsonld`` (graphs kept), ``turtle``
        or ``ntriples`` (graphs merged); bytes, or None after writing ``out``.

        Raises:
            InputError: Unknown format.
        """
        from graphkit.store.rdfio import export_store

        return export_store(self.backend, format, out)

    def to_rdflib(self) -> rdflib.Dataset:
        """The whole store as an rdflib ``Dataset`` (a copy)."""
        from graphkit.store.rdfio import to_dataset

        return to_dataset(self.backend)

    def validate(self) -> tuple[bool, str]:
        """SHACL-validate the store with ``ontologies/shapes.ttl``: ``(conforms, report)``."""
        from graphkit.store.rdfio import validate_store

        return validate_store(self.backend)

    # -- reading -------------------------------------------------------------------------

    def query(self, sparql: str, *, labels: bool = False, **bindings: Any) -> pd.DataFrame:
        """Run a SPARQL query; variables given as keywords are bound (never formatted in).

        Prefixes from :func:`prefixes` need no declaration. Binding values: see
        :func:`~graphkit.store.results.to_term` (``actor="gka:CHN"`` binds an IRI).

        Args:
            sparql: SELECT, ASK, CONSTRUCT or DESCRIBE.
            labels: Show ``rdfs:label`` instead of IRIs where there is one.
            **bindings: Variable name to value.

        Returns:
            SELECT: one column per variable; ASK: column ``ask``; CONSTRUCT/DESCRIBE:
            ``subject``, ``predicate``, ``object``.

        Raises:
            QueryError: Malformed, an update, a binding of a variable not in the SELECT
                clause, or ``SERVICE`` (would send the query off the machine).
        """
        if query_form(sparql) == "UPDATE":
            raise QueryError("query() runs queries; use update() for SPARQL updates")
        if "SERVICE" in refused_keywords(sparql):
            raise QueryError("SERVICE refused: queries do not reach out to other endpoints")
        terms = {name.lstrip("?$"): to_term(value) for name, value in bindings.items()}
        outcome = self.backend.query(sparql, terms, prefixes())
        return outcome_frame(outcome, self.labels() if labels else None)

    def named_query(self, name: str, *, labels: bool = False, **bindings: Any) -> pd.DataFrame:
        """Run ``graphkit/queries/<name>.rq`` with bindings (see :func:`named_queries`).

        Raises:
            QueryError: No such query.
        """
        path = QUERIES_DIR / f"{name}.rq"
        if not name.isidentifier() or not path.is_file():
            raise QueryError(f"no named query {name!r}; available: {', '.join(named_queries())}")
        return self.query(path.read_text(encoding="utf-8"), labels=labels, **bindings)

    def labels(self) -> dict[str, str]:
        """IRI to ``rdfs:label`` (English or untagged) over all graphs, cached."""
        if self._labels is None:
            found: dict[str, str] = {}
            for row in self.backend.query(_LABELS):
                found.setdefault(row["s"].value, row["label"].value)
            self._labels = found
        return self._labels

    def statements(
        self,
        *,
        actor: str | None = None,
        subject: str | None = None,
        relation: str | None = None,
        asserted: bool | None = None,
        negated: bool | None = None,
        article: str | None = None,
        labels: bool = False,
    ) -> pd.DataFrame:
        """Statements with their evidence and provenance, filtered by bindings.

        Args:
            actor: Actor IRI or CURIE as subject or object (adds ``actor`` and ``role``).
            subject: Actor as subject.
            relation: Relation local name (``"condemns"``), CURIE or IRI.
            asserted: Only asserted (True) or only not asserted (False) statements.
            negated: Only negated / only not negated statements.
            article: Article graph IRI (not with ``actor``).
            labels: Labels instead of IRIs.

        Raises:
            InputError: Unknown relation name.
        """
        from graphkit.errors import OntologyError
        from graphkit.ontology import relation as lookup

        bindings: dict[str, Any] = {}
        if relation is not None:
            try:
                bindings["relation"] = to_term(str(lookup(relation).iri))
            except OntologyError as err:
                raise InputError(str(err)) from err
        for key, value in (("asserted", asserted), ("negated", negated)):
            if value is not None:
                bindings[key] = bool(value)
        if actor is not None:
            if subject is not None or article is not None:
                raise InputError("statements(): give actor alone, or subject/article")
            return self.named_query("statements_about", labels=labels, actor=actor, **bindings)
        if subject is not None:
            bindings["subject"] = subject
        if article is not None:
            bindings["article"] = article
        return self.named_query("statements", labels=labels, **bindings)

    def count_actors(self) -> int:
        """Distinct actors that are the subject or object of a statement in some article."""
        frame = self.named_query("actor_count")
        return int(frame.iloc[0, 0]) if len(frame) else 0

    @staticmethod
    def named_queries() -> dict[str, str]:
        """The query cookbook: name -> first comment line of ``graphkit/queries/NAME.rq``."""
        return named_queries()

    def statement_graph(self, **options: Any) -> Any:
        """The statement multigraph (:func:`graphkit.analysis.statement_graph` of this store)."""
        from graphkit.analysis import statement_graph

        return statement_graph(self, **options)

    def to_html(
        self,
        path: str | Path | None = None,
        *,
        include_claims: bool = True,
        include_negated: bool = True,
        **options: Any,
    ) -> str | Path:
        """The interactive stance graph of this store as one self-contained HTML page.

        Claims and negated acts are included (drawn dashed and dotted, never as hostility);
        ``options`` go to :func:`graphkit.viz.render_html` (``focus``, ``depth``,
        ``relations``, ``polarity``, ``since``, ``until``, ``node_color``, ...).

        Returns:
            The written path when ``path`` is given, else the HTML text.
        """
        from graphkit.viz import render_html, write_html

        graph = self.statement_graph(include_claims=include_claims, include_negated=include_negated)
        if path is None:
            return render_html(graph, **options)
        return write_html(graph, path, **options)

    def show(
        self, *, include_claims: bool = True, include_negated: bool = True, **options: Any
    ) -> Any:
        """Render the stance graph inline in Jupyter (an isolated iframe; see ``to_html``)."""
        from graphkit.viz import show_inline

        graph = self.statement_graph(include_claims=include_claims, include_negated=include_negated)
        return show_inline(graph, **options)
