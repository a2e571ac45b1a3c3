"""``graphkit serve``: a SPARQL 1.1 Protocol endpoint over a store (stdlib ``http.server``).

* ``GET /query?query=…``, ``POST /query`` (``application/sparql-query`` or form-encoded),
  ``POST /update`` (``application/sparql-update`` or form ``update=``); ``/sparql`` is an
  alias of ``/query``.
* Content negotiation (``Accept`` or ``?format=``): SPARQL results as JSON, XML, CSV or
  TSV; CONSTRUCT/DESCRIBE as Turtle or N-Triples.
* Read-only unless started with a write token; updates then need
  ``Authorization: Bearer <token>``.
* ``SERVICE`` and ``LOAD`` are refused (:mod:`graphkit.store.guard`).
* Every query runs in a worker subprocess that owns the store: one that runs past the time
  limit is killed and a fresh worker takes over, so a runaway query cannot keep the server
  stuck; results larger than the size limit are refused.
* Malformed queries get HTTP 400 with the parser's message.

Example:
    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", "SELECT")
    'application/sparql-results+json'
    >>> negotiate("application/n-triples", "CONSTRUCT")
    'application/n-triples'
    >>> negotiate("image/png", "SELECT") is None
    True
"""

from __future__ import annotations

import hmac
import json
import multiprocessing
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from graphkit.errors import QueryError, StoreError
from graphkit.store.guard import RefusedError, check_request

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "QueryWorker",
    "SparqlServer",
    "negotiate",
    "serve",
]

#: Seconds a query may run.
DEFAULT_TIMEOUT = 30.0
#: Largest response body, in bytes.
DEFAULT_MAX_BYTES = 50_000_000
_MAX_REQUEST = 1_000_000
_RESULTS = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
_GRAPHS = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES"}
_FORMAT_PARAM = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}


def negotiate(accept: str | None, form: str) -> str | None:
    """The response media type for an ``Accept`` header and query form, None if none fits."""
    table = _GRAPHS if form in ("CONSTRUCT", "DESCRIBE") else _RESULTS
    default = "text/turtle" if table is _GRAPHS else "application/sparql-results+json"
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality > 0:
            choices.append((-quality, index, media.lower()))
    for _q, _i, media in sorted(choices):
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


class _TooLarge(Exception):
    pass


