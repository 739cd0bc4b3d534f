"""The definitions a page embeds so that its glossary words open in place (issue 17): only the
terms the page links, in plain words, and the bare glossary links of notebooks pointed at their
term. The browser side is tests/test_terms_in_place.py."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from sse_course.book.glossary import Entry, entries
from sse_course.book.toc import toc_pages
from sse_course.build.term_definitions import (
    DATA_ID,
    TERM_LINK,
    anchor_page_links,
    definitions_used,
    plain_definition,
)

ENTRIES = {entry.name: entry for entry in entries()}
DATA = re.compile(rf'<script type="application/json" id="{DATA_ID}">(.*?)</script>', re.S)


def test_a_definition_is_plain_words_without_citations_or_marks():
    entry = Entry(
        ("homeworker",),
        definition="Broader than *home-based worker*; see {term}`ILO <International Labour Organization>` "
        "{cite:p}`ilo1996c177,ilo2021workingfromhome`.",
    )
    assert plain_definition(entry) == "Broader than home-based worker; see ILO."


def test_every_glossary_definition_reads_as_plain_words():
    for entry in ENTRIES.values():
        text = plain_definition(entry)
        assert text and not re.search(r"[{}`*]|\]\(", text), f"{entry.name}: {text!r}"


def test_a_page_gets_only_the_terms_it_links():
    body = (
        '<a class="reference internal" href="glossary.html#term-governance">governance</a> and '
        '<a href="../book/glossary.html#term-SSE">SSE</a>, <a href="glossary.html#term-governance">again</a>'
    )
    names = {"term-governance": "governance", "term-SSE": "SSE", "term-capital": "capital"}
    used = definitions_used(body, names)
    assert list(used) == ["term-governance", "term-SSE"]
    assert used["term-SSE"] == {
        "term": "social and solidarity economy",
        "text": plain_definition(ENTRIES["social and solidarity economy"]),
    }


def test_a_bare_glossary_link_is_pointed_at_the_term_its_text_names():
    body = (
        '<a class="reference internal" href="../book/glossary.html"><span class="std std-doc"><em>Surpluses</em></span></a>'
        ' and <a class="reference internal" href="../book/glossary.html">Glossary</a>'
    )
    anchored = anchor_page_links(body, {"surplus": "term-surplus"})
    assert 'href="../book/glossary.html#term-surplus"><span class="std std-doc"><em>Surpluses</em>' in anchored
    assert 'href="../book/glossary.html">Glossary</a>' in anchored  # "Glossary" is no term


# ---- in the built book ------------------------------------------------------------------------


def _pages(html_dir: Path) -> list[Path]:
    """The book's pages (not the index or the search page, which list terms but define none)."""
    return [html_dir / f"{page}.html" for page in toc_pages()]


@pytest.mark.build
def test_each_page_embeds_the_definitions_of_exactly_the_terms_it_links(built_book):
    checked = 0
    for page in _pages(built_book):
        html = page.read_text(encoding="utf-8")
        article = html.split('<article class="bd-article">', 1)[-1]
        linked = {m["id"] for m in TERM_LINK.finditer(article.split(f'id="{DATA_ID}"')[0])}
        blocks = DATA.findall(html)
        if page.name == "glossary.html" or not linked:
            assert not blocks, f"{page.relative_to(built_book)}: definitions it does not use"
            continue
        assert len(blocks) == 1, f"{page.relative_to(built_book)}: {len(blocks)} definition blocks"
        embedded = json.loads(blocks[0])
        assert set(embedded) == linked, f"{page.relative_to(built_book)}: {set(embedded) ^ linked}"
        assert all(d["text"] == plain_definition(ENTRIES[d["term"]]) for d in embedded.values())
        assert 'src="../_static/sse-terms.js' in html or 'src="_static/sse-terms.js' in html
        checked += 1
    assert checked >= 15, f"only {checked} pages link glossary terms"


@pytest.mark.build
def test_the_definitions_and_their_script_weigh_little(built_book):
    """A first visit stays light: the heaviest page's definitions plus the script and its
    stylesheet, compressed, are a few KiB."""
    heaviest = max(
        (
            len(gzip.compress(block.encode()))
            for p in _pages(built_book)
            for block in DATA.findall(p.read_text("utf-8"))
        ),
    )
    static = built_book / "_static"
    assets = sum(len(gzip.compress((static / name).read_bytes())) for name in ("sse-terms.js", "sse-terms.css"))
    assert heaviest + assets <= 6 * 1024, f"definitions {heaviest} B + script and style {assets} B (gzip)"


@pytest.mark.build
def test_notebook_links_to_the_glossary_point_at_their_term(built_book):
    html = (built_book / "notebooks" / "sewa-dura-sundari.html").read_text(encoding="utf-8")
    assert 'href="../book/glossary.html#term-governance"' in html
    assert "term-governance" in json.loads(DATA.findall(html)[0])
