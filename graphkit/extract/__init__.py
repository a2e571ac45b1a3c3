"""Extraction: news text -> typed, attributed stance statements.

The public functions are :func:`load_pipeline` (the spaCy pipeline with the graphkit
components), :func:`extract_statements` (one text), :func:`extract_documents` (many, batched)
and :func:`evaluate` (score against a gold file). The rule core is
:func:`graphkit.extract.relations.extract_from_doc`, a plain function over a parsed Doc.
"""

from __future__ import annotations

from graphkit.extract.evaluate import EvaluationReport, evaluate
from graphkit.extract.pipeline import (
    extract_documents,
    extract_statements,
    load_pipeline,
    model_info,
)

__all__ = [
    "EvaluationReport",
    "evaluate",
    "extract_documents",
    "extract_statements",
    "load_pipeline",
    "model_info",
]
