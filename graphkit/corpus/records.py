"""Record corpora: JSON Lines and CSV, read as a stream of size-capped lines.

Each record needs ``id`` (a non-empty string; a JSON integer is accepted and turned into
its decimal string) and ``text`` (a string that is not blank); ``title``, ``date``, ``url``
and ``source`` are optional strings (``null`` or empty means absent; other columns or keys
are ignored). Dates are normalised with :func:`~graphkit.corpus.dates.normalize_date`.

Lines are read in binary with a cap of ``max_bytes``: a longer line is skipped by reading on
in 1 MiB chunks, so it is never held in memory whole. Every bad line or record becomes a
:class:`~graphkit.corpus.issues.CorpusIssue` and the reading goes on.

Example:
    >>> import io
    >>> data = b'{"id": "a", "text": "NATO met."}\\n{"id": "b"}\\n{"id": 7, "text": "Ok."}\\n'
    >>> for item in iter_jsonl(io.BytesIO(data), "news.jsonl", max_bytes=1000):
    ...     print(item)
    (1, Document(id='a', text='NATO met.', title=None, date=None, url=None, source=None))
    news.jsonl:2: record 'b': missing 'text'
    (3, Document(id='7', text='Ok.', title=None, date=None, url=None, source=None))
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator, Mapping
from typing import IO, Any

from graphkit.corpus.dates import normalize_date
from graphkit.corpus.issues import CorpusIssue
from graphkit.types import Document

__all__ = ["OPTIONAL_FIELDS", "iter_csv", "iter_jsonl", "record_to_document"]

#: Record fields copied into :class:`~graphkit.types.Document` when present.
OPTIONAL_FIELDS = ("title", "date", "url", "source")

Item = tuple[int, Document] | CorpusIssue
_SKIP_CHUNK = 1 << 20
_ID_IN_HEAD = re.compile(rb'"id"\s*:\s*(?:"((?:[^"\\]|\\.){1,200})"|(-?\d{1,30})\b)')


def record_to_document(
    record: Mapping[str, Any], path: str, line: int | None
) -> Document | CorpusIssue:
    """Validate one record and build its :class:`~graphkit.types.Document`.

    Example:
        >>> record_to_document({"id": "x", "text": "Hi.", "date": "15 March 2022"}, "f", 1).date
        '2022-03-15'
        >>> print(record_to_document({"id": "x", "text": ["Hi."]}, "f.jsonl", 4))
        f.jsonl:4: record 'x': 'text' must be a string, got array
    """
    raw_id = record.get("id")
    if raw_id is None:
        return CorpusIssue(path, line, None, "missing 'id'")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    elif isinstance(raw_id, str):
        if not raw_id.strip():
            return CorpusIssue(path, line, None, f"empty 'id' ({raw_id!r})")
        doc_id = raw_id
    else:
        return CorpusIssue(
            path, line, None, f"'id' must be a string or an integer, got {_kind(raw_id)}"
        )
    text = record.get("text")
    if text is None:
        return CorpusIssue(path, line, doc_id, "missing 'text'")
    if not isinstance(text, str):
        return CorpusIssue(path, line, doc_id, f"'text' must be a string, got {_kind(text)}")
    if not text.strip():
        return CorpusIssue(path, line, doc_id, "empty 'text' (blank or whitespace only)")
    meta: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return CorpusIssue(
                path, line, doc_id, f"{name!r} must be a string or null, got {_kind(value)}"
            )
        meta[name] = (value.strip() or None) if value is not None else None
    return Document(
        id=doc_id,
        text=text,
        title=meta["title"],
        date=normalize_date(meta["date"]),
        url=meta["url"],
        source=meta["source"],
    )


def iter_jsonl(stream: IO[bytes], path: str, *, max_bytes: int) -> Iterator[Item]:
    """Yield ``(line, Document)`` for each good record of a JSON Lines stream, and a
    :class:`~graphkit.corpus.issues.CorpusIssue` for each bad one. Blank lines are skipped.

    Args:
        stream: The binary stream (a file, a gzip stream, stdin).
        path: The name used in issues.
        max_bytes: The longest line accepted, in bytes.
    """
    for number, line in _capped_lines(stream, max_bytes):
        if isinstance(line, _Skipped):
            yield CorpusIssue(path, number, line.record_id, _too_long(line.size, max_bytes))
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if not line.strip():
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield CorpusIssue(
                path,
                number,
                _id_from_head(line),
                f"not UTF-8: invalid byte 0x{line[exc.start]:02x} at column {exc.start + 1}",
            )
            continue
        try:
            record = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield CorpusIssue(
                path, number, _id_from_head(line), f"invalid JSON: {exc.msg} at column {exc.colno}"
            )
            continue
        if not isinstance(record, dict):
            yield CorpusIssue(path, number, None, f"expected a JSON object, got {_kind(record)}")
            continue
        result = record_to_document(record, path, number)
        yield result if isinstance(result, CorpusIssue) else (number, result)


def iter_csv(stream: IO[bytes], path: str, *, max_bytes: int) -> Iterator[Item]:
    """Yield ``(line, Document)`` for each good row of a CSV stream with a header line, and a
    :class:`~graphkit.corpus.issues.CorpusIssue` for each bad one.

    The header must name ``id`` and ``text`` (case and surrounding spaces ignored). Quoted
    fields may span lines; the line reported is the row's first line. The ``csv`` module's
    process-wide field size limit is raised to ``max_bytes`` if it is lower (it is never
    lowered).

    Example:
        >>> import io
        >>> data = b'id,text,date\\n1,"NATO met,\\nagain.",2022-03-15\\n2,,\\n'
        >>> for item in iter_csv(io.BytesIO(data), "news.csv", max_bytes=1000):
        ...     print(item)
        (2, Document(id='1', text='NATO met,\\nagain.', title=None, date='2022-03-15', url=None, source=None))
        news.csv:4: record '2': missing 'text'
    """
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)
    lines = _CsvLines(stream, max_bytes)
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield CorpusIssue(path, lines.number, None, f"unreadable CSV header: {exc}")
        return
    if header is None:
        yield CorpusIssue(path, None, None, "empty CSV file (no header line)")
        return
    columns = [name.strip().lower() for name in header]
    missing = [name for name in ("id", "text") if name not in columns]
    if lines.oversized or missing:
        found = ", ".join(repr(c) for c in columns)
        yield CorpusIssue(
            path, 1, None, f"CSV header must name 'id' and 'text' columns; found {found}"
        )
        return
    end, consumed = lines.number, lines.consumed
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield CorpusIssue(path, end + 1, None, f"malformed CSV: {exc}")
            end, consumed = lines.number, lines.consumed
            lines.oversized.clear()
            continue
        if row is None:
            return
        start, size = end + 1, lines.consumed - consumed
        end, consumed = lines.number, lines.consumed
        issue = _check_row(row, columns, path, start, size, max_bytes, lines.oversized)
        lines.oversized.clear()
        if issue is not None:
            yield issue
        elif row:
            result = record_to_document(
                {name: value or None for name, value in zip(columns, row, strict=False)},
                path,
                start,
            )
            yield result if isinstance(result, CorpusIssue) else (start, result)


def _check_row(
    row: list[str],
    columns: list[str],
    path: str,
    start: int,
    size: int,
    max_bytes: int,
    oversized: list[tuple[int, bytes]],
) -> CorpusIssue | None:
    id_column = columns.index("id")
    record_id = row[id_column].strip() if len(row) > id_column else None
    if record_id and any("\udc80" <= ch <= "\udcff" for ch in record_id):
        record_id = None
    if oversized:
        line, head = oversized[0]
        record_id = record_id or _csv_id_from_head(head, id_column)
        return CorpusIssue(path, line, record_id or None, _too_long(size, max_bytes))
    if size > max_bytes:
        return CorpusIssue(path, start, record_id or None, _too_long(size, max_bytes))
    for value in row:
        bad = next((ch for ch in value if "\udc80" <= ch <= "\udcff"), None)
        if bad is not None:
            return CorpusIssue(
                path, start, None, f"not UTF-8: invalid byte 0x{ord(bad) - 0xDC00:02x} in this row"
            )
    if len(row) > len(columns):
        return CorpusIssue(
            path,
            start,
            record_id or None,
            f"row has {len(row)} fields but the header has {len(columns)} (unquoted comma?)",
        )
    return None


class _Skipped:
    """Size and (best-effort) id of a line that was too long to keep."""

    __slots__ = ("record_id", "size")

    def __init__(self, size: int, record_id: str | None) -> None:
        self.size = size
        self.record_id = record_id


def _capped_lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | _Skipped]]:
    """Yield ``(line number, line)``, with a :class:`_Skipped` for a line over ``max_bytes``."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield number, line
            continue
        record_id = _id_from_head(line)
        size = len(line) + _skip_rest_of_line(stream)
        del line
        yield number, _Skipped(size, record_id)


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


