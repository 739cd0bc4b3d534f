"""The course's languages, read from ``sse_course/locales/languages.yml`` (one place to add one)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LOCALES = Path(__file__).resolve().parent.parent / "locales"
REGISTRY = LOCALES / "languages.yml"
STATUSES = ("source", "released", "draft")
# Draft languages to build as well, e.g. SSE_COURSE_DRAFT_LANGUAGES=pt_BR,fr (never by default).
DRAFTS_VARIABLE = "SSE_COURSE_DRAFT_LANGUAGES"


@dataclass(frozen=True)
class Language:
    code: str  # gettext and Sphinx: pt_BR
    tag: str  # BCP 47: <html lang>, and the edition's folder in the site: pt-BR
    name: str  # in the language itself
    locale: str  # CLDR locale for numbers and money (Babel)
    status: str
    title: str = ""  # the book's title in the language ("" for English: _config.yml's)

    @property
    def is_source(self) -> bool:
        return self.status == "source"


@cache
def languages(registry: Path = REGISTRY) -> tuple[Language, ...]:
    """Every language of the registry, English (the source) first."""
    entries = yaml.safe_load(registry.read_text(encoding="utf-8"))
    found = tuple(Language(**entry) for entry in entries)
    problems = [
        f"{lang.code}: status {lang.status!r} is not one of {STATUSES}" for lang in found if lang.status not in STATUSES
    ]
    if [lang.code for lang in found if lang.is_source] != ["en"] or not found[0].is_source:
        problems.append("English (en) must be the first language and the only source")
    if len({lang.code for lang in found}) != len(found) or len({lang.tag for lang in found}) != len(found):
        problems.append("two languages share a code or a tag")
    if problems:
        raise ValueError(f"{registry}: " + "; ".join(problems))
    return found


def language(code: str) -> Language:
    """The language with this code (``pt_BR``) or tag (``pt-BR``); a clear error otherwise."""
    for lang in languages():
        if code in (lang.code, lang.tag):
            return lang
    known = ", ".join(lang.code for lang in languages())
    raise ValueError(f"the course has no language {code!r} (it has: {known})")


def translated_languages(include_drafts: bool | None = None, registry: Path = REGISTRY) -> tuple[Language, ...]:
    """The editions to build besides English: the released languages, and the drafts named in
    ``SSE_COURSE_DRAFT_LANGUAGES`` (or every draft if ``include_drafts``)."""
    wanted = {code.strip() for code in os.environ.get(DRAFTS_VARIABLE, "").split(",") if code.strip()}
    known = {lang.code for lang in languages(registry)}
    for code in sorted(wanted - known):  # a typo is an error, not a language silently left out
        raise ValueError(f"{DRAFTS_VARIABLE}: the course has no language {code!r} (it has: {', '.join(sorted(known))})")
    return tuple(
        lang
        for lang in languages(registry)
        if lang.status == "released" or (lang.status == "draft" and (include_drafts or lang.code in wanted))
    )
