"""Exercise sheets: each exercise on paper, for a group with no laptop, with the tasks the
notebook and the book page check (one source: sse_course/exercises/catalogue.py).

- ``exercise-<id>.pdf``: each task under its title, with the words the notebook gives it (the
  Markdown between the task's ``exercise-start`` and its ``exercise-task`` cell), then the task on
  paper: the choices and a line per item to write one on, a line with the unit for a number,
  labelled lines for a canvas;
- ``exercise-<id>-answer-key.pdf``: for the trainer, each item's answer with why, each number with
  what is accepted and how to get there, and what a canvas is checked for.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from sse_course.book import myst
from sse_course.book.chapters import read_chapter
from sse_course.book.toc import ROOT
from sse_course.exercises.catalogue import EXERCISES, task_json
from sse_course.i18n.markdown import translated_path
from sse_course.i18n.runtime import current_language
from sse_course.quiz.strings import interface_strings

from .html import _document, _markdown, handout_strings, inline_html
from .translation import edition_language

PREFIX = "exercise-"  # exercise-is-it-sse.pdf, exercise-is-it-sse-answer-key.pdf
_START = re.compile(r"^```\{exercise-start\}[ \t]*(?P<title>.*)$", re.M)
_TASK = re.compile(r"^```\{exercise-task\}[ \t]+(?P<exercise>[\w-]+)[ \t]+(?P<task>\w+)", re.M)
_PRINTED = re.compile(r"print\((?P<name>[A-Z][A-Z0-9_]*)\)")
_FENCE = re.compile(r"^```\{(?:exercise|solution)-(?:start|end)\}", re.M)


@dataclass(frozen=True)
class PaperTask:
    title: str  # the exercise-start title: "What share are women?"
    words: str  # the notebook's Markdown for the task
    data: dict[str, Any]  # catalogue.task_json


@dataclass(frozen=True)
class ExerciseSheet:
    exercise: str  # "home-based-workers"
    title: str
    notebook: Path
    tasks: tuple[PaperTask, ...]

    @property
    def name(self) -> str:
        return PREFIX + self.exercise


def exercise_sheets(root: Path = ROOT, language: str | None = None) -> list[ExerciseSheet]:
    """One sheet per exercise whose notebook is in ``root/exercises``, tasks in the notebook's
    order, in ``language``: the words of its translated notebook, titled with its heading (the
    tasks' own words are the package's, in the language it speaks)."""
    sheets = []
    lang = edition_language(language)
    for exercise, (_, title, _names) in EXERCISES.items():
        notebook = root / "exercises" / f"{exercise}.ipynb"
        if notebook.is_file():
            if lang is not None:
                notebook = translated_path(notebook, lang)
                title = myst.plain_inline(myst.title(read_chapter(notebook).source) or title)
            sheets.append(ExerciseSheet(exercise, title, notebook, tuple(_paper_tasks(exercise, notebook))))
    return sheets


def _paper_tasks(exercise: str, notebook: Path) -> list[PaperTask]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    tasks: list[PaperTask] = []
    title, words = "", []  # type: tuple[str, list[str]]
    module = importlib.import_module(f"sse_course.exercises.{EXERCISES[exercise][0]}")
    for cell in cells:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if "solution" in cell.get("metadata", {}).get("tags", []):
            continue
        if cell["cell_type"] == "code":
            # A task's situation is printed by the notebook from the exercise's module: print(STATEMENT).
            if title and (printed := _PRINTED.fullmatch(source.strip())):
                statement = getattr(module, printed["name"], None)
                if not isinstance(statement, str):
                    raise ValueError(f"{notebook}: {printed['name']} is not a text of {module.__name__}")
                words.append(statement.replace("\n", "  \n"))
            continue
        if start := _START.search(source):
            title, words = start["title"].strip(), []
        elif found := _TASK.search(source):
            if found["exercise"] != exercise:
                raise ValueError(f"{notebook}: the task {found['task']} is marked as exercise {found['exercise']!r}")
            tasks.append(PaperTask(title, "\n\n".join(words), task_json(exercise, found["task"])))
            words = []
        elif title and not _FENCE.search(source):
            words.append(source)
    named = [t.data["task"] for t in tasks]
    if sorted(named) != sorted(EXERCISES[exercise][2]):
        raise ValueError(f"{notebook} asks the tasks {named}, the catalogue has {list(EXERCISES[exercise][2])}")
    return tasks


def _number(value: float) -> str:
    """56.54, 375, 66,000: as a trainer reads a number aloud (two decimals at most)."""
    return f"{round(value, 2):,.2f}".rstrip("0").rstrip(".")


def _task_on_paper(task: PaperTask, page_dir: Path, quiz: dict[str, str], text: dict[str, str]) -> str:
    data = task.data
    html = f'<section class="task"><h2>{escape(task.title)}</h2>\n'
    html += _markdown().render(myst.plain_roles(task.words, page_dir))
    line = '<span class="line"></span>'
    if data["kind"] == "classification":
        choices = ", ".join(f"“{c}”" for c in data["choices"])
        html += f'<p class="hint">{escape(text["write_one_of"].format(choices=choices))}</p>\n<ol class="items">\n'
        for item in data["items"]:
            html += f'<li><p>{inline_html(item["text"])}</p><p class="write">{escape(quiz["your_answer"])}:{line}</p></li>\n'
        html += "</ol>\n"
    elif data["kind"] == "numeric":
        unit = f" {escape(data['unit'])}" if data["unit"] else ""
        html += f'<p class="write">{escape(quiz["your_answer"])}:{line}{unit}</p>\n'
    else:
        for field in data["fields"]:
            unit = f" ({escape(field['unit'])})" if field["unit"] else ""
            choose = (
                f" {escape(text['circle_one'])}: {escape(' / '.join(field['choices']))}" if field["choices"] else ""
            )
            html += f'<p class="write">{escape(field["label"])}{unit}:{choose}{line}</p>\n'
    return html + "</section>\n"


def _task_key(task: PaperTask, text: dict[str, str]) -> str:
    data = task.data
    html = f'<section class="task"><h2>{escape(task.title)}</h2>\n'
    if data["kind"] == "classification":
        html += '<ol class="items">\n'
        for item in data["items"]:
            answer = escape(text["answer"].format(answer=item["answer"]))
            html += f'<li><p>{inline_html(item["text"])}</p><p class="answer">{answer}</p><p class="why">{inline_html(item["why"])}</p></li>\n'
        html += "</ol>\n"
    elif data["kind"] == "numeric":
        unit = f" {data['unit']}" if data["unit"] else ""
        answer = text["answer"].format(answer=_number(data["expected"]) + unit)
        if data["tolerance"]:
            low, high = data["expected"] - data["tolerance"], data["expected"] + data["tolerance"]
            answer += f" ({text['accept'].format(low=_number(low), high=_number(high))})"
        html += f'<p class="answer">{escape(answer)}</p>\n<p>{inline_html(data["explanation"])}</p>\n'
        html += f'<p class="hint">{inline_html(data["hint"])}</p>\n'
    else:
        required = [f["label"] for f in data["fields"] if f["required"]]
        html += f"<p>{escape(text['canvas_key'])}</p>\n<ul>\n"
        html += "".join(f"<li>{escape(label)}</li>\n" for label in required) + "</ul>\n"
    return html + "</section>\n"


def exercise_sheet_html(sheet: ExerciseSheet, course: str = "", language: str | None = None) -> str:
    language = language or current_language()
    text, quiz = handout_strings(language), interface_strings(language)
    body = (
        f"<h1>{escape(sheet.title)}</h1>\n"
        f'<p class="fill">{escape(text["name"])} <span></span> {escape(text["date"])} <span></span></p>\n'
        f'<p class="note">{escape(text["exercise_note"])}</p>\n'
        + "".join(_task_on_paper(task, sheet.notebook.parent, quiz, text) for task in sheet.tasks)
    )
    return _document(sheet.title, course, body, language).replace("</style>", SHEET_CSS + "</style>", 1)


# Room to write by hand: wider lines, spaced out; a task's heading stays with its words.
SHEET_CSS = """
.task h2 { break-after: avoid; page-break-after: avoid; }
.task .write { margin: 9pt 0; }
.task .write .line { width: 75mm; }
.items li { break-inside: avoid; page-break-inside: avoid; }
"""


def exercise_key_html(sheet: ExerciseSheet, course: str = "", language: str | None = None) -> str:
    language = language or current_language()
    text = handout_strings(language)
    body = (
        f"<h1>{escape(text['key_heading'].format(title=sheet.title))}</h1>\n"
        f'<p class="note">{escape(text["key_note"])}</p>\n' + "".join(_task_key(task, text) for task in sheet.tasks)
    )
    return _document(sheet.title, course, body, language)
