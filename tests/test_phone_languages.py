"""A phone reader can open the same page in another language from any page (issue 15).

The header's language menu has no room among a 360 px phone's buttons, so at 600 px or narrower
the page starts with a line of plain links instead (sse_course/i18n/sphinx.py,
phone_language_list): each language named in itself, the current one marked, no script. A wider
screen shows the header's menu and not the line."""

from __future__ import annotations

import pytest

from sse_course.i18n.languages import language

from .conftest import EDITIONS, ROOT

pytestmark = [pytest.mark.build, pytest.mark.browser]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LIST = ".sse-languages"
EVERY_LANGUAGE = [language("en"), *EDITIONS]
# A chapter in English, a case study in an edition, the search page (which loads no menu script).
STARTS = [("", "book/what-is-sse"), (f"{EDITIONS[0].tag}/", "notebooks/atemdo"), (f"{EDITIONS[-1].tag}/", "search")]


def folder(lang) -> str:
    return "" if lang.is_source else f"{lang.tag}/"


def boxes_overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"] - 0.5
        and b["x"] < a["x"] + a["width"] - 0.5
        and a["y"] < b["y"] + b["height"] - 0.5
        and b["y"] < a["y"] + a["height"] - 0.5
    )


@pytest.mark.parametrize("start, page", STARTS, ids=[f"{s}{p}" for s, p in STARTS])
def test_on_a_phone_each_language_link_opens_the_same_page_in_that_language(touch_phone, site, start, page):
    here = site + start + page + ".html"
    for lang in EVERY_LANGUAGE:
        touch_phone.goto(here)
        links = touch_phone.locator(LIST).get_by_role("link")
        assert links.count() == len(EVERY_LANGUAGE)
        link = touch_phone.locator(f'{LIST} a[hreflang="{lang.tag}"]')
        assert link.is_visible() and link.inner_text() == lang.name
        assert link.get_attribute("lang") == lang.tag
        current = f"{start}" == folder(lang)
        assert (link.get_attribute("aria-current") == "page") is current, f"{lang.tag}: the current language"
        link.tap()
        touch_phone.wait_for_url(site + folder(lang) + page + ".html")
        assert touch_phone.locator("html").get_attribute("lang") == lang.tag


def test_on_a_phone_the_list_is_reached_by_keyboard_and_enter_follows_a_link(touch_phone, site):
    touch_phone.goto(site + "book/what-is-sse.html")
    for _ in range(20):  # the skip link, the header's buttons, then the list
        touch_phone.keyboard.press("Tab")
        if touch_phone.evaluate(f"!!document.activeElement.closest('{LIST}')"):
            break
    else:
        pytest.fail("Tab never reached the language list")
    assert touch_phone.evaluate("document.activeElement.getAttribute('hreflang')") == "en"
    touch_phone.keyboard.press("Tab")
    tag = touch_phone.evaluate("document.activeElement.getAttribute('hreflang')")
    assert tag == EVERY_LANGUAGE[1].tag
    touch_phone.keyboard.press("Enter")
    touch_phone.wait_for_url(f"{site}{tag}/book/what-is-sse.html")


@pytest.mark.parametrize("start, page", STARTS, ids=[f"{s}{p}" for s, p in STARTS])
def test_on_a_phone_the_list_covers_nothing_and_passes_axe(touch_phone, site, start, page):
    touch_phone.goto(site + start + page + ".html", wait_until="networkidle")
    links = [link.bounding_box() for link in touch_phone.locator(f"{LIST} a").all()]
    for box in links:
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, "a language is off the screen"
        assert box["height"] >= 40, "a language is too small to tap"
    for n, box in enumerate(links):
        assert not any(boxes_overlap(box, other) for other in links[n + 1 :]), "two languages overlap"
    around = touch_phone.locator(".bd-header-article button:visible, .bd-article h1, .bd-search-container h1").all()
    for other in around:
        other_box = other.bounding_box()
        assert not any(boxes_overlap(box, other_box) for box in links), f"the list overlaps {other.inner_text()!r}"
    assert touch_phone.evaluate("document.documentElement.scrollWidth") <= 360
    touch_phone.add_script_tag(path=str(AXE))
    result = touch_phone.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — e.g. {v['nodes'][0]['html'][:120]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


def test_from_the_disk_a_language_link_opens_the_page_in_that_language(browser, built_book):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    other = EDITIONS[-1]
    page.goto((built_book / other.tag / "book" / "principles-and-values.html").as_uri())
    page.locator(f'{LIST} a[hreflang="en"]').click()
    page.wait_for_url((built_book / "book" / "principles-and-values.html").as_uri())
    page.locator(f'{LIST} a[hreflang="{EDITIONS[0].tag}"]').click()
    page.wait_for_url((built_book / EDITIONS[0].tag / "book" / "principles-and-values.html").as_uri())
    context.close()


def test_on_a_wide_screen_the_header_menu_is_shown_and_not_the_list(laptop, site):
    laptop.goto(f"{site}{EDITIONS[0].tag}/book/what-is-sse.html")
    assert not laptop.locator(LIST).is_visible()
    menu = laptop.locator(".dropdown-language-menu button")
    assert menu.is_visible()
    menu.click()
    laptop.locator('.dropdown-language-menu a[hreflang="en"]').click()
    laptop.wait_for_url(site + "book/what-is-sse.html")
