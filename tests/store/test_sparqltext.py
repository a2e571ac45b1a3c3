"""Lexical SPARQL handling and the endpoint's refusal rules."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graphkit.errors import QueryError
from graphkit.store.guard import RefusedError, check_request, parse_tree_refusals
from graphkit.store.sparqltext import inject_values, query_form, refused_keywords


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
        "select * { service<http://x/>{ ?s ?p ?o } }",
        "SELECT * {\n#}\nSeRvIcE\t<http://x/> { ?s ?p ?o } }",
        r"SELECT * { \u0053ERVICE <http://x/> { ?s ?p ?o } }",
        r"SELECT * { \U00000053ervice <http://x/> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER(?s < ?o) SERVICE SILENT ?e { ?a ?b ?c } }",
    ],
)
def test_refused_keywords_finds_service_in_disguise(text):
    assert refused_keywords(text) == ["SERVICE"]


@pytest.mark.parametrize(
    "text",
    [
        'SELECT ?service { ?s <http://x/SERVICE> "SERVICE LOAD" } # SERVICE',
        "SELECT * { ?s ex:service ?o ; service:load ?x }",
        "SELECT * { ?s ?p '''SERVICE\n<http://x/>''' }",
    ],
)
def test_refused_keywords_ignores_names_strings_comments(text):
    assert refused_keywords(text) == []


def test_parse_tree_refusals_sees_nested_service_and_load():
    nested = "SELECT * { { SELECT * { SERVICE <http://x/> { ?s ?p ?o } } } }"
    assert parse_tree_refusals(nested, update=False) == {"SERVICE"}
    assert parse_tree_refusals("LOAD <http://x/a>", update=True) == {"LOAD"}
    assert parse_tree_refusals("INSERT DATA { <http://x/a> <http://x/b> 1 }", update=True) == set()
    assert parse_tree_refusals("SELECT ?s WHERE {", update=False) is None


def test_check_request_sides():
    assert check_request("CONSTRUCT WHERE { ?s ?p ?o }", update=False) == "CONSTRUCT"
    with pytest.raises(RefusedError, match="updates go to /update"):
        check_request("DELETE WHERE { ?s ?p ?o }", update=False)
    with pytest.raises(RefusedError, match="sent as an update"):
        check_request("ASK {}", update=True)
    with pytest.raises(RefusedError, match="LOAD refused"):
        check_request("load <http://x/>", update=True)
    with pytest.raises(QueryError, match="not a SPARQL"):
        check_request("hello world", update=False)


def test_query_form_skips_prologue_and_comments():
    text = "# SELECT\nPREFIX ask: <http://x/>\nBASE <http://y/>\nconstruct { ?s ?p ?o } WHERE { }"
    assert query_form(text) == "CONSTRUCT"
    assert query_form("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "UPDATE"


def test_inject_values_targets_where_group():
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    out = inject_values(construct, {"s": str(ox.NamedNode("http://x/a"))})
    assert out == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://x/a>) } ?s ?p ?o }"
    tricky = 'SELECT ?o { ?s ?p "{" . { ?s ?p ?o } }'
    assert inject_values(tricky, {"o": '"1"'}).startswith('SELECT ?o { VALUES (?o) { ("1") }')


def test_inject_values_literal_is_escaped_and_runs():
    store = ox.Store()
    a = ox.NamedNode("http://x/a")
    evil = ox.Literal('x" } } ; DROP ALL ; SELECT * { "')
    store.add(ox.Quad(a, a, evil))
    query = inject_values("SELECT ?o WHERE { ?s ?p ?o }", {"o": str(evil)})
    assert [row["o"] for row in store.query(query)] == [evil]


def test_inject_values_rejects_bad_names_and_updates():
    with pytest.raises(QueryError, match="bad variable name"):
        inject_values("SELECT * { ?s ?p ?o }", {"s) } DROP": "<http://x/>"})
    with pytest.raises(QueryError, match="not to updates"):
        inject_values("DELETE WHERE { ?s ?p ?o }", {"s": "<http://x/>"})
