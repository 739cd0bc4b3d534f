"""The four case studies side by side, read from ``sse_course/data/cases.yml``.

Each case has its SSE form, how it works (its mechanism), who its members are, and the
challenges from the webinar's list (HomeNet International, January 2022) that the sources show
it meeting, each with *how* and the citation keys of the sources. A case claims a challenge only
where the sources show it; where they say nothing, it claims nothing.

A file that breaks a rule raises :class:`CasesDataError`, whose message names the file, the case
and the field (for example ``cases.yml: case 'atemdo': field 'challenges[1].challenge': unknown
challenge 'funding' (known: organising, ...)``), so an editor can fix it without reading Python.
The citation keys are checked against ``references.bib`` by the tests (the bibliography belongs
to the book, not to the package).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

# Reuse the quiz banks' loader: a key written twice (two `how:` lines) is an error, not silently
# the last one.
from sse_course.i18n.lazy import speaking
from sse_course.i18n.runtime import gettext as _
from sse_course.i18n.runtime import pgettext
from sse_course.strict_yaml import VISIBLE, DataFileError, read_data_file

DATA_FILE = Path(__file__).resolve().parent / "data" / "cases.yml"


@dataclass(frozen=True)
class Challenge:
    """One lesson from the webinar's summary of challenges and lessons."""

    id: str
    name: str
    lesson: str  # the webinar's point in plain words


# The list Mirai Chatterjee summed up at the end of the webinar of 28 January 2022, in its order
# (seed: 2022-01_hni-report_sse-webinar-session-2.txt, key hni2022webinarreport). Its last point,
# joint action of unions and cooperatives, is about the movement rather than one organisation,
# and the comparison notebook discusses it in words.
def _challenges() -> tuple[Challenge, ...]:
    """The challenges in the language the course speaks now."""
    return (
        Challenge("organising", _("Organising"), _("Organising is the first building block.")),
        Challenge(
            "profitability",
            _("Profitability"),
            _("SSE groups are businesses that their members run together, and they must make a profit."),
        ),
        Challenge(
            "governance",
            _("Governance"),
            _("Strong leaders and good governance help the group last, as a group and as a business."),
        ),
        Challenge(
            "working-capital",
            _("Working capital"),
            _("Working capital, the money to pay for materials and costs before sales come in, is always needed."),
        ),
        Challenge(
            "business-plan", _("Business plan"), _("A group needs a business plan, made with help from professionals.")
        ),
        Challenge(
            "market-intelligence",
            _("Market intelligence"),
            _("Knowing the market helps a group find a niche: a gap in the market that it can fill."),
        ),
        Challenge(
            "raw-materials",
            _("Raw materials"),
            _("Access to raw materials decides whether the business can pay its way."),
        ),
        Challenge("marketing", _("Marketing"), _("Groups need links to buyers, online and offline.")),
        Challenge(
            "social-protection",
            _("Social protection"),
            _(
                "Social protection, such as health care and income when people are sick, old or without work, is essential, "
                "together with support for earning a living."
            ),
        ),
        Challenge(
            "digital-literacy",
            _("Digital literacy"),
            _("Members need digital skills to buy raw materials and to sell."),
        ),
        Challenge(
            "policy", _("Policy"), _("SSE groups need enabling policies, laws and plans that support them, to grow.")
        ),
    )


with speaking("en"):
    #: The challenges in English, the source (:func:`challenges` gives them in the language of the moment).
    CHALLENGES: tuple[Challenge, ...] = _challenges()
CHALLENGE_IDS = tuple(c.id for c in CHALLENGES)

_TEXT_FIELDS = ("id", "name", "short", "country", "notebook", "form", "mechanism", "members")
_CASE_FIELDS = (*_TEXT_FIELDS, "cite", "challenges")
_EVIDENCE_FIELDS = ("challenge", "how", "cite")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class CasesDataError(DataFileError):
    """The cases file is malformed. ``problems`` lists every problem found, one line each."""


