"""On a 360 px phone with touch, and by keyboard (issue 17): a glossary word opens its plain
definition in place, without loading the glossary page; a citation is a short number that shows
its reference in place and still links to it; Escape closes and focus returns; axe finds
nothing serious with a box open."""

from __future__ import annotations

import re

import pytest

from sse_course.book.toc import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [pytest.mark.build, pytest.mark.browser]

CHAPTER_1 = "book/home-based-workers.html"
CHAPTER = "book/what-is-sse.html"
GOVERNANCE = ".bd-article a.sse-term-trigger[href$='#term-governance']"
# What an author-year citation looked like: "(International Labour Office, 2021)", "[Esim, 2021]".
AUTHOR_YEAR = re.compile(r"[A-Z][\w.&' -]+,? (?:19|20)\d\d[a-z]?\]")


def requests_after_load(page, url: str) -> list[str]:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    return asked


def open_box(page):
    return page.locator(".sse-term-box:not([hidden])")


def test_tapping_a_word_opens_its_definition_in_place_and_loads_nothing(touch_phone, site):
    asked = requests_after_load(touch_phone, site + CHAPTER)
    word = touch_phone.locator(GOVERNANCE).first
    word.scroll_into_view_if_needed()
    word.tap()
    box = open_box(touch_phone)
    box.wait_for()
    assert box.count() == 1
    assert "How an organisation is run" in box.inner_text()
    assert word.get_attribute("aria-expanded") == "true"
    assert touch_phone.url == site + CHAPTER and asked == [], f"loaded {asked}"
    word_box, definition = word.bounding_box(), box.bounding_box()
    assert definition["y"] >= word_box["y"] + word_box["height"] - 1, "the definition is not under the word"
    assert definition["x"] >= 0 and definition["x"] + definition["width"] <= 360
    assert touch_phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert box.locator("a.sse-term-more").get_attribute("href").endswith("glossary.html#term-governance")

    word.tap()  # a second tap closes it
    assert open_box(touch_phone).count() == 0
    word.tap()
    touch_phone.locator(".bd-article h1").tap()  # so does a tap elsewhere
    assert open_box(touch_phone).count() == 0
    word.tap()
    box.get_by_role("button", name="Close").tap()
    assert open_box(touch_phone).count() == 0


def test_by_keyboard_enter_and_space_open_a_word_and_escape_gives_focus_back(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    word = touch_phone.locator(GOVERNANCE).first
    word.focus()
    touch_phone.keyboard.press("Enter")
    assert open_box(touch_phone).count() == 1
    touch_phone.keyboard.press("Escape")
    assert open_box(touch_phone).count() == 0
    assert touch_phone.evaluate("document.activeElement.getAttribute('href')").endswith("#term-governance")

    scrolled = touch_phone.evaluate("window.scrollY")
    touch_phone.keyboard.press(" ")
    box = open_box(touch_phone)
    assert box.count() == 1
    assert abs(touch_phone.evaluate("window.scrollY") - scrolled) < 200, "Space scrolled the page away"
    touch_phone.keyboard.press("Tab")  # into the box: its link, then Close
    assert touch_phone.evaluate("document.activeElement.className") == "sse-term-more"
    touch_phone.keyboard.press("Escape")
    assert open_box(touch_phone).count() == 0
    assert touch_phone.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"


def test_chapter_1_cites_by_short_numbers_that_show_and_link_their_reference(touch_phone, site, built_book):
    touch_phone.goto(site + CHAPTER_1)
    article = touch_phone.locator(".bd-article").inner_text()
    assert not AUTHOR_YEAR.findall(article), f"author-year citations in the text: {AUTHOR_YEAR.findall(article)[:3]}"
    citations = touch_phone.evaluate("""[...document.querySelectorAll('.bd-article .bibtex-citation')].map(c => ({
        text: c.innerText, links: [...c.querySelectorAll('a')].map(a => { const r = a.getBoundingClientRect();
          return {href: a.getAttribute('href'), width: r.width, height: r.height}; })}))""")
    assert len(citations) >= 30
    references = (built_book / "book" / "references.html").read_text(encoding="utf-8")
    for citation in citations:
        assert re.fullmatch(r"\[\d+(?:, \d+)*\]", citation["text"]), citation["text"]
        for link in citation["links"]:
            page, anchor = link["href"].split("#")
            assert page == "references.html" and f'id="{anchor}"' in references, link["href"]
            assert link["width"] >= 20 and link["height"] >= 20, f"{link} is too small to tap"

    first = touch_phone.locator(".bd-article .bibtex-citation a").first
    first.scroll_into_view_if_needed()
    first.tap()
    box = open_box(touch_phone)
    box.wait_for()
    assert "Working from home" in box.inner_text()
    assert touch_phone.url == site + CHAPTER_1
    box.get_by_role("link", name="All references").tap()
    touch_phone.wait_for_url("**/book/references.html#*")
    assert touch_phone.evaluate("document.getElementById(location.hash.slice(1)) !== null")


def test_axe_finds_nothing_serious_with_a_definition_open(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    touch_phone.locator(GOVERNANCE).first.tap()
    touch_phone.locator(".bd-article .bibtex-citation a").first.focus()
    touch_phone.add_script_tag(path=str(AXE))
    result = touch_phone.evaluate("axe.run(document, {resultTypes: ['violations']})")
    bad = [
        (v["id"], v["impact"], [n["html"][:100] + " " + n.get("failureSummary", "")[-160:] for n in v["nodes"][:3]])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, bad
