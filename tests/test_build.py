"""The book builds with warnings as errors, and its build-time guarantees hold."""

from __future__ import annotations

import re
import shutil

import pytest
from fontTools.ttLib import TTFont

from sse_course.build.icons import FONT_DIR, icon_codes, icons_in_pages

from .conftest import ROOT, build_book, toc_pages

pytestmark = pytest.mark.build


def test_every_page_in_the_table_of_contents_is_built(built_book):
    for page in toc_pages():
        assert (built_book / f"{page}.html").is_file(), page


def test_pages_load_no_font_awesome_script_and_every_icon_has_a_glyph(built_book):
    pages = [p for p in built_book.rglob("*.html") if "_static" not in p.parts]
    assert not [p for p in pages if "fontawesome.js" in p.read_text(encoding="utf-8")]
    theme_css = (built_book / "_static/styles/pydata-sphinx-theme.css").read_text(encoding="utf-8")
    codes = icon_codes(theme_css)
    solid = TTFont(built_book / FONT_DIR / "fa-solid-900.woff2").getBestCmap()
    brands = TTFont(built_book / FONT_DIR / "fa-brands-400.woff2").getBestCmap()
    used = icons_in_pages(built_book)
    assert {"bars", "magnifying-glass"} <= used
    missing = [name for name in used if codes[name] not in solid and codes[name] not in brands]
    assert missing == [], f"icons shown blank: {missing}"
    assert (built_book / FONT_DIR / "fa-solid-900.woff2").stat().st_size < 20_000


def test_notebook_pages_embed_no_widget_state_or_widget_manager(built_book):
    for page in toc_pages():
        if (ROOT / f"{page}.ipynb").is_file():
            html = (built_book / f"{page}.html").read_text(encoding="utf-8")
            assert "application/vnd.jupyter.widget-view+json" not in html, page
            assert "widget-state+json" not in html and "require.js" not in html, page


def one_notebook_book(tmp_path, root: str):
    """A book of the course's configuration, not executing, whose one page is the notebook ``root``
    (the test writes it)."""
    book = tmp_path / "book"
    book.mkdir()
    config = (
        (ROOT / "_config.yml")
        .read_text(encoding="utf-8")
        .replace("execute_notebooks: cache", "execute_notebooks: 'off'")
    )
    (book / "_config.yml").write_text(config, encoding="utf-8")
    shutil.copy(ROOT / "references.bib", book / "references.bib")
    (book / "_toc.yml").write_text(f"format: jb-book\nroot: {root}\n")
    return book


def built_page(book, name: str, title: str, cell) -> str:
    """The HTML of the book's one page: the notebook ``name`` with a heading and ``cell``."""
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {title}"), cell])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, book / f"{name}.ipynb")
    result = build_book(book)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    return (book / "_build" / "html" / f"{name}.html").read_text(encoding="utf-8")


def test_a_page_shows_an_explorer_s_static_html_without_the_line_for_a_notebook_not_run(tmp_path):
    """An explorer's cell saves two outputs (sse_course/display.py): the line "Run this cell ... to
    start the explorer", for a notebook reopened before it runs, then the widget with its static
    HTML. A page of the book is never live: it shows the static HTML and not the line."""
    import nbformat

    from sse_course.apps.pad_enterprise import pad_enterprise_explorer
    from sse_course.display import FALLBACK_CLASS, not_live_bundle

    explorer = pad_enterprise_explorer()
    book = one_notebook_book(tmp_path, "explorer")
    bundle = explorer._repr_mimebundle_()
    cell = nbformat.v4.new_code_cell(
        "pad_enterprise_explorer()",
        outputs=[
            nbformat.v4.new_output("display_data", not_live_bundle(explorer.not_live, "sse-0123456789ab")),
            nbformat.v4.new_output("display_data", bundle),
        ],
    )
    page = built_page(book, "explorer", "An explorer", cell)
    assert explorer.html in page
    assert FALLBACK_CLASS not in page and "to start the explorer" not in page


def test_a_malformed_quiz_bank_fails_the_build_with_its_message(tmp_path):
    """A chapter that uses a broken bank must stop the build and say what to fix."""
    book = tmp_path / "book"
    book.mkdir()
    shutil.copy(ROOT / "_config.yml", book / "_config.yml")
    shutil.copy(ROOT / "references.bib", book / "references.bib")
    (book / "_toc.yml").write_text("format: jb-book\nroot: index\n")
    (book / "index.md").write_text("# A page\n\n```{quiz} broken.yml\n```\n")
    (book / "broken.yml").write_text(
        "title: Broken\nquestions:\n  - id: q1\n    type: single\n    prompt: Which?\n    options:\n"
        "      - {text: A, correct: true, feedback: Yes}\n      - {text: B, correct: false, feedback: ''}\n"
    )
    result = build_book(book)
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert result.returncode != 0
    assert "broken.yml: question 'q1': field 'options[1].feedback': must not be empty" in output


def test_a_notebook_with_a_missing_quiz_bank_names_it_in_the_build_output(tmp_path):
    """Not only in a log file in _build: the failing cell's traceback is printed (execute.show_tb)."""
    import nbformat

    book = tmp_path / "book"
    book.mkdir()
    shutil.copy(ROOT / "_config.yml", book / "_config.yml")
    shutil.copy(ROOT / "references.bib", book / "references.bib")
    (book / "_toc.yml").write_text("format: jb-book\nroot: index\n")
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# A page"),
            nbformat.v4.new_code_cell('from sse_course.quiz import Quiz\nQuiz("missing")'),
        ]
    )
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, book / "index.ipynb")
    result = build_book(book)
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert result.returncode != 0
    assert "missing.yml: no such quiz bank (known banks: " in output


def test_every_list_table_and_figure_is_rendered(built_book):
    # A backtick on a directive's opening line silently turns a table into a bulleted list.
    for page in toc_pages():
        source = ROOT / f"{page}.md"
        if not source.exists():
            continue
        text = source.read_text(encoding="utf-8")
        built = (built_book / f"{page}.html").read_text(encoding="utf-8")
        tables = len(re.findall(r"^(?:`{3,}|:{3,})\{list-table\}", text, re.M))
        figures = len(re.findall(r"^(?:`{3,}|:{3,})\{figure\}", text, re.M))
        assert built.count("<table") >= tables, f"{page}: a list-table did not become a table"
        assert built.count("<figure") >= figures, f"{page}: a figure did not render"


def test_a_notebook_quiz_shows_its_bank_as_it_is_now_not_as_saved(tmp_path):
    """The execution cache keeps a notebook's outputs while its code is unchanged, so a quiz cell's
    saved HTML can predate an edit of its bank: the book must show the bank as it is now."""
    import nbformat

    from sse_course.quiz.bank import load_bank

    book = one_notebook_book(tmp_path, "quiz")
    stale = '<section class="sse-quiz" id="sse-quiz-what-is-sse" data-bank="what-is-sse">A QUESTION NO LONGER IN THE BANK</section>'
    cell = nbformat.v4.new_code_cell(
        'from sse_course.quiz import Quiz\nQuiz("what-is-sse")',
        outputs=[
            nbformat.v4.new_output("execute_result", {"text/html": stale, "text/plain": "Quiz"}, execution_count=1)
        ],
    )
    page = built_page(book, "quiz", "A quiz", cell)
    assert "A QUESTION NO LONGER IN THE BANK" not in page
    from html import escape

    assert escape(load_bank("what-is-sse").questions[0].prompt, quote=False) in page
