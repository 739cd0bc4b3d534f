"""The words inside the book's SVG figures, in each language: the ``figures`` catalogue.

``locales/<code>/LC_MESSAGES/figures.po`` has one entry per thing a figure says, with the
figure's name (``sse-umbrella``) as its context:

- a figure drawn by hand (``book/figures/*.svg`` and ``notebooks/figures/*.svg`` that no
  module of :mod:`sse_course.figures` writes): its ``<title>``, its ``<desc>`` and each of its
  labels. A label is a run of ``<text>`` lines one under the other (same x, same look, one line
  step apart); its entry is the lines joined by line breaks, and a translation keeps as many
  lines, each put where the English line was. So the English SVG stays the one drawing, and
  nothing in it is copied;
- a generated figure: every phrase its module asks :class:`~sse_course.figures._text.Words` for
  when it draws the English (``make translations`` runs it), with ``{placeholders}`` for the
  numbers, which the module writes in the language's way. The module draws the translation
  itself (the timeline wraps its lines).

An edition's source gets every figure in its language (:func:`write_translated_figures`, called
by ``editions.prepare_source``); the English book's figures are never touched. A translated line
must fit where the English one was drawn: :func:`layout_problems` measures every line in
DejaVu Sans and finds its box (the smallest rectangle or circle around it, or the whole
drawing); a label a little too long is drawn a little smaller (:func:`shrink_to_fit`, as the
English draws its narrowest label at 11 px), and the translators' checker
(``sse_course/i18n/check.py``) reports a line too long, or a label with more or fewer lines
than the English.

An edition's handouts show the same translated figures (:func:`figure_in`), and so do the
translated notebooks, on Binder, a JupyterHub and the in-browser site: the notebooks' figures
drawn in each language are in the repository (``notebooks/figures/<tag>/``), generated with the
translated notebooks (sse_course/devtools/translated_notebooks.py) and checked up to date with
them.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from sse_course.book.toc import ROOT
from sse_course.figures import modules
from sse_course.figures._text import Translate, Words, line_width

DOMAIN = "figures"
#: Where the SVG figures are: the book's pages', and the notebooks' (the case studies).
FIGURE_FOLDERS = (Path("book") / "figures", Path("notebooks") / "figures")
SVG = "http://www.w3.org/2000/svg"
#: A line keeps this many px from the edge of its box.
MARGIN = 2.0
#: Lines further apart than this many times their font size are two labels.
LINE_STEP = 1.6
#: The part of the font size above the baseline that letters fill (capitals: about 0.72).
ASCENT = 0.72
#: A translated line a little too long for its box is drawn smaller, down to this share of its
#: English size (12 px: 10.2 px; the figures' smallest English words are 11 px); a longer one
#: is a problem to fix in the catalogue.
SMALLEST = 0.85


def _svg_text(root: ET.Element) -> str:
    """``root`` written as SVG, the SVG namespace the default one (no ``ns0:`` prefixes).
    ElementTree's prefixes are global, and another writer (the SCORM manifest) may have taken
    the default prefix for its own namespace since: so it is claimed again each time."""
    ET.register_namespace("", SVG)
    return ET.tostring(root, encoding="unicode") + "\n"


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def generated_figures() -> dict[str, ModuleType]:
    """Figure name (``ilc-timeline``) -> the module that draws it."""
    return {Path(module.OUTPUT).stem: module for module in modules()}


def hand_drawn_figures(root: Path = ROOT) -> list[Path]:
    """The SVGs of the figure folders that no module draws (each name is used once)."""
    generated = generated_figures()
    return [
        path
        for folder in FIGURE_FOLDERS
        for path in sorted((root / folder).glob("*.svg"))
        if path.stem not in generated
    ]


def figure_paths(root: Path = ROOT) -> dict[str, Path]:
    """Figure name -> its SVG in the repository (relative to ``root``), every figure."""
    found = {path.stem: path.relative_to(root) for path in hand_drawn_figures(root)}
    found.update({name: Path(module.OUTPUT) for name, module in generated_figures().items()})
    return found


# --- How a line of text is drawn: its size, weight and anchor, from the SVG's style sheet ---

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _declarations(text: str) -> dict[str, str]:
    pairs = (part.split(":", 1) for part in text.split(";") if ":" in part)
    return {name.strip(): value.strip() for name, value in pairs}


def _style_rules(root: ET.Element) -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) of the drawing's ``<style>``: ``text`` and ``.class`` rules."""
    sheet = "".join(el.text or "" for el in root.iter() if _tag(el) == "style")
    rules = []
    for selectors, body in _RULE.findall(sheet):
        for selector in selectors.split(","):
            rules.append((selector.strip(), _declarations(body)))
    return rules


