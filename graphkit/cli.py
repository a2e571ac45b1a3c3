"""The ``graphkit`` command line: a thin layer over the public API.

Each command parses its arguments, calls one library function and prints the result;
no logic lives here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from graphkit import __version__
from graphkit.cli_support import (
    describe_actor,
    format_frame,
    parse_bindings,
    report_corpus_issues,
    write_statements,
)
from graphkit.errors import GraphkitError

__all__ = ["main"]


class _Group(click.Group):
    """A click group that turns a GraphkitError into a one-line message and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GraphkitError as err:
            click.echo(f"graphkit: error: {err}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """graphkit: news articles to a geopolitical stance knowledge graph."""


_STORE_OPTION = click.option(
    "--store",
    default="graphkit-store",
    show_default=True,
    help="Store folder, ':memory:' or SPARQL endpoint URL.",
)
_SINCE_OPTION = click.option("--since", help="First day kept (YYYY-MM-DD).")
_UNTIL_OPTION = click.option("--until", help="Last day kept (YYYY-MM-DD).")
_ACTORS_OPTION = click.option(
    "--actors", "actor_list", help="Comma-separated actor IRIs or KB keys (e.g. CHN,RUS,NATO)."
)
_PROGRESS_OPTION = click.option("--progress/--no-progress", default=True, show_default=True)


def _actor_list(value: str | None) -> list[str] | None:
    return [a.strip() for a in (value or "").split(",") if a.strip()] or None


@main.group()
def actors() -> None:
    """The actor knowledge base: states, organisations, armed groups, blocs."""


@actors.command("lookup")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the actor as JSON.")
def actors_lookup(text: str, as_json: bool) -> None:
    """Resolve a name, alias, demonym, capital or seat of power to a KB actor."""
    from graphkit.kb import load_kb

    kb = load_kb()
    actor = kb.lookup(text)
    if actor is None:
        click.echo(f"graphkit: no actor in the knowledge base for {text!r}", err=True)
        sys.exit(1)
    click.echo(describe_actor(kb, actor, as_json=as_json))


@main.command("viz")
@_STORE_OPTION
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--title", default="graphkit stance graph", show_default=True)
@click.option("--actor", "actors", multiple=True, help="Focus actor (label or IRI); repeatable.")
@click.option("--depth", type=click.IntRange(min=0), help="Hops around --actor (default 1).")
@click.option("--relation", "relations", multiple=True, help="Relation to keep; repeatable.")
@click.option(
    "--polarity", multiple=True, type=click.Choice(["cooperative", "hostile", "neutral", "negated"])
)
@click.option("--quad", "quads", multiple=True, type=click.IntRange(1, 4))
@_SINCE_OPTION
@_UNTIL_OPTION
@click.option(
    "--min-evidence",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Least statements behind a drawn edge.",
)
@click.option(
    "--color",
    "node_color",
    default="type",
    show_default=True,
    type=click.Choice(["type", "bloc", "centrality"]),
)
@click.option(
    "--size",
    "node_size",
    default="degree",
    show_default=True,
    type=click.Choice(["degree", "centrality"]),
)
@click.option(
    "--layout",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "spring", "kamada_kawai", "circular", "physics"]),
)
def viz(
    store: str,
    out: str,
    actors: tuple[str, ...],
    depth: int | None,
    relations: tuple[str, ...],
    polarity: tuple[str, ...],
    quads: tuple[int, ...],
    **options: Any,
) -> None:
    """Write the stance graph as one self-contained interactive HTML file."""
    from graphkit.analysis import statement_graph
    from graphkit.store import KnowledgeGraph
    from graphkit.viz import write_html

    with KnowledgeGraph.open(store) as kg:
        G = statement_graph(kg, include_claims=True, include_negated=True)
    path = write_html(
        G,
        out,
        focus=actors or None,
        depth=depth,
        relations=relations or None,
        polarity=polarity or None,
        quads=quads or None,
        **options,
    )
    click.echo(
        f"wrote {path} (from a store graph of {G.number_of_nodes()} actors and "
        f"{G.number_of_edges()} statements, before --actor and filters)"
    )


@main.command("analyze")
@_STORE_OPTION
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Folder for blocs.json, balance.json, CSV tables and PNG figures.",
)
@_SINCE_OPTION
@_UNTIL_OPTION
@_ACTORS_OPTION
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option(
    "--write-back", is_flag=True, help="Also write the run and its blocs into the store as RDF."
)
def analyze_command(
    store: str,
    out_dir: str | None,
    since: str | None,
    until: str | None,
    actor_list: str | None,
    seed: int,
    write_back: bool,
) -> None:
    """Blocs, structural balance, roles and the stance matrix of the stance graph."""
    from graphkit.analysis import analyze, format_tables, write_rdf
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        result = analyze(
            kg, out_dir, since=since, until=until, actors=_actor_list(actor_list), seed=seed
        )
        run = write_rdf(result, kg) if write_back else None
    click.echo(format_tables(result))
    if out_dir:
        click.echo(f"\nwrote {len(result.files)} files to {out_dir}")
    if run is not None:
        click.echo(f"wrote analysis run {run} to the store")


# -- store commands (graphkit.store) ---------------------------------------------------------


@main.command("query")
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Read the query from a .rq file.",
)
@click.option("--named", help="Run a cookbook query, graphkit/queries/NAME.rq (see --list).")
@click.option("--list", "list_named", is_flag=True, help="List the cookbook queries and exit.")
@click.option(
    "--bind",
    "binds",
    multiple=True,
    metavar="VAR=VALUE",
    help="Bind a variable: an IRI, a CURIE (gka:CHN) or a literal; repeatable.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
)
@click.option("--labels", is_flag=True, help="Show rdfs:label instead of IRIs.")
@_STORE_OPTION
def query_command(
    sparql: str | None,
    query_file: str | None,
    named: str | None,
    list_named: bool,
    binds: tuple[str, ...],
    fmt: str,
    labels: bool,
    store: str,
) -> None:
    """Run a SPARQL query (text, -f FILE.rq or --named NAME) on the store."""
    from graphkit.store import KnowledgeGraph, named_queries

    if list_named:
        for name, title in named_queries().items():
            click.echo(f"{name:<22} {title}")
        return
    if sum(x is not None for x in (sparql, query_file, named)) != 1:
        raise click.UsageError("give exactly one of a SPARQL string, -f FILE.rq or --named NAME")
    bindings = parse_bindings(binds)
    with KnowledgeGraph.open(store) as kg:
        if named is not None:
            frame = kg.named_query(named, labels=labels, **bindings)
        else:
            text = Path(query_file).read_text(encoding="utf-8") if query_file else str(sparql)
            frame = kg.query(text, labels=labels, **bindings)
    click.echo(format_frame(frame, fmt), nl=False)


@main.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["trig", "nquads", "turtle", "jsonld", "ntriples"]),
    default="trig",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@_STORE_OPTION
def export_command(fmt: str, out: str | None, store: str) -> None:
    """Serialise the whole store (trig/nquads/jsonld keep the named graphs)."""
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        data = kg.export(fmt, out)
    if data is not None:
        sys.stdout.buffer.write(data)
    else:
        click.echo(f"wrote {out}", err=True)


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--graph", help="Named graph for the triples of a triples-only file (replaced).")
@_STORE_OPTION
def import_command(file: str, graph: str | None, store: str) -> None:
    """Import an RDF file; its named graphs replace the store's graphs of the same name.

    A file of 32 MB or more is parsed completely first (a syntax error writes nothing), then
    bulk-loaded in parallel into an embedded store (fast, not transactional).
    """
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        count = kg.import_file(file, graph=graph)
        total = len(kg)
    click.echo(f"imported {count} quads from {file}; the store holds {total} quads")


@main.command("validate")
@_STORE_OPTION
def validate_command(store: str) -> None:
    """SHACL-validate the store with ontologies/shapes.ttl (exit 1 when it does not conform)."""
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        conforms, report = kg.validate()
    click.echo(report)
    sys.exit(0 if conforms else 1)


@main.command("serve")
@click.option("--port", type=int, default=7878, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--write-token",
    envvar="GRAPHKIT_WRITE_TOKEN",
    help="Allow updates with 'Authorization: Bearer TOKEN' (env GRAPHKIT_WRITE_TOKEN).",
)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Query time limit, s.")
@click.option(
    "--max-bytes", type=int, default=50_000_000, show_default=True, help="Largest result body."
)
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
@_STORE_OPTION
def serve_command(
    port: int,
    host: str,
    write_token: str | None,
    timeout: float,
    max_bytes: int,
    verbose: bool,
    store: str,
) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint (/query, /update)."""
    from graphkit.store.server import serve

    serve(
        store,
        host,
        port,
        write_token=write_token,
        timeout=timeout,
        max_bytes=max_bytes,
        verbose=verbose,
    )


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "ttl", "trig"]),
    default="jsonl",
    show_default=True,
    help="Statement JSON Lines, or the RDF the store would hold.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def extract_command(paths: tuple[str, ...], fmt: str, out: str | None) -> None:
    """Print the statements of text/Markdown/HTML files, folders or JSONL corpora.

    Nothing is stored. Skipped files and records are reported as ``path:line: reason`` on
    stderr, and the exit code is 1 when anything was skipped.
    """
    from graphkit.corpus import read_corpus
    from graphkit.extract import extract_documents

    reader = read_corpus(paths)
    write_statements(extract_documents(reader), fmt, out)
    if report_corpus_issues(reader):
        sys.exit(1)


