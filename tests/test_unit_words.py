"""One word per unit for every number box of the course (sse_course/i18n/units.py): a quiz's box
and an exercise's say the same word in each language, set once in the package catalogue. Before,
the quiz banks had their own ("socias", "associadas", "birrs", "réais") beside the exercises'
("integrantes", "birr", "réaux")."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.catalogue import EXERCISES, tasks
from sse_course.i18n.languages import LOCALES, languages
from sse_course.i18n.runtime import DOMAIN
from sse_course.i18n.units import UNIT_WORDS, unit_words_in
from sse_course.quiz.bank import list_banks, load_bank

TRANSLATED = [lang.code for lang in languages() if not lang.is_source]


def numeric_questions(code: str = "en"):
    for bank in list_banks():
        yield from (q for q in load_bank(bank, code).questions if q.type == "numeric" and q.unit)


def exercise_units() -> set[str]:
    return {t.unit for exercise in EXERCISES for _, t in tasks(exercise) if isinstance(t, NumericTask)}


def test_every_unit_of_a_quiz_or_an_exercise_has_its_word_in_the_one_table():
    units = {q.unit for q in numeric_questions()} | exercise_units()
    assert {"members", "reais", "million"} <= units
    assert units - set(UNIT_WORDS) == set(), "units a translator could not name"


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_quiz_box_names_its_unit_with_the_exercises_word(code):
    words = unit_words_in(code)
    for question in numeric_questions(code):
        assert question.unit == words[question.english_unit], (code, question.id, question.unit)
        if question.unit != question.english_unit:
            assert question.unit_words() == {question.english_unit: question.unit}  # read as the English one


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_unit_word_is_translated_once_in_the_package_catalogue_and_not_in_the_banks(code):
    with (LOCALES / code / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as file:
        catalogue = read_po(file)
    for unit in UNIT_WORDS:
        if unit != "%":
            assert catalogue[unit] is not None and catalogue[unit].string and not catalogue[unit].fuzzy, (code, unit)
    for bank in list_banks():
        with (LOCALES / code / "LC_MESSAGES" / "quizzes" / f"{bank}.po").open("rb") as file:
            contexts = [m.context for m in read_po(file) if m.id]
        assert not [c for c in contexts if c and c.endswith(".unit")], f"{code} {bank}: a unit of its own"


def test_the_spanish_and_portuguese_boxes_say_the_word_the_case_studies_say_for_members():
    """The case studies, their quizzes and the exercise page around the box call the members
    "socias" and "associadas"; the box and its feedback say the same."""
    assert unit_words_in("es")["members"] == "socias" and unit_words_in("pt_BR")["members"] == "associadas"
    assert unit_words_in("fr")["reais"] == "réals"  # CLDR's plural (Babel: get_currency_name("BRL", 2, "fr"))