@dataclass(frozen=True)
class Evidence:
    """How one case meets one challenge, and the sources that show it."""

    challenge: str
    how: str
    cite: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    id: str
    name: str  # as the page names it: "SEWA's Dura Sundari"
    short: str  # in lists: "Dura Sundari"
    country: str
    notebook: str  # the case study's notebook, without .ipynb: link {doc}`<notebook>`
    form: str  # its SSE form
    mechanism: str  # how it works
    members: str  # who its members are
    cite: tuple[str, ...]  # sources of form, mechanism and members
    challenges: tuple[Evidence, ...]

    def evidence(self, challenge: str) -> Evidence | None:
        """How this case meets ``challenge`` (an id), or None when the sources do not show it."""
        return next((e for e in self.challenges if e.challenge == challenge), None)

    def meets(self, challenge: str) -> bool:
        return self.evidence(challenge) is not None

    def citation_keys(self) -> set[str]:
        return set(self.cite).union(*(e.cite for e in self.challenges))


# ---- loading and checking ---------------------------------------------------------------------


def load_cases(path: str | Path = DATA_FILE) -> tuple[Case, ...]:
    """Read, check and return the cases. Raises :class:`CasesDataError` listing every problem."""
    path = Path(path)
    label = path.name
    if not path.is_file():
        raise CasesDataError([f"{label}: no such file ({path})"])
    data = read_data_file(path, CasesDataError)
    problems = validate(data, label)
    if problems:
        raise CasesDataError(problems)
    return tuple(_build(raw) for raw in data["cases"])


def validate(data: Any, label: str = "cases.yml") -> list[str]:
    """Every problem in ``data`` (the parsed file), one message line each; empty when it is valid."""
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list) or not data["cases"]:
        return [f"{label}: the file must be a mapping with a non-empty list 'cases'"]
    problems = [
        f"{label}: field '{key}': is not a known field here (check the spelling)" for key in data if key != "cases"
    ]
    seen: set[object] = set()  # ids as the YAML gives them, checked or not
    for number, raw in enumerate(data["cases"], start=1):
        case_id = raw.get("id") if isinstance(raw, dict) else None
        where = (
            f"{label}: case '{case_id}'" if isinstance(case_id, str) and case_id.strip() else f"{label}: case #{number}"
        )
        if not isinstance(raw, dict):
            problems.append(f"{where}: must be a mapping of 'field: value' lines")
            continue
        if isinstance(case_id, str):  # any other id is reported as "must be text" below
            if case_id in seen:
                problems.append(f"{where}: field 'id': the id appears twice (ids must be unique)")
            seen.add(case_id)
        problems += _case_problems(raw, where)
    return problems


def _case_problems(raw: dict, where: str) -> list[str]:
    problems = _unknown_and_missing(raw, _CASE_FIELDS, where, "")
    for name in _TEXT_FIELDS:
        if name in raw:
            problems += _text_problems(raw[name], where, name)
    for name in ("id", "notebook"):
        if isinstance(raw.get(name), str) and raw[name].strip() and not _SLUG.match(raw[name]):
            problems.append(f"{where}: field '{name}': must use lower-case letters, digits and single hyphens only")
    if "cite" in raw:
        problems += _cite_problems(raw["cite"], where, "cite")
    evidence = raw.get("challenges")
    if "challenges" in raw and (not isinstance(evidence, list) or not evidence):
        problems.append(f"{where}: field 'challenges': must be a non-empty list ('- ' items)")
        return problems
    claimed: set[object] = set()
    for i, item in enumerate(evidence or []):
        at = f"challenges[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: field '{at}': must be a mapping with challenge, how and cite")
            continue
        problems += _unknown_and_missing(item, _EVIDENCE_FIELDS, where, at + ".")
        challenge = item.get("challenge")
        if "challenge" in item:
            if challenge not in CHALLENGE_IDS:
                problems.append(
                    f"{where}: field '{at}.challenge': unknown challenge {challenge!r} "
                    f"(known: {', '.join(CHALLENGE_IDS)})"
                )
            elif challenge in claimed:
                problems.append(f"{where}: field '{at}.challenge': {challenge!r} is listed twice")
            else:
                claimed.add(challenge)
        if "how" in item:
            problems += _text_problems(item["how"], where, at + ".how")
        if "cite" in item:
            problems += _cite_problems(item["cite"], where, at + ".cite")
    return problems


def _unknown_and_missing(raw: dict, allowed: tuple[str, ...], where: str, prefix: str) -> list[str]:
    unknown = [
        f"{where}: field '{prefix}{key}': is not a known field here (check the spelling)"
        for key in raw
        if key not in allowed
    ]
    missing = [f"{where}: field '{prefix}{key}': is missing" for key in allowed if key not in raw]
    return unknown + missing


