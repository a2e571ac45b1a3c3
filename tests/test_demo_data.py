"""Tests of the shipped demo data: the synthetic corpus and the small annotated gold sample.

The notebooks and ``graphkit evaluate`` read these files, so a malformed line, a date that is
not ISO, or a span whose offsets do not match its text must fail here, not in a notebook.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus" / "articles.jsonl"
CORPUS_README = DATA / "corpus" / "README.md"
SAMPLE = DATA / "annotated_sample.jsonl"

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# PLOVER 2021 type -> quad class (the benchmark format of ../shared/benchmarks/README.md).
PLOVER_QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "REQUEST": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}
# Codes for actors that are not states, as in the PLOVER gold records (CAMEO style).
NON_STATE_CODES = {"IGO", "LBNREB"}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Parse every non-empty line of ``path``; fail naming the file and line on bad JSON."""
    records = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"{path.name}:{lineno}: not valid JSON ({exc})")
        assert isinstance(record, dict), f"{path.name}:{lineno}: not a JSON object"
        records.append(record)
    return records


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return _read_jsonl(CORPUS)


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return _read_jsonl(SAMPLE)


def _parse_iso(value: object) -> date:
    assert isinstance(value, str) and ISO_DATE.match(value), f"not an ISO date: {value!r}"
    return date.fromisoformat(value)


# --- corpus ------------------------------------------------------------------------------


def test_corpus_articles_have_required_fields(articles: list[dict[str, Any]]) -> None:
    required = {"id", "title", "date", "url", "source", "text"}
    for article in articles:
        missing = required - article.keys()
        assert not missing, f"{article.get('id')!r} lacks {sorted(missing)}"
        for key in required:
            assert isinstance(article[key], str), f"{article['id']}: {key} is not a string"
            assert article[key].strip(), f"{article['id']}: {key} is empty"
        assert article["source"] == "graphkit demo corpus"
        assert article["url"].startswith("https://example.org/"), article["url"]


def test_corpus_dates_are_iso(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        _parse_iso(article["date"])


def test_corpus_ids_are_unique(articles: list[dict[str, Any]]) -> None:
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_corpus_has_enough_articles_over_a_year(articles: list[dict[str, Any]]) -> None:
    dates = sorted(_parse_iso(a["date"]) for a in articles)
    assert len(articles) >= 8
    months = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month
    assert months >= 12, f"corpus spans only {months} months ({dates[0]}..{dates[-1]})"


def test_corpus_articles_are_short_news_length(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        words = len(article["text"].split())
        assert 150 <= words <= 400, f"{article['id']}: {words} words"


def test_corpus_readme_documents_every_article(articles: list[dict[str, Any]]) -> None:
    readme = CORPUS_README.read_text(encoding="utf-8")
    undocumented = [a["id"] for a in articles if a["id"] not in readme]
    assert not undocumented, f"README.md has no intended truth for {undocumented}"


# --- annotated sample --------------------------------------------------------------------


def test_sample_records_have_benchmark_shape(sample: list[dict[str, Any]]) -> None:
    assert 12 <= len(sample) <= 20
    for record in sample:
        assert set(record) == {"id", "source", "text", "relations"}, record.get("id")
        assert record["source"] == "graphkit_sample"
        assert isinstance(record["text"], str) and record["text"].strip()
        assert isinstance(record["relations"], list)
        for relation in record["relations"]:
            assert set(relation) == {
                "subject",
                "object",
                "type",
                "quad",
                "polarity",
                "reciprocal",
            }, record["id"]
            assert isinstance(relation["reciprocal"], bool)


def test_sample_ids_are_unique(sample: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in sample]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_sample_spans_match_text(sample: list[dict[str, Any]]) -> None:
    for record in sample:
        text = record["text"]
        for relation in record["relations"]:
            spans = relation["subject"] + relation["object"]
            assert relation["subject"], f"{record['id']}: relation without a subject"
            for span in spans:
                assert set(span) == {"text", "start", "end", "code"}, record["id"]
                start, end = span["start"], span["end"]
                assert isinstance(start, int) and isinstance(end, int), record["id"]
                assert 0 <= start < end <= len(text), (record["id"], span)
                assert text[start:end] == span["text"], (record["id"], span, text[start:end])


def test_sample_codes_are_iso3_or_known_non_state(sample: list[dict[str, Any]]) -> None:
    for record in sample:
        for relation in record["relations"]:
            for span in relation["subject"] + relation["object"]:
                code = span["code"]
                assert code in NON_STATE_CODES or pycountry.countries.get(alpha_3=code), (
                    f"{record['id']}: {code!r} is neither ISO 3166 alpha-3 nor in "
                    f"{sorted(NON_STATE_CODES)}"
                )


def test_sample_types_are_plover_and_quad_polarity_consistent(
    sample: list[dict[str, Any]],
) -> None:
    for record in sample:
        for relation in record["relations"]:
            plover = relation["type"]
            assert plover in PLOVER_QUAD, f"{record['id']}: unknown PLOVER type {plover!r}"
            assert relation["quad"] == PLOVER_QUAD[plover], (record["id"], plover)
            expected_polarity = 1 if PLOVER_QUAD[plover] <= 2 else -1
            assert relation["polarity"] == expected_polarity, (record["id"], plover)


def test_sample_covers_every_plover_type(sample: list[dict[str, Any]]) -> None:
    seen = {rel["type"] for record in sample for rel in record["relations"]}
    assert seen == set(PLOVER_QUAD), f"missing {sorted(set(PLOVER_QUAD) - seen)}"


def test_sample_has_negated_records_without_relations(sample: list[dict[str, Any]]) -> None:
    negated = [r for r in sample if not r["relations"]]
    assert len(negated) >= 2
    for record in negated:
        assert re.search(r"\b(?:did|does|has|have) not\b", record["text"]), record["id"]
