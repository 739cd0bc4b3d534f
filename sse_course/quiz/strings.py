"""The quiz interface's words, read from ``strings/<language>.yml``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from sse_course.i18n.languages import languages

STRINGS_DIR = Path(__file__).resolve().parent / "strings"


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?")


def known_languages(directory: Path = STRINGS_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.yml"))


@cache
def interface_strings(language: str = "en") -> dict[str, str]:
    """The strings for ``language``; words it has not translated yet fall back to English."""
    return read_strings(STRINGS_DIR, language)


def read_strings(directory: Path, language: str = "en") -> dict[str, str]:
    """``directory/<language>.yml`` over ``directory/en.yml``: words not translated yet stay English.
    A language with no strings file is an error naming the languages there are (it used to fall
    back to English silently, and a path such as ``../../x`` read another file)."""
    english = yaml.safe_load((directory / "en.yml").read_text(encoding="utf-8"))
    if not isinstance(language, str) or not LANGUAGE_CODE.fullmatch(language):
        raise ValueError(
            f"{language!r} is not a language code such as 'en' or 'es' "
            f"(the quizzes have: {', '.join(known_languages(directory))})"
        )
    path = directory / f"{language}.yml"
    if language == "en":
        return dict(english)
    if not path.is_file() and language in {lang.code for lang in languages()}:
        return dict(english)  # a course language whose interface words are not translated yet
    if not path.is_file():
        raise ValueError(
            f"the quizzes have no words for the language {language!r} yet (they have: "
            f"{', '.join(known_languages(directory))}); to add it, see the top of {directory.name}/en.yml"
        )
    translated = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(translated) - set(english)
    if unknown:
        raise ValueError(f"{path.name}: unknown interface strings: {', '.join(sorted(unknown))}")
    return {**english, **translated}
