"""Shared fixtures: the built book (built once per run, with warnings as errors) and a browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from sse_course.book.toc import ROOT, toc_pages  # noqa: F401  (re-exported for the tests)
from sse_course.build.command import build_book  # noqa: F401  (exactly as make book builds)

HTML = ROOT / "_build" / "html"


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The course built from this checkout into _build/html (the execution cache is reused)."""
    result = build_book(ROOT)
    if result.returncode != 0:
        pytest.fail("The book does not build with warnings as errors:\n" + (result.stdout + result.stderr)[-6000:])
    return HTML


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from sse_course.devtools.browser import launch

    with sync_playwright() as playwright, launch(playwright) as chromium:
        yield chromium


@pytest.fixture(scope="session")
def site(built_book):
    """The built book served on 127.0.0.1; yields its base URL."""
    from sse_course.devtools.browser import serve

    with serve(built_book) as base:
        yield base
