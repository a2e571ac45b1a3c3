"""What an ingest wrote: the :class:`IngestSummary` record and its running tally.

Example:
    >>> str(IngestSummary(articles=2, statements=8, asserted=6, actors=7, seconds=1.0))
    '2 articles, 8 statements (6 asserted), 7 actors (0 from text only), 0 skipped in 1.0 s (2.0 articles/s)'
    >>> str(IngestSummary(skipped=1, errors=(("doc-7", "unknown relation 'x'"),)))
    "0 articles, 0 statements (0 asserted), 0 actors (0 from text only), 1 skipped (1 failed; first 'doc-7': unknown relation 'x') in 0.0 s (0.0 articles/s)"
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graphkit.types import Statement

__all__ = ["IngestSummary"]


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one :meth:`KnowledgeGraph.ingest` call wrote.

    Attributes:
        articles: Article graphs written (new or replaced).
        statements: Statements written.
        asserted: Of which asserted (each with its plain triple when it has an object).
        actors: Distinct actors referred to by the statements written.
        text_actors: Of which found only in the text (``.../actor/ent/...``).
        skipped: Documents not written: repeated text in this call, or failed (see errors).
        errors: ``(document id, message)`` per failed document (``on_error="skip"``).
        seconds: Wall time.
    """

    articles: int = 0
    statements: int = 0
    asserted: int = 0
    actors: int = 0
    text_actors: int = 0
    skipped: int = 0
    errors: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0

    def __str__(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        failed = ""
        if self.errors:
            doc_id, message = self.errors[0]
            failed = f" ({len(self.errors)} failed; first {doc_id!r}: {message})"
        return (
            f"{self.articles} articles, {self.statements} statements ({self.asserted} asserted), "
            f"{self.actors} actors ({self.text_actors} from text only), {self.skipped} skipped"
            f"{failed} in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


@dataclass
class _Tally:
    articles: int = 0
    statements: int = 0
    asserted: int = 0
    actors: set[str] = field(default_factory=set)
    skipped: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, statements: Sequence[Statement]) -> None:
        self.articles += 1
        self.statements += len(set(statements))
        self.asserted += len({s for s in statements if s.asserted})
        for s in statements:
            for actor in (s.subject.actor, s.object and s.object.actor, s.attributed_to):
                if actor:
                    self.actors.add(actor.id)
            if s.speaker is not None:
                self.actors.add(s.speaker.actor.id)
