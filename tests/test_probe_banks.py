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

from .test_quiz_bank import VALID

# 605 bytes that expand to 9**7 strings when something walks the title (the schema's message did).
ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "title: *g\nquestions: []\n"
)


def numeric_bank(answer="60", tolerance="0.5", prompt="How many?") -> str:
    return (
        f"title: Check\nquestions:\n  - id: num\n    type: numeric\n    prompt: {prompt}\n"
        f"    answer: {answer}\n    tolerance: {tolerance}\n"
        "    feedback_correct: Yes.\n    feedback_incorrect: No.\n"
    )


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


@pytest.mark.parametrize(
    "text, words",
    [
        ("title: &t Check\nquestions: []\n", "anchors (&t)"),
        ("x: &t Check\ntitle: *t\n", "anchors (&t)"),
        ("title: *t\n", "aliases (*t)"),
        ("title: Check\nquestions:\n  - <<: {id: q}\n    type: single\n", "merge keys (<<:) are not allowed"),
    ],
)
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

    bank = Bank(
        id=bank_id,
        title="T",
        questions=(
            Question(id="q", type="single", prompt="P", options=(Option("A", True, "y"), Option("B", False, "n"))),
            Question(id="n", type="numeric", prompt="P", answer=1.0, feedback_correct="y", feedback_incorrect="n"),
        ),
    )
    names = {name for name, _ in _attributes(render_bank_html(bank))}
    assert names <= {
        "class",
        "id",
        "data-bank",
        "aria-labelledby",
        "data-qid",
        "data-type",
        "type",
        "name",
        "value",
        "hidden",
        "role",
        "aria-live",
        "inputmode",
        "autocomplete",
        "aria-describedby",
    }, names


# ---- 4. loader tracebacks ----------------------------------------------------------------------

BROKEN_FILES = {
    "not UTF-8": ("title: caf\xe9\n".encode("latin-1"), "not UTF-8"),
    "number key": ("title: Check\n1: x\nquestions: []\n", "the key 1 is not text"),
    "null key": ("title: Check\n~: x\nquestions: []\n", "the key ~ (nothing) is not text"),
    "mapping key": ("? {a: 1}\n: x\n", "the key a mapping is not text"),
    "list key": ("? [a]\n: x\n", "the key a list is not text"),
    "huge answer": (numeric_bank(answer="1" * 400), "far too large"),
    "huge tolerance": (numeric_bank(tolerance="9" * 400), "far too large"),
    "large answer": (numeric_bank(answer="1" + "0" * 20), "too large"),
    "deep nesting": ("title: " + "[" * 50_000 + "\n", "nested more than"),
    "surrogate escape": ('title: "\\ud800"\nquestions: []\n', "U+D800, half of a surrogate pair"),
    "surrogate prompt": (numeric_bank(prompt='"\\udfff"'), "U+DFFF"),
}


@pytest.mark.parametrize("case", BROKEN_FILES, ids=list(BROKEN_FILES))
def test_broken_banks_get_a_message_naming_the_file(tmp_path, case):
    text, words = BROKEN_FILES[case]
    message = refused(tmp_path, text)
    assert words in message, message


@pytest.mark.parametrize("case", BROKEN_FILES, ids=list(BROKEN_FILES))
def test_broken_case_data_gets_a_message_naming_the_file(tmp_path, case):
    text, words = BROKEN_FILES[case]
    message = refused(tmp_path, text, "cases.yml", CasesDataError, load_cases)
    assert words in message, message


_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
)
_VALUE = st.recursive(
    _LEAF,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.text(max_size=6) | st.sampled_from(["id", "type", "text", "correct", "answer", "cite", "challenge"]),
            inner,
            max_size=3,
        )
    ),
    max_leaves=8,
)


def _places(data, at=()):
    yield at
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in children:
        yield from _places(value, at + (key,))


def _replace_one_value(data, draw):
    """A copy of ``data`` with one value, anywhere, replaced by anything YAML can hold."""
    import copy

    data = copy.deepcopy(data)
    where = draw(st.sampled_from(list(_places(data))[1:]))
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = draw(_VALUE)
    return data


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_damage_to_a_bank_or_a_case_is_an_error_or_a_bank_that_renders(tmp_path_factory, data):
    from sse_course.cases import DATA_FILE
    from sse_course.quiz.html import render_bank_html

    one_case = {"cases": yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["cases"][:1]}
    folder = tmp_path_factory.mktemp("damaged")
    for name, good, load, error in (
        ("bank.yml", VALID, load_bank, QuizBankError),
        ("cases.yml", one_case, load_cases, CasesDataError),
    ):
        path = folder / name
        path.write_text(yaml.safe_dump(_replace_one_value(good, data.draw), allow_unicode=True), encoding="utf-8")
        try:
            loaded = load(path)
        except error as problem:
            assert str(problem).startswith(name)
            continue
        if load is load_bank:
            render_bank_html(loaded)


# ---- 5. non-finite numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer, tolerance",
    [
        ("60", ".nan"),
        ("60", ".inf"),
        ("60", "-.inf"),
        (".nan", "0"),
        (".inf", "0"),
        ("-.Inf", "0"),
        ("1.0e+400", "0"),
        ("60", "1.0e+999"),
        ("60", ".NaN"),
    ],
)
def test_non_finite_numbers_are_refused_in_banks(tmp_path, answer, tolerance):
    assert "is not a finite number" in refused(tmp_path, numeric_bank(answer, tolerance))


@pytest.mark.parametrize("field", ["answer", "tolerance"])
@pytest.mark.parametrize("value", [float("nan"), float("inf"), 10**400])
def test_non_finite_numbers_are_refused_in_bank_data_from_python(field, value):
    from sse_course.quiz.bank import validate

    data = yaml.safe_load(numeric_bank())
    data["questions"][0][field] = value
    assert f"field '{field}': must be a finite number" in " ".join(validate(data, "bank.yml"))


def test_the_page_never_holds_nan_or_infinity():
    import json

    from sse_course.quiz.bank import Bank, Question
    from sse_course.quiz.html import script_safe_json

    with pytest.raises(ValueError):
        script_safe_json({"tolerance": float("nan")})
    bank = Bank(
        id="b",
        title="T",
        questions=(
            Question(
                id="n",
                type="numeric",
                prompt="P",
                answer=1e308,
                tolerance=0.5,
                feedback_correct="y",
                feedback_incorrect="n",
            ),
        ),
    )
    assert json.loads(script_safe_json(bank.to_json()), parse_constant=pytest.fail)["id"] == "b"


# ---- 14. invisible text ------------------------------------------------------------------------


@pytest.mark.parametrize("prompt", ['"\\u200b"', '"\\u200b\\u200b \\u200d"', '"\\ufeff"', '"\\u2060 "', '"\\u00ad"'])
def test_a_prompt_of_only_invisible_characters_is_refused(tmp_path, prompt):
    message = refused(tmp_path, numeric_bank(prompt=prompt))
    assert "question 'num': field 'prompt': must not be empty" in message


def test_case_text_of_only_invisible_characters_is_refused():
    from sse_course.cases import DATA_FILE, validate

    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    data["cases"][0]["mechanism"] = "\u200b\u200b"
    assert any("field 'mechanism': must not be empty" in p for p in validate(data))


def test_the_notebook_error_for_a_missing_bank_names_it_where_the_learner_looks():
    from sse_course.quiz import Quiz

    with pytest.raises(QuizBankError) as caught:
        Quiz("missing")
    assert str(caught.value).startswith("missing.yml: no such quiz bank (known banks: ")
