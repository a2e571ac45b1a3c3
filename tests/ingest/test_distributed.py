"""Extraction in local worker processes and on a real Dask cluster gives the same graph as
an in-process run; the Dask run writes to a real ``oxigraph serve`` endpoint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.extract import load_pipeline
from graphkit.ingest import run_ingest
from graphkit.ingest.executors import iter_dask
from graphkit.store import KnowledgeGraph

from .helpers import normalised_quads


@pytest.mark.slow
def test_ingest_with_two_worker_processes_equals_the_local_run(
    small_corpus: Path, reference: list[str]
) -> None:
    kg = KnowledgeGraph.memory()
    report = run_ingest(small_corpus, kg, workers=2, partition_size=4, progress=False)
    assert report.workers == 2 and report.read == 30
    assert normalised_quads(kg.backend.quads()) == reference


@pytest.mark.slow
@pytest.mark.server
def test_ingest_on_a_dask_cluster_into_oxigraph_server_equals_the_local_run(
    small_corpus: Path, reference: list[str], oxigraph_server: str
) -> None:
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        with KnowledgeGraph.connect(oxigraph_server) as kg:
            report = run_ingest(
                small_corpus,
                kg,
                executor="dask://" + address.removeprefix("tcp://"),
                partition_size=4,
                progress=False,
            )
            assert report.executor == address and report.read == 30
            assert normalised_quads(kg.backend.quads()) == reference
            models = kg.query("SELECT DISTINCT ?m WHERE { GRAPH ?g { ?r gk:modelName ?m } }")
        nlp = load_pipeline()
        assert list(models["m"]) == [f"{nlp.meta['lang']}_{nlp.meta['name']}"]
        with Client(address) as client:  # each worker built the extractor once
            loaded = client.run(_extractors_loaded)
        assert len(loaded) == 2 and all(n == 1 for n in loaded.values())


def _extractors_loaded() -> int:
    from graphkit.ingest import extractors

    return len(extractors._CACHE)


def test_iter_dask_names_an_unreachable_scheduler(
    fake_factory: object, free_port: Callable[[], int]
) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(GraphkitError, match=f"cannot reach the Dask scheduler {address}"):
        next(iter_dask(fake_factory, iter([]), address, timeout=1))  # type: ignore[arg-type]
