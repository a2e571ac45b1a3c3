"""Stream documents out of files, folders, gzip files and standard input, reporting every
file or record that cannot be read instead of stopping.

Formats are chosen by file suffix (case-insensitive), after an optional ``.gz``:
``.txt``/``.text`` plain text, ``.md``/``.markdown`` Markdown, ``.html``/``.htm``/``.xhtml``
HTML, ``.jsonl``/``.ndjson`` JSON Lines and ``.csv`` CSV. ``-`` is standard input: JSON
Lines when its first non-blank byte is ``{``, plain text otherwise.

Document ids: a JSONL/CSV record's ``id``; for a file given by path, its file name
(``article.txt``, ``article.txt.gz``); for a file found in a given folder, its path relative
to that folder with ``/`` separators (``2022/03/article.txt``), so that two files of the same
name in different subfolders stay distinct; ``<stdin>`` for standard input text. When two
documents share an id, the first is kept and each later one is reported and skipped
(turn this off with ``unique_ids=False``; the check keeps a set of the ids seen).

Folders are read recursively in a fixed order: entries sorted by name at each level,
depth first. Names starting with ``.`` are skipped, and so are files of other types; a
folder without any supported file is reported. Symbolic links are followed, each real
folder once.

Text: ``Document.text`` is what extraction sees and every offset graphkit reports is into it.
For plain text it is the decoded file exactly (line ends kept; only a byte-order mark is
dropped); the first line is also taken as the title when it is short, followed by a blank line
and not ended by a full stop. For Markdown it is the file minus a leading ``---`` front-matter
block (whose ``title``, ``date``, ``url`` and ``source`` keys become metadata; otherwise the
first ``# heading`` is the title). For HTML it is the article text of
:func:`~graphkit.corpus.html.parse_html`.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.txt").write_text("NATO met in Brussels.")
    >>> _ = (folder / "a.jsonl").write_text('{"id": "x1", "text": "China objected."}\\nnot json\\n')
    >>> reader = read_corpus([folder])
    >>> [doc.id for doc in reader]
    ['x1', 'b.txt']
    >>> [f"line {issue.line}: {issue.reason}" for issue in reader.issues]
    ['line 2: invalid JSON: Expecting value at column 1']
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Generator, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Protocol

from graphkit.corpus.dates import normalize_date
from graphkit.corpus.decode import SNIFF_BYTES, UndecodableError, binary_reason, decode_bytes
from graphkit.corpus.html import parse_html
from graphkit.corpus.issues import CorpusIssue, OnError
from graphkit.corpus.records import iter_csv, iter_jsonl
from graphkit.errors import InputError
from graphkit.types import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "CorpusReader",
    "file_format",
    "read_corpus",
    "split_front_matter",
]

#: Largest document (file, or JSONL/CSV record) read, in bytes: 20 MiB.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

#: File suffix -> format name.
SUPPORTED_SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        ".txt": "text",
        ".text": "text",
        ".md": "markdown",
        ".markdown": "markdown",
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".csv": "csv",
    }
)

STDIN = "-"
_STDIN_NAME = "<stdin>"
_READ_ERRORS = (OSError, EOFError, zlib.error)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_MD_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?\Z")

PathArg = str | os.PathLike[str]


def file_format(name: str) -> str | None:
    """The format of a file name, by suffix after an optional ``.gz``, or ``None``.

    Example:
        >>> file_format("news.JSONL.gz"), file_format("page.htm"), file_format("x.pdf")
        ('jsonl', 'html', None)
    """
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return SUPPORTED_SUFFIXES.get(os.path.splitext(lower)[1])


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Split a leading ``---`` YAML front-matter block off Markdown text.

    Only flat ``key: value`` lines are read (keys lowercased, quotes around values removed);
    nested YAML is ignored. An unterminated block is not front matter.

    Returns:
        The text after the block (exactly as in the file) and the keys found.

    Example:
        >>> split_front_matter('---\\ntitle: "Talks"\\ndate: 2022-03-15\\n---\\n# Talks\\n')
        ('# Talks\\n', {'title': 'Talks', 'date': '2022-03-15'})
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key_value = _FRONT_KEY.match(line)
        if key_value is None:
            continue
        key, value = key_value.group(1).lower(), key_value.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            meta.setdefault(key, value)
    return text[match.end() :], meta


class CorpusReader:
    """An iterator of the :class:`~graphkit.types.Document` of a corpus; after (or during)
    iteration, ``issues`` lists every file or record skipped, ``documents_read`` counts the
    documents yielded and ``location`` is the ``(path, line)`` of the last one (line is
    ``None`` for a whole file), for messages about it.

    Nothing is read before iteration starts, and only one file (or one JSONL/CSV line) is
    held in memory at a time. Iterate once; :meth:`close` (or a ``with`` block) releases the
    open file when the iteration is abandoned part-way.

    Args:
        paths: Files, folders or ``-`` (standard input); a single path is accepted too.
        max_bytes: Largest file, or JSONL/CSV line or record, read in bytes. Larger ones are
            reported and skipped; a long line is skipped without holding it in memory.
        on_error: Called with each :class:`CorpusIssue` as it is found (issues are collected
            in ``issues`` too). It may raise to stop the reading.
        fallback_encoding: A legacy encoding (e.g. ``"cp1252"``) for files that are clearly not
            UTF-8; see :mod:`graphkit.corpus.decode`. Default: report them.
        unique_ids: Report and skip a document whose id was already seen.
        stdin: Binary stream read for ``-`` (default: the process's standard input).

    Raises:
        InputError: ``max_bytes`` is not a positive integer, or ``paths`` is not paths.
    """

    def __init__(
        self,
        paths: PathArg | Iterable[PathArg],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        on_error: OnError | None = None,
        fallback_encoding: str | None = None,
        unique_ids: bool = True,
        stdin: IO[bytes] | None = None,
    ) -> None:
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
            raise InputError(f"max_bytes must be a positive integer, got {max_bytes!r}")
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        self.paths: tuple[str, ...] = tuple(os.fspath(p) for p in paths)
        self.max_bytes = max_bytes
        self.on_error = on_error
        self.fallback_encoding = fallback_encoding
        self.unique_ids = unique_ids
        self.issues: list[CorpusIssue] = []
        #: Documents kept but with something to know: a date that is not ISO 8601 after
        #: normalisation (kept as written, so the article falls outside every time window).
        self.warnings: list[CorpusIssue] = []
        self.documents_read = 0
        self.location: tuple[str, int | None] | None = None
        self._stdin = stdin
        self._seen: set[str] = set()
        self._documents = self._generate()

    @property
    def ok(self) -> bool:
        """True when nothing has been skipped so far."""
        return not self.issues

    def __iter__(self) -> CorpusReader:
        return self

    def __next__(self) -> Document:
        return next(self._documents)

    def __enter__(self) -> CorpusReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and close the file being read, if any."""
        self._documents.close()

    def _report(self, issue: CorpusIssue) -> None:
        self.issues.append(issue)
        if self.on_error is not None:
            self.on_error(issue)

    def _generate(self) -> Generator[Document, None, None]:
        for given in self.paths:
            for item in self._read_path(given):
                if isinstance(item, CorpusIssue):
                    self._report(item)
                    continue
                path, line, doc = item
                if self.unique_ids:
                    if doc.id in self._seen:
                        self._report(
                            CorpusIssue(
                                path,
                                line,
                                doc.id,
                                "duplicate id: the first document with this id was kept",
                            )
                        )
                        continue
                    self._seen.add(doc.id)
                if doc.date is not None and not _ISO_DATE.match(doc.date):
                    self.warnings.append(
                        CorpusIssue(
                            path,
                            line,
                            doc.id,
                            f"date {doc.date!r} is not a date graphkit understands; kept as "
                            "text, so this article is left out of time windows",
                        )
                    )
                self.documents_read += 1
                self.location = (path, line)
                yield doc

    def _read_path(self, given: str) -> Iterator[tuple[str, int | None, Document] | CorpusIssue]:
        if given == STDIN:
            yield from self._read_stdin()
            return
        path = Path(given)
        if path.is_dir():
            found = False
            for file, doc_id in _walk(path):
                found = True
                yield from self._read_file(file, doc_id, file_format(file.name))
            if not found:
                accepted = ", ".join(SUPPORTED_SUFFIXES)
                yield CorpusIssue(
                    given, None, None, f"folder has no readable files (accepted: {accepted}, .gz)"
                )
            return
        if not path.exists():
            yield CorpusIssue(given, None, None, "no such file or folder")
            return
        fmt = file_format(path.name)
        if fmt is None:
            accepted = ", ".join(SUPPORTED_SUFFIXES)
            yield CorpusIssue(
                given, None, None, f"unsupported file type (accepted: {accepted}, and these + .gz)"
            )
            return
        yield from self._read_file(path, path.name, fmt)

    def _read_stdin(self) -> Iterator[tuple[str, int | None, Document] | CorpusIssue]:
        stream = self._stdin if self._stdin is not None else sys.stdin.buffer
        head = stream.read(SNIFF_BYTES)
        fmt = "jsonl" if head.lstrip().startswith(b"{") else "text"
        buffered = io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 20)
        yield from self._read_stream(buffered, _STDIN_NAME, _STDIN_NAME, fmt, head)

    def _read_file(
        self, path: Path, doc_id: str, fmt: str | None
    ) -> Iterator[tuple[str, int | None, Document] | CorpusIssue]:
        name = str(path)
        gzipped = path.name.lower().endswith(".gz")
        try:
            if fmt in {"text", "markdown", "html"} and not gzipped:
                size = path.stat().st_size
                if size > self.max_bytes:
                    yield CorpusIssue(name, None, None, _too_big(size, self.max_bytes))
                    return
            opener = gzip.open if gzipped else open
            with opener(path, "rb") as raw:
                head = raw.read(SNIFF_BYTES)
                stream = io.BufferedReader(_Prefixed(head, raw), buffer_size=1 << 20)
                yield from self._read_stream(stream, name, doc_id, fmt, head)
        except _READ_ERRORS as exc:
            yield CorpusIssue(name, None, None, f"cannot read: {_describe_error(exc)}")

    def _read_stream(
        self, stream: IO[bytes], name: str, doc_id: str, fmt: str | None, head: bytes
    ) -> Iterator[tuple[str, int | None, Document] | CorpusIssue]:
        if fmt in {"jsonl", "csv"}:
            reason = binary_reason(head)
            if reason is None and head.startswith((b"\xff\xfe", b"\xfe\xff")):
                reason = "UTF-16 is not accepted for JSONL/CSV; re-encode the file as UTF-8"
            if reason is not None:
                yield CorpusIssue(name, None, None, reason)
                return
            iterate = iter_jsonl if fmt == "jsonl" else iter_csv
            for item in iterate(stream, name, max_bytes=self.max_bytes):
                yield item if isinstance(item, CorpusIssue) else (name, item[0], item[1])
            return
        data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            yield CorpusIssue(name, None, None, _too_big(None, self.max_bytes))
            return
        if not data.strip():
            yield CorpusIssue(name, None, doc_id, "empty file (blank or whitespace only)")
            return
        try:
            doc = self._parse_document(data, doc_id, fmt)
        except UndecodableError as exc:
            yield CorpusIssue(name, exc.line, None, str(exc))
            return
        if not doc.text.strip():
            what = "after removing boilerplate" if fmt == "html" else "after the front matter"
            yield CorpusIssue(name, None, doc_id, f"no text {what}")
            return
        yield name, None, doc

    def _parse_document(self, data: bytes, doc_id: str, fmt: str | None) -> Document:
        if fmt == "html":
            page = parse_html(data, fallback=self.fallback_encoding)
            return Document(
                id=doc_id,
                text=page.text,
                title=page.title,
                date=normalize_date(page.date),
                url=page.url,
                source=page.source,
            )
        text = decode_bytes(data, fallback=self.fallback_encoding)
        if fmt == "markdown":
            body, meta = split_front_matter(text)
            title = meta.get("title")
            if title is None:
                heading = _MD_HEADING.search(body)
                title = heading.group(1) if heading else None
            return Document(
                id=doc_id,
                text=body,
                title=title,
                date=normalize_date(meta.get("date")),
                url=meta.get("url"),
                source=meta.get("source"),
            )
        return Document(id=doc_id, text=text, title=_text_title(text))


