"""Shared fixtures: the built book (built once per run, with warnings as errors) and a browser;
the markers that let ``make check`` leave out the slow tests; timing that holds on a busy machine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from hypothesis import HealthCheck, settings

from sse_course.book.toc import ROOT, toc_pages  # noqa: F401  (re-exported for the tests)
from sse_course.build.command import build_book, build_course  # noqa: F401  (exactly as make book builds)
from sse_course.i18n.languages import languages

HTML = ROOT / "_build" / "html"

# Property tests check what our code does, not how fast a shared machine runs it: no deadline and
# no "too slow" health check, so a loaded machine cannot fail them ("Unreliable test timings").
settings.register_profile("course", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("course")

# Playwright waits 30 s by default for a page, a click or a PDF; on a loaded 2-core machine a
# heavy page can take longer. Five minutes only ever ends a test that is really stuck.
BROWSER_TIMEOUT_MS = 300_000

# The fixtures that mean slow work, and the marker every test using them (even through another
# fixture) must carry, so that `make check` (-m "not build and not browser and not notebooks")
# leaves them out. Notebook cells collected by nbval are marked `notebooks` below.
SLOW_FIXTURES = {"built_book": "build", "learner_book": "build", "sample_build": "build", "browser": "browser"}
UNMARKED = pytest.StashKey[list]()


class MarkedTest(Protocol):
    """What missing_markers needs of a test: a pytest.Item has both."""

    fixturenames: Any

    def iter_markers(self) -> Iterator[pytest.Mark]: ...


def missing_markers(item: MarkedTest) -> list[str]:
    """The markers ``item`` lacks for the slow fixtures it uses."""
    used = getattr(item, "fixturenames", ())
    have = {mark.name for mark in item.iter_markers()}
    return sorted({marker for fixture, marker in SLOW_FIXTURES.items() if fixture in used} - have)


@pytest.hookimpl(tryfirst=True)  # before -m deselects anything, so the check sees every test
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.notebooks)
    config.stash[UNMARKED] = [
        f"{item.nodeid} needs @pytest.mark.{', @pytest.mark.'.join(missing)}"
        for item in items
        if (missing := missing_markers(item))
    ]


#: The editions in other languages the tests build (drafts too) and check like the English book.
EDITIONS = [lang for lang in languages() if not lang.is_source]


#: Where each edition is in the built site: the English book at its root, the others in folders.
EDITION_FOLDERS = ["", *(f"{lang.tag}/" for lang in EDITIONS)]


def in_every_edition(paths: list[str]) -> list[str]:
    """``paths`` of the English book, then the same paths in every other language's edition."""
    return [f"{folder}{path}" for folder in EDITION_FOLDERS for path in paths]


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The course built from this checkout into _build/html (the execution cache is reused), with
    every edition in another language in _build/html/<tag>/: the drafts too, so that what a
    translator's language will ship is tested before it is released."""
    result = build_course(ROOT, include_drafts=True)
    if result.returncode != 0:
        pytest.fail("The book does not build with warnings as errors:\n" + (result.stdout + result.stderr)[-6000:])
    return HTML


@pytest.fixture(scope="session")
def learner_book() -> Path:
    """The learner edition (no exercise solutions, no trainers' pages), built once per run as
    ``make learner-edition`` builds it, in English and in every language of ``built_book`` (the
    drafts too: the offline zip carries each edition's learner edition), each language in its
    ``<tag>/`` folder; their execution caches are reused too."""
    from sse_course.devtools.editions import build_learner_editions, html_dir

    for result in build_learner_editions(ROOT, include_drafts=True):
        if result.returncode != 0:
            pytest.fail("The learner edition does not build:\n" + (result.stdout + result.stderr)[-6000:])
    return html_dir(ROOT)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from sse_course.delivery.chromium import launch

    with sync_playwright() as playwright, launch(playwright) as chromium:
        new_context = chromium.new_context

        def patient_context(**options):
            """A context whose pages wait BROWSER_TIMEOUT_MS, for every test that opens one."""
            context = new_context(**options)
            context.set_default_timeout(BROWSER_TIMEOUT_MS)
            return context

        chromium.new_context = patient_context
        yield chromium


@pytest.fixture(scope="session")
def site(built_book):
    """The built book served on 127.0.0.1; yields its base URL."""
    from sse_course.delivery.chromium import serve

    with serve(built_book) as base:
        yield base


def offline_page(browser, **context_options):
    """A page in a fresh context that refuses every request to another host; the test fails if
    the page tried one."""
    from sse_course.delivery.chromium import block_other_hosts

    # No service worker (sse_course/light): it would answer from its copy of a page, past the
    # routes a test sets up; tests/test_offline.py tests the worker in contexts of its own.
    context = browser.new_context(**{"service_workers": "block", **context_options})
    page = context.new_page()
    page.outside = []
    block_other_hosts(page, page.outside)
    yield page
    assert page.outside == []
    context.close()


@pytest.fixture
def touch_phone(browser):
    """A 360 px Android-like phone with touch, offline but for the book."""
    yield from offline_page(browser, viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)


@pytest.fixture
def laptop(browser):
    """A 1280 x 800 laptop or projector screen, offline but for the book."""
    yield from offline_page(browser, viewport={"width": 1280, "height": 800})
