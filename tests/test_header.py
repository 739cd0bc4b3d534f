"""The buttons at the top of a page, on a 360 px phone (issue 17): each says what it does in a
word a learner can read, the download menu says what each choice is, "Back to top" sits in the
header where it covers no text, the search box's icon does not cover what is typed, and tables are not cut off."""

from __future__ import annotations

import pytest

from .conftest import toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]

CHAPTER, NOTEBOOK = "book/what-is-sse.html", "notebooks/sewa-dura-sundari.html"


def visible_buttons(page) -> list[dict]:
    return page.evaluate("""[...document.querySelectorAll('.bd-header-article button')]
      .filter(b => b.offsetParent !== null)
      .map(b => { const r = b.getBoundingClientRect();
                  return {word: b.innerText.trim(), name: b.getAttribute('aria-label') || b.innerText.trim(),
                          left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })""")


@pytest.mark.parametrize(
    "path, words",
    [
        (CHAPTER, ["Menu", "Download", "Colours", "Search", "Sections"]),
        (NOTEBOOK, ["Menu", "Online", "Download", "Colours", "Search", "Sections"]),
    ],
)
def test_every_header_button_shows_a_word_that_is_also_its_name(touch_phone, site, path, words):
    touch_phone.goto(site + path)
    buttons = visible_buttons(touch_phone)
    assert [b["word"] for b in buttons] == words
    for button in buttons:
        assert button["name"].startswith(button["word"]), f"{button['word']!r} is read out as {button['name']!r}"
        assert button["left"] >= 0 and button["right"] <= 360, f"{button['word']} is off the screen"
        assert button["bottom"] - button["top"] >= 40, f"{button['word']} is too small to tap"
    for first, second in zip(buttons, buttons[1:], strict=False):
        assert first["right"] <= second["left"] + 0.5, f"{first['word']} and {second['word']} overlap"
    assert touch_phone.evaluate("document.documentElement.scrollWidth") <= 360


def test_tapping_the_menu_opens_it_and_shows_no_tooltip(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    touch_phone.get_by_role("button", name="Menu", exact=True).tap()
    touch_phone.wait_for_timeout(700)  # the theme's tooltips showed after 500 ms
    assert touch_phone.locator(".tooltip").count() == 0


def test_the_download_menu_says_what_each_choice_is(touch_phone, site):
    touch_phone.goto(site + NOTEBOOK)
    touch_phone.get_by_role("button", name="Download this page").tap()
    menu = touch_phone.locator(".dropdown-download-buttons .dropdown-menu")
    menu.wait_for(state="visible")
    items = [text.strip() for text in menu.locator(".btn__text-container").all_inner_texts()]
    assert "Notebook (.ipynb)" in items and "Print to PDF" in items
    assert not [item for item in items if item.startswith(".")], f"bare file endings: {items}"


def test_a_chapters_download_menu_says_what_each_choice_is(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    touch_phone.get_by_role("button", name="Download this page").tap()
    menu = touch_phone.locator(".dropdown-download-buttons .dropdown-menu")
    menu.wait_for(state="visible")
    items = [text.strip() for text in menu.locator(".btn__text-container").all_inner_texts()]
    assert items == ["Page text (.md)", "Print to PDF"]
    for item in menu.locator("li > *").all():
        assert item.bounding_box()["height"] >= 40, f"{item.inner_text()!r} is too small to tap"


def test_back_to_top_sits_in_the_header_and_covers_no_text(touch_phone, site):
    """Issue 17: it covered text mid-screen, and in a corner it still hid a line as the text
    scrolled under it. On a phone it is a header button ("Top") in the free room after Menu."""
    for path in (CHAPTER, NOTEBOOK):  # a notebook page has one button more (Online)
        touch_phone.goto(site + path)
        touch_phone.mouse.wheel(0, 3000)
        touch_phone.wait_for_timeout(300)
        touch_phone.mouse.wheel(0, -400)  # the theme shows it when the reader scrolls back up
        button = touch_phone.get_by_role("button", name="Back to top")
        button.wait_for(state="visible")
        assert button.inner_text().strip() == "Top"
        box = button.bounding_box()
        header = touch_phone.locator(".bd-header-article").bounding_box()
        assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + header["height"], (
            "Back to top is not inside the header band"
        )
        assert box["height"] >= 40, "Back to top is too small to tap"
        for other in visible_buttons(touch_phone):
            if other["name"] != "Back to top":
                assert box["x"] + box["width"] <= other["left"] + 0.5 or box["x"] >= other["right"] - 0.5, (
                    f"Back to top overlaps {other['word']}"
                )
        button.tap()
        touch_phone.wait_for_function("window.scrollY < 50")


def test_the_search_icon_does_not_cover_the_first_letter_typed(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    touch_phone.get_by_role("button", name="Search the book").tap()
    field = touch_phone.locator("#pst-search-dialog input[name=q]")
    field.wait_for()
    touch_phone.keyboard.type("Worker")
    assert field.input_value() == "Worker"
    text_starts = field.evaluate("i => i.getBoundingClientRect().left + parseFloat(getComputedStyle(i).paddingLeft)")
    icon = touch_phone.locator("#pst-search-dialog .fa-magnifying-glass").bounding_box()
    assert text_starts >= icon["x"] + icon["width"], "the icon sits on the first letter"


@pytest.mark.parametrize("path", [f"{page}.html" for page in toc_pages()])
def test_no_table_is_cut_off_on_a_phone(touch_phone, site, path):
    touch_phone.goto(site + path)
    cut = touch_phone.evaluate("""[...document.querySelectorAll('.bd-article table')].map(t => {
        let box = t.parentElement;
        while (box && box.tagName !== 'ARTICLE' && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
        return {text: (t.caption ? t.caption.innerText : t.innerText).slice(0, 60), wide: t.scrollWidth, room: box.clientWidth};
      }).filter(t => t.wide > t.room + 1)""")
    assert not cut, f"{path}: tables wider than the screen: {cut}"
    assert touch_phone.evaluate("document.documentElement.scrollWidth") <= 360
