"""Quiz banks: every real bank is valid, and every kind of mistake is reported clearly."""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.quiz.bank import QuizBankError, list_banks, load_bank, validate

VALID = {
    "title": "Check",
    "questions": [
        {
            "id": "one",
            "type": "single",
            "prompt": "Pick one",
            "options": [
                {"text": "A", "correct": True, "feedback": "Yes, A."},
                {"text": "B", "correct": False, "feedback": "No, B."},
            ],
        },
        {
            "id": "some",
            "type": "multiple",
            "prompt": "Pick some",
            "options": [
                {"text": "A", "correct": True, "feedback": "Yes."},
                {"text": "B", "correct": True, "feedback": "Yes."},
                {"text": "C", "correct": False, "feedback": "No."},
            ],
        },
        {
            "id": "tf",
            "type": "true_false",
            "prompt": "True?",
            "answer": False,
            "feedback_true": "No: ...",
            "feedback_false": "Right: ...",
        },
        {
            "id": "num",
            "type": "numeric",
            "prompt": "How many?",
            "answer": 60,
            "tolerance": 0.5,
            "unit": "rupees",
            "feedback_correct": "Yes.",
            "feedback_incorrect": "Hint: ...",
        },
    ],
}


def write(tmp_path, data, name="bank.yml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False) if not isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("bank_id", list_banks())
def test_every_bank_in_the_course_is_valid(bank_id):
    bank = load_bank(bank_id)
    assert bank.questions, bank_id


def test_the_course_has_banks():
    assert "what-is-sse" in list_banks()


def test_a_valid_bank_loads_with_every_question_type(tmp_path):
    bank = load_bank(write(tmp_path, VALID))
    assert [q.type for q in bank.questions] == ["single", "multiple", "true_false", "numeric"]
    assert bank.questions[3].answer == 60.0 and bank.questions[3].tolerance == 0.5
    assert bank.id == "bank"


def broken(mutate):
    data = copy.deepcopy(VALID)
    mutate(data)
    return data


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (
            lambda d: d["questions"][0]["options"][1].update(feedback=""),
            "bank.yml: question 'one': field 'options[1].feedback': must not be empty",
        ),
        (
            lambda d: d["questions"][0]["options"][0].update(correct=False),
            "bank.yml: question 'one': field 'options': a single-choice question needs exactly one correct option (found 0)",
        ),
        (
            lambda d: (
                d["questions"][1]["options"][0].update(correct=False)
                or d["questions"][1]["options"][1].update(correct=False)
            ),
            "bank.yml: question 'some': field 'options': a multiple-select question needs at least one correct option",
        ),
        (lambda d: d["questions"][1].update(id="one"), "bank.yml: question 'one': field 'id': duplicate id"),
        (
            lambda d: d["questions"][2].update(type="essay"),
            "bank.yml: question 'tf': field 'type': unknown question type 'essay'",
        ),
        (
            lambda d: d["questions"][2].pop("feedback_false"),
            "bank.yml: question 'tf': field 'feedback_false': is missing",
        ),
        (lambda d: d["questions"][3].pop("answer"), "bank.yml: question 'num': field 'answer': is missing"),
        (
            lambda d: d["questions"][0]["options"][0].update(feeback="typo"),
            "bank.yml: question 'one': field 'options[0].feeback': is not a known field",
        ),
        (
            lambda d: d["questions"][0].update(id="Has Spaces"),
            "bank.yml: question 'Has Spaces': field 'id': must use lower-case letters",
        ),
        (
            lambda d: d["questions"][3].update(tolerance=-1),
            "bank.yml: question 'num': field 'tolerance': must be 0 or more",
        ),
        (
            lambda d: d["questions"][0].update(options=d["questions"][0]["options"][:1]),
            "bank.yml: question 'one': field 'options': needs at least 2 item(s)",
        ),
        (
            lambda d: d["questions"][2].update(answer="no"),
            "bank.yml: question 'tf': field 'answer': must be true or false",
        ),
        (lambda d: d.pop("title"), "bank.yml: field 'title': is missing"),
        (
            lambda d: d["questions"][1].update(prompt="Which? Choose all that apply."),
            "bank.yml: question 'some': field 'prompt': leave out 'Choose all that apply'",
        ),
        (lambda d: d["questions"].clear(), "bank.yml: field 'questions': needs at least 1 item(s)"),
    ],
)
def test_a_malformed_bank_names_file_question_and_field(tmp_path, mutate, expected):
    with pytest.raises(QuizBankError) as error:
        load_bank(write(tmp_path, broken(mutate)))
    assert expected in str(error.value)


def test_yaml_syntax_errors_and_duplicate_keys_are_reported(tmp_path):
    with pytest.raises(QuizBankError, match=r"bank.yml: not valid YAML.*line"):
        load_bank(write(tmp_path, "title: [unclosed\nquestions: []\n"))
    with pytest.raises(QuizBankError, match=r"the key 'title' appears twice"):
        load_bank(write(tmp_path, "title: a\ntitle: b\nquestions: []\n"))


def test_an_unknown_bank_lists_the_known_ones():
    with pytest.raises(QuizBankError, match=r"no-such-bank.yml: no such quiz bank \(known banks: .*what-is-sse"):
        load_bank("no-such-bank")


# Property: whatever a bank author types, validation answers with messages, never a crash,
# and every message names the file.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "type",
                    "prompt",
                    "options",
                    "text",
                    "correct",
                    "feedback",
                    "answer",
                    "title",
                    "questions",
                    "tolerance",
                    "x",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_validation_never_crashes_and_always_names_the_file(data):
    problems = validate(data, "fuzz.yml")
    assert all(p.startswith("fuzz.yml") for p in problems)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_single_mutation_of_a_valid_bank_is_valid_or_explained(data):
    bank = copy.deepcopy(VALID)
    question = data.draw(st.sampled_from(bank["questions"]))
    key = data.draw(st.sampled_from(sorted(question)))
    question[key] = data.draw(json_values)
    problems = validate(bank, "m.yml")
    assert all(problem.startswith("m.yml: question ") for problem in problems)
    # The mutated question is the one blamed (by id, or by position when its id is broken).
    if problems:
        position = bank["questions"].index(question) + 1
        names = {f"question #{position}"}
        if isinstance(question.get("id"), str):
            names.add(f"question '{question['id']}'")
        assert any(name in problem for problem in problems for name in names), problems


@pytest.mark.parametrize(
    "code, typed",
    [("es", "166 millones"), ("es", "166.000.000"), ("es", "166"), ("pt_BR", "166 milhões"), ("fr", "166 000 000")],
)
def test_a_translated_box_in_millions_reads_millions_as_the_english_one_does(code, typed):
    """A translated question names its unit in its language ("millones"); the number readers must
    still know the box is in millions, or 166.000.000 is marked wrong and "166 millones" is not a
    number. The page reads the same words (the payload's ``units``, sse-numbers.js)."""
    from sse_course.quiz.grading import grade
    from sse_course.quiz.html import _bank_payload

    bank = load_bank("regional-differences", language=code)
    question = next(q for q in bank.questions if q.id == "asia-pacific-millions")
    assert question.english_unit == "million" and question.unit != "million"
    assert grade(question, typed).correct, f"{typed!r} in a box in {question.unit}"
    shown = next(q for q in _bank_payload(bank)["questions"] if q["id"] == question.id)
    assert shown["units"] == {"million": question.unit}