@main.command("evaluate")
@click.option(
    "--gold",
    "gold",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold JSON Lines in the benchmark format (see the README).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate_command(gold: str, as_json: bool) -> None:
    """Score extraction against an annotated gold file (span overlap, then codes)."""
    from graphkit.extract import evaluate

    report = evaluate(gold)
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.format())


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_STORE_OPTION
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extraction processes on this machine.",
)
@click.option("--executor", help="Run extraction on a Dask cluster: dask://HOST:PORT.")
@click.option(
    "--no-resume",
    is_flag=True,
    help="Re-extract and replace articles already in the store (default: skip them).",
)
@_PROGRESS_OPTION
def ingest_command(
    paths: tuple[str, ...],
    store: str,
    workers: int,
    executor: str | None,
    no_resume: bool,
    progress: bool,
) -> None:
    """Extract PATHS and write their statements into the store.

    Resumable and idempotent: an article whose text is already stored is skipped, and an
    interrupted run restarted with the same command picks up where it stopped. Skipped or
    failed records are reported; the exit code is 1 when there were any.
    """
    from graphkit.ingest import run_ingest
    from graphkit.store import KnowledgeGraph

    with KnowledgeGraph.open(store) as kg:
        before = kg.count_actors()
        report = run_ingest(
            list(paths),
            kg,
            workers=workers,
            executor=executor,
            resume=not no_resume,
            progress=progress,
        )
        after = kg.count_actors()
    report_corpus_issues(report)
    for doc_id, message in report.failed:
        click.echo(f"graphkit: failed {doc_id!r}: {message}", err=True)
    click.echo(str(report))
    click.echo(f"actors: {after} in the store ({after - before:+d})")
    if not report.ok:
        sys.exit(1)


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False),
    help="Output folder: statements, store, RDF, analysis files and graph.html.",
)
@click.option(
    "--store",
    default=None,
    help="Store folder, ':memory:' or SPARQL endpoint URL (default: OUT/store).",
)
@click.option("--seed", default=0, show_default=True, help="Seed of every random step.")
@_SINCE_OPTION
@_UNTIL_OPTION
@_ACTORS_OPTION
@_PROGRESS_OPTION
def build_command(
    paths: tuple[str, ...],
    out: str,
    store: str | None,
    seed: int,
    since: str | None,
    until: str | None,
    actor_list: str | None,
    progress: bool,
) -> None:
    """Extract, store, analyse and draw PATHS; write everything into OUT.

    --since, --until and --actors select what the analysis files and graph.html show; the
    store and graph.trig keep every statement. Skipped files and records are reported as
    ``path:line: reason``; the exit code is 1 when anything was skipped.
    """
    from graphkit.workflow import build

    report = build(
        paths,
        out,
        store=store,
        seed=seed,
        progress=progress,
        since=since,
        until=until,
        actors=_actor_list(actor_list),
    )
    click.echo(report.format())
    if report.skipped:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
