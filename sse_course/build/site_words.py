"""The words the book's own scripts show on every page (the header's buttons, projector mode,
the glossary's pop-ups, "Save the whole course", "Run in your browser"), in the edition's language.

The scripts hold no English of their own: the build writes ``_static/sse-words.js``, which sets
``window.SSEWords`` to this table in the build's ``language`` (contexts ``site:<key>`` of the
``sse_course`` catalogue) and loads before them. It is one small file that the browser keeps, so
a page costs no more bytes for it after the first. ``{placeholders}`` are filled in by the scripts.
"""

from __future__ import annotations

from pathlib import Path

from sse_course.i18n.interface import translated
from sse_course.quiz.html import script_safe_json

SCRIPT_NAME = "sse-words.js"

WORDS = {
    # sse-header.js: the word under each header button, and the button's accessible name (which
    # starts with that word)
    "menu": "Menu",
    "online": "Online",
    "online_name": "Online: open this page in Binder or Colab",
    "download": "Download",
    "download_name": "Download this page",
    "full_screen": "Full screen",
    "colours": "Colours",
    "colours_name": "Colours: light or dark",
    "search": "Search",
    "search_name": "Search the book",
    "sections": "Sections",
    "sections_name": "Sections of this page",
    "notebook_file": "Notebook (.ipynb)",
    "page_text": "Page text ({kind})",
    "print_pdf": "Print to PDF",
    "top": "Top",
    "back_to_top": "Back to top",
    "run": "Run",
    "run_name": "Run this notebook in your browser",
    # sse-projector.js
    "projector": "Projector",
    "projector_title": "Projector mode: bigger text, no sidebars, no saved quiz answers (key: P)",
    # sse-terms.js: a glossary word's or a citation's pop-up
    "close": "Close",
    "more_in_glossary": "More in the glossary",
    "source": "Source {number}",
    "all_references": "All references",
    # sse-offline.js: the welcome page's "Save the whole course" box
    "offline_saved": "The whole course is saved on this device.",
    "offline_saving": "Saving the course\u2026",
    "offline_progress": "Saving the course: {percent}%",
    "offline_done": "Done. The whole course is saved on this device and opens with no connection.",
    "offline_stopped": "Saving stopped (is the connection lost?). Try again later; the pages saved so far stay.",
    "offline_removed": "The saved course was removed. Pages you read are still kept.",
    # sse-lite.js: "Run in your browser" on a book opened from the disk
    "lite_needs_server": "The notebooks that run in your browser need the workshop server. Ask your trainer "
    "for its address, or start it on this computer: see START-HERE (make workshop).",
    "lite_button_needs_server": "Run in your browser (needs the workshop server)",
}


def site_words(language: str | None) -> dict[str, str]:
    """The scripts' words in ``language`` (a build's ``language``; None: English)."""
    return translated("site", WORDS, language or "en")


def words_script(language: str | None) -> str:
    """The text of ``sse-words.js`` for an edition in ``language``."""
    return f"window.SSEWords={script_safe_json(site_words(language))};\n"


def write_words_script(app) -> None:
    """At the start of an HTML build: ``_static/sse-words.js`` in the build's language."""
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / SCRIPT_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    text = words_script(app.config.language)
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def setup(app) -> dict:
    app.connect("builder-inited", write_words_script)
    # Before every script of the course (priority 500 by default): they read the words when they run.
    app.add_js_file(SCRIPT_NAME, loading_method="defer", priority=200)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
