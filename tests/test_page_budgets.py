"""The page budgets of issue 14, in Debian's Chromium, with the book served with gzip as GitHub
Pages or nginx serve it (sse_course/light/budgets.py holds the numbers).

- the next page of the course, with a warm cache, costs at most 25 KiB of new bytes (every pair
  of pages in reading order); the first visit of every page (100 KiB) is in test_browser.py;
- axe-core finds no serious or critical violation at 360 px or at 1280 px, with every section
  of the sidebar's table of contents opened;
- Lighthouse's mobile preset: performance, accessibility, first paint, blocking time and layout
  shift within budget. Lighthouse takes 15-30 s a page on this 2-core machine, so ``make test``
  runs it on the heaviest chapter, case study and exercise (where the budget is hardest to
  meet) and ``make bench`` runs it on every chapter, case study and exercise.
"""

from __future__ import annotations

import pytest

from sse_course.devtools.browser import block_other_hosts
from sse_course.devtools.gzip_server import serve_gzip
from sse_course.devtools.page_budgets import heaviest_of_each_kind, lighthouse_verdict, next_page_new_bytes
from sse_course.light import budgets

from .conftest import ROOT, toc_pages

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
READING_ORDER = toc_pages()
PAGES = [f"{page}.html" for page in READING_ORDER] + ["search.html", "genindex.html"]


@pytest.fixture(scope="module")
def gzip_site(built_book):
    with serve_gzip(built_book) as base:
        yield base


@pytest.mark.parametrize("first, following", list(zip(READING_ORDER, READING_ORDER[1:], strict=False)))
def test_the_next_page_costs_little_with_a_warm_cache(browser, gzip_site, first, following):
    size, fetched = next_page_new_bytes(browser, f"{gzip_site}{first}.html", f"{gzip_site}{following}.html")
    assert size <= budgets.NEXT_PAGE_NEW_GZIP_BYTES, (
        f"{first} -> {following} takes {size / 1024:.1f} KiB of new bytes "
        f"(budget {budgets.NEXT_PAGE_NEW_GZIP_BYTES // 1024} KiB): {fetched}"
    )


OPEN_EVERY_SECTION = """() => {
  const toggles = document.querySelectorAll('.bd-sidebar-primary details, .bd-sidebar details');
  toggles.forEach((details) => { details.open = true; });
  return toggles.length;
}"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_serious_at_phone_and_desktop_width_with_the_sidebar_open(browser, gzip_site, path, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    outside: list[str] = []
    block_other_hosts(page, outside)
    page.goto(gzip_site + path, wait_until="networkidle")
    page.evaluate(OPEN_EVERY_SECTION)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    context.close()
    serious = [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']} — e.g. {v['nodes'][0]['html'][:160]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{path} at {width}px:\n" + "\n".join(serious)
    assert outside == []


def test_the_sidebar_toggles_are_named_after_their_section(browser, gzip_site):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(gzip_site + "book/welcome.html")
    names = page.eval_on_selector_all(
        ".bd-sidebar-primary summary", "els => els.map(e => e.getAttribute('aria-label'))"
    )
    page.close()
    assert names and all(name and name.startswith("Pages in ") for name in names), names
    assert "Pages in For trainers" in names


def _lighthouse_subset():
    from .conftest import HTML

    if not HTML.is_dir():  # collected before the first build: measure the representative pages then
        return ["book/home-based-workers", "notebooks/atemdo", "exercises/home-based-workers"]
    return heaviest_of_each_kind(READING_ORDER, HTML)


@pytest.mark.parametrize("page", _lighthouse_subset())
def test_lighthouse_mobile_scores_are_within_budget(gzip_site, page):
    verdict = lighthouse_verdict(f"{gzip_site}{page}.html")
    assert not verdict.problems, f"{page} (best of {verdict.runs} Lighthouse runs): " + "; ".join(verdict.problems)
