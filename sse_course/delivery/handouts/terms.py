"""The glossary words a handout explains: the entries its page links, in the order it first
uses them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sse_course.book import glossary


@dataclass
class Term:
    names: tuple[str, ...]
    definition: str  # MyST inline
    base: Path  # the glossary's folder: its {doc} links are relative to it


def page_terms(source: str, glossary_path: Path) -> list[Term]:
    """The glossary entries the page links, in the order it first uses them. A page that links
    none yet (a notebook, a chapter not linked yet) gets the entries it uses."""
    if not glossary_path.is_file():
        return []
    all_entries = glossary.entries(glossary_path)
    uses = glossary.first_uses(source, all_entries)
    linked = {entry: at for entry, (at, is_link) in uses.items() if is_link}
    chosen = linked or {entry: at for entry, (at, _) in uses.items()}
    return [
        Term(entry.names, entry.definition, glossary_path.parent)
        for entry in sorted(chosen, key=lambda entry: chosen[entry])
    ]
