"""The figures in every edition speak its language (sse_course/i18n/figures.py): every word
drawn comes from the figures' catalogue, every line fits its box, the drawing and its numbers
are the English ones, and the SVG stays one the light build can minify."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import write_po

from sse_course.book.toc import ROOT
from sse_course.i18n import figures
from sse_course.i18n.check import _numbers, check_files
from sse_course.i18n.languages import languages
from sse_course.light.images import minify_svg

pytestmark = pytest.mark.editions  # `make check-editions`; `make check` leaves these out

TRANSLATED = [lang for lang in languages() if not lang.is_source]
PATHS = figures.figure_paths()
NAMES = sorted(PATHS)
TEXT_TAGS = {"text", "title", "desc", "style"}
#: Generated figures that wrap their lines, so that a translation may take more of them.
WRAPPED = {"ilc-timeline"}


def english_svg(name: str) -> str:
    return (ROOT / PATHS[name]).read_text(encoding="utf-8")


def said(svg: str) -> list[str]:
    """What the drawing says: its title, its description and each line, in order."""
    root = ET.fromstring(svg)
    return [" ".join("".join(el.itertext()).split()) for el in root.iter() if figures._tag(el) in TEXT_TAGS - {"style"}]


def drawing(svg: str) -> list[tuple[str, dict[str, str]]]:
    """Everything but the words: each shape with its attributes, each text with its place."""
    shapes = []
    for el in ET.fromstring(svg).iter():
        tag = figures._tag(el)
        if tag in TEXT_TAGS - {"text"}:
            continue
        attributes = {k: v for k, v in el.attrib.items() if not (tag == "text" and k == "style")}
        shapes.append((tag, attributes))
    return shapes


@pytest.fixture(scope="module")
def editions() -> dict[str, dict[str, figures.TranslatedFigure]]:
    """Every figure in every language, as the editions' sources get them."""
    return {
        lang.code: {
            figure.name: figure
            for figure in figures.translated_figures(
                lang.code, figures.read_catalogue(figures.catalogue_path(lang.code))
            )
        }
        for lang in TRANSLATED
    }


def test_every_figure_is_in_the_catalogue():
    everywhere = [path for folder in figures.FIGURE_FOLDERS for path in (ROOT / folder).glob("*.svg")]
    assert sorted(ROOT / path for path in PATHS.values()) == sorted(everywhere)  # and no name twice
    assert len(figures.generated_figures()) == 2 and len(figures.hand_drawn_figures()) == 8


@pytest.mark.parametrize("name", NAMES)
def test_every_english_line_fits_its_box(name):
    """The measure the translations are held to: the English figures, as drawn, pass it."""
    assert figures.layout_problems(english_svg(name)) == []


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_each_languages_catalogue_has_every_figures_words(lang):
    """A figure redrawn without `make translations` would keep English words: the catalogue
    has an entry for each thing every figure says, and no entry for what none says any more."""
    wanted = {(m.context, m.id) for m in figures.template() if m.id}
    have = {(m.context, m.id) for m in figures.read_catalogue(figures.catalogue_path(lang.code)) if m.id}
    assert wanted == have, "run `make translations`"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_a_translated_figure_says_no_english_where_the_catalogue_translates_it(editions, lang, name):
    figure = editions[lang.code][name]
    catalog = figures.read_catalogue(figures.catalogue_path(lang.code))
    # A line may be the same in both languages only where the translator kept it (a name, a date).
    kept = {
        line.strip()
        for m in catalog
        if m.context == name and m.string
        for line in str(m.string).split("\n")
        if line in str(m.id).split("\n")
    }
    english = set(said(english_svg(name)))
    left = [text for text in said(figure.svg) if text in english and text not in kept and re.search(r"[^\W\d_]", text)]
    assert left == [], f"{lang.code} {name} still says in English: {left}"
    assert figure.problems == []


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_a_translated_figure_has_the_english_drawing_and_numbers(editions, lang, name):
    """Only words change: every shape and every text's place is the English one, and the figure
    states the same numbers (written the language's way: 7,9 % is 7.9)."""
    english, translated = english_svg(name), editions[lang.code][name].svg
    if name in WRAPPED:  # its lines are wrapped anew: the same shapes, one under the other
        assert [tag for tag, _ in drawing(translated) if tag != "text"] == [
            tag for tag, _ in drawing(english) if tag != "text"
        ]
    else:
        assert drawing(translated) == drawing(english)
    english_numbers = Counter(n for text in said(english) for n in _numbers(text, "en", spaces=False))
    numbers = Counter(n for text in said(translated) for n in _numbers(text, lang.code, spaces=False))
    assert numbers == english_numbers


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_translated_figures_are_svg_the_light_build_can_minify(editions, lang):
    for figure in editions[lang.code].values():
        root = ET.fromstring(figure.svg)
        assert figures._tag(root) == "svg" and root.get("role") == "img"
        assert [figures._tag(el) for el in root][:2] == ["title", "desc"], "screen readers need them first"
        small = minify_svg(figure.svg)
        assert minify_svg(small) == small
        assert said(small) == said(figure.svg), f"{figure.name}: minifying changed its words"


