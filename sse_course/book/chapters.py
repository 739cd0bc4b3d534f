"""Read a page's parts (objectives, takeaways, discussion questions, quizzes, citations, plain
text for readability) from its MyST source: a chapter (.md) or a case-study notebook (.ipynb,
whose Markdown cells are MyST and whose quizzes are ``Quiz("<bank>")`` calls). Used by the
content tests and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

# Pages of the book that are not chapters: they have no objectives or quiz.
BACK_MATTER = {"welcome", "sources", "references", "glossary", "my-progress", "certificate"}
# The trainers' section (session plans, activity cards, facilitator notes) is not learner text.
TRAINERS = "book/trainers/"

_FENCE = re.compile(r"^(`{3,}|:{3,})\{(?P<name>[\w-]+)\}\s*(?P<arg>.*?)\n(?P<body>.*?)^\1\s*$", re.M | re.S)
_CITE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]+)`")
_ITEM_START = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?P<text>.*)$")
_OPTION = re.compile(r"^\s*:[\w-]+:")
_FENCE_LINE = re.compile(r"^\s*(`{3,}|:{3,})")
_QUIZ_CALL = re.compile(r"""\bQuiz\(\s*["']([\w-]+)["']""")


@dataclass
class ListBlock:
    """A block of text that holds a list: paragraphs before it, its items, paragraphs after it."""

    intro: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    outro: list[str] = field(default_factory=list)


def parse_list(block: str) -> ListBlock:
    """Split a Markdown block into intro paragraphs, list items (each with its continuation
    lines, joined by spaces) and closing paragraphs. Directive options and fences are skipped;
    a nested list is folded into its parent item."""
    result = ListBlock()
    paragraphs_before: list[str] = []
    paragraphs_after: list[str] = []
    paragraph: list[str] = []
    in_item = blank_before = False
    item_indent = None

    def end_paragraph():
        if paragraph:
            (paragraphs_after if result.items else paragraphs_before).append(" ".join(paragraph))
            paragraph.clear()

    for line in block.splitlines():
        if _OPTION.match(line) or _FENCE_LINE.match(line):
            continue
        if not line.strip():
            end_paragraph()
            blank_before = True
            continue
        start = _ITEM_START.match(line)
        indent = len(line) - len(line.lstrip())
        if start and (item_indent is None or indent <= item_indent + 1):
            end_paragraph()
            item_indent = indent if item_indent is None else item_indent
            result.items.append(start["text"].strip())
            in_item, blank_before = True, False
        elif result.items and in_item and (indent > (item_indent or 0) or not blank_before):
            result.items[-1] += " " + line.strip()
            blank_before = False
        else:
            in_item = False
            paragraph.append(line.strip())
            blank_before = False
    end_paragraph()
    result.intro, result.outro = paragraphs_before, paragraphs_after
    return result


@dataclass
class Chapter:
    path: Path
    source: str
    # Banks shown by code (a notebook's Quiz("...") calls), besides the {quiz} directives.
    quiz_calls: tuple[str, ...] = ()

    def block(self, title: str) -> str:
        """The body of the admonition or the section whose title starts with ``title``."""
        for match in _FENCE.finditer(self.source):
            if match["name"] == "admonition" and match["arg"].strip().lower().startswith(title.lower()):
                return match["body"]
        section = re.search(rf"^#+\s+{re.escape(title)}[^\n]*\n(.*?)(?=^#+\s|\Z)", self.source, re.M | re.S | re.I)
        return section.group(1) if section else ""

    def list_block(self, title: str) -> ListBlock:
        """The list in the block titled ``title``, with the paragraphs around it."""
        return parse_list(self.block(title))

    def items(self, title: str) -> list[str]:
        """The items of the list in the block titled ``title``, each with all its lines."""
        return self.list_block(title).items

    def quizzes(self) -> list[str]:
        directives = [m["arg"].strip() for m in _FENCE.finditer(self.source) if m["name"] == "quiz"]
        return directives + list(self.quiz_calls)

    def citation_keys(self) -> set[str]:
        return {key.strip() for group in _CITE.findall(self.source) for key in group.split(",")}

    def prose(self) -> str:
        """The learner-facing running text: no front matter, directives' options, code,
        tables, labels or roles' targets, so that readability is measured on sentences."""
        text = re.sub(r"\A---\n.*?\n---\n", "", self.source, flags=re.S)
        text = re.sub(
            r"^(`{3,}|:{3,})\{(?:quiz|bibliography|figure|list-table|code-cell)\}.*?^\1\s*$",
            "",
            text,
            flags=re.M | re.S,
        )
        text = re.sub(r"^(`{3,}|:{3,}).*$", "", text, flags=re.M)  # other fences: keep their text
        text = re.sub(r"^:\w[\w-]*:.*$", "", text, flags=re.M)  # directive options
        text = re.sub(r"^\(.*\)=\s*$", "", text, flags=re.M)  # labels
        text = re.sub(r"^\|.*\|\s*$", "", text, flags=re.M)  # tables
        text = re.sub(r"\{cite(?::[a-z]+)?\}`[^`]*`", "", text)
        text = re.sub(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^>]*>)?`", r"\1", text)  # {doc}`text <target>`
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^#+\s.*$", "", text, flags=re.M)  # headings are not sentences
        text = re.sub(r"^\s*(?:[-*]|\d+[.)])\s+", "", text, flags=re.M)
        return re.sub(r"[*_`]", "", text)


def quiz_calls(code: str) -> list[str]:
    """The banks a code cell shows with ``Quiz("<bank>")``."""
    return _QUIZ_CALL.findall(code)


def chapter_files(root: Path, toc_pages: list[str]) -> list[Path]:
    """The learner-facing pages that must meet the chapter standard: chapters and case studies."""
    return [
        root / f"{page}.md" if page.startswith("book/") else root / f"{page}.ipynb"
        for page in toc_pages
        if (page.startswith("book/") and not page.startswith(TRAINERS) and Path(page).name not in BACK_MATTER)
        or page.startswith("notebooks/")
    ]


def read_chapter(path: Path) -> Chapter:
    if path.suffix != ".ipynb":
        return Chapter(path, path.read_text(encoding="utf-8"))
    cells = nbformat.read(path, as_version=4).cells
    text = "\n\n".join(c.source for c in cells if c.cell_type == "markdown")
    calls = tuple(name for c in cells if c.cell_type == "code" for name in quiz_calls(c.source))
    return Chapter(path, text, calls)
