"""Open built pages in Debian's Chromium through Playwright, as a reader's phone would.

Used by the browser tests and by ``make bench``. No browser is downloaded: Playwright drives
the system Chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Flags from shared/engineering.md: no sandbox as root, and no background calls home.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
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
def serve(directory: Path):
    """Serve ``directory`` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class PageLoad:
    """What a page fetched: every local file with its size, and every request to another host."""

    url: str
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # url -> (raw, gzip)
    other_hosts: list[str] = field(default_factory=list)

    @property
    def raw_bytes(self) -> int:
        return sum(raw for raw, _ in self.files.values())

    @property
    def gzip_bytes(self) -> int:
        return sum(packed for _, packed in self.files.values())


def block_other_hosts(page, record: list[str]) -> None:
    """Abort and record every request that would leave this machine."""

    def route(request_route):
        url = request_route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("file", "data", "blob", "about") or parsed.hostname in LOCAL_HOSTS:
            request_route.continue_()
        else:
            record.append(url)
            request_route.abort()

    page.route("**/*", route)


def measure(browser, url: str, viewport=(360, 740)) -> PageLoad:
    """Load ``url`` in a fresh phone-sized context and add up what it fetched."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    load = PageLoad(url)
    block_other_hosts(page, load.other_hosts)
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    for response in responses:
        if response.url.startswith("data:"):
            continue
        with contextlib.suppress(Exception):  # a response without a body (redirect) weighs 0
            body = response.body()
            load.files[response.url] = (len(body), len(gzip.compress(body, compresslevel=6)))
    context.close()
    return load
