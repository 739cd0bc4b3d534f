"""The learner's My progress and certificate pages (a Sphinx extension, set up by sphinx_ext.py).

- ``sse-progress.js`` on every page: quizzes and exercises record their scores through it, and
  it notes the last page read.
- ```` ```{my-progress} ```` : every part, page, quiz and exercise of the book (progress_index.py),
  with what this device has stored for each; "Continue where you left off"; moving progress to
  another device as a file; clearing it, after asking.
- ```` ```{certificate} ```` : a certificate of completion the learner prints or saves as PDF.

The HTML lists the activities before any script runs, and shows what the pages say for a device
that has stored nothing (a first visit): the parts' summaries, the line under the title, the
certificate itself. ``static/sse-progress-page.js`` writes what is stored in their place, so on a
first visit nothing moves when it starts (a layout shift of 0.3 on the certificate page in
Lighthouse when it filled an empty box); it loads (with its stylesheet) only on the pages that
hold one of these.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from sse_course.book.toc import page_file, toc_pages
from sse_course.build.progress_index import index_json
from sse_course.i18n.interface import counted, counted_forms, translated
from sse_course.quiz.html import script_safe_json

# What marks a progress page in the built HTML: the page's script and stylesheet load there only.
PROGRESS_MARKER = "data-sse-progress-page"
# The export file's format, checked on import (sse-progress-page.js).
FILE_FORMAT, FILE_VERSION = "sse-course-progress", 1

# Every word the two pages show, in English; an edition's pages have them in its language (the
# sse_course catalogue, contexts progress:<key>). {done}, {total}, {score}, {date}... are filled in
# by the script, which reads these (so they are in the page's data).
WORDS = {
    "needs_javascript": "To see your progress here, turn on JavaScript.",
    "quiz": "Quiz",
    "exercise": "Exercise",
    # An activity in the list: its kind (the two words above) and its title. A title that starts
    # with its kind's word ("Exercise: ...") is shown alone.
    "activity": "{kind}: {title}",
    "not_started": "not started yet",
    "exercise_done": "done: {score} of {total}",
    "part_complete": "Part complete",
    "continue": "Continue where you left off:",
    "nothing_read": "You have not opened a page of the course on this device yet.",
    "store_unreadable": "Some progress saved on this device could not be read. It was left as it is.",
    "no_storage": "This browser does not let the course keep anything on this device (private mode?), "
    "so your progress cannot be saved or loaded here.",
    "export": "Save my progress to a file",
    "exported": "Your progress was saved to the file {file}. Keep it, or copy it to your other device.",
    "import": "Load progress from a file",
    "import_not_json": "That file is not a progress file from this course (it is not JSON). Nothing was changed.",
    "import_wrong_format": "That file is not a progress file from this course. Nothing was changed.",
    "import_newer": "That file comes from a newer version of the course. Nothing was changed.",
    "import_damaged": "That progress file is damaged ({reason}). Nothing was changed.",
    # The {reason} of import_damaged (or the name of the damaged item)
    "damaged_no_items": "no items",
    "damaged_bad_name": "a name that is not the course's",
    "damaged_not_text": "a value that is not text",
    "import_too_big": "That file is too big to be a progress file. Nothing was changed.",
    "import_failed": "The progress could not be saved on this device (is it full?). Nothing was changed.",
    "reset": "Clear all my progress",
    "reset_confirm": "Clear all your answers and progress on this device? They cannot be brought back, "
    "unless you saved them to a file first.",
    "reset_yes": "Yes, clear everything",
    "reset_no": "No, keep it",
    "reset_done": "Your progress on this device was cleared.",
    "name_label": "Your name, as it should appear on the certificate",
    "name_note": "Your name is kept on this device only.",
    "print": "Print or save as PDF",
    "certificate_title": "Certificate of completion",
    "certificate_intro": "This is to record that",
    "no_name": "(type your name above)",
    "certificate_studied": "has studied the course",
    "certificate_parts": "and completed these parts (every quiz and exercise in them):",
    "certificate_no_parts": "No part of the course is complete yet on this device. A part is complete when "
    "every quiz and exercise in it is done.",
    "completed_on": "completed on {date}",
    "certificate_note": "This certificate records self-study, kept on the learner's own device. "
    "It is not an assessment: no teacher or organisation has checked the answers.",
}
# Words about a number of things, as gettext plural entries (English singular, English plural;
# context progress:<key>): each language has as many forms as its catalogue's Plural-Forms, and the
# script picks one by the number in the placeholder named first here. English's noun agrees with
# the total ("1 of 8 questions"), so its two forms are the same; French's agrees with the number
# counted ("1 question sur 8 répondue").
COUNTED = {
    "quiz_done": ("score", "done: {score} of {total} right", "done: {score} of {total} right"),
    "quiz_partly": (
        "answered",
        "started: {answered} of {total} questions answered, {score} right",
        "started: {answered} of {total} questions answered, {score} right",
    ),
    "exercise_partly": (
        "score",
        "started: {score} of {total} right in the tasks you checked",
        "started: {score} of {total} right in the tasks you checked",
    ),
    "part_summary": ("done", "{done} of {total} activities done", "{done} of {total} activities done"),
    "imported": (
        "count",
        "Your progress was loaded from the file: {count} activity.",
        "Your progress was loaded from the file: {count} activities.",
    ),
}
# The My progress page's headings and its one paragraph: written in the HTML, not sent to the script
# (contexts progress-page:<key>).
PAGE_WORDS = {
    "activities": "Your quizzes and exercises",
    "move": "Move your progress to another device",
    "move_how": "Save your progress to a file on this device, copy the file to your other device (by cable, "
    "message or memory card), then open this page there and load the file. Loading a file replaces "
    "the progress kept on that device.",
    "start_again": "Start again",
}


def words(language: str | None) -> dict[str, str]:
    """The pages' words in ``language`` (a build's ``language``; None: English)."""
    return translated("progress", WORDS, language or "en")


def counted_words(language: str | None) -> dict[str, dict]:
    """``COUNTED`` in ``language``, for the script: each key's placeholder that counts, and its
    forms in the order of the language's plural rule (``plural``, a gettext Plural-Forms
    expression of ``n``: English's ``(n != 1)``)."""
    plural, forms = counted_forms(COUNTED, "progress", language or "en")
    return {key: {"count": COUNTED[key][0], "forms": forms[key], "plural": plural} for key in COUNTED}


