"""The course's Sphinx extension (listed in ``_config.yml``).

- A ``part-durations`` directive: the welcome page's table of how long each part takes.
- A ``quiz`` directive: ```` ```{quiz} what-is-sse ```` renders a bank as static HTML.
  A malformed bank stops the build with the bank's own error message.
- The quiz script and stylesheet are added only to pages that show a quiz; a small stylesheet
  for phones (``static/sse-book.css``) is added to every page.
- Light pages: the theme's 1.5 MB Font Awesome script is not loaded, and its icon fonts are
  cut down to the icons the book uses (``icons.py``); the course's ``sse-theme.js`` replaces
  the theme's scripts (``theme_scripts.py``).
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pydata_sphinx_theme
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.jinja2glue import SphinxFileSystemLoader
from sphinx.locale import init as init_locale
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.i18n import docname_to_domain

from sse_course.book.toc import page_file
from sse_course.build.durations import NOT_STUDIED, duration_words, minutes_words, part_durations
from sse_course.build.icons import subset_fonts
from sse_course.build.launch_logos import IMPORTED_AS, button_macros_with_decorative_logos
from sse_course.build.notebook_code import tidy_notebook_code
from sse_course.build.quiz_section_links import link_quiz_sections
from sse_course.build.term_definitions import add_term_definitions
from sse_course.build.theme_scripts import drop_book_theme_script, macros_without_theme_scripts, remove_unused_files
from sse_course.build.theme_toggles import (
    TEMPLATE_NAME,
    header_without_hidden_toggles,
    landmarks_with_translated_names,
    toggles_with_translated_titles,
)
from sse_course.exercises.catalogue import UnknownTaskError
from sse_course.exercises.html import EXERCISE_MARKER, render_task_html
from sse_course.i18n.editions import english_root
from sse_course.i18n.languages import language as find_language
from sse_course.light.sphinx import setup as setup_light_pages
from sse_course.quiz.bank import QuizBankError, bank_path, load_bank
from sse_course.quiz.html import QUIZ_MARKER, render_bank_html

# The package, and the quiz's script and stylesheets, shared with the package's other renderings.
PACKAGE = Path(__file__).resolve().parents[1]
STATIC = PACKAGE / "static"
logger = logging.getLogger(__name__)
# In the head, before the page is drawn: "sse-js" says scripts run, so the quizzes', exercises' and
# progress pages' "needs JavaScript" notes are hidden from the first paint, not when their script
# starts (which moved everything under them); and projector mode, so no flash of sidebars.
EARLY_SCRIPT = (
    'document.documentElement.classList.add("sse-js");'
    'try{if(localStorage.getItem("sse-projector")==="on")'
    'document.documentElement.classList.add("sse-projector")}catch(e){}'
)


class QuizDirective(SphinxDirective):
    """```{quiz} <bank id>``` — one quiz bank from sse_course/quizzes/."""

    required_arguments = 1
    option_spec = {"language": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        # A bank id names a file in sse_course/quizzes/; a path ("x.yml") is relative to the page.
        if name.endswith((".yml", ".yaml")):
            path = Path(self.env.relfn2path(name)[1])
        else:
            path = bank_path(name)
        # Rebuild this page when its bank changes.
        self.env.note_dependency(str(path))
        # The page's own :language:, or the edition's: its words and the bank's, in that language.
        language = self.options.get("language") or self.config.language or "en"
        try:
            find_language(language)
        except ValueError as problem:  # an unknown :language:
            raise self.error(f"quiz bank '{name}': {problem}") from problem
        try:
            bank = load_bank(path, language)
        except QuizBankError as problem:
            raise self.error(f"quiz bank '{name}' is not valid:\n{problem}") from problem
        # Two copies of one bank on a page would share its ids and radio groups.
        on_page = self.env.temp_data.setdefault("sse_quiz_banks", set())
        if bank.id in on_page:
            raise self.error(f"quiz bank '{bank.id}' is already on this page: show each bank once per page")
        on_page.add(bank.id)
        return [nodes.raw("", render_bank_html(bank, language), format="html")]


class ExerciseTaskDirective(SphinxDirective):
    """```{exercise-task} <exercise id> <TASK>``` — one task of an exercise
    (sse_course/exercises/catalogue.py), checked in the page (static/sse-exercise.js)."""

    required_arguments = 2

    def run(self) -> list[nodes.Node]:
        exercise, name = self.arguments
        try:
            html = render_task_html(exercise, name, self.config.language or "en")
        except UnknownTaskError as problem:
            raise self.error(str(problem)) from problem
        return [nodes.raw("", html, format="html")]


class PartDurationsDirective(SphinxDirective):
    """```{part-durations}``` — a table of the book's parts and about how long each takes,
    worked out from the pages at build time (sse_course/build/durations.py)."""

    def run(self) -> list[nodes.Node]:
        # From the English pages in every edition: the same course takes the same time, and an
        # edition's sources name its parts in its language, which NOT_STUDIED would not match.
        root = english_root(Path(self.env.srcdir))
        language = self.config.language or "en"
        words = duration_words(language)
        caption = self._caption_translator()
        rows = []
        for part in part_durations(root):
            if part.caption in NOT_STUDIED:
                continue
            for page in part.pages:  # rebuild the table when a page changes
                self.env.note_dependency(str(page_file(root, page)))
            rows.append((caption(part.caption), str(len(part.pages)), minutes_words(part.minutes, language)))
        table = nodes.table(classes=["sse-part-durations"])
        group = nodes.tgroup(cols=3)
        table += nodes.title(text=words["title"])
        table += group
        group.extend(nodes.colspec(colwidth=width) for width in (50, 15, 35))
        head, body = nodes.thead(), nodes.tbody()
        group += [head, body]
        for target, cells in ((head, (words["part"], words["pages"], words["time"])), *((body, row) for row in rows)):
            row = nodes.row()
            row.extend(nodes.entry("", nodes.paragraph(text=cell)) for cell in cells)
            target += row
        return [table]

    def _caption_translator(self):
        """The parts' captions (from _toc.yml) as this page's catalogue translates them: Sphinx
        translates the table of contents' captions with the page that holds it, so they are there."""
        if (self.config.language or "en") == "en" or not self.config.locale_dirs:
            return lambda caption: caption
        domain = docname_to_domain(self.env.docname, self.config.gettext_compact)
        folders = [str(Path(self.env.srcdir) / folder) for folder in self.config.locale_dirs]
        catalog, _found = init_locale(folders, self.config.language, domain, namespace="sse-part-durations")
        return catalog.gettext


