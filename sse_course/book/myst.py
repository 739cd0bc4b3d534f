"""MyST made plain, for the places that cannot render it: Jupyter, which shows the learner
versions of the exercises (devtools/learner.py), and the printed handouts (delivery/handouts/)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from sse_course.book.chapters import read_chapter
from sse_course.book.toc import ROOT, page_file
from sse_course.i18n.languages import language as find_language
from sse_course.i18n.markdown import Catalogue
from sse_course.i18n.runtime import pgettext

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# A citation and the space before it: "says so {cite:p}`key`." becomes "says so."
CITATION = re.compile(r"\s*\{cite(?::\w+)?\}`[^`]*`")
ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<body>[^`]*)`")
_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)
_LABELLED = re.compile(r"(.*?)\s*<([^<>]*)>", re.S)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def title(source: str) -> str | None:
    """The first level-1 heading of a page's MyST source, as written."""
    match = _TITLE.search(FRONT_MATTER.sub("", source))
    return match.group(1) if match else None


@functools.cache
def page_title(path: Path, language: str = "en") -> str:
    """The plain title of the page at ``path`` (a .md or .ipynb, given without suffix), in
    ``language`` as the page's catalogue translates it; the page's name in words if it has no
    title or does not exist."""
    source = page_file(path.parent, path.name)
    heading = title(read_chapter(source).source) if source.is_file() else None
    code = find_language(language).code
    if heading and code != "en" and path.is_relative_to(ROOT):
        catalogue = Catalogue.read(ROOT / "locales" / code / "LC_MESSAGES" / f"{path.relative_to(ROOT).as_posix()}.po")
        heading = catalogue.translate(heading) or heading
    return plain_roles(heading) if heading else path.name.replace("-", " ")


def plain_roles(text: str, page_dir: Path | None = None, quote_titles: bool = False, language: str = "en") -> str:
    """``text`` without citations, and each role replaced by words: ``{term}`a <b>``` by ``a``,
    a bare ``{doc}`target``` by the target page's title in ``language`` (relative to ``page_dir``;
    in the language's quotation marks if ``quote_titles``), ``{ref}`ex-break-even``` by
    ``break even``. Line breaks are kept."""

    def words(match: re.Match) -> str:
        body = match["body"]
        labelled = _LABELLED.fullmatch(body)
        if labelled and labelled[1].strip():
            return labelled[1].strip()
        target = (labelled[2] if labelled else body).strip()
        if match["role"] == "doc" and page_dir is not None:
            name = page_title((page_dir / target).resolve(), language)
            if not quote_titles:
                return name
            # Translators: a page's title in your language's quotation marks («…», “…”).
            return pgettext("page title in quotes", "“{title}”", language).format(title=name)
        if match["role"] == "ref":
            return target.removeprefix("ex-").replace("-", " ")
        return target

    return ROLE.sub(words, CITATION.sub("", text))


def plain_inline(text: str, page_dir: Path | None = None) -> str:
    """MyST inline text as plain Markdown (see :func:`plain_roles`), links replaced by their text
    and white space collapsed."""
    return " ".join(_LINK.sub(r"\1", plain_roles(text, page_dir)).split())


# Directives as Jupyter shows them: raw. Each fence may carry ":option: value" lines.
_OPTIONS = r"(?P<options>(?:[ \t]*:[\w-]+:[^\n]*\n)*)"
_EXERCISE_START = re.compile(
    r"^(`{3,}|:{3,})\{exercise-start\}[ \t]*(?P<title>[^\n]*)\n" + _OPTIONS + r"\1[ \t]*$", re.M
)
_SOLUTION_START = re.compile(r"^(`{3,}|:{3,})\{solution-start\}[^\n]*\n" + _OPTIONS + r"\1[ \t]*$", re.M)
_DIRECTIVE_END = re.compile(r"^(`{3,}|:{3,})\{(?:exercise|solution)-end\}[ \t]*\n\1[ \t]*$", re.M)
# A task the book's page checks without a kernel (sse_course/exercises/html.py): Jupyter checks in code.
_EXERCISE_TASK = re.compile(r"^(`{3,}|:{3,})\{exercise-task\}[^\n]*\n\1[ \t]*$", re.M)
_ADMONITION = re.compile(
    r"^(:{3,})\{admonition\}[ \t]*(?P<title>[^\n]*)\n" + _OPTIONS + r"(?P<body>.*?)^\1[ \t]*$", re.M | re.S
)
_FIGURE = re.compile(
    r"^(`{3,}|:{3,})\{figure\}[ \t]*(?P<path>[^\n]+)\n" + _OPTIONS + r"(?P<caption>.*?)^\1[ \t]*$", re.M | re.S
)
_ALT = re.compile(r"^[ \t]*:alt:[ \t]*(?P<alt>[^\n]*)$", re.M)


def _figure(match: re.Match) -> str:
    alt = _ALT.search(match["options"])
    text = (alt["alt"] if alt else match["caption"]).strip().replace("[", "(").replace("]", ")")
    caption = match["caption"].strip()
    return f"![{text}]({match['path'].strip()})" + (f"\n\n*{caption}*" if caption else "")


def exercise_heading(title: str, language: str = "en") -> str:
    """An exercise fence as a Markdown heading, in ``language``: ``### Exercise: <title>``."""
    if not title:
        return "### " + pgettext("notebook heading", "Exercise", language)
    # Translators: the heading of an exercise in a notebook that Jupyter shows (the learner's).
    return "### " + pgettext("notebook heading", "Exercise: {title}", language).format(title=title)


def solution_heading(language: str = "en") -> str:
    """A solution fence as a bold line, in ``language``: ``**Solution**``."""
    return "**" + pgettext("notebook heading", "Solution", language) + "**"


def plain_markdown(source: str, page_dir: Path | None = None, language: str = "en") -> str:
    """A notebook's MyST Markdown as plain Markdown, for Jupyter front ends that show MyST raw
    (the learner versions, the in-browser notebooks): exercise fences become headings, solution
    fences a "Solution" heading (both in the notebook's ``language``), admonitions bold titles,
    figures images with their caption, and roles words (:func:`plain_roles`, with linked pages'
    titles in quotes); citations are left out (the book's page gives them)."""
    source = _EXERCISE_START.sub(lambda m: exercise_heading(m["title"].strip(), language), source)
    source = _SOLUTION_START.sub(solution_heading(language), source)
    source = _DIRECTIVE_END.sub("", source)
    source = _EXERCISE_TASK.sub("", source)
    source = _ADMONITION.sub(lambda m: f"**{m['title'].strip()}**\n\n{m['body'].strip()}", source)
    source = _FIGURE.sub(_figure, source)
    return plain_roles(source, page_dir, quote_titles=True, language=language).strip()
