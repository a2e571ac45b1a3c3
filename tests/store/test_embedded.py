"""Embedded backends: the parallel ``bulk_load`` gives the same quads as one plain load."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graphkit.errors import InputError, StoreError
from graphkit.store.embedded import MemoryBackend, OxigraphBackend, line_chunks

from .store_corpus import nquads

NQ = ox.RdfFormat.N_QUADS


class _CountingStore:
    """Delegates to a pyoxigraph ``Store`` and counts ``bulk_load`` calls."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.bulk_loads = store, 0

    def bulk_load(self, *args, **kwargs):
        self.bulk_loads += 1
        return self.store.bulk_load(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __len__(self) -> int:
        return len(self.store)


@pytest.fixture(params=["memory", "disk"])
def make_backend(request, tmp_path):
    made = []

    def make():
        if request.param == "memory":
            backend = MemoryBackend()
        else:
            backend = OxigraphBackend(tmp_path / f"store{len(made)}")
        made.append(backend)
        return backend

    yield make
    for backend in made:
        backend.close()


def _content(backend) -> set[str]:
    return {str(q) for q in backend.quads()}


def test_line_chunks_cover_data_in_whole_lines():
    data = nquads(50)
    chunks = line_chunks(data, 4)
    assert len(chunks) == 4
    assert b"".join(data[a:b] for a, b in chunks) == data
    assert all(data[b - 1 : b] == b"\n" for _a, b in chunks)
    assert [a for a, _b in chunks[1:]] == [b for _a, b in chunks[:-1]]


def test_line_chunks_fewer_parts_than_asked_for_few_lines():
    assert line_chunks(b"<a> <b> <c> .\n<a> <b> <d> .\n", 8) == [(0, 14), (14, 28)]
    assert line_chunks(b"", 3) == []


@pytest.mark.parametrize("source", ["bytes", "path"])
def test_bulk_load_parallel_equals_single_threaded(make_backend, tmp_path, source):
    data = nquads()
    file = tmp_path / "data.nq"
    file.write_bytes(data)
    single, parallel = make_backend(), make_backend()
    single.bulk_load(data, NQ, threads=1)
    parallel.store = spy = _CountingStore(parallel.store)
    parallel.bulk_load(data if source == "bytes" else file, NQ, threads=4)
    assert spy.bulk_loads == 4
    assert _content(parallel) == _content(single)
    assert len(parallel) == len(single) == len(set(data.splitlines()))


def test_bulk_load_keeps_blank_node_shared_by_far_apart_lines(make_backend):
    data = b'_:b1 <http://x/p> "first" .\n' + nquads() + b'_:b1 <http://x/p> "last" .\n'
    backend = make_backend()
    backend.store = spy = _CountingStore(backend.store)
    backend.bulk_load(data, NQ, threads=4)
    assert spy.bulk_loads == 1  # in one piece: Oxigraph names blank nodes per bulk_load call
    subjects = {q.subject for q in backend.quads() if q.predicate == ox.NamedNode("http://x/p")}
    assert len(subjects) == 1 and isinstance(next(iter(subjects)), ox.BlankNode)


def test_bulk_load_puts_default_graph_triples_in_to_graph(make_backend):
    backend = make_backend()
    backend.bulk_load(nquads(), NQ, threads=3, to_graph="http://x/target")
    graphs = {str(q.graph_name) for q in backend.quads()}
    assert "<http://x/target>" in graphs and "DEFAULT" not in graphs


def test_bulk_load_syntax_error_in_last_part_raises_store_error(make_backend):
    backend = make_backend()
    with pytest.raises(StoreError, match=r"bulk load into .* failed"):
        backend.bulk_load(nquads() + b"not a quad\n", NQ, threads=4)


@pytest.mark.parametrize(
    ("source", "where"), [("path", "broken.nq, line 181"), ("bytes", "line 181")]
)
def test_bulk_load_syntax_error_reads_the_same_in_parallel_as_on_one_thread(
    broken_nq, source, where
):
    file, data = broken_nq, broken_nq.read_bytes()
    messages = []
    for threads in (1, 4):
        backend = MemoryBackend()
        backend.store = spy = _CountingStore(backend.store)
        with pytest.raises(StoreError) as raised:
            backend.bulk_load(file if source == "path" else data, NQ, threads=threads)
        assert spy.bulk_loads == threads  # the bad line is in the third of four parts
        messages.append(str(raised.value))
    assert "Parser error at line 181 column " in messages[0] and f"({where})" in messages[0]
    assert messages[1] == messages[0]


def test_bulk_load_turtle_in_one_piece(make_backend):
    turtle = b"@prefix x: <http://x/> .\nx:a x:p 1, 2 .\nx:b x:p 3 .\n"
    backend = make_backend()
    backend.store = spy = _CountingStore(backend.store)
    backend.bulk_load(turtle, ox.RdfFormat.TURTLE, threads=4)
    assert spy.bulk_loads == 1 and len(backend) == 3


def test_bulk_load_empty_data_loads_nothing(tmp_path):
    empty = tmp_path / "empty.nq"
    empty.write_bytes(b"")
    backend = MemoryBackend()
    backend.bulk_load(b"", NQ, threads=2)
    backend.bulk_load(empty, NQ, threads=2)
    assert len(backend) == 0


def test_bulk_load_zero_threads_raises_input_error():
    with pytest.raises(InputError, match="threads must be at least 1, not 0"):
        MemoryBackend().bulk_load(nquads(5), NQ, threads=0)


def test_bulk_load_missing_file_raises_store_error(tmp_path):
    with pytest.raises(StoreError, match=r"missing\.nq"):
        MemoryBackend().bulk_load(tmp_path / "missing.nq", NQ, threads=2)
