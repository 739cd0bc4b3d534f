"""Probe: hostile and broken quiz banks and case data. Every one must be refused quickly with a
message naming the file (and the question and field where there is one), never a traceback,
a hang, or a bank that loads and then misbehaves on the page."""

from __future__ import annotations

import time

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.cases import CasesDataError, load_cases
from sse_course.quiz.bank import QuizBankError, load_bank

# 605 bytes that expand to 9**7 strings when something walks the title (the schema's message did).
ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n'
    'title: *g\nquestions: []\n'
)


def numeric_bank(answer="60", tolerance="0.5", prompt="How many?") -> str:
    return (f"title: Check\nquestions:\n  - id: num\n    type: numeric\n    prompt: {prompt}\n"
            f"    answer: {answer}\n    tolerance: {tolerance}\n"
            "    feedback_correct: Yes.\n    feedback_incorrect: No.\n")


def refused(tmp_path, text: str | bytes, name="probe.yml", error=QuizBankError, load=load_bank) -> str:
    """Load ``text`` as a data file; it must be refused with ``error`` naming the file, fast."""
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    started = time.process_time()
    with pytest.raises(error) as caught:
        load(path)
    assert time.process_time() - started < 2, "refusing a bad file must be quick"
    message = str(caught.value)
    assert message.startswith(name), message
    return message


# ---- 1. aliases, anchors, merge keys -----------------------------------------------------------

def test_an_alias_bomb_is_refused_at_once(tmp_path):
    assert len(ALIAS_BOMB) < 700
    assert "anchors (&a) are not allowed" in refused(tmp_path, ALIAS_BOMB)


@pytest.mark.parametrize("text, words", [
    ("title: &t Check\nquestions: []\n", "anchors (&t)"),
    ("x: &t Check\ntitle: *t\n", "anchors (&t)"),
    ("title: *t\n", "aliases (*t)"),
    ("title: Check\nquestions:\n  - <<: {id: q}\n    type: single\n", "merge keys (<<:) are not allowed"),
])
def test_anchors_aliases_and_merge_keys_are_refused_with_a_plain_message(tmp_path, text, words):
    message = refused(tmp_path, text)
    assert words in message and "line" in message


def test_case_data_refuses_an_alias_bomb_too(tmp_path):
    message = refused(tmp_path, ALIAS_BOMB, "cases.yml", CasesDataError, load_cases)
    assert "anchors (&a)" in message


# ---- 3. the bank id comes from the file name ---------------------------------------------------

INJECTION = 'x"autofocus=""onfocus="window.__pwned=1"y'


@pytest.mark.parametrize("stem", [INJECTION, "What-Is-SSE", "a b", "a--b", "-a", "caf\u00e9", "a.b", "a'b"])
def test_a_bank_file_name_that_is_not_an_id_is_refused(tmp_path, stem):
    message = refused(tmp_path, numeric_bank(), f"{stem}.yml")
    assert "lower-case letters, digits and single hyphens" in message


def _attributes(html: str) -> list[tuple[str, str | None]]:
    from html.parser import HTMLParser

    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(attrs)

    Collect().feed(html)
    return found


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_every_attribute_is_escaped_whatever_the_bank_id(bank_id):
    """A Bank made in Python (Quiz(Bank(...)) in a notebook) skips the file check: the HTML must
    still keep every id inside its attribute."""
    from sse_course.quiz.bank import Bank, Option, Question
    from sse_course.quiz.html import render_bank_html

    bank = Bank(id=bank_id, title="T", questions=(
        Question(id="q", type="single", prompt="P", options=(Option("A", True, "y"), Option("B", False, "n"))),
        Question(id="n", type="numeric", prompt="P", answer=1.0, feedback_correct="y", feedback_incorrect="n"),
    ))
    names = {name for name, _ in _attributes(render_bank_html(bank))}
    assert names <= {"class", "id", "data-bank", "aria-labelledby", "data-qid", "data-type", "type", "name",
                     "value", "hidden", "role", "aria-live", "inputmode", "autocomplete"}, names
