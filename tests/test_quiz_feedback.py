"""Feedback a learner reads after checking an answer (issue 17): on a partial multiple-select
answer, each option says "You ticked this" or "You missed this"; the verdict is never said twice
("Not quite. Not quite."); "See 'A section'" is a link to that section when it is on the page.
The page (sse-quiz.js) and the Jupyter widget (grading.py) say the same words."""

from __future__ import annotations

import html
import json
import re

import pytest

from sse_course.build.quiz_section_links import QUOTES, pointed_sections, with_section_links
from sse_course.quiz import Quiz
from sse_course.quiz.bank import Bank, Option, Question, list_banks, load_bank
from sse_course.quiz.grading import grade
from sse_course.quiz.html import render_bank_html
from sse_course.quiz.strings import interface_strings

from .conftest import EDITIONS, ROOT

QUIZ_JS = ROOT / "sse_course" / "static" / "sse-quiz.js"

MULTI = Question(
    id="ways",
    type="multiple",
    prompt="Which help?",
    options=(
        Option("Buying together", True, "Yes. It costs less for each person."),
        Option("A government job", False, "No. Members own the group. See 'Who owns it'."),
        Option("A collective voice", True, "Yes. A group is heard. See 'A voice'."),
        Option("Social protection", True, "Yes. Help in a crisis."),
    ),
)
SINGLE = Question(
    id="form",
    type="single",
    prompt="Which form?",
    options=(
        Option("Producer cooperative", True, "Correct. They make and sell together."),
        Option("Social cooperative", False, "Not quite. Social cooperatives give care. See 'Not on this page'."),
    ),
)
BANK = Bank(id="feedback-demo", title="Demo", questions=(MULTI, SINGLE))
HEADINGS = {"Who owns it": "who-owns-it", "A voice": "a-voice"}


def test_a_partial_answer_says_which_options_were_ticked_and_which_were_missed():
    result = grade(MULTI, {0, 1})
    assert not result.correct
    shown = [MULTI.options[i].text for i in MULTI.display_order()]
    lines = {line.split("\u201c")[1].split("\u201d")[0]: line for line in result.feedback}
    assert lines["Buying together"].startswith("You ticked this:")
    assert lines["A government job"].startswith("You ticked this:") and "No. Members own" in lines["A government job"]
    assert lines["A collective voice"].startswith("You missed this:")
    assert lines["Social protection"].startswith("You missed this:")
    # Options shown in the shuffled order; an option neither ticked nor right is not discussed.
    assert [text for text in shown if text in lines] == list(lines)


def test_the_verdict_is_not_said_again_at_the_start_of_the_feedback():
    assert grade(SINGLE, 1).feedback == ("Social cooperatives give care. See 'Not on this page'.",)
    assert grade(SINGLE, 0).feedback == ("They make and sell together.",)


def test_only_titles_of_sections_on_the_page_become_links():
    assert pointed_sections(["See 'Who owns it'.", "See 'Missing'."], HEADINGS) == {"Who owns it": "#who-owns-it"}
    html = with_section_links(render_bank_html(BANK), HEADINGS)
    mapping = json.loads(re.search(r'class="sse-quiz-sections">(.*?)</script>', html).group(1))
    assert mapping == {"A voice": "#a-voice", "Who owns it": "#who-owns-it"}
    assert with_section_links(render_bank_html(BANK), {"Elsewhere": "elsewhere"}) == render_bank_html(BANK)


def test_a_french_pointer_in_guillemets_links_its_section():
    # French quotes a title as « Titre », with a no-break space inside the guillemets.
    assert pointed_sections(["Voir \u00ab\u00a0Who owns it\u00a0\u00bb."], HEADINGS) == {"Who owns it": "#who-owns-it"}
    assert pointed_sections(["Voir \u00ab Who owns it \u00bb."], HEADINGS) == {"Who owns it": "#who-owns-it"}


@pytest.mark.build
def test_every_edition_links_its_quizzes_pointers_on_as_many_pages_as_the_english(built_book):
    def linked(folder: str) -> int:
        pages = [p for p in built_book.glob(f"{folder}*/*.html") if p.parent.name in ("book", "notebooks", "exercises")]
        return sum('class="sse-quiz-sections"' in page.read_text(encoding="utf-8") for page in pages)

    english = linked("")
    assert english > 0
    assert {lang.tag: linked(f"{lang.tag}/") for lang in EDITIONS} == {lang.tag: english for lang in EDITIONS}