def activity_label(kind: str, title: str, said: dict[str, str]) -> str:
    """An activity's line in the list: "Quiz: <title>", or the title alone when it starts with
    the kind's word already (a French exercise is called "Exercice : ...")."""
    word = said[kind]
    if title.casefold().startswith(word.casefold()):
        return title
    return said["activity"].format(kind=word, title=title)


def page_words(language: str | None) -> dict[str, str]:
    return translated("progress-page", PAGE_WORDS, language or "en")


def _course_title(env) -> str:
    return env.config.html_title or env.config.project  # _config.yml's title


def _payload(env, docname: str, words: dict[str, str]) -> str:
    root = Path(env.srcdir)
    for page in toc_pages(root):  # re-read this page when any page changes (a quiz added or renamed)
        env.note_dependency(str(page_file(root, page)))
    data = index_json(root, docname, env.config.language or "en") | {
        "words": words | counted_words(env.config.language),
        "file": {"format": FILE_FORMAT, "version": FILE_VERSION},
        "course": _course_title(env),
    }
    return f'<script type="application/json" class="sse-progress-data">{script_safe_json(data)}</script>'


def _part_summary(done: int, total: int, words: dict[str, str], language: str | None) -> str:
    """What sse-progress-page.js writes under a part's title (partsProgress and showProgress)."""
    summary = counted(COUNTED, "progress", "part_summary", {"done": done, "total": total}, language)
    return summary + (f" \u2014 {words['part_complete']}" if total and done == total else "")


def _certificate_html(words: dict[str, str], course: str) -> str:
    """The certificate for a device with no part complete and no name typed, as
    sse-progress-page.js's drawCertificate writes it (it writes the learner's in its place)."""
    lines = [
        ("sse-certificate-heading", words["certificate_title"]),
        ("sse-certificate-line", words["certificate_intro"]),
        ("sse-certificate-name", words["no_name"]),
        ("sse-certificate-line", words["certificate_studied"]),
        ("sse-certificate-course", course),
        ("sse-certificate-line", words["certificate_no_parts"]),
        ("sse-certificate-note", words["certificate_note"]),
    ]
    return "".join(f'<p class="{name}">{escape(text)}</p>' for name, text in lines)


def _confirm(prefix: str, words: dict[str, str]) -> str:
    """A button that asks first, in the page: the script shows the question and its Yes and No."""
    return (
        f'<button type="button" class="sse-progress-reset" aria-expanded="false">{escape(words["reset"])}</button>\n'
        f'<div class="sse-progress-confirm" role="group" aria-labelledby="{prefix}-confirm" hidden>'
        f'<p id="{prefix}-confirm">{escape(words["reset_confirm"])}</p>'
        f'<button type="button" class="sse-progress-confirm-yes">{escape(words["reset_yes"])}</button> '
        f'<button type="button" class="sse-progress-confirm-no">{escape(words["reset_no"])}</button></div>'
    )


