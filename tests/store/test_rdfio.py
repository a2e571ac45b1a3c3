"""``import_rdf``'s fast path (validating pass, then parallel bulk load) keeps the contract of
the transactional path: named graphs replaced, nothing written on a syntax error."""

from __future__ import annotations

import pytest

from graphkit.errors import InputError
from graphkit.store import KnowledgeGraph, rdfio
from graphkit.store.rdfio import import_rdf

STALE = '<http://x/old> <http://x/p> "stale" <http://x/g1> .\n'
KEPT = '<http://x/other> <http://x/p> "kept" <http://x/elsewhere> .\n'
LOOSE = '<http://x/loose> <http://x/p> "default graph" .\n'


def nquads(lines: int = 300, default_every: int = 0) -> str:
    """Quads over graphs g0..g3 (plus default-graph triples every ``default_every`` lines)."""
    rows = []
    for i in range(lines):
        graph = "" if default_every and i % default_every == 0 else f" <http://x/g{i % 4}>"
        rows.append(f'<http://x/s{i}> <http://x/p> "v{i}\\n\u00e9"{graph} .\n')
    return "".join(rows)


@pytest.fixture(params=["memory", "disk"])
def open_kg(request, tmp_path):
    made = []

    def make(*lines: str) -> KnowledgeGraph:
        if request.param == "memory":
            kg = KnowledgeGraph.memory()
        else:
            kg = KnowledgeGraph.open(tmp_path / f"store{len(made)}")
        made.append(kg)
        if lines:
            kg.backend.add_quads(_parse("".join(lines)))
        return kg

    yield make
    for kg in made:
        kg.close()


def _parse(text: str):
    import pyoxigraph as ox

    return list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))


def _content(kg: KnowledgeGraph) -> set[str]:
    return {str(q) for q in kg.backend.quads()}


@pytest.fixture()
def bulk_calls(monkeypatch):
    """Records every backend ``bulk_load`` call (so a test knows the fast path ran)."""
    from graphkit.store.embedded import _OxigraphBase

    calls: list[dict] = []
    real = _OxigraphBase.bulk_load

    def spy(self, data, fmt, **kwargs):
        calls.append(kwargs)
        return real(self, data, fmt, **kwargs)

    monkeypatch.setattr(_OxigraphBase, "bulk_load", spy)
    return calls


def test_import_fast_path_replaces_named_graph(open_kg, tmp_path, bulk_calls):
    file = tmp_path / "data.nq"
    file.write_text(nquads(), encoding="utf-8")
    kg = open_kg(STALE, KEPT)
    count = import_rdf(kg.backend, file, bulk=True, threads=3)
    assert bulk_calls == [{"threads": 3, "to_graph": None, "lenient": True}]
    content = _content(kg)
    assert not any('"stale"' in q for q in content)
    assert any('"kept"' in q for q in content)
    assert count == 300


def test_import_fast_path_scans_for_blank_node_labels_once(open_kg, tmp_path, monkeypatch):
    from graphkit.store import embedded

    pattern, scanned = embedded.BLANK_LABEL, []

    class Counting:
        def search(self, data):
            scanned.append(len(data))
            return pattern.search(data)

    monkeypatch.setattr(embedded, "BLANK_LABEL", Counting())
    file = tmp_path / "data.nq"
    file.write_text(nquads(), encoding="utf-8")
    kg = open_kg()
    assert import_rdf(kg.backend, file, bulk=True, threads=3) == 300
    assert scanned == [file.stat().st_size]
    assert sum(q.startswith("<http://x/s") for q in _content(kg)) == 300


