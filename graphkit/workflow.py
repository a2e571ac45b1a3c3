"""``graphkit build``: the whole pipeline on a corpus, into one output folder.

corpus -> statements -> store -> analysis -> HTML, each stage through its own public
function; this module only chains them and records what each produced.

Files written into ``out_dir``:

- ``statements.jsonl``: every statement (the public JSONL record), asserted or not;
- ``store/``: the embedded Oxigraph store (unless ``store`` names another one);
- ``graph.trig``: the whole store as TriG (articles, ontology, actor KB, analysis run);
- ``blocs.json``, ``balance.json``, ``stance_matrix.csv``, ``centrality.csv`` and the PNG
  figures of :func:`graphkit.analysis.analyze`;
- ``graph.html``: the self-contained interactive stance graph (claims and negated acts
  included; nodes coloured by actor type, as ``graphkit viz`` does by default).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from graphkit.types import Document, Statement

__all__ = ["BuildReport", "build"]


@dataclass
class BuildReport:
    """What :func:`build` produced.

    Attributes:
        out_dir: The output folder.
        store: Location of the store written to.
        documents: Documents read and extracted.
        statements: Statements extracted (asserted or not).
        asserted: Of which asserted.
        ingest: The store's one-line ingest summary.
        skipped: Files or records skipped by the corpus reader, as ``path:line: reason``.
        warnings: Documents kept with a caveat (a date that could not be read).
        files: Every file written, by file name.
        blocs: Number of blocs found (singletons included).
    """

    out_dir: Path
    store: str
    documents: int = 0
    statements: int = 0
    asserted: int = 0
    ingest: str = ""
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    blocs: int = 0

    def format(self) -> str:
        """A short human-readable summary."""
        lines = [
            f"read {self.documents} document(s); {self.statements} statement(s), "
            f"{self.asserted} asserted",
            f"store: {self.store} ({self.ingest})",
            f"blocs: {self.blocs}",
        ]
        lines += [f"  {path}" for path in self.files.values()]
        lines += [f"warning: {reason}" for reason in self.warnings]
        lines += [f"skipped: {reason}" for reason in self.skipped]
        return "\n".join(lines)


def _write_jsonl(statements: Iterable[Statement], stream: TextIO) -> None:
    """Write ``statements`` to ``stream`` as JSON Lines (``graphkit extract`` and ``build``)."""
    for statement in statements:
        stream.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")


def _tee_statements(
    pairs: Iterable[tuple[Document, list[Statement]]], path: Path, report: BuildReport
) -> Iterator[tuple[Document, list[Statement]]]:
    with path.open("w", encoding="utf-8") as stream:
        for document, statements in pairs:
            report.documents += 1
            report.statements += len(statements)
            report.asserted += sum(s.asserted for s in statements)
            _write_jsonl(statements, stream)
            yield document, statements


_PAGE_OPTIONS = ("since", "until", "actors", "aggregate_persons")


def build(
    paths: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    *,
    store: str | Path | None = None,
    seed: int = 0,
    progress: bool = False,
    **analysis_options: Any,
) -> BuildReport:
    """Extract, store, analyse and draw a corpus; write everything into ``out_dir``.

    Args:
        paths: Files, folders or JSONL/CSV corpora (see :func:`graphkit.corpus.read_corpus`).
        out_dir: Output folder (created when missing).
        store: Store to ingest into: a folder, ``:memory:`` or a SPARQL endpoint URL;
            default ``out_dir/store``. Re-running on the same store replaces each article.
        seed: Seed of every random step (bloc detection, layout).
        progress: Show progress bars.
        **analysis_options: Passed on to :func:`graphkit.analysis.analyze`. The window
            (``since``, ``until``), ``actors`` and ``aggregate_persons`` also select what
            ``graph.html`` draws.

    Returns:
        The :class:`BuildReport`; ``report.skipped`` lists what the corpus reader skipped.

    Raises:
        GraphkitError: A stage failed (store unreachable, corrupt store folder, ...).

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Russia invaded Ukraine on Thursday.")
        >>> report = build(folder, folder / "out")
        >>> report.statements, sorted(report.files)[:3]
        (1, ['balance.json', 'blocs.json', 'blocs.png'])
    """
    from graphkit.analysis import analyze, statement_graph, write_rdf
    from graphkit.corpus import read_corpus
    from graphkit.extract import extract_documents
    from graphkit.store import KnowledgeGraph
    from graphkit.viz import write_html

    selection = {k: v for k, v in analysis_options.items() if k in _PAGE_OPTIONS}
    statement_graph([], **selection)  # a bad date or actor fails here, before any work
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store_spec = str(store) if store is not None else str(out / "store")
    report = BuildReport(out_dir=out, store=store_spec)
    reader = read_corpus(paths)
    statements_path = out / "statements.jsonl"
    with KnowledgeGraph.open(store_spec) as kg:
        pairs = _tee_statements(extract_documents(reader), statements_path, report)
        report.ingest = str(kg.ingest(pairs, progress=progress))
        report.files[statements_path.name] = statements_path
        result = analyze(kg, out, seed=seed, **analysis_options)
        write_rdf(result, kg)
        report.blocs = len(result.blocs)
        report.files.update({Path(p).name: Path(p) for p in result.files})
        # Not result.statements: that graph holds asserted acts only; the page also shows
        # claims and negated acts, in the same window and among the same actors.
        graph = statement_graph(kg, include_claims=True, include_negated=True, **selection)
        html = write_html(graph, out / "graph.html", seed=seed)
        report.files[html.name] = html
        trig = out / "graph.trig"
        kg.export("trig", trig)
        report.files[trig.name] = trig
    report.skipped = [str(issue) for issue in reader.issues]
    report.warnings = [str(issue) for issue in reader.warnings]
    return report