def test_an_editions_source_gets_the_translated_figures_and_the_book_keeps_its_own(tmp_path):
    before = {path: (ROOT / path).read_bytes() for path in PATHS.values()}
    for folder in figures.FIGURE_FOLDERS:
        (tmp_path / folder).mkdir(parents=True)
    written = figures.write_translated_figures(tmp_path, "pt_BR")
    assert sorted(path.relative_to(tmp_path) for path in written) == sorted(before)
    umbrella = (tmp_path / "book" / "figures" / "sse-umbrella.svg").read_text(encoding="utf-8")
    assert ">Cooperativas<" in umbrella and ">Cooperatives<" not in umbrella
    timeline = (tmp_path / "book" / "figures" / "ilc-timeline.svg").read_text(encoding="utf-8")
    assert "10 de junho de 2022" in timeline
    price = (tmp_path / "notebooks" / "figures" / "wise-price.svg").read_text(encoding="utf-8")
    assert ">Materials<" not in price
    assert {path: (ROOT / path).read_bytes() for path in PATHS.values()} == before


def test_a_generated_figure_writes_numbers_the_languages_way(editions):
    assert "7,9\u00a0%" in editions["fr"]["hbw-2019-estimates"].svg  # CLDR: a no-break space before %
    assert "7,9%" in editions["pt_BR"]["hbw-2019-estimates"].svg
    assert "7.9%" in english_svg("hbw-2019-estimates")


def _catalogue_with(tmp_path: Path, code: str, changes: dict[tuple[str, str], str]) -> Path:
    catalog = figures.read_catalogue(figures.catalogue_path(code))
    for message in catalog:
        key = (str(message.context), str(message.id))
        if key in changes:
            message.string = changes[key]
    folder = tmp_path / code / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "figures.po").open("wb") as file:
        write_po(file, catalog)
    return folder / "figures.po"


def test_the_checker_names_a_label_too_long_or_with_other_lines_and_one_not_translated(tmp_path):
    po = _catalogue_with(
        tmp_path,
        "fr",
        {
            ("sse-umbrella", "Cooperatives"): "Coopératives de toutes les sortes et de tous les pays",
            ("tensions-map", "Business run\nonly for profit"): "Entreprise qui ne cherche que le profit",
            ("support-ecosystem-map", "Finance"): "",
            (
                "ilc-timeline",
                "10 June 2022",
            ): "10 juin 2022 (la Conférence internationale du Travail et ses commissions)",
        },
    )
    problems = [str(p) for p in check_files([po])]
    assert any("[sse-umbrella]" in p and "Coopératives de toutes" in p and "shorten it" in p for p in problems)
    assert any("[tensions-map]" in p and "1 line(s), its English 2" in p for p in problems)
    assert any("[support-ecosystem-map] not translated" in p for p in problems)  # French is released
    assert any("[ilc-timeline]" in p and "shorten it" in p for p in problems)
    assert len(problems) == 4, problems


def test_a_line_a_little_too_long_is_drawn_a_little_smaller():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><style>text{font-size:12px}</style>'
        '<rect x="0" y="0" width="100" height="40"/><text x="4" y="20">WORDS</text></svg>'
    )
    room = 100 - figures.MARGIN - 4
    one = figures.line_width("m", 12)
    a_little = "m" * (int(room / one) + 1)  # one letter more than fits
    assert room < figures.line_width(a_little, 12) < room / figures.SMALLEST
    smaller = figures.shrink_to_fit(svg.replace("WORDS", a_little))
    text = ET.fromstring(smaller).find(f"{{{figures.SVG}}}text")
    size = float(text.get("style", "").removeprefix("font-size:").removesuffix("px"))
    assert 12 * figures.SMALLEST <= size < 12
    assert figures.layout_problems(smaller) == []
    much_too_long = svg.replace("WORDS", "m" * 30)
    assert figures.shrink_to_fit(much_too_long) == much_too_long
    assert len(figures.layout_problems(much_too_long)) == 1


@pytest.mark.build
def test_each_built_edition_shows_its_figures(built_book: Path, editions):
    """What the reader gets: the edition's pages show the translated SVGs, minified."""
    for lang in TRANSLATED:
        images = built_book / lang.tag / "_images"
        for name, figure in editions[lang.code].items():
            built = (images / f"{name}.svg").read_text(encoding="utf-8")  # Sphinx keeps the file's name
            assert said(built) == said(figure.svg), f"{lang.tag}/_images/{name}.svg"
            assert "<!--" not in built and not re.search(r"\n[ \t]", built), f"{lang.tag}: {name} is not minified"


def test_a_printed_reading_shows_the_figure_in_its_language(editions):
    """The handouts print a page's figure inside its reading: in the handout's language too."""
    from sse_course.delivery.handouts.readings import plan_readings, reading_html

    reading = next(r for r in plan_readings() if r.page == "book/what-is-sse" and "umbrella" in r.title)
    printed = {}
    for code in ("es", "en"):
        image = re.search(r'data:image/svg\+xml;base64,([^"]+)', reading_html(reading, language=code))
        assert image, f"{code}: the reading has no figure"
        printed[code] = base64.b64decode(image[1])
    assert b">Cooperativas<" in printed["es"] and b">Cooperatives<" not in printed["es"]
    assert printed["en"] == (ROOT / PATHS["sse-umbrella"]).read_bytes()  # English: the file itself


def test_a_figure_is_drawn_the_same_after_the_scorm_manifest_took_the_default_namespace():
    """ElementTree's namespace prefixes are global: the SCORM manifest takes the default one for
    its own namespace, and the figures drawn after it in the same process came out with ``ns0:``
    on every element (found by the full suite: the committed figures read as out of date)."""
    from sse_course.delivery.scorm import manifest

    english = (ROOT / "notebooks" / "figures" / "wise-price.svg").read_text(encoding="utf-8")
    before, _ = figures.translate_drawing(english, "wise-price", lambda figure, words: None)
    manifest([], "A course")
    after, _ = figures.translate_drawing(english, "wise-price", lambda figure, words: None)
    assert after == before and "ns0:" not in after
