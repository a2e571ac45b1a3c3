"""Score graphkit extraction on the shared stance benchmarks and print the full figures.

Usage: python benchmarks/evaluate_extraction.py [GOLD.jsonl ...]
(default: ../shared/benchmarks/plover_gsr_dev.jsonl and re3d_dev.jsonl beside the repo).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks"
DEFAULT_FILES = ("plover_gsr_dev.jsonl", "re3d_dev.jsonl")


def main(argv: list[str]) -> int:
    from graphkit.extract import evaluate, load_pipeline

    paths = [Path(a) for a in argv] or [SHARED / name for name in DEFAULT_FILES]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"benchmark files not found: {missing}", file=sys.stderr)
        return 2
    nlp = load_pipeline()
    print(f"model: {nlp.meta.get('name')} {nlp.meta.get('version')}; pipes: {nlp.pipe_names}")
    for path in paths:
        start = time.perf_counter()
        report = evaluate(path, nlp=nlp)
        print()
        print(report.format())
        print(f"time                {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
