"""A translation keeps what must not change: ``python -m sse_course.i18n.check FILE.po...``.

For each translated entry of a PO file, the English (``msgid``) and its translation (``msgstr``)
must have the same:

- ``{placeholders}`` the program fills in (``{correct}``, ``{title}``);
- MyST roles and what they point at: ``{cite:p}`key``` the same key; ``{doc}`Text <target>```,
  ``{ref}``, ``{download}``: the same target (the visible text is translated); a role with no
  visible text stays byte for byte; ``{term}`` only the same number of them (the glossary's terms
  are translated);
- link targets ``[text](target)``, ``<https://…>`` and bare web addresses;
- directives (```` ```{figure} ````, ``:::{admonition}``) and their option keys (``:class:``);
- HTML tags;
- numbers, by value: each language writes them its own way (pt_BR and es ``1.200,50``, fr
  ``1 200,50`` with a narrow no-break space), so ``1,200`` in the English and ``1.200`` in
  Portuguese are the same number, and "28 January 2022" keeps 28 and 2022;
- and money and percentages are written by the language's one rule, the package's
  (:mod:`sse_course.i18n.number_forms`, from ``numbers.json``): ``R$ 1.200`` and ``56%`` in
  Portuguese, ``R$1.200``, ``Br 1.200`` and ``56%`` in Spanish, ``1 200 R$`` and ``56 %`` in French,
  each space a no-break one, so that a page never shows two styles.

The figures' catalogue (``figures.po``) is checked for more: each translation must draw well in
its figure (as many lines as its English, each fitting in its box), and in a released language
every entry must be translated, or its figure would show the English
(:mod:`sse_course.i18n.figures`).

Entries not translated yet, and fuzzy ones (their translation belongs to an older English), are
left out. The command prints one line per problem, ``file:line: [context] what differs``, and
exits with status 1 if it found any.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.pofile import read_po
from babel.numbers import get_decimal_symbol, get_group_symbol

from sse_course.i18n import number_forms
from sse_course.i18n.languages import language as language_entry

# A role: {name}`content`. Its content may run over lines (a PO entry keeps the page's breaks).
ROLE = re.compile(r"\{([A-Za-z][\w:+.-]*)\}`([^`]*)`")
# Roles whose content may be "visible text <target>": the text is translated, the target is not.
TARGET_ROLES = {"doc", "ref", "numref", "download", "eq", "any", "external"}
# Roles whose target is translated too (the glossary's terms are, in each language).
TRANSLATED_ROLES = {"term"}
TEXT_AND_TARGET = re.compile(r"^(.*?)\s*<([^<>]*)>$", re.DOTALL)
# A directive's opening fence and its option lines.
DIRECTIVE = re.compile(r"^\s*(?:`{3,}|:{3,})\{([\w:.-]+)\}", re.MULTILINE)
OPTION = re.compile(r"^\s*:([\w-]+):(?=\s|$)", re.MULTILINE)
# The program's placeholders: {name}, {name!r}, {amount:,.0f}; not a role (followed by a backtick)
# nor a directive (after a fence).
PLACEHOLDER = re.compile(r"(?<![`:{])\{([A-Za-z_]\w*)(?:![rsa])?(?::[^{}`]*)?\}(?![`}])")
# [text](target) and [text](target "title"); a target may hold one level of brackets.
LINK_TARGET = re.compile(r'\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)')
AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>")
BARE_URL = re.compile(r"(?<![(<\w])(https?://[^\s<>()\"'`]+[^\s<>()\"'`.,;:!?])")
HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>")
# A quotation in the English: "…", “…”, ‘…’ or '…' (not an apostrophe: ILO's).
QUOTATIONS = (
    re.compile(r'"([^"]+)"'),
    re.compile("\u201c([^\u201d]+)\u201d"),
    re.compile("\u2018([^\u2019]+)\u2019"),
    re.compile(r"(?<!\w)'([^']+?)'(?!\w)"),
)
CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
# Spaces a language may group thousands with, when its own group mark is a space.
SPACES = "\u202f\u00a0 "


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    context: str
    message: str

    def __str__(self) -> str:
        where = f" [{self.context}]" if self.context else ""
        return f"{self.path}:{self.line}:{where} {self.message}"


def entry_problems(english: str, translation: str, language: str) -> list[str]:
    """What differs between an English entry and its translation into ``language`` (a code such
    as ``pt_BR``), in words a translator can act on; empty if nothing does."""
    problems = []
    # An English quotation kept word for word has its translation beside it, which says all the
    # quotation says: the placeholders too, so they are there twice ("(more than {ilo} million)"
    # (« plus de {ilo} millions »)). Read without the quotations kept, the translation has the
    # English's placeholders: "(plus de ... millions)" lacked one.
    beside = _without_english_quotations(translation, english, words_only=True)
    quotes_kept = beside != _ONE_SPACE.sub(" ", translation).strip()
    for what, read in CHECKS:
        checked = beside if what == "placeholders" and quotes_kept else translation
        difference = _difference(Counter(read(english)), Counter(read(checked)))
        if difference and checked is beside:
            difference = "beside a kept English quotation, " + difference
        if difference:
            problems.append(f"{what}: {difference}")
    english_numbers = [Counter(_numbers(_prose(text), "en")) for text in (english, _dots_as_thousands(english))]
    # A language that groups thousands with a space: "3 000" is read as 3000 first, and as 3 and
    # 000 if that is what the English has (a plain space also just separates two numbers). And a
    # quotation keeps its English words with a translation beside them, so its numbers are there
    # twice: the translation is read without the English quotations too.
    # An example of another language's way kept as the English writes it ("R$ 1.200" in French)
    # is read that way too, where the English has it.
    texts = [_prose(translation), _prose(_without_english_quotations(translation, english))]
    if _DOTTED_THOUSANDS.search(english):
        texts += [_dots_as_thousands(text) for text in texts]
    readings = [Counter(_numbers(text, language, spaces)) for text in texts for spaces in (True, False)]
    if not any(numbers in readings for numbers in english_numbers):
        problems.append(f"numbers: {_difference(english_numbers[0], readings[0])}")
    own_words = _prose(_without_english_quotations(translation, english), placeholders=True)
    for wrong in number_forms.problems(own_words, _locale_code(language)):
        problems.append(f"money and percentages: write {wrong.expected!r}, not {wrong.written!r}")
    return problems


# 1.200 in an English sentence: one point two, or an example of a number written another
# language's way ("R$ 1.200"): either value is the English's.
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)")


def _dots_as_thousands(english: str) -> str:
    return _DOTTED_THOUSANDS.sub(lambda match: match.group(0).replace(".", ""), english)


def _difference(english: Counter[str], translation: Counter[str]) -> str:
    missing, extra = english - translation, translation - english
    parts = []
    if missing:
        parts.append("the English has " + ", ".join(sorted(missing.elements())) + ", the translation has not")
    if extra:
        parts.append("the translation has " + ", ".join(sorted(extra.elements())) + ", the English has not")
    return "; ".join(parts)


def _placeholders(text: str) -> list[str]:
    return ["{" + name + "}" for name in PLACEHOLDER.findall(_without_code(ROLE.sub(" ", text)))]


def _roles(text: str) -> list[str]:
    found = []
    for name, content in ROLE.findall(text):
        content = " ".join(content.split())
        short = name.split(":")[-1]
        if short in TRANSLATED_ROLES:
            found.append(f"{{{name}}}")
        elif short in TARGET_ROLES and (parts := TEXT_AND_TARGET.match(content)):
            found.append(f"{{{name}}}`… <{parts.group(2)}>`")
        else:
            found.append(f"{{{name}}}`{content}`")
    return found


def _links(text: str) -> list[str]:
    without_roles = ROLE.sub(" ", text)
    targets = LINK_TARGET.findall(without_roles) + AUTOLINK.findall(without_roles)
    targets += re.findall(r'\b(?:href|src)\s*=\s*"([^"]*)"', without_roles)
    rest = without_roles
    for pattern in (LINK_TARGET, AUTOLINK, HTML_TAG):
        rest = pattern.sub(" ", rest)
    return targets + BARE_URL.findall(rest)


def _directives(text: str) -> list[str]:
    return [f"{{{name}}}" for name in DIRECTIVE.findall(text)] + [f":{key}:" for key in OPTION.findall(text)]


def _html_tags(text: str) -> list[str]:
    clean = AUTOLINK.sub(" ", _without_code(ROLE.sub(" ", text)))
    return [match.group(0).split()[0].rstrip(">/") + ">" for match in HTML_TAG.finditer(clean)]


CHECKS = (
    ("placeholders", _placeholders),
    ("roles", _roles),
    ("link targets", _links),
    ("directives", _directives),
    ("HTML tags", _html_tags),
)


_ONE_SPACE = re.compile(r"[ \t\n\r]+")


def _without_english_quotations(translation: str, english: str, words_only: bool = False) -> str:
    """``translation`` without the English quotations it keeps word for word (whatever quotation
    marks it puts around them); if ``words_only``, only quotations of words, not of a
    placeholder alone ("“{option}”", which no translation needs beside it)."""
    text = _ONE_SPACE.sub(" ", translation).strip()  # no-break spaces stay: they are the form
    for pattern in QUOTATIONS:
        for quoted in pattern.findall(english):
            words = _ONE_SPACE.sub(" ", quoted).strip()
            if words_only and not re.search(r"[^\W\d_]{2}", PLACEHOLDER.sub(" ", words)):
                continue
            if len(words) > 3 and words in text:
                text = text.replace(words, " ", 1)
    return text


def _without_code(text: str) -> str:
    return CODE_SPAN.sub(" ", text)


def _prose(text: str, placeholders: bool = False) -> str:
    """The text whose numbers count: roles keep only their visible text, and the things compared
    on their own (keys, targets, addresses, tags, directives, placeholders unless
    ``placeholders``) are taken out."""

    def visible(match: re.Match[str]) -> str:
        name, content = match.group(1).split(":")[-1], match.group(2)
        parts = TEXT_AND_TARGET.match(content)
        if name in TARGET_ROLES | TRANSLATED_ROLES:
            return f" {parts.group(1)} " if parts else (f" {content} " if name in TRANSLATED_ROLES else " ")
        return " "

    text = ROLE.sub(visible, text)
    text = LINK_TARGET.sub("] ", text)
    for pattern in (AUTOLINK, BARE_URL, HTML_TAG, DIRECTIVE, OPTION) + (() if placeholders else (PLACEHOLDER,)):
        text = pattern.sub(" ", text)
    return text


@cache
def _number_pattern(language: str, spaces: bool) -> tuple[re.Pattern[str], str, tuple[str, ...]]:
    """A pattern for one number written the ``language``'s way, its decimal mark, its group marks."""
    locale = _locale(language)
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    groups = tuple(SPACES if spaces else SPACES[:2]) if group.isspace() else (group,)
    group_class = "[" + "".join(re.escape(mark) for mark in groups) + "]"
    mark, other = re.escape(decimal), re.escape("," if decimal == "." else ".")
    pattern = (
        rf"(?<![\d{mark}])(?:"
        # grouped: 1,200 / 1.200 / 1 200, with decimals or not
        rf"(?P<grouped>\d{{1,3}}(?:{group_class}\d{{3}})+(?:{mark}\d+)?)(?!\d)"
        # with the language's decimal mark: 12.5 / 12,5
        rf"|(?P<own>\d+{mark}\d+)"
        # the other mark, where it cannot be a thousands mark (not three digits after it): 1.5 in a
        # Portuguese "write 1500 or 1.5", 12,5 in an English "a decimal comma (12,5)"
        rf"|(?P<other>\d+{other}(?:\d{{1,2}}|\d{{4,}}))(?!\d)"
        rf"|(?P<whole>\d+))"
    )
    return re.compile(pattern), decimal, groups


