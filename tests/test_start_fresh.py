"""A trainer rehearses a quiz, then opens the page in front of the group: "Start fresh" clears
that quiz's saved answers, after asking, by mouse, finger or keyboard, and says it did (issue 17)."""

from __future__ import annotations

import pytest

from sse_course.quiz.bank import load_bank

pytestmark = [pytest.mark.build, pytest.mark.browser]

PAGE, BANK = "book/what-is-sse.html", "what-is-sse"


def answer_two_questions(page):
    """Answer the first two single-choice questions (right), as in a rehearsal."""
    quiz = page.locator(f'.sse-quiz[data-bank="{BANK}"]')
    questions = [q for q in load_bank(BANK).questions if q.type == "single"][:2]
    for question in questions:
        item = quiz.locator(f'.sse-quiz-question[data-qid="{question.id}"]')
        right = next(o.text for o in question.options if o.correct)
        item.locator(".sse-quiz-option", has_text=right).click()
        item.locator(".sse-quiz-check").click()
    return quiz


def ticked(quiz) -> int:
    return quiz.locator("input:checked").count()


def test_start_fresh_asks_and_only_yes_clears_this_quiz(laptop, site):
    laptop.goto(site + PAGE)
    answer_two_questions(laptop)
    laptop.reload()
    quiz = laptop.locator(f'.sse-quiz[data-bank="{BANK}"]')
    assert ticked(quiz) == 2 and "Score: 2 of" in quiz.locator(".sse-quiz-score").inner_text()
    start = quiz.get_by_role("button", name="Start fresh")
    start.click()
    confirm = quiz.locator(".sse-quiz-confirm")
    assert confirm.is_visible() and "Clear your saved answers" in confirm.inner_text()
    assert start.get_attribute("aria-expanded") == "true"
    # "No" keeps everything.
    quiz.get_by_role("button", name="No, keep them").click()
    assert not confirm.is_visible() and ticked(quiz) == 2
    start.click()
    quiz.get_by_role("button", name="Yes, clear them").click()
    assert ticked(quiz) == 0
    assert quiz.locator(".sse-quiz-feedback.is-correct").count() == 0
    status = quiz.locator(".sse-quiz-score")
    assert status.inner_text() == "Your answers were cleared." and status.get_attribute("aria-live") == "polite"
    laptop.reload()
    assert ticked(laptop.locator(f'.sse-quiz[data-bank="{BANK}"]')) == 0, "the answers came back after a reload"


def test_start_fresh_by_keyboard_escape_keeps_the_answers_and_returns_focus(laptop, site):
    laptop.goto(site + PAGE)
    quiz = answer_two_questions(laptop)
    start = quiz.get_by_role("button", name="Start fresh")
    start.focus()
    laptop.keyboard.press("Enter")
    # Focus goes to the question's first answer, "Yes".
    assert laptop.evaluate("document.activeElement.textContent") == "Yes, clear them"
    laptop.keyboard.press("Escape")
    assert not quiz.locator(".sse-quiz-confirm").is_visible()
    assert laptop.evaluate("document.activeElement.textContent") == "Start fresh"
    assert ticked(quiz) == 2
    laptop.keyboard.press("Enter")
    laptop.keyboard.press("Tab")
    assert laptop.evaluate("document.activeElement.textContent") == "No, keep them"
    laptop.keyboard.press("Shift+Tab")
    laptop.keyboard.press("Enter")
    assert ticked(quiz) == 0
    # The learner can start again straight away: focus is on the first answer.
    assert laptop.evaluate("document.activeElement.closest('.sse-quiz-question') !== null")
