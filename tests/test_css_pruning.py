"""The build step that cuts stylesheets to what the pages use (sse_course/light/prune_css.py)
and joins them into one (bundle_css.py): what it keeps is what a reader would miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from sse_course.light.bundle_css import link_bundle, merge_order, write_bundle
from sse_course.light.prune_css import UsedNames, prune, prune_site_css, selector_may_match

USED = UsedNames(classes={"card", "btn", "show-me"}, ids={"main"}, script_words={"show", "collapsing"})


@pytest.mark.parametrize(
    "selector, kept",
    [
        (".card", True),
        (".card .btn:hover", True),
        (".unused", False),
        (".card .unused", False),
        (".show", True),  # a class a script adds (classList.add("show"))
        ("#main > p", True),
        ("#nowhere", False),
        ("html[data-theme=dark] .card", True),  # dark mode
        ("p:not(.unused)", True),  # nothing inside :not() is required
        (":root", True),
        ("a[href$='.pdf']", True),
        (".sm\\:show", False),
    ],
)
def test_a_selector_is_kept_only_if_its_classes_and_ids_can_occur(selector, kept):
    assert selector_may_match(selector, USED) is kept


def test_rules_inside_media_and_supports_are_cut_and_print_styles_survive():
    css = """/* a comment { with braces } */
    @import url("other.css");
    :root{--pst-color-text:#222}
    html[data-theme=dark]{--pst-color-text:#eee}
    .card,.unused{color:red}
    .unused{color:blue}
    @media print{.btn{display:none}.unused{display:none}}
    @media (min-width:960px){.unused{margin:0}}
    @font-face{font-family:x;src:url(x.woff2)}
    @keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}
    .card::after{content:"} .unused {"}
    """
    out = prune(css, USED)
    assert '@import url("other.css");' in out
    assert ":root{--pst-color-text:#222}" in out
    assert "html[data-theme=dark]{--pst-color-text:#eee}" in out
    assert ".card{color:red}" in out
    assert "color:blue" not in out
    assert "@media print{.btn{display:none}}" in out
    assert "min-width:960px" not in out  # an @media with nothing left goes
    assert "@font-face{" in out and "@keyframes spin{" in out
    assert '.card::after{content:"} .unused {"}' in out  # braces in strings are not rules
    assert "a comment" not in out


def test_a_broken_stylesheet_is_an_error_not_a_silent_cut():
    with pytest.raises(ValueError, match="never closed"):
        prune(".card{color:red", USED)


def _site(tmp_path: Path) -> Path:
    html = tmp_path / "html"
    (html / "_static" / "styles").mkdir(parents=True)
    (html / "book").mkdir()
    (html / "_static" / "basic.css").write_text(".kept{a:1}.gone{a:2}", encoding="utf-8")
    (html / "_static" / "styles" / "theme.css").write_text('@import "../basic.css";', encoding="utf-8")
    (html / "_static" / "styles" / "main.css").write_text(
        ".kept{background:url(../img/x.png)}.toggled{a:3}.gone{a:4}", encoding="utf-8"
    )
    (html / "_static" / "app.js").write_text('el.classList.add("toggled")', encoding="utf-8")
    links = (
        '<link href="../_static/styles/theme.css?digest=1" rel="stylesheet" />\n'
        '<link rel="stylesheet" type="text/css" href="../_static/styles/main.css?v=2" />\n'
    )
    (html / "book" / "page.html").write_text(
        f'<html><head>{links}</head><body><p class="kept">x</p></body></html>', encoding="utf-8"
    )
    return html


def test_an_incremental_build_cuts_again_from_the_full_stylesheet(tmp_path):
    html = _site(tmp_path)
    originals = tmp_path / "originals"
    prune_site_css(html, originals)
    main = html / "_static" / "styles" / "main.css"
    assert ".toggled{a:3}" in main.read_text() and ".gone" not in main.read_text()
    # A later build: Sphinx leaves the cut file in place, and a page now uses .gone.
    (html / "book" / "page.html").write_text('<p class="kept gone">x</p>', encoding="utf-8")
    prune_site_css(html, originals)
    assert ".gone{a:4}" in main.read_text()


def test_the_pages_link_one_stylesheet_with_imports_inlined_and_urls_rebased(tmp_path):
    html = _site(tmp_path)
    page = html / "book" / "page.html"
    version = write_bundle(html, tmp_path / "order.json", [page])
    bundle = (html / "_static" / "styles" / "sse-styles.css").read_text()
    assert bundle.index(".kept{a:1}") < bundle.index("url(../img/x.png)")  # theme.css (and basic.css) first
    assert "@import" not in bundle
    fixed = link_bundle(version)(page.read_text(), page, html)
    assert fixed.count('rel="stylesheet"') == 1
    assert f'href="../_static/styles/sse-styles.css?v={version}"' in fixed
    # Idempotent: a page fixed once is left as it is.
    assert link_bundle(version)(fixed, page, html) == fixed


def test_link_order_merges_pages_with_extra_stylesheets():
    assert merge_order(["a", "b", "c"], ["a", "b", "quiz", "c"]) == ["a", "b", "quiz", "c"]
    assert merge_order(["a", "b"], ["extra"]) == ["extra", "a", "b"]
