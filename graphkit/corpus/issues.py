"""The record of one corpus problem: which file, which line, which record, and why.

Example:
    >>> issue = CorpusIssue("news.jsonl", 3, "a17", "missing 'text'")
    >>> str(issue)
    "news.jsonl:3: record 'a17': missing 'text'"
    >>> str(CorpusIssue("scan.txt", None, None, "binary data (NUL byte at offset 8)"))
    'scan.txt: binary data (NUL byte at offset 8)'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["CorpusIssue", "OnError"]


@dataclass(frozen=True, slots=True)
class CorpusIssue:
    """A file or record that was skipped, and why.

    Attributes:
        path: The file as it was reached (the given path, or the folder joined with the file's
            path inside it); ``<stdin>`` for standard input.
        line: The 1-based line of a JSONL/CSV record or of the first undecodable byte, or
            ``None`` when the problem is the whole file.
        record_id: The record's id when it is known.
        reason: What is wrong, naming the bad value and what would be accepted.
    """

    path: str
    line: int | None
    record_id: str | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        record = "" if self.record_id is None else f" record {self.record_id!r}:"
        return f"{where}:{record} {self.reason}"


#: Callback receiving each issue as soon as it is found. It may raise to abort the reading.
OnError = Callable[[CorpusIssue], None]
