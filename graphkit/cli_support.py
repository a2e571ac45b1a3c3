"""Helpers of the ``graphkit`` command line that are not commands.

Argument parsing and output formatting shared by the click commands of
:mod:`graphkit.cli`, kept apart so that module holds only the commands.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import pandas as pd

    from graphkit.kb import KnowledgeBase
    from graphkit.types import Actor, Document, Statement

__all__ = [
    "describe_actor",
    "format_frame",
    "parse_bindings",
    "report_corpus_issues",
    "write_statements",
]


def parse_bindings(binds: Iterable[str]) -> dict[str, str]:
    """The ``--bind VAR=VALUE`` options as a mapping, ``?`` / ``$`` dropped from names.

    Raises:
        click.BadParameter: An option without ``=`` or without a name.

    Example:
        >>> parse_bindings(["?s=gka:FRA", "label=a=b"])
        {'s': 'gka:FRA', 'label': 'a=b'}
    """
    out = {}
    for bind in binds:
        name, sep, value = bind.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected VAR=VALUE, got {bind!r}", param_hint="--bind")
        out[name.strip().lstrip("?$")] = value
    return out


def format_frame(frame: pd.DataFrame, fmt: str) -> str:
    """A query result as ``table``, ``csv``, ``tsv`` or ``json`` text, ending in a newline.

    Example:
        >>> import pandas as pd
        >>> format_frame(pd.DataFrame({"s": ["a"], "n": [1]}), "tsv")
        's\\tn\\na\\t1\\n'
        >>> format_frame(pd.DataFrame(), "table")
        '(no rows)\\n'
    """
    if fmt == "csv":
        return str(frame.to_csv(index=False))
    if fmt == "tsv":
        return str(frame.to_csv(index=False, sep="\t"))
    if fmt == "json":
        return frame.to_json(orient="records", force_ascii=False) + "\n"
    return (frame.to_string(index=False) if len(frame) else "(no rows)") + "\n"


def describe_actor(kb: KnowledgeBase, actor: Actor, *, as_json: bool = False) -> str:
    """What ``graphkit actors lookup`` prints for an actor: its fields, memberships and
    members, as aligned lines or as JSON.

    Example:
        >>> from graphkit.kb import load_kb
        >>> kb = load_kb()
        >>> print(describe_actor(kb, kb.get("CHN")).splitlines()[0])
        label:     China
    """
    members = kb.members(actor.id)
    memberships = kb.memberships(actor.id)
    if as_json:
        record = actor.to_dict()
        record["members"] = [m.to_dict() for m in members]
        record["member_of"] = [m.to_dict() for m in memberships]
        return json.dumps(record, ensure_ascii=False, indent=2)
    lines = [
        f"label:     {actor.label}",
        f"type:      {actor.type}",
        f"iso3:      {actor.iso3 or '-'}",
        f"wikidata:  {actor.wikidata or '-'}",
        f"iri:       {actor.id}",
    ]
    if memberships:
        lines.append("member of: " + ", ".join(m.label for m in memberships))
    if members:
        lines.append(f"members ({len(members)}): " + ", ".join(m.label for m in members))
    return "\n".join(lines)


def write_statements(
    pairs: Iterable[tuple[Document, list[Statement]]], fmt: str, out: str | None = None
) -> None:
    """Write extracted statements to ``out`` (default: stdout), storing nothing.

    Args:
        pairs: ``(document, statements)`` pairs, consumed as they come.
        fmt: ``jsonl`` (one public statement record a line), or ``ttl`` / ``trig``: the
            articles' named graphs the store would hold, without ontology or KB graphs.
        out: File to write instead of stdout.
    """
    if fmt == "jsonl":
        from graphkit.workflow import _write_jsonl

        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
        try:
            for _document, statements in pairs:
                _write_jsonl(statements, stream)
        finally:
            if out:
                stream.close()
        return
    from graphkit.store import KnowledgeGraph
    from graphkit.store.embedded import MemoryBackend

    # The articles' named graphs only: no ontology or KB graphs in the output.
    with KnowledgeGraph(MemoryBackend(), load_system_graphs=False) as kg:
        kg.ingest(pairs, progress=False)
        data = kg.export("turtle" if fmt == "ttl" else "trig")
    if out:
        Path(out).write_bytes(data or b"")
    else:
        sys.stdout.write((data or b"").decode("utf-8"))


def report_corpus_issues(reader: Any) -> int:
    """Print the warnings and every skipped file or record (``path:line: reason``) of a
    corpus reader or ingest report on stderr; return how many were skipped."""
    for issue in reader.warnings:
        click.echo(f"graphkit: warning: {issue}", err=True)
    for issue in reader.issues:
        click.echo(f"graphkit: skipped {issue}", err=True)
    return len(reader.issues)
