"""Matching questions ("which form is it?", issue 16): items, each matched to one of a list of
choices. Checked as an author writes them (clear errors), as Python marks them (the Jupyter
widget) and as the page marks them (sse-quiz.js): the two agree on every row of
tests/matching_answers.json, wrong, blank and odd answers included. On a 360 px screen the
question is answered by keyboard alone, with the feedback in a live region."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sse_course.quiz import Quiz
from sse_course.quiz.bank import Bank, MatchItem, Question, QuizBankError, load_bank, validate
from sse_course.quiz.grading import AnswerError, grade
from sse_course.quiz.html import question_version, render_bank_html
from sse_course.quiz.order import display_orders
from sse_course.quiz.strings import interface_strings

HERE = Path(__file__).resolve().parent
STATIC = HERE.parent / "sse_course" / "static"
TABLE = json.loads((HERE / "matching_answers.json").read_text(encoding="utf-8"))
WORDS = interface_strings()

MATCHING = {
    "id": "which-form",
    "type": "matching",
    "prompt": "Which form is it?",
    "choices": ["Cooperative", "Mutual benefit society", "Foundation"],
    "items": [
        {"text": "Members own a business together.", "answer": "Cooperative", "feedback": "See 'Cooperatives'."},
        {"text": "A shared fund for illness.", "answer": "Mutual benefit society"},
    ],
}


def problems(question: dict) -> list[str]:
    return validate({"title": "T", "questions": [question]}, "bank.yml")


def changed(**fields) -> dict:
    question = copy.deepcopy(MATCHING)
    question.update(fields)
    return question


def table_question(qid: str = "q") -> Question:
    data = TABLE["question"]
    return Question(
        qid,
        "matching",
        "Match each one.",
        choices=tuple(data["choices"]),
        items=tuple(MatchItem(**item) for item in data["items"]),
    )


# ---- writing a bank -----------------------------------------------------------------------------


def test_a_well_formed_matching_question_is_valid_and_loads(tmp_path):
    assert problems(MATCHING) == []
    path = tmp_path / "matching-demo.yml"
    path.write_text(json.dumps({"title": "T", "questions": [MATCHING]}), encoding="utf-8")
    question = load_bank(path).questions[0]
    assert question.items[1] == MatchItem("A shared fund for illness.", "Mutual benefit society", "")
    assert sorted(question.display_order()) == [0, 1, 2]


@pytest.mark.parametrize(
    "question, message",
    [
        (
            changed(items=[MATCHING["items"][0], {"text": "A fund.", "answer": "Mutual"}]),
            "bank.yml: question 'which-form': field 'items[1].answer': 'Mutual' is not one of the choices "
            "(Cooperative, Mutual benefit society, Foundation); write it exactly as in 'choices'",
        ),
        (
            changed(
                items=[MATCHING["items"][0], {"text": " members own a business together. ", "answer": "Foundation"}]
            ),
            "bank.yml: question 'which-form': field 'items': two items have the same text",
        ),
        (
            changed(choices=["Cooperative", "Mutual benefit society", "cooperative "]),
            "bank.yml: question 'which-form': field 'choices': two choices have the same text",
        ),
        (
            changed(items=MATCHING["items"][:1]),
            "bank.yml: question 'which-form': field 'items': needs at least 2 item(s)",
        ),
        (
            changed(choices=["Cooperative", "Mutual benefit society"]),
            "bank.yml: question 'which-form': field 'choices': needs at least 3 item(s)",
        ),
        (
            changed(items=[MATCHING["items"][0], {"text": "A fund.", "answer": "Foundation", "feeback": "x"}]),
            "bank.yml: question 'which-form': field 'items[1].feeback': is not a known field here",
        ),
        (changed(items=[MATCHING["items"][0], {"text": "A fund."}]), "field 'items[1].answer': is missing"),
        (
            changed(items=[MATCHING["items"][0], {"text": " ", "answer": "Foundation"}]),
            "field 'items[1].text': must not be empty",
        ),
        ({k: v for k, v in MATCHING.items() if k != "choices"}, "field 'choices': is missing"),
    ],
    ids=[
        "answer-not-a-choice",
        "duplicate-items",
        "duplicate-choices",
        "one-item",
        "two-choices",
        "typo",
        "no-answer",
        "blank",
        "no-choices",
    ],
)
def test_every_mistake_in_a_matching_question_gets_a_clear_message(question, message):
    found = problems(question)
    assert any(message in line for line in found), found


def test_a_bank_with_a_broken_matching_question_does_not_load(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text(json.dumps({"title": "T", "questions": [changed(items=MATCHING["items"][:1])]}), encoding="utf-8")
    with pytest.raises(QuizBankError, match="needs at least 2 item"):
        load_bank(path)


def test_the_choices_are_shuffled_stably_and_the_items_stay_in_order():
    question = table_question()
    orders = {tuple(display_orders("bank-a", [question])[0]) for _ in range(3)}
    assert len(orders) == 1 and sorted(orders.pop()) == [0, 1, 2, 3]
    course = load_bank("forms-of-sse-organisations")
    which = next(q for q in course.questions if q.type == "matching")
    assert [text for _, text in which.ordered_choices()] != list(which.choices), "the choices are not shuffled"


# ---- marking ------------------------------------------------------------------------------------


def python_mark(answer):
    try:
        result = grade(table_question(), answer)
    except AnswerError as problem:
        return str(problem), ()
    return ("correct" if result.correct else "incorrect"), result.feedback


@pytest.mark.parametrize("answer, expected", TABLE["rows"], ids=[json.dumps(a) for a, _ in TABLE["rows"]])
def test_python_marks_every_row_of_the_table(answer, expected):
    assert python_mark(answer)[0] == expected


def test_feedback_says_for_each_item_whether_it_was_matched_right_and_why():
    _, lines = python_mark([0, 2, 0])
    assert lines == (
        "Right: you matched \u201cThe members own a business together and decide together.\u201d with "
        "\u201cCooperative\u201d. See 'Cooperatives'.",
        "Not right: you matched \u201cA shared fund helps a member who falls ill.\u201d with \u201cSelf-help group\u201d. "
        "See 'Mutuals'.",
        "Right: you matched \u201cWorkers who own a shop together and vote on it.\u201d with \u201cCooperative\u201d.",
    )
    assert WORDS["choose_each"] and WORDS["match_each"]


@given(st.lists(st.one_of(st.none(), st.integers(-2, 5)), min_size=0, max_size=5))
def test_all_items_right_is_correct_and_anything_else_is_not(answer):
    question = table_question()
    right = [question.choices.index(item.answer) for item in question.items]
    n = len(question.items)
    complete = len(answer) >= n and all(a is not None and 0 <= a < len(question.choices) for a in answer[:n])
    if not complete:
        with pytest.raises(AnswerError, match="choose_each"):
            grade(question, answer)
        return
    result = grade(question, answer)
    assert result.correct == (answer[:n] == right)
    assert len(result.feedback) == n
    for line, given_choice, right_choice in zip(result.feedback, answer, right, strict=False):
        assert line.startswith("Right:" if given_choice == right_choice else "Not right:")


# ---- the page's HTML, its version and the Jupyter widget -------------------------------------------


def test_the_page_has_a_labelled_list_per_item_with_the_choices_in_the_shown_order():
    question = table_question("m")
    html = render_bank_html(Bank("demo", "Demo", (question,)))
    selects = re.findall(
        r'<label for="demo--m--(\d)">([^<]*)</label><select id="demo--m--\1" name="demo--m--\1">(.*?)</select>', html
    )
    assert [label for _, label, _ in selects] == [item.text for item in question.items]
    values = re.findall(r'<option value="(\d*)">([^<]*)</option>', selects[0][2])
    assert values[0] == ("", WORDS["match_choose"])
    assert [(int(v), t) for v, t in values[1:]] == list(question.ordered_choices())
    assert WORDS["match_each"] in html


def test_the_version_follows_the_items_and_choices_but_not_the_feedback():
    question = table_question()
    other = MatchItem(question.items[0].text, "Foundation", question.items[0].feedback)
    assert question_version(question) != question_version(
        Question(**{**vars(question), "items": (other, *question.items[1:])})
    )
    reworded = MatchItem(question.items[0].text, question.items[0].answer, "Another explanation.")
    assert question_version(question) == question_version(
        Question(**{**vars(question), "items": (reworded, *question.items[1:])})
    )
    # The other types' versions are as they were before matching existed: their saved answers stay.
    single = load_bank("what-is-sse").questions[0]
    asked = {
        "type": single.type,
        "prompt": single.prompt,
        "options": [[o.text, o.correct] for o in single.options],
        "answer": single.answer,
        "tolerance": single.tolerance,
        "unit": single.unit,
    }
    old = hashlib.sha256(
        json.dumps(asked, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    assert question_version(single) == old[:10]


def test_the_widget_has_a_drop_down_per_item_and_marks_like_the_page():
    question = table_question()
    widget = Quiz(Bank("demo", "Demo", (question,))).widget
    (item,) = widget.questions
    assert len(item.dropdowns) == len(question.items)
    assert [label for label, _ in item.dropdowns[0].options] == [text for _, text in question.ordered_choices()]
    item.check()
    assert WORDS["choose_each"] in item.feedback.value and widget.results == {}
    for dropdown, value in zip(item.dropdowns, [0, 2, 0], strict=True):
        dropdown.value = value
    item.check()
    assert "Not quite." in item.feedback.value and "Not right: you matched" in item.feedback.value
    for dropdown, match in zip(item.dropdowns, question.items, strict=True):
        dropdown.label = match.answer
    item.check()
    assert "Correct." in item.feedback.value and widget.results == {"q": True}
    widget.reset()
    assert all(dropdown.value is None for dropdown in item.dropdowns)


# ---- in Chromium ----------------------------------------------------------------------------------

ORIGIN = "http://matching.test/"


def serve_page(page, body: str) -> None:
    """The quiz on a page of its own origin (localStorage needs one), with the book's quiz style
    and scripts; nothing is fetched from anywhere."""
    document = (
        '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<style>{(STATIC / 'sse-quiz.css').read_text(encoding='utf-8')}</style><body><main>{body}</main>"
        f"<script>{(STATIC / 'sse-numbers.js').read_text(encoding='utf-8')}</script>"
        f"<script>{(STATIC / 'sse-quiz.js').read_text(encoding='utf-8')}</script></body></html>"
    )
    page.route("**/*", lambda route: route.fulfill(body=document, content_type="text/html; charset=utf-8"))
    page.goto(ORIGIN)
    page.wait_for_selector(".sse-quiz.is-ready")


@pytest.fixture(scope="module")
def phone_context(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    yield context
    context.close()


@pytest.mark.browser
def test_the_page_marks_every_row_of_the_table_like_python(phone_context):
    """Each row is stored as a learner's saved answer; the page shows it and marks it on load."""
    bank = Bank("matching-table", "Table", tuple(table_question(f"r{i}") for i in range(len(TABLE["rows"]))))
    page = phone_context.new_page()
    try:
        serve_page(page, render_bank_html(bank))
        stored = {
            q.id: {"v": question_version(q), "a": answer}
            for q, (answer, _) in zip(bank.questions, TABLE["rows"], strict=True)
        }
        page.evaluate(
            "([key, value]) => localStorage.setItem(key, value)", ["sse-quiz/v1/matching-table", json.dumps(stored)]
        )
        page.reload()
        page.wait_for_selector(".sse-quiz.is-ready")
        shown = page.evaluate(
            """() => Array.from(document.querySelectorAll(".sse-quiz-feedback")).map(box =>
                [box.className, Array.from(box.querySelectorAll("p")).map(p => p.textContent), box.textContent])"""
        )
    finally:
        page.close()
    wrong = []
    for (answer, expected), (classes, lines, text) in zip(TABLE["rows"], shown, strict=True):
        mark, feedback = python_mark(answer)
        if mark in ("correct", "incorrect"):
            verdict = "\u2713 Correct." if mark == "correct" else "\u2717 Not quite."
            ok = f"is-{mark}" in classes and lines == [verdict, *feedback]
        else:
            ok = "is-error" in classes and text == WORDS[mark]
        if not ok or mark != expected:
            wrong.append((answer, expected, mark, classes, lines or text))
    assert not wrong, f"the page and Python mark these differently: {wrong}"