@pytest.mark.parametrize("graph", [None, "http://x/g1", "http://x/target"])
def test_import_fast_path_matches_transactional_path(open_kg, tmp_path, bulk_calls, graph):
    file = tmp_path / "data.nq"
    file.write_text(nquads(default_every=5) + nquads(20), encoding="utf-8")  # 20 duplicates
    slow, fast = open_kg(STALE, KEPT, LOOSE), open_kg(STALE, KEPT, LOOSE)
    slow_count = import_rdf(slow.backend, file, graph=graph, bulk=False)
    assert bulk_calls == []
    fast_count = import_rdf(fast.backend, file, graph=graph, bulk=True, threads=4)
    assert len(bulk_calls) == 1
    assert fast_count == slow_count == 320
    assert _content(fast) == _content(slow)
    assert any('"default graph"' in q for q in _content(fast))


def test_import_fast_path_default_graph_triples_go_to_given_graph(open_kg, tmp_path):
    file = tmp_path / "data.nq"
    file.write_text(nquads(default_every=5), encoding="utf-8")
    kg = open_kg('<http://x/a> <http://x/p> "old" <http://x/target> .\n')
    import_rdf(kg.backend, file, graph="http://x/target", bulk=True, threads=2)
    target = [q for q in _content(kg) if q.endswith("<http://x/target>")]
    assert len(target) == 60 and not any('"old"' in q for q in target)


def test_import_fast_path_syntax_error_at_end_writes_nothing(open_kg, tmp_path, bulk_calls):
    good = nquads()
    file = tmp_path / "bad.nq"
    file.write_text(good + "<http://x/s> <http://x/p> oops .\n", encoding="utf-8")
    kg = open_kg(STALE, KEPT)
    before, size = _content(kg), len(kg)
    with pytest.raises(InputError, match=r"cannot parse .*bad\.nq.*line 301\b"):
        import_rdf(kg.backend, file, bulk=True, threads=4)
    assert bulk_calls == []
    assert len(kg) == size and _content(kg) == before


@pytest.mark.parametrize("threads", [1, 4])
def test_import_fast_path_syntax_error_names_the_file_and_its_line(broken_nq, threads):
    with pytest.raises(InputError) as raised:
        import_rdf(KnowledgeGraph.memory().backend, broken_nq, bulk=True, threads=threads)
    message = str(raised.value)
    assert message.startswith(f"cannot parse {str(broken_nq)!r}: Parser error at line 181 column ")
    assert message.endswith("(broken.nq, line 181)")


def test_import_file_takes_fast_path_from_size_threshold(
    open_kg, tmp_path, bulk_calls, monkeypatch
):
    file = tmp_path / "data.nq"
    file.write_text(nquads(), encoding="utf-8")
    kg = open_kg(STALE)
    kg.import_file(file)
    assert bulk_calls == []
    monkeypatch.setattr(rdfio, "DEFAULT_BULK_IMPORT_BYTES", file.stat().st_size)
    assert kg.import_file(file) == 300
    assert len(bulk_calls) == 1
    assert not any('"stale"' in q for q in _content(kg))


def test_import_fast_path_leaves_blank_node_files_to_transactional_path(
    open_kg, tmp_path, bulk_calls
):
    file = tmp_path / "blank.nq"
    file.write_text(nquads() + '_:b1 <http://x/p> "blank" <http://x/g1> .\n', encoding="utf-8")
    slow, fast = open_kg(), open_kg()
    import_rdf(slow.backend, file, bulk=False)
    assert import_rdf(fast.backend, file, bulk=True, threads=2) == 301
    assert bulk_calls == []
    assert _content(fast) == _content(slow)


def test_import_fast_path_trig_file(open_kg, tmp_path, bulk_calls):
    file = tmp_path / "data.trig"
    file.write_text(
        "@prefix x: <http://x/> .\nx:g1 { x:a x:p 1, 2 . }\nx:b x:p 3 .\n", encoding="utf-8"
    )
    kg = open_kg(STALE)
    assert import_rdf(kg.backend, file, bulk=True) == 3
    assert len(bulk_calls) == 1
    g1 = [q for q in _content(kg) if q.endswith("<http://x/g1>")]
    assert len(g1) == 2 and not any('"stale"' in q for q in g1)
