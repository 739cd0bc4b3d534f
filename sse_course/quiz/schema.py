"""The shape of a quiz bank, as a JSON Schema, plus the rules a schema cannot express.

The format is described for authors in ``sse_course/quizzes/README.md``.
"""

from __future__ import annotations

from sse_course.strict_yaml import VISIBLE

# Question ids and bank ids (a bank's file name): they become HTML ids, form names and Moodle ids.
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
NON_EMPTY = {"type": "string", "pattern": VISIBLE}

_OPTION = {
    "type": "object",
    "additionalProperties": False,
    "required": ["text", "correct", "feedback"],
    "properties": {
        "text": NON_EMPTY,
        "correct": {"type": "boolean"},
        "feedback": NON_EMPTY,
        "keep_last": {"type": "boolean"},
    },
}

_COMMON = {
    "id": {"type": "string", "pattern": ID_PATTERN},
    "type": {"enum": ["single", "multiple", "true_false", "numeric", "matching"]},
    "prompt": NON_EMPTY,
    "objective": {"type": "integer", "minimum": 1},
}


def _question(kind: str, required: list[str], extra: dict) -> dict:
    return {
        "if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
        "then": {
            "required": ["id", "type", "prompt", *required],
            "properties": {**_COMMON, **extra},
            "additionalProperties": False,
        },
    }


_CHOICE = {"options": {"type": "array", "minItems": 2, "items": _OPTION}}

# A matching question: items (the left side), each matched to one of the choices (the right side).
_MATCH_ITEM = {
    "type": "object",
    "additionalProperties": False,
    "required": ["text", "answer"],
    "properties": {"text": NON_EMPTY, "answer": NON_EMPTY, "feedback": NON_EMPTY},
}
# Three choices or more: with two, the second match gives itself away (and Moodle asks for three).
_MATCHING = {
    "choices": {"type": "array", "minItems": 3, "items": NON_EMPTY},
    "items": {"type": "array", "minItems": 2, "items": _MATCH_ITEM},
}

BANK_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["title", "questions"],
    "properties": {
        "title": NON_EMPTY,
        "questions": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "type", "prompt"],
                "properties": _COMMON,
                "allOf": [
                    _question("single", ["options"], _CHOICE),
                    _question("multiple", ["options"], _CHOICE),
                    _question("matching", ["choices", "items"], _MATCHING),
                    _question(
                        "true_false",
                        ["answer", "feedback_true", "feedback_false"],
                        {
                            "answer": {"type": "boolean"},
                            "feedback_true": NON_EMPTY,
                            "feedback_false": NON_EMPTY,
                        },
                    ),
                    _question(
                        "numeric",
                        ["answer", "feedback_correct", "feedback_incorrect"],
                        {
                            "answer": {"type": "number"},
                            "tolerance": {"type": "number", "minimum": 0},
                            "unit": NON_EMPTY,
                            "feedback_correct": NON_EMPTY,
                            "feedback_incorrect": NON_EMPTY,
                        },
                    ),
                ],
            },
        },
    },
}