class MyProgressDirective(SphinxDirective):
    """```{my-progress}``` — the learner's progress through the whole book."""

    def run(self) -> list[nodes.Node]:
        language = self.config.language
        data = index_json(Path(self.env.srcdir), self.env.docname, language or "en")
        said, text = words(language), page_words(language)
        parts = []
        for number, part in enumerate(data["parts"]):
            total = sum(len(page["activities"]) for page in part["pages"])
            pages = []
            for page in part["pages"]:
                activities = "".join(
                    f'<li class="sse-progress-activity" data-kind="{escape(a["kind"])}" data-id="{escape(a["id"])}">'
                    f"{escape(activity_label(a['kind'], a['title'], said))} "
                    f'\u2014 <span class="sse-progress-state">{escape(said["not_started"])}</span></li>'
                    for a in page["activities"]
                )
                pages.append(
                    f'<li><a href="{escape(page["url"])}">{escape(page["title"])}</a>'
                    f'<ul class="sse-progress-activities">{activities}</ul></li>'
                )
            parts.append(
                f'<section class="sse-progress-part" data-part="{number}" aria-labelledby="sse-progress-part-{number}">'
                f'<h3 id="sse-progress-part-{number}">{escape(part["title"])}</h3>'
                f'<p class="sse-progress-part-summary">{escape(_part_summary(0, total, said, language))}</p>'
                f'<ul class="sse-progress-pages">{"".join(pages)}</ul></section>'
            )
        html = f"""<div class="sse-progress" {PROGRESS_MARKER} data-sse-not-last-read>
<p class="sse-progress-nojs">{escape(said["needs_javascript"])}</p>
<p class="sse-progress-continue">{escape(said["nothing_read"])}</p>
<p class="sse-progress-status" role="status" aria-live="polite"></p>
<h2 id="sse-progress-activities">{escape(text["activities"])}</h2>
{"".join(parts)}
<h2 id="sse-progress-move">{escape(text["move"])}</h2>
<p>{escape(text["move_how"])}</p>
<p><button type="button" class="sse-progress-export">{escape(said["export"])}</button></p>
<p><label class="sse-progress-import">{escape(said["import"])}
<input type="file" accept=".json,application/json"></label></p>
<h2 id="sse-progress-clear">{escape(text["start_again"])}</h2>
{_confirm("sse-progress-reset", said)}
{_payload(self.env, self.env.docname, said)}
</div>"""
        return [nodes.raw("", html, format="html")]


class CertificateDirective(SphinxDirective):
    """```{certificate}``` — a certificate of completion, made on the learner's device."""

    def run(self) -> list[nodes.Node]:
        said = words(self.config.language)
        html = f"""<div class="sse-certificate-page" {PROGRESS_MARKER} data-sse-not-last-read>
<p class="sse-progress-nojs">{escape(said["needs_javascript"])}</p>
<div class="sse-certificate-form">
<label for="sse-certificate-name">{escape(said["name_label"])}</label>
<input type="text" id="sse-certificate-name" autocomplete="name" maxlength="80" aria-describedby="sse-certificate-name-note">
<p id="sse-certificate-name-note">{escape(said["name_note"])}</p>
<button type="button" class="sse-certificate-print">{escape(said["print"])}</button>
</div>
<p class="sse-progress-status" role="status" aria-live="polite"></p>
<div class="sse-certificate" role="region" aria-label="{escape(said["certificate_title"])}">{_certificate_html(said, _course_title(self.env))}</div>
{_payload(self.env, self.env.docname, said)}
</div>"""
        return [nodes.raw("", html, format="html")]


def _page_is_progress(doctree) -> bool:
    return doctree is not None and any(PROGRESS_MARKER in node.astext() for node in doctree.findall(nodes.raw))


def add_progress_assets(app, pagename, templatename, context, doctree) -> None:
    if _page_is_progress(doctree):
        app.add_css_file("sse-progress-page.css")
        app.add_js_file("sse-progress-page.js", loading_method="defer")


def setup(app):
    app.add_directive("my-progress", MyProgressDirective)
    app.add_directive("certificate", CertificateDirective)
    # Before the quiz script: quizzes record their scores through it.
    app.add_js_file("sse-progress.js", loading_method="defer")
    # Before sphinx_ext.drop_thebe_scripts, which replaces the page's list of scripts with a copy.
    app.connect("html-page-context", add_progress_assets, priority=400)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
