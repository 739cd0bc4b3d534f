"""Load and validate quiz banks (YAML files in ``sse_course/quizzes/``).

A bank that breaks a rule raises :class:`QuizBankError`, whose message names the file, the
question id and the field, so an author can fix it without reading Python.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sse_course.i18n import runtime
from sse_course.i18n.banks import translated_bank
from sse_course.i18n.languages import language as find_language
from sse_course.i18n.units import unit_words_in
from sse_course.strict_yaml import DataFileError, read_data_file

from .order import display_orders
from .schema import BANK_SCHEMA, ID_PATTERN, VISIBLE

BANK_DIR = Path(__file__).resolve().parent.parent / "quizzes"
QUESTION_TYPES = ("single", "multiple", "true_false", "numeric", "matching")


class QuizBankError(DataFileError):
    """A quiz bank is malformed. ``problems`` lists every problem found, one line each."""


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str
    keep_last: bool | None = None  # stays at the end when shuffled (None: guessed from the text)


@dataclass(frozen=True)
class MatchItem:
    """One item of a matching question: its text, the choice that is its answer, and why."""

    text: str
    answer: str  # the text of one of the question's choices
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    objective: int | None = None
    options: tuple[Option, ...] = ()
    # true_false: a bool; numeric: a number
    answer: Any = None
    tolerance: float = 0.0
    unit: str | None = None
    feedback_true: str = ""
    feedback_false: str = ""
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    # matching: the answers to choose from (more than the items allowed) and the items to match
    choices: tuple[str, ...] = ()
    items: tuple[MatchItem, ...] = ()
    # The bank indexes of the options (matching: of the choices) in the order they are shown
    # (quiz/order.py); () = bank order.
    order: tuple[int, ...] = ()
    # A translated question: the digest of its English (question_digest), which answers saved on a
    # device carry in every language. "": an English question, whose digest is its own.
    version: str = ""
    # A translated numeric question: its unit in English ("million", "rupees"), which the number
    # readers know (a box in millions, money). None: an English question, whose unit is its own.
    english_unit: str | None = None

    def unit_words(self) -> dict[str, str]:
        """The box's unit in English -> its word in this question's language, for the number
        readers (numbers.read_amount's ``units``); empty when they are the same."""
        if self.english_unit and self.unit and self.english_unit != self.unit:
            return {self.english_unit: self.unit}
        return {}

    def ordered_options(self) -> tuple[Option, ...]:
        """The options as every page, widget and handout shows them (none for matching: see
        :meth:`ordered_choices`)."""
        return () if self.type == "matching" else tuple(self.options[i] for i in self.display_order())

    def display_order(self) -> tuple[int, ...]:
        return self.order or tuple(range(len(self.choices if self.type == "matching" else self.options)))

    def ordered_choices(self) -> tuple[tuple[int, str], ...]:
        """A matching question's choices as shown: (bank index, text), in the shuffled order."""
        return tuple((i, self.choices[i]) for i in self.display_order())


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """The data the browser needs: everything but the source file's comments."""
        return {
            "id": self.id,
            "title": self.title,
            "questions": [_question_json(q) for q in self.questions],
        }


def _question_json(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": q.id, "type": q.type, "prompt": q.prompt}
    if q.type in ("single", "multiple"):
        data["options"] = [vars(o) for o in q.options]
    elif q.type == "matching":
        data["choices"] = list(q.choices)
        data["items"] = [vars(item) for item in q.items]
    elif q.type == "true_false":
        data.update(answer=q.answer, feedback_true=q.feedback_true, feedback_false=q.feedback_false)
    else:
        data.update(
            answer=q.answer,
            tolerance=q.tolerance,
            unit=q.unit,
            feedback_correct=q.feedback_correct,
            feedback_incorrect=q.feedback_incorrect,
        )
    return data


def bank_path(name: str | Path) -> Path:
    """Resolve a bank id (``what-is-sse``) or a path to its file."""
    path = Path(name)
    if path.suffix in (".yml", ".yaml") or path.parent != Path("."):
        return path
    return BANK_DIR / f"{name}.yml"


def list_banks() -> list[str]:
    """Ids of every bank in the bank folder, sorted."""
    return sorted(p.stem for p in BANK_DIR.glob("*.yml"))


def load_bank(name: str | Path, language: str | None = None) -> Bank:
    """Read, validate and return a bank, in ``language`` (default: the language the course speaks
    now, ``sse_course.i18n.runtime``). Raises :class:`QuizBankError` on any problem."""
    path = bank_path(name)
    label = path.name
    if not path.is_file():
        known = ", ".join(list_banks()) or "none"
        raise QuizBankError([f"{label}: no such quiz bank (known banks: {known})"])
    if not re.fullmatch(ID_PATTERN, path.stem):
        raise QuizBankError(
            [
                f"{label}: the file name is the bank's id, so it must use lower-case letters, "
                "digits and single hyphens only (for example what-is-sse.yml)"
            ]
        )
    data = read_data_file(path, QuizBankError)
    problems = validate(data, label)
    if problems:
        raise QuizBankError(problems)
    code = find_language(language or runtime.current_language()).code
    english = _build(path.stem, data)
    if code == "en" or path.resolve().parent != BANK_DIR:
        return english
    return _like(_build(path.stem, _translated(path.stem, data, code)), english, code)


def _like(bank: Bank, english: Bank, code: str) -> Bank:
    """A translated bank with its English bank's order of options and versions: the options are
    shown in the same order in every language (the order's guess of a "None of these" that stays
    last reads the English), and an answer saved in one language is kept in another. A numeric
    box's unit is named as the exercises name it in ``code`` (``sse_course.i18n.units``: one
    word per unit for a translator to set, not one per question)."""
    units = unit_words_in(code)
    questions = tuple(
        replace(
            q,
            order=source.order,
            version=question_digest(source),
            english_unit=source.unit,
            unit=units.get(source.unit, source.unit) if source.unit else source.unit,
        )
        for q, source in zip(bank.questions, english.questions, strict=True)
    )
    return replace(bank, questions=questions)


def question_digest(question: Question) -> str:
    """A short digest of what an answer answers: the question's text, its options and which are
    right, the right answer. Saved answers carry it (static/sse-quiz.js), so that when an author
    edits a question its old answers are dropped, never shown against the new options. Feedback,
    objectives and the shown order are left out: editing them does not change what was asked.
    A translated bank's questions carry the digest of their English (``Question.version``)."""
    asked = {
        "type": question.type,
        "prompt": question.prompt,
        "options": [[o.text, o.correct] for o in question.options],
        "answer": question.answer,
        "tolerance": question.tolerance,
        "unit": question.unit,
    }
    if question.type == "matching":  # only here, so the versions of the other questions stay as they were
        asked["choices"] = list(question.choices)
        asked["items"] = [[item.text, item.answer] for item in question.items]
    text = json.dumps(asked, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _translated(bank_id: str, data: dict, code: str) -> dict:
    """A built-in bank's data in ``code``, from its catalogue ``quizzes/<bank id>``; words not
    translated yet stay English. A translation that breaks the bank (an empty prompt) is an error
    naming the catalogue, not a quiz that shows nothing."""
    catalogue = runtime.translations(f"quizzes/{bank_id}", code)
    translated = translated_bank(data, catalogue.pgettext)
    problems = validate(translated, f"sse_course/locales/{code}/LC_MESSAGES/quizzes/{bank_id}.po")
    if problems:
        raise QuizBankError(problems)
    return translated


def validate(data: Any, label: str) -> list[str]:
    """Every problem in ``data`` as one message line each; empty when the bank is valid."""
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        # The in-browser notebooks (sse_course/lite) leave jsonschema out: it needs a compiled
        # package there. Their banks are the package's own, validated when the site was built.
        return _built_in_bank_problems(data, label)
    errors = sorted(Draft202012Validator(BANK_SCHEMA).iter_errors(data), key=lambda e: list(e.absolute_path))
    # dict.fromkeys: one rule can be reached by two schema paths; say each problem once.
    problems = list(
        dict.fromkeys(
            line for error in errors if error.validator not in ("if", "allOf") for line in _describe(error, data, label)
        )
    )
    if problems or not isinstance(data, dict):
        return problems or [f"{label}: a bank must be a mapping with 'title' and 'questions'"]
    return _rule_problems(data["questions"], label)


def _built_in_bank_problems(data: Any, label: str) -> list[str]:
    if label.removesuffix(".yml") in list_banks() and isinstance(data, dict) and "questions" in data:
        return _rule_problems(data["questions"], label)
    return [f"{label}: checking a quiz bank of your own needs jsonschema (pip install jsonschema)"]


def _rule_problems(questions: list[dict], label: str) -> list[str]:
    """Rules that need more than one field at once."""
    problems = []
    seen: set[str] = set()
    for question in questions:
        qid = question["id"]
        where = f"{label}: question '{qid}'"
        if qid in seen:
            problems.append(f"{where}: field 'id': duplicate id (ids must be unique in a bank)")
        seen.add(qid)
        options = question.get("options", [])
        n_correct = sum(1 for option in options if option["correct"])
        if question["type"] == "single" and n_correct != 1:
            problems.append(
                f"{where}: field 'options': a single-choice question needs exactly one correct "
                f"option (found {n_correct})"
            )
        if question["type"] == "multiple" and n_correct == 0:
            problems.append(
                f"{where}: field 'options': a multiple-select question needs at least one correct option (found none)"
            )
        texts = [option["text"].strip().lower() for option in options]
        if len(set(texts)) != len(texts):
            problems.append(f"{where}: field 'options': two options have the same text")
        if question["type"] == "multiple" and "all that apply" in question["prompt"].lower():
            problems.append(
                f"{where}: field 'prompt': leave out 'Choose all that apply': the quiz says it "
                "under every multiple-select question"
            )
        if question["type"] == "matching":
            problems += _matching_problems(question, where)
        for name in ("answer", "tolerance"):  # the loader refuses .nan and .inf; data from Python may not
            if question["type"] == "numeric" and not _finite(question.get(name, 0)):
                problems.append(f"{where}: field '{name}': must be a finite number")
    return problems


def _matching_problems(question: dict, where: str) -> list[str]:
    """A matching question: distinct choices, distinct items, each item's answer among the choices."""
    problems = []
    choices = question["choices"]
    if len({c.strip().lower() for c in choices}) != len(choices):
        problems.append(f"{where}: field 'choices': two choices have the same text")
    texts = [item["text"].strip().lower() for item in question["items"]]
    if len(set(texts)) != len(texts):
        problems.append(f"{where}: field 'items': two items have the same text")
    for n, item in enumerate(question["items"]):
        if item["answer"] not in choices:
            problems.append(
                f"{where}: field 'items[{n}].answer': {item['answer']!r} is not one of the choices "
                f"({', '.join(choices)}); write it exactly as in 'choices'"
            )
    return problems


def _finite(number: float) -> bool:
    try:
        return math.isfinite(number)
    except OverflowError:  # an int too large for a float
        return False


def _describe(error, data: Any, label: str) -> list[str]:
    """Turn a jsonschema error into lines 'file: question 'id': field 'x': what is wrong'."""
    path = list(error.absolute_path)
    where = label
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        question = data["questions"][path[1]]
        qid = question.get("id") if isinstance(question, dict) else None
        where += f": question '{qid}'" if isinstance(qid, str) else f": question #{path[1] + 1}"
        path = path[2:]
    field_name = _field(path)
    validator = error.validator
    if validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [f"{where}: field '{_field(path + [name])}': is missing" for name in missing]
    elif validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        field_name = _field(path + extra[:1])
        what = "is not a known field here (check the spelling; see sse_course/quizzes/README.md)"
    elif validator == "pattern" and error.validator_value == VISIBLE:
        what = "must not be empty"  # nor only spaces or invisible characters
    elif validator == "pattern":
        what = "must use lower-case letters, digits and single hyphens only"
    elif validator == "enum":
        what = f"unknown question type {error.instance!r} (use one of: {', '.join(QUESTION_TYPES)})"
    elif validator == "type":
        wanted = _TYPE_WORDS.get(error.validator_value, error.validator_value)
        what = f"must be {wanted} (found {type(error.instance).__name__})"
    elif validator == "minItems":
        what = f"needs at least {error.validator_value} item(s)"
    elif validator == "minimum":
        what = f"must be {error.validator_value} or more"
    else:
        what = error.message
    return [f"{where}: field '{field_name}': {what}" if field_name else f"{where}: {what}"]


_TYPE_WORDS = {
    "object": "a mapping of 'field: value' lines",
    "array": "a list ('- ' items)",
    "string": "text",
    "boolean": "true or false",
    "number": "a number",
    "integer": "a whole number",
}


def _field(path: list) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _build(bank_id: str, data: dict) -> Bank:
    questions = []
    for raw in data["questions"]:
        fields = dict(raw)
        fields["options"] = tuple(Option(**o) for o in raw.get("options", ()))
        fields["choices"] = tuple(raw.get("choices", ()))
        fields["items"] = tuple(MatchItem(**item) for item in raw.get("items", ()))
        if raw["type"] == "numeric":
            fields["answer"] = float(raw["answer"])
            fields["tolerance"] = float(raw.get("tolerance", 0.0))
        questions.append(Question(**fields))
    orders = display_orders(bank_id, questions)
    questions = [replace(q, order=order) for q, order in zip(questions, orders, strict=True)]
    return Bank(id=bank_id, title=data["title"], questions=tuple(questions))
