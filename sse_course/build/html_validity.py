"""Every built page is valid HTML (the W3C Nu validator finds no error: tests/test_html_validity.py).

Two things other extensions write are not, and are mended here:

- sphinx-exercise gives the body of every exercise the id ``exercise-content`` and of every
  solution ``solution-content``, so a page with two exercises repeats an id (a "Duplicate ID"
  error; a link or a screen reader's jump to it lands on the first one). Each body's id is made
  from its own exercise's or solution's id instead: ``ex-stall-costs-content``. Nothing styles or
  links the old ids.
- sphinx-external-toc writes ``index.html``, the redirect to the first page, as a bare ``<meta>``
  tag: no doctype, no title. It is written here as a small page with both, and with a link for a
  browser that does not follow the redirect.
"""

from __future__ import annotations

import html
from pathlib import Path

from docutils import nodes

#: The ids sphinx-exercise repeats on every exercise and solution of a page.
REPEATED_IDS = ("exercise-content", "solution-content")


def unique_exercise_ids(app, doctree: nodes.document, docname: str) -> None:
    """Give each exercise's and solution's body an id made from its parent's id."""
    taken = {id_ for node in doctree.findall(nodes.Element) for id_ in node["ids"] if id_ not in REPEATED_IDS}
    for section in doctree.findall(nodes.section):
        repeated = [id_ for id_ in section["ids"] if id_ in REPEATED_IDS]
        if not repeated:
            continue
        parent_ids = section.parent["ids"] if section.parent is not None else []
        base = f"{parent_ids[0]}-content" if parent_ids else repeated[0]
        new_id, n = base, 1
        while new_id in taken:
            n += 1
            new_id = f"{base}-{n}"
        taken.add(new_id)
        section["ids"] = [new_id if id_ in REPEATED_IDS else id_ for id_ in section["ids"]]


def unique_translated_ids(app, doctree: nodes.document, docname: str) -> None:
    """In an edition, a translated paragraph is parsed again, and its citation references can take
    ids that the page already gives to others (Spanish chapters had "id3" twice): every id after
    the first of its name gets a number, so the page stays valid HTML. Links to the id reach the
    first, as a browser would anyway."""
    if (app.config.language or "en") == "en":
        return
    seen: set[str] = set()
    for node in doctree.findall(nodes.Element):
        ids = []
        for id_ in node["ids"]:
            new_id, n = id_, 1
            while new_id in seen:
                n += 1
                new_id = f"{id_}-{n}"
            seen.add(new_id)
            ids.append(new_id)
        node["ids"] = ids


def redirect_page(target: str, title: str, language: str) -> str:
    """A valid HTML page that sends the reader to ``target`` at once.

    ``language`` is Sphinx's code (``pt_BR``); ``<html lang>`` wants its BCP 47 tag (``pt-BR``), the
    same rule Sphinx's own pages follow.
    """
    target, title, tag = html.escape(target), html.escape(title), html.escape(language.replace("_", "-"))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{tag}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f"<title>{title}</title>\n"
        "</head>\n"
        f'<body><p><a href="{target}">{title}</a></p></body>\n'
        "</html>\n"
    )


def write_index_redirect(app, exception) -> None:
    """Write index.html before sphinx-external-toc would write its bare redirect there."""
    if exception is not None or app.builder.format != "html" or app.config.root_doc == "index":
        return
    suffix = "/index.html" if app.builder.name == "dirhtml" else ".html"
    page = redirect_page(
        app.config.root_doc + suffix, app.config.html_title or app.config.project, app.config.language or "en"
    )
    (Path(app.outdir) / "index.html").write_text(page, encoding="utf-8")


def setup(app):
    app.connect("doctree-resolved", unique_exercise_ids)
    app.connect("doctree-resolved", unique_translated_ids, priority=900)
    # Before sphinx-external-toc's handler (priority 500), which then finds index.html and keeps it.
    app.connect("build-finished", write_index_redirect, priority=400)
    # env_version: a book built before this fix is re-read once, so every page gets the new ids.
    return {"version": "0.1", "env_version": 2, "parallel_read_safe": True, "parallel_write_safe": True}
