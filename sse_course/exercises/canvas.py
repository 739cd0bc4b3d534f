"""Planning canvases for a learner's own group: validated (required fields, sensible numbers),
not graded, and turned into a one-page summary to print or save."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

from sse_course.exercises.answers import AnswerError, as_choice, as_number, is_blank
from sse_course.formatting import localised, plain_number
from sse_course.i18n.languages import language
from sse_course.i18n.lazy import in_language
from sse_course.i18n.runtime import current_language
from sse_course.i18n.runtime import gettext as _
from sse_course.i18n.units import UNIT_WORDS, unit_words

Kind = Literal["text", "number", "whole", "choice"]  # "whole": a count, such as members
# A rule across fields: given the values read so far, a problem in words, or None.
Rule = Callable[[Mapping[str, Any]], "str | None"]
# Lines the summary works out from a complete canvas: (label, text) pairs.
Derived = Callable[[Mapping[str, Any]], "list[tuple[str, str]]"]

PRINT_CSS = (
    "body{font-family:sans-serif;max-width:40em;margin:1em auto;padding:0 1em;color:#000}"
    "th,td{text-align:left;vertical-align:top;padding:.3em .5em;border-bottom:1px solid #999}"
    "table{border-collapse:collapse;width:100%}@media print{a{color:#000}}"
)


# In every page CanvasResult.save writes, so that it replaces only its own pages.
SAVED_MARK = '<meta name="generator" content="SSE course planning canvas">'


def _start_of(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            return file.read(2000)
    except OSError:
        return ""


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: Kind = "text"
    required: bool = True
    minimum: float | None = None
    maximum: float | None = None
    choices: Sequence[str] = ()
    unit: str = ""
    money: bool = False  # an amount of money: "1,200" is a thousand two hundred (quiz/numbers.py)


@dataclass(repr=False)
class CanvasResult:
    """What the learner wrote, read and checked: problems to fix, or a summary to print."""

    canvas: Canvas
    values: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary_html(self) -> str:
        pairs = [(f.label, self._shown(f)) for f in self.canvas.fields] + self.derived()
        rows = "".join(f'<tr><th scope="row">{escape(label)}</th><td>{escape(text)}</td></tr>' for label, text in pairs)
        return (
            f"<h2>{escape(self.canvas.title)}</h2><table><tbody>{rows}</tbody></table>"
            "<p><small>"
            + escape(_("Made with the SSE course planning canvas. It is not graded: discuss it with your group."))
            + "</small></p>"
        )

    def derived(self) -> list[tuple[str, str]]:
        return self.canvas.derived(self.values) if self.canvas.derived and not self.problems else []

    def _shown(self, f: Field) -> str:
        value = self.values.get(f.key)
        if value is None:
            return _("(not filled in)")
        if f.kind in ("number", "whole"):
            text = localised(f"{value:,.0f}" if value == round(value) else f"{value:,.2f}")
            return f"{text} {unit_words(f.unit)}".strip()
        return str(value)

    def __repr__(self) -> str:  # what Jupyter shows as plain text, and print() too
        return str(self)

    def __str__(self) -> str:
        if self.problems:
            return _("Please fix these before you print:") + "\n" + "\n".join(f"- {p}" for p in self.problems)
        return "\n".join(
            [self.canvas.title]
            + [f"{f.label}: {self._shown(f)}" for f in self.canvas.fields]
            + [f"{label}: {text}" for label, text in self.derived()]
        )

    def _repr_html_(self) -> str:
        if self.problems:
            items = "".join(f"<li>{escape(p)}</li>" for p in self.problems)
            fix = escape("? " + _("Please fix these before you print:"))
            return f'<div class="sse-feedback" role="status"><p><b>{fix}</b></p><ul>{items}</ul></div>'
        complete = escape(_("✓ Your canvas is complete."))
        return f'<div class="sse-feedback" role="status"><p><b>{complete}</b></p>{self.summary_html()}</div>'

    def save(self, path: str | Path, overwrite: bool = False) -> Path:
        """Write the summary as a web page the learner can open, print or share (only when complete).

        The name must end in .html, and a file that is there already is replaced only if an
        earlier save made it, or with ``overwrite=True``: ``save("business-plan.ipynb")`` once
        replaced the exercise notebook itself."""
        if self.problems:
            raise ValueError(_("The canvas is not complete yet: {problems}").format(problems=" ".join(self.problems)))
        path = Path(path)
        if path.suffix.lower() not in (".html", ".htm"):
            raise ValueError(
                _(
                    "Save the canvas as a web page whose name ends in .html, for example {example} (you gave {name})."
                ).format(example=f"{path.stem or 'my-canvas'}.html", name=repr(path.name))
            )
        if path.is_dir() or (path.exists() and not overwrite and SAVED_MARK not in _start_of(path)):
            raise FileExistsError(
                _(
                    "{path} is already there and was not saved from a canvas: choose another "
                    "name, or pass overwrite=True to replace it."
                ).format(path=path)
            )
        tag = language(current_language()).tag
        path.write_text(
            f'<!DOCTYPE html><html lang="{tag}"><head><meta charset="utf-8">{SAVED_MARK}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(self.canvas.title)}</title><style>{PRINT_CSS}</style></head>"
            f"<body>{self.summary_html()}</body></html>",
            encoding="utf-8",
        )
        return path


class Canvas:
    def __init__(
        self, title: str, fields: Sequence[Field], rules: Sequence[Rule] = (), derived: Derived | None = None
    ) -> None:
        keys = [f.key for f in fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{title}: two fields have the same key")
        self.title, self.fields, self.rules, self.derived = title, tuple(fields), tuple(rules), derived

    def to_json(self) -> dict[str, Any]:
        """What the book's exercise page checks against (static/sse-exercise.js). The rules and
        the summary's worked-out lines go by their function's name: the page's script has the
        same rule under that name, and tests/exercise_answers.json holds cases both must agree on.
        In the language of the moment."""
        shown = in_language(self)
        return {
            "kind": "canvas",
            "title": shown.title,
            "fields": [
                {
                    "key": f.key,
                    "label": f.label,
                    "kind": f.kind,
                    "required": f.required,
                    "minimum": f.minimum,
                    "maximum": f.maximum,
                    "choices": list(f.choices),
                    "unit": f.unit,
                    "money": f.money,
                }
                for f in shown.fields
            ],
            "rules": [rule.__name__.strip("_") for rule in self.rules],
            "derived": self.derived.__name__.strip("_") if self.derived else None,
        }

    def blank(self) -> dict[str, Any]:
        return {f.key: ... for f in self.fields}

    def check(self, values: Any) -> CanvasResult:
        """The canvas read and checked, in the language of the moment (a choice may be written in
        English too: a notebook's code may keep it)."""
        shown = in_language(self)
        if not isinstance(values, Mapping):
            return CanvasResult(
                shown,
                {},
                [_("Your canvas should be a dictionary, as in the cell above: each field, a colon, then your answer.")],
            )
        problems = [
            _("There is no field called {field}. Keep the field names as they are.").format(field=repr(k))
            for k in values
            if k not in {f.key for f in self.fields}
        ]
        read: dict[str, Any] = {}
        for f, english in zip(shown.fields, self.fields, strict=True):
            value = values.get(f.key, ...)
            if is_blank(value):
                if f.required:
                    problems.append(_("Fill in “{label}”.").format(label=f.label))
                continue
            try:
                read[f.key] = self._read(f, value, english.choices)
            except AnswerError as problem:
                problems.append(_("“{label}”: {problem}").format(label=f.label, problem=problem))
        if not problems:
            problems += [p for rule in self.rules if (p := rule(read))]
        return CanvasResult(shown, read, problems)

    @staticmethod
    def _read(f: Field, value: Any, english: Sequence[str] = ()) -> Any:
        if f.kind == "choice":
            try:
                return as_choice(value, f.choices)
            except AnswerError:
                if len(english) != len(f.choices):
                    raise
                try:
                    return f.choices[list(english).index(as_choice(value, english))]
                except AnswerError:
                    pass
                raise
        if f.kind == "text":
            if not isinstance(value, str):
                raise AnswerError(_("write your answer as text, in quotes."))
            return value.strip()
        number = as_number(value, "money" if f.money else f.unit, dict(UNIT_WORDS))
        shown = plain_number(number)
        if f.kind == "whole" and number != int(number):
            raise AnswerError(
                _("{number} is not a whole number: write a count such as {example}.").format(
                    number=shown, example=plain_number(max(1, round(number)))
                )
            )
        if f.minimum is not None and number < f.minimum:
            raise AnswerError(
                _("{number} is too small: it should be at least {minimum}.").format(
                    number=shown, minimum=plain_number(f.minimum)
                )
            )
        if f.maximum is not None and number > f.maximum:
            raise AnswerError(
                _("{number} is too large: it should be at most {maximum}.").format(
                    number=shown, maximum=plain_number(f.maximum)
                )
            )
        return number
