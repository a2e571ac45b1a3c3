"""A remote SPARQL 1.1 endpoint as a store (Oxigraph server, Fuseki, GraphDB, Neptune...).

Queries and updates go through the SPARQL 1.1 Protocol (form-encoded POST); a single
article graph is replaced with the Graph Store HTTP Protocol (``PUT ?graph=``), which the
server applies atomically; many graphs are written in batches, each batch one SPARQL update
(``DROP SILENT GRAPH …; INSERT DATA …`` per graph, atomic on the server). When a batch
fails, its graphs are retried one ``PUT`` at a time so one bad article cannot take the
others down with it.

Endpoint URLs: ``http://host:7878`` means the Oxigraph layout (``/query``, ``/update``,
``/store``); a URL ending in ``/query`` or ``/sparql`` is the query endpoint and its
siblings ``/update`` and ``/store`` are assumed; both can be given explicitly.

Example:
    >>> endpoint_urls("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> endpoint_urls("http://h/ds/query", store_url="http://h/ds/data")[1:]
    ('http://h/ds/update', 'http://h/ds/data')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from graphkit.errors import QueryError, StoreError
from graphkit.store.embedded import insert_data, triples_text
from graphkit.store.sparqltext import inject_values

if TYPE_CHECKING:
    import httpx
    import pyoxigraph as ox

__all__ = ["DEFAULT_BATCH_TRIPLES", "SparqlBackend", "endpoint_urls"]

#: Triples per batched update request.
DEFAULT_BATCH_TRIPLES = 20_000
_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/sparql-results+xml;q=0.5"
)
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
_GRAPH_EXISTS = "ASK WHERE { GRAPH ?g { ?s ?p ?o } }"
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def _prologue(prefixes: Mapping[str, str] | None) -> str:
    import pyoxigraph as ox

    return "".join(f"PREFIX {p}: {ox.NamedNode(iri)}\n" for p, iri in (prefixes or {}).items())


def endpoint_urls(
    url: str, *, update_url: str | None = None, store_url: str | None = None
) -> tuple[str, str, str]:
    """Query, update and graph-store URLs for an endpoint URL."""
    base = url.rstrip("/")
    if base.endswith(("/query", "/sparql")):
        query_url, base = base, base.rsplit("/", 1)[0]
    else:
        query_url = base + "/query"
    return query_url, update_url or base + "/update", store_url or base + "/store"


class SparqlBackend:
    """A store reached over HTTP.

    Args:
        url: Endpoint URL (see the module docs).
        update_url: SPARQL Update URL, when not the ``/update`` sibling.
        store_url: Graph Store Protocol URL, when not the ``/store`` sibling.
        token: Bearer token sent with every request.
        timeout: Seconds to wait for a response.
        connect_timeout: Seconds to wait for a connection (fails fast when unreachable).
        batch_triples: Triples per batched write.

    Raises:
        StoreError: The endpoint does not answer a trivial ``ASK``.
    """

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        store_url: str | None = None,
        token: str | None = None,
        timeout: float = 120.0,
        connect_timeout: float = 3.0,
        batch_triples: int = DEFAULT_BATCH_TRIPLES,
    ) -> None:
        import httpx

        self.location = url
        self.query_url, self.update_url, self.store_url = endpoint_urls(
            url, update_url=update_url, store_url=store_url
        )
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=connect_timeout), headers=headers
        )
        self.batch_triples = batch_triples
        try:
            self.query("ASK WHERE { }")
        except QueryError as err:
            self._client.close()
            raise StoreError(f"{url} does not behave like a SPARQL endpoint: {err}") from err
        except StoreError:
            self._client.close()
            raise

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        import httpx

        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException as err:
            raise StoreError(f"SPARQL endpoint {url} timed out: {err}") from err
        except httpx.HTTPError as err:
            raise StoreError(f"SPARQL endpoint {url} is unreachable: {err}") from err
        if response.status_code == 400:
            raise QueryError(f"{url} rejected the request: {response.text.strip()}")
        if response.status_code >= 300:
            raise StoreError(
                f"{url} answered HTTP {response.status_code}: {response.text.strip()[:500]}"
            )
        return response

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> object:
        import pyoxigraph as ox

        text = inject_values(sparql, {k: str(v) for k, v in (bindings or {}).items()})
        text = _prologue(prefixes) + text
        response = self._send(
            "POST", self.query_url, data={"query": text}, headers={"Accept": _ACCEPT}
        )
        media = response.headers.get("content-type", "").split(";")[0].strip()
        results_format = ox.QueryResultsFormat.from_media_type(media)
        if results_format is not None:
            parsed = ox.parse_query_results(response.content, format=results_format)
            return bool(parsed) if isinstance(parsed, ox.QueryBoolean) else parsed
        rdf_format = ox.RdfFormat.from_media_type(media)
        if rdf_format is None:
            raise StoreError(f"{self.query_url} answered with unknown media type {media!r}")
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(response.content, format=rdf_format)
        ]

    def update(self, sparql: str, prefixes: Mapping[str, str] | None = None) -> None:
        self._send("POST", self.update_url, data={"update": _prologue(prefixes) + sparql})

    def _put_graph(self, graph: str, quads: Sequence[ox.Quad]) -> None:
        import pyoxigraph as ox

        body = ox.serialize(
            (ox.Triple(q.subject, q.predicate, q.object) for q in quads),
            format=ox.RdfFormat.N_TRIPLES,
        )
        self._send(
            "PUT",
            self.store_url,
            params={"graph": graph},
            content=body or b"",
            headers={"Content-Type": "application/n-triples"},
        )

    def replace_graphs(
        self, graphs: Mapping[str, Sequence[ox.Quad]], *, bulk: bool = False
    ) -> None:
        if len(graphs) == 1:
            ((graph, quads),) = graphs.items()
            self._put_graph(graph, quads)
            return
        batch: list[tuple[str, Sequence[ox.Quad]]] = []
        size = 0
        for graph, quads in graphs.items():
            batch.append((graph, quads))
            size += len(quads)
            if size >= self.batch_triples:
                self._write_batch(batch)
                batch, size = [], 0
        if batch:
            self._write_batch(batch)

    def _write_batch(self, batch: list[tuple[str, Sequence[ox.Quad]]]) -> None:
        try:
            self.update(" ;\n".join(insert_data(graph, quads) for graph, quads in batch))
        except (QueryError, StoreError):
            if len(batch) == 1:
                raise
            for graph, quads in batch:  # one graph at a time: each PUT is atomic
                self._put_graph(graph, quads)

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        import pyoxigraph as ox

        by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
        for q in quads:
            key = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph[key].append(q)
        if not by_graph:
            return
        parts = [
            f"GRAPH {g} {{\n{triples_text(group)}\n}}" if g else triples_text(group)
            for g, group in by_graph.items()
        ]
        self.update("INSERT DATA {\n" + "\n".join(parts) + "\n}")

    def graph_exists(self, graph: str) -> bool:
        import pyoxigraph as ox

        return bool(self.query(_GRAPH_EXISTS, {"g": ox.NamedNode(graph)}))

    def quads(self) -> Iterable[ox.Quad]:
        import pyoxigraph as ox

        for row in self.query(_ALL_QUADS):  # type: ignore[attr-defined]
            graph = row["g"]
            yield ox.Quad(
                row["s"], row["p"], row["o"], graph if graph is not None else ox.DefaultGraph()
            )

    def __len__(self) -> int:
        rows = list(self.query(_COUNT))  # type: ignore[call-overload]
        return int(rows[0]["n"].value)

    def flush(self) -> None:
        """Nothing to flush: the server makes each request durable itself."""

    def close(self) -> None:
        self._client.close()
