"""The LMS export: every quiz bank goes to Moodle XML and GIFT with every question, option, right
answer and feedback intact. GIFT is read back with gift-pegjs, an independent parser."""

from __future__ import annotations

import html
import json
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from sse_course.book.toc import ROOT
from sse_course.quiz.bank import Bank, MatchItem, Option, Question, list_banks, load_bank
from sse_course.quiz.export import export, unit_note

BANKS = [load_bank(name) for name in list_banks()]
# The grade fractions Moodle accepts for an answer (and their negatives).
MOODLE_FRACTIONS = {
    0,
    100,
    90,
    83.33333,
    80,
    75,
    70,
    66.66667,
    60,
    50,
    40,
    33.33333,
    30,
    25,
    20,
    16.66667,
    14.28571,
    12.5,
    11.11111,
    10,
    5,
}
TRICKY = Bank(
    "tricky",
    "Tricky: characters",
    (
        Question(
            "chars",
            "single",
            "Is 1 + 1 = 2 {always}? Use a ~ or # or : or \\ or <b> & co.",
            options=(
                Option("Yes: = and ~", True, "Right #1 {ok}."),
                Option("No <never>", False, "Wrong: see 'A & B'."),
            ),
        ),
        Question(
            "many",
            "multiple",
            "Pick two.",
            options=(
                Option("a", True, "a is right."),
                Option("b", True, "b is right."),
                Option("c", False, "c is wrong."),
                Option("d", False, "d is wrong."),
            ),
        ),
        Question(
            "tf", "true_false", "True?", answer=True, feedback_true="Yes, true.", feedback_false="No, it is true."
        ),
        Question(
            "num",
            "numeric",
            "How much?",
            answer=60.5,
            tolerance=0.5,
            unit="rupees",
            feedback_correct="Right: 60.5.",
            feedback_incorrect="Hint: multiply.",
        ),
        Question(
            "pairs",
            "matching",
            "Match {each} one.",
            choices=("A = B", "C -> D & <e>", "~tilde #1", "Never used: {x}"),
            items=(
                MatchItem("Left -> one = <b>", "A = B", "Because: = {1}."),
                MatchItem("Two ~ & co", "C -> D & <e>"),
                MatchItem("Three #", "A = B", "Same answer twice."),
                MatchItem("Four: \\", "~tilde #1", "Tilde."),
            ),
        ),
    ),
)


def matching_said(q) -> list[str]:
    """What the export says per item in the general feedback: the pair and its feedback."""
    return [f"{item.text} \u2192 {item.answer}. {item.feedback}".rstrip() for item in q.items]


def strip_p(text: str) -> str:
    return html.unescape(re.fullmatch(r"<p>(.*)</p>", text, re.S).group(1))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    directory = tmp_path_factory.mktemp("lms")
    export(directory, BANKS + [TRICKY])
    return directory


def moodle_questions(path):
    root = ET.parse(path).getroot()
    return {q.findtext("idnumber"): q for q in root.iter("question") if q.get("type") != "category"}


