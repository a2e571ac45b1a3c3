"""Generate a synthetic news corpus (JSON Lines) from real sentences, for ingest benchmarks.

Sentences come from the seed articles (``seeds/*.txt``) and, when the shared benchmark
folder ``<repo>/../shared/benchmarks`` exists, from the texts of its ``*.jsonl`` files; they
are read in place, never copied into the repository. Each article is a random selection of
those sentences in a random order, grouped into paragraphs, with actor names swapped for
others of the same kind (a state for a state, a capital for a capital, an organisation for
an organisation), so the articles differ from one another while staying real English that
the extractor finds stances in. Output is deterministic for a given seed.

Usage::

    python benchmarks/make_corpus.py OUT.jsonl [--articles 20000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "benchmarks"

# Names swapped within each group (whole words only).
SWAPS = {
    "state": [
        "China",
        "Russia",
        "Ukraine",
        "India",
        "Brazil",
        "France",
        "Germany",
        "Japan",
        "Iran",
        "Israel",
        "Turkey",
        "Pakistan",
        "Australia",
        "Canada",
        "Egypt",
        "Iraq",
        "Syria",
        "Poland",
        "Jordan",
        "Saudi Arabia",
        "South Korea",
        "North Korea",
        "the United States",
        "the United Kingdom",
        "Mexico",
        "Nigeria",
        "Kenya",
        "Qatar",
    ],
    "capital": [
        "Beijing",
        "Moscow",
        "Kyiv",
        "New Delhi",
        "Paris",
        "Berlin",
        "Tokyo",
        "Tehran",
        "Ankara",
        "Washington",
        "London",
        "Cairo",
        "Baghdad",
        "Damascus",
        "Warsaw",
        "Amman",
    ],
    "org": ["NATO", "the EU", "the UN", "ASEAN", "the African Union", "the Arab League"],
    "demonym": [
        "Chinese",
        "Russian",
        "Ukrainian",
        "Indian",
        "French",
        "German",
        "Japanese",
        "Iranian",
        "Israeli",
        "Turkish",
        "Pakistani",
        "Australian",
        "Egyptian",
        "Iraqi",
    ],
}
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z])")
_MIN_WORDS, _MAX_WORDS = 6, 60


def sentences(include_shared: bool = True) -> list[str]:
    """Real sentences from the seeds and (if present) the shared benchmark texts."""
    texts: list[str] = []
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        texts.append(seed.read_text(encoding="utf-8"))
    if include_shared and SHARED.is_dir():
        for path in sorted(SHARED.glob("*.jsonl")):
            with path.open(encoding="utf-8") as stream:
                texts.extend(json.loads(line)["text"] for line in stream if line.strip())
    found: list[str] = []
    for text in texts:
        for paragraph in re.split(r"\n\s*\n|\n", text):
            for sentence in _SENTENCE.split(paragraph.strip()):
                words = len(sentence.split())
                if _MIN_WORDS <= words <= _MAX_WORDS and sentence[-1:] in '.!?"”':
                    found.append(sentence.strip())
    return sorted(set(found))


def _swapper(rng: random.Random) -> re.Pattern[str]:
    names = sorted((n for group in SWAPS.values() for n in group), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def articles(n: int, seed: int = 7, include_shared: bool = True) -> Iterator[dict[str, str]]:
    """``n`` article records ``{"id", "title", "date", "source", "text"}``."""
    pool = sentences(include_shared)
    if not pool:
        raise SystemExit("no sentences found: is seeds/ present?")
    rng = random.Random(seed)
    pattern = _swapper(rng)
    group_of = {name: group for group, names in SWAPS.items() for name in names}
    for number in range(n):
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(4, 8)))
        mapping: dict[str, str] = {}

        def swap(match: re.Match[str], mapping: dict[str, str] = mapping) -> str:
            name = match.group(1)
            if name not in mapping:
                mapping[name] = rng.choice(SWAPS[group_of[name]])
            return mapping[name]

        body = [pattern.sub(swap, s) for s in chosen]
        paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        day = 1 + number % 28
        month = 1 + (number // 28) % 12
        yield {
            "id": f"synthetic-{number:07d}",
            "title": body[0][:80],
            "date": f"2022-{month:02d}-{day:02d}",
            "source": "synthetic",
            "text": "\n\n".join(paragraphs),
        }


def write_corpus(out: Path, n: int, seed: int = 7, include_shared: bool = True) -> int:
    """Write ``n`` articles to ``out`` (JSON Lines); returns the number of words written."""
    words = 0
    with out.open("w", encoding="utf-8") as stream:
        for record in articles(n, seed, include_shared):
            words += len(record["text"].split())
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    words = write_corpus(args.out, args.articles, args.seed)
    shared = "with" if SHARED.is_dir() else "without (../shared absent)"
    print(f"wrote {args.articles} articles, {words:,} words to {args.out} {shared} shared texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
