"""Projector mode and figures on a 1280 x 800 projector (issue 17): one key or button hides both
sidebars and enlarges the text, the choice is kept on the laptop, quizzes do not show the
rehearsal's saved answers, figures fit the screen, and nothing changes on a phone."""

from __future__ import annotations

import pytest

from sse_course.quiz.bank import load_bank

from .conftest import toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]

CHAPTER, BANK = "book/what-is-sse.html", "what-is-sse"
TEXT_SIZE = "parseFloat(getComputedStyle(document.querySelector('.bd-article p')).fontSize)"
TEXT_WIDTH = "document.querySelector('.bd-article').getBoundingClientRect().width"


def projecting(page) -> bool:
    return page.evaluate("document.documentElement.classList.contains('sse-projector')")


def test_the_p_key_hides_both_sidebars_enlarges_the_text_and_is_kept(laptop, site):
    laptop.goto(site + CHAPTER)
    size, width = laptop.evaluate(TEXT_SIZE), laptop.evaluate(TEXT_WIDTH)
    assert laptop.locator("#pst-primary-sidebar").is_visible()
    assert laptop.locator(".bd-sidebar-secondary").is_visible()
    laptop.keyboard.press("p")
    assert projecting(laptop)
    assert not laptop.locator("#pst-primary-sidebar").is_visible()
    assert not laptop.locator(".bd-sidebar-secondary").is_visible()
    assert laptop.evaluate(TEXT_SIZE) >= size * 1.2, "the text is not bigger"
    assert laptop.evaluate(TEXT_WIDTH) > width + 200, "the text does not use the room the sidebars left"
    assert laptop.evaluate("document.documentElement.scrollWidth") <= 1280
    # Kept on this laptop: the next page opens in projector mode too.
    laptop.goto(site + "book/principles-and-values.html")
    assert projecting(laptop) and not laptop.locator("#pst-primary-sidebar").is_visible()
    laptop.keyboard.press("P")
    assert not projecting(laptop) and laptop.locator("#pst-primary-sidebar").is_visible()
    laptop.reload()
    assert not projecting(laptop)


def test_the_projector_button_says_whether_it_is_on(laptop, site):
    laptop.goto(site + CHAPTER)
    button = laptop.get_by_role("button", name="Projector")
    assert button.is_visible() and button.get_attribute("aria-pressed") == "false"
    button.click()
    assert projecting(laptop) and button.get_attribute("aria-pressed") == "true"
    assert button.is_visible(), "the way back is on the screen"
    button.click()
    assert not projecting(laptop) and button.get_attribute("aria-pressed") == "false"


def test_typing_p_in_a_box_does_not_switch_the_mode(laptop, site):
    laptop.goto(site + CHAPTER)
    laptop.keyboard.press("Control+k")  # the theme's search box
    search = laptop.locator("#pst-search-dialog input[name=q]")
    search.wait_for()
    laptop.keyboard.type("people")
    assert search.input_value() == "people" and not projecting(laptop)


def test_in_projector_mode_quizzes_show_no_saved_answers_and_save_none(laptop, site):
    question = next(q for q in load_bank(BANK).questions if q.type == "single")
    right = next(o.text for o in question.options if o.correct)
    laptop.goto(site + CHAPTER)
    item = laptop.locator(f'.sse-quiz[data-bank="{BANK}"] .sse-quiz-question[data-qid="{question.id}"]')
    item.locator(".sse-quiz-option", has_text=right).click()
    item.locator(".sse-quiz-check").click()  # the trainer's rehearsal, saved on this laptop
    laptop.keyboard.press("p")
    # In front of the group: nothing ticked, no "Correct", no score.
    assert item.locator("input:checked").count() == 0 and item.locator(".sse-quiz-feedback").inner_text() == ""
    laptop.reload()
    assert item.locator("input:checked").count() == 0 and item.locator(".sse-quiz-feedback").inner_text() == ""
    # The group answers another way: it is marked, but not saved over the rehearsal.
    wrong = next(o.text for o in question.options if not o.correct)
    item.locator(".sse-quiz-option", has_text=wrong).click()
    item.locator(".sse-quiz-check").click()
    assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2717 Not quite.")
    laptop.keyboard.press("p")
    # Out of projector mode, the trainer's own saved answer is back.
    assert item.locator(".sse-quiz-option", has_text=right).locator("input").is_checked()
    assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2713 Correct.")


@pytest.mark.parametrize("viewport", [(1280, 800), (1024, 768)])
@pytest.mark.parametrize("mode", ["normal", "projector"])
def test_the_umbrella_figure_and_its_caption_fit_the_screen(browser, site, viewport, mode):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    page.goto(site + CHAPTER)
    if mode == "projector":
        page.keyboard.press("p")
    figure = page.locator("#fig-sse-umbrella")
    figure.scroll_into_view_if_needed()
    picture = figure.locator("img").bounding_box()
    caption = figure.locator("figcaption").bounding_box()
    assert picture["height"] <= viewport[1] * 0.8 + 1
    assert caption["y"] + caption["height"] - picture["y"] <= viewport[1], "picture and caption do not fit together"
    # Scaled down whole, never stretched or cut.
    assert figure.locator("img").evaluate("img => getComputedStyle(img).objectFit") == "contain"
    context.close()


def test_no_figure_in_the_book_is_taller_than_the_projector_screen(laptop, site):
    too_tall = []
    for path in [f"{page}.html" for page in toc_pages()]:
        laptop.goto(site + path)
        for height in laptop.locator(".bd-article img").evaluate_all(
            "imgs => imgs.map(img => img.getBoundingClientRect().height)"
        ):
            if height > 800 * 0.8 + 1:
                too_tall.append(f"{path}: {height:.0f}px")
    assert not too_tall, too_tall


def test_on_a_phone_there_is_no_projector_button_and_the_key_changes_nothing(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site + CHAPTER)
    assert not page.get_by_role("button", name="Projector").is_visible()
    size = page.evaluate(TEXT_SIZE)
    page.keyboard.press("p")  # a phone with a keyboard
    assert not projecting(page) and page.evaluate(TEXT_SIZE) == size
    assert page.get_by_role("button", name="Menu", exact=True).is_visible()
    context.close()