def _text_style(element: ET.Element, rules: list[tuple[str, dict[str, str]]]) -> dict[str, str]:
    classes = set(element.get("class", "").split())
    found: dict[str, str] = {}
    for selector, declarations in rules:  # "text" rules, then the classes', in the sheet's order
        if selector == "text":
            found.update(declarations)
    for selector, declarations in rules:
        if selector.startswith(".") and " " not in selector and selector[1:] in classes:
            found.update(declarations)
    if element.get("text-anchor"):
        found["text-anchor"] = element.get("text-anchor", "")
    found.update(_declarations(element.get("style", "")))
    return found


@dataclass(frozen=True)
class Line:
    """One ``<text>`` element as drawn."""

    element: ET.Element
    x: float
    y: float
    size: float
    bold: bool
    anchor: str  # start, middle or end
    rotated: bool  # drawn up or down the page (an axis's name)

    @property
    def text(self) -> str:
        return "".join(self.element.itertext())

    @property
    def width(self) -> float:
        return line_width(self.text, self.size, self.bold)

    @property
    def look(self) -> tuple[str, str, str, float]:
        return (self.element.get("class", ""), self.element.get("style", ""), self.anchor, self.x)


def lines(root: ET.Element) -> list[Line]:
    """Every line of text the drawing shows, in the document's order."""
    rules = _style_rules(root)
    found = []
    for element in root.iter(f"{{{SVG}}}text"):
        style = _text_style(element, rules)
        size = float(style.get("font-size", "16px").removesuffix("px"))
        found.append(
            Line(
                element,
                float(element.get("x", "0")),
                float(element.get("y", "0")),
                size,
                style.get("font-weight", "normal") in ("bold", "bolder", "600", "700", "800", "900"),
                style.get("text-anchor", "start"),
                "rotate(" in element.get("transform", ""),
            )
        )
    return found


@dataclass(frozen=True)
class Label:
    """What one catalogue entry translates: a title, a description, or lines of a label."""

    kind: str  # title, desc or label
    elements: tuple[ET.Element, ...]
    lines: tuple[Line, ...] = ()

    @property
    def english(self) -> str:
        return "\n".join("".join(el.itertext()) for el in self.elements)


def labels(root: ET.Element) -> list[Label]:
    """The drawing's title and description, then its labels (runs of lines one under the other:
    same x and look, one line step apart)."""
    found = [Label(_tag(el), (el,)) for el in root if _tag(el) in ("title", "desc") and (el.text or "").strip()]
    runs: list[list[Line]] = []
    for line in lines(root):
        run = runs[-1] if runs else None
        if run and not line.rotated and run[-1].look == line.look and not run[-1].rotated:
            step = line.y - run[-1].y
            first_step = run[1].y - run[0].y if len(run) > 1 else step
            if 0 < step <= LINE_STEP * line.size and math.isclose(step, first_step):
                run.append(line)
                continue
        runs.append([line])
    found += [Label("label", tuple(line.element for line in run), tuple(run)) for run in runs]
    return found


