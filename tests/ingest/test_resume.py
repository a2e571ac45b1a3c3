"""Kill an ingest half-way with SIGKILL and restart the same command: the store ends up
identical to an uninterrupted run, and never holds a half-written article."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from graphkit.store import KnowledgeGraph
from graphkit.store.mapping import ARTICLE_NS

from .helpers import normalised_quads

SCRIPT = '''
import sys, time
from graphkit.ingest import SpacyExtractorFactory, run_ingest


class Slow:
    """The real extractor with a pause after each document, so the test can kill us."""

    def __init__(self, inner, delay):
        self.inner, self.delay, self.model = inner, delay, inner.model

    def extract(self, docs):
        for item in self.inner.extract(docs):
            time.sleep(self.delay)
            yield item


def factory():
    return Slow(SpacyExtractorFactory()(), float(sys.argv[3]))


if __name__ == "__main__":
    report = run_ingest(sys.argv[1], sys.argv[2], extractor=factory, partition_size=2,
                        write_batch=2, progress=False,
                        on_commit=lambda r: print("COMMITTED", r.written, flush=True))
    print("DONE", report.written, report.skipped_existing, len(report.failed), flush=True)
'''


def by_graph(lines: list[str]) -> dict[str, list[str]]:
    graphs: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        graphs[line.rsplit(" ", 1)[1]].append(line)
    return graphs


@pytest.mark.slow
def test_ingest_killed_and_restarted_equals_an_uninterrupted_run(
    tmp_path: Path, small_corpus: Path, reference: list[str]
) -> None:
    script = tmp_path / "ingest_script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    store = tmp_path / "store"
    command = [sys.executable, str(script), str(small_corpus), str(store)]
    proc = subprocess.Popen([*command, "0.15"], stdout=subprocess.PIPE, text=True)
    committed = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("COMMITTED"):
            committed = int(line.split()[1])
            if committed >= 8:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    assert 8 <= committed < 28

    with KnowledgeGraph.open(store) as kg:  # what the killed run left: only whole articles
        partial = by_graph(normalised_quads(kg.backend.quads()))
    expected = by_graph(reference)
    articles = [g for g in partial if g.startswith("<" + ARTICLE_NS)]
    assert committed <= len(articles) < len([g for g in expected if g.startswith("<" + ARTICLE_NS)])
    for graph in articles:
        assert partial[graph] == expected[graph], f"article graph {graph} is not complete"

    done = subprocess.run([*command, "0"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    summary = done.stdout.strip().splitlines()[-1].split()
    assert summary[0] == "DONE"
    written, skipped = int(summary[1]), int(summary[2])
    assert skipped == len(articles)
    assert written == len([g for g in expected if g.startswith("<" + ARTICLE_NS)]) - skipped

    with KnowledgeGraph.open(store) as kg:
        assert normalised_quads(kg.backend.quads()) == reference
