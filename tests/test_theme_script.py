"""The course's script in place of the theme's (static/sse-theme.js, build/theme_scripts.py): the
colour button, search, the header's menus, "on this page" and tab stops work as the theme's did,
by keyboard too, with no error and nothing from another host (the phone sidebars and "Back to top":
tests/test_phone_menu.py, tests/test_header.py)."""

from __future__ import annotations

import pytest

from sse_course.build.theme_scripts import UNUSED_FILES

from .conftest import EDITION_FOLDERS, offline_page, toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]

CHAPTER, NEXT_CHAPTER, NOTEBOOK = "book/what-is-sse.html", "book/principles-and-values.html", "notebooks/atemdo.html"
EXERCISE = "exercises/is-it-sse.html"  # its code blocks are wider than a phone
THEME_SCRIPTS = ("bootstrap.js", "pydata-sphinx-theme.js", "sphinx-book-theme.js")
MODE = "[document.documentElement.dataset.mode, document.documentElement.dataset.theme]"


@pytest.fixture
def light_laptop(browser):
    """A laptop whose system colours are light, offline but for the book."""
    yield from offline_page(browser, viewport={"width": 1280, "height": 800}, color_scheme="light")


@pytest.fixture(params=[360, 1280], ids=lambda width: f"{width}px")
def any_screen(request, browser):
    yield from offline_page(browser, viewport={"width": request.param, "height": 800})


@pytest.mark.parametrize("folder", EDITION_FOLDERS)
def test_pages_load_the_course_script_and_the_site_ships_none_of_the_themes(built_book, folder):
    for page in [*toc_pages(), "search", "genindex"]:
        html = (built_book / folder / f"{page}.html").read_text(encoding="utf-8")
        assert "_static/sse-theme.js" in html, f"{folder}{page}"
        assert not [name for name in THEME_SCRIPTS if name in html], f"{folder}{page} loads a theme script"
        assert 'data-bs-toggle="tooltip"' not in html, f"{folder}{page}: Bootstrap tooltips with no Bootstrap"
    shipped = [path for pattern in UNUSED_FILES for path in (built_book / folder).glob(pattern)]
    assert shipped == [], f"unused theme scripts in the site: {shipped}"


def test_the_colour_button_goes_through_the_three_modes_and_the_choice_is_kept(light_laptop, site):
    page = light_laptop
    page.goto(site + CHAPTER)
    assert page.evaluate(MODE) == ["auto", "light"]
    button = page.locator(".bd-header-article .theme-switch-button")
    seen = []
    for _ in range(3):
        button.click()
        seen.append(page.evaluate(MODE))
    # From "auto" on a light device, each press changes what is seen.
    assert seen == [["dark", "dark"], ["light", "light"], ["auto", "light"]]
    button.click()
    page.goto(site + NEXT_CHAPTER)
    assert page.evaluate(MODE) == ["dark", "dark"], "the next page forgot the reader's choice"
    # The icon shown is the mode's (the theme's stylesheet shows the one whose data-mode matches).
    shown = page.locator(".bd-header-article .theme-switch-button .theme-switch:visible")
    assert shown.count() == 1 and shown.get_attribute("data-mode") == "dark"


def test_ctrl_k_opens_the_search_escape_closes_it_and_focus_goes_back(laptop, site):
    laptop.goto(site + CHAPTER)
    menu = laptop.get_by_role("button", name="Menu", exact=True)
    menu.focus()
    laptop.keyboard.press("Control+k")
    dialog = laptop.locator("#pst-search-dialog")
    assert dialog.evaluate("d => d.open")
    assert laptop.evaluate("document.activeElement.name") == "q", "the search box has the focus"
    laptop.keyboard.type("cooperative")
    laptop.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    assert menu.evaluate("button => button === document.activeElement"), "focus did not go back"
    # A search button opens it too (on a laptop, the one in the sidebar), and a search goes to the search page.
    laptop.locator(".search-button__button:visible").first.click()
    assert dialog.evaluate("d => d.open")
    laptop.locator("#pst-search-dialog input").fill("cooperative")
    laptop.keyboard.press("Enter")
    laptop.wait_for_url("**/search.html?q=cooperative")


