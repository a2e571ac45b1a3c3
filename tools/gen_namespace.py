"""Generate graphkit/namespace.py from ontologies/graphkit.ttl (and shapes.ttl).

The output is an rdflib ``DefinedNamespace`` class ``GK`` (laid out like rdflib's
``rdflib/namespace/_ORG.py``) with ``_fail = True``, one ``name: URIRef`` line per term of
the ``gk:`` namespace (the shape names of ``ontologies/shapes.ttl`` included) with the
term's rdfs:comment as a ``#:`` comment above it, plus the fixed footer
(``GKA``, ``PREFIXES``, ``bind_prefixes``). The output depends on nothing but the ontology
files: no dates, no set or dict ordering, so regenerating gives a byte-identical file.

rdflib's own ``tools/defined_namespace_creator.py`` is not reused: it stamps the current
date into the file and joins definitions with an unordered ``GROUP_CONCAT``.

Usage::

    python tools/gen_namespace.py           # (re)write graphkit/namespace.py
    python tools/gen_namespace.py --check   # exit 1 if graphkit/namespace.py is stale
"""

from __future__ import annotations

import argparse
import difflib
import keyword
import sys
import textwrap
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ONTOLOGY = REPO / "ontologies" / "graphkit.ttl"
DEFAULT_SHAPES = REPO / "ontologies" / "shapes.ttl"
DEFAULT_OUTPUT = REPO / "graphkit" / "namespace.py"
GK_NS = "https://w3id.org/graphkit/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/graphkit/ontology")

#: Sections of the class body, in order: (rdf:type of the terms, heading comment).
KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "owl:Class"),
    (OWL.ObjectProperty, "owl:ObjectProperty"),
    (OWL.DatatypeProperty, "owl:DatatypeProperty"),
    (OWL.AnnotationProperty, "owl:AnnotationProperty"),
    (SH.NodeShape, "sh:NodeShape (ontologies/shapes.ttl)"),
)

HEADER = '''\
"""The terms of the graphkit ontology as an rdflib ``DefinedNamespace``, and the prefixes.

GENERATED from ontologies/graphkit.ttl and ontologies/shapes.ttl by tools/gen_namespace.py;
do not edit by hand. Edit the ontology, then run ``python tools/gen_namespace.py``;
``--check`` (run by tests/test_ontology.py) fails when this file is stale.

``GK`` is closed (``_fail = True``): a term that is not in the ontology raises
``AttributeError`` instead of silently minting an IRI. This module deliberately has no
``from __future__ import annotations``: rdflib reads the ``URIRef`` annotations as classes
(``DefinedNamespace.as_jsonld_context``).

Example:
    >>> GK.condemns
    rdflib.term.URIRef('https://w3id.org/graphkit/ontology#condemns')
    >>> GKA["CHN"]
    rdflib.term.URIRef('https://w3id.org/graphkit/actor/CHN')
    >>> GK.condems
    Traceback (most recent call last):
    ...
    AttributeError: term 'condems' not in namespace 'https://w3id.org/graphkit/ontology#'
"""

from rdflib import Graph
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SH,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

from graphkit.types import ACTOR_NS

__all__ = ["GK", "GKA", "PREFIXES", "bind_prefixes"]


class GK(DefinedNamespace):
'''

FOOTER = '''

#: Actor IRIs: ``GKA["CHN"]``, ``GKA["NATO"]``, ``GKA["ent/some-slug"]``.
GKA = Namespace(ACTOR_NS)

#: Every prefix graphkit writes, bound in one place (:func:`bind_prefixes`); also usable as
#: the prefix map of a SPARQL query or a pyoxigraph serialisation.
PREFIXES: dict[str, str] = {
    "gk": str(GK),
    "gka": str(GKA),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "sh": str(SH),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the graphkit prefixes (:data:`PREFIXES`) on ``graph``, replacing other bindings.

    Args:
        graph: Any rdflib graph (``Graph``, ``Dataset``, ``ConjunctiveGraph``).

    Returns:
        The same graph, for chaining.

    Example:
        >>> g = bind_prefixes(Graph())
        >>> dict(g.namespaces())["gka"]
        rdflib.term.URIRef('https://w3id.org/graphkit/actor/')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
'''


