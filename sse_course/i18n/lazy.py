"""Words that a module defines once but that must be read in the language of the moment.

A module-level ``LABEL = gettext("Members")`` would be translated once, when the module is
imported, and stay in that language. These helpers keep the words in a function instead, whose
``gettext("…")`` calls the catalogue's extractor still finds, and run it whenever the words are
read:

- :class:`TranslatedMapping`: a read-only table (field → label, English name → its translation)
  made afresh in the current language at every lookup;
- :func:`made_in_english` and :func:`in_language`: an object (an exercise's task) made by a
  function whose words are ``gettext`` calls: kept in English, the source, and made again in the
  language of the moment when it is shown or checks an answer;
- :func:`speaking`: run some code in another language (the English of a task, for its digest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

from sse_course.i18n.runtime import current_language, use_language

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class TranslatedMapping(Mapping[K, V]):
    """A mapping whose values ``make()`` gives in the language the course speaks when it is read."""

    def __init__(self, make: Callable[[], Mapping[K, V]]) -> None:
        self._make = make

    def __getitem__(self, key: K) -> V:
        return self._make()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._make())

    def __len__(self) -> int:
        return len(self._make())

    def __repr__(self) -> str:
        return f"TranslatedMapping({dict(self._make())!r})"


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak ``code`` inside the ``with`` block, then the language spoken before."""
    before = current_language()
    use_language(code)
    try:
        yield
    finally:
        use_language(before)


def made_in_english(make: Callable[[], T]) -> T:
    """``make()`` in English, remembering ``make`` so that :func:`in_language` can make the same
    thing again in another language."""
    with speaking("en"):
        made = make()
    object.__setattr__(made, "_remake", make)  # frozen dataclasses too
    return made


def in_language(made: T) -> T:
    """``made`` as it is in the language the course speaks now: made again by the function
    :func:`made_in_english` remembered (itself in English, or if it was not made that way)."""
    remake = getattr(made, "_remake", None)
    if remake is None or current_language() == "en":
        return made
    again = remake()
    object.__setattr__(again, "_remake", remake)
    return again