def gift_questions(path):
    parsed = json.loads(
        subprocess.run(
            ["node", str(ROOT / "tests" / "gift_to_json.js"), str(path)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
    )
    return [q for q in parsed if q["type"] != "Category"], [q["title"] for q in parsed if q["type"] == "Category"]


def gift_words(part: dict) -> str:
    """GIFT text is marked [html] and escaped as HTML: what the learner sees is the unescaped text."""
    assert part["format"] == "html", part
    return html.unescape(part["text"])


def gift_plain(text: str) -> str:
    """A matching answer: GIFT plain text. gift-pegjs leaves its escapes there as "&&061;" (it
    decodes them only in formatted text, escapedCharacterDecode): decode them as it would."""
    return re.sub(r"&&(\d{3});", lambda m: chr(int(m.group(1))), text)


def all_questions():
    return [(bank, q) for bank in BANKS + [TRICKY] for q in bank.questions]


def test_every_question_reaches_moodle_xml_intact(exported):
    questions = moodle_questions(exported / "all-quizzes.xml")
    assert len(questions) == len(all_questions())
    for bank, q in all_questions():
        element = questions[f"{bank.id}/{q.id}"]
        assert strip_p(element.find("questiontext/text").text) == q.prompt + unit_note(q)
        answers = element.findall("answer")
        if q.type in ("single", "multiple"):
            got = [
                (strip_p(a.findtext("text")), float(a.get("fraction")) > 0, strip_p(a.findtext("feedback/text")))
                for a in answers
            ]
            assert got == [(o.text, o.correct, o.feedback) for o in q.options]
            fractions = [float(a.get("fraction")) for a in answers]
            assert {abs(f) for f in fractions} <= MOODLE_FRACTIONS
            assert sum(f for f in fractions if f > 0) == pytest.approx(100, abs=1e-3)
            assert element.findtext("single") == ("true" if q.type == "single" else "false")
        elif q.type == "true_false":
            by_text = {a.findtext("text"): (a.get("fraction"), strip_p(a.findtext("feedback/text"))) for a in answers}
            assert by_text == {
                "true": ("100" if q.answer else "0", q.feedback_true),
                "false": ("0" if q.answer else "100", q.feedback_false),
            }
        elif q.type == "matching":
            pairs = [
                (strip_p(s.findtext("text")) if s.findtext("text") else "", s.findtext("answer/text"))
                for s in element.findall("subquestion")
            ]
            unused = [c for c in q.choices if c not in {item.answer for item in q.items}]
            # Every item with its answer, then each choice no item has, as an extra wrong answer.
            assert pairs == [(item.text, item.answer) for item in q.items] + [("", c) for c in unused]
            assert [
                strip_p(f"<p>{p}</p>") for p in re.findall(r"<p>(.*?)</p>", element.findtext("generalfeedback/text"))
            ] == matching_said(q)
            assert answers == [] and element.findtext("shuffleanswers") == "true"
        else:
            right, other = answers
            assert float(right.findtext("text")) == q.answer and float(right.findtext("tolerance")) == q.tolerance
            assert strip_p(right.findtext("feedback/text")) == q.feedback_correct
            assert other.findtext("text") == "*" and strip_p(other.findtext("feedback/text")) == q.feedback_incorrect


def test_every_question_reaches_gift_intact(exported):
    parsed, categories = gift_questions(exported / "all-quizzes.gift")
    assert len(categories) == len(BANKS) + 1
    assert len(parsed) == len(all_questions())
    for (_bank, q), g in zip(all_questions(), parsed, strict=True):
        assert g["title"] == q.id and gift_words(g["stem"]) == q.prompt + unit_note(q)
        if q.type in ("single", "multiple"):
            assert g["type"] == "MC"
            got = [(gift_words(c["text"]), gift_words(c["feedback"])) for c in g["choices"]]
            assert got == [(o.text, o.feedback) for o in q.options]
            if q.type == "single":
                assert [c["isCorrect"] for c in g["choices"]] == [o.correct for o in q.options]
            else:
                assert [c["weight"] > 0 for c in g["choices"]] == [o.correct for o in q.options]
                assert sum(c["weight"] for c in g["choices"] if c["weight"] > 0) == pytest.approx(100, abs=1e-3)
        elif q.type == "matching":
            assert g["type"] == "Matching"
            pairs = [
                (gift_words(m["subquestion"]) if m["subquestion"]["text"] else "", gift_plain(m["subanswer"]))
                for m in g["matchPairs"]
            ]
            unused = [c for c in q.choices if c not in {item.answer for item in q.items}]
            assert pairs == [(item.text, item.answer) for item in q.items] + [("", c) for c in unused]
            assert gift_words(g["globalFeedback"]) == " ".join(matching_said(q))
        elif q.type == "true_false":
            assert g["type"] == "TF" and g["isTrue"] == q.answer
            # GIFT's feedbacks are positional: {TRUE#shown when wrong#shown when right} (Moodle's
            # gift/format.php, split_truefalse_comment); gift-pegjs calls them trueFeedback, falseFeedback.
            wrong, right = (q.feedback_false, q.feedback_true) if q.answer else (q.feedback_true, q.feedback_false)
            assert (gift_words(g["trueFeedback"]), gift_words(g["falseFeedback"])) == (wrong, right)
        else:
            assert g["type"] == "Numerical"
            (choice,) = g["choices"]
            assert (choice["text"]["number"], choice["text"]["range"]) == (q.answer, q.tolerance)
            assert gift_words(choice["feedback"]) == q.feedback_correct
            assert gift_words(g["globalFeedback"]) == q.feedback_incorrect


def test_one_file_of_each_kind_per_bank(exported):
    for bank in BANKS:
        assert len(moodle_questions(exported / f"{bank.id}.xml")) == len(bank.questions)
        assert len(gift_questions(exported / f"{bank.id}.gift")[0]) == len(bank.questions)
