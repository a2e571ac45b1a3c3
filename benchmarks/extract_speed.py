"""Throughput of graphkit extraction against a bare ``nlp.pipe`` of the same spaCy model.

Both runs use the same model with the same model components, over the same corpus (the
seed articles plus the benchmark texts, repeated), in one process: first the bare
``nlp.pipe`` (tagger, parser, NER, ...), then ``graphkit.extract.extract_documents`` (the same
components plus the graphkit actor and statement rules, chunking and record building).
The ratio extraction/bare must stay >= 0.8 (the rules may cost at most 20%).

Usage: python benchmarks/extract_speed.py [--repeat N] [--batch-size B] [--rounds R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "benchmarks"


def corpus(repeat: int) -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("plover_gsr_dev.jsonl", "re3d_dev.jsonl"):
        path = SHARED / name
        if path.is_file():
            for line in path.read_text("utf-8").splitlines():
                record = json.loads(line)
                texts.append((str(record["id"]), record["text"]))
    return [(f"{i}:{doc_id}", text) for i in range(repeat) for doc_id, text in texts]


def main() -> int:
    import spacy

    from graphkit.extract import extract_documents, load_pipeline
    from graphkit.types import Document

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    # the first round of each runs slower (caches still cold): three keep two warm ones
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    docs = corpus(args.repeat)
    chars = sum(len(t) for _, t in docs)
    nlp = load_pipeline()
    model = nlp.meta["name"]
    model_pipes = [p for p in nlp.pipe_names if not p.startswith("graphkit_")]
    bare = spacy.load(
        f"en_{model}",
        exclude=[p for p in spacy.load(f"en_{model}").pipe_names if p not in model_pipes],
    )
    print(f"corpus: {len(docs)} documents, {chars} characters; model en_{model}")
    print(f"bare pipes:      {bare.pipe_names}")
    print(f"graphkit pipes:  {nlp.pipe_names}")

    # warm up both (first-call allocations), then time
    list(bare.pipe([t for _, t in docs[:5]]))
    list(extract_documents([Document(i, t) for i, t in docs[:5]], nlp=nlp))

    bare_runs: list[float] = []
    extract_runs: list[float] = []
    tokens = statements = 0
    for _ in range(args.rounds):  # alternate, keep the best of each (the machine is shared)
        start = time.perf_counter()
        tokens = sum(len(d) for d in bare.pipe((t for _, t in docs), batch_size=args.batch_size))
        bare_runs.append(time.perf_counter() - start)

        start = time.perf_counter()
        statements = sum(
            len(found)
            for _, found in extract_documents(
                (Document(i, t) for i, t in docs), nlp=nlp, batch_size=args.batch_size
            )
        )
        extract_runs.append(time.perf_counter() - start)
    bare_s, extract_s = min(bare_runs), min(extract_runs)
    print(
        f"rounds: {args.rounds}; bare {[round(x, 2) for x in bare_runs]} s, "
        f"extract {[round(x, 2) for x in extract_runs]} s (best of each is used)"
    )

    print(
        f"bare nlp.pipe:   {bare_s:7.2f} s  {chars / bare_s:10.0f} chars/s  "
        f"{tokens / bare_s:8.0f} tokens/s"
    )
    print(
        f"graphkit extract:{extract_s:7.2f} s  {chars / extract_s:10.0f} chars/s  "
        f"{statements} statements"
    )
    print(f"ratio (extract/bare throughput): {bare_s / extract_s:.3f}  (target >= 0.8)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
