"""A small Chrome DevTools Protocol harness over websocket-client for headless Chromium.

It launches ``/usr/bin/chromium --headless`` with background networking off and DNS
mapped to nowhere, attaches to one tab (flattened session), records every request the
page makes, every uncaught exception, console error and log entry (CSP violations), and
offers ``evaluate``, ``wait_for``, ``click`` and ``screenshot``. Used by the browser tests
and by ``benchmarks/viz_bench.py``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-pings",
    "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-port=0",
)


class BrowserError(RuntimeError):
    """Chromium did not start, a CDP command failed, or a wait timed out."""


class Chromium:
    """A headless Chromium process and one CDP websocket to it (use as a context manager)."""

    def __init__(
        self,
        executable: Path = CHROMIUM,
        *,
        width: int = 1280,
        height: int = 800,
        timeout: float = 30.0,
    ) -> None:
        self.executable = executable
        self.width, self.height = width, height
        self.timeout = timeout
        self._next_id = 0
        self._events: dict[str | None, list[dict[str, Any]]] = {}

    def __enter__(self) -> Chromium:
        import websocket

        self._profile = tempfile.mkdtemp(prefix="gk-chromium-")
        self.proc = subprocess.Popen(
            [
                str(self.executable),
                *FLAGS,
                f"--user-data-dir={self._profile}",
                f"--window-size={self.width},{self.height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self._stop()
                raise BrowserError(f"chromium did not start (exit code {self.proc.poll()})")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}", timeout=self.timeout, suppress_origin=True
        )
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.send("Browser.close")
        with contextlib.suppress(Exception):
            self.ws.close()
        self._stop()

    def _stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        shutil.rmtree(self._profile, ignore_errors=True)

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one CDP command and return its result (events met meanwhile are stored)."""
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method} failed: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self._events.setdefault(reply.get("sessionId"), []).append(reply)
        raise BrowserError(f"{method} timed out")

    def pump(self, seconds: float) -> None:
        """Read events for ``seconds`` (lets page events arrive between commands)."""
        end = time.monotonic() + seconds
        self.ws.settimeout(0.05)
        try:
            while time.monotonic() < end:
                try:
                    reply = json.loads(self.ws.recv())
                except Exception:  # websocket timeout: nothing to read yet
                    continue
                if "method" in reply:
                    self._events.setdefault(reply.get("sessionId"), []).append(reply)
        finally:
            self.ws.settimeout(self.timeout)

    def events(self, session: str | None) -> list[dict[str, Any]]:
        return self._events.setdefault(session, [])

    def new_page(self) -> Page:
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        page = Page(self, session)
        for domain in ("Page", "Network", "Runtime", "Log"):
            page.send(f"{domain}.enable")
        page.send(
            "Network.emulateNetworkConditions",
            offline=True,
            latency=0,
            downloadThroughput=-1,
            uploadThroughput=-1,
        )
        page.send(
            "Emulation.setDeviceMetricsOverride",
            width=self.width,
            height=self.height,
            deviceScaleFactor=1,
            mobile=False,
        )
        return page


class Page:
    """One tab, driven through a flattened CDP session."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.send(method, self.session, **params)

    def _events(self, method: str) -> Iterator[dict[str, Any]]:
        return (e["params"] for e in self.browser.events(self.session) if e["method"] == method)

    @property
    def requests(self) -> list[str]:
        """Every URL the page asked for (Network.requestWillBeSent)."""
        return [p["request"]["url"] for p in self._events("Network.requestWillBeSent")]

    @property
    def errors(self) -> list[str]:
        """Uncaught exceptions, console errors and error-level log entries (CSP, network)."""
        out = [
            p["exceptionDetails"].get("exception", {}).get("description")
            or p["exceptionDetails"].get("text", "")
            for p in self._events("Runtime.exceptionThrown")
        ]
        out += [
            " ".join(str(a.get("value", a.get("description", ""))) for a in p["args"])
            for p in self._events("Runtime.consoleAPICalled")
            if p["type"] in ("error", "assert")
        ]
        out += [
            f"{p['entry']['source']}: {p['entry']['text']}"
            for p in self._events("Log.entryAdded")
            if p["entry"]["level"] == "error"
        ]
        return out

    def navigate(self, url: str) -> None:
        result = self.send("Page.navigate", url=url)
        if result.get("errorText"):
            raise BrowserError(f"navigating to {url} failed: {result['errorText']}")

    def evaluate(self, expression: str) -> Any:
        """Value of a JS expression (awaited if it is a promise, returned by value)."""
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JS error in {expression!r}: {text}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0, interval: float = 0.05) -> Any:
        """Poll until a JS expression is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            self.browser.pump(interval)
        raise BrowserError(f"timed out after {timeout}s waiting for {expression!r}")

    def frames(self, timeout: float = 10.0) -> list[Page]:
        """Out-of-process child frames (sandboxed iframes), attached as their own sessions.

        Call :meth:`attach_frames` before navigating.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [
                p["sessionId"]
                for p in self._events("Target.attachedToTarget")
                if p["targetInfo"]["type"] == "iframe"
            ]
            if found:
                frames = [Page(self.browser, session) for session in found]
                for frame in frames:  # paused at start (attach_frames): record, then resume
                    for domain in ("Network", "Runtime", "Log"):
                        frame.send(f"{domain}.enable")
                    frame.send("Runtime.runIfWaitingForDebugger")
                return frames
            self.browser.pump(0.05)
        raise BrowserError(f"no child frame attached within {timeout}s")

    def attach_frames(self) -> None:
        """Auto-attach to out-of-process iframes (paused until :meth:`frames` resumes them)."""
        self.send(
            "Target.setAutoAttach", autoAttach=True, waitForDebuggerOnStart=True, flatten=True
        )

    def click(self, x: float, y: float) -> None:
        """A left mouse click at page coordinates (CSS pixels)."""
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path
