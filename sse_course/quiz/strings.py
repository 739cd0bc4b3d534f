"""The quiz interface's words: English in ``strings/en.yml``, other languages from the
``sse_course`` catalogue (``sse_course/locales/<code>/LC_MESSAGES/sse_course.po``, context
``quiz:<key>``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sse_course.i18n import runtime
from sse_course.i18n.interface import english_table, translated
from sse_course.i18n.languages import language as find_language

STRINGS_DIR = Path(__file__).resolve().parent / "strings"
ENGLISH = STRINGS_DIR / "en.yml"
#: Where the quiz's words are, in their catalogue contexts (``quiz:check``).
WHERE = "quiz"


def english_strings() -> dict[str, str]:
    """Every word the quiz shows, in English (the source)."""
    return english_table(ENGLISH)


def interface_strings(language: str | None = None) -> dict[str, str]:
    """The quiz's words in ``language`` (default: the language the course speaks now); words not
    translated yet stay English. A language the course does not have is an error naming those it has."""
    if language is not None and not isinstance(language, str):
        raise ValueError(f"{language!r} is not a language code such as 'en' or 'pt_BR'")
    return dict(_strings(find_language(language or runtime.current_language()).code))


@cache
def _strings(code: str) -> dict[str, str]:
    return translated(WHERE, english_strings(), code)