# --- Where a line may go: the smallest box around it ---


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float
    circle: tuple[float, float, float] | None = None  # cx, cy, r

    @property
    def area(self) -> float:
        return (self.right - self.left) * (self.bottom - self.top)

    def holds(self, x: float, y: float) -> bool:
        if self.circle:
            cx, cy, r = self.circle
            return math.hypot(x - cx, y - cy) <= r
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def span(self, line: Line) -> tuple[float, float]:
        """From where to where the line may run across, at its height."""
        if not self.circle:
            return self.left + MARGIN, self.right - MARGIN
        cx, cy, r = self.circle
        far = max(abs(line.y - cy), abs(line.y - ASCENT * line.size - cy))
        half = math.sqrt(max(r * r - far * far, 0))
        return cx - half + MARGIN, cx + half - MARGIN


def _number(element: ET.Element, name: str) -> float:
    return float(element.get(name, "0"))


def boxes(root: ET.Element) -> list[Box]:
    """Every rectangle and circle of the drawing, and the drawing itself (its viewBox)."""
    found = []
    for element in root.iter():
        if _tag(element) == "rect":
            x, y = _number(element, "x"), _number(element, "y")
            found.append(Box(x, y, x + _number(element, "width"), y + _number(element, "height")))
        elif _tag(element) == "circle":
            cx, cy, r = (_number(element, name) for name in ("cx", "cy", "r"))
            found.append(Box(cx - r, cy - r, cx + r, cy + r, (cx, cy, r)))
    left, top, width, height = (float(n) for n in root.get("viewBox", "0 0 0 0").split())
    found.append(Box(left, top, left + width, top + height))
    return found


def extent(line: Line) -> tuple[float, float]:
    """From where to where the line runs (across, or up and down the page for a rotated line)."""
    at = line.y if line.rotated else line.x
    if line.anchor == "middle":
        return at - line.width / 2, at + line.width / 2
    return (at - line.width, at) if line.anchor == "end" else (at, at + line.width)


def space(line: Line, root: ET.Element, all_boxes: list[Box] | None = None) -> tuple[float, float]:
    """Where ``line`` may run: across its box (the smallest one around the middle of its
    letters), or up and down the drawing for a rotated line."""
    all_boxes = all_boxes if all_boxes is not None else boxes(root)
    drawing = all_boxes[-1]
    if line.rotated:
        return drawing.top + MARGIN, drawing.bottom - MARGIN
    middle = line.y - ASCENT * line.size / 2
    holding = [box for box in all_boxes if box.holds(line.x, middle)] or [drawing]
    return min(holding, key=lambda box: box.area).span(line)


@dataclass(frozen=True)
class Overflow:
    text: str
    width: float  # px
    room: float  # px the line has from its anchor

    def __str__(self) -> str:
        return f"the line “{self.text}” is {self.width:.0f} px long, and has room for {self.room:.0f} px: shorten it"


def _room(line: Line, low: float, high: float) -> float:
    """How long ``line`` may be, from where it is anchored, between ``low`` and ``high``."""
    at = line.y if line.rotated else line.x
    return max({"start": high - at, "end": at - low, "middle": 2 * min(at - low, high - at)}[line.anchor], 0)


def _overflows(root: ET.Element) -> Iterator[tuple[Line, float]]:
    """Each line of the drawing that runs out of its box, with the room it has."""
    all_boxes = boxes(root)
    for line in lines(root):
        start, end = extent(line)
        low, high = space(line, root, all_boxes)
        if start < low - 0.01 or end > high + 0.01:
            yield line, _room(line, low, high)


def layout_problems(svg: str) -> list[Overflow]:
    """Every line of the drawing that runs out of its box."""
    return [Overflow(line.text, line.width, room) for line, room in _overflows(ET.fromstring(svg))]


