"""Every exercise of the course and its tasks, by the names the notebooks use: the one list the
book's exercise pages, the tests and the handouts read. An exercise's id is its notebook's stem
(exercises/<id>.ipynb); a task's name is the name its module gives it (``IS_IT_SSE``).

:func:`task_json` turns a task into the data the page's script checks against (``to_json`` of
each kind of task), with the ``version`` a stored answer must carry: a digest of the task's
text, choices and expected values, so that an answer kept on a device is dropped, not shown,
after an author changes the task.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.canvas import Canvas
from sse_course.exercises.classification import ClassificationTask
from sse_course.i18n import runtime

Task = ClassificationTask | NumericTask | Canvas

# Exercise id -> (module, title, the tasks in the order the notebook asks them).
EXERCISES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "home-based-workers": (
        "home_based_workers",
        "Home-based workers, who and how many?",
        ("WHO_IS_A_HOMEWORKER", "SHARE_OF_WOMEN", "IN_ASIA_PACIFIC"),
    ),
    "is-it-sse": ("is_it_sse", "Is it SSE?", ("IS_IT_SSE", "WHICH_FORM", "WHICH_PRINCIPLE")),
    "policy-and-support": (
        "policy_and_support",
        "Policy and support",
        ("WHO_CAN_HELP", "WHAT_KIND_OF_TEXT", "ECOSYSTEM_MAP"),
    ),
    "case-study-calculations": (
        "case_studies",
        "Case-study calculations",
        ("BREAK_EVEN_MEMBERS", "DECENT_PRICE", "LOWEST_MONTH", "STALL_SHARE"),
    ),
    "cooperative-readiness": ("readiness", "Is our group ready to work together?", ("READINESS",)),
    "business-plan": ("business_plan", "A one-page business plan", ("BUSINESS_PLAN",)),
}


class UnknownTaskError(LookupError):
    """An exercise or task name that the catalogue does not have; the message lists what it has."""


def exercise_title(exercise: str) -> str:
    _known(exercise)
    return EXERCISES[exercise][1]


def task(exercise: str, name: str) -> Task:
    module, _, names = _known(exercise)
    if name not in names:
        raise UnknownTaskError(f"exercise {exercise!r} has no task {name!r}; it has: {', '.join(names)}")
    found = getattr(importlib.import_module(f"sse_course.exercises.{module}"), name)
    if not isinstance(found, (ClassificationTask, NumericTask, Canvas)):
        raise UnknownTaskError(f"{exercise}/{name} is not a task but a {type(found).__name__}")
    return found


def tasks(exercise: str) -> list[tuple[str, Task]]:
    return [(name, task(exercise, name)) for name in _known(exercise)[2]]


def task_json(exercise: str, name: str, language: str | None = None) -> dict[str, Any]:
    """The task's data in ``language`` (default: the language the course speaks now), with the
    version of its English: the same task has the same version in every language, so a learner
    who changes language keeps her answers."""
    found = task(exercise, name)
    with _speaking(language or runtime.current_language()):
        data = found.to_json()
        title = exercise_title(exercise)
    with _speaking("en"):
        english = found.to_json()
    version = hashlib.sha256(json.dumps(english, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]
    return {"exercise": exercise, "exercise_title": title, "task": name, "version": version, **data}


@contextmanager
def _speaking(code: str) -> Iterator[None]:
    """The course speaks ``code`` inside the block, and what it spoke before after it."""
    before = runtime.current_language()
    runtime.use_language(code)
    try:
        yield
    finally:
        runtime.use_language(before)


def _known(exercise: str) -> tuple[str, str, tuple[str, ...]]:
    if exercise not in EXERCISES:
        raise UnknownTaskError(f"there is no exercise {exercise!r}; the exercises are: {', '.join(EXERCISES)}")
    return EXERCISES[exercise]
