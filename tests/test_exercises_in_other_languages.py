"""The exercises' tasks and checks speak the language of the moment, and take a learner's answers
written in English or in that language. The same pseudo-translation as the explorers' tests
(accented vowels): a word left with a plain vowel did not go through gettext."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sse_course.exercises.business_plan import BUSINESS_PLAN
from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.canvas import Canvas
from sse_course.exercises.case_studies import BREAK_EVEN_MEMBERS, STATEMENTS
from sse_course.exercises.catalogue import EXERCISES, tasks
from sse_course.exercises.classification import ClassificationTask
from sse_course.exercises.home_based_workers import IN_ASIA_PACIFIC
from sse_course.exercises.is_it_sse import IS_IT_SSE
from sse_course.i18n.lazy import in_language
from sse_course.i18n.runtime import use_language

from .pseudo_translation import accented, english_words, extracted_messages, pseudo_french, seen


@pytest.fixture
def asked(monkeypatch) -> Iterator[set[tuple[str, str | None, str]]]:
    """Speak pseudo-French (French numbers, accented words) for one test, then English again."""
    yield from pseudo_french(monkeypatch)


ALL_TASKS = [(exercise, name, task) for exercise in EXERCISES for name, task in tasks(exercise)]
# Words of a task's data that are not words a reader sees (ids, kinds, units as the data says
# them), and how to type a number, which the quiz's reading of numbers says (sse_course/quiz).
DATA_KEYS = {"kind", "key", "unit", "rules", "derived", "how_to_type"}


def shown_words(data: object) -> str:
    """Every word of a task's data a learner reads."""
    if isinstance(data, dict):
        return " ".join(shown_words(v) for k, v in data.items() if k not in DATA_KEYS)
    if isinstance(data, list | tuple):
        return " ".join(shown_words(v) for v in data)
    return data if isinstance(data, str) else ""


@pytest.mark.parametrize(("exercise", "name", "task"), ALL_TASKS, ids=[f"{e}/{n}" for e, n, _t in ALL_TASKS])
def test_every_task_speaks_the_language(asked, exercise, name, task):
    data = task.to_json()
    assert english_words(shown_words(data)) == [], (exercise, name)
    assert english_words(str(task)) == [] if isinstance(task, ClassificationTask) else True


@pytest.mark.parametrize(("exercise", "name", "task"), ALL_TASKS, ids=[f"{e}/{n}" for e, n, _t in ALL_TASKS])
def test_a_task_is_the_same_task_in_every_language(exercise, name, task):
    english = task.to_json()
    use_language("fr")
    try:
        other = task.to_json()
    finally:
        use_language("en")
    # Same kind, same expected values and tolerances, same number of items, choices and fields.
    assert other["kind"] == english["kind"]
    for key in ("expected", "tolerance", "unit", "rules", "derived"):
        assert other.get(key) == english.get(key)
    for key in ("items", "choices", "fields"):
        assert len(other.get(key, ())) == len(english.get(key, ()))


def test_the_statements_speak_the_language(asked):
    for make in STATEMENTS.values():
        assert english_words(make()) == []
    import sse_course.exercises.case_studies as module

    assert STATEMENTS["BREAK_EVEN_STATEMENT"]() == module.BREAK_EVEN_STATEMENT


def test_a_classification_takes_english_or_translated_items_and_choices(asked):
    english = list(IS_IT_SSE.items)
    shown = in_language(IS_IT_SSE)
    translated = list(shown.items)
    # The first item in English with its English answer, the second translated with a translated answer.
    answers = {english[0]: IS_IT_SSE.items[english[0]].answer, translated[1]: shown.items[translated[1]].answer}
    report = IS_IT_SSE.check(answers)
    assert report.score == 2 and [item for item, _f in report.items] == translated
    assert english_words(str(report)) == [], str(report)
    wrong = IS_IT_SSE.check({english[0]: "not SSE"})
    assert not wrong.items[0][1].correct and english_words(str(wrong)) == []


def test_a_calculation_gives_its_feedback_in_the_language(asked):
    for given in (..., "xyz", 1, IN_ASIA_PACIFIC.expected):  # "xyz": her words, with no vowel
        feedback = IN_ASIA_PACIFIC.check(given)
        assert english_words(str(feedback)) == [], str(feedback)
    assert BREAK_EVEN_MEMBERS.check(BREAK_EVEN_MEMBERS.expected).correct


def test_a_canvas_gives_its_problems_and_summary_in_the_language(asked):
    problems = BUSINESS_PLAN.check({"price": "xyz"})
    assert not problems.ok and english_words(str(problems)) == [], str(problems)
    complete = {
        "group": "Grupo",
        "product": "Bolsas",
        "buyers": "online",  # in English: a notebook's code may keep the English choice
        "why_us": "Qualidade",
        "members": 5,
        "currency": "R$",
        "price": 60,
        "materials": 20,
        "minutes": 30,
        "hourly_rate": 40,
        "fixed_costs": 3000,
        "sales": 300,
        "risk": "Chuva",
    }
    result = BUSINESS_PLAN.check(complete)
    assert result.ok, result.problems
    summary = result.summary_html()
    hers = ("Grupo", "Bolsas", "Qualidade", "Chuva")  # her own words
    assert english_words(" ".join(w for w in seen(summary).split() if w not in hers)) == [], summary
    assert "3\u202f000" in summary  # the fixed costs, French style
    assert result.values["buyers"] == accented("online")


def test_a_task_made_directly_is_left_as_it_is(asked):
    # A task an author makes in a notebook of her own, not through gettext, keeps her words.
    task = NumericTask("my sum", expected=4, unit="", hint="Add them.", explanation="2 + 2 = 4.")
    assert task.to_json()["title"] == "my sum"
    canvas = Canvas("My plan", [])
    assert canvas.to_json()["title"] == "My plan"


def test_every_message_asked_for_is_in_the_source_for_the_extractor(asked):
    for _exercise, _name, task in ALL_TASKS:
        task.to_json()
        blank: object = {} if isinstance(task, Canvas) else ...
        str(task.check(blank))
    for make in STATEMENTS.values():
        make()
    # Words of the interface's tables (contexts <where>:<key>, such as quiz:amount_hint) are
    # extracted from their tables; every other word must be a literal of the Python.
    from_source = {(context, message) for _domain, context, message in asked if ":" not in (context or "")}
    assert from_source and from_source <= extracted_messages(), sorted(from_source - extracted_messages())[:5]
