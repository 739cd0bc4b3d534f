"""Open built pages in Debian's Chromium as a reader's phone would, and weigh what they fetch.

Used by the browser tests and by ``make bench``. Finding, launching and keeping Chromium offline
is shared with the handouts, in ``sse_course.delivery.chromium``.
"""

from __future__ import annotations

import contextlib
import gzip
from dataclasses import dataclass, field

from sse_course.delivery.chromium import ChromiumMissing, block_other_hosts, chromium_path, launch, serve

__all__ = [
    "ChromiumMissing",
    "PageLoad",
    "block_other_hosts",
    "chromium_path",
    "launch",
    "load_and_weigh",
    "measure",
    "serve",
]


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


def measure(browser, url: str, viewport=(360, 740)) -> PageLoad:
    """Load ``url`` in a fresh phone-sized context and add up what it fetched."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    try:
        return load_and_weigh(context.new_page(), url)
    finally:
        context.close()


def load_and_weigh(page, url: str) -> PageLoad:
    """Open ``url`` in ``page`` and add up what it fetched until the network was idle: in a fresh
    context, what a first visit costs. Requests to other hosts are refused and listed in the
    result's ``other_hosts`` for as long as the page lives (a test can go on using it)."""
    load = PageLoad(url)
    block_other_hosts(page, load.other_hosts)
    responses: list = []
    page.on("response", lambda response: responses.append(response))  # (Playwright takes no builtin method)
    page.goto(url, wait_until="networkidle")
    for response in responses:
        if response.url.startswith("data:"):
            continue
        with contextlib.suppress(Exception):  # a response without a body (redirect) weighs 0
            body = response.body()
            load.files[response.url] = (len(body), len(gzip.compress(body, compresslevel=6)))
    return load
