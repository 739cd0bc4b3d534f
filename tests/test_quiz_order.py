"""Options are shuffled once, at build time: the right answer is no longer "always the first",
and the page, the Jupyter widget, the handout and its answer key show one and the same order
(issue 17). Marking goes by the option itself, never by where it is shown."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from sse_course.delivery.handouts import answer_key_html, handout_html, handout_sources, read_handout
from sse_course.quiz import Quiz
from sse_course.quiz.bank import Bank, Option, Question, QuizBankError, list_banks, load_bank
from sse_course.quiz.export import moodle_xml
from sse_course.quiz.html import render_bank_html
from sse_course.quiz.order import display_orders, keeps_last

from .conftest import ROOT

BANKS = {bank_id: load_bank(bank_id) for bank_id in list_banks()}


def right_place(question: Question) -> int:
    return next(place for place, option in enumerate(question.ordered_options()) if option.correct)


def singles(bank: Bank) -> list[Question]:
    return [q for q in bank.questions if q.type == "single"]


@pytest.mark.parametrize("bank_id", [b for b, bank in BANKS.items() if len(singles(bank)) >= 4])
def test_in_each_quiz_the_right_answers_are_not_all_in_one_place(bank_id):
    places = [right_place(q) for q in singles(BANKS[bank_id])]
    assert len(set(places)) > 1, f"{bank_id}: every right answer is option {places[0] + 1}"
    # Spread as evenly as the number of options allows: no place is used twice more than another.
    counts = Counter(places)
    assert max(counts.values()) - min(counts.get(p, 0) for p in range(3)) <= 2, f"{bank_id}: {places}"


def test_over_the_whole_course_no_place_holds_more_than_half_the_right_answers():
    places = Counter(right_place(q) for bank in BANKS.values() for q in singles(bank))
    total = sum(places.values())
    assert total >= 20, "the course has fewer single-choice questions than expected"
    assert max(places.values()) <= total / 2, f"right answers by place (0 = first): {dict(places)}"
    # Multiple-select questions: their first option is not always a right one either.
    multiples = [q for bank in BANKS.values() for q in bank.questions if q.type == "multiple"]
    assert not all(q.ordered_options()[0].correct for q in multiples)


def test_the_order_is_stable_and_depends_only_on_the_bank_and_the_question():
    again = {bank_id: load_bank(bank_id) for bank_id in list_banks()}
    for bank_id, bank in BANKS.items():
        assert [q.display_order() for q in bank.questions] == [q.display_order() for q in again[bank_id].questions]
        for question in bank.questions:
            shown = question.choices if question.type == "matching" else question.options
            assert sorted(question.display_order()) == list(range(len(shown)))
    # A different bank id (the same questions in a copy of the bank) may give another order.
    bank = BANKS["what-is-sse"]
    assert display_orders("what-is-sse", bank.questions) == [
        q.display_order() if q.options else () for q in bank.questions
    ]


def question(*texts: str, correct: int = 0, **kinds) -> Question:
    return Question(
        id="q",
        type="single",
        prompt="Which?",
        options=tuple(
            Option(text, i == correct, f"Feedback {i}.", **kinds.get(str(i), {})) for i, text in enumerate(texts)
        ),
    )


@pytest.mark.parametrize(
    "text",
    [
        "None of the above",
        "All of the above.",
        "Both of these",
        "Neither",
        "all of them",
        "None of these options apply",
    ],
)
def test_none_or_all_of_the_above_stays_last(text):
    assert keeps_last(Option(text, False, "x"))
    q = question("First", "Second", "Third", text)
    for bank_id in ("a", "b", "c", "what-is-sse"):
        order = display_orders(bank_id, [q])[0]
        assert order[-1] == 3, f"{text!r} moved to place {order.index(3) + 1}"


@pytest.mark.parametrize(
    "text", ["Both groups earn nothing, because every line stops", "All members vote", "None is paid"]
)
def test_ordinary_options_that_start_with_both_all_or_none_are_shuffled(text):
    assert not keeps_last(Option(text, False, "x"))


def test_an_author_can_pin_an_option_last_or_let_it_move(tmp_path):
    bank = tmp_path / "pinned.yml"
    bank.write_text(
        "title: T\nquestions:\n"
        "  - id: q\n    type: single\n    prompt: P\n    options:\n"
        "      - {text: A, correct: true, feedback: a}\n"
        "      - {text: B, correct: false, feedback: b}\n"
        "      - {text: 'I do not know yet', correct: false, feedback: c, keep_last: true}\n"
        "      - {text: None of the above, correct: false, feedback: d, keep_last: false}\n",
        encoding="utf-8",
    )
    loaded = load_bank(bank).questions[0]
    assert loaded.ordered_options()[-1].text == "I do not know yet"
    bank.write_text(
        bank.read_text(encoding="utf-8").replace("keep_last: true", "keep_last: sometimes"), encoding="utf-8"
    )
    with pytest.raises(QuizBankError, match=r"options\[2\]\.keep_last': must be true or false"):
        load_bank(bank)


def labels_in_page(question_html: str) -> list[str]:
    return [
        html.unescape(t) for t in re.findall(r'class="sse-quiz-option"><input[^>]*> <span>(.*?)</span>', question_html)
    ]


@pytest.mark.parametrize("bank_id", list_banks())
def test_page_and_widget_show_the_same_order_and_mark_by_option(bank_id):
    bank = BANKS[bank_id]
    page = render_bank_html(bank)
    widget = Quiz(bank_id).widget
    for question, item in zip(bank.questions, widget.questions, strict=True):
        if question.type not in ("single", "multiple"):
            continue
        shown = [o.text for o in question.ordered_options()]
        block = page.split(f'data-qid="{question.id}"', 1)[1].split("</li>", 1)[0]
        assert labels_in_page(block) == shown, f"{bank_id} {question.id}: the page shows another order"
        # The page's inputs carry each option's bank index, so a saved answer keeps its meaning.
        values = [int(v) for v in re.findall(r'name="[^"]+" value="(\d+)"', block)]
        assert values == list(question.display_order())
        if question.type == "single":
            assert list(item.control.options) == shown
            # A learner taps the right answer where the widget shows it.
            item.control.index = right_place(question)
        else:
            assert [box.description for box in item.control.children] == shown
            for box, option in zip(item.control.children, question.ordered_options(), strict=True):
                box.value = option.correct
        item.check()
        assert "Correct." in item.feedback.value, f"{bank_id} {question.id}"


@pytest.mark.parametrize("source", handout_sources(ROOT), ids=lambda p: p.stem)
def test_handout_and_answer_key_letter_the_options_as_the_page_orders_them(source):
    handout = read_handout(source)
    paper = html.unescape(handout_html(handout))
    key = html.unescape(answer_key_html(handout))
    for bank in handout.banks:
        for question in bank.questions:
            if question.type not in ("single", "multiple"):
                continue
            lettered = [
                f"{chr(65 + place)}.</span> {option.text}" for place, option in enumerate(question.ordered_options())
            ]
            block = paper.split(f'<p class="prompt">{question.prompt}</p>', 1)[1].split("</ul>", 1)[0]
            at = [block.find(text) for text in lettered]
            assert -1 not in at and at == sorted(at), f"{source.stem} {question.id}: handout order differs"
            for place, option in enumerate(question.ordered_options()):
                if option.correct:
                    assert f"Answer: {chr(65 + place)}. {option.text}" in key, f"{source.stem} {question.id}"


def test_moodle_export_keeps_the_bank_order_and_lets_moodle_shuffle():
    bank = BANKS["what-is-sse"]
    xml = moodle_xml([bank])
    for question in bank.questions:
        if question.type != "single":
            continue
        block = xml.split(f"<idnumber>{bank.id}/{question.id}</idnumber>", 1)[1].split("</question>", 1)[0]
        texts = [html.unescape(t) for t in re.findall(r"<answer [^>]*>\s*<text><!\[CDATA\[<p>(.*?)</p>", block)]
        if not texts:  # the export may write text without CDATA
            texts = [
                html.unescape(html.unescape(t))
                for t in re.findall(r"<answer [^>]*>\s*<text>&lt;p&gt;(.*?)&lt;/p&gt;", block)
            ]
        assert texts == [o.text for o in question.options]
    assert xml.count("<shuffleanswers>true</shuffleanswers>") == sum(
        q.type in ("single", "multiple") for q in bank.questions
    )


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize(
    "path, bank_id",
    [("book/what-is-sse.html", "what-is-sse"), ("notebooks/sewa-dura-sundari.html", "sewa-dura-sundari")],
)
def test_the_built_page_shows_the_shuffled_order_and_marks_a_tap_on_the_right_words(browser, site, path, bank_id):
    """A chapter's quiz (the quiz directive) and a notebook's (a cell's output, remade from the bank
    at build time by build/static_renderer.py) both show the order the handout prints."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site + path)
    bank = BANKS[bank_id]
    firsts = []
    for question in singles(bank):
        item = page.locator(f'.sse-quiz[data-bank="{bank.id}"] .sse-quiz-question[data-qid="{question.id}"]')
        shown = item.locator(".sse-quiz-option span").all_inner_texts()
        assert shown == [o.text for o in question.ordered_options()]
        firsts.append(question.ordered_options()[0].correct)
        right = next(o.text for o in question.options if o.correct)
        item.locator(".sse-quiz-option", has_text=right).tap()
        item.locator(".sse-quiz-check").tap()
        assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2713 Correct.")
    assert not all(firsts), "on the page the right answer is still always the first option"
    context.close()