def _numbers(text: str, language: str, spaces: bool = True) -> list[str]:
    """The values of the numbers in ``text``, as plain decimals (``1200.5``, ``28``)."""
    pattern, decimal, groups = _number_pattern(language, spaces)
    values = []
    for match in pattern.finditer(text):
        token = match.group(0)
        if match.group("grouped"):
            for mark in groups:
                token = token.replace(mark, "")
            token = token.replace(decimal, ".")
        elif match.group("own"):
            token = token.replace(decimal, ".")
        elif match.group("other"):
            token = token.replace(",", ".")
        values.append(format(Decimal(token).normalize(), "f"))
    return values


def _locale_code(language: str) -> str:
    """The CLDR locale whose numbers ``language`` writes: the registry's (``es`` writes es_BO's),
    or ``language`` itself if the registry does not have it."""
    try:
        return language_entry(language).locale
    except ValueError:
        return language


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(_locale_code(language))
    except (UnknownLocaleError, ValueError) as error:
        raise ValueError(f"{language!r} is not a language Babel knows: {error}") from None


#: Entries whose numbers are examples of how to write a number (the hints of the number boxes):
#: each language gives its own ways ("1.200" is 1,200 in Portuguese, 1.2 in English), so their
#: numbers are not compared with the English's, nor their money with the language's rule (a
#: learner may type the sign before or after the amount).
NUMBER_FORMAT_EXAMPLES = {"quiz:number_hint", "quiz:amount_hint", "quiz:not_a_number", "quiz:number_ambiguous"}