def demo_page(page):
    """The demo bank on a page with the two sections it points to, as the build makes it."""
    quiz = with_section_links(render_bank_html(BANK), HEADINGS)
    page.set_content(f"""<!doctype html><html lang="en"><body><main>
<section id="who-owns-it"><h2>Who owns it</h2><p>Members.</p></section>
<section id="a-voice"><h2>A voice</h2><p>Together.</p></section>{quiz}</main></body></html>""")
    page.add_script_tag(path=str(QUIZ_JS.with_name("sse-numbers.js")))  # the number reader it uses
    page.add_script_tag(path=str(QUIZ_JS))


def feedback_lines(item) -> list[str]:
    return item.locator(".sse-quiz-feedback p").all_inner_texts()


def tick(item, texts):
    for text in texts:
        item.locator(".sse-quiz-option", has_text=text).tap()
    item.locator(".sse-quiz-check").tap()


@pytest.mark.browser
def test_on_the_page_a_partial_answer_reads_as_in_jupyter_and_its_pointers_are_links(touch_phone):
    demo_page(touch_phone)
    item = touch_phone.locator('.sse-quiz-question[data-qid="ways"]')
    tick(item, ["Buying together", "A government job"])
    lines = feedback_lines(item)
    assert lines[0] == "\u2717 Not quite."
    assert lines[1:] == list(grade(MULTI, {0, 1}).feedback), "the page and the widget say different words"
    widget = Quiz(BANK).widget.questions[0]
    for box in widget.control.children:
        box.value = box.description in ("Buying together", "A government job")
    widget.check()
    in_jupyter = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", widget.feedback.value)]
    assert in_jupyter == lines
    # "See 'Who owns it'" links to the section; a tap takes the learner there.
    link = item.get_by_role("link", name="Who owns it")
    assert link.get_attribute("href") == "#who-owns-it"
    link.tap()
    assert touch_phone.evaluate("location.hash") == "#who-owns-it"


@pytest.mark.browser
def test_on_the_page_the_verdict_is_said_once_and_an_unknown_section_stays_plain_text(touch_phone):
    demo_page(touch_phone)
    item = touch_phone.locator('.sse-quiz-question[data-qid="form"]')
    tick(item, ["Social cooperative"])
    text = item.locator(".sse-quiz-feedback").inner_text()
    assert text.count("Not quite.") == 1, text
    assert "See 'Not on this page'." in text and item.locator(".sse-quiz-feedback a").count() == 0


def pointer_in_the_book(built_book, folder: str = "", code: str = "en"):
    """A question in the built book (``folder``: an edition's) whose feedback quotes a section title of its own page."""
    for page in sorted(built_book.glob(f"{folder}*/*.html")):
        html = page.read_text(encoding="utf-8")
        found = re.search(r'class="sse-quiz-sections">(.*?)</script>', html)
        if not found:
            continue
        sections = json.loads(found.group(1))
        for bank_id in (b for b in list_banks() if f'data-bank="{b}"' in html):
            for question in load_bank(bank_id, code).questions:
                if question.type != "single":
                    continue
                for option in question.options:
                    for title, anchor in sections.items():
                        if any(f"{left}{title}{right}" in option.feedback for left, right in QUOTES):
                            path = page.relative_to(built_book).as_posix()
                            return path, bank_id, question, option, title, anchor
    pytest.fail("no quiz feedback in the book points to a section of its page")


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("folder, code", [("", "en"), ("fr/", "fr")], ids=["en", "fr"])
def test_in_the_book_a_pointer_to_a_section_is_a_link_that_goes_there(touch_phone, site, built_book, folder, code):
    path, bank_id, question, option, title, anchor = pointer_in_the_book(built_book, folder, code)
    touch_phone.goto(site + path)
    item = touch_phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
    tick(item, [option.text])
    feedback = item.locator(".sse-quiz-feedback")
    words = interface_strings(code)
    verdict = words["correct"] if option.correct else words["incorrect"]
    assert feedback.inner_text().count(verdict) == 1
    link = feedback.get_by_role("link", name=title)
    assert link.get_attribute("href") == anchor
    link.tap()
    touch_phone.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= -5 && r.top < innerHeight / 2; }",
        arg=anchor[1:],
    )
