"""Corpus reading: stream :class:`~graphkit.types.Document` records out of files, folders,
JSON Lines and CSV corpora (gzip or not) and standard input, reporting each bad file or
record as a :class:`CorpusIssue` instead of stopping.

See :mod:`graphkit.corpus.reader` for formats, document ids and text/offset conventions,
:mod:`graphkit.corpus.decode` for the encoding rule, :mod:`graphkit.corpus.html` for
boilerplate removal and :mod:`graphkit.corpus.records` for record validation.

Example:
    >>> import io
    >>> stdin = io.BytesIO(b'{"id": "1", "text": "Russia invaded Ukraine."}\\n{"id": "1"}\\n')
    >>> reader = read_corpus(["-"], stdin=stdin)
    >>> [doc.text for doc in reader]
    ['Russia invaded Ukraine.']
    >>> for issue in reader.issues:
    ...     print(issue)
    <stdin>:2: record '1': missing 'text'
"""

from __future__ import annotations

from graphkit.corpus.dates import normalize_date
from graphkit.corpus.issues import CorpusIssue, OnError
from graphkit.corpus.reader import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    CorpusReader,
    file_format,
    read_corpus,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "CorpusIssue",
    "CorpusReader",
    "OnError",
    "file_format",
    "normalize_date",
    "read_corpus",
]