class _CsvLines:
    """Iterator of a binary stream's lines as text for :mod:`csv`, each capped at max_bytes.

    Undecodable bytes become lone surrogates (checked per row); an over-long line becomes an
    empty line, and its number and first 64 KiB are put in ``oversized``.
    """

    def __init__(self, stream: IO[bytes], max_bytes: int) -> None:
        self.stream = stream
        self.max_bytes = max_bytes
        self.number = 0
        self.consumed = 0
        self.oversized: list[tuple[int, bytes]] = []

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        line = self.stream.readline(self.max_bytes + 1)
        if not line:
            raise StopIteration
        self.number += 1
        self.consumed += len(line)
        if len(line) > self.max_bytes and not line.endswith(b"\n"):
            self.oversized.append((self.number, line[:65536]))
            del line
            self.consumed += _skip_rest_of_line(self.stream)
            return "\n"
        if self.number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        return line.decode("utf-8", "surrogateescape")


def _id_from_head(line: bytes) -> str | None:
    """Best-effort ``id`` of a JSON line that cannot be parsed, from its first 64 KiB."""
    match = _ID_IN_HEAD.search(line, 0, 65536)
    if match is None:
        return None
    if match.group(2) is not None:
        return match.group(2).decode("ascii")
    try:
        value = json.loads(b'"' + match.group(1) + b'"')
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return value if isinstance(value, str) else None


def _csv_id_from_head(head: bytes, id_column: int) -> str | None:
    """Best-effort id of an over-long CSV line: its id field, if complete in the first 64 KiB."""
    fields = next(csv.reader([head.decode("utf-8", "replace")]), [])
    if len(fields) > id_column + 1:  # the last field may be cut off
        return fields[id_column].strip() or None
    return None


def _too_long(size: int, max_bytes: int) -> str:
    return f"record of {size:,} bytes is larger than max_bytes={max_bytes:,}; skipped without parsing it"


def _kind(value: object) -> str:
    return {dict: "object", list: "array", str: "string", type(None): "null"}.get(
        type(value), type(value).__name__
    )
