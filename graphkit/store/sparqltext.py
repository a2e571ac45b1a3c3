"""Lexical handling of SPARQL text: a tokenizer, the query form, refused keywords, bindings.

The tokenizer follows the SPARQL 1.1 grammar closely enough to tell keywords apart from
strings, comments, IRIs, variables and prefixed names, after expanding ``\\uXXXX`` code-point
escapes the way a SPARQL parser does (SPARQL 1.1 §19.2). It backs two things:

* :func:`refused_keywords` finds ``SERVICE`` and ``LOAD`` however they are spelled, cased,
  spaced or commented around, so a query can be refused before anything runs it;
* :func:`inject_values` binds variables for a remote endpoint, which has no binding API, by
  inserting a ``VALUES`` block of N-Triples-serialised terms at the top of the ``WHERE``
  group (the same join rdflib's ``initBindings`` performs). Terms are serialised by
  pyoxigraph, never formatted from user strings.

Example:
    >>> query_form("PREFIX x: <http://x/> select * { ?s ?p ?o }")
    'SELECT'
    >>> refused_keywords("SELECT * { SeRvIcE <http://x/> { ?s ?p ?o } }")
    ['SERVICE']
    >>> refused_keywords('SELECT ?service { ?s <http://x/load> "SERVICE" } # LOAD')
    []
    >>> inject_values("SELECT ?s WHERE { ?s ?p ?o }", {"s": "<http://x/a>"})
    'SELECT ?s WHERE { VALUES (?s) { (<http://x/a>) } ?s ?p ?o }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from graphkit.errors import QueryError

__all__ = [
    "QUERY_FORMS",
    "UPDATE_KEYWORDS",
    "Token",
    "inject_values",
    "query_form",
    "refused_keywords",
    "tokenize",
    "unescape_codepoints",
]

QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
_REFUSED = frozenset({"SERVICE", "LOAD"})

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             | '''(?:[^'\\]|\\.|'(?!''))*'''
             | "(?:[^"\\\n\r]|\\.)*"
             | '(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>(?:[^\W\d](?:[\w.\-]*[\w\-])?)?:(?:(?:[\w:\-%]|\\.)(?:(?:[\w.:\-%]|\\.)*(?:[\w:\-%]|\\.))?)?)
  | (?P<blank>_:[\w.\-]+)
  | (?P<word>[^\W\d]\w*)
  | (?P<number>\d[\w.]*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class Token(NamedTuple):
    """One lexical token: its kind, text and offset in the unescaped query."""

    kind: str
    text: str
    start: int


def unescape_codepoints(text: str) -> str:
    r"""Expand ``\uXXXX`` / ``\UXXXXXXXX`` escapes, as SPARQL does before parsing.

    Example:
        >>> unescape_codepoints(r"\u0053ERVICE")
        'SERVICE'
    """

    def _sub(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF:
            raise QueryError(f"bad code point escape {match.group(0)!r} in SPARQL text")
        return chr(code)

    return _ESCAPE.sub(_sub, text)


def tokenize(text: str, *, unescape: bool = True) -> list[Token]:
    """Tokens of a SPARQL query or update, whitespace and comments dropped.

    Example:
        >>> [t.kind for t in tokenize('SELECT ?x { ?x a "y" } # c')]
        ['word', 'var', 'punct', 'var', 'word', 'string', 'punct']
    """
    if unescape:
        text = unescape_codepoints(text)
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        if kind in ("ws", "comment"):
            continue
        out.append(Token(kind, match.group(0), match.start()))
    return out


def query_form(text: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` or ``UPDATE`` (first keyword wins).

    Raises:
        QueryError: No query form or update operation in the text.
    """
    for token in tokenize(text):
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word in QUERY_FORMS:
            return word
        if word in UPDATE_KEYWORDS:
            return "UPDATE"
    raise QueryError(f"not a SPARQL query or update: {text[:80]!r}")


def refused_keywords(text: str) -> list[str]:
    """The ``SERVICE`` / ``LOAD`` keywords in ``text`` (would reach out to the network)."""
    return [
        t.text.upper() for t in tokenize(text) if t.kind == "word" and t.text.upper() in _REFUSED
    ]


def _where_brace(tokens: list[Token], form: str) -> Token:
    depth = 0
    seen_where = False
    braces_at_zero = 0
    for token in tokens:
        if token.kind == "word" and token.text.upper() == "WHERE" and depth == 0:
            seen_where = True
        elif token.text == "{" and token.kind == "punct":
            if depth == 0:
                braces_at_zero += 1
                if seen_where or (form != "CONSTRUCT" and braces_at_zero == 1):
                    return token
            depth += 1
        elif token.text == "}" and token.kind == "punct":
            depth -= 1
    raise QueryError(f"cannot bind variables in this {form} query: no WHERE group found")


def inject_values(text: str, bindings: Mapping[str, str]) -> str:
    """Bind variables by a ``VALUES`` block opening the top-level ``WHERE`` group.

    Args:
        text: The query.
        bindings: Variable name (no ``?``) to an N-Triples term (``str`` of a pyoxigraph term).

    Raises:
        QueryError: An update, a bad variable name, or no ``WHERE`` group to bind into.
    """
    if not bindings:
        return text
    form = query_form(text)
    if form == "UPDATE":
        raise QueryError("bindings apply to queries, not to updates")
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"bad variable name {name!r} in bindings")
    text = unescape_codepoints(text)
    brace = _where_brace(tokenize(text, unescape=False), form)
    names = " ".join("?" + name for name in bindings)
    values = " ".join(bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }}"
    cut = brace.start + 1
    return text[:cut] + block + text[cut:]
