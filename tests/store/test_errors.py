"""Bad stores and endpoints give clear errors, quickly, and write nothing."""

from __future__ import annotations

import time

import pytest

from graphkit.errors import StoreError
from graphkit.store import KnowledgeGraph


def test_open_corrupt_store_folder_raises_store_error(tmp_path):
    folder = tmp_path / "store"
    KnowledgeGraph.open(folder).close()
    (folder / "CURRENT").write_bytes(b"\x00garbage-not-a-manifest\n")
    with pytest.raises(StoreError, match="corrupt or unreadable"):
        KnowledgeGraph.open(folder)


def test_open_store_with_missing_manifest_raises_store_error(tmp_path):
    folder = tmp_path / "store"
    KnowledgeGraph.open(folder).close()
    for manifest in folder.glob("MANIFEST-*"):
        manifest.unlink()
    with pytest.raises(StoreError, match="corrupt or unreadable"):
        KnowledgeGraph.open(folder)


def test_open_foreign_folder_raises_and_writes_nothing(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a store")
    with pytest.raises(StoreError, match="not a graphkit store"):
        KnowledgeGraph.open(folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_open_file_as_store_raises(tmp_path):
    path = tmp_path / "file.ttl"
    path.write_text("")
    with pytest.raises(StoreError, match="is a file"):
        KnowledgeGraph.open(path)


def test_open_store_in_use_raises(tmp_path):
    kg = KnowledgeGraph.open(tmp_path / "store")
    try:
        with pytest.raises(StoreError, match=r"in use|corrupt"):
            KnowledgeGraph.open(tmp_path / "store")
    finally:
        kg.close()


def test_connect_unreachable_endpoint_fails_fast(free_port):
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(StoreError, match="unreachable"):
        KnowledgeGraph.connect(url)
    assert time.monotonic() - started < 5


def test_connect_not_a_sparql_endpoint(tmp_path):
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(StoreError):
            KnowledgeGraph.connect(f"http://127.0.0.1:{httpd.server_address[1]}")
    finally:
        httpd.shutdown()
        httpd.server_close()
