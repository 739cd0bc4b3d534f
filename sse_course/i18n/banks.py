"""A quiz bank's words as a catalogue, and the bank in another language.

Only words are translated: ids, types, which options are right, numbers and tolerances come
from the one English bank, so a translation cannot change an answer. Each entry's context
(``msgctxt``) says which question and field it is: ``stall-saving-five.prompt``,
``what-members-do-together.options.2.feedback``. A matching item's answer is one of the
question's choices, so it is never translated apart: it takes its choice's translation.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

# The text fields of a question, besides its options, choices and items. A numeric question's
# unit is not one: it takes the word every number box of the course gives it (i18n/units.py).
QUESTION_FIELDS = ("prompt", "feedback_true", "feedback_false", "feedback_correct", "feedback_incorrect")
OPTION_FIELDS = ("text", "feedback")
ITEM_FIELDS = ("text", "feedback")

#: translate(context, english) -> the words in the other language
Translate = Callable[[str, str], str]


def bank_messages(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(context, English words) for every translatable field of a bank's data, in file order."""
    yield "title", data["title"]
    for question in data["questions"]:
        qid = question["id"]
        yield from ((f"{qid}.{field}", question[field]) for field in QUESTION_FIELDS if field in question)
        for n, option in enumerate(question.get("options", ())):
            yield from ((f"{qid}.options.{n}.{field}", option[field]) for field in OPTION_FIELDS if field in option)
        for n, choice in enumerate(question.get("choices", ())):
            yield f"{qid}.choices.{n}", choice
        for n, item in enumerate(question.get("items", ())):
            yield from ((f"{qid}.items.{n}.{field}", item[field]) for field in ITEM_FIELDS if field in item)


def translated_bank(data: dict[str, Any], translate: Translate) -> dict[str, Any]:
    """A copy of a bank's data with every word translated (``translate`` returns the English
    unchanged for a word it has no translation of); everything else is the English bank's."""
    result = copy.deepcopy(data)
    result["title"] = translate("title", data["title"])
    for question in result["questions"]:
        qid = question["id"]
        for field in QUESTION_FIELDS:
            if field in question:
                question[field] = translate(f"{qid}.{field}", question[field])
        for n, option in enumerate(question.get("options", ())):
            for field in OPTION_FIELDS:
                if field in option:
                    option[field] = translate(f"{qid}.options.{n}.{field}", option[field])
        english_choices = list(question.get("choices", ()))
        question_choices = [translate(f"{qid}.choices.{n}", c) for n, c in enumerate(english_choices)]
        if english_choices:
            question["choices"] = question_choices
        for n, item in enumerate(question.get("items", ())):
            for field in ITEM_FIELDS:
                if field in item:
                    item[field] = translate(f"{qid}.items.{n}.{field}", item[field])
            item["answer"] = question_choices[english_choices.index(item["answer"])]
    return result
