"""The glossary's terms, and the rule that each chapter links a term the first time it uses it.

Terms come from the ``{glossary}`` block of book/glossary.md: names on lines of their own, a
definition indented below; consecutive names (``ILC`` and ``International Labour Conference``)
are one *entry*. A mention of any name of an entry counts as a use of the entry.

Matching: a name in lower case matches whatever the case of its first letter ("Cooperatives
are ..."); a name with a capital (``Recommendation``, ``ILC``) matches only as written, so that
"the report's recommendations" is not taken for the ILO instrument. Each word may be plural.

The command that links first uses in place is ``python -m sse_course.devtools.glossary``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sse_course.book.toc import ROOT

GLOSSARY = ROOT / "book" / "glossary.md"

_BLOCK = re.compile(r"^(`{3,}|:{3,})\{glossary\}[^\n]*\n(?P<body>.*?)^\1\s*$", re.M | re.S)
_TERM_ROLE = re.compile(r"\{term\}`(?P<text>[^`<]*?)\s*(?:<(?P<target>[^>]+)>)?`")
# Text a link may not be put into: front matter, code and quiz blocks, directive lines and
# options, headings, labels, comments, inline code and roles, Markdown links.
_UNLINKABLE = [
    re.compile(r"\A---\n.*?\n---\n", re.S),
    re.compile(r"^\s*:\w[\w-]*:.*$", re.M),
    re.compile(r"^#+\s.*$", re.M),
    re.compile(r"^\(.*\)=\s*$", re.M),
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"(?:\{[\w:-]+\})?`[^`]*`"),
    re.compile(r"!?\[[^\]]*\]\([^)]*\)"),
]


# Other forms of a term that count as a use of it but are not listed in the glossary (a verb
# beside its noun, a short form). Keyed by the entry's first name.
ALIASES: dict[str, tuple[str, ...]] = {
    "ratification": ("ratify", "ratifies", "ratified"),
    "own-account worker": ("own-account",),
}


@dataclass(frozen=True)
class Entry:
    names: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    #: The definition as written (MyST inline, lines joined); not part of an entry's identity.
    definition: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        return self.names[0]

    def pattern(self) -> re.Pattern:
        alternatives = sorted((_name_pattern(n) for n in self.names + self.aliases), key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _name_pattern(name: str) -> str:
    words = []
    for word in re.split(r"[\s]+", name):
        stem = (
            re.escape(word[:-1]) + "(?:y|ies)"
            if word.endswith("y") and word.islower()
            else re.escape(word) + "(?:s|es)?"
        )
        words.append(stem)
    first = name[0]
    pattern = r"\s+".join(words)
    if first.islower():  # "cooperative" also matches "Cooperatives" at the start of a sentence
        pattern = f"[{first}{first.upper()}]" + pattern[1:]
    return pattern


def entries(path: Path = GLOSSARY) -> list[Entry]:
    """The glossary's entries in the order they are defined."""
    block = _BLOCK.search(path.read_text(encoding="utf-8"))
    if not block:
        raise ValueError(f"{path}: no {{glossary}} block")
    found: list[Entry] = []
    names: list[str] = []
    lines: list[str] = []

    def close() -> None:
        if names:
            found.append(Entry(tuple(names), ALIASES.get(names[0], ()), " ".join(lines)))

    for line in block["body"].splitlines():
        if line.strip() and not line[0].isspace():
            if lines:  # a name after a definition starts the next entry
                close()
                names, lines = [], []
            names.append(line.strip())
        elif line.strip():
            lines.append(line.strip())
    close()
    return found


_FENCE_LINE = re.compile(r"^\s*(`{3,}|:{3,})\s*(?:\{([\w-]+)\})?")
# Blocks whose body is not prose that a link can go into.
_NOT_PROSE = {"quiz", "code-cell", "bibliography", "glossary", "code", "math"}


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _mask_fences(source: str) -> str:
    """Blank fence lines (directive names, admonition titles) and the bodies of code-like blocks."""
    lines = source.splitlines(keepends=True)
    stack: list[tuple[str, str]] = []  # the open fences: (backticks or colons, directive name)
    for i, line in enumerate(lines):
        fence = _FENCE_LINE.match(line)
        if fence and stack and fence[1] == stack[-1][0] and not fence[2] and not line.strip()[len(fence[1]) :]:
            stack.pop()
            lines[i] = _blank(line)
        elif fence:
            stack.append((fence[1], fence[2] or "code"))
            lines[i] = _blank(line)
        elif any(kind in _NOT_PROSE for _, kind in stack):
            lines[i] = _blank(line)
    return "".join(lines)


def unlinkable_blanked(source: str) -> str:
    """``source`` with unlinkable text blanked out (same length, so offsets stay valid)."""
    source = _mask_fences(source)
    for pattern in _UNLINKABLE:
        source = pattern.sub(lambda m: _blank(m.group(0)), source)
    return source


def _entry_of(target: str, all_entries: list[Entry]) -> Entry | None:
    return next((e for e in all_entries if target.strip().lower() in (n.lower() for n in e.names)), None)


def _without_longer_names(masked: str, entry: Entry, all_entries: list[Entry]) -> str:
    """``masked`` with the names of other entries that contain one of ``entry``'s names blanked:
    "working capital" is a use of its own entry, not of "capital"."""
    for other in all_entries:
        if other != entry and any(
            other_name.lower() != name.lower() and entry.pattern().search(other_name)
            for other_name in other.names
            for name in entry.names
        ):
            masked = other.pattern().sub(lambda m: _blank(m.group(0)), masked)
    return masked


def first_uses(source: str, all_entries: list[Entry]) -> dict[Entry, tuple[int, bool]]:
    """For each entry a page uses: the offset of its first use and whether that use is a link."""
    uses: dict[Entry, tuple[int, bool]] = {}
    for role in _TERM_ROLE.finditer(source):
        entry = _entry_of(role["target"] or role["text"], all_entries)
        if entry and entry not in uses:
            uses[entry] = (role.start(), True)
    masked = unlinkable_blanked(source)
    for entry in all_entries:
        plain = entry.pattern().search(_without_longer_names(masked, entry, all_entries))
        if plain and (entry not in uses or plain.start() < uses[entry][0]):
            uses[entry] = (plain.start(), False)
    return uses


def unlinked_first_uses(source: str, all_entries: list[Entry]) -> list[tuple[str, int]]:
    """(entry name, line number) of every entry whose first use on the page is not a link."""
    return sorted(
        (
            (e.name, source.count("\n", 0, at) + 1)
            for e, (at, linked) in first_uses(source, all_entries).items()
            if not linked
        ),
        key=lambda item: item[1],
    )


def link_first_uses(source: str, all_entries: list[Entry]) -> str:
    """Turn the first use of every entry into a ``{term}`` link (later uses stay plain)."""
    masked = unlinkable_blanked(source)
    edits = []
    for entry, (at, linked) in first_uses(source, all_entries).items():
        if not linked:
            match = entry.pattern().match(masked, at)
            assert match is not None, f"first_uses() found {entry.name!r} at {at}, where it does not match"
            edits.append((match.start(), match.end(), " ".join(match.group(0).split()), entry.name))
    for start, end, text, name in sorted(edits, reverse=True):
        role = f"{{term}}`{text}`" if text.lower() == name.lower() else f"{{term}}`{text} <{name}>`"
        source = source[:start] + role + source[end:]
    return source
