"""The menus on a 360 px phone, tapped with a finger and driven by keyboard (issue 17).

The ☰ button used to show only its tooltip: pydata-sphinx-theme wired its own hidden header
buttons instead of the book theme's visible ones (see sse_course/build/theme_toggles.py).
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.build, pytest.mark.browser]

CHAPTER = "book/what-is-sse.html"
NAVIGATION = "#pst-primary-sidebar-modal"
PAGE_CONTENTS = "#pst-secondary-sidebar-modal"


def is_open(page, dialog: str) -> bool:
    return page.locator(dialog).evaluate("dialog => dialog.open")


def test_tapping_the_menu_opens_the_navigation_and_a_link_in_it_works(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    menu = touch_phone.get_by_role("button", name="Menu", exact=True)
    assert menu.count() == 1, "exactly one menu button is visible on a phone"
    menu.tap()
    navigation = touch_phone.locator(NAVIGATION)
    assert is_open(touch_phone, NAVIGATION)
    # The whole book's contents are in it, on screen, and a tap follows a link.
    link = navigation.get_by_role("link", name="Principles and values")
    assert link.is_visible()
    assert navigation.bounding_box()["width"] >= 240
    link.tap()
    touch_phone.wait_for_url("**/book/principles-and-values.html")
    assert touch_phone.locator("h1").first.inner_text().startswith("Principles")


def test_a_tap_outside_or_escape_closes_the_navigation(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    menu = touch_phone.get_by_role("button", name="Menu", exact=True)
    menu.tap()
    box = touch_phone.locator(NAVIGATION).bounding_box()
    assert box["x"] + box["width"] < 350, "the menu leaves room to tap beside it"
    touch_phone.touchscreen.tap(355, 400)
    assert not is_open(touch_phone, NAVIGATION)
    menu.tap()
    assert is_open(touch_phone, NAVIGATION)
    touch_phone.keyboard.press("Escape")
    assert not is_open(touch_phone, NAVIGATION)
    # The page is usable again: the menu opens a second and third time.
    menu.tap()
    assert is_open(touch_phone, NAVIGATION)


def test_on_this_page_lists_the_sections_and_a_tap_goes_there_and_closes_it(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    touch_phone.get_by_role("button", name="Sections of this page").tap()
    assert is_open(touch_phone, PAGE_CONTENTS)
    touch_phone.locator(PAGE_CONTENTS).get_by_role("link", name="Discussion questions").tap()
    # The reader sees the section, not the list still covering it.
    touch_phone.wait_for_function(f"!document.querySelector('{PAGE_CONTENTS}').open")
    assert touch_phone.url.endswith("#discussion-questions")
    heading = touch_phone.locator("#discussion-questions h2")
    touch_phone.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }",
        arg=heading.element_handle(),
    )


def test_keyboard_tab_enter_opens_the_menu_escape_closes_it_and_focus_returns(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    for _ in range(12):  # skip link, then the header's buttons
        touch_phone.keyboard.press("Tab")
        if touch_phone.evaluate("document.activeElement.classList.contains('primary-toggle')"):
            break
    else:
        pytest.fail("Tab never reached the menu button")
    touch_phone.keyboard.press("Enter")
    assert is_open(touch_phone, NAVIGATION)
    # Focus is inside the menu, so Tab walks its links.
    touch_phone.keyboard.press("Tab")
    assert touch_phone.evaluate(f"document.querySelector('{NAVIGATION}').contains(document.activeElement)")
    touch_phone.keyboard.press("Escape")
    assert not is_open(touch_phone, NAVIGATION)
    touch_phone.wait_for_function("document.activeElement.classList.contains('primary-toggle')")
    # Space opens it too.
    touch_phone.keyboard.press("Space")
    assert is_open(touch_phone, NAVIGATION)


def test_on_a_wide_screen_the_menu_button_folds_the_sidebar_away(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site + CHAPTER)
    sidebar = page.locator("#pst-primary-sidebar")
    text_width = "document.querySelector('.bd-article').getBoundingClientRect().width"
    narrow = page.evaluate(text_width)
    assert sidebar.is_visible()
    menu = page.get_by_role("button", name="Menu", exact=True)
    menu.click()
    assert not is_open(page, NAVIGATION), "no modal on a wide screen"
    page.wait_for_function("getComputedStyle(document.querySelector('#pst-primary-sidebar')).visibility == 'hidden'")
    page.wait_for_function(f"{text_width} > {narrow} + 100")
    menu.click()
    page.wait_for_function("getComputedStyle(document.querySelector('#pst-primary-sidebar')).visibility == 'visible'")
    context.close()
