"""The order a quiz's options are shown in: shuffled once, at build time, the same everywhere.

Authors write the right answer first more often than not (15 of 16 answer keys did), and
learners learn to "tap the first one". So the options of every choice question are shown in a
shuffled order that is

- **stable**: worked out from the bank id and the question id (a SHA-256 seed), never from the
  clock, so the page, the Jupyter widget, the handout and its answer key all show one order,
  build after build;
- **spread**: in single-choice questions the shuffled list is turned round so that the right
  answer lands where it has landed least often so far in the bank (ties broken by the seed), so
  no quiz has its right answers all in one place;
- **respectful of options that must stay last**: "None of the above", "All of these", "Both of
  these" and the like keep their place at the end. An author can say so for any option with
  ``keep_last: true`` (or switch the guess off with ``keep_last: false``).

A matching question's choices (the answers in each item's list) are shuffled the same way, with
its items left in the bank's order. An option keeps its identity: it is marked by its index in the bank file, not by where it is
shown, so saved answers and grading do not depend on the order. The Moodle export keeps the
bank's order and lets Moodle shuffle (``shuffleanswers``).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Iterable
from types import SimpleNamespace

# "All of the above", "None of these", "Both of the above", "Neither of them", "All the options".
LAST_BY_WORDING = re.compile(
    r"^(?:all|none|both|neither)(?: of)?(?: the| these| them| those)?(?: above| options| answers| ones)?[.!]?$"
    r"|^(?:all|none|both|neither) of (?:the )?(?:above|these|them|those)\b",
    re.IGNORECASE,
)


def keeps_last(option) -> bool:
    """Whether ``option`` stays at the end: its ``keep_last`` field, else its wording."""
    explicit = getattr(option, "keep_last", None)
    if explicit is not None:
        return bool(explicit)
    return bool(LAST_BY_WORDING.match(option.text.strip()))


def _rng(bank_id: str, question_id: str) -> random.Random:
    seed = hashlib.sha256(f"sse-quiz-order/{bank_id}/{question_id}".encode()).digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


def display_orders(bank_id: str, questions: Iterable) -> list[tuple[int, ...]]:
    """For each question, the bank indexes of its options in the order they are shown
    (empty for questions without options)."""
    landed: Counter[int] = Counter()  # where right answers of single-choice questions landed
    orders: list[tuple[int, ...]] = []
    for question in questions:
        options = list(getattr(question, "options", ()) or ())
        if getattr(question, "type", None) == "matching":  # its choices are shuffled, the items stay
            options = [SimpleNamespace(text=text, correct=False) for text in question.choices]
        if not options:
            orders.append(())
            continue
        rng = _rng(bank_id, question.id)
        movable = [i for i, option in enumerate(options) if not keeps_last(option)]
        last = [i for i, option in enumerate(options) if keeps_last(option)]
        rng.shuffle(movable)
        right = [i for i in movable if options[i].correct]
        if question.type == "single" and len(right) == 1 and len(movable) > 1:
            size = len(movable)
            ties = [rng.random() for _ in range(size)]
            target = min(range(size), key=lambda place: (landed[place], ties[place]))
            turn = movable.index(right[0]) - target
            movable = [movable[(place + turn) % size] for place in range(size)]
            landed[target] += 1
        orders.append(tuple(movable + last))
    return orders
