"""Where extraction runs: in this process, in a pool of local processes, or on Dask.

Each executor takes an iterator of partitions (lists of documents) and yields
``(partition, PartitionResult)`` in input order, with a bounded number of partitions in
flight, so memory does not grow with the corpus: the next partition is read only when an
earlier one has come back.

Example:
    >>> parse_executor("dask://127.0.0.1:8786")
    ('dask', 'tcp://127.0.0.1:8786')
    >>> parse_executor(None)
    ('local', None)
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import Any

from graphkit.errors import InputError
from graphkit.ingest.extractors import PartitionResult, cached_extractor, extract_partition
from graphkit.ingest.protocols import ExtractorFactory
from graphkit.types import Document

__all__ = [
    "DEFAULT_START_METHOD",
    "in_order",
    "iter_dask",
    "iter_local",
    "iter_processes",
    "parse_executor",
]

#: How worker processes are started: a fresh interpreter, never a fork of this one (a fork
#: of a process holding a store, threads or a loaded model is unsafe).
DEFAULT_START_METHOD = "spawn"

Partition = Sequence[Document]
Results = Generator[tuple[Partition, PartitionResult], None, None]


def parse_executor(executor: str | None) -> tuple[str, str | None]:
    """Kind and address of an executor spec: ``None``/``"local"`` or ``dask://HOST:PORT``
    (``tcp://``, ``tls://`` and ``ws://`` scheduler addresses are accepted as they are).

    Raises:
        InputError: Anything else.
    """
    if executor is None or executor == "local":
        return "local", None
    if isinstance(executor, str):
        scheme, sep, rest = executor.partition("://")
        if sep and rest and scheme == "dask":
            return "dask", "tcp://" + rest
        if sep and rest and scheme in {"tcp", "tls", "ws", "wss"}:
            return "dask", executor
    raise InputError(
        f"unknown executor {executor!r}; use 'local' or a Dask scheduler as dask://HOST:PORT"
    )


def in_order(
    submit: Callable[[Partition], Any],
    partitions: Iterable[Partition],
    limit: int,
) -> Results:
    """Submit each partition, keep at most ``limit`` in flight, and yield
    ``(partition, future.result())`` in input order (futures: anything with a ``result()``).

    Example:
        >>> from concurrent.futures import ThreadPoolExecutor
        >>> with ThreadPoolExecutor(2) as pool:
        ...     out = list(in_order(lambda p: pool.submit(len, p), [[1], [1, 2]], 1))
        >>> out
        [([1], 1), ([1, 2], 2)]
    """
    in_flight: deque[tuple[Partition, Any]] = deque()
    for partition in partitions:
        in_flight.append((partition, submit(partition)))
        if len(in_flight) >= limit:
            done, future = in_flight.popleft()
            yield done, future.result()
    while in_flight:
        done, future = in_flight.popleft()
        yield done, future.result()


def iter_local(factory: ExtractorFactory, partitions: Iterable[Partition]) -> Results:
    """Extract in this process (the model is loaded once, on the first partition)."""
    for partition in partitions:
        yield partition, extract_partition(factory, partition)


def _init_worker(factory: ExtractorFactory) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    cached_extractor(factory)


def iter_processes(
    factory: ExtractorFactory,
    partitions: Iterable[Partition],
    workers: int,
    *,
    start_method: str = DEFAULT_START_METHOD,
    window: int | None = None,
) -> Results:
    """Extract in ``workers`` local processes, each loading the model once at start.

    Args:
        factory: Builds the extractor in each process (must pickle).
        partitions: The partitions, read lazily.
        workers: Number of processes.
        start_method: ``"spawn"`` or ``"forkserver"``.
        window: Partitions in flight at most (default ``2 * workers``).
    """
    from concurrent.futures import ProcessPoolExecutor

    if start_method not in ("spawn", "forkserver"):
        raise InputError(f"start_method must be 'spawn' or 'forkserver', got {start_method!r}")
    context = multiprocessing.get_context(start_method)
    limit = max(1, window or 2 * workers)
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(factory,)
    )
    try:
        yield from in_order(
            lambda partition: pool.submit(extract_partition, factory, partition),
            partitions,
            limit,
        )
    finally:  # cancels the partitions still pending
        pool.shutdown(wait=True, cancel_futures=True)


def iter_dask(
    factory: ExtractorFactory,
    partitions: Iterable[Partition],
    address: str,
    *,
    window: int | None = None,
    timeout: float = 30.0,
) -> Results:
    """Extract on a Dask distributed cluster; see :mod:`graphkit.ingest.cluster`."""
    from graphkit.ingest.cluster import iter_cluster

    yield from iter_cluster(factory, partitions, address, window=window, timeout=timeout)
