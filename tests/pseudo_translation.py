"""A pseudo-translation for tests: French numbers, and every message with accents on its vowels
("Number of members" -> "Númbér óf mémbérs", placeholders kept), which lower() and upper() keep
too. A word left with a plain vowel in what a reader sees did not go through gettext."""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from functools import cache
from html import unescape
from pathlib import Path

from babel.messages.extract import extract_from_dir

from sse_course.i18n import runtime
from sse_course.i18n.runtime import DOMAIN, use_language
from sse_course.models.diversified_income import LINES
from sse_course.quiz import strings as quiz_strings

# Words a pseudo-translated page may still hold: the model's ids of product lines, which a
# learner types as they are (and one she typed wrong).
NOT_WORDS = {*LINES, "cakes"}
ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")


def accented(message: str) -> str:
    """``message`` with accents on its vowels, outside ``{placeholders}``."""
    return "".join(
        part if part.startswith("{") else part.translate(ACCENTS) for part in re.split(r"(\{\w*\})", message)
    )


class Pseudo(gettext.NullTranslations):
    """A catalogue that "translates" every message by putting accents on its vowels, and keeps
    what it was asked for."""

    def __init__(self, domain: str, asked: set[tuple[str, str | None, str]]) -> None:
        super().__init__()
        self.domain, self.asked = domain, asked

    def gettext(self, message: str) -> str:
        self.asked.add((self.domain, None, message))
        return accented(message)

    def pgettext(self, context: str, message: str) -> str:
        self.asked.add((self.domain, context, message))
        return accented(message)


def pseudo_french(monkeypatch) -> Iterator[set[tuple[str, str | None, str]]]:
    """Speak pseudo-French (French numbers, accented words) until the generator is closed, then
    English again; yields the (domain, context, message) asked for. For a fixture."""
    messages: set[tuple[str, str | None, str]] = set()
    _forget_translated_tables()
    monkeypatch.setattr(runtime, "translations", lambda domain=DOMAIN, code=None: Pseudo(domain, messages))
    use_language("fr")
    yield messages
    use_language("en")
    _forget_translated_tables()  # the pseudo-French words must not outlive the test


def _forget_translated_tables() -> None:
    """Empty the caches of words already translated (the quiz's table, by language)."""
    quiz_strings._strings.cache_clear()


def seen(html: str) -> str:
    """What a reader sees or hears of ``html``: its text, and its aria-labels and titles."""
    labels = " ".join(re.findall(r'aria-label="([^"]*)"', html))
    return unescape(re.sub(r"<[^>]+>", " ", html) + " " + labels)


def english_words(text: str) -> list[str]:
    """Words of three letters or more with a plain vowel: untranslated English, under the
    pseudo-translation (a notebook's file name left out)."""
    text = re.sub(r"\S+\.ipynb", "", text)
    return [w for w in re.findall(r"\w{3,}", text) if re.search("[aeiouAEIOU]", w) and w not in NOT_WORDS]


PACKAGE = Path(__file__).resolve().parent.parent / "sse_course"
#: How the package marks its words (as sse_course/i18n/catalogues.py extracts them).
KEYWORDS = {"gettext": None, "_": None, "pgettext": ((1, "c"), 2)}


@cache
def extracted_messages() -> frozenset[tuple[str | None, str]]:
    """(context, message) of every literal message Babel's extractor finds in the package."""
    found = extract_from_dir(str(PACKAGE), keywords=KEYWORDS, comment_tags=(), method_map=[("**.py", "python")])
    return frozenset(
        (context, message) for _file, _line, message, _comments, context in found if isinstance(message, str)
    )
