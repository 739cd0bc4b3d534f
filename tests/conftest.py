"""Shared fixtures: the built book (built once per run, with warnings as errors) and a browser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sse_course.devtools.book import toc_pages  # noqa: F401  (re-exported for the tests)

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"


def build_book(source: Path) -> subprocess.CompletedProcess:
    """Build the book at ``source`` exactly as ``make book`` does."""
    return subprocess.run(
        [str(JUPYTER_BOOK), "build", str(source), "-W", "-n", "--keep-going"],
        capture_output=True, text=True, cwd=source, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


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
