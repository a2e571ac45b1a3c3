"""Shared fixtures for the extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest

#: ``<repo>/../shared/benchmarks``; tests that need it skip when it is absent.
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_f84690233bbf2512.txt"


@pytest.fixture(scope="session")
def nlp():
    from graphkit.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def vocab():
    from spacy.lang.en import English

    return English().vocab


def _facts(statements):
    """Comparable tuples: (subject label, relation, object label, negated, asserted)."""
    return {
        (
            s.subject.actor.label,
            s.relation,
            s.object.actor.label if s.object else None,
            s.negated,
            s.asserted,
        )
        for s in statements
    }


@pytest.fixture(scope="session")
def facts():
    """The function turning statements into comparable tuples."""
    return _facts
