"""Analysis results as RDF quads, so that blocs and scores can be written back and queried.

Everything goes into one named graph, the IRI of the run
(``https://w3id.org/graphkit/run/analysis/<id>``; the id hashes the start time and the options):

- the run: ``a gk:AnalysisRun``; ``gk:method`` (the bloc method), ``gk:seed``,
  ``gk:quality`` (signed modularity of the blocs), ``prov:startedAtTime``,
  ``prov:endedAtTime``, ``gk:graphkitVersion``, ``prov:used`` each article analysed;
- each bloc of two or more actors: ``<run>/bloc/<n> a gk:Bloc``; ``gk:inRun`` the run,
  ``gk:blocMember`` each actor, ``rdfs:label "bloc n"``;
- two sub-runs ``dcterms:isPartOf`` the run, each ``a gk:AnalysisRun`` with one
  ``gk:method`` / ``gk:quality`` pair: ``"structural-balance-ratio"`` (share of balanced
  signed triangles; absent without triangles) and ``"frustration-index-upper-bound"``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from graphkit.namespace import GK
from graphkit.store.mapping import RUN_NS

__all__ = ["ANALYSIS_NS", "run_iri", "to_rdf", "write_rdf"]

#: Namespace of analysis run IRIs, beside the extraction runs of the store.
ANALYSIS_NS = RUN_NS + "analysis/"

Quad = tuple[URIRef, URIRef, Any, URIRef]


def run_iri(result: Any) -> URIRef:
    """The IRI of the run of an :class:`~graphkit.analysis.report.AnalysisResult`."""
    key = json.dumps([result.started, result.params], sort_keys=True, default=str)
    return URIRef(ANALYSIS_NS + hashlib.sha1(key.encode()).hexdigest()[:16])


def _decimal(x: float) -> Literal:
    return Literal(f"{x:.6f}", datatype=XSD.decimal)


def to_rdf(result: Any) -> list[Quad]:
    """The quads describing an analysis run and its blocs.

    Args:
        result: An :class:`~graphkit.analysis.report.AnalysisResult`.

    Returns:
        ``(subject, predicate, object, graph)`` tuples of rdflib terms, all in the run's
        named graph.

    Example:
        >>> from graphkit.analysis import analyze
        >>> quads = to_rdf(analyze([], known_orgs=()))
        >>> (quads[0][1], quads[0][2]) == (RDF.type, GK.AnalysisRun)
        True
    """
    from graphkit import __version__

    run = run_iri(result)
    triples: list[tuple[URIRef, URIRef, Any]] = [
        (run, RDF.type, GK.AnalysisRun),
        (run, RDFS.label, Literal(f"graphkit analysis {result.started}")),
        (run, GK.method, Literal(result.bloc_quality["method"])),
        (run, GK.seed, Literal(int(result.params["seed"]), datatype=XSD.integer)),
        (run, GK.quality, _decimal(result.bloc_quality["signed_modularity"])),
        (run, PROV.startedAtTime, Literal(result.started, datatype=XSD.dateTime)),
        (run, GK.graphkitVersion, Literal(__version__)),
    ]
    if result.ended:
        triples.append((run, PROV.endedAtTime, Literal(result.ended, datatype=XSD.dateTime)))
    articles = {d.get("article") for _u, _v, d in result.statements.edges(data=True)}
    triples += [(run, PROV.used, URIRef(a)) for a in sorted(a for a in articles if a)]
    number = 0
    for bloc in result.blocs:
        if len(bloc) < 2:
            continue
        number += 1
        node = URIRef(f"{run}/bloc/{number}")
        triples += [
            (node, RDF.type, GK.Bloc),
            (node, GK.inRun, run),
            (node, RDFS.label, Literal(f"bloc {number}")),
        ]
        triples += [(node, GK.blocMember, URIRef(a)) for a in sorted(bloc)]
    scores = [
        ("balance", "structural-balance-ratio", result.balance.get("balance_ratio")),
        (
            "frustration",
            "frustration-index-upper-bound",
            result.balance.get("frustration_index", {}).get("frustration"),
        ),
    ]
    for suffix, method, value in scores:
        sub = URIRef(f"{run}/{suffix}")
        triples += [
            (sub, RDF.type, GK.AnalysisRun),
            (sub, DCTERMS.isPartOf, run),
            (sub, GK.method, Literal(method)),
        ]
        if value is not None:
            triples.append((sub, GK.quality, _decimal(float(value))))
    return [(s, p, o, run) for s, p, o in triples]


def write_rdf(result: Any, kg: Any) -> URIRef:
    """Write :func:`to_rdf` of ``result`` into a ``KnowledgeGraph`` as the run's named graph.

    The graph is replaced as a whole (writing the same result twice leaves one copy).

    Returns:
        The run IRI (also the graph name), to query the blocs back.
    """
    import pyoxigraph as ox

    from graphkit.store.results import to_term

    run = run_iri(result)
    quads = [
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), to_term(o), ox.NamedNode(str(g)))
        for s, p, o, g in to_rdf(result)
    ]
    kg.backend.replace_graphs({str(run): quads})
    return run
