"""Score extraction against gold stance relations (the ``../shared/benchmarks`` format).

A gold file is JSON Lines, one document per line::

    {"id": "...", "text": "...", "relations": [{
        "subject": [{"text": "Palestinians", "start": 4, "end": 16, "code": "PSE"}],
        "object": [{"text": "Israeli", "start": 33, "end": 40, "code": "ISR"}],
        "type": "REJECT", "quad": 3, "polarity": -1, "reciprocal": false}]}

Scoring (as ``benchmarks/README.md`` describes):

- A statement **matches** a gold relation when its subject mention overlaps a gold subject
  span and its object mention a gold object span - a mention with no usable span falls back
  to the actor code (``code == actor.iso3``). A gold relation without objects needs only
  the subject (for a reciprocal one with two subjects, the statement's object, if any, must
  match the other subject). A reciprocal relation also matches the reversed statement.
- **detection rate**: share of gold relations matched by at least one statement. The
  matched statement is the one with the highest confidence (asserted first on ties): the
  choice never looks at the gold type.
- **PLOVER type / quad / polarity accuracy**: over detected relations, share whose matched
  statement has the gold PLOVER type / quad class / polarity.
- **precision**: share of statements with an object that match some gold relation.
- **pair recall**: share of gold relations matched by any statement (actor pair only);
  **signed recall**: matched by a non-negated statement of the gold polarity (asserted or
  attributed: an official's stated hostility is a stance either way); **signed
  precision** (strict, the benchmark's headline): of all asserted statements with an
  object, the share matching a gold pair with its polarity - an asserted statement on a
  pair the gold does not annotate counts against it; **polarity agreement on gold pairs**
  (lenient, a diagnostic): of the asserted statements that fall on a gold actor pair, the
  share with the gold polarity.

Example:
    >>> r = EvaluationReport(path="x.jsonl", documents=0, gold=0)
    >>> r.detection_rate
    0.0
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import InputError
from graphkit.types import ActorMention, Document, Statement

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["EvaluationReport", "evaluate", "read_gold", "score"]

MISSED = "(missed)"


@dataclass
class EvaluationReport:
    """Figures of one evaluation run; :meth:`format` prints them."""

    path: str
    documents: int
    gold: int
    statements: int = 0
    statements_with_object: int = 0
    detected: int = 0
    type_correct: int = 0
    quad_correct: int = 0
    polarity_correct: int = 0
    matched_statements: int = 0
    signed_found: int = 0
    asserted_with_object: int = 0
    asserted_correct: int = 0
    asserted_on_gold_pairs: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=dict)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def detection_rate(self) -> float:
        return self._ratio(self.detected, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type_correct, self.detected)

    @property
    def quad_accuracy(self) -> float:
        return self._ratio(self.quad_correct, self.detected)

    @property
    def polarity_accuracy(self) -> float:
        return self._ratio(self.polarity_correct, self.detected)

    @property
    def precision(self) -> float:
        return self._ratio(self.matched_statements, self.statements_with_object)

    @property
    def pair_found(self) -> int:
        """Gold relations matched by any statement: the detected ones, by definition."""
        return self.detected

    @property
    def pair_recall(self) -> float:
        return self._ratio(self.pair_found, self.gold)

    @property
    def signed_recall(self) -> float:
        return self._ratio(self.signed_found, self.gold)

    @property
    def signed_precision(self) -> float:
        """Strict: asserted statements (with an object) matching a gold pair and polarity."""
        return self._ratio(self.asserted_correct, self.asserted_with_object)

    @property
    def polarity_agreement(self) -> float:
        """Lenient: asserted statements on a gold actor pair that carry the gold polarity."""
        return self._ratio(self.asserted_correct, self.asserted_on_gold_pairs)

    def as_dict(self) -> dict[str, float | int | str]:
        """The headline figures as a flat dict."""
        return {
            "path": self.path,
            "documents": self.documents,
            "gold": self.gold,
            "statements": self.statements,
            "detection_rate": self.detection_rate,
            "type_accuracy": self.type_accuracy,
            "quad_accuracy": self.quad_accuracy,
            "polarity_accuracy": self.polarity_accuracy,
            "precision": self.precision,
            "pair_recall": self.pair_recall,
            "signed_recall": self.signed_recall,
            "signed_precision": self.signed_precision,
            "polarity_agreement": self.polarity_agreement,
        }

    def format(self) -> str:
        """A readable report: figures, then the gold type x predicted type confusion table."""
        lines = [
            f"gold file           {self.path}",
            f"documents           {self.documents}",
            f"gold relations      {self.gold}",
            f"statements          {self.statements} ({self.statements_with_object} with an object)",
            f"detected            {self.detection_rate:.3f}  ({self.detected}/{self.gold})",
            f"PLOVER type acc.    {self.type_accuracy:.3f}  ({self.type_correct}/{self.detected} detected)",
            f"quad accuracy       {self.quad_accuracy:.3f}  ({self.quad_correct}/{self.detected})",
            f"polarity accuracy   {self.polarity_accuracy:.3f}  ({self.polarity_correct}/{self.detected})",
            f"precision           {self.precision:.3f}  "
            f"({self.matched_statements}/{self.statements_with_object} statements match gold)",
            f"pair recall         {self.pair_recall:.3f}  ({self.pair_found}/{self.gold})",
            f"signed recall       {self.signed_recall:.3f}  ({self.signed_found}/{self.gold})",
            f"signed precision    {self.signed_precision:.3f}  "
            f"({self.asserted_correct}/{self.asserted_with_object} asserted statements "
            f"match a gold pair and polarity)",
            f"polarity agreement on gold pairs {self.polarity_agreement:.3f}  "
            f"({self.asserted_correct}/{self.asserted_on_gold_pairs} asserted statements "
            f"on gold pairs have the gold polarity)",
        ]
        predicted = sorted({p for row in self.confusion.values() for p in row} - {MISSED})
        columns = [*predicted, MISSED]
        if self.confusion:
            width = max(len(g) for g in self.confusion) + 2
            lines.append("")
            lines.append("confusion (rows: gold type, columns: predicted PLOVER type)")
            lines.append(" " * width + " ".join(f"{c[:9]:>9}" for c in columns))
            for gold_type in sorted(self.confusion):
                row = self.confusion[gold_type]
                lines.append(
                    f"{gold_type:<{width}}" + " ".join(f"{row.get(c, 0):>9}" for c in columns)
                )
        return "\n".join(lines)


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Gold records of a JSON Lines file, checked.

    Raises:
        InputError: The file is missing, or a line is not a JSON object with ``id``,
            ``text`` and a ``relations`` list (the message names the file and line).
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"gold file {str(p)!r} does not exist")
    with p.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}:{lineno}: not valid JSON ({exc.msg})") from exc
            if (
                not isinstance(record, dict)
                or not isinstance(record.get("text"), str)
                or not isinstance(record.get("relations"), list)
                or "id" not in record
            ):
                raise InputError(
                    f"{p}:{lineno}: expected an object with 'id', 'text' (string) "
                    f"and 'relations' (list)"
                )
            yield record


def _overlaps(m: ActorMention, gold: dict[str, Any]) -> bool:
    start, end = gold.get("start"), gold.get("end")
    if start is not None and end is not None and m.mention.start < end and start < m.mention.end:
        return True
    code = gold.get("code")
    return bool(code) and m.actor.iso3 == code


def _side(m: ActorMention | None, golds: Sequence[dict[str, Any]]) -> int | None:
    """Index of the first gold mention ``m`` matches, else None."""
    if m is None:
        return None
    for i, g in enumerate(golds):
        if _overlaps(m, g):
            return i
    return None


def _matches(st: Statement, rel: dict[str, Any]) -> bool:
    subjects, objects = rel.get("subject") or [], rel.get("object") or []
    reciprocal = bool(rel.get("reciprocal"))
    if not objects:
        s = _side(st.subject, subjects)
        if s is None:
            return False
        if reciprocal and len(subjects) >= 2 and st.object is not None:
            o = _side(st.object, [g for i, g in enumerate(subjects) if i != s])
            return o is not None
        return True
    if st.object is None:
        return False
    if _side(st.subject, subjects) is not None and _side(st.object, objects) is not None:
        return True
    return reciprocal and (
        _side(st.object, subjects) is not None and _side(st.subject, objects) is not None
    )


def score(
    records: Sequence[tuple[dict[str, Any], Sequence[Statement]]], *, path: str = "<memory>"
) -> EvaluationReport:
    """Score extracted statements against gold records (see the module docs).

    Args:
        records: ``(gold record, statements extracted from its text)`` pairs.
        path: Shown in the report.

    Returns:
        The report.
    """
    report = EvaluationReport(path=path, documents=len(records), gold=0)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for record, statements in records:
        with_object = [s for s in statements if s.object is not None]
        report.statements += len(statements)
        report.statements_with_object += len(with_object)
        relations = record["relations"]
        report.gold += len(relations)
        matched_ids: set[int] = set()
        for rel in relations:
            hits = [s for s in statements if _matches(s, rel)]
            matched_ids.update(id(s) for s in hits)
            if hits:
                best = max(hits, key=lambda s: (s.confidence, s.asserted))
                report.detected += 1
                report.type_correct += best.plover == rel.get("type")
                report.quad_correct += best.quad == rel.get("quad")
                report.polarity_correct += best.polarity == rel.get("polarity")
                confusion[str(rel.get("type"))][best.plover] += 1
            else:
                confusion[str(rel.get("type"))][MISSED] += 1
            if any(
                not s.negated and s.object is not None and s.polarity == rel.get("polarity")
                for s in hits
            ):
                report.signed_found += 1
        report.matched_statements += sum(1 for s in with_object if id(s) in matched_ids)
        for s in with_object:
            if not s.asserted:
                continue
            report.asserted_with_object += 1
            on_pairs = [rel for rel in relations if _matches(s, rel)]
            report.asserted_on_gold_pairs += bool(on_pairs)
            if any(s.polarity == rel.get("polarity") for rel in on_pairs):
                report.asserted_correct += 1
    report.confusion = dict(confusion)
    return report


def evaluate(gold_path: str | Path, *, nlp: Language | None = None) -> EvaluationReport:
    """Run extraction over every gold document and score it.

    Args:
        gold_path: A JSON Lines gold file in the ``../shared/benchmarks`` format.
        nlp: A pipeline from :func:`graphkit.extract.load_pipeline` (default one if omitted).

    Returns:
        The :class:`EvaluationReport`.

    Raises:
        InputError: The file is missing or malformed (the message names file and line).
    """
    from graphkit.extract.pipeline import extract_documents

    records = list(read_gold(gold_path))
    documents = [Document(str(r["id"]), r["text"]) for r in records]
    extracted = [found for _, found in extract_documents(documents, nlp=nlp)]
    return score(list(zip(records, extracted, strict=True)), path=str(gold_path))