def test_a_header_menu_opens_walks_and_closes_from_the_keyboard(laptop, site):
    laptop.goto(site + NOTEBOOK)
    toggle = laptop.get_by_role("button", name="Download this page")
    menu = laptop.locator(".dropdown-download-buttons .dropdown-menu")
    items = menu.locator(".dropdown-item")
    toggle.focus()
    laptop.keyboard.press("Enter")
    assert menu.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    laptop.keyboard.press("ArrowDown")
    assert items.nth(0).evaluate("item => item === document.activeElement")
    laptop.keyboard.press("ArrowDown")
    assert items.nth(1).evaluate("item => item === document.activeElement")
    laptop.keyboard.press("Escape")
    assert not menu.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert toggle.evaluate("t => t === document.activeElement"), "focus went back to the menu's button"
    # Tab walks into the open menu, and out of it closes it.
    laptop.keyboard.press("Space")
    assert menu.is_visible()
    for _ in range(items.count() + 1):
        laptop.keyboard.press("Tab")
    assert not menu.is_visible(), "the menu stayed open after focus left it"
    # A click outside closes it.
    toggle.click()
    assert menu.is_visible()
    laptop.mouse.click(640, 600)
    assert not menu.is_visible()


def test_a_header_menu_opens_under_its_button_and_on_the_screen_of_a_phone(touch_phone, site):
    touch_phone.goto(site + NOTEBOOK)
    for name in ("Online", "Download this page"):
        toggle = touch_phone.get_by_role("button", name=name)
        toggle.tap()
        menu = toggle.locator("xpath=following-sibling::ul[contains(@class, 'dropdown-menu')]")
        menu.wait_for(state="visible")
        box, button = menu.bounding_box(), toggle.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, f"{name}: the menu is off the screen: {box}"
        assert box["y"] >= button["y"] + button["height"] - 1, f"{name}: the menu covers its button"
        touch_phone.touchscreen.tap(180, 600)
        menu.wait_for(state="hidden")


def test_on_this_page_follows_the_section_being_read(laptop, site):
    laptop.goto(site + CHAPTER)
    links = laptop.locator("#pst-page-toc-nav a")
    target = links.nth(2).get_attribute("href")
    laptop.evaluate(f"document.getElementById('{target[1:]}').scrollIntoView()")
    laptop.wait_for_function(
        f"document.querySelector('#pst-page-toc-nav a.active')?.getAttribute('href') === '{target}'"
    )
    assert laptop.locator("#pst-page-toc-nav a[aria-current]").count() == 1


def test_a_code_block_wider_than_a_phone_gets_a_tab_stop_and_a_narrow_one_none(touch_phone, site):
    touch_phone.goto(site + EXERCISE)
    touch_phone.wait_for_function("document.querySelector('.bd-article pre[tabindex=\"0\"]') !== null")
    boxes = touch_phone.evaluate("""[...document.querySelectorAll('.bd-article pre, .pst-scrollable-table-container')]
        .map(b => [b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight, b.getAttribute('tabindex')])""")
    assert all(tab == "0" for wide, tab in boxes if wide), boxes
    assert all(tab is None for wide, tab in boxes if not wide), boxes


def test_pages_log_no_error(any_screen, site):
    page = any_screen
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "console",
        lambda message: (
            problems.append(f"{message.text} {message.location.get('url', '')}") if message.type == "error" else None
        ),
    )
    for path in (CHAPTER, NOTEBOOK, EXERCISE, "search.html", "genindex.html"):
        page.goto(site + path)
        page.locator(".theme-switch-button:visible").first.click()
        page.keyboard.press("Control+k")
        page.keyboard.press("Escape")
    assert problems == []
