"""The pages of the offline zip (sse_course/delivery/offline_copy.py): the launch button is left
out, a page that speaks of it says what needs the internet, links to other websites say so too.
The real zip is checked in Chromium in tests/test_bundle.py."""

from __future__ import annotations

import pytest

from sse_course.delivery.offline_copy import (
    LINK_MARK_CLASS,
    NEEDS_INTERNET,
    NOTE_CLASS,
    RUN_IT_FROM_THE_FOLDER,
    RUN_IT_WITH_THE_TRAINER,
    offline_page,
    run_in_browser_note,
)

# The shape of a built page (sphinx-book-theme 1.3): header buttons, then the article.
LAUNCH = """<div class="dropdown dropdown-launch-buttons">
  <button class="btn dropdown-toggle" aria-label="Launch interactive content"><i class="fas fa-rocket"></i></button>
  <ul class="dropdown-menu">
    <li><a href="https://mybinder.org/v2/gh/o/r/main?urlpath=lab/tree/notebooks/a.ipynb" class="btn">
      <span class="btn__text-container">Binder</span></a></li>
    <li><div class="inner"><a href="https://colab.research.google.com/github/o/r">Colab</a></div></li>
  </ul>
</div>"""
# A case study's launch menu with the in-browser notebooks' item first (sse_course/lite/sphinx.py).
RUN_HERE = (
    '<li><a href="../lite/notebooks/index.html?path=notebooks/a.ipynb" class="btn btn-run-in-browser">Run</a></li>'
)
LAUNCH_WITH_LITE = LAUNCH.replace('<ul class="dropdown-menu">', f'<ul class="dropdown-menu">{RUN_HERE}')
DOWNLOAD = '<div class="dropdown dropdown-download-buttons"><a href="../_sources/a.ipynb">.ipynb</a></div>'


def page(header: str, article: str) -> str:
    return (
        f'<html><body><div class="article-header-buttons">{header}{DOWNLOAD}</div>'
        f'<article class="bd-article"><section><h1>Title<a class="headerlink" href="#t">#</a></h1>'
        f"{article}</section></article><footer>Made with Binder in mind</footer></body></html>"
    )


def test_the_launch_button_goes_and_a_note_under_the_title_says_why():
    before = page(LAUNCH, "<p>The case.</p>")
    after = offline_page(before)
    assert "mybinder.org" not in after and "colab.research" not in after and "fa-rocket" not in after
    assert DOWNLOAD in after, "the download button works offline: it stays"
    title_end = after.index("</h1>")
    note = after.index(f'class="note admonition {NOTE_CLASS}"')
    assert title_end < note < after.index("<p>The case.</p>"), "the note comes right under the title"
    assert "needs the internet" in after and RUN_IT_FROM_THE_FOLDER in after
    assert after.count(NOTE_CLASS) == 1


def test_a_page_that_speaks_of_the_online_button_gets_the_note():
    text = "<p>Open this page live (the Online button at the top starts it in Binder or Colab).</p>"
    after = offline_page(page("", text))
    assert NOTE_CLASS in after and text in after


@pytest.mark.parametrize("words", ["Open the exercise page live", "Binder", "Colab", "JupyterHub"])
def test_each_way_of_speaking_of_it_counts(words):
    assert NOTE_CLASS in offline_page(page("", f"<p>{words}.</p>"))


def test_the_learners_copy_sends_them_to_the_trainer_not_to_a_folder_they_lack():
    after = offline_page(page(LAUNCH, "<p>x</p>"), for_learners=True)
    assert RUN_IT_WITH_THE_TRAINER in after and RUN_IT_FROM_THE_FOLDER not in after


def test_a_page_with_nothing_online_is_unchanged():
    before = page("", '<p>Read <a class="reference internal" href="other.html">this</a>.</p>')
    assert offline_page(before) == before, "the footer's words do not count: only the page's own text"


def test_every_link_to_another_website_says_it_needs_the_internet():
    before = page(
        "",
        '<p><a class="reference external" href="https://youtu.be/x?t=19">Video 3</a> and '
        '<a href="http://example.org/a">a site</a> and <a href="#local">here</a>.</p>',
    )
    after = offline_page(before)
    mark = f'<span class="{LINK_MARK_CLASS}">{NEEDS_INTERNET}</span>'
    assert f"Video 3</a>{mark} and" in after and f"a site</a>{mark} and" in after
    assert '<a href="#local">here</a>.' in after
    assert after.count(mark) == 2 and NOTE_CLASS not in after


def test_a_launch_button_that_is_never_closed_is_an_error_not_a_cut_page():
    with pytest.raises(ValueError, match="never closed"):
        offline_page(page('<div class="dropdown dropdown-launch-buttons"><div>', "<p>x</p>"))


@pytest.mark.parametrize("for_learners", [False, True])
def test_run_in_your_browser_stays_for_the_workshop_server_and_the_note_says_so(for_learners):
    after = offline_page(page(LAUNCH_WITH_LITE, "<p>The case.</p>"), for_learners=for_learners)
    assert RUN_HERE in after, "the workshop server serves the in-browser notebooks: their item stays"
    assert "dropdown-launch-buttons" in after
    assert "mybinder.org" not in after and "colab.research" not in after
    assert run_in_browser_note(for_learners) in after and after.count(NOTE_CLASS) == 1
    assert ("trainer" in run_in_browser_note(True)) and ("START-HERE" in run_in_browser_note(False))