def shrink_to_fit(svg: str) -> str:
    """``svg`` with each label a little too long for its box drawn smaller to fit, all its lines
    alike (not below :data:`SMALLEST` of their size): for a translation, whose words are often
    longer."""
    root = ET.fromstring(svg)
    scales = {id(line.element): room / line.width for line, room in _overflows(root)}
    changed = False
    for label in labels(root):
        scale = min((scales[id(el)] for el in label.elements if id(el) in scales), default=1.0)
        if not SMALLEST <= scale < 1:
            continue
        changed = True
        for line in label.lines:
            size = math.floor(line.size * scale * 10) / 10
            style = line.element.get("style", "")
            line.element.set("style", f"{style};font-size:{size:g}px" if style else f"font-size:{size:g}px")
    return _svg_text(root) if changed else svg


# --- The catalogue ---


def _room_note(label: Label, root: ET.Element) -> str:
    """How many characters each line of a label has room for, about (from its English)."""
    all_boxes = boxes(root)
    counts = []
    for line in label.lines:
        room = _room(line, *space(line, root, all_boxes))
        per_char = line.width / max(len(line.text), 1)
        counts.append(str(int(room // per_char)))
    n = len(label.lines)
    lines_said = "1 line" if n == 1 else f"{n} lines: keep {n} lines, with a line break between two"
    return f"{lines_said}. Room for about {', '.join(counts)} characters."


def messages(root_dir: Path = ROOT) -> Iterator[tuple[str, str, list[str]]]:
    """(figure's name, English, notes for the translator) for every entry of the catalogue."""
    for path in hand_drawn_figures(root_dir):
        root = ET.fromstring(path.read_text(encoding="utf-8"))
        where = path.relative_to(root_dir).as_posix()
        for label in labels(root):
            if not any(char.isalpha() for char in label.english):
                continue  # "+", "=": nothing to translate
            if label.kind == "title":
                note = "The figure's title: screen readers say it."
            elif label.kind == "desc":
                note = "The figure's description: what a screen reader says the drawing shows."
            else:
                note = _room_note(label, root)
            yield path.stem, label.english, [where, note]
    for name, module in generated_figures().items():
        words = Words(name)
        module.svg(words)
        where = f"sse_course/figures/{module.__name__.rsplit('.', 1)[-1]}.py"
        for english in words.recorded:
            names = list(dict.fromkeys(re.findall(r"\{(\w+)\}", english)))
            notes = [where, "The program draws it and wraps or places it; a test checks that it fits."]
            if names:
                notes.append(
                    "Keep " + ", ".join(f"{{{n}}}" for n in names) + " as written: the program fills in each one."
                )
            yield name, english, notes


def template(root_dir: Path = ROOT) -> Catalog:
    """The ``figures`` catalogue's template, from the English figures."""
    catalog = Catalog(project="sse-hbw-course", charset="utf-8")
    for figure, english, notes in messages(root_dir):
        if catalog.get(english, context=figure) is None:
            catalog.add(english, context=figure, auto_comments=notes)
    return catalog


def catalogue_path(code: str, root_dir: Path = ROOT) -> Path:
    return root_dir / "locales" / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def translations(catalog: Catalog) -> Translate:
    """A lookup of the catalogue's translations (none for an entry not translated, or fuzzy)."""
    table = {
        (message.context, message.id): str(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }
    return lambda figure, english: table.get((figure, english))


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


# --- A figure in another language ---


def translate_drawing(svg: str, figure: str, translate: Translate) -> tuple[str, list[str]]:
    """A hand-drawn figure with its words translated, and what could not be (a translation
    with more or fewer lines than its English)."""
    root = ET.fromstring(svg)
    problems = []
    for label in labels(root):
        said = translate(figure, label.english)
        if said is None:
            continue
        new_lines = said.split("\n")
        if len(new_lines) != len(label.elements):
            problems.append(
                f"“{said}” has {len(new_lines)} line(s), its English {len(label.elements)}: "
                "keep as many lines (a line break between two)"
            )
            continue
        for element, text in zip(label.elements, new_lines, strict=True):
            for child in list(element):  # a <tspan>: the line is the translation alone
                element.remove(child)
            element.text = text
    return _svg_text(root), problems


@dataclass(frozen=True)
class TranslatedFigure:
    name: str
    path: Path  # where the English one is, relative to the repository's root
    svg: str
    problems: list[str]  # what would not draw well: lines too long, labels with another number of lines


def translated_figures(code: str, catalog: Catalog, root_dir: Path = ROOT) -> list[TranslatedFigure]:
    """Every figure of the book in the language ``code``, with the catalogue's words."""
    translate = translations(catalog)
    figures = []
    for path in hand_drawn_figures(root_dir):
        svg, problems = translate_drawing(path.read_text(encoding="utf-8"), path.stem, translate)
        svg = shrink_to_fit(svg)
        where = path.relative_to(root_dir)
        figures.append(TranslatedFigure(path.stem, where, svg, problems + [str(p) for p in layout_problems(svg)]))
    for name, module in generated_figures().items():
        svg = shrink_to_fit(module.svg(Words(name, code, translate)))
        figures.append(TranslatedFigure(name, Path(module.OUTPUT), svg, [str(p) for p in layout_problems(svg)]))
    return figures


@cache
def _drawn_in(code: str) -> dict[Path, str]:
    po = catalogue_path(code)
    if not po.is_file():
        return {}
    return {figure.path: figure.svg for figure in translated_figures(code, read_catalogue(po))}


def figure_in(code: str, path: Path) -> str | None:
    """The figure at ``path`` (relative to the repository's root) drawn in the language
    ``code``, or None if it is not one of the figures (or ``code`` is English)."""
    return None if code == "en" else _drawn_in(code).get(path)


def write_translated_figures(source: Path, code: str, root_dir: Path = ROOT) -> list[Path]:
    """Put every figure in the language ``code`` into an edition's ``source`` (in place of the
    English ones, in ``book/figures/`` and ``notebooks/figures/``), from ``locales/<code>/LC_MESSAGES/figures.po``; an error naming each
    line that would not fit."""
    po = catalogue_path(code, root_dir)
    if not po.is_file():
        raise SystemExit(f"{po.relative_to(root_dir)} is missing: run `make translations`")
    figures = translated_figures(code, read_catalogue(po), root_dir)
    problems = [f"{figure.name}: {problem}" for figure in figures for problem in figure.problems]
    if problems:
        where = po.relative_to(root_dir)
        raise SystemExit(f"{where}: the figures would not draw well:\n" + "\n".join(problems))
    written = []
    for figure in figures:
        target = source / figure.path
        target.write_text(figure.svg, encoding="utf-8")
        written.append(target)
    return written


def catalogue_problems(catalog: Catalog, code: str, root_dir: Path = ROOT) -> list[tuple[int, str, str]]:
    """(line in the PO, figure, what is wrong) for each translation of the figures' catalogue
    that would not draw well in its figure, and, in a released language, each entry not
    translated (or fuzzy): its figure would show the English."""
    found = []
    if _is_released(code):
        for message in catalog:
            if message.id and (message.fuzzy or not message.string):
                what = "fuzzy (its English changed)" if message.fuzzy else "not translated"
                found.append((message.lineno or 0, message.context or "", f"{what}: the figure would show the English"))
    for figure in translated_figures(code, catalog, root_dir):
        for problem in figure.problems:
            entry = next(
                (
                    m
                    for m in catalog
                    if m.context == figure.name
                    and m.string
                    and any(part in problem for part in str(m.string).split("\n"))
                ),
                None,
            )
            found.append(((entry.lineno or 0) if entry else 0, figure.name, problem))
    return found


def _is_released(code: str) -> bool:
    from sse_course.i18n.languages import languages

    return any(lang.code == code and lang.status == "released" for lang in languages())
