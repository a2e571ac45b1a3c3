"""Helpers of the ingest tests: a small corpus of real sentences, a fake extractor, an
in-memory fake store, and quad normalisation."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

from graphkit.ingest import ModelInfo, WriteOutcome
from graphkit.store.mapping import RUN_NS, text_hash
from graphkit.types import ACTOR_NS, Actor, ActorMention, Document, Span, Statement

REPO = Path(__file__).resolve().parents[2]

# Real-news style sentences (the seed article's phrasing and common wire-story shapes);
# the corpus varies the actors in them.
TEMPLATES = (
    "{a} condemned {b} for the missile strikes on civilian areas.",
    "{a} refused to condemn {b} at the United Nations General Assembly.",
    "Officials in {a} accused {b} of violating the ceasefire agreement.",
    "{a} and {b} signed a trade agreement on Tuesday, the foreign ministry said.",
    "{a} imposed new sanctions on {b} after the talks collapsed.",
    "{a} warned {b} against any further military escalation in the region.",
    "The foreign minister of {a} met with his counterpart from {b} in Geneva.",
    "{a} provided weapons to {b} to help it defend its territory.",
)
STATES = (
    "China",
    "Russia",
    "Ukraine",
    "India",
    "France",
    "Germany",
    "Japan",
    "Iran",
    "Turkey",
    "Brazil",
    "Poland",
    "Egypt",
)


def corpus_records(n: int = 30) -> list[dict[str, str]]:
    """``n`` JSONL records of 3 sentences each, all texts distinct, deterministic."""
    import datetime

    records = []
    for i in range(n):
        day = datetime.date(2022, 3, 1) + datetime.timedelta(days=i)
        sentences = []
        for k in range(3):
            a = STATES[(i + k) % len(STATES)]
            b = STATES[(i * 5 + k * 7 + 1) % len(STATES)]
            if a == b:
                b = STATES[(STATES.index(b) + 1) % len(STATES)]
            sentences.append(TEMPLATES[(i + 3 * k) % len(TEMPLATES)].format(a=a, b=b))
        first = sentences[0]
        if first.startswith(("The ", "Officials ")):
            first = first[0].lower() + first[1:]
        text = f"On {day.day} {day:%B %Y}, {first}"
        text = " ".join([text, *sentences[1:]])
        records.append({"id": f"doc-{i:03d}", "date": day.isoformat(), "text": text})
    return records


def write_jsonl(path: Path, records: Iterable[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- fake extractor: "X condemned Y" by regex, statements valid for the real store ----------

_CONDEMN = re.compile(r"\b([A-Z][a-z]+) condemned ([A-Z][a-z]+)\b")


class FakeExtractor:
    """Finds ``X condemned Y``; raises on a text containing ``BOOM`` (to test isolation)."""

    model = ModelInfo("fake-model", "1.0")

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Statement]]]:
        for doc in docs:
            if "BOOM" in doc.text:
                raise RuntimeError(f"cannot parse {doc.id}")
            self.seen.append(doc.id)
            yield doc, [_statement(doc, m) for m in _CONDEMN.finditer(doc.text)]


def _statement(doc: Document, m: re.Match[str]) -> Statement:
    def mention(group: int) -> ActorMention:
        name = m.group(group)
        actor = Actor(ACTOR_NS + "ent/" + name.lower(), name, "State")
        return ActorMention(actor, Span(name, m.start(group), m.end(group)))

    start = doc.text.rfind(".", 0, m.start()) + 1
    end = doc.text.find(".", m.end())
    end = len(doc.text) if end < 0 else end + 1
    return Statement(
        doc=doc.id,
        subject=mention(1),
        relation="condemns",
        plover="ACCUSE",
        cameo="11",
        quad=3,
        polarity=-1,
        intensity=-3.0,
        object=mention(2),
        negated=False,
        asserted=True,
        attributed_to=None,
        evidence=Span(doc.text[start:end], start, end),
        confidence=0.9,
    )


class FakeFactory:
    """Factory returning one shared :class:`FakeExtractor` (in-process runs only)."""

    def __init__(self) -> None:
        self.extractor = FakeExtractor()

    def __call__(self) -> FakeExtractor:
        return self.extractor


# -- fake store: the ArticleStore protocol in a dict ---------------------------------------


class FakeStore:
    """In-memory :class:`~graphkit.ingest.ArticleStore`; ``fail_on`` makes a write raise."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.articles: dict[str, tuple[Document, list[Statement]]] = {}
        self.writes: list[int] = []
        self.fail_on = fail_on

    def content_hash(self, text: str) -> str:
        return text_hash(text)

    def stored(self, hashes: Collection[str]) -> set[str]:
        return {h for h in hashes if h in self.articles}

    def write(
        self, items: Sequence[tuple[Document, Sequence[Statement]]], model: ModelInfo
    ) -> WriteOutcome:
        if any(doc.id == self.fail_on for doc, _ in items):
            raise OSError(f"disk full while writing {self.fail_on}")
        for doc, statements in items:
            self.articles[text_hash(doc.text)] = (doc, list(statements))
        self.writes.append(len(items))
        n = sum(len(s) for _, s in items)
        return WriteOutcome(articles=len(items), statements=n, asserted=n)


# -- comparing stores ----------------------------------------------------------------------


def normalised_quads(quads: Iterable[object]) -> list[str]:
    """Sorted N-Quads lines minus run metadata: the run's own quads are dropped and links to
    a run (``prov:wasGeneratedBy``) point to one placeholder, so two runs of the same
    corpus compare equal when their articles and statements are the same."""
    lines = set()
    for q in quads:
        subject, obj = str(q.subject), str(q.object)  # type: ignore[attr-defined]
        if subject.startswith("<" + RUN_NS):
            continue
        if obj.startswith("<" + RUN_NS):
            obj = "<urn:run>"
        lines.add(f"{subject} {q.predicate} {obj} {q.graph_name}")  # type: ignore[attr-defined]
    return sorted(lines)