def press(page, key: str, times: int = 1) -> None:
    for _ in range(times):
        page.keyboard.press(key)


@pytest.mark.browser
def test_on_a_phone_the_matching_question_is_answered_by_keyboard_right_then_wrong(phone_context):
    bank = load_bank("forms-of-sse-organisations")
    question = next(q for q in bank.questions if q.type == "matching")
    places = {text: place for place, (_, text) in enumerate(question.ordered_choices())}
    page = phone_context.new_page()
    try:
        serve_page(page, render_bank_html(Bank(bank.id, bank.title, (question,))))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the question scrolls sideways at 360 px"
        item = page.locator(f'.sse-quiz-question[data-qid="{question.id}"]')
        feedback = item.locator(".sse-quiz-feedback")
        assert feedback.get_attribute("role") == "status" and feedback.get_attribute("aria-live") == "polite"
        # Tab into the first list, as a keyboard user does, and pick each answer with the arrow keys.
        item.locator("legend").evaluate("el => { el.tabIndex = -1; el.focus(); }")
        for match in question.items:
            press(page, "Tab")
            assert page.evaluate("document.activeElement.tagName") == "SELECT"
            press(page, "ArrowDown", places[match.answer] + 1)  # below "(choose)"
        press(page, "Tab")
        assert page.evaluate("document.activeElement.className") == "sse-quiz-check"
        press(page, "Enter")
        assert feedback.inner_text().startswith("\u2713 Correct.")
        assert page.locator(".sse-quiz-score").inner_text() == "Score: 1 of 1 correct."
        # Now one wrong: the first list moves one place, and only its line says so.
        first = item.locator("select").first
        first.focus()
        press(page, "ArrowDown" if places[question.items[0].answer] + 1 < len(question.choices) else "ArrowUp")
        press(page, "Tab", len(question.items))
        press(page, "Enter")
        lines = item.locator(".sse-quiz-feedback p").all_inner_texts()
        assert lines[0] == "\u2717 Not quite."
        assert lines[1].startswith(f"Not right: you matched \u201c{question.items[0].text}\u201d with")
        assert (
            all(line.startswith("Right: you matched") for line in lines[2:]) and len(lines) == len(question.items) + 1
        )
        saved = json.loads(page.evaluate(f"localStorage.getItem('sse-quiz/v1/{bank.id}')"))[question.id]
        assert saved["v"] == question_version(question) and len(saved["a"]) == len(question.items)
        assert not grade(question, saved["a"]).correct  # what the page kept, Python marks the same
        # A reload shows the saved answer; "Start fresh" empties every list.
        page.reload()
        page.wait_for_selector(".sse-quiz.is-ready")
        assert item.locator(".sse-quiz-feedback p").all_inner_texts() == lines
        page.locator(".sse-quiz-reset").click()
        page.locator(".sse-quiz-confirm-yes").click()
        assert item.locator("select").evaluate_all("ss => ss.map(s => s.value)") == [""] * len(question.items)
        assert page.evaluate("document.activeElement.tagName") == "SELECT"
    finally:
        page.close()


def test_a_matching_question_has_no_options_to_show_only_choices():
    question = next(q for q in load_bank("forms-of-sse-organisations").questions if q.type == "matching")
    assert question.ordered_options() == ()
    assert sorted(text for _, text in question.ordered_choices()) == sorted(question.choices)
