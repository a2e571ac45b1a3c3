"""The ``graphkit`` command line: a thin layer over the public API.

Each command parses its arguments, calls one library function and prints the result;
no logic lives here.
"""

from __future__ import annotations

import json
import sys

import click

from graphkit import __version__
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
    members = kb.members(actor.id)
    memberships = kb.memberships(actor.id)
    if as_json:
        record = actor.to_dict()
        record["members"] = [m.to_dict() for m in members]
        record["member_of"] = [m.to_dict() for m in memberships]
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"label:     {actor.label}")
    click.echo(f"type:      {actor.type}")
    click.echo(f"iso3:      {actor.iso3 or '-'}")
    click.echo(f"wikidata:  {actor.wikidata or '-'}")
    click.echo(f"iri:       {actor.id}")
    if memberships:
        click.echo("member of: " + ", ".join(m.label for m in memberships))
    if members:
        click.echo(f"members ({len(members)}): " + ", ".join(m.label for m in members))


if __name__ == "__main__":  # pragma: no cover
    main()
