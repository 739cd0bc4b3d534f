"""How long each part of the course takes, estimated from the pages themselves, so that the welcome
page's table never goes out of date (the ``part-durations`` directive in sphinx_ext.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from sse_course.book.chapters import read_chapter
from sse_course.book.toc import page_file, toc_parts
from sse_course.i18n.interface import translated
from sse_course.quiz.bank import load_bank

# Readers whose first language is not English read about 100 words a minute (half the usual speed).
WORDS_PER_MINUTE = 100
MINUTES_PER_QUIZ_QUESTION = 1
# Trying an interactive model live, or doing one numbered exercise.
MINUTES_PER_MODEL = 10
MINUTES_PER_EXERCISE = 8
# Parts that are not study time: reference pages, the trainers' section, the learner's progress.
NOT_STUDIED = {"Back matter", "For trainers", "Your progress"}


@dataclass(frozen=True)
class PartDuration:
    caption: str
    pages: tuple[str, ...]
    minutes: int


def page_minutes(path: Path) -> float:
    chapter = read_chapter(path)
    minutes = len(chapter.prose().split()) / WORDS_PER_MINUTE
    minutes += MINUTES_PER_QUIZ_QUESTION * sum(len(load_bank(b).questions) for b in chapter.quizzes())
    minutes += MINUTES_PER_EXERCISE * len(re.findall(r"\{exercise-start\}", chapter.source))
    if path.suffix == ".ipynb":
        code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        minutes += MINUTES_PER_MODEL * len(re.findall(r"\w+_explorer\(", code))
    return minutes


def part_durations(root: Path) -> list[PartDuration]:
    """Each part of _toc.yml with its pages and its estimated time, rounded up to 5 minutes."""
    durations = []
    for part in toc_parts(root):
        total = sum(page_minutes(page_file(root, p)) for p in part.pages)
        durations.append(PartDuration(part.caption, part.pages, 5 * -(-int(total + 0.999) // 5)))
    return durations


# The table's words, in English (an edition's: in its language, contexts durations:<key>).
WORDS = {
    "title": "About how long each part takes",
    "part": "Part",
    "pages": "Pages",
    "time": "Time",
    "about": "about {time}",
    "one_hour": "1 hour",
    "hours": "{hours} hours",
    "minutes": "{minutes} minutes",
    "hours_and_minutes": "{hours} {minutes}",
}


def duration_words(language: str | None = None) -> dict[str, str]:
    """The table's words in ``language`` (default: the language the course speaks now)."""
    return translated("durations", WORDS, language)


def minutes_words(minutes: int, language: str | None = None) -> str:
    """``about 1 hour 25 minutes``"""
    words = duration_words(language)
    hours, rest = divmod(minutes, 60)
    said_hours = (words["one_hour"] if hours == 1 else words["hours"].format(hours=hours)) if hours else ""
    said_minutes = words["minutes"].format(minutes=rest) if rest else ""
    if said_hours and said_minutes:
        time = words["hours_and_minutes"].format(hours=said_hours, minutes=said_minutes)
    else:
        time = said_hours or said_minutes
    return words["about"].format(time=time)
