"""End to end on the seed article: extraction -> store -> analysis (needs the spaCy model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.analysis import analyze, signed_graph, statement_graph
from graphkit.types import Document

from .conftest import iri

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_f84690233bbf2512.txt"
NATO_SIDE = {iri(k) for k in ("NATO", "AUS", "JPN", "NZL", "KOR")}
CHINA_SIDE = {iri("CHN"), iri("RUS")}


@pytest.fixture(scope="module")
def seed_statements():
    from graphkit.extract.pipeline import extract_statements

    doc = Document("seed-000", SEED.read_text(encoding="utf-8"), date="2022-04-07")
    return doc, extract_statements(doc.text, doc_id=doc.id)


def _bloc_with(result, members):
    return next((b for b in result.blocs if members <= b), None)


def _check_blocs(result):
    west, east = _bloc_with(result, NATO_SIDE), _bloc_with(result, CHINA_SIDE)
    assert west is not None, result.bloc_labels()
    assert east is not None, result.bloc_labels()
    assert west is not east


@pytest.mark.slow
def test_seed_blocs_nato_partners_versus_china_russia(seed_statements):
    doc, statements = seed_statements
    _check_blocs(analyze(statements, documents={doc.id: doc}, known_orgs=()))


@pytest.mark.slow
def test_seed_blocs_through_the_store(seed_statements):
    from graphkit.store import KnowledgeGraph

    doc, statements = seed_statements
    kg = KnowledgeGraph.memory()
    kg.ingest([(doc, statements)])
    _check_blocs(analyze(kg, known_orgs=()))


@pytest.mark.slow
@pytest.mark.parametrize("include_claims", [False, True])
def test_seed_china_russia_never_hostile(seed_statements, include_claims):
    doc, statements = seed_statements
    G = statement_graph(
        statements, {doc.id: doc}, include_claims=include_claims, include_negated=True
    )
    # the article's "failure/unwillingness to condemn" is read, and carried as negated
    between = [d for u, v, d in G.edges(data=True) if {u, v} == CHINA_SIDE]
    assert any(d["negated"] for d in between)
    D = signed_graph(G)
    for u, v in ((iri("CHN"), iri("RUS")), (iri("RUS"), iri("CHN"))):
        if D.has_edge(u, v):
            assert D.edges[u, v]["n_hostile"] == 0
            assert D.edges[u, v]["weight"] >= 0