class _Limited:
    """A write-only buffer that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge(f"result larger than {self.limit} bytes; add a LIMIT")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _boolean_body(value: bool, media: str) -> bytes:
    fmt = _RESULTS[media]
    text = "true" if value else "false"
    if fmt == "JSON":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "XML":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{text}</boolean></sparql>"
        ).encode()
    return (text + "\n").encode()


def _execute(kg: Any, kind: str, text: str, media: str, limit: int) -> bytes:
    import pyoxigraph as ox

    from graphkit.store.graph import prefixes

    if kind == "update":
        kg.update(text)
        return b""
    outcome = kg.backend.query(text, None, prefixes())
    if isinstance(outcome, bool):
        return _boolean_body(outcome, media)
    buffer = _Limited(limit)
    if isinstance(outcome, list):
        if media not in _GRAPHS:
            raise QueryError(f"a CONSTRUCT/DESCRIBE result cannot be sent as {media}")
        ox.serialize(outcome, cast(Any, buffer), format=getattr(ox.RdfFormat, _GRAPHS[media]))
    else:
        if media not in _RESULTS:
            raise QueryError(f"a SELECT result cannot be sent as {media}")
        outcome.serialize(cast(Any, buffer), format=getattr(ox.QueryResultsFormat, _RESULTS[media]))
    return b"".join(buffer.parts)


def _worker_main(conn: Any, spec: str, limit: int) -> None:
    """Subprocess loop: open the store, answer requests until the pipe closes."""
    from graphkit.store.graph import KnowledgeGraph

    try:
        kg = KnowledgeGraph.open(spec)
    except Exception as err:
        conn.send(("fatal", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", ""))
    while True:
        try:
            kind, text, media = conn.recv()
        except (EOFError, OSError):
            break
        try:
            conn.send(("ok", _execute(kg, kind, text, media, limit)))
        except _TooLarge as err:
            conn.send(("too_large", str(err)))
        except QueryError as err:
            conn.send(("bad", str(err)))
        except Exception as err:
            conn.send(("error", f"{type(err).__name__}: {err}"))
    kg.close()


class QueryWorker:
    """A subprocess that owns the store and runs one request at a time with a deadline."""

    def __init__(self, spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.spec = spec
        self.max_bytes = max_bytes
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Any = None
        self.restarts = 0
        self._start()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main, args=(child, self.spec, self.max_bytes), daemon=True
        )
        process.start()
        child.close()
        if not parent.poll(120):
            process.kill()
            raise StoreError(f"store worker for {self.spec} did not start")
        status, message = parent.recv()
        if status != "ready":
            process.join(5)
            raise StoreError(f"cannot open store {self.spec}: {message}")
        self._process, self._conn = process, parent

    def _kill(self) -> None:
        self._process.kill()
        self._process.join(10)
        self._conn.close()

    def run(self, kind: str, text: str, media: str, timeout: float) -> tuple[str, Any]:
        """Send a request; ``("timeout", message)`` when it overran (worker replaced)."""
        if not self._lock.acquire(timeout=timeout):
            return "busy", f"server busy: no worker free within {timeout:g} s"
        try:
            try:
                self._conn.send((kind, text, media))
            except OSError:  # the worker died between requests
                self._kill()
                self._start()
                self._conn.send((kind, text, media))
            if self._conn.poll(timeout):
                try:
                    return self._conn.recv()
                except EOFError:
                    self._kill()
                    self._start()
                    return "error", "the store worker died; it was restarted"
            self._kill()
            self.restarts += 1
            self._start()
            return "timeout", f"query exceeded the time limit of {timeout:g} s and was stopped"
        finally:
            self._lock.release()

    def close(self) -> None:
        """Stop the worker."""
        with self._lock:
            if self._process is not None:
                self._conn.close()
                self._process.join(5)
                if self._process.is_alive():
                    self._process.kill()
                self._process = None


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _reply(self, status: int, body: bytes, media: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._reply(status, (message.rstrip() + "\n").encode("utf-8"))

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        if url.path not in ("/query", "/sparql", "/"):
            return self._error(404, f"no such endpoint {url.path!r}; use /query or /update")
        if "query" not in params:
            return self._error(400, "missing the 'query' parameter")
        self._run("query", params["query"][0], params)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._error(400, "bad Content-Length header")
        if length > _MAX_REQUEST:
            return self._error(413, f"request body larger than {_MAX_REQUEST} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if url.path not in ("/query", "/sparql", "/", "/update"):
            return self._error(404, f"no such endpoint {url.path!r}; use /query or /update")
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            params = {**params, **form}
            if "update" in form:
                return self._run("update", form["update"][0], params)
            if "query" in form:
                return self._run("query", form["query"][0], params)
            return self._error(400, "form needs a 'query' or 'update' field")
        if ctype == "application/sparql-query":
            return self._run("query", body, params)
        if ctype == "application/sparql-update":
            return self._run("update", body, params)
        self._error(415, f"unsupported Content-Type {ctype!r}")

    def _authorised(self) -> str | None:
        token = self.server.write_token
        if not token:
            return "this endpoint is read-only (start it with a write token to allow updates)"
        given = self.headers.get("Authorization") or ""
        if not given.startswith("Bearer ") or not hmac.compare_digest(
            given[len("Bearer ") :].encode(), token.encode()
        ):
            return "updates need 'Authorization: Bearer <write token>'"
        return None

    def _run(self, kind: str, text: str, params: dict[str, list[str]]) -> None:
        if kind == "update":
            problem = self._authorised()
            if problem:
                return self._error(401 if self.server.write_token else 403, problem)
        try:
            form = check_request(text, update=kind == "update")
        except RefusedError as err:
            return self._error(403, str(err))
        except QueryError as err:
            return self._error(400, str(err))
        fmt = params.get("format", [""])[0].lower()
        accept = _FORMAT_PARAM.get(fmt) if fmt else self.headers.get("Accept")
        media = negotiate(accept, form) if kind == "query" else "text/plain"
        if media is None:
            return self._error(406, f"cannot answer a {form} query as {accept!r}")
        status, payload = self.server.worker.run(kind, text, media, self.server.query_timeout)
        if status == "ok":
            if kind == "update":
                return self._reply(204 if not payload else 200, payload)
            charset = "; charset=utf-8" if not media.startswith("application/sparql") else ""
            return self._reply(200, payload, media + charset)
        codes = {
            "bad": HTTPStatus.BAD_REQUEST,
            "too_large": HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "timeout": HTTPStatus.SERVICE_UNAVAILABLE,
            "busy": HTTPStatus.SERVICE_UNAVAILABLE,
        }
        self._error(codes.get(status, HTTPStatus.INTERNAL_SERVER_ERROR), str(payload))


class SparqlServer(ThreadingHTTPServer):
    """The endpoint: an HTTP server and the worker running its queries.

    Args:
        spec: Store folder or URL (as for ``KnowledgeGraph.open``).
        host: Interface to bind (``127.0.0.1`` by default: local only).
        port: Port; 0 picks a free one (see :attr:`url`).
        write_token: Token allowing updates; None for a read-only endpoint.
        timeout: Seconds a query may run.
        max_bytes: Largest result body.
        verbose: Log each request to stderr.
    """

    daemon_threads = True

    def __init__(
        self,
        spec: str,
        host: str = "127.0.0.1",
        port: int = 7878,
        *,
        write_token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        verbose: bool = False,
    ) -> None:
        self.worker = QueryWorker(spec, max_bytes=max_bytes)
        self.write_token = write_token
        self.query_timeout = timeout
        self.verbose = verbose
        try:
            super().__init__((host, port), _Handler)
        except OSError as err:
            self.worker.close()
            raise StoreError(f"cannot listen on {host}:{port}: {err}") from err
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:7878``."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> SparqlServer:
        """Serve in a background thread (tests, notebooks)."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and stop the worker."""
        self.shutdown()
        self.server_close()
        self.worker.close()


def serve(spec: str, host: str = "127.0.0.1", port: int = 7878, **options: Any) -> None:
    """Serve ``spec`` until interrupted (Ctrl-C or SIGTERM): ``graphkit serve``.

    Options are those of :class:`SparqlServer`; a line naming the endpoint goes to stderr.
    """
    import signal
    import sys

    server = SparqlServer(spec, host, port, **options)

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    mode = "updates with the write token" if server.write_token else "read-only"
    print(f"SPARQL endpoint {server.url}/query ({mode}); Ctrl-C stops it", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.worker.close()
