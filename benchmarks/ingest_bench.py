"""Ingest benchmark: graphkit ingest against a bare ``nlp.pipe``, 1 vs 2 workers, and memory.

On a generated corpus (``benchmarks/make_corpus.py``: real sentences from the seeds and, when
present, ``<repo>/../shared/benchmarks``, shuffled with actor names swapped) this prints, in
one run:

* bare ``nlp.pipe`` words/s — the same model and components graphkit runs, without the
  graphkit components, over texts already in memory;
* graphkit ingest words/s with one worker (reading the JSONL, hashing, extraction, writing
  to an embedded Oxigraph store) and the ratio to the bare pipe (target >= 0.75). The two
  are measured on the same slices of the sample, interleaved, so a busy shared machine
  slows both alike;
* the speed-up of ``workers=2`` over one worker on the same sample (worker start-up and
  model loading included);
* peak RSS (the ingest process plus its worker processes) after 2,000 and after all the
  articles of a full ingest in a fresh process (target: flat within 20%).

Usage::

    python benchmarks/ingest_bench.py [--articles 20000] [--sample 2000] [--slices 4]
        [--full-workers 2] [--workdir DIR]

Timings are figures to read, not assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import load_average
from make_corpus import SHARED, write_corpus

CHECKPOINT = 2_000


def _jsonl_slice(source: Path, out: Path, start: int, stop: int) -> list[str]:
    """Copy records [start, stop) of ``source`` to ``out``; return their texts."""
    texts = []
    with source.open(encoding="utf-8") as stream, out.open("w", encoding="utf-8") as sink:
        for number, line in enumerate(stream):
            if number >= stop:
                break
            if number >= start:
                sink.write(line)
                texts.append(json.loads(line)["text"])
    return texts


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def speed(corpus: Path, sample: int, slices: int, work: Path) -> None:
    from graphkit.extract import load_pipeline
    from graphkit.ingest import run_ingest

    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("graphkit")]
    print(f"pipeline: {nlp.pipe_names}; bare pipe disables {ours} [{load_average()}]")
    warm = _jsonl_slice(corpus, work / "warm.jsonl", 0, 20)
    for _ in nlp.pipe(warm):
        pass
    bare_s = ingest_s = 0.0
    bare_w = ingest_w = 0
    store = work / "store-1"
    step = max(1, sample // slices)
    for k in range(slices):
        part = work / f"slice-{k}.jsonl"
        texts = _jsonl_slice(corpus, part, k * step, (k + 1) * step)
        with nlp.select_pipes(disable=ours):
            started = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=64):
                pass
            seconds = time.perf_counter() - started
        bare_s += seconds
        bare_w += _words(texts)
        report = run_ingest(part, store, workers=1, progress=False)
        ingest_s += report.seconds
        ingest_w += report.words
        print(
            f"  slice {k + 1}/{slices}: bare {_words(texts) / seconds:,.0f} words/s; "
            f"ingest {report}",
            flush=True,
        )
    bare = bare_w / bare_s
    one = ingest_w / ingest_s
    print(f"bare nlp.pipe: {bare:,.0f} words/s ({bare_w:,} words in {bare_s:.1f} s)")
    print(f"graphkit ingest, 1 worker: {one:,.0f} words/s ({ingest_w:,} words in {ingest_s:.1f} s)")
    print(f"ratio ingest/bare (1 worker): {one / bare:.2f}  (target >= 0.75) [{load_average()}]")

    whole = work / "sample.jsonl"
    _jsonl_slice(corpus, whole, 0, step * slices)
    two = run_ingest(whole, work / "store-2", workers=2, progress=False)
    print(f"graphkit ingest, 2 workers: {two.words_per_second:,.0f} words/s ({two})")
    print(f"speed-up 2 workers / 1 worker: {two.words_per_second / one:.2f}x [{load_average()}]")


def full(corpus: Path, store: Path, workers: int) -> None:
    """Full ingest in this (fresh) process, sampling the RSS of it and its workers."""
    import psutil

    from graphkit.ingest import run_ingest

    me = psutil.Process()
    peak = [0]
    stop = threading.Event()

    def tree_rss() -> int:
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return total

    def sample() -> None:
        while not stop.wait(0.25):
            peak[0] = max(peak[0], tree_rss())

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    marks: dict[int, int] = {}

    def on_commit(report: object) -> None:
        done = report.written + report.skipped_existing + len(report.failed)  # type: ignore[attr-defined]
        peak[0] = max(peak[0], tree_rss())
        if done >= CHECKPOINT and CHECKPOINT not in marks:
            marks[CHECKPOINT] = peak[0]

    report = run_ingest(corpus, store, workers=workers, progress=True, on_commit=on_commit)
    stop.set()
    thread.join()
    peak[0] = max(peak[0], tree_rss())
    print(
        json.dumps(
            {
                "at_2000": marks.get(CHECKPOINT, 0),
                "at_end": peak[0],
                "articles": report.read,
                "report": str(report),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="graphkit ingest benchmark")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--slices", type=int, default=4)
    parser.add_argument("--full-workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--skip-full", action="store_true")
    parser.add_argument("--full-only", nargs=2, metavar=("CORPUS", "STORE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.full_only:
        full(Path(args.full_only[0]), Path(args.full_only[1]), args.full_workers)
        return 0
    work = args.workdir or Path(tempfile.mkdtemp(prefix="graphkit-ingest-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    started = time.perf_counter()
    words = write_corpus(corpus, args.articles)
    shared = "with" if SHARED.is_dir() else "WITHOUT (../shared absent: seeds only)"
    print(
        f"corpus: {args.articles:,} articles, {words:,} words ({words / args.articles:.0f}"
        f"/article), {shared} shared benchmark sentences, in {work}"
    )
    speed(corpus, min(args.sample, args.articles), args.slices, work)
    if not args.skip_full:
        print(
            f"full ingest of {args.articles:,} articles, {args.full_workers} worker(s), "
            "in a fresh process:",
            flush=True,
        )
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--full-workers",
                str(args.full_workers),
                "--full-only",
                str(corpus),
                str(work / "store-full"),
            ],
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        mib = 1024 * 1024
        print(f"  {result['report']} [{load_average()}]")
        a, b = result["at_2000"] / mib, result["at_end"] / mib
        if a:
            print(
                f"peak RSS (process + workers): {a:,.0f} MiB at {CHECKPOINT:,} articles, "
                f"{b:,.0f} MiB at {result['articles']:,} articles; growth {b / a - 1:+.1%} "
                "(target within 20%)"
            )
        else:
            print(
                f"peak RSS (process + workers): {b:,.0f} MiB at {result['articles']:,} "
                f"articles (corpus smaller than {CHECKPOINT:,}: no checkpoint)"
            )
    print(f"benchmark wall time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
