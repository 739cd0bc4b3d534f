"""The course's scripts reach the reader minified: smaller, with every name and string kept."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import rjsmin

from sse_course.light.scripts import EXTENSION_SCRIPTS, minify_course_scripts

from .conftest import ROOT

STATIC = ROOT / "sse_course" / "static"


def test_minifying_drops_comments_and_spaces_keeps_strings_and_changes_nothing_twice(tmp_path):
    sources = tmp_path / "src"
    sources.mkdir()
    script = '/* A long comment for the reader. */\nvar  label = "is-correct";  // the class the CSS keeps\n'
    (sources / "a.js").write_text(script)
    (sources / "not-shipped.js").write_text(script)
    site = tmp_path / "site" / "_static"
    site.mkdir(parents=True)
    (site / "a.js").write_text(script)
    (site / "theme.js").write_text(script)  # not the course's: left as it is
    before, after = minify_course_scripts(tmp_path / "site", sources)
    small = (site / "a.js").read_text()
    assert "comment" not in small and '"is-correct"' in small and after < before
    assert (site / "theme.js").read_text() == script
    assert not (site / "not-shipped.js").exists()
    assert minify_course_scripts(tmp_path / "site", sources) == (len(small.encode()), len(small.encode()))


@pytest.mark.build
def test_the_built_book_ships_the_course_scripts_minified(built_book: Path):
    for source in sorted(STATIC.glob("*.js")):
        shipped = built_book / "_static" / source.name
        if not shipped.is_file():
            continue
        text = shipped.read_text(encoding="utf-8")
        assert "\n  " not in text, f"{source.name} is shipped with its indentation"
        assert len(gzip.compress(text.encode())) < len(gzip.compress(source.read_bytes())), source.name
    for name in EXTENSION_SCRIPTS:  # the copy and solution buttons' scripts, minified too
        minified = (built_book / "_static" / name).read_text(encoding="utf-8")
        assert rjsmin.jsmin(minified, keep_bang_comments=True).strip() + "\n" == minified, (
            f"{name} is shipped unminified"
        )
    quiz = (built_book / "_static" / "sse-quiz.js").read_text(encoding="utf-8")
    assert "sse-quiz/v1/" in quiz  # the names and strings the page needs are all there


def test_pages_lose_their_template_indentation_but_keep_pre_scripts_and_line_breaks():
    from sse_course.light.pages import without_indentation

    page = "<div>\n    <p>a\n      b</p>\n\n\n  <pre>  x\n    y</pre>\n  <script>\n  var a = 1;\n</script>\n</div>"
    assert (
        without_indentation(page)
        == "<div>\n<p>a\nb</p>\n<pre>  x\n    y</pre>\n<script>\n  var a = 1;\n</script>\n</div>"
    )
    assert without_indentation(without_indentation(page)) == without_indentation(page)
