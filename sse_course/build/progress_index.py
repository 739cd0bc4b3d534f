"""The index of every activity in the book, for the learner's My progress and certificate pages.

Made at build time from _toc.yml and the pages themselves: each part, its pages, the quiz banks
on each page (with their number of questions) and the exercises (an exercise page, id = its
notebook's stem). ``static/sse-progress-page.js`` compares it with what the device has stored
(``static/sse-progress.js``), so a page or quiz added to the book shows up without more work.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from sse_course.book.chapters import read_chapter
from sse_course.book.toc import page_file, toc_parts
from sse_course.exercises import catalogue
from sse_course.exercises.classification import ClassificationTask
from sse_course.i18n.languages import language as find_language
from sse_course.quiz.bank import load_bank

# The exercise pages: their notebooks live in exercises/ (README "Adding an exercise").
EXERCISES = "exercises/"
_HEADING = re.compile(r"^#\s+(.+?)\s*$", re.M)
_ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^>]*>)?`")


@dataclass(frozen=True)
class Activity:
    kind: str  # "quiz" or "exercise"
    id: str
    title: str
    total: int | None = None  # a quiz's questions; an exercise's count when all is checked


@dataclass(frozen=True)
class IndexedPage:
    docname: str
    title: str
    activities: tuple[Activity, ...]


def page_title(source: str, docname: str) -> str:
    """The page's first heading as plain text (roles reduced to their text)."""
    heading = _HEADING.search(source)
    if not heading:
        return docname.rsplit("/", 1)[-1].replace("-", " ").capitalize()
    return re.sub(r"[*_`]", "", _ROLE.sub(r"\1", heading.group(1)))


def exercise_total(exercise: str) -> int | None:
    """What the exercise's page script counts when every task is checked (static/sse-exercise.js:
    a classification task counts its items, any other task counts one); None for an exercise the
    catalogue does not know (then any record of it counts as done)."""
    try:
        tasks = catalogue.tasks(exercise)
    except catalogue.UnknownTaskError:
        return None
    return sum(len(task.items) if isinstance(task, ClassificationTask) else 1 for _, task in tasks)


def activity_index(root: Path, language: str = "en") -> list[tuple[str, list[IndexedPage]]]:
    """Each part of the book with its pages that hold a quiz or are an exercise (parts with none
    are left out: there is nothing in them to do), with titles in ``language``."""
    parts = []
    for part in toc_parts(root):
        pages = []
        for docname in part.pages:
            chapter = read_chapter(page_file(root, docname))
            activities: list[Activity] = []
            if docname.startswith(EXERCISES):
                stem = docname.rsplit("/", 1)[-1]
                title = translated_title(page_title(chapter.source, docname), docname, language)
                activities.append(Activity("exercise", stem, title, exercise_total(stem)))
            for bank_id in dict.fromkeys(chapter.quizzes()):
                bank = load_bank(bank_id, language)
                activities.append(Activity("quiz", bank.id, bank.title, len(bank.questions)))
            if activities:
                title = page_title(chapter.source, docname)
                pages.append(IndexedPage(docname, translated_title(title, docname, language), tuple(activities)))
        if pages:
            parts.append((part.caption, pages))
    return parts


def translated_title(title: str, docname: str, language: str) -> str:
    """A Markdown page's title in ``language``, from the page's catalogue (a translated notebook
    has its title in its own text already)."""
    if language == "en":
        return title
    from sse_course.i18n.markdown import BOOK_LOCALES, Catalogue

    code = find_language(language).code
    return Catalogue.read(BOOK_LOCALES / code / "LC_MESSAGES" / f"{docname}.po").translate(title) or title


def index_json(root: Path, from_docname: str, language: str = "en") -> dict:
    """The index as the page script reads it, with links relative to the page ``from_docname``."""
    here = posixpath.dirname(from_docname)
    return {
        "root": posixpath.relpath(".", here) + "/" if here else "",
        "parts": [
            {
                "title": caption,
                "pages": [
                    {
                        "title": page.title,
                        "url": posixpath.relpath(page.docname + ".html", here or "."),
                        "activities": [
                            {"kind": a.kind, "id": a.id, "title": a.title}
                            | ({"total": a.total} if a.total is not None else {})
                            for a in page.activities
                        ],
                    }
                    for page in pages
                ],
            }
            for caption, pages in activity_index(root, language)
        ],
    }
