"""Fixtures shared by every test package."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that the OS found free (it may be taken again later)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def free_port() -> Callable[[], int]:
    """``free_port()`` returns a TCP port on 127.0.0.1 that is free now."""
    return _free_port


def _outputs_under_hash_seeds(code: str) -> set[str]:
    """The distinct standard outputs of ``python -c code`` under string hash seeds 0, 1, 2."""
    return {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (0, 1, 2)
    }


@pytest.fixture(scope="session")
def outputs_under_hash_seeds() -> Callable[[str], set[str]]:
    """``outputs_under_hash_seeds(code)``: one output means the code is hash-seed stable."""
    return _outputs_under_hash_seeds


@contextmanager
def _running_oxigraph(folder: Path, *options: str) -> Iterator[str]:
    """A real ``oxigraph serve --location FOLDER`` on a free 127.0.0.1 port; yields its URL."""
    import httpx

    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server CLI (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    stderr = proc.stderr.read() if proc.stderr else b""
                    pytest.fail(f"oxigraph serve did not start: {stderr!r}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="session")
def start_oxigraph() -> Callable[..., AbstractContextManager[str]]:
    """``with start_oxigraph(folder, *options) as url:`` runs a real Oxigraph server."""
    return _running_oxigraph


def _spy_flush(kg: object) -> list[int]:
    """Wrap an on-disk KnowledgeGraph's pyoxigraph store so each ``flush()`` is recorded.

    Returns the list that receives the store's quad count at every flush.
    """
    backend = kg.backend  # type: ignore[attr-defined]
    real = backend.store
    calls: list[int] = []

    class Spy:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def flush(self) -> None:
            calls.append(len(real))
            real.flush()

    backend.store = Spy()
    return calls


@pytest.fixture
def spy_flush() -> Callable[[object], list[int]]:
    """``calls = spy_flush(kg)`` records every flush of ``kg``'s on-disk store."""
    return _spy_flush


@pytest.fixture
def text_hash_calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Texts hashed by :func:`graphkit.store.mapping.text_hash` during the test, with how
    often: it normalises its text once per call, so counting ``normalise_text`` counts every
    call, wherever ``text_hash`` was imported."""
    from graphkit.store import mapping

    calls: Counter[str] = Counter()
    real = mapping.normalise_text

    def counting(text: str) -> str:
        calls[text] += 1
        return real(text)

    monkeypatch.setattr(mapping, "normalise_text", counting)
    return calls
