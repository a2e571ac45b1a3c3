"""Query results to pandas, and Python values to RDF terms for bindings.

Example:
    >>> import pyoxigraph as ox
    >>> to_python(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    3
    >>> to_term("gk:condemns")
    <NamedNode value=https://w3id.org/graphkit/ontology#condemns>
    >>> to_term("China")
    <Literal value=China datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from graphkit.errors import QueryError

if TYPE_CHECKING:
    import pandas as pd
    import pyoxigraph as ox

__all__ = ["outcome_frame", "to_python", "to_term"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}
_ABSOLUTE_IRI = re.compile(r"(https?|urn|file|mailto):\S+")


def to_python(term: Any, labels: Mapping[str, str] | None = None) -> Any:
    """A plain Python value for an RDF term: IRI string (or its label), int, float, bool, str.

    Literals of other datatypes (dates included) keep their lexical form as ``str``.
    """
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return labels.get(term.value, term.value) if labels else term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def to_term(value: Any) -> ox.NamedNode | ox.Literal:
    """An RDF term for a binding value.

    pyoxigraph terms pass through; rdflib ``URIRef``/``Literal`` are converted; ``bool``,
    ``int`` and ``float`` become typed literals; a ``str`` that is a known CURIE (``gk:x``,
    ``gka:CHN``) or an absolute IRI (``http(s)://``, ``urn:``) becomes an IRI, any other
    ``str`` a plain literal.

    Raises:
        QueryError: A value of a type that has no RDF term.
    """
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    from graphkit.namespace import PREFIXES

    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    if isinstance(value, bool | int | float):
        return ox.Literal(value)
    if isinstance(value, str):
        prefix, sep, local = value.partition(":")
        if sep and prefix in PREFIXES and not local.startswith("//"):
            return ox.NamedNode(PREFIXES[prefix] + local)
        if _ABSOLUTE_IRI.fullmatch(value):
            return ox.NamedNode(value)
        return ox.Literal(value)
    raise QueryError(f"cannot bind a value of type {type(value).__name__}: {value!r}")


def outcome_frame(outcome: Any, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """A DataFrame for a query outcome from a backend.

    SELECT gives one column per variable; ASK one row with the column ``ask``;
    CONSTRUCT/DESCRIBE the columns ``subject``, ``predicate``, ``object``.
    """
    import pandas as pd

    if isinstance(outcome, bool):
        return pd.DataFrame({"ask": [outcome]})
    if isinstance(outcome, list):
        rows = [
            (
                to_python(t.subject, labels),
                to_python(t.predicate, labels),
                to_python(t.object, labels),
            )
            for t in outcome
        ]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    solutions: ox.QuerySolutions = outcome
    names = [v.value for v in solutions.variables]
    data = [[to_python(row[i], labels) for i in range(len(names))] for row in solutions]
    return pd.DataFrame(data, columns=names)
