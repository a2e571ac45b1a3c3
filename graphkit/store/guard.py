"""What the SPARQL endpoint refuses: ``SERVICE`` and ``LOAD`` (no request may leave the
machine because of a query), updates sent as queries, and the reverse.

Two independent checks must both pass: a lexical scan (:func:`refused_keywords`, which
expands code-point escapes and skips strings, IRIs and comments, so case, spacing and
comment tricks do not hide a keyword) and, when rdflib can parse the text, a walk of its
parse tree for ``ServiceGraphPattern`` and ``Load`` nodes.

Example:
    >>> check_request("SELECT * WHERE { ?s ?p ?o }", update=False)
    'SELECT'
    >>> check_request("select * { service <http://evil/> { ?s ?p ?o } }", update=False)
    Traceback (most recent call last):
    ...
    graphkit.store.guard.RefusedError: SERVICE refused: this endpoint sends no requests off the machine
"""

from __future__ import annotations

from typing import Any

from graphkit.errors import QueryError
from graphkit.store.sparqltext import query_form, refused_keywords

__all__ = ["RefusedError", "check_request", "parse_tree_refusals"]

_TREE_NAMES = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}


class RefusedError(QueryError):
    """A request the endpoint will not run (as opposed to a malformed one)."""


def _walk(node: Any, found: set[str], depth: int = 0) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue

    if depth > 500:
        return
    if isinstance(node, CompValue):
        if node.name in _TREE_NAMES:
            found.add(_TREE_NAMES[node.name])
        for value in node.values():
            _walk(value, found, depth + 1)
    elif isinstance(node, list | tuple):
        for value in node:
            _walk(value, found, depth + 1)
    elif hasattr(node, "asList") and not isinstance(node, str):
        _walk(node.asList(), found, depth + 1)


def parse_tree_refusals(text: str, *, update: bool) -> set[str] | None:
    """``SERVICE``/``LOAD`` found in rdflib's parse tree; None when rdflib cannot parse it."""
    from rdflib.plugins.sparql import parser

    try:
        tree = parser.parseUpdate(text) if update else parser.parseQuery(text)
    except Exception:  # pyparsing raises its own exception types; oxigraph will judge
        return None
    found: set[str] = set()
    _walk(tree, found)
    return found


def check_request(text: str, *, update: bool) -> str:
    """Refuse what the endpoint must not run; return the query form.

    Raises:
        RefusedError: ``SERVICE`` or ``LOAD`` anywhere, or a query/update on the wrong side.
        QueryError: Not a SPARQL query or update at all.
    """
    refused = set(refused_keywords(text))
    tree = parse_tree_refusals(text, update=update)
    if tree:
        refused |= tree
    if refused:
        names = " and ".join(sorted(refused))
        raise RefusedError(f"{names} refused: this endpoint sends no requests off the machine")
    form = query_form(text)
    if update and form != "UPDATE":
        raise RefusedError(f"a {form} query was sent as an update; send it as a query")
    if not update and form == "UPDATE":
        raise RefusedError("updates go to /update (with the write token), not to /query")
    return form