def _page_has_quiz(doctree) -> bool:
    return _page_has(doctree, QUIZ_MARKER)


def _page_has(doctree, marker: str) -> bool:
    if doctree is None:
        return False
    return any(marker in node.astext() for node in doctree.findall(nodes.raw))


def add_quiz_assets(app, pagename, templatename, context, doctree) -> None:
    # Called per page: assets added here load on this page only. The quiz's scripts load on every
    # page but an exercise page without a quiz, so that the first chapter, the first page with a
    # quiz, does not bring them (5 KiB gzip) on top of its own words: the next-page budget of
    # issue 14. An exercise page brings its own script instead (its first visit is the heaviest).
    quiz, exercise = _page_has_quiz(doctree), _page_has(doctree, EXERCISE_MARKER)
    if quiz:
        app.add_css_file("sse-quiz.css")
    if exercise:
        app.add_css_file("sse-exercise.css")
    app.add_js_file("sse-numbers.js", loading_method="defer")
    if quiz or not exercise:
        app.add_js_file("sse-quiz.js", loading_method="defer")
    if exercise:
        app.add_js_file("sse-exercise.js", loading_method="defer")


def fix_citation_list_role(app, pagename, templatename, context, doctree) -> None:
    """docutils wraps citations in role="list" but gives each one role="doc-biblioentry",
    which screen readers and axe do not accept as a list item (a critical axe violation).
    The citations read correctly as plain blocks, so the list role is dropped."""
    body = context.get("body")
    if body and 'role="list" class="citation-list"' in body:
        context["body"] = body.replace('<div role="list" class="citation-list">', '<div class="citation-list">')


def drop_thebe_scripts(app, pagename, templatename, context, doctree) -> None:
    """Jupyter Book always loads sphinx-thebe, even with ``launch_buttons.thebe`` off, and its
    inline config is added twice, so every page logged "THEBE_JS_URL has already been declared".
    The book runs no code in the page (launch buttons open a real kernel instead), so they go,
    with thebe's stylesheet."""
    styles = context.get("css_files")
    if styles is not None:
        context["css_files"] = [css for css in styles if "sphinx-thebe" not in str(css)]
    scripts = context.get("script_files")
    if scripts is not None:
        context["script_files"] = [
            js
            for js in scripts
            if "sphinx-thebe" not in str(js)
            and "THEBE_JS_URL" not in str(getattr(js, "attributes", {}).get("body", ""))
        ]


