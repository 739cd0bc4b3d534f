"""Probe: the Moodle exports with hostile text and awkward numbers. The files must stay readable
(XML parses, gift-pegjs parses), show every text exactly as written, keep every bank in its own
category, keep numeric answers exact, and never overwrite the combined file."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.quiz.bank import Bank, Option, Question, QuizBankError
from sse_course.quiz.export import exact_number, export, gift, moodle_xml

from .test_lms_export import gift_questions, gift_words, strip_p
from .test_probe_banks import refused

HOSTILE = [
    "[html]<b>bold</b>",
    "[markdown]*x*",
    "[moodle]x",
    "<script>alert(1)</script>",
    "a & b &amp; c",
    "&lt;",
    "1 + 1 = 2 {always}",
    "~ = # : \\",
    "// not a comment",
    "::title::x",
    "$CATEGORY: evil",
    "100%",
]
NUMBERS = [16500.75, 1234567.0, 0.1 + 0.2, 1e-7, 123456789012.5, 2.5e15, 60.0, 0.0]


def hostile_bank(title="Title\n$CATEGORY: $course$/top/evil") -> Bank:
    questions = [
        Question(f"q{i}", "single", text, options=(Option(text, True, text), Option("other", False, text)))
        for i, text in enumerate(HOSTILE)
    ]
    questions += [
        Question(
            f"n{i}",
            "numeric",
            "How much?",
            answer=number,
            tolerance=number / 1000,
            feedback_correct="[html]<i>y</i>",
            feedback_incorrect="n",
        )
        for i, number in enumerate(NUMBERS)
    ]
    questions.append(
        Question("tf", "true_false", "[plain]True?", answer=True, feedback_true="<b>yes</b>", feedback_false="{no}")
    )
    return Bank("hostile", title, tuple(questions))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lms")
    export(folder, [hostile_bank()])
    return folder


def test_gift_shows_every_hostile_text_as_written_in_one_category(files):
    parsed, categories = gift_questions(files / "all-quizzes.gift")
    assert categories == ["$course$/top/SSE for home-based workers/Title $CATEGORY: $course$-top-evil"]
    by_title = {q["title"]: q for q in parsed}
    for i, text in enumerate(HOSTILE):
        question = by_title[f"q{i}"]
        assert gift_words(question["stem"]) == text
        assert [gift_words(c["text"]) for c in question["choices"]] == [text, "other"]
        assert gift_words(question["choices"][0]["feedback"]) == text
    assert gift_words(by_title["tf"]["stem"]) == "[plain]True?"


def test_gift_and_moodle_xml_keep_numeric_answers_exact(files):
    parsed, _ = gift_questions(files / "all-quizzes.gift")
    by_title = {q["title"]: q for q in parsed}
    xml = {q.findtext("idnumber"): q for q in ET.parse(files / "all-quizzes.xml").getroot().iter("question")}
    for i, number in enumerate(NUMBERS):
        (choice,) = by_title[f"n{i}"]["choices"]
        assert choice["text"]["number"] == number and choice["text"]["range"] == number / 1000
        right = xml[f"hostile/n{i}"].find("answer")
        assert float(right.findtext("text")) == number
        assert float(right.findtext("tolerance")) == number / 1000


def test_moodle_xml_shows_every_hostile_text_as_written(files):
    root = ET.parse(files / "all-quizzes.xml").getroot()
    categories = [q.findtext("category/text") for q in root.iter("question") if q.get("type") == "category"]
    assert categories == ["$course$/top/SSE for home-based workers/Title $CATEGORY: $course$-top-evil"]
    by_id = {q.findtext("idnumber"): q for q in root.iter("question")}
    for i, text in enumerate(HOSTILE):
        assert strip_p(by_id[f"hostile/q{i}"].findtext("questiontext/text")) == text


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_exact_number_is_exact_and_plain(number):
    text = exact_number(number)
    assert float(text) == number
    assert "e" not in text.lower()


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x0b", "\x1b", "\x0c", "\x7f"])
def test_control_characters_are_refused_at_load_and_at_export(tmp_path, character):
    escaped = f"\\x{ord(character):02x}"
    assert "a control character" in refused(tmp_path, f'title: "Word{escaped}paste"\nquestions: []\n')
    bank = Bank(
        "b",
        "T",
        (Question("q", "true_false", f"Word{character}paste", answer=True, feedback_true="y", feedback_false="n"),),
    )
    with pytest.raises(QuizBankError, match="control character"):
        moodle_xml([bank])


def test_a_bank_named_like_the_combined_file_is_refused(tmp_path):
    bank = Bank(
        "all-quizzes", "T", (Question("q", "true_false", "P", answer=True, feedback_true="y", feedback_false="n"),)
    )
    with pytest.raises(QuizBankError, match="all-quizzes.*rename this bank"):
        export(tmp_path, [hostile_bank("Other"), bank])
    assert not list(tmp_path.iterdir())


def test_gift_lines_never_start_a_category_of_their_own():
    lines = gift([hostile_bank()]).splitlines()
    assert [line for line in lines if line.startswith("$CATEGORY")] == [
        "$CATEGORY: $course$/top/SSE for home-based workers/Title $CATEGORY: $course$-top-evil"
    ]
    assert html  # (html is used through gift_words)