def file_problems(path: Path, language: str | None = None) -> list[Problem]:
    """Every problem of every translated, non-fuzzy entry of the PO file at ``path``. Its language is
    ``language``, or the file's ``Language`` header, or the folder above ``LC_MESSAGES``."""
    try:
        with path.open("rb") as file:
            catalog = read_po(file)
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror}") from None
    except Exception as error:  # Babel's PoFileError and the like: the file is not a PO file
        raise ValueError(f"{path} is not a PO file Babel can read: {error}") from None
    code = language or (str(catalog.locale) if catalog.locale else None) or _language_from_path(path)
    if not code:
        raise ValueError(f"{path}: say its language with --language (it has no Language header)")
    _locale(code)
    problems = []
    for message in catalog:
        if not message.id or message.fuzzy or not message.string:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for n, string in enumerate(strings):
            if not string:
                continue
            english = ids[min(n, len(ids) - 1)]
            for problem in entry_problems(english, string, code):
                if message.context in NUMBER_FORMAT_EXAMPLES and problem.startswith(("numbers:", "money and")):
                    continue
                problems.append(Problem(str(path), message.lineno or 0, message.context or "", problem))
    if _is_figures_catalogue(path):
        from sse_course.i18n.figures import catalogue_problems

        problems += [Problem(str(path), line, figure, what) for line, figure, what in catalogue_problems(catalog, code)]
    return problems


def _is_figures_catalogue(path: Path) -> bool:
    from sse_course.i18n.figures import DOMAIN

    return path.name == f"{DOMAIN}.po"


def _language_from_path(path: Path) -> str | None:
    parts = path.resolve().parts
    return parts[parts.index("LC_MESSAGES") - 1] if "LC_MESSAGES" in parts[1:] else None


def check_files(paths: Iterable[Path], language: str | None = None) -> list[Problem]:
    return [problem for path in paths for problem in file_problems(path, language)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="PO files to check")
    parser.add_argument("--language", help="the files' language code (default: each file's Language header)")
    options = parser.parse_args(argv)
    try:
        problems = check_files(options.files, options.language)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    files = len(options.files)
    checked = str(options.files[0]) if files == 1 else f"{files} files"
    count = len(problems)
    print(f"{count} problem{'s' if count != 1 else ''} in {checked}" if count else f"no problems in {checked}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