def setup(app):
    app.add_directive("quiz", QuizDirective)
    app.add_directive("part-durations", PartDurationsDirective)
    app.add_directive("exercise-task", ExerciseTaskDirective)
    app.add_css_file("sse-book.css")
    app.add_js_file("sse-nav.js", loading_method="defer")  # phone menus close when a link is tapped
    # Scripts on, and projector mode (one key or button): said before the page is drawn.
    app.add_js_file(None, body=EARLY_SCRIPT, priority=100)
    app.add_js_file("sse-projector.js", loading_method="defer")
    app.add_css_file("sse-projector.css")
    app.add_js_file("sse-header.js", loading_method="defer")  # header buttons say what they do in words
    app.add_js_file("sse-theme.js", loading_method="defer")  # the theme's buttons and menus (theme_scripts.py)
    app.add_css_file("sse-header.css")
    # Pages name the course's scripts and their checksums: an added or edited one rewrites every page.
    app.add_config_value("sse_static_digest", _digest(STATIC, "*"), "html")
    # Quizzes and notebook code cells are made at read time: a change to that code re-reads the pages.
    app.add_config_value(
        "sse_read_digest",
        _digest(
            PACKAGE,
            "quiz/*.py",
            "quiz/strings/*.yml",
            "i18n/*.py",
            "locales/*/LC_MESSAGES/*.mo",
            "locales/*/LC_MESSAGES/quizzes/*.mo",
            "build/*.py",
            "exercises/*.py",
            "models/*.py",
            "apps/*.py",
            "formatting.py",
        ),
        "env",
    )
    app.connect("builder-inited", _add_paths)
    app.connect("html-page-context", add_quiz_assets)
    app.connect("doctree-read", link_quiz_sections)  # "See 'A section'" in feedback links to it
    app.connect("doctree-read", tidy_notebook_code)  # no course machinery or test markers in the book
    app.connect("html-page-context", fix_citation_list_role)
    app.connect("html-page-context", add_term_definitions)  # a glossary word opens its meaning in place
    app.connect("html-page-context", drop_thebe_scripts)
    app.connect("html-page-context", drop_book_theme_script)
    app.connect("build-finished", _refresh_static_files)
    app.connect("build-finished", _subset_icon_fonts)
    app.setup_extension("sse_course.build.html_validity")  # no repeated ids, a valid index.html
    app.setup_extension("sse_course.build.progress_pages")  # My progress, the certificate, sse-progress.js
    app.setup_extension("sse_course.build.site_words")  # the words of the scripts on every page: sse-words.js
    # Light pages, installable and offline (sse_course/light/).
    setup_light_pages(app)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}


THEME_MACROS = (
    Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static" / "webpack-macros.html"
)
FONTAWESOME_TAG = re.compile(r"\s*<script[^>]*fontawesome\.js[^>]*></script>")


def _add_paths(app) -> None:
    app.config.html_static_path.append(str(STATIC))
    generated = Path(app.doctreedir).parent / "sse-generated"
    # The theme's asset macros without the Font Awesome script, found before the theme's own.
    macros = THEME_MACROS.read_text(encoding="utf-8")
    if not FONTAWESOME_TAG.search(macros):
        raise RuntimeError(f"{THEME_MACROS}: the Font Awesome script tag was not found; update sphinx_ext.py")
    macros = macros_without_theme_scripts(FONTAWESOME_TAG.sub("", macros), THEME_MACROS)  # sse-theme.js instead
    _write(generated / "templates" / "static" / "webpack-macros.html", macros)
    _write(generated / "templates" / TEMPLATE_NAME, header_without_hidden_toggles())  # the phone menu
    for name, template in toggles_with_translated_titles().items():  # their titles in the page's language
        _write(generated / "templates" / name, template)
    for name, template in landmarks_with_translated_names().items():  # so for two landmarks' names
        _write(generated / "templates" / name, template)
    # The launch menu's logos: decorative, beside words that name each button (launch_logos.py).
    _write(generated / "templates" / IMPORTED_AS, button_macros_with_decorative_logos())
    templates = getattr(app.builder, "templates", None)
    if templates is not None:  # HTML builders: the loaders exist by now, so add ours first.
        templates.loaders.insert(0, SphinxFileSystemLoader(str(generated / "templates")))
        templates.pathchain.insert(0, str(generated / "templates"))  # a changed template rewrites the pages


def _digest(folder: Path, *patterns: str) -> str:
    digest = hashlib.sha256()
    for source in sorted(p for pattern in patterns for p in folder.glob(pattern) if p.is_file()):
        digest.update(source.relative_to(folder).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def _refresh_static_files(app, exception) -> None:
    """Sphinx does not overwrite a static file that changed since the last build (it only warns),
    so an edited stylesheet or script would not reach the pages of an incremental build."""
    if exception is None and app.builder.format == "html":
        for source in (STATIC).iterdir():
            shutil.copyfile(source, Path(app.outdir) / "_static" / source.name)


def _subset_icon_fonts(app, exception) -> None:
    if exception is None and app.builder.format == "html":
        sizes = subset_fonts(Path(app.outdir))
        before = sum(b for b, _ in sizes.values())
        after = sum(a for _, a in sizes.values())
        logger.info(f"[sse] icon fonts cut to the icons in use: {before:,} -> {after:,} bytes")
        # No page loads the theme's 1.5 MB Font Awesome script (see _add_paths): do not ship it
        # in the built book, the offline zip or the published site.
        for unused in Path(app.outdir).glob("_static/scripts/fontawesome.js*"):
            unused.unlink()
        remove_unused_files(Path(app.outdir))  # nor the theme's other scripts (theme_scripts.py)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
