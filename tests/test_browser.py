"""The built book in Debian's Chromium, as a learner on a phone meets it (each page's first-visit
weight, requests to other hosts, sideways scroll and axe: tests/test_page_budgets.py, one load a page).

Every quiz: answering shows the right feedback, answers survive a reload, keyboard-only answering works, a corrupted store is harmless.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sse_course.quiz.bank import list_banks, load_bank
from sse_course.quiz.grading import without_verdict
from sse_course.quiz.html import question_version

from .conftest import offline_page, toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]

# Every page of the table of contents, plus the pages Sphinx adds (search, index), for the quiz tests below.
PAGES = [f"{page}.html" for page in toc_pages()] + ["search.html", "genindex.html"]


def quiz_pages(html_dir: Path) -> list[str]:
    return [p for p in PAGES if 'class="sse-quiz"' in (html_dir / p).read_text(encoding="utf-8")]


@pytest.fixture
def phone(browser):
    yield from offline_page(browser, viewport={"width": 360, "height": 740})


def correct_response(question):
    """What a learner who knows the answer enters, as (kind, value)."""
    if question.type == "numeric":
        return f"{question.answer:g}"
    if question.type == "true_false":
        return [1 if question.answer else 0]
    if question.type == "matching":  # one choice (its bank index) per item
        return [question.choices.index(item.answer) for item in question.items]
    return [i for i, option in enumerate(question.options) if option.correct]


def enter(item, question, response):
    if question.type == "numeric":
        item.locator("input").fill(response)
    elif question.type == "matching":
        for select, value in zip(item.locator("select").all(), response, strict=True):
            select.select_option(str(value))
    else:
        for value in response:
            item.locator(f'input[value="{value}"]').check()


def test_every_quiz_in_the_book_marks_correct_answers_correct(phone, site, built_book):
    """Answer every question of every quiz with the bank's answer: the browser's marking
    (sse-quiz.js) must agree with the bank on all of them, and the score must be full."""
    pages = quiz_pages(built_book)
    assert pages, "no page of the book shows a quiz"
    for path in pages:
        phone.goto(site + path)
        for quiz in phone.locator(".sse-quiz").all():
            bank = load_bank(quiz.get_attribute("data-bank"))
            for question in bank.questions:
                item = quiz.locator(f'.sse-quiz-question[data-qid="{question.id}"]')
                enter(item, question, correct_response(question))
                item.locator(".sse-quiz-check").click()
                feedback = item.locator(".sse-quiz-feedback")
                assert feedback.inner_text().startswith("\u2713 Correct."), f"{path} {question.id}"
            total = len(bank.questions)
            assert quiz.locator(".sse-quiz-score").inner_text() == f"Score: {total} of {total} correct."
    assert phone.outside == []


def first_single_choice(built_book):
    for path in quiz_pages(built_book):
        html = (built_book / path).read_text(encoding="utf-8")
        for bank_id in (b for b in list_banks() if f'data-bank="{b}"' in html):
            for question in load_bank(bank_id).questions:
                if question.type == "single":
                    return path, bank_id, question
    pytest.fail("no single-choice question in the book")


def test_wrong_answer_feedback_then_reload_keeps_the_answer(phone, site, built_book):
    path, bank_id, question = first_single_choice(built_book)
    wrong = next(i for i, o in enumerate(question.options) if not o.correct)
    phone.goto(site + path)
    item = phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
    item.locator(f'input[value="{wrong}"]').check()
    item.locator(".sse-quiz-check").click()
    feedback = item.locator(".sse-quiz-feedback")
    # Said in words, not only in colour, and with the option's own explanation.
    assert feedback.inner_text().startswith("\u2717 Not quite.")
    explanation = without_verdict(question.options[wrong].feedback, "Not quite.")  # the verdict is said once
    assert explanation in feedback.inner_text()
    assert feedback.get_attribute("role") == "status"
    phone.reload()
    item = phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
    assert item.locator(f'input[value="{wrong}"]').is_checked()
    assert explanation in item.locator(".sse-quiz-feedback").inner_text()
    # "Start fresh", then "Yes", empties the quiz and the store.
    phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-reset').click()
    phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-confirm-yes').click()
    phone.reload()
    assert not item.locator(f'input[value="{wrong}"]').is_checked()
    assert item.locator(".sse-quiz-feedback").inner_text() == ""


def test_keyboard_only_answering(phone, site, built_book):
    path, bank_id, question = first_single_choice(built_book)
    # Arrow keys walk the options in the order they are shown (shuffled: quiz/order.py).
    right = next(place for place, o in enumerate(question.ordered_options()) if o.correct)
    phone.goto(site + path)
    item = phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
    # Reach the question by tabbing from the element before it, as a keyboard user does.
    item.locator("legend").evaluate("el => { el.tabIndex = -1; el.focus(); }")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.type") == "radio"
    for _ in range(right):
        phone.keyboard.press("ArrowDown")
    phone.keyboard.press("Space")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.className") == "sse-quiz-check"
    phone.keyboard.press("Enter")
    assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2713 Correct.")


def test_a_corrupted_store_does_not_break_the_quiz(phone, site, built_book):
    path, bank_id, question = first_single_choice(built_book)
    phone.goto(site + path)
    phone.evaluate(
        "([key, other]) => { localStorage.setItem(key, '{not json'); localStorage.setItem(other, JSON.stringify([1,2])); }",
        [f"sse-quiz/v1/{bank_id}", "sse-quiz/v1/other"],
    )
    phone.reload()
    item = phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
    item.locator('input[value="0"]').check()
    item.locator(".sse-quiz-check").click()
    assert item.locator(".sse-quiz-feedback").inner_text().strip() != ""
    stored = phone.evaluate(f"localStorage.getItem('sse-quiz/v1/{bank_id}')")
    # Saved with the version of the question it answers (quiz/html.py: question_version).
    assert json.loads(stored)[question.id] == {"v": question_version(question), "a": 0}


def test_the_book_works_from_file_urls_with_no_network(phone, built_book):
    path, bank_id, question = first_single_choice(built_book)
    right = next(i for i, o in enumerate(question.options) if o.correct)
    phone.goto((built_book / path).as_uri())
    item = phone.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
    item.locator(f'input[value="{right}"]').check()
    item.locator(".sse-quiz-check").click()
    assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2713 Correct.")
    assert phone.outside == []