def _text_problems(value: Any, where: str, name: str) -> list[str]:
    if not isinstance(value, str):
        return [f"{where}: field '{name}': must be text (found {type(value).__name__})"]
    if not re.search(VISIBLE, value):  # nor only spaces or invisible characters
        return [f"{where}: field '{name}': must not be empty"]
    return []


def _cite_problems(value: Any, where: str, name: str) -> list[str]:
    if not isinstance(value, list) or not value:
        return [f"{where}: field '{name}': must list at least one citation key from references.bib"]
    if not all(isinstance(key, str) and key.strip() for key in value):
        return [f"{where}: field '{name}': every citation key must be non-empty text"]
    return []


def _build(raw: dict) -> Case:
    def words(value: str) -> str:  # folded YAML text: one line, single spaces
        return " ".join(value.split())

    evidence = tuple(Evidence(e["challenge"], words(e["how"]), tuple(e["cite"])) for e in raw["challenges"])
    # Kept in the webinar's order, whatever the order in the file.
    evidence = tuple(sorted(evidence, key=lambda e: CHALLENGE_IDS.index(e.challenge)))
    return Case(**{name: words(raw[name]) for name in _TEXT_FIELDS}, cite=tuple(raw["cite"]), challenges=evidence)


# ---- what the rest of the course uses -----------------------------------------------------------


@functools.lru_cache(maxsize=1)
def cases() -> tuple[Case, ...]:
    """The four cases, in the order of the book (loaded once)."""
    return load_cases()


def challenges() -> tuple[Challenge, ...]:
    """The webinar's challenges, in its order, in the language the course speaks now."""
    return _challenges()


def challenge(challenge_id: str) -> Challenge:
    """The challenge with this id, in the language the course speaks now; a clear error names the
    known ids."""
    for item in _challenges():
        if item.id == challenge_id:
            return item
    raise CasesDataError([f"unknown challenge {challenge_id!r} (known: {', '.join(CHALLENGE_IDS)})"])


def case(case_id: str) -> Case:
    """The case with this id; a clear error names the known ids."""
    for item in cases():
        if item.id == case_id:
            return item
    raise CasesDataError([f"unknown case {case_id!r} (known: {', '.join(c.id for c in cases())})"])


def cases_meeting(challenge_id: str, among: tuple[Case, ...] | None = None) -> tuple[Case, ...]:
    """The cases that the sources show meeting ``challenge_id`` (possibly none), in book order."""
    challenge(challenge_id)  # an unknown id is an error, not "no case"
    return tuple(c for c in (cases() if among is None else among) if c.meets(challenge_id))


def citation_keys(among: tuple[Case, ...] | None = None) -> set[str]:
    """Every citation key the cases use (the tests check them against references.bib)."""
    return set().union(*(c.citation_keys() for c in (cases() if among is None else among)))


# ---- the cases in another language ----------------------------------------------------------------

#: Where the cases' words are in the ``sse_course`` catalogue: contexts ``cases:<key>``, with the
#: keys of :func:`case_words` (``cases:sewa-dura-sundari.form``).
WHERE = "cases"
# A case's fields a reader sees; id, notebook and citation keys are never translated.
_SHOWN_FIELDS = ("name", "short", "country", "form", "mechanism", "members")


def case_words(among: tuple[Case, ...] | None = None) -> dict[str, str]:
    """Every word the cases show, in English, by key (``sewa-dura-sundari.form``,
    ``atemdo.challenges.marketing.how``), in file order: the table ``make translations`` puts in
    the ``sse_course`` catalogue. Names of organisations are in it too, for a language that writes
    "X's Y" another way; a translator keeps the names themselves."""
    words = {}
    for item in cases() if among is None else among:
        words.update({f"{item.id}.{name}": getattr(item, name) for name in _SHOWN_FIELDS})
        words.update({f"{item.id}.challenges.{e.challenge}.how": e.how for e in item.challenges})
    return words


def translated(item: Case) -> Case:
    """``item`` with its words in the language the course speaks now (English where the
    catalogue has no translation); its id, notebook, citations and challenges met are the same."""

    def words(key: str, english: str) -> str:
        return pgettext(f"{WHERE}:{key}", english)

    shown: dict[str, Any] = {name: words(f"{item.id}.{name}", getattr(item, name)) for name in _SHOWN_FIELDS}
    return replace(
        item,
        **shown,
        challenges=tuple(
            replace(e, how=words(f"{item.id}.challenges.{e.challenge}.how", e.how)) for e in item.challenges
        ),
    )