class GenerationError(Exception):
    """The ontology cannot be turned into a namespace module."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _english(graph: Graph, subject: URIRef, predicate: URIRef) -> str:
    """The single English (or untagged) literal of ``subject predicate``, normalised."""
    values = sorted(
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language in (None, "en")
    )
    if len(values) != 1:
        raise GenerationError(f"{subject} needs exactly one {predicate}, found {len(values)}")
    return _one_line(values[0])


def _paragraphs(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    """The English literal of ``subject predicate`` as normalised paragraphs."""
    text = graph.value(subject, predicate)
    if not isinstance(text, Literal):
        raise GenerationError(f"{subject} needs a {predicate} literal")
    return [_one_line(p) for p in str(text).split("\n\n") if p.strip()]


def _relation_tag(graph: Graph, term: URIRef) -> str:
    """``[ACCUSE 11 q3 -1 -3.0] `` for relation properties, ``""`` for other terms."""
    plover, cameo, quad, polarity, intensity = (
        graph.value(term, URIRef(GK_NS + name))
        for name in ("ploverType", "cameoRoot", "quadClass", "polarity", "intensity")
    )
    if plover is None:
        return ""
    return f"[{plover} {cameo} q{quad} {polarity} {intensity}] "


def render(graph: Graph) -> str:
    """Render the module text for the ``gk:`` terms of ``graph``."""
    title = _english(graph, ONTOLOGY_IRI, DCTERMS.title)
    version = graph.value(ONTOLOGY_IRI, OWL.versionInfo)
    paragraphs = _paragraphs(graph, ONTOLOGY_IRI, DCTERMS.description)
    doc = [f"{title} (version {version}).", ""]
    for paragraph in paragraphs:
        doc += [*textwrap.wrap(paragraph, width=88, break_on_hyphens=False), ""]
    doc += ["Generated from: ontologies/graphkit.ttl, ontologies/shapes.ttl"]
    lines = ['    """' + doc[0]]
    lines += [("    " + line) if line else "" for line in doc[1:]]
    lines += ['    """', "", "    _fail = True", f'    _NS = Namespace("{GK_NS}")']

    seen: set[str] = set()
    for kind, heading in KINDS:
        terms = sorted(str(s) for s in graph.subjects(RDF.type, kind) if str(s).startswith(GK_NS))
        terms = [t for t in terms if t != GK_NS]
        if not terms:
            continue
        lines += ["", f"    # {heading}"]
        for iri in terms:
            name = iri[len(GK_NS) :]
            if name in seen:
                raise GenerationError(f"gk:{name} is typed with more than one kind")
            if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
                raise GenerationError(f"gk:{name} is not usable as a Python attribute name")
            seen.add(name)
            comment = _english(graph, URIRef(iri), RDFS.comment)
            tag = _relation_tag(graph, URIRef(iri))
            lines += textwrap.wrap(
                tag + comment,
                width=96,
                initial_indent="    #: ",
                subsequent_indent="    #: ",
                break_on_hyphens=False,
                break_long_words=False,
            )
            lines.append(f"    {name}: URIRef")

    untyped = sorted(
        {str(s) for s in graph.subjects() if str(s).startswith(GK_NS)} - {GK_NS + n for n in seen}
    )
    if untyped:
        raise GenerationError(f"gk: terms without an OWL kind: {', '.join(untyped)}")
    return HEADER + "\n".join(lines) + "\n" + FOOTER


def generate(ontology: Path = DEFAULT_ONTOLOGY, shapes: Path = DEFAULT_SHAPES) -> str:
    """Parse the ontology and the shapes and return the text of ``graphkit/namespace.py``."""
    graph = Graph().parse(ontology, format="turtle")
    graph.parse(shapes, format="turtle")
    return render(graph)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontology", type=Path, default=DEFAULT_ONTOLOGY)
    parser.add_argument("--shapes", type=Path, default=DEFAULT_SHAPES)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the output file is not up to date"
    )
    args = parser.parse_args(argv)
    text = generate(args.ontology, args.shapes)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current == text:
            print(f"{args.output} is up to date")
            return 0
        diff = difflib.unified_diff(
            current.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=str(args.output),
            tofile="regenerated",
            n=1,
        )
        sys.stdout.writelines(list(diff)[:60])
        print(f"\n{args.output} is stale: run python tools/gen_namespace.py", file=sys.stderr)
        return 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
