"""Debian's Chromium through Playwright, offline: find it, launch it, serve a folder on
127.0.0.1 and refuse every request to another host.

Used by the handouts (printing), the browser tests and ``make bench`` (through
``sse_course.devtools.browser``). No browser is downloaded: Playwright drives the system
Chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",  # Chromium's sandbox does not start as root (CI containers and build machines)
    "--disable-gpu",  # headless: there is no GPU to use
    # No calls home in the background (updates, sync, first-run pages, QUIC probes), so the only
    # requests are the page's own, and the "nothing from other hosts" checks see exactly those.
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}


class ChromiumMissing(RuntimeError):
    pass


def chromium_path() -> str:
    for candidate in (os.environ.get("CHROMIUM"), *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise ChromiumMissing(
        "Chromium was not found. The browser tests need Debian's Chromium: run\n"
        "    sudo apt-get update && sudo apt-get install -y chromium\n"
        "(or set CHROMIUM=/path/to/chromium). They are never skipped."
    )


@contextlib.contextmanager
def launch(playwright):
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
    try:
        yield browser
    finally:
        browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@contextlib.contextmanager
def serve(directory: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] | None = None):
    """Serve ``directory`` on 127.0.0.1 at a free port (with ``handler_class``, a quiet
    SimpleHTTPRequestHandler unless given); yields the base URL."""
    handler = functools.partial(handler_class or _QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def block_other_hosts(page, record: list[str]) -> None:
    """Abort and record every request that would leave this machine; local files and servers
    are fine. ``page`` is a Playwright page or a whole browser context."""

    def route(request_route):
        url = request_route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("file", "data", "blob", "about") or parsed.hostname in LOCAL_HOSTS:
            request_route.continue_()
        else:
            record.append(url)
            request_route.abort()

    page.route("**/*", route)