def read_corpus(
    paths: PathArg | Iterable[PathArg],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: OnError | None = None,
    fallback_encoding: str | None = None,
    unique_ids: bool = True,
    stdin: IO[bytes] | None = None,
) -> CorpusReader:
    """Stream the documents of files, folders and ``-`` (stdin); see :class:`CorpusReader`.

    Bad files and records never raise: each becomes a :class:`CorpusIssue` passed to
    ``on_error`` and collected in the returned reader's ``issues``, and the rest is read.

    Example:
        >>> reader = read_corpus(["no/such/file.txt"])
        >>> list(reader), [str(issue) for issue in reader.issues]
        ([], ['no/such/file.txt: no such file or folder'])
    """
    return CorpusReader(
        paths,
        max_bytes=max_bytes,
        on_error=on_error,
        fallback_encoding=fallback_encoding,
        unique_ids=unique_ids,
        stdin=stdin,
    )


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    """Supported files under ``folder`` with their ids (``/``-joined relative paths)."""
    visited = {os.path.realpath(folder)}
    stack: list[Iterator[tuple[Path, tuple[str, ...]]]] = [_entries(folder, ())]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path, parts = entry
        if path.is_dir():
            real = os.path.realpath(path)
            if real not in visited:
                visited.add(real)
                stack.append(_entries(path, parts))
        elif file_format(path.name) is not None and path.is_file():
            yield path, "/".join(parts)


def _entries(folder: Path, parts: tuple[str, ...]) -> Iterator[tuple[Path, tuple[str, ...]]]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        if not name.startswith("."):
            yield folder / name, (*parts, name)


def _text_title(text: str) -> str | None:
    first, newline, rest = text.lstrip("\ufeff").partition("\n")
    first = first.strip()
    if not newline or not first or len(first) > 200 or first.endswith("."):
        return None
    return first if rest.lstrip(" \t\r").startswith("\n") else None


def _too_big(size: int | None, max_bytes: int) -> str:
    measured = "more than" if size is None else f"{size:,} bytes,"
    return f"file is {measured} larger than max_bytes={max_bytes:,}; skipped"


def _describe_error(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, EOFError):
        return f"truncated compressed data ({exc})"
    return f"{type(exc).__name__}: {exc}"


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Prefixed(io.RawIOBase):
    """A raw stream that returns ``head`` and then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: _Readable) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if len(self._head):
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
