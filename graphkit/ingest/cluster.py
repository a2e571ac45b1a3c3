"""Extraction on a Dask distributed cluster.

The client submits partitions of documents as tasks and keeps a bounded number in flight;
each worker process builds the extractor once — eagerly through :class:`LoadExtractor`, a
worker plugin registered when the client connects (and on workers that join later), and
otherwise on its first task through the per-process cache. Results come back to the
client in input order; the client writes them to its store.

Workers must have graphkit (and the model) installed, the same version as the client.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence
from typing import Any

from distributed import Client, WorkerPlugin

from graphkit.errors import GraphkitError
from graphkit.ingest.executors import in_order
from graphkit.ingest.extractors import PartitionResult, cached_extractor, extract_partition
from graphkit.ingest.protocols import ExtractorFactory
from graphkit.types import Document

__all__ = ["LoadExtractor", "iter_cluster"]

_PLUGIN_NAME = "graphkit-extractor"


class LoadExtractor(WorkerPlugin):
    """Worker plugin that builds the extractor when a worker starts (model loaded once)."""

    def __init__(self, factory: ExtractorFactory) -> None:
        self.factory = factory

    def setup(self, worker: Any) -> None:
        cached_extractor(self.factory)


def iter_cluster(
    factory: ExtractorFactory,
    partitions: Iterable[Sequence[Document]],
    address: str,
    *,
    window: int | None = None,
    timeout: float = 30.0,
) -> Generator[tuple[Sequence[Document], PartitionResult], None, None]:
    """Yield ``(partition, result)`` in input order, computed on the cluster at ``address``.

    Args:
        factory: Builds the extractor on each worker (must pickle).
        partitions: Partitions of documents, read lazily.
        address: Scheduler address (``tcp://HOST:PORT``).
        window: Partitions in flight at most (default: twice the cluster's threads).
        timeout: Seconds to wait for the scheduler.

    Raises:
        GraphkitError: The scheduler cannot be reached.
    """
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except OSError as err:
        raise GraphkitError(f"cannot reach the Dask scheduler {address}: {err}") from err
    try:
        client.register_plugin(LoadExtractor(factory), name=_PLUGIN_NAME)
        threads = sum(client.nthreads().values()) or 1
        limit = max(2, window or 2 * threads)
        yield from in_order(
            lambda partition: client.submit(
                extract_partition, factory, list(partition), pure=False
            ),
            partitions,
            limit,
        )  # closing the client releases the futures still pending
    finally:
        client.close()
